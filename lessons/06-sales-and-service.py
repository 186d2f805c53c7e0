"""Lesson 06: sales and service. Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py."""

CELLS = [
    md(
        en="""# 06 · Sales and service

How a CRM helps a shop find leads, follow its deals and close sales, what the orders say about what
customers want and when, and how support tickets and post-sale surveys show the service a customer got.

**Questions this lesson answers**

- Of the leads the sales team finds, how many become deals, and at which stage are most of them lost?
- When in the year do customers buy, and which categories are they buying more of?
- How fast does the support desk answer and solve problems, and how satisfied are customers afterwards?
- Do customers whose problem was solved quickly come back to buy more?

**After this lesson you can**

1. compute a funnel's stage-to-stage conversion and its overall conversion from a leads table, by hand and
   with `relkit.funnel`, and compare lead sources;
2. list the open leads, a deal's time to close, and a weighted pipeline, and say what it rests on;
3. compute the share of a year's sales that fell in the festive season, for the whole shop or a category;
4. compute the first response time, resolution time, SLA met share and CSAT of a set of tickets;
5. compute an NPS from survey answers and show how much it moves by chance;
6. test whether a gap between two groups of customers is larger than chance, and say why an observed gap
   is not proof of a cause.

**Prerequisites:** lessons 00 and 01 (running a notebook, the world's tables). Lesson 04 helps with the
shuffle test but is not needed: this lesson explains it again. In pandas: choosing rows with a condition,
`groupby` with `size`, `mean` and `agg`, `merge`, dates with `.dt`.

**Time:** about 119 minutes: 70 reading, 49 exercises and quiz. Six exercises are checked by `relkit.check`.
Unfamiliar words are in the [glossary](glossary.md).

**The case.** Sneha Kulkarni heads sales and customer service for this online shop, from its office at the
Bhiwandi warehouse near Mumbai. Her sales team looks for firms (kirana shops, regional retailers) that
could resell the shop's goods; her service desk answers the customers' support tickets. This year the
directors give her money for one improvement, and two of her team leads each want it. The sales lead
asks for training, to win more of the deals the team already works on. The service lead asks for two
more support agents: "Customers whose tickets we solve within the SLA buy more." By the end of the
lesson you will have measured what she needs, and you will advise her.""",
        hi="""# 06 · बिक्री और सेवा

ग्राहक संबंध प्रबंधन यानी सीआरएम (Customer Relationship Management, CRM) किसी दुकान को लीड (lead) खोजने, सौदों पर नज़र रखने और
बिक्री पक्की करने में कैसे मदद करता है; ऑर्डर क्या बताते हैं कि ग्राहक क्या और कब ख़रीदते हैं; और सहायता टिकट (support ticket)
व बिक्री के बाद के सर्वेक्षण कैसे दिखाते हैं कि ग्राहक को कैसी सेवा मिली।

**यह पाठ इन सवालों के जवाब देता है**

- बिक्री टीम जो लीड खोजती है, उनमें से कितनी सौदे में बदलती हैं, और ज़्यादातर लीड किस चरण पर हाथ से निकल जाती हैं?
- ग्राहक साल में कब ख़रीदते हैं, और किन श्रेणियों का सामान ज़्यादा ख़रीदने लगे हैं?
- सहायता डेस्क कितनी जल्दी जवाब देती है और समस्या हल करती है, और उसके बाद ग्राहक कितने संतुष्ट होते हैं?
- जिन ग्राहकों की समस्या जल्दी हल हुई, क्या वे दोबारा ज़्यादा ख़रीदने आते हैं?

**इस पाठ के बाद आप**

1. लीड की तालिका से फ़नल में एक चरण से अगले चरण तक की रूपांतरण दर (conversion rate) और कुल रूपांतरण हाथ से और
   `relkit.funnel` से निकाल सकेंगे, और लीड के स्रोतों की तुलना कर सकेंगे;
2. चालू लीड की सूची, किसी सौदे के पक्का होने में लगा समय (time to close) और भारित पाइपलाइन (weighted pipeline) निकाल सकेंगे, और बता सकेंगे कि भारित पाइपलाइन किन मान्यताओं पर टिकी है;
3. साल की बिक्री का कितना हिस्सा त्योहारी मौसम में हुआ, यह पूरी दुकान के लिए या किसी एक श्रेणी के लिए निकाल सकेंगे;
4. टिकटों का पहले जवाब का समय, समाधान का समय, सेवा स्तर समझौते (SLA) के भीतर निपटे टिकटों का हिस्सा और संतुष्टि अंक (CSAT) निकाल सकेंगे;
5. सर्वेक्षण के उत्तरों से नेट प्रमोटर स्कोर (NPS) निकाल सकेंगे और दिखा सकेंगे कि संयोग से वह कितना ऊपर-नीचे होता है;
6. परख सकेंगे कि ग्राहकों के दो समूहों का अंतर उससे बड़ा है या नहीं जितना सिर्फ़ संयोग से बन जाता है, और बता सकेंगे कि देखा गया अंतर किसी कारण का
   सबूत क्यों नहीं है।

**पहले से क्या आना चाहिए:** पाठ 00 और 01 (नोटबुक चलाना, relkit की दुनिया की तालिकाएँ)। पाठ 04 फेंटकर परखने (shuffle test) में
मदद करता है, पर ज़रूरी नहीं: यह पाठ उसे फिर से समझाता है। pandas में: किसी शर्त से पंक्तियाँ चुनना, `size`, `mean` और `agg`
के साथ `groupby`, `merge`, और `.dt` से तारीख़ें।

**समय:** लगभग 119 मिनट: 70 पढ़ने में, 49 अभ्यास और प्रश्नोत्तरी में। छह अभ्यासों की जाँच `relkit.check` करता है।
अनजान शब्दों के अर्थ [शब्दावली (glossary)](glossary.md) में देखिए।

**व्यावसायिक प्रसंग।** स्नेहा कुलकर्णी इस ऑनलाइन दुकान की बिक्री और ग्राहक सेवा की प्रमुख हैं; वे मुंबई के पास भिवंडी के गोदाम वाले
दफ़्तर से काम करती हैं। उनकी बिक्री टीम ऐसी फ़र्में (किराना दुकानें, क्षेत्रीय खुदरा व्यापारी) खोजती है जो दुकान का माल आगे बेच सकें;
उनकी सहायता डेस्क ग्राहकों के टिकटों का जवाब देती है। इस साल निदेशक उन्हें एक सुधार के लिए पैसा दे रहे हैं, और उनकी दोनों टीमों के प्रमुख
यही पैसा अपनी-अपनी टीम के लिए चाहते हैं। बिक्री टीम के प्रमुख प्रशिक्षण माँगते हैं, ताकि टीम जिन सौदों पर पहले से काम कर रही है, उनमें से ज़्यादा पक्के हों।
सेवा टीम के प्रमुख दो और सहायता कर्मचारी माँगते हैं: "जिन ग्राहकों के टिकट हम SLA के भीतर निपटा देते हैं, वे ज़्यादा ख़रीदते हैं।" पाठ के अंत
तक आप वह सब माप चुके होंगे जो स्नेहा को चाहिए, और फिर उन्हें सलाह देंगे।""",
        bn="""# 06 · বিক্রি ও পরিষেবা

গ্রাহক সম্পর্ক ব্যবস্থাপনা অর্থাৎ সিআরএম (Customer Relationship Management, CRM) কীভাবে একটি দোকানকে লিড খুঁজতে, বিক্রির
আলোচনাগুলির খোঁজ রাখতে আর বিক্রি পাকা করতে সাহায্য করে; অর্ডারের তথ্য থেকে কী বোঝা যায় গ্রাহকেরা কী আর কখন কেনেন; আর
সহায়তা টিকিট (support ticket) ও বিক্রির পরের সমীক্ষা কীভাবে দেখায় গ্রাহক কেমন পরিষেবা পেয়েছেন।

**এই পাঠ যে প্রশ্নগুলির উত্তর দেয়**

- বিক্রয় দল যে লিড (lead) খুঁজে আনে, তার কতগুলি বিক্রিতে পরিণত হয়, আর বেশিরভাগ লিড কোন ধাপে হাতছাড়া হয়?
- গ্রাহকেরা বছরের কোন সময়ে কেনেন, আর কোন বিভাগের জিনিস বেশি কিনছেন?
- সহায়তা ডেস্ক কত তাড়াতাড়ি উত্তর দেয় আর সমস্যার সমাধান করে, আর তারপর গ্রাহকেরা কতটা সন্তুষ্ট হন?
- যে গ্রাহকদের সমস্যা তাড়াতাড়ি মিটেছে, তাঁরা কি আবার বেশি কিনতে আসেন?

**এই পাঠের পরে আপনি পারবেন**

1. লিডের সারণি থেকে ফানেলের এক ধাপ থেকে পরের ধাপে রূপান্তরের হার (conversion rate) আর মোট রূপান্তর হাতে কষে ও
   `relkit.funnel` দিয়ে হিসাব করতে, আর লিডের উৎসগুলির তুলনা করতে;
2. চলমান লিড, বিক্রি পাকা হতে লাগা সময় আর ভারযুক্ত পাইপলাইন (weighted pipeline) বের করতে, আর তা কোন অনুমানের ওপর দাঁড়িয়ে, তা বলতে;
3. বছরের বিক্রির কত অংশ উৎসবের মরসুমে হয়েছে, তা পুরো দোকানের জন্য বা একটি বিভাগের জন্য হিসাব করতে;
4. একগুচ্ছ টিকিটের প্রথম উত্তরের সময়, সমাধানের সময়, SLA-র মধ্যে মেটানো টিকিটের অনুপাত আর সন্তুষ্টির স্কোর (CSAT) হিসাব করতে;
5. সমীক্ষার উত্তর থেকে নেট প্রোমোটার স্কোর (NPS) হিসাব করতে, আর দৈবক্রমে তা কতটা ওঠানামা করে, তা দেখাতে;
6. গ্রাহকদের দুটি দলের তফাত শুধু দৈবক্রমে হতে পারে কি না, তা যাচাই করতে, আর দেখা তফাত কেন কোনো কারণের প্রমাণ নয়, তা বলতে।

**আগে যা জানা দরকার:** পাঠ 00 আর 01 (নোটবুক চালানো, এই জগতের সারণিগুলি)। পাঠ 04 এলোমেলো করে যাচাইয়ে (shuffle test) সাহায্য
করে, তবে জরুরি নয়: এই পাঠ সেটি আবার বুঝিয়ে দেয়। pandas-এ: শর্ত দিয়ে সারি বাছা, `size`, `mean` আর `agg` সহ `groupby`,
`merge`, আর `.dt` দিয়ে তারিখ।

**সময়:** প্রায় 119 মিনিট: পড়তে 70 মিনিট, অনুশীলন আর কুইজে 49 মিনিট। ছয়টি অনুশীলনের উত্তর যাচাই করে `relkit.check`।
অচেনা শব্দের মানে [পরিভাষা (glossary)](glossary.md)-এ দেখুন।

**প্রেক্ষাপট।** স্নেহা কুলকার্নি এই অনলাইন দোকানের বিক্রি ও গ্রাহক পরিষেবার প্রধান; তিনি কাজ করেন মুম্বাইয়ের কাছে ভিওয়ান্ডির গুদামের
দপ্তর থেকে। তাঁর বিক্রয় দল এমন প্রতিষ্ঠান (মুদির দোকান, আঞ্চলিক খুচরো বিক্রেতা) খোঁজে, যারা দোকানের মাল আবার বিক্রি করতে পারে;
তাঁর সহায়তা ডেস্ক গ্রাহকদের টিকিটের উত্তর দেয়। এ বছর পরিচালকেরা তাঁকে একটি উন্নতির জন্য টাকা দিচ্ছেন, আর তাঁর দুই দলের প্রধান
দুজনেই সেই টাকা চান। বিক্রয় প্রধান প্রশিক্ষণ চান, যাতে দল যে বিক্রির আলোচনাগুলিতে আগে থেকেই কাজ করছে, তার মধ্যে আরও বেশিগুলি পাকা হয়।
পরিষেবা প্রধান আরও দুজন সহায়তা কর্মী চান: "যে গ্রাহকদের টিকিট আমরা SLA-র মধ্যে মিটিয়ে দিই, তাঁরা বেশি কেনেন।" পাঠের শেষে
স্নেহার যা জানা দরকার, তা আপনি মেপে ফেলবেন, আর তাঁকে পরামর্শ দেবেন।""",
    ),
    md(
        en="""## 1. Load relkit and the shop's data

The first cell chooses the language and loads the simulated world. Its first line, `%matplotlib inline`,
tells Jupyter to draw every chart inside the notebook. Run the cells from top to bottom with
**Shift + Enter**. The cell shows the first rows of `world.leads`, the sales team's leads: the day each
came in, where it came from (`source`), the stage it has reached, and for a lost lead the stage at which
it was lost.""",
        hi="""## 1. relkit और दुकान के आँकड़े लोड कीजिए

पहला सेल भाषा चुनता है और सिम्युलेटेड (कृत्रिम) दुनिया लोड करता है। उसकी पहली पंक्ति, `%matplotlib inline`, Jupyter से कहती है कि
हर ग्राफ़ नोटबुक के अंदर ही बने। सेल ऊपर से नीचे क्रम से **Shift + Enter** दबाकर चलाइए। यह सेल `world.leads` की पहली पंक्तियाँ
दिखाता है, यानी बिक्री टीम की लीड: हर लीड किस दिन आई, कहाँ से आई (`source`), किस चरण तक पहुँची, और हाथ से निकली लीड किस
चरण पर निकली।""",
        bn="""## 1. relkit আর দোকানের তথ্য লোড করুন

প্রথম সেলটি ভাষা বেছে নেয় আর সিমুলেটেড জগৎটি লোড করে। এর প্রথম লাইন, `%matplotlib inline`, Jupyter-কে বলে প্রতিটি লেখচিত্র
নোটবুকের ভেতরেই আঁকতে। সেলগুলি ওপর থেকে নিচে পরপর **Shift + Enter** চেপে চালান। সেলটি `world.leads`-এর প্রথম কয়েকটি সারি
দেখায়, অর্থাৎ বিক্রয় দলের লিড: প্রতিটি লিড কোন দিন এসেছে, কোথা থেকে এসেছে (`source`), কোন ধাপ পর্যন্ত পৌঁছেছে, আর হাতছাড়া
লিড কোন ধাপে হাতছাড়া হয়েছে।""",
    ),
    code(
        """%matplotlib inline
import numpy as np
import pandas as pd

import relkit

relkit.set_language("{LANG}")
world = relkit.load_world()
world.leads.head(3)"""
    ),
    md(
        en="""## 2. The lead funnel: finding leads and following them to a sale

A **lead** is a firm that might become a customer of the shop's wholesale side. The CRM records every lead
and the furthest **stage** it has reached: *new* (it came in), *contacted* (someone from sales spoke to
it), *qualified* (it has the need and the money to buy), *proposal* (it received an offer), and then
*won* or *lost*. Because a lead passes the stages in order, fewer leads reach each stage than the one
before, and the counts drawn one under the other look like a funnel: the **sales funnel**.

Two kinds of conversion are read from it:

- the **stage-to-stage conversion rate**, `leads that reached this stage ÷ leads that reached the stage before`;
- the **overall conversion**, or **win rate**, `won leads ÷ all leads`.

By hand, with small numbers: 100 new leads, 60 contacted, 30 qualified, 20 proposals, 8 won. The stage
conversions are `60 ÷ 100 = 0.6`, `30 ÷ 60 = 0.5`, `20 ÷ 30 ≈ 0.67` and `8 ÷ 20 = 0.4`; the win rate is
`8 ÷ 100 = 0.08`. The win rate is also the product of the stage conversions:
`0.6 × 0.5 × 0.67 × 0.4 ≈ 0.08`. A lost lead counts at every stage up to the one where it was lost.
`relkit.funnel` does this count for the world's leads.""",
        hi="""## 2. लीड का फ़नल: लीड खोजना और उन्हें बिक्री तक ले जाना

**लीड (lead)** ऐसी फ़र्म है जो दुकान के थोक कारोबार की ग्राहक बन सकती है। सीआरएम हर लीड दर्ज करता है, और यह भी कि वह सबसे आगे
किस **चरण** तक पहुँची: *नई* (लीड आई), *संपर्क हुआ* (बिक्री टीम के किसी व्यक्ति ने बात की), *योग्य* (उसके पास ज़रूरत भी है और
ख़रीदने का पैसा भी), *प्रस्ताव भेजा* (उसे बिक्री का प्रस्ताव भेजा गया), और फिर *सौदा पक्का* या *हाथ से निकली*। लीड चरणों से क्रम में गुज़रती है,
इसलिए हर चरण तक पिछले चरण से कम लीड पहुँचती हैं, और ये संख्याएँ पट्टियों के रूप में एक के नीचे एक बनाने पर कीप जैसी दिखती हैं: यही **बिक्री फ़नल
(sales funnel)** है।

इससे दो तरह का रूपांतरण पढ़ा जाता है:

- **एक चरण से अगले चरण की रूपांतरण दर (conversion rate)**, `इस चरण तक पहुँची लीड ÷ पिछले चरण तक पहुँची लीड`;
- **कुल रूपांतरण**, यानी **सौदे जीतने की दर (win rate)**, `पक्के सौदे ÷ सभी लीड`।

छोटी संख्याओं से हाथ से हिसाब: 100 नई लीड, 60 से संपर्क हुआ, 30 योग्य, 20 को प्रस्ताव, 8 सौदे पक्के। चरण-दर-चरण रूपांतरण हैं
`60 ÷ 100 = 0.6`, `30 ÷ 60 = 0.5`, `20 ÷ 30 ≈ 0.67` और `8 ÷ 20 = 0.4`; सौदे जीतने की दर `8 ÷ 100 = 0.08` है। यह दर सभी
चरणों के रूपांतरणों का गुणनफल भी है: `0.6 × 0.5 × 0.67 × 0.4 ≈ 0.08`। हाथ से निकली लीड उस चरण तक हर चरण में गिनी जाती है
जिस पर वह निकली। `relkit.funnel` इस दुनिया की लीड के लिए यही गिनती करता है।""",
        bn="""## 2. লিডের ফানেল: লিড খোঁজা আর বিক্রি পর্যন্ত তাদের অনুসরণ করা

**লিড (lead)** হলো এমন একটি প্রতিষ্ঠান, যা দোকানের পাইকারি ব্যবসার গ্রাহক হতে পারে। সিআরএম প্রতিটি লিড লিখে রাখে, আর লিডটি
সবচেয়ে দূরে কোন **ধাপ** পর্যন্ত পৌঁছেছে, তা-ও: *নতুন* (লিডটি এসেছে), *যোগাযোগ হয়েছে* (বিক্রয় দলের কেউ কথা বলেছেন), *যোগ্য*
(তার প্রয়োজনও আছে, কেনার টাকাও আছে), *প্রস্তাব পাঠানো* (প্রতিষ্ঠানটি একটি প্রস্তাব পেয়েছে), তারপর *সফল* বা *হাতছাড়া*। লিড ধাপগুলি
পরপর পেরোয়, তাই প্রতিটি ধাপে আগের ধাপের চেয়ে কম লিড পৌঁছায়, আর সংখ্যাগুলি একটির নিচে আরেকটি আঁকলে একটি ফানেলের (চোঙার)
মতো দেখায়: এটিই **বিক্রয় ফানেল (sales funnel)**।

এ থেকে দুই রকম রূপান্তর বের করা হয়:

- **এক ধাপ থেকে পরের ধাপে রূপান্তরের হার (conversion rate)**, `এই ধাপে পৌঁছানো লিড ÷ আগের ধাপে পৌঁছানো লিড`;
- **মোট রূপান্তর**, অর্থাৎ **বিক্রয় সফলতার হার (win rate)**, `সফল লিড ÷ সব লিড`।

ছোট সংখ্যা দিয়ে হাতে কষে দেখা যাক: 100টি নতুন লিড, 60টির সঙ্গে যোগাযোগ, 30টি যোগ্য, 20টিকে প্রস্তাব, 8টি সফল। ধাপে ধাপে
রূপান্তর `60 ÷ 100 = 0.6`, `30 ÷ 60 = 0.5`, `20 ÷ 30 ≈ 0.67` আর `8 ÷ 20 = 0.4`; বিক্রয় সফলতার হার `8 ÷ 100 = 0.08`। এই
হার ধাপগুলির রূপান্তরের গুণফলও বটে: `0.6 × 0.5 × 0.67 × 0.4 ≈ 0.08`। হাতছাড়া লিড যে ধাপে হাতছাড়া হয়েছে, সেই ধাপ পর্যন্ত
প্রতিটি ধাপে গোনা হয়। `relkit.funnel` জগতের লিডগুলির জন্য এই গোনাটাই করে।""",
    ),
    code(
        """table = relkit.funnel(world.leads)
print("win rate (won ÷ all leads) =", relkit.format_percent(table.attrs["win_rate"]))
table"""
    ),
    md(
        en="""The same funnel as a picture: each bar is as wide as the number of leads that reached the stage, and
its label gives the conversion from the stage before. Look for the bar that shrinks most.""",
        hi="""यही फ़नल चित्र के रूप में: हर पट्टी की चौड़ाई उस चरण तक पहुँची लीड की संख्या के बराबर है, और उसके लेबल में पिछले चरण से रूपांतरण
लिखा है। वह पट्टी खोजिए जो अपनी पिछली पट्टी से सबसे ज़्यादा छोटी है।""",
        bn="""একই ফানেল ছবিতে: প্রতিটি দণ্ড ততটা চওড়া, যতগুলি লিড সেই ধাপে পৌঁছেছে, আর তার লেবেলে আগের ধাপ থেকে রূপান্তর লেখা।
যে দণ্ডটি সবচেয়ে বেশি সরু হয়ে যায়, সেটি খুঁজুন।""",
    ),
    code("""ax = relkit.plot_funnel(table)"""),
    md(
        en="""Over the two years the team worked on 48 leads and won 7 of them: a win rate of 14.6 %. Three
quarters of the new leads were contacted (0.75), but only half of those contacted turned out to be
qualified (0.50): the biggest loss is at qualifying, where the team learns that a firm does not need the
goods or cannot pay. Of the qualified leads, 0.72 received a proposal, and 0.54 of the proposals were won.

Two cautions. First, 6 of the 48 leads came in during the last weeks and are still open; they count at
their stage but cannot be won yet, so they pull the later conversions and the win rate down a little.
Second, these are small numbers: one more won deal would lift the last conversion from 7 ÷ 13 to 8 ÷ 13.
A CRM is what makes such a funnel possible at all: without every lead written down with its stage, the
team would remember the deals it won and forget the ones it lost.""",
        hi="""दो सालों में टीम ने 48 लीड पर काम किया और उनमें से 7 सौदे पक्के किए: सौदे जीतने की दर 14.6%। नई लीड में से तीन-चौथाई से
संपर्क हुआ (0.75), पर संपर्क वाली लीड में से सिर्फ़ आधी योग्य निकलीं (0.50): सबसे बड़ा नुक़सान योग्यता जाँचने पर होता है, जहाँ टीम को
पता चलता है कि फ़र्म को माल की ज़रूरत नहीं है या वह भुगतान नहीं कर सकती। योग्य लीड में से 0.72 को प्रस्ताव भेजा गया, और प्रस्तावों में से
0.54 सौदे पक्के हुए।

दो सावधानियाँ। पहली, 48 में से 6 लीड आख़िरी हफ़्तों में आईं और अभी चालू हैं; वे अपने चरण तक गिनी जाती हैं पर अभी पक्के सौदों में नहीं
आ सकतीं, इसलिए वे बाद के रूपांतरणों और सौदे जीतने की दर को थोड़ा नीचे खींचती हैं। दूसरी, ये छोटी संख्याएँ हैं: एक और सौदा पक्का
होता तो आख़िरी रूपांतरण 7 ÷ 13 से बढ़कर 8 ÷ 13 हो जाता। ऐसा फ़नल बनाना सीआरएम से ही संभव होता है: अगर हर लीड अपने चरण के साथ
दर्ज न हो, तो टीम को पक्के हुए सौदे तो याद रहते, पर हाथ से निकली लीड वह भूल जाती।""",
        bn="""দুই বছরে দল 48টি লিড নিয়ে কাজ করেছে আর তার 7টিতে বিক্রি পাকা করেছে: বিক্রয় সফলতার হার 14.6%। নতুন লিডের
তিন-চতুর্থাংশের সঙ্গে যোগাযোগ হয়েছে (0.75), কিন্তু যোগাযোগ হওয়া লিডের মাত্র অর্ধেক যোগ্য বলে প্রমাণিত হয়েছে (0.50): সবচেয়ে
বড় ক্ষতি হয় যোগ্যতা যাচাইয়ের ধাপে, যেখানে দল জানতে পারে প্রতিষ্ঠানটির মালের প্রয়োজন নেই বা সে দাম মেটাতে পারবে না। যোগ্য
লিডের 0.72 অংশ প্রস্তাব পেয়েছে, আর প্রস্তাবের 0.54 অংশ সফল হয়েছে।

দুটি সতর্কতা। প্রথমত, 48টির মধ্যে 6টি লিড এসেছে শেষের কয়েক সপ্তাহে, আর সেগুলি এখনও চলমান; নিজের ধাপ পর্যন্ত সেগুলি গোনা হয়,
কিন্তু এখনও সফল হওয়ার সময় পায়নি, তাই পরের ধাপগুলির রূপান্তর আর সফলতার হারকে একটু নামিয়ে দেয়। দ্বিতীয়ত, সংখ্যাগুলি ছোট: আর একটি
বিক্রি পাকা হলে শেষ ধাপের রূপান্তর 7 ÷ 13 থেকে বেড়ে 8 ÷ 13 হয়ে যেত। এমন ফানেল বানানো সম্ভবই হয় সিআরএম-এর জন্য: প্রতিটি লিড
তার ধাপসহ লেখা না থাকলে দলের মনে থাকত শুধু সফল বিক্রয়গুলি, আর হাতছাড়া লিডগুলির কথা ভুলে যেত।""",
    ),
    md(
        en="""## 3. Conversion by lead source

Leads come from five **sources**: trade fairs, field visits (a salesperson walks into the shop), referrals
(an existing partner recommends the firm), the web-site form, and cold calls (calling a firm that has
never heard of the shop). The cell counts each source's leads and won leads and divides them: its win
rate.""",
        hi="""## 3. लीड के स्रोत के हिसाब से रूपांतरण

लीड पाँच **स्रोतों** से आती हैं: व्यापार मेले, फ़ील्ड दौरे (बिक्री कर्मचारी ख़ुद दुकान पर जाता है), रेफ़रल (कोई मौजूदा भागीदार उस
फ़र्म की सिफ़ारिश करता है), वेबसाइट का फ़ॉर्म, और कोल्ड कॉल (ऐसी फ़र्म को फ़ोन करना जिसने दुकान का नाम भी नहीं सुना)। नीचे का
सेल हर स्रोत की लीड और पक्के सौदे गिनता है और पक्के सौदों को लीड से भाग देता है: यही उस स्रोत की सौदे जीतने की दर है।""",
        bn="""## 3. লিডের উৎস অনুযায়ী রূপান্তর

লিড আসে পাঁচটি **উৎস** থেকে: বাণিজ্য মেলা, ফিল্ড ভিজিট (বিক্রয়কর্মী নিজে দোকানে যান), রেফারেল (কোনো বর্তমান অংশীদার
প্রতিষ্ঠানটির নাম সুপারিশ করে), ওয়েবসাইটের ফর্ম, আর কোল্ড কল (এমন প্রতিষ্ঠানকে ফোন করা, যে দোকানের নামই শোনেনি)। নিচের
সেলটি প্রতিটি উৎসের লিড আর সফল লিড গোনে, আর সফল লিডকে মোট লিড দিয়ে ভাগ করে: এটিই সেই উৎসের বিক্রয় সফলতার হার।""",
    ),
    code(
        """leads = world.leads
won_counts = ("stage", lambda stage: (stage == "won").sum())
by_source = leads.groupby("source", observed=True).agg(leads=("lead_id", "size"), won=won_counts)
by_source["win_rate"] = by_source["won"] / by_source["leads"]
by_source.sort_values("win_rate", ascending=False).round(3)"""
    ),
    md(
        en="""Referrals stand out: 6 of 11 referral leads were won (0.545), against 1 of 13 from trade fairs and
none from field visits, the web form or cold calls. A firm recommended by a partner already trusts the
shop a little, and the partner has often checked that it can pay.

Could chance alone have given referrals so many wins? With 7 wins among 48 leads, imagine the source
labels dealt out again at random, like cards, so that they mean nothing, and count how often the 11 leads
labelled "referral" collect at least 6 of the wins. The cell does this 1,000 times.""",
        hi="""रेफ़रल सबसे अलग दिखते हैं: रेफ़रल की 11 में से 6 लीड के सौदे पक्के हुए (0.545), जबकि व्यापार मेलों की 13 में से 1, और फ़ील्ड
दौरों, वेबसाइट फ़ॉर्म और कोल्ड कॉल की एक भी नहीं। किसी भागीदार की सिफ़ारिश से आई फ़र्म दुकान पर पहले से थोड़ा भरोसा करती है, और
भागीदार ने अक्सर यह भी देख लिया होता है कि वह भुगतान कर सकती है।

क्या सिर्फ़ संयोग (chance) से रेफ़रल को इतने सौदे मिल सकते थे? 48 लीड में 7 सौदे पक्के हैं; मान लीजिए स्रोत के निशान ताश के पत्तों की तरह
फिर से बेतरतीब बाँट दिए जाएँ, ताकि उनका कोई मतलब न रहे, और गिनिए कि कितनी बार "रेफ़रल" वाली 11 लीड को कम से कम 6 सौदे मिल जाते हैं।
नीचे का सेल यह 1,000 बार करता है।""",
        bn="""রেফারেল আলাদা করে চোখে পড়ে: রেফারেলের 11টি লিডের 6টি সফল হয়েছে (0.545), সেখানে বাণিজ্য মেলার 13টির মধ্যে 1টি, আর ফিল্ড
ভিজিট, ওয়েবসাইট ফর্ম ও কোল্ড কলের একটিও নয়। কোনো অংশীদারের সুপারিশে আসা প্রতিষ্ঠান দোকানের ওপর আগে থেকেই কিছুটা আস্থা রাখে, আর
অংশীদার অনেক সময় আগেই যাচাই করে নেয় যে প্রতিষ্ঠানটি দাম মেটাতে পারবে।

শুধু দৈবক্রমে (by chance) কি রেফারেল এতগুলি সফল বিক্রয় পেতে পারত? 48টি লিডে 7টি সফল; ধরুন উৎসের চিহ্নগুলি তাসের মতো আবার
এলোমেলো করে বিলি করা হলো, যাতে সেগুলির আর কোনো মানে না থাকে, আর গুনে দেখুন কতবার "রেফারেল" চিহ্নের 11টি লিড অন্তত 6টি
সফল বিক্রয় পায়। নিচের সেলটি এটি 1,000 বার করে।""",
    ),
    code(
        """won = (leads["stage"] == "won").to_numpy()
referral = (leads["source"] == "referral").to_numpy()
rng = np.random.default_rng(1)
as_many = [won[rng.permutation(referral)].sum() >= won[referral].sum() for _ in range(1000)]
print("referral leads won                     =", won[referral].sum(), "of", referral.sum())
print("shuffles giving referral as many wins =", relkit.format_percent(np.mean(as_many)))"""
    ),
    md(
        en="""None of the 1,000 shuffles gave the referral leads 6 wins: a gap this large is very unlikely to be
chance. It still does not say that *any* firm would be won if only a partner recommended it: partners
recommend the firms they already think are good. The lesson for the sales team is where to look first,
not a promise.

### Exercise 06.1 · From qualified to won, for trade-fair leads

Of the trade-fair leads that reached the stage *qualified*, what share were won? Store it in `answer` as
a share between 0 and 1, and run the cell: `relkit.check` tells you whether it is right. If it is not
right yet, each new try brings a further hint; `relkit.hint("06.1")` shows the code, and the collapsed
cell under each exercise holds a solution: click it to open it.""",
        hi="""1,000 बार फेंटने में एक बार भी रेफ़रल लीड को कम से कम 6 सौदे नहीं मिले: इतना बड़ा अंतर संयोग से बनना बहुत मुश्किल है। फिर भी इसका
मतलब यह नहीं कि *कोई भी* फ़र्म सिर्फ़ भागीदार की सिफ़ारिश से सौदे में बदल जाएगी: भागीदार उन्हीं फ़र्मों की सिफ़ारिश करते हैं जिन्हें
वे पहले से अच्छा मानते हैं। बिक्री टीम के लिए इसमें यह सीख है कि लीड पहले कहाँ खोजें; यह कोई गारंटी नहीं है।

### अभ्यास 06.1 · व्यापार मेले की लीड: योग्य से सौदा पक्का तक

व्यापार मेले से आई जो लीड *योग्य* चरण तक पहुँचीं, उनमें से कितने हिस्से के सौदे पक्के हुए? इसे 0 और 1 के बीच की संख्या के रूप
में `answer` में रखिए और सेल चलाइए: `relkit.check` बताएगा कि उत्तर सही है या नहीं। अगर उत्तर अभी सही नहीं है, तो हर नई कोशिश
पर पहले से ज़्यादा साफ़ संकेत मिलेगा; `relkit.hint("06.1")` कोड दिखाता है, और हर अभ्यास के नीचे वाले छिपे हुए (collapsed) सेल
में एक हल है: उसे खोलने के लिए उस पर क्लिक कीजिए।""",
        bn="""এলোমেলো করার 1,000 বারের একবারও রেফারেল লিড 6টি সফল বিক্রয় পায়নি: এত বড় তফাত দৈবক্রমে হওয়ার সম্ভাবনা খুবই কম। তবু এর
মানে এই নয় যে *যেকোনো* প্রতিষ্ঠান শুধু অংশীদারের সুপারিশেই সফল বিক্রয়ে পরিণত হবে: অংশীদারেরা সেই প্রতিষ্ঠানগুলিরই সুপারিশ করে,
যেগুলিকে তারা আগে থেকেই ভালো মনে করে। বিক্রয় দলের জন্য শিক্ষাটি হলো আগে কোথায় খুঁজতে হবে, কোনো নিশ্চয়তা নয়।

### অনুশীলন 06.1 · বাণিজ্য মেলার লিড: যোগ্য থেকে সফল

বাণিজ্য মেলা থেকে আসা যে লিডগুলি *যোগ্য* ধাপে পৌঁছেছে, তাদের কত অংশ সফল হয়েছে? অনুপাতটি 0 থেকে 1-এর মধ্যে একটি দশমিক
সংখ্যা হিসেবে `answer`-এ রাখুন আর সেলটি চালান: `relkit.check` জানিয়ে দেবে উত্তর ঠিক কি না। উত্তর এখনও ঠিক না হলে প্রতিটি নতুন
চেষ্টায় আরও একটু ইঙ্গিত পাবেন; `relkit.hint("06.1")` চালালে কোডটি দেখতে পাবেন, আর প্রতিটি অনুশীলনের নিচে গুটিয়ে রাখা
(collapsed) সেলে একটি সমাধান আছে: সেটি খুলতে তার ওপর ক্লিক করুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("06.1", answer)"""
    ),
    code(
        """fair = relkit.funnel(world.leads[world.leads["source"] == "trade_fair"]).set_index("stage")
answer = fair.loc["won", "reached"] / fair.loc["qualified", "reached"]
relkit.check("06.1", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 4. The deal pipeline and the time to close

The **sales pipeline** is the funnel seen on one day: the leads still open, stage by stage. The leads
table has no value for an open deal, but the shop knows what a won lead brought: each won lead became a
partner (`partner_id`), and that partner's first contract has a value (`contracts.value_inr`). The
**time to close** is the number of days from the day a lead came in (`created_date`) to the day the
partner relationship began (`partners.since_date`). The cell lists the open leads by stage, then the won
leads with their time to close and the value of their first contract.""",
        hi="""## 4. सौदों की पाइपलाइन और सौदा पक्का होने का समय

**बिक्री पाइपलाइन (sales pipeline)** किसी एक दिन देखा गया फ़नल है: हर चरण पर अभी चालू लीड। लीड की तालिका में चालू सौदे का मूल्य
नहीं है, पर दुकान जानती है कि पक्की हुई लीड से क्या मिला: हर पक्की लीड एक भागीदार बनी (`partner_id`), और उस भागीदार के पहले
अनुबंध का मूल्य दर्ज है (`contracts.value_inr`)। **सौदा पक्का होने का समय (time to close)** लीड आने के दिन (`created_date`) से
भागीदार से संबंध शुरू होने के दिन (`partners.since_date`) तक के दिनों की संख्या है। नीचे का सेल चरण-वार चालू लीड दिखाता है,
फिर पक्की हुई लीड, उनका सौदा पक्का होने का समय और उनके पहले अनुबंध का मूल्य।""",
        bn="""## 4. বিক্রয় পাইপলাইন আর বিক্রি পাকা হতে লাগা সময়

**বিক্রয় পাইপলাইন (sales pipeline)** হলো কোনো একটি দিনে দেখা ফানেল: প্রতিটি ধাপে এখনও চলমান লিড। লিডের সারণিতে চলমান লিডের
কোনো মূল্য লেখা নেই, কিন্তু দোকান জানে সফল লিড থেকে কী এসেছে: প্রতিটি সফল লিড একজন অংশীদার হয়েছে (`partner_id`), আর সেই
অংশীদারের প্রথম চুক্তির মূল্য লেখা আছে (`contracts.value_inr`)। **বিক্রি পাকা হতে লাগা সময় (time to close)** হলো লিড আসার দিন
(`created_date`) থেকে অংশীদারের সঙ্গে সম্পর্ক শুরুর দিন (`partners.since_date`) পর্যন্ত দিনের সংখ্যা। নিচের সেলটি ধাপ অনুযায়ী
চলমান লিড দেখায়, তারপর সফল লিডগুলি, তাদের বিক্রি পাকা হতে লাগা সময় আর তাদের প্রথম চুক্তির মূল্য।""",
    ),
    code(
        """open_leads = leads[~leads["stage"].isin(["won", "lost"])]
print(open_leads.groupby("stage", observed=True).size())

since = world.partners[["partner_id", "since_date"]]
won_leads = leads[leads["stage"] == "won"].merge(since, on="partner_id")
won_leads["days_to_close"] = (won_leads["since_date"] - won_leads["created_date"]).dt.days
first_contract = world.contracts.sort_values("start_date").drop_duplicates("partner_id")
won_leads = won_leads.merge(first_contract[["partner_id", "value_inr"]], on="partner_id")
won_leads[["lead_id", "source", "created_date", "since_date", "days_to_close", "value_inr"]]"""
    ),
    md(
        en="""Six leads are open on the last day: 1 new, 3 contacted, 1 qualified and 1 with a proposal. The 7 won
leads took from 32 to 97 days to close, and their first contracts were worth from ₹34,000 to ₹1,21,000.
So a lead that comes in today is, at best, a partner two or three months from now: a sales head who
wants more partners next quarter has to find the leads this quarter.

### A weighted pipeline

How much business are the open leads worth? A lead at *proposal* is closer to a sale than a *new* one, so
each open lead is weighted by the chance that a lead at its stage is won, measured on the leads already
decided (won or lost):

`weighted pipeline = Σ over open leads of (chance a lead at its stage is won) × deal value`

By hand, with made-up numbers: two open leads, one at proposal (chance 0.6) and one new (chance 0.2),
each worth ₹80,000, make `(0.6 + 0.2) × 80,000 = ₹64,000`. The cell measures the chances on the 42
decided leads and takes the median first contract of the won leads as the deal value. It rests on two
assumptions worth saying aloud: that open leads will behave as the decided ones did, and that a new deal
is worth what a typical past one was.""",
        hi="""आँकड़ों के आख़िरी दिन 6 लीड चालू हैं: 1 नई, 3 से संपर्क हुआ, 1 योग्य और 1 जिसे प्रस्ताव भेजा गया है। जिन 7 लीड के सौदे पक्के हुए, उनमें
32 से 97 दिन लगे, और उनके पहले अनुबंध ₹34,000 से ₹1,21,000 तक के थे। यानी आज आई लीड अच्छी से अच्छी हालत में भी दो-तीन
महीने बाद ही भागीदार बनेगी: जिस बिक्री प्रमुख को अगली तिमाही में ज़्यादा भागीदार चाहिए, उसे लीड इसी तिमाही में खोजनी होंगी।

### भारित पाइपलाइन (weighted pipeline)

चालू लीड से कितना कारोबार मिल सकता है? *प्रस्ताव भेजा* वाली लीड *नई* लीड से सौदे के ज़्यादा क़रीब है, इसलिए हर चालू लीड को
इस बात की संभावना से भार दिया जाता है कि उसके चरण पर पहुँची लीड का सौदा पक्का होगा; यह संभावना उन लीड पर मापी जाती है जिनका फ़ैसला हो
चुका है (सौदा पक्का या हाथ से निकली):

`भारित पाइपलाइन = Σ सभी चालू लीड पर (लीड के चरण से सौदा पक्का होने की संभावना) × सौदे का मूल्य`

काल्पनिक संख्याओं से हाथ से हिसाब: दो चालू लीड, एक प्रस्ताव चरण पर (संभावना 0.6) और एक नई (संभावना 0.2), दोनों ₹80,000 की; तब भारित पाइपलाइन
`(0.6 + 0.2) × 80,000 = ₹64,000` होगी। नीचे का सेल ये संभावनाएँ फ़ैसला हो चुकी 42 लीड पर मापता है, और पक्की हुई लीड के पहले अनुबंधों
की माध्यिका (median) को सौदे का मूल्य मानता है। यह हिसाब दो मान्यताओं पर टिका है, जिन्हें खुलकर कहना चाहिए: चालू लीड वैसे ही
चलेंगी जैसे फ़ैसला हो चुकी लीड चलीं, और नया सौदा उतने का होगा जितने का पहले का कोई आम सौदा था।""",
        bn="""শেষ দিনে 6টি লিড চলমান: 1টি নতুন, 3টির সঙ্গে যোগাযোগ হয়েছে, 1টি যোগ্য আর 1টিকে প্রস্তাব পাঠানো হয়েছে। 7টি সফল লিডের
বিক্রি পাকা হতে 32 থেকে 97 দিন লেগেছে, আর তাদের প্রথম চুক্তির মূল্য ₹34,000 থেকে ₹1,21,000। অর্থাৎ আজ আসা একটি লিড খুব
তাড়াতাড়ি হলেও দুই-তিন মাস পরে অংশীদার হবে: যে বিক্রয় প্রধান পরের ত্রৈমাসিকে বেশি অংশীদার চান, তাঁকে লিড খুঁজতে হবে এই ত্রৈমাসিকেই।

### ভারযুক্ত পাইপলাইন (weighted pipeline)

চলমান লিডগুলি থেকে কত ব্যবসা আসতে পারে? *প্রস্তাব পাঠানো* লিড *নতুন* লিডের চেয়ে বিক্রির বেশি কাছে, তাই প্রতিটি চলমান লিডকে
ভার দেওয়া হয় তার ধাপের লিডের সফল হওয়ার সম্ভাবনা দিয়ে; এই সম্ভাবনা মাপা হয় সেই লিডগুলি থেকে, যাদের ফয়সালা হয়ে গেছে
(সফল বা হাতছাড়া):

`ভারযুক্ত পাইপলাইন = Σ প্রতিটি চলমান লিডের (তার ধাপ থেকে সফল হওয়ার সম্ভাবনা) × বিক্রির মূল্য`

কাল্পনিক সংখ্যা দিয়ে হাতে কষে: দুটি চলমান লিড, একটি প্রস্তাবের ধাপে (সম্ভাবনা 0.6) আর একটি নতুন (সম্ভাবনা 0.2), দুটিরই মূল্য
₹80,000, তাহলে ভারযুক্ত পাইপলাইন `(0.6 + 0.2) × 80,000 = ₹64,000`। নিচের সেলটি ফয়সালা হয়ে যাওয়া 42টি লিড থেকে সম্ভাবনাগুলি মাপে, আর সফল
লিডগুলির প্রথম চুক্তির মূল্যের মধ্যমাকে (median) বিক্রির মূল্য ধরে। হিসাবটি দুটি অনুমানের ওপর দাঁড়িয়ে, যা খোলাখুলি বলা উচিত: চলমান
লিডগুলি ফয়সালা হওয়া লিডগুলির মতোই চলবে, আর নতুন বিক্রির মূল্য হবে আগের একটি সাধারণ বিক্রির মতোই।""",
    ),
    code(
        """decided = relkit.funnel(leads[leads["stage"].isin(["won", "lost"])])
decided["chance_won"] = decided["reached"].iloc[-1] / decided["reached"]
chance = decided.set_index("stage")["chance_won"]
expected_wins = open_leads["stage"].astype(str).map(chance).sum()
deal_value = won_leads["value_inr"].median()
print(decided[["stage", "reached", "chance_won"]].round(3))
print("expected wins from the open leads =", round(expected_wins, 2))
print("deal value (median first contract) =", relkit.format_inr(deal_value))
print("weighted pipeline                  =", relkit.format_inr(expected_wins * deal_value))"""
    ),
    md(
        en="""Of the decided leads, a new one had a chance of 0.167 of being won, a qualified one 0.438 and one with a
proposal 0.583. The six open leads are worth about 1.86 wins, a weighted pipeline of about ₹1.57 lakh.
Read it as a rough guide for planning, not a forecast: it rests on 42 decided leads, and one open lead
won or lost moves the real result by a whole deal.

### What if one stage converted better?

Since `won = new leads × (product of the stage conversions)`, raising one stage's conversion raises the
won deals in proportion: if a stage converts `c` and training lifts it to `c + 0.05`, the won deals grow by
the factor `(c + 0.05) ÷ c`. `relkit.funnel_explorer` lets you try this. Choose a stage, move its
conversion, and watch the bars of every later stage and the won deals change (the grey bars are the
funnel as measured). Try raising each stage in turn by 5 points, from its own conversion, and note which
one adds the most won deals.""",
        hi="""फ़ैसला हो चुकी लीड में, नई लीड के सौदा पक्का होने की संभावना 0.167 थी, योग्य लीड की 0.438, और प्रस्ताव वाली लीड की 0.583।
छह चालू लीड लगभग 1.86 पक्के सौदों के बराबर हैं, यानी भारित पाइपलाइन लगभग ₹1.57 लाख। इसे योजना के लिए मोटा अंदाज़ा मानिए,
भविष्यवाणी नहीं: यह सिर्फ़ 42 लीड पर टिका है, और एक भी चालू लीड के पक्के होने या हाथ से निकल जाने से असली नतीजा पूरे एक सौदे जितना बदल जाता है।

### अगर कोई एक चरण बेहतर रूपांतरण करे तो?

क्योंकि `पक्के सौदे = नई लीड × (सभी चरणों के रूपांतरणों का गुणनफल)`, किसी एक चरण का रूपांतरण बढ़ने पर पक्के सौदे उसी अनुपात में
बढ़ते हैं: अगर किसी चरण का रूपांतरण `c` है और प्रशिक्षण से यह `c + 0.05` हो जाता है, तो पक्के सौदे `(c + 0.05) ÷ c` गुना हो जाते
हैं। `relkit.funnel_explorer` से आप यह आज़मा सकते हैं। कोई चरण चुनिए, उसका रूपांतरण घटाइए-बढ़ाइए, और देखिए कि उसके बाद के हर चरण
की पट्टियाँ और पक्के सौदे कैसे बदलते हैं (धूसर पट्टियाँ मापा गया फ़नल हैं)। हर चरण का रूपांतरण बारी-बारी से उसके अपने मान से 5 प्रतिशत अंक
बढ़ाइए, और लिखिए कि किस चरण से सबसे ज़्यादा पक्के सौदे जुड़ते हैं।""",
        bn="""ফয়সালা হওয়া লিডগুলির মধ্যে, নতুন লিডের সফল হওয়ার সম্ভাবনা ছিল 0.167, যোগ্য লিডের 0.438, আর প্রস্তাব পাওয়া লিডের 0.583।
ছয়টি চলমান লিড মোটামুটি 1.86টি সফল বিক্রয়ের সমান, অর্থাৎ ভারযুক্ত পাইপলাইন প্রায় ₹1.57 লাখ। এটিকে পরিকল্পনার জন্য মোটামুটি
একটি আন্দাজ হিসেবে পড়ুন, ভবিষ্যদ্বাণী হিসেবে নয়: হিসাবটি 42টি লিডের ওপর দাঁড়িয়ে, আর একটি চলমান লিড সফল বা হাতছাড়া হলেই আসল
ফল পুরো একটি বিক্রির সমান বদলে যায়।

### কোনো একটি ধাপের রূপান্তর বাড়লে কী হয়?

যেহেতু `সফল বিক্রয় = নতুন লিড × (ধাপগুলির রূপান্তরের গুণফল)`, কোনো একটি ধাপের রূপান্তর বাড়লে সফল বিক্রয়ও সেই অনুপাতে বাড়ে: কোনো
ধাপের রূপান্তর `c` হলে আর প্রশিক্ষণে তা `c + 0.05` হলে, সফল বিক্রয় `(c + 0.05) ÷ c` গুণ হয়। `relkit.funnel_explorer` দিয়ে
এটি চেষ্টা করে দেখুন। একটি ধাপ বেছে নিন, তার রূপান্তর বদলান, আর দেখুন পরের প্রতিটি ধাপের দণ্ড আর সফল বিক্রয় কীভাবে বদলায়
(ধূসর দণ্ডগুলি হলো মেপে পাওয়া আসল ফানেল)। প্রতিটি ধাপকে পালা করে তার নিজের রূপান্তর থেকে 5 শতাংশ-বিন্দু
(percentage points, যেমন 0.50 থেকে 0.55; সংক্ষেপে 5 পয়েন্ট) বাড়ান, আর লিখে রাখুন কোন ধাপে সবচেয়ে
বেশি সফল বিক্রয় যোগ হয়।""",
    ),
    code("""relkit.funnel_explorer(world.leads, stage="qualified", deal_value_inr=deal_value)"""),
    md(
        en="""### Exercise 06.2 · Which stage should the training lift?

Sneha's sales lead says the training can lift the conversion of one stage by 5 points. Which stage should
it be, to add the most won deals? Store the letter of the best answer in `answer`, for example `"a"`.

- **(a)** The first step, new to contacted: it touches the most leads, so an improvement there reaches
  the most firms.
- **(b)** The stage with the lowest conversion: the same 5 points are the largest share of a small
  conversion, and every later stage passes the gain on.
- **(c)** The last step, proposal to won: it is closest to the money, so a gain there counts most.
- **(d)** It makes no difference: 5 points are 5 points at any stage.""",
        hi="""### अभ्यास 06.2 · प्रशिक्षण किस चरण का रूपांतरण बढ़ाए?

स्नेहा की बिक्री टीम के प्रमुख कहते हैं कि प्रशिक्षण किसी एक चरण का रूपांतरण 5 प्रतिशत अंक बढ़ा सकता है। सबसे ज़्यादा पक्के सौदे जोड़ने के लिए वह
कौन-सा चरण होना चाहिए? सबसे अच्छे उत्तर का अक्षर `answer` में रखिए, जैसे `"a"`।

- **(a)** पहला क़दम, नई से संपर्क तक: इसमें सबसे ज़्यादा लीड आती हैं, इसलिए यहाँ सुधार सबसे ज़्यादा फ़र्मों तक पहुँचता है।
- **(b)** जिस चरण का रूपांतरण सबसे कम है: वही 5 अंक छोटे रूपांतरण का सबसे बड़ा हिस्सा हैं, और बाद का हर चरण यह बढ़त आगे
  पहुँचाता है।
- **(c)** आख़िरी क़दम, प्रस्ताव से सौदा पक्का तक: यह पैसे के सबसे पास है, इसलिए यहाँ की बढ़त सबसे ज़्यादा गिनी जाती है।
- **(d)** कोई फ़र्क़ नहीं पड़ता: 5 अंक हर चरण पर 5 अंक ही हैं।""",
        bn="""### অনুশীলন 06.2 · প্রশিক্ষণ কোন ধাপটিকে তুলবে?

স্নেহার বিক্রয় প্রধান বলছেন, প্রশিক্ষণে যেকোনো একটি ধাপের রূপান্তর 5 শতাংশ-বিন্দু বাড়ানো যায়। সবচেয়ে বেশি সফল বিক্রয় যোগ করতে কোন
ধাপটি বাছা উচিত? সবচেয়ে ভালো উত্তরের অক্ষরটি `answer`-এ রাখুন, যেমন `"a"`।

- **(a)** প্রথম ধাপ, নতুন থেকে যোগাযোগ: এখানে সবচেয়ে বেশি লিড আসে, তাই এখানকার উন্নতি সবচেয়ে বেশি প্রতিষ্ঠানের কাছে পৌঁছায়।
- **(b)** যে ধাপের রূপান্তর সবচেয়ে কম: একই 5 পয়েন্ট ছোট রূপান্তরের সবচেয়ে বড় অংশ, আর পরের প্রতিটি ধাপ এই বাড়তিটুকু
  এগিয়ে নিয়ে যায়।
- **(c)** শেষ ধাপ, প্রস্তাব থেকে সফল: এটি টাকার সবচেয়ে কাছে, তাই এখানকার বাড়তিই সবচেয়ে বেশি গোনা হয়।
- **(d)** কিছুই আসে যায় না: 5 পয়েন্ট যেকোনো ধাপেই 5 পয়েন্ট।""",
    ),
    code(
        """answer = None  # replace None with a letter in quotes
relkit.check("06.2", answer)"""
    ),
    code(
        """answer = "b"
relkit.check("06.2", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 5. Market trends in the orders: what customers buy, and when

A CRM holds every order, so the shop can see what its customers buy month by month: which categories grow,
which fade, and when in the year people buy. This **sales analysis** of market trends and consumer tastes
tells the shop what to stock and when to run its offers. The chart adds up the value of the orders
(`amount_inr`, GST included) of each category in each month. Look for the months where every line rises
together, and for lines that drift up or down over the two years.""",
        hi="""## 5. ऑर्डरों में बाज़ार का रुझान: ग्राहक क्या ख़रीदते हैं, और कब

सीआरएम में हर ऑर्डर दर्ज होता है, इसलिए दुकान महीने-दर-महीने देख सकती है कि उसके ग्राहक क्या ख़रीदते हैं: कौन-सी श्रेणियाँ बढ़ रही हैं,
कौन-सी घट रही हैं, और साल में लोग कब ख़रीदते हैं। बाज़ार के रुझान और ग्राहकों की पसंद का यह **बिक्री विश्लेषण (sales analysis)**
दुकान को बताता है कि कौन-सा माल रखे और अपने ऑफ़र कब चलाए। नीचे का ग्राफ़ हर महीने हर श्रेणी के ऑर्डरों का मूल्य (`amount_inr`,
GST सहित) जोड़ता है। वे महीने खोजिए जिनमें सारी रेखाएँ एक साथ ऊपर जाती हैं, और वे रेखाएँ भी जो दो सालों में धीरे-धीरे ऊपर या नीचे
खिसकती हैं।""",
        bn="""## 5. অর্ডারে বাজারের প্রবণতা: গ্রাহকেরা কী কেনেন, আর কখন

সিআরএম-এ প্রতিটি অর্ডার লেখা থাকে, তাই দোকান মাসে মাসে দেখতে পায় তার গ্রাহকেরা কী কিনছেন: কোন বিভাগ বাড়ছে, কোনটি কমছে,
আর বছরের কোন সময়ে মানুষ কেনাকাটা করেন। বাজারের প্রবণতা আর ক্রেতাদের রুচির এই **বিক্রয় বিশ্লেষণ (sales analysis)** দোকানকে
জানায় কোন মাল রাখতে হবে আর অফার কখন দিতে হবে। নিচের লেখচিত্রটি প্রতি মাসে প্রতিটি বিভাগের অর্ডারের মূল্য (`amount_inr`,
GST সহ) যোগ করে। সেই মাসগুলি খুঁজুন, যেখানে সব রেখা একসঙ্গে ওঠে, আর সেই রেখাগুলিও, যা দুই বছরে ধীরে ধীরে ওপরে বা নিচে
সরে যায়।""",
    ),
    code(
        """orders = world.orders.assign(
    month=world.orders["order_date"].dt.to_period("M"), year=world.orders["order_date"].dt.year
)
per_month = len(orders) / orders["month"].nunique() / orders["category"].nunique()
print("orders per category and month, on average:", round(per_month, 1))
ax = relkit.plot_line(orders, x="month", y="amount_inr", hue="category")"""
    ),
    md(
        en="""October stands out in both years: in October 2024 groceries reached ₹71,833, the highest point of any
line, and most categories rise in the same months. That is the festive season, from Navratri and Durga
Puja to Diwali. Month to month the lines jump about a lot, because each category has only about 18 orders
a month on average; a single large order moves a line.

Which categories is the shop selling more of? The cell gives each category's share of each year's sales.""",
        hi="""दोनों सालों में अक्टूबर सबसे अलग दिखता है: अक्टूबर 2024 में किराने की बिक्री ₹71,833 तक पहुँची, जो किसी भी रेखा का सबसे ऊँचा बिंदु है,
और ज़्यादातर श्रेणियाँ इन्हीं महीनों में ऊपर जाती हैं। यही त्योहारी मौसम है, नवरात्रि और दुर्गा पूजा से दीवाली तक। महीने-दर-महीने रेखाएँ
काफ़ी उछलती हैं, क्योंकि हर श्रेणी में महीने में औसतन बस लगभग 18 ऑर्डर होते हैं; एक बड़ा ऑर्डर भी रेखा को हिला देता है।

दुकान किन श्रेणियों का माल ज़्यादा बेच रही है? नीचे का सेल हर साल की बिक्री में हर श्रेणी का हिस्सा देता है।""",
        bn="""দুই বছরেই অক্টোবর আলাদা করে চোখে পড়ে: অক্টোবর 2024-এ মুদিখানা বিভাগের বিক্রি পৌঁছেছে ₹71,833-এ, যা যেকোনো রেখার সবচেয়ে উঁচু বিন্দু,
আর বেশিরভাগ বিভাগ ওঠে একই মাসগুলিতে। এটিই উৎসবের মরসুম, নবরাত্রি আর দুর্গাপুজো থেকে দীপাবলি পর্যন্ত। মাসে মাসে রেখাগুলি
বেশ লাফায়, কারণ প্রতিটি বিভাগে মাসে গড়ে মাত্র প্রায় 18টি অর্ডার; একটি বড় অর্ডারও রেখাকে নাড়িয়ে দেয়।

দোকান কোন বিভাগের মাল বেশি বিক্রি করছে? নিচের সেলটি প্রতি বছরের বিক্রিতে প্রতিটি বিভাগের অংশ দেখায়।""",
    ),
    code(
        """by_year = orders.pivot_table(
    index="category", columns="year", values="amount_inr", aggfunc="sum", observed=True
)
print("sales of the year:", [relkit.format_inr(total) for total in by_year.sum()])
(by_year / by_year.sum()).round(3)"""
    ),
    md(
        en="""Sales grew from ₹13.5 lakh in 2023 to ₹16.5 lakh in 2024. Fashion kept the largest share (0.271 in
both years); groceries grew from 0.233 to 0.258 of sales and home fell from 0.195 to 0.163. Over two years
such shifts are hints of changing tastes, not yet a trend: a third year would show whether they last.

### The festive season

In this world the festive season runs from 30 days before Diwali to 3 days after it: 13 October to
15 November 2023, and 2 October to 4 November 2024. The **festive share** of a year's sales is

`festive share = sales in the festive season ÷ sales of the whole year`

By hand: a shop that sells ₹2 lakh in its festive weeks and ₹10 lakh in the year has a festive share of
`2 ÷ 10 = 0.2`. Compare it with the share of the year's days the season covers: 34 days of 365 is
`34 ÷ 365 ≈ 0.093`. A festive share well above that means the season sells more per day than the rest of
the year.""",
        hi="""बिक्री 2023 में ₹13.5 लाख से बढ़कर 2024 में ₹16.5 लाख हो गई। सबसे बड़ा हिस्सा फ़ैशन का रहा (दोनों सालों में 0.271); किराने का
हिस्सा 0.233 से बढ़कर 0.258 हुआ और घर के सामान का 0.195 से घटकर 0.163। दो सालों में ऐसे बदलाव ग्राहकों की बदलती पसंद के संकेत
हैं, अभी पक्का रुझान नहीं: तीसरा साल बताएगा कि वे टिकते हैं या नहीं।

### त्योहारी मौसम

इस दुनिया में त्योहारी मौसम दीवाली से 30 दिन पहले से दीवाली के 3 दिन बाद तक चलता है: 13 अक्टूबर से 15 नवंबर 2023, और 2 अक्टूबर
से 4 नवंबर 2024। साल की बिक्री में **त्योहारी हिस्सा (festive share)** है

`त्योहारी हिस्सा = त्योहारी मौसम की बिक्री ÷ पूरे साल की बिक्री`

हाथ से: जो दुकान त्योहारी हफ़्तों में ₹2 लाख और पूरे साल में ₹10 लाख बेचती है, उसका त्योहारी हिस्सा `2 ÷ 10 = 0.2` है। इसकी तुलना
साल के उन दिनों के हिस्से से कीजिए जो यह मौसम घेरता है: 365 में से 34 दिन, यानी `34 ÷ 365 ≈ 0.093`। अगर त्योहारी हिस्सा इससे काफ़ी
ज़्यादा है, तो इस मौसम में हर दिन साल के बाक़ी दिनों से ज़्यादा बिक्री होती है।""",
        bn="""বিক্রি 2023-এর ₹13.5 লাখ থেকে বেড়ে 2024-এ হয়েছে ₹16.5 লাখ। সবচেয়ে বড় অংশ পোশাক ও ফ্যাশনের (`fashion`, দুই বছরেই 0.271); মুদিখানার (`groceries`) অংশ
0.233 থেকে বেড়ে 0.258 হয়েছে, আর ঘর ও রান্নাঘরের (`home`) অংশ 0.195 থেকে কমে 0.163। মাত্র দুই বছরের এমন বদল ক্রেতাদের বদলাতে থাকা রুচির
ইঙ্গিত, এখনও পাকা প্রবণতা নয়: তৃতীয় বছর দেখাবে সেগুলি টেকে কি না।

### উৎসবের মরসুম

এই জগতে উৎসবের মরসুম চলে দীপাবলির 30 দিন আগে থেকে দীপাবলির 3 দিন পর পর্যন্ত: 2023-এ 13 অক্টোবর থেকে 15 নভেম্বর, আর
2024-এ 2 অক্টোবর থেকে 4 নভেম্বর। বছরের বিক্রিতে **উৎসবের অংশ (festive share)** হলো

`উৎসবের অংশ = উৎসবের মরসুমের বিক্রি ÷ পুরো বছরের বিক্রি`

হাতে কষে: যে দোকান উৎসবের কয়েক সপ্তাহে ₹2 লাখ আর পুরো বছরে ₹10 লাখ বিক্রি করে, তার উৎসবের অংশ `2 ÷ 10 = 0.2`। একে তুলনা
করুন মরসুমটি বছরের কত অংশ দিন জুড়ে থাকে, তার সঙ্গে: 365 দিনের 34 দিন, অর্থাৎ `34 ÷ 365 ≈ 0.093`। উৎসবের অংশ এর চেয়ে অনেক
বেশি হলে বুঝতে হবে, এই মরসুমে প্রতিদিন বছরের বাকি দিনগুলির চেয়ে বেশি বিক্রি হয়।""",
    ),
    code(
        """seasons = {2023: ("2023-10-13", "2023-11-15"), 2024: ("2024-10-02", "2024-11-04")}
for year, (start, end) in seasons.items():
    in_year = orders[orders["year"] == year]
    festive = in_year["order_date"].between(start, end)
    sales_share = in_year.loc[festive, "amount_inr"].sum() / in_year["amount_inr"].sum()
    season_days = (pd.Timestamp(end) - pd.Timestamp(start)).days + 1
    year_days = 366 if year == 2024 else 365  # 2024 is a leap year
    per_day = (sales_share / season_days) / ((1 - sales_share) / (year_days - season_days))
    print(year, "festive share of sales =", relkit.format_percent(sales_share),
          "| share of the days =", relkit.format_percent(season_days / year_days),
          "| a festive day sells", round(per_day, 1), "times an ordinary day")"""
    ),
    md(
        en="""In 2023 the festive season brought 18.8 % of the year's sales, in 2024 15.0 %, while it covers only
9.3 % of the days: a festive day sold 2.2 times as much as an ordinary day in 2023, and 1.7 times in
2024. That is when it needs stock in its warehouses, staff on its support desk, and its offers ready. The
share fell in 2024, but 2024's sales also grew in the other months, so a lower share does not mean a
weaker festive season.

### Exercise 06.3 · The festive share of groceries

What share of 2024's groceries sales (`amount_inr`) fell in the 2024 festive season? Store it in `answer`
as a share between 0 and 1.""",
        hi="""2023 में त्योहारी मौसम साल की 18.8% बिक्री लाया, 2024 में 15.0%, जबकि यह साल के सिर्फ़ 9.3% दिन घेरता है: 2023 में त्योहारी
दिन में आम दिन से 2.2 गुना बिक्री हुई, और 2024 में 1.7 गुना। यही वह समय है जब दुकान के गोदामों में माल, सहायता डेस्क पर कर्मचारी और ऑफ़र
तैयार होने चाहिए। 2024 में यह हिस्सा घटा, पर 2024 में बाक़ी महीनों की बिक्री भी बढ़ी, इसलिए कम हिस्से का मतलब कमज़ोर त्योहारी मौसम
नहीं है।

### अभ्यास 06.3 · किराने का त्योहारी हिस्सा

2024 की किराने की बिक्री (`amount_inr`) का कितना हिस्सा 2024 के त्योहारी मौसम में हुआ? इसे 0 और 1 के बीच की संख्या के रूप में
`answer` में रखिए।""",
        bn="""2023-এ উৎসবের মরসুম এনেছে বছরের বিক্রির 18.8%, 2024-এ 15.0%, অথচ মরসুমটি বছরের মাত্র 9.3% দিন জুড়ে: 2023-এ উৎসবের একটি দিনে
সাধারণ দিনের 2.2 গুণ বিক্রি হয়েছে, আর 2024-এ 1.7 গুণ। ঠিক তখনই দোকানের দরকার গুদামে মাল, সহায়তা ডেস্কে কর্মী, আর তৈরি অফার।
2024-এ অংশটি কমেছে, কিন্তু 2024-এ বাকি মাসগুলির বিক্রিও বেড়েছে, তাই কম অংশ মানেই দুর্বল উৎসবের মরসুম নয়।

### অনুশীলন 06.3 · মুদিখানা বিভাগে উৎসবের অংশ

2024-এ মুদিখানা বিভাগের (`groceries`) বিক্রির (`amount_inr`) কত অংশ 2024-এর উৎসবের মরসুমে হয়েছে? অনুপাতটি 0 থেকে 1-এর মধ্যে একটি দশমিক
সংখ্যা হিসেবে `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("06.3", answer)"""
    ),
    code(
        """orders = world.orders
groceries = orders[(orders["category"] == "groceries") & (orders["order_date"].dt.year == 2024)]
festive = groceries["order_date"].between("2024-10-02", "2024-11-04")
answer = groceries.loc[festive, "amount_inr"].sum() / groceries["amount_inr"].sum()
relkit.check("06.3", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 6. Customer service with the full history at hand

When a customer writes in, the agent who answers should see who this customer is: what they ordered, what
went wrong, what they complained about before. A CRM puts that history on one screen. The cell picks the
ticket of the customer with the most orders among those who raised a ticket, and shows their orders and
their tickets together.""",
        hi="""## 6. पूरे इतिहास को सामने रखकर ग्राहक सेवा

जब कोई ग्राहक शिकायत लिखता है, तो जवाब देने वाले कर्मचारी को पता होना चाहिए कि यह ग्राहक कौन है: उसने क्या ऑर्डर किया, क्या
गड़बड़ हुई, पहले उसने किस बात की शिकायत की। सीआरएम यह पूरा इतिहास एक ही स्क्रीन पर रख देता है। नीचे का सेल टिकट खोलने वाले
ग्राहकों में से सबसे ज़्यादा ऑर्डर वाले ग्राहक को चुनता है, और उसके ऑर्डर और टिकट साथ-साथ दिखाता है।""",
        bn="""## 6. পুরো ইতিহাস হাতের কাছে রেখে গ্রাহক পরিষেবা

কোনো গ্রাহক সাহায্য চেয়ে লিখলে যে কর্মী উত্তর দেবেন, তাঁর জানা উচিত এই গ্রাহক কে: তিনি কী অর্ডার দিয়েছেন, কী গোলমাল হয়েছে, আগে তিনি
কী নিয়ে অভিযোগ করেছেন। সিআরএম এই পুরো ইতিহাস একটি পর্দাতেই এনে দেয়। নিচের সেলটি টিকিট খোলা গ্রাহকদের মধ্যে সবচেয়ে বেশি
অর্ডার দেওয়া গ্রাহককে বেছে নেয়, আর তাঁর অর্ডার ও টিকিট পাশাপাশি দেখায়।""",
    ),
    code(
        """orders_per_customer = world.orders["customer_id"].value_counts()
ticket_orders = world.tickets["customer_id"].map(orders_per_customer)
customer = world.tickets.loc[ticket_orders.idxmax(), "customer_id"]
history = world.orders[world.orders["customer_id"] == customer]
print(history[["order_id", "order_date", "category", "amount_inr", "outcome"]].to_string(index=False))
world.tickets[world.tickets["customer_id"] == customer]"""
    ),
    md(
        en="""This customer placed 5 orders in two years. Two were sent back and one never arrived (RTO); then a
ticket about an account problem with the last order was rated 1 out of 5. An agent who sees the whole
history knows at once that this is a regular customer whose patience has been tried before, and can treat
the complaint accordingly. Good service is also measured over all tickets. Four measures, each
with its definition:

- **first response time**: `first_response_at − opened_at`, the wait for the first reply;
- **resolution time**: `resolved_at − opened_at`, the wait until the problem was solved;
- **SLA met share**: a **service level agreement (SLA)** is the shop's promise of a resolution time
  (`sla_hours`: 24 hours for delivery and payment, 48 for refund and account, 72 for product quality);
  the SLA met share is `tickets resolved within their SLA ÷ tickets resolved`;
- **CSAT**: after the ticket, the customer may rate the help from 1 to 5; relkit's **CSAT** is
  `ratings of 4 or 5 ÷ ratings given`. Some businesses report the average rating instead; say which.

By hand: four resolved tickets with SLA 24 hours took 10, 20, 30 and 50 hours. Two of four are within
24 hours, so the SLA met share is `2 ÷ 4 = 0.5`. Their median resolution time is `(20 + 30) ÷ 2 = 25`
hours. If three customers rated them 5, 4 and 2, the CSAT is `2 ÷ 3 ≈ 0.67`. Because a few slow tickets
can drag an average far up, relkit gives the median and the 90th percentile (the time 9 tickets in 10
stay within).""",
        hi="""इस ग्राहक ने दो सालों में 5 ऑर्डर दिए। दो लौटाए गए और एक ग्राहक तक पहुँचा ही नहीं, वापस लौट गया (मूल स्थान पर वापसी, RTO); फिर आख़िरी ऑर्डर पर खाते की एक समस्या
को लेकर टिकट खुला, जिसे ग्राहक ने 5 में से 1 अंक दिया। जो कर्मचारी पूरा इतिहास देखता है, वह तुरंत जान जाता है कि यह नियमित ग्राहक है जिसके धैर्य की परीक्षा
पहले भी हो चुकी है, और शिकायत को उसी हिसाब से संभाल सकता है। अच्छी सेवा सभी
टिकटों पर भी मापी जाती है। चार माप, हर एक की परिभाषा के साथ:

- **पहले जवाब का समय (first response time)**: `first_response_at − opened_at`, पहले जवाब तक का इंतज़ार;
- **समाधान का समय (resolution time)**: `resolved_at − opened_at`, समस्या हल होने तक का इंतज़ार;
- **SLA के भीतर निपटे टिकटों का हिस्सा**: **सेवा स्तर समझौता (Service Level Agreement, SLA)** समाधान के समय के बारे में दुकान
  का वादा है (`sla_hours`: डिलीवरी और भुगतान के लिए 24 घंटे, धनवापसी और खाते के लिए 48, उत्पाद की गुणवत्ता के लिए 72);
  यह हिस्सा है `अपने SLA के भीतर हल हुए टिकट ÷ हल हुए टिकट`;
- **संतुष्टि अंक (CSAT)**: टिकट के बाद ग्राहक मदद को 1 से 5 तक अंक दे सकता है; relkit का **CSAT** है
  `4 या 5 वाली रेटिंग ÷ दी गई रेटिंग`। कुछ व्यवसाय इसकी जगह औसत रेटिंग बताते हैं; बताइए कि आप कौन-सा माप दे रहे हैं।

हाथ से: SLA 24 घंटे वाले चार हल हुए टिकटों में 10, 20, 30 और 50 घंटे लगे। चार में से दो 24 घंटे के भीतर हैं, इसलिए SLA के भीतर निपटे
टिकटों का हिस्सा `2 ÷ 4 = 0.5` है। समाधान के समय की माध्यिका `(20 + 30) ÷ 2 = 25` घंटे है। अगर तीन ग्राहकों ने 5, 4 और 2 अंक दिए, तो
CSAT `2 ÷ 3 ≈ 0.67` है। कुछ धीमे टिकट औसत को बहुत ऊपर खींच सकते हैं, इसलिए relkit माध्यिका और 90वाँ पर्सेंटाइल देता है (वह समय
जिसके भीतर 10 में से 9 टिकट निपट जाते हैं)।""",
        bn="""এই গ্রাহক দুই বছরে 5টি অর্ডার দিয়েছেন। দুটি তিনি ফেরত দিয়েছেন, আর একটি তাঁর কাছে পৌঁছায়নি, প্রেরকের কাছে ফেরত গেছে (RTO); তারপর
শেষ অর্ডারটি নিয়ে অ্যাকাউন্টের একটি সমস্যার টিকিটে তিনি 5-এর মধ্যে 1 নম্বর দিয়েছেন। যে কর্মী পুরো ইতিহাস দেখেন, তিনি সঙ্গে সঙ্গে বোঝেন যে ইনি নিয়মিত গ্রাহক, যাঁর ধৈর্যের
পরীক্ষা আগেও হয়েছে, আর অভিযোগটিও সেভাবেই সামলাতে পারেন। ভালো পরিষেবা সব টিকিট
মিলিয়েও মাপা হয়। চারটি মাপ, প্রতিটির সংজ্ঞা সহ:

- **প্রথম উত্তরের সময় (first response time)**: `first_response_at − opened_at`, প্রথম উত্তর পর্যন্ত অপেক্ষা;
- **সমাধানের সময় (resolution time)**: `resolved_at − opened_at`, সমস্যা মেটা পর্যন্ত অপেক্ষা;
- **SLA-র মধ্যে মেটানো টিকিটের অনুপাত (SLA met share)**: **পরিষেবার মান চুক্তি (Service Level Agreement, SLA)** হলো সমাধানের সময় নিয়ে দোকানের
  প্রতিশ্রুতি (`sla_hours`: সরবরাহ ও পেমেন্টের টিকিটে 24 ঘণ্টা, টাকা ফেরত ও অ্যাকাউন্টের টিকিটে 48, পণ্যের মানের টিকিটে 72); অনুপাতটি হলো
  `নিজের SLA-র মধ্যে মেটানো টিকিট ÷ মেটানো টিকিট`;
- **সন্তুষ্টির স্কোর (CSAT)**: টিকিটের পরে গ্রাহক সাহায্যকে 1 থেকে 5 নম্বর দিতে পারেন; relkit-এর **CSAT** হলো
  `4 বা 5 নম্বর ÷ দেওয়া নম্বর`। কিছু ব্যবসা এর বদলে গড় নম্বর জানায়; কোনটি দিচ্ছেন, তা বলে দিন।

হাতে কষে: SLA 24 ঘণ্টার চারটি মেটানো টিকিটে লেগেছে 10, 20, 30 আর 50 ঘণ্টা। চারটির দুটি 24 ঘণ্টার মধ্যে, তাই SLA-র মধ্যে মেটানো
টিকিটের অনুপাত `2 ÷ 4 = 0.5`। সমাধানের সময়ের মধ্যমা `(20 + 30) ÷ 2 = 25` ঘণ্টা। তিনজন গ্রাহক 5, 4 আর 2 দিলে CSAT হয় `2 ÷ 3 ≈ 0.67`।
কয়েকটি ধীর টিকিট গড়কে অনেক ওপরে টেনে নিতে পারে, তাই relkit দেয় মধ্যমা আর 90তম শতাংশক (90th percentile: যে সময়ের মধ্যে 10টির 9টি
টিকিট মেটে)।""",
    ),
    code(
        """levels = relkit.service_levels(world.tickets)
levels.round(3)"""
    ),
    md(
        en="""Over 169 tickets, half got a first reply within 7.1 hours and 9 in 10 within 23.0 hours. Solving took
longer: a median of 29.5 hours, and 1 ticket in 10 took more than 88.1 hours. Only 0.467 of the tickets
were solved within their SLA, and only 0.429 of the ratings were 4 or 5. The desk answers fairly fast but
solves slowly: a quick first reply that does not solve the problem does not keep the promise.

Does keeping the promise matter to the customer? The cell marks each ticket as solved within its SLA or
not, and compares the CSAT of the two groups (rated tickets only).""",
        hi="""169 टिकटों में से आधे को 7.1 घंटे के भीतर पहला जवाब मिला, और 10 में से 9 को 23.0 घंटे के भीतर। हल होने में ज़्यादा समय
लगा: माध्यिका 29.5 घंटे, और 10 में से 1 टिकट में 88.1 घंटे से ज़्यादा। सिर्फ़ 0.467 टिकट अपने SLA के भीतर हल हुए, और रेटिंग में
से सिर्फ़ 0.429 ही 4 या 5 थीं। डेस्क जवाब तो ठीक-ठाक जल्दी देती है, पर समस्या धीरे हल करती है: जो पहला जवाब समस्या हल नहीं करता,
उससे वादा पूरा नहीं होता।

क्या वादा निभाना ग्राहक के लिए मायने रखता है? नीचे का सेल हर टिकट पर निशान लगाता है कि वह अपने SLA के भीतर हल हुआ या नहीं,
और दोनों समूहों के CSAT की तुलना करता है (सिर्फ़ रेटिंग वाले टिकट)।""",
        bn="""169টি টিকিটের অর্ধেক প্রথম উত্তর পেয়েছে 7.1 ঘণ্টার মধ্যে, আর 10টির 9টি 23.0 ঘণ্টার মধ্যে। সমাধানে বেশি সময় লেগেছে:
মধ্যমা 29.5 ঘণ্টা, আর 10টির 1টিতে 88.1 ঘণ্টার বেশি। মাত্র 0.467 অংশ টিকিট নিজের SLA-র মধ্যে মিটেছে, আর দেওয়া নম্বরের মাত্র
0.429 অংশ 4 বা 5। ডেস্ক উত্তর মোটামুটি তাড়াতাড়িই দেয়, কিন্তু সমাধান করে ধীরে: যে প্রথম উত্তর সমস্যা মেটায় না, তাতে প্রতিশ্রুতি
রক্ষা হয় না।

প্রতিশ্রুতি রাখা কি গ্রাহকের কাছে গুরুত্বপূর্ণ? নিচের সেলটি প্রতিটি টিকিটে চিহ্ন দেয়, সেটি নিজের SLA-র মধ্যে মিটেছে কি না, আর
দুই দলের CSAT তুলনা করে (শুধু নম্বর পাওয়া টিকিট)।""",
    ),
    code(
        """tickets = world.tickets.copy()
hours = (tickets["resolved_at"] - tickets["opened_at"]) / pd.Timedelta(hours=1)
tickets["within_sla"] = hours <= tickets["sla_hours"]
rated = tickets.dropna(subset=["csat"])
rated.groupby("within_sla")["csat"].agg(rated="size", csat=lambda score: (score >= 4).mean()).round(3)"""
    ),
    md(
        en="""The gap is large: of the 43 rated tickets solved within the SLA, 0.814 were rated 4 or 5; of the 48
solved late, only 0.083. Customers notice whether the promise is kept. (This is still a comparison, not
an experiment: late tickets may also be the harder problems. But a gap of this size, on these counts, is
far beyond what chance makes.)

### Exercise 06.4 · The SLA for refunds

What share of the **refund** tickets were solved within their SLA? Store it in `answer` as a share
between 0 and 1.""",
        hi="""अंतर बड़ा है: SLA के भीतर हल हुए 43 रेटिंग वाले टिकटों में से 0.814 को 4 या 5 अंक मिले; देर से हल हुए 48 में से सिर्फ़ 0.083
को। ग्राहक देखते हैं कि वादा निभाया गया या नहीं। (यह भी तुलना ही है, प्रयोग नहीं: देर से हल हुए टिकटों में शायद कठिन समस्याएँ भी ज़्यादा हों। पर इन
संख्याओं पर इतना बड़ा अंतर उससे कहीं बड़ा है जितना संयोग से बन सकता है।)

### अभ्यास 06.4 · धनवापसी का SLA

**धनवापसी (refund)** के टिकटों में से कितना हिस्सा अपने SLA के भीतर हल हुआ? इसे 0 और 1 के बीच की संख्या के रूप में `answer` में
रखिए।""",
        bn="""তফাতটি বড়: SLA-র মধ্যে মেটানো নম্বর পাওয়া 43টি টিকিটের 0.814 অংশ পেয়েছে 4 বা 5; দেরিতে মেটানো 48টির মাত্র 0.083 অংশ।
প্রতিশ্রুতি রাখা হলো কি না, গ্রাহকেরা তা খেয়াল করেন। (এটিও শুধু তুলনা, পরীক্ষা (experiment) নয়: দেরিতে মেটানো টিকিটগুলির সমস্যা হয়তো বেশি কঠিন ছিল। তবে
এতগুলি টিকিটে এত বড় তফাত দৈবক্রমে যতটা হতে পারে, তার থেকে অনেক বেশি।)

### অনুশীলন 06.4 · টাকা ফেরতের SLA

**টাকা ফেরত (refund)** টিকিটগুলির কত অংশ নিজের SLA-র মধ্যে মিটেছে? অনুপাতটি 0 থেকে 1-এর মধ্যে একটি দশমিক সংখ্যা হিসেবে
`answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("06.4", answer)"""
    ),
    code(
        """refund = world.tickets[world.tickets["category"] == "refund"]
answer = relkit.service_levels(refund)["sla_compliance"]
relkit.check("06.4", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 7. Post-sale surveys: the Net Promoter Score

After a purchase the shop asks some customers one question: "How likely are you to recommend us, from
0 to 10?" Those who answer 9 or 10 are **promoters**, 7 or 8 **passives**, and 0 to 6 **detractors**. The
**Net Promoter Score (NPS)** is

`NPS = % promoters − % detractors`

Passives count in the total but on neither side, so the NPS runs from −100 (everyone a detractor) to +100.
By hand: of 10 answers, 5 are promoters, 3 passives and 2 detractors: `50 % − 20 % = 30`. The NPS is
written as a number of points, not as a percentage.""",
        hi="""## 7. बिक्री के बाद के सर्वेक्षण: नेट प्रमोटर स्कोर

ख़रीद के बाद दुकान कुछ ग्राहकों से एक सवाल पूछती है: "0 से 10 के पैमाने पर, इसकी कितनी संभावना है कि आप दूसरों से हमारी सिफ़ारिश करेंगे?"
9 या 10 देने वाले **प्रमोटर (promoter)** हैं, 7 या 8 देने वाले **तटस्थ (passive)**, और 0 से 6 देने वाले **आलोचक (detractor)**।
**नेट प्रमोटर स्कोर (Net Promoter Score, NPS)** है

`NPS = प्रमोटरों का % − आलोचकों का %`

तटस्थ ग्राहक कुल संख्या में गिने जाते हैं पर किसी पक्ष में नहीं, इसलिए NPS −100 (सब आलोचक) से +100 तक होता है। हाथ से: 10 उत्तरों
में 5 प्रमोटर, 3 तटस्थ और 2 आलोचक हैं: `50% − 20% = 30`। NPS अंकों में लिखा जाता है, प्रतिशत में नहीं।""",
        bn="""## 7. বিক্রির পরের সমীক্ষা: নেট প্রোমোটার স্কোর

কেনাকাটার পরে দোকান কিছু গ্রাহককে একটি প্রশ্ন করে: "0 থেকে 10-এর মধ্যে বলুন, আপনি অন্যদের কাছে আমাদের সুপারিশ করবেন, তার সম্ভাবনা কতটা?"
যাঁরা 9 বা 10 দেন, তাঁরা **প্রোমোটার (promoter)**, 7 বা 8 দিলে **নিরপেক্ষ (passive)**, আর 0 থেকে 6 দিলে **সমালোচক (detractor)**।
**নেট প্রোমোটার স্কোর (Net Promoter Score, NPS)** হলো

`NPS = প্রোমোটারদের % − সমালোচকদের %`

নিরপেক্ষরা মোট সংখ্যায় গোনা হন, কিন্তু কোনো পক্ষেই নয়, তাই NPS −100 (সবাই সমালোচক) থেকে +100 পর্যন্ত হয়। হাতে কষে: 10টি
উত্তরের 5টি প্রোমোটার, 3টি নিরপেক্ষ আর 2টি সমালোচক: `50% − 20% = 30`। NPS লেখা হয় পয়েন্টের সংখ্যা হিসেবে, শতাংশ হিসেবে নয়।""",
    ),
    code(
        """scores = world.nps_responses["score"]
print("answers    =", len(scores))
print("promoters  =", (scores >= 9).sum())
print("passives   =", scores.between(7, 8).sum())
print("detractors =", (scores <= 6).sum())
print("NPS        =", round(relkit.nps(world.nps_responses), 1))"""
    ),
    md(
        en="""Of 494 answers, 221 are promoters and 73 detractors: an NPS of about 30.0. Is that good? Compare it
with the shop's own NPS over time rather than with other firms: firms ask the question at different
moments and of different customers.

### How much does an NPS move by chance?

A survey hears only the customers who answered. Had a different few hundred answered, the NPS would
differ. The cell shows by how much: it draws 1,000 new sets of 494 answers from the real ones, at random
and with replacement (the same answer may be drawn twice; this is called a *bootstrap*), computes the NPS
of each, and keeps the middle 95 % of them: the **chance band**. It then does the same for the customers
who raised a support ticket and for those who did not.""",
        hi="""494 उत्तरों में 221 प्रमोटर और 73 आलोचक हैं: NPS लगभग 30.0। क्या यह अच्छा है? इसकी तुलना दूसरी फ़र्मों से नहीं, समय के साथ
दुकान के अपने NPS से कीजिए: फ़र्में यह सवाल अलग-अलग मौक़ों पर और अलग-अलग ग्राहकों से पूछती हैं।

### संयोग से NPS कितना बदलता है?

सर्वेक्षण सिर्फ़ उन्हीं ग्राहकों की बात सुनता है जिन्होंने उत्तर दिया। अगर कुछ सौ दूसरे ग्राहकों ने उत्तर दिया होता, तो NPS अलग आता। नीचे का
सेल दिखाता है कि कितना अलग: वह असली उत्तरों में से बेतरतीब ढंग से, दोहराव के साथ (एक ही उत्तर दो बार भी निकल सकता है; इसे
*बूटस्ट्रैप (bootstrap)* कहते हैं) 494 उत्तरों के 1,000 नए सेट निकालता है, हर सेट का NPS निकालता है, और बीच के 95% मान रखता है:
यही **संयोग का दायरा (chance band)** है। फिर वह यही हिसाब उन ग्राहकों के लिए करता है जिन्होंने सहायता टिकट खोला था, और उनके लिए भी जिन्होंने नहीं खोला।""",
        bn="""494টি উত্তরের 221টি প্রোমোটার আর 73টি সমালোচক: NPS প্রায় 30.0। এটা কি ভালো? অন্য প্রতিষ্ঠানের NPS-এর সঙ্গে নয়, দোকানের
নিজের আগের NPS-এর সঙ্গে তুলনা করুন: প্রতিষ্ঠানগুলি প্রশ্নটি করে ভিন্ন ভিন্ন সময়ে, ভিন্ন ভিন্ন গ্রাহককে।

### দৈবক্রমে NPS কতটা বদলায়?

সমীক্ষা শোনে শুধু তাঁদের কথা, যাঁরা উত্তর দিয়েছেন। অন্য কয়েকশো জন উত্তর দিলে NPS আলাদা হতো। নিচের সেলটি দেখায় কতটা আলাদা:
আসল উত্তরগুলি থেকে এলোমেলোভাবে, প্রতিবার ফিরিয়ে রেখে, 494টি উত্তরের 1,000টি নতুন সেট তোলে (একই উত্তর দুবারও
উঠতে পারে; একে বলে *বুটস্ট্র্যাপ*, bootstrap), প্রতিটির NPS হিসাব করে, আর মাঝের 95% মান রাখে: এটিই **দৈবক্রমের পরিসর (chance band)**। তারপর একই হিসাব করে যে
গ্রাহকেরা সহায়তা টিকিট খুলেছিলেন তাঁদের জন্য, আর যাঁরা খোলেননি তাঁদের জন্যও।""",
    ),
    code(
        """def nps_band(values, rng, draws=1000):
    redrawn = []
    for _ in range(draws):
        sample = rng.choice(values, size=len(values))
        redrawn.append(100 * ((sample >= 9).mean() - (sample <= 6).mean()))
    return np.percentile(redrawn, [2.5, 97.5]).round(1)


rng = np.random.default_rng(1)
answers = world.nps_responses
had_ticket = answers["customer_id"].isin(world.tickets["customer_id"])
groups = {"all answers": answers, "with a ticket": answers[had_ticket], "no ticket": answers[~had_ticket]}
for label, group in groups.items():
    band = nps_band(group["score"].to_numpy(), rng)
    print(f"{label:14} answers {len(group):3}  NPS {relkit.nps(group):5.1f}  band {band[0]} to {band[1]}")"""
    ),
    md(
        en="""With 494 answers the band runs from about 23.5 to 36.0: an NPS of 30 could as well have come out 26 or
34 by chance. So a report that "NPS fell from 30 to 27 this quarter" on a few hundred answers may be
nothing but chance; a fall of 15 points would be news. The 52 customers who had raised a ticket give an
NPS of 17.3 against 31.4 for the other 442, but their band is wide (from −3.8 to 38.5), because 52
answers are few. It fits
what the data dictionary (`datasets/README.md`) says about this world (a badly rated ticket, a late delivery or an RTO lowers
the score), but on its own it is a hint, not a finding.

### Exercise 06.5 · The NPS of Hindi-speaking customers

What is the NPS of the answers given by customers whose preferred language (`customers.preferred_language`)
is Hindi (`"hi"`)? Store it in `answer` in points, as `relkit.nps` gives it.""",
        hi="""494 उत्तरों पर यह दायरा लगभग 23.5 से 36.0 तक है: 30 का NPS संयोग से 26 या 34 भी आ सकता था। इसलिए कुछ सौ उत्तरों पर
"इस तिमाही NPS 30 से गिरकर 27 हो गया" जैसी रिपोर्ट सिर्फ़ संयोग भी हो सकती है; 15 अंकों की गिरावट ज़रूर ख़बर होती। जिन 52 ग्राहकों ने
टिकट खोला था, उनका NPS 17.3 है, जबकि बाक़ी 442 का 31.4; पर उनका दायरा चौड़ा है (−3.8 से 38.5 तक), क्योंकि 52 उत्तर कम हैं। यह उस बात से मेल खाता
है जो आँकड़ों का विवरण (`datasets/README.md`) इस दुनिया के बारे में कहता है (कम अंक वाला टिकट, देर से डिलीवरी या RTO ग्राहक के दिए अंक घटा देते हैं), पर अपने-आप
में यह एक संकेत है, कोई पक्का नतीजा नहीं।

### अभ्यास 06.5 · हिंदी बोलने वाले ग्राहकों का NPS

जिन ग्राहकों की पसंदीदा भाषा (`customers.preferred_language`) हिंदी (`"hi"`) है, उनके उत्तरों का NPS कितना है? इसे अंकों में
`answer` में रखिए, जैसा `relkit.nps` देता है।""",
        bn="""494টি উত্তরে পরিসরটি মোটামুটি 23.5 থেকে 36.0: 30-এর NPS দৈবক্রমে 26 বা 34-ও আসতে পারত। তাই কয়েকশো উত্তরের ওপর
"এই ত্রৈমাসিকে NPS 30 থেকে নেমে 27 হয়েছে" জাতীয় খবরের পেছনে নিছক দৈবক্রমও থাকতে পারে; 15 পয়েন্ট নামলে তবে তা খবর। যে 52 জন গ্রাহক
টিকিট খুলেছিলেন, তাঁদের NPS 17.3, বাকি 442 জনের 31.4; কিন্তু তাঁদের পরিসর চওড়া (−3.8 থেকে 38.5), কারণ 52টি উত্তর খুবই কম। এটি এই জগৎ সম্পর্কে
তথ্যের বিবরণীতে (`datasets/README.md`) যা বলা আছে, তার সঙ্গে মেলে (কম নম্বর পাওয়া টিকিট, দেরিতে সরবরাহ বা RTO গ্রাহকের স্কোর কমায়), কিন্তু শুধু
এটুকু থেকে এটি একটি ইঙ্গিতমাত্র, পাকা সিদ্ধান্ত নয়।

### অনুশীলন 06.5 · হিন্দিভাষী গ্রাহকদের NPS

যে গ্রাহকদের পছন্দের ভাষা (`customers.preferred_language`) হিন্দি (`"hi"`), তাঁদের দেওয়া উত্তরের NPS কত? মানটি পয়েন্টে,
`relkit.nps` যেভাবে দেয়, সেভাবে `answer`-এ রাখুন।""",
    ),
    code(
        """answer = None  # replace None with your calculation
relkit.check("06.5", answer)"""
    ),
    code(
        """languages = world.customers[["customer_id", "preferred_language"]]
answers = world.nps_responses.merge(languages, on="customer_id")
answer = relkit.nps(answers[answers["preferred_language"] == "hi"])
relkit.check("06.5", answer)""",
        tags=["solution"],
    ),
    md(
        en="""## 8. Does good service bring customers back?

The service lead's claim can be checked. Take each customer's first ticket, keep those opened at least
180 days before the end of the data (so that everyone had 180 days to buy again), and mark whether the
customer placed a new order within 180 days after opening the ticket. Then compare the customers whose
ticket was solved within the SLA with those whose ticket was not.""",
        hi="""## 8. क्या अच्छी सेवा ग्राहकों को लौटा लाती है?

सेवा टीम के प्रमुख की बात जाँची जा सकती है। हर ग्राहक का पहला टिकट लीजिए, सिर्फ़ वे टिकट रखिए जो आँकड़ों के अंत से कम से कम 180 दिन पहले
खुले (ताकि हर ग्राहक को दोबारा ख़रीदने के लिए 180 दिन मिले हों), और निशान लगाइए कि ग्राहक ने टिकट खुलने के 180 दिन के भीतर नया
ऑर्डर दिया या नहीं। फिर उन ग्राहकों की तुलना कीजिए जिनका टिकट SLA के भीतर हल हुआ, उनसे जिनका नहीं हुआ।""",
        bn="""## 8. ভালো পরিষেবা কি গ্রাহকদের ফিরিয়ে আনে?

পরিষেবা প্রধানের দাবি যাচাই করা যায়। প্রতিটি গ্রাহকের প্রথম টিকিট নিন, শুধু সেই টিকিটগুলি রাখুন, যা তথ্যের শেষ দিনের অন্তত 180
দিন আগে খোলা হয়েছে (যাতে প্রত্যেকে আবার কেনার জন্য 180 দিন সময় পান), আর চিহ্ন দিন, টিকিট খোলার 180 দিনের মধ্যে গ্রাহক নতুন
অর্ডার দিয়েছেন কি না। তারপর যাঁদের টিকিট SLA-র মধ্যে মিটেছে, তাঁদের সঙ্গে যাঁদের মেটেনি, তাঁদের তুলনা করুন।""",
    ),
    code(
        """follow_days = 180
cutoff = pd.Timestamp("2024-12-31") - pd.Timedelta(days=follow_days)
first_ticket = tickets.sort_values("opened_at").drop_duplicates("customer_id")
first_ticket = first_ticket[first_ticket["opened_at"] <= cutoff].copy()
later = first_ticket.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
days_after = (later["order_date"] - later["opened_at"].dt.normalize()).dt.days
came_back = later.loc[(days_after > 0) & (days_after <= follow_days), "customer_id"].unique()
first_ticket["bought_again"] = first_ticket["customer_id"].isin(came_back)
first_ticket.groupby("within_sla")["bought_again"].agg(["size", "mean"]).round(3)"""
    ),
    md(
        en="""Of the 66 customers whose first ticket was solved within the SLA, 0.227 bought again within 180 days;
of the 66 whose ticket was not, 0.197. The service lead is right that the first group bought again more
often. Is the gap larger than chance? The cell shuffles the "within SLA" mark 1,000 times among the same
132 customers and counts how often the shuffled gap is at least as large as the real one.""",
        hi="""जिन 66 ग्राहकों का पहला टिकट SLA के भीतर हल हुआ, उनमें से 0.227 हिस्से ने 180 दिन के भीतर फिर ख़रीदा; जिन 66 का नहीं हुआ, उनमें से
0.197 हिस्से ने। सेवा टीम के प्रमुख की यह बात सही है कि पहले समूह ने ज़्यादा बार दोबारा ख़रीदा। क्या यह अंतर उससे बड़ा है जितना सिर्फ़ संयोग से बन जाता है? नीचे का सेल
"SLA के भीतर" वाले निशान को उन्हीं 132 ग्राहकों में 1,000 बार फेंटता है, और गिनता है कि कितनी बार फेंटे हुए निशान से भी कम से कम
असली जितना बड़ा अंतर बन जाता है।""",
        bn="""যে 66 জন গ্রাহকের প্রথম টিকিট SLA-র মধ্যে মিটেছে, তাঁদের 0.227 অংশ 180 দিনের মধ্যে আবার কিনেছেন; যে 66 জনের মেটেনি, তাঁদের
0.197 অংশ। পরিষেবা প্রধান ঠিকই বলছেন যে প্রথম দলের বেশি অংশ আবার কিনেছে। তফাতটি কি দৈবক্রমে যতটা হতে পারে, তার চেয়ে বড়? নিচের সেলটি "SLA-র মধ্যে"
চিহ্নটি সেই 132 জন গ্রাহকের মধ্যেই 1,000 বার এলোমেলো করে, আর গোনে কতবার এলোমেলো চিহ্নেও অন্তত আসল তফাতের সমান বড় তফাত আসে।""",
    ),
    code(
        """fast = first_ticket["within_sla"].to_numpy()
again = first_ticket["bought_again"].to_numpy()
gap = again[fast].mean() - again[~fast].mean()
rng = np.random.default_rng(1)
shuffled = []
for _ in range(1000):
    label = rng.permutation(fast)  # as many "within SLA" customers as before, picked at random
    shuffled.append(again[label].mean() - again[~label].mean())
print("gap                                   =", relkit.format_percent(gap))
print("shuffles with a gap at least as large =", relkit.format_percent(np.mean(np.array(shuffled) >= gap)))"""
    ),
    md(
        en="""The gap is 3.0 points, and 41.6 % of the shuffles made one at least as large: with 132 customers, the
data cannot tell this gap from chance. And even a larger gap would not prove that fast service *causes*
repeat buying, because the groups differ in more than speed. This is an **observational** comparison:
nobody chose at random which tickets would be solved fast. Other explanations are open:

- the kind of problem: a delivery ticket has 24 hours, a product-quality ticket 72, and the problems
  themselves differ (a parcel sent back undelivered is not a wrong colour);
- the customer: someone who buys often has more chances to buy again whatever the service, and the desk
  may answer known customers faster;
- the season: a ticket in the festive rush is slower, and the months after the festive season are quiet.

The honest test would be an experiment: for a while, send a random half of the tickets to a faster
team, and compare the repeat purchases of the two halves.""",
        hi="""अंतर 3.0 प्रतिशत अंक है, और 41.6% बार फेंटने पर भी कम से कम इतना बड़ा अंतर बन गया: 132 ग्राहकों के आँकड़े इस अंतर को संयोग से बने
अंतर से अलग नहीं पहचान सकते। और इससे बड़ा अंतर भी यह साबित नहीं करता कि तेज़ सेवा दोबारा ख़रीद का *कारण* है, क्योंकि दोनों समूह सिर्फ़ रफ़्तार में
अलग नहीं हैं। यह **अवलोकन पर आधारित (observational)** तुलना है: किसी ने बेतरतीब ढंग से नहीं चुना कि कौन-से टिकट जल्दी हल होंगे।
दूसरी व्याख्याएँ भी हो सकती हैं:

- समस्या का प्रकार: डिलीवरी के टिकट के लिए 24 घंटे हैं, उत्पाद की गुणवत्ता वाले के लिए 72, और समस्याएँ भी अलग हैं (बिना डिलीवरी के
  लौटा पार्सल ग़लत रंग की शिकायत जैसा नहीं है);
- ग्राहक: जो ग्राहक अक्सर ख़रीदता है, सेवा चाहे जैसी हो, उसके दोबारा ख़रीदने के मौक़े ज़्यादा होते हैं, और डेस्क जाने-पहचाने ग्राहकों को शायद
  जल्दी जवाब देती है;
- मौसम: त्योहारी भीड़ में टिकट धीमे निपटते हैं, और त्योहारी मौसम के बाद के महीनों में ख़रीदारी कम होती है।

सही परख एक प्रयोग होगी: कुछ समय तक बेतरतीब ढंग से चुने गए आधे टिकट एक तेज़ टीम को दीजिए, और दोनों आधों की दोबारा ख़रीद की
तुलना कीजिए।""",
        bn="""তফাত 3.0 শতাংশ-বিন্দু, আর এলোমেলো করার 41.6% ক্ষেত্রে অন্তত ততটা বড় তফাত এসেছে: 132 জন গ্রাহকের তথ্যে এই তফাতকে দৈবক্রম থেকে
আলাদা করা যায় না। আর আরও বড় তফাতও প্রমাণ করত না যে দ্রুত পরিষেবাই আবার কেনার *কারণ*, কেননা দুই দল শুধু গতিতে আলাদা নয়।
এটি **পর্যবেক্ষণভিত্তিক (observational)** তুলনা: কোন টিকিট তাড়াতাড়ি মিটবে, তা কেউ দৈবচয়নে বাছেনি। অন্য ব্যাখ্যাও সম্ভব:

- সমস্যার ধরন: সরবরাহের টিকিটের জন্য 24 ঘণ্টা, পণ্যের মানের টিকিটের জন্য 72, আর সমস্যাগুলিও আলাদা (সরবরাহ না হয়ে ফেরত যাওয়া
  পার্সেল আর ভুল রঙের অভিযোগ এক নয়);
- গ্রাহক: যিনি প্রায়ই কেনেন, পরিষেবা যেমনই হোক, তাঁর আবার কেনার সুযোগ বেশি, আর ডেস্ক হয়তো চেনা গ্রাহকদের তাড়াতাড়ি উত্তর দেয়;
- মরসুম: উৎসবের ভিড়ে টিকিট ধীরে মেটে, আর উৎসবের মরসুমের পরের মাসগুলিতে কেনাকাটা কম হয়।

নির্ভরযোগ্য যাচাই হতো একটি পরীক্ষা: কিছুদিন দৈবচয়নে বাছা অর্ধেক টিকিট একটি দ্রুত দলকে দিন, আর দুই অর্ধেকের আবার কেনার তুলনা করুন।""",
    ),
    md(
        en="""## 9. Back to Sneha

She now has what she needs: the funnel and where it loses leads (sections 2 to 4), and what the tickets,
the ratings, the NPS and the repeat purchases say about service (sections 6 to 8).

### Exercise 06.6 · "Customers whose tickets we solve within the SLA buy more"

How should Sneha read her service lead's claim? Store the letter of the best answer in `answer`.

- **(a)** It is proven: the customers whose tickets were solved within the SLA bought again more often,
  so two more agents will bring more repeat sales.
- **(b)** It is disproven: the gap was within chance, so service does not affect buying, and all the
  money should go to sales training.
- **(c)** The repeat-purchase gap is small, within chance and observational, so it proves nothing either
  way. But the ratings show clearly that a missed SLA costs satisfaction, and fewer than half the tickets
  meet it: a case for faster service on its own terms, with the effect on buying measured properly, by
  giving a random half of the tickets to the faster team.
- **(d)** Nothing needs fixing: an NPS of 30 is a respectable score, so the customers are happy.""",
        hi="""## 9. वापस स्नेहा के पास

अब उनके पास वह सब है जो उन्हें चाहिए: फ़नल और वह कहाँ लीड खोता है (भाग 2 से 4), और टिकट, रेटिंग, NPS और दोबारा ख़रीद सेवा के
बारे में क्या बताते हैं (भाग 6 से 8)।

### अभ्यास 06.6 · "जिन ग्राहकों के टिकट हम SLA के भीतर निपटा देते हैं, वे ज़्यादा ख़रीदते हैं"

स्नेहा अपनी सेवा टीम के प्रमुख की बात को कैसे समझें? सबसे अच्छे उत्तर का अक्षर `answer` में रखिए।

- **(a)** यह साबित हो गया: जिन ग्राहकों के टिकट SLA के भीतर हल हुए, उन्होंने ज़्यादा बार दोबारा ख़रीदा, इसलिए दो और कर्मचारी
  ज़्यादा दोबारा बिक्री लाएँगे।
- **(b)** यह ग़लत साबित हो गया: अंतर संयोग के दायरे में था, इसलिए सेवा से ख़रीद पर कोई असर नहीं पड़ता, और सारा पैसा बिक्री के
  प्रशिक्षण में जाना चाहिए।
- **(c)** दोबारा ख़रीद का अंतर छोटा है, संयोग के दायरे में है और अवलोकन पर आधारित है, इसलिए यह न इधर कुछ साबित करता है न उधर।
  पर रेटिंग साफ़ दिखाती हैं कि SLA चूकने से संतुष्टि घटती है, और आधे से भी कम टिकट SLA के भीतर हल होते हैं: तेज़ सेवा के पक्ष में यह अपने-आप
  में ठोस कारण है; ख़रीद पर उसका असर सही तरीक़े से मापिए, यानी बेतरतीब ढंग से चुने गए आधे टिकट तेज़ टीम को देकर।
- **(d)** कुछ भी ठीक करने की ज़रूरत नहीं: 30 का NPS एक सम्मानजनक अंक है, इसलिए ग्राहक ख़ुश हैं।""",
        bn="""## 9. আবার স্নেহার কথায়

তাঁর যা দরকার, এখন তা আপনার হাতে: ফানেল আর তা কোথায় লিড হারায় (অংশ 2 থেকে 4), আর পরিষেবা সম্পর্কে টিকিট, নম্বর, NPS ও
আবার কেনাকাটা কী বলে (অংশ 6 থেকে 8)।

### অনুশীলন 06.6 · "যে গ্রাহকদের টিকিট আমরা SLA-র মধ্যে মিটিয়ে দিই, তাঁরা বেশি কেনেন"

স্নেহা তাঁর পরিষেবা প্রধানের দাবিটি কীভাবে বিচার করবেন? সবচেয়ে ভালো উত্তরের অক্ষরটি `answer`-এ রাখুন।

- **(a)** এটি প্রমাণিত: যাঁদের টিকিট SLA-র মধ্যে মিটেছে, তাঁদের বেশি অংশ আবার কিনেছেন, তাই আরও দুজন কর্মী নিলে আবার কেনা গ্রাহকদের কাছ থেকে আরও বেশি বিক্রি আসবে।
- **(b)** এটি ভুল প্রমাণিত: তফাতটি দৈবক্রমের পরিসরের মধ্যে, তাই পরিষেবা কেনাকাটায় কোনো প্রভাব ফেলে না, আর সব টাকা বিক্রয়
  প্রশিক্ষণে যাওয়া উচিত।
- **(c)** আবার কেনার তফাত ছোট, দৈবক্রমের পরিসরের মধ্যে আর পর্যবেক্ষণভিত্তিক, তাই এটি কোনো দিকেই কিছু প্রমাণ করে না। কিন্তু নম্বর
  স্পষ্ট দেখায়, SLA ফসকালে সন্তুষ্টি কমে, আর অর্ধেকেরও কম টিকিটে SLA রক্ষা হয়: দ্রুত পরিষেবার পক্ষে এটি নিজেই যুক্তি;
  কেনাকাটায় তার প্রভাব ঠিকভাবে মাপুন, দৈবচয়নে বাছা অর্ধেক টিকিট দ্রুত দলকে দিয়ে।
- **(d)** কিছুই ঠিক করার দরকার নেই: 30-এর NPS সম্মানজনক স্কোর, তাই গ্রাহকেরা খুশি।""",
    ),
    code(
        """answer = None  # replace None with a letter in quotes
relkit.check("06.6", answer)"""
    ),
    code(
        """answer = "c"
relkit.check("06.6", answer)""",
        tags=["solution"],
    ),
    md(
        en="""Whichever letter you chose, read its feedback: each wrong option stands for a common mistake. The
right reading leaves Sneha with a real choice, not a formula: the funnel says where training would add
the most deals, the ratings say what slow service costs, and neither is measured well enough yet to
promise a number of rupees.

## Discussion

1. Referral leads were won far more often than cold-call leads. Should the sales team stop cold calls
   altogether? What would the shop lose, and what would you want to know first?
2. The desk answers within hours but solves in days. If you ran it, which of the four measures would you
   put on the wall, and why? What could go wrong if agents were paid by that one measure?
3. Your NPS rose from 30 to 34 after a new delivery partner started. What would you ask before crediting
   the partner?

## Key points

- The funnel counts the leads that reached each stage; a stage's conversion is `reached ÷ reached at the
  stage before`, and the win rate, `won ÷ all leads`, is the product of the stage conversions.
- A gain of a few points does the most at the stage with the lowest conversion; and with a few dozen
  leads, every conversion is uncertain, so test gaps between sources against chance.
- A weighted pipeline weights each open lead by the chance that a lead at its stage is won, times a deal
  value; it is a planning guide that rests on the past.
- Orders show what customers buy and when: here October's festive weeks bring far more sales per day than
  the rest of the year.
- Service is measured by first response time, resolution time, the SLA met share and CSAT; an NPS of a few
  hundred answers moves by several points by chance.
- A gap between customers who were served fast and those who were not is observational: it needs a chance
  test, and even then other causes can explain it; an experiment can tell.

## Glossary

The terms of this lesson are below; all terms are in the [glossary](glossary.md).""",
        hi="""आपने कोई भी अक्षर चुना हो, उसकी प्रतिक्रिया पढ़िए: हर ग़लत विकल्प एक आम भूल का प्रतीक है। सही समझ स्नेहा को कोई सूत्र नहीं, एक
असली चुनाव देती है: फ़नल बताता है कि प्रशिक्षण से सबसे ज़्यादा सौदे कहाँ जुड़ेंगे, रेटिंग बताती हैं कि धीमी सेवा की क्या क़ीमत है, और
दोनों में से कोई भी अभी इतनी अच्छी तरह नहीं मापा गया कि रुपयों का कोई आँकड़ा पक्का कहा जा सके।

## चर्चा

1. रेफ़रल की लीड कोल्ड कॉल की लीड से कहीं ज़्यादा बार सौदे में बदलीं। क्या बिक्री टीम को कोल्ड कॉल पूरी तरह बंद कर देनी चाहिए?
   दुकान क्या खोएगी, और आप पहले क्या जानना चाहेंगे?
2. डेस्क घंटों में जवाब देती है पर समस्या दिनों में हल करती है। अगर आप इसे चलाते, तो चारों मापों में से किसे नोटिस बोर्ड पर लगाते, और
   क्यों? अगर कर्मचारियों को सिर्फ़ उसी एक माप के हिसाब से पैसा मिले, तो क्या गड़बड़ हो सकती है?
3. नए डिलीवरी भागीदार के आने के बाद आपका NPS 30 से बढ़कर 34 हो गया। इसका श्रेय भागीदार को देने से पहले आप क्या पूछेंगे?

## मुख्य बातें

- फ़नल हर चरण तक पहुँची लीड गिनता है; किसी चरण का रूपांतरण `पहुँची लीड ÷ पिछले चरण तक पहुँची लीड` है, और सौदे जीतने की दर,
  `पक्के सौदे ÷ सभी लीड`, सभी चरणों के रूपांतरणों का गुणनफल है।
- कुछ अंकों की बढ़त सबसे कम रूपांतरण वाले चरण पर सबसे ज़्यादा असर करती है; और कुछ दर्जन लीड पर हर रूपांतरण अनिश्चित है, इसलिए
  स्रोतों के अंतर को संयोग की कसौटी पर परखिए।
- भारित पाइपलाइन में हर चालू लीड के सौदे के मूल्य को उसके चरण से सौदा पक्का होने की संभावना से गुणा करके जोड़ा जाता है; यह अतीत पर
  टिका योजना का अंदाज़ा है।
- ऑर्डर दिखाते हैं कि ग्राहक क्या और कब ख़रीदते हैं: यहाँ अक्टूबर के त्योहारी हफ़्तों में हर दिन साल के बाक़ी दिनों से कहीं ज़्यादा बिक्री
  होती है।
- सेवा को पहले जवाब के समय, समाधान के समय, SLA के भीतर निपटे टिकटों के हिस्से और CSAT से मापा जाता है; कुछ सौ उत्तरों वाला NPS संयोग
  से कई अंक ऊपर-नीचे होता है।
- जल्दी सेवा पाए और न पाए ग्राहकों का अंतर अवलोकन पर आधारित है: उसे संयोग की कसौटी पर परखना होता है, और तब भी दूसरे कारण उसे समझा
  सकते हैं; प्रयोग ही बता सकता है।

## शब्दावली

इस पाठ के शब्द नीचे हैं; सभी शब्द [शब्दावली (glossary)](glossary.md) में हैं।""",
        bn="""যে অক্ষরই বেছে নিয়ে থাকুন, তার সঙ্গে আসা মন্তব্যটি পড়ুন: প্রতিটি ভুল বিকল্প একটি চেনা ভুলকে তুলে ধরে। ঠিকভাবে বিচার করলে স্নেহার সামনে
কোনো বাঁধা সূত্র থাকে না, থাকে সত্যিকারের একটি বাছাই: ফানেল বলে প্রশিক্ষণে সবচেয়ে বেশি বিক্রি কোথায় যোগ হবে, নম্বর বলে ধীর পরিষেবার দাম কী, আর দুটির কোনোটিই
এখনও এত ভালোভাবে মাপা হয়নি যে টাকার কোনো অঙ্কের প্রতিশ্রুতি দেওয়া যায়।

## আলোচনা

1. রেফারেলের লিড কোল্ড কলের লিডের চেয়ে অনেক বেশিবার সফল হয়েছে। বিক্রয় দলের কি কোল্ড কল পুরোপুরি বন্ধ করে দেওয়া উচিত?
   দোকান কী হারাবে, আর আপনি আগে কী জানতে চাইবেন?
2. ডেস্ক কয়েক ঘণ্টায় উত্তর দেয়, কিন্তু সমাধান করে কয়েক দিনে। আপনি ডেস্কটি চালালে চারটি মাপের কোনটি দেয়ালে টাঙাতেন, আর কেন?
   কর্মীদের বেতন যদি শুধু সেই একটি মাপ ধরে হয়, তাহলে কী গোলমাল হতে পারে?
3. নতুন সরবরাহ-অংশীদার কাজ শুরু করার পরে আপনার NPS 30 থেকে বেড়ে 34 হয়েছে। এর কৃতিত্ব অংশীদারকে দেওয়ার আগে আপনি কী জানতে চাইবেন?

## মূল কথা

- ফানেল প্রতিটি ধাপে পৌঁছানো লিড গোনে; কোনো ধাপের রূপান্তর `পৌঁছানো লিড ÷ আগের ধাপে পৌঁছানো লিড`, আর বিক্রয় সফলতার হার,
  `সফল লিড ÷ সব লিড`, ধাপগুলির রূপান্তরের গুণফল।
- কয়েক পয়েন্টের উন্নতি সবচেয়ে বেশি কাজে লাগে সবচেয়ে কম রূপান্তরের ধাপে; আর কয়েক ডজন লিডে প্রতিটি রূপান্তরই অনিশ্চিত, তাই উৎসগুলির
  তফাত দৈবক্রমের সঙ্গে মিলিয়ে যাচাই করুন।
- ভারযুক্ত পাইপলাইন প্রতিটি চলমান লিডকে তার ধাপ থেকে সফল হওয়ার সম্ভাবনা দিয়ে ভার দেয়, আর তাকে বিক্রির মূল্য দিয়ে
  গুণ করে; এটি অতীতের ওপর দাঁড়ানো পরিকল্পনার আন্দাজ।
- অর্ডার দেখায় গ্রাহকেরা কী আর কখন কেনেন: এখানে অক্টোবরের উৎসবের সপ্তাহগুলিতে প্রতিদিন বছরের বাকি সময়ের চেয়ে অনেক বেশি বিক্রি হয়।
- পরিষেবা মাপা হয় প্রথম উত্তরের সময়, সমাধানের সময়, SLA-র মধ্যে মেটানো টিকিটের অনুপাত আর CSAT দিয়ে; কয়েকশো উত্তরের NPS দৈবক্রমে
  কয়েক পয়েন্ট ওঠানামা করে।
- দ্রুত পরিষেবা পাওয়া আর না পাওয়া গ্রাহকদের তফাত পর্যবেক্ষণভিত্তিক: তা দৈবক্রমের সঙ্গে যাচাই করতে হয়, আর তারপরও অন্য কারণ তা
  ব্যাখ্যা করতে পারে; আসল কারণ বলতে পারে কেবল পরীক্ষা।

## পরিভাষা

এই পাঠের পরিভাষাগুলি নিচে দেওয়া হলো; সব পরিভাষা একসঙ্গে পাবেন [পরিভাষা (glossary)](glossary.md)-এ।""",
    ),
    code(
        """terms = ["lead", "sales_funnel", "conversion_rate", "win_rate", "sales_pipeline", "weighted_pipeline",
         "time_to_close", "sales_analysis", "ticket", "first_response_time", "resolution_time", "sla", "csat",
         "nps", "promoter", "post_sales_support"]
relkit.glossary(relkit.get_language()).loc[terms]"""
    ),
    md(
        en="""## Quiz

Nine short questions on the ideas of this lesson. Answer with the mouse, or with the keyboard alone: Tab
to an option, Space to choose it, Tab to *Check* and Enter. Each answer gets feedback at once, saying
whether it is right and why, and relkit keeps your answers in your progress on this computer.""",
        hi="""## प्रश्नोत्तरी (quiz)

इस पाठ के विचारों पर नौ छोटे प्रश्न। उत्तर माउस से दीजिए, या सिर्फ़ कीबोर्ड से: Tab से किसी विकल्प पर जाइए, Space से उसे
चुनिए, फिर Tab से *जाँचिए* बटन पर जाकर Enter दबाइए। हर उत्तर पर तुरंत बताया जाता है कि वह सही है या नहीं, और क्यों; relkit
आपके उत्तर इसी कंप्यूटर पर आपकी प्रगति में सहेज लेता है।""",
        bn="""## কুইজ (quiz)

এই পাঠের ধারণাগুলি নিয়ে নয়টি ছোট প্রশ্ন। উত্তর দিন মাউস দিয়ে, বা শুধু কি-বোর্ড দিয়েই: Tab চেপে কোনো বিকল্পে যান, Space
চেপে সেটি বেছে নিন, তারপর Tab চেপে *যাচাই করুন* বোতামে গিয়ে Enter চাপুন। প্রতিটি উত্তর ঠিক কি না, আর কেন, তা সঙ্গে সঙ্গে
জানতে পারবেন; relkit আপনার উত্তরগুলি এই কম্পিউটারেই আপনার অগ্রগতির হিসাবে রেখে দেয়।""",
    ),
    code("""relkit.quiz("06")"""),
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
    code("""relkit.progress_bar("06")"""),
    md(
        en="""## Instructor notes

**Timing (about 100 minutes of class; in a 90-minute class set the quiz and 06.5 as homework).** Case
and sections 1-2, 15 min; section 3 with the shuffle, 10 min (06.1); section 4 and the explorer, 15 min
(06.2); section 5, 15 min (06.3); section 6, 15 min (06.4); section 7, 10 min (06.5); sections 8-9 and the
discussion, 20 min (06.6). The quiz takes 9 minutes.

**Where learners get stuck.** (1) Stage conversion against win rate: many divide every stage by the new
leads. Have them work the small example aloud and check that the product of the stage conversions is the
win rate. (2) The leads are firms, not shoppers: the shop sells wholesale to distributors and resellers,
and its funnel is that side's; say so before section 2. (3) The bootstrap: explain it as "ask another
494 customers, drawn from the same kind of people", not as a formula. (4) Why a shuffle with "0.0 %" is
strong and one with "41.6 %" is not: ask what each number would be if the labels meant nothing.

**Common wrong answers.** 06.1: 0.077 (the trade fair's win rate, won ÷ new) or 0.5 (proposal to won):
both show stage and overall conversion mixed up. 06.3: about 0.20 (both years together) or 0.15 (every
category of 2024): the filter on year or category was forgotten. 06.4: 0.467 (all tickets) or 0.594 (the
share missed). 06.5: about 30 (all answers: the merge with `customers` was skipped) or 0.26 (a share, not
points). 06.2: (a) and (c) show the learner thinks of position in the funnel rather than of the size of
the conversion; (d) shows points taken for proportions. 06.6: (a) and (b) both take one observational gap
as proof, in opposite directions; (d) reads a single NPS without its history or its chance band.

**For a 60-minute slot.** Skip the weighted pipeline and the explorer (state the result of 06.2 in
class), skip the category-share table of section 5, and set 06.3 and 06.5 as homework.""",
        hi="""## प्रशिक्षक के लिए नोट

**समय (कक्षा में लगभग 100 मिनट; 90 मिनट की कक्षा में प्रश्नोत्तरी और 06.5 गृहकार्य में दीजिए)।** प्रसंग और भाग 1-2, 15 मिनट;
भाग 3 फेंटने के साथ, 10 मिनट (06.1); भाग 4 और एक्सप्लोरर, 15 मिनट (06.2); भाग 5, 15 मिनट (06.3); भाग 6, 15 मिनट (06.4); भाग 7,
10 मिनट (06.5); भाग 8-9 और चर्चा, 20 मिनट (06.6)। प्रश्नोत्तरी में 9 मिनट लगते हैं।

**विद्यार्थी कहाँ अटकते हैं।** (1) चरण का रूपांतरण बनाम सौदे जीतने की दर: बहुत-से विद्यार्थी हर चरण को नई लीड से भाग देते हैं। उनसे छोटा
उदाहरण बोलकर हल करवाइए और जाँचवाइए कि चरणों के रूपांतरणों का गुणनफल ही सौदे जीतने की दर है। (2) लीड फ़र्में हैं, आम ख़रीदार नहीं:
दुकान वितरकों और पुनर्विक्रेताओं को थोक में बेचती है, और फ़नल उसी कारोबार का है; भाग 2 से पहले यह बता दीजिए। (3) बूटस्ट्रैप: इसे
सूत्र की तरह नहीं, "उसी तरह के लोगों में से 494 दूसरे ग्राहकों से पूछिए" की तरह समझाइए। (4) "0.0%" वाला फेंटना मज़बूत नतीजा क्यों
है और "41.6%" वाला क्यों नहीं: पूछिए कि अगर निशानों का कोई मतलब न होता तो हर संख्या कितनी आती।

**आम ग़लत उत्तर।** 06.1: 0.077 (व्यापार मेले की सौदे जीतने की दर, पक्के ÷ नई) या 0.5 (प्रस्ताव से सौदा पक्का): दोनों दिखाते हैं कि
चरण और कुल रूपांतरण आपस में मिल गए। 06.3: लगभग 0.20 (दोनों साल साथ) या 0.15 (2024 की सभी श्रेणियाँ): साल या श्रेणी का
फ़िल्टर लगाना भूल गए। 06.4: 0.467 (सभी टिकट) या 0.594 (चूके हुए टिकटों का हिस्सा)। 06.5: लगभग 30 (सभी उत्तर: `customers` के साथ merge
छूट गया) या 0.26 (अंक नहीं, हिस्सा)। 06.2: (a) और (c) दिखाते हैं कि विद्यार्थी रूपांतरण कितना बड़ा है, इसके बजाय फ़नल में चरण की स्थिति के बारे में
सोच रहा है; (d) दिखाता है कि अंकों को अनुपात मान लिया। 06.6: (a) और (b) दोनों अवलोकन वाले एक अंतर को सबूत मान लेते हैं, उलटी दिशाओं
में; (d) एक अकेले NPS को उसके इतिहास और संयोग के दायरे के बिना पढ़ता है।

**60 मिनट की कक्षा के लिए।** भारित पाइपलाइन और एक्सप्लोरर छोड़ दीजिए (06.2 का नतीजा कक्षा में बता दीजिए), भाग 5 की श्रेणी-हिस्सों
वाली तालिका छोड़ दीजिए, और 06.3 व 06.5 गृहकार्य में दीजिए।""",
        bn="""## প্রশিক্ষকের জন্য টীকা

**সময় (ক্লাসে প্রায় 100 মিনিট; 90 মিনিটের ক্লাসে কুইজ আর 06.5 বাড়ির কাজ হিসেবে দিন)।** প্রেক্ষাপট আর অংশ 1-2, 15 মিনিট;
অংশ 3 এলোমেলো করার যাচাই সহ, 10 মিনিট (06.1); অংশ 4 আর এক্সপ্লোরার, 15 মিনিট (06.2); অংশ 5, 15 মিনিট (06.3); অংশ 6, 15 মিনিট
(06.4); অংশ 7, 10 মিনিট (06.5); অংশ 8-9 আর আলোচনা, 20 মিনিট (06.6)। কুইজে লাগে 9 মিনিট।

**শিক্ষার্থীরা কোথায় আটকে যান।** (1) ধাপের রূপান্তর বনাম বিক্রয় সফলতার হার: অনেকে প্রতিটি ধাপকে নতুন লিড দিয়ে ভাগ করেন। তাঁদের দিয়ে
ছোট উদাহরণটি জোরে জোরে কষান, আর তাঁদেরই মিলিয়ে দেখতে বলুন যে ধাপগুলির রূপান্তরের গুণফলই সফলতার হার। (2) লিড হলো প্রতিষ্ঠান, খুচরো ক্রেতা নয়:
দোকান পরিবেশক ও পুনর্বিক্রেতাদের কাছে পাইকারি বিক্রি করে, আর ফানেলটি সেই ব্যবসার; অংশ 2-এর আগে এটি বলে দিন। (3) বুটস্ট্র্যাপ:
সূত্র হিসেবে নয়, "একই ধরনের মানুষের মধ্যে থেকে আরও 494 জনকে জিজ্ঞেস করা" হিসেবে বোঝান। (4) "0.0%" এলে যাচাই কেন জোরালো আর
"41.6%" এলে কেন নয়: জিজ্ঞেস করুন, চিহ্নগুলির কোনো মানে না থাকলে প্রতিটি সংখ্যা কত হতো।

**সাধারণ ভুল উত্তর।** 06.1: 0.077 (বাণিজ্য মেলার সফলতার হার, সফল ÷ নতুন) বা 0.5 (প্রস্তাব থেকে সফল): দুটিই দেখায় ধাপের রূপান্তর
আর মোট রূপান্তর গুলিয়ে গেছে। 06.3: প্রায় 0.20 (দুই বছর একসঙ্গে) বা 0.15 (2024-এর সব বিভাগ): বছর বা বিভাগ ধরে বাছাই বাদ পড়েছে।
06.4: 0.467 (সব টিকিট) বা 0.594 (ফসকানো টিকিটের অনুপাত)। 06.5: প্রায় 30 (সব উত্তর: `customers`-এর সঙ্গে merge বাদ পড়েছে) বা 0.26
(পয়েন্ট নয়, অনুপাত)। 06.2: (a) আর (c) দেখায় শিক্ষার্থী রূপান্তরের আকারের বদলে ফানেলে ধাপের জায়গার কথা ভাবছেন; (d) দেখায় পয়েন্টকে
অনুপাত ভেবেছেন। 06.6: (a) আর (b) দুটিই পর্যবেক্ষণের একটি তফাতকে প্রমাণ ধরে, উল্টো দিকে; (d) একটিমাত্র NPS পড়ে তার ইতিহাস আর
দৈবক্রমের পরিসর ছাড়াই।

**60 মিনিটের ক্লাসের জন্য।** ভারযুক্ত পাইপলাইন আর এক্সপ্লোরার বাদ দিন (06.2-এর ফল ক্লাসে বলে দিন), অংশ 5-এর বিভাগের অংশের সারণি
বাদ দিন, আর 06.3 ও 06.5 বাড়ির কাজ হিসেবে দিন।""",
        tags=["instructor"],
    ),
]
