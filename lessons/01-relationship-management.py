"""Lesson 01: relationship management, CRM and BRM, and a first tour of the simulated world.

Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py, which provides `md` and `code`.
"""
# F821: `md` and `code` come from the builder. E501: a Markdown table row cannot be wrapped.

CELLS = [
    md(
        en="""# 01 · Relationship management: customers and partners

**What you will be able to do after this lesson**

- explain what relationship management is, and why it is a continuing partnership rather than a string
  of one-off sales;
- tell a B2C relationship from a B2B one, and say what CRM and BRM each take care of;
- name the three kinds of CRM: operational, analytical and collaborative;
- open the simulated company's data, read one row of each main table, and draw a first chart of each side;
- compare customer and partner relationships in numbers.

**Time:** about 40 minutes: 15 minutes of reading, 25 minutes of code and four small exercises.
New words are explained in the [glossary](glossary.md).""",
        hi="""# 01 · संबंध प्रबंधन: ग्राहक और भागीदार

**इस पाठ के बाद आप ये कर सकेंगे**

- समझा सकेंगे कि संबंध प्रबंधन क्या है, और यह एक-एक बार की बिक्री का सिलसिला नहीं, बल्कि लगातार चलने वाली
  साझेदारी क्यों है;
- B2C और B2B संबंधों में अंतर बता सकेंगे, और यह भी कि सीआरएम और बीआरएम किन-किन बातों का ध्यान रखते हैं;
- सीआरएम के तीन प्रकार गिना सकेंगे: परिचालन, विश्लेषणात्मक और सहयोगात्मक;
- सिम्युलेटेड (कृत्रिम) कंपनी के आँकड़े खोलकर हर मुख्य तालिका की एक पंक्ति पढ़ सकेंगे, और दोनों पक्षों का पहला
  ग्राफ़ बना सकेंगे;
- ग्राहकों और भागीदारों के संबंधों की तुलना संख्याओं में कर सकेंगे।

**समय:** लगभग 40 मिनट: 15 मिनट पढ़ना, 25 मिनट कोड और चार छोटे अभ्यास।
नए शब्दों के अर्थ [शब्दावली (glossary)](glossary.md) में दिए गए हैं।""",
        bn="""# 01 · সম্পর্ক ব্যবস্থাপনা: গ্রাহক ও অংশীদার

**এই পাঠ শেষে আপনি যা পারবেন**

- সম্পর্ক ব্যবস্থাপনা কী, তা বুঝিয়ে বলতে পারবেন, আর কেন এটি একের পর এক আলাদা বিক্রি নয়, বরং একটানা চলা
  অংশীদারি;
- B2C আর B2B সম্পর্কের তফাত বলতে পারবেন, এবং সিআরএম ও বিআরএম কোন কোন দিক সামলায় তা জানবেন;
- সিআরএম-এর তিনটি ধরন চিনবেন: পরিচালনাগত, বিশ্লেষণধর্মী ও সহযোগিতামূলক;
- সিমুলেটেড কোম্পানির তথ্য খুলে প্রতিটি প্রধান সারণির একটি সারি পড়তে পারবেন, আর দুই দিকেরই প্রথম লেখচিত্র
  আঁকতে পারবেন;
- গ্রাহক ও অংশীদারের সম্পর্ক সংখ্যা দিয়ে তুলনা করতে পারবেন।

**সময়:** প্রায় 40 মিনিট: 15 মিনিট পড়া, 25 মিনিট কোড আর চারটি ছোট অনুশীলন।
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
भी कि कोई डिब्बा ख़राब निकले तो क्या होगा।

इनमें से कोई भी एक बार का सौदा नहीं है; दोनों संबंध हैं। **संबंध प्रबंधन (Relationship management)** वह लगातार
चलने वाला काम है, जिससे कोई व्यवसाय उन लोगों और फ़र्मों से जुड़ा रहता है जिनसे उसका लेन-देन होता है, ताकि दोनों
पक्षों को किसी एक दिन नहीं, बल्कि बरसों तक लाभ मिले। एक बार का सौदा पैसे चुकते ही ख़त्म हो जाता है। संबंध आगे
चलता है: अगला ऑर्डर, ठीक से सुलझाई गई शिकायत, अनुबंध का नवीनीकरण।""",
        bn="""## 1. সম্পর্ক ব্যবস্থাপনা কী?

পাড়ার একটা মিষ্টির দোকানের কথা ভাবুন। দোকানদার সেই পরিবারটিকে চেনেন, যাঁরা প্রতি রবিবার মিষ্টি নিয়ে যান; তাঁর
মনে থাকে যে ঠাকুমা কম চিনির মিষ্টি খান, আর নতুন মিষ্টি তৈরি হলেই তিনি ওঁদের ফোন করে দেন। সেই দোকানদারই দশ
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
| How big | One order: usually hundreds or a few thousand rupees | One order: usually larger; over a year a partner's orders add up to far more than a customer's |
| How often | Once or a few times a year; many buy only once | Every few weeks |
| What holds it together | Good service, offers, habit | Negotiated contracts and trust |

Looking after the first side is **customer relationship management (CRM)**; looking after the second is
**business relationship management (BRM)**. At the end of this lesson you will test this table against
the data.""",
        hi="""## 2. दो पक्ष: B2C और B2B

हर व्यवसाय के संबंध दो तरफ़ होते हैं।

- **व्यवसाय से उपभोक्ता (Business to consumer, B2C):** व्यवसाय उन लोगों को बेचता है जो अपने या अपने परिवार के
  लिए ख़रीदते हैं। ऐसे संबंध बहुत सारे होते हैं, हर एक छोटा, और ग्राहक किसी भी दिन ख़रीदना बंद कर सकता है।
- **व्यवसाय से व्यवसाय (Business to business, B2B):** व्यवसाय दूसरी फ़र्मों से लेन-देन करता है: **आपूर्तिकर्ता
  (supplier)** जो उसे माल बेचते हैं, **वितरक (distributor)** और **पुनर्विक्रेता (reseller)** जो उसका माल, अक्सर
  उधार पर, ख़रीदते हैं और अपने-अपने बाज़ारों में आगे बेचते हैं, और **विक्रेता (vendor)** जो डिलीवरी और पैकेजिंग
  जैसी सेवाएँ देते हैं। ऐसे संबंध गिने-चुने होते हैं, हर एक बड़ा, और
  ज़्यादातर लिखित **अनुबंध (contract)** पर टिके होते हैं।

| | ग्राहक (B2C) | भागीदार (B2B) |
| --- | --- | --- |
| किससे | अपने उपयोग के लिए ख़रीदने वाले लोग | फ़र्में: आपूर्तिकर्ता, वितरक, विक्रेता, पुनर्विक्रेता |
| कितने | हज़ारों, लाखों तक | दर्जनों, शायद सैकड़ों |
| कितना बड़ा | एक ऑर्डर: आमतौर पर कुछ सौ या कुछ हज़ार रुपये | एक ऑर्डर: आमतौर पर इससे बड़ा; साल भर में एक भागीदार के ऑर्डरों का जोड़ किसी ग्राहक के ऑर्डरों के जोड़ से कहीं ज़्यादा बैठता है |
| कितनी बार | साल में एक या कुछ बार; बहुत-से ग्राहक सिर्फ़ एक बार ख़रीदते हैं | कुछ-कुछ हफ़्तों के अंतर पर |
| संबंध किस पर टिका है | अच्छी सेवा, ऑफ़र, आदत | बातचीत से तय अनुबंध और भरोसा |

पहले पक्ष की देखभाल **ग्राहक संबंध प्रबंधन यानी सीआरएम (Customer Relationship Management, CRM)** कहलाती है, और
दूसरे की **व्यापार संबंध प्रबंधन यानी बीआरएम (Business Relationship Management, BRM)**। पाठ के अंत में आप इस तालिका
को आँकड़ों पर परखेंगे।""",
        bn="""## 2. দুই দিক: B2C ও B2B

প্রতিটি ব্যবসার সম্পর্ক থাকে দুই দিকে।

- **ব্যবসা থেকে ভোক্তা (Business to consumer, B2C):** ব্যবসাটি এমন মানুষদের কাছে বিক্রি করে, যাঁরা নিজের বা
  পরিবারের জন্য কেনেন। এমন সম্পর্ক অনেক, প্রতিটি ছোট, আর গ্রাহক যেকোনো দিন কেনা বন্ধ করে দিতে পারেন।
- **ব্যবসা থেকে ব্যবসা (Business to business, B2B):** ব্যবসাটি অন্য প্রতিষ্ঠানের সঙ্গে লেনদেন করে: **সরবরাহকারী
  (supplier)**, যারা তাকে মাল বেচে; **পরিবেশক (distributor)** ও **পুনর্বিক্রেতা (reseller)**, যারা তার মাল কেনে,
  প্রায়ই ধারে, আর নিজেদের বাজারে আবার বেচে; আর **বিক্রেতা (vendor)**, যারা পার্সেল পৌঁছে দেওয়া (ডেলিভারি) আর
  প্যাকেজিংয়ের মতো পরিষেবা জোগায়। এমন সম্পর্ক হাতে-গোনা, প্রতিটি বড়, আর বেশির ভাগই লিখিত **চুক্তির (contract)** ওপর দাঁড়িয়ে।

| | গ্রাহক (B2C) | অংশীদার (B2B) |
| --- | --- | --- |
| কার সঙ্গে | যাঁরা নিজের ব্যবহারের জন্য কেনেন | প্রতিষ্ঠান: সরবরাহকারী, পরিবেশক, বিক্রেতা, পুনর্বিক্রেতা |
| কতজন | হাজার হাজার, লাখও হতে পারে | কয়েক ডজন, হয়তো কয়েকশো |
| কত বড় | একটি অর্ডার: সাধারণত কয়েকশো বা কয়েক হাজার টাকা | একটি অর্ডার: সাধারণত গ্রাহকের অর্ডারের চেয়ে বড়; বছরে একজন অংশীদারের সব অর্ডার যোগ করলে তা একজন গ্রাহকের চেয়ে অনেক বেশি দাঁড়ায় |
| কত ঘন ঘন | বছরে একবার বা কয়েকবার; অনেকে মাত্র একবারই কেনেন | প্রতি কয়েক সপ্তাহে |
| সম্পর্ক কীসে টিকে থাকে | ভালো পরিষেবা, অফার, অভ্যাস | আলোচনা করে ঠিক করা চুক্তি আর আস্থা |

প্রথম দিকের যত্ন নেওয়াকে বলে **গ্রাহক সম্পর্ক ব্যবস্থাপনা অর্থাৎ সিআরএম (Customer Relationship Management, CRM)**, আর
দ্বিতীয় দিকের যত্নকে **ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা অর্থাৎ বিআরএম (Business Relationship Management, BRM)**। পাঠের
শেষে আপনি এই সারণিটি তথ্য দিয়ে যাচাই করবেন।""",
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
| Analytical CRM | Studies the data to understand customers: who buys often, who is drifting away | the measures of later lessons: retention, churn, CLV |
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
बनाए रखने से कहीं ज़्यादा महँगा पड़ता है। जो ग्राहक बार-बार लौटता है, उसे बेचना व्यवसाय की सबसे सस्ती बिक्री है।
पाठ 04 में आप इसे रुपयों में नापेंगे।

सीआरएम सॉफ़्टवेयर तीन प्रकार का होता है:

| प्रकार | क्या करता है | हमारे आँकड़ों में कहाँ दिखता है |
| --- | --- | --- |
| परिचालन सीआरएम (Operational CRM) | रोज़ का काम चलाता है: ऑर्डर, संपर्क और शिकायतें दर्ज करता है | `orders`, `interactions` और `tickets` तालिकाएँ |
| विश्लेषणात्मक सीआरएम (Analytical CRM) | आँकड़ों को परखकर ग्राहकों को समझता है: कौन अक्सर ख़रीदता है, कौन धीरे-धीरे दूर हो रहा है | आगे के पाठों के माप: प्रतिधारण (retention), ग्राहक छोड़ने की दर (churn), CLV |
| सहयोगात्मक सीआरएम (Collaborative CRM) | ग्राहक की जानकारी बिक्री, विपणन और सेवा विभागों में बाँटता है, ताकि सबके सामने एक ही ग्राहक की एक जैसी तस्वीर हो | एक ही `customer_id`, जो ग्राहकों की हर तालिका को जोड़ता है |""",
        bn="""## 3. গ্রাহক সম্পর্ক ব্যবস্থাপনা (সিআরএম)

সিআরএম হলো সেই পদ্ধতি, যা দিয়ে একটি ব্যবসা তার গ্রাহকদের চেনে-বোঝে এবং তাঁদের ধরে রাখে। এর তিনটি অংশ:

1. **তথ্য ও বিক্রয় বিশ্লেষণ (data and sales analysis):** কে কী কেনেন, কখন, কতটা; কোন জিনিস কোন মরসুমে বিক্রি হয়;
   গ্রাহকদের কী ভালো লাগে, কী লাগে না।
2. **বিপণন (marketing):** ঠিক গ্রাহকের কাছে পৌঁছানো প্রচারাভিযান (campaign), অফার ও বার্তা, যাতে তাঁরা আবার ফিরে
   আসেন।
3. **বিক্রয়োত্তর পরিষেবা (post-sales support):** বিক্রির পরে সাহায্য, যেমন জিনিস ফেরত, অভিযোগ, হারিয়ে যাওয়া পার্সেল,
   তাও দ্রুত আর ভদ্রভাবে।

এত খাটুনি কেন? কারণ বিজ্ঞাপন, ছাড় আর বিক্রয়কর্মী দিয়ে নতুন গ্রাহক পাওয়া সাধারণত পুরোনো গ্রাহক ধরে রাখার চেয়ে
অনেক বেশি খরচের। যে গ্রাহক বারবার ফিরে আসেন, তাঁর কাছে বিক্রিই ব্যবসার সবচেয়ে সস্তা বিক্রি। পাঠ 04-এ আপনি
এটা টাকার অঙ্কে মাপবেন।

সিআরএম সফটওয়্যার তিন ধরনের:

| ধরন | কী করে | আমাদের তথ্যে কোথায় দেখা যায় |
| --- | --- | --- |
| পরিচালনাগত সিআরএম (Operational CRM) | রোজকার কাজ চালায়: অর্ডার, যোগাযোগ আর অভিযোগ লিখে রাখে | `orders`, `interactions` ও `tickets` সারণি |
| বিশ্লেষণধর্মী সিআরএম (Analytical CRM) | তথ্য বিশ্লেষণ করে গ্রাহকদের বোঝে: কে প্রায়ই কেনেন, কে ধীরে ধীরে সরে যাচ্ছেন | পরের পাঠগুলির মাপকাঠি: ধরে রাখা (retention), গ্রাহক হারানোর হার (churn), CLV |
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

In our data, the tables `contracts`, `purchase_orders`, `b2b_orders`, `invoices`, `payments`, `disputes`
and `trust_surveys` record exactly these things.""",
        hi="""## 4. व्यापार संबंध प्रबंधन (बीआरएम)

बीआरएम भागीदारों के साथ संबंधों की देखभाल करता है। भागीदार ख़ुद एक व्यवसाय है, जिसके अपने हित हैं, इसलिए यह
संबंध दूसरी बातों पर टिका होता है:

- **भरोसा (trust):** दोनों पक्ष एक-दूसरे की बात पर भरोसा कर सकें: माल वादे के मुताबिक़ पहुँचे, बिल समय पर चुकें।
- **नियम और अपेक्षाएँ (rules and expectations):** किस गुणवत्ता, कितनी मात्रा, किस दाम और कितने समय में माल
  चाहिए, यह साफ़-साफ़ लिखा हो।
- **सीमाएँ (boundaries):** कौन-सी ज़िम्मेदारी किस पक्ष की है और कौन-सी नहीं, ताकि कोई अपनी हद न लाँघे।
- **विवाद समाधान (dispute resolution):** कम माल पहुँचना या ग़लत बिल (invoice) कभी न कभी होगा ही; असली बात यह है
  कि विवाद जल्दी और निष्पक्ष ढंग से सुलझे।
- **अनुबंध पर बातचीत (contract negotiation):** शर्तें तय करना, और अवधि पूरी होने पर अनुबंध के नवीनीकरण का फ़ैसला।
- **क्रॉस-सेलिंग (cross-selling):** जो भागीदार आप पर भरोसा करता है, वह आपसे और ज़्यादा ख़रीदने या आपको और
  ज़्यादा बेचने के लिए तैयार रहता है।

हमारे आँकड़ों में `contracts`, `purchase_orders`, `b2b_orders`, `invoices`, `payments`, `disputes` और
`trust_surveys` तालिकाएँ ठीक इन्हीं बातों का हिसाब रखती हैं।""",
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

আমাদের তথ্যে `contracts`, `purchase_orders`, `b2b_orders`, `invoices`, `payments`, `disputes` আর
`trust_surveys` সারণিগুলি ঠিক এই বিষয়গুলিরই হিসাব রাখে।""",
    ),
    md(
        en="""## 5. Meet the company's data

From here on we work with the data of a simulated (made up, but realistic) Indian online shop, watched
for 24 months from January 2023: customers on one side, partners on the other. The first cell tells
Jupyter to draw charts inside the notebook (`%matplotlib inline`), loads relkit and chooses the language of
its tables and charts. Click into the cell and press **Shift + Enter**.""",
        hi="""## 5. कंपनी के आँकड़ों से मुलाक़ात

अब से हम एक सिम्युलेटेड (कृत्रिम) पर असली जैसी भारतीय ऑनलाइन दुकान के आँकड़ों पर काम करेंगे, जिसे जनवरी 2023 से 24
महीनों तक देखा गया है: एक तरफ़ ग्राहक, दूसरी तरफ़ भागीदार। पहला सेल Jupyter से कहता है कि ग्राफ़ नोटबुक के अंदर ही
बनें (`%matplotlib inline`), फिर relkit लोड करता है और उसकी तालिकाओं और ग्राफ़ों की भाषा चुनता है। सेल में क्लिक
करके **Shift + Enter** दबाएँ।""",
        bn="""## 5. কোম্পানির তথ্যের সঙ্গে পরিচয়

এখন থেকে আমরা একটি সিমুলেটেড (বানানো, কিন্তু বাস্তবের মতো) ভারতীয় অনলাইন দোকানের তথ্য নিয়ে কাজ করব, যাকে
জানুয়ারি 2023 থেকে 24 মাস ধরে দেখা হয়েছে: এক দিকে গ্রাহক, অন্য দিকে অংশীদার। প্রথম সেলটি Jupyter-কে বলে
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
`trust_surveys` describe the partners (BRM). The first line only records how the world was
made (its `seed`); you can ignore it for now.""",
        hi="""हर तालिका एक pandas DataFrame है, जिस तक आप `world.<नाम>` लिखकर पहुँचते हैं, जैसे `world.customers`। `customers`
से `nps_responses` तक की तालिकाएँ ग्राहकों (सीआरएम) की हैं; `partners` से `trust_surveys` तक की तालिकाएँ
भागीदारों (बीआरएम) की। पहली पंक्ति बस यह बताती है कि यह दुनिया किस `seed` से बनी; अभी इस पर
ध्यान देने की ज़रूरत नहीं।""",
        bn="""প্রতিটি সারণি একটি pandas DataFrame, যার কাছে `world.<নাম>` লিখে পৌঁছানো যায়, যেমন `world.customers`। `customers`
থেকে `nps_responses` পর্যন্ত সারণিগুলি গ্রাহকদের (সিআরএম); `partners` থেকে `trust_surveys` পর্যন্ত সারণিগুলি
অংশীদারদের (বিআরএম)। প্রথম লাইনটি শুধু জানায় জগৎটি কোন `seed` দিয়ে তৈরি; এখনই ওটা নিয়ে ভাবার দরকার
নেই।""",
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
        hi="""हर पंक्ति एक ग्राहक है: उसकी संख्या (`customer_id`), नाम, शहर, जुड़ने का दिन (`signup_date`), वह किस रास्ते से
मिला (`acquisition_channel`), और उसे पाने में कितने रुपये लगे (`acquisition_cost_inr`)। कॉलमों के नाम अंग्रेज़ी में
ही रहते हैं, क्योंकि उन्हें आप कोड में टाइप करते हैं; `relkit.column_label` बताता है कि आपकी भाषा में किसी कॉलम
का क्या अर्थ है:""",
        bn="""প্রতিটি সারি একজন গ্রাহক: তাঁর নম্বর (`customer_id`), নাম, শহর, যোগ দেওয়ার দিন (`signup_date`), কোন পথে তাঁকে
পাওয়া গেছে (`acquisition_channel`), আর তাঁকে পেতে কত টাকা খরচ হয়েছে (`acquisition_cost_inr`)। কলামের নাম ইংরেজিতেই
থাকে, কারণ কোডে ওগুলি টাইপ করতে হয়; `relkit.column_label` বলে দেয় আপনার ভাষায় কলামটির মানে কী:""",
    ),
    code('relkit.column_label("acquisition_channel")'),
    md(
        en="""### Exercise 01.1: how many customers?

How many customers does the company have? Count the rows of the customers table with `len(...)`. In the
cell below, replace `None` with your code and run it; `relkit.check` tells you whether you are right.
If you are not right yet, each new try brings a further hint; `relkit.hint("01.1")` shows the code, and
the collapsed cell under the exercise holds a solution: click it to open it.""",
        hi="""### अभ्यास 01.1: कितने ग्राहक?

कंपनी के कितने ग्राहक हैं? ग्राहकों की तालिका की पंक्तियाँ `len(...)` से गिनिए। नीचे के सेल में `None` की जगह अपना
कोड लिखकर उसे चलाइए; `relkit.check` बताएगा कि उत्तर सही है या नहीं। अगर उत्तर अभी सही नहीं है, तो हर नई कोशिश पर
पहले से ज़्यादा साफ़ संकेत मिलेगा; `relkit.hint("01.1")` कोड दिखाता है, और अभ्यास के नीचे वाले छिपे हुए (collapsed) सेल में
एक हल है: उसे खोलने के लिए उस पर क्लिक कीजिए।""",
        bn="""### অনুশীলন 01.1: কতজন গ্রাহক?

কোম্পানির গ্রাহক কতজন? গ্রাহকের সারণির সারিগুলি `len(...)` দিয়ে গুনুন। নিচের সেলে `None`-এর জায়গায় নিজের কোড
লিখে চালান; `relkit.check` জানিয়ে দেবে উত্তর ঠিক হলো কি না। উত্তর এখনও ঠিক না হলে প্রতিটি নতুন চেষ্টায় আরও একটু
ইঙ্গিত পাবেন; `relkit.hint("01.1")` চালালে কোডটি দেখতে পাবেন, আর অনুশীলনের নিচে গুটিয়ে রাখা (collapsed) সেলে
একটি সমাধান আছে: সেটি খুলতে তার ওপর ক্লিক করুন।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.1", answer)"""
    ),
    code(
        """answer = len(world.customers)
relkit.check("01.1", answer)""",
        tags=["solution"],
    ),
    md(
        en="""### Picture: how were the customers won?

`relkit.plot_bar` draws one bar per value of a column; without a `y` it counts the rows. Here it counts
customers by acquisition channel.""",
        hi="""### चित्र: ग्राहक किन रास्तों से आए?

`relkit.plot_bar` किसी कॉलम के हर मान के लिए एक स्तंभ (bar) बनाता है; `y` न देने पर वह पंक्तियाँ गिनता है। यहाँ वह
ग्राहकों को अधिग्रहण चैनल (acquisition channel) के हिसाब से गिनता है।""",
        bn="""### ছবি: গ্রাহকেরা কোন পথে এলেন?

`relkit.plot_bar` একটি কলামের প্রতিটি মানের জন্য একটি স্তম্ভ (bar) আঁকে; `y` না দিলে সে সারি গোনে। এখানে সে
গ্রাহক সংগ্রহের চ্যানেল (acquisition channel) ধরে গ্রাহক গুনছে।""",
    ),
    code('ax = relkit.plot_bar(world.customers, x="acquisition_channel")'),
    md(
        en="""Read the chart: which channel brought the most customers, and which the fewest? Every bar is a crowd of
separate people, each worth little on their own: this is what "many small relationships" looks like. A
channel that brings many customers is not necessarily the best one; what each channel costs per customer
is a question for lesson 04.""",
        hi="""ग्राफ़ पढ़िए: किस चैनल से सबसे ज़्यादा ग्राहक आए, और किससे सबसे कम? हर स्तंभ अलग-अलग लोगों की भीड़ है, जिनमें से
हर एक अकेले बहुत कम मूल्य का है: "बहुत सारे छोटे संबंध" ऐसे ही दिखते हैं। जो चैनल ज़्यादा ग्राहक लाता है, ज़रूरी
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
दुकान आगे बेचती है, और विक्रेता उसे डिलीवरी और पैकेजिंग जैसी सेवाएँ बेचते हैं: दुकान दोनों से ख़रीदती है। वितरकों और
पुनर्विक्रेताओं के साथ माल उलटी दिशा में जाता है: वे दुकान का माल ख़रीदकर आगे बेचते हैं। स्तर (गोल्ड, सिल्वर, ब्रॉन्ज़) इस आधार
पर तय होता है कि भागीदार का काम अब तक कितना अच्छा रहा, और `terms_days` बताता है कि बिल की तारीख़ के कितने दिन बाद तक भुगतान
करना है, यानी कितने दिन का उधार मिलता है। पंक्तियों की संख्या की तुलना ग्राहकों की तालिका से कीजिए: हज़ारों लोगों के सामने
गिनी-चुनी फ़र्में।

### अभ्यास 01.2: दुकान से ख़रीदने वाले भागीदार

कितने भागीदार दुकान से ख़रीदते हैं, यानी कितने भागीदार वितरक या पुनर्विक्रेता हैं? `world.partners` में उन्हें गिनिए और उनकी
संख्या दीजिए।""",
        bn="""প্রতিটি সারি একটি প্রতিষ্ঠান: তার নম্বর, নাম, ধরন, সে কোন ধরনের মালের কারবার করে (`category`), শহর, স্তর (tier) আর
ধারের মেয়াদ (payment terms)। ধরন দেখে বোঝা যায় মাল কোন দিকে যায়। দোকান যে মাল বিক্রি করে, সরবরাহকারীরা দোকানকে সেই মাল
বেচে; আর বিক্রেতারা দোকানকে ডেলিভারি ও প্যাকেজিংয়ের মতো পরিষেবা বেচে: দোকান এই দুই দলের কাছ থেকেই কেনে। পরিবেশক আর
পুনর্বিক্রেতাদের বেলায় মাল যায় উল্টো দিকে: তারা দোকানের মাল কিনে অন্যদের কাছে আবার বেচে। অংশীদার এতদিন কেমন কাজ করেছে,
তা দেখে তার স্তর (গোল্ড, সিলভার, ব্রোঞ্জ) ঠিক হয়; আর `terms_days` হলো বিল হওয়া থেকে টাকা মেটানো পর্যন্ত কত দিনের ধার
দেওয়া হয়। সারির সংখ্যা গ্রাহকের সারণির সঙ্গে মিলিয়ে দেখুন: হাজার হাজার মানুষের সামনে হাতে-গোনা কয়েকটি প্রতিষ্ঠান।

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
(`payment_method`; `cod` यानी कैश ऑन डिलीवरी, cash on delivery) और पार्सल का क्या हुआ (`outcome`: पहुँच गया, ग्राहक ने लौटा
दिया, बिना पहुँचे दुकान को लौट आया, यानी मूल स्थान पर वापसी (`rto`), या अभी रास्ते में है)। जो ग्राहक
पाँच बार ख़रीदता है, उसकी यहाँ पाँच पंक्तियाँ हैं।

एक आम ऑर्डर कितना बड़ा होता है? सारे ऑर्डरों को राशि के क्रम में लगाने पर बीच वाला मान माध्यिका (median)
कहलाता है; `relkit.format_inr` उसे रुपयों में लिखता है।""",
        bn="""প্রতিটি সারি একটি কেনাকাটা: কে কিনেছেন (`customer_id`, গ্রাহকের সারণির সেই একই নম্বর; এটা দিয়েই দুটি সারণি
জোড়া লাগে), কোন দিন, কত টাকার, কী ধরনের জিনিস, আর কোথা থেকে (অ্যাপ, ওয়েবসাইট বা মার্কেটপ্লেস)। অঙ্কটি তিন ভাগে
ভাগ হয়: সরকারের জন্য আদায় করা জিএসটি (`gst_inr`), জিনিসগুলি কিনতে দোকানের যা খরচ হয়েছে (`cost_inr`), আর বাকি যা
দোকানের থাকে, অর্থাৎ মার্জিন (margin, `margin_inr`)। অর্ডারে এটাও লেখা থাকে যে গ্রাহক কীভাবে টাকা দিয়েছেন, অর্থাৎ
পেমেন্টের পদ্ধতি (`payment_method`; `cod` মানে ক্যাশ অন ডেলিভারি (COD): পার্সেল হাতে পেয়ে নগদে দাম মেটানো), আর শেষ
পর্যন্ত পার্সেলটির কী হলো (`outcome`): পৌঁছেছে; গ্রাহক ফেরত দিয়েছেন; না পৌঁছেই দোকানে ফেরত এসেছে, যাকে বলে প্রেরকের কাছে
ফেরত (RTO, `rto`); নাকি এখনও পথে। যে গ্রাহক পাঁচবার কেনেন, এখানে তাঁর পাঁচটি সারি।

একটি সাধারণ অর্ডার কত বড়? সব অর্ডারকে অঙ্কের ক্রমে সাজালে মাঝখানের মানটিকে বলে মধ্যমা (median);
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
        en="""Two things stand out. Each autumn the line jumps: the festive season, from Navratri and Durga Puja
to Diwali, brings far more orders than an ordinary month. And from one year to the next the line rises far
less than the crowd of new customers would suggest. Every month new customers join, but most of them buy once and do not come back, so the sales of
2024 come mostly from customers won in 2024. In a shop whose customers stayed, the customers won in 2023
would still be buying in 2024, and the line would climb month after month. Keeping customers is what CRM
is for.""",
        hi="""दो बातें साफ़ दिखती हैं। हर साल शरद ऋतु में रेखा उछलती है: नवरात्रि और दुर्गा पूजा से दीवाली तक का त्योहारी मौसम
(festive season) किसी आम महीने से कहीं ज़्यादा ऑर्डर लाता है। और नए ग्राहकों की भीड़ देखकर जितनी उम्मीद होती, रेखा एक साल से
अगले साल तक उससे कहीं कम चढ़ती है। हर महीने नए ग्राहक जुड़ते हैं, लेकिन उनमें से ज़्यादातर एक बार ख़रीदकर लौटते नहीं, इसलिए 2024 की बिक्री ज़्यादातर 2024 में जुड़े ग्राहकों से आती है। जिस
दुकान के ग्राहक टिके रहते, वहाँ 2023 में जुड़े ग्राहक 2024 में भी ख़रीद रहे होते, और रेखा महीने-दर-महीने चढ़ती जाती। ग्राहकों को
बनाए रखना ही सीआरएम का काम है।""",
        bn="""দুটি জিনিস চোখে পড়ে। প্রথমত, প্রতি বছর শরতে রেখাটি লাফিয়ে ওঠে: নবরাত্রি আর দুর্গাপুজো থেকে দীপাবলি পর্যন্ত
উৎসবের মরসুম (festive season) সাধারণ মাসের চেয়ে অনেক বেশি অর্ডার আনে। দ্বিতীয়ত, এক বছর থেকে পরের বছরে রেখাটি তেমন
ওঠে না: প্রতি মাসে যত নতুন গ্রাহক আসেন, তা দেখে যতটা বাড়ার কথা মনে হয়, বিক্রি বাড়ে তার চেয়ে অনেক কম। কারণ নতুন
গ্রাহকদের বেশিরভাগ একবার কিনে আর ফেরেন না, তাই 2024-এর বিক্রির বেশিরভাগ আসে 2024-এ আসা গ্রাহকদের কাছ থেকে। যে দোকানের
গ্রাহকেরা টিকে থাকেন, সেখানে 2023-এ আসা গ্রাহকেরা 2024-এও কিনতে থাকেন, আর রেখাটি মাসের পর মাস উঠতেই থাকে। গ্রাহককে
এভাবে ধরে রাখাই সিআরএম-এর কাজ।""",
    ),
    md(
        en="""### Exercise 01.3: total sales

What is the total amount of all orders over the two years? Add up the column `amount_inr` of the orders
table and give the result in rupees (not in lakh).""",
        hi="""### अभ्यास 01.3: कुल बिक्री

दो सालों में सारे ऑर्डरों की कुल राशि कितनी है? ऑर्डरों की तालिका का `amount_inr` कॉलम जोड़िए और नतीजा रुपयों में
दीजिए (लाख में नहीं)।""",
        bn="""### অনুশীলন 01.3: মোট বিক্রি

দুই বছরে সব অর্ডারের মোট অঙ্ক কত? অর্ডারের সারণির `amount_inr` কলামটি যোগ করুন আর ফল টাকায় দিন (লাখে নয়)।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.3", answer)"""
    ),
    code(
        """answer = world.orders["amount_inr"].sum()
print(relkit.format_inr(answer, compact=True))
relkit.check("01.3", answer)""",
        tags=["solution"],
    ),
    md(
        en="""### Exercise 01.4: who came back?

A relationship shows when a customer returns. What share of all customers placed more than one order?
Give a number between 0 and 1 (0.25 means a quarter). Start by counting the orders of each customer with
`world.orders["customer_id"].value_counts()`.""",
        hi="""### अभ्यास 01.4: कौन लौटकर आया?

संबंध तब दिखता है जब ग्राहक लौटकर आता है। कुल ग्राहकों में से कितना हिस्सा ऐसे ग्राहकों का है, जिन्होंने एक से ज़्यादा ऑर्डर दिए? उत्तर 0 और
1 के बीच की संख्या में दीजिए (0.25 का मतलब है एक-चौथाई)। शुरुआत हर ग्राहक के ऑर्डर गिनने से कीजिए:
`world.orders["customer_id"].value_counts()`।""",
        bn="""### অনুশীলন 01.4: কে ফিরে এলেন?

গ্রাহক ফিরে এলেই সম্পর্ক বোঝা যায়। সব গ্রাহকের মধ্যে কত অংশ একাধিকবার অর্ডার দিয়েছেন? উত্তর দিন 0 আর 1-এর
মাঝের একটি সংখ্যায় (0.25 মানে এক-চতুর্থাংশ)। শুরু করুন প্রত্যেক গ্রাহকের অর্ডার গুনে:
`world.orders["customer_id"].value_counts()`।""",
    ),
    code(
        """answer = None  # replace None with your answer
relkit.check("01.4", answer)"""
    ),
    code(
        """orders_per_customer = world.orders["customer_id"].value_counts()
answer = (orders_per_customer > 1).sum() / len(world.customers)
relkit.check("01.4", answer)""",
        tags=["solution"],
    ),
    md(
        en="""Customers who come back are the heart of CRM. Lesson 04 follows them month by month and asks what it
costs to keep them.

## 9. Purchase orders: one row, one order placed with a partner""",
        hi="""लौटकर आने वाले ग्राहक ही सीआरएम की जान हैं। पाठ 04 उन्हें महीने-दर-महीने देखता है और पूछता है कि उन्हें बनाए
रखने में कितना ख़र्च आता है।

## 9. क्रय आदेश: एक पंक्ति, किसी भागीदार को दिया गया एक आदेश""",
        bn="""ফিরে আসা গ্রাহকেরাই সিআরএম-এর প্রাণ। পাঠ 04 মাসে মাসে তাঁদের খোঁজ রাখে আর দেখে, তাঁদের ধরে রাখতে কত খরচ হয়।

## 9. ক্রয় আদেশ (purchase order): এক সারি, কোনো অংশীদারকে দেওয়া একটি আদেশ""",
    ),
    code(
        """world.purchase_orders[
    ["po_id", "partner_id", "po_date", "promised_date", "delivered_date",
     "qty_ordered", "qty_delivered", "value_inr"]
].head()"""
    ),
    md(
        en="""Each row is an order that our company placed with a partner: which partner (`partner_id`), the day it
was placed, the day delivery was promised, the day the goods arrived, how many units were ordered and
delivered, and the value. Compare `promised_date` with `delivered_date`, and `qty_ordered` with
`qty_delivered`: a late or short delivery is where a dispute begins.

### Picture: how reliable is each partner?

`relkit.scorecard` gives each partner that delivers to the shop a score from 0 to 100 for its deliveries:
on time, in full, free of defects, and with few disputes. The score sets a grade,
from A (best) to D. `relkit.plot_scorecard` draws the best fifteen.""",
        hi="""हर पंक्ति एक आदेश है, जो हमारी कंपनी ने किसी भागीदार को दिया: कौन-सा भागीदार (`partner_id`), आदेश का दिन, डिलीवरी
के वादे का दिन, माल पहुँचने का दिन, कितनी इकाइयाँ मँगाई गईं और कितनी पहुँचीं, और आदेश का मूल्य। `promised_date` को
`delivered_date` से, और `qty_ordered` को `qty_delivered` से मिलाइए: देर से या कम माल पहुँचने पर ही विवाद की शुरुआत
होती है।

### चित्र: कौन-सा भागीदार कितना भरोसेमंद है?

`relkit.scorecard` दुकान को माल या सेवा पहुँचाने वाले हर भागीदार को उसकी डिलीवरी के लिए 0 से 100 तक अंक देता है:
डिलीवरी समय पर हो, पूरी मात्रा में हो, उसमें दोष न हों, और विवाद कम से कम हों। अंकों से ग्रेड (grade) तय होता है, A
(सबसे अच्छा) से D तक। `relkit.plot_scorecard` सबसे अच्छे पंद्रह भागीदार दिखाता है।""",
        bn="""প্রতিটি সারি একটি আদেশ, যা আমাদের কোম্পানি কোনো অংশীদারকে দিয়েছে: কোন অংশীদার (`partner_id`), আদেশের দিন,
ডেলিভারির প্রতিশ্রুত দিন, মাল পৌঁছানোর দিন, কত একক চাওয়া হয়েছিল আর কত এসেছে, আর আদেশের মূল্য। `promised_date`-এর
সঙ্গে `delivered_date`, আর `qty_ordered`-এর সঙ্গে `qty_delivered` মিলিয়ে দেখুন: দেরিতে বা কম মাল আসা থেকেই বিরোধের
শুরু।

### ছবি: কোন অংশীদার কতটা নির্ভরযোগ্য?

যে অংশীদারেরা দোকানে মাল বা পরিষেবা পৌঁছে দেয়, `relkit.scorecard` তাদের প্রত্যেককে ডেলিভারির ভিত্তিতে 0 থেকে 100-এর
মধ্যে একটি স্কোর দেয়: মাল সময়মতো এসেছে কি না, পুরো পরিমাণে এসেছে কি না, ত্রুটিমুক্ত কি না, আর বিরোধ কত কম হয়েছে। স্কোর
অনুযায়ী গ্রেড (grade) ঠিক হয়, A (সবচেয়ে ভালো) থেকে D পর্যন্ত। `relkit.plot_scorecard` সেরা পনেরোটি অংশীদারের স্কোর
লেখচিত্রে দেখায়।""",
    ),
    code(
        """card = relkit.scorecard(world.purchase_orders, disputes=world.disputes)
ax = relkit.plot_scorecard(card)"""
    ),
    md(
        en="""The number beside each bar is the score, with its grade in brackets. The chart shows only the best
fifteen. To see how all partners are spread over the grades, count them:""",
        hi="""हर स्तंभ के पास उसके अंक लिखे हैं, और कोष्ठक में उसका ग्रेड। ग्राफ़ में सिर्फ़ सबसे अच्छे पंद्रह हैं। सारे भागीदार किस ग्रेड में कितने हैं, यह जानने के लिए उन्हें गिनिए:""",
        bn="""প্রতিটি স্তম্ভের পাশে লেখা আছে স্কোর, আর বন্ধনীতে গ্রেড। লেখচিত্রে আছে শুধু সেরা পনেরোটি অংশীদার। কোন গ্রেডে
মোট কয়টি অংশীদার আছে, তা জানতে গুনে দেখুন:""",
    ),
    code('card["grade"].value_counts()'),
    md(
        en="""Read the counts: how many partners reach grade A, and how many sit at C or D? A firm cannot drop a
weak supplier the way a customer walks out of a shop: there is a contract to honour, and finding and
testing a new supplier takes months. So BRM talks to the partner, sets clear expectations, settles
disputes, and decides at renewal time. Later lessons measure renewals, disputes and trust.""",
        hi="""गिनती देखिए: कितने भागीदार ग्रेड A तक पहुँचते हैं, और कितने C या D में हैं? कोई फ़र्म कमज़ोर आपूर्तिकर्ता
को उस तरह नहीं छोड़ सकती जैसे ग्राहक किसी दुकान से उठकर चला जाता है: अनुबंध निभाना होता है, और नया आपूर्तिकर्ता
ढूँढ़ने और परखने में महीनों लगते हैं। इसलिए बीआरएम भागीदार से बात करता है, अपेक्षाएँ साफ़ करता है, विवाद सुलझाता
है, और नवीनीकरण के समय फ़ैसला करता है। आगे के पाठ नवीनीकरण, विवाद और भरोसे को नापते हैं।""",
        bn="""সংখ্যাগুলি দেখুন: কয়টি অংশীদার গ্রেড A পেয়েছে, আর কয়টি পড়ে আছে C বা D-তে? একজন গ্রাহক যেমন দোকান ছেড়ে চলে যান, কোনো
প্রতিষ্ঠান তেমনভাবে দুর্বল সরবরাহকারীকে ছেড়ে দিতে পারে না: চুক্তি মানতে হয়, আর নতুন সরবরাহকারী খুঁজে যাচাই
করতে মাসের পর মাস লাগে। তাই বিআরএম অংশীদারের সঙ্গে কথা বলে, প্রত্যাশা স্পষ্ট করে, বিরোধ মেটায়, আর নবায়নের
সময় সিদ্ধান্ত নেয়। পরের পাঠগুলি নবায়ন, বিরোধ আর আস্থা মাপে।""",
    ),
    md(
        en="""### The other direction: a distributor buys on credit

Distributors and resellers buy from the shop. The shop delivers the goods first and sends a **GST invoice**
(bill); the partner pays later, by the invoice's due date. That is selling on credit: between the two
dates the shop has, in effect, lent the partner money. The cell below shows the first invoices the shop
sent to distributors.""",
        hi="""### दूसरी दिशा: वितरक उधार पर ख़रीदता है

वितरक और पुनर्विक्रेता दुकान से ख़रीदते हैं। दुकान पहले माल पहुँचाती है और **जीएसटी बिल (इनवॉइस, GST invoice)** भेजती है;
भागीदार भुगतान बाद में करता है, बिल की देय तारीख़ (due date) तक। यही उधार पर बिक्री है: दोनों तारीख़ों के बीच दुकान ने एक
तरह से भागीदार को पैसा उधार दे रखा होता है। नीचे का सेल दुकान के वितरकों को भेजे गए शुरुआती बिल दिखाता है।""",
        bn="""### উল্টো দিক: পরিবেশক ধারে কেনে

পরিবেশক আর পুনর্বিক্রেতারা দোকান থেকে কেনে। দোকান আগে মাল পৌঁছে দেয় আর একটি **জিএসটি বিল (ইনভয়েস, GST invoice)**
পাঠায়; অংশীদার টাকা মেটায় পরে, বিলে লেখা পরিশোধের শেষ তারিখের (due date) মধ্যে। এটাই ধারে বিক্রি: মাঝের এই সময়টুকু
দোকান কার্যত অংশীদারকে টাকা ধার দিয়ে রাখে। দোকান পরিবেশকদের যে বিলগুলি পাঠিয়েছে, নিচের সেলে তার প্রথম কয়েকটি দেখা
যাবে।""",
    ),
    code(
        """distributors = world.partners.loc[world.partners["partner_type"] == "distributor", "partner_id"]
bills = world.invoices[world.invoices["partner_id"].isin(distributors)].head(3)
bills[["invoice_id", "partner_id", "seller_gstin", "buyer_gstin", "invoice_date", "due_date",
       "taxable_inr", "cgst_inr", "sgst_inr", "igst_inr", "total_inr"]]"""
    ),
    md(
        en="""Each row is one bill. `taxable_inr` is the value of the goods; GST comes on top. The first two
characters of a GSTIN are the state code: when the seller and the buyer are in the same state, the tax is
split equally into CGST (for the centre) and SGST (for the state); when they are in different states, it is
all IGST. Check which case each bill is. Did the distributors pay on time? The `payments` table records
each payment against its invoice: compare `paid_date` with the `due_date` above.""",
        hi="""हर पंक्ति एक बिल है। `taxable_inr` माल का कर योग्य मूल्य (taxable value) है; जीएसटी इसके ऊपर से जुड़ता है। GSTIN के पहले दो वर्ण राज्य कोड
(state code) होते हैं: जब
बेचने वाला और ख़रीदने वाला एक ही राज्य में हों, तो कर बराबर-बराबर CGST (केंद्र के लिए) और SGST (राज्य के लिए) में बँटता है;
जब वे अलग-अलग राज्यों में हों, तो पूरा कर IGST होता है। देखिए कि हर बिल पर इनमें से कौन-सी स्थिति लागू होती है। क्या वितरकों ने समय पर भुगतान किया?
`payments` तालिका हर भुगतान को उसके बिल के सामने दर्ज करती है: `paid_date` को ऊपर की `due_date` से मिलाइए।""",
        bn="""প্রতিটি সারি একটি বিল। `taxable_inr` হলো মালের করযোগ্য মূল্য (taxable value); জিএসটি বসে তার ওপরে। GSTIN-এর
প্রথম দুটি অক্ষর হলো রাজ্য কোড: বিক্রয়কারী আর ক্রেতা একই রাজ্যে থাকলে কর সমান দুই ভাগে ভাগ হয়, CGST (কেন্দ্রের ভাগ) আর
SGST (রাজ্যের ভাগ); আলাদা রাজ্যে থাকলে পুরো করটাই IGST। প্রতিটি বিল কোন ধরনের, মিলিয়ে দেখুন। পরিবেশকেরা কি সময়মতো টাকা
মিটিয়েছে? `payments` সারণিতে প্রতিটি পেমেন্ট তার বিলের সঙ্গে জুড়ে লেখা থাকে: `paid_date`-কে ওপরের `due_date`-এর সঙ্গে
মিলিয়ে দেখুন।""",
    ),
    code("""world.payments[world.payments["invoice_id"].isin(bills["invoice_id"])]"""),
    md(
        en="""## 10. CRM and BRM side by side

`relkit.compare_crm_brm(world)` works out the table of section 2 from the data: the customer side in one
column, the partner side in the other.""",
        hi="""## 10. सीआरएम और बीआरएम आमने-सामने

`relkit.compare_crm_brm(world)` भाग 2 वाली तालिका आँकड़ों से निकालता है: एक कॉलम में ग्राहकों का पक्ष, दूसरे में
भागीदारों का।""",
        bn="""## 10. সিআরএম আর বিআরএম পাশাপাশি

`relkit.compare_crm_brm(world)` অংশ 2-এর সারণিটি তথ্য থেকে হিসাব করে বের করে: এক কলামে গ্রাহকের দিক, অন্যটিতে
অংশীদারের দিক।""",
    ),
    code("relkit.compare_crm_brm(world)"),
    md(
        en="""Check section 2 against these numbers. The partner column counts business in both directions: the
purchase orders the shop places with the partners it buys from, and the invoices it sends to the partners
who buy from it. There are many customers and few partners. A partner relationship is worth many times a
customer relationship. A typical customer buys less than once a year; a partner does business with the
shop far more often. The row on problems puts complaints from customers (tickets) beside
disputes with partners. The two kinds of relationship need different care: CRM works with large
numbers of people and with averages, while BRM looks at each partner one by one.""",
        hi="""भाग 2 की तालिका को इन संख्याओं से मिलाइए। भागीदारों वाला कॉलम दोनों दिशाओं का कारोबार गिनता है: दुकान जिन भागीदारों से
ख़रीदती है उन्हें दिए गए क्रय आदेश, और जो भागीदार दुकान से ख़रीदते हैं उन्हें भेजे गए बिल। ग्राहक बहुत हैं, भागीदार कम। एक
भागीदार संबंध का मूल्य एक ग्राहक संबंध से कई गुना है। एक आम ग्राहक साल में एक बार से भी कम ख़रीदता है; भागीदार दुकान के
साथ कहीं ज़्यादा बार लेन-देन करता है।
समस्याओं वाली पंक्ति ग्राहकों की शिकायतों (टिकट) को भागीदारों के साथ हुए विवादों के सामने रखती है। दोनों तरह के
संबंधों को अलग-अलग देखभाल चाहिए: सीआरएम बड़ी संख्या में लोगों और औसतों के साथ काम करता है, जबकि बीआरएम हर भागीदार
को अलग-अलग परखता है।""",
        bn="""অংশ 2-এর সারণিটি এই সংখ্যাগুলির সঙ্গে মিলিয়ে নিন। অংশীদারের কলামে দুই দিকের কারবারই গোনা হয়েছে: দোকান যে
অংশীদারদের কাছ থেকে কেনে, তাদের কাছে পাঠানো ক্রয় আদেশ, আর যে অংশীদারেরা দোকান থেকে কেনে, তাদের কাছে পাঠানো বিল।
গ্রাহক অনেক, অংশীদার কম। একটি অংশীদার-সম্পর্কের মূল্য একটি গ্রাহক-সম্পর্কের বহু গুণ। একজন সাধারণ গ্রাহক গড়ে বছরে একবারও
কেনেন না; অংশীদার দোকানের সঙ্গে তার চেয়ে অনেক ঘন ঘন লেনদেন করে।
সমস্যার সারিটি গ্রাহকদের অভিযোগ (টিকিট) আর অংশীদারদের সঙ্গে বিরোধ পাশাপাশি রাখে। দুই ধরনের সম্পর্কের যত্ন আলাদা:
সিআরএম কাজ করে বিপুল সংখ্যক মানুষ আর গড় নিয়ে, আর বিআরএম প্রতিটি অংশীদারকে আলাদা করে দেখে।""",
    ),
    md(
        en="""## Summary

- **Relationship management** is continuous contact with customers and partners for the benefit of both
  sides, not a string of one-off sales.
- **B2C:** many small relationships with people, looked after by **CRM**: data and sales analysis,
  marketing, and post-sales support. Keeping a customer costs less than winning a new one. CRM comes in
  three kinds: operational, analytical and collaborative.
- **B2B:** few large relationships with firms, looked after by **BRM**: trust, rules and expectations,
  boundaries, dispute resolution, contract negotiation and cross-selling.
- `relkit.load_world()` gives the company's tables. One row of `customers` is a person, of `orders` a
  purchase, of `partners` a firm, of `purchase_orders` an order placed with a partner, and of `invoices` a bill to a
  partner who buys from the shop.

The cell below shows the glossary entries for this lesson's main terms; the whole list is in the
[glossary](glossary.md). Next: lesson 04, retention versus acquisition.""",
        hi="""## सारांश

- **संबंध प्रबंधन** ग्राहकों और भागीदारों से लगातार जुड़े रहना है, ताकि दोनों पक्षों का भला हो; यह एक-एक बार की
  बिक्री का सिलसिला नहीं है।
- **B2C:** लोगों के साथ बहुत सारे छोटे संबंध, जिनकी देखभाल **सीआरएम** करता है: आँकड़ों और बिक्री का विश्लेषण,
  विपणन, और बिक्री के बाद की सेवा। पुराने ग्राहक को बनाए रखना नया ग्राहक जोड़ने से सस्ता है। सीआरएम तीन प्रकार का
  होता है: परिचालन, विश्लेषणात्मक और सहयोगात्मक।
- **B2B:** फ़र्मों के साथ गिने-चुने बड़े संबंध, जिनकी देखभाल **बीआरएम** करता है: भरोसा, नियम और अपेक्षाएँ, सीमाएँ,
  विवाद समाधान, अनुबंध पर बातचीत और क्रॉस-सेलिंग।
- `relkit.load_world()` कंपनी की तालिकाएँ देता है। `customers` की एक पंक्ति एक व्यक्ति है, `orders` की एक ख़रीद,
  `partners` की एक फ़र्म, `purchase_orders` की किसी भागीदार को दिया गया एक आदेश, और `invoices` की दुकान से
  ख़रीदने वाले किसी भागीदार को भेजा गया एक बिल।

नीचे का सेल इस पाठ के मुख्य शब्दों की शब्दावली दिखाता है; पूरी सूची [शब्दावली (glossary)](glossary.md) में है।
अगला पाठ: 04, ग्राहक बनाए रखना बनाम नए ग्राहक जोड़ना।""",
        bn="""## সারসংক্ষেপ

- **সম্পর্ক ব্যবস্থাপনা** মানে গ্রাহক আর অংশীদারের সঙ্গে একটানা যোগাযোগ, যাতে দুই পক্ষেরই লাভ হয়; এটা একের পর
  এক আলাদা বিক্রি নয়।
- **B2C:** মানুষের সঙ্গে অনেকগুলি ছোট সম্পর্ক, যার দেখভাল করে **সিআরএম**: তথ্য ও বিক্রয় বিশ্লেষণ, বিপণন আর
  বিক্রয়োত্তর পরিষেবা। পুরোনো গ্রাহক ধরে রাখা নতুন গ্রাহক আনার চেয়ে সস্তা। সিআরএম তিন ধরনের: পরিচালনাগত,
  বিশ্লেষণধর্মী ও সহযোগিতামূলক।
- **B2B:** প্রতিষ্ঠানের সঙ্গে হাতে-গোনা বড় সম্পর্ক, যার দেখভাল করে **বিআরএম**: আস্থা, নিয়ম ও প্রত্যাশা, সীমারেখা,
  বিরোধ নিষ্পত্তি, চুক্তি নিয়ে আলোচনা আর ক্রস-সেলিং।
- `relkit.load_world()` কোম্পানির সারণিগুলি দেয়। `customers`-এর এক সারি একজন মানুষ, `orders`-এর একটি কেনাকাটা,
  `partners`-এর একটি প্রতিষ্ঠান, `purchase_orders`-এর কোনো অংশীদারকে দেওয়া একটি আদেশ, আর `invoices`-এর এমন
  কোনো অংশীদারকে পাঠানো একটি বিল, যে দোকান থেকে কেনে।

নিচের সেলে এই পাঠের মূল শব্দগুলির পরিভাষা দেখা যাবে; পুরো তালিকা আছে [পরিভাষা (glossary)](glossary.md)-এ।
পরের পাঠ: 04, গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা।""",
    ),
    code(
        """terms = ["relationship_management", "b2c", "b2b", "crm", "brm",
         "operational_crm", "analytical_crm", "collaborative_crm"]
relkit.glossary(relkit.get_language()).loc[terms]"""
    ),
]
