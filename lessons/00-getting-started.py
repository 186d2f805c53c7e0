# Lesson 00: getting started. Built into notebooks/{en,hi,bn}/ by tools/build_lessons.py.
# `md` and `code` are provided by the builder.

CELLS = [
    md(
        en="""# 00 · Getting started with relkit

Welcome! In these lessons you will learn how a business looks after its relationships: with its
**customers** (business to consumer, B2C) and with its **business partners** such as suppliers and
distributors (business to business, B2B). You will work with the data of a simulated company and compute
the numbers real managers watch.

This first notebook only checks that everything is ready. It takes five minutes.

**How to run a cell:** click into it and press **Shift + Enter**. Run the cells from top to bottom.""",
        hi="""# 00 · relkit के साथ शुरुआत

स्वागत है! इन पाठों में आप सीखेंगे कि कोई व्यवसाय अपने संबंधों को कैसे संभालता है: अपने **ग्राहकों** के साथ
(व्यवसाय से उपभोक्ता, Business to Consumer, B2C) और अपने **व्यावसायिक भागीदारों** के साथ, जैसे आपूर्तिकर्ता और
वितरक (व्यवसाय से व्यवसाय, Business to Business, B2B)। आप एक सिम्युलेटेड (कृत्रिम) कंपनी के आँकड़ों पर काम करेंगे
और वही संख्याएँ निकालेंगे जिन पर असली प्रबंधक नज़र रखते हैं।

यह पहली नोटबुक सिर्फ़ यह जाँचती है कि सब कुछ तैयार है। इसमें पाँच मिनट लगेंगे।

**सेल कैसे चलाएँ:** सेल के अंदर क्लिक कीजिए और **Shift + Enter** दबाइए। सेल ऊपर से नीचे क्रम से चलाइए।""",
        bn="""# 00 · relkit দিয়ে শুরু

স্বাগতম! এই পাঠগুলোতে আপনি শিখবেন একটি ব্যবসা কীভাবে তার সম্পর্কগুলো সামলায়: তার **গ্রাহকদের** সঙ্গে
(ব্যবসা থেকে ভোক্তা, Business to Consumer, B2C) এবং সরবরাহকারী ও পরিবেশকের মতো **ব্যবসায়িক অংশীদারদের** সঙ্গে
(ব্যবসা থেকে ব্যবসা, Business to Business, B2B)। আপনি একটি সিমুলেটেড কোম্পানির তথ্য নিয়ে কাজ করবেন এবং
সেই সংখ্যাগুলো বের করবেন, যেগুলোর দিকে আসল ম্যানেজাররা নজর রাখেন।

এই প্রথম নোটবুকটি শুধু দেখে নেয় যে সবকিছু তৈরি আছে কি না। পাঁচ মিনিট লাগবে।

**সেল কীভাবে চালাবেন:** সেলের ভেতরে ক্লিক করে **Shift + Enter** চাপুন। সেলগুলো ওপর থেকে নিচে পরপর চালান।""",
    ),
    md(
        en="""## 1. Load relkit and choose your language

`relkit` is the helper package behind every lesson. The second line chooses the language of its tables,
plots and messages.""",
        hi="""## 1. relkit लोड कीजिए और अपनी भाषा चुनिए

`relkit` वह सहायक पैकेज है जिस पर हर पाठ चलता है। दूसरी पंक्ति उसकी तालिकाओं, ग्राफ़ों और संदेशों की भाषा चुनती है।""",
        bn="""## 1. relkit লোড করুন এবং আপনার ভাষা বেছে নিন

`relkit` হলো সেই সহায়ক প্যাকেজ, যার ওপর প্রতিটি পাঠ চলে। দ্বিতীয় লাইনটি তার সারণি, লেখচিত্র আর বার্তার ভাষা ঠিক করে।""",
    ),
    code(
        """import relkit
relkit.set_language("{LANG}")"""
    ),
    md(
        en="""## 2. Check your computer

The first cell lists the versions of the libraries the lessons use; its numbers will differ from a
classmate's, and that is fine. The second cell checks what matters: that the Hindi and Bengali fonts are
installed and that the plotting library joins the letters of Indian scripts correctly.""",
        hi="""## 2. अपना कंप्यूटर जाँचिए

पहला सेल उन लाइब्रेरियों के संस्करण (version) दिखाता है जिन पर पाठ चलते हैं; आपके सहपाठी के कंप्यूटर पर ये संख्याएँ
अलग हो सकती हैं, इसमें कोई दिक़्क़त नहीं। दूसरा सेल ज़रूरी बातें जाँचता है: हिंदी और बांग्ला के फ़ॉन्ट इंस्टॉल हैं या नहीं, और
ग्राफ़ बनाने वाली लाइब्रेरी भारतीय लिपियों के अक्षर सही ढंग से जोड़ती है या नहीं।""",
        bn="""## 2. আপনার কম্পিউটার পরীক্ষা করুন

প্রথম সেলটি দেখায় পাঠগুলো যে লাইব্রেরিগুলোর ওপর চলে, সেগুলোর সংস্করণ (version); সহপাঠীর কম্পিউটারে এই সংখ্যা আলাদা
হতে পারে, তাতে কোনো অসুবিধা নেই। দ্বিতীয় সেলটি আসল জিনিসগুলো পরীক্ষা করে: হিন্দি ও বাংলা ফন্ট ইনস্টল করা আছে কি না,
আর লেখচিত্র আঁকার লাইব্রেরিটি ভারতীয় লিপির অক্ষর ঠিকভাবে জোড়ে কি না।""",
    ),
    code("relkit.show_versions()", tags=["nbval-ignore-output"]),
    code("relkit.check_setup()"),
    md(
        en="""If a line shows ✗, follow the fix printed under it, restart the kernel (menu **Kernel → Restart
Kernel**) and run this notebook again.

## 3. relkit's messages tell you what to fix

When something goes wrong, relkit explains it in your language and says what it expected. Here we ask for
a language relkit does not know, on purpose:""",
        hi="""अगर किसी पंक्ति में ✗ दिखे, तो उसके नीचे लिखा समाधान अपनाइए, कर्नेल दोबारा शुरू कीजिए (मेनू **Kernel → Restart
Kernel**) और यह नोटबुक फिर से चलाइए।

## 3. relkit के संदेश बताते हैं कि क्या ठीक करना है

जब कुछ गड़बड़ होती है, तो relkit आपकी भाषा में बताता है कि क्या ग़लत हुआ और उसे क्या चाहिए था। यहाँ हम जानबूझकर ऐसी
भाषा माँगते हैं जिसे relkit नहीं जानता:""",
        bn="""কোনো লাইনে ✗ দেখালে তার নিচে লেখা সমাধানটি অনুসরণ করুন, কার্নেল আবার চালু করুন (মেনু **Kernel → Restart
Kernel**) এবং নোটবুকটি আবার চালান।

## 3. relkit-এর বার্তা বলে দেয় কী ঠিক করতে হবে

কিছু ভুল হলে relkit আপনার ভাষায় জানায় কী ভুল হয়েছে আর তার কী দরকার ছিল। এখানে আমরা ইচ্ছে করে এমন একটি ভাষা চাইছি,
যা relkit চেনে না:""",
    ),
    code(
        """try:
    relkit.set_language("fr")
except relkit.RelkitError as error:
    print(error)"""
    ),
    md(
        en="""Every relkit error also carries its English text, `error.english`, so you can search the web for it.

## 4. The lessons

| Lesson | What you will learn |
| --- | --- |
| 01 · Relationship management | What relationship management is; B2C and B2B; CRM and BRM; a first look at the data |
| 04 · Retention versus acquisition | Churn, cohort retention, what a customer is worth, and why keeping one costs less than winning one |

Open the next lesson from the file browser on the left.""",
        hi="""हर relkit त्रुटि (error) के साथ उसका अंग्रेज़ी पाठ भी होता है, `error.english`, ताकि आप उसे इंटरनेट पर खोज सकें।

## 4. पाठ

| पाठ | आप क्या सीखेंगे |
| --- | --- |
| 01 · संबंध प्रबंधन | संबंध प्रबंधन (Relationship Management) क्या है; B2C और B2B; ग्राहक संबंध प्रबंधन (CRM) और व्यापार संबंध प्रबंधन (BRM); आँकड़ों पर पहली नज़र |
| 04 · ग्राहक बनाए रखना बनाम नए ग्राहक जोड़ना | ग्राहक छोड़ने की दर (churn), कोहोर्ट प्रतिधारण (cohort retention), एक ग्राहक का मूल्य, और क्यों किसी ग्राहक को बनाए रखना नया ग्राहक पाने से सस्ता है |

अगला पाठ बाईं ओर के फ़ाइल ब्राउज़र से खोलिए।""",
        bn="""প্রতিটি relkit ত্রুটির (error) সঙ্গে তার ইংরেজি লেখাও থাকে, `error.english`, যাতে আপনি সেটি ইন্টারনেটে খুঁজে দেখতে পারেন।

## 4. পাঠগুলো

| পাঠ | আপনি কী শিখবেন |
| --- | --- |
| 01 · সম্পর্ক ব্যবস্থাপনা | সম্পর্ক ব্যবস্থাপনা (Relationship Management) কী; B2C ও B2B; গ্রাহক সম্পর্ক ব্যবস্থাপনা (CRM) ও ব্যবসায়িক সম্পর্ক ব্যবস্থাপনা (BRM); তথ্যের ওপর প্রথম নজর |
| 04 · গ্রাহক ধরে রাখা বনাম নতুন গ্রাহক আনা | গ্রাহক হারানোর হার (churn), দলভিত্তিক ধরে রাখা (cohort retention), একজন গ্রাহকের মূল্য, আর কেন পুরোনো গ্রাহক ধরে রাখা নতুন গ্রাহক আনার চেয়ে সস্তা |

পরের পাঠটি বাঁ দিকের ফাইল ব্রাউজার থেকে খুলুন।""",
    ),
]
