"""Lesson 01: relationship management, CRM and BRM, and a first tour of the simulated world.

Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py, which provides `md` and `code`.
"""
# F821: `md` and `code` come from the builder. E501: a Markdown table row cannot be wrapped.

CELLS = [
    md(
        en="""# 01 · Relationship management: customers and partners

A first look at the two kinds of relationship a business keeps, and one analysis of each on a shop's data.

**Questions this lesson answers**

- What is relationship management, and how does looking after customers (CRM) differ from looking after
  partner firms (BRM)?
- How many of a shop's new customers come back?
- Do disputes with a partner make it less likely that its contract is renewed?

**What you will be able to do after this lesson**

- explain relationship management, and tell a B2C relationship from a B2B one;
- name the three strands and the three kinds of CRM, and the six things BRM takes care of;
- select the rows of a table that fall in a period or belong to a group, and count them or take a share;
- compute a contract renewal rate and compare it between partners with and without disputes;
- judge whether a gap between two groups could be chance, by shuffling the groups.

**Before you start:** lesson 00 (Jupyter and relkit). Python: running a cell, `len`, selecting rows with a
condition such as `table[table["column"] == value]`, `value_counts`, `groupby` with `mean`.

**Time:** about 105 minutes: 60 reading, 45 exercises and quiz.

**The case.** In Patna the shop sells groceries through Lata General Store, a kirana that buys on 30 days'
credit and resells. Twice in two years the shop raised a dispute with it over a bill paid late. Its
contract comes up for renewal in November 2025. A colleague says: "Partners with disputes are the ones we
end up dropping. Drop this one now." At the end of the lesson you will advise the shop, with numbers.

New words are explained in the [glossary](glossary.md).""",
        hi="""# 01 · संबंध प्रबंधन: ग्राहक और भागीदार

कोई व्यवसाय जिन दो तरह के संबंध निभाता है, उन पर पहली नज़र, और एक दुकान के आँकड़ों पर दोनों का एक-एक विश्लेषण।

**यह पाठ इन सवालों के जवाब देता है**

- संबंध प्रबंधन क्या है, और ग्राहकों की देखभाल (सीआरएम) भागीदार फ़र्मों की देखभाल (बीआरएम) से कैसे अलग है?
- दुकान के नए ग्राहकों में से कितने दोबारा लौटते हैं?
- क्या किसी भागीदार के साथ विवाद होने पर उसके अनुबंध के नवीनीकरण की संभावना घट जाती है?

**इस पाठ के बाद आप ये कर सकेंगे**

- संबंध प्रबंधन को समझा सकेंगे, और B2C तथा B2B संबंधों में अंतर बता सकेंगे;
- सीआरएम के तीन हिस्से और तीन प्रकार, और वे छह बातें गिना सकेंगे जिनका ध्यान बीआरएम रखता है;
- किसी तालिका से किसी अवधि या किसी समूह की पंक्तियाँ छाँटकर उन्हें गिन सकेंगे या उनका हिस्सा निकाल सकेंगे;
- अनुबंध नवीनीकरण की दर निकाल सकेंगे, और विवाद वाले तथा बिना विवाद वाले भागीदारों में उसकी तुलना कर सकेंगे;
- समूहों को फेंटकर (shuffle) परख सकेंगे कि दो समूहों का अंतर कहीं संयोग तो नहीं।

**शुरू करने से पहले:** पाठ 00 (Jupyter और relkit)। Python में: सेल चलाना, `len`, किसी शर्त से पंक्तियाँ
छाँटना, जैसे `table[table["column"] == value]`, `value_counts`, और `mean` के साथ `groupby`।

**समय:** लगभग 105 मिनट: 60 पढ़ने में, 45 अभ्यास और प्रश्नोत्तरी में।

**प्रसंग (case)।** पटना में दुकान लता जनरल स्टोर के ज़रिए किराने का सामान बेचती है। लता जनरल स्टोर एक किराना दुकान है:
वह दुकान से 30 दिन के उधार पर माल ख़रीदता है और आगे बेचता है। दो साल में दुकान ने देर से चुकाए गए बिल को लेकर दो बार
इसके साथ विवाद उठाया। नवंबर 2025 में इसके अनुबंध के नवीनीकरण पर फ़ैसला होना है। एक सहकर्मी कहता है: "जिन भागीदारों से विवाद होते हैं,
आख़िर में उन्हीं को छोड़ना पड़ता है। इसे अभी छोड़ दीजिए।" पाठ के अंत में आप संख्याओं के आधार पर दुकान को सलाह देंगे।

नए शब्दों के अर्थ [शब्दावली (glossary)](glossary.md) में दिए गए हैं।""",
        bn="""# 01 · সম্পর্ক ব্যবস্থাপনা: গ্রাহক ও অংশীদার

একটি ব্যবসা যে দুই ধরনের সম্পর্ক বজায় রাখে, তার প্রথম পরিচয়, আর একটি দোকানের তথ্যে দুই দিকের একটি করে বিশ্লেষণ।

**এই পাঠ যে প্রশ্নগুলির উত্তর দেয়**

- সম্পর্ক ব্যবস্থাপনা কী, আর গ্রাহকের যত্ন (সিআরএম) অংশীদার প্রতিষ্ঠানের যত্ন (বিআরএম) থেকে কোথায় আলাদা?
- দোকানের নতুন গ্রাহকদের কতজন আবার ফিরে আসেন?
- কোনো অংশীদারের সঙ্গে বিরোধ হলে কি তার চুক্তি নবায়নের সম্ভাবনা কমে যায়?

**এই পাঠ শেষে আপনি যা পারবেন**

- সম্পর্ক ব্যবস্থাপনা কী, তা বুঝিয়ে বলতে এবং B2C ও B2B সম্পর্কের পার্থক্য দেখাতে পারবেন;
- সিআরএম-এর তিনটি অংশ ও তিনটি ধরন, আর বিআরএম যে ছয়টি দিক সামলায়, তা বলতে পারবেন;
- কোনো সারণি থেকে একটি সময়কালের বা একটি দলের সারিগুলি বেছে নিয়ে সেগুলি গুনতে বা মোটের কত অংশ তা বের করতে পারবেন;
- চুক্তি নবায়নের হার হিসাব করতে আর বিরোধ থাকা ও না থাকা অংশীদারদের মধ্যে সেই হার তুলনা করতে পারবেন;
- দলগুলি এলোমেলো করে (shuffle) যাচাই করতে পারবেন, দুই দলের ফারাক নিছক দৈবক্রমে হতে পারে কি না।

**শুরুর আগে:** পাঠ 00 (Jupyter ও relkit)। Python-এ: সেল চালানো, `len`, কোনো শর্ত দিয়ে সারি বেছে নেওয়া,
যেমন `table[table["column"] == value]`, `value_counts`, আর `mean`-সহ `groupby`।

**সময়:** প্রায় 105 মিনিট: পড়া 60 মিনিট, অনুশীলন আর কুইজ 45 মিনিট।

**ঘটনা (case)।** পাটনায় দোকানটি লতা জেনারেল স্টোরের মাধ্যমে মুদির জিনিস বিক্রি করে। লতা জেনারেল স্টোর একটি
মুদির দোকান: সে 30 দিনের ধারে অনলাইন দোকানটির কাছ থেকে মাল কেনে, তারপর নিজের খদ্দেরদের কাছে বেচে। দুই বছরে দেরিতে মেটানো বিল নিয়ে দোকান দুবার তার সঙ্গে বিরোধ তুলেছে। নভেম্বর 2025-এ তার চুক্তি নবায়নের সময় আসবে। এক সহকর্মী বলছেন: "যে অংশীদারদের সঙ্গে বিরোধ হয়, শেষে তাদেরই
ছাড়তে হয়। একে এখনই ছেড়ে দিন।" পাঠের শেষে আপনি সংখ্যার ভিত্তিতে দোকানকে পরামর্শ দেবেন।

নতুন শব্দের মানে [পরিভাষা (glossary)](glossary.md)-এ দেওয়া আছে।""",
    ),
    md(
        en="""## 1. What is relationship management?

Think of a neighbourhood sweet shop. The owner knows the family that buys sweets every Sunday, remembers
that the grandmother wants them with less sugar, and calls them when a fresh batch is ready. The same
owner has bought milk from one dairy for ten years: the two agreed on the price, on the hour the milk
arrives, and on what happens when a can turns sour.

Neither of these is a single sale; both are relationships. **Relationship management** is the steady work
a business does to stay in touch with the people and firms it deals with, so that both sides gain over
many years and not only on one day. A one-off transaction is over once the money has changed hands. A
relationship goes on: the next order, a complaint put right, a contract renewed.""",
        hi="""## 1. संबंध प्रबंधन क्या है?

मोहल्ले की किसी मिठाई की दुकान के बारे में सोचिए। दुकानदार उस परिवार को पहचानता है जो हर रविवार मिठाई ले जाता
है; उसे याद है कि दादी जी कम चीनी वाली मिठाई लेती हैं, और ताज़ा माल बनते ही वह उन्हें फ़ोन कर देता है। वही
दुकानदार दस साल से एक ही डेयरी से दूध ले रहा है: दोनों ने दाम तय किया है, दूध पहुँचने का समय तय किया है, और यह
भी कि किसी डिब्बे का दूध फट जाए तो क्या होगा।

इनमें से कोई भी एक बार का सौदा नहीं है; दोनों संबंध हैं। **संबंध प्रबंधन (Relationship management)** वह लगातार
चलने वाला काम है, जिससे कोई व्यवसाय उन लोगों और फ़र्मों से जुड़ा रहता है जिनसे उसका लेन-देन होता है, ताकि दोनों
पक्षों को किसी एक दिन नहीं, बल्कि बरसों तक लाभ मिले। एक बार का सौदा पैसे चुकते ही ख़त्म हो जाता है। संबंध चलता
रहता है: अगला ऑर्डर, ठीक से दूर की गई शिकायत, अनुबंध का नवीनीकरण।""",
        bn="""## 1. সম্পর্ক ব্যবস্থাপনা কী?

পাড়ার একটা মিষ্টির দোকানের কথা ভাবুন। দোকানদার সেই পরিবারটিকে চেনেন, যাঁরা প্রতি রবিবার মিষ্টি নিয়ে যান; তাঁর
মনে থাকে যে ঠাকুমা কম চিনির মিষ্টি খান, আর টাটকা মিষ্টি তৈরি হলেই তিনি ওঁদের ফোন করে দেন। সেই দোকানদারই দশ
বছর ধরে একই ডেয়ারি থেকে দুধ কেনেন: দুজনে মিলে দাম ঠিক করেছেন, কখন দুধ পৌঁছবে তা ঠিক করেছেন, আর কোনো ক্যানের দুধ
কেটে গেলে কী হবে, সেটাও।

এর কোনোটাই একবারের কেনাবেচা নয়; দুটোই সম্পর্ক। **সম্পর্ক ব্যবস্থাপনা (Relationship management)** হলো সেই
নিয়মিত কাজ, যার মাধ্যমে একটি ব্যবসা যেসব মানুষ ও প্রতিষ্ঠানের সঙ্গে লেনদেন করে, তাদের সঙ্গে যোগাযোগ বজায় রাখে,
যাতে দুই পক্ষই শুধু একদিন নয়, বহু বছর ধরে লাভবান হয়। একবারের লেনদেন টাকা মিটে গেলেই শেষ। সম্পর্ক চলতে থাকে:
পরের অর্ডার, ঠিকমতো মেটানো অভিযোগ, চুক্তির নবায়ন।""",
    ),
    md(
        en="""## 2. Two sides: B2C and B2B

Every business has relationships on two sides.

- **Business to consumer (B2C):** the business sells to people who buy for themselves or their family.
  There are many such relationships, each one small, and a customer can stop buying on any day.
- **Business to business (B2B):** the business deals with other firms: **suppliers** who sell it goods,
  **distributors** and **resellers** who buy its goods, often on credit, and sell them on in their own
  markets, **vendors** who provide services such as delivery and packaging. There are few such relationships, each one large, and most rest on a written **contract**.

| | Customers (B2C) | Partners (B2B) |
| --- | --- | --- |
| Who | People buying for their own use | Firms: suppliers, distributors, vendors, resellers |
| How many | Thousands, even lakhs | Tens, perhaps hundreds |
| How big | One order: usually hundreds or a few thousand rupees | One order can be small or large; over a year a partner's business adds up to far more than a customer's |
| How often | Once or a few times a year; many buy only once | Many times a year |
| What holds it together | Good service, offers, habit | Negotiated contracts and trust |

Looking after the first side is **customer relationship management (CRM)**; looking after the second is
**business relationship management (BRM)**. In section 10 you will test this table against the data.""",
        hi="""## 2. दो पक्ष: B2C और B2B

हर व्यवसाय के संबंध दो तरफ़ होते हैं।

- **व्यवसाय से उपभोक्ता (Business to consumer, B2C):** व्यवसाय उन लोगों को बेचता है जो अपने या अपने परिवार के
  लिए ख़रीदते हैं। ऐसे संबंध बहुत सारे होते हैं, हर एक छोटा, और ग्राहक किसी भी दिन ख़रीदना बंद कर सकता है।
- **व्यवसाय से व्यवसाय (Business to business, B2B):** व्यवसाय दूसरी फ़र्मों से लेन-देन करता है: **आपूर्तिकर्ता
  (supplier)**, जो उसे माल बेचते हैं; **वितरक (distributor)** और **पुनर्विक्रेता (reseller)**, जो उसका माल, अक्सर
  उधार पर, ख़रीदते हैं और अपने-अपने बाज़ारों में आगे बेचते हैं; और **विक्रेता (vendor)**, जो डिलीवरी और पैकेजिंग
  जैसी सेवाएँ देते हैं। ऐसे संबंध गिने-चुने होते हैं, हर एक बड़ा, और
  ज़्यादातर लिखित **अनुबंध (contract)** पर टिके होते हैं।

| | ग्राहक (B2C) | भागीदार (B2B) |
| --- | --- | --- |
| किसके साथ | अपने उपयोग के लिए ख़रीदने वाले लोग | फ़र्में: आपूर्तिकर्ता, वितरक, विक्रेता, पुनर्विक्रेता |
| कितने | हज़ारों, लाखों तक | दर्जनों, शायद सैकड़ों |
| कितना बड़ा | एक ऑर्डर: आमतौर पर कुछ सौ या कुछ हज़ार रुपये | एक ऑर्डर छोटा भी हो सकता है और बड़ा भी; साल भर में एक भागीदार का कारोबार किसी ग्राहक के कारोबार से कहीं ज़्यादा बैठता है |
| कितनी बार | साल में एक या कुछ बार; बहुत-से ग्राहक सिर्फ़ एक बार ख़रीदते हैं | साल में बहुत बार |
| संबंध किस पर टिका है | अच्छी सेवा, ऑफ़र, आदत | बातचीत से तय अनुबंध और भरोसा |

पहले पक्ष की देखभाल **ग्राहक संबंध प्रबंधन यानी सीआरएम (Customer Relationship Management, CRM)** कहलाती है, और
दूसरे की **व्यापार संबंध प्रबंधन यानी बीआरएम (Business Relationship Management, BRM)**। भाग 10 में आप इस तालिका
को आँकड़ों से मिलाकर परखेंगे।""",
        bn="""## 2. দুই দিক: B2C ও B2B

প্রতিটি ব্যবসার সম্পর্ক থাকে দুই দিকে।

- **ব্যবসা থেকে ভোক্তা (Business to consumer, B2C):** ব্যবসাটি এমন মানুষদের কাছে বিক্রি করে, যাঁরা নিজের বা
  পরিবারের জন্য কেনেন। এমন সম্পর্ক অনেক, প্রতিটি ছোট, আর গ্রাহক যেকোনো দিন কেনা বন্ধ করে দিতে পারেন।
- **ব্যবসা থেকে ব্যবসা (Business to business, B2B):** ব্যবসাটি অন্য প্রতিষ্ঠানের সঙ্গে লেনদেন করে: **সরবরাহকারী
  (supplier)**, যারা ব্যবসাটির কাছে মাল বেচে; **পরিবেশক (distributor)** ও **পুনর্বিক্রেতা (reseller)**, যারা তার মাল কেনে,
  প্রায়ই ধারে, আর নিজেদের বাজারে আবার বেচে; আর **বিক্রেতা (vendor)**, যারা পার্সেল পৌঁছে দেওয়া (ডেলিভারি) আর
  প্যাকেজিংয়ের মতো পরিষেবা জোগায়। এমন সম্পর্ক হাতে-গোনা, প্রতিটি বড়, আর বেশির ভাগই লিখিত **চুক্তির (contract)** ওপর দাঁড়িয়ে।

| | গ্রাহক (B2C) | অংশীদার (B2B) |
| --- | --- | --- |
| কার সঙ্গে | যাঁরা নিজের ব্যবহারের জন্য কেনেন | প্রতিষ্ঠান: সরবরাহকারী, পরিবেশক, বিক্রেতা, পুনর্বিক্রেতা |
| সংখ্যায় কত | হাজার হাজার, লাখও হতে পারে | কয়েক ডজন, হয়তো কয়েকশো |
| কত বড় | একটি অর্ডার: সাধারণত কয়েকশো বা কয়েক হাজার টাকা | একটি অর্ডার ছোটও হতে পারে, বড়ও; বছরে একটি অংশীদারের সব কারবার যোগ করলে তা একজন গ্রাহকের চেয়ে অনেক বেশি দাঁড়ায় |
| কত ঘন ঘন | বছরে একবার বা কয়েকবার; অনেকে মাত্র একবারই কেনেন | বছরে বহুবার |
| সম্পর্ক কীসে টিকে থাকে | ভালো পরিষেবা, অফার, অভ্যাস | আলোচনা করে ঠিক করা চুক্তি আর আস্থা |

প্রথম দিকের যত্ন নেওয়াকে বলে **গ্রাহক সম্পর্ক ব্যবস্থাপনা অর্থাৎ সিআরএম (Customer Relationship Management, CRM)**, আর
দ্বিতীয় দিকের যত্নকে **ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা অর্থাৎ বিআরএম (Business Relationship Management, BRM)**। অংশ
10-এ আপনি এই সারণিটি তথ্য দিয়ে যাচাই করবেন।""",
    ),
    md(
        en="""## 3. Customer relationship management (CRM)

CRM is how a business comes to know its customers and keeps them. It has three strands:

1. **Data and sales analysis:** who buys what, when, and how much; which products sell in which season;
   what customers like and dislike.
2. **Marketing:** campaigns, offers and messages aimed at the right customers, to bring them back.
3. **Post-sales support:** help after the sale (returns, complaints, a parcel that went missing), given
   quickly and politely.

Why go to this trouble? Because winning a new customer, with advertisements, discounts and sales staff,
usually costs much more than keeping one you already have. A customer who comes back again and again is
the cheapest sale a business makes. Lesson 04 measures this in rupees.

CRM software comes in three kinds:

| Kind | What it does | Where you meet it in our data |
| --- | --- | --- |
| Operational CRM | Runs the daily work: records orders, contacts and complaints | the `orders`, `interactions` and `tickets` tables |
| Analytical CRM | Studies the data to understand customers: who buys often, who is drifting away | the measures of lesson 04: retention, churn, CLV |
| Collaborative CRM | Shares what is known about a customer between sales, marketing and support, so everyone sees the same person | one `customer_id` that links every customer table |""",
        hi="""## 3. ग्राहक संबंध प्रबंधन (सीआरएम)

सीआरएम वह तरीक़ा है जिससे कोई व्यवसाय अपने ग्राहकों को जानता-समझता है और उन्हें अपने साथ बनाए रखता है। इसके
तीन हिस्से हैं:

1. **आँकड़ों और बिक्री का विश्लेषण (data and sales analysis):** कौन क्या ख़रीदता है, कब और कितना; कौन-सा सामान
   किस मौसम में बिकता है; ग्राहकों को क्या पसंद है और क्या नहीं।
2. **विपणन (marketing):** सही ग्राहकों तक पहुँचने वाले अभियान (campaign), ऑफ़र और संदेश, ताकि वे लौटकर आएँ।
3. **बिक्री के बाद की सेवा (post-sales support):** बिक्री के बाद मदद, जैसे सामान लौटाना, शिकायत, खोया हुआ
   पार्सल, और वह भी जल्दी और विनम्रता से।

इतनी मेहनत क्यों? क्योंकि विज्ञापन, छूट और बिक्री कर्मचारियों के सहारे नया ग्राहक जोड़ना आमतौर पर पुराने ग्राहक को
बनाए रखने से कहीं ज़्यादा महँगा पड़ता है। जो ग्राहक बार-बार लौटता है, उसे की गई बिक्री व्यवसाय के लिए सबसे सस्ती पड़ती है।
पाठ 04 में आप इसे रुपयों में नापेंगे।

सीआरएम सॉफ़्टवेयर तीन प्रकार का होता है:

| प्रकार | क्या करता है | हमारे आँकड़ों में कहाँ दिखता है |
| --- | --- | --- |
| परिचालन सीआरएम (Operational CRM) | रोज़ का काम चलाता है: ऑर्डर, संपर्क और शिकायतें दर्ज करता है | `orders`, `interactions` और `tickets` तालिकाएँ |
| विश्लेषणात्मक सीआरएम (Analytical CRM) | आँकड़ों को परखकर ग्राहकों को समझता है: कौन अक्सर ख़रीदता है, कौन धीरे-धीरे दूर हो रहा है | पाठ 04 के माप: प्रतिधारण (retention), ग्राहक छोड़ने की दर (churn), CLV |
| सहयोगात्मक सीआरएम (Collaborative CRM) | ग्राहक की जानकारी बिक्री, विपणन और सेवा विभागों में बाँटता है, ताकि सबके सामने एक ही ग्राहक की एक जैसी तस्वीर हो | एक ही `customer_id`, जो ग्राहकों की हर तालिका को जोड़ता है |""",
        bn="""## 3. গ্রাহক সম্পর্ক ব্যবস্থাপনা (সিআরএম)

সিআরএম হলো সেই পদ্ধতি, যা দিয়ে একটি ব্যবসা তার গ্রাহকদের চেনে-বোঝে এবং তাঁদের ধরে রাখে। এর তিনটি অংশ:

1. **তথ্য ও বিক্রয় বিশ্লেষণ (data and sales analysis):** কে কী কেনেন, কখন, কতটা; কোন জিনিস কোন মরসুমে বিক্রি হয়;
   গ্রাহকদের কী ভালো লাগে, কী লাগে না।
2. **বিপণন (marketing):** উপযুক্ত গ্রাহকদের লক্ষ্য করে চালানো প্রচারাভিযান (campaign), অফার ও বার্তা, যাতে
   তাঁরা আবার ফিরে আসেন।
3. **বিক্রয়োত্তর পরিষেবা (post-sales support):** বিক্রির পরে সাহায্য, যেমন জিনিস ফেরত, অভিযোগ, হারিয়ে যাওয়া পার্সেল,
   তাও দ্রুত আর ভদ্রভাবে।

এত পরিশ্রম কেন? কারণ বিজ্ঞাপন, ছাড় আর বিক্রয়কর্মী দিয়ে নতুন গ্রাহক আনা সাধারণত পুরোনো গ্রাহক ধরে রাখার চেয়ে
অনেক বেশি ব্যয়বহুল। যে গ্রাহক বারবার ফিরে আসেন, তাঁর কাছে বিক্রি করতেই ব্যবসার খরচ সবচেয়ে কম। পাঠ 04-এ আপনি
এটা টাকার অঙ্কে মাপবেন।

সিআরএম সফটওয়্যার তিন ধরনের:

| ধরন | কী করে | আমাদের তথ্যে কোথায় দেখা যায় |
| --- | --- | --- |
| পরিচালনাগত সিআরএম (Operational CRM) | রোজকার কাজ চালায়: অর্ডার, যোগাযোগ আর অভিযোগ লিখে রাখে | `orders`, `interactions` ও `tickets` সারণি |
| বিশ্লেষণধর্মী সিআরএম (Analytical CRM) | তথ্য বিশ্লেষণ করে গ্রাহকদের বোঝে: কে প্রায়ই কেনেন, কে ধীরে ধীরে সরে যাচ্ছেন | পাঠ 04-এর মাপকাঠি: ধরে রাখা (retention), গ্রাহক হারানোর হার (churn), CLV |
| সহযোগিতামূলক সিআরএম (Collaborative CRM) | গ্রাহকের তথ্য বিক্রয়, বিপণন ও পরিষেবা বিভাগের মধ্যে ভাগ করে, যাতে সবাই একই মানুষকে একইভাবে দেখে | একটিই `customer_id`, যা গ্রাহকের সব সারণিকে জোড়ে |""",
    ),
    md(
        en="""## 4. Business relationship management (BRM)

BRM takes care of the relationships with partners. A partner is a business with interests of its own, so
the relationship rests on other things:

- **Trust:** each side can rely on the other's word: goods arrive as promised, bills are paid on time.
- **Rules and expectations:** the quality, quantity, price and delivery time each side expects, written
  down plainly.
- **Boundaries:** what each side is responsible for, and what it is not, so that neither oversteps.
- **Dispute resolution:** a short delivery or a wrong invoice will happen sooner or later; what counts is
  settling it quickly and fairly.
- **Contract negotiation:** agreeing on the terms, and deciding at the end whether to renew.
- **Cross-selling:** a partner who trusts you is open to buying more from you, or to selling you more.

In our data, three tables record what this lesson looks at: `contracts` (when each contract began and
ended, and whether it was renewed), `disputes` and `trust_surveys`.""",
        hi="""## 4. व्यापार संबंध प्रबंधन (बीआरएम)

बीआरएम भागीदारों के साथ संबंधों की देखभाल करता है। भागीदार ख़ुद एक व्यवसाय है, जिसके अपने हित हैं, इसलिए यह
संबंध दूसरी बातों पर टिका होता है:

- **भरोसा (trust):** दोनों पक्ष एक-दूसरे की बात पर भरोसा कर सकें: माल वादे के मुताबिक़ पहुँचे, बिल समय पर चुकें।
- **नियम और अपेक्षाएँ (rules and expectations):** हर पक्ष किस गुणवत्ता, कितनी मात्रा, किस दाम और कितने समय में
  डिलीवरी की उम्मीद करता है, यह साफ़-साफ़ लिखा हो।
- **सीमाएँ (boundaries):** कौन-सी ज़िम्मेदारी किस पक्ष की है और कौन-सी नहीं, ताकि कोई अपनी हद न लाँघे।
- **विवाद समाधान (dispute resolution):** कभी न कभी माल कम पहुँचेगा या बिल (invoice) ग़लत बनेगा ही; असली बात यह
  है कि ऐसा विवाद जल्दी और निष्पक्ष ढंग से सुलझे।
- **अनुबंध पर बातचीत (contract negotiation):** शर्तें तय करना, और अवधि पूरी होने पर यह फ़ैसला कि अनुबंध का नवीनीकरण हो या नहीं।
- **क्रॉस-सेलिंग (cross-selling):** जो भागीदार आप पर भरोसा करता है, वह आपसे और ज़्यादा ख़रीदने या आपको और
  ज़्यादा बेचने के लिए तैयार रहता है।

यह पाठ जिन बातों को देखता है, वे हमारे आँकड़ों की तीन तालिकाओं में दर्ज हैं: `contracts` (हर अनुबंध कब शुरू हुआ, कब
ख़त्म हुआ, और उसका नवीनीकरण हुआ या नहीं), `disputes` और `trust_surveys`।""",
        bn="""## 4. ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা (বিআরএম)

বিআরএম অংশীদারদের সঙ্গে সম্পর্কের দেখভাল করে। অংশীদার নিজেই একটি ব্যবসা, যার নিজস্ব স্বার্থ আছে, তাই এই সম্পর্ক
অন্য কিছু জিনিসের ওপর দাঁড়িয়ে থাকে:

- **আস্থা (trust):** দুই পক্ষই একে অপরের কথার ওপর ভরসা রাখতে পারে: মাল কথামতো পৌঁছয়, বিল সময়ে মেটানো হয়।
- **নিয়ম ও প্রত্যাশা (rules and expectations):** কেমন মান, কত পরিমাণ, কী দাম আর কত দিনে মাল চাই, তা পরিষ্কার
  করে লেখা থাকে।
- **সীমারেখা (boundaries):** কোন দায়িত্ব কোন পক্ষের আর কোনটা নয়, যাতে কেউ নিজের সীমা না ছাড়ায়।
- **বিরোধ নিষ্পত্তি (dispute resolution):** কম মাল আসা বা ভুল বিল (invoice) আজ না হোক কাল হবেই; আসল কথা হলো
  বিরোধটা তাড়াতাড়ি আর ন্যায্যভাবে মেটানো।
- **চুক্তি নিয়ে আলোচনা (contract negotiation):** শর্ত ঠিক করা, আর মেয়াদ শেষে চুক্তি নবায়ন হবে কি না, সেই
  সিদ্ধান্ত।
- **ক্রস-সেলিং (cross-selling):** যে অংশীদার আপনার ওপর আস্থা রাখে, সে আপনার কাছ থেকে আরও কিনতে বা আপনাকে আরও
  বেচতে রাজি থাকে।

আমাদের তথ্যে তিনটি সারণি সেই সব লিখে রাখে, যা এই পাঠে দেখা হবে: `contracts` (প্রতিটি চুক্তি কবে শুরু, কবে শেষ, আর
তার নবায়ন হয়েছে কি না), `disputes` আর `trust_surveys`।""",
    ),
    md(
        en="""## 5. Meet the company's data

From here on we work with the data of a simulated (made up, but realistic) Indian online shop, watched
for 24 months from January 2023: customers on one side, partners on the other. The first cell tells
Jupyter to draw charts inside the notebook (`%matplotlib inline`), loads relkit and chooses the language of
its tables and charts. Click into the cell and press **Shift + Enter**.""",
        hi="""## 5. कंपनी के आँकड़ों से परिचय

अब से हम एक सिम्युलेटेड (कृत्रिम), पर असली जैसी, भारतीय ऑनलाइन दुकान के आँकड़ों पर काम करेंगे। ये आँकड़े जनवरी 2023
से शुरू होकर 24 महीनों के हैं: एक तरफ़ ग्राहक, दूसरी तरफ़ भागीदार। पहला सेल Jupyter से कहता है कि ग्राफ़ नोटबुक के अंदर ही
बनें (`%matplotlib inline`), फिर relkit लोड करता है और उसकी तालिकाओं और ग्राफ़ों की भाषा चुनता है। सेल में क्लिक
करके **Shift + Enter** दबाइए।""",
        bn="""## 5. কোম্পানির তথ্যের সঙ্গে পরিচয়

এখন থেকে আমরা একটি সিমুলেটেড (বানানো, কিন্তু বাস্তবের মতো) ভারতীয় অনলাইন দোকানের তথ্য নিয়ে কাজ করব;
জানুয়ারি 2023 থেকে 24 মাস ধরে দোকানটির সব হিসাব রাখা হয়েছে: এক দিকে গ্রাহক, অন্য দিকে অংশীদার। প্রথম সেলটি Jupyter-কে বলে
লেখচিত্রগুলি নোটবুকের ভেতরেই আঁকতে (`%matplotlib inline`), তারপর relkit লোড করে আর তার সারণি ও লেখচিত্রের ভাষা
বেছে নেয়। সেলের ভেতরে ক্লিক করে **Shift + Enter** চাপুন।""",
    ),
    code(
        """%matplotlib inline
import relkit
relkit.set_language("{LANG}")"""
    ),
    md(
        en="""`relkit.load_world()` hands you all of the company's tables at once. Shown on its own, `world` lists
each table with its number of rows.""",
        hi="""`relkit.load_world()` कंपनी की सारी तालिकाएँ एक साथ दे देता है। अकेले `world` लिखने पर हर तालिका अपनी पंक्तियों
की संख्या के साथ दिखती है।""",
        bn="""`relkit.load_world()` কোম্পানির সব সারণি একসঙ্গে এনে দেয়। শুধু `world` লিখলে প্রতিটি সারণি তার সারির সংখ্যা
সমেত দেখা যায়।""",
    ),
    code(
        """world = relkit.load_world()
world"""
    ),
    md(
        en="""Each table is a pandas DataFrame that you reach as `world.<name>`, for example `world.customers`. The
tables from `customers` to `nps_responses` describe the customers (CRM); those from `partners` to
`trust_surveys` describe the partners (BRM). This lesson uses six of them: `customers`, `orders`,
`partners`, `contracts`, `disputes` and `trust_surveys`; the others appear in lesson 04 or wait for you in
datasets/README.md. The first line only records how the world was made (its `seed`); you can ignore it
for now.""",
        hi="""हर तालिका एक pandas DataFrame है, जिस तक आप `world.<नाम>` लिखकर पहुँचते हैं, जैसे `world.customers`। `customers`
से `nps_responses` तक की तालिकाएँ ग्राहकों (सीआरएम) की हैं; `partners` से `trust_surveys` तक की तालिकाएँ
भागीदारों (बीआरएम) की। यह पाठ इनमें से छह का उपयोग करता है: `customers`, `orders`, `partners`, `contracts`,
`disputes` और `trust_surveys`; बाक़ी तालिकाएँ पाठ 04 में आती हैं या datasets/README.md में आपका इंतज़ार करती हैं। पहली
पंक्ति बस यह बताती है कि यह दुनिया किस `seed` से बनी; अभी इस पर ध्यान देने की ज़रूरत नहीं।""",
        bn="""প্রতিটি সারণি একটি pandas DataFrame; `world.<নাম>` লিখে সেটি পাওয়া যায়, যেমন `world.customers`। `customers`
থেকে `nps_responses` পর্যন্ত সারণিগুলিতে গ্রাহকদের (সিআরএম) তথ্য; `partners` থেকে `trust_surveys` পর্যন্ত
সারণিগুলিতে অংশীদারদের (বিআরএম) তথ্য। এই পাঠে লাগবে এদের ছয়টি: `customers`, `orders`, `partners`, `contracts`, `disputes` আর
`trust_surveys`; বাকিগুলি আসবে পাঠ 04-এ, অথবা datasets/README.md-তে তাদের পরিচয় পাবেন। প্রথম লাইনটি শুধু জানায়
জগৎটি কোন `seed` দিয়ে তৈরি; এখনই ওটা নিয়ে ভাবার দরকার নেই।""",
    ),
    md(
        en="""## 6. Customers: one row, one person

`.head()` shows the first five rows. We pick a few columns so that the table fits on the screen.""",
        hi="""## 6. ग्राहक: एक पंक्ति, एक व्यक्ति

`.head()` पहली पाँच पंक्तियाँ दिखाता है। हम कुछ ही कॉलम चुनते हैं, ताकि तालिका स्क्रीन में समा जाए।""",
        bn="""## 6. গ্রাহক: এক সারি, একজন মানুষ

`.head()` প্রথম পাঁচটি সারি দেখায়। আমরা কয়েকটি কলাম বেছে নিই, যাতে সারণিটি পর্দায় এঁটে যায়।""",
    ),
    code(
        """world.customers[
    ["customer_id", "name", "city", "signup_date", "acquisition_channel", "acquisition_cost_inr"]
].head()"""
    ),
    md(
        en="""Each row is one customer: a number (`customer_id`), a name, a city, the day they joined (`signup_date`),
how they were won (`acquisition_channel`), and what winning them cost in rupees (`acquisition_cost_inr`).
Column names stay in English because you type them in code; `relkit.column_label` tells you what a column
means in your language:""",
        hi="""हर पंक्ति एक ग्राहक है: उसकी संख्या (`customer_id`), नाम, शहर, जुड़ने का दिन (`signup_date`), वह किस चैनल से
जुड़ा (`acquisition_channel`), और उसे जोड़ने में कितने रुपये ख़र्च हुए (`acquisition_cost_inr`)। कॉलमों के नाम अंग्रेज़ी में
ही रहते हैं, क्योंकि उन्हें आप कोड में टाइप करते हैं; `relkit.column_label` बताता है कि आपकी भाषा में किसी कॉलम
का क्या अर्थ है:""",
        bn="""প্রতিটি সারি একজন গ্রাহক: তাঁর নম্বর (`customer_id`), নাম, শহর, যোগ দেওয়ার দিন (`signup_date`), কোন পথে তাঁকে
পাওয়া গেছে (`acquisition_channel`), আর তাঁকে পেতে কত টাকা খরচ হয়েছে (`acquisition_cost_inr`)। কলামের নাম ইংরেজিতেই
থাকে, কারণ কোডে ওগুলি টাইপ করতে হয়; `relkit.column_label` বলে দেয় আপনার ভাষায় কলামটির মানে কী:""",
    ),
    code('relkit.column_label("acquisition_channel")'),
    md(
        en="""### Exercise 01.1: who joined in the festive season?

The festive season brings new customers as well as orders. How many customers joined the shop in the
festive season of 2024, from 1 October to 30 November 2024 (both days included)? A date column can be
compared with a date written as text, such as `world.customers["signup_date"] >= "2024-10-01"`.

In the cell below, replace `None` with your answer and run it; `relkit.check` tells you whether you are
right. If you are not right yet, each new try brings a further hint; `relkit.hint("01.1")` shows the code,
and the collapsed cell under the exercise holds a solution: click it to open it.""",
        hi="""### अभ्यास 01.1: त्योहारी मौसम में कौन जुड़ा?

त्योहारी मौसम (festive season) ऑर्डरों के साथ नए ग्राहक भी लाता है। 2024 के त्योहारी मौसम में, यानी 1 अक्टूबर से 30 नवंबर 2024 तक
(दोनों दिन शामिल), कितने ग्राहक दुकान से जुड़े? तारीख़ वाले कॉलम की तुलना उद्धरण चिह्नों में टेक्स्ट की तरह लिखी तारीख़ से की जा सकती है,
जैसे `world.customers["signup_date"] >= "2024-10-01"`।

नीचे के सेल में `None` की जगह अपना उत्तर लिखिए और सेल चलाइए; `relkit.check` बताएगा कि उत्तर सही है या नहीं। अगर उत्तर
अभी सही नहीं है, तो हर नई कोशिश पर पहले से ज़्यादा साफ़ संकेत मिलेगा; `relkit.hint("01.1")` कोड दिखाता है, और अभ्यास
के नीचे वाले छिपे हुए (collapsed) सेल में एक हल है: उसे खोलने के लिए उस पर क्लिक कीजिए।""",
        bn="""### অনুশীলন 01.1: উৎসবের মরসুমে কারা যোগ দিলেন?

উৎসবের মরসুম (festive season) শুধু অর্ডার নয়, নতুন গ্রাহকও আনে। 2024-এর উৎসবের মরসুমে, অর্থাৎ 1 অক্টোবর থেকে 30 নভেম্বর 2024
পর্যন্ত (প্রথম ও শেষ দিন দুটিও ধরে), কতজন গ্রাহক দোকানে যোগ দিয়েছেন? তারিখের কলামকে উদ্ধৃতিচিহ্নের মধ্যে লেখা তারিখের সঙ্গে সরাসরি
তুলনা করা যায়, যেমন `world.customers["signup_date"] >= "2024-10-01"`।

নিচের সেলে `None`-এর জায়গায় নিজের উত্তর লিখে চালান; `relkit.check` জানিয়ে দেবে উত্তর ঠিক হলো কি না। উত্তর এখনও
ঠিক না হলে প্রতিটি নতুন চেষ্টায় আরও একটু ইঙ্গিত পাবেন; `relkit.hint("01.1")` চালালে কোডটি দেখতে পাবেন, আর
অনুশীলনের নিচে গুটিয়ে রাখা (collapsed) সেলে একটি সমাধান আছে: সেটি খুলতে তার ওপর ক্লিক করুন।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.1", answer)"""
    ),
    code(
        """signup = world.customers["signup_date"]
answer = ((signup >= "2024-10-01") & (signup <= "2024-11-30")).sum()
relkit.check("01.1", answer)""",
        tags=["solution"],
    ),
    md(
        en="""### Picture: how were the customers won?

`relkit.plot_bar` draws one bar per value of a column; without a `y` it counts the rows. Here it counts
customers by acquisition channel.""",
        hi="""### चित्र: ग्राहक किन चैनलों से जुड़े?

`relkit.plot_bar` किसी कॉलम के हर मान के लिए एक स्तंभ (bar) बनाता है; `y` न देने पर वह पंक्तियाँ गिनता है। यहाँ वह
ग्राहकों को अधिग्रहण चैनल (acquisition channel) के हिसाब से गिनता है।""",
        bn="""### ছবি: গ্রাহকেরা কোন পথে এলেন?

`relkit.plot_bar` একটি কলামের প্রতিটি মানের জন্য একটি স্তম্ভ (bar) আঁকে; `y` না দিলে এটি সারি গোনে। এখানে এটি
গ্রাহক সংগ্রহের চ্যানেল (acquisition channel) ধরে গ্রাহক গুনছে।""",
    ),
    code('ax = relkit.plot_bar(world.customers, x="acquisition_channel")'),
    md(
        en="""Read the chart: which channel brought the most customers, and which the fewest? Every bar is a crowd of
separate people, each worth little on their own: this is what "many small relationships" looks like. A
channel that brings many customers is not necessarily the best one; what each channel costs per customer
is a question for lesson 04.""",
        hi="""ग्राफ़ पढ़िए: किस चैनल से सबसे ज़्यादा ग्राहक आए, और किससे सबसे कम? हर स्तंभ अलग-अलग लोगों की भीड़ है, जिनमें से
अकेले किसी एक से दुकान को बहुत कम मिलता है: "बहुत सारे छोटे संबंध" ऐसे ही दिखते हैं। जो चैनल ज़्यादा ग्राहक लाता है, ज़रूरी
नहीं कि वही सबसे अच्छा हो; हर चैनल से एक ग्राहक कितने में पड़ता है, यह सवाल पाठ 04 का है।""",
        bn="""লেখচিত্রটি পড়ুন: কোন চ্যানেল দিয়ে সবচেয়ে বেশি গ্রাহক এসেছেন, আর কোনটি দিয়ে সবচেয়ে কম? প্রতিটি স্তম্ভ আলাদা
আলাদা মানুষের ভিড়, যাঁদের প্রত্যেকের একার মূল্য সামান্য: "অনেকগুলি ছোট সম্পর্ক" দেখতে এমনই। যে চ্যানেল বেশি
গ্রাহক আনে, সেটাই যে সেরা তা নয়; কোন চ্যানেলে একজন গ্রাহক পেতে কত খরচ, সেই প্রশ্ন পাঠ 04-এর।""",
    ),
    md(
        en="""## 7. Partners: one row, one firm""",
        hi="""## 7. भागीदार: एक पंक्ति, एक फ़र्म""",
        bn="""## 7. অংশীদার: এক সারি, একটি প্রতিষ্ঠান""",
        details=False,
    ),
    code(
        """world.partners[["partner_id", "name", "partner_type", "category", "city", "tier", "terms_days"]].head()"""
    ),
    md(
        en="""Each row is one firm: its number, name, type, the line of goods it deals in (`category`), city,
tier and payment terms. The type says which way the goods go. Suppliers sell the shop the goods it sells,
and vendors sell it services such as delivery and packaging: the shop buys from both. Distributors and
resellers go the other way: they buy the shop's goods and sell them on. The tier (gold, silver, bronze)
follows how well the partner has performed, and `terms_days` is the number of days of credit between a
bill and its payment. Compare the number of rows with the customers table: a handful of firms against
thousands of people.

### Exercise 01.2: partners who buy from the shop

How many of the partners buy from the shop, that is, are distributors or resellers? Count them in
`world.partners` and give the number.""",
        hi="""हर पंक्ति एक फ़र्म है: उसकी संख्या, नाम, प्रकार, वह किस श्रेणी के माल का कारोबार करती है (`category`), शहर, स्तर (tier)
और उधार की अवधि (payment terms)। प्रकार से पता चलता है कि माल किस दिशा में जाता है। आपूर्तिकर्ता दुकान को वह माल बेचते हैं जिसे
दुकान आगे बेचती है, और विक्रेता उसे डिलीवरी और पैकेजिंग जैसी सेवाएँ देते हैं: दुकान दोनों से ख़रीदती है। वितरकों और
पुनर्विक्रेताओं के साथ माल उलटी दिशा में जाता है: वे दुकान का माल ख़रीदकर आगे बेचते हैं। स्तर (गोल्ड, सिल्वर, ब्रॉन्ज़) इस आधार
पर तय होता है कि भागीदार का काम अब तक कितना अच्छा रहा, और `terms_days` बताता है कि बिल की तारीख़ के कितने दिन बाद तक भुगतान
करना है, यानी कितने दिन का उधार मिलता है। पंक्तियों की संख्या की तुलना ग्राहकों की तालिका से कीजिए: हज़ारों लोगों के सामने
गिनी-चुनी फ़र्में।

### अभ्यास 01.2: दुकान से ख़रीदने वाले भागीदार

कितने भागीदार दुकान से ख़रीदते हैं, यानी कितने भागीदार वितरक या पुनर्विक्रेता हैं? `world.partners` में उन्हें गिनिए और उनकी
संख्या दीजिए।""",
        bn="""প্রতিটি সারি একটি প্রতিষ্ঠান: তার নম্বর, নাম, ধরন, সে কোন বিভাগের মালের কারবার করে (`category`), শহর, স্তর (tier) আর
ধারের মেয়াদ (payment terms)। ধরন দেখে বোঝা যায় মাল কোন দিকে যায়। দোকান যে মাল বিক্রি করে, সরবরাহকারীরা দোকানকে সেই মাল
বেচে; আর বিক্রেতারা দোকানকে পার্সেল পৌঁছে দেওয়া ও প্যাকেজিংয়ের মতো পরিষেবা বিক্রি করে: দোকান এই দুই দলের কাছ থেকেই কেনে। পরিবেশক আর
পুনর্বিক্রেতাদের বেলায় মাল যায় উল্টো দিকে: তারা দোকানের মাল কিনে অন্যদের কাছে আবার বেচে। অংশীদার এতদিন কেমন কাজ করেছে,
তা দেখে তার স্তর (গোল্ড, সিলভার, ব্রোঞ্জ) ঠিক হয়; আর `terms_days` জানায়, বিল হওয়া থেকে টাকা মেটানো পর্যন্ত কত দিনের ধার
দেওয়া হয়। সারির সংখ্যা গ্রাহকের সারণির সঙ্গে মিলিয়ে দেখুন: হাজার হাজার মানুষের তুলনায় হাতে-গোনা কয়েকটি প্রতিষ্ঠান।

### অনুশীলন 01.2: যে অংশীদারেরা দোকান থেকে কেনে

এমন অংশীদার কয়টি, যারা দোকান থেকে কেনে, অর্থাৎ যারা পরিবেশক বা পুনর্বিক্রেতা? `world.partners`-এ তাদের গুনে সংখ্যাটি
দিন।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.2", answer)"""
    ),
    code(
        """answer = world.partners["partner_type"].isin(["distributor", "reseller"]).sum()
relkit.check("01.2", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 8. Orders: one row, one purchase""",
        hi="""## 8. ऑर्डर: एक पंक्ति, एक ख़रीद""",
        bn="""## 8. অর্ডার: এক সারি, একটি কেনাকাটা""",
        details=False,
    ),
    code("world.orders.head()"),
    md(
        en="""Each row is one purchase: who bought (`customer_id`, the same number as in the customers table, which is
how the two tables are linked), on which day, for how much, what kind of product, and where (app, website
or marketplace). The amount splits into the GST collected for the government (`gst_inr`), what the goods
cost the shop (`cost_inr`) and what is left for the shop (`margin_inr`). The order also records how the
customer paid (`payment_method`; `cod` is cash on delivery) and what became of the parcel (`outcome`:
delivered, returned, sent back undelivered, `rto`, or still on its way). A customer who buys five times
has five rows here.

How big is a typical order? The median is the middle value once all orders are sorted by amount;
`relkit.format_inr` writes it in rupees.""",
        hi="""हर पंक्ति एक ख़रीद है: किसने ख़रीदा (`customer_id`, वही संख्या जो ग्राहकों की तालिका में है; इसी से दोनों तालिकाएँ
जुड़ती हैं), किस दिन, कितने का, किस तरह का सामान, और कहाँ से (ऐप, वेबसाइट या मार्केटप्लेस)। राशि तीन हिस्सों में बँटती
है: सरकार के लिए वसूला गया जीएसटी (GST, `gst_inr`), सामान की वह लागत जो दुकान को चुकानी पड़ी (`cost_inr`), और दुकान के पास
बचने वाला हिस्सा, यानी मार्जिन (margin, `margin_inr`)। ऑर्डर में यह भी दर्ज है कि ग्राहक ने किस तरीक़े से भुगतान किया
(`payment_method`; `cod` यानी कैश ऑन डिलीवरी) और पार्सल का क्या हुआ (`outcome`: पहुँच गया, ग्राहक ने लौटा
दिया, बिना पहुँचे दुकान को लौट आया, यानी मूल स्थान पर वापसी (`rto`), या अभी रास्ते में है)। जो ग्राहक
पाँच बार ख़रीदता है, उसकी यहाँ पाँच पंक्तियाँ हैं।

एक आम ऑर्डर कितना बड़ा होता है? सारे ऑर्डरों को राशि के क्रम में लगाने पर बीच वाला मान माध्यिका (median)
कहलाता है; `relkit.format_inr` उसे रुपयों में लिखता है।""",
        bn="""প্রতিটি সারি একটি কেনাকাটা: কে কিনেছেন (`customer_id`, গ্রাহকের সারণির সেই একই নম্বর; এটা দিয়েই দুটি সারণি
জোড়া লাগে), কোন দিন, কত টাকার, কী ধরনের জিনিস, আর কোথা থেকে (অ্যাপ, ওয়েবসাইট বা মার্কেটপ্লেস)। মোট টাকার অঙ্কটি তিন
ভাগে ভাগ হয়: সরকারের জন্য আদায় করা জিএসটি (`gst_inr`), জিনিসগুলি কিনতে দোকানের যা খরচ হয়েছে (`cost_inr`), আর বাকি যা
দোকানের থাকে, অর্থাৎ মার্জিন (margin, `margin_inr`)। অর্ডারে এটাও লেখা থাকে যে গ্রাহক কীভাবে টাকা দিয়েছেন, অর্থাৎ
পেমেন্টের পদ্ধতি (`payment_method`; `cod` মানে ক্যাশ অন ডেলিভারি, অর্থাৎ পার্সেল হাতে পেয়ে নগদে দাম মেটানো), আর শেষ
পর্যন্ত পার্সেলটির কী হলো (`outcome`): পৌঁছেছে; গ্রাহক ফেরত দিয়েছেন; না পৌঁছেই দোকানে ফেরত এসেছে, যাকে বলে প্রেরকের কাছে
ফেরত (RTO, `rto`); নাকি এখনও পথে। যে গ্রাহক পাঁচবার কেনেন, এখানে তাঁর পাঁচটি সারি।

একটি সাধারণ অর্ডার কত বড়? সব অর্ডারকে টাকার অঙ্ক অনুযায়ী ছোট থেকে বড় ক্রমে সাজালে ঠিক মাঝখানের মানটিকে বলে মধ্যমা (median);
`relkit.format_inr` সেটা টাকায় লিখে দেয়।""",
    ),
    code('print(relkit.format_inr(world.orders["amount_inr"].median()))'),
    md(
        en="""### Picture: sales month by month

`.dt.to_period("M")` turns each order date into its month, and `relkit.plot_line` adds up the amounts of
all orders in the same month.""",
        hi="""### चित्र: महीने-दर-महीने बिक्री

`.dt.to_period("M")` हर ऑर्डर की तारीख़ को उसके महीने में बदल देता है, और `relkit.plot_line` एक ही महीने के सारे
ऑर्डरों की राशि जोड़ देता है।""",
        bn="""### ছবি: মাসে মাসে বিক্রি

`.dt.to_period("M")` প্রতিটি অর্ডারের তারিখকে তার মাসে বদলে দেয়, আর `relkit.plot_line` একই মাসের সব অর্ডারের অঙ্ক
যোগ করে।""",
    ),
    code(
        """monthly = world.orders.assign(order_date=world.orders["order_date"].dt.to_period("M"))
ax = relkit.plot_line(monthly, x="order_date", y="amount_inr")"""
    ),
    md(
        en="""Look at October: in both years the line jumps. The festive season, from Navratri and Durga Puja to
Diwali, brings far more orders than an ordinary month. The rest of the year is much flatter than the
steady stream of new customers might suggest. A shop grows month after month only if the customers it has
won keep buying; if most buy once and never return, each month's sales rest on that month's newcomers.
How many do come back? The next exercise measures it.

### Exercise 01.3: who came back?

Of the customers who **joined in 2023**, what share placed more than one order during the two years?
(They have all had at least a year in which to come back.) Give a number between 0 and 1: 0.25 means a
quarter.""",
        hi="""अक्टूबर देखिए: दोनों सालों में रेखा उछलती है। नवरात्रि और दुर्गा पूजा से दीवाली तक का त्योहारी मौसम किसी
आम महीने से कहीं ज़्यादा ऑर्डर लाता है। बाक़ी साल रेखा उतनी नहीं चढ़ती, जितनी हर महीने जुड़ते नए
ग्राहकों को देखकर उम्मीद होती। दुकान महीने-दर-महीने तभी बढ़ती है, जब उससे जुड़े ग्राहक ख़रीदते रहें; अगर ज़्यादातर
ग्राहक एक बार ख़रीदकर कभी न लौटें, तो हर महीने की बिक्री उसी महीने के नए ग्राहकों पर टिकी रहती है। कितने ग्राहक सचमुच
लौटते हैं? अगला अभ्यास यही नापता है।

### अभ्यास 01.3: कौन लौटकर आया?

जो ग्राहक **2023 में जुड़े**, उनमें से दो सालों में एक से ज़्यादा ऑर्डर देने वाले ग्राहकों का हिस्सा कितना है? (इन सबको
लौटने के लिए कम से कम एक साल मिला है।) उत्तर 0 और 1 के बीच की संख्या में दीजिए: 0.25 का मतलब है एक-चौथाई।""",
        bn="""অক্টোবরের দিকে তাকান: দুই বছরেই রেখাটি লাফিয়ে ওঠে। নবরাত্রি আর দুর্গাপুজো থেকে দীপাবলি পর্যন্ত উৎসবের মরসুম
সাধারণ মাসের চেয়ে অনেক বেশি অর্ডার আনে। বছরের বাকি সময় রেখাটি অনেকটাই সমতল: প্রতি মাসে
নিয়মিত নতুন গ্রাহক আসা দেখে বিক্রি যতটা বাড়বে বলে মনে হয়, ততটা বাড়ে না। দোকানের বিক্রি মাসের পর মাস তখনই বাড়ে, যখন আগে আনা গ্রাহকেরাও কিনতে থাকেন; বেশির ভাগ গ্রাহক
যদি একবার কিনে আর কখনো না ফেরেন, তবে প্রতি মাসের বিক্রি নির্ভর করে সেই মাসের নতুন গ্রাহকদের ওপর। কতজন সত্যিই
ফিরে আসেন? পরের অনুশীলনটি সেটাই মাপে।

### অনুশীলন 01.3: কে ফিরে এলেন?

যে গ্রাহকেরা **2023-এ যোগ দিয়েছেন**, তাঁদের মধ্যে কত অংশ দুই বছরে একাধিকবার অর্ডার দিয়েছেন? (এঁরা সবাই ফিরে আসার জন্য
অন্তত এক বছর সময় পেয়েছেন।) উত্তর দিন 0 আর 1-এর মাঝের একটি সংখ্যায়: 0.25 মানে এক-চতুর্থাংশ।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.3", answer)"""
    ),
    code(
        """joined_2023 = world.customers[world.customers["signup_date"].dt.year == 2023]
orders_per_customer = world.orders["customer_id"].value_counts()
answer = (joined_2023["customer_id"].map(orders_per_customer) > 1).mean()
relkit.check("01.3", answer)""",
        tags=["solution"],
    ),
    md(
        en="""Customers who come back are the heart of CRM. Lesson 04 follows them month by month and asks what it
costs to keep them. Now we turn to the other side: the partners.

## 9. A BRM analysis: do disputes cost renewals?

When a contract ends, the shop decides with the partner whether to sign another one. The **renewal rate**
is the share of ended contracts that were renewed:

renewal rate = contracts renewed ÷ contracts ended

Contracts still running are left out: they cannot have been renewed yet. A worked example: 4 contracts
ended and 3 of them were renewed, so the renewal rate is 3 ÷ 4 = 0.75, that is 75 %.

Section 4 said that disputes and trust hold a partner relationship together or pull it apart. Does the
data agree? `relkit.ended_contracts` gives one row per ended contract, with three columns to work with:

- `renewed`: True if the contract was renewed, False if not;
- `disputes`: how many disputes the partner had from the first to the last day of the contract;
- `last_trust`: the partner's average score in its last **trust survey** before the contract ended. The
  shop asks each partner about every three months to score three statements, on reliability,
  communication and fairness, from 1 (strongly disagree) to 5 (strongly agree). Scores of 4, 3 and 2
  give an average of (4 + 3 + 2) ÷ 3 = 3.""",
        hi="""लौटकर आने वाले ग्राहक ही सीआरएम की जान हैं। पाठ 04 उन्हें महीने-दर-महीने देखता है और पूछता है कि उन्हें बनाए
रखने में कितना ख़र्च आता है। अब हम दूसरे पक्ष की ओर चलते हैं: भागीदार।

## 9. बीआरएम का एक विश्लेषण: क्या विवादों से नवीनीकरण घटता है?

अनुबंध ख़त्म होने पर दुकान भागीदार के साथ तय करती है कि नया अनुबंध हो या नहीं। **नवीनीकरण दर (renewal rate)**
ख़त्म हुए अनुबंधों में नवीनीकृत अनुबंधों का हिस्सा है:

नवीनीकरण दर = नवीनीकृत अनुबंध ÷ ख़त्म हुए अनुबंध

जो अनुबंध अभी चल रहे हैं, वे नहीं गिने जाते: उनका नवीनीकरण अभी हो ही नहीं सकता था। एक उदाहरण: 4 अनुबंध ख़त्म हुए
और उनमें से 3 का नवीनीकरण हुआ, तो नवीनीकरण दर 3 ÷ 4 = 0.75 है, यानी 75%।

भाग 4 में कहा गया था कि विवाद और भरोसा ही भागीदार के साथ संबंध को जोड़े रखते हैं या तोड़ते हैं। क्या आँकड़े भी यही
कहते हैं? `relkit.ended_contracts` हर ख़त्म हुए अनुबंध की एक पंक्ति देता है, जिसमें काम के तीन कॉलम हैं:

- `renewed`: अनुबंध का नवीनीकरण हुआ तो True, नहीं तो False;
- `disputes`: अनुबंध के पहले दिन से आख़िरी दिन तक भागीदार के साथ कितने विवाद हुए;
- `last_trust`: अनुबंध ख़त्म होने से पहले के आख़िरी **भरोसा सर्वेक्षण (trust survey)** में भागीदार के औसत अंक। दुकान
  लगभग हर तीन महीने पर हर भागीदार से विश्वसनीयता, संवाद और निष्पक्षता के तीन कथनों पर 1 (बिलकुल असहमत) से 5
  (पूरी तरह सहमत) तक अंक देने को कहती है। 4, 3 और 2 अंकों का औसत (4 + 3 + 2) ÷ 3 = 3 होता है।""",
        bn="""ফিরে আসা গ্রাহকেরাই সিআরএম-এর প্রাণ। পাঠ 04 মাসে মাসে তাঁদের খোঁজ রাখে আর দেখে, তাঁদের ধরে রাখতে কত খরচ হয়।
এবার অন্য দিকে যাওয়া যাক: অংশীদারদের দিকে।

## 9. বিআরএম-এর একটি বিশ্লেষণ: বিরোধ কি নবায়ন কমায়?

চুক্তি শেষ হলে দোকান অংশীদারের সঙ্গে ঠিক করে আরেকটি চুক্তি হবে কি না। শেষ হওয়া চুক্তিগুলির মধ্যে যত অংশের
নবায়ন হয়েছে, তাকে বলে **নবায়নের হার (renewal rate)**:

নবায়নের হার = নবায়িত চুক্তি ÷ শেষ হওয়া চুক্তি

যে চুক্তিগুলি এখনও চলছে, সেগুলি ধরা হয় না: তাদের নবায়নের প্রশ্ন এখনও ওঠেনি। একটি উদাহরণ: 4টি চুক্তি শেষ হয়েছে,
তার 3টির নবায়ন হয়েছে, তাই নবায়নের হার 3 ÷ 4 = 0.75, অর্থাৎ 75%।

অংশ 4-এ বলা হয়েছিল, বিরোধ আর আস্থাই অংশীদারের সঙ্গে সম্পর্ক ধরে রাখে বা ভেঙে দেয়। তথ্যও কি তাই বলে?
`relkit.ended_contracts` প্রতিটি শেষ হওয়া চুক্তির জন্য একটি সারি দেয়, যার তিনটি কলাম আমাদের কাজে লাগবে:

- `renewed`: চুক্তির নবায়ন হলে True, না হলে False;
- `disputes`: চুক্তির প্রথম দিন থেকে শেষ দিন পর্যন্ত অংশীদারের সঙ্গে কয়টি বিরোধ হয়েছে;
- `last_trust`: চুক্তি শেষ হওয়ার আগের শেষ **আস্থা সমীক্ষায় (trust survey)** অংশীদারের গড় স্কোর। দোকান মোটামুটি
  প্রতি তিন মাসে প্রত্যেক অংশীদারকে নির্ভরযোগ্যতা, যোগাযোগ আর ন্যায্যতা নিয়ে তিনটি বক্তব্যের প্রতিটিতে 1 (একেবারেই একমত নন) থেকে
  5 (পুরোপুরি একমত) পর্যন্ত স্কোর দিতে বলে। 4, 3 আর 2 স্কোরের গড় (4 + 3 + 2) ÷ 3 = 3।""",
    ),
    code(
        """ended = relkit.ended_contracts(
    world.contracts, disputes=world.disputes, trust_surveys=world.trust_surveys
)
print(len(ended), "ended contracts, renewal rate", round(ended["renewed"].mean(), 3))
ended.head()"""
    ),
    md(
        en="""The mean of a column of True and False is the share of True, here the renewal rate. Now split the
ended contracts into those with at least one dispute (`True` below) and those with none (`False`), and
compare the two groups:""",
        hi="""True और False वाले कॉलम का औसत True का हिस्सा होता है, यानी यहाँ नवीनीकरण दर। अब ख़त्म हुए अनुबंधों को दो समूहों में
बाँटिए: जिनमें कम से कम एक विवाद हुआ (नीचे `True`) और जिनमें कोई विवाद नहीं हुआ (`False`), और दोनों की तुलना
कीजिए:""",
        bn="""শুধু True আর False দিয়ে তৈরি একটি কলামের গড় হলো মোটের মধ্যে True-এর অনুপাত; এখানে সেটাই নবায়নের হার। এবার শেষ হওয়া চুক্তিগুলিকে দুই দলে ভাগ
করুন: যেগুলিতে অন্তত একটি বিরোধ হয়েছে (নিচে `True`) আর যেগুলিতে একটিও হয়নি (`False`), তারপর দুই দলকে মিলিয়ে
দেখুন:""",
    ),
    code(
        """ended.groupby(ended["disputes"] > 0).agg(
    contracts=("renewed", "size"),
    renewal_rate=("renewed", "mean"),
    mean_trust=("last_trust", "mean"),
)"""
    ),
    md(
        en="""Contracts with a dispute were renewed less often than those without, and their partners gave lower
trust scores (`mean_trust`). But each group holds only a few dozen contracts. Could chance alone make a gap
like this? One way to find out is to **shuffle**: keep every contract's outcome as it is, hand out the
label "had a dispute" at random to as many contracts as really had one, and measure the gap again. Do
this a thousand times. If disputes had nothing to do with renewal, the real gap would look like one of
the shuffled gaps.""",
        hi="""विवाद वाले अनुबंधों का नवीनीकरण बिना विवाद वालों से कम बार हुआ, और उनके भागीदारों ने भरोसे के अंक भी कम दिए
(`mean_trust`)। लेकिन हर समूह में कुछ दर्जन अनुबंध ही हैं। क्या इतना अंतर सिर्फ़ संयोग से बन सकता है? इसे
परखने का एक तरीक़ा है **फेंटना (shuffle)**: हर अनुबंध का नतीजा जैसा है वैसा रहने दीजिए, "विवाद हुआ" का लेबल
यादृच्छिक ढंग से (at random), यानी लॉटरी की तरह, उतने ही अनुबंधों को बाँटिए जितनों में सचमुच विवाद हुआ था, और अंतर फिर से नापिए। ऐसा हज़ार बार कीजिए।
अगर विवादों का नवीनीकरण से कोई लेना-देना न होता, तो असली अंतर भी फेंटकर मिले अंतरों जैसा ही दिखता।""",
        bn="""বিরোধ থাকা চুক্তিগুলির নবায়ন হয়েছে বিরোধহীন চুক্তির চেয়ে কম, আর তাদের অংশীদারেরা আস্থার স্কোরও কম দিয়েছে
(`mean_trust`)। কিন্তু প্রতিটি দলে মাত্র কয়েক ডজন চুক্তি। শুধু দৈবক্রমে কি এতটা ফারাক হতে পারে? যাচাইয়ের একটি
উপায় হলো **এলোমেলো করা (shuffle)**: প্রতিটি চুক্তির ফল (নবায়ন হয়েছে কি না) যেমন আছে তেমনই থাকুক, "বিরোধ হয়েছে" লেবেলটি এলোমেলোভাবে
ঠিক ততগুলি চুক্তিকে দিন, যতগুলিতে সত্যিই বিরোধ হয়েছিল, আর ফারাকটি আবার মাপুন। এভাবে হাজারবার করুন। নবায়নের সঙ্গে
বিরোধের যদি কোনো সম্পর্কই না থাকত, তবে আসল ফারাকটিও এলোমেলো করে পাওয়া ফারাকগুলির মতোই দেখাত।""",
    ),
    code(
        """import numpy as np

rng = np.random.default_rng(1)
renewed = ended["renewed"].to_numpy(dtype=float)
had_dispute = (ended["disputes"] > 0).to_numpy()
real_gap = renewed[~had_dispute].mean() - renewed[had_dispute].mean()
gaps = []
for _ in range(1000):
    shuffled = rng.permutation(had_dispute)
    gaps.append(renewed[~shuffled].mean() - renewed[shuffled].mean())
print("real gap:", round(real_gap, 3))
# 0.001 leaves room for rounding: a shuffled gap equal to the real one counts
print("share of shuffles with a gap at least as large:", np.mean(np.abs(gaps) >= real_gap - 0.001))"""
    ),
    md(
        en="""In a large share of the shuffles, chance alone made a gap at least as large as the real one. So this
comparison does not show that disputes cost renewals; it does not show that they do not, either. With
groups this small, only a much larger gap would stand out from chance.

### Picture: renewal and trust

The trust survey tells a clearer story. Round each contract's `last_trust` to a whole number and draw the
renewal rate for each score; the table under the picture gives the number of contracts behind each bar.""",
        hi="""फेंटने के बहुत-से दौरों में सिर्फ़ संयोग से असली अंतर जितना या उससे बड़ा अंतर बन गया। इसलिए यह तुलना यह नहीं
दिखाती कि विवादों से नवीनीकरण घटता है; यह भी नहीं दिखाती कि नहीं घटता। इतने छोटे समूहों में सिर्फ़ कहीं बड़ा अंतर ही
संयोग से अलग पहचाना जा सकता है।

### चित्र: नवीनीकरण और भरोसा

भरोसा सर्वेक्षण ज़्यादा साफ़ तस्वीर देता है। हर अनुबंध के `last_trust` को निकटतम पूर्णांक में बदलिए और हर अंक के
लिए नवीनीकरण दर का चित्र बनाइए; चित्र के नीचे की तालिका बताती है कि हर स्तंभ के पीछे कितने अनुबंध हैं।""",
        bn="""হাজারবার এলোমেলো করার মধ্যে অনেকবারই শুধু দৈবক্রমে আসল ফারাকের সমান বা তার চেয়ে বড় ফারাক তৈরি হয়েছে। তাই এই
তুলনা দেখায় না যে বিরোধ নবায়ন কমায়; আবার এটাও দেখায় না যে কমায় না। এত ছোট দলে কেবল অনেক বড় ফারাকই দৈবক্রমের
ফারাক থেকে আলাদা করে চেনা যায়।

### ছবি: নবায়ন আর আস্থা

আস্থা সমীক্ষা আরও পরিষ্কার ছবি দেয়। প্রতিটি চুক্তির `last_trust`-কে নিকটতম পূর্ণসংখ্যায় রাউন্ড করুন আর প্রতিটি
স্কোরের জন্য নবায়নের হার আঁকুন; ছবির নিচের সারণি জানায়, প্রতিটি স্তম্ভের পেছনে কয়টি চুক্তি আছে।""",
    ),
    code(
        """by_trust = ended.assign(
    last_trust=ended["last_trust"].round(), renewal_rate=ended["renewed"].astype(float)
).sort_values("last_trust")
ax = relkit.plot_bar(by_trust, x="last_trust", y="renewal_rate", agg="mean", sort=False)
by_trust.groupby("last_trust")["renewed"].agg(["size", "mean"])"""
    ),
    md(
        en="""Read the bars from left to right: the higher the partner's last trust score, the likelier the
renewal. The gap between a score of 2 and a score of 4 is many times the gap between contracts with and
without disputes. Do not read much into the bar at 5: the table shows how few contracts stand behind it.

Disputes come into the picture through trust: partners with disputes gave lower scores. Still, a link is
not yet a cause. A partner who is unhappy for some other reason may both score the shop low and leave.
(In this simulated world we know how the data were made: datasets/README.md says that the higher a
partner's last survey before the contract ends, the likelier the renewal. In a real business you see only
the link.)

### Exercise 01.4: what can you conclude?

Contracts with a dispute were renewed less often than contracts without one. Which conclusion does the
analysis above support? Answer with one letter in quotes, such as `"a"`.

- (a) Disputes cause non-renewal, so the shop should discourage partners from raising disputes.
- (b) The gap is no larger than chance often makes with groups of this size, so it neither proves nor
  rules out an effect of disputes; trust shows a much clearer link with renewal.
- (c) Disputes make no difference to renewal, so the shop need not take the trouble to settle them.
- (d) The shop should drop every partner that has had a dispute.""",
        hi="""स्तंभों को बाएँ से दाएँ पढ़िए: भागीदार के आख़िरी भरोसा अंक जितने ऊँचे, नवीनीकरण की संभावना उतनी ज़्यादा। 2 और 4
अंक वाले अनुबंधों का अंतर विवाद वाले और बिना विवाद वाले अनुबंधों के अंतर से कई गुना है। 5 वाले स्तंभ से ज़्यादा
निष्कर्ष मत निकालिए: तालिका दिखाती है कि उसके पीछे कितने कम अनुबंध हैं।

विवाद भरोसे के रास्ते इस तस्वीर में आते हैं: विवाद वाले भागीदारों ने कम अंक दिए। फिर भी, रिश्ता दिखना अभी यह
साबित नहीं करता कि एक बात दूसरी का कारण है। कोई भागीदार किसी और वजह से नाख़ुश हो, तो वह दुकान को कम अंक भी दे सकता है
और उसका साथ भी छोड़ सकता है। (इस सिम्युलेटेड दुनिया में हम जानते हैं कि आँकड़े कैसे बने: datasets/README.md बताता है कि अनुबंध ख़त्म होने से पहले के आख़िरी
सर्वेक्षण के अंक जितने ऊँचे, नवीनीकरण की संभावना उतनी ज़्यादा। असली कारोबार में आपको सिर्फ़ यह रिश्ता दिखता है।)

### अभ्यास 01.4: आप क्या निष्कर्ष निकाल सकते हैं?

विवाद वाले अनुबंधों का नवीनीकरण बिना विवाद वाले अनुबंधों से कम बार हुआ। ऊपर का विश्लेषण किस निष्कर्ष का समर्थन करता
है? उत्तर में एक अक्षर उद्धरण चिह्नों में लिखिए, जैसे `"a"`।

- (a) विवादों के कारण नवीनीकरण नहीं होता, इसलिए दुकान को चाहिए कि वह भागीदारों को विवाद उठाने से हतोत्साहित करे।
- (b) यह अंतर उससे बड़ा नहीं है जितना इस आकार के समूहों में अक्सर संयोग से बन जाता है, इसलिए यह विवादों का असर न
  साबित करता है, न ख़ारिज करता है; भरोसे का नवीनीकरण से रिश्ता कहीं ज़्यादा साफ़ है।
- (c) विवादों से नवीनीकरण पर कोई फ़र्क़ नहीं पड़ता, इसलिए दुकान को उन्हें सुलझाने की ज़हमत उठाने की ज़रूरत नहीं।
- (d) जिस भी भागीदार के साथ कभी विवाद हुआ हो, दुकान को उसे छोड़ देना चाहिए।""",
        bn="""স্তম্ভগুলি বাঁ থেকে ডানে পড়ুন: অংশীদারের শেষ আস্থার স্কোর যত বেশি, নবায়নের সম্ভাবনা তত বেশি। 2 আর 4 স্কোরের
চুক্তিগুলির মধ্যে নবায়নের হারের যে ফারাক, তা বিরোধ থাকা আর না থাকা চুক্তির ফারাকের বহু গুণ। 5-এর স্তম্ভ থেকে বেশি কিছু ধরে নেবেন না: সারণি
দেখায়, তার পেছনে কত কম চুক্তি।

বিরোধ এই ছবিতে আসে আস্থার পথ ধরে: যে অংশীদারদের সঙ্গে বিরোধ হয়েছে, তারা কম স্কোর দিয়েছে। তবু দুটির মধ্যে যোগ থাকা
মানেই একটি অন্যটির কারণ নয়। অন্য কোনো কারণে অসন্তুষ্ট একটি অংশীদার দোকানকে কম স্কোরও দিতে পারে, আবার ছেড়েও যেতে পারে। (এই
সিমুলেটেড জগতে আমরা জানি তথ্য কীভাবে তৈরি হয়েছে: datasets/README.md বলে, চুক্তি শেষের আগের শেষ সমীক্ষায় অংশীদারের স্কোর
যত বেশি, নবায়নের সম্ভাবনা তত বেশি। বাস্তব ব্যবসায় আপনি শুধু যোগটুকুই দেখেন।)

### অনুশীলন 01.4: কী সিদ্ধান্তে আসা যায়?

বিরোধ থাকা চুক্তিগুলির নবায়ন হয়েছে বিরোধহীন চুক্তির চেয়ে কম। ওপরের বিশ্লেষণ কোন সিদ্ধান্তকে সমর্থন করে? উত্তরে
উদ্ধৃতিচিহ্নের মধ্যে একটি অক্ষর লিখুন, যেমন `"a"`।

- (a) বিরোধের কারণেই নবায়ন হয় না, তাই দোকানের উচিত অংশীদারদের বিরোধ তুলতে নিরুৎসাহিত করা।
- (b) এই আকারের দলে দৈবক্রমেই প্রায়ই যতটা ফারাক হয়, এই ফারাক তার চেয়ে বড় নয়; তাই এটি বিরোধের প্রভাব প্রমাণও করে না,
  নাকচও করে না; নবায়নের সঙ্গে আস্থার যোগ অনেক বেশি স্পষ্ট।
- (c) নবায়নে বিরোধের কোনো প্রভাব নেই, তাই দোকানের কষ্ট করে বিরোধ মেটানোর দরকার নেই।
- (d) যে অংশীদারের সঙ্গেই কখনো বিরোধ হয়েছে, দোকানের উচিত তাকে ছেড়ে দেওয়া।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.4", answer)"""
    ),
    code(
        """answer = "b"
relkit.check("01.4", answer)""",
        tags=["solution"],
    ),
    md(
        en="""### Explore: disputes and renewals, partner by partner

`relkit.dispute_renewal_explorer` draws every partner as a point: its dispute rate (disputes per order)
against its renewal rate. Choose a partner type or a tier and see whether the pattern of this section holds
within it. Remember how few contracts stand behind each point.""",
        hi="""### ख़ुद देखिए: हर भागीदार के विवाद और नवीनीकरण

`relkit.dispute_renewal_explorer` हर भागीदार को एक बिंदु की तरह दिखाता है: एक ओर उसकी विवाद दर (प्रति ऑर्डर विवाद), दूसरी
ओर उसकी नवीनीकरण दर। कोई भागीदार-प्रकार या स्तर (tier) चुनिए और देखिए कि इस भाग में दिखा रुझान उसके भीतर भी बना रहता है
या नहीं। याद रखिए कि हर बिंदु के पीछे गिने-चुने अनुबंध ही हैं।""",
        bn="""### নিজে দেখুন: প্রতিটি অংশীদারের বিরোধ আর নবায়ন

`relkit.dispute_renewal_explorer` প্রতিটি অংশীদারকে একটি বিন্দু হিসেবে আঁকে: এক দিকে তার বিরোধের হার (অর্ডার-পিছু বিরোধ),
অন্য দিকে তার নবায়নের হার। কোনো এক ধরনের অংশীদার বা কোনো স্তর (tier) বেছে নিন, আর দেখুন এই অংশের প্রবণতা তার ভেতরেও
বজায় থাকে কি না। মনে রাখবেন, প্রতিটি বিন্দুর পেছনে চুক্তির সংখ্যা খুবই কম।""",
    ),
    code("""relkit.dispute_renewal_explorer(world)"""),
    md(
        en="""## 10. CRM and BRM side by side

`relkit.compare_crm_brm(world)` works out the table of section 2 from the data: the customer side in one
column, the partner side in the other.""",
        hi="""## 10. सीआरएम और बीआरएम आमने-सामने

`relkit.compare_crm_brm(world)` भाग 2 वाली तालिका आँकड़ों से हिसाब लगाकर बनाता है: एक कॉलम में ग्राहकों का पक्ष, दूसरे में
भागीदारों का।""",
        bn="""## 10. সিআরএম আর বিআরএম পাশাপাশি

`relkit.compare_crm_brm(world)` অংশ 2-এর সারণিটি তথ্য থেকে হিসাব করে বের করে: এক কলামে গ্রাহকের দিক, অন্যটিতে
অংশীদারের দিক।""",
    ),
    code("relkit.compare_crm_brm(world)"),
    md(
        en="""Check section 2 against these numbers. The partner column counts business in both directions: the
purchase orders the shop places with the partners it buys from, and the invoices it sends to the partners
who buy from it. There are many customers and few partners. The typical partner relationship is worth
about a hundred times the typical customer relationship. A customer buys less than once a year on
average; a partner does business with the shop dozens of times a year. One transaction, though, is not
larger on the partner side: the typical purchase order or invoice is about as large as a customer's
order. The row on problems puts complaints from customers (tickets) beside disputes with partners. CRM
works with large numbers of people and with averages, while BRM looks at each partner one by one.""",
        hi="""भाग 2 की तालिका को इन संख्याओं से मिलाइए। भागीदारों वाला कॉलम दोनों दिशाओं का कारोबार गिनता है: दुकान जिन भागीदारों से
ख़रीदती है उन्हें दिए गए क्रय आदेश, और जो भागीदार दुकान से ख़रीदते हैं उन्हें भेजे गए बिल। ग्राहक बहुत हैं, भागीदार कम। एक आम
भागीदार संबंध का मूल्य एक आम ग्राहक संबंध से लगभग सौ गुना है। एक ग्राहक औसतन साल में एक बार से भी कम ख़रीदता है;
भागीदार साल में दर्जनों बार दुकान के साथ लेन-देन करता है। पर एक अकेला लेन-देन भागीदार की तरफ़ बड़ा नहीं है: आम क्रय
आदेश या बिल लगभग उतना ही बड़ा है जितना किसी ग्राहक का ऑर्डर। समस्याओं वाली पंक्ति ग्राहकों की शिकायतों (टिकट) को
भागीदारों के साथ हुए विवादों के सामने रखती है। सीआरएम बड़ी संख्या में लोगों और औसतों के साथ काम करता है, जबकि बीआरएम हर
भागीदार को अलग-अलग परखता है।""",
        bn="""অংশ 2-এর সারণিটি এই সংখ্যাগুলির সঙ্গে মিলিয়ে নিন। অংশীদারের কলামে দুই দিকের কারবারই গোনা হয়েছে: দোকান যে
অংশীদারদের কাছ থেকে কেনে, তাদের কাছে পাঠানো ক্রয় আদেশ, আর যে অংশীদারেরা দোকান থেকে কেনে, তাদের কাছে পাঠানো বিল।
গ্রাহক অনেক, অংশীদার কম। একটি সাধারণ অংশীদার-সম্পর্কের মূল্য একটি সাধারণ গ্রাহক-সম্পর্কের প্রায় একশো গুণ। একজন
গ্রাহক গড়ে বছরে একবারের চেয়েও কম কেনেন; একটি অংশীদার বছরে কয়েক ডজনবার দোকানের সঙ্গে লেনদেন করে। তবে আলাদা করে একটি লেনদেন
অংশীদারের দিকে বড় নয়: সাধারণ একটি ক্রয় আদেশ বা বিল একজন গ্রাহকের অর্ডারের প্রায় সমান। সমস্যার সারিটি গ্রাহকদের অভিযোগ
(টিকিট) আর অংশীদারদের সঙ্গে বিরোধ পাশাপাশি রাখে। সিআরএম কাজ করে বিপুল সংখ্যক মানুষ আর গড় নিয়ে, আর বিআরএম প্রতিটি
অংশীদারকে আলাদা করে দেখে।""",
    ),
    md(
        en="""## 11. Back to the case: Lata General Store in Patna

Lata General Store is partner 56 in the data. The firm, its contracts and its disputes:""",
        hi="""## 11. प्रसंग पर लौटें: पटना का लता जनरल स्टोर

आँकड़ों में लता जनरल स्टोर भागीदार संख्या 56 है। फ़र्म का ब्योरा, इसके अनुबंध और इसके विवाद:""",
        bn="""## 11. আবার ঘটনায় ফিরি: পাটনার লতা জেনারেল স্টোর

তথ্যে লতা জেনারেল স্টোর হলো 56 নম্বর অংশীদার। প্রতিষ্ঠানটির পরিচয়, তার চুক্তি আর বিরোধগুলি:""",
    ),
    code(
        """lata = 56
firm = world.partners[world.partners["partner_id"] == lata]
print(firm[["name", "partner_type", "category", "city", "terms_days"]])
print(world.contracts[world.contracts["partner_id"] == lata])
world.disputes.loc[
    world.disputes["partner_id"] == lata, ["opened_date", "resolved_date", "category", "amount_inr"]
]"""
    ),
    md(
        en="""Its last contract runs to November 2025 and is not decided yet (`renewed` is empty). Both disputes
were about late payment, and both were settled within a few weeks (`resolved_date`). Now the average
score of each of its trust surveys:""",
        hi="""इसका आख़िरी अनुबंध नवंबर 2025 तक चलता है और उसके नवीनीकरण पर अभी फ़ैसला नहीं हुआ (`renewed` ख़ाली है)। दोनों
विवाद देर से भुगतान को लेकर थे, और दोनों कुछ ही हफ़्तों में सुलझ गए (`resolved_date`)। अब इसके हर भरोसा सर्वेक्षण के औसत अंक:""",
        bn="""তার শেষ চুক্তি চলবে নভেম্বর 2025 পর্যন্ত, আর সেটির নবায়নের সিদ্ধান্ত এখনও হয়নি (`renewed` ফাঁকা)। দুটি বিরোধই দেরিতে
পেমেন্ট নিয়ে, আর দুটিরই নিষ্পত্তি হয়েছে কয়েক সপ্তাহের মধ্যে (`resolved_date`)। এবার তার প্রতিটি আস্থা সমীক্ষার গড়
স্কোর:""",
    ),
    code(
        """world.trust_surveys[world.trust_surveys["partner_id"] == lata].groupby("date")["score"].mean().round(2)"""
    ),
    md(
        en="""Its scores stayed between about 3.3 and 4 until mid-2024 and fell to 3 in the last two surveys, after
the second late payment. In section 9, contracts whose last score rounded to 3 were renewed less often than
those at 4.

### Exercise 01.5: what should the shop do?

Your colleague wants to drop Lata General Store now. What do you advise? Answer with one letter in quotes.

- (a) End the contract now: partners with disputes renew less often, so it will leave anyway.
- (b) Renew in November 2025 on the same terms and say nothing: both disputes were settled, and the gap in
  renewals could be chance.
- (c) Before the renewal, meet the owner about payments: agree how bills will be paid by their due date
  (a reminder before it, a shorter credit period if needed), and watch whether the next trust survey
  recovers; then decide.
- (d) Raise its credit limit, so that it has more room and pays late less often.""",
        hi="""इसके अंक 2024 के मध्य तक लगभग 3.3 और 4 के बीच रहे, और दूसरी बार देर से भुगतान के बाद आख़िरी दो सर्वेक्षणों में 3 पर
आ गए। भाग 9 में हमने देखा था कि जिन अनुबंधों के आख़िरी अंक पूर्णांक में बदलने पर 3 थे, उनका नवीनीकरण 4 अंक वालों से कम बार हुआ।

### अभ्यास 01.5: दुकान को क्या करना चाहिए?

आपका सहकर्मी लता जनरल स्टोर को अभी छोड़ देना चाहता है। आप क्या सलाह देंगे? उत्तर में एक अक्षर उद्धरण चिह्नों में लिखिए।

- (a) अनुबंध अभी ख़त्म कर दीजिए: विवाद वाले भागीदारों का नवीनीकरण कम होता है, इसलिए यह वैसे भी साथ छोड़ देगा।
- (b) नवंबर 2025 में उन्हीं शर्तों पर नवीनीकरण कर दीजिए और कुछ मत कहिए: दोनों विवाद सुलझ चुके हैं, और नवीनीकरण का
  अंतर संयोग भी हो सकता है।
- (c) नवीनीकरण से पहले मालिक से मिलकर भुगतान पर बात कीजिए: तय कीजिए कि बिल देय तारीख़ तक कैसे चुकेंगे (तारीख़ से पहले
  याद दिलाना, ज़रूरत हो तो उधार की अवधि कम करना), और देखिए कि अगले भरोसा सर्वेक्षण में अंक सुधरते हैं या नहीं; फिर
  फ़ैसला कीजिए।
- (d) इसकी उधार सीमा बढ़ा दीजिए, ताकि इसके पास ज़्यादा गुंजाइश रहे और यह भुगतान में कम बार देर करे।""",
        bn="""তার স্কোর 2024-এর মাঝামাঝি পর্যন্ত মোটামুটি 3.3 থেকে 4-এর মধ্যে ছিল, আর দ্বিতীয়বার দেরিতে পেমেন্টের পরে শেষ
দুটি সমীক্ষায় 3-এ নেমে এসেছে। অংশ 9-এ দেখা গেছে, যে চুক্তিগুলির শেষ স্কোর রাউন্ড করলে 3 হয়, সেগুলির নবায়ন 4-এর
চুক্তির চেয়ে কম বার হয়েছে।

### অনুশীলন 01.5: দোকানের কী করা উচিত?

আপনার সহকর্মী লতা জেনারেল স্টোরকে এখনই ছেড়ে দিতে চান। আপনি কী পরামর্শ দেবেন? উত্তরে উদ্ধৃতিচিহ্নের মধ্যে একটি
অক্ষর লিখুন।

- (a) চুক্তি এখনই শেষ করুন: বিরোধ থাকা অংশীদারদের নবায়ন কম হয়, তাই এই অংশীদারও এমনিতেই চলে যাবে।
- (b) নভেম্বর 2025-এ একই শর্তে নবায়ন করুন, আর এ নিয়ে কিছু বলবেন না: দুটি বিরোধেরই নিষ্পত্তি হয়েছে, আর নবায়নের ফারাক
  দৈবক্রমেও হতে পারে।
- (c) নবায়নের আগে পেমেন্ট নিয়ে মালিকের সঙ্গে বসে কথা বলুন: ঠিক করুন বিলের টাকা পরিশোধের শেষ তারিখের মধ্যে কীভাবে
  মিটবে (তারিখের আগে মনে করিয়ে দেওয়া, দরকার হলে ধারের মেয়াদ কমানো), আর দেখুন পরের আস্থা সমীক্ষায় স্কোর আবার বাড়ে
  কি না; তারপর সিদ্ধান্ত নিন।
- (d) তার ধারের সীমা বাড়িয়ে দিন, যাতে তার টাকার টানাটানি কমে আর সে কম বার দেরিতে টাকা মেটায়।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.5", answer)"""
    ),
    code(
        """answer = "c"
relkit.check("01.5", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## Key points

- **Relationship management** is continuing contact with customers and partners for the benefit of both
  sides, not a string of one-off sales. B2C means many small relationships with people, looked after by
  **CRM**; B2B means few large relationships with firms, looked after by **BRM**.
- CRM has three strands (data and sales analysis, marketing, post-sales support) and comes in three kinds
  (operational, analytical, collaborative). BRM takes care of trust, rules and expectations, boundaries,
  dispute resolution, contract negotiation and cross-selling.
- A question about a period or a group needs the rows of that period or group: the festive season of
  2024, the customers who joined in 2023.
- **Renewal rate** = contracts renewed ÷ contracts ended; contracts still running are left out.
- Before reading a gap between two groups as real, ask how large a gap chance makes: shuffling the groups
  shows it. And a link is not yet a cause.
- In this shop, the last trust survey goes with renewal far more clearly than the count of disputes. BRM
  acts on the relationship before the renewal date, one partner at a time.

## Discussion

1. The shop's staff are judged by how few disputes they record. What could go wrong with that target?
2. Partners score the shop in trust surveys that the shop itself sends. Why might a partner score it
   higher, or lower, than it really feels? How would you make the survey more honest?
3. Think of a B2B relationship in your own town (a kirana and its distributor, a college and its canteen
   contractor). What holds it together, and what would you measure to see it weakening?

## Glossary

The cell below shows the glossary entries for this lesson's main terms; the whole list is in the
[glossary](glossary.md). Next: lesson 04, retention versus acquisition.""",
        hi="""## मुख्य बातें

- **संबंध प्रबंधन** ग्राहकों और भागीदारों से लगातार जुड़े रहना है, ताकि दोनों पक्षों का भला हो; यह एक-एक बार की
  बिक्री का सिलसिला नहीं है। B2C का मतलब है लोगों के साथ बहुत सारे छोटे संबंध, जिनकी देखभाल **सीआरएम** करता है; B2B
  का मतलब है फ़र्मों के साथ गिने-चुने बड़े संबंध, जिनकी देखभाल **बीआरएम** करता है।
- सीआरएम के तीन हिस्से हैं (आँकड़ों और बिक्री का विश्लेषण, विपणन, बिक्री के बाद की सेवा) और तीन प्रकार (परिचालन,
  विश्लेषणात्मक, सहयोगात्मक)। बीआरएम भरोसा, नियम और अपेक्षाएँ, सीमाएँ, विवाद समाधान, अनुबंध पर बातचीत और
  क्रॉस-सेलिंग का ध्यान रखता है।
- किसी अवधि या समूह के बारे में सवाल के लिए उसी अवधि या समूह की पंक्तियाँ चाहिए: 2024 का त्योहारी मौसम, 2023 में
  जुड़े ग्राहक।
- **नवीनीकरण दर** = नवीनीकृत अनुबंध ÷ ख़त्म हुए अनुबंध; चालू अनुबंध नहीं गिने जाते।
- दो समूहों के अंतर को असली मानने से पहले पूछिए कि संयोग से कितना बड़ा अंतर बन सकता है: समूहों को फेंटने से यह
  दिखता है। और रिश्ता दिखना अभी कारण साबित होना नहीं है।
- इस दुकान में आख़िरी भरोसा सर्वेक्षण का नवीनीकरण से रिश्ता विवादों की गिनती से कहीं ज़्यादा साफ़ है। बीआरएम
  नवीनीकरण की तारीख़ से पहले ही, एक-एक भागीदार के साथ, संबंध पर काम करता है।

## चर्चा

1. दुकान के कर्मचारियों को इस पर परखा जाता है कि वे कितने कम विवाद दर्ज करते हैं। इस लक्ष्य से क्या गड़बड़ हो सकती है?
2. भागीदार भरोसा सर्वेक्षण में दुकान को अंक देते हैं, और यह सर्वेक्षण दुकान ही भेजती है। कोई भागीदार अपनी असली राय से
   ज़्यादा या कम अंक क्यों दे सकता है? आप सर्वेक्षण को ज़्यादा ईमानदार कैसे बनाएँगे?
3. अपने शहर के किसी B2B संबंध के बारे में सोचिए (कोई किराना दुकान और उसका वितरक, कोई कॉलेज और उसकी कैंटीन का
   ठेकेदार)। यह संबंध किस पर टिका है, और इसके कमज़ोर पड़ने का पता लगाने के लिए आप क्या नापेंगे?

## शब्दावली

नीचे का सेल इस पाठ के मुख्य शब्दों की शब्दावली दिखाता है; पूरी सूची [शब्दावली (glossary)](glossary.md) में है।
अगला पाठ: 04, ग्राहक बनाए रखना बनाम नए ग्राहक जोड़ना।""",
        bn="""## মূল কথা

- **সম্পর্ক ব্যবস্থাপনা** মানে গ্রাহক আর অংশীদারের সঙ্গে একটানা যোগাযোগ, যাতে দুই পক্ষেরই লাভ হয়; এটা একের পর
  এক আলাদা বিক্রি নয়। B2C মানে মানুষের সঙ্গে অনেকগুলি ছোট সম্পর্ক, যেগুলির দেখভাল করে **সিআরএম**; B2B মানে
  প্রতিষ্ঠানের সঙ্গে হাতে-গোনা বড় সম্পর্ক, যেগুলির দেখভাল করে **বিআরএম**।
- সিআরএম-এর তিনটি অংশ (তথ্য ও বিক্রয় বিশ্লেষণ, বিপণন, বিক্রয়োত্তর পরিষেবা) আর তিনটি ধরন (পরিচালনাগত,
  বিশ্লেষণধর্মী, সহযোগিতামূলক)। বিআরএম সামলায় আস্থা, নিয়ম ও প্রত্যাশা, সীমারেখা, বিরোধ নিষ্পত্তি, চুক্তি নিয়ে
  আলোচনা আর ক্রস-সেলিং।
- কোনো সময়কাল বা দল নিয়ে প্রশ্নের জন্য দরকার সেই সময়কাল বা দলের সারিগুলি: 2024-এর উৎসবের মরসুম, 2023-এ যোগ
  দেওয়া গ্রাহক।
- **নবায়নের হার** = নবায়িত চুক্তি ÷ শেষ হওয়া চুক্তি; চালু চুক্তি ধরা হয় না।
- দুই দলের ফারাককে আসল বলে ধরার আগে জিজ্ঞেস করুন, শুধু দৈবক্রমেই কত বড় ফারাক হতে পারে: দলগুলি এলোমেলো করলে তা দেখা যায়।
  আর যোগ থাকা মানেই কারণ নয়।
- এই দোকানে নবায়নের সঙ্গে শেষ আস্থা সমীক্ষার যোগ বিরোধের সংখ্যার চেয়ে অনেক বেশি স্পষ্ট। বিআরএম নবায়নের তারিখের
  আগেই, একটি একটি করে অংশীদার ধরে, সম্পর্ক নিয়ে কাজ করে।

## আলোচনা

1. দোকানের কর্মীদের বিচার করা হয় তাঁরা কত কম বিরোধ নথিভুক্ত করেন তা দিয়ে। এমন লক্ষ্য বেঁধে দিলে কী গোলমাল হতে পারে?
2. অংশীদারেরা আস্থা সমীক্ষায় দোকানকে স্কোর দেয়, আর সমীক্ষাটি পাঠায় দোকান নিজেই। কোনো অংশীদার মনের আসল কথার
   চেয়ে বেশি বা কম স্কোর কেন দিতে পারে? সমীক্ষার উত্তর যাতে আরও সৎ হয়, তার জন্য আপনি কী করবেন?
3. নিজের শহরের একটি B2B সম্পর্কের কথা ভাবুন (একটি মুদির দোকান আর তার পরিবেশক, একটি কলেজ আর তার ক্যান্টিনের
   ঠিকাদার)। সম্পর্কটি কীসের ওপর টিকে আছে, আর তা দুর্বল হচ্ছে কি না বুঝতে আপনি কী মাপবেন?

## পরিভাষা

নিচের সেলে এই পাঠের মূল শব্দগুলির পরিভাষা দেখা যাবে; পুরো তালিকা আছে [পরিভাষা (glossary)](glossary.md)-এ।
পরের পাঠ: 04, গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা।""",
    ),
    code(
        """terms = ["relationship_management", "b2c", "b2b", "crm", "brm", "operational_crm",
         "analytical_crm", "collaborative_crm", "repeat_purchase_rate", "contract", "renewal",
         "dispute", "trust"]
relkit.glossary(relkit.get_language()).loc[terms]"""
    ),
    md(
        en="""## Quiz

Ten short questions on the ideas of this lesson. Answer with the mouse, or with the keyboard alone: Tab to
an option, Space to choose it, Tab to *Check* and Enter. Each answer gets feedback at once, saying whether
it is right and why, and relkit keeps your answers in your progress on this computer.""",
        hi="""## प्रश्नोत्तरी (quiz)

इस पाठ के विचारों पर दस छोटे प्रश्न। उत्तर माउस से दीजिए, या सिर्फ़ कीबोर्ड से: Tab से किसी विकल्प पर जाइए, Space से उसे
चुनिए, फिर Tab से *जाँचिए* बटन पर जाकर Enter दबाइए। हर उत्तर पर तुरंत बताया जाता है कि वह सही है या नहीं, और क्यों; relkit
आपके उत्तर इसी कंप्यूटर पर आपकी प्रगति में सहेज लेता है।""",
        bn="""## কুইজ (quiz)

এই পাঠের ধারণাগুলি নিয়ে দশটি ছোট প্রশ্ন। উত্তর দিন মাউস দিয়ে, বা শুধু কি-বোর্ড দিয়েই: Tab চেপে কোনো বিকল্পে যান, Space
চেপে সেটি বেছে নিন, তারপর Tab চেপে *যাচাই করুন* বোতামে গিয়ে Enter চাপুন। প্রতিটি উত্তর ঠিক কি না, আর কেন, তা সঙ্গে সঙ্গে
জানতে পারবেন; relkit আপনার উত্তরগুলি এই কম্পিউটারেই আপনার অগ্রগতির হিসাবে রেখে দেয়।""",
    ),
    code("""relkit.quiz("01")"""),
    md(
        en="""## Your progress

`relkit.progress_bar` shows how far you are in this lesson, and `relkit.progress()` a table of every
lesson. A lesson counts as mastered when every exercise has been answered right at least once and at
least 4 of your last 5 quiz answers are right.""",
        hi="""## आपकी प्रगति

`relkit.progress_bar` दिखाता है कि इस पाठ में आप कहाँ तक पहुँचे हैं, और `relkit.progress()` सभी पाठों की तालिका दिखाता है।
पाठ पर महारत तब मानी जाती है जब हर अभ्यास का उत्तर कम से कम एक बार सही दिया गया हो और प्रश्नोत्तरी के आपके आख़िरी 5 उत्तरों
में से कम से कम 4 सही हों।""",
        bn="""## আপনার অগ্রগতি

`relkit.progress_bar` দেখায় এই পাঠে আপনি কতদূর এগিয়েছেন, আর `relkit.progress()` দেখায় সব পাঠের সারণি। পাঠটি তখনই
আয়ত্ত হয়েছে বলে ধরা হয়, যখন প্রতিটি অনুশীলনের অন্তত একবার ঠিক উত্তর দেওয়া হয়েছে এবং কুইজে আপনার শেষ 5টি উত্তরের
মধ্যে অন্তত 4টি ঠিক।""",
    ),
    code("""relkit.progress_bar("01")"""),
    md(
        en="""## Instructor notes

**Timing** (90 minutes): sections 1-4, the ideas, 20 minutes; sections 5-8, the customer tables with
exercises 01.1-01.3, 30 minutes; section 9, the renewal analysis with exercise 01.4, 25 minutes;
sections 10-11 and exercise 01.5, 15 minutes. The quiz (10 minutes) can be set as homework.

**Where learners get stuck.** Exercise 01.1: comparing a date column with a date written as text, and
forgetting that both ends are included. Exercise 01.3: the customers who never ordered (here every 2023
customer ordered at least once, but the code must not assume it), and `map`, which looks up each
customer's count. Section 9: the shuffle. Explain it with cards before the code: write "renewed" or "not
renewed" on 90 cards, deal them into two piles of 45 at random, and compare the piles.

**Common wrong answers.** 01.1: 229 (October and November 2023) or 153 (October only): the learner did not
read the period. 01.3: 0.245, the share over all customers: the learner copied a whole-table habit instead
of choosing the group. 01.4 (a): reading a cause into a comparison; (c): reading "not shown" as "no
effect"; both are worth a minute of class discussion. 01.5 (a) or (d): group averages used as verdicts
on one partner, or more credit as a cure for late payment.

**For a 60-minute slot:** read sections 1-4 aloud in 10 minutes, skip the pictures of sections 6 and 8, leave
exercise 01.2 as homework, run the shuffling cell of section 9 as a demonstration without exercise 01.4,
and finish with the case and exercise 01.5.""",
        hi="""## शिक्षक के लिए नोट्स

**समय** (90 मिनट): भाग 1-4, विचार, 20 मिनट; भाग 5-8, ग्राहकों की तालिकाएँ और अभ्यास 01.1-01.3, 30 मिनट; भाग 9,
नवीनीकरण का विश्लेषण और अभ्यास 01.4, 25 मिनट; भाग 10-11 और अभ्यास 01.5, 15 मिनट। प्रश्नोत्तरी (10 मिनट) गृहकार्य में दी जा सकती है।

**विद्यार्थी कहाँ अटकते हैं।** अभ्यास 01.1: तारीख़ वाले कॉलम की टेक्स्ट की तरह लिखी तारीख़ से तुलना, और यह भूल जाना
कि दोनों सिरों के दिन शामिल हैं। अभ्यास 01.3: वे ग्राहक जिन्होंने कभी ऑर्डर नहीं दिया (यहाँ 2023 के हर ग्राहक ने कम से
कम एक ऑर्डर दिया है, पर कोड को यह मानकर नहीं चलना चाहिए), और `map`, जो हर ग्राहक की गिनती ढूँढ़ता है। भाग 9:
फेंटना। कोड से पहले इसे कार्डों से समझाइए: 90 कार्डों पर "नवीनीकरण हुआ" या "नहीं हुआ" लिखिए, उन्हें ताश की तरह फेंटकर
45-45 की दो ढेरियों में बाँटिए, और ढेरियों की तुलना कीजिए।

**आम ग़लत उत्तर।** 01.1: 229 (अक्टूबर और नवंबर 2023) या 153 (सिर्फ़ अक्टूबर): विद्यार्थी ने अवधि ध्यान से नहीं पढ़ी।
01.3: 0.245, यानी सारे ग्राहकों पर हिस्सा: विद्यार्थी ने समूह चुनने के बजाय पूरी तालिका वाली आदत दोहराई। 01.4 (a):
तुलना को ही कारण मान लेना; (c): "साबित नहीं हुआ" को "कोई असर नहीं" समझना; दोनों पर कक्षा में एक मिनट की चर्चा
उपयोगी है। 01.5 (a) या (d): समूह के औसत को एक भागीदार पर फ़ैसला बना देना, या देर से भुगतान का इलाज ज़्यादा उधार में
ढूँढ़ना।

**60 मिनट की कक्षा के लिए:** भाग 1-4 को 10 मिनट में पढ़कर सुनाइए, भाग 6 और 8 के चित्र छोड़ दीजिए, अभ्यास 01.2 गृहकार्य में
दीजिए, भाग 9 का फेंटने वाला सेल अभ्यास 01.4 के बिना प्रदर्शन के रूप में चलाइए, और प्रसंग तथा अभ्यास 01.5 से समाप्त कीजिए।""",
        bn="""## শিক্ষকের জন্য টীকা

**সময়** (90 মিনিট): অংশ 1-4, ধারণা, 20 মিনিট; অংশ 5-8, গ্রাহকের সারণি আর অনুশীলন 01.1-01.3, 30 মিনিট; অংশ 9,
নবায়নের বিশ্লেষণ আর অনুশীলন 01.4, 25 মিনিট; অংশ 10-11 আর অনুশীলন 01.5, 15 মিনিট। কুইজটি (10 মিনিট) বাড়ির কাজ হিসেবে দেওয়া যায়।

**শিক্ষার্থীরা কোথায় আটকে যান।** অনুশীলন 01.1: তারিখের কলামকে উদ্ধৃতিচিহ্নের মধ্যে লেখা তারিখের সঙ্গে তুলনা, আর দুই প্রান্তের
দিনই যে ধরা হবে তা ভুলে যাওয়া। অনুশীলন 01.3: যে গ্রাহকেরা কখনো অর্ডার দেননি (এখানে 2023-এর প্রত্যেক গ্রাহক অন্তত
একটি অর্ডার দিয়েছেন, কিন্তু কোড যেন তা ধরে না নেয়), আর `map`, যা প্রত্যেক গ্রাহকের অর্ডারের সংখ্যা খুঁজে আনে। অংশ 9:
এলোমেলো করা। কোডের আগে তাস দিয়ে বোঝান: 90টি তাসে "নবায়ন হয়েছে" বা "হয়নি" লিখুন, তাসগুলি ভেঁজে 45টি করে দুই
গাদায় ভাগ করুন, তারপর গাদা দুটি মিলিয়ে দেখুন।

**সাধারণ ভুল উত্তর।** 01.1: 229 (অক্টোবর আর নভেম্বর 2023) বা 153 (শুধু অক্টোবর): শিক্ষার্থী সময়কালটি মন দিয়ে
পড়েননি। 01.3: 0.245, অর্থাৎ সব গ্রাহকের ওপর হিসাব করা অংশ: নির্দিষ্ট দলটি বেছে না নিয়ে পুরো সারণি ধরে হিসাবের অভ্যাসেই চলে গেছেন। 01.4 (a):
তুলনা থেকেই কার্যকারণ ধরে নেওয়া; (c): "প্রমাণ হয়নি"-কে "প্রভাব নেই" ভাবা; দুটি নিয়েই ক্লাসে এক মিনিট আলোচনা কাজে
দেয়। 01.5 (a) বা (d): দলের গড়কে একটি অংশীদারের ওপর রায় বানানো, বা দেরিতে পেমেন্টের ওষুধ হিসেবে আরও ধার।

**60 মিনিটের ক্লাসের জন্য:** অংশ 1-4 পড়ে শোনান 10 মিনিটে, অংশ 6 ও 8-এর ছবি বাদ দিন, অনুশীলন 01.2 বাড়ির কাজ হিসেবে
দিন, অংশ 9-এর এলোমেলো করার সেলটি অনুশীলন 01.4 ছাড়া প্রদর্শন হিসেবে চালান, আর ঘটনা ও অনুশীলন 01.5 দিয়ে শেষ
করুন।""",
        tags=["instructor"],
    ),
]
