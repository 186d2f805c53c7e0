"""Lesson 04: retention versus acquisition. Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py."""

CELLS = [
    md(
        en="""# 04 · Retention versus acquisition

Every business loses some customers and has to win new ones. Both cost money. In this lesson you measure how
many customers a shop keeps, what it pays to win a new one, and what one customer is worth over the whole
relationship. At the end you will see, in the shop's own data, why keeping a customer is so much cheaper
than winning one.

**After this lesson you can**

1. define churn and retention and compute them for one month;
2. explain why a small monthly churn grows into a large loss over a year;
3. read a cohort retention table and its heatmap, row by row and column by column;
4. compute the customer acquisition cost (CAC) of each channel;
5. compute customer lifetime value (CLV), the LTV:CAC ratio and the payback period;
6. show with data that keeping a customer costs less than winning one.

**Time:** about 40 minutes. Four exercises are checked by `relkit.check`. Unfamiliar words are in the [glossary](glossary.md).""",
        hi="""# 04 · ग्राहक बनाए रखना बनाम नए ग्राहक जोड़ना

हर व्यवसाय के कुछ ग्राहक छूट जाते हैं और उसे नए ग्राहक जोड़ने पड़ते हैं। दोनों कामों में पैसा लगता है। इस पाठ में आप मापेंगे कि एक दुकान
अपने कितने ग्राहक बचा पाती है, एक नया ग्राहक जोड़ने में उसका कितना ख़र्च होता है, और पूरे संबंध के दौरान एक ग्राहक का उसके लिए
कितना मूल्य है। अंत में आप दुकान के अपने आँकड़ों में देखेंगे कि पुराने ग्राहक को बनाए रखना नया ग्राहक जोड़ने से कितना सस्ता है।

**इस पाठ के बाद आप**

1. ग्राहक छोड़ने की दर (churn rate) और प्रतिधारण (retention) की परिभाषा दे सकेंगे और किसी एक महीने के लिए दोनों निकाल
   सकेंगे;
2. समझा सकेंगे कि हर महीने का छोटा-सा नुक़सान साल भर में बड़ा कैसे हो जाता है;
3. कोहोर्ट (cohort) प्रतिधारण की तालिका और उसका हीटमैप (heatmap) पंक्ति-दर-पंक्ति और कॉलम-दर-कॉलम पढ़ सकेंगे;
4. हर चैनल की ग्राहक अधिग्रहण लागत (Customer Acquisition Cost, CAC) निकाल सकेंगे;
5. ग्राहक आजीवन मूल्य (Customer Lifetime Value, CLV), LTV:CAC अनुपात और लागत वसूली की अवधि (payback period) निकाल
   सकेंगे;
6. आँकड़ों से दिखा सकेंगे कि ग्राहक को बनाए रखना, नया ग्राहक जोड़ने से सस्ता है।

**समय:** लगभग 40 मिनट। चार अभ्यासों की जाँच `relkit.check` करता है। अनजान शब्दों के अर्थ [शब्दावली (glossary)](glossary.md) में देखें।""",
        bn="""# 04 · গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা

প্রত্যেক ব্যবসাই কিছু গ্রাহক হারায়, আর তাকে নতুন গ্রাহক আনতে হয়। দুটো কাজেই টাকা লাগে। এই পাঠে আপনি মেপে দেখবেন একটি
দোকান তার কতজন গ্রাহককে ধরে রাখতে পারে, একজন নতুন গ্রাহক আনতে তার কত খরচ হয়, আর পুরো সম্পর্কের মেয়াদে একজন গ্রাহকের
মূল্য তার কাছে কত। শেষে দোকানের নিজের তথ্যেই দেখবেন, পুরোনো গ্রাহককে ধরে রাখা নতুন গ্রাহক আনার চেয়ে কত সস্তা।

**এই পাঠের পরে আপনি পারবেন**

1. গ্রাহক হারানোর হার (churn rate) আর ধরে রাখার হারের (retention) সংজ্ঞা দিতে এবং কোনো এক মাসের জন্য দুটোই হিসাব
   করতে;
2. বোঝাতে যে প্রতি মাসের সামান্য ক্ষতি এক বছরে কীভাবে বড় হয়ে ওঠে;
3. কোহর্ট (cohort) ধরে রাখার সারণি আর তার হিটম্যাপ (heatmap) সারি ধরে ও কলাম ধরে পড়তে;
4. প্রতিটি চ্যানেলের গ্রাহক সংগ্রহের খরচ (Customer Acquisition Cost, CAC) হিসাব করতে;
5. গ্রাহকের আজীবন মূল্য (Customer Lifetime Value, CLV), LTV:CAC অনুপাত আর খরচ উসুলের সময় (payback period) হিসাব
   করতে;
6. তথ্য দিয়ে দেখাতে যে গ্রাহক ধরে রাখার খরচ নতুন গ্রাহক আনার চেয়ে কম।

**সময়:** প্রায় 40 মিনিট। চারটি অনুশীলন যাচাই করে `relkit.check`। অচেনা শব্দের মানে [পরিভাষা (glossary)](glossary.md)-এ দেখুন।""",
    ),
    md(
        en="""## 1. Load relkit and the shop's data

The first cell chooses the language and loads the simulated world: the customers, orders and campaigns of
one Indian online shop over 2023 and 2024. Its first line, `%matplotlib inline`, tells Jupyter to draw every
chart inside the notebook. Run the cells from top to bottom with **Shift + Enter**.""",
        hi="""## 1. relkit और दुकान के आँकड़े लोड करें

पहला सेल भाषा चुनता है और सिम्युलेटेड दुनिया लोड करता है: एक भारतीय ऑनलाइन दुकान के 2023 और 2024 के ग्राहक, ऑर्डर और
अभियान (campaign)। उसकी पहली पंक्ति, `%matplotlib inline`, Jupyter से कहती है कि हर ग्राफ़ नोटबुक के अंदर ही बने। सेल
ऊपर से नीचे क्रम से **Shift + Enter** दबाकर चलाएँ।""",
        bn="""## 1. relkit আর দোকানের তথ্য লোড করুন

প্রথম সেলটি ভাষা বেছে নেয় আর সিমুলেটেড জগৎটি লোড করে: একটি ভারতীয় অনলাইন দোকানের 2023 ও 2024 সালের গ্রাহক,
অর্ডার আর প্রচারাভিযান (campaign)। এর প্রথম লাইন, `%matplotlib inline`, Jupyter-কে বলে প্রতিটি লেখচিত্র নোটবুকের
ভেতরেই আঁকতে। সেলগুলি ওপর থেকে নিচে পরপর **Shift + Enter** চেপে চালান।""",
    ),
    code(
        """%matplotlib inline
import pandas as pd

import relkit

relkit.set_language("{LANG}")
world = relkit.load_world()
world.orders.head(3)"""
    ),
    md(
        en="""## 2. Churn and retention

Take the customers who bought something in May. **Retention** for June is the share of them who bought again
in June; **churn** is the share who did not. So the two always add up to 100 %:

`churn = 1 − retention`

New customers who first bought in June do not count: only a customer you already had can be kept or lost.
`relkit.retention_rate` and `relkit.churn_rate` take the orders and the first and last day of the month.""",
        hi="""## 2. ग्राहक छोड़ने की दर और प्रतिधारण

उन ग्राहकों को लीजिए जिन्होंने मई में कुछ ख़रीदा। जून का **प्रतिधारण (retention)** उनमें से उन ग्राहकों का हिस्सा है जिन्होंने जून
में फिर ख़रीदा; **ग्राहक छोड़ने की दर (churn rate)** उनका हिस्सा है जिन्होंने नहीं ख़रीदा। इसलिए दोनों का जोड़ हमेशा 100%
होता है:

`churn = 1 − retention`

जून में पहली बार ख़रीदने वाले नए ग्राहक इसमें नहीं गिने जाते: बचाया या खोया तो वही ग्राहक जा सकता है जो पहले से आपका था।
`relkit.retention_rate` और `relkit.churn_rate` ऑर्डर की तालिका और महीने का पहला व आख़िरी दिन लेते हैं।""",
        bn="""## 2. গ্রাহক হারানোর হার আর ধরে রাখা

যে গ্রাহকেরা মে মাসে কিছু কিনেছেন, তাঁদের কথা ভাবুন। জুন মাসের **ধরে রাখার হার (retention)** হলো তাঁদের মধ্যে যাঁরা
জুনে আবার কিনেছেন, তাঁদের অনুপাত; **গ্রাহক হারানোর হার (churn rate)** হলো যাঁরা কেনেননি, তাঁদের অনুপাত। তাই দুটো
মিলে সবসময় 100% হয়:

`churn = 1 − retention`

জুনে প্রথমবার কেনা নতুন গ্রাহকেরা এই হিসাবে আসেন না: ধরে রাখা বা হারানো যায় কেবল সেই গ্রাহককে, যিনি আগে থেকেই
আপনার। `relkit.retention_rate` আর `relkit.churn_rate` অর্ডারের সারণি এবং মাসের প্রথম ও শেষ দিন নেয়।""",
    ),
    code(
        """retention_june = relkit.retention_rate(
    world.orders, period_start="2024-06-01", period_end="2024-06-30"
)
churn_june = relkit.churn_rate(world.orders, period_start="2024-06-01", period_end="2024-06-30")
print("retention_june =", relkit.format_percent(retention_june))
print("churn_june     =", relkit.format_percent(churn_june))"""
    ),
    md(
        en="""The two numbers add up to 100 %, as they must. Almost all of May's buyers did not buy in June.
Does that mean they left the shop for good? Not all of them: a customer of an online shop may wait many
months between two orders, and some of May's buyers will be back later in the year. But in this shop most
customers buy only once, so the monthly churn is high. A month is a short window for a shop whose customers
buy so rarely. Choose the period to fit how often your customers buy: monthly for a grocery app, quarterly
or yearly for a furniture store or for a shop like this one.""",
        hi="""दोनों संख्याओं का जोड़ 100% है, जैसा होना ही चाहिए। मई के लगभग सभी ख़रीदारों ने जून में कुछ नहीं ख़रीदा। क्या
वे सब दुकान को हमेशा के लिए छोड़ गए? सब नहीं: ऑनलाइन दुकान का ग्राहक दो ऑर्डरों के बीच कई महीने रुक सकता है, और मई के कुछ
ख़रीदार साल में आगे चलकर लौटेंगे। लेकिन इस दुकान के ज़्यादातर ग्राहक सिर्फ़ एक बार ख़रीदते हैं, इसलिए महीने-दर-महीने ग्राहक छोड़ने
की दर ऊँची रहती है। जिस दुकान के ग्राहक इतनी कम बार ख़रीदते हों, उसके लिए एक महीना छोटी अवधि है। अवधि वैसी चुनिए जैसी आपके ग्राहकों की
ख़रीद की आदत हो: किराने का सामान बेचने वाले ऐप के लिए महीना, फ़र्नीचर की दुकान या इस जैसी दुकान के लिए तिमाही या साल।""",
        bn="""দুটো সংখ্যা মিলে 100%, যেমনটা হওয়ার কথা। মে মাসের প্রায় সব ক্রেতাই জুনে কিছু কেনেননি। তার মানে
কি তাঁরা সবাই চিরকালের মতো দোকান ছেড়ে গেছেন? সবাই নন: অনলাইন দোকানের গ্রাহক দুটো অর্ডারের মাঝে অনেক মাস সময় নিতে
পারেন, আর মে মাসের কিছু ক্রেতা বছরের পরের দিকে ফিরে আসবেন। কিন্তু এই দোকানের বেশিরভাগ গ্রাহক মাত্র একবারই কেনেন, তাই
মাসিক গ্রাহক হারানোর হার বেশি। যে দোকানের গ্রাহকেরা এত কম কেনেন, তার জন্য এক মাস খুব ছোট সময়। সময়কাল বাছুন গ্রাহকেরা
কত ঘনঘন কেনেন সেই অনুযায়ী: মুদির অ্যাপের জন্য মাস, আসবাবের দোকান বা এই দোকানের মতো দোকানের জন্য ত্রৈমাসিক বা বার্ষিক।""",
    ),
    md(
        en="""### A small churn adds up

Suppose a shop loses a steady share `c` of its customers every month. After one month `1 − c` of them are
left, after two months `(1 − c) × (1 − c)`, and after `n` months `(1 − c)ⁿ`. By hand for 5 % a month over a
year: `0.95¹² ≈ 0.54`. Out of 1,000 customers only about 540 are still there after twelve months, although
each single month looked harmless. The cell below does the same for 2 %, 5 % and 10 %.""",
        hi="""### छोटी-सी दर भी जुड़ते-जुड़ते बड़ी हो जाती है

मान लीजिए कोई दुकान हर महीने अपने ग्राहकों का एक तय हिस्सा `c` खो देती है। एक महीने बाद `1 − c` ग्राहक बचते हैं, दो महीने
बाद `(1 − c) × (1 − c)`, और `n` महीने बाद `(1 − c)ⁿ`। 5% मासिक दर पर एक साल का हिसाब हाथ से: `0.95¹² ≈ 0.54`।
यानी 1,000 ग्राहकों में से बारह महीने बाद केवल लगभग 540 बचते हैं, जबकि हर एक महीना अपने-आप में मामूली लग रहा था। नीचे का सेल यही
हिसाब 2%, 5% और 10% के लिए करता है।""",
        bn="""### সামান্য হারও জমতে জমতে বড় হয়

ধরা যাক কোনো দোকান প্রতি মাসে তার গ্রাহকদের একটি নির্দিষ্ট অংশ `c` হারায়। এক মাস পরে থাকে `1 − c`, দুই মাস পরে
`(1 − c) × (1 − c)`, আর `n` মাস পরে `(1 − c)ⁿ`। মাসে 5% হারে এক বছরের হিসাব হাতে কষে: `0.95¹² ≈ 0.54`।
অর্থাৎ 1,000 জন গ্রাহকের মধ্যে বারো মাস পরে থাকেন মাত্র প্রায় 540 জন, অথচ আলাদা করে প্রতিটি মাস নিরীহই মনে হচ্ছিল।
নিচের সেলটি একই হিসাব করে 2%, 5% আর 10%-এর জন্য।""",
    ),
    code(
        """for monthly_churn in [0.02, 0.05, 0.10]:
    left_after_a_year = (1 - monthly_churn) ** 12
    print(relkit.format_percent(monthly_churn), "->", relkit.format_percent(left_after_a_year))"""
    ),
    md(
        en="""A churn of 10 % a month leaves fewer than a third of the customers after a year. Cutting churn
by a few points each month is worth a great deal over a year.

### Exercise 04.1 · Churn in March 2024

Compute the churn rate of March 2024 (1 to 31 March) from `world.orders`, as a share between 0 and 1, and
store it in `answer`. Then run the cell: `relkit.check` tells you whether it is right. If it is not right
yet, each new try brings a further hint; `relkit.hint("04.1")` shows the code, and the collapsed cell under
each exercise holds a solution: click it to open it.""",
        hi="""हर महीने 10% की दर से साल भर बाद एक-तिहाई से भी कम ग्राहक बचते हैं। अगर यह दर हर महीने कुछ
प्रतिशत अंक भी घट जाए, तो साल भर में उसका बड़ा फ़ायदा मिलता है।

### अभ्यास 04.1 · मार्च 2024 में ग्राहक छोड़ने की दर

`world.orders` से मार्च 2024 (1 से 31 मार्च) की ग्राहक छोड़ने की दर 0 और 1 के बीच की दशमलव संख्या के रूप में निकालें और उसे `answer` में
रखें। फिर सेल चलाएँ: `relkit.check` बताएगा कि उत्तर सही है या नहीं। अगर उत्तर अभी सही नहीं है, तो हर नई कोशिश पर
पहले से ज़्यादा साफ़ संकेत मिलेगा; `relkit.hint("04.1")` कोड दिखाता है, और हर अभ्यास के नीचे वाले छिपे हुए (collapsed) सेल में
एक हल है: उसे खोलने के लिए उस पर क्लिक करें।""",
        bn="""মাসে 10% হারে এক বছর পরে এক-তৃতীয়াংশেরও কম গ্রাহক থাকেন। প্রতি মাসে এই হার কয়েক পয়েন্ট কমাতে
পারলেই বছর শেষে তার লাভ অনেক।

### অনুশীলন 04.1 · মার্চ 2024-এ গ্রাহক হারানোর হার

`world.orders` থেকে মার্চ 2024-এর (1 থেকে 31 মার্চ) গ্রাহক হারানোর হার 0 থেকে 1-এর মধ্যে একটি অনুপাত হিসেবে বের
করুন আর `answer`-এ রাখুন। তারপর সেলটি চালান: `relkit.check` জানিয়ে দেবে উত্তর ঠিক কি না। উত্তর এখনও ঠিক না হলে
প্রতিটি নতুন চেষ্টায় আরও একটু ইঙ্গিত পাবেন; `relkit.hint("04.1")` চালালে কোডটি দেখতে পাবেন, আর প্রতিটি অনুশীলনের
নিচে গুটিয়ে রাখা (collapsed) সেলে একটি সমাধান আছে: সেটি খুলতে তার ওপর ক্লিক করুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("04.1", answer)"""
    ),
    code(
        """answer = relkit.churn_rate(world.orders, period_start="2024-03-01", period_end="2024-03-31")
relkit.check("04.1", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 3. Cohort retention: following groups of customers

A **cohort** is a group of customers who started in the same period, here the same quarter. The cohort table
follows each group over time: the cell in row *cohort* and column *k* is the share of that cohort who
ordered again *k* quarters after their first order:

`retention[cohort, k] = customers of the cohort who ordered in quarter k ÷ customers in the cohort`

Column 0 is always 100 %, because everyone ordered in their first quarter.""",
        hi="""## 3. कोहोर्ट प्रतिधारण: ग्राहकों के समूहों पर नज़र

**कोहोर्ट (cohort)** उन ग्राहकों का समूह है जो एक ही अवधि में जुड़े, यहाँ एक ही तिमाही में। कोहोर्ट तालिका समय के साथ हर
समूह पर नज़र रखती है: पंक्ति *कोहोर्ट* और कॉलम *k* वाला खाना बताता है कि उस कोहोर्ट के कितने हिस्से ने पहले ऑर्डर के *k*
तिमाही बाद फिर ऑर्डर किया:

`retention[cohort, k] = कोहोर्ट के वे ग्राहक जिन्होंने तिमाही k में ऑर्डर किया ÷ कोहोर्ट के कुल ग्राहक`

कॉलम 0 हमेशा 100% होता है, क्योंकि हर ग्राहक ने अपनी पहली तिमाही में ऑर्डर किया ही था।""",
        bn="""## 3. কোহর্ট ধরে রাখা: গ্রাহকদের দলকে অনুসরণ

**কোহর্ট (cohort)** হলো একই সময়ে শুরু করা গ্রাহকদের দল, এখানে একই ত্রৈমাসিকে। কোহর্ট সারণি প্রতিটি দলকে সময়ের সঙ্গে
অনুসরণ করে: *কোহর্ট* সারি আর *k* কলামের ঘরটি জানায়, প্রথম অর্ডারের *k* ত্রৈমাসিক পরে সেই কোহর্টের কত অংশ আবার
অর্ডার দিয়েছেন:

`retention[cohort, k] = কোহর্টের যে গ্রাহকেরা ত্রৈমাসিক k-তে অর্ডার দিয়েছেন ÷ কোহর্টের মোট গ্রাহক`

কলাম 0 সবসময় 100%, কারণ প্রত্যেকেই নিজের প্রথম ত্রৈমাসিকে অর্ডার দিয়েছেন।""",
    ),
    code(
        """cohorts = relkit.cohort_retention(world.orders, period="Q")
cohorts.round(2)"""
    ),
    md(
        en="""The same table as a picture: brighter cells mean more customers came back. The number of
customers in each cohort is written beside its name.""",
        hi="""यही तालिका चित्र के रूप में: जितना चमकीला खाना, उतने ज़्यादा ग्राहक लौटे। हर कोहोर्ट के नाम के पास उसके
ग्राहकों की संख्या लिखी है।""",
        bn="""একই সারণি ছবিতে: ঘর যত উজ্জ্বল, তত বেশি গ্রাহক ফিরে এসেছেন। প্রতিটি কোহর্টের নামের পাশে তার
গ্রাহকসংখ্যা লেখা আছে।""",
    ),
    code("""ax = relkit.plot_cohort_heatmap(cohorts)"""),
    md(
        en="""**Reading a row** tells the story of one cohort. Take the first row, the customers who joined
in the first quarter of 2023: in every later quarter only a small share of them ordered again. Most of the
loss happens at once, right after the first purchase: in this shop most customers buy once and do not come
back.

**Reading a column** compares cohorts at the same age. Read column 1 from top to bottom: the cohorts differ
by a few points. Does a better cohort mean that something the shop changed is working? Be careful. Each
cohort holds only a few hundred customers, and when only about one in ten of them comes back, chance alone
moves such a share up or down by a few points. A difference is worth acting on only when it is larger than
chance could make, or when it has a cause you can name. After the exercise we test one such cause.

The table is a triangle because newer cohorts have not lived long enough: the customers who joined in late
2024 have no "four quarters later" yet.

### Exercise 04.2 · The monthly cohort table

Build the cohort table by **month** instead of by quarter (month is what `relkit.cohort_retention` uses when
you do not give `period`) and store the whole table in `answer`.""",
        hi="""**पंक्ति पढ़ने** से एक कोहोर्ट की कहानी मिलती है। पहली पंक्ति लीजिए, यानी 2023 की पहली तिमाही में जुड़े
ग्राहक: बाद की हर तिमाही में उनमें से बस थोड़े-से ग्राहकों ने फिर ऑर्डर किया। सबसे ज़्यादा ग्राहक एक ही झटके में, पहली ख़रीद के
ठीक बाद, छूट जाते हैं: इस दुकान के ज़्यादातर ग्राहक एक बार ख़रीदते हैं और लौटकर नहीं आते।

**कॉलम पढ़ने** से एक ही उम्र के कोहोर्टों की तुलना होती है। कॉलम 1 को ऊपर से नीचे पढ़िए: कोहोर्टों के बीच कुछ अंकों का अंतर है।
क्या किसी बेहतर कोहोर्ट का मतलब है कि दुकान का कोई बदलाव काम कर रहा है? सावधान रहिए। हर कोहोर्ट में बस कुछ सौ ग्राहक हैं, और
जब लगभग दस में से एक ग्राहक ही लौटता है, तो अकेला संयोग (chance) ही ऐसे हिस्से को कुछ अंक ऊपर-नीचे कर सकता है। किसी अंतर
पर क़दम तभी उठाइए जब वह संयोग से बन सकने वाले अंतर से बड़ा हो, या जब उसका कोई कारण आप बता सकें। अभ्यास के बाद हम ऐसे ही एक कारण
को परखेंगे।

तालिका तिकोनी है, क्योंकि नए कोहोर्टों को अभी उतना समय ही नहीं मिला: 2024 के आख़िर में जुड़े ग्राहकों के लिए "चार तिमाही बाद"
अभी आया ही नहीं।

### अभ्यास 04.2 · महीने-वार कोहोर्ट तालिका

कोहोर्ट तालिका तिमाही की जगह **महीने** के हिसाब से बनाइए (`period` न देने पर `relkit.cohort_retention` महीना ही
लेता है) और पूरी तालिका `answer` में रखिए।""",
        bn="""**সারি ধরে পড়লে** একটি কোহর্টের গল্প পাওয়া যায়। প্রথম সারিটি নিন, অর্থাৎ 2023-এর প্রথম ত্রৈমাসিকে
যোগ দেওয়া গ্রাহকেরা: পরের প্রতিটি ত্রৈমাসিকে তাঁদের মধ্যে অল্প কয়েকজনই আবার অর্ডার দিয়েছেন। গ্রাহক হারানোর বেশিরভাগটা
ঘটে একবারেই, প্রথম কেনাকাটার ঠিক পরে: এই দোকানের বেশিরভাগ গ্রাহক একবার কিনে আর ফিরে আসেন না।

**কলাম ধরে পড়লে** একই বয়সের কোহর্টগুলির তুলনা হয়। কলাম 1 ওপর থেকে নিচে পড়ুন: কোহর্টগুলির মধ্যে তফাত কয়েক
পয়েন্টের। কোনো কোহর্ট ভালো করলে কি ধরে নেওয়া যায় যে দোকানের কোনো পরিবর্তন কাজ করছে? সাবধান। প্রতিটি কোহর্টে মাত্র
কয়েকশো গ্রাহক, আর যখন তাঁদের মধ্যে মোটামুটি দশজনে একজন ফিরে আসেন, তখন শুধু দৈবক্রমেই (by chance) এমন অনুপাত কয়েক
পয়েন্ট ওঠানামা করে। কোনো তফাত দেখে পদক্ষেপ নেওয়া তখনই অর্থপূর্ণ, যখন তফাতটা দৈবক্রমে যতটা হতে পারে তার চেয়ে বড়, অথবা
যখন তার পেছনে এমন কোনো কারণ আছে যা আপনি নির্দিষ্ট করে বলতে পারেন। অনুশীলনের পরে আমরা এমনই একটি কারণ যাচাই করব।

সারণিটি ত্রিভুজের মতো, কারণ নতুন কোহর্টগুলি এখনও যথেষ্ট সময় পায়নি: 2024-এর শেষে যোগ দেওয়া গ্রাহকদের "চার ত্রৈমাসিক
পরে" এখনও আসেইনি।

### অনুশীলন 04.2 · মাসভিত্তিক কোহর্ট সারণি

কোহর্ট সারণিটি ত্রৈমাসিকের বদলে **মাস** ধরে তৈরি করুন (`period` না দিলে `relkit.cohort_retention` মাসই ধরে) আর
পুরো সারণিটি `answer`-এ রাখুন।""",
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
        en="""### Festive-season customers

Many Indian shops win a crowd of new customers in the festive season, from Navratri and Durga Puja to
Diwali, when sales and offers draw people in. Do these customers stay as well as the others? The cell below
takes everyone who joined in 2023 (so each has had a full year to come back), marks those who joined in
that year's festive season (30 days before Diwali, 12 November 2023, to 3 days after), and compares the
share who ordered again within a year of joining.""",
        hi="""### त्योहारी मौसम के ग्राहक

बहुत-सी भारतीय दुकानें त्योहारी मौसम (festive season) में, नवरात्रि और दुर्गा पूजा से दीवाली तक, ढेर सारे नए ग्राहक जोड़ती हैं, जब सेल और
ऑफ़र लोगों को खींच लाते हैं। क्या ये ग्राहक बाक़ियों जितना टिकते हैं? नीचे का सेल 2023 में जुड़े सभी ग्राहकों को लेता है (ताकि
हर एक को लौटने के लिए पूरा एक साल मिला हो), उस साल के त्योहारी मौसम में (12 नवंबर 2023 की दीवाली से 30 दिन पहले से
लेकर 3 दिन बाद तक) जुड़े ग्राहकों पर निशान लगाता है, और फिर दोनों समूहों में उन ग्राहकों के हिस्से की तुलना करता है जिन्होंने जुड़ने
के एक साल के भीतर फिर ऑर्डर किया।""",
        bn="""### উৎসবের মরসুমের গ্রাহক

অনেক ভারতীয় দোকান উৎসবের মরসুমে (festive season), নবরাত্রি আর দুর্গাপুজো থেকে দীপাবলি পর্যন্ত, প্রচুর নতুন গ্রাহক পায়:
তখন সেল আর অফার মানুষকে টেনে আনে। এই গ্রাহকেরা কি অন্যদের মতোই টিকে থাকেন? নিচের সেলটি 2023-এ যোগ দেওয়া সব গ্রাহককে
নেয় (যাতে প্রত্যেকে ফিরে আসার জন্য পুরো এক বছর সময় পান), তাঁদের মধ্যে যাঁরা সেই বছরের উৎসবের মরসুমে যোগ দিয়েছেন তাঁদের
আলাদা করে চিহ্নিত করে (দীপাবলি ছিল 12 নভেম্বর 2023; মরসুম ধরা হয়েছে তার 30 দিন আগে থেকে 3 দিন পর পর্যন্ত), আর দুই
দলে যোগ দেওয়ার এক বছরের মধ্যে আবার অর্ডার দেওয়া গ্রাহকদের অনুপাত তুলনা করে।""",
    ),
    code(
        """diwali = pd.Timestamp("2023-11-12")
joined = world.customers[world.customers["signup_date"].dt.year == 2023].copy()
joined["festive"] = joined["signup_date"].between(diwali - pd.Timedelta(days=30), diwali + pd.Timedelta(days=3))

later = world.orders.merge(joined[["customer_id", "signup_date"]], on="customer_id")
days_after = (later["order_date"] - later["signup_date"]).dt.days
came_back = later.loc[(days_after > 0) & (days_after <= 365), "customer_id"].unique()
joined["ordered_again"] = joined["customer_id"].isin(came_back)

joined.groupby("festive")["ordered_again"].agg(["size", "mean"]).round(3)"""
    ),
    md(
        en="""Read the two rows: `size` is the number of customers, `mean` the share who ordered again within a
year. In this shop the festive-season customers came back less often. That fits a known pattern: a sale
brings in bargain hunters, who buy once at the festive price and do not return at ordinary prices. But the
festive group is small, so before the shop acts on the gap (say, by spending less on festive advertising),
it should check that the gap is larger than chance could make and see whether it repeats next season.
Notice, too, that a quarterly cohort mixes festive and ordinary customers, which hides the gap: to test a
cause, group customers by that cause.""",
        hi="""दोनों पंक्तियाँ पढ़िए: `size` ग्राहकों की संख्या है, और `mean` उन ग्राहकों का हिस्सा जिन्होंने एक साल के भीतर फिर ऑर्डर
किया। इस दुकान में त्योहारी मौसम के ग्राहक कम बार लौटे। यह एक जाने-पहचाने ढर्रे से मेल खाता है: सेल सस्ते सौदे ढूँढ़ने वाले
ख़रीदारों को लाती है, जो त्योहारी दाम पर एक बार ख़रीदते हैं और आम दाम पर नहीं लौटते। लेकिन त्योहारी समूह छोटा है, इसलिए इस
अंतर पर क़दम उठाने से पहले (जैसे त्योहारी विज्ञापन पर कम ख़र्च करना) दुकान को जाँचना चाहिए कि अंतर संयोग से बन सकने वाले
अंतर से बड़ा है, और देखना चाहिए कि अगले मौसम में भी यही होता है या नहीं। यह भी देखिए कि तिमाही वाला कोहोर्ट त्योहारी और आम
ग्राहकों को मिला देता है, जिससे यह अंतर छिप जाता है: किसी कारण को परखना हो, तो ग्राहकों को उसी कारण के हिसाब से बाँटिए।""",
        bn="""দুটি সারি পড়ুন: `size` হলো গ্রাহকের সংখ্যা, আর `mean` হলো যাঁরা এক বছরের মধ্যে আবার অর্ডার দিয়েছেন তাঁদের অনুপাত।
এই দোকানে উৎসবের মরসুমের গ্রাহকেরা কম ফিরে এসেছেন। এটা একটা চেনা প্রবণতার সঙ্গে মেলে: সেল টেনে আনে সস্তার খোঁজে থাকা
ক্রেতাদের, যাঁরা উৎসবের ছাড়ের দামে একবার কেনেন আর সাধারণ দামে আর ফেরেন না। কিন্তু উৎসবের দলটি ছোট, তাই এই তফাত দেখে
কোনো পদক্ষেপ নেওয়ার আগে (যেমন উৎসবের বিজ্ঞাপনে খরচ কমানো) দোকানের যাচাই করা উচিত যে তফাতটা দৈবক্রমে যতটা হতে পারে
তার চেয়ে বড় কি না, আর দেখা উচিত পরের মরসুমেও একই জিনিস ঘটে কি না। এটাও লক্ষ করুন: ত্রৈমাসিক কোহর্ট উৎসবের আর সাধারণ
গ্রাহকদের মিশিয়ে দেয়, ফলে তফাতটা চাপা পড়ে যায়। কোনো কারণ যাচাই করতে হলে গ্রাহকদের সেই কারণ ধরেই ভাগ করুন।""",
    ),
    md(
        en="""## 4. What does it cost to win a customer?

The **customer acquisition cost (CAC)** is what the shop spends on advertising (on search engines, social media and
marketplaces) and on referral rewards,
divided by the number of customers this brings in:

`CAC = money spent to win customers ÷ customers won`

Each row of `world.customers` records what winning that customer cost, and through which channel they came.
`relkit.cac_by_channel` averages these costs per channel (cheapest first).""",
        hi="""## 4. एक नया ग्राहक जोड़ने में कितना ख़र्च होता है?

दुकान विज्ञापन (सर्च इंजन, सोशल मीडिया और मार्केटप्लेस पर) और रेफ़रल इनाम पर जो राशि ख़र्च करती है, उसे इससे मिले
ग्राहकों की संख्या से भाग देने पर **ग्राहक अधिग्रहण लागत (Customer Acquisition Cost, CAC)** मिलती है:

`CAC = नए ग्राहक जोड़ने पर ख़र्च हुई राशि ÷ मिले ग्राहक`

`world.customers` की हर पंक्ति में दर्ज है कि उस ग्राहक को पाने में कितना ख़र्च हुआ और वह किस चैनल से आया।
`relkit.cac_by_channel` हर चैनल के लिए इन लागतों का औसत निकालता है (सबसे सस्ता चैनल सबसे ऊपर)।""",
        bn="""## 4. একজন নতুন গ্রাহক পেতে কত খরচ হয়?

**গ্রাহক সংগ্রহের খরচ (Customer Acquisition Cost, CAC)** হলো বিজ্ঞাপনে (সার্চ ইঞ্জিন, সোশ্যাল মিডিয়া আর মার্কেটপ্লেসে) আর
রেফারেল পুরস্কারে দোকান যা খরচ করে, তাকে সেই খরচে পাওয়া নতুন গ্রাহকের সংখ্যা দিয়ে ভাগ করলে যা দাঁড়ায়:

`CAC = নতুন গ্রাহক আনতে খরচ হওয়া টাকা ÷ নতুন পাওয়া গ্রাহকের সংখ্যা`

`world.customers`-এর প্রতিটি সারিতে লেখা আছে সেই গ্রাহককে পেতে কত খরচ হয়েছে আর তিনি কোন চ্যানেল দিয়ে এসেছেন।
`relkit.cac_by_channel` প্রতিটি চ্যানেলের জন্য এই খরচের গড় বের করে (সবচেয়ে সস্তাটি আগে)।""",
    ),
    code(
        """cac = relkit.cac_by_channel(world.customers)
cac.round(0)"""
    ),
    md(
        en="""### Exercise 04.3 · The most expensive channel

Which acquisition channel has the highest CAC? Store its name in `answer`, spelled as in the table, for
example `"referral"`. You can read it off the table, or let pandas find it with `cac["cac_inr"].idxmax()`.""",
        hi="""### अभ्यास 04.3 · सबसे महँगा चैनल

किस अधिग्रहण चैनल की CAC सबसे ज़्यादा है? उसका नाम `answer` में रखिए, ठीक वैसे ही जैसे तालिका में लिखा है, जैसे `"referral"`।
आप इसे तालिका से पढ़ सकते हैं, या pandas से `cac["cac_inr"].idxmax()` लिखकर निकलवा सकते हैं।""",
        bn="""### অনুশীলন 04.3 · সবচেয়ে দামি চ্যানেল

কোন গ্রাহক-সংগ্রহের চ্যানেলের CAC সবচেয়ে বেশি? তার নাম `answer`-এ রাখুন, সারণিতে যেমন লেখা আছে ঠিক তেমন বানানে,
যেমন `"referral"`। সারণি দেখে পড়ে নিতে পারেন, কিংবা pandas-কে দিয়ে `cac["cac_inr"].idxmax()` লিখে বের করাতে
পারেন।""",
    ),
    code(
        """answer = None  # replace None with the channel's name, in quotes
relkit.check("04.3", answer)"""
    ),
    code(
        """answer = cac["cac_inr"].idxmax()
relkit.check("04.3", answer)""",
        tags=["solution"],
    ),
    md(
        en="""The bar chart shows the gap between the channels at a glance.""",
        hi="""स्तंभ चित्र (bar chart) में चैनलों के बीच का अंतर एक नज़र में दिख जाता है।""",
        bn="""স্তম্ভ লেখচিত্রে (bar chart) চ্যানেলগুলির তফাত এক নজরে দেখা যায়।""",
    ),
    code("""ax = relkit.plot_bar(cac.reset_index(), x="acquisition_channel", y="cac_inr")"""),
    md(
        en="""A customer who comes through a friend's referral costs a few hundred rupees; one won through paid
search or social media advertising costs several times as much. Organic search and the marketplace lie in
between. A cheap channel is not
automatically the best one, though: what matters is how much the customers of a channel bring back, which is
the next question.""",
        hi="""किसी दोस्त के रेफ़रल से आया ग्राहक कुछ सौ रुपये में मिल जाता है; सर्च या सोशल मीडिया पर पैसे देकर किए गए विज्ञापन
(paid advertising) से आया ग्राहक उससे कई गुना महँगा पड़ता है। ऑर्गेनिक सर्च (organic search, बिना पैसे दिए सर्च के नतीजों
से आए ग्राहक) और मार्केटप्लेस इन दोनों के बीच हैं। फिर भी सस्ता चैनल अपने-आप सबसे अच्छा नहीं हो जाता: असली बात यह है कि उस
चैनल के ग्राहक बदले में दुकान को कितना कमाकर देते हैं, और यही हमारा अगला सवाल है।""",
        bn="""বন্ধুর রেফারেলে আসা গ্রাহক পাওয়া যায় কয়েকশো টাকায়; সার্চ বা সোশ্যাল মিডিয়ায় টাকা দিয়ে দেওয়া বিজ্ঞাপনে
(paid advertising) পাওয়া গ্রাহকের খরচ তার কয়েক গুণ। অর্গানিক সার্চ (organic search) আর মার্কেটপ্লেস এই দুইয়ের মাঝামাঝি।
তবে সস্তা চ্যানেল মানেই সবচেয়ে ভালো চ্যানেল নয়: আসল কথা হলো সেই চ্যানেলের গ্রাহকেরা কত টাকা ফিরিয়ে আনেন, আর সেটাই
আমাদের পরের প্রশ্ন।""",
    ),
    md(
        en="""## 5. Keeping a customer versus winning one

The shop also runs **retention campaigns** for customers it already has: WhatsApp offers, e-mail
newsletters, SMS, app notifications and call-backs. A campaign's budget is the number of messages times the
price of one message. What does it cost to *keep* one customer this way?

A tempting answer divides the budget by the number of customers contacted. That is the wrong denominator:
many of those customers would have bought anyway, and many did not buy at all. What the shop pays for is the
customers who bought *because of* the campaign. To measure them, the shop runs each retention campaign as an
**experiment**: it chooses the customers, then sets a random part of them aside as a **control group**
(holdout) that gets no message. `world.campaign_members` lists, for each campaign, who was in the treatment
group (contacted) and who in the control group.""",
        hi="""## 5. ग्राहक बनाए रखना बनाम नया ग्राहक जोड़ना

दुकान अपने मौजूदा ग्राहकों के लिए **प्रतिधारण अभियान (retention campaign)** भी चलाती है: व्हाट्सऐप ऑफ़र, ईमेल
न्यूज़लेटर, SMS, ऐप की सूचनाएँ (notifications) और फ़ोन कॉल। किसी अभियान का बजट उसके संदेशों की संख्या गुणा एक संदेश का दाम है। इस तरह एक
ग्राहक को *बनाए रखने* में कितना ख़र्च आता है?

सबसे आसान लगने वाला जवाब यह है कि बजट को संपर्क किए गए ग्राहकों की संख्या से भाग दे दें। पर इसमें भाजक (denominator) ग़लत है: उनमें से
बहुत-से ग्राहक वैसे भी ख़रीदते, और बहुत-से ग्राहकों ने कुछ ख़रीदा ही नहीं। दुकान असल में उन ग्राहकों के लिए पैसा देती है जिन्होंने
अभियान *की वजह से* ख़रीदा। उन्हें मापने के लिए दुकान हर प्रतिधारण अभियान को एक **प्रयोग (experiment)** की तरह चलाती है: वह
ग्राहक चुनती है, फिर उनमें से एक यादृच्छिक (random) हिस्से को **नियंत्रण समूह (control group, holdout)** के रूप में अलग रख देती
है, जिसे कोई संदेश नहीं जाता। `world.campaign_members` हर अभियान के लिए बताती है कि कौन **प्रयोग समूह (treatment group)** में था (जिनसे
संपर्क किया गया) और कौन नियंत्रण समूह में।""",
        bn="""## 5. গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা

দোকানটি পুরোনো গ্রাহকদের জন্য **ধরে রাখার প্রচারাভিযানও (retention campaign)** চালায়: হোয়াটসঅ্যাপে অফার, ইমেল
নিউজলেটার, এসএমএস, অ্যাপের বিজ্ঞপ্তি আর ফোন কল। একটি প্রচারাভিযানের বাজেট হলো বার্তার সংখ্যা গুণ একটি বার্তার দাম।
এভাবে একজন গ্রাহককে *ধরে রাখতে* কত খরচ হয়?

প্রথমেই যে উত্তরটা মাথায় আসে, তা হলো বাজেটকে যোগাযোগ করা গ্রাহকের সংখ্যা দিয়ে ভাগ করা। কিন্তু এটা ভুল হর (denominator):
তাঁদের অনেকেই বার্তা না পেলেও কিনতেন, আর অনেকে বার্তা পেয়েও কিছুই কেনেননি। দোকানের টাকা আসলে কাজে লাগে শুধু সেই
গ্রাহকদের বেলায়, যাঁরা প্রচারাভিযানের *কারণে* কিনেছেন। তাঁদের মাপতে দোকান প্রতিটি ধরে রাখার প্রচারাভিযান একটি **পরীক্ষা
(experiment)** হিসেবে চালায়: প্রথমে গ্রাহক বেছে নেয়, তারপর তাঁদের মধ্যে থেকে দৈবচয়নে (random) বাছা একটি অংশকে
**নিয়ন্ত্রণ গোষ্ঠী (control group, holdout)** হিসেবে সরিয়ে রাখে, যাঁদের কোনো বার্তা পাঠানো হয় না।
`world.campaign_members` প্রতিটি প্রচারাভিযানের জন্য জানায় কে ছিলেন **পরীক্ষা গোষ্ঠীতে (treatment group)**, অর্থাৎ যাঁদের
সঙ্গে যোগাযোগ করা হয়েছে, আর কে নিয়ন্ত্রণ গোষ্ঠীতে।""",
    ),
    code("""world.campaign_members.head()"""),
    md(
        en="""Because the two groups were chosen at random, without the campaign they would have bought equally
often. So the gap between them is what the campaign caused:

`retained = (share of treatment who ordered − share of control who ordered) × customers in treatment`

"Ordered" here means placed an order within 32 days of the campaign's start: the messages go out in the
first days, and a purchase they cause comes within a month. The cell below works this out for every
retention campaign, adds up the retained customers and the budgets, and sets the cost per retained customer
beside the cost per contact and the average CAC.""",
        hi="""दोनों समूह यादृच्छिक ढंग से चुने गए थे, इसलिए अभियान न होता तो दोनों समूह बराबर बार ख़रीदते। यानी दोनों के बीच का अंतर वही है जो
अभियान से हुआ:

`retained = (प्रयोग समूह में ऑर्डर करने वालों का हिस्सा − नियंत्रण समूह में ऑर्डर करने वालों का हिस्सा) × प्रयोग समूह के ग्राहक`

यहाँ "ऑर्डर किया" का अर्थ है अभियान शुरू होने के 32 दिनों के भीतर ऑर्डर दिया: संदेश पहले कुछ दिनों में जाते हैं, और उनसे होने
वाली ख़रीद एक महीने के भीतर आती है। नीचे का सेल हर प्रतिधारण अभियान के लिए यह हिसाब करता है, बनाए रखे गए ग्राहकों और बजटों को
जोड़ता है, और बनाए रखे गए हर ग्राहक की लागत को प्रति संपर्क लागत और औसत CAC के सामने रखता है।""",
        bn="""দুটি গোষ্ঠী দৈবচয়নে বাছা হয়েছিল, তাই প্রচারাভিযান না হলে দুই গোষ্ঠীর গ্রাহকেরা সমান হারে কিনতেন। অর্থাৎ দুই
গোষ্ঠীর মধ্যে যে তফাত, সেটাই প্রচারাভিযানের ফল:

`retained = (পরীক্ষা গোষ্ঠীতে অর্ডার দেওয়াদের অনুপাত − নিয়ন্ত্রণ গোষ্ঠীতে অর্ডার দেওয়াদের অনুপাত) × পরীক্ষা গোষ্ঠীর গ্রাহক`

এখানে "অর্ডার দিয়েছেন" মানে প্রচারাভিযান শুরুর 32 দিনের মধ্যে অর্ডার দিয়েছেন: বার্তা যায় প্রথম কয়েক দিনে, আর তার ফলে যে
কেনাকাটা হয়, তা আসে এক মাসের মধ্যে। নিচের সেলটি প্রতিটি ধরে রাখার প্রচারাভিযানের জন্য এই হিসাব করে, ধরে রাখা গ্রাহক আর
বাজেট যোগ করে, আর ধরে রাখা প্রতি গ্রাহকের খরচকে প্রতি যোগাযোগের খরচ ও গড় CAC-এর পাশে রাখে।""",
    ),
    code(
        """retention_campaigns = world.campaigns[world.campaigns["purpose"] == "retention"]
members = world.campaign_members.merge(
    retention_campaigns[["campaign_id", "start_date"]], on="campaign_id"
)

# who ordered within 32 days of the campaign's start
bought = members.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
days_after = (bought["order_date"] - bought["start_date"]).dt.days
buyers = bought.loc[(days_after >= 0) & (days_after <= 32), ["campaign_id", "customer_id"]]
members = members.merge(
    buyers.drop_duplicates(), on=["campaign_id", "customer_id"], how="left", indicator="ordered"
)
members["ordered"] = members["ordered"] == "both"

# for each campaign: the share who ordered in each group, and how many were contacted
shares = members.pivot_table(
    index="campaign_id", columns="group", values="ordered", aggfunc="mean", observed=True
)
contacts = members[members["group"] == "treatment"].groupby("campaign_id").size()
gap = shares["treatment"] - shares["control"]
retained = (gap * contacts).sum()

budget = retention_campaigns["budget_inr"].sum()
cost_per_contact = budget / contacts.sum()
cost_per_retained = budget / retained
cac_mean = world.customers["acquisition_cost_inr"].mean()

print("campaigns with a negative gap =", (gap < 0).sum(), "of", gap.notna().sum())
print("contacts                      =", relkit.format_number(contacts.sum(), decimals=0))
print("customers retained            =", relkit.format_number(retained, decimals=0))
print("cost_per_contact              =", relkit.format_inr(cost_per_contact))
print("cost_per_retained             =", relkit.format_inr(cost_per_retained))
print("cac_mean                      =", relkit.format_inr(cac_mean))
print("cac_mean / cost_per_contact   =", relkit.format_number(cac_mean / cost_per_contact, decimals=0))
print("cac_mean / cost_per_retained  =", relkit.format_number(cac_mean / cost_per_retained, decimals=1))"""
    ),
    code(
        """per_customer = pd.DataFrame(
    {"purpose": ["acquisition", "retention"], "amount_inr": [cac_mean, cost_per_retained]}
)
ax = relkit.plot_bar(per_customer, x="purpose", y="amount_inr")"""
    ),
    md(
        en="""Both bars are rupees per customer: what it costs to win one, and what it costs to keep one. Now read
the last two printed lines. Per *contact*, a message costs only a few rupees, so setting the CAC against it
makes keeping a customer look hundreds of times cheaper than winning one. That comparison is wrong: most of
the contacted customers would have done the same without the message, and the campaign earns credit only
for the extra customers who ordered because of it. Measured against the control groups, a retained
customer costs far more than a message, yet winning a new customer still costs many times as much. An
often-quoted article in the Harvard Business Review puts winning a new customer at five to twenty-five
times the cost of keeping one; this shop's ratio falls inside that range. This is the heart of customer
relationship management (CRM): a customer you keep does not have to be won again.

Two cautions. Each campaign's groups are small, so the gap of a single campaign is noisy: read the first
printed line, some campaigns even show a negative gap, by chance. Only the sum over many campaigns is
reliable. And retention spending here means only messages and calls; a real company also spends on
service, returns and loyalty offers, so keeping a customer costs it more than this.""",
        hi="""दोनों स्तंभ प्रति ग्राहक रुपये दिखाते हैं: एक नए ग्राहक की अधिग्रहण लागत, और एक ग्राहक बनाए रखने की लागत। अब छपी हुई आख़िरी
दो पंक्तियाँ पढ़िए। प्रति *संपर्क* एक संदेश कुछ ही रुपये का पड़ता है, इसलिए CAC को उसके सामने रखने पर ग्राहक बनाए रखना नया ग्राहक
जोड़ने से सैकड़ों गुना सस्ता लगता है। यह तुलना ग़लत है: संपर्क किए गए ज़्यादातर ग्राहक संदेश के बिना भी वैसा ही करते, और अभियान को
श्रेय सिर्फ़ उन अतिरिक्त ग्राहकों का मिलता है जिन्होंने उसकी वजह से ऑर्डर किया। नियंत्रण समूहों से तुलना करके मापें, तो बनाए रखा गया एक ग्राहक
एक संदेश से कहीं महँगा पड़ता है, फिर भी नया ग्राहक जोड़ना उससे कई गुना महँगा है। हार्वर्ड बिज़नेस रिव्यू (Harvard Business Review)
का एक लेख, जिसका हवाला अक्सर दिया जाता है, कहता है कि नया ग्राहक जोड़ना पुराने को बनाए रखने से पाँच से पच्चीस गुना महँगा है; इस दुकान का अनुपात इसी
दायरे में है। यही ग्राहक संबंध प्रबंधन (सीआरएम) का मूल है: जो ग्राहक बना रहता है, उसे दोबारा जोड़ना नहीं पड़ता।

दो सावधानियाँ। हर अभियान के समूह छोटे हैं, इसलिए किसी एक अभियान का अंतर संयोग से काफ़ी ऊपर-नीचे होता है: छपी हुई पहली पंक्ति पढ़िए, कुछ अभियानों
में तो संयोग से अंतर ऋणात्मक भी है। भरोसा सिर्फ़ बहुत-से अभियानों के जोड़ पर किया जा सकता है। और यहाँ प्रतिधारण का ख़र्च सिर्फ़
संदेशों और कॉल का है; असली कंपनी सेवा, सामान वापसी और वफ़ादारी ऑफ़र पर भी ख़र्च करती है, इसलिए उसके लिए ग्राहक बनाए रखना इससे
महँगा पड़ता है।""",
        bn="""দুটি স্তম্ভই গ্রাহক প্রতি টাকা দেখায়: একজন নতুন গ্রাহক সংগ্রহের খরচ, আর একজন গ্রাহক ধরে রাখার খরচ। এবার ছাপা ফলের শেষ
দুটি লাইন পড়ুন। প্রতি *যোগাযোগে* একটি বার্তার খরচ মাত্র কয়েক টাকা, তাই তার পাশে CAC রাখলে মনে হয় গ্রাহক ধরে রাখা নতুন
গ্রাহক আনার চেয়ে কয়েকশো গুণ সস্তা। এই তুলনা ভুল: যোগাযোগ করা বেশিরভাগ গ্রাহক বার্তা না পেলেও একই কাজ করতেন, আর
প্রচারাভিযানের কৃতিত্ব প্রাপ্য শুধু সেই বাড়তি গ্রাহকদের জন্য, যাঁরা এর কারণে অর্ডার দিয়েছেন। নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে তুলনা
করে মাপলে ধরে রাখা একজন গ্রাহকের খরচ একটি বার্তার চেয়ে অনেক বেশি, তবু নতুন গ্রাহক সংগ্রহের খরচ তার বহু গুণ। হার্ভার্ড বিজনেস
রিভিউ (Harvard Business Review)-এর একটি বহু-উদ্ধৃত প্রবন্ধ বলে, নতুন গ্রাহক সংগ্রহের খরচ পুরোনো গ্রাহক ধরে রাখার পাঁচ থেকে
পঁচিশ গুণ; এই দোকানের অনুপাত সেই পরিসরের মধ্যেই পড়ে। এটাই গ্রাহক সম্পর্ক ব্যবস্থাপনা (সিআরএম)-এর মূল কথা: যে গ্রাহক থেকে
যান, তাঁকে আবার নতুন করে আনতে হয় না।

দুটি সতর্কতা। প্রতিটি প্রচারাভিযানের গোষ্ঠীগুলি ছোট, তাই কোনো একটি প্রচারাভিযানের তফাত খুব অস্থির: ছাপা ফলের প্রথম লাইনটি
পড়ুন, কিছু প্রচারাভিযানে দৈবক্রমে তফাত ঋণাত্মকও এসেছে। ভরসা করা যায় কেবল অনেকগুলি প্রচারাভিযানের যোগফলে। আর এখানে ধরে
রাখার খরচ বলতে শুধু বার্তা আর ফোন কল; বাস্তবে একটি কোম্পানি পরিষেবা, পণ্য ফেরত আর বিশ্বস্ত গ্রাহকদের জন্য অফারেও (loyalty
offers) খরচ করে, তাই তার কাছে গ্রাহক ধরে রাখার খরচ এর চেয়ে বেশি।""",
    ),
    md(
        en="""## 6. What is a customer worth?

**Customer lifetime value (CLV)** is the margin a customer is expected to bring over the whole relationship,
in today's money. Three numbers go in:

- `m`: the margin a customer brings per month, in rupees;
- `r`: the monthly retention, the chance the customer is still with you next month;
- `d`: the monthly discount rate: a rupee earned next month is worth a little less than a rupee today.

Next month the customer brings `m` with chance `r`, worth `m × r / (1 + d)` today; the month after,
`m × r² / (1 + d)²`; and so on. This series adds up to

`CLV = m × r / (1 + d − r)`

By hand, for an example customer with `m = ₹500`, `r = 0.8` and `d = 0.01`:

```
CLV = 500 × 0.8 / (1 + 0.01 − 0.8)
    = 400 / 0.21
    ≈ ₹1,904.76
```

`relkit.clv_simple(m, r, d)` does the same arithmetic.""",
        hi="""## 6. एक ग्राहक का मूल्य कितना है?

**ग्राहक आजीवन मूल्य (Customer Lifetime Value, CLV)** वह मार्जिन है जो किसी ग्राहक से पूरे संबंध के दौरान मिलने की
उम्मीद है, आज के रुपयों में। इसमें तीन संख्याएँ लगती हैं:

- `m`: एक ग्राहक से हर महीने मिलने वाला मार्जिन, रुपयों में;
- `r`: मासिक प्रतिधारण, यानी इस बात की संभावना कि ग्राहक अगले महीने भी आपके साथ रहेगा;
- `d`: मासिक बट्टा दर (discount rate): अगले महीने मिलने वाला एक रुपया आज के एक रुपये से थोड़ा कम का है।

अगले महीने ग्राहक `r` संभावना के साथ `m` देता है, जिसका आज का मूल्य `m × r / (1 + d)` है; उसके बाद वाले महीने
`m × r² / (1 + d)²`; और इसी तरह आगे। इस शृंखला का जोड़ है

`CLV = m × r / (1 + d − r)`

हाथ से हिसाब, एक उदाहरण के ग्राहक के लिए, जिसका `m = ₹500`, `r = 0.8` और `d = 0.01` है:

```
CLV = 500 × 0.8 / (1 + 0.01 − 0.8)
    = 400 / 0.21
    ≈ ₹1,904.76
```

`relkit.clv_simple(m, r, d)` यही हिसाब करता है।""",
        bn="""## 6. একজন গ্রাহকের মূল্য কত?

**গ্রাহকের আজীবন মূল্য (Customer Lifetime Value, CLV)** হলো পুরো সম্পর্কের মেয়াদে একজন গ্রাহকের কাছ থেকে প্রত্যাশিত
মার্জিন, আজকের টাকায়। এতে তিনটি সংখ্যা লাগে:

- `m`: একজন গ্রাহকের কাছ থেকে প্রতি মাসে পাওয়া মার্জিন, টাকায়;
- `r`: মাসিক ধরে রাখার হার, অর্থাৎ গ্রাহক পরের মাসেও আপনার সঙ্গে থাকার সম্ভাবনা;
- `d`: মাসিক বাট্টার হার (discount rate): পরের মাসে পাওয়া এক টাকার দাম আজকের এক টাকার চেয়ে একটু কম।

পরের মাসে গ্রাহক `r` সম্ভাবনায় `m` দেন, আজকের হিসাবে যার মূল্য `m × r / (1 + d)`; তার পরের মাসে
`m × r² / (1 + d)²`; এভাবে চলতে থাকে। এই ধারার যোগফল হলো

`CLV = m × r / (1 + d − r)`

হাতে কষে দেখা যাক, উদাহরণ হিসেবে এমন একজন গ্রাহকের জন্য, যাঁর `m = ₹500`, `r = 0.8` আর `d = 0.01`:

```
CLV = 500 × 0.8 / (1 + 0.01 − 0.8)
    = 400 / 0.21
    ≈ ₹1,904.76
```

`relkit.clv_simple(m, r, d)` ঠিক এই হিসাবটাই করে।""",
    ),
    code(
        """clv = relkit.clv_simple(500, 0.8, 0.01)
relkit.format_inr(clv)"""
    ),
    md(
        en="""### This shop's own numbers

Now put in what the data says. Each order carries its **margin** (`margin_inr`): what is left of the amount
after GST and the cost of the goods. A returned order, or one sent back to the shop undelivered (RTO), earns
no margin, so we keep only the orders that were delivered or are on their way. Then:

- `margin_month`: in each month, the margin of that month's orders divided by the number of customers who
  ordered, averaged over the months;
- `retention_month`: the monthly retention of section 2, averaged over every month from February 2023 on;
- `d = 0.01`, a monthly discount rate of 1 %.""",
        hi="""### इस दुकान की अपनी संख्याएँ

अब सूत्र में आँकड़ों से मिली संख्याएँ रखिए। हर ऑर्डर में उसका **मार्जिन (margin, `margin_inr`)** दर्ज है: राशि में से जीएसटी और सामान
की लागत निकालने के बाद जो बचता है। ग्राहक का लौटाया हुआ ऑर्डर, या बिना पहुँचे दुकान को लौट आया ऑर्डर (मूल स्थान पर वापसी, RTO), कोई मार्जिन नहीं देता,
इसलिए हम सिर्फ़ वे ऑर्डर रखते हैं जो पहुँच गए या रास्ते में हैं। फिर:

- `margin_month`: हर महीने के ऑर्डरों के कुल मार्जिन को उस महीने ऑर्डर करने वाले ग्राहकों की संख्या से भाग दिया जाता है,
  फिर सब महीनों का औसत लिया जाता है;
- `retention_month`: भाग 2 वाला मासिक प्रतिधारण, फ़रवरी 2023 से आगे के सभी महीनों का औसत;
- `d = 0.01`, यानी 1% की मासिक बट्टा दर।""",
        bn="""### এই দোকানের নিজের সংখ্যা

এবার তথ্য থেকে পাওয়া সংখ্যা বসান। প্রতিটি অর্ডারে তার **মার্জিন (margin)** লেখা আছে (`margin_inr`): অর্ডারের অঙ্ক থেকে
জিএসটি আর জিনিসের খরচ বাদ দিয়ে যা থাকে। গ্রাহক ফেরত দিয়েছেন এমন অর্ডার, কিংবা না পৌঁছেই দোকানে ফেরত আসা অর্ডার, অর্থাৎ
প্রেরকের কাছে ফেরত (RTO), কোনো মার্জিন দেয় না, তাই আমরা শুধু সেই অর্ডারগুলি রাখি যেগুলি পৌঁছে গেছে বা পথে আছে। তারপর:

- `margin_month`: প্রতি মাসে সেই মাসের অর্ডারগুলির মোট মার্জিনকে সেই মাসে অর্ডার দেওয়া গ্রাহকের সংখ্যা দিয়ে ভাগ করা হয়,
  তারপর সব মাসের গড় নেওয়া হয়;
- `retention_month`: অংশ 2-এর মাসিক ধরে রাখার হার, ফেব্রুয়ারি 2023 থেকে প্রতিটি মাসের হারের গড়;
- `d = 0.01`, অর্থাৎ মাসিক বাট্টার হার 1%।""",
    ),
    code(
        """kept = world.orders[world.orders["outcome"].isin(["delivered", "in_transit"])]
per_month = kept.groupby(kept["order_date"].dt.to_period("M")).agg(
    margin=("margin_inr", "sum"), customers=("customer_id", "nunique")
)
margin_month = (per_month["margin"] / per_month["customers"]).mean()

months = pd.period_range("2023-02", "2024-12", freq="M")
retention_month = sum(
    relkit.retention_rate(world.orders, period_start=str(month), period_end=str(month)) for month in months
) / len(months)

clv_shop = relkit.clv_simple(margin_month, retention_month, 0.01)
print("margin_month    =", relkit.format_inr(margin_month))
print("retention_month =", relkit.format_number(retention_month, decimals=3))
print("clv_shop        =", relkit.format_inr(clv_shop))"""
    ),
    md(
        en="""This shop's CLV comes out far below even one month's margin: a customer who buys this month is
expected to bring very little afterwards. The formula is a little harsh here, because it treats a customer
who skips a month as gone for good, while some come back after a gap. But it tells the same story as the
cohort table: in this shop nearly all of a customer's margin comes from the first order. Compare
`margin_month` with the CAC table of section 4: for most channels, one order's margin is less than what
winning the customer cost. Section 7 measures what the customers of each channel really brought.""",
        hi="""इस दुकान का CLV एक महीने के मार्जिन से भी बहुत कम निकलता है: जो ग्राहक इस महीने ख़रीदता है, उससे आगे चलकर बहुत कम
मार्जिन मिलने की उम्मीद है। यहाँ सूत्र थोड़ा कठोर है, क्योंकि वह एक महीना छोड़ने वाले ग्राहक को हमेशा के लिए गया मान लेता है, जबकि कुछ ग्राहक
कुछ समय रुककर लौट आते हैं। फिर भी कहानी वही है जो कोहोर्ट तालिका ने बताई: इस दुकान में ग्राहक का लगभग सारा मार्जिन पहले ऑर्डर से
आता है। `margin_month` को भाग 4 की CAC तालिका से मिलाइए: ज़्यादातर चैनलों में एक ऑर्डर का मार्जिन ग्राहक अधिग्रहण लागत (CAC) से कम
है। भाग 7 मापता है कि हर चैनल के ग्राहकों ने असल में कितना मार्जिन दिया।""",
        bn="""এই দোকানের CLV এক মাসের মার্জিনের চেয়েও অনেক কম দাঁড়ায়: যে গ্রাহক এই মাসে কেনেন, তাঁর কাছ থেকে পরে খুব সামান্যই
আশা করা যায়। সূত্রটি এখানে একটু কড়া, কারণ যে গ্রাহক কোনো এক মাসে কেনেননি, সূত্রটি তাঁকে চিরকালের মতো হারানো বলে ধরে
নেয়, অথচ কেউ কেউ কিছুদিন বিরতির পর ফিরে আসেন। তবু গল্পটা কোহর্ট সারণির মতোই: এই দোকানে একজন গ্রাহকের প্রায় সব মার্জিন
আসে প্রথম অর্ডার থেকে। `margin_month`-কে অংশ 4-এর CAC সারণির সঙ্গে মিলিয়ে দেখুন: বেশিরভাগ চ্যানেলে একটি অর্ডারের মার্জিন
গ্রাহকটিকে আনার খরচের চেয়ে কম। প্রতিটি চ্যানেলের গ্রাহকেরা আসলে কত মার্জিন এনে দিয়েছেন, তা মাপা হবে অংশ 7-এ।""",
    ),
    md(
        en="""### Exercise 04.4 · CLV

A customer brings a margin of ₹600 a month, monthly retention is 0.8 and the monthly discount rate is 0.01.
What is their CLV? Store the number in `answer`.""",
        hi="""### अभ्यास 04.4 · CLV

एक ग्राहक से हर महीने ₹600 का मार्जिन मिलता है, मासिक प्रतिधारण 0.8 है और मासिक बट्टा दर 0.01। उसका CLV कितना है? वह
संख्या `answer` में रखिए।""",
        bn="""### অনুশীলন 04.4 · CLV

একজন গ্রাহকের কাছ থেকে প্রতি মাসে ₹600 মার্জিন আসে, মাসিক ধরে রাখার হার 0.8 আর মাসিক বাট্টার হার 0.01। তাঁর CLV
কত? সংখ্যাটি `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with the CLV
relkit.check("04.4", answer)"""
    ),
    code(
        """answer = relkit.clv_simple(600, 0.8, 0.01)
relkit.check("04.4", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 7. Is a channel worth its cost? LTV:CAC and payback

Two numbers put value and cost side by side:

- the **LTV:CAC ratio** `= CLV ÷ CAC`: how many rupees of margin each rupee spent on winning a customer
  brings back. Below 1 the shop loses money on every customer; about 3 or more is usually called healthy.
- the **payback period**: how many months of margin it takes to earn back the CAC. It counts months the
  way CLV does: month `k` brings `m × qᵏ`, with `q = r / (1 + d)`, so after `n` months the customer has
  brought `m × q × (1 − qⁿ) / (1 − q)`. Setting this equal to CAC gives
  `n = log(1 − CAC × (1 − q) / (m × q)) / log(q)`. As `n` grows, the total approaches the CLV itself: a
  customer pays back exactly when CLV is larger than CAC, that is when LTV:CAC is above 1, and otherwise
  never (`inf`).

The CLV formula looks forward, from assumptions. With two years of data we can also look back and measure.
The cell below takes the customers who joined in 2023, so that each has had a full year, adds up the margin
each brought in their first year (first order included), and sets the average of each channel beside its
CAC. Their ratio is a measured first-year LTV:CAC: below 1, the customers had not yet paid back what
winning them cost.""",
        hi="""## 7. क्या चैनल अपनी लागत के लायक़ है? LTV:CAC और लागत वसूली

दो संख्याएँ मूल्य और लागत को आमने-सामने रखती हैं:

- **LTV:CAC अनुपात** `= CLV ÷ CAC`: नए ग्राहक जोड़ने पर ख़र्च हुआ हर रुपया कितने रुपये का मार्जिन लौटाता है। 1 से कम होने पर
  दुकान हर ग्राहक पर घाटा उठाती है; लगभग 3 या उससे ज़्यादा को आम तौर पर अच्छा माना जाता है।
- **लागत वसूली की अवधि (payback period)**: CAC वापस कमाने में कितने महीनों का मार्जिन लगता है। यह महीनों को वैसे ही
  गिनती है जैसे CLV: महीना `k` का मार्जिन `m × qᵏ` है, जहाँ `q = r / (1 + d)`, इसलिए `n` महीनों में ग्राहक से
  `m × q × (1 − qⁿ) / (1 − q)` मार्जिन मिलता है। इसे CAC के बराबर रखने पर
  `n = log(1 − CAC × (1 − q) / (m × q)) / log(q)` मिलता है। `n` बढ़ने पर यह जोड़ ख़ुद CLV के पास पहुँच जाता है: लागत
  तभी वसूल होती है जब CLV, CAC से बड़ा हो, यानी LTV:CAC 1 से ऊपर हो; वरना कभी नहीं (`inf`)।

CLV का सूत्र मान्यताओं के सहारे आगे देखता है। दो साल के आँकड़ों से हम पीछे देखकर माप भी सकते हैं। नीचे का सेल 2023 में जुड़े
ग्राहकों को लेता है, ताकि हर एक को पूरा एक साल मिला हो, हर ग्राहक से उसके पहले साल में मिला मार्जिन जोड़ता है (पहला ऑर्डर भी
शामिल), और हर चैनल का औसत उसकी CAC के सामने रखता है। इन दोनों का अनुपात पहले साल का मापा हुआ LTV:CAC है: यह 1 से कम हो,
तो इसका मतलब है कि ग्राहक अभी तक अपने ऊपर हुआ ख़र्च वापस नहीं कमा पाए।""",
        bn="""## 7. চ্যানেলটি কি তার খরচের যোগ্য? LTV:CAC আর খরচ উসুল

দুটি সংখ্যা মূল্য আর খরচকে পাশাপাশি রাখে:

- **LTV:CAC অনুপাত** `= CLV ÷ CAC`: গ্রাহক আনতে খরচ হওয়া প্রতিটি টাকা কত টাকার মার্জিন ফিরিয়ে আনে। 1-এর কম হলে
  দোকান প্রতিটি গ্রাহকে লোকসান করে; মোটামুটি 3 বা তার বেশি হলে সাধারণত ভালো বলা হয়।
- **খরচ উসুলের সময় (payback period)**: CAC ফেরত তুলতে কত মাসের মার্জিন লাগে। এটি মাস গোনে ঠিক CLV-র মতো করে:
  `k`-তম মাসের মার্জিন `m × qᵏ`, যেখানে `q = r / (1 + d)`, তাই `n` মাসে গ্রাহকের কাছ থেকে আসে
  `m × q × (1 − qⁿ) / (1 − q)`। একে CAC-এর সমান ধরলে পাই `n = log(1 − CAC × (1 − q) / (m × q)) / log(q)`। `n`
  বাড়তে থাকলে এই যোগফল CLV-র কাছে পৌঁছায়: তাই খরচ উসুল হয় ঠিক তখনই, যখন CLV CAC-এর চেয়ে বড়, অর্থাৎ LTV:CAC 1-এর
  বেশি; নইলে কখনও নয় (`inf`)।

CLV-র সূত্র অনুমানের ভিত্তিতে সামনের দিকে তাকায়। দুই বছরের তথ্য দিয়ে আমরা পেছন ফিরে মেপেও দেখতে পারি। নিচের সেলটি
2023-এ যোগ দেওয়া গ্রাহকদের নেয়, যাতে প্রত্যেকে পুরো এক বছর সময় পান, প্রত্যেকের প্রথম বছরের মার্জিন যোগ করে (প্রথম
অর্ডার সমেত), আর প্রতিটি চ্যানেলের গড়কে তার CAC-এর পাশে রাখে। এ দুটির অনুপাত হলো মেপে পাওয়া প্রথম বছরের LTV:CAC: 1-এর
কম হলে বুঝতে হবে, গ্রাহকদের আনতে যা খরচ হয়েছিল, প্রথম বছরে তা তখনও উঠে আসেনি।""",
    ),
    code(
        """cohort_2023 = world.customers[world.customers["signup_date"].dt.year == 2023]
first_year = kept.merge(cohort_2023[["customer_id", "signup_date"]], on="customer_id")
first_year = first_year[first_year["order_date"] < first_year["signup_date"] + pd.DateOffset(years=1)]
margin_first_year = first_year.groupby("customer_id")["margin_inr"].sum()
cohort_2023 = cohort_2023.assign(
    margin_first_year=cohort_2023["customer_id"].map(margin_first_year).fillna(0)
)

value = cohort_2023.groupby("acquisition_channel", observed=True).agg(
    customers=("customer_id", "size"),
    cac_inr=("acquisition_cost_inr", "mean"),
    margin_first_year=("margin_first_year", "mean"),
)
value["ltv_cac"] = [
    relkit.ltv_cac(margin, channel_cac)
    for margin, channel_cac in zip(value["margin_first_year"], value["cac_inr"])
]
value.sort_values("ltv_cac", ascending=False).round(2)"""
    ),
    md(
        en="""The table is sorted by the ratio, best first. Only the customers who came through referral brought
back more margin in their first year than they cost. For every other channel the first year covered only
part of the cost, and for paid search and paid social only a small part. Look at `margin_first_year` as
well: in the first year the customers of every channel brought a similar margin, because most of it is
the margin of their first order. So the channels differ far more in what a customer costs than in what
the customer brings in the first year. With retention as low as this shop's, a
customer who has not paid back in the first year seldom does so later. The shop can raise the ratio in two
ways: spend less per customer won, or keep customers longer. The explorer below shows how strongly the
second works.""",
        hi="""तालिका अनुपात के क्रम में लगी है, सबसे अच्छा चैनल सबसे ऊपर। सिर्फ़ रेफ़रल से आए ग्राहकों ने पहले साल में अपनी लागत से
ज़्यादा मार्जिन दिया। बाक़ी हर चैनल में पहले साल का मार्जिन लागत का बस एक हिस्सा पूरा कर पाया, और सर्च विज्ञापन व सोशल
मीडिया विज्ञापन (paid search, paid social) में तो छोटा-सा हिस्सा। `margin_first_year` भी देखिए: पहले साल में हर चैनल के ग्राहकों ने लगभग बराबर मार्जिन दिया,
क्योंकि उसका ज़्यादातर हिस्सा पहले ऑर्डर का मार्जिन है। इसलिए चैनलों में फ़र्क़ इस बात में कहीं ज़्यादा है
कि ग्राहक कितने में पड़ता है, इस बात में बहुत कम कि वह पहले साल में कितना देता है। इस दुकान
जितने कम प्रतिधारण पर जो ग्राहक पहले साल में लागत नहीं निकालता, वह बाद में भी शायद ही निकालता है। दुकान यह अनुपात दो तरह से
बढ़ा सकती है: हर नए ग्राहक पर कम ख़र्च करे, या ग्राहकों को ज़्यादा समय तक बनाए रखे। नीचे का एक्सप्लोरर दिखाता है कि दूसरा
रास्ता कितना असरदार है।""",
        bn="""সারণিটি অনুপাতের ক্রমে সাজানো, সেরাটি আগে। শুধু রেফারেলে আসা গ্রাহকেরাই প্রথম বছরে তাঁদের আনার খরচের চেয়ে বেশি
মার্জিন ফিরিয়ে দিয়েছেন। বাকি প্রতিটি চ্যানেলে প্রথম বছরের মার্জিনে খরচের কেবল একটা অংশ উঠেছে, আর সার্চ ও সোশ্যাল
মিডিয়ার টাকা-দেওয়া বিজ্ঞাপনে (paid search, paid social) তো ছোট্ট একটা অংশ। `margin_first_year`-ও দেখুন: প্রথম বছরে সব
চ্যানেলের গ্রাহকেরা প্রায় সমান মার্জিন দিয়েছেন, কারণ তার বেশিরভাগটাই প্রথম অর্ডারের মার্জিন। তাই চ্যানেলে চ্যানেলে বড় তফাত
গ্রাহক পাওয়ার খরচে; প্রথম বছরে একজন গ্রাহক কত মার্জিন এনে দেন, তাতে তফাত অনেক কম। ধরে রাখার হার যখন এই দোকানের মতো
কম, তখন যে গ্রাহকের কাছ থেকে প্রথম বছরে খরচ ওঠেনি, পরেও তা ওঠার সম্ভাবনা কম। দোকান এই অনুপাত দুভাবে বাড়াতে পারে:
প্রতিটি নতুন গ্রাহকের পেছনে কম খরচ করে, অথবা গ্রাহকদের বেশিদিন ধরে রেখে। নিচের এক্সপ্লোরার দেখায় দ্বিতীয় পথটি কতটা
কার্যকর।""",
    ),
    md(
        en="""## 8. Explore: what if retention were higher?

Run the cell below. Four sliders set the monthly retention, the monthly margin, the monthly discount rate
and the CAC; the explorer shows CLV, the LTV:CAC ratio and the payback period, and draws the margin one
customer has brought so far against the CAC line. It starts at retention 0.80, margin ₹500, discount rate
0.01 and CAC ₹1,500, so its CLV is the ₹1,904.76 you computed by hand. Try this:

1. Raise retention from **0.80 to 0.90**. CLV more than doubles, to about ₹4,091, although retention rose by
   only ten points. Why? The denominator `1 + d − r` shrinks from 0.21 to 0.11.
2. Set retention back to 0.80 and move the CAC slider. At what CAC does LTV:CAC fall below 3? (Hint: divide
   CLV by 3.)
3. Now try this shop: set the margin close to `margin_month`, the retention close to `retention_month` (both
   from section 6) and the CAC close to `cac_mean` (section 5). What happens to the payback period? Now raise
   retention until the customer pays back: how high must it go?
4. Move the discount rate from 0 to 0.05. Money far in the future counts for less, so CLV falls.

You can also click a slider's handle and move it with the arrow keys.""",
        hi="""## 8. ख़ुद आज़माइए: अगर प्रतिधारण ज़्यादा होता तो?

नीचे का सेल चलाइए। चार स्लाइडर मासिक प्रतिधारण, मासिक मार्जिन, मासिक बट्टा दर और CAC तय करते हैं; एक्सप्लोरर CLV,
LTV:CAC अनुपात और लागत वसूली की अवधि दिखाता है, और एक ग्राहक से अब तक मिले मार्जिन की रेखा CAC की रेखा के सामने खींचता
है। शुरुआत प्रतिधारण 0.80, मार्जिन ₹500, बट्टा दर 0.01 और CAC ₹1,500 से होती है, इसलिए इसका CLV वही ₹1,904.76 है जो
आपने हाथ से निकाला था। ये आज़माइए:

1. प्रतिधारण को **0.80 से 0.90** कीजिए। CLV दोगुने से भी ज़्यादा होकर लगभग ₹4,091 हो जाता है, जबकि प्रतिधारण सिर्फ़ दस
   प्रतिशत अंक बढ़ा। क्यों? भाजक (denominator) `1 + d − r` घटकर 0.21 से 0.11 रह जाता है।
2. प्रतिधारण वापस 0.80 कीजिए और CAC का स्लाइडर खिसकाइए। किस CAC पर LTV:CAC 3 से नीचे आ जाता है? (संकेत: CLV को 3 से
   भाग दीजिए।)
3. अब इस दुकान की संख्याएँ आज़माइए: मार्जिन को `margin_month` के, प्रतिधारण को `retention_month` के (दोनों भाग 6 से) और CAC को
   `cac_mean` (भाग 5) के आसपास रखिए। लागत वसूली की अवधि का क्या होता है? अब प्रतिधारण तब तक बढ़ाइए जब तक ग्राहक अपनी
   लागत न निकाल दे: प्रतिधारण को कितना ऊपर ले जाना पड़ता है?
4. बट्टा दर 0 से 0.05 तक ले जाइए। दूर भविष्य का पैसा आज कम गिना जाता है, इसलिए CLV घटता है।

आप स्लाइडर के हैंडल पर क्लिक करके उसे तीर वाली कुंजियों (arrow keys) से भी खिसका सकते हैं।""",
        bn="""## 8. নিজে করে দেখুন: ধরে রাখার হার বেশি হলে কী হতো?

নিচের সেলটি চালান। চারটি স্লাইডার দিয়ে ঠিক করা যায় মাসিক ধরে রাখার হার, মাসিক মার্জিন, মাসিক বাট্টার হার আর CAC;
এক্সপ্লোরার দেখায় CLV, LTV:CAC অনুপাত আর খরচ উসুলের সময়, আর একজন গ্রাহকের কাছ থেকে এ পর্যন্ত পাওয়া মার্জিনের রেখা
আঁকে CAC-এর রেখার পাশে। শুরুতে ধরে রাখার হার 0.80, মার্জিন ₹500, বাট্টার হার 0.01 আর CAC ₹1,500, তাই এর CLV সেই
₹1,904.76, যা আপনি হাতে কষে পেয়েছিলেন। এগুলি করে দেখুন:

1. ধরে রাখার হার **0.80 থেকে 0.90** করুন। CLV দ্বিগুণেরও বেশি হয়ে প্রায় ₹4,091 হয়, অথচ ধরে রাখার হার বেড়েছে মাত্র
   দশ পয়েন্ট। কেন? হর (denominator) `1 + d − r` কমে 0.21 থেকে 0.11 হয়ে যায়।
2. ধরে রাখার হার আবার 0.80 করুন আর CAC-এর স্লাইডারটি সরান। কোন CAC-এ LTV:CAC 3-এর নিচে নামে? (ইঙ্গিত: CLV-কে 3
   দিয়ে ভাগ করুন।)
3. এবার এই দোকানের সংখ্যা বসিয়ে দেখুন: মার্জিন `margin_month`-এর কাছাকাছি, ধরে রাখার হার `retention_month`-এর
   কাছাকাছি (দুটিই অংশ 6 থেকে) আর CAC `cac_mean`-এর (অংশ 5) কাছাকাছি রাখুন। খরচ উসুলের সময়ের কী হয়? এবার ধরে রাখার হার
   ততক্ষণ বাড়ান, যতক্ষণ না গ্রাহকের কাছ থেকে খরচ উসুল হয়: হারটিকে কত পর্যন্ত তুলতে হয়?
4. বাট্টার হার 0 থেকে 0.05-এ নিয়ে যান। দূর ভবিষ্যতের টাকা আজ কম ধরা হয়, তাই CLV কমে।

স্লাইডারের হাতলে ক্লিক করে তির-চিহ্নের বোতাম (arrow keys) দিয়েও সেটি সরাতে পারেন।""",
    ),
    code("""relkit.retention_explorer()"""),
    md(
        en="""## Summary

- **Retention** is the share of last period's customers who bought again; **churn** `= 1 − retention`.
  Choose the period to fit how often customers buy.
- A steady churn `c` leaves `(1 − c)ⁿ` of the customers after `n` periods: 5 % a month leaves only about 54
  % after a year.
- A **cohort table** follows groups of customers who started together: a row tells one cohort's story, a
  column compares cohorts at the same age. Small gaps between cohorts can be chance; to test a cause, such
  as the festive season, group the customers by it.
- **CAC** = money spent to win customers ÷ customers won; it differs a lot between channels.
- **CLV** `= m × r / (1 + d − r)`; **LTV:CAC** `= CLV ÷ CAC` (aim for 3 or more); the **payback period**
  says how many months a customer needs to earn back their CAC.
- The cost of keeping a customer is measured per customer *retained*, against a control group, not per
  customer contacted. In this shop winning a customer costs many times as much as keeping one, most
  customers buy only once, and a higher retention raises CLV steeply. That is why CRM puts so much effort
  into keeping customers.

Look up any term in the [glossary](glossary.md).""",
        hi="""## सारांश

- **प्रतिधारण (retention)** पिछली अवधि के उन ग्राहकों का हिस्सा है जिन्होंने फिर ख़रीदा; **ग्राहक छोड़ने की दर (churn)**
  `= 1 − retention`। अवधि ग्राहकों की ख़रीद की आदत देखकर चुनें।
- हर अवधि में एक जैसी दर `c` से ग्राहक छूटें, तो `n` अवधियों के बाद `(1 − c)ⁿ` हिस्सा बचता है: हर महीने 5% ग्राहक छूटें,
  तो साल भर बाद सिर्फ़ लगभग 54% ग्राहक बचते हैं।
- **कोहोर्ट तालिका** साथ-साथ शुरू करने वाले ग्राहकों के समूहों पर नज़र रखती है: पंक्ति एक कोहोर्ट की कहानी बताती है, कॉलम एक
  ही उम्र के कोहोर्टों की तुलना करता है। कोहोर्टों के बीच छोटे अंतर संयोग हो सकते हैं; किसी कारण को, जैसे त्योहारी मौसम को,
  परखना हो तो ग्राहकों को उसी के हिसाब से बाँटिए।
- **CAC** = नए ग्राहक जोड़ने पर हुआ ख़र्च ÷ मिले ग्राहक; अलग-अलग चैनलों में यह बहुत अलग होता है।
- **CLV** `= m × r / (1 + d − r)`; **LTV:CAC** `= CLV ÷ CAC` (3 या उससे ज़्यादा का लक्ष्य रखें); **लागत वसूली की
  अवधि** बताती है कि ग्राहक को अपनी CAC वापस कमाने में कितने महीने लगते हैं।
- ग्राहक बनाए रखने की लागत नियंत्रण समूह से तुलना करके, बनाए रखे गए हर ग्राहक पर मापी जाती है, संपर्क किए गए हर ग्राहक पर
  नहीं। इस दुकान में नया ग्राहक जोड़ना पुराने को बनाए रखने से कई गुना महँगा है, ज़्यादातर ग्राहक सिर्फ़ एक बार ख़रीदते हैं, और
  प्रतिधारण बढ़ने पर CLV तेज़ी से बढ़ता है। इसीलिए ग्राहक संबंध प्रबंधन (सीआरएम) ग्राहकों को बनाए रखने पर इतना ज़ोर देता है।

किसी भी शब्द का अर्थ [शब्दावली (glossary)](glossary.md) में देखें।""",
        bn="""## সারসংক্ষেপ

- **ধরে রাখার হার (retention)** হলো আগের সময়কালের যে গ্রাহকেরা আবার কিনেছেন, তাঁদের অনুপাত; **গ্রাহক হারানোর হার
  (churn)** `= 1 − retention`। গ্রাহকেরা কত ঘনঘন কেনেন দেখে সময়কাল বাছুন।
- প্রতি সময়কালে একই হার `c`-তে গ্রাহক হারালে `n` সময়কাল পরে থাকে `(1 − c)ⁿ` অংশ: মাসে 5% হারে এক বছর পরে থাকে
  মাত্র প্রায় 54%।
- **কোহর্ট সারণি** একসঙ্গে শুরু করা গ্রাহকদের দলকে অনুসরণ করে: সারি একটি কোহর্টের গল্প বলে, কলাম একই বয়সের কোহর্টগুলির
  তুলনা করে। কোহর্টের মধ্যে ছোট তফাত দৈবক্রমেও হতে পারে; উৎসবের মরসুমের মতো কোনো কারণ যাচাই করতে হলে গ্রাহকদের
  সেই কারণ ধরেই ভাগ করুন।
- **CAC** = নতুন গ্রাহক আনতে খরচ হওয়া টাকা ÷ নতুন পাওয়া গ্রাহকের সংখ্যা; চ্যানেল ভেদে এটি অনেক আলাদা।
- **CLV** `= m × r / (1 + d − r)`; **LTV:CAC** `= CLV ÷ CAC` (3 বা তার বেশি লক্ষ্য রাখুন); **খরচ উসুলের সময়**
  জানায় একজন গ্রাহকের নিজের CAC ফেরত তুলতে কত মাস লাগে।
- গ্রাহক ধরে রাখার খরচ মাপতে হয় প্রতিটি *ধরে রাখা* গ্রাহকের হিসাবে, নিয়ন্ত্রণ গোষ্ঠীর সঙ্গে তুলনা করে; যোগাযোগ
  করা প্রতিটি গ্রাহকের হিসাবে নয়। এই দোকানে নতুন গ্রাহক সংগ্রহের খরচ পুরোনো গ্রাহক ধরে রাখার বহু গুণ, বেশিরভাগ গ্রাহক মাত্র একবার কেনেন, আর ধরে রাখার হার বাড়লে
  CLV খুব দ্রুত বাড়ে। সেই কারণেই গ্রাহক সম্পর্ক ব্যবস্থাপনা (সিআরএম) গ্রাহক ধরে রাখায় এত জোর দেয়।

যেকোনো শব্দের মানে [পরিভাষা (glossary)](glossary.md)-এ দেখুন।""",
    ),
]
