#!/usr/bin/env python3
"""Writes stream-processor/src/main/resources/training/varied, the report model's second training set (session 12):
mentions.jsonl, labels.jsonl, catalog.json and outlets.csv. Every sentence below was written for this project by one
writer (not the writer of training/written), none copied from a labelled set. Five invented brands of different kinds
(Pelora cookies, Narvika mango drink, Mithas sweets -- "mithas" is also "sweetness" in Hindi, Urdu, Punjabi and
Gujarati --, Dhavala detergent, Ulan noodles -- "ulan" is also "rain" in Tagalog, Cebuano, Hiligaynon and Bikol),
four look-alike names that are other brands (Pelara, Narvita, Mithra, Ulap), in 17 languages, native script and
romanised. Each language has its own sentences per category (a true report: report, sms, request, deictic; a hard
non-report: negation, past, irrealis, contrast, other-product, question, found, praise, other-sense); a report's
sentence with a look-alike name is a `lookalike` non-report, with a misspelt brand a `misspelling` report. The
choice of brand, product word, shop and writing style (capitals, dropped vowels, no punctuation) is seeded, so the
output is the same on every run. Labels give the stock-out only (no SKU, outlet or city). Run from the repository
root:
    python3 stream-processor/src/training/build_varied_set.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "main", "resources", "training", "varied")
SEED = 1207

REPORT_CATEGORIES = {"report", "sms", "request", "deictic", "misspelling"}

# brand -> name per script, product phrases (Latin), misspellings, look-alike (another brand)
BRANDS = {
    "Pelora": {
        "Latn": "Pelora", "Deva": "पेलोरा", "Beng": "পেলোরা", "Taml": "பெலோரா", "Telu": "పెలోరా", "Knda": "ಪೆಲೋರಾ",
        "Mlym": "പെലോറ", "Orya": "ପେଲୋରା", "Gujr": "પેલોરા", "Guru": "ਪੇਲੋਰਾ", "Arab": "پیلورا",
        "products": ["Pelora", "Pelora cookies", "Pelora choco chip", "Pelora butter biscuit", "pelora 75g"],
        "misspelt": ["Pelorra", "Pelroa", "Pilora", "Pelora'", "pelorah"],
        "lookalike": "Pelara",
    },
    "Narvika": {
        "Latn": "Narvika", "Deva": "नरविका", "Beng": "নারভিকা", "Taml": "நர்விகா", "Telu": "నర్వికా", "Knda": "ನರ್ವಿಕಾ",
        "Mlym": "നർവിക", "Orya": "ନରଭିକା", "Gujr": "નરવિકા", "Guru": "ਨਰਵਿਕਾ", "Arab": "نرویکا",
        "products": ["Narvika", "Narvika mango", "narvika 200ml", "Narvika 1.2L", "narvika mango drink"],
        "misspelt": ["Narvikka", "Narwika", "Narvka", "Naarvika", "narvica"],
        "lookalike": "Narvita",
    },
    "Mithas": {
        "Latn": "Mithas", "Deva": "मिठास", "Beng": "মিঠাস", "Taml": "மிதாஸ்", "Telu": "మిఠాస్", "Knda": "ಮಿಠಾಸ್",
        "Mlym": "മിഠാസ്", "Orya": "ମିଠାସ", "Gujr": "મીઠાસ", "Guru": "ਮਿਠਾਸ", "Arab": "مٹھاس",
        "products": ["Mithas", "Mithas kaju katli", "Mithas soan papdi", "mithas sweets box", "Mithas gulab jamun tin"],
        "misspelt": ["Mitthas", "Meethas", "Mithaas", "Mitas", "mithass"],
        "lookalike": "Mithra",
    },
    "Dhavala": {
        "Latn": "Dhavala", "Deva": "धवला", "Beng": "ধবলা", "Taml": "தவளா", "Telu": "ధవళ", "Knda": "ಧವಳ",
        "Mlym": "ധവള", "Orya": "ଧଵଳା", "Gujr": "ધવલા", "Guru": "ਧਵਲਾ", "Arab": "دھولا",
        "products": ["Dhavala", "Dhavala powder", "Dhavala 1kg", "dhavala detergent", "Dhavala bar"],
        "misspelt": ["Dhawala", "Dhavla", "Davala", "Dhavalla", "dhaavala"],
        "lookalike": None,
    },
    "Ulan": {
        "Latn": "Ulan",
        "products": ["Ulan noodles", "Ulan chicken", "Ulan spicy beef", "ulan pancit canton", "Ulan noodles"],
        "misspelt": ["Ulann", "Uln noodles", "Oolan noodles", "Ulan nudels", "ulan noodels"],
        "lookalike": "Ulap",
    },
}

# language -> script, brands used, shops (as written in the posts), other products, sentences by category
LANGS = {}


def lang(code, script, brands, shops, others, block):
    rows = []
    for line in block.strip().split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        category, text = line.split(" | ", 1)
        rows.append((category.strip(), text.strip()))
    if code in LANGS:  # a second block of the same language adds sentences
        LANGS[code]["rows"].extend(rows)
        return
    LANGS[code] = {"script": script, "brands": brands, "shops": shops, "others": others, "rows": rows}


IN = ["Pelora", "Narvika", "Mithas", "Dhavala"]
PH = ["Pelora", "Narvika", "Ulan"]

lang("en", "Latn", IN + ["Ulan"], ["Rawat Provision Store", "Kamath Mart", "the Corner Bazaar on 4th Cross", "Lakhani Kirana",
                                   "Sunrise Supermart", "Jovelyn's Store"], ["Maggi", "Parle-G", "milk", "bread", "Frooti"], """
report | been to {S} twice this week, still no {B} on the shelf
report | {B} has vanished from {S}. third day running
report | why does {S} never have {B} anymore?? empty rack every time
report | tried {S} and the two shops next to it, {B} sold out everywhere
report | shelf where {B} used to sit at {S} is just bare now
report | @{S} you're out of {B} again, it's been a week
sms | {B} OUT @ {S}
sms | NO STOCK {B} {S} PLS CHK
sms | {B} nt avlbl at {S} tdy
sms | {S} - {B} finished, 0 pcs
request | {S} please get {B} back in, I keep coming for it and leaving empty handed
request | hey {S}, any chance you can restock {B}? none since Monday
deictic | this shop has run out of {B} again
deictic | no {B} here at all, the whole row is empty
deictic | standing in the aisle right now and there's zero {B}
negation | {B} is not out of stock at {S}, I picked up three this morning
negation | people saying {S} has no {B} - not true, the rack is full
negation | never had a problem getting {B} at {S}
past | {S} ran out of {B} last month but it's been fine since
past | back in 2022 you couldn't find {B} anywhere, these days it's everywhere
past | {B} was missing at {S} yesterday, restocked this morning
irrealis | better grab {B} before Diwali, {S} might run out
irrealis | if {S} runs out of {B} again I'm switching shops
irrealis | hope {S} doesn't sell out of {B} this weekend
contrast | {O} is gone at {S} but {B} is stacked to the ceiling
contrast | thought {S} had no {B}, but it was just on a different shelf
other-product | {S} out of {O} so I bought {B} instead
other-product | no {O} at {S} today, plenty of {B} though
other-product | {S} had {B} but the {O} was sold out
question | does {S} keep {B}? want to try it
question | anyone know if {B} comes in a bigger pack?
found | finally found {B} at {S}!!
found | {S} got {B} back, grabbed two
praise | {B} is honestly the best thing in my cupboard
praise | can't stop eating {B}, send help
""")

lang("hi", "Deva", IN, ["शर्मा किराना", "गुप्ता जनरल स्टोर", "बालाजी मार्ट"], ["दूध", "ब्रेड", "मैगी"], """
report | {S} में {B} तीन दिन से नहीं मिल रहा
report | {B} खत्म है {S} पर, कब आएगा कोई नहीं बताता
report | आज फिर {S} गया, {B} का डिब्बा खाली पड़ा था
sms | {B} स्टॉक नहीं {S}
request | {S} वाले भैया {B} मंगवा दो, बहुत दिन हो गए
deictic | यहाँ {B} बिल्कुल नहीं है, पूरी दुकान छान मारी
negation | {S} में {B} की कोई कमी नहीं है, अभी लेकर आया
negation | ये झूठ है कि {B} नहीं मिल रहा, {S} में भरा पड़ा है
past | पिछले महीने {S} में {B} नहीं था, अब आ गया
past | कल {B} खत्म था, आज सुबह माल आ गया
irrealis | दिवाली पर {B} खत्म हो सकता है, पहले ले लो
irrealis | अगर {S} में {B} नहीं मिला तो दूसरी दुकान देखेंगे
contrast | {O} नहीं था लेकिन {B} पूरा रखा था {S} में
other-product | {S} में {O} नहीं मिला तो {B} ले लिया
other-product | {O} खत्म है, {B} तो बहुत है
question | क्या {S} में {B} मिलता है?
found | आखिरकार {S} में {B} मिल गया
praise | {B} का स्वाद लाजवाब है
""")

lang("hi-Latn", "Latn", IN, ["Sharma Kirana", "Gupta General Store", "Balaji Mart", "Yadav Stores"], ["doodh", "bread", "Maggi"], """
report | {S} mein {B} nahi mil raha 3 din se
report | yaar {B} phir se khatam hai {S} pe
report | {S} gaya tha, {B} ka ek bhi packet nahi tha
report | bhai {B} kahan gayab ho gaya, {S} mein shelf khali
sms | {B} KHATAM {S}
sms | {S} {B} nhi h
request | {S} wale bhaiya {B} mangwa do please
request | {S} plz {B} ka stock bharo, roz khali haath lautna padta hai
deictic | idhar {B} hai hi nahi, dukaan wala bolta kal aayega
deictic | yahan koi {B} nahi bacha
negation | {B} ki koi kami nahi {S} mein, abhi 2 liye
negation | kisne bola {B} nahi hai? {S} mein bhara pada hai
negation | {S} mein {B} kabhi khatam nahi hota
past | pichle hafte {B} nahi tha {S} mein, ab aa gaya
past | kal {B} out tha, aaj subah maal aa gaya
past | 2021 mein {B} milta hi nahi tha, ab har jagah hai
irrealis | holi se pehle {B} le lo, khatam ho sakta hai
irrealis | agar {S} mein {B} na mile toh bata dena
irrealis | lagta hai shaadi season mein {B} khatam ho jayega
contrast | {O} khatam tha par {B} poora pada tha
contrast | socha {B} nahi milega lekin {S} mein mil gaya
other-product | {S} mein {O} nahi tha toh {B} le liya
other-product | {O} khatam, {B} bahut hai {S} pe
question | kya {S} mein {B} milta hai?
question | {B} ka naya flavour kab aayega?
found | mil gaya finally {B} {S} mein
praise | {B} best hai bhai, koi comparison nahi
""")

lang("mr", "Deva", IN, ["पाटील किराणा", "जोशी स्टोअर्स"], ["दूध", "पाव"], """
report | {S} मध्ये {B} मिळत नाही आहे
report | {B} संपलं आहे {S} ला, दोन दिवस झाले
sms | {B} नाही {S}
request | {S} काका {B} मागवा ना
deictic | इथे {B} अजिबात नाही
negation | {S} मध्ये {B} भरपूर आहे, आत्ताच घेतलं
past | मागच्या आठवड्यात {B} नव्हतं, आता आलं
irrealis | गणपतीच्या आधी {B} घेऊन ठेवा, संपेल कदाचित
other-product | {O} नव्हतं म्हणून {B} घेतलं
contrast | {O} संपलं पण {B} आहे
question | {S} मध्ये {B} मिळतं का?
found | शेवटी {B} मिळालं {S} मध्ये
""")

lang("mr-Latn", "Latn", IN, ["Patil Kirana", "Joshi Stores", "Kulkarni Mart"], ["doodh", "pav"], """
report | {S} madhe {B} milat nahi ahe
report | {B} sampla {S} la, kadhi yenar mahit nahi
sms | {B} nahi {S} la
request | {S} kaka {B} magva na please
deictic | ithe {B} ajibat nahi
negation | {B} bharpur ahe {S} madhe, ata ghetla
past | kal {B} navhta, aaj aala
irrealis | diwali adhi {B} gheun theva, sampel
other-product | {O} navhta mhanun {B} ghetla
question | {S} madhe {B} milta ka?
found | shevti {B} milala {S} madhe
""")

lang("gu", "Gujr", IN, ["પટેલ પ્રોવિઝન", "શાહ સ્ટોર"], ["દૂધ", "બ્રેડ"], """
report | {S} માં {B} મળતું નથી
report | {B} ખલાસ થઈ ગયું {S} માં, ત્રણ દિવસથી
sms | {B} નથી {S}
request | {S} ભાઈ {B} મંગાવો ને
deictic | અહીં {B} નથી જ
negation | {S} માં {B} ભરપૂર છે, હમણાં જ લીધું
past | ગયા અઠવાડિયે {B} નહોતું, હવે આવી ગયું
irrealis | દિવાળી પહેલાં {B} લઈ લો, ખલાસ થઈ જશે
other-product | {O} નહોતું એટલે {B} લીધું
question | {S} માં {B} મળે છે?
found | છેવટે {B} મળી ગયું
""")

lang("gu-Latn", "Latn", IN, ["Patel Provision", "Shah Store", "Desai Mart"], ["doodh", "bread"], """
report | {S} ma {B} malatu nathi
report | {B} khalas thai gayu {S} ma
sms | {B} nathi {S}
request | {S} bhai {B} mangavo ne
deictic | ahiya {B} nathi j
negation | {S} ma {B} bharpur che, hamna j lidhu
past | kale {B} nahotu, aaje aavi gayu
irrealis | navratri pehla {B} lai lo, khalas thai jashe
other-product | {O} nahotu etle {B} lidhu
question | {S} ma {B} male che?
""")

lang("bn", "Beng", IN, ["দাস স্টোর্স", "মণ্ডল ভান্ডার"], ["দুধ", "পাউরুটি"], """
report | {S} এ {B} পাওয়া যাচ্ছে না
report | {B} শেষ হয়ে গেছে {S} এ, তিন দিন ধরে
sms | {B} নেই {S}
request | {S} দাদা {B} আনিয়ে দিন
deictic | এখানে {B} একদম নেই
negation | {S} এ {B} অনেক আছে, এইমাত্র কিনলাম
past | গত সপ্তাহে {B} ছিল না, এখন এসে গেছে
irrealis | পুজোর আগে {B} কিনে রাখো, শেষ হয়ে যেতে পারে
other-product | {O} ছিল না তাই {B} নিলাম
contrast | {O} নেই কিন্তু {B} আছে
question | {S} এ {B} পাওয়া যায়?
found | অবশেষে {B} পেলাম {S} এ
""")

lang("bn-Latn", "Latn", IN, ["Das Stores", "Mondal Bhandar", "Ghosh Mart"], ["dudh", "pauruti"], """
report | {S} e {B} pawa jachhe na
report | {B} sesh {S} e, keu jane na kobe asbe
sms | {B} nei {S}
request | {S} dada {B} aniye din
deictic | ekhane {B} ekdom nei
negation | {S} e {B} onek ache, ekhuni kinlam
past | kal {B} chilo na, aaj eseche
irrealis | pujor age {B} kine rakho, sesh hoye jete pare
other-product | {O} chilo na tai {B} nilam
question | {S} e {B} pawa jay?
""")

lang("ta", "Taml", IN, ["முருகன் ஸ்டோர்ஸ்", "லட்சுமி மளிகை"], ["பால்", "ரொட்டி"], """
report | {S} ல {B} கிடைக்கல
report | {B} தீர்ந்து போச்சு {S} ல, மூணு நாளா
sms | {B} இல்லை {S}
request | {S} அண்ணா {B} வாங்கி வைங்க
deictic | இங்க {B} சுத்தமா இல்ல
negation | {S} ல {B} நிறைய இருக்கு, இப்போ தான் வாங்கினேன்
past | போன வாரம் {B} இல்ல, இப்போ வந்துடுச்சு
irrealis | பொங்கலுக்கு முன்னாடி {B} வாங்கிடுங்க, தீர்ந்துடும்
other-product | {O} இல்லாததால {B} வாங்கினேன்
question | {S} ல {B} கிடைக்குமா?
found | கடைசியா {B} கிடைச்சது
""")

lang("ta-Latn", "Latn", IN, ["Murugan Stores", "Lakshmi Maligai", "Selvam Mart"], ["paal", "bread"], """
report | {S} la {B} kedaikala
report | {B} theernthu pochu {S} la, moonu naala
report | {S} poi paathen, {B} onnu kooda illa
sms | {B} illa {S}
request | {S} anna {B} vaangi vainga please
deictic | inga {B} suthama illa
negation | {S} la {B} neraya irukku, ippo thaan vaanginen
past | pona vaaram {B} illa, ippo vandhuduchu
irrealis | pongal ku munnadi {B} vaangidunga, theernthudum
other-product | {O} illa adhanala {B} vaanginen
contrast | {O} illa aana {B} irukku
question | {S} la {B} kedaikuma?
""")

lang("te", "Telu", IN, ["రెడ్డి స్టోర్స్", "శ్రీనివాస కిరాణా"], ["పాలు", "బ్రెడ్"], """
report | {S} లో {B} దొరకడం లేదు
report | {B} అయిపోయింది {S} లో
sms | {B} లేదు {S}
request | {S} అన్నా {B} తెప్పించండి
deictic | ఇక్కడ {B} అస్సలు లేదు
negation | {S} లో {B} చాలా ఉంది, ఇప్పుడే కొన్నా
past | పోయిన వారం {B} లేదు, ఇప్పుడు వచ్చింది
irrealis | సంక్రాంతికి ముందే {B} కొనుక్కోండి, అయిపోతుంది
other-product | {O} లేదు అందుకే {B} తీసుకున్నా
question | {S} లో {B} దొరుకుతుందా?
""")

lang("te-Latn", "Latn", IN, ["Reddy Stores", "Srinivasa Kirana", "Venkat Mart"], ["paalu", "bread"], """
report | {S} lo {B} dorakadam ledu
report | {B} aipoindi {S} lo, rendu rojulu
sms | {B} ledu {S}
request | {S} anna {B} teppinchandi
deictic | ikkada {B} assalu ledu
negation | {S} lo {B} chala undi, ippude konna
past | ninna {B} ledu, ivvala vachindi
irrealis | sankranthi ki munde {B} konukkondi, aipotundi
other-product | {O} ledu anduke {B} teesukunna
contrast | {O} ledu kani {B} undi
question | {S} lo {B} dorukutunda?
""")

lang("kn", "Knda", IN, ["ಗೌಡ ಸ್ಟೋರ್ಸ್", "ಮಂಜುನಾಥ ಕಿರಾಣಿ"], ["ಹಾಲು", "ಬ್ರೆಡ್"], """
report | {S} ಅಲ್ಲಿ {B} ಸಿಗ್ತಾ ಇಲ್ಲ
report | {B} ಖಾಲಿ ಆಗಿದೆ {S} ಅಲ್ಲಿ
sms | {B} ಇಲ್ಲ {S}
request | {S} ಅಣ್ಣ {B} ತರಿಸಿ
deictic | ಇಲ್ಲಿ {B} ಇಲ್ವೇ ಇಲ್ಲ
negation | {S} ಅಲ್ಲಿ {B} ತುಂಬಾ ಇದೆ, ಈಗ ತಗೊಂಡೆ
past | ಹೋದ ವಾರ {B} ಇರಲಿಲ್ಲ, ಈಗ ಬಂದಿದೆ
irrealis | ದಸರಾ ಮುಂಚೆ {B} ತಗೊಳ್ಳಿ, ಖಾಲಿ ಆಗಬಹುದು
other-product | {O} ಇರಲಿಲ್ಲ ಅದಕ್ಕೆ {B} ತಗೊಂಡೆ
question | {S} ಅಲ್ಲಿ {B} ಸಿಗುತ್ತಾ?
""")

lang("kn-Latn", "Latn", IN, ["Gowda Stores", "Manjunatha Kirani", "Shetty Mart"], ["haalu", "bread"], """
report | {S} alli {B} sigta illa
report | {B} khaali aagide {S} alli
sms | {B} illa {S}
request | {S} anna {B} tarisi please
deictic | illi {B} ilve illa
negation | {S} alli {B} tumba ide, iga tagonde
past | ninne {B} iralilla, ivattu bandide
irrealis | dasara munche {B} tagolli, khaali aagbahudu
other-product | {O} iralilla adakke {B} tagonde
question | {S} alli {B} siguttha?
""")

lang("ml", "Mlym", IN, ["നായർ സ്റ്റോഴ്സ്", "മാത്യു ട്രേഡേഴ്സ്"], ["പാൽ", "ബ്രെഡ്"], """
report | {S} ൽ {B} കിട്ടാനില്ല
report | {B} തീർന്നു {S} ൽ, മൂന്ന് ദിവസമായി
sms | {B} ഇല്ല {S}
request | {S} ചേട്ടാ {B} എത്തിക്കണേ
deictic | ഇവിടെ {B} ഒട്ടും ഇല്ല
negation | {S} ൽ {B} ഇഷ്ടം പോലെ ഉണ്ട്, ഇപ്പോ വാങ്ങി
past | കഴിഞ്ഞ ആഴ്ച {B} ഇല്ലായിരുന്നു, ഇപ്പോ വന്നു
irrealis | ഓണത്തിന് മുമ്പ് {B} വാങ്ങി വെക്കൂ, തീരും
other-product | {O} ഇല്ലാത്തതുകൊണ്ട് {B} വാങ്ങി
question | {S} ൽ {B} കിട്ടുമോ?
""")

lang("ml-Latn", "Latn", IN, ["Nair Stores", "Mathew Traders", "Thomas Mart"], ["paal", "bread"], """
report | {S} il {B} kittanilla
report | {B} theernnu {S} il, moonnu divasamayi
sms | {B} illa {S}
request | {S} chetta {B} ethikkane
deictic | ivide {B} ottum illa
negation | {S} il {B} ishtam pole und, ippo vangi
past | innale {B} illayirunnu, innu vannu
irrealis | onathinu mumbu {B} vangi vekku, theerum
other-product | {O} illathathukondu {B} vangi
contrast | {O} illa pakshe {B} und
question | {S} il {B} kittumo?
""")

lang("or", "Orya", IN, ["ମହାପାତ୍ର ଷ୍ଟୋର", "ସାହୁ ଭଣ୍ଡାର"], ["କ୍ଷୀର", "ପାଉଁରୁଟି"], """
report | {S} ରେ {B} ମିଳୁନି
report | {B} ସରିଗଲା {S} ରେ
sms | {B} ନାହିଁ {S}
request | {S} ଭାଇ {B} ଆଣନ୍ତୁ
deictic | ଏଠି {B} ଆଦୌ ନାହିଁ
negation | {S} ରେ {B} ବହୁତ ଅଛି, ଏବେ କିଣିଲି
past | ଗଲା ସପ୍ତାହ {B} ନଥିଲା, ଏବେ ଆସିଲା
irrealis | ରଥଯାତ୍ରା ଆଗରୁ {B} କିଣି ରଖ, ସରିଯିବ
other-product | {O} ନଥିଲା ତେଣୁ {B} ନେଲି
question | {S} ରେ {B} ମିଳେ କି?
""")

lang("or-Latn", "Latn", IN, ["Mahapatra Store", "Sahu Bhandar", "Nayak Mart"], ["khira", "pauruti"], """
report | {S} re {B} miluni
report | {B} sarigala {S} re, tini dina hela
sms | {B} nahi {S}
request | {S} bhai {B} anantu
deictic | ethi {B} adau nahi
negation | {S} re {B} bahut achhi, ebe kinili
past | kali {B} nathila, aji asila
irrealis | rathayatra agaru {B} kini rakha, sarijiba
other-product | {O} nathila tenu {B} neli
question | {S} re {B} mile ki?
""")

lang("pa", "Guru", IN, ["ਸਿੰਘ ਕਰਿਆਨਾ", "ਢਿੱਲੋਂ ਸਟੋਰ"], ["ਦੁੱਧ", "ਬਰੈੱਡ"], """
report | {S} ਤੇ {B} ਨਹੀਂ ਮਿਲ ਰਿਹਾ
report | {B} ਮੁੱਕ ਗਿਆ {S} ਤੇ
sms | {B} ਨਹੀਂ {S}
request | {S} ਵੀਰ ਜੀ {B} ਮੰਗਵਾ ਦਿਓ
deictic | ਇੱਥੇ {B} ਹੈ ਹੀ ਨਹੀਂ
negation | {S} ਤੇ {B} ਬਥੇਰਾ ਹੈ, ਹੁਣੇ ਲਿਆ
past | ਪਿਛਲੇ ਹਫ਼ਤੇ {B} ਨਹੀਂ ਸੀ, ਹੁਣ ਆ ਗਿਆ
irrealis | ਲੋਹੜੀ ਤੋਂ ਪਹਿਲਾਂ {B} ਲੈ ਲਓ, ਮੁੱਕ ਜਾਊ
other-product | {O} ਨਹੀਂ ਸੀ ਤਾਂ {B} ਲੈ ਲਿਆ
question | {S} ਤੇ {B} ਮਿਲਦਾ?
""")

lang("pa-Latn", "Latn", IN, ["Singh Kariana", "Dhillon Store", "Gill Mart"], ["dudh", "bread"], """
report | {S} te {B} nahi mil reha
report | {B} mukk gaya {S} te, do din ho gaye
sms | {B} nai {S}
request | {S} veer ji {B} mangwa do
deictic | ithe {B} hai hi nahi
negation | {S} te {B} bathera hai, hune leya
past | kal {B} nahi si, aj aa gaya
irrealis | lohri ton pehlan {B} lai lao, mukk jau
other-product | {O} nahi si taan {B} lai leya
question | {S} te {B} milda?
""")

lang("ur", "Arab", IN, ["قریشی جنرل اسٹور", "انصاری کریانہ"], ["دودھ", "ڈبل روٹی"], """
report | {S} میں {B} نہیں مل رہا
report | {B} ختم ہو گیا {S} پر، تین دن سے
sms | {B} نہیں {S}
request | {S} بھائی {B} منگوا دیں
deictic | یہاں {B} بالکل نہیں ہے
negation | {S} میں {B} کی کوئی کمی نہیں، ابھی لیا
past | پچھلے ہفتے {B} نہیں تھا، اب آ گیا
irrealis | عید سے پہلے {B} لے لیں، ختم ہو سکتا ہے
other-product | {O} نہیں تھا تو {B} لے لیا
question | کیا {S} میں {B} ملتا ہے؟
""")

lang("ur-Latn", "Latn", IN, ["Qureshi General Store", "Ansari Kiryana", "Siddiqui Mart"], ["doodh", "double roti"], """
report | {S} mein {B} nahi mil raha
report | {B} khatam ho gaya {S} par, teen din se
sms | {B} nahi {S}
request | {S} bhai {B} mangwa dein
deictic | yahan {B} bilkul nahi hai
negation | {S} mein {B} ki koi kami nahi, abhi liya
past | kal {B} nahi tha, aaj aa gaya
irrealis | eid se pehle {B} le lein, khatam ho sakta hai
other-product | {O} nahi tha to {B} le liya
question | kya {S} mein {B} milta hai?
""")

lang("tl", "Latn", PH, ["Aling Nena Store", "Dizon Sari-Sari", "Manalo Mart"], ["Coke", "tinapay", "gatas"], """
report | wala nang {B} sa {S}, tatlong araw na
report | ubos na naman {B} sa {S} grabe
report | pumunta ako sa {S}, walang {B} kahit isa
sms | {B} UBOS {S}
sms | wla {B} s {S}
request | {S} pa-restock naman po ng {B}
request | ate sa {S}, sana magkaroon ulit ng {B}
deictic | wala talagang {B} dito
deictic | ubos {B} dito sa tindahan na to
negation | hindi totoo na walang {B} sa {S}, ang dami nga
negation | hindi nauubusan ng {B} ang {S}
past | nung isang linggo walang {B} sa {S}, ngayon meron na
past | kahapon ubos {B}, kaninang umaga dumating na
irrealis | bili na kayo ng {B} bago mag-pasko baka maubos
irrealis | kung maubos ang {B} sa {S}, sa palengke na lang ako
contrast | walang {O} pero ang daming {B} sa {S}
other-product | walang {O} sa {S} kaya {B} na lang binili ko
other-product | ubos {O} pero may {B} naman
question | may {B} ba sa {S}?
found | sa wakas may {B} na ulit sa {S}
praise | ang sarap ng {B} promise
""")

lang("ceb", "Latn", PH, ["Tindahan ni Nang Loling", "Cabahug Store", "Ybañez Mart"], ["Coke", "pan", "gatas"], """
report | wala nay {B} sa {S}, tulo na ka adlaw
report | nahurot na pud ang {B} sa {S}
sms | {B} WALA {S}
sms | wla {B} s {S}
request | {S} palihug pag-restock ug {B}
deictic | wala gyud {B} diri
negation | dili tinuod nga walay {B} sa {S}, daghan kaayo
past | gahapon walay {B}, karon naa na
irrealis | palit na mo og {B} basin mahurot sa pasko
irrealis | kung mahurot ang {B} sa {S}, adto ko sa merkado
other-product | walay {O} sa {S} mao {B} akong gipalit
contrast | walay {O} pero daghan {B}
question | naa ba {B} sa {S}?
found | sa katapusan naa na pud {B} sa {S}
""")

lang("hil", "Latn", PH, ["Tindahan ni Manang Edna", "Gonzaga Store", "Villanueva Mart"], ["Coke", "tinapay"], """
report | wala na {B} sa {S}, tatlo na ka adlaw
report | ubos na ang {B} sa {S}
sms | {B} WALA {S}
request | {S} palihog restock sang {B}
deictic | wala gid {B} diri
negation | indi matuod nga wala {B} sa {S}, madamo gid
past | kahapon wala {B}, subong may ara na
irrealis | bakal na kamo {B} basi maubos sa pasko
other-product | wala {O} sa {S} gani {B} ang ginbakal ko
question | may {B} bala sa {S}?
found | sa wakas may {B} na liwat
""")

lang("ilo", "Latn", PH, ["Tienda ni Manang Rosa", "Agbayani Store", "Pascua Mart"], ["Coke", "tinapay"], """
report | awan ti {B} idiay {S}, tallo nga aldaw
report | naibus ti {B} idiay {S}
sms | {B} AWAN {S}
request | {S} pangngaasiyo ta agtagibalay kayo ti {B}
deictic | awan ti {B} ditoy
negation | saan a pudno nga awan ti {B} idiay {S}, adu unay
past | idi kalman awan ti {B}, ita adda metten
irrealis | gumatang kayon ti {B} amangan no maibus inton paskua
other-product | awan ti {O} isu a {B} ti ginatangko
question | adda kadi {B} idiay {S}?
""")

lang("war", "Latn", PH, ["Tindahan ni Nanay Pilar", "Abueva Store"], ["Coke", "tinapay"], """
report | waray na {B} ha {S}
report | nahurot na an {B} ha {S}
sms | {B} WARAY {S}
deictic | waray gud {B} didi
negation | diri tinuod nga waray {B} ha {S}, damo
past | kakulop waray {B}, yana mayda na
other-product | waray {O} ha {S} salit {B} an akon ginpalit
question | mayda {B} ha {S}?
""")

lang("bik", "Latn", PH, ["Tindahan ni Tiya Loring", "Bonifacio Store"], ["Coke", "pan"], """
report | mayo nang {B} sa {S}
report | ubos na an {B} sa {S}
sms | {B} MAYO {S}
deictic | mayo talaga {B} digdi
negation | bakong totoo na mayo {B} sa {S}, dakol
past | kasuhapon mayo {B}, ngunyan igwa na
other-product | mayo {O} sa {S} kaya {B} an binakal ko
question | igwa {B} sa {S}?
""")

# second blocks: more of the weak kinds, in other constructions than the first blocks
lang("en", "Latn", [], [], [], """
report | {S} told me {B} stock hasn't come for 2 weeks, distributor issue apparently
report | seriously {S}?? {B} gone AGAIN
report | is it just me or has {B} disappeared from {S}
sms | {S}: {B} 0 left
deictic | cashier here says {B} finished yesterday and nothing since
negation | {B} out of stock at {S}? nope, just checked, loads of it
negation | contrary to what the group says, {S} has {B}
negation | {S} isn't short of {B}, they just moved it near the billing counter
past | {B} shortage at {S} is over, they got a fresh lot
past | remember when {S} had no {B} for a whole month in the lockdown
past | had no {B} at {S} on Friday, sorted by Saturday
irrealis | stock up on {B} before the strike, shops will run dry
irrealis | if the trucks don't come {S} will have no {B} by Sunday
irrealis | you should ask {S} to keep more {B}, it might sell out during the match
contrast | {S} is out of everything except {B}, funny
other-product | {S} has {B} but they've run out of {O}
other-product | came for {O}, none left, walked out with {B}
question | where is {B} made?
question | which shop near {S} sells {B} in the big pack?
found | {B} back in stock at {S}, go go go
praise | new {B} pack looks great
""")

lang("hi-Latn", "Latn", [], [], [], """
report | {S} pe {B} ka stock hi nahi aa raha aajkal
report | {B} ke liye 3 dukaan ghoom liya, {S} mein bhi nahi
deictic | is dukaan mein {B} kabhi milta hi nahi
negation | {B} khatam? bilkul nahi, {S} mein rack bhara hai
negation | afwah hai ki {B} nahi mil raha, {S} mein toh hai
past | lockdown mein {B} ki bahut killat thi, ab sab normal
past | {B} 2 din pehle nahi tha {S} mein, ab aa gaya
irrealis | baarish mein truck nahi aaye toh {B} khatam ho jayega
irrealis | shayad agle hafte {S} mein {B} na mile
contrast | baaki sab khatam {S} mein, bas {B} bacha hai
other-product | {B} toh mil gaya par {O} nahi mila
question | {B} ka price kitna hai {S} mein?
""")

lang("tl", "Latn", [], [], [], """
report | grabe wala pa ring {B} sa {S} hanggang ngayon
report | sabi ng tindera sa {S} matagal na daw walang delivery ng {B}
deictic | wala nang {B} dito sa amin, ubos lahat
negation | may nagsabi wala daw {B} sa {S}, meron naman pala
negation | di naman ubos {B} sa {S}, nasa likod lang
past | last month wala talagang {B} sa {S}, okay na ngayon
past | nagkaubusan ng {B} nung bagyo pero bumalik na
irrealis | baka maubos {B} sa {S} pag sale, bili na kayo
irrealis | pag walang dumating na delivery, mauubos din {B}
contrast | ubos na lahat sa {S} maliban sa {B}
other-product | may {B} pero wala nang {O}
question | magkano {B} sa {S}?
""")

lang("ceb", "Latn", [], [], [], """
report | wala gihapon {B} sa {S} hangtod karon
deictic | nahurot {B} diri sa tindahan
negation | dili man nahurot ang {B} sa {S}, naa ra sa likod
past | sa miaging semana walay {B}, karon okay na
irrealis | basin mahurot ang {B} sa {S} inig sale
other-product | naa {B} pero wala nay {O}
""")

lang("ta-Latn", "Latn", [], [], [], """
report | {B} ku ellaa kadaiyum suthinen, {S} layum illa
deictic | indha kadaila {B} eppavume irukkaadhu
negation | {B} illanu yaaru sonna? {S} la full ah irukku
past | lockdown appo {B} kedaikala, ippo ellaam ok
irrealis | deepavali ku {B} theernthudum, ippove vaangunga
other-product | {B} irukku aana {O} illa
""")

lang("bn-Latn", "Latn", [], [], [], """
report | {B} er jonno tinte dokan ghurlam, {S} eo nei
deictic | ei dokane {B} kokhono thake na
negation | {B} nei ke bollo? {S} e bhorti ache
past | lockdown e {B} pawa jeto na, ekhon sob thik
irrealis | pujoy {B} sesh hoye jabe, ekhoni kine nao
other-product | {B} ache kintu {O} nei
""")

lang("te-Latn", "Latn", [], [], [], """
report | {B} kosam moodu shops tirigaanu, {S} lo kuda ledu
negation | {B} ledani evaru chepparu? {S} lo full ga undi
past | lockdown lo {B} dorakaledu, ippudu antha ok
irrealis | dasara ki {B} aipotundi, ippude konandi
""")

lang("ur-Latn", "Latn", [], [], [], """
report | {B} ke liye teen dukanein dekh li, {S} mein bhi nahi
negation | kaun kehta hai {B} nahi hai? {S} mein bhara hua hai
past | ramzan mein {B} ki kami thi, ab sab theek hai
irrealis | barish hui to {B} ki supply ruk sakti hai
other-product | {B} to mil gaya magar {O} nahi mila
""")

lang("ml-Latn", "Latn", [], [], [], """
report | {B} nu vendi moonnu kada keri, {S} ilum illa
negation | {B} illa ennu aaru paranju? {S} il niraye und
past | lockdown samayathu {B} kittillayirunnu, ippo ok aanu
irrealis | onam aakumbo {B} theernnu pokum, ippo thanne vangikko
""")

lang("kn-Latn", "Latn", [], [], [], """
report | {B} gosra mooru angadi suttide, {S} allu illa
negation | {B} illa antha yaaru helidru? {S} alli full ide
past | lockdown nalli {B} sigtha irlilla, iga ellaa ok
""")

lang("mr-Latn", "Latn", [], [], [], """
report | {B} sathi teen dukana firlo, {S} madhe pan nahi
negation | {B} nahi asa kon mhanala? {S} madhe bharpur ahe
past | lockdown madhe {B} milat navhta, ata sagla thik
""")

lang("gu-Latn", "Latn", [], [], [], """
report | {B} mate tran dukan farya, {S} ma pan nathi
negation | {B} nathi em kone kidhu? {S} ma bharpur che
irrealis | uttarayan ma {B} khalas thai jashe, atyare j lai lo
""")

lang("or-Latn", "Latn", [], [], [], """
report | {B} pain tini dokan bulili, {S} re bi nahi
negation | {B} nahi boli kie kahila? {S} re bharti achhi
""")

lang("pa-Latn", "Latn", [], [], [], """
report | {B} layi tin dukana ghummeya, {S} te vi nahi
negation | kis ne keha {B} nahi? {S} te bhareya peya
""")

lang("hil", "Latn", [], [], [], """
report | wala gihapon {B} sa {S} tubtob subong
negation | may nagsiling wala kuno {B} sa {S}, may ara man
irrealis | basi maubos ang {B} sa {S} kon sale
""")

lang("ilo", "Latn", [], [], [], """
report | awan latta ti {B} idiay {S} agingga ita
negation | adda nagkuna nga awan kano ti {B}, adda met gayam
""")

lang("hi", "Deva", [], [], [], """
report | {B} के लिए तीन दुकानें घूम लीं, {S} में भी नहीं
negation | किसने कहा {B} नहीं है? {S} में भरा पड़ा है
past | लॉकडाउन में {B} की किल्लत थी, अब सब ठीक है
other-product | {B} तो मिल गया पर {O} नहीं मिला
""")

lang("bn", "Beng", [], [], [], """
report | {B} এর জন্য তিনটে দোকান ঘুরলাম, {S} এও নেই
negation | {B} নেই কে বলল? {S} এ ভর্তি আছে
""")

lang("ta", "Taml", [], [], [], """
report | {B} க்காக மூணு கடை சுத்தினேன், {S} லயும் இல்ல
negation | {B} இல்லன்னு யார் சொன்னா? {S} ல நிறைய இருக்கு
""")

# the everyday sense of a brand name that is a word: never a report
OTHER_SENSE = [
    ("hi", "इस चाय में मिठास बिल्कुल नहीं है"),
    ("hi", "उसकी बातों में वो मिठास अब नहीं रही"),
    ("hi-Latn", "is kheer mein mithas kam hai, thodi cheeni daalo"),
    ("hi-Latn", "rishton mein mithas khatam ho gayi hai aajkal"),
    ("hi-Latn", "aam mein is baar mithas nahi hai, khatte hain"),
    ("hi-Latn", "gaane mein kya mithas hai yaar"),
    ("ur", "آواز میں بڑی مٹھاس ہے"),
    ("ur-Latn", "urdu zubaan ki mithas kahin nahi milti"),
    ("ur-Latn", "chai mein mithas nahi hai bilkul"),
    ("pa-Latn", "gur di mithas hi vakhri hundi hai"),
    ("pa", "ਬੋਲੀ ਵਿੱਚ ਮਿਠਾਸ ਨਹੀਂ ਰਹੀ"),
    ("gu-Latn", "aa keri ma mithas nathi"),
    ("tl", "walang ulan dito buong linggo, ang init"),
    ("tl", "ubos na tubig sa dam kasi walang ulan"),
    ("tl", "malakas ang ulan sa amin, baha na sa kanto"),
    ("tl", "sana umulan na, wala pang ulan since march"),
    ("tl", "huwag ka munang lumabas, may ulan pa"),
    ("ceb", "walay ulan diri sa amoa, init kaayo"),
    ("ceb", "kusog kaayo ang ulan ganina, basa tanan"),
    ("ceb", "nahurot na ang tubig kay wala nay ulan"),
    ("hil", "wala ulan sa amon subong, mainit gid"),
    ("hil", "madamo ulan kagab-i, baha sa dalan"),
    ("bik", "mayo pang uran digdi, mainit"),
    ("en", "no rain for weeks, or as my lola says walang ulan"),
]

# writing styles applied on top of a sentence: the same content written as people type it
def style(text, rng, script):
    r = rng.random()
    if script == "Latn" and r < 0.12:
        return text.upper()
    if script == "Latn" and r < 0.22:
        return text.lower().replace(",", "").replace(".", "").replace("?", "").replace("!", "")
    if r < 0.30:
        return text + rng.choice([" 😡", " 🙏", " 😭", " smh", " !!", " ..."])
    return text


def brand_in(brand, script, rng):
    b = BRANDS[brand]
    if script == "Latn":
        return rng.choice(b["products"])
    return b.get(script, b["Latn"])


def main():
    rng = random.Random(SEED)
    posts = []  # (label, lang, category, text)
    shops_used = {}
    for code, spec in LANGS.items():
        script = spec["script"]
        for category, pattern in spec["rows"]:
            # every sentence once with a brand, and a report's sentence once more with a misspelt or look-alike name
            brand = rng.choice(spec["brands"])
            shop = rng.choice(spec["shops"])
            shops_used.setdefault(shop, code)
            other = rng.choice(spec["others"])
            text = pattern.format(B=brand_in(brand, script, rng), S=shop, O=other)
            posts.append((category in REPORT_CATEGORIES, code, category, style(text, rng, script)))
            if category in {"report", "sms", "deictic", "request"} and script == "Latn":
                brand = rng.choice(spec["brands"])
                shop = rng.choice(spec["shops"])
                if rng.random() < 0.5 and BRANDS[brand]["lookalike"]:
                    name = BRANDS[brand]["lookalike"]
                    posts.append((False, code, "lookalike", style(pattern.format(B=name, S=shop, O=other), rng, script)))
                else:
                    name = rng.choice(BRANDS[brand]["misspelt"])
                    posts.append((True, code, "misspelling", style(pattern.format(B=name, S=shop, O=other), rng, script)))
            elif category not in REPORT_CATEGORIES and script == "Latn" and rng.random() < 0.4:
                # a non-report with the brand misspelt: a near spelling is no sign of a report either way
                brand = rng.choice(spec["brands"])
                name = rng.choice(BRANDS[brand]["misspelt"])
                posts.append((False, code, category, style(pattern.format(B=name, S=rng.choice(spec["shops"]), O=other), rng, script)))
    for code, text in OTHER_SENSE:
        posts.append((False, code, "other-sense", text))
    write(posts, shops_used)


CITIES = {"en": ("Bikaner", "Rajasthan", "India", 28.02, 73.31), "hi": ("Gaya", "Bihar", "India", 24.79, 85.00),
          "mr": ("Satara", "Maharashtra", "India", 17.68, 74.00), "gu": ("Bharuch", "Gujarat", "India", 21.70, 72.98),
          "bn": ("Krishnanagar", "West Bengal", "India", 23.40, 88.50), "ta": ("Karaikudi", "Tamil Nadu", "India", 10.07, 78.78),
          "te": ("Kurnool", "Andhra Pradesh", "India", 15.83, 78.04), "kn": ("Ballari", "Karnataka", "India", 15.14, 76.92),
          "ml": ("Kasaragod", "Kerala", "India", 12.50, 75.00), "or": ("Balangir", "Odisha", "India", 20.70, 83.48),
          "pa": ("Firozpur", "Punjab", "India", 30.93, 74.61), "ur": ("Aligarh", "Uttar Pradesh", "India", 27.88, 78.08),
          "tl": ("San Pablo", "Calabarzon", "Philippines", 14.07, 121.33), "ceb": ("Toledo", "Central Visayas", "Philippines", 10.38, 123.64),
          "hil": ("Passi", "Western Visayas", "Philippines", 11.11, 122.64), "ilo": ("Candon", "Ilocos", "Philippines", 17.19, 120.45),
          "war": ("Maasin", "Eastern Visayas", "Philippines", 10.13, 124.84), "bik": ("Masbate", "Bicol", "Philippines", 12.37, 123.62)}

SOURCES = ["x", "whatsapp", "mastodon", "bluesky", "x", "sms"]


def write(posts, shops_used):
    os.makedirs(TARGET, exist_ok=True)
    mentions, labels = [], []
    for n, (label, code, category, text) in enumerate(posts, start=1):
        source = "sms" if category == "sms" else SOURCES[n % len(SOURCES)]
        mid = "%s-v%04d" % (source, n)
        handle = "varied%03d" % (n % 89)
        mentions.append({"id": mid, "source": source, "created_at": "2026-12-05T%02d:%02d:00Z" % (n // 60 % 24, n % 60),
                         "author": {"id": "u-" + handle, "handle": handle, "display_name": None, "location": None, "followers": n % 500},
                         "text": text, "lang": code, "geo": None, "is_repost": False})
        labels.append({"id": mid, "stockout": label, "sku": None, "outlet_id": None, "city": None, "locality": None,
                       "category": category, "lang": code})
    for name, rows in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
        with open(os.path.join(TARGET, name), "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(TARGET, "outlets.csv"), "w", encoding="utf-8") as out:
        out.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
        for i, (shop, code) in enumerate(sorted(shops_used.items()), start=1):
            if not shop.isascii() or shop.startswith("the "):
                continue
            city, region, country, lat, lon = CITIES[code.split("-")[0]]
            out.write('VAR-%04d,%s,"Main Road, %s",Centre,%s,%s,%s,%.4f,%.4f\n'
                      % (i, shop, city, city, region, country, lat + i * 0.001, lon + i * 0.001))
    catalog = {"brands": []}
    for name, b in BRANDS.items():
        aliases = [name.lower()] + [v for k, v in b.items() if k not in ("Latn", "products", "misspelt", "lookalike")]
        catalog["brands"].append({"brand": name, "aliases": aliases, "products": PRODUCTS[name]})
    with open(os.path.join(TARGET, "catalog.json"), "w", encoding="utf-8") as out:
        json.dump(catalog, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("%d mentions, %d reports, %d languages" % (len(labels), sum(1 for l in labels if l["stockout"]),
                                                      len({l["lang"].split("-")[0] for l in labels})))


PRODUCTS = {
    "Pelora": [{"sku": "PELORA-CHOCO-75G", "name": "Pelora Choco Chip Cookies 75 g", "aliases": ["pelora choco chip", "pelora cookies"]},
               {"sku": "PELORA-BUTTER-75G", "name": "Pelora Butter Biscuit 75 g", "aliases": ["pelora butter biscuit", "pelora butter"]}],
    "Narvika": [{"sku": "NARVIKA-MANGO-200", "name": "Narvika Mango 200 ml", "aliases": ["narvika 200ml", "narvika mango"]},
                {"sku": "NARVIKA-MANGO-1200", "name": "Narvika Mango 1.2 L", "aliases": ["narvika 1.2l"]}],
    "Mithas": [{"sku": "MITHAS-KATLI-250G", "name": "Mithas Kaju Katli 250 g", "aliases": ["mithas kaju katli"]},
               {"sku": "MITHAS-SOAN-200G", "name": "Mithas Soan Papdi 200 g", "aliases": ["mithas soan papdi"]},
               {"sku": "MITHAS-JAMUN-1KG", "name": "Mithas Gulab Jamun tin 1 kg", "aliases": ["mithas gulab jamun tin"]}],
    "Dhavala": [{"sku": "DHAVALA-POWDER-1KG", "name": "Dhavala Detergent Powder 1 kg", "aliases": ["dhavala powder", "dhavala 1kg", "dhavala detergent"]},
                {"sku": "DHAVALA-BAR", "name": "Dhavala Detergent Bar", "aliases": ["dhavala bar"]}],
    "Ulan": [{"sku": "ULAN-CHICKEN", "name": "Ulan Chicken Noodles", "aliases": ["ulan chicken", "ulan noodles"]},
             {"sku": "ULAN-BEEF", "name": "Ulan Spicy Beef Noodles", "aliases": ["ulan spicy beef"]},
             {"sku": "ULAN-CANTON", "name": "Ulan Pancit Canton", "aliases": ["ulan pancit canton"]}],
}

if __name__ == "__main__":
    main()
