"""Lesson 04: retention versus acquisition. Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py."""

CELLS = [
    md(
        en="""# 04 · Retention versus acquisition

What is a customer worth, what does it cost to win one, and is keeping a customer really cheaper? Measured
in one Indian online shop's own data.

**Questions this lesson answers**

- When a shop's monthly churn is 98 %, has it lost 98 % of its customers?
- What is a customer from each acquisition channel worth, and does it cover what winning them cost?
- Is keeping a customer cheaper than winning one, and how can a shop measure that honestly?

**After this lesson you can**

1. compute the monthly churn and the share of customers gone for good, and explain why they differ;
2. read a quarterly cohort table, and test whether a gap between two groups is larger than chance;
3. compute each acquisition channel's CAC, a two-year CLV from the orders, the LTV:CAC ratio and the
   payback period;
4. measure the cost per customer retained against a control group, and compare it with CAC;
5. advise a shop where its marketing money does more good, and say what the data cannot tell.

**Prerequisites:** lessons 00 and 01 (running a notebook, the world's tables). In pandas: choosing rows
with a condition, `groupby` with `mean`, `sum` and `size`, `merge` and `isin`. Solving a simple equation.

**Time:** about 100 minutes: 60 reading, 40 exercises and quiz. Five exercises are checked by `relkit.check`.
Unfamiliar words are in the [glossary](glossary.md).

**The case.** Moumita Sen runs this online shop from its head office in Kolkata. The largest share of her
advertising money goes to paid social ads on Instagram and Facebook, which bring in many new customers. A friend who
runs an online shop in Pune tells her: "Stop the ads and send WhatsApp offers to the customers you already
have. Everyone knows that keeping a customer is five to twenty-five times cheaper than winning one." Is he
right about her shop? By the end of the lesson you will have measured what she needs to know, and you will
advise her.""",
        hi="""# 04 · ग्राहक बनाए रखना बनाम नए ग्राहक जोड़ना

एक ग्राहक का मूल्य कितना है, नया ग्राहक जोड़ने में कितना ख़र्च होता है, और क्या पुराने ग्राहक को बनाए रखना सचमुच सस्ता है? यह
सब एक भारतीय ऑनलाइन दुकान के अपने आँकड़ों से मापा गया है।

**यह पाठ इन सवालों के जवाब देता है**

- जिस दुकान की मासिक ग्राहक छोड़ने की दर (churn) 98% हो, क्या उसने अपने 98% ग्राहक खो दिए हैं?
- ग्राहक अधिग्रहण के हर चैनल से आए एक ग्राहक का मूल्य कितना है, और क्या उससे उसे जोड़ने की लागत वसूल हो जाती है?
- क्या ग्राहक बनाए रखना नया ग्राहक जोड़ने से सस्ता है, और दुकान इसे सही-सही कैसे माप सकती है?

**इस पाठ के बाद आप**

1. मासिक ग्राहक छोड़ने की दर और हमेशा के लिए जा चुके ग्राहकों का हिस्सा निकाल सकेंगे, और बता सकेंगे कि दोनों अलग क्यों हैं;
2. तिमाही-वार कोहोर्ट तालिका पढ़ सकेंगे, और परख सकेंगे कि दो समूहों का अंतर संयोग से बन सकने वाले अंतर से बड़ा है या नहीं;
3. हर चैनल की ग्राहक अधिग्रहण लागत (CAC), ऑर्डरों से दो साल का ग्राहक आजीवन मूल्य (CLV), LTV:CAC अनुपात और
   लागत वसूली की अवधि निकाल सकेंगे;
4. बनाए रखे गए प्रति ग्राहक की लागत नियंत्रण समूह से तुलना करके माप सकेंगे, और उसे CAC के सामने रख सकेंगे;
5. दुकान को सलाह दे सकेंगे कि उसका मार्केटिंग का पैसा कहाँ ज़्यादा काम आएगा, और बता सकेंगे कि आँकड़े क्या नहीं बता सकते।

**पहले से क्या आना चाहिए:** पाठ 00 और 01 (नोटबुक चलाना, relkit की दुनिया की तालिकाएँ)। pandas में: किसी शर्त के आधार पर पंक्तियाँ चुनना,
`mean`, `sum` और `size` के साथ `groupby`, `merge` और `isin`। एक सरल समीकरण हल करना।

**समय:** लगभग 100 मिनट: 60 पढ़ने में, 40 अभ्यास और प्रश्नोत्तरी में। पाँच अभ्यासों की जाँच `relkit.check` करता है।
अनजान शब्दों के अर्थ [शब्दावली (glossary)](glossary.md) में देखिए।

**व्यावसायिक प्रसंग।** मौमिता सेन कोलकाता स्थित मुख्य कार्यालय से यह ऑनलाइन दुकान चलाती हैं। उनके विज्ञापन बजट का सबसे बड़ा हिस्सा इंस्टाग्राम और
फ़ेसबुक पर सोशल मीडिया विज्ञापनों (paid social ads) में जाता है, जिनसे बहुत-से नए ग्राहक आते हैं। पुणे में ऑनलाइन दुकान चलाने वाले
उनके एक मित्र कहते हैं: "विज्ञापन बंद कीजिए और जो ग्राहक आपके पास पहले से हैं, उन्हें व्हाट्सऐप पर ऑफ़र भेजिए। सब जानते हैं कि
ग्राहक को बनाए रखना नया ग्राहक जोड़ने से पाँच से पच्चीस गुना सस्ता है।" क्या उनकी दुकान के लिए यह बात सही है? पाठ के अंत
तक आप वह सब माप चुके होंगे जो मौमिता के लिए जानना ज़रूरी है, और फिर उन्हें सलाह देंगे।""",
        bn="""# 04 · গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা

একজন গ্রাহকের মূল্য কত, নতুন গ্রাহক আনতে কত খরচ হয়, আর পুরোনো গ্রাহক ধরে রাখা কি সত্যিই সস্তা? সবই মাপা হয়েছে একটি
ভারতীয় অনলাইন দোকানের নিজের তথ্য থেকে।

**এই পাঠ যে প্রশ্নগুলির উত্তর দেয়**

- যে দোকানের মাসিক গ্রাহক হারানোর হার 98%, সেই দোকান কি তার 98% গ্রাহকই হারিয়েছে?
- গ্রাহক সংগ্রহের প্রতিটি চ্যানেল থেকে আসা একজন গ্রাহকের মূল্য কত, আর সেই মূল্যে কি তাঁকে আনার খরচ উঠে আসে?
- গ্রাহক ধরে রাখা কি নতুন গ্রাহক আনার চেয়ে সস্তা, আর দোকান কীভাবে নিজেকে না ঠকিয়ে তা মাপতে পারে?

**এই পাঠের পরে আপনি পারবেন**

1. মাসিক গ্রাহক হারানোর হার আর চিরতরে চলে যাওয়া গ্রাহকদের অনুপাত হিসাব করতে, আর দুটি কেন আলাদা, তা বুঝিয়ে বলতে;
2. ত্রৈমাসিক কোহর্ট সারণি পড়তে, আর দুটি দলের তফাত শুধু দৈবক্রমে যতটা হতে পারে, তার চেয়ে বড় কি না, তা যাচাই করতে;
3. প্রতিটি চ্যানেলের গ্রাহক সংগ্রহের খরচ (CAC), অর্ডারের তথ্য থেকে দুই বছরের হিসাবে গ্রাহকের আজীবন মূল্য (CLV), LTV:CAC
   অনুপাত আর খরচ উসুলের সময় হিসাব করতে;
4. ধরে রাখা প্রতিটি গ্রাহকের খরচ নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে মিলিয়ে মাপতে, আর সেই খরচ CAC-এর সঙ্গে তুলনা করতে;
5. দোকানের বিপণনের টাকা কোথায় বেশি কাজে লাগবে, সে বিষয়ে পরামর্শ দিতে, আর তথ্য থেকে কী জানা যায় না, তা বলতে।

**আগে যা জানা দরকার:** পাঠ 00 আর 01 (নোটবুক চালানো, এই জগতের সারণিগুলি)। pandas-এ: শর্ত দিয়ে সারি বাছা, `mean`, `sum`
আর `size` সহ `groupby`, `merge` আর `isin`। একটি সরল সমীকরণ সমাধান করা।

**সময়:** প্রায় 100 মিনিট: পড়তে 60 মিনিট, অনুশীলন আর কুইজে 40 মিনিট। পাঁচটি অনুশীলনের উত্তর যাচাই করে `relkit.check`।
অচেনা শব্দের মানে [পরিভাষা (glossary)](glossary.md)-এ দেখুন।

**প্রেক্ষাপট।** মৌমিতা সেন কলকাতার প্রধান কার্যালয় থেকে এই অনলাইন দোকানটি চালান। তাঁর বিজ্ঞাপনের টাকার সবচেয়ে বড় অংশ যায় ইনস্টাগ্রাম
আর ফেসবুকে টাকা দিয়ে দেওয়া সোশ্যাল মিডিয়া বিজ্ঞাপনে (paid social ads), যা থেকে অনেক নতুন গ্রাহক আসেন। পুনেতে অনলাইন দোকান চালান এমন এক বন্ধু
তাঁকে বলেন: "বিজ্ঞাপন বন্ধ করুন, আর যে গ্রাহকেরা আগে থেকেই আছেন, তাঁদের হোয়াটসঅ্যাপে অফার পাঠান। সবাই জানে, গ্রাহক ধরে
রাখা নতুন গ্রাহক আনার চেয়ে পাঁচ থেকে পঁচিশ গুণ সস্তা।" মৌমিতার দোকানের বেলায় কি বন্ধুর কথাটা খাটে? পাঠের শেষে মৌমিতার যা জানা দরকার,
তা আপনি মেপে ফেলবেন, আর তাঁকে পরামর্শ দেবেন।""",
    ),
    md(
        en="""## 1. Load relkit and the shop's data

The first cell chooses the language and loads the simulated world: the customers, orders and campaigns of
the shop over 2023 and 2024. Its first line, `%matplotlib inline`, tells Jupyter to draw every chart inside
the notebook. Run the cells from top to bottom with **Shift + Enter**.""",
        hi="""## 1. relkit और दुकान के आँकड़े लोड कीजिए

पहला सेल भाषा चुनता है और सिम्युलेटेड (कृत्रिम) दुनिया लोड करता है: 2023 और 2024 में दुकान के ग्राहक, ऑर्डर और अभियान (campaign)।
उसकी पहली पंक्ति, `%matplotlib inline`, Jupyter से कहती है कि हर ग्राफ़ नोटबुक के अंदर ही बने। सेल ऊपर से नीचे क्रम से
**Shift + Enter** दबाकर चलाइए।""",
        bn="""## 1. relkit আর দোকানের তথ্য লোড করুন

প্রথম সেলটি ভাষা বেছে নেয় আর সিমুলেটেড জগৎটি লোড করে: 2023 আর 2024 সালে দোকানের গ্রাহক, অর্ডার আর প্রচারাভিযান
(campaign)। এর প্রথম লাইন, `%matplotlib inline`, Jupyter-কে বলে প্রতিটি লেখচিত্র নোটবুকের ভেতরেই আঁকতে। সেলগুলি ওপর
থেকে নিচে পরপর **Shift + Enter** চেপে চালান।""",
    ),
    code(
        """%matplotlib inline
import numpy as np
import pandas as pd

import relkit

relkit.set_language("{LANG}")
world = relkit.load_world()
world.orders.head(3)"""
    ),
    md(
        en="""## 2. Two meanings of churn

People use the word "churn" for two different things.

1. **Did not buy this month.** Take the customers who bought in May. **Retention** for June is the share of
   them who bought again in June; **monthly churn** is the share who did not, so `churn = 1 − retention`.
   Customers who first bought in June do not count: only a customer you already had can be kept or lost.
   `relkit.churn_rate` computes it from the orders and the first and last day of the month.
2. **Gone for good.** The customer has stopped being a customer. Nobody announces this to a shop, so the
   shop uses a rule. A common one, used here: on a given day, a customer is **gone for good** when they
   have not ordered in the 12 months up to that day. Only customers who had ordered before those 12 months
   began are counted.

By hand, with small numbers: 10 customers had ordered by 31 December 2023, and 3 of them ordered again in
2024. Then 7 of the 10 are gone for good on 31 December 2024: `7 ÷ 10 = 70 %`. The cell computes both
meanings from the data.""",
        hi="""## 2. ग्राहक छोड़ने के दो अर्थ

"ग्राहक छोड़ने की दर (churn)" शब्द दो अलग-अलग अर्थों में इस्तेमाल होता है।

1. **इस महीने नहीं ख़रीदा।** उन ग्राहकों को लीजिए जिन्होंने मई में ख़रीदारी की। जून का **प्रतिधारण (retention)** उनमें से उन ग्राहकों
   का हिस्सा है जिन्होंने जून में फिर ख़रीदारी की; **मासिक ग्राहक छोड़ने की दर** उनका हिस्सा है जिन्होंने जून में कुछ नहीं ख़रीदा, इसलिए
   `churn = 1 − retention`। जून में पहली बार ख़रीदने वाले ग्राहक इसमें नहीं गिने जाते: बचाया या खोया तो वही ग्राहक जा सकता है
   जो पहले से आपका था। `relkit.churn_rate` ऑर्डरों और महीने के पहले व आख़िरी दिन से इसे निकालता है।
2. **हमेशा के लिए चला गया।** ग्राहक अब ग्राहक नहीं रहा। कोई ग्राहक दुकान को बताकर नहीं जाता, इसलिए दुकान एक नियम अपनाती है।
   एक आम नियम, जो यहाँ भी लिया गया है: किसी दिन वह ग्राहक **हमेशा के लिए चला गया** माना जाता है, जिसने उस दिन तक के 12
   महीनों में एक भी ऑर्डर नहीं दिया। गिने सिर्फ़ वे ग्राहक जाते हैं जो इन 12 महीनों के शुरू होने से पहले ऑर्डर दे चुके थे।

छोटी संख्याओं से हाथ से हिसाब: 31 दिसंबर 2023 तक 10 ग्राहक ऑर्डर दे चुके थे, और उनमें से 3 ने 2024 में फिर ऑर्डर दिया।
तो 31 दिसंबर 2024 को 10 में से 7 ग्राहक हमेशा के लिए जा चुके हैं: `7 ÷ 10 = 70%`। नीचे का सेल आँकड़ों से दोनों अर्थ
निकालता है।""",
        bn="""## 2. গ্রাহক হারানোর দুটি অর্থ

"গ্রাহক হারানোর হার (churn)" কথাটি দুটি আলাদা অর্থে ব্যবহৃত হয়।

1. **এই মাসে কেনেননি।** যে গ্রাহকেরা মে মাসে কিনেছেন, তাঁদের কথা ভাবুন। জুন মাসের **ধরে রাখার হার (retention)** হলো
   তাঁদের মধ্যে যাঁরা জুনে আবার কিনেছেন, তাঁদের অনুপাত; **মাসিক গ্রাহক হারানোর হার** হলো যাঁরা কেনেননি, তাঁদের অনুপাত,
   তাই `churn = 1 − retention`। জুনে প্রথমবার কেনা গ্রাহকদের এই হিসাবে ধরা হয় না: ধরে রাখা বা হারানো যায় কেবল সেই
   গ্রাহককে, যিনি আগে থেকেই আপনার গ্রাহক। `relkit.churn_rate` অর্ডারের তথ্য আর মাসের প্রথম ও শেষ দিনের তারিখ নিয়ে এটি
   হিসাব করে।
2. **চিরতরে চলে গেছেন।** অর্থাৎ মানুষটি আর দোকানের গ্রাহকই নন। কেউ দোকানকে জানিয়ে চলে যান না, তাই দোকানকে একটি নিয়ম ঠিক করে নিতে
   হয়। একটি প্রচলিত নিয়ম, যা এখানেও মানা হয়েছে: কোনো নির্দিষ্ট দিনে সেই গ্রাহককে **চিরতরে চলে যাওয়া** গ্রাহক ধরা হয়, যিনি
   ওই দিন পর্যন্ত শেষ 12 মাসে একটিও অর্ডার দেননি। গোনা হয় শুধু তাঁদের, যাঁরা ওই 12 মাস শুরু হওয়ার আগেই অর্ডার দিয়েছিলেন।

ছোট সংখ্যা দিয়ে হাতে কষে দেখা যাক: 31 ডিসেম্বর 2023-এর মধ্যে 10 জন গ্রাহক অর্ডার দিয়েছিলেন, আর তাঁদের মধ্যে 3 জন 2024-এ
আবার অর্ডার দিয়েছেন। তাহলে 31 ডিসেম্বর 2024-এ 10 জনের মধ্যে 7 জন চিরতরে চলে গেছেন: `7 ÷ 10 = 70%`। নিচের সেলটি তথ্য
থেকে দুই অর্থেই হারটি হিসাব করে।""",
    ),
    code(
        """churn_june = relkit.churn_rate(world.orders, period_start="2024-06-01", period_end="2024-06-30")
print("monthly churn, June 2024 =", relkit.format_percent(churn_june))

start = pd.Timestamp("2023-12-31")  # the 12 months run from the day after this one ...
end = pd.Timestamp("2024-12-31")  # ... to this one, the last day of the data
first_order = world.orders.groupby("customer_id")["order_date"].min()
base = first_order[first_order <= start].index  # customers who had ordered before the 12 months
recent = world.orders[(world.orders["order_date"] > start) & (world.orders["order_date"] <= end)]
gone = 1 - base.isin(recent["customer_id"]).mean()
print("customers in the base    =", len(base))
print("gone for good, 31 Dec 24 =", relkit.format_percent(gone))"""
    ),
    md(
        en="""Read the two figures together. In June 2024, 98.0 % of May's buyers did not buy: the monthly churn.
Yet of the 990 customers who had ordered by the end of 2023, 76.2 % are gone for good a year later, and the
other 23.8 % ordered again in 2024. So the monthly churn of a shop is **not** the share of customers lost.
In a shop where people buy a few times a year at most, nearly every customer skips nearly every month; a
month without an order is normal. Monthly churn tells you how seldom people buy as much as whether they
stay. Choose the period to fit how often your customers buy: a month for a grocery app, a quarter or a year
for a shop like this one.

### Compounding belongs to the second meaning

In a subscription business (a mobile plan, a tiffin service, a newspaper) a customer who stops paying has
left, so the two meanings are one. There a steady monthly churn `c` adds up: after one month `1 − c` of
the customers are left, after two `(1 − c) × (1 − c)`, after `n` months `(1 − c)ⁿ`. By hand for 5 % a
month over a year: `0.95¹² ≈ 0.54`, so of 1,000 subscribers about 540 are left, although each month looked
harmless. The cell does the same for 2 %, 5 % and 10 %.""",
        hi="""दोनों आँकड़े साथ-साथ पढ़िए। जून 2024 में मई के 98.0% ख़रीदारों ने कुछ नहीं ख़रीदा: यह मासिक ग्राहक छोड़ने की दर है।
फिर भी 2023 के अंत तक ऑर्डर दे चुके 990 ग्राहकों में से एक साल बाद 76.2% हमेशा के लिए जा चुके हैं, और बाक़ी 23.8% ने 2024
में फिर ऑर्डर दिया। यानी किसी दुकान की मासिक ग्राहक छोड़ने की दर खोए हुए ग्राहकों का हिस्सा **नहीं** है। जिस दुकान से लोग साल में
ज़्यादा से ज़्यादा कुछ ही बार ख़रीदते हैं, वहाँ लगभग हर ग्राहक लगभग हर महीने कुछ नहीं ख़रीदता; बिना ऑर्डर का महीना आम बात है।
मासिक दर जितना यह बताती है कि ग्राहक टिके या नहीं, उतना ही यह भी कि वे कितनी कम बार ख़रीदते हैं। अवधि इस हिसाब से चुनिए कि आपके
ग्राहक कितनी जल्दी-जल्दी ख़रीदते हैं: किराने के ऐप के लिए महीना, इस तरह की दुकान के लिए तिमाही या साल।

### चक्रवृद्धि का हिसाब दूसरे अर्थ पर ही लागू होता है

सदस्यता वाले व्यवसाय में (मोबाइल प्लान, टिफ़िन सेवा, अख़बार) जो ग्राहक पैसे देना बंद करता है, वह जा चुका है, इसलिए वहाँ दोनों
अर्थ एक हो जाते हैं। वहाँ हर महीने की एक-सी दर `c` का असर जमा होता जाता है: एक महीने बाद ग्राहकों का `1 − c` हिस्सा बचता है, दो महीने बाद
`(1 − c) × (1 − c)`, और `n` महीने बाद `(1 − c)ⁿ`। 5% मासिक दर पर एक साल का हिसाब हाथ से: `0.95¹² ≈ 0.54`, यानी 1,000
ग्राहकों में से लगभग 540 बचते हैं, जबकि हर महीने का नुक़सान अपने-आप में मामूली लग रहा था। नीचे का सेल यही हिसाब 2%, 5% और 10% के
लिए करता है।""",
        bn="""দুটি সংখ্যা একসঙ্গে পড়ুন। জুন 2024-এ মে মাসের 98.0% ক্রেতা কিছু কেনেননি: এটা মাসিক গ্রাহক হারানোর হার। অথচ 2023 সালের
শেষ পর্যন্ত অর্ডার দেওয়া 990 জন গ্রাহকের মধ্যে এক বছর পরে 76.2% চিরতরে চলে গেছেন, আর বাকি 23.8% 2024-এ আবার অর্ডার
দিয়েছেন। অর্থাৎ দোকানের মাসিক গ্রাহক হারানোর হার আর দোকানের হারিয়ে যাওয়া গ্রাহকের অনুপাত এক **নয়**। যে দোকান থেকে
ক্রেতারা বছরে বড়জোর কয়েকবার কেনেন, সেখানে প্রায় সব গ্রাহকই বেশিরভাগ মাসে কিছু কেনেন না; কোনো মাসে অর্ডার না দেওয়াটাই
স্বাভাবিক। মাসিক হার শুধু গ্রাহক থেকে গেলেন কি না তা জানায় না; তাঁরা কত কম কেনেন, সেটাও সমানভাবে জানায়। গ্রাহকেরা কত
ঘনঘন কেনেন, সেই অনুযায়ী সময়কাল বাছুন: মুদিখানার অ্যাপের জন্য মাস, এই ধরনের দোকানের জন্য ত্রৈমাসিক বা বছর।

### চক্রবৃদ্ধির হিসাব খাটে শুধু দ্বিতীয় অর্থে

সাবস্ক্রিপশনের ব্যবসায় (মোবাইল প্ল্যান, টিফিন পরিষেবা, খবরের কাগজ) যে গ্রাহক টাকা দেওয়া বন্ধ করেন, তিনি চলেই
গেছেন, তাই সেখানে দুটি অর্থ এক। সেখানে প্রতি মাসের একই হার `c` চক্রবৃদ্ধির মতো জমতে থাকে: এক মাস পরে গ্রাহকদের `1 − c` অংশ থাকেন, দুই মাস পরে
`(1 − c) × (1 − c)`, আর `n` মাস পরে `(1 − c)ⁿ`। মাসে 5% হারে এক বছরের হিসাব হাতে কষে: `0.95¹² ≈ 0.54`, অর্থাৎ 1,000 জন
গ্রাহকের মধ্যে থাকেন প্রায় 540 জন, অথচ আলাদা করে প্রতিটি মাসের ক্ষতি সামান্যই মনে হচ্ছিল। নিচের সেলটি একই হিসাব করে 2%, 5% আর
10%-এর জন্য।""",
    ),
    code(
        """for monthly_churn in [0.02, 0.05, 0.10]:
    left_after_a_year = (1 - monthly_churn) ** 12
    print(relkit.format_percent(monthly_churn), "->", relkit.format_percent(left_after_a_year))"""
    ),
    md(
        en="""At 10 % a month, fewer than a third of the subscribers are left after a year. Do not apply this
arithmetic to the shop's monthly churn of 98 %: it would leave almost nobody after a year, while the data
shows 23.8 % of 2023's customers ordering again in 2024.

### Exercise 04.1 · Gone for good, half a year earlier

On 30 June 2024, what share of the customers who had ordered by 30 June 2023 were gone for good, by the
12-month rule? Store it in `answer` as a share between 0 and 1, and run the cell: `relkit.check` tells you
whether it is right. If it is not right yet, each new try brings a further hint; `relkit.hint("04.1")`
shows the code, and the collapsed cell under each exercise holds a solution: click it to open it.""",
        hi="""10% मासिक दर पर साल भर बाद एक-तिहाई से भी कम ग्राहक बचते हैं। यह हिसाब दुकान की 98% मासिक दर पर मत लगाइए: उससे तो
साल भर बाद लगभग कोई ग्राहक नहीं बचता, जबकि आँकड़े दिखाते हैं कि 2023 के 23.8% ग्राहकों ने 2024 में फिर ऑर्डर दिया।

### अभ्यास 04.1 · हमेशा के लिए जा चुके ग्राहक, छह महीने पहले

30 जून 2024 को, 30 जून 2023 तक ऑर्डर दे चुके ग्राहकों में से कितना हिस्सा 12 महीने के नियम से हमेशा के लिए जा चुका था? इसे
0 और 1 के बीच की संख्या के रूप में `answer` में रखिए और सेल चलाइए: `relkit.check` बताएगा कि उत्तर सही है या नहीं। अगर उत्तर
अभी सही नहीं है, तो हर नई कोशिश पर पहले से ज़्यादा साफ़ संकेत मिलेगा; `relkit.hint("04.1")` कोड दिखाता है, और हर अभ्यास के
नीचे वाले छिपे हुए (collapsed) सेल में एक हल है: उसे खोलने के लिए उस पर क्लिक कीजिए।""",
        bn="""মাসে 10% হারে এক বছর পরে এক-তৃতীয়াংশেরও কম গ্রাহক থাকেন। এই হিসাব দোকানের 98% মাসিক গ্রাহক হারানোর হারে
খাটাবেন না: তাতে এক বছর পরে প্রায় কেউই থাকতেন না, অথচ তথ্য দেখাচ্ছে 2023-এর 23.8% গ্রাহক 2024-এ আবার অর্ডার দিয়েছেন।

### অনুশীলন 04.1 · চিরতরে চলে যাওয়া, ছয় মাস আগে

30 জুন 2023-এর মধ্যে যাঁরা অর্ডার দিয়েছিলেন, 30 জুন 2024 তারিখে 12 মাসের নিয়মে তাঁদের কত অংশ চিরতরে চলে গেছেন?
অনুপাতটি 0 থেকে 1-এর মধ্যে একটি দশমিক সংখ্যা হিসেবে `answer`-এ রাখুন আর সেলটি চালান: `relkit.check` জানিয়ে দেবে উত্তর ঠিক কি না। উত্তর এখনও ঠিক
না হলে প্রতিটি নতুন চেষ্টায় আরও একটু ইঙ্গিত পাবেন; `relkit.hint("04.1")` চালালে কোডটি দেখতে পাবেন, আর প্রতিটি অনুশীলনের
নিচে গুটিয়ে রাখা (collapsed) সেলে একটি সমাধান আছে: সেটি খুলতে তার ওপর ক্লিক করুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("04.1", answer)"""
    ),
    code(
        """first_order = world.orders.groupby("customer_id")["order_date"].min()
base = first_order[first_order <= "2023-06-30"].index
dates = world.orders["order_date"]
recent = world.orders[(dates > "2023-06-30") & (dates <= "2024-06-30")]
answer = 1 - base.isin(recent["customer_id"]).mean()
relkit.check("04.1", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 3. Cohort retention: following groups of customers

A **cohort** is a group of customers who started in the same period, here the same quarter. The cohort
table follows each group over time: the cell in row *cohort* and column *k* is the share of the cohort who
ordered again *k* quarters after their first quarter:

`retention[cohort, k] = customers of the cohort who ordered in quarter k ÷ customers in the cohort`

By hand: a cohort of 200 customers, of whom 18 ordered in the next quarter, has `18 ÷ 200 = 0.09` in
column 1. Column 0 is always 1.0, because everyone ordered in their first quarter.""",
        hi="""## 3. कोहोर्ट प्रतिधारण: ग्राहकों के समूहों पर नज़र

**कोहोर्ट (cohort)** उन ग्राहकों का समूह है जो एक ही अवधि में जुड़े, यहाँ एक ही तिमाही में। कोहोर्ट तालिका समय के साथ हर
समूह पर नज़र रखती है: पंक्ति *कोहोर्ट* और कॉलम *k* वाला खाना बताता है कि उस कोहोर्ट के कितने हिस्से ने अपनी पहली तिमाही के
*k* तिमाही बाद फिर ऑर्डर दिया:

`retention[cohort, k] = कोहोर्ट के वे ग्राहक जिन्होंने तिमाही k में ऑर्डर दिया ÷ कोहोर्ट के कुल ग्राहक`

हाथ से: 200 ग्राहकों के कोहोर्ट में से 18 ने अगली तिमाही में ऑर्डर दिया, तो कॉलम 1 में `18 ÷ 200 = 0.09` आता है। कॉलम 0
हमेशा 1.0 होता है, क्योंकि हर ग्राहक ने अपनी पहली तिमाही में ऑर्डर दिया ही था।""",
        bn="""## 3. কোহর্টভিত্তিক ধরে রাখার হিসাব: গ্রাহকদের এক-একটি দলকে অনুসরণ

**কোহর্ট (cohort)** হলো সেই গ্রাহকদের দল, যাঁরা একই সময়কালে প্রথম কেনাকাটা করেছেন, এখানে একই ত্রৈমাসিকে। কোহর্ট সারণি
প্রতিটি দলকে সময়ের সঙ্গে সঙ্গে অনুসরণ করে: *কোহর্ট* সারি আর *k* কলামের ঘরটি জানায়, প্রথম ত্রৈমাসিকের *k* ত্রৈমাসিক পরে সেই কোহর্টের কত অংশ আবার
অর্ডার দিয়েছেন:

`retention[cohort, k] = কোহর্টের যে গ্রাহকেরা ত্রৈমাসিক k-তে অর্ডার দিয়েছেন ÷ কোহর্টের মোট গ্রাহক`

হাতে কষে: 200 জনের একটি কোহর্টের 18 জন পরের ত্রৈমাসিকে অর্ডার দিলে কলাম 1-এ আসে `18 ÷ 200 = 0.09`। কলাম 0 সবসময়
1.0, কারণ প্রত্যেকেই নিজের প্রথম ত্রৈমাসিকে অর্ডার দিয়েছেন।""",
    ),
    code(
        """cohorts = relkit.cohort_retention(world.orders, period="Q")
cohorts.round(2)"""
    ),
    md(
        en="""The same table as a picture: brighter cells mean more customers came back. The number of
customers in each cohort is written beside its name.""",
        hi="""यही तालिका चित्र के रूप में: जितना चमकीला खाना, उतने ज़्यादा ग्राहक लौटे। हर कोहोर्ट के नाम के पास उसके ग्राहकों की
संख्या लिखी है।""",
        bn="""একই সারণি ছবিতে: ঘর যত উজ্জ্বল, তত বেশি গ্রাহক ফিরে এসেছেন। প্রতিটি কোহর্টের নামের পাশে তার গ্রাহকসংখ্যা লেখা
আছে।""",
    ),
    code("""ax = relkit.plot_cohort_heatmap(cohorts)"""),
    md(
        en="""**Reading a row** tells one cohort's story. In the first row, the customers who joined in the first
quarter of 2023, only 0.03 to 0.15 of them ordered in any later quarter. Most of the loss happens at once,
right after the first purchase. After that the share does not fall away steadily: in the first year after
the first quarter it stays around one in ten, because a few customers come back now and then. Section 5
builds on this shape.

**Reading a column** compares cohorts at the same age. Column 1 runs from 0.05 to 0.12. Is a better cohort a
sign that something the shop changed is working? Be careful: each cohort holds only a few hundred
customers, and when about one in ten comes back, chance alone moves such a share by a few points. The
table is a triangle because newer cohorts have not lived long enough: the customers of late 2024 have no
"four quarters later" yet.

### Exercise 04.2 · The monthly cohort table

Build the cohort table by **month** instead of by quarter (month is what `relkit.cohort_retention` uses
when you do not give `period`) and store the whole table in `answer`.""",
        hi="""**पंक्ति पढ़ने** से एक कोहोर्ट की कहानी मिलती है। पहली पंक्ति 2023 की पहली तिमाही में जुड़े ग्राहकों की है: बाद की
किसी भी तिमाही में उनमें से सिर्फ़ 0.03 से 0.15 हिस्से ने ऑर्डर दिया। ज़्यादातर ग्राहक एक ही झटके में, पहली ख़रीद के ठीक बाद,
चले जाते हैं। उसके बाद यह हिस्सा लगातार नहीं गिरता: पहली तिमाही के बाद के पहले साल में यह दस में से लगभग एक रहता है, क्योंकि
कुछ ग्राहक बीच-बीच में लौट आते हैं। भाग 5 का हिसाब इसी ढाँचे पर टिका है।

**कॉलम पढ़ने** से एक ही उम्र के कोहोर्टों की तुलना होती है। कॉलम 1 में मान 0.05 से 0.12 तक हैं। अगर कोई कोहोर्ट बेहतर है, तो क्या यह इस बात का
संकेत है कि दुकान का कोई बदलाव काम कर रहा है? सावधान रहिए: हर कोहोर्ट में बस कुछ सौ ग्राहक हैं, और जब लगभग दस में से एक
ही लौटता है, तो सिर्फ़ संयोग (chance) से ही ऐसा हिस्सा कुछ प्रतिशत अंक ऊपर-नीचे हो जाता है। तालिका तिकोनी है, क्योंकि नए कोहोर्टों को
अभी उतना समय नहीं मिला: 2024 के आख़िर में जुड़े ग्राहकों के लिए "चार तिमाही बाद" अभी आया ही नहीं।

### अभ्यास 04.2 · महीने-वार कोहोर्ट तालिका

कोहोर्ट तालिका तिमाही की जगह **महीने** के हिसाब से बनाइए (`period` न देने पर `relkit.cohort_retention` महीना ही लेता है) और
पूरी तालिका `answer` में रखिए।""",
        bn="""**সারি ধরে পড়লে** একটি কোহর্টের গল্প পাওয়া যায়। প্রথম সারিতে, অর্থাৎ 2023-এর প্রথম ত্রৈমাসিকে যোগ দেওয়া গ্রাহকদের মধ্যে,
পরের যেকোনো ত্রৈমাসিকে মাত্র 0.03 থেকে 0.15 অংশ অর্ডার দিয়েছেন। গ্রাহক হারানোর বেশিরভাগটা ঘটে একধাক্কায়, প্রথম কেনাকাটার
ঠিক পরে। তারপর অনুপাতটি একটানা কমে না: প্রথম ত্রৈমাসিকের পরের প্রথম বছরে তা মোটামুটি দশজনে একজনের কাছাকাছি থাকে, কারণ
কয়েকজন গ্রাহক মাঝে মাঝে ফিরে আসেন। অংশ 5-এর হিসাব এই ধাঁচের ওপরেই দাঁড়িয়ে আছে।

**কলাম ধরে পড়লে** একই বয়সের কোহর্টগুলির তুলনা হয়। কলাম 1-এ মান 0.05 থেকে 0.12। কোনো কোহর্ট ভালো করলে কি ধরে নেওয়া
যায় যে দোকানের কোনো পরিবর্তন কাজ করছে? সাবধান: প্রতিটি কোহর্টে মাত্র কয়েকশো গ্রাহক, আর যখন মোটামুটি দশজনে একজন ফিরে
আসেন, তখন শুধু দৈবক্রমেই (by chance) এমন অনুপাত কয়েক পয়েন্ট ওঠানামা করে। সারণিটি ত্রিভুজের মতো, কারণ নতুন কোহর্টগুলি
এখনও যথেষ্ট সময় পায়নি: 2024-এর শেষে যোগ দেওয়া গ্রাহকদের "চার ত্রৈমাসিক পরে" এখনও আসেইনি।

### অনুশীলন 04.2 · মাসভিত্তিক কোহর্ট সারণি

কোহর্ট সারণিটি ত্রৈমাসিকের বদলে **মাস** ধরে তৈরি করুন (`period` না দিলে `relkit.cohort_retention` মাস ধরেই হিসাব করে) আর পুরো
সারণিটি `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your table
relkit.check("04.2", answer)"""
    ),
    code(
        """answer = relkit.cohort_retention(world.orders)
relkit.check("04.2", answer)""",
        tags=["solution"],
    ),
    md(
        en="""### Explore the cohorts yourself

`relkit.cohort_explorer` shows the same kind of table for a period you choose (month, quarter or week) and
a measure you choose (the share of the cohort, or the number of customers), with the curve of one cohort.
Change the choices with the mouse or the keyboard.""",
        hi="""### कोहोर्ट ख़ुद जाँचकर देखिए

अवधि (महीना, तिमाही या सप्ताह) और माप (कोहोर्ट का हिस्सा, या ग्राहकों की संख्या) आप चुनिए; `relkit.cohort_explorer`
उनके लिए इसी तरह की तालिका दिखाता है, साथ में किसी एक कोहोर्ट की रेखा भी। विकल्प माउस से या कीबोर्ड से बदलिए।""",
        bn="""### কোহর্টগুলি নিজে ঘেঁটে দেখুন

`relkit.cohort_explorer` আপনার বেছে নেওয়া সময়কাল (মাস, ত্রৈমাসিক বা সপ্তাহ) আর মাপ (কোহর্টের যে অংশ অর্ডার দিয়েছে,
বা অর্ডার দেওয়া গ্রাহকের সংখ্যা) ধরে একই ধরনের সারণি দেখায়, সঙ্গে যেকোনো একটি কোহর্টের রেখাও। বিকল্পগুলি মাউস বা
কি-বোর্ড দিয়ে বদলান।""",
    ),
    code("""relkit.cohort_explorer(world.orders, period="Q")"""),
    md(
        en="""### Festive-season customers: a gap, or chance?

Many Indian shops win a crowd of new customers in the festive season, from Navratri and Durga Puja to
Diwali, when sales and offers draw people in. Do these customers come back as often as the others? The
cell takes everyone who joined in 2023 (so each has had a full year), marks those who joined in that year's
festive season (30 days before Diwali, 12 November 2023, to 3 days after), and compares the share who
ordered again within a year of joining.

Then it asks how large a gap chance alone makes. It shuffles the festive mark at random among the same
customers 1,000 times, so that it means nothing, and counts how often the shuffled gap is at least as
large as the real one. If that happens often, the data cannot tell the real gap from chance.""",
        hi="""### त्योहारी मौसम के ग्राहक: सचमुच का अंतर या संयोग?

बहुत-सी भारतीय दुकानें त्योहारी मौसम में, नवरात्रि और दुर्गा पूजा से दीवाली तक, ढेर सारे नए ग्राहक जोड़ती हैं, जब सेल और ऑफ़र
लोगों को खींच लाते हैं। क्या ये ग्राहक बाक़ी ग्राहकों जितनी बार लौटते हैं? नीचे का सेल 2023 में जुड़े सभी ग्राहकों को लेता है (ताकि हर
एक को पूरा एक साल मिला हो) और उनमें से उस साल के त्योहारी मौसम में जुड़े ग्राहकों पर निशान लगाता है (दीवाली 12 नवंबर 2023 को
थी; मौसम उससे 30 दिन पहले से 3 दिन बाद तक माना गया है)। फिर वह दोनों समूहों में उन ग्राहकों के हिस्से की तुलना करता है
जिन्होंने जुड़ने के एक साल के भीतर फिर ऑर्डर दिया।

इसके बाद वह देखता है कि सिर्फ़ संयोग से कितना बड़ा अंतर बन सकता है। वह त्योहारी निशान को उन्हीं ग्राहकों में 1,000 बार बेतरतीब ढंग से
फेंटता है, ताकि निशान का कोई मतलब न रहे, और गिनता है कि कितनी बार फेंटे हुए निशान से भी कम-से-कम असली जितना बड़ा अंतर बन
जाता है। अगर ऐसा अक्सर होता है, तो आँकड़े असली अंतर और संयोग में फ़र्क़ नहीं कर सकते।""",
        bn="""### উৎসবের মরসুমের গ্রাহক: আসল তফাত, না দৈবক্রম?

অনেক ভারতীয় দোকান উৎসবের মরসুমে, নবরাত্রি আর দুর্গাপুজো থেকে দীপাবলি পর্যন্ত, প্রচুর নতুন গ্রাহক পায়: তখন সেল আর অফার
মানুষকে টেনে আনে। এই গ্রাহকেরা কি অন্যদের মতোই ঘনঘন ফিরে আসেন? নিচের সেলটি 2023-এ যোগ দেওয়া সব গ্রাহককে নেয় (যাতে
প্রত্যেকে পুরো এক বছর সময় পান), আর তাঁদের মধ্যে সেই বছরের উৎসবের মরসুমে যোগ দেওয়া গ্রাহকদের চিহ্নিত করে (দীপাবলি ছিল
12 নভেম্বর 2023; মরসুম ধরা হয়েছে তার 30 দিন আগে থেকে 3 দিন পর পর্যন্ত)। তারপর দুই দলে, যোগ দেওয়ার এক বছরের মধ্যে
যাঁরা আবার অর্ডার দিয়েছেন, তাঁদের অনুপাতের তুলনা করে।

এরপর সেলটি দেখে, শুধু দৈবক্রমেই কত বড় তফাত হতে পারে। উৎসবের চিহ্নটি সেই গ্রাহকদের মধ্যেই 1,000 বার এলোমেলো করে
নতুন করে বিলি করে, যাতে চিহ্নের আর কোনো মানে না থাকে, আর গোনে, এলোমেলো চিহ্নে কতবার আসল তফাতের সমান বা তার চেয়ে বড়
তফাত আসে। তা যদি প্রায়ই ঘটে, তবে এই তথ্য দিয়ে আসল তফাত আর দৈবক্রমের তফাত আলাদা করা যায় না।""",
    ),
    code(
        """diwali = pd.Timestamp("2023-11-12")
joined = world.customers[world.customers["signup_date"].dt.year == 2023].copy()
joined["festive"] = joined["signup_date"].between(diwali - pd.Timedelta(days=30), diwali + pd.Timedelta(days=3))
later = world.orders.merge(joined[["customer_id", "signup_date"]], on="customer_id")
days_after = (later["order_date"] - later["signup_date"]).dt.days
came_back = later.loc[(days_after > 0) & (days_after <= 365), "customer_id"].unique()
joined["ordered_again"] = joined["customer_id"].isin(came_back)
print(joined.groupby("festive")["ordered_again"].agg(["size", "mean"]).round(3))

festive = joined["festive"].to_numpy()
again = joined["ordered_again"].to_numpy()
gap = again[~festive].mean() - again[festive].mean()
rng = np.random.default_rng(1)
shuffled = []
for _ in range(1000):
    label = rng.permutation(festive)  # as many "festive" customers as before, picked at random
    shuffled.append(again[~label].mean() - again[label].mean())
print("gap                                   =", relkit.format_percent(gap))
print("shuffles with a gap at least as large =", relkit.format_percent(np.mean(np.array(shuffled) >= gap)))"""
    ),
    md(
        en="""The festive customers came back less often: 0.269 of the 171 festive customers ordered again within
a year, against 0.298 of the 819 others, a gap of 2.9 points. That fits a known pattern: a sale brings in
bargain hunters, who buy once at the festive price and do not return at ordinary prices. But in 26.6 % of
the shuffles chance alone made a gap at least as large. With 171 festive customers, one season cannot
show the pattern: before the shop spends less on festive advertising, it should see whether the gap
repeats next season. Notice, too, that a quarterly cohort mixes festive and ordinary customers: to test a
cause, group the customers by that cause.""",
        hi="""त्योहारी ग्राहक कम बार लौटे: 171 त्योहारी ग्राहकों में से 0.269 हिस्से ने एक साल के भीतर फिर ऑर्डर दिया, जबकि बाक़ी 819 में से
0.298 ने, यानी 2.9 प्रतिशत अंक का अंतर। यह एक जाने-पहचाने ढर्रे से मेल खाता है: सेल सस्ते सौदे ढूँढ़ने वालों को लाती है, जो त्योहारी दाम
पर एक बार ख़रीदते हैं और आम दाम पर नहीं लौटते। लेकिन 26.6% बार फेंटने पर सिर्फ़ संयोग से भी कम-से-कम इतना बड़ा अंतर बन
गया। 171 त्योहारी ग्राहकों वाला एक मौसम इस ढर्रे को साबित नहीं कर सकता: त्योहारी विज्ञापन पर ख़र्च घटाने से पहले दुकान को देखना
चाहिए कि अगले मौसम में भी यह अंतर फिर दिखता है या नहीं। यह भी देखिए कि तिमाही वाला कोहोर्ट त्योहारी और आम ग्राहकों को मिला देता
है: किसी कारण को परखना हो, तो ग्राहकों को उसी कारण के हिसाब से बाँटिए।""",
        bn="""উৎসবের গ্রাহকেরা তুলনায় কম ফিরে এসেছেন: উৎসবের 171 জন গ্রাহকের 0.269 অংশ এক বছরের মধ্যে আবার অর্ডার দিয়েছেন, সেখানে
অন্য 819 জনের 0.298 অংশ, অর্থাৎ তফাত 2.9 পয়েন্ট। এটা একটা চেনা প্রবণতার সঙ্গে মেলে: সেল টেনে আনে সস্তার খোঁজে থাকা ক্রেতাদের, যাঁরা
উৎসবের ছাড়ের দামে একবার কেনেন আর সাধারণ দামে আর ফেরেন না। কিন্তু এলোমেলো করা চিহ্নের 26.6% ক্ষেত্রে শুধু দৈবক্রমেই
অন্তত ততটা বড় তফাত এসেছে। মাত্র 171 জন উৎসবের গ্রাহক নিয়ে একটি মরসুমের তথ্যে এই প্রবণতা প্রমাণ হয় না: উৎসবের বিজ্ঞাপনে খরচ কমানোর আগে দোকানের
দেখা উচিত পরের মরসুমেও তফাতটা ফিরে আসে কি না। এটাও লক্ষ করুন: ত্রৈমাসিক কোহর্ট উৎসবের আর সাধারণ গ্রাহকদের মিশিয়ে দেয়।
কোনো কারণ যাচাই করতে হলে গ্রাহকদের সেই কারণ ধরেই ভাগ করুন।""",
    ),
    md(
        en="""## 4. What does it cost to win a customer?

The **customer acquisition cost (CAC)** is what the shop spends on advertising (on search engines, social
media and marketplaces) and on referral rewards, divided by the number of customers this brings in:

`CAC = money spent to win customers ÷ customers won`

By hand: ₹90,000 of ads that bring in 60 customers make a CAC of `90,000 ÷ 60 = ₹1,500`. Each row of
`world.customers` records what winning that customer cost and through which channel they came;
`relkit.cac_by_channel` averages these costs per channel, cheapest first.""",
        hi="""## 4. एक नया ग्राहक जोड़ने में कितना ख़र्च होता है?

दुकान विज्ञापन (सर्च इंजन, सोशल मीडिया और मार्केटप्लेस पर) और रेफ़रल इनाम पर जो राशि ख़र्च करती है, उसे इस ख़र्च से मिले नए ग्राहकों
की संख्या से भाग देने पर **ग्राहक अधिग्रहण लागत (Customer Acquisition Cost, CAC)** मिलती है:

`CAC = नए ग्राहक जोड़ने पर ख़र्च हुई राशि ÷ मिले नए ग्राहकों की संख्या`

हाथ से: ₹90,000 के विज्ञापनों से 60 ग्राहक आएँ, तो CAC `90,000 ÷ 60 = ₹1,500` होती है। `world.customers` की हर पंक्ति में दर्ज
है कि उस ग्राहक को जोड़ने में कितना ख़र्च हुआ और वह किस चैनल से आया; `relkit.cac_by_channel` हर चैनल के लिए इन लागतों का
औसत निकालता है, सबसे सस्ता चैनल सबसे ऊपर।""",
        bn="""## 4. একজন নতুন গ্রাহক আনতে কত খরচ হয়?

**গ্রাহক সংগ্রহের খরচ (Customer Acquisition Cost, CAC)** হলো বিজ্ঞাপনে (সার্চ ইঞ্জিন, সোশ্যাল মিডিয়া আর মার্কেটপ্লেসে) আর
রেফারেল পুরস্কারে দোকান যা খরচ করে, তাকে সেই খরচে পাওয়া নতুন গ্রাহকের সংখ্যা দিয়ে ভাগ করলে যা দাঁড়ায়:

`CAC = নতুন গ্রাহক আনতে খরচ হওয়া টাকা ÷ নতুন পাওয়া গ্রাহকের সংখ্যা`

হাতে কষে: ₹90,000-এর বিজ্ঞাপনে 60 জন গ্রাহক এলে CAC হয় `90,000 ÷ 60 = ₹1,500`। `world.customers`-এর প্রতিটি সারিতে লেখা
আছে সেই গ্রাহককে আনতে কত খরচ হয়েছে আর তিনি কোন চ্যানেলের মাধ্যমে এসেছেন; `relkit.cac_by_channel` প্রতিটি চ্যানেলের
জন্য এই খরচের গড় বের করে, সবচেয়ে সস্তা চ্যানেলটি সবার ওপরে।""",
    ),
    code(
        """cac = relkit.cac_by_channel(world.customers)
ax = relkit.plot_bar(cac.reset_index(), x="acquisition_channel", y="cac_inr")
cac.round(0)"""
    ),
    md(
        en="""A customer who comes through a friend's referral costs ₹325 on average; one won through paid social
ads costs ₹1,774, more than five times as much. Paid social also brings the most customers (519, as many
as organic search). A cheap channel is not automatically the best one, though, and a channel that brings
many customers is not automatically a profitable one: what matters is what the customers of each channel
bring back, the next question.""",
        hi="""किसी दोस्त के रेफ़रल से आया ग्राहक औसतन ₹325 में मिलता है; सोशल मीडिया विज्ञापनों (`paid_social`) से आया ग्राहक ₹1,774 का पड़ता है, यानी पाँच
गुने से भी ज़्यादा। सबसे ज़्यादा ग्राहक भी सोशल मीडिया विज्ञापनों से आते हैं (519; ऑर्गेनिक सर्च से भी, यानी सर्च इंजन पर बिना विज्ञापन
वाले नतीजों से, ठीक इतने ही आते हैं)। फिर भी सस्ता चैनल अपने-आप सबसे
अच्छा नहीं हो जाता, और बहुत-से ग्राहक लाने वाला चैनल अपने-आप मुनाफ़े वाला नहीं हो जाता: असली बात यह है कि हर चैनल के ग्राहक
बदले में दुकान को कितना कमाकर देते हैं। यही अगला सवाल है।""",
        bn="""বন্ধুর রেফারেলে আসা একজন গ্রাহক পাওয়া যায় গড়ে ₹325-এ; সোশ্যাল মিডিয়া বিজ্ঞাপনে পাওয়া গ্রাহকের খরচ ₹1,774, অর্থাৎ পাঁচ
গুণেরও বেশি। সবচেয়ে বেশি গ্রাহকও আসেন সোশ্যাল মিডিয়া বিজ্ঞাপন থেকে (519 জন, অর্গানিক সার্চের সমান)। তবে সস্তা চ্যানেল মানেই সবচেয়ে
ভালো চ্যানেল নয়, আর অনেক গ্রাহক আনা চ্যানেল মানেই লাভের চ্যানেল নয়: আসল কথা হলো প্রতিটি চ্যানেলের গ্রাহকেরা বদলে দোকানকে
কত টাকা এনে দেন। সেটাই পরের প্রশ্ন।""",
    ),
    md(
        en="""## 5. What is a customer of each channel worth?

**Customer lifetime value (CLV)** is the margin a customer is expected to bring over the whole
relationship. The textbook formula, `CLV = m × r / (1 + d − r)`, assumes a subscription: `m` is the margin
per month, `r` the chance the customer is *still a customer* next month (the second meaning of churn) and
`d` the monthly discount rate. For an example customer with `m = ₹500`, `r = 0.8`, `d = 0.01`:
`500 × 0.8 / 0.21 ≈ ₹1,904.76`, which `relkit.clv_simple(500, 0.8, 0.01)` also gives. A shop does not
know that chance month by month: as section 2 showed, a month without an order does not mean the customer
has left. So we build the CLV from what the shop does see, the orders and the cohort table.

**Two years of a customer, in quarters.** Every customer orders in their first quarter; in each later
quarter a share `r` of them order again (the cohort table's later columns, which section 3 found roughly
flat). Each quarter in which a customer orders, an **active quarter**, brings the margin `m`. Over 8
quarters:

`CLV = m × (1 + 7 × r)`

By hand: `m = ₹300`, `r = 0.1` gives `300 × (1 + 0.7) = ₹510`. We leave out the discount rate to keep the
arithmetic short; over two years it would lower the value only a little.

**The margin of an active quarter.** `m` = revenue per active quarter × gross margin. The **revenue** of an
order is its amount without the GST, `amount_inr − gst_inr`, because the GST is collected for the
government. The **gross margin** is `margin_inr ÷ revenue`: what is left after the cost of the goods, as a
share of that revenue. A returned order, or one sent back undelivered (RTO), earns nothing, so revenue and
margin count only the orders delivered or on their way, while the active quarters count every order placed.""",
        hi="""## 5. हर चैनल के ग्राहक का मूल्य कितना है?

**ग्राहक आजीवन मूल्य (Customer Lifetime Value, CLV)** वह मार्जिन है जो किसी ग्राहक से पूरे संबंध के दौरान मिलने की उम्मीद है।
पाठ्यपुस्तक का सूत्र, `CLV = m × r / (1 + d − r)`, सदस्यता वाला व्यवसाय मानकर चलता है: `m` हर महीने का मार्जिन है, `r` यह
संभावना कि ग्राहक अगले महीने भी *ग्राहक बना रहेगा* (churn का दूसरा अर्थ), और `d` मासिक बट्टा दर (discount rate)। उदाहरण के लिए,
`m = ₹500`, `r = 0.8`, `d = 0.01` वाले ग्राहक का CLV `500 × 0.8 / 0.21 ≈ ₹1,904.76` है; `relkit.clv_simple(500, 0.8, 0.01)` भी यही देता है। दुकान
को यह संभावना महीने-दर-महीने पता नहीं होती: भाग 2 ने दिखाया कि बिना ऑर्डर के महीने का मतलब यह नहीं कि ग्राहक चला गया। इसलिए
हम CLV का हिसाब उन्हीं चीज़ों से लगाते हैं जो दुकान को दिखती हैं: ऑर्डर और कोहोर्ट तालिका।

**तिमाहियों में ग्राहक के दो साल।** हर ग्राहक अपनी पहली तिमाही में तो ऑर्डर देता ही है; बाद की हर तिमाही में ग्राहकों का `r` हिस्सा
फिर ऑर्डर देता है (यह कोहोर्ट तालिका के बाद वाले कॉलमों से आता है, जो भाग 3 में लगभग एक-से दिखे थे)। जिस तिमाही में ग्राहक ऑर्डर देता है, वह
उसकी **सक्रिय तिमाही (active quarter)** है, और हर सक्रिय तिमाही मार्जिन `m` लाती है। 8 तिमाहियों में:

`CLV = m × (1 + 7 × r)`

हाथ से: `m = ₹300`, `r = 0.1` से `300 × (1 + 0.7) = ₹510` मिलता है। हिसाब छोटा रखने के लिए हम बट्टा दर छोड़ रहे हैं; दो साल
में उससे मूल्य थोड़ा ही घटता।

**सक्रिय तिमाही का मार्जिन।** `m` = प्रति सक्रिय तिमाही आय × सकल मार्जिन (gross margin)। किसी ऑर्डर की **आय (revenue)**
उसकी राशि में से GST घटाने पर मिलती है, `amount_inr − gst_inr`, क्योंकि GST दुकान सरकार के लिए वसूलती है। **सकल मार्जिन**
`margin_inr ÷ आय` है: आय में से माल की लागत निकालने के बाद जो बचता है, वह आय का कितना हिस्सा है। लौटाया गया ऑर्डर, या बिना
डिलीवरी के लौटा ऑर्डर, यानी मूल स्थान पर वापसी (RTO), कुछ नहीं कमाता। इसलिए आय और मार्जिन में सिर्फ़ डिलीवर हो चुके या
रास्ते में चल रहे ऑर्डर गिने जाते हैं, जबकि सक्रिय तिमाहियों की गिनती में दिया गया हर ऑर्डर शामिल है।""",
        bn="""## 5. প্রতিটি চ্যানেলের একজন গ্রাহকের মূল্য কত?

**গ্রাহকের আজীবন মূল্য (Customer Lifetime Value, CLV)** হলো পুরো সম্পর্কের মেয়াদে একজন গ্রাহকের কাছ থেকে প্রত্যাশিত মার্জিন।
পাঠ্যবইয়ের সূত্র, `CLV = m × r / (1 + d − r)`, সাবস্ক্রিপশনের ব্যবসা ধরে নেয়: `m` প্রতি মাসের মার্জিন, `r` পরের মাসেও গ্রাহক
*থেকে যাওয়ার* সম্ভাবনা (churn-এর দ্বিতীয় অর্থ), আর `d` মাসিক বাট্টার হার (discount rate)। উদাহরণ হিসেবে ধরুন একজন গ্রাহকের
`m = ₹500`, `r = 0.8`, `d = 0.01`: তাহলে `500 × 0.8 / 0.21 ≈ ₹1,904.76`, যা `relkit.clv_simple(500, 0.8, 0.01)`-ও দেয়। দোকান
মাসে মাসে এই সম্ভাবনা জানে না: অংশ 2 দেখিয়েছে, অর্ডার ছাড়া মাস মানেই গ্রাহক চলে গেছেন, তা নয়। তাই আমরা CLV হিসাব করব দোকান যা দেখতে
পায়, তা দিয়েই: অর্ডার আর কোহর্ট সারণি।

**ত্রৈমাসিকে গোনা একজন গ্রাহকের দুই বছর।** প্রত্যেক গ্রাহক প্রথম ত্রৈমাসিকে অর্ডার দেন; পরের প্রতিটি ত্রৈমাসিকে তাঁদের `r` অংশ
আবার অর্ডার দেন (কোহর্ট সারণির পরের কলামগুলি, যেগুলি অংশ 3-এ মোটামুটি একই রকম থাকতে দেখা গেছে)। যে ত্রৈমাসিকে গ্রাহক অর্ডার দেন, সেটি
তাঁর **সক্রিয় ত্রৈমাসিক**, আর প্রতিটি সক্রিয় ত্রৈমাসিক আনে মার্জিন `m`। 8টি ত্রৈমাসিকে:

`CLV = m × (1 + 7 × r)`

হাতে কষে: `m = ₹300`, `r = 0.1` হলে `300 × (1 + 0.7) = ₹510`। হিসাব ছোট রাখতে আমরা বাট্টার হার বাদ দিচ্ছি; দুই বছরে তাতে
মূল্য সামান্যই কমত।

**সক্রিয় ত্রৈমাসিকের মার্জিন।** `m` = প্রতি সক্রিয় ত্রৈমাসিকের আয় × মোট মার্জিন (gross margin)। একটি অর্ডারের **আয় (revenue)**
হলো তার টাকার অঙ্ক থেকে GST বাদ দিলে যা থাকে, `amount_inr − gst_inr`, কারণ GST আদায় হয় সরকারের জন্য। **মোট মার্জিন**
হলো `margin_inr ÷ আয়`: পণ্যের খরচ বাদ দেওয়ার পর যা থাকে, তা আয়ের কত অংশ। ফেরত আসা অর্ডার, বা সরবরাহ না হয়ে ফিরে আসা
অর্ডার (RTO) থেকে কোনো আয় হয় না, তাই আয় আর মার্জিনে গোনা হয় শুধু সরবরাহ হওয়া বা পথে থাকা অর্ডার, অথচ সক্রিয় ত্রৈমাসিক
গোনার সময় ধরা হয় দেওয়া প্রতিটি অর্ডার।""",
    ),
    code(
        """orders = world.orders.merge(world.customers[["customer_id", "acquisition_channel"]], on="customer_id")
orders["quarter"] = orders["order_date"].dt.to_period("Q")
kept = orders[orders["outcome"].isin(["delivered", "in_transit"])]
by_channel = kept.groupby("acquisition_channel", observed=True)

channels = pd.DataFrame(
    {
        "active_quarters": orders.drop_duplicates(["customer_id", "quarter"])
        .groupby("acquisition_channel", observed=True)
        .size(),
        "revenue_inr": by_channel["amount_inr"].sum() - by_channel["gst_inr"].sum(),
        "margin_inr": by_channel["margin_inr"].sum(),
    }
)
channels["gross_margin"] = channels["margin_inr"] / channels["revenue_inr"]
channels["revenue_per_quarter"] = channels["revenue_inr"] / channels["active_quarters"]
channels["m"] = channels["revenue_per_quarter"] * channels["gross_margin"]
channels.round(3)"""
    ),
    md(
        en="""The gross margin lies between 0.327 and 0.357 for every channel, and an active quarter brings
₹267 to ₹296 of margin: the customers of all channels buy much the same goods. Now `r`, from each
channel's own cohort table. The cell adds up, over every cell after column 0, the customers who ordered,
and divides by the customers who could have (cells a cohort has not lived yet do not count). By hand: a
cohort of 100 with 0.10 and 0.05 in columns 1 and 2, and a cohort of 50 with 0.20 in column 1, give
`(10 + 5 + 10) ÷ (100 + 100 + 50) = 0.10`.

Two more figures put value and cost side by side. The **LTV:CAC ratio** `= CLV ÷ CAC`: the rupees of margin
each rupee spent on winning a customer brings back; below 1 the shop loses money on every new customer,
and about 3 or more is usually called healthy. The **payback period**: after `q` quarters a customer has
brought `m × (1 + (q − 1) × r)`; setting that equal to the CAC gives `q = 1 + (CAC ÷ m − 1) ÷ r` quarters.
By hand: `m = ₹300`, `r = 0.1`, CAC `₹600` give `1 + (2 − 1) ÷ 0.1 = 11` quarters.""",
        hi="""हर चैनल का सकल मार्जिन 0.327 और 0.357 के बीच है, और एक सक्रिय तिमाही ₹267 से ₹296 तक मार्जिन लाती है: सभी चैनलों के
ग्राहक लगभग एक जैसा सामान ख़रीदते हैं। अब `r` निकालते हैं, हर चैनल की अपनी कोहोर्ट तालिका से। सेल कॉलम 0 के बाद के हर खाने में ऑर्डर देने
वाले ग्राहकों को जोड़ता है, और उन ग्राहकों की संख्या से भाग देता है जो ऑर्डर दे सकते थे (जिन तिमाहियों तक कोई कोहोर्ट अभी पहुँचा ही
नहीं, उनके खाने नहीं गिने जाते)। हाथ से: 100 ग्राहकों का एक कोहोर्ट, जिसके कॉलम 1 और 2 में 0.10 और 0.05 हैं, और 50 ग्राहकों का एक कोहोर्ट, जिसके
कॉलम 1 में 0.20 है, मिलकर `(10 + 5 + 10) ÷ (100 + 100 + 50) = 0.10` देते हैं।

दो और आँकड़े मूल्य और लागत को आमने-सामने रखते हैं। **LTV:CAC अनुपात** `= CLV ÷ CAC`: नया ग्राहक जोड़ने पर ख़र्च हुआ हर रुपया
कितने रुपये का मार्जिन लौटाता है; 1 से कम होने पर दुकान हर नए ग्राहक पर घाटा उठाती है, और लगभग 3 या उससे ज़्यादा को आम तौर
पर अच्छा माना जाता है। **लागत वसूली की अवधि (payback period)**: `q` तिमाहियों में ग्राहक से `m × (1 + (q − 1) × r)` मिलता
है; इसे CAC के बराबर रखने पर `q = 1 + (CAC ÷ m − 1) ÷ r` तिमाहियाँ आती हैं। हाथ से: `m = ₹300`, `r = 0.1`, CAC `₹600` से
`1 + (2 − 1) ÷ 0.1 = 11` तिमाहियाँ।""",
        bn="""প্রতিটি চ্যানেলের মোট মার্জিন 0.327 থেকে 0.357-এর মধ্যে, আর একটি সক্রিয় ত্রৈমাসিক আনে ₹267 থেকে ₹296 মার্জিন: সব
চ্যানেলের গ্রাহকেরা মোটামুটি একই রকম জিনিস কেনেন। এবার `r`, প্রতিটি চ্যানেলের নিজের কোহর্ট সারণি থেকে। সেলটি কলাম 0-এর
পরের প্রতিটি ঘরে অর্ডার দেওয়া গ্রাহকদের যোগ করে, আর ভাগ করে যাঁরা অর্ডার দিতে পারতেন তাঁদের সংখ্যা দিয়ে (কোনো কোহর্টের যে
ঘরগুলির সময় এখনও আসেনি, সেগুলি বাদ থাকে)। হাতে কষে: 100 জনের একটি কোহর্ট, যার কলাম 1 আর 2-এ 0.10 আর 0.05, আর 50
জনের একটি কোহর্ট, যার কলাম 1-এ 0.20, মিলে দেয় `(10 + 5 + 10) ÷ (100 + 100 + 50) = 0.10`।

আরও দুটি সংখ্যা মূল্য আর খরচকে পাশাপাশি রাখে। **LTV:CAC অনুপাত** `= CLV ÷ CAC`: নতুন গ্রাহক আনতে খরচ হওয়া প্রতিটি টাকা
কত টাকার মার্জিন ফিরিয়ে আনে; 1-এর কম হলে দোকান প্রতিটি নতুন গ্রাহকের পেছনে লোকসান করে, আর মোটামুটি 3 বা তার বেশি হলে সাধারণত
ভালো বলা হয়। **খরচ উসুলের সময় (payback period)**: `q` ত্রৈমাসিক পরে একজন গ্রাহকের কাছ থেকে আসে `m × (1 + (q − 1) × r)`;
একে CAC-এর সমান ধরলে পাই `q = 1 + (CAC ÷ m − 1) ÷ r` ত্রৈমাসিক। হাতে কষে: `m = ₹300`, `r = 0.1`, CAC `₹600` হলে
`1 + (2 − 1) ÷ 0.1 = 11` ত্রৈমাসিক।""",
    ),
    code(
        """def repeat_share(table):
    # of all (customer, later quarter) pairs a cohort table has lived through, the share with an order
    size = pd.Series(table.attrs["cohort_size"]).to_numpy()
    later = table.drop(columns=0)  # the quarters after the first
    ordered = later.mul(size, axis=0).sum().sum()  # customers who ordered, added over the cells
    could_have = later.notna().mul(size, axis=0).sum().sum()  # customers who had lived that quarter
    return ordered / could_have


channels["r"] = [
    repeat_share(relkit.cohort_retention(orders[orders["acquisition_channel"] == channel], period="Q"))
    for channel in channels.index
]
QUARTERS = 8  # two years
channels["cac_inr"] = cac["cac_inr"]
channels["clv_inr"] = channels["m"] * (1 + (QUARTERS - 1) * channels["r"])
channels["ltv_cac"] = channels["clv_inr"] / channels["cac_inr"]
channels["payback_quarters"] = 1 + (channels["cac_inr"] / channels["m"] - 1) / channels["r"]
value = channels[["m", "r", "clv_inr", "cac_inr", "ltv_cac", "payback_quarters"]]
value.sort_values("ltv_cac", ascending=False).round(3)"""
    ),
    md(
        en="""The table is sorted by LTV:CAC, best first. Read the `clv_inr` column: a customer is worth about
the same whichever channel brought them, ₹427 to ₹464 over two years, because they buy alike. The CAC is
what differs, five-fold. Only the referral customers bring back more than they cost (1.345) and pay back
within about 3.4 quarters. A paid social customer brings back about a quarter of the CAC (0.241) and would
need about 74 quarters, more than 18 years, to pay back: in practice, never. The `r` column differs a
little between channels (0.070 to 0.094), but each channel's cohorts are small, so gaps of a couple of
points may be chance; the ranking rests on the CAC, which the shop records for every customer.

### Exercise 04.3 · How loyal would marketplace customers have to be?

At what repeat share `r` would a marketplace customer's two-year CLV equal the marketplace CAC? Keep the
marketplace's `m`. Store `r` in `answer` as a share between 0 and 1.""",
        hi="""तालिका LTV:CAC के क्रम में लगी है, सबसे अच्छा चैनल सबसे ऊपर। `clv_inr` कॉलम पढ़िए: ग्राहक किसी भी चैनल से आया हो, दो
साल में उसका मूल्य लगभग बराबर है, ₹427 से ₹464, क्योंकि सब लगभग एक जैसा ख़रीदते हैं। फ़र्क़ CAC में है, पाँच गुना तक। सिर्फ़
रेफ़रल के ग्राहक अपनी लागत से ज़्यादा लौटाते हैं (1.345) और लगभग 3.4 तिमाहियों में लागत निकाल देते हैं। सोशल मीडिया विज्ञापनों से आया ग्राहक
अपनी CAC का लगभग एक-चौथाई लौटाता है (0.241), और लागत निकालने में उसे लगभग 74 तिमाहियाँ, यानी 18 साल से ज़्यादा,
लगतीं: व्यवहार में कभी नहीं। `r` कॉलम के मान चैनलों में थोड़े अलग हैं (0.070 से 0.094), पर हर चैनल के कोहोर्ट छोटे हैं, इसलिए एक-दो
प्रतिशत अंक का अंतर संयोग हो सकता है; क्रम CAC पर टिका है, जो दुकान हर ग्राहक के लिए दर्ज करती है।

### अभ्यास 04.3 · मार्केटप्लेस के ग्राहकों को कितना वफ़ादार होना पड़ता?

दोबारा ऑर्डर देने वालों का हिस्सा `r` कितना होता, तो मार्केटप्लेस से आए ग्राहक का दो साल का CLV मार्केटप्लेस की CAC के
बराबर हो जाता? मार्केटप्लेस का
`m` वही रखिए। `r` को 0 और 1 के बीच की संख्या के रूप में `answer` में रखिए।""",
        bn="""সারণিটি LTV:CAC-এর ক্রমে সাজানো, সবচেয়ে ভালোটি ওপরে। `clv_inr` কলামটি পড়ুন: গ্রাহক যে চ্যানেলের মাধ্যমেই আসুন, দুই বছরে তাঁর মূল্য
প্রায় এক, ₹427 থেকে ₹464, কারণ সবাই প্রায় একই রকম কেনেন। তফাত CAC-এ, পাঁচ গুণ পর্যন্ত। শুধু রেফারেলের গ্রাহকেরাই তাঁদের
পেছনের খরচের চেয়ে বেশি মার্জিন এনে দেন (1.345), আর মোটামুটি 3.4 ত্রৈমাসিকে খরচ উসুল করে দেন। সোশ্যাল মিডিয়া বিজ্ঞাপনের একজন গ্রাহকের
কাছ থেকে CAC-এর মোটে এক-চতুর্থাংশ উঠে আসে (0.241), আর খরচ উসুল করতে তাঁর লাগবে প্রায় 74 ত্রৈমাসিক, অর্থাৎ 18 বছরেরও বেশি: কার্যত কখনোই নয়।
`r` কলাম চ্যানেলভেদে সামান্য আলাদা (0.070 থেকে 0.094), কিন্তু প্রতিটি চ্যানেলের কোহর্ট ছোট, তাই এক-দুই পয়েন্টের তফাত
দৈবক্রমেও হতে পারে; ক্রমটি দাঁড়িয়ে আছে CAC-এর ওপর, যা দোকান প্রত্যেক গ্রাহকের জন্য লিখে রাখে।

### অনুশীলন 04.3 · মার্কেটপ্লেসের গ্রাহকদের কতটা অনুগত হতে হতো?

আবার অর্ডার দেওয়ার অনুপাত `r` কত হলে মার্কেটপ্লেস থেকে আসা একজন গ্রাহকের দুই বছরের CLV মার্কেটপ্লেসের CAC-এর সমান
হতো? মার্কেটপ্লেসের `m` একই রাখুন। `r`-কে 0 থেকে 1-এর মধ্যে একটি সংখ্যা হিসেবে `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("04.3", answer)"""
    ),
    code(
        """customer_channel = world.customers[["customer_id", "acquisition_channel"]]
with_channel = world.orders.merge(customer_channel, on="customer_id")
market = with_channel[with_channel["acquisition_channel"] == "marketplace"]
market = market.assign(quarter=market["order_date"].dt.to_period("Q"))
kept_market = market[market["outcome"].isin(["delivered", "in_transit"])]
quarters_active = len(market.drop_duplicates(["customer_id", "quarter"]))
m_market = kept_market["margin_inr"].sum() / quarters_active
cac_market = relkit.cac_by_channel(world.customers).loc["marketplace", "cac_inr"]
answer = (cac_market / m_market - 1) / 7
relkit.check("04.3", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 6. Keeping a customer versus winning one

The shop also runs **retention campaigns** for the customers it already has: WhatsApp offers, e-mail
newsletters, SMS, app notifications and calls. A campaign's budget is the number of messages times the
price of one. What does it cost to *keep* one customer this way?

A tempting answer divides the budget by the customers contacted. That is the wrong denominator: many of
them would have bought anyway, and many did not buy at all. What the shop pays for is the customers who
bought *because of* the campaign. To count them, the shop runs each retention campaign as an
**experiment**: it chooses the customers, then sets a random quarter of them aside as a **control group**
(holdout) that gets no message; the rest, the **treatment group**, are contacted. Because the two groups
were chosen at random, without the campaign they would have bought equally often, so the gap between them
is what the campaign caused, its **uplift**:

`retained = (share of treatment who ordered − share of control who ordered) × customers in treatment`

By hand: 400 customers contacted, 6 % of them ordered against 4 % of the control group, so
`(0.06 − 0.04) × 400 = 8` customers retained. Here "ordered" means an order from the campaign's start to
32 days after: the messages go out in the first days, and a purchase they cause comes within a month. The
cell works this out for every retention campaign and adds up.""",
        hi="""## 6. ग्राहक बनाए रखना बनाम नया ग्राहक जोड़ना

दुकान अपने मौजूदा ग्राहकों के लिए **प्रतिधारण अभियान (retention campaign)** भी चलाती है: व्हाट्सऐप ऑफ़र, ईमेल न्यूज़लेटर, SMS,
ऐप की सूचनाएँ और फ़ोन कॉल। किसी अभियान का बजट उसके संदेशों की संख्या गुणा एक संदेश का दाम है। इस तरह एक ग्राहक को *बनाए
रखने* में कितना ख़र्च आता है?

सबसे आसान लगने वाला जवाब है कि बजट को संपर्क किए गए ग्राहकों की संख्या से भाग दे दें। पर इसमें भाजक (denominator) ग़लत है:
उनमें से बहुत-से ग्राहक वैसे भी ख़रीदते, और बहुत-से ग्राहकों ने कुछ ख़रीदा ही नहीं। दुकान असल में उन ग्राहकों के लिए पैसा देती है
जिन्होंने अभियान *की वजह से* ख़रीदा। उन्हें गिनने के लिए दुकान हर प्रतिधारण अभियान को एक **प्रयोग (experiment)** की तरह चलाती
है: वह ग्राहक चुनती है, फिर उनमें से एक-चौथाई को यादृच्छिक (random) ढंग से **नियंत्रण समूह (control group, holdout)** के रूप
में अलग रख देती है, जिसे कोई संदेश नहीं जाता; बाक़ी ग्राहकों से, यानी **प्रयोग समूह (treatment group)** से, संपर्क किया जाता है। दोनों समूह
यादृच्छिक ढंग से चुने गए थे, इसलिए अभियान न होता तो दोनों समूह बराबर दर से ख़रीदते; यानी दोनों का अंतर अभियान का ही नतीजा है,
उसका **अतिरिक्त असर (uplift)**:

`retained = (प्रयोग समूह में ऑर्डर देने वालों का हिस्सा − नियंत्रण समूह में ऑर्डर देने वालों का हिस्सा) × प्रयोग समूह के ग्राहक`

हाथ से: 400 ग्राहकों से संपर्क हुआ, उनमें से 6% ने ऑर्डर दिया जबकि नियंत्रण समूह के 4% ने, तो `(0.06 − 0.04) × 400 = 8`
ग्राहक बनाए रखे गए। यहाँ "ऑर्डर दिया" का अर्थ है अभियान शुरू होने के दिन से 32 दिन बाद तक कोई भी ऑर्डर: संदेश शुरू के कुछ
दिनों में जाते हैं, और उनकी वजह से होने वाली ख़रीद एक महीने के भीतर हो जाती है। नीचे का सेल हर प्रतिधारण अभियान के लिए यह हिसाब करके सबको जोड़ता है।""",
        bn="""## 6. গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা

দোকানটি তার পুরোনো গ্রাহকদের জন্যও **ধরে রাখার প্রচারাভিযান (retention campaign)** চালায়: হোয়াটসঅ্যাপে অফার, ইমেল নিউজলেটার,
এসএমএস, অ্যাপের বিজ্ঞপ্তি আর ফোন কল। একটি প্রচারাভিযানের বাজেট হলো বার্তার সংখ্যা গুণ একটি বার্তার দাম। এভাবে একজন
গ্রাহককে *ধরে রাখতে* কত খরচ হয়?

প্রথমেই যে উত্তরটা মাথায় আসে, তা হলো বাজেটকে যোগাযোগ করা গ্রাহকের সংখ্যা দিয়ে ভাগ করা। কিন্তু এতে হর (denominator) ভুল:
তাঁদের অনেকেই বার্তা না পেলেও কিনতেন, আর অনেকে কিছুই কেনেননি। দোকানের টাকা আসলে কাজে লাগে শুধু সেই গ্রাহকদের বেলায়,
যাঁরা প্রচারাভিযানের *কারণে* কিনেছেন। তাঁদের গুনতে দোকান প্রতিটি ধরে রাখার প্রচারাভিযান একটি **পরীক্ষা (experiment)** হিসেবে
চালায়: প্রথমে গ্রাহক বেছে নেয়, তারপর তাঁদের এক-চতুর্থাংশকে দৈবচয়নে (random) **নিয়ন্ত্রণ গোষ্ঠী (control group, holdout)**
হিসেবে সরিয়ে রাখে, যাঁদের কোনো বার্তা পাঠানো হয় না; বাকিদের, অর্থাৎ **পরীক্ষা গোষ্ঠীর (treatment group)** সঙ্গে যোগাযোগ করা
হয়। দুটি গোষ্ঠী দৈবচয়নে বাছা, তাই প্রচারাভিযান না হলে দুই গোষ্ঠী সমান হারে কিনত; অর্থাৎ দুইয়ের তফাতটাই প্রচারাভিযানের ফল,
তার **বাড়তি প্রভাব (uplift)**:

`retained = (পরীক্ষা গোষ্ঠীতে অর্ডার দেওয়াদের অনুপাত − নিয়ন্ত্রণ গোষ্ঠীতে অর্ডার দেওয়াদের অনুপাত) × পরীক্ষা গোষ্ঠীর গ্রাহক`

হাতে কষে: 400 জন গ্রাহকের সঙ্গে যোগাযোগ হলো, তাঁদের 6% অর্ডার দিলেন আর নিয়ন্ত্রণ গোষ্ঠীর 4%, তাই
`(0.06 − 0.04) × 400 = 8` জন গ্রাহক ধরে রাখা গেল। এখানে "অর্ডার দিয়েছেন" মানে প্রচারাভিযান শুরুর দিন থেকে 32 দিনের মধ্যে
অন্তত একটি অর্ডার: বার্তা যায় প্রথম কয়েক দিনে, আর তার ফলে যে কেনাকাটা হয়, তা আসে এক মাসের মধ্যে। নিচের সেলটি প্রতিটি ধরে রাখার
প্রচারাভিযানের জন্য এই হিসাব করে সব যোগ করে।""",
    ),
    code(
        """def campaign_outcomes(campaigns, days=32):
    # every member of the campaigns, with ordered = True when they ordered from the start to `days` after
    members = world.campaign_members.merge(campaigns[["campaign_id", "start_date"]], on="campaign_id")
    bought = members.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
    after = (bought["order_date"] - bought["start_date"]).dt.days
    buyers = bought.loc[(after >= 0) & (after <= days), ["campaign_id", "customer_id"]].drop_duplicates()
    members = members.merge(buyers, on=["campaign_id", "customer_id"], how="left", indicator="ordered")
    members["ordered"] = members["ordered"] == "both"
    return members


def retained_customers(members):
    # added over the campaigns: (share of treatment who ordered - share of control) x customers contacted
    shares = members.pivot_table(
        index="campaign_id", columns="group", values="ordered", aggfunc="mean", observed=True
    )
    contacts = members[members["group"] == "treatment"].groupby("campaign_id").size()
    return ((shares["treatment"] - shares["control"]) * contacts).sum()


retention_campaigns = world.campaigns[world.campaigns["purpose"] == "retention"]
members = campaign_outcomes(retention_campaigns)
in_treatment = members["group"] == "treatment"
retained = retained_customers(members)
budget = retention_campaigns["budget_inr"].sum()
cost_per_contact = budget / in_treatment.sum()
cost_per_retained = budget / retained
cac_mean = world.customers["acquisition_cost_inr"].mean()

print("campaigns                    =", len(retention_campaigns))
print("treatment / control          =", in_treatment.sum(), "/", (~in_treatment).sum())
print("ordered, treatment / control =", relkit.format_percent(members.loc[in_treatment, "ordered"].mean()), "/",
      relkit.format_percent(members.loc[~in_treatment, "ordered"].mean()))
print("customers retained           =", relkit.format_number(retained, decimals=0))
print("cost_per_contact             =", relkit.format_inr(cost_per_contact))
print("cost_per_retained            =", relkit.format_inr(cost_per_retained))
print("cac_mean                     =", relkit.format_inr(cac_mean))
print("cac_mean / cost_per_contact  =", relkit.format_number(cac_mean / cost_per_contact, decimals=0))
print("cac_mean / cost_per_retained =", relkit.format_number(cac_mean / cost_per_retained, decimals=1))"""
    ),
    code(
        """per_customer = pd.DataFrame(
    {"purpose": ["acquisition", "retention"], "amount_inr": [cac_mean, cost_per_retained]}
)
ax = relkit.plot_bar(per_customer, x="purpose", y="amount_inr")"""
    ),
    md(
        en="""Both bars are rupees per customer: what it costs to win one (the mean CAC, ₹1,084.40), and what it
costs to keep one (₹87.48). Now the printed lines. Over 72 campaigns, 4.9 % of the 13,331 contacted
customers ordered, against 3.3 % of the 4,457 in the control groups: the campaigns retained about 223
customers. Per *contact*, a message costs ₹1.46, so setting the CAC against it makes keeping a customer look
741 times cheaper than winning one. That comparison is wrong: it gives the campaign credit for customers
who would have ordered anyway. Per customer *retained*, winning a new customer costs 12.4 times as much as
keeping one. An often-quoted figure, from an article in the Harvard Business Review, puts winning a
customer at five to twenty-five times the cost of keeping one, depending on the study and the industry;
this shop falls inside that range.

How sure is the 12.4? The control groups are small, a quarter of each campaign. The next cell shuffles
who ordered within each campaign 200 times, so that the messages make no difference at all, and shows how
many "retained customers" chance alone produces. It then measures again with a different meaning of
retained: an order within 90 days instead of 32.""",
        hi="""दोनों स्तंभ प्रति ग्राहक रुपयों में हैं: एक नया ग्राहक जोड़ने में कितना ख़र्च होता है (औसत CAC, ₹1,084.40), और एक ग्राहक को बनाए
रखने में कितना (₹87.48)। अब छपी हुई पंक्तियाँ पढ़िए। 72 अभियानों में संपर्क किए गए 13,331 ग्राहकों में से 4.9% ने ऑर्डर दिया, जबकि नियंत्रण
समूहों के 4,457 ग्राहकों में से 3.3% ने: अभियानों ने लगभग 223 ग्राहक बनाए रखे। प्रति *संपर्क* एक संदेश ₹1.46 का पड़ता है,
इसलिए CAC को उसके सामने रखने पर ग्राहक बनाए रखना नया ग्राहक जोड़ने से 741 गुना सस्ता लगता है। यह तुलना ग़लत है: इसमें अभियान
को उन ग्राहकों का भी श्रेय मिल जाता है जो वैसे भी ऑर्डर देते। बनाए रखे गए हर ग्राहक के हिसाब से, नया ग्राहक जोड़ना पुराने को
बनाए रखने से 12.4 गुना महँगा है। एक आँकड़ा अक्सर दोहराया जाता है, जो हार्वर्ड बिज़नेस रिव्यू (Harvard Business Review) के एक लेख से
आया है: अध्ययन और उद्योग के हिसाब से नया ग्राहक जोड़ना पुराने को बनाए रखने से पाँच से पच्चीस गुना महँगा पड़ता है। यह दुकान
उसी दायरे में आती है।

यह 12.4 कितना पक्का है? नियंत्रण समूह छोटे हैं, हर अभियान का एक-चौथाई। अगला सेल हर अभियान के भीतर "किसने ऑर्डर
दिया" वाले निशान को 200 बार फेंटता है, ताकि संदेशों का कोई असर न रहे, और दिखाता है कि सिर्फ़ संयोग से कितने "बनाए रखे गए
ग्राहक" बन जाते हैं। फिर वह
"बनाए रखा" का एक दूसरा अर्थ लेकर दोबारा मापता है: 32 की जगह 90 दिनों के भीतर ऑर्डर।""",
        bn="""দুটি স্তম্ভেই প্রতি গ্রাহকের হিসাবে টাকা দেখানো হয়েছে: একজনকে আনার খরচ (গড় CAC, ₹1,084.40), আর একজনকে ধরে রাখার খরচ
(₹87.48)। এবার সেলের ছাপা লাইনগুলি পড়ুন। 72টি প্রচারাভিযানে যোগাযোগ করা 13,331 জন গ্রাহকের 4.9% অর্ডার দিয়েছেন, আর নিয়ন্ত্রণ গোষ্ঠীর 4,457 জনের
3.3%: প্রচারাভিযানগুলি মোটামুটি 223 জন গ্রাহককে ধরে রেখেছে। প্রতি *যোগাযোগে* একটি বার্তার খরচ ₹1.46, তাই তার পাশে CAC
রাখলে মনে হয় গ্রাহক ধরে রাখা নতুন গ্রাহক আনার চেয়ে 741 গুণ সস্তা। এই তুলনা ভুল: এতে প্রচারাভিযান এমন গ্রাহকদের কৃতিত্বও
পেয়ে যায়, যাঁরা এমনিতেই অর্ডার দিতেন। ধরে রাখা প্রতি গ্রাহকের হিসাবে দেখলে, নতুন গ্রাহক সংগ্রহের খরচ
পুরোনো গ্রাহক ধরে রাখার খরচের 12.4 গুণ। প্রায়ই যে সংখ্যাটি উদ্ধৃত করা হয়, তা এসেছে হার্ভার্ড বিজনেস রিভিউ (Harvard Business
Review)-এর একটি প্রবন্ধ থেকে: গবেষণা আর শিল্পভেদে নতুন গ্রাহক সংগ্রহের খরচ পুরোনো গ্রাহক ধরে রাখার খরচের পাঁচ থেকে পঁচিশ
গুণ। এই দোকান সেই পরিসরের মধ্যেই পড়ে।

এই 12.4 কতটা নিশ্চিত? নিয়ন্ত্রণ গোষ্ঠীগুলি ছোট, প্রতিটি প্রচারাভিযানের গ্রাহকদের এক-চতুর্থাংশ। পরের সেলটি
প্রতিটি প্রচারাভিযানের ভেতরে কে অর্ডার দিয়েছেন আর কে দেননি, তা 200 বার এলোমেলো করে দেয়, যাতে বার্তার কোনো প্রভাবই না থাকে, আর দেখায় শুধু দৈবক্রমে কতজন "ধরে রাখা
গ্রাহক" তৈরি হয়। তারপর "ধরে রাখা"-র অন্য একটি অর্থ নিয়ে আবার মাপে: 32-এর বদলে 90 দিনের মধ্যে অর্ডার।""",
    ),
    code(
        """rng = np.random.default_rng(2)
by_chance = []
for _ in range(200):
    # shuffle who ordered within each campaign: then the messages make no difference at all
    shuffled = members.assign(ordered=members.groupby("campaign_id")["ordered"].transform(rng.permutation))
    by_chance.append(retained_customers(shuffled))
low, high = np.percentile(by_chance, [2.5, 97.5])
print("retained by chance alone, 95 of 100 shuffles:", relkit.format_number(low, decimals=0), "to",
      relkit.format_number(high, decimals=0))
print("cac_mean / cost_per_retained if chance moved the 223 as much:",
      relkit.format_number(cac_mean / (budget / (retained - high)), decimals=1), "to",
      relkit.format_number(cac_mean / (budget / (retained - low)), decimals=1))

retained_90 = retained_customers(campaign_outcomes(retention_campaigns, days=90))
print("customers retained, 90 days  =", relkit.format_number(retained_90, decimals=0))
print("cac_mean / cost_per_retained =", relkit.format_number(cac_mean / (budget / retained_90), decimals=1))"""
    ),
    md(
        en="""If the messages did nothing, the shuffles would still show between about −87 and +83 "retained"
customers: that is how large chance is with control groups of this size. The measured 223 is well outside
that band, so the campaigns did keep customers; but the same chance could move 223 up or down by that
much, so the honest statement is "about 8 to 17 times", not "12.4". A single campaign, with a control
group far smaller than all of them together, is noisier still: only the sum over many campaigns can be
trusted.

The 90-day count is smaller, 101 customers, and the ratio falls to 5.6: part of what the messages "caused"
within a month were orders that customers would have placed a little later anyway. So the ratio depends on
what "retained" means, and a ratio quoted without that definition means little. Two more cautions:
retention spending here is only messages and calls, while a real company also spends on service, returns
and loyalty offers; and a retained customer here has placed one more order, which is worth one active
quarter's margin, not a whole CLV.

### Exercise 04.4 · WhatsApp alone

What does a customer retained by the **WhatsApp** retention campaigns alone cost, in rupees? Use the
32-day definition of the cells above. Store the number in `answer`.""",
        hi="""अगर संदेशों का कोई असर न होता, तब भी फेंटने पर लगभग −87 से +83 तक "बनाए रखे गए" ग्राहक दिखते: इतने आकार के नियंत्रण
समूहों में संयोग का असर इतना बड़ा होता है। मापे गए 223 इस दायरे से काफ़ी बाहर हैं, इसलिए अभियानों ने सचमुच ग्राहक बनाए रखे; पर वही
संयोग 223 को भी इतना ऊपर-नीचे कर सकता है, इसलिए ईमानदारी से इतना ही कहा जा सकता है: "लगभग 8 से 17 गुना", ठीक-ठीक "12.4" नहीं। किसी एक अभियान का
नियंत्रण समूह सभी अभियानों के नियंत्रण समूहों के जोड़ से बहुत छोटा होता है, इसलिए उसका नतीजा और भी ज़्यादा डगमगाता है; भरोसा सिर्फ़ बहुत-से अभियानों के जोड़
पर किया जा सकता है।

90 दिनों वाली गिनती छोटी है, 101 ग्राहक, और अनुपात घटकर 5.6 रह जाता है: महीने भर में संदेशों से "हुए" कुछ ऑर्डर ऐसे थे जो
ग्राहक थोड़ा बाद में वैसे भी देते। यानी अनुपात इस पर निर्भर है कि "बनाए रखा" का अर्थ क्या है, और बिना इस परिभाषा के बताया गया
अनुपात ज़्यादा कुछ नहीं कहता। दो और सावधानियाँ: यहाँ प्रतिधारण का ख़र्च सिर्फ़ संदेशों और कॉल का है, जबकि असली कंपनी ग्राहक सेवा,
वापसी की सुविधा और वफ़ादार ग्राहकों के लिए ऑफ़र पर भी ख़र्च करती है; और यहाँ बनाए रखे गए ग्राहक ने बस एक ऑर्डर और दिया है, जिसका मूल्य एक सक्रिय
तिमाही का मार्जिन है, पूरा CLV नहीं।

### अभ्यास 04.4 · सिर्फ़ व्हाट्सऐप

सिर्फ़ **व्हाट्सऐप** वाले प्रतिधारण अभियानों से बनाए रखा गया एक ग्राहक कितने रुपये का पड़ता है? ऊपर के सेलों वाली 32 दिनों की
परिभाषा लीजिए। संख्या `answer` में रखिए।""",
        bn="""বার্তার কোনো প্রভাব না থাকলেও এলোমেলো করার পরে মোটামুটি −87 থেকে +83 জন "ধরে রাখা" গ্রাহক দেখা যেত: এই মাপের নিয়ন্ত্রণ
গোষ্ঠীতে দৈবক্রমের প্রভাব এতটাই বড়। মাপা 223 এই পরিসরের অনেক বাইরে, তাই প্রচারাভিযানগুলি সত্যিই গ্রাহক ধরে রেখেছে; কিন্তু সেই একই
দৈবক্রম 223-কেও ততটা ওঠানামা করাতে পারে, তাই সৎভাবে বলা উচিত "মোটামুটি 8 থেকে 17 গুণ", "12.4" নয়। একটিমাত্র
প্রচারাভিযানের নিয়ন্ত্রণ গোষ্ঠী সবগুলির যোগফলের চেয়ে অনেক ছোট, তাই তার তফাত আরও অস্থির; ভরসা করা যায় কেবল অনেকগুলি
প্রচারাভিযানের যোগফলে।

90 দিনের হিসাবে সংখ্যাটা ছোট, 101 জন, আর অনুপাত নেমে আসে 5.6-এ: এক মাসের মধ্যে বার্তার "ফলে" আসা কিছু অর্ডার গ্রাহকেরা
একটু পরে এমনিতেই দিতেন। অর্থাৎ অনুপাতটি নির্ভর করে "ধরে রাখা" বলতে কী বোঝানো হচ্ছে তার ওপর, আর সেই সংজ্ঞা ছাড়া বলা
অনুপাতের মানে সামান্যই। আরও দুটি সতর্কতা: এখানে ধরে রাখার খরচ বলতে শুধু বার্তা আর ফোন কল, অথচ বাস্তবের কোনো কোম্পানি
পরিষেবা, পণ্য ফেরত আর অনুগত গ্রাহকদের অফারেও খরচ করে; আর এখানে ধরে রাখা গ্রাহক শুধু একটি বাড়তি অর্ডার দিয়েছেন, যার মূল্য
একটি সক্রিয় ত্রৈমাসিকের মার্জিন, পুরো CLV নয়।

### অনুশীলন 04.4 · শুধু হোয়াটসঅ্যাপ

ধরে রাখার প্রচারাভিযানগুলির মধ্যে শুধু **হোয়াটসঅ্যাপ**-এরগুলি নিলে, ধরে রাখা প্রতি গ্রাহকের খরচ কত টাকা? ওপরের সেলগুলির 32 দিনের সংজ্ঞাটিই নিন।
সংখ্যাটি `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("04.4", answer)"""
    ),
    code(
        """def campaign_outcomes(campaigns, days=32):
    members = world.campaign_members.merge(campaigns[["campaign_id", "start_date"]], on="campaign_id")
    bought = members.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
    after = (bought["order_date"] - bought["start_date"]).dt.days
    buyers = bought.loc[(after >= 0) & (after <= days), ["campaign_id", "customer_id"]].drop_duplicates()
    members = members.merge(buyers, on=["campaign_id", "customer_id"], how="left", indicator="ordered")
    members["ordered"] = members["ordered"] == "both"
    return members


def retained_customers(members):
    shares = members.pivot_table(
        index="campaign_id", columns="group", values="ordered", aggfunc="mean", observed=True
    )
    contacts = members[members["group"] == "treatment"].groupby("campaign_id").size()
    return ((shares["treatment"] - shares["control"]) * contacts).sum()


campaigns = world.campaigns
whatsapp = campaigns[(campaigns["purpose"] == "retention") & (campaigns["channel"] == "whatsapp")]
answer = whatsapp["budget_inr"].sum() / retained_customers(campaign_outcomes(whatsapp))
relkit.check("04.4", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 7. Back to Moumita

You now have what she needs: what a customer of each channel brings back against what winning them costs
(section 5), and what keeping a customer costs, measured against the control groups (section 6).

### Exercise 04.5 · Which channel would you stop paying for, and why?

Moumita can take money away from one acquisition channel and spend it on retention messages. Which advice
is right? Store the letter in `answer`, for example `"a"`.

- **(a)** Stop the referral rewards: referral wins the fewest customers, so the shop loses least.
- **(b)** Cut paid social: a message costs a rupee or two and a paid social customer more than ₹1,700, so
  keeping a customer is hundreds of times cheaper than winning one.
- **(c)** Cut paid social and move part of the money to retention messages: its customers bring back only
  about a quarter of their CAC in two years, while a customer retained by messages, measured against the
  control groups, costs a small part of that CAC. Keep the control groups, to see whether the effect lasts.
- **(d)** Cut nothing: paid social wins the most customers, and a growing shop needs customers.""",
        hi="""## 7. वापस मौमिता के पास

अब आपके पास वह सब है जो उन्हें चाहिए: हर चैनल का एक ग्राहक कितना लौटाता है और उसे जोड़ने में कितना ख़र्च हुआ
(भाग 5), और नियंत्रण समूहों से तुलना करके मापी गई ग्राहक बनाए रखने की लागत (भाग 6)।

### अभ्यास 04.5 · आप किस चैनल पर पैसा लगाना बंद करेंगे, और क्यों?

मौमिता ग्राहक अधिग्रहण के किसी एक चैनल से पैसा हटाकर प्रतिधारण संदेशों पर लगा सकती हैं। कौन-सी सलाह सही है? सही विकल्प का अक्षर `answer` में
रखिए, जैसे `"a"`।

- **(a)** रेफ़रल इनाम बंद कीजिए: रेफ़रल से सबसे कम ग्राहक आते हैं, इसलिए नुक़सान सबसे कम होगा।
- **(b)** सोशल मीडिया विज्ञापनों पर ख़र्च घटाइए: एक संदेश एक-दो रुपये का पड़ता है और इन विज्ञापनों से आया एक ग्राहक
  ₹1,700 से ज़्यादा का, इसलिए ग्राहक बनाए
  रखना नया ग्राहक जोड़ने से सैकड़ों गुना सस्ता है।
- **(c)** सोशल मीडिया विज्ञापनों पर ख़र्च घटाइए और उस पैसे का एक हिस्सा प्रतिधारण संदेशों पर लगाइए: इन विज्ञापनों से आए
  ग्राहक दो साल में अपनी CAC का लगभग एक-चौथाई ही लौटाते हैं, जबकि संदेशों से बनाए रखा गया एक ग्राहक, नियंत्रण समूहों से
  तुलना करके मापें तो, उस CAC के छोटे-से हिस्से में पड़ता है। नियंत्रण समूह रखना जारी रखिए, ताकि दिखे कि असर टिकता है या नहीं।
- **(d)** कुछ भी मत घटाइए: सबसे ज़्यादा ग्राहक सोशल मीडिया विज्ञापनों से आते हैं, और बढ़ती दुकान को ग्राहक चाहिए।""",
        bn="""## 7. আবার মৌমিতার কথায়

তাঁর যা দরকার, এখন তা আপনার হাতে: প্রতিটি চ্যানেলের একজন গ্রাহকের কাছ থেকে যা উঠে আসে বনাম তাঁকে আনার খরচ (অংশ 5), আর
নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে তুলনা করে মাপা গ্রাহক ধরে রাখার খরচ (অংশ 6)।

### অনুশীলন 04.5 · কোন চ্যানেলের পেছনে টাকা খরচ বন্ধ করবেন, আর কেন?

মৌমিতা গ্রাহক সংগ্রহের কোনো একটি চ্যানেল থেকে টাকা সরিয়ে ধরে রাখার বার্তায় খরচ করতে পারেন। কোন পরামর্শটি ঠিক? ঠিক
বিকল্পের অক্ষরটি `answer`-এ রাখুন, যেমন `"a"`।

- **(a)** রেফারেল পুরস্কার বন্ধ করুন: রেফারেলে সবচেয়ে কম গ্রাহক আসেন, তাই ক্ষতি সবচেয়ে কম।
- **(b)** সোশ্যাল মিডিয়া বিজ্ঞাপনের খরচ কমান: একটি বার্তার খরচ এক-দুই টাকা আর সোশ্যাল মিডিয়া বিজ্ঞাপনের একজন গ্রাহকের ₹1,700-এর বেশি, তাই গ্রাহক ধরে রাখা
  নতুন গ্রাহক আনার চেয়ে কয়েকশো গুণ সস্তা।
- **(c)** সোশ্যাল মিডিয়া বিজ্ঞাপনের খরচ কমান আর সেই টাকার একটা অংশ ধরে রাখার বার্তায় দিন: এই চ্যানেলের গ্রাহকদের কাছ থেকে দুই
  বছরে তাঁদের CAC-এর মোটামুটি এক-চতুর্থাংশই উঠে আসে, অথচ বার্তায় ধরে রাখা একজন গ্রাহকের খরচ, নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে তুলনা করে মাপলে, সেই CAC-এর
  ছোট্ট একটা অংশ। নিয়ন্ত্রণ গোষ্ঠী রেখে দিন, যাতে বোঝা যায় প্রভাবটা টেকে কি না।
- **(d)** কিছুই কমাবেন না: সবচেয়ে বেশি গ্রাহক আসেন সোশ্যাল মিডিয়া বিজ্ঞাপন থেকে, আর বাড়তে থাকা দোকানের গ্রাহক দরকার।""",
    ),
    code(
        """answer = None  # replace None with a letter in quotes
relkit.check("04.5", answer)"""
    ),
    code(
        """answer = "c"
relkit.check("04.5", answer)""",
        tags=["solution"],
    ),
    md(
        en="""Whichever letter you chose, read its feedback: each wrong option stands for a common mistake. Even the
right advice has limits the data shows: the messages reach only customers the shop already has, a
retained customer here brings one more order rather than a lifetime, and the shop cannot grow on
retention alone.

## Discussion

1. Your marketing head says the festive sale brought 400 new customers. What would you ask before calling
   it a success?
2. Moumita's friend quoted "five to twenty-five times". What would you need to know about a study before
   you believed its ratio for your own shop?
3. Referral customers pay back and paid social customers do not. Could the shop simply buy more referrals
   at the same price? What might change if it tried?

## Key points

- "Churn" has two meanings: *did not buy this month* (high in any shop where people buy a few times a
  year) and *gone for good* (here: no order in 12 months). Only the second is a share of customers lost.
- A cohort table follows customers who started together; a gap between groups means something only if it
  is larger than chance could make, which shuffling the groups shows.
- CLV can be built from the data: margin of an active quarter (revenue without GST × gross margin) times the
  expected active quarters from the cohort table. Here CLV is alike across channels; CAC is not.
- LTV:CAC below 1 means every new customer from that channel loses money; the payback period says how long
  a customer needs to earn back their CAC.
- The cost of keeping a customer is measured per customer *retained*, against a random control group, not
  per message sent; the ratio to CAC depends on what "retained" means and carries the noise of the control
  groups.

## Glossary

The terms of this lesson are below; all terms are in the [glossary](glossary.md).""",
        hi="""आपने कोई भी अक्षर चुना हो, उसकी प्रतिक्रिया पढ़िए: हर ग़लत विकल्प एक आम भूल का प्रतीक है। सही सलाह की भी सीमाएँ हैं, जो
आँकड़ों में दिखती हैं: संदेश सिर्फ़ उन्हीं ग्राहकों तक पहुँचते हैं जो दुकान के पास पहले से हैं, यहाँ बनाए रखा गया ग्राहक जीवन भर का
मूल्य नहीं, बस एक और ऑर्डर लाता है, और सिर्फ़ प्रतिधारण के भरोसे दुकान बढ़ नहीं सकती।

## चर्चा

1. आपके मार्केटिंग प्रमुख कहते हैं कि त्योहारी सेल से 400 नए ग्राहक आए। इसे सफल कहने से पहले आप क्या पूछेंगे?
2. मौमिता के मित्र ने "पाँच से पच्चीस गुना" कहा। किसी अध्ययन का अनुपात अपनी दुकान के लिए सही मानने से पहले आपको उस अध्ययन के बारे में
   क्या जानना होगा?
3. रेफ़रल के ग्राहक अपनी लागत निकाल देते हैं, सोशल मीडिया विज्ञापनों के नहीं। क्या दुकान उसी दाम पर और ज़्यादा रेफ़रल
   ख़रीद सकती है? ऐसी कोशिश करने पर क्या बदल सकता है?

## मुख्य बातें

- ग्राहक छोड़ने की दर (churn) के दो अर्थ हैं: *इस महीने नहीं ख़रीदा* (जिस भी दुकान से लोग साल में कुछ ही बार ख़रीदते हैं,
  वहाँ यह दर ऊँची होती है) और *हमेशा के लिए चला गया* (यहाँ: 12 महीनों में कोई ऑर्डर नहीं)। खोए हुए ग्राहकों का हिस्सा सिर्फ़
  दूसरा अर्थ बताता है।
- कोहोर्ट तालिका एक साथ जुड़े ग्राहकों पर नज़र रखती है; समूहों का अंतर तभी कुछ कहता है जब वह संयोग से बन सकने वाले
  अंतर से बड़ा हो, और यह समूहों के निशान फेंटकर देखा जा सकता है।
- CLV आँकड़ों से बनाया जा सकता है: सक्रिय तिमाही का मार्जिन (GST के बिना आय × सकल मार्जिन) गुणा कोहोर्ट तालिका से निकली
  अपेक्षित सक्रिय तिमाहियों की संख्या। यहाँ CLV सभी चैनलों में लगभग बराबर है; CAC नहीं।
- LTV:CAC 1 से कम होने का मतलब है कि उस चैनल का हर नया ग्राहक घाटा देता है; लागत वसूली की अवधि बताती है कि ग्राहक को अपनी
  CAC वापस कमाने में कितना समय लगता है।
- ग्राहक बनाए रखने की लागत यादृच्छिक नियंत्रण समूह से तुलना करके, बनाए रखे गए हर ग्राहक पर मापी जाती है, भेजे गए हर संदेश पर
  नहीं; CAC से उसका अनुपात "बनाए रखा" के अर्थ पर निर्भर है, और उसमें नियंत्रण समूहों से आने वाला संयोग का उतार-चढ़ाव भी रहता है।

## शब्दावली

इस पाठ के शब्द नीचे हैं; सभी शब्द [शब्दावली (glossary)](glossary.md) में हैं।""",
        bn="""যে অক্ষরই বেছে নিয়ে থাকুন, তার সঙ্গে আসা মন্তব্যটি পড়ুন: প্রতিটি ভুল বিকল্প একটি চেনা ভুলকে তুলে ধরে। ঠিক পরামর্শেরও সীমা আছে, যা
তথ্যেই দেখা যায়: বার্তা পৌঁছায় শুধু দোকানের পুরোনো গ্রাহকদের কাছে, এখানে ধরে রাখা একজন গ্রাহক সারা জীবনের কেনাকাটা নয়,
মাত্র একটি বাড়তি অর্ডার এনে দেন, আর শুধু গ্রাহক ধরে রেখে দোকান বাড়তে পারে না।

## আলোচনা

1. আপনার বিপণন প্রধান বলছেন উৎসবের সেলে 400 জন নতুন গ্রাহক এসেছেন। একে সফল বলার আগে আপনি কী জানতে চাইবেন?
2. মৌমিতার বন্ধু বলেছিলেন "পাঁচ থেকে পঁচিশ গুণ"। কোনো গবেষণার অনুপাত নিজের দোকানে মেনে নেওয়ার আগে সেই গবেষণা সম্পর্কে
   আপনার কী জানা দরকার?
3. রেফারেলের গ্রাহকেরা খরচ উসুল করে দেন, সোশ্যাল মিডিয়া বিজ্ঞাপনের গ্রাহকেরা দেন না। দোকান কি একই দামে আরও বেশি রেফারেল কিনে নিতে পারে? চেষ্টা
   করলে কী বদলে যেতে পারে?

## মূল কথা

- "গ্রাহক হারানোর হার" (churn) কথাটির দুটি অর্থ: *এই মাসে কেনেননি* (যে দোকান থেকে ক্রেতারা বছরে মাত্র কয়েকবার কেনেন,
  সেখানে এটা সবসময়ই বেশি) আর *চিরতরে চলে গেছেন* (এখানে: 12 মাসে কোনো অর্ডার নেই)। শুধু দ্বিতীয়টিই হারানো গ্রাহকের অনুপাত।
- কোহর্ট সারণি একই সময়ে শুরু করা গ্রাহকদের দলকে অনুসরণ করে; দুই দলের তফাতের তখনই মানে আছে, যখন তা শুধু দৈবক্রমে যতটা
  হতে পারে তার চেয়ে বড়; দলের চিহ্ন এলোমেলো করে সেটা যাচাই করা যায়।
- CLV তথ্য থেকেই হিসাব করা যায়: সক্রিয় ত্রৈমাসিকের মার্জিন (GST বাদে আয় × মোট মার্জিন) গুণ কোহর্ট সারণি থেকে পাওয়া
  প্রত্যাশিত সক্রিয় ত্রৈমাসিকের সংখ্যা। এখানে CLV সব চ্যানেলে প্রায় এক; CAC নয়।
- LTV:CAC 1-এর কম মানে সেই চ্যানেলের প্রত্যেক নতুন গ্রাহকেই লোকসান; খরচ উসুলের সময় জানায়, একজন গ্রাহকের নিজের CAC
  উসুল করতে কত সময় লাগে।
- গ্রাহক ধরে রাখার খরচ মাপা হয় ধরে রাখা প্রতি গ্রাহকের হিসাবে, দৈবচয়নে বাছা নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে তুলনা করে, পাঠানো প্রতি
  বার্তার হিসাবে নয়; CAC-এর সঙ্গে তার অনুপাত নির্ভর করে "ধরে রাখা"-র অর্থের ওপর, আর নিয়ন্ত্রণ গোষ্ঠীর দৈবক্রমের ওঠানামাও তাতে থেকে যায়।

## পরিভাষা

এই পাঠের পরিভাষাগুলি নিচে দেওয়া হলো; সব পরিভাষা একসঙ্গে পাবেন [পরিভাষা (glossary)](glossary.md)-এ।""",
    ),
    code(
        """terms = ["churn", "retention", "cohort", "cac", "clv", "ltv_cac", "payback_period", "margin", "campaign"]
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
    code("""relkit.quiz("04")"""),
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
    code("""relkit.progress_bar("04")"""),
    md(
        en="""## Instructor notes

**Timing (about 85 minutes; for a 90-minute class).** Case and section 2, 15 min (04.1 included); section 3
with the festive test, 15 min (04.2); section 4, 5 min; section 5, 25 min (04.3); section 6, 15 min (04.4);
section 7 and discussion, 10 min (04.5). The quiz (10 minutes) can be set as homework.

**Where learners get stuck.** (1) The two meanings of churn: many expect 98 % to mean "98 % lost". Ask them
to predict the gone-for-good share before running the cell. (2) The shuffle: explain it as "deal the festive
labels again at random, like cards", not as a formula. (3) In section 5, why active quarters count every
order placed while the margin counts only kept orders: returns and RTO belong to the cost of an active
quarter.

**Common wrong answers.** 04.1: 0.321 (the customers who stayed) or the lesson's 0.762 (both ends of the
12 months not moved). 04.3: about 0.50 (the first quarter forgotten). 04.4: about ₹0.78 (cost per contact),
the error the lesson is about. 04.5: (b) shows the learner still counts messages, not retained customers; (d)
shows volume taken for value; (a) shows cheapest or fewest taken for least valuable.

**For a 60-minute slot.** Skip the festive subsection and the chance cell of section 6 (state the 8–17
range instead), and set 04.2 and 04.4 as homework.""",
        hi="""## प्रशिक्षक के लिए नोट

**समय (लगभग 85 मिनट; 90 मिनट की कक्षा के लिए)।** प्रसंग और भाग 2, 15 मिनट (04.1 सहित); भाग 3 त्योहारी परख के साथ, 15 मिनट
(04.2); भाग 4, 5 मिनट; भाग 5, 25 मिनट (04.3); भाग 6, 15 मिनट (04.4); भाग 7 और चर्चा, 10 मिनट (04.5)। प्रश्नोत्तरी (10 मिनट) गृहकार्य में दी जा सकती है।

**विद्यार्थी कहाँ अटकते हैं।** (1) ग्राहक छोड़ने के दो अर्थ: बहुत-से विद्यार्थी 98% का मतलब "98% खो गए" समझते हैं। सेल चलाने से
पहले उनसे हमेशा के लिए जा चुके ग्राहकों के हिस्से का अनुमान लगवाइए। (2) फेंटना: इसे सूत्र की तरह नहीं, "त्योहारी निशान ताश के पत्तों
की तरह फिर से बेतरतीब बाँटना" की तरह समझाइए। (3) भाग 5 में, सक्रिय तिमाहियों में दिया गया हर ऑर्डर क्यों गिना जाता है जबकि
मार्जिन में सिर्फ़ वे ऑर्डर जो लौटे नहीं: वापसी और RTO सक्रिय तिमाही की लागत का हिस्सा हैं।

**आम ग़लत उत्तर।** 04.1: 0.321 (टिके हुए ग्राहक) या पाठ का 0.762 (12 महीनों के दोनों छोर नहीं खिसकाए)। 04.3: लगभग 0.50
(पहली तिमाही भूल गए)। 04.4: लगभग ₹0.78 (प्रति संपर्क लागत), वही भूल जिसके बारे में यह पाठ है। 04.5: (b) दिखाता है कि
विद्यार्थी अब भी बनाए रखे गए ग्राहक नहीं, संदेश गिन रहा है; (d) कि उसने संख्या को मूल्य मान लिया; (a) कि उसने सबसे सस्ते या
सबसे कम ग्राहक लाने वाले चैनल को सबसे कम मूल्य वाला मान लिया।

**60 मिनट की कक्षा के लिए।** त्योहारी उपभाग और भाग 6 का संयोग वाला सेल छोड़ दीजिए (8 से 17 का दायरा बस बता दीजिए), और 04.2 व 04.4
गृहकार्य में दीजिए।""",
        bn="""## প্রশিক্ষকের জন্য টীকা

**সময় (প্রায় 85 মিনিট; 90 মিনিটের ক্লাসের জন্য)।** প্রেক্ষাপট আর অংশ 2, 15 মিনিট (04.1 সহ); অংশ 3 উৎসবের যাচাই সহ, 15 মিনিট
(04.2); অংশ 4, 5 মিনিট; অংশ 5, 25 মিনিট (04.3); অংশ 6, 15 মিনিট (04.4); অংশ 7 আর আলোচনা, 10 মিনিট (04.5)। কুইজটি (10 মিনিট) বাড়ির কাজ হিসেবে দেওয়া যায়।

**শিক্ষার্থীরা কোথায় আটকে যান।** (1) গ্রাহক হারানোর দুটি অর্থ: অনেকে ভাবেন 98% মানে "98% গ্রাহক হারিয়ে গেছে"। সেল চালানোর আগে
তাঁদের দিয়ে চিরতরে চলে যাওয়া গ্রাহকদের অনুপাত আন্দাজ করান। (2) এলোমেলো করা: এটিকে সূত্র হিসেবে নয়, "তাস ভাঁজার মতো উৎসবের
চিহ্নগুলি আবার এলোমেলো করে বিলি করা" হিসেবে বোঝান। (3) অংশ 5-এ, কেন সক্রিয় ত্রৈমাসিক গোনায় দেওয়া প্রতিটি অর্ডার ধরা হয়, অথচ
মার্জিনে শুধু সরবরাহ হওয়া বা পথে থাকা অর্ডার: ফেরত আর RTO সক্রিয় ত্রৈমাসিকের খরচেরই অংশ।

**সাধারণ ভুল উত্তর।** 04.1: 0.321 (যাঁরা থেকে গেছেন) বা পাঠের 0.762 (12 মাসের দুই প্রান্ত সরানো হয়নি)। 04.3: প্রায় 0.50 (প্রথম
ত্রৈমাসিক বাদ পড়েছে)। 04.4: প্রায় ₹0.78 (প্রতি যোগাযোগের খরচ), ঠিক সেই ভুল যা নিয়ে এই পাঠ। 04.5: (b) দেখায় শিক্ষার্থী এখনও
ধরে রাখা গ্রাহক নয়, বার্তা গুনছেন; (d) দেখায়, শিক্ষার্থী গ্রাহকের সংখ্যাকেই মূল্য ভেবেছেন; (a) দেখায়, সবচেয়ে সস্তা বা সবচেয়ে
কম গ্রাহক আনা চ্যানেলকে সবচেয়ে কম মূল্যবান ভেবেছেন।

**60 মিনিটের ক্লাসের জন্য।** উৎসবের উপ-অংশ আর অংশ 6-এর দৈবক্রমের সেলটি বাদ দিন (শুধু 8 থেকে 17-এর পরিসরটি বলে দিন), আর 04.2 ও
04.4 বাড়ির কাজ হিসেবে দিন।""",
        tags=["instructor"],
    ),
]
