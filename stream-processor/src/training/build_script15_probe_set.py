# Writes the "script15-probe" labelled set (session 15, issue 14: the product, outlet and city of posts in native
# scripts). Written before any rule of that session changed, from the writer's knowledge of how people write (not
# from the project's product-word, name, gazetteer or lexicon files); run once, then kept as it is.
# Three invented brands whose products differ only by a flavour or variant word and a size (Marvosa, a drink:
# mango 250 ml and 1 L, lemon and orange 250 ml; Tikkolo, chips: classic salted, masala and tomato 40 g, masala
# 90 g; Dolmiro, biscuits: chocolate, elaichi, butter 75 g, chocolate 150 g), catalog in Latin letters only.
# Posts in Devanagari (Hindi, Marathi), Bengali-Assamese (Bengali, Assamese), Tamil, Telugu, Kannada, Malayalam,
# Gujarati, Gurmukhi, Odia, Perso-Arabic (Urdu), Meetei Mayek and Ol Chiki: the flavour as the language says it
# or as the script writes the English word, sizes in the script's digits and unit words, the shop, locality and
# city in the script with case endings and postpositions joined or not; controls where two products of a brand
# share the size and differ only by the variant; hard negatives (found, in stock, a question, the fruit and not the
# product, another brand's flavour out, a past shortage, praise, new stock arrived) in the same scripts.
# Usage: python3 build_script15_probe_set.py stream-processor/src/test/resources/labelled/script15-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, centre lat, lon, pincode)
 "MTR": ("Mathura", "Uttar Pradesh", 27.4924, 77.6737, "281001"),
 "JLG": ("Jalgaon", "Maharashtra", 21.0077, 75.5626, "425001"),
 "KGP": ("Kharagpur", "West Bengal", 22.3460, 87.2320, "721301"),
 "TZP": ("Tezpur", "Assam", 26.6338, 92.7926, "784001"),
 "ERD": ("Erode", "Tamil Nadu", 11.3410, 77.7172, "638001"),
 "TNJ": ("Thanjavur", "Tamil Nadu", 10.7870, 79.1378, "613001"),
 "NLG": ("Nalgonda", "Telangana", 17.0575, 79.2684, "508001"),
 "DVG": ("Davangere", "Karnataka", 14.4644, 75.9218, "577001"),
 "KNR": ("Kannur", "Kerala", 11.8745, 75.3704, "670001"),
 "JND": ("Junagadh", "Gujarat", 21.5222, 70.4579, "362001"),
 "BTI": ("Bathinda", "Punjab", 30.2110, 74.9455, "151001"),
 "BLS": ("Balasore", "Odisha", 21.4942, 86.9317, "756001"),
 "MLG": ("Malegaon", "Maharashtra", 20.5537, 74.5288, "423203"),
 "IMP": ("Imphal", "Manipur", 24.8170, 93.9368, "795001"),
 "JSR": ("Jamshedpur", "Jharkhand", 22.8046, 86.2029, "831001"),
}
SHOPS = {
 "MTR": [("Radhe Shyam Kirana Store", "Holi Gate"), ("Gupta General Store", "Krishna Nagar"), ("Bankey Bihari Mart", "Dampier Nagar")],
 "JLG": [("Mauli Provision Stores", "Navi Peth"), ("Samarth Super Market", "Ring Road")],
 "KGP": [("Maa Tara Bhandar", "Malancha"), ("Ghosh Stores", "Gol Bazar"), ("Lakshmi General Store", "Inda")],
 "TZP": [("Dutta Stores", "Main Road"), ("Kamakhya Traders", "Mission Chariali")],
 "ERD": [("Sri Murugan Stores", "Brough Road"), ("Annai Departmental Store", "Perundurai Road"), ("Velan Bakery", "Surampatti")],
 "TNJ": [("Sri Murugan Stores", "Medical College Road")],
 "NLG": [("Sri Venkateswara Kirana", "Clock Tower"), ("Lakshmi General Stores", "Ramagiri"), ("Sai Ram Mart", "Panagal Road")],
 "DVG": [("Sri Basaveshwara Stores", "PJ Extension"), ("Manjunatha Provision Stores", "Vinoba Nagar"), ("Lakshmi General Stores", "MCC B Block")],
 "KNR": [("Fathima Stores", "Thana"), ("Sree Krishna Bakery", "Talap"), ("Malabar Provision Stores", "Caltex")],
 "JND": [("Jalaram Provision Store", "Zanzarda Road"), ("Shree Khodiyar General Store", "Motibaug"), ("Girnar Mart", "Joshipura")],
 "BTI": [("Guru Kirpa Karyana Store", "Power House Road"), ("Bansal General Store", "Mall Road"), ("Waheguru Bakery", "Ajit Road")],
 "BLS": [("Maa Tarini Store", "Motiganj"), ("Jagannath Bhandar", "Sahadevkhunta"), ("Utkal General Store", "Station Square")],
 "MLG": [("Noorani General Store", "Kidwai Road"), ("Al Madina Kirana", "Islampura"), ("Raza Bakery", "Mominpura")],
 "IMP": [("Leima Store", "Thangal Bazar")],
 "JSR": [("Marang Buru Store", "Sakchi")],
}
rnd = random.Random(15)
OUTLETS, CITY_OF, LOC_OF = [], {}, {}
for p, shops in SHOPS.items():
    city, region, clat, clon, pin = CITIES[p]
    placed = []
    for i, (name, loc) in enumerate(shops, 1):
        while True:  # within 2.5 km of the centre, at least 300 m from every other outlet of the city
            lat, lon = clat + rnd.uniform(-0.022, 0.022), clon + rnd.uniform(-0.022, 0.022)
            if all(math.hypot((lat - a) * 111000, (lon - b) * 111000 * math.cos(math.radians(lat))) > 300 for a, b in placed):
                break
        placed.append((lat, lon))
        oid = "%s-%02d" % (p, i)
        OUTLETS.append((oid, name, "%s, %s %s" % (loc, city, pin), loc, city, region, "India", round(lat, 5), round(lon, 5)))
        CITY_OF[oid], LOC_OF[oid] = city, loc
CATALOG = {"brands": [
 {"brand": "Marvosa", "aliases": ["marvosa", "#marvosa", "@marvosadrinks"], "category_words": ["drink", "juice"],
  "products": [{"sku": "MRV-MNG-250", "name": "Marvosa Mango 250 ml", "aliases": []},
               {"sku": "MRV-MNG-1L", "name": "Marvosa Mango 1 L", "aliases": []},
               {"sku": "MRV-LMN-250", "name": "Marvosa Lemon 250 ml", "aliases": []},
               {"sku": "MRV-ORG-250", "name": "Marvosa Orange 250 ml", "aliases": []}]},
 {"brand": "Tikkolo", "aliases": ["tikkolo", "#tikkolo"], "category_words": ["chips", "wafers"],
  "products": [{"sku": "TKL-SLT-40", "name": "Tikkolo Classic Salted 40 g", "aliases": []},
               {"sku": "TKL-MAS-40", "name": "Tikkolo Masala 40 g", "aliases": []},
               {"sku": "TKL-MAS-90", "name": "Tikkolo Masala 90 g", "aliases": []},
               {"sku": "TKL-TOM-40", "name": "Tikkolo Tomato 40 g", "aliases": []}]},
 {"brand": "Dolmiro", "aliases": ["dolmiro", "#dolmiro"], "category_words": ["biscuit", "biscuits", "cookies"],
  "products": [{"sku": "DLM-CHO-75", "name": "Dolmiro Chocolate 75 g", "aliases": []},
               {"sku": "DLM-ELA-75", "name": "Dolmiro Elaichi 75 g", "aliases": []},
               {"sku": "DLM-BUT-75", "name": "Dolmiro Butter 75 g", "aliases": []},
               {"sku": "DLM-CHO-150", "name": "Dolmiro Chocolate 150 g", "aliases": []}]},
]}
MM250, MM1, ML250, MO250 = "MRV-MNG-250", "MRV-MNG-1L", "MRV-LMN-250", "MRV-ORG-250"
TS40, TM40, TM90, TT40 = "TKL-SLT-40", "TKL-MAS-40", "TKL-MAS-90", "TKL-TOM-40"
DC75, DE75, DB75, DC150 = "DLM-CHO-75", "DLM-ELA-75", "DLM-BUT-75", "DLM-CHO-150"
M = []
def r(lang, cat, text, outlet=None, sku=None, city=None):
    """A report: the outlet gives the city and locality; a city alone when no outlet can be told."""
    M.append((lang, cat, True, text, outlet, sku, city if outlet is None else CITY_OF[outlet]))
def n(lang, cat, text):
    M.append((lang, cat, False, text, None, None, None))

# Hindi, Devanagari (Mathura)
r("hi", "variant-native", "होली गेट के राधे श्याम किराना स्टोर में मार्वोसा आम २५० मिली नहीं मिल रहा", "MTR-01", MM250)
r("hi", "control-variant", "गुप्ता जनरल स्टोर कृष्णा नगर में मार्वोसा नींबू वाला खत्म हो गया", "MTR-02", ML250)
r("hi", "control-variant", "मथुरा में बांके बिहारी मार्ट पर मार्वोसा संतरा २५० मिली का स्टॉक खत्म", "MTR-03", MO250)
r("hi", "size-native", "मार्वोसा आम १ लीटर वाली बोतल राधे श्याम किराना होली गेट पर नहीं है", "MTR-01", MM1)
r("hi", "variant-native", "टिक्कोलो मसाला ९० ग्राम गुप्ता जनरल स्टोर में कब से नहीं आया", "MTR-02", TM90)
r("hi", "variant-native", "बांके बिहारी मार्ट डैम्पियर नगर में टिक्कोलो नमक वाले चिप्स ख़त्म हैं", "MTR-03", TS40)
r("hi", "variant-loan", "डोल्मिरो चॉकलेट १५० ग्राम मथुरा के गुप्ता जनरल स्टोर में नहीं मिल रहा", "MTR-02", DC150)
r("hi", "variant-native", "राधे श्याम किराना में डोल्मिरो इलायची बिस्कुट नहीं है भैया", "MTR-01", DE75)
r("hi", "variant-native", "Tikkolo टमाटर ४० ग्राम होली गेट राधे श्याम किराना में खत्म", "MTR-01", TT40)
n("hi", "found", "राधे श्याम किराना होली गेट में मार्वोसा आम २५० मिली मिल गया, शुक्रिया")
n("hi", "question", "क्या गुप्ता जनरल स्टोर में टिक्कोलो मसाला ९० ग्राम है?")
n("hi", "fruit-not-product", "मथुरा की मंडी में इस बार आम खत्म हो गए, मार्वोसा पी लो")
n("hi", "other-brand", "बांके बिहारी मार्ट पर फ्रूटी आम नहीं है पर मार्वोसा आम भरपूर है")
n("hi", "new-stock", "गुप्ता जनरल स्टोर में डोल्मिरो इलायची का नया स्टॉक आ गया")
n("hi", "praise", "डोल्मिरो बटर बिस्कुट चाय के साथ सबसे अच्छा लगता है")
n("hi", "past", "पिछली गर्मी में मार्वोसा नींबू कहीं नहीं मिलता था, अब हर दुकान पर है")
# Marathi, Devanagari (Jalgaon)
r("mr", "native-city-case", "जळगावात नवी पेठेतील माऊली प्रोव्हिजन स्टोअर्समध्ये मार्वोसा आंबा २५० मिली मिळत नाही", "JLG-01", MM250)
r("mr", "control-variant", "समर्थ सुपर मार्केट रिंग रोड येथे मार्वोसा संत्रा संपला", "JLG-02", MO250)
r("mr", "variant-native", "माऊली प्रोव्हिजनमध्ये टिक्कोलो मसाला ४० ग्रॅम नाही", "JLG-01", TM40)
r("mr", "variant-native", "समर्थ सुपर मार्केटमध्ये डोल्मिरो लोणी बिस्किट संपले आहेत", "JLG-02", DB75)
n("mr", "found", "माऊली प्रोव्हिजनमध्ये मार्वोसा लिंबू मिळाला")
n("mr", "question", "समर्थ सुपर मार्केटमध्ये टिक्कोलो टोमॅटो आहे का?")
n("mr", "fruit-not-product", "जळगावात यंदा आंबा संपला, बाजारात एकही पेटी नाही")
n("mr", "praise", "डोल्मिरो चॉकलेट बिस्किट मुलांना खूप आवडतात")
r("mr", "control-variant", "मार्वोसा लिंबू २५० मिली समर्थ सुपर मार्केटमध्ये मिळत नाहीये", "JLG-02", ML250)
n("mr", "past", "मागच्या उन्हाळ्यात मार्वोसा संत्रा मिळत नव्हता, आता सगळीकडे आहे")
# Bengali (Kharagpur)
r("bn", "native-city-case", "খড়গপুরে মালঞ্চের মা তারা ভান্ডারে মার্ভোসা আম ২৫০ মিলি পাওয়া যাচ্ছে না", "KGP-01", MM250)
r("bn", "control-variant", "গোল বাজারের ঘোষ স্টোর্সে মার্ভোসা লেবু শেষ", "KGP-02", ML250)
r("bn", "control-variant", "মা তারা ভান্ডারে মার্ভোসা কমলা ২৫০ মিলি নেই", "KGP-01", MO250)
r("bn", "size-native", "ঘোষ স্টোর্স গোলবাজারে মার্ভোসা আম ১ লিটার নেই", "KGP-02", MM1)
r("bn", "variant-native", "ইন্দার লক্ষ্মী জেনারেল স্টোরে টিক্কোলো মশলা ৯০ গ্রাম নেই", "KGP-03", TM90)
r("bn", "variant-native", "টিক্কোলো নোনতা চিপস মা তারা ভান্ডারে শেষ হয়ে গেছে", "KGP-01", TS40)
r("bn", "variant-loan", "ঘোষ স্টোর্সে ডোলমিরো চকলেট ১৫০ গ্রাম পাওয়া যাচ্ছে না", "KGP-02", DC150)
r("bn", "variant-native", "লক্ষ্মী জেনারেল স্টোর ইন্দায় ডোলমিরো এলাচ বিস্কুট নেই", "KGP-03", DE75)
r("bn", "variant-native", "Tikkolo টমেটো ৪০ গ্রাম মা তারা ভান্ডারে নেই", "KGP-01", TT40)
n("bn", "found", "মা তারা ভান্ডারে মার্ভোসা আম পেয়ে গেলাম")
n("bn", "question", "ঘোষ স্টোর্সে টিক্কোলো মশলা আছে কি?")
n("bn", "fruit-not-product", "খড়গপুরের বাজারে এবার আম শেষ, দাম খুব বেশি")
n("bn", "other-brand", "লক্ষ্মী জেনারেল স্টোরে অন্য কোম্পানির লেবু জুস নেই, মার্ভোসা লেবু আছে")
n("bn", "new-stock", "ঘোষ স্টোর্সে ডোলমিরো মাখন বিস্কুটের নতুন স্টক এসেছে")
n("bn", "praise", "ডোলমিরো চকলেট বিস্কুট চায়ের সাথে দারুণ")
n("bn", "past", "গত বছর পুজোর সময় মার্ভোসা কমলা পাওয়া যেত না, এখন সব জায়গায় আছে")
# Assamese, Bengali-Assamese script (Tezpur)
r("as", "native-city-case", "তেজপুৰত মেইন ৰোডৰ দত্ত ষ্ট'ৰছত মাৰ্ভোসা আম ২৫০ মিলি নাই", "TZP-01", MM250)
r("as", "control-variant", "কামাখ্যা ট্ৰেডাৰ্ছত মাৰ্ভোসা কমলা শেষ হৈ গ'ল", "TZP-02", MO250)
r("as", "variant-native", "দত্ত ষ্ট'ৰছত টিক্কোলো মছলা ৯০ গ্ৰাম পোৱা নাই", "TZP-01", TM90)
n("as", "found", "দত্ত ষ্ট'ৰছত মাৰ্ভোসা লেবু পালোঁ")
n("as", "question", "কামাখ্যা ট্ৰেডাৰ্ছত ডোলমিৰো চকলেট আছে নেকি?")
n("as", "fruit-not-product", "তেজপুৰৰ বজাৰত এইবাৰ আম নাই")
r("as", "variant-loan", "তেজপুৰৰ দত্ত ষ্ট'ৰছত ডোলমিৰো চকলেট ১৫০ গ্ৰাম নাই", "TZP-01", DC150)
n("as", "new-stock", "কামাখ্যা ট্ৰেডাৰ্ছত মাৰ্ভোসা আমৰ নতুন ষ্টক আহিছে")
# Tamil (Erode, and a namesake shop in Thanjavur)
r("ta", "native-city-case", "ஈரோட்டில் பிரப் ரோடு ஸ்ரீ முருகன் ஸ்டோர்ஸ்ல மார்வோசா மாம்பழம் 250 மி.லி இல்லை", "ERD-01", MM250)
r("ta", "control-variant", "அன்னை டிபார்ட்மெண்டல் ஸ்டோரில் மார்வோசா எலுமிச்சை தீர்ந்துவிட்டது", "ERD-02", ML250)
r("ta", "control-variant", "பெருந்துறை ரோடு அன்னை டிபார்ட்மெண்டல் ஸ்டோர்ல மார்வோசா ஆரஞ்சு ௨௫௦ மி.லி கிடைக்கல", "ERD-02", MO250)
r("ta", "size-native", "மார்வோசா மாம்பழம் 1 லிட்டர் ஸ்ரீ முருகன் ஸ்டோர்ஸ் ஈரோடுல இல்லை", "ERD-01", MM1)
r("ta", "variant-native", "வேலன் பேக்கரியில் டிக்கோலோ மசாலா 90 கிராம் இல்லை", "ERD-03", TM90)
r("ta", "variant-native", "டிக்கோலோ உப்பு சிப்ஸ் வேலன் பேக்கரி சூரம்பட்டியில் தீர்ந்து போச்சு", "ERD-03", TS40)
r("ta", "variant-loan", "தஞ்சாவூர் மெடிக்கல் காலேஜ் ரோடு ஸ்ரீ முருகன் ஸ்டோர்ஸில் டோல்மிரோ சாக்லேட் 150 கிராம் இல்லை", "TNJ-01", DC150)
r("ta", "variant-native", "ஸ்ரீ முருகன் ஸ்டோர்ஸ் ஈரோட்டில் டோல்மிரோ ஏலக்காய் பிஸ்கட் கிடைக்கவில்லை", "ERD-01", DE75)
r("ta", "variant-native", "Tikkolo தக்காளி 40 கிராம் அன்னை ஸ்டோர்ல இல்லை", "ERD-02", TT40)
n("ta", "found", "ஸ்ரீ முருகன் ஸ்டோர்ஸ்ல மார்வோசா மாம்பழம் கிடைச்சது")
n("ta", "question", "வேலன் பேக்கரியில் டிக்கோலோ மசாலா இருக்கா?")
n("ta", "fruit-not-product", "ஈரோடு சந்தையில் மாம்பழம் தீர்ந்துவிட்டது")
n("ta", "other-brand", "அன்னை ஸ்டோரில் வேற கம்பெனி ஆரஞ்சு ஜூஸ் இல்லை, மார்வோசா ஆரஞ்சு இருக்கு")
n("ta", "new-stock", "வேலன் பேக்கரியில் டோல்மிரோ வெண்ணெய் பிஸ்கட் புது ஸ்டாக் வந்துவிட்டது")
n("ta", "praise", "டோல்மிரோ சாக்லேட் பிஸ்கட் ரொம்ப சுவை")
n("ta", "past", "போன வருஷம் மார்வோசா எலுமிச்சை கிடைக்கவே இல்லை, இப்போ எல்லா கடையிலும் இருக்கு")
# Telugu (Nalgonda)
r("te", "native-city-case", "నల్గొండలో క్లాక్ టవర్ దగ్గర శ్రీ వెంకటేశ్వర కిరాణాలో మార్వోసా మామిడి 250 మి.లీ దొరకడం లేదు", "NLG-01", MM250)
r("te", "control-variant", "లక్ష్మీ జనరల్ స్టోర్స్ రామగిరిలో మార్వోసా నిమ్మకాయ అయిపోయింది", "NLG-02", ML250)
r("te", "control-variant", "సాయి రామ్ మార్ట్ లో మార్వోసా నారింజ ౨౫౦ మి.లీ లేదు", "NLG-03", MO250)
r("te", "size-native", "మార్వోసా మామిడి 1 లీటర్ శ్రీ వెంకటేశ్వర కిరాణాలో లేదు", "NLG-01", MM1)
r("te", "variant-native", "లక్ష్మీ జనరల్ స్టోర్స్ లో టిక్కోలో మసాలా 90 గ్రాములు లేవు", "NLG-02", TM90)
r("te", "variant-native", "పానగల్ రోడ్ సాయి రామ్ మార్ట్ లో టిక్కోలో ఉప్పు చిప్స్ అయిపోయాయి", "NLG-03", TS40)
r("te", "variant-loan", "శ్రీ వెంకటేశ్వర కిరాణాలో డోల్మిరో చాక్లెట్ 150 గ్రాములు దొరకట్లేదు", "NLG-01", DC150)
r("te", "variant-native", "నల్గొండ లక్ష్మీ జనరల్ స్టోర్స్ లో డోల్మిరో యాలకుల బిస్కెట్లు లేవు", "NLG-02", DE75)
r("te", "variant-native", "Tikkolo టమాటా 40 గ్రాములు సాయి రామ్ మార్ట్ లో లేదు", "NLG-03", TT40)
n("te", "found", "శ్రీ వెంకటేశ్వర కిరాణాలో మార్వోసా మామిడి దొరికింది")
n("te", "question", "లక్ష్మీ జనరల్ స్టోర్స్ లో టిక్కోలో మసాలా ఉందా?")
n("te", "fruit-not-product", "నల్గొండ మార్కెట్ లో ఈసారి మామిడి పండ్లు అయిపోయాయి")
n("te", "other-brand", "సాయి రామ్ మార్ట్ లో వేరే కంపెనీ నారింజ జ్యూస్ లేదు, మార్వోసా నారింజ ఉంది")
n("te", "new-stock", "లక్ష్మీ జనరల్ స్టోర్స్ కి డోల్మిరో వెన్న బిస్కెట్ల కొత్త స్టాక్ వచ్చింది")
n("te", "praise", "డోల్మిరో చాక్లెట్ బిస్కెట్లు చాలా బాగుంటాయి")
n("te", "past", "పోయిన వేసవిలో మార్వోసా నిమ్మకాయ దొరికేది కాదు, ఇప్పుడు ప్రతి షాపులో ఉంది")
# Kannada (Davangere; a namesake Lakshmi General Stores in Nalgonda)
r("kn", "native-city-case", "ದಾವಣಗೆರೆಯಲ್ಲಿ ಪಿಜೆ ಎಕ್ಸ್ಟೆನ್ಷನ್ ಶ್ರೀ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಮಾರ್ವೋಸಾ ಮಾವಿನ ಹಣ್ಣಿನ 250 ಮಿಲಿ ಸಿಗುತ್ತಿಲ್ಲ", "DVG-01", MM250)
r("kn", "control-variant", "ವಿನೋಬ ನಗರದ ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಮಾರ್ವೋಸಾ ನಿಂಬೆ ಖಾಲಿ", "DVG-02", ML250)
r("kn", "control-variant", "ಮಾರ್ವೋಸಾ ಕಿತ್ತಳೆ ೨೫೦ ಮಿಲಿ ದಾವಣಗೆರೆ ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಇಲ್ಲ", "DVG-03", MO250)
r("kn", "size-native", "ಮಾರ್ವೋಸಾ ಮಾವು ೧ ಲೀಟರ್ ಶ್ರೀ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಇಲ್ಲ", "DVG-01", MM1)
r("kn", "variant-native", "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ನಲ್ಲಿ ಟಿಕ್ಕೋಲೋ ಮಸಾಲೆ 90 ಗ್ರಾಂ ಇಲ್ಲ", "DVG-02", TM90)
r("kn", "variant-native", "ಟಿಕ್ಕೋಲೋ ಉಪ್ಪು ಚಿಪ್ಸ್ ದಾವಣಗೆರೆ ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಖಾಲಿ ಆಗಿದೆ", "DVG-03", TS40)
r("kn", "variant-loan", "ಶ್ರೀ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಡೋಲ್ಮಿರೋ ಚಾಕೊಲೇಟ್ 150 ಗ್ರಾಂ ಸಿಗುತ್ತಿಲ್ಲ", "DVG-01", DC150)
r("kn", "variant-native", "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಡೋಲ್ಮಿರೋ ಏಲಕ್ಕಿ ಬಿಸ್ಕತ್ ಇಲ್ಲ", "DVG-02", DE75)
r("kn", "variant-native", "Tikkolo ಟೊಮೆಟೊ 40 ಗ್ರಾಂ ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ದಾವಣಗೆರೆಯಲ್ಲಿ ಇಲ್ಲ", "DVG-03", TT40)
n("kn", "found", "ಶ್ರೀ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಮಾರ್ವೋಸಾ ಮಾವು ಸಿಕ್ಕಿತು")
n("kn", "question", "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ನಲ್ಲಿ ಟಿಕ್ಕೋಲೋ ಮಸಾಲೆ ಇದೆಯಾ?")
n("kn", "fruit-not-product", "ದಾವಣಗೆರೆ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಈ ಸಲ ಮಾವಿನ ಹಣ್ಣು ಖಾಲಿ")
n("kn", "other-brand", "ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಬೇರೆ ಕಂಪನಿಯ ಕಿತ್ತಳೆ ಜ್ಯೂಸ್ ಇಲ್ಲ, ಮಾರ್ವೋಸಾ ಕಿತ್ತಳೆ ಇದೆ")
n("kn", "new-stock", "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಗೆ ಡೋಲ್ಮಿರೋ ಬೆಣ್ಣೆ ಬಿಸ್ಕತ್ ಹೊಸ ಸ್ಟಾಕ್ ಬಂದಿದೆ")
n("kn", "praise", "ಡೋಲ್ಮಿರೋ ಚಾಕೊಲೇಟ್ ಬಿಸ್ಕತ್ ತುಂಬಾ ರುಚಿ")
n("kn", "past", "ಹೋದ ವರ್ಷ ಮಾರ್ವೋಸಾ ನಿಂಬೆ ಸಿಗುತ್ತಿರಲಿಲ್ಲ, ಈಗ ಎಲ್ಲಾ ಅಂಗಡಿಯಲ್ಲೂ ಇದೆ")
# Malayalam (Kannur)
r("ml", "native-city-case", "കണ്ണൂരിൽ താണയിലെ ഫാത്തിമ സ്റ്റോഴ്സിൽ മാർവോസ മാങ്ങ 250 മില്ലി ഇല്ല", "KNR-01", MM250)
r("ml", "control-variant", "തളാപ്പിലെ ശ്രീ കൃഷ്ണ ബേക്കറിയിൽ മാർവോസ നാരങ്ങ തീർന്നു", "KNR-02", ML250)
r("ml", "control-variant", "മലബാർ പ്രൊവിഷൻ സ്റ്റോഴ്സിൽ മാർവോസ ഓറഞ്ച് ൨൫൦ മില്ലി കിട്ടാനില്ല", "KNR-03", MO250)
r("ml", "size-native", "മാർവോസ മാമ്പഴം 1 ലിറ്റർ ഫാത്തിമ സ്റ്റോഴ്സിൽ ഇല്ല", "KNR-01", MM1)
r("ml", "variant-native", "ശ്രീ കൃഷ്ണ ബേക്കറിയിൽ ടിക്കോലോ മസാല 90 ഗ്രാം ഇല്ല", "KNR-02", TM90)
r("ml", "variant-native", "ടിക്കോലോ ഉപ്പ് ചിപ്സ് മലബാർ പ്രൊവിഷൻ സ്റ്റോഴ്സിൽ തീർന്നു", "KNR-03", TS40)
r("ml", "variant-loan", "ഫാത്തിമ സ്റ്റോഴ്സ് താണയിൽ ഡോൾമിറോ ചോക്ലേറ്റ് 150 ഗ്രാം കിട്ടുന്നില്ല", "KNR-01", DC150)
r("ml", "variant-native", "ശ്രീ കൃഷ്ണ ബേക്കറിയിൽ ഡോൾമിറോ ഏലക്കായ ബിസ്കറ്റ് ഇല്ല", "KNR-02", DE75)
r("ml", "variant-native", "Tikkolo തക്കാളി 40 ഗ്രാം കണ്ണൂർ മലബാർ പ്രൊവിഷൻ സ്റ്റോഴ്സിൽ ഇല്ല", "KNR-03", TT40)
n("ml", "found", "ഫാത്തിമ സ്റ്റോഴ്സിൽ മാർവോസ മാങ്ങ കിട്ടി")
n("ml", "question", "ശ്രീ കൃഷ്ണ ബേക്കറിയിൽ ടിക്കോലോ മസാല ഉണ്ടോ?")
n("ml", "fruit-not-product", "കണ്ണൂർ മാർക്കറ്റിൽ ഇത്തവണ മാങ്ങ തീർന്നു")
n("ml", "other-brand", "മലബാർ സ്റ്റോഴ്സിൽ വേറെ കമ്പനിയുടെ ഓറഞ്ച് ജ്യൂസ് ഇല്ല, മാർവോസ ഓറഞ്ച് ഉണ്ട്")
n("ml", "new-stock", "ശ്രീ കൃഷ്ണ ബേക്കറിയിൽ ഡോൾമിറോ വെണ്ണ ബിസ്കറ്റ് പുതിയ സ്റ്റോക്ക് വന്നു")
n("ml", "praise", "ഡോൾമിറോ ചോക്ലേറ്റ് ബിസ്കറ്റ് നല്ല രുചിയാണ്")
n("ml", "past", "കഴിഞ്ഞ വർഷം മാർവോസ നാരങ്ങ കിട്ടാനില്ലായിരുന്നു, ഇപ്പോൾ എല്ലാ കടയിലും ഉണ്ട്")
# Gujarati (Junagadh)
r("gu", "native-city-case", "જૂનાગઢમાં ઝાંઝરડા રોડ પર જલારામ પ્રોવિઝન સ્ટોરમાં માર્વોસા કેરી ૨૫૦ મિલી નથી મળતું", "JND-01", MM250)
r("gu", "control-variant", "મોતીબાગના શ્રી ખોડિયાર જનરલ સ્ટોરમાં માર્વોસા લીંબુ ખલાસ", "JND-02", ML250)
r("gu", "control-variant", "ગિરનાર માર્ટમાં માર્વોસા સંતરા ૨૫૦ મિલી નથી", "JND-03", MO250)
r("gu", "size-native", "માર્વોસા કેરી ૧ લિટર જલારામ પ્રોવિઝનમાં નથી", "JND-01", MM1)
r("gu", "variant-native", "શ્રી ખોડિયાર જનરલ સ્ટોરમાં ટિક્કોલો મસાલા ૯૦ ગ્રામ નથી", "JND-02", TM90)
r("gu", "variant-native", "ટિક્કોલો મીઠાવાળી વેફર ગિરનાર માર્ટ જોષીપુરામાં ખલાસ થઈ ગઈ", "JND-03", TS40)
r("gu", "variant-loan", "જલારામ પ્રોવિઝનમાં ડોલ્મિરો ચોકલેટ ૧૫૦ ગ્રામ મળતું નથી", "JND-01", DC150)
r("gu", "variant-native", "ખોડિયાર જનરલ સ્ટોરમાં ડોલ્મિરો એલચી બિસ્કિટ નથી", "JND-02", DE75)
r("gu", "variant-native", "Tikkolo ટામેટા ૪૦ ગ્રામ ગિરનાર માર્ટમાં નથી", "JND-03", TT40)
n("gu", "found", "જલારામ પ્રોવિઝનમાં માર્વોસા કેરી મળી ગયું")
n("gu", "question", "ખોડિયાર જનરલ સ્ટોરમાં ટિક્કોલો મસાલા છે?")
n("gu", "fruit-not-product", "જૂનાગઢની બજારમાં કેસર કેરી ખલાસ થઈ ગઈ")
n("gu", "other-brand", "ગિરનાર માર્ટમાં બીજી કંપનીનો સંતરા જ્યુસ નથી, માર્વોસા સંતરા છે")
n("gu", "new-stock", "ખોડિયાર જનરલ સ્ટોરમાં ડોલ્મિરો માખણ બિસ્કિટનો નવો સ્ટોક આવ્યો")
n("gu", "praise", "ડોલ્મિરો ચોકલેટ બિસ્કિટ બહુ સરસ છે")
n("gu", "past", "ગયા ઉનાળે માર્વોસા લીંબુ મળતું નહોતું, હવે દરેક દુકાનમાં છે")
# Punjabi, Gurmukhi (Bathinda)
r("pa", "native-city-case", "ਬਠਿੰਡੇ ਵਿੱਚ ਪਾਵਰ ਹਾਊਸ ਰੋਡ ਤੇ ਗੁਰੂ ਕਿਰਪਾ ਕਰਿਆਨਾ ਸਟੋਰ ਵਿੱਚ ਮਾਰਵੋਸਾ ਅੰਬ 250 ਮਿ.ਲੀ ਨਹੀਂ ਮਿਲ ਰਿਹਾ", "BTI-01", MM250)
r("pa", "control-variant", "ਮਾਲ ਰੋਡ ਬਾਂਸਲ ਜਨਰਲ ਸਟੋਰ ਤੇ ਮਾਰਵੋਸਾ ਨਿੰਬੂ ਖ਼ਤਮ ਹੋ ਗਿਆ", "BTI-02", ML250)
r("pa", "control-variant", "ਵਾਹਿਗੁਰੂ ਬੇਕਰੀ ਵਿੱਚ ਮਾਰਵੋਸਾ ਸੰਤਰਾ ੨੫੦ ਮਿ.ਲੀ ਨਹੀਂ ਹੈ", "BTI-03", MO250)
r("pa", "size-native", "ਮਾਰਵੋਸਾ ਅੰਬ ੧ ਲੀਟਰ ਗੁਰੂ ਕਿਰਪਾ ਕਰਿਆਨਾ ਸਟੋਰ ਤੇ ਨਹੀਂ", "BTI-01", MM1)
r("pa", "variant-native", "ਬਾਂਸਲ ਜਨਰਲ ਸਟੋਰ ਵਿੱਚ ਟਿੱਕੋਲੋ ਮਸਾਲਾ 90 ਗ੍ਰਾਮ ਨਹੀਂ ਹੈ", "BTI-02", TM90)
r("pa", "variant-native", "ਟਿੱਕੋਲੋ ਲੂਣ ਵਾਲੇ ਚਿਪਸ ਵਾਹਿਗੁਰੂ ਬੇਕਰੀ ਅਜੀਤ ਰੋਡ ਤੇ ਖ਼ਤਮ", "BTI-03", TS40)
r("pa", "variant-loan", "ਗੁਰੂ ਕਿਰਪਾ ਕਰਿਆਨਾ ਸਟੋਰ ਵਿੱਚ ਡੋਲਮਿਰੋ ਚਾਕਲੇਟ 150 ਗ੍ਰਾਮ ਨਹੀਂ ਮਿਲਦਾ", "BTI-01", DC150)
r("pa", "variant-native", "ਬਾਂਸਲ ਜਨਰਲ ਸਟੋਰ ਵਿੱਚ ਡੋਲਮਿਰੋ ਇਲਾਇਚੀ ਬਿਸਕੁਟ ਨਹੀਂ ਹਨ", "BTI-02", DE75)
r("pa", "variant-native", "Tikkolo ਟਮਾਟਰ 40 ਗ੍ਰਾਮ ਵਾਹਿਗੁਰੂ ਬੇਕਰੀ ਵਿੱਚ ਨਹੀਂ", "BTI-03", TT40)
n("pa", "found", "ਗੁਰੂ ਕਿਰਪਾ ਕਰਿਆਨਾ ਸਟੋਰ ਤੋਂ ਮਾਰਵੋਸਾ ਅੰਬ ਮਿਲ ਗਿਆ")
n("pa", "question", "ਬਾਂਸਲ ਜਨਰਲ ਸਟੋਰ ਵਿੱਚ ਟਿੱਕੋਲੋ ਮਸਾਲਾ ਹੈ?")
n("pa", "fruit-not-product", "ਬਠਿੰਡੇ ਦੀ ਮੰਡੀ ਵਿੱਚ ਐਤਕੀਂ ਅੰਬ ਖ਼ਤਮ ਹੋ ਗਏ")
n("pa", "other-brand", "ਵਾਹਿਗੁਰੂ ਬੇਕਰੀ ਵਿੱਚ ਹੋਰ ਕੰਪਨੀ ਦਾ ਸੰਤਰਾ ਜੂਸ ਨਹੀਂ, ਮਾਰਵੋਸਾ ਸੰਤਰਾ ਹੈ")
n("pa", "new-stock", "ਬਾਂਸਲ ਜਨਰਲ ਸਟੋਰ ਵਿੱਚ ਡੋਲਮਿਰੋ ਮੱਖਣ ਬਿਸਕੁਟ ਦਾ ਨਵਾਂ ਸਟਾਕ ਆ ਗਿਆ")
n("pa", "praise", "ਡੋਲਮਿਰੋ ਚਾਕਲੇਟ ਬਿਸਕੁਟ ਬਹੁਤ ਸੁਆਦ ਹਨ")
n("pa", "past", "ਪਿਛਲੀ ਗਰਮੀ ਮਾਰਵੋਸਾ ਨਿੰਬੂ ਨਹੀਂ ਮਿਲਦਾ ਸੀ, ਹੁਣ ਹਰ ਦੁਕਾਨ ਤੇ ਹੈ")
# Odia (Balasore, Baleswar in Odia)
r("or", "native-city-case", "ବାଲେଶ୍ୱରରେ ମୋତିଗଞ୍ଜର ମା ତାରିଣୀ ଷ୍ଟୋରରେ ମାର୍ଭୋସା ଆମ୍ବ ୨୫୦ ମି.ଲି ମିଳୁନାହିଁ", "BLS-01", MM250)
r("or", "control-variant", "ସହଦେବଖୁଣ୍ଟା ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ମାର୍ଭୋସା ଲେମ୍ବୁ ସରିଗଲା", "BLS-02", ML250)
r("or", "control-variant", "ଉତ୍କଳ ଜେନେରାଲ ଷ୍ଟୋରରେ ମାର୍ଭୋସା କମଳା ୨୫୦ ମି.ଲି ନାହିଁ", "BLS-03", MO250)
r("or", "size-native", "ମାର୍ଭୋସା ଆମ୍ବ ୧ ଲିଟର ମା ତାରିଣୀ ଷ୍ଟୋରରେ ନାହିଁ", "BLS-01", MM1)
r("or", "variant-native", "ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ଟିକ୍କୋଲୋ ମସଲା ୯୦ ଗ୍ରାମ ନାହିଁ", "BLS-02", TM90)
r("or", "variant-native", "ଟିକ୍କୋଲୋ ଲୁଣିଆ ଚିପ୍ସ ଉତ୍କଳ ଜେନେରାଲ ଷ୍ଟୋରରେ ସରିଗଲା", "BLS-03", TS40)
r("or", "variant-loan", "ମା ତାରିଣୀ ଷ୍ଟୋରରେ ଡୋଲମିରୋ ଚକଲେଟ ୧୫୦ ଗ୍ରାମ ମିଳୁନାହିଁ", "BLS-01", DC150)
r("or", "variant-native", "ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ଡୋଲମିରୋ ଅଳେଇଚ ବିସ୍କୁଟ ନାହିଁ", "BLS-02", DE75)
r("or", "variant-native", "Tikkolo ଟମାଟୋ ୪୦ ଗ୍ରାମ ଉତ୍କଳ ଜେନେରାଲ ଷ୍ଟୋରରେ ନାହିଁ", "BLS-03", TT40)
n("or", "found", "ମା ତାରିଣୀ ଷ୍ଟୋରରେ ମାର୍ଭୋସା ଆମ୍ବ ମିଳିଗଲା")
n("or", "question", "ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ଟିକ୍କୋଲୋ ମସଲା ଅଛି କି?")
n("or", "fruit-not-product", "ବାଲେଶ୍ୱର ବଜାରରେ ଏଥର ଆମ୍ବ ସରିଗଲା")
n("or", "other-brand", "ଉତ୍କଳ ଜେନେରାଲ ଷ୍ଟୋରରେ ଅନ୍ୟ କମ୍ପାନୀର କମଳା ଜୁସ ନାହିଁ, ମାର୍ଭୋସା କମଳା ଅଛି")
n("or", "new-stock", "ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ଡୋଲମିରୋ ଲହୁଣୀ ବିସ୍କୁଟର ନୂଆ ଷ୍ଟକ ଆସିଛି")
n("or", "praise", "ଡୋଲମିରୋ ଚକଲେଟ ବିସ୍କୁଟ ବହୁତ ସ୍ୱାଦିଷ୍ଟ")
n("or", "past", "ଗତ ବର୍ଷ ମାର୍ଭୋସା ଲେମ୍ବୁ ମିଳୁ ନଥିଲା, ଏବେ ସବୁ ଦୋକାନରେ ଅଛି")
# Urdu, Perso-Arabic (Malegaon)
r("ur", "native-city-case", "مالیگاؤں میں قدوائی روڈ کے نورانی جنرل اسٹور میں مارووسا آم ۲۵۰ ملی نہیں مل رہا", "MLG-01", MM250)
r("ur", "control-variant", "اسلام پورہ کے المدینہ کرانہ میں مارووسا لیموں ختم ہو گیا", "MLG-02", ML250)
r("ur", "control-variant", "رضا بیکری میں مارووسا سنترہ ۲۵۰ ملی نہیں ہے", "MLG-03", MO250)
r("ur", "size-native", "مارووسا آم ۱ لیٹر نورانی جنرل اسٹور میں نہیں ہے", "MLG-01", MM1)
r("ur", "variant-native", "المدینہ کرانہ میں ٹکولو مصالحہ ۹۰ گرام نہیں ہے", "MLG-02", TM90)
r("ur", "variant-native", "ٹکولو نمکین چپس رضا بیکری مومن پورہ میں ختم ہیں", "MLG-03", TS40)
r("ur", "variant-loan", "نورانی جنرل اسٹور میں ڈولمیرو چاکلیٹ ۱۵۰ گرام نہیں مل رہا", "MLG-01", DC150)
r("ur", "variant-native", "المدینہ کرانہ میں ڈولمیرو الائچی بسکٹ نہیں ہیں", "MLG-02", DE75)
r("ur", "variant-native", "Tikkolo ٹماٹر ۴۰ گرام رضا بیکری میں نہیں ہے", "MLG-03", TT40)
n("ur", "found", "نورانی جنرل اسٹور میں مارووسا آم مل گیا، شکریہ")
n("ur", "question", "کیا المدینہ کرانہ میں ٹکولو مصالحہ ہے؟")
n("ur", "fruit-not-product", "مالیگاؤں کی منڈی میں اس بار آم ختم ہو گئے")
n("ur", "other-brand", "رضا بیکری میں دوسری کمپنی کا سنترہ جوس نہیں ہے، مارووسا سنترہ موجود ہے")
n("ur", "new-stock", "المدینہ کرانہ میں ڈولمیرو مکھن بسکٹ کا نیا اسٹاک آ گیا")
n("ur", "praise", "ڈولمیرو چاکلیٹ بسکٹ بہت مزیدار ہیں")
n("ur", "past", "پچھلی گرمیوں میں مارووسا لیموں نہیں ملتا تھا، اب ہر دکان پر ہے")
# Manipuri, Meetei Mayek (Imphal)
r("mni", "native-shop", "ꯊꯥꯡꯒꯜ ꯕꯥꯖꯥꯔꯗ ꯂꯩꯃ ꯁ꯭ꯇꯣꯔꯗ ꯃꯥꯔꯚꯣꯁꯥ ꯃꯦꯡꯒꯣ ꯂꯩꯇꯦ", "IMP-01", None)
r("mni", "native-shop", "ꯂꯩꯃ ꯁ꯭ꯇꯣꯔꯗ ꯇꯤꯛꯀꯣꯂꯣ ꯃꯁꯥꯂꯥ ꯂꯩꯇꯦ", "IMP-01", None)
n("mni", "found", "ꯂꯩꯃ ꯁ꯭ꯇꯣꯔꯗ ꯃꯥꯔꯚꯣꯁꯥ ꯃꯦꯡꯒꯣ ꯂꯩ")
n("mni", "praise", "ꯗꯣꯂꯃꯤꯔꯣ ꯆꯣꯀꯂꯦꯠ ꯕꯤꯁꯀꯨꯠ ꯑꯁꯦꯡꯕ ꯃꯍꯤꯛ ꯂꯩ")
n("mni", "praise", "ꯃꯥꯔꯚꯣꯁꯥ ꯃꯦꯡꯒꯣ ꯑꯁꯤ ꯌꯥꯝꯅ ꯑꯐꯕ")
# Santali, Ol Chiki (Jamshedpur)
r("sat", "native-shop", "ᱥᱟᱠᱪᱤ ᱨᱮᱱᱟᱜ ᱢᱟᱨᱟᱝ ᱵᱩᱨᱩ ᱥᱴᱳᱨ ᱨᱮ ᱢᱟᱨᱣᱳᱥᱟ ᱢᱮᱝᱜᱳ ᱵᱟᱹᱱᱩᱜᱼᱟ", "JSR-01", None)
r("sat", "native-shop", "ᱢᱟᱨᱟᱝ ᱵᱩᱨᱩ ᱥᱴᱳᱨ ᱨᱮ ᱴᱤᱠᱠᱳᱞᱳ ᱢᱚᱥᱞᱟ ᱵᱟᱹᱱᱩᱜᱼᱟ", "JSR-01", None)
n("sat", "found", "ᱢᱟᱨᱟᱝ ᱵᱩᱨᱩ ᱥᱴᱳᱨ ᱨᱮ ᱢᱟᱨᱣᱳᱥᱟ ᱢᱮᱝᱜᱳ ᱢᱮᱱᱟᱜᱼᱟ")
n("sat", "praise", "ᱰᱳᱞᱢᱤᱨᱳ ᱪᱚᱠᱞᱮᱴ ᱵᱤᱥᱠᱩᱴ ᱟᱹᱰᱤ ᱥᱟᱹᱵᱟᱹᱥ")

# a flavour written as the script writes the English word, and more non-reports naming a product in the script
r("hi", "variant-loan", "मार्वोसा ऑरेंज २५० मिली गुप्ता जनरल स्टोर में नहीं है", "MTR-02", MO250)
r("bn", "variant-loan", "মার্ভোসা ম্যাঙ্গো ২৫০ মিলি ঘোষ স্টোর্সে নেই", "KGP-02", MM250)
r("ta", "variant-loan", "மார்வோசா லெமன் 250 மி.லி வேலன் பேக்கரியில் இல்லை", "ERD-03", ML250)
r("te", "variant-loan", "మార్వోసా ఆరెంజ్ 250 మి.లీ శ్రీ వెంకటేశ్వర కిరాణాలో లేదు", "NLG-01", MO250)
r("kn", "variant-loan", "ಟಿಕ್ಕೋಲೋ ಕ್ಲಾಸಿಕ್ ಸಾಲ್ಟೆಡ್ 40 ಗ್ರಾಂ ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ನಲ್ಲಿ ಇಲ್ಲ", "DVG-02", TS40)
r("ml", "variant-loan", "ടിക്കോലോ ക്ലാസിക് 40 ഗ്രാം ഫാത്തിമ സ്റ്റോഴ്സിൽ ഇല്ല", "KNR-01", TS40)
r("gu", "variant-loan", "ટિક્કોલો ક્લાસિક ૪૦ ગ્રામ જલારામ પ્રોવિઝનમાં નથી", "JND-01", TS40)
r("ur", "variant-loan", "ڈولمیرو بٹر بسکٹ ۷۵ گرام نورانی جنرل اسٹور میں نہیں", "MLG-01", DB75)
n("hi", "question", "टिक्कोलो क्लासिक नमकीन चिप्स का नया पैक कैसा है?")
n("bn", "price", "মার্ভোসা ম্যাঙ্গো ১ লিটার এখন ৯০ টাকা হয়ে গেছে")
n("ta", "in-stock", "டிக்கோலோ தக்காளி சிப்ஸ் எப்போதும் ஸ்டாக்கில் இருக்கும்")
n("te", "in-stock", "మార్వోసా మామిడి 1 లీటర్ ఇంకా దొరుకుతుంది")
n("kn", "new-stock", "ಡೋಲ್ಮಿರೋ ಚಾಕೊಲೇಟ್ 150 ಗ್ರಾಂ ಈಗ ಬಂದಿದೆ")
n("gu", "in-stock", "માર્વોસા કેરી ૧ લિટર ભરપૂર સ્ટોકમાં છે")
n("pa", "in-stock", "ਟਿੱਕੋਲੋ ਟਮਾਟਰ ਚਿਪਸ ਹਰ ਦੁਕਾਨ ਤੇ ਮਿਲਦੇ ਹਨ")
n("or", "price", "ମାର୍ଭୋସା ଲେମ୍ବୁ ୨୫୦ ମି.ଲି ଦାମ କେତେ?")

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write("%s,%s,\"%s\",%s,%s,%s,%s,%s,%s\n" % o)
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "s15s-%s-%02d" % (lang, count[lang])
        mention = {"id": mid, "source": SOURCES[i % 5], "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 6, 6 + i % 14, i % 60),
                   "author": {"id": "u-s15s%03d" % i, "handle": "script15_%03d" % i, "display_name": None, "location": None,
                              "followers": 3 + i % 40},
                   "text": text, "lang": None, "geo": None, "is_repost": False}
        label = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": outlet if so else None,
                 "city": city if so else None, "locality": LOC_OF.get(outlet) if so and outlet else None,
                 "category": cat, "lang": lang}
        fm.write(json.dumps(mention, ensure_ascii=False) + "\n")
        fl.write(json.dumps(label, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", sum(1 for x in M if not x[2]), "non-reports")
