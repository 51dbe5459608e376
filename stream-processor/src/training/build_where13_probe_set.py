# Writes the "where13-probe" labelled set (session 13, issue 14 items 3 and 5 for true reports: which outlet and which
# city). Profile cities against stray place words, profiles written in a local script, abbreviated or with a district
# or state; abbreviated and misspelt shop and locality names; shop names in Devanagari, Tamil, Telugu and Urdu;
# "here" in many languages with the device near a shop; posts naming several shops; shops told by their owner's
# name ("bhaiya ki dukaan", "kay Aling Nena"). Two new invented brands (Zorvika, a drink; Chimtara, a snack),
# outlets in Muzaffarpur, Thoothukudi, Bhilwara, Ongole, Imus and Digos. Written before any rule of session 13
# changed, from the writer's knowledge of how people write (not from the project's name, gazetteer or lexicon
# files); run once, then kept.
# Usage: python3 build_where13_probe_set.py stream-processor/src/test/resources/labelled/where13-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {
 "MZP": ("Muzaffarpur", "Bihar", "India", 26.1209, 85.3647),
 "TTK": ("Thoothukudi", "Tamil Nadu", "India", 8.7642, 78.1348),
 "BHL": ("Bhilwara", "Rajasthan", "India", 25.3463, 74.6364),
 "ONG": ("Ongole", "Andhra Pradesh", "India", 15.5057, 80.0499),
 "IMS": ("Imus", "Cavite", "Philippines", 14.4297, 120.9367),
 "DGS": ("Digos", "Davao del Sur", "Philippines", 6.7497, 125.3572),
}
SHOPS = {
 "MZP": [("Ramesh Kirana Store","Juran Chhapra"),("Shiv Shakti General Store","Brahmpura"),("Maa Durga Bhandar","Mithanpura"),
         ("Jha Provision Store","Aghoria Bazar"),("Ramesh Kirana Store","Sikandarpur"),("Ansari General Store","Motijheel"),
         ("Tirhut Super Mart","Kalyani Chowk"),("Bharat Stores","Juran Chhapra")],
 "TTK": [("Sri Murugan Stores","Millerpuram"),("Pandian Departmental Store","Bryant Nagar"),("Annai Velankanni Stores","Threspuram"),
         ("Sri Murugan Stores","Sivanthakulam"),("Kannan Provision Store","Anna Nagar"),("Muthu Bakery","Palayamkottai Road"),
         ("Rajam Supermarket","Bryant Nagar")],
 "BHL": [("Agarwal Kirana Bhandar","Azad Nagar"),("Mahaveer General Store","Subhash Nagar"),("Shree Shyam Provision","Pur Road"),
         ("Jain Departmental Store","RC Vyas Colony"),("Mahaveer General Store","Bapu Nagar"),("Sanwariya Kirana","Shastri Nagar"),
         ("Tak Super Bazaar","Sanganer")],
 "ONG": [("Sri Venkata Sai General Stores","Lawyerpet"),("Lakshmi Narasimha Kirana","Santhapeta"),("Srinivasa Supermarket","Kurnool Road"),
         ("Durga Bhavani Stores","Bhagya Nagar"),("Sri Venkata Sai General Stores","Ramnagar"),("Reddy Provisions","Gandhi Road")],
 "IMS": [("Aling Nena Sari-Sari Store","Anabu"),("7-Eleven","Bayan Luma"),("7-Eleven","Malagasang"),("Mang Pepe Store","Bucandala"),
         ("Dimasalang Minimart","Tanzang Luma"),("Ministop","Alapan"),("JM Grocery","Anabu")],
 "DGS": [("Nanay Linda Sari-Sari Store","Aplaya"),("Ramos Grocery","Zone 1"),("Aling Nena Sari-Sari Store","Tres de Mayo"),
         ("Mercado Minimart","Cogon"),("7-Eleven","San Jose"),("Dodong Store","Matti")],
}
PIN = {"MZP": "842001", "TTK": "628001", "BHL": "311001", "ONG": "523001"}
rnd = random.Random(13)
OUTLETS, POS = [], {}
for p, shops in SHOPS.items():
    city, region, country, clat, clon = CITIES[p]
    placed = []
    for i, (name, loc) in enumerate(shops, 1):
        while True:
            lat, lon = clat + rnd.uniform(-0.022, 0.022), clon + rnd.uniform(-0.022, 0.022)
            if all(math.hypot((lat - a) * 111000, (lon - b) * 111000 * math.cos(math.radians(lat))) > 300 for a, b in placed):
                break
        placed.append((lat, lon))
        oid = "%s-%02d" % (p, i)
        addr = "%s, %s %s" % (loc, city, PIN[p]) if p in PIN else "%s, %s" % (loc, city)
        OUTLETS.append((oid, name, addr, loc, city, region, country, round(lat, 5), round(lon, 5)))
        POS[oid] = (round(lat, 5), round(lon, 5))
def near(oid, metres):
    lat, lon = POS[oid]
    return {"lat": round(lat + metres / 111000, 6), "lon": lon}
OR2, OR1, LY6, CM50, CT50 = "ZRV-ORG-200", "ZRV-ORG-1000", "ZRV-LYC-600", "CHM-MSL-50", "CHM-TOM-50"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, loc=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# ---------------- Muzaffarpur (Hindi, Bhojpuri, Urdu, English) ----------------
m("hi","owner-name",R,"Ramesh bhaiya ki dukaan Juran Chhapra mein Zorvika nahi hai","MZP-01")
m("hi","owner-name",R,"Jha ji ki dukan Aghoria Bazar me Chimtara khatam ho gaya","MZP-04")
m("bho","owner-name",R,"Ansari chacha ke dukan pe Zorvika naikhe, Motijheel","MZP-06")
m("hi","abbreviation",R,"Shiv Shakti Gen Str Brhmpura me Zorvika nahi mil raha","MZP-02")
m("hi","abbreviation",R,"zorvika out @ maa durga bhndr mithanpur","MZP-03")
m("en","abbreviation",R,"Tirhut SM Kalyani chk - no Zorvika since 2 days","MZP-07")
m("hi","misspelling",R,"Ramesh Kirana Stor Sikandarpur me Zorvika orange khatam","MZP-05",None)
m("hi","misspelling",R,"Bharath Store Juran Chapra me Chimtara masala nahi hai","MZP-08",CM50)
m("en","misspelling",R,"Anasri General Store motijhil is out of Zorvika lychee","MZP-06",LY6)
m("hi","native-script",R,"जूरन छपरा के रमेश किराना स्टोर में ज़ोरविका नहीं है","MZP-01")
m("hi","native-script",R,"मिठनपुरा माँ दुर्गा भंडार में Zorvika खत्म","MZP-03")
m("hi","native-script",R,"तिरहुत सुपर मार्ट कल्याणी चौक पर Chimtara टमाटर नहीं मिला","MZP-07",CT50)
m("ur","native-script",R,"انصاری جنرل اسٹور موتی جھیل میں Zorvika نہیں ہے","MZP-06")
m("hi","profile-city",R,"Zorvika kahin nahi mil raha bhai, sab dukaan ghoom liya",None,None,"MZP",None,"Muzaffarpur, Bihar")
m("hi","profile-city",R,"Patna se aaya hoon, yahan Bharat Stores Juran Chhapra me bhi Zorvika nahi","MZP-08",None,None,None,"Muzaffarpur")
m("en","profile-city",R,"Shiv Shakti General Store has no Zorvika. Delhi mein toh har jagah milta hai","MZP-02",None,None,None,"MZP | Bihar")
m("hi","profile-form",R,"Zorvika 1 litre nahi mila kisi dukaan pe",None,OR1,"MZP",None,"मुज़फ़्फ़रपुर")
m("hi","profile-form",R,"Maa Durga Bhandar me Chimtara khatam",  "MZP-03",None,None,None,"Tirhut, Bihar")
m("bho","profile-form",R,"Zorvika kahin na milat ba ho",None,None,"MZP",None,"Muzaffarpur (Bihar) 🇮🇳")
m("hi","deictic",R,"yahan Zorvika khatam hai","MZP-02",None,None,None,None,"MZP-02:18")
m("bho","deictic",R,"ehi dukaan me Zorvika naikhe","MZP-04",None,None,None,None,"MZP-04:25")
m("ur","deictic",R,"یہاں Zorvika نہیں ہے","MZP-06",None,None,None,None,"MZP-06:30")
m("hi","deictic",R,"is dukaan mein Chimtara nahi hai","MZP-07",None,None,None,None,"MZP-07:12")
m("hi","multi",R,"Ramesh Kirana Juran Chhapra me Zorvika nahi, Bharat Stores me mil gaya","MZP-01")
m("en","multi",R,"checked Tirhut Super Mart, no Zorvika there; Maa Durga Bhandar had plenty","MZP-07")
m("hi","unique-locality",R,"Brahmpura wale Shiv Shakti me Zorvika nahi hai, Ranchi wale bhai bata rahe the sahi","MZP-02")
m("en","profile-city",R,"Varanasi trip was fun but back home Zorvika is out at Jha Provision Store","MZP-04",None,None,None,"Muzaffarpur")
m("hi","multi",R,"Sikandarpur wala Ramesh Kirana - Zorvika nahi; Juran Chhapra wale me hai","MZP-05")

# ---------------- Thoothukudi (Tamil script and romanised, English) ----------------
m("ta","native-script",R,"மில்லர்புரம் ஸ்ரீ முருகன் ஸ்டோர்ஸ்ல ஜோர்விகா இல்ல","TTK-01")
m("ta","native-script",R,"பிரையண்ட் நகர் பாண்டியன் டிபார்ட்மெண்டல் ஸ்டோர்ல Zorvika கிடைக்கல","TTK-02")
m("ta","native-script",R,"அன்னை வேளாங்கண்ணி ஸ்டோர்ஸ் திரேஸ்புரம் - Zorvika தீர்ந்துபோச்சு","TTK-03")
m("ta","native-script",R,"கண்ணன் புரொவிஷன் ஸ்டோர்ல Chimtara மசாலா இல்லை, தூத்துக்குடி அண்ணா நகர்","TTK-05",CM50)
m("ta","native-script",R,"முத்து பேக்கரி பாளை ரோடு Zorvika ஆரஞ்சு 200 மி.லி இல்ல","TTK-06",OR2)
m("ta","owner-name",R,"Murugan annachi kadai Sivanthakulam la Zorvika illa","TTK-04")
m("ta","owner-name",R,"Kannan anna kadaila Chimtara theernthuduchu, Anna Nagar","TTK-05")
m("ta","abbreviation",R,"Pandian Dept Str Bryant ngr la Zorvika illa","TTK-02")
m("en","abbreviation",R,"Zorvika out at Rajam SM bryant nagar","TTK-07")
m("ta","abbreviation",R,"AVS Threspuram la Zorvika kedaikkala","TTK-03")
m("ta","misspelling",R,"Sri Murgan Store Millarpuram la Zorvika illa","TTK-01")
m("en","misspelling",R,"Pandiyan Departmental Stores Briant Nagar no Zorvika lychee","TTK-02",LY6)
m("ta","misspelling",R,"Annai Velankani Store Thresspuram la Chimtara illa","TTK-03")
m("ta","profile-city",R,"Zorvika engayum kidaikala pa",None,None,"TTK",None,"Thoothukudi")
m("en","profile-city",R,"Chennai la irundhu vandhen, Muthu Bakery la Zorvika illa","TTK-06",None,None,None,"Tuticorin")
m("ta","profile-form",R,"Zorvika orange 1L enga kadaiyilum illa",None,OR1,"TTK",None,"தூத்துக்குடி")
m("en","profile-form",R,"no Zorvika at Sri Murugan Stores Millerpuram",  "TTK-01",None,None,None,"TN69 | Tuty")
m("ta","profile-form",R,"Rajam Supermarket la Zorvika illa, Madurai la ellam irukku","TTK-07",None,None,None,"Thoothukudi Dt, Tamil Nadu")
m("ta","deictic",R,"inga Zorvika illa","TTK-05",None,None,None,None,"TTK-05:20")
m("ta","deictic",R,"இந்த கடையில Zorvika இல்ல","TTK-06",None,None,None,None,"TTK-06:15")
m("en","deictic",R,"this shop is out of Zorvika again","TTK-03",None,None,None,None,"TTK-03:35")
m("ta","multi",R,"Sri Murugan Stores Sivanthakulam la Zorvika illa, Millerpuram kadaila irukku","TTK-04")
m("en","multi",R,"Zorvika gone from Kannan Provision Store, Rajam Supermarket still has it","TTK-05")
m("en","unique-locality",R,"Zorvika out at Sri Murugan Stores Millerpuram, saw it in Tirunelveli last week","TTK-01")
m("ta","profile-city",R,"Kovilpatti la vaanginen, aana inga Pandian Departmental Store la Zorvika illa","TTK-02",None,None,None,"Thoothukudi, TN")
m("en","unique-locality",R,"no Chimtara tomato at Muthu Bakery Palayamkottai Road","TTK-06",CT50)

# ---------------- Bhilwara (Hindi, Marwari, English) ----------------
m("hi","owner-name",R,"Agarwal ji ki dukan Azad Nagar me Zorvika koni","BHL-01")
m("mwr","owner-name",R,"Sanwariya seth ri dukan me Zorvika koni mil rahi","BHL-06")
m("hi","owner-name",R,"Tak bhaisaab ki dukan Sanganer me Chimtara khatam","BHL-07")
m("hi","abbreviation",R,"Mahaveer GS Subhash ngr me Zorvika nahi hai","BHL-02")
m("hi","abbreviation",R,"Jain Dept Store RCV colony me Zorvika khatam","BHL-04")
m("en","abbreviation",R,"zorvika n/a at shree shyam prov pur rd","BHL-03")
m("hi","misspelling",R,"Agrwal Kirana Bhandaar Aazad Nagar me Zorvika nahi mila","BHL-01")
m("hi","misspelling",R,"Mahavir General Stor Bapunagar me Zorvika khatam","BHL-05")
m("en","misspelling",R,"Sanwaria Kirana shastri nagr no Chimtara masala","BHL-06",CM50)
m("hi","native-script",R,"आज़ाद नगर अग्रवाल किराना भंडार में ज़ोरविका नहीं है","BHL-01")
m("hi","native-script",R,"महावीर जनरल स्टोर बापू नगर में Zorvika खत्म हो गया","BHL-05")
m("hi","native-script",R,"श्री श्याम प्रोविजन पुर रोड पर Chimtara नहीं मिला","BHL-03")
m("mwr","native-script",R,"सांवरिया किराना में Zorvika कोनी","BHL-06",None,None,None,"Bhilwara")
m("hi","profile-city",R,"Zorvika kisi dukan pe nahi hai",None,None,"BHL",None,"Bhilwara, Rajasthan")
m("hi","profile-city",R,"Udaipur gaye the wahan mil gaya, par Tak Super Bazaar me Zorvika nahi","BHL-07",None,None,None,"Bhilwara")
m("en","profile-city",R,"Jaipur friends say it's everywhere, but Jain Departmental Store has no Zorvika","BHL-04",None,None,None,"Bhilwara")
m("hi","profile-form",R,"Zorvika 200ml nahi mil rahi",None,OR2,"BHL",None,"भीलवाड़ा, राजस्थान")
m("hi","profile-form",R,"Sanwariya Kirana me Zorvika nahi","BHL-06",None,None,None,"BHL, Raj.")
m("mwr","profile-form",R,"Zorvika koni mile kathe bhi",None,None,"BHL",None,"Textile City Bhilwara")
m("hi","deictic",R,"idhar Zorvika nahi hai","BHL-03",None,None,None,None,"BHL-03:22")
m("mwr","deictic",R,"athe Zorvika koni","BHL-01",None,None,None,None,"BHL-01:18")
m("hi","deictic",R,"इस दुकान में Zorvika खत्म","BHL-04",None,None,None,None,"BHL-04:28")
m("hi","multi",R,"Mahaveer General Store Subhash Nagar me Zorvika nahi, Bapu Nagar wale me hai","BHL-02")
m("en","multi",R,"Zorvika out at Agarwal Kirana Bhandar; Sanwariya Kirana has it","BHL-01")
m("hi","unique-locality",R,"RC Vyas Colony Jain store me Zorvika nahi","BHL-04")
m("hi","unique-locality",R,"Sanganer Tak Super Bazaar me Zorvika khatam","BHL-07",None,None,None,"Jaipur")
m("en","misspelling",R,"Shri Shyam Provisions Puur Road out of Zorvika","BHL-03")

# ---------------- Ongole (Telugu script and romanised, English) ----------------
m("te","native-script",R,"లాయర్ పేట శ్రీ వెంకట సాయి జనరల్ స్టోర్స్ లో Zorvika లేదు","ONG-01")
m("te","native-script",R,"సంతపేట లక్ష్మీ నరసింహ కిరాణా లో జోర్విక దొరకలేదు","ONG-02")
m("te","native-script",R,"శ్రీనివాస సూపర్ మార్కెట్ కర్నూల్ రోడ్ లో Chimtara లేదు","ONG-03")
m("te","native-script",R,"దుర్గా భవానీ స్టోర్స్ భాగ్య నగర్ లో Zorvika అయిపోయింది","ONG-04")
m("te","owner-name",R,"Reddy garu shop Gandhi Road lo Zorvika ledu","ONG-06")
m("te","owner-name",R,"Sai anna kottu Ramnagar lo Zorvika ledu","ONG-05")
m("te","abbreviation",R,"SVS Gen Strs Lawyerpet lo Zorvika ledu","ONG-01")
m("en","abbreviation",R,"Zorvika out at LN Kirana santhapeta","ONG-02")
m("te","abbreviation",R,"Srinivasa SM Kurnool rd lo Zorvika ayipoindi","ONG-03")
m("te","misspelling",R,"Durga Bavani Store Bhagyanagar lo Zorvika ledu","ONG-04")
m("en","misspelling",R,"Sri Venkat Sai Genral Stores Ram nagar no Zorvika","ONG-05")
m("te","misspelling",R,"Lakshmi Narasimma Kirana Santapet lo Chimtara ledu","ONG-02")
m("te","profile-city",R,"Zorvika ekkada dorakatledu",None,None,"ONG",None,"Ongole")
m("en","profile-city",R,"Hyderabad lo dorukutundi kani Reddy Provisions lo Zorvika ledu","ONG-06",None,None,None,"Ongole, AP")
m("te","profile-form",R,"Zorvika 1 litre ekkada ledu",None,OR1,"ONG",None,"ఒంగోలు")
m("te","profile-form",R,"Srinivasa Supermarket lo Zorvika ledu","ONG-03",None,None,None,"Prakasam Dist, AP")
m("en","profile-form",R,"no Zorvika lychee anywhere in town",None,LY6,"ONG",None,"ONGOLE 🏏")
m("te","deictic",R,"ikkada Zorvika ledu","ONG-02",None,None,None,None,"ONG-02:16")
m("te","deictic",R,"ee shop lo Zorvika ledu","ONG-06",None,None,None,None,"ONG-06:24")
m("te","deictic",R,"ఇక్కడ Zorvika లేదు","ONG-04",None,None,None,None,"ONG-04:30")
m("te","multi",R,"Sri Venkata Sai General Stores Lawyerpet lo Zorvika ledu, Ramnagar lo undi","ONG-01")
m("en","multi",R,"Durga Bhavani Stores out of Zorvika, Srinivasa Supermarket had some","ONG-04")
m("te","unique-locality",R,"Lawyerpet lo Sri Venkata Sai shop lo Zorvika ledu, Vijayawada friend cheppadu akkada undi ani","ONG-01")
m("en","unique-locality",R,"Zorvika out at Reddy Provisions Gandhi Road","ONG-06",None,None,None,"Nellore")

# ---------------- Imus (Tagalog, Taglish, English) ----------------
m("tl","owner-name",R,"wala nang Zorvika kay Aling Nena sa Anabu","IMS-01")
m("tl","owner-name",R,"ubos na Zorvika kina Mang Pepe sa Bucandala","IMS-04")
m("tl","owner-name",R,"walang Chimtara sa tindahan ni Aling Nena, Anabu","IMS-01")
m("tl","abbreviation",R,"wala ng Zorvika sa 711 Bayan Luma","IMS-02")
m("tl","abbreviation",R,"ubos na Zorvika sa Dimasalang MM Tanzang Luma","IMS-05")
m("en","abbreviation",R,"Zorvika out at 7-11 Malagasang","IMS-03")
m("tl","misspelling",R,"wala nang Zorvika sa Mang Peppe Store Bukandala","IMS-04")
m("tl","misspelling",R,"ubos na ang Zorvika sa Dimasalang Mini Mart Tanza Luma","IMS-05")
m("en","misspelling",R,"no Zorvika at JM Grocerey anabu","IMS-07")
m("tl","profile-city",R,"wala na talagang Zorvika kahit saan",None,None,"IMS",None,"Imus, Cavite")
m("tl","profile-city",R,"galing ako Maynila, pero dito sa Ministop Alapan wala nang Zorvika","IMS-06",None,None,None,"Imus")
m("en","profile-city",R,"Zorvika out at JM Grocery. Sa Makati meron daw","IMS-07",None,None,None,"Imus City")
m("tl","profile-form",R,"wala nang Zorvika orange 1L kahit saan",None,OR1,"IMS",None,"Lungsod ng Imus")
m("tl","profile-form",R,"ubos na Zorvika sa Ministop","IMS-06",None,None,None,"Alapan, Imus")
m("tl","deictic",R,"wala nang Zorvika dito","IMS-03",None,None,None,None,"IMS-03:14")
m("tl","deictic",R,"ubos na Zorvika sa tindahang ito","IMS-04",None,None,None,None,"IMS-04:20")
m("en","deictic",R,"Zorvika out here","IMS-06",None,None,None,None,"IMS-06:26")
m("tl","multi",R,"wala nang Zorvika sa 7-Eleven Bayan Luma, meron pa sa Ministop Alapan","IMS-02")
m("en","multi",R,"tried Mang Pepe Store and JM Grocery Anabu - only JM had no Zorvika","IMS-07")
m("tl","unique-locality",R,"wala nang Zorvika sa 7-Eleven Malagasang","IMS-03",None,None,None,"Dasmarinas")
m("tl","owner-name",R,"WALA NANG ZORVIKA SA ALING NENA ANABU","IMS-01")
m("en","owner-name",R,"Aling Nena's in Anabu ran out of Zorvika","IMS-01")

# ---------------- Digos (Cebuano, Hiligaynon, English) ----------------
m("ceb","owner-name",R,"wala nay Zorvika kang Nanay Linda sa Aplaya","DGS-01")
m("ceb","owner-name",R,"nahurot na ang Zorvika kang Aling Nena sa Tres de Mayo","DGS-03")
m("ceb","owner-name",R,"wala nay Chimtara sa tindahan ni Dodong sa Matti","DGS-06")
m("ceb","abbreviation",R,"wala nay Zorvika sa Mercado MM Cogon","DGS-04")
m("ceb","abbreviation",R,"wala nay Zorvika sa 7-11 San Jose","DGS-05")
m("en","abbreviation",R,"Zorvika out at Ramos Groc Zone 1","DGS-02")
m("ceb","misspelling",R,"wala nay Zorvika sa Nanay Lynda Sari Sari Aplaya","DGS-01")
m("ceb","misspelling",R,"nahurot na Zorvika sa Mercardo Minimart Kogon","DGS-04")
m("hil","misspelling",R,"wala na Zorvika sa Ramos Grocerry Zone Uno","DGS-02")
m("ceb","profile-city",R,"wala na gyud Zorvika bisan asa",None,None,"DGS",None,"Digos City")
m("ceb","profile-city",R,"gikan ko Davao, pero diri sa Dodong Store Matti wala nay Zorvika","DGS-06",None,None,None,"Digos")
m("en","profile-city",R,"Zorvika out at Mercado Minimart, Cebu has lots of it daw","DGS-04",None,None,None,"Digos, Davao del Sur")
m("ceb","profile-form",R,"wala nay Zorvika lychee bisan asa",None,LY6,"DGS",None,"DIGOS CITY, DDS")
m("hil","profile-form",R,"wala na Zorvika sa Ramos Grocery","DGS-02",None,None,None,"Zone 1, Digos")
m("ceb","deictic",R,"wala nay Zorvika diri","DGS-03",None,None,None,None,"DGS-03:18")
m("ceb","deictic",R,"wala nay Zorvika ani nga tindahan","DGS-01",None,None,None,None,"DGS-01:22")
m("hil","deictic",R,"wala na Zorvika diri","DGS-05",None,None,None,None,"DGS-05:15")
m("ceb","multi",R,"wala nay Zorvika sa 7-Eleven San Jose, naa pa sa Ramos Grocery","DGS-05")
m("en","multi",R,"Nanay Linda's store out of Zorvika, Mercado Minimart still has","DGS-01")
m("ceb","unique-locality",R,"wala nay Zorvika sa Aling Nena Tres de Mayo","DGS-03",None,None,None,"Imus")
m("hil","owner-name",R,"wala na sang Zorvika kay Nanay Linda Aplaya","DGS-01")

# ---------------- more: device location without a word for "here"; several places ----------------
m("en","deictic",R,"Zorvika out of stock","MZP-03",None,None,None,None,"MZP-03:10")
m("ta","deictic",R,"Zorvika illa","TTK-07",None,None,None,None,"TTK-07:12")
m("tl","deictic",R,"wala nang Zorvika","IMS-05",None,None,None,None,"IMS-05:9")
m("hi","deictic",R,"yahaan Chimtara tamatar khatam","MZP-08",CT50,None,None,None,"MZP-08:40")
m("ceb","deictic",R,"diri sa tindahan wala nay Zorvika","DGS-04",None,None,None,None,"DGS-04:33")
m("te","deictic",R,"ee kottu lo Zorvika ledu","ONG-03",None,None,None,None,"ONG-03:21")
m("en","deictic",R,"no Zorvika at this store","BHL-05",None,None,None,None,"BHL-05:44")
m("en","profile-city",R,"Zorvika sold out everywhere in town",None,None,"DGS",None,"Davao del Sur | Digos")
m("en","profile-city",R,"Zorvika missing from every shop, Bombay cousins don't believe me",None,None,"MZP",None,"Muzaffarpur")
m("hi","profile-city",R,"Kota se Zorvika mangwana padega, yahan kahin nahi",None,None,"BHL",None,"Bhilwara")
m("ta","profile-city",R,"Zorvika illa, Tirunelveli la kooda illa nu sonnanga",None,None,"TTK",None,"Thoothukudi")
m("tl","profile-city",R,"Zorvika wala sa Bayan Luma 7-Eleven, sa Bacoor kaya meron?","IMS-02",None,None,None,"Imus")
m("te","profile-city",R,"Guntur lo undi, ikkada Durga Bhavani Stores lo Zorvika ledu","ONG-04",None,None,None,"Ongole")
m("hi","multi",R,"Ansari General Store aur Tirhut Super Mart dono jagah dekha, Ansari me Zorvika nahi","MZP-06")
m("ta","multi",R,"Kannan Provision Store la illa, Muthu Bakery la irukku - Zorvika","TTK-05")
m("en","multi",R,"Zorvika out at Tak Super Bazaar Sanganer, got it at Mahaveer General Store Bapu Nagar","BHL-07")
m("ceb","multi",R,"wala nay Zorvika sa Dodong Store, adto ko sa Ramos Grocery naa","DGS-06")
m("tl","multi",R,"sa JM Grocery Anabu wala nang Zorvika, sa 7-Eleven Bayan Luma meron","IMS-07")
m("ur","misspelling",R,"انصاری جنرل سٹور میں Zorvika ختم","MZP-06")
m("ur","native-script",R,"رمیش کرانہ اسٹور سکندرپور میں Zorvika نہیں","MZP-05")
m("te","native-script",R,"రెడ్డి ప్రొవిజన్స్ గాంధీ రోడ్ లో Zorvika లేదు","ONG-06")
m("ta","native-script",R,"ராஜம் சூப்பர் மார்க்கெட் Zorvika இல்ல","TTK-07")
m("hi","native-script",R,"जैन डिपार्टमेंटल स्टोर आर सी व्यास कॉलोनी में Zorvika नहीं","BHL-04")
m("hi","native-script",R,"भारत स्टोर्स जूरन छपरा में Chimtara नहीं है","MZP-08")
m("en","owner-name",R,"Mang Pepe's store in Bucandala is out of Zorvika","IMS-04")
m("hi","owner-name",R,"Bharat bhai ki dukan Juran Chhapra - Zorvika khatam","MZP-08")
m("te","owner-name",R,"Durga Bhavani akka shop Bhagya Nagar lo Chimtara ledu","ONG-04")
m("ta","owner-name",R,"Pandian kadai Bryant Nagar la Zorvika illa","TTK-02")
m("mwr","owner-name",R,"Mahaveer ji ri dukan Bapu Nagar me Zorvika koni","BHL-05")
m("ceb","owner-name",R,"wala nay Zorvika sa tindahan ni Mercado sa Cogon","DGS-04")
m("en","abbreviation",R,"no zorvika @ sri murugan strs sivanthaklm","TTK-04")
m("en","abbreviation",R,"ZORVIKA OUT - RAMESH KRN SIKANDARPUR","MZP-05")
m("en","abbreviation",R,"zorvika na at durga bhvni strs bhagyanagar","ONG-04")
m("en","abbreviation",R,"Zorvika out at Mahaveer GS Bapu ngr","BHL-05")
m("en","misspelling",R,"Zorvika out at Tirhoot Super Mart Kalyani Chowk","MZP-07")
m("en","misspelling",R,"Kanan Provision Stor Anna nagar no Zorvika","TTK-05")
m("en","misspelling",R,"Tak Super Bazar Sanganer no Zorvika orange","BHL-07")
m("en","misspelling",R,"Srinivas Super Market Kurnool Road out of Zorvika","ONG-03")
m("en","misspelling",R,"Dimasalang Minimrt no Zorvika","IMS-05")
m("en","misspelling",R,"Dodong Stor Mati no Zorvika","DGS-06")
m("en","profile-form",R,"Zorvika out at Mahaveer General Store Subhash Nagar","BHL-02",None,None,None,"Bhilwara (Raj)")
m("en","profile-form",R,"no Zorvika at Sri Venkata Sai General Stores, Ramnagar","ONG-05",None,None,None,"ONGL, AP")
m("en","profile-form",R,"Zorvika out at 7-Eleven","IMS-03",None,None,None,"Malagasang, Imus")
m("en","profile-form",R,"Zorvika out at 7-Eleven","DGS-05",None,None,None,"San Jose, Digos City")
m("en","profile-form",R,"Zorvika out at Ramesh Kirana Store","MZP-05",None,None,None,"Sikandarpur, Muzaffarpur")
m("en","profile-form",R,"Zorvika out at Sri Murugan Stores","TTK-04",None,None,None,"Sivanthakulam, Thoothukudi")

# ---------------- non-reports in the same style ----------------
m("hi","non-report",N,"Ramesh bhaiya ki dukaan Juran Chhapra mein Zorvika aa gaya")
m("hi","non-report",N,"kya Jha Provision Store me Zorvika milta hai?")
m("hi","non-report",N,"Pepsi nahi thi Bharat Stores pe, Zorvika le liya")
m("bho","non-report",N,"Ansari chacha ke dukan pe Zorvika ba, ja ke le la")
m("en","non-report",N,"Tirhut Super Mart restocked Zorvika, thanks!")
m("ur","non-report",N,"انصاری جنرل اسٹور میں Zorvika مل گیا")
m("hi","non-report",N,"yahan Zorvika hamesha milta hai",None,None,None,None,None,"MZP-02:18")
m("ta","non-report",N,"Sri Murugan Stores Millerpuram la Zorvika irukku")
m("ta","non-report",N,"Kannan anna kadaila Zorvika vandhuruchu")
m("ta","non-report",N,"இந்த கடையில Zorvika இருக்கு",None,None,None,None,None,"TTK-06:15")
m("en","non-report",N,"Zorvika was out at Rajam Supermarket last week, back now")
m("en","non-report",N,"no Coke at Pandian Departmental Store so I took Zorvika")
m("hi","non-report",N,"Agarwal ji ki dukan Azad Nagar me Zorvika mil gayi")
m("mwr","non-report",N,"Sanwariya Kirana me Zorvika he, le lo")
m("hi","non-report",N,"kal Mahaveer General Store me Zorvika nahi tha, aaj aa gaya")
m("en","non-report",N,"is Zorvika lychee available at Jain Departmental Store?")
m("hi","non-report",N,"Zorvika shayad khatam ho jaye Tak Super Bazaar me, jaldi le lo")
m("te","non-report",N,"Reddy garu shop lo Zorvika undi")
m("te","non-report",N,"ikkada Zorvika dorikindi",None,None,None,None,None,"ONG-02:16")
m("te","non-report",N,"Srinivasa Supermarket lo Zorvika ayipotundemo, tondaraga konandi")
m("en","non-report",N,"Thums Up gone at Durga Bhavani Stores, picked up Zorvika instead")
m("tl","non-report",N,"may Zorvika na ulit kay Aling Nena sa Anabu")
m("tl","non-report",N,"meron bang Zorvika sa 7-Eleven Bayan Luma?")
m("tl","non-report",N,"walang Coke sa Ministop Alapan kaya Zorvika na lang")
m("tl","non-report",N,"sana may Zorvika sa Mang Pepe Store bukas")
m("tl","non-report",N,"may Zorvika dito",None,None,None,None,None,"IMS-03:14")
m("ceb","non-report",N,"naa na'y Zorvika kang Nanay Linda sa Aplaya")
m("ceb","non-report",N,"naa ba'y Zorvika sa Ramos Grocery?")
m("ceb","non-report",N,"wala nay Coke sa Dodong Store, Zorvika na lang akong gipalit")
m("hil","non-report",N,"may Zorvika na sa Mercado Minimart")
m("en","non-report",N,"Zorvika never runs out at Sri Venkata Sai General Stores, love it")
m("en","non-report",N,"RT @zorvika_in: Zorvika out at Maa Durga Bhandar Mithanpura")
m("en","non-report",N,"Zorvika isn't out at Shree Shyam Provision, just bought two")
m("en","non-report",N,"in 2024 Zorvika was never at Annai Velankanni Stores, now it's always there")
m("en","non-report",N,"please stock up on Zorvika before Chhath, it sells out fast")
m("en","non-report",N,"Zorvika tasting at JM Grocery Anabu this Saturday")
m("hi","non-report",N,"जूरन छपरा के रमेश किराना स्टोर में ज़ोरविका मिल गया")
m("te","non-report",N,"లక్ష్మీ నరసింహ కిరాణా లో Zorvika దొరికింది")
m("ta","non-report",N,"பாண்டியன் டிபார்ட்மெண்டல் ஸ்டோர்ல Zorvika கிடைச்சது")
m("ceb","non-report",N,"basin mahurot ang Zorvika sa 7-Eleven San Jose sa Pasko")

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Zorvika", "aliases": ["zorvika", "#zorvika", "@zorvika_in", "ज़ोरविका"],
  "category_words": ["drink", "juice"],
  "products": [
   {"sku": OR2, "name": "Zorvika Orange 200 ml", "aliases": []},
   {"sku": OR1, "name": "Zorvika Orange 1 L", "aliases": []},
   {"sku": LY6, "name": "Zorvika Lychee 600 ml", "aliases": []}]},
 {"brand": "Chimtara", "aliases": ["chimtara"],
  "category_words": ["namkeen", "snack"],
  "products": [
   {"sku": CM50, "name": "Chimtara Masala 50 g", "aliases": []},
   {"sku": CT50, "name": "Chimtara Tomato 50 g", "aliases": ["tamatar"]}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write("%s,%s,\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % o)
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "w13-%s-%02d" % (lang, count[lang])
        g = None
        if geo:
            oid, metres = geo.split(":")
            g = near(oid, int(metres))
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-w13%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 7 + i},
                             "text": text, "lang": None, "geo": g,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=O[outlet][4], locality=O[outlet][3])
            elif city:
                lab.update(city=CITIES[city][0], locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", len(OUTLETS), "outlets")
