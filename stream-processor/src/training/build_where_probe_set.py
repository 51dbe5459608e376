# Writes the "where-probe" labelled set (session 12, issue 14 items 3-5 for true reports: which outlet, city and
# product). Posts in Tamil, Malayalam, Urdu, Devanagari (Hindi, Marathi), Gurmukhi, Gujarati and Telugu with the
# shop and locality named in the script; misspelt and abbreviated shop names; profile cities against stray place
# words; requests ("please stock", "rakhiye", "pakistock") whose product follows the request verb; compact posts;
# non-reports in the same style. Two new invented brands (Tarvilo, a drink; Khamchi, a namkeen), 49 outlets in
# Nagercoil, Aligarh, Hoshiarpur, Bharuch, Nizamabad and Dasmarinas, every name and locality in Latin letters, some
# names shared within and between cities. Written before any rule of session 12 changed, from the writer's
# knowledge of how people write (not from the project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_where_probe_set.py stream-processor/src/test/resources/labelled/where-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, country, centre lat, lon)
 "NGL": ("Nagercoil", "Tamil Nadu", "India", 8.1790, 77.4323),
 "ALG": ("Aligarh", "Uttar Pradesh", "India", 27.8815, 78.0746),
 "HSP": ("Hoshiarpur", "Punjab", "India", 31.5372, 75.9127),
 "BRC": ("Bharuch", "Gujarat", "India", 21.6948, 72.9805),
 "NZB": ("Nizamabad", "Telangana", "India", 18.6715, 78.0988),
 "DSM": ("Dasmarinas", "Cavite", "Philippines", 14.3294, 120.9367),
}
SHOPS = {
 "NGL": [("Sri Krishna Stores","Vadasery"),("Muthu Provision Store","Kottar"),("Anantha Supermarket","Meenakshipuram"),
         ("Jeyam Bakery","Parvathipuram"),("Selvam Stores","Kottar"),("Sri Krishna Stores","Chettikulam"),
         ("Vasanth Departmental Store","Ramanputhur"),("Nadar Mahimai Stores","Vadasery")],
 "ALG": [("Noor General Store","Shamshad Market"),("Rehmat Kirana","Jamalpur"),("Hyderi Provision Store","Dodhpur"),
         ("Agarwal Kirana Store","Achal Tal"),("Varshney Stores","Ramghat Road"),("Madina Bakery","Jamalpur"),
         ("Gupta General Store","Marris Road"),("Varshney Stores","Sarai Sultani"),("New Gupta Stores","Dodhpur")],
 "HSP": [("Bhatia Kiryana Store","Model Town"),("Sandhu General Store","Bahadurpur"),("Walia Super Mart","Sutheri Road"),
         ("Guru Nanak Stores","Kamalpur"),("Saini Provision Store","Fatehgarh"),("Chadha Karyana","Ghanta Ghar"),
         ("Guru Nanak Stores","Model Town"),("New Gupta Stores","Kamalpur")],
 "BRC": [("Shree Ambica Provision","Zadeshwar"),("Jalaram Kirana Stores","Station Road"),("Patel Super Market","Panchbatti"),
         ("Khodiyar General Store","Maktampur"),("Bhagyoday Stores","Shaktinagar"),("Navkar Provision Stores","Zadeshwar"),
         ("Jalaram Kirana Stores","Maktampur")],
 "NZB": [("Sri Venkateswara General Stores","Vinayak Nagar"),("Lakshmi Kirana","Kanteshwar"),("Irfan General Store","Khaleelwadi"),
         ("Ramesh Supermarket","Pragathi Nagar"),("Deccan Bakery","Gandhi Chowk"),("Lakshmi Kirana","Subhash Nagar"),
         ("Mahalaxmi Provisions","Pragathi Nagar"),("Patel Super Market","Gandhi Chowk")],
 "DSM": [("Aling Bebang Sari-Sari Store","Salitran"),("7-Eleven","Paliparan"),("Sampaloc Minimart","Sampaloc"),
         ("Dela Paz Store","Burol"),("Mang Oca Store","Langkaan"),("Ministop","Salawag"),("7-Eleven","Salitran"),
         ("San Agustin Grocery","San Agustin")],
}
PIN = {"NGL": "629001", "ALG": "202001", "HSP": "146001", "BRC": "392001", "NZB": "503001"}
rnd = random.Random(12)
OUTLETS, POS = [], {}
for p, shops in SHOPS.items():
    city, region, country, clat, clon = CITIES[p]
    placed = []
    for i, (name, loc) in enumerate(shops, 1):
        while True:  # within 2.5 km of the centre, at least 300 m from every other outlet of the city
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
L25, L75, MNG, JRA = "TRV-LEM-250", "TRV-LEM-750", "TRV-MNG-600", "TRV-JRA-1500"
KM40, KP40, KM200 = "KHM-MSL-40", "KHM-PDN-40", "KHM-MSL-200"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, loc=None, profile=None, geo=None):
    """city: a city prefix when the label names a city but no outlet; profile: the author's location as typed."""
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# --- Tamil script, shop and locality in the script ---
m("ta","native-script",R,"வடசேரி ஸ்ரீ கிருஷ்ணா ஸ்டோர்ஸ்ல தர்விலோ இல்ல","NGL-01")
m("ta","native-script",R,"கோட்டார் முத்து புரொவிஷன் ஸ்டோர்ல தர்விலோ மேங்கோ கிடைக்கல","NGL-02",MNG)
m("ta","native-script",R,"அனந்தா சூப்பர் மார்க்கெட் மீனாட்சிபுரத்தில தர்விலோ தீர்ந்துபோச்சு","NGL-03")
m("ta","native-script",R,"ஜெயம் பேக்கரியில் தர்விலோ லெமன் 250 மி.லி இல்லை","NGL-04",L25)
m("ta","native-script",R,"செல்வம் ஸ்டோர்ஸ் கோட்டார் - தர்விலோ ஸ்டாக் இல்ல","NGL-05")
m("ta","native-script",R,"செட்டிகுளம் ஸ்ரீ கிருஷ்ணா ஸ்டோர்ஸ்ல தர்விலோ ஜீரா ஒன்றரை லிட்டர் இல்லை","NGL-06",JRA)
m("ta","native-script",R,"ராமன்புதூர் வசந்த் டிபார்ட்மெண்டல் ஸ்டோர்ல தர்விலோ கிடைக்கல","NGL-07")
m("ta","native-script",R,"நாடார் மகிமை ஸ்டோர்ஸ் வடசேரி தர்விலோ காலி","NGL-08")
m("ta","native-script",R,"நாகர்கோவிலில் எங்கும் தர்விலோ கிடைக்கவில்லை",None,None,"NGL")
m("ta","native-script",R,"கம்சி மசாலா 40 கிராம் முத்து புரொவிஷன் ஸ்டோர்ல இல்ல","NGL-02",KM40)
m("ta","native-script",R,"வடசேரியில் எந்த கடையிலும் தர்விலோ 750 மி.லி இல்ல",None,L75,"NGL","Vadasery")
m("ta","native-script",R,"பார்வதிபுரம் ஜெயம் பேக்கரி, தர்விலோ மாம்பழம் வரல","NGL-04",MNG)
# --- Malayalam (Nagercoil) ---
m("ml","native-script",R,"വടശ്ശേരി ശ്രീ കൃഷ്ണ സ്റ്റോഴ്സിൽ തർവിലോ ഇല്ല","NGL-01")
m("ml","native-script",R,"കോട്ടാർ സെൽവം സ്റ്റോഴ്സിൽ തർവിലോ കിട്ടാനില്ല","NGL-05")
m("ml","native-script",R,"അനന്ത സൂപ്പർമാർക്കറ്റിൽ തർവിലോ മാംഗോ തീർന്നു","NGL-03",MNG)
m("ml","native-script",R,"രാമൻപുതൂർ വസന്ത് ഡിപ്പാർട്ട്മെന്റൽ സ്റ്റോറിൽ തർവിലോ സ്റ്റോക്ക് ഇല്ല","NGL-07")
m("ml","native-script",R,"നാഗർകോവിലിൽ എവിടെയും തർവിലോ കിട്ടുന്നില്ല",None,None,"NGL")
# --- Urdu (Aligarh, Nizamabad) ---
m("ur","native-script",R,"شمشاد مارکیٹ کے نور جنرل اسٹور پر ترویلو نہیں ہے","ALG-01")
m("ur","native-script",R,"جمال پور رحمت کریانہ میں ترویلو ختم ہو گیا","ALG-02")
m("ur","native-script",R,"دودھپور حیدری پروویژن اسٹور پر ترویلو مینگو نہیں مل رہا","ALG-03",MNG)
m("ur","native-script",R,"مدینہ بیکری جمال پور میں ترویلو لیمن ۲۵۰ ملی لیٹر نہیں ہے","ALG-06",L25)
m("ur","native-script",R,"اچل تال اگروال کریانہ اسٹور میں ترویلو ختم","ALG-04")
m("ur","native-script",R,"رام گھاٹ روڈ ورشنی اسٹورز پر ترویلو نہیں ملا","ALG-05")
m("ur","native-script",R,"علی گڑھ میں کہیں بھی ترویلو نہیں مل رہا",None,None,"ALG")
m("ur","native-script",R,"کھمچی پودینہ نور جنرل اسٹور پر نہیں ہے","ALG-01",KP40)
m("ur","native-script",R,"خلیل واڑی عرفان جنرل اسٹور میں ترویلو نہیں ہے","NZB-03")
m("ur","native-script",R,"گاندھی چوک دکن بیکری میں ترویلو ختم ہوگیا","NZB-05")
m("ur","native-script",R,"سرائے سلطانی ورشنی اسٹورز میں ترویلو جیرا نہیں ملا","ALG-08",JRA)
m("ur","native-script",R,"نیو گپتا اسٹورز دودھپور میں ترویلو ختم ہے","ALG-09")
# --- Hindi, Devanagari (Aligarh) ---
m("hi","native-script",R,"अचल ताल अग्रवाल किराना स्टोर में तर्विलो नहीं मिल रहा","ALG-04")
m("hi","native-script",R,"मैरिस रोड गुप्ता जनरल स्टोर पर तर्विलो मैंगो 600 ml खत्म","ALG-07",MNG)
m("hi","native-script",R,"सराय सुल्तानी वार्ष्णेय स्टोर्स में तर्विलो नहीं है","ALG-08")
m("hi","native-script",R,"रामघाट रोड के वार्ष्णेय स्टोर्स पर तर्विलो लेमन नहीं है","ALG-05")
m("hi","native-script",R,"नूर जनरल स्टोर शमशाद मार्केट में तर्विलो खत्म हो गया","ALG-01")
m("hi","native-script",R,"खमची पुदीना 40 ग्राम रहमत किराना जमालपुर में नहीं मिला","ALG-02",KP40)
m("hi","native-script",R,"हैदरी प्रोविजन स्टोर दोधपुर में तर्विलो नहीं है","ALG-03")
m("hi","native-script",R,"मदीना बेकरी में तर्विलो खत्म, जमालपुर","ALG-06")
# --- Marathi, Devanagari (Nizamabad) ---
m("mr","native-script",R,"विनायक नगर श्री व्यंकटेश्वर जनरल स्टोर्समध्ये तर्विलो मिळत नाही","NZB-01")
m("mr","native-script",R,"प्रगती नगर महालक्ष्मी प्रोव्हिजन्समध्ये तर्विलो संपला","NZB-07")
m("mr","native-script",R,"कंटेश्वर लक्ष्मी किराणामध्ये तर्विलो नाही","NZB-02")
m("mr","native-script",R,"रमेश सुपरमार्केट प्रगती नगर इथे तर्विलो जीरा मिळत नाही","NZB-04",JRA)
# --- Punjabi, Gurmukhi (Hoshiarpur) ---
m("pa","native-script",R,"ਮਾਡਲ ਟਾਊਨ ਭਾਟੀਆ ਕਰਿਆਨਾ ਸਟੋਰ ਤੇ ਤਰਵਿਲੋ ਨਹੀਂ ਮਿਲ ਰਿਹਾ","HSP-01")
m("pa","native-script",R,"ਬਹਾਦਰਪੁਰ ਸੰਧੂ ਜਨਰਲ ਸਟੋਰ ਵਿੱਚ ਤਰਵਿਲੋ ਖਤਮ ਹੋ ਗਿਆ","HSP-02")
m("pa","native-script",R,"ਸੁਥੇਰੀ ਰੋਡ ਵਾਲੀਆ ਸੁਪਰ ਮਾਰਟ ਤੇ ਤਰਵਿਲੋ ਮੈਂਗੋ ਨਹੀਂ ਹੈ","HSP-03",MNG)
m("pa","native-script",R,"ਕਮਾਲਪੁਰ ਗੁਰੂ ਨਾਨਕ ਸਟੋਰਜ਼ ਵਿੱਚ ਤਰਵਿਲੋ ਨਹੀਂ ਮਿਲਿਆ","HSP-04")
m("pa","native-script",R,"ਸੈਣੀ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਫਤਿਹਗੜ੍ਹ ਵਿੱਚ ਤਰਵਿਲੋ ਲੈਮਨ 250 ਮਿ.ਲੀ. ਖਤਮ","HSP-05",L25)
m("pa","native-script",R,"ਘੰਟਾ ਘਰ ਚੱਢਾ ਕਰਿਆਨਾ ਤੇ ਤਰਵਿਲੋ ਨਹੀਂ","HSP-06")
m("pa","native-script",R,"ਹੁਸ਼ਿਆਰਪੁਰ ਵਿੱਚ ਕਿਤੇ ਵੀ ਤਰਵਿਲੋ ਨਹੀਂ ਮਿਲਦਾ",None,None,"HSP")
m("pa","native-script",R,"ਮਾਡਲ ਟਾਊਨ ਗੁਰੂ ਨਾਨਕ ਸਟੋਰ ਤੇ ਖਮਚੀ ਪੁਦੀਨਾ ਨਹੀਂ ਹੈ","HSP-07",KP40)
m("pa","native-script",R,"ਨਿਊ ਗੁਪਤਾ ਸਟੋਰਜ਼ ਕਮਾਲਪੁਰ ਵਿਖੇ ਤਰਵਿਲੋ ਮੁੱਕ ਗਿਆ","HSP-08")
m("pa","native-script",R,"ਭਾਟੀਏ ਦੀ ਦੁਕਾਨ ਮਾਡਲ ਟਾਊਨ, ਤਰਵਿਲੋ ਜੀਰਾ ਨਹੀਂ ਮਿਲਿਆ","HSP-01",JRA)
# --- Gujarati (Bharuch) ---
m("gu","native-script",R,"ઝાડેશ્વર શ્રી અંબિકા પ્રોવિઝનમાં તરવિલો નથી મળતો","BRC-01")
m("gu","native-script",R,"સ્ટેશન રોડ જલારામ કિરાણા સ્ટોર્સમાં તરવિલો ખલાસ થઈ ગયો","BRC-02")
m("gu","native-script",R,"પાંચબત્તી પટેલ સુપર માર્કેટમાં તરવિલો મેંગો ૬૦૦ મિલી નથી","BRC-03",MNG)
m("gu","native-script",R,"મકતમપુર ખોડિયાર જનરલ સ્ટોરમાં તરવિલો નથી","BRC-04")
m("gu","native-script",R,"શક્તિનગર ભાગ્યોદય સ્ટોર્સ પર તરવિલો મળતો નથી","BRC-05")
m("gu","native-script",R,"નવકાર પ્રોવિઝન સ્ટોર્સ ઝાડેશ્વરમાં તરવિલો જીરા ખલાસ","BRC-06",JRA)
m("gu","native-script",R,"ભરૂચમાં ક્યાંય તરવિલો નથી મળતો",None,None,"BRC")
m("gu","native-script",R,"ખમચી મસાલા ૪૦ ગ્રામ ખોડિયાર જનરલ સ્ટોરમાં નથી","BRC-04",KM40)
m("gu","native-script",R,"મકતમપુરના જલારામ કિરાણામાં તરવિલો નથી","BRC-07")
m("gu","native-script",R,"પટેલ સુપર માર્કેટ પાંચબત્તી, તરવિલો ૭૫૦ મિલી ખલાસ છે","BRC-03",L75)
# --- Telugu (Nizamabad) ---
m("te","native-script",R,"వినాయక్ నగర్ శ్రీ వెంకటేశ్వర జనరల్ స్టోర్స్ లో తర్విలో లేదు","NZB-01")
m("te","native-script",R,"కంటేశ్వర్ లక్ష్మి కిరాణా లో తర్విలో దొరకట్లేదు","NZB-02")
m("te","native-script",R,"ప్రగతి నగర్ రమేష్ సూపర్ మార్కెట్ లో తర్విలో మ్యాంగో అయిపోయింది","NZB-04",MNG)
m("te","native-script",R,"మహాలక్ష్మి ప్రొవిజన్స్ ప్రగతి నగర్ లో తర్విలో లేదు","NZB-07")
m("te","native-script",R,"గాంధీ చౌక్ దక్కన్ బేకరీలో తర్విలో స్టాక్ లేదు","NZB-05")
m("te","native-script",R,"నిజామాబాద్ లో ఎక్కడా తర్విలో దొరకట్లేదు",None,None,"NZB")
m("te","native-script",R,"సుభాష్ నగర్ లక్ష్మి కిరాణాలో ఖమ్చీ మసాలా 200 గ్రాములు లేదు","NZB-06",KM200)
m("te","native-script",R,"ఖలీల్వాడి ఇర్ఫాన్ జనరల్ స్టోర్ లో తర్విలో లెమన్ లేదు","NZB-03")
m("te","native-script",R,"గాంధీ చౌక్ పటేల్ సూపర్ మార్కెట్ లో తర్విలో అయిపోయింది","NZB-08")

# --- misspelt shop names (Latin) ---
m("en","misspelling",R,"no Tarvilo at Sri Krishna Strs Vadasery","NGL-01")
m("ta","misspelling",R,"tarvilo illa, nadar mahimai stors vadaseri","NGL-08")
m("ta","misspelling",R,"vasant dept store ramanputhur la tarvilo kidaikala","NGL-07")
m("en","misspelling",R,"Anantha Supermarkt Meenakshipuram out of Tarvilo mango","NGL-03",MNG)
m("ta","misspelling",R,"jeyam bakary parvathipuram tarvilo illa","NGL-04")
m("hi","misspelling",R,"noor genral store shamshad market tarvilo nahi hai","ALG-01")
m("hi","misspelling",R,"haideri provision dodhpur pe tarvilo nahi","ALG-03")
m("hi","misspelling",R,"agrawal kirana achal taal tarvilo nahi mila","ALG-04")
m("hi","misspelling",R,"varshaney stores ramghat road pe tarvilo khatam","ALG-05")
m("hi","misspelling",R,"rahmat kiryana jamalpur mein tarvilo nahi","ALG-02")
m("pa","misspelling",R,"bhatiya kiryana model town tarvilo nahi milda","HSP-01")
m("pa","misspelling",R,"chaddha kariana ghanta ghar te tarvilo nahi","HSP-06")
m("pa","misspelling",R,"walia supermart suthehri road tarvilo khatam","HSP-03")
m("gu","misspelling",R,"shri ambika provison zadeshwar ma tarvilo nathi","BRC-01")
m("gu","misspelling",R,"bhagyodaya stores shaktinagar ma tarvilo malto nathi","BRC-05")
m("gu","misspelling",R,"khodiyaar general store maktampur tarvilo khalas","BRC-04")
m("te","misspelling",R,"sri venkateshwara general store vinayaknagar lo tarvilo ledu","NZB-01")
m("te","misspelling",R,"mahalakshmi provision pragathi nagar lo tarvilo ayipoyindi","NZB-07")
m("en","misspelling",R,"deccan bakary gandhi chowk no tarvilo","NZB-05")
m("tl","misspelling",R,"aling bibang salitran walang tarvilo","DSM-01")
m("tl","misspelling",R,"mang okas store langkaan ubos na ang tarvilo","DSM-05")
m("tl","misspelling",R,"sampaloc mini mart wala nang tarvilo mango","DSM-03",MNG)
# --- abbreviated shop names ---
m("en","abbreviation",R,"tarvilo out at muthu prov str kottar","NGL-02")
m("en","abbreviation",R,"slvm strs kottar no tarvilo","NGL-05")
m("hi","abbreviation",R,"noor gen str shamshad mkt tarvilo nahi hai","ALG-01")
m("hi","abbreviation",R,"agarwal kir str achal tal tarvilo nahi mila","ALG-04")
m("hi","abbreviation",R,"gupta gen str marris rd pe tarvilo khatam","ALG-07")
m("pa","abbreviation",R,"sandhu gen str bahadurpur tarvilo khatam","HSP-02")
m("pa","abbreviation",R,"saini prov store fatehgarh tarvilo mango khatam","HSP-05",MNG)
m("pa","abbreviation",R,"GNS kamalpur tarvilo nahi","HSP-04")
m("gu","abbreviation",R,"jalaram kirana stn rd tarvilo nathi malto","BRC-02")
m("en","abbreviation",R,"patel supr mkt panchbatti tarvilo 600 ml out","BRC-03",MNG)
m("gu","abbreviation",R,"navkar prov strs zadeshwar tarvilo nathi","BRC-06")
m("te","abbreviation",R,"SVGS vinayak nagar lo tarvilo ledu","NZB-01")
m("te","abbreviation",R,"ramesh supr mkt pragathinagar tarvilo ledu","NZB-04")
m("hi","abbreviation",R,"irfan gen store khaleelwadi tarvilo nahi","NZB-03")
m("tl","abbreviation",R,"dela paz str burol wala nang tarvilo","DSM-04")
m("tl","abbreviation",R,"SAG san agustin ubos tarvilo","DSM-08")
m("en","abbreviation",R,"SKS vadasery tarvilo out","NGL-01")
m("en","abbreviation",R,"no tarvilo @ 711 paliparan","DSM-02")

# --- the author's profile city against stray place words ---
m("en","profile-city",R,"no Tarvilo at Selvam Stores, my friend in Chennai has loads","NGL-05",None,None,None,"Nagercoil")
m("en","profile-city",R,"Tarvilo 600ml out everywhere. Kanyakumari trip tomorrow, maybe there",None,MNG,"NGL",None,"Nagercoil, TN")
m("hi","profile-city",R,"Tarvilo kahin nahi mil raha, Delhi mein to har jagah hai",None,None,"ALG",None,"Aligarh")
m("hi","profile-city",R,"Agra wale mama bole wahan bhi nahi, yahan Tarvilo nahi milta",None,None,"ALG",None,"AMU, Aligarh")
m("hi","profile-city",R,"Kanpur se aaya hoon, Varshney Stores Ramghat Road pe Tarvilo nahi","ALG-05",None,None,None,"Aligarh")
m("pa","profile-city",R,"Jalandhar vich mil janda, ethe Tarvilo nahi milda",None,None,"HSP",None,"Hoshiarpur, Punjab 🇮🇳")
m("pa","profile-city",R,"Ludhiana wangu ethe vi Tarvilo nahi, Guru Nanak Stores Kamalpur khali","HSP-04",None,None,None,"Hoshiarpur")
m("en","profile-city",R,"watching the Mumbai match, no Tarvilo at Walia Super Mart","HSP-03",None,None,None,"Hoshiarpur")
m("gu","profile-city",R,"Tarvilo nathi malto, Surat ma to badhe che",None,None,"BRC",None,"Bharuch | Gujarat")
m("gu","profile-city",R,"Vadodara thi aavyo, ahiya Tarvilo kyay nathi",None,None,"BRC",None,"Bharuch")
m("gu","profile-city",R,"Ankleshwar ma kaam, pan Bhagyoday Stores ma Tarvilo nathi","BRC-05",None,None,None,"Bharuch")
m("te","profile-city",R,"Hyderabad lo dorukutundi kani ikkada Tarvilo ledu",None,None,"NZB",None,"Nizamabad, Telangana")
m("te","profile-city",R,"Warangal friends kuda same antunnaru, Tarvilo ekkada ledu",None,None,"NZB",None,"Nizamabad")
m("en","profile-city",R,"Tarvilo out of stock at Lakshmi Kirana","NZB-06",None,None,None,"Subhash Nagar, Nizamabad")
m("tl","profile-city",R,"Parang sa Tagaytay, wala ring Tarvilo dito",None,None,"DSM",None,"Dasmarinas, Cavite")
m("tl","profile-city",R,"galing Batangas, pagbalik ko ubos na Tarvilo sa 7-Eleven Paliparan","DSM-02",None,None,None,"Dasmariñas City")
m("en","profile-city",R,"Tarvilo lemon 750ml gone from every store",None,L75,"DSM",None,"📍 Dasmariñas")
m("tl","profile-city",R,"wala nang Tarvilo sa Ministop, sa Imus meron daw","DSM-06",None,None,None,"Dasmarinas")
m("en","profile-city",R,"from Trivandrum originally, but no Tarvilo anywhere in this town",None,None,"NGL",None,"Nagercoil")
m("en","profile-city",R,"Tarvilo Mango not available at Patel Super Market","NZB-08",MNG,None,None,"Nizamabad")
m("gu","profile-city",R,"Patel Super Market ma Tarvilo nathi","BRC-03",None,None,None,"Bharuch")
m("hi","profile-city",R,"Lucknow jaisa haal, New Gupta Stores Dodhpur mein Tarvilo nahi","ALG-09",None,None,None,"Aligarh")
# a locality of one city against the profile of another
m("en","profile-city",R,"no Tarvilo at Walia Super Mart Sutheri Road","HSP-03",None,None,None,"Aligarh")
m("hi","profile-city",R,"Jalaram Kirana Stores Maktampur mein Tarvilo nahi mila","BRC-07",None,None,None,"Aligarh")
m("en","profile-city",R,"Ramesh Supermarket Pragathi Nagar out of Tarvilo","NZB-04",None,None,None,"Nagercoil")

# --- requests: the product named after the request verb ---
m("en","request",R,"please stock Tarvilo Mango 600ml at Patel Super Market Panchbatti","BRC-03",MNG)
m("en","request",R,"Sri Krishna Stores Vadasery please restock Tarvilo Lemon 250ml, none left","NGL-01",L25)
m("en","request",R,"Walia Super Mart please bring Tarvilo lemon 750, out for a week","HSP-03",L75)
m("en","request",R,"Ramesh Supermarket pls keep Tarvilo jeera 1.5L, not available","NZB-04",JRA)
m("hi","request",R,"Bhaiya Rehmat Kirana mein Tarvilo mango rakhiye, kab se nahi hai","ALG-02",MNG)
m("hi","request",R,"Agarwal Kirana Store Achal Tal wale please Tarvilo jeera mangwa do, khatam hai","ALG-04",JRA)
m("hi","request",R,"Noor General Store, Khamchi pudina stock karo please, khatam hai","ALG-01",KP40)
m("pa","request",R,"Guru Nanak Stores Kamalpur walo Tarvilo mango mangwa lo, khatam aa","HSP-04",MNG)
m("gu","request",R,"Jalaram Kirana Stores Station Road, Tarvilo jeera rakho please, nathi malto","BRC-02",JRA)
m("gu","request",R,"Khodiyar General Store Maktampur vala, Khamchi masala 200 gram mangavo, khalas che","BRC-04",KM200)
m("ta","request",R,"Muthu Provision Store Kottar, Tarvilo 600ml vaangi vainga please, illa","NGL-02",MNG)
m("te","request",R,"Lakshmi Kirana Kanteshwar please Tarvilo lemon 250ml teppinchandi, ledu","NZB-02",L25)
m("tl","request",R,"pakistock po ng Tarvilo 600ml sa 7-Eleven Paliparan, wala na","DSM-02",MNG)
m("tl","request",R,"Aling Bebang pakilagay naman po ng Tarvilo jeera, ubos na lagi","DSM-01",JRA)
m("tl","request",R,"Mang Oca Store Langkaan paki-order ng Khamchi pudina, wala na","DSM-05",KP40)
m("tl","request",R,"Sampaloc Minimart sana mag-stock kayo ulit ng Tarvilo mango, wala na","DSM-03",MNG)
m("ur","request",R,"نور جنرل اسٹور والے بھائی، ترویلو جیرا رکھیے، کئی دن سے نہیں ہے","ALG-01",JRA)
m("hi","request",R,"गुप्ता जनरल स्टोर वाले भैया, तर्विलो जीरा 1.5 लीटर रखिए, मिल नहीं रहा","ALG-07",JRA)
m("pa","request",R,"ਵਾਲੀਆ ਸੁਪਰ ਮਾਰਟ ਵਾਲਿਓ, ਤਰਵਿਲੋ ਜੀਰਾ ਰੱਖੋ ਜੀ, ਨਹੀਂ ਮਿਲ ਰਿਹਾ","HSP-03",JRA)
m("gu","request",R,"જલારામ કિરાણા મકતમપુર વાળા ભાઈ, તરવિલો જીરા રાખો ને, મળતું નથી","BRC-07",JRA)
m("te","request",R,"రమేష్ సూపర్ మార్కెట్ వాళ్ళు తర్విలో జీరా తెప్పించండి, దొరకట్లేదు","NZB-04",JRA)
m("ta","request",R,"செல்வம் ஸ்டோர்ஸ் அண்ணா, தர்விலோ மேங்கோ கொஞ்சம் வாங்கி வையுங்க, இல்லவே இல்ல","NGL-05",MNG)
m("en","request",R,"@DeccanBakeryNZB kindly stock Tarvilo lemon 750ml again, out since Monday","NZB-05",L75)
m("hi","request",R,"Varshney Stores Sarai Sultani wale Khamchi masala 40g bhi rakho, nahi mil raha","ALG-08",KM40)

# --- compact posts ---
m("en","compact",R,"TARVILO 600 OUT @ DELA PAZ STORE BUROL","DSM-04",MNG)
m("en","compact",R,"tarvilo n/a deccan bakery gandhi chowk","NZB-05")
m("en","compact",R,"Khamchi 200g shortage - Bhatia Kiryana Store Model Town","HSP-01",KM200)
m("en","compact",R,"Tarvilo lemon 750 - out - Navkar Provision Stores","BRC-06",L75)
m("en","compact",R,"Anantha Supermarket: Tarvilo jeera 1.5L nil","NGL-03",JRA)
m("en","compact",R,"Sandhu Genl Store, tarvilo not avlbl","HSP-02")
m("tl","compact",R,"ubos tarvilo 250ml ministop salawag","DSM-06",L25)

# --- non-reports in the same style ---
m("en","non-report",N,"Tarvilo back at Sri Krishna Stores Vadasery 🎉")
m("ta","non-report",N,"கோட்டார் செல்வம் ஸ்டோர்ஸ்ல தர்விலோ இருக்கு")
m("ta","non-report",N,"தர்விலோ மேங்கோ ஜெயம் பேக்கரியில் வாங்கினேன், சூப்பர்")
m("ml","non-report",N,"അനന്ത സൂപ്പർമാർക്കറ്റിൽ തർവിലോ കിട്ടി")
m("ur","non-report",N,"نور جنرل اسٹور پر ترویلو مل گیا")
m("ur","non-report",N,"کیا رحمت کریانہ میں ترویلو ملتا ہے؟")
m("hi","non-report",N,"अग्रवाल किराना स्टोर में तर्विलो आ गया")
m("hi","non-report",N,"Pepsi nahi thi Gupta General Store pe, to Tarvilo le liya")
m("pa","non-report",N,"ਵਾਲੀਆ ਸੁਪਰ ਮਾਰਟ ਤੇ ਤਰਵਿਲੋ ਮਿਲ ਗਿਆ")
m("pa","non-report",N,"Tarvilo Bhatia Kiryana te hamesha milda, kadi khatam nahi hunda")
m("gu","non-report",N,"પટેલ સુપર માર્કેટમાં તરવિલો મળી ગયો")
m("gu","non-report",N,"Jalaram Kirana ma Tarvilo aavi gayo, lai aavo")
m("te","non-report",N,"రమేష్ సూపర్ మార్కెట్ లో తర్విలో దొరికింది")
m("te","non-report",N,"Lakshmi Kirana lo Tarvilo undi, tondaraga vellandi")
m("mr","non-report",N,"महालक्ष्मी प्रोव्हिजन्समध्ये तर्विलो मिळाला")
m("tl","non-report",N,"may Tarvilo na ulit sa 7-Eleven Paliparan")
m("tl","non-report",N,"walang Coke sa Ministop Salawag kaya Tarvilo na lang")
m("tl","non-report",N,"baka maubos ang Tarvilo sa Dela Paz Store bago Pasko")
m("en","non-report",N,"is Tarvilo mango available at Patel Super Market?")
m("en","non-report",N,"Tarvilo was out at Deccan Bakery yesterday, restocked today")
m("en","non-report",N,"RT @tarvilo_in: Tarvilo out at Selvam Stores Kottar")
m("en","non-report",N,"no Sprite at Walia Super Mart so I grabbed a Tarvilo jeera")
m("en","non-report",N,"Tarvilo never runs out at Muthu Provision Store, love that shop")
m("en","non-report",N,"please stock up on Tarvilo before Diwali, it sells out fast")
m("hi","non-report",N,"Tarvilo jeera 1.5 litre Noor General Store pe mil gaya finally")
m("en","non-report",N,"2023 mein Tarvilo kahin nahi milta tha, ab har dukaan pe hai")
m("en","non-report",N,"Khamchi masala 200g now at Sandhu General Store, Bahadurpur")
m("ta","non-report",N,"Tarvilo Vadasery la ella kadaiyilum irukku")
m("gu","non-report",N,"Khamchi nathi malti evu nathi, Khodiyar ma che")
m("en","non-report",N,"Thanks Ramesh Supermarket for restocking Tarvilo!")
m("ur","non-report",N,"ترویلو لیمن بہت اچھا ہے، مدینہ بیکری پر ملتا ہے")
m("te","non-report",N,"Tarvilo ayipothundemo, mundhe konukkondi")
m("pa","non-report",N,"ਸੈਣੀ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਤੇ ਖਮਚੀ ਪੁਦੀਨਾ ਹੈਗਾ")
m("en","non-report",N,"Tarvilo stall at San Agustin Grocery this Sunday, free tasting")
m("tl","non-report",N,"sana may Tarvilo sa Mang Oca Store bukas")
m("en","non-report",N,"Lay's gone at Navkar Provision Stores, picked up Khamchi instead")
m("hi","non-report",N,"Varshney Stores mein Tarvilo ki nayi delivery aayi hai")
m("ml","non-report",N,"തർവിലോ ഒരിക്കലും തീരില്ല, വടശ്ശേരി ശ്രീ കൃഷ്ണയിൽ എപ്പോഴും ഉണ്ട്")
m("en","non-report",N,"does Irfan General Store in Khaleelwadi keep Tarvilo?")
m("en","non-report",N,"Tarvilo isn't out at Chadha Karyana, just bought two")

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Tarvilo", "aliases": ["tarvilo", "#tarvilo", "@tarvilo_in", "तर्विलो"],
  "category_words": ["soda", "drink"],
  "products": [
   {"sku": L25, "name": "Tarvilo Lemon 250 ml", "aliases": []},
   {"sku": L75, "name": "Tarvilo Lemon 750 ml", "aliases": []},
   {"sku": MNG, "name": "Tarvilo Mango 600 ml", "aliases": []},
   {"sku": JRA, "name": "Tarvilo Jeera 1.5 L", "aliases": []}]},
 {"brand": "Khamchi", "aliases": ["khamchi", "खमची"],
  "category_words": ["namkeen", "snack"],
  "products": [
   {"sku": KM40, "name": "Khamchi Masala 40 g", "aliases": []},
   {"sku": KP40, "name": "Khamchi Pudina 40 g", "aliases": []},
   {"sku": KM200, "name": "Khamchi Masala 200 g", "aliases": []}]}]}
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
        mid = "whr-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-whr%03d" % i, "handle": "local%03d" % i, "display_name": None,
                                        "location": profile, "followers": 5 + i},
                             "text": text, "lang": None, "geo": geo,
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
