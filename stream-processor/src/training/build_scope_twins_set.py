# Writes the "scope-twins" labelled set (session 12, issue 14 item 1: is the absence NOW, of OUR product?). Each base
# report (a tracked brand missing at a shop, now) stands beside minimal edits in the same words: negated or denied,
# resolved (missing earlier, there now), past, future, conditional or hoped, another product absent (the tracked one
# bought or present), contrast (the other product out, ours there) and a question; some edits keep the label (still
# missing, ours missing while another is there). Written before any rule of the session changed, from the writer's
# knowledge of the languages, not from the lexicon files. Two invented brands, Tumvelo (a mango drink, 250 ml and 1 L)
# and Kiroda (a snack, masala and tomato); outlets in Thane, Aligarh, Hoshiarpur, Dindigul, Daet, Passi, Carigara and
# Maasin. Labels carry category, lang and base. Usage: python3 build_scope_twins_set.py OUT_DIR
import csv, json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("THN-01","Shree Samarth Kirana","Gokhale Road, Naupada, Thane 400602","Naupada","Thane","Maharashtra","India",19.1893,72.9751),
 ("THN-02","Mahalakshmi Provision Stores","Kopri Colony, Thane East 400603","Kopri","Thane","Maharashtra","India",19.1832,72.9818),
 ("ALG-01","Hashmi General Store","Dodhpur Road, Aligarh 202002","Dodhpur","Aligarh","Uttar Pradesh","India",27.9052,78.0853),
 ("ALG-02","Agarwal Kirana","Marris Road, Aligarh 202001","Marris Road","Aligarh","Uttar Pradesh","India",27.8991,78.0802),
 ("HSP-01","Sandhu Karyana Store","Model Town, Hoshiarpur 146001","Model Town","Hoshiarpur","Punjab","India",31.5321,75.9052),
 ("HSP-02","Bains Store","Sutehri Road, Hoshiarpur 146001","Sutehri Road","Hoshiarpur","Punjab","India",31.5251,75.9198),
 ("DGL-01","Annai Stores","Nagal Nagar, Dindigul 624003","Nagal Nagar","Dindigul","Tamil Nadu","India",10.3652,77.9748),
 ("DGL-02","Sri Murugan Provision","Begambur, Dindigul 624001","Begambur","Dindigul","Tamil Nadu","India",10.3601,77.9803),
 ("DAE-01","Villanueva Sari-Sari Store","Lag-on, Daet","Lag-on","Daet","Bicol","Philippines",14.1121,122.9551),
 ("DAE-02","Abrera Minimart","Bagasbas, Daet","Bagasbas","Daet","Bicol","Philippines",14.1302,122.9803),
 ("PSS-01","Palmares Store","Poblacion Ilawod, Passi City","Poblacion Ilawod","Passi","Western Visayas","Philippines",11.1081,122.6422),
 ("CRG-01","Dacuno Sari-Sari Store","Ponong, Carigara","Ponong","Carigara","Eastern Visayas","Philippines",11.3002,124.6851),
 ("MAA-01","Espina Minimart","Abgao, Maasin City","Abgao","Maasin","Eastern Visayas","Philippines",10.1331,124.8402),
]
O = {o[0]: o for o in OUTLETS}
T250, T1L, KMS, KTM = "TMV-250", "TMV-1L", "KRD-MSL", "KRD-TMT"
M = []  # (id, lang, cat, stockout, text, outlet, sku, base)
def nid(): return "st-%03d" % (len(M) + 1)
def b(lang, text, outlet, sku=None, cat="plain"):
    mid = nid(); M.append((mid, lang, cat, True, text, outlet, sku, mid)); return mid
def flip(base, cat, text):
    src = next(x for x in M if x[0] == base); M.append((nid(), src[1], cat, False, text, None, None, base))
def keep(base, cat, text, outlet=None, sku=None):
    src = next(x for x in M if x[0] == base)
    M.append((nid(), src[1], cat, True, text, outlet or src[5], sku if sku is not None else src[6], base))

# English
x = b("en","Tumvelo 1L out of stock again at Shree Samarth Kirana Naupada","THN-01",T1L)
flip(x,"negation","Tumvelo 1L has never been out of stock at Shree Samarth Kirana Naupada, they keep cartons")
flip(x,"resolved","Tumvelo 1L was out of stock at Shree Samarth Kirana Naupada this morning but the van came at 4, shelves full now")
flip(x,"other-product","Frooti 1L out of stock at Shree Samarth Kirana Naupada, picked up a Tumvelo 1L instead")
flip(x,"denial","Who said Tumvelo 1L is out of stock at Shree Samarth Kirana Naupada? Just bought two")
x = b("en","Couldn't find Kiroda masala anywhere in Hashmi General Store Dodhpur today","ALG-01",KMS)
flip(x,"future","Hashmi General Store Dodhpur will probably run out of Kiroda masala after Eid, grab it now")
keep(x,"contrast-report","Hashmi General Store Dodhpur had Bingo but no Kiroda masala today")
flip(x,"contrast","Hashmi General Store Dodhpur had no Bingo but plenty of Kiroda masala today")
flip(x,"question","Is Kiroda masala out at Hashmi General Store Dodhpur or just hidden behind the counter?")
flip(x,"other-product","Bingo was sold out at Hashmi General Store Dodhpur, so I tried Kiroda masala and loved it")
flip(x,"hypothetical","If Hashmi General Store Dodhpur runs out of Kiroda masala again I am switching shops")

# Hindi, romanised and Devanagari
x = b("hi","Agarwal Kirana Marris Road pe Tumvelo 250ml khatam hai","ALG-02",T250)
flip(x,"negation","Agarwal Kirana Marris Road pe Tumvelo 250ml kabhi khatam nahi hota")
flip(x,"resolved","Agarwal Kirana Marris Road pe subah Tumvelo 250ml khatam tha, ab aa gaya hai")
flip(x,"past","Pichli garmiyon mein Agarwal Kirana Marris Road pe Tumvelo 250ml hamesha khatam rehta tha")
x = b("hi","Agarwal Kirana में किरोडा नहीं मिल रहा, दो दिन से","ALG-02")
flip(x,"other-product","Agarwal Kirana में कुरकुरे नहीं मिला तो किरोडा ले लिया")
flip(x,"future","Agarwal Kirana में किरोडा कल तक खत्म हो जाएगा, अभी ले लो")
flip(x,"denial","कौन कहता है Agarwal Kirana में किरोडा नहीं है? अभी लेकर आया हूँ")
x = b("hi","Hashmi General Store mein Tumvelo ka ek bhi packet nahi bacha","ALG-01")
flip(x,"hypothetical","Hashmi General Store mein Tumvelo na mile to Agarwal Kirana chale jana")
keep(x,"still","Hashmi General Store mein Tumvelo kal bhi nahi tha aur aaj bhi nahi hai")
flip(x,"resolved","Hashmi General Store mein Tumvelo kal nahi tha, aaj hai")
flip(x,"other-product","Maaza khatam tha Hashmi General Store mein, Tumvelo mila to wahi le liya")

# Urdu, Perso-Arabic script and romanised
x = b("ur","Hashmi General Store دودھپور میں تمویلو ختم ہو گیا ہے","ALG-01")
flip(x,"negation","Hashmi General Store دودھپور میں تمویلو کبھی ختم نہیں ہوتا")
flip(x,"resolved","Hashmi General Store دودھپور میں تمویلو صبح ختم تھا، اب آ گیا ہے")
flip(x,"denial","یہ غلط ہے کہ Hashmi General Store میں تمویلو ختم ہو گیا، میں ابھی لے کر آیا ہوں")
flip(x,"future","رمضان میں Hashmi General Store سے تمویلو ختم ہو جائے گا، پہلے ہی لے لیں")
x = b("ur","Hashmi General Store میں کرودا دستیاب نہیں ہے","ALG-01")
flip(x,"other-product","Hashmi General Store میں Lays دستیاب نہیں تھے، اس لیے کرودا خرید لیا")
flip(x,"past","پچھلے سال Hashmi General Store میں کرودا اکثر دستیاب نہیں ہوتا تھا، اب ہر وقت ملتا ہے")
flip(x,"resolved","Hashmi General Store میں کرودا کل نہیں تھا، آج موجود ہے")
x = b("ur","Agarwal Kirana mein Tumvelo mojood nahi hai, teen din se","ALG-02")
flip(x,"negation","Agarwal Kirana mein Tumvelo ki kabhi kami nahi hoti")
flip(x,"resolved","Agarwal Kirana mein Tumvelo kal mojood nahi tha, aaj aa gaya")
flip(x,"other-product","Agarwal Kirana mein Pepsi mojood nahi thi, Tumvelo le li")
flip(x,"hypothetical","Inshallah Agarwal Kirana mein Eid tak Tumvelo khatam nahi hoga")
keep(x,"still","Agarwal Kirana walay kehte hain Tumvelo aaj aayega, magar abhi tak nahi aaya")

# Punjabi, romanised and Gurmukhi
x = b("pa","Sandhu Karyana Store Model Town vich Tumvelo mukk gaya","HSP-01")
flip(x,"negation","Sandhu Karyana Store Model Town vich Tumvelo kade ni mukda")
flip(x,"resolved","Sandhu Karyana Store Model Town vich kal Tumvelo mukk gaya si, ajj aa gaya")
flip(x,"future","Sandhu Karyana Store vich Tumvelo Lohri ton pehlan mukk jauga, hune lai lao")
flip(x,"other-product","Sandhu Karyana Store vich Sting ni milya, Tumvelo lai aaya")
x = b("pa","Sandhu Karyana Store ਵਿੱਚ ਕਿਰੋਡਾ ਨਹੀਂ ਮਿਲ ਰਿਹਾ","HSP-01")
flip(x,"negation","Sandhu Karyana Store ਵਿੱਚ ਕਿਰੋਡਾ ਕਦੇ ਖਤਮ ਨਹੀਂ ਹੁੰਦਾ")
flip(x,"resolved","Sandhu Karyana Store ਵਿੱਚ ਕਿਰੋਡਾ ਕੱਲ੍ਹ ਨਹੀਂ ਸੀ, ਅੱਜ ਆ ਗਿਆ")
flip(x,"denial","ਕੌਣ ਕਹਿੰਦਾ Sandhu Karyana Store ਵਿੱਚ ਕਿਰੋਡਾ ਨਹੀਂ ਹੈ? ਮੈਂ ਹੁਣੇ ਲੈ ਕੇ ਆਇਆ")
flip(x,"hypothetical","ਜੇ Sandhu Karyana Store ਵਿੱਚ ਕਿਰੋਡਾ ਨਾ ਮਿਲੇ ਤਾਂ Bains Store ਤੋਂ ਲੈ ਲਿਓ")
x = b("pa","Bains Store Sutehri Road te Kiroda tomato khatam aa","HSP-02",KTM)
flip(x,"past","Pichhle saal Bains Store Sutehri Road te Kiroda tomato aksar khatam rehnda si")
flip(x,"contrast","Bains Store Sutehri Road te Lays khatam aa par Kiroda tomato bathera pya")
keep(x,"contrast-report","Bains Store Sutehri Road te Lays taan hai par Kiroda tomato ni hai")
flip(x,"future","Bains Store te Kiroda tomato shayad kal tak mukk jave")
keep(x,"still","Bains Store Sutehri Road te Kiroda tomato hale vi ni aaya")

# Marathi, romanised and Devanagari
x = b("mr","Shree Samarth Kirana Naupada madhe Tumvelo sampla","THN-01")
flip(x,"negation","Shree Samarth Kirana Naupada madhe Tumvelo kadhich sampat nahi")
flip(x,"resolved","Shree Samarth Kirana Naupada madhe sakali Tumvelo sampla hota, aata aala")
flip(x,"future","Shree Samarth Kirana madhe Ganpati paryant Tumvelo sampel, aatach ghya")
flip(x,"other-product","Shree Samarth Kirana madhe Maaza milala nahi mhanun Tumvelo ghetla")
x = b("mr","Shree Samarth Kirana मध्ये किरोडा मिळत नाही","THN-01")
flip(x,"negation","Shree Samarth Kirana मध्ये किरोडा कधीच संपत नाही")
flip(x,"resolved","Shree Samarth Kirana मध्ये काल किरोडा नव्हता, आज आला")
flip(x,"denial","कोण म्हणतं Shree Samarth Kirana मध्ये किरोडा नाही? मी आत्ताच घेतला")
flip(x,"hypothetical","Shree Samarth Kirana मध्ये किरोडा नसेल तर Mahalakshmi Provision Stores मध्ये बघा")
x = b("mr","Mahalakshmi Provision Stores Kopri la Kiroda masala nahi","THN-02",KMS)
flip(x,"past","Magchya varshi Mahalakshmi Provision Stores Kopri la Kiroda masala nehmi nasaycha")
flip(x,"contrast","Mahalakshmi Provision Stores Kopri la Kurkure nahi pan Kiroda masala aahe")
keep(x,"contrast-report","Mahalakshmi Provision Stores Kopri la Kurkure aahe pan Kiroda masala nahi")
flip(x,"question","Mahalakshmi Provision Stores Kopri la Kiroda masala aahe ka?")
keep(x,"still","Mahalakshmi Provision Stores madhe Kiroda masala ajun pan nahi aala")

# Tamil, romanised and Tamil script
x = b("ta","Annai Stores Nagal Nagar la Tumvelo illa","DGL-01")
flip(x,"negation","Annai Stores Nagal Nagar la Tumvelo eppavum theeradhu")
flip(x,"resolved","Annai Stores Nagal Nagar la kaalaila Tumvelo illa, ippo vandhuduchu")
flip(x,"future","Pongalukku Annai Stores la Tumvelo theernthudum, ippove vaangikonga")
flip(x,"other-product","Annai Stores la Maaza illa, adhanala Tumvelo vaangunen")
x = b("ta","Annai Stores ல கிரோடா கிடைக்கல","DGL-01")
flip(x,"negation","Annai Stores ல கிரோடா எப்பவும் கிடைக்கும், தீர்ந்ததே இல்ல")
flip(x,"resolved","Annai Stores ல நேத்து கிரோடா இல்ல, இன்னைக்கு வந்துடுச்சு")
flip(x,"denial","Annai Stores ல கிரோடா இல்லன்னு யாரு சொன்னா? இப்போ தான் வாங்கினேன்")
flip(x,"hypothetical","Annai Stores ல கிரோடா இல்லைன்னா Sri Murugan Provision போங்க")
x = b("ta","Sri Murugan Provision Begambur la Kiroda tomato stock illa","DGL-02",KTM)
flip(x,"past","Pona varusham Sri Murugan Provision Begambur la Kiroda tomato adikadi illama irundhuchu")
flip(x,"contrast","Sri Murugan Provision Begambur la Lays illa, aana Kiroda tomato niraya irukku")
keep(x,"contrast-report","Sri Murugan Provision Begambur la Lays irukku aana Kiroda tomato illa")
flip(x,"question","Sri Murugan Provision la Kiroda tomato irukka?")
flip(x,"resolved","Sri Murugan Provision la Kiroda tomato illama irundhuchu, ippo irukku")

# Telugu, romanised and Telugu script
x = b("te","Sri Murugan Provision lo Tumvelo ledu","DGL-02")
flip(x,"negation","Sri Murugan Provision lo Tumvelo eppudu kuda aipoledu")
flip(x,"resolved","Sri Murugan Provision lo ninna Tumvelo ledu, ivala vachindi")
flip(x,"other-product","Sri Murugan Provision lo Maaza ledu, anduke Tumvelo konnanu")
x = b("te","Sri Murugan Provision లో కిరోడా దొరకట్లేదు","DGL-02")
flip(x,"future","Sri Murugan Provision లో కిరోడా రేపటికి అయిపోతుంది, ఇప్పుడే కొనండి")
flip(x,"denial","Sri Murugan Provision లో కిరోడా లేదని ఎవరు చెప్పారు? ఇప్పుడే కొన్నాను")
flip(x,"resolved","Sri Murugan Provision లో నిన్న కిరోడా లేదు, ఈరోజు వచ్చింది")

# Malayalam, romanised and Malayalam script
x = b("ml","Annai Stores il Tumvelo illa","DGL-01")
flip(x,"negation","Annai Stores il Tumvelo orikkalum theerilla")
flip(x,"resolved","Annai Stores il innale Tumvelo illayirunnu, innu vannu")
x = b("ml","Annai Stores ൽ കിരോഡ കിട്ടാനില്ല","DGL-01")
flip(x,"other-product","Annai Stores ൽ Lays ഇല്ലായിരുന്നു, അതുകൊണ്ട് കിരോഡ വാങ്ങി")
flip(x,"future","Annai Stores ൽ കിരോഡ നാളെ തീരും, ഇന്ന് തന്നെ വാങ്ങിക്കോ")

# Tagalog
x = b("tl","Wala nang Tumvelo sa Villanueva Sari-Sari Store Lag-on","DAE-01")
flip(x,"negation","Hindi nauubusan ng Tumvelo ang Villanueva Sari-Sari Store Lag-on")
flip(x,"resolved","Kaninang umaga wala nang Tumvelo sa Villanueva Sari-Sari Store pero meron na ngayon")
flip(x,"future","Baka maubusan ng Tumvelo ang Villanueva Sari-Sari Store bago mag-pista, bili na kayo")
flip(x,"other-product","Walang Zest-O sa Villanueva Sari-Sari Store kaya Tumvelo na lang binili ko")
x = b("tl","Ubos na Kiroda masala sa Villanueva Sari-Sari Store","DAE-01",KMS)
flip(x,"denial","Sino nagsabing ubos na Kiroda masala sa Villanueva Sari-Sari Store? Kakabili ko lang")
flip(x,"contrast","Ubos na Piattos sa Villanueva Sari-Sari Store pero madami pang Kiroda masala")
keep(x,"contrast-report","May Piattos sa Villanueva Sari-Sari Store pero wala nang Kiroda masala")
flip(x,"question","Wala na bang Kiroda masala sa Villanueva Sari-Sari Store?")

# Cebuano
x = b("ceb","Wala nay Tumvelo sa Espina Minimart Abgao","MAA-01")
flip(x,"negation","Wala pa jud nahutdan ug Tumvelo ang Espina Minimart Abgao")
flip(x,"resolved","Ganina wala nay Tumvelo sa Espina Minimart, pero naa na karon")
flip(x,"other-product","Walay Zest-O sa Espina Minimart mao nga Tumvelo akong gipalit")
x = b("ceb","Nahurot na ang Kiroda sa Espina Minimart Abgao","MAA-01")
flip(x,"future","Mahurot ra ang Kiroda sa Espina Minimart inig fiesta, palit na mo")
flip(x,"denial","Dili tinuod nga nahurot ang Kiroda sa Espina Minimart, nakapalit ko ganina")
keep(x,"contrast-report","Naay Piattos sa Espina Minimart pero walay Kiroda")

# Hiligaynon
x = b("hil","Wala na sang Tumvelo sa Palmares Store Poblacion Ilawod","PSS-01")
flip(x,"negation","Wala gid nauboson sang Tumvelo ang Palmares Store Poblacion Ilawod")
flip(x,"resolved","Kaina aga wala sang Tumvelo sa Palmares Store, pero may ara na subong")
flip(x,"future","Basi maubos ang Tumvelo sa Palmares Store antes sang piesta, bakal na kamo")
flip(x,"other-product","Wala sang Zest-O sa Palmares Store, gani Tumvelo na lang ang ginbakal ko")
x = b("hil","Ubos na ang Kiroda sa Palmares Store","PSS-01")
flip(x,"denial","Sin-o nagsiling nga ubos na ang Kiroda sa Palmares Store? Kabakal lang ko")
flip(x,"resolved","Ubos ang Kiroda sa Palmares Store kahapon, pero may ara na subong")
flip(x,"contrast","Ubos na ang Piattos sa Palmares Store pero madamo pa ang Kiroda")
keep(x,"contrast-report","May Piattos sa Palmares Store pero wala na sang Kiroda")
x = b("hil","Wala sang Kiroda tomato sa Palmares Store Poblacion Ilawod","PSS-01",KTM)
flip(x,"past","Sang nagligad nga tuig pirme wala sang Kiroda tomato sa Palmares Store")
flip(x,"question","Wala bala sang Kiroda tomato sa Palmares Store?")
flip(x,"hypothetical","Kon wala sang Kiroda tomato sa Palmares Store, kadto kamo sa plaza")
keep(x,"still","Wala pa gihapon sang Kiroda tomato sa Palmares Store")
flip(x,"hypothetical","Kabay pa nga indi maubos ang Kiroda tomato sa Palmares Store")

# Bikol
x = b("bik","Mayo nang Tumvelo sa Abrera Minimart Bagasbas","DAE-02")
flip(x,"negation","Dai nauubusan nin Tumvelo an Abrera Minimart Bagasbas")
flip(x,"resolved","Kaninang aga mayo nin Tumvelo sa Abrera Minimart, alagad igwa na ngunyan")
flip(x,"future","Baka maubos an Tumvelo sa Abrera Minimart bago an pyesta, bakal na kamo")
flip(x,"other-product","Mayong Zest-O sa Abrera Minimart kaya Tumvelo na sana an binakal ko")
x = b("bik","Ubos na an Kiroda sa Abrera Minimart","DAE-02")
flip(x,"denial","Siisay an nagsabi na ubos na an Kiroda sa Abrera Minimart? Kabakal ko pa sana")
flip(x,"resolved","Ubos an Kiroda sa Abrera Minimart kasuodma, alagad igwa na ngunyan")
flip(x,"contrast","Ubos na an Piattos sa Abrera Minimart alagad dakol pa an Kiroda")
keep(x,"contrast-report","Igwa nin Piattos sa Abrera Minimart alagad mayo nang Kiroda")
x = b("bik","Wara nin Kiroda masala sa Abrera Minimart Bagasbas","DAE-02",KMS)
flip(x,"past","Kan nakaaging taon pirmi mayong Kiroda masala sa Abrera Minimart")
flip(x,"question","Mayo na daw Kiroda masala sa Abrera Minimart?")
flip(x,"hypothetical","Kun mayo nin Kiroda masala sa Abrera Minimart, duman kamo sa plaza")
keep(x,"still","Mayo pa man giraray nin Kiroda masala sa Abrera Minimart")
flip(x,"hypothetical","Sana dai maubos an Kiroda masala sa Abrera Minimart")

# Waray
x = b("war","Waray na Tumvelo ha Dacuno Sari-Sari Store Ponong","CRG-01")
flip(x,"negation","Diri nauubsan hin Tumvelo an Dacuno Sari-Sari Store Ponong")
flip(x,"resolved","Kanina aga waray Tumvelo ha Dacuno Sari-Sari Store, pero mayda na yana")
flip(x,"future","Bangin maubos an Tumvelo ha Dacuno Sari-Sari Store antes han pista, pamalit na kamo")
flip(x,"other-product","Waray Zest-O ha Dacuno Sari-Sari Store salit Tumvelo na la an akon ginpalit")
x = b("war","Ubos na an Kiroda ha Dacuno Sari-Sari Store","CRG-01")
flip(x,"denial","Diri tinuod nga ubos na an Kiroda ha Dacuno Sari-Sari Store, nakapalit pa ako")
flip(x,"resolved","Ubos an Kiroda ha Dacuno Sari-Sari Store kakulop, pero mayda na yana")
flip(x,"contrast","Ubos na an Piattos ha Dacuno Sari-Sari Store pero damo pa an Kiroda")
keep(x,"contrast-report","Mayda Piattos ha Dacuno Sari-Sari Store pero waray na Kiroda")
x = b("war","Waray Kiroda tomato ha Dacuno Sari-Sari Store Ponong","CRG-01",KTM)
flip(x,"past","Han naglabay nga tuig pirme waray Kiroda tomato ha Dacuno Sari-Sari Store")
flip(x,"question","Waray na ba Kiroda tomato ha Dacuno Sari-Sari Store?")
flip(x,"hypothetical","Kun waray Kiroda tomato ha Dacuno Sari-Sari Store, adto kamo ha merkado")
keep(x,"still","Waray gihapon Kiroda tomato ha Dacuno Sari-Sari Store")
flip(x,"hypothetical","Unta diri maubos an Kiroda tomato ha Dacuno Sari-Sari Store")

# Batch 2 (written with the first, before any rule changed): another product absent beside ours, in both orders,
# with products the lexicons and lists may not know; irrealis and past in the weakest languages.
x = b("en","Paper Boat and Tumvelo both out at Annai Stores","DGL-01")
flip(x,"other-product","No Coke at Annai Stores, had a Tumvelo instead")
flip(x,"other-product","Annai Stores out of Paper Boat aam panna, Tumvelo was there though")
flip(x,"contrast","Annai Stores has no Paper Boat, only Tumvelo")
x = b("hi","Agarwal Kirana mein Kiroda aur Bikaji dono khatam","ALG-02")
flip(x,"other-product","Agarwal Kirana mein Bikaji bhujia khatam hai, Kiroda mil gaya")
flip(x,"other-product","Agarwal Kirana mein Bikaji nahi tha to Kiroda le aaya")
keep(x,"other-report","Agarwal Kirana mein Kiroda nahi tha to Bikaji le aaya")
x = b("ur","Hashmi General Store میں تمویلو ختم ہے، Rasna لے لی","ALG-01")
flip(x,"other-product","Hashmi General Store میں Rasna ختم ہے، تمویلو موجود ہے")
flip(x,"future","شاید کل تک Hashmi General Store میں تمویلو ختم ہو جائے")
flip(x,"past","2023 میں Hashmi General Store میں تمویلو نہیں ملتا تھا")
x = b("pa","Sandhu Karyana Store vich Kiroda khatam si, Bikaji lai lya","HSP-01")
flip(x,"other-product","Sandhu Karyana Store vich Bikaji khatam si, Kiroda lai lya")
flip(x,"hypothetical","Je Sandhu Karyana Store vich Tumvelo mukk gaya taan Bains Store ja aayo")
x = b("mr","Shree Samarth Kirana madhe Kiroda sampla, mhanun Bikaji ghetla","THN-01")
flip(x,"other-product","Shree Samarth Kirana madhe Bikaji sampla, mhanun Kiroda ghetla")
flip(x,"future","Udya paryant Shree Samarth Kirana madhe Tumvelo sampel")
flip(x,"past","Pahile Shree Samarth Kirana madhe Tumvelo milat nasaycha, aata nehmi asto")
x = b("ta","Annai Stores la Kiroda illa, Bikaji dhaan irukku","DGL-01")
flip(x,"other-product","Annai Stores la Bikaji illa, Kiroda irukku")
flip(x,"future","Annai Stores la naalaikku Tumvelo theerndhudum")
flip(x,"past","Munnadi Annai Stores la Tumvelo kidaikkaadhu, ippo eppavum irukku")
x = b("tl","Walang Kiroda sa Villanueva Sari-Sari Store, Mang Juan na lang kinuha ko","DAE-01")
flip(x,"other-product","Walang Mang Juan sa Villanueva Sari-Sari Store, Kiroda na lang kinuha ko")
x = b("ceb","Walay Kiroda sa Espina Minimart, Mang Juan nalang akong gipalit","MAA-01")
flip(x,"other-product","Walay Mang Juan sa Espina Minimart, Kiroda akong gipalit")
x = b("hil","Wala sang Kiroda sa Palmares Store, Mang Juan na lang ginbakal ko","PSS-01")
flip(x,"other-product","Wala sang Mang Juan sa Palmares Store, Kiroda na lang ginbakal ko")
flip(x,"future","Basi wala na sang Kiroda sa Palmares Store buwas")
x = b("bik","Mayong Kiroda sa Abrera Minimart, Mang Juan na sana an binakal ko","DAE-02")
flip(x,"other-product","Mayong Mang Juan sa Abrera Minimart, Kiroda na sana an binakal ko")
flip(x,"future","Pwedeng mayo nang Kiroda sa Abrera Minimart sa Sabado")
x = b("war","Waray Kiroda ha Dacuno Sari-Sari Store, Mang Juan na la an akon ginpalit","CRG-01")
flip(x,"other-product","Waray Mang Juan ha Dacuno Sari-Sari Store, Kiroda na la an akon ginpalit")
flip(x,"future","Bangin waray na Kiroda ha Dacuno Sari-Sari Store buwas")

CATALOG = {"brands": [
 {"brand": "Tumvelo", "aliases": ["tumvelo", "#tumvelo", "@tumvelodrinks", "तुमवेलो", "تمویلو", "ਤੁਮਵੇਲੋ", "தும்வெலோ",
   "తుమ్వెలో", "ತುಮ್ವೆಲೋ", "തുംവെലോ"],
  "category_words": ["drink", "juice"],
  "products": [
   {"sku": T250, "name": "Tumvelo Mango 250 ml", "aliases": ["tumvelo 250ml", "tumvelo small"]},
   {"sku": T1L, "name": "Tumvelo Mango 1 L", "aliases": ["tumvelo 1 litre", "tumvelo big"]}]},
 {"brand": "Kiroda", "aliases": ["kiroda", "#kiroda", "@kirodasnacks", "किरोडा", "کرودا", "ਕਿਰੋਡਾ", "கிரோடா", "కిరోడా",
   "ಕಿರೋಡಾ", "കിരോഡ"],
  "category_words": ["chips", "namkeen"],
  "products": [
   {"sku": KMS, "name": "Kiroda Masala", "aliases": ["kiroda masala"]},
   {"sku": KTM, "name": "Kiroda Tomato", "aliases": ["kiroda tomato"]}]}]}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id","name","address","locality","city","region","country","lat","lon"])
    for o in OUTLETS: w.writerow(list(o[:7]) + ["%.4f" % o[7], "%.4f" % o[8]])
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (mid, lang, cat, so, text, outlet, sku, base) in enumerate(M):
        city = O[next(x for x in M if x[0] == base)[5]][4]
        author = {"id": "u-st%03d" % (i + 1), "handle": "user_st%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": city if i % 2 == 0 else None, "followers": (i * 37) % 500}
        fm.write(json.dumps({"id": mid, "source": SOURCES[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 6, 6 + i % 14, i % 60),
                             "author": author, "text": text, "lang": None, "geo": None, "is_repost": False},
                            ensure_ascii=False) + "\n")
        if so:
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": O[outlet][4],
                   "locality": O[outlet][3]}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang; lab["base"] = base
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[3]), "reports", len({x[1] for x in M}), "languages")
