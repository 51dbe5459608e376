# Writes the "sense16-probe" labelled set (session 16, issue 14): is the brand word the product or an ordinary word,
# read from the post's grammar and its product evidence, for brand words no list knows. Written before any rule of
# the session changed and scored on the untouched code; a development set.
# Five invented brands whose names are everyday words of five languages, none of them in catalog/everyday-senses.tsv:
# Rahat (a pain balm; Hindi/Urdu "relief"), Ginhawa (a liniment oil; Tagalog "relief, ease, comfort"), Inimai (palm
# jaggery candy; Tamil "sweetness"), Kusog (an energy drink; Cebuano "strong, loud, strength") and Maja (masala chips;
# Marathi/Hindi/Bengali/Telugu "fun, enjoyment"). Twelve outlets in Shahjahanpur, Beed, Jhargram, Kovilpatti,
# San Pablo and Bogo. Invented look-alike names the catalog does not track: Rahmat (attar), Raahi (bags), Ginhawaan
# (a spa), Inimaiyaal (sweets shop brand), Kasog (coffee), Moja (socks), Maza (mango drink), Majestik (chips).
# Categories: the brand with product evidence (capital, size, product word, shop, price, hashtag); the brand lower
# case with product evidence; the brand lower case and misspelt beside its product words; the everyday word in the
# post's grammar (determiners, particles, case markers, possessives, verbs and adjectives); the everyday word in a
# post that also names a shop; look-alikes with their own product words. Written from the writer's knowledge of
# how people write these languages, not from any labelled set.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("SJP-01", "Trivedi Kirana", "Sadar Bazar, Shahjahanpur 242001", "Sadar Bazar", "Shahjahanpur", "Uttar Pradesh", "India", 27.8830, 79.9120),
 ("SJP-02", "Zaidi Medical Hall", "Bahadurganj, Shahjahanpur 242001", "Bahadurganj", "Shahjahanpur", "Uttar Pradesh", "India", 27.8790, 79.9050),
 ("BED-01", "Kshirsagar Kirana", "Subhash Road, Beed 431122", "Subhash Road", "Beed", "Maharashtra", "India", 18.9890, 75.7600),
 ("BED-02", "Gaikwad Provision", "Shivaji Nagar, Beed 431122", "Shivaji Nagar", "Beed", "Maharashtra", "India", 18.9950, 75.7550),
 ("JHG-01", "Hembram Stores", "Bachurdoba, Jhargram 721507", "Bachurdoba", "Jhargram", "West Bengal", "India", 22.4500, 86.9950),
 ("JHG-02", "Hansda Bhandar", "Station Road, Jhargram 721507", "Station Road", "Jhargram", "West Bengal", "India", 22.4550, 86.9900),
 ("KVP-01", "Pechimuthu Stores", "Main Road, Kovilpatti 628501", "Main Road", "Kovilpatti", "Tamil Nadu", "India", 9.1720, 77.8690),
 ("KVP-02", "Karuppasamy Provision", "Ettayapuram Road, Kovilpatti 628501", "Ettayapuram Road", "Kovilpatti", "Tamil Nadu", "India", 9.1680, 77.8760),
 ("SPL-01", "Aling Charing Store", "San Roque, San Pablo", "San Roque", "San Pablo", "Laguna", "Philippines", 14.0690, 121.3250),
 ("SPL-02", "Dimaculangan Minimart", "Del Remedio, San Pablo", "Del Remedio", "San Pablo", "Laguna", "Philippines", 14.0750, 121.3180),
 ("BOG-01", "Manang Diding Store", "Poblacion, Bogo", "Poblacion", "Bogo", "Cebu", "Philippines", 11.0517, 124.0055),
 ("BOG-02", "Pacana Grocery", "Cayang, Bogo", "Cayang", "Bogo", "Cebu", "Philippines", 11.0450, 124.0100),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Rahat", "aliases": ["Rahat", "राहत", "راحت", "#rahat", "@rahatbalm"],
  "category_words": ["balm", "pain balm"],
  "products": [
   {"sku": "RHT-BALM-10G", "name": "Rahat Pain Balm 10 g", "aliases": []},
   {"sku": "RHT-BALM-25G", "name": "Rahat Pain Balm 25 g", "aliases": []}]},
 {"brand": "Ginhawa", "aliases": ["Ginhawa", "#ginhawa", "@ginhawaoil"],
  "category_words": ["liniment", "oil"],
  "products": [
   {"sku": "GNH-LIN-50ML", "name": "Ginhawa Liniment 50 ml", "aliases": []},
   {"sku": "GNH-LIN-100ML", "name": "Ginhawa Liniment 100 ml", "aliases": []}]},
 {"brand": "Inimai", "aliases": ["Inimai", "இனிமை", "#inimai", "@inimaisweets"],
  "category_words": ["jaggery", "candy"],
  "products": [
   {"sku": "INM-CAN-100G", "name": "Inimai Jaggery Candy 100 g", "aliases": []},
   {"sku": "INM-PALM-500G", "name": "Inimai Palm Jaggery 500 g", "aliases": []}]},
 {"brand": "Kusog", "aliases": ["Kusog", "#kusog", "@kusogdrink"],
  "category_words": ["energy drink", "drink"],
  "products": [
   {"sku": "KSG-ORG-250ML", "name": "Kusog Energy Drink Original 250 ml", "aliases": []},
   {"sku": "KSG-MNG-250ML", "name": "Kusog Energy Drink Mango 250 ml", "aliases": []}]},
 {"brand": "Maja", "aliases": ["Maja", "मजा", "#maja", "@majachips"],
  "category_words": ["chips", "wafers"],
  "products": [
   {"sku": "MAJ-MAS-50G", "name": "Maja Masala Chips 50 g", "aliases": []},
   {"sku": "MAJ-SLT-50G", "name": "Maja Salted Chips 50 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("trivedi", "SJP-01"), ("zaidi", "SJP-02"), ("kshirsagar", "BED-01"), ("gaikwad", "BED-02"),
        ("hembram", "JHG-01"), ("hansda", "JHG-02"), ("pechimuthu", "KVP-01"), ("karuppasamy", "KVP-02"),
        ("aling charing", "SPL-01"), ("dimaculangan", "SPL-02"), ("manang diding", "BOG-01"), ("pacana", "BOG-02"),
        ("त्रिवेदी", "SJP-01"), ("क्षीरसागर", "BED-01"), ("হেমব্রম", "JHG-01"), ("பேச்சிமுத்து", "KVP-01"), ("زیدی", "SJP-02")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

# true reports: the brand named with product evidence (capital, size, product word, shop, price, hashtag)
for text, sku, lang in [
    ("Rahat balm out of stock at Trivedi Kirana Sadar Bazar", None, "en"),
    ("Trivedi Kirana mein Rahat pain balm 25g khatam ho gaya", "RHT-BALM-25G", "hi-latn"),
    ("Zaidi Medical Hall pe Rahat balm nahi mila, kal se dhundh raha hoon", None, "hi-latn"),
    ("त्रिवेदी किराना में राहत बाम नहीं है", None, "hi"),
    ("Zaidi Medical Hall par Rahat 10 gm wali dibbi khatam hai", "RHT-BALM-10G", "ur-latn"),
    ("Rahat ka 25 gram wala balm stock mein nahi Trivedi Kirana", "RHT-BALM-25G", "hi-latn"),
    ("#rahat balm sold out at Zaidi Medical Hall Bahadurganj", None, "en"),
    ("Sar dard mein Rahat hi chalta hai aur Zaidi Medical Hall pe Rahat balm khatam", None, "hi-latn"),
    ("زیدی میڈیکل ہال پر راحت بام ختم ہو گیا", None, "ur"),
    ("Ginhawa liniment out of stock sa Aling Charing Store", None, "taglish"),
    ("Wala nang Ginhawa liniment 100ml sa Dimaculangan Minimart", "GNH-LIN-100ML", "tl"),
    ("Ubos na ang Ginhawa oil sa Aling Charing Store, San Roque", None, "tl"),
    ("Nag-ikot ako, walang Ginhawa 50ml sa Dimaculangan Minimart", "GNH-LIN-50ML", "tl"),
    ("Walay Ginhawa liniment sa Manang Diding Store", None, "ceb"),
    ("Ginhawa liniment P85 dati, ngayon wala na stock sa Aling Charing Store", None, "tl"),
    ("Inimai jaggery candy out of stock at Pechimuthu Stores", None, "en"),
    ("Pechimuthu Stores la Inimai candy illa", None, "ta-latn"),
    ("Karuppasamy Provision la Inimai palm jaggery 500g stock illa", "INM-PALM-500G", "ta-latn"),
    ("பேச்சிமுத்து ஸ்டோர்ஸ்ல இனிமை கருப்பட்டி மிட்டாய் இல்லை", None, "ta"),
    ("Inimai 100g candy packet theernthu pochu Pechimuthu Stores la", "INM-CAN-100G", "ta-latn"),
    ("#inimai jaggery candy kidaikala Karuppasamy Provision", None, "ta-latn"),
    ("Kusog energy drink out of stock sa Manang Diding Store", None, "ceb"),
    ("Walay Kusog energy drink sa Pacana Grocery, nahurot na", None, "ceb"),
    ("Nahurot na ang Kusog mango 250ml sa Manang Diding Store", "KSG-MNG-250ML", "ceb"),
    ("Pacana Grocery: Kusog original wala na stock", "KSG-ORG-250ML", "ceb"),
    ("Wala na Kusog drink sa Manang Diding Store Poblacion", None, "ceb"),
    ("Wala nang Kusog energy drink sa Dimaculangan Minimart", None, "tl"),
    ("Maja chips out of stock at Kshirsagar Kirana", None, "en"),
    ("Kshirsagar Kirana madhe Maja masala chips sampale", "MAJ-MAS-50G", "mr-latn"),
    ("Gaikwad Provision la Maja chips nahi milale", None, "mr-latn"),
    ("क्षीरसागर किराणा मध्ये मजा चिप्स संपले", None, "mr"),
    ("Maja salted chips khatam hai Trivedi Kirana mein", "MAJ-SLT-50G", "hi-latn"),
    ("Hembram Stores e Maja chips nei", None, "bn-latn"),
    ("#maja chips gone at Gaikwad Provision Shivaji Nagar", None, "en"),
    ("Maja wafers ₹10 wale sampale Kshirsagar Kirana madhe", None, "mr-latn"),
    ("Hansda Bhandar e Rahat balm nei, kal theke khujchi", None, "bn-latn"),
    ("Hembram Stores e Maja masala chips sesh", "MAJ-MAS-50G", "bn-latn"),
    ("হেমব্রম স্টোর্সে মজা চিপস নেই", None, "bn"),
    ("Rahat balm ledu Hansda Bhandar lo", None, "te-latn"),
    ("Kusog energy drink no stock at Pacana Grocery Cayang", None, "en"),
    ("Need Rahat balm urgently, Zaidi Medical Hall has none", None, "en"),
    ("Ginhawa liniment sold out in Dimaculangan Minimart, Del Remedio", None, "en"),
    ("Inimai palm jaggery is missing from the shelf at Karuppasamy Provision", None, "en"),
    ("Trivedi Kirana: Rahat balm 10g ka stock khatam, doosra brand de rahe", "RHT-BALM-10G", "hi-latn"),
    ("Ubos na po ang Ginhawa sa Aling Charing Store, liniment po yung hanap ko", None, "tl"),
    ("Manang Diding Store wala nay Kusog, ang energy drink nga orange", None, "ceb"),
    ("Maja chips cha stock sampla Gaikwad Provision madhe", None, "mr-latn"),
    ("Hansda Bhandar e Maja chips er packet nei", None, "bn-latn"),
    ("Karuppasamy Provision la Inimai kadalai mittai candy illa", None, "ta-latn"),
]:
    r(text, shop(text), True, sku, "brand-product", lang)

# true reports: the brand lower case, with product evidence
for text, sku, lang in [
    ("rahat balm nahi mila trivedi kirana pe", None, "hi-latn"),
    ("zaidi medical hall pe rahat 25g khatam", "RHT-BALM-25G", "hi-latn"),
    ("rahat wala balm khatam hai zaidi medical hall mein", None, "hi-latn"),
    ("ginhawa liniment wala na sa aling charing store", None, "tl"),
    ("ubos na ginhawa 100ml sa dimaculangan minimart", "GNH-LIN-100ML", "tl"),
    ("walay ginhawa oil sa manang diding store", None, "ceb"),
    ("inimai candy illa pechimuthu stores la", None, "ta-latn"),
    ("karuppasamy provision la inimai jaggery stock illa", None, "ta-latn"),
    ("kusog energy drink nahurot sa pacana grocery", None, "ceb"),
    ("walay kusog mango sa manang diding store", "KSG-MNG-250ML", "ceb"),
    ("kusog drink out of stock pacana grocery", None, "en"),
    ("maja chips sampale kshirsagar kirana madhe", None, "mr-latn"),
    ("gaikwad provision la maja masala chips nahi", "MAJ-MAS-50G", "mr-latn"),
    ("hembram stores e maja chips nei", None, "bn-latn"),
    ("maja salted chips khatam trivedi kirana", "MAJ-SLT-50G", "hi-latn"),
    ("restock rahat balm at zaidi medical hall pls, none left", None, "en"),
    ("ginhawa liniment out of stock dimaculangan minimart", None, "taglish"),
    ("inimai jaggery candy sold out pechimuthu stores", None, "en"),
]:
    r(text, shop(text), True, sku, "lower-product", lang)

# true reports: the brand lower case and misspelt beside its product words
for text, sku, lang in [
    ("rahath balm nahi mila zaidi medical hall pe", None, "hi-latn"),
    ("raahat balm khatam trivedi kirana mein", None, "hi-latn"),
    ("rahat pain bam nahi hai zaidi medical hall", None, "hi-latn"),
    ("ginhwa liniment wala na sa aling charing store", None, "tl"),
    ("ginahawa liniment ubos na sa dimaculangan minimart", None, "tl"),
    ("ginhawa linament walay stock sa manang diding store", None, "ceb"),
    ("inimay candy illa pechimuthu stores la", None, "ta-latn"),
    ("inimaai jaggery candy stock illa karuppasamy provision", None, "ta-latn"),
    ("kusug energy drink nahurot sa pacana grocery", None, "ceb"),
    ("kosog energy drink walay stock sa manang diding store", None, "ceb"),
    ("kusog enrgy drink out of stock pacana grocery", None, "en"),
    ("majja chips sampale kshirsagar kirana", None, "mr-latn"),
    ("maaja masala chips nahi gaikwad provision la", None, "mr-latn"),
    ("mja chips nei hembram stores e", None, "bn-latn"),
    ("rahatt balm out of stock at zaidi medical hall", None, "en"),
    ("ginhawa lineament sold out sa aling charing store", None, "taglish"),
    ("innimai jaggery candy kidaikala pechimuthu stores", None, "ta-latn"),
    ("kusog enerji drink wala na sa pacana grocery", None, "ceb"),
    ("rahaat balm stock me nahi trivedi kirana", None, "hi-latn"),
    ("maajaa chips sampale gaikwad provision", None, "mr-latn"),
]:
    r(text, shop(text), True, sku, "misspelt-product", lang)

# the everyday word in the post's grammar (never reports)
for text, lang in [
    # Hindi/Urdu rahat: relief
    ("Garmi se koi rahat nahi mil rahi aaj", "hi-latn"),
    ("Dawai li par dard mein rahat nahi hai", "hi-latn"),
    ("Baarish ke baad thodi rahat mili, par bijli nahi hai", "hi-latn"),
    ("Mehngai se aam aadmi ko rahat nahi, sarkar so rahi hai", "hi-latn"),
    ("Is khabar se badi rahat mili", "hi-latn"),
    ("Logon ko rahat kab milegi? Paani abhi bhi nahi aaya", "hi-latn"),
    ("Meri rahat ki saans tab aayi jab result aaya", "hi-latn"),
    ("Rahat ki baat hai ki koi ghayal nahi hua", "hi-latn"),
    ("गर्मी से कोई राहत नहीं मिली", "hi"),
    ("बाढ़ पीड़ितों को राहत सामग्री नहीं पहुँची", "hi"),
    ("Sukoon aur rahat dono gayab hain is shehar mein", "ur-latn"),
    ("Dil ko rahat nahi milti bina tumhare", "ur-latn"),
    ("گرمی سے کوئی راحت نہیں", "ur"),
    ("No rahat from this heat even at night", "en"),
    ("Rahat fund ka paisa abhi tak nahi aaya", "hi-latn"),
    ("Bijli wapas aayi, rahat hai, warna raat bhar nahi soye", "hi-latn"),
    # Tagalog ginhawa: relief, ease, comfort
    ("Walang ginhawa sa init ngayong araw", "tl"),
    ("Ang ginhawa ng pakiramdam pag may aircon", "tl"),
    ("Wala na akong ginhawa sa trabaho, puro overtime", "tl"),
    ("Sana may ginhawa na ang buhay natin", "tl"),
    ("Nakaginhawa ako nung dumating ang sahod", "tl"),
    ("Gumaan ang pakiramdam ko, ginhawa talaga", "tl"),
    ("Hirap ng buhay, walang ginhawa kahit kailan", "tl"),
    ("Naginhawaan ako nung umulan, wala na yung init", "tl"),
    ("Ginhawa ng hangin dito sa probinsya, walang traffic", "tl"),
    ("Kailan kaya darating ang ginhawa sa ating bayan", "tl"),
    ("Walay ginhawa ang mga pobre, mahal tanan", "ceb"),
    ("Such ginhawa after the rain, no more heat", "taglish"),
    # Tamil inimai: sweetness
    ("Vaazhkaila inimai illa, vela mattum than", "ta-latn"),
    ("Intha paattoda inimai vera level", "ta-latn"),
    ("Un pechula inimai illa da", "ta-latn"),
    ("Payasam la inimai pathala, sugar podu", "ta-latn"),
    ("வாழ்க்கையில் இனிமை இல்லை", "ta"),
    ("இந்த பாட்டின் இனிமை அருமை", "ta"),
    ("Pongal inimaiya irukku, aana sarkarai illa veetla", "ta-latn"),
    ("Inimaiyana naal, mazhai illa, current illa aanalum happy", "ta-latn"),
    ("Thamizh mozhiyin inimai yaarukkum theriyala", "ta-latn"),
    ("So much inimai in her voice, no words", "en"),
    # Cebuano/Tagalog kusog: strong, loud, strength
    ("Kusog kaayo ang ulan diri, walay kuryente", "ceb"),
    ("Walay kusog ang signal diri sa among balay", "ceb"),
    ("Dili kusog ang wifi, hinay kaayo", "ceb"),
    ("Nawad-an ko og kusog human sa trabaho", "ceb"),
    ("Kusog ang hangin, walay klase ugma", "ceb"),
    ("Ang kusog sa sound sa silingan, dili ko katulog", "ceb"),
    ("Kusog kaayo siya mokaon, nahurot ang kan-on", "ceb"),
    ("Mikusog ang baha, walay agian", "ceb"),
    ("Walay kusog akong lawas karon, hilanat", "ceb"),
    ("Ang kusog ng ulan, walang pasok bukas", "tl"),
    ("Kusog ug tingog ang pari pero walay nakadungog", "ceb"),
    ("Pakusog sa radyo, wala koy madungog", "ceb"),
    # Marathi/Hindi/Bengali/Telugu maja: fun
    ("Aaj pavsat maja aali, light nahi tari", "mr-latn"),
    ("Picture madhe kahi maja nahi, bor zhala", "mr-latn"),
    ("Maja nahi aaya is match mein", "hi-latn"),
    ("Kal party mein bahut maja aaya, khana khatam ho gaya tha", "hi-latn"),
    ("Shala band, porana khup maja kartayet", "mr-latn"),
    ("आज खूप मजा आली", "mr"),
    ("पिक्चर में मजा नहीं आया", "hi"),
    ("Khub moja holo kal, kintu current chilo na", "bn-latn"),
    ("Ei cinema te kono maja nei", "bn-latn"),
    ("Trip lo maja ledu, rain vachindi", "te-latn"),
    ("Life mein maja hi nahi raha, sab khatam", "hi-latn"),
    ("Mazaa nahi, maja nahi, kuch nahi bacha weekend mein", "hi-latn"),
    ("Gelo mela te giye maja pelam na, bhir khub", "bn-latn"),
    ("Maja gheto ahe sutti chi, office nahi", "mr-latn"),
    ("আজ খুব মজা হলো, কিন্তু কারেন্ট নেই", "bn"),
    ("Exam ayipoyindi, full maja, class ledu", "te-latn"),
    ("The rahat of a cold bath, no power since morning though", "en"),
    ("Thodi si rahat chahiye bas, kaam khatam hi nahi hota", "hi-latn"),
    ("Wala pa ring ginhawa, sobrang init sa bahay", "tl"),
    ("Kusog na kaayo ang hangin, wala nay tawo sa dalan", "ceb"),
    ("Intha ooru la inimai illa, ellam maari pochu", "ta-latn"),
    ("Ya weekend la kahich maja nahi, sagla band", "mr-latn"),
    ("Madhuvin inimai pola un vaarthai, aana tea theernthu pochu", "ta-latn"),
    ("Raahat nahi mili is garmi se, pankha bhi band", "hi-latn"),
    ("Ang ginhawa ko lang ay tulog, wala nang iba", "tl"),
    ("Walay kusog ang bata, wala pa nikaon", "ceb"),
]:
    r(text, None, False, None, "everyday", lang)

# the everyday word in a post that names a shop (never reports; a dispatch here is a false dispatch)
for text, lang in [
    ("Trivedi Kirana ke aage itni bheed, garmi se koi rahat nahi", "hi-latn"),
    ("Zaidi Medical Hall wale ne dawai di par dard mein rahat nahi", "hi-latn"),
    ("Walang ginhawa sa pila sa Aling Charing Store, ang init", "tl"),
    ("Dimaculangan Minimart aircon sira, walang ginhawa", "tl"),
    ("Pechimuthu Stores la vaangina payasam mix la inimai illa", "ta-latn"),
    ("Kusog kaayo ang ulan, sirado ang Manang Diding Store", "ceb"),
    ("Walay kusog ang signal sa Pacana Grocery, dili ka maka-gcash", "ceb"),
    ("Kshirsagar Kirana madhe ranget ubha rahun kahi maja nahi", "mr-latn"),
    ("Hembram Stores er samne adda te aar maja nei", "bn-latn"),
    ("Gaikwad Provision band, aaj kahi maja nahi aali", "mr-latn"),
    ("Karuppasamy Provision owner pechula inimai illa", "ta-latn"),
    ("Aling Charing Store, ang ginhawa ng hangin doon, walang tao", "tl"),
]:
    r(text, None, False, None, "everyday-shop", lang)

# look-alikes: other names a letter away or containing the brand, with their own product words (never reports)
for text, lang in [
    ("Rahmat attar khatam Zaidi Medical Hall pe", "hi-latn"),
    ("Rahmat itr nahi mila Trivedi Kirana mein", "hi-latn"),
    ("Raahi school bag out of stock at Trivedi Kirana", "en"),
    ("Rahatbaksh churan nahi mila Zaidi Medical Hall", "hi-latn"),
    ("Ginhawaan spa closed today, walang masahe", "taglish"),
    ("Ginhawaan massage oil wala sa Aling Charing Store", "tl"),
    ("Inimaiyaal sweets mysore pak illa Pechimuthu Stores la", "ta-latn"),
    ("Inimaiyaal halwa stock illa Karuppasamy Provision", "ta-latn"),
    ("Kasog coffee 3in1 walay stock sa Pacana Grocery", "ceb"),
    ("Kasog kape nahurot sa Manang Diding Store", "ceb"),
    ("Kusogan rice 25kg walay stock sa Pacana Grocery", "ceb"),
    ("Moja socks nei Hembram Stores e", "bn-latn"),
    ("Moja cotton socks out of stock at Hansda Bhandar", "en"),
    ("Maza mango drink khatam Trivedi Kirana", "hi-latn"),
    ("Maza mango drink 600ml nahi mila Kshirsagar Kirana", "hi-latn"),
    ("Majestik wafers sampale Gaikwad Provision la", "mr-latn"),
    ("Majestik potato chips nahi Kshirsagar Kirana madhe", "mr-latn"),
    ("Majha Dairy lassi sampali Gaikwad Provision madhe", "mr-latn"),
    ("Rahatul soap out of stock Zaidi Medical Hall", "en"),
    ("Ginhawa Pharmacy sa San Pablo sarado, walang paracetamol", "tl"),
    ("Inimai Bakery cake illa, closed today", "ta-latn"),
    ("Kusog Gym closed, walay kuryente", "ceb"),
    ("Raahat Fateh Ali Khan ke gaane sun raha hoon, aur kuch nahi", "ur-latn"),
    ("Rahat Indori ki shayari ki kitab nahi mili Trivedi Kirana pe", "hi-latn"),
    ("Mojo chips out of stock at Hansda Bhandar", "en"),
    ("Inimaa jaggery soap illa Pechimuthu Stores la", "ta-latn"),
    ("Kusgo fishing net walay stock sa Manang Diding Store", "ceb"),
    ("Ginhawa Resort fully booked, walang bakante", "tl"),
    ("Majaa masala papad nahi mila Trivedi Kirana", "hi-latn"),
    ("Rahat Tea Stall band hai aaj, chai nahi mili", "hi-latn"),
]:
    r(text, None, False, None, "lookalike", lang)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "s16-%03d" % (i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-s16%03d" % i, "handle": "buyer%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout and o else None,
                            "locality": o[3] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
neg = sum(1 for x in ROWS if not x[2])
print(len(ROWS), "mentions,", len(ROWS) - neg, "reports,", neg, "non-reports,", len(set(x[5] for x in ROWS)), "langs")
for x in ROWS:
    if x[2] and x[1] is None:
        print("report without outlet:", x[0])
