# Writes the "place-probe" labelled set (session 8, issue 14 place side). Written before any rule of that session
# changed, from general knowledge (not from the project's name or gazetteer files); run once, then frozen.
# Usage: python3 build_place_probe_set.py stream-processor/src/test/resources/labelled/place-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, country, centre lat, lon)
 "TVL": ("Tirunelveli", "Tamil Nadu", "India", 8.7200, 77.7200),
 "KLM": ("Kollam", "Kerala", "India", 8.8850, 76.5950),
 "TMK": ("Tumakuru", "Karnataka", "India", 13.3400, 77.1000),
 "ASN": ("Asansol", "West Bengal", "India", 23.6850, 86.9700),
 "KNP": ("Kanpur", "Uttar Pradesh", "India", 26.4600, 80.3300),
 "ANT": ("Antipolo", "Rizal", "Philippines", 14.5900, 121.1700),
 "TAG": ("Tagbilaran City", "Bohol", "Philippines", 9.6500, 123.8600),
 "TUG": ("Tuguegarao", "Cagayan", "Philippines", 17.6150, 121.7250),
}
SHOPS = {
 "TVL": [("Lakshmi Stores","Palayamkottai"),("Lakshmi Stores","Melapalayam"),("Sri Murugan Provision Stores","Vannarpettai"),
         ("Annapoorna Super Market","Perumalpuram"),("Sri Sankara Narayana Stores","Junction"),("Nellai Fresh Mart","KTC Nagar"),
         ("Muthu Bakery","Maharaja Nagar"),("Ganapathy Traders","Shanthi Nagar"),("Selvi Departmental Store","Palayamkottai"),
         ("Kannan Stores","Junction"),("Meenakshi Kirana","Vannarpettai"),("Velmurugan Cool Bar","Perumalpuram")],
 "KLM": [("Lakshmi Stores","Chinnakada"),("Sreekrishna Stores","Thevally"),("Ashtamudi Fresh","Asramam"),("Mariya Bakery","Kadappakada"),
         ("Bismillah Traders","Kilikollur"),("Sree Bhadra Provision Store","Karicode"),("Kerala Cool Bar","Pallimukku"),
         ("St. Joseph Stores","Kavanad"),("Chinnakada Supermarket","Chinnakada"),("Amma Stores","Kadappakada"),
         ("Sreekrishna Stores","Karicode"),("Noor Bakery","Asramam")],
 "TMK": [("Lakshmi Stores","Batawadi"),("Sri Lakshmi Venkateshwara Provisions","Ashok Nagar"),("Siddaganga Super Market","Kyathasandra"),
         ("Manjunatha General Stores","Siragate"),("Basaveshwara Traders","Jayanagar"),("Kaveri Cool Drinks","Shettihalli"),
         ("Manjunatha General Stores","Jayanagar"),("Vinayaka Bakery","Batawadi"),("Shivashakti Provisions","Kyathasandra"),
         ("Ganesh Condiments","Ashok Nagar"),("Renuka Stores","Sadashivanagar"),("Sri Raghavendra Bakery","Siragate")],
 "ASN": [("Maa Tara Bhandar","Burnpur"),("Maa Tara Bhandar","Kumarpur"),("Ghosh Mistanna Bhandar","Ushagram"),("Annapurna Stores","Apcar Garden"),
         ("Bhattacharya Grocery","Murgasol"),("Loknath Stores","Chelidanga"),("Sen Brothers","Rambandh"),("Jai Maa Kali Traders","Burnpur"),
         ("New Bengal Bakery","Kumarpur"),("Das Provision Store","Ushagram"),("Lakshmi Stores","Apcar Garden"),("Rahul Cold Drinks","Rambandh")],
 "KNP": [("Gupta General Store","Kidwai Nagar"),("Gupta General Store","Govind Nagar"),("Agarwal Kirana Bhandar","Swaroop Nagar"),
         ("Shukla Provision Store","Kakadeo"),("Jain Traders","Kalyanpur"),("Om Sai Departmental Store","Shastri Nagar"),
         ("Radhe Shyam Bhandar","Arya Nagar"),("Mishra Cold Drink Corner","Civil Lines"),("Shri Balaji Provisions","Kakadeo"),
         ("Verma Stores","Kidwai Nagar"),("Jagdamba Kirana","Govind Nagar"),("Lakshmi Stores","Swaroop Nagar"),("Pandey Stores","Ashok Nagar")],
 "ANT": [("7-Eleven","San Roque"),("7-Eleven","Cupang"),("Mercy Sari-Sari Store","Dela Paz"),("Aling Nena Store","Mayamot"),
         ("JRC Minimart","San Isidro"),("Hilltop Grocery","Dalig"),("Bautista Sari-Sari Store","Mambugan"),("Santos Mini Grocery","San Roque"),
         ("Ka Pedring Store","Cupang"),("Marites Variety Store","Dela Paz"),("Lola Osang Bakery","Mayamot")],
 "TAG": [("Nenita Sari-Sari Store","Cogon"),("Nenita Sari-Sari Store","Dao"),("Bohol Fresh Mart","Poblacion II"),("Inday Lorna Store","Booy"),
         ("Mansasa Grocery","Mansasa"),("Dagohoy Minimart","Tiptip"),("Taloto Bakeshop","Taloto"),("7-Eleven","Dao"),
         ("Gemma Variety Store","Cogon"),("Ramirez Store","Booy"),("JRC Minimart","Mansasa"),("Bol-anon Snack House","Poblacion II")],
 "TUG": [("7-Eleven","Centro"),("Mercy Sari-Sari Store","Ugac Norte"),("Ibanag Store","Caggay"),("Manang Toyang Store","Pengue-Ruyu"),
         ("Cagayan Valley Grocery","Annafunan"),("Carig Minimart","Carig"),("Lorenzo Bakery","Linao"),("Agustin Variety Store","Centro"),
         ("Apo Baket Store","Ugac Norte"),("Dela Cruz Sari-Sari Store","Caggay"),("Bannag Trading","Carig")],
}
PIN = {"TVL": "627002", "KLM": "691001", "TMK": "572101", "ASN": "713301", "KNP": "208011"}
rnd = random.Random(14)
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
def near(oid, metres):  # a device position `metres` east of an outlet
    lat, lon = POS[oid]
    return {"lat": lat, "lon": round(lon + metres / (111000 * math.cos(math.radians(lat))), 6)}
def far(p):  # a device position in the city, 4 km north-east of its centre, away from every outlet
    _, _, _, clat, clon = CITIES[p]
    return {"lat": round(clat + 0.034, 5), "lon": round(clon + 0.030, 5)}
T250, T500, T1000, T1500 = "TVS-250", "TVS-500", "TVS-1000", "TVS-1500"
KM45, KM90, KS45 = "KRM-MAS-45", "KRM-MAS-90", "KRM-SLT-45"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, loc=None, profile=None, geo=None):
    """city: a city prefix when the label names a city but no outlet; profile: a city prefix or a name."""
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))
# Tamil, Tirunelveli
m("ta","native-script",R,"பாளையங்கோட்டை லட்சுமி ஸ்டோர்ஸில் தவிஷா 500ml இல்லை","TVL-01",T500)
m("ta","native-script",R,"மேலப்பாளையம் லட்சுமி ஸ்டோர்ஸ்ல தவிஷா கிடைக்கவில்லை","TVL-02")
m("ta","same-name-tie",R,"லட்சுமி ஸ்டோர்ஸில் தவிஷா இல்லை",None,None,"TVL",None,"TVL")
m("ta","misspelling",R,"Tavisha 1.5 litre kedaikala at Murugan stores Vannarpettai","TVL-03",T1500)
m("ta","case-ending",R,"அன்னபூர்ணா சூப்பர் மார்க்கெட் பெருமாள்புரத்தில் தவிஷா ஒரு லிட்டர் தீர்ந்துவிட்டது","TVL-04",T1000)
m("ta","initials",R,"SSN stores junction la Tavisha stock illa","TVL-05")
m("en","size-format",R,"Nellai fresh mart KTC nagar - Kurumo masala 90g out of stock","TVL-06",KM90)
m("ta","compound",R,"Muthu bakery maharajanagar tavisha illa","TVL-07")
m("ta","size-format",R,"கண்ணன் ஸ்டோர்ஸ் ஜங்ஷன்ல Tavisha அரை லிட்டர் இல்லை","TVL-10",T500)
m("ta","misspelling",R,"Meenakshi kirana vannarpet la Kurumo kidaikala","TVL-11")
m("en","landmark",R,"near the temple shop, no Tavisha since monday",None,None,"TVL",None,"TVL")
m("ta","device-location",R,"இங்கே தவிஷா இல்லை","TVL-09",geo=near("TVL-09",15))
m("ta","device-location",R,"inga Tavisha 250ml kedaikkala","TVL-12",T250,geo=near("TVL-12",25))
m("ta","device-far",R,"Tavisha illa inge",None,None,"TVL",geo=far("TVL"))
m("ta","compound",R,"Selvi Dept store Palay kottai Tavisha 1500 ml illa","TVL-09",T1500)
m("ta","abbreviation",R,"Lakshmi strs Palayamkotai la Tavisha 1L illa","TVL-01",T1000)
m("ta","size-format",R,"Ganapathy Traders Shanthi Nagar - Tavisha kaal litre illa","TVL-08",T250)
m("ta","native-script",R,"திருநெல்வேலியில் எங்கும் தவிஷா கிடைக்கவில்லை",None,None,"TVL")
m("ta","two-sizes",R,"Velmurugan cool bar perumalpuram - Tavisha 1.5L illa, 500ml mattum irukku","TVL-12",T1500)
m("ta","non-report",N,"Lakshmi Stores Palayamkottai la Tavisha neraya irukku")
m("ta","non-report-device",N,"inga Tavisha irukku, vaangitten",geo=near("TVL-01",10))
m("ta","vowelless",R,"Kannan strs jnctn la Tavisha illa","TVL-10")
m("ta","case-ending",R,"வண்ணார்பேட்டையில் மீனாட்சி கிரானாவில் குருமோ இல்லை","TVL-11")
m("ta","profile-vs-stray",R,"Madurai la irundhu vandhen, Nellai Fresh Mart la Tavisha illa","TVL-06",None,None,None,"TVL")
# Malayalam, Kollam
m("ml","native-script",R,"ചിന്നക്കടയിലെ ലക്ഷ്മി സ്റ്റോഴ്സിൽ തവിഷ ഇല്ല","KLM-01")
m("ml","unique-locality",R,"Lakshmi Stores Chinnakada il Tavisha kittanilla","KLM-01")
m("ml","case-ending",R,"തേവള്ളിയിൽ ശ്രീകൃഷ്ണ സ്റ്റോഴ്സിൽ തവിഷ 1 ലിറ്റർ തീർന്നു","KLM-02",T1000)
m("ml","same-name-tie",R,"Sreekrishna stores il Tavisha illa",None,None,"KLM",None,"KLM")
m("ml","size-format",R,"Sreekrishna Stores Karicode tavisha അര ലിറ്റർ ഇല്ല","KLM-11",T500)
m("ml","size-format",R,"Ashtamudi fresh asramam - kurumo 45g masala illa","KLM-03",KM45)
m("ml","case-ending",R,"ആശ്രാമത്തിലെ അഷ്ടമുടി ഫ്രഷിൽ കുരുമോ ഇല്ല","KLM-03")
m("ml","misspelling",R,"Mariya bakery kadappakkada tavisha illa","KLM-04")
m("ml","misspelling",R,"Bismillah traders kilikolloor Tavisha 250 ml kittunnilla","KLM-05",T250)
m("ml","device-location",R,"ivide Tavisha illa","KLM-07",geo=near("KLM-07",20))
m("ml","device-location",R,"ഇവിടെ തവിഷ 1.5 ലിറ്റർ ഇല്ല","KLM-08",T1500,geo=near("KLM-08",35))
m("ml","device-far",R,"ivide evideyum Tavisha illa",None,None,"KLM",geo=far("KLM"))
m("ml","case-ending",R,"Chinnakada supermarket-il tavisha 1ltr theernnu","KLM-09",T1000)
m("ml","vowelless",R,"Amma stores kdpkd tavisha illa","KLM-10")
m("ml","size-format",R,"Noor bakery asramam tavisha half litre kittanilla","KLM-12",T500)
m("ml","misspelling",R,"Sree Bhadra provision store karikode tavisha illa","KLM-06")
m("ml","non-report",N,"Kerala cool bar pallimukku il Tavisha und")
m("ml","size-format",R,"St Joseph stores kavanad, Tavisha onnara litre illa","KLM-08",T1500)
m("ml","native-script",R,"കൊല്ലത്ത് തവിഷ കിട്ടാനില്ല",None,None,"KLM")
m("ml","native-script",R,"കരിക്കോട് ശ്രീ ഭദ്ര സ്റ്റോറിൽ തവിഷ ഇല്ല","KLM-06")
m("ml","initials",R,"Tavisha illa at SBP store Karicode","KLM-06")
# Kannada, Tumakuru
m("kn","case-ending",R,"ಬಟವಾಡಿಯ ಲಕ್ಷ್ಮಿ ಸ್ಟೋರ್ಸ್‌ನಲ್ಲಿ ತವಿಶಾ ಸಿಗುತ್ತಿಲ್ಲ","TMK-01")
m("kn","unique-locality",R,"Lakshmi stores batawadi alli tavisha illa","TMK-01")
m("kn","initials",R,"SLV provisions ashoknagar tavisha 1 litre illa","TMK-02",T1000)
m("kn","initials",R,"slv alli tavisha khali","TMK-02",None,None,None,"TMK")
m("kn","native-script",R,"ಸಿದ್ಧಗಂಗಾ ಸೂಪರ್ ಮಾರ್ಕೆಟ್‌ನಲ್ಲಿ ತವಿಶಾ ಅರ್ಧ ಲೀಟರ್ ಇಲ್ಲ","TMK-03",T500)
m("kn","same-name-tie",R,"Manjunatha general stores alli Tavisha illa",None,None,"TMK",None,"TMK")
m("kn","abbreviation",R,"Manjunatha gen stores Siragate alli tavisha 250ml illa","TMK-04",T250)
m("kn","native-script",R,"ಜಯನಗರದ ಮಂಜುನಾಥ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ಅಲ್ಲಿ ತವಿಶಾ ಖಾಲಿ","TMK-07")
m("kn","size-format",R,"Basaveshwara traders jayanagar kurumo 90 grams illa","TMK-05",KM90)
m("kn","compound",R,"Shiva Shakti provisions kyathsandra tavisha illa","TMK-09")
m("kn","vowelless",R,"Vinayaka bakery btwdi tavisha sigtilla","TMK-08")
m("kn","device-location",R,"illi Tavisha illa","TMK-06",geo=near("TMK-06",20))
m("kn","device-location",R,"ಇಲ್ಲಿ ತವಿಶಾ ಒಂದು ಲೀಟರ್ ಸಿಗುತ್ತಿಲ್ಲ","TMK-10",T1000,geo=near("TMK-10",40))
m("kn","native-script",R,"ತುಮಕೂರಿನಲ್ಲಿ ಎಲ್ಲೂ ತವಿಶಾ ಸಿಗುತ್ತಿಲ್ಲ",None,None,"TMK")
m("kn","size-format",R,"Renuka stores sadashivnagar Tavisha ondu litre illa","TMK-11",T1000)
m("kn","compound",R,"Raghavendra bakery sira gate tavisha 1.5 ltr illa","TMK-12",T1500)
m("kn","non-report",N,"Ganesh condiments alli tavisha ide, chinte beda")
m("kn","two-sizes",R,"Sri Raghavendra Bakery ge hogidde, Tavisha 500 ml illa but 1 L ide","TMK-12",T500)
m("kn","device-far",R,"illi yellu Tavisha sigtilla",None,None,"TMK",geo=far("TMK"))
m("kn","case-ending",R,"ರೇಣುಕಾ ಸ್ಟೋರ್ಸ್‌ನಲ್ಲಿ ತವಿಶಾ ಇಲ್ಲ","TMK-11")
# Bengali, Asansol
m("bn","case-ending",R,"বার্নপুরের মা তারা ভাণ্ডারে তাভিশা নেই","ASN-01")
m("bn","unique-locality",R,"Maa Tara Bhandar Kumarpur e Tavisha pawa jachhe na","ASN-02")
m("bn","same-name-tie",R,"Maa Tara Bhandar e Tavisha nei",None,None,"ASN",None,"ASN")
m("bn","size-format",R,"ঊষাগ্রামে ঘোষ মিষ্টান্ন ভাণ্ডারে তাভিশা আধ লিটার শেষ","ASN-03",T500)
m("bn","size-format",R,"Annapurna stores apcar garden e tavisha 1 litre nei","ASN-04",T1000)
m("bn","case-ending",R,"Bhattacharya grocery murgasol-e Kurumo masala 90 gm nei","ASN-05",KM90)
m("bn","case-ending",R,"Loknath stores chelidangate tavisha pacchi na","ASN-06")
m("bn","abbreviation",R,"Sen bros rambandh e tavisha nei","ASN-07")
m("bn","size-format",R,"Jai Maa Kali traders burnpur tavisha 250ml sesh","ASN-08",T250)
m("bn","device-location",R,"এখানে তাভিশা নেই","ASN-09",geo=near("ASN-09",15))
m("bn","device-location",R,"ekhane Tavisha dedh litre nei","ASN-10",T1500,geo=near("ASN-10",30))
m("bn","device-far",R,"Tavisha kothao nei ekhane",None,None,"ASN",geo=far("ASN"))
m("bn","native-script",R,"আসানসোলে তাভিশা পাওয়া যাচ্ছে না",None,None,"ASN")
m("bn","unique-locality",R,"Lakshmi stores apcar gardene tavisha nei","ASN-11")
m("bn","case-ending",R,"New Bengal bakery kumarpure tavisha ek litre nei","ASN-09",T1000)
m("bn","two-sizes",R,"Das provision ushagram tavisha 1.5L nei, 500ml ache","ASN-10",T1500)
m("bn","non-report",N,"Rahul cold drinks e Tavisha ache, kal theke esechhe")
m("bn","plain",R,"Sen Brothers e tavisha nei","ASN-07")
m("bn","native-script",R,"কুমারপুরে নিউ বেঙ্গল বেকারিতে তাভিশা নেই","ASN-09")
m("bn","native-script",R,"লোকনাথ স্টোর্সে তাভিশা ২৫০ মিলি নেই","ASN-06",T250)
# Hindi, Kanpur
m("hi","native-script",R,"किदवई नगर के गुप्ता जनरल स्टोर पर तविशा नहीं मिल रहा","KNP-01")
m("hi","unique-locality",R,"Gupta General Store Govind Nagar mein Tavisha khatam","KNP-02")
m("hi","same-name-tie",R,"Gupta General Store par Tavisha nahi hai",None,None,"KNP",None,"KNP")
m("hi","abbreviation",R,"Gupta gen str kidwainagar tavisha 1 ltr nahi","KNP-01",T1000)
m("hi","size-format",R,"अग्रवाल किराना भंडार स्वरूप नगर में तविशा आधा लीटर नहीं है","KNP-03",T500)
m("hi","misspelling",R,"Shukla provision kakadev mein tavisha 250 ml khatam","KNP-04",T250)
m("hi","postposition",R,"Jain traders kalyanpur ke paas tavisha nahi mil raha","KNP-05")
m("hi","size-format",R,"ओम साई डिपार्टमेंटल स्टोर शास्त्री नगर में तविशा डेढ़ लीटर खत्म","KNP-06",T1500)
m("hi","size-format",R,"Radhe Shyam bhandar arya nagar par Kurumo 90g nahi hai","KNP-07",KM90)
m("hi","device-location",R,"yahan Tavisha nahi hai","KNP-08",geo=near("KNP-08",20))
m("hi","device-location",R,"इस दुकान में तविशा एक लीटर नहीं है","KNP-09",T1000,geo=near("KNP-09",30))
m("hi","device-far",R,"yahan aas paas kahin Tavisha nahi",None,None,"KNP",geo=far("KNP"))
m("hi","profile-vs-stray",R,"Lucknow wale bhaiya ki dukaan Verma stores Kidwai nagar, Tavisha nahi mila","KNP-10",None,None,None,"KNP")
m("hi","profile-vs-stray",R,"Verma stores mein Tavisha nahi hai, Agra se aaye bhaiya bhi dhoond rahe","KNP-10",None,None,None,"KNP")
m("hi","compound",R,"Jagdamba kirana govindnagar tavisha 500ml khatam","KNP-11",T500)
m("hi","size-format",R,"Jagadamba Kirana Govind Ngr mein Tavisha 1/2 litre nahi","KNP-11",T500)
m("hi","vowelless",R,"Shri Balaji provisions kkd tavisha 1.5 ltr khtm","KNP-09",T1500)
m("hi","plain",R,"Pandey stores ashok nagar kanpur mein tavisha nahi","KNP-13")
m("hi","profile-prior",R,"Ashok Nagar mein Tavisha nahi mil raha",None,None,"KNP","Ashok Nagar","KNP")
m("hi","profile-prior",R,"Ashok Nagar mein Tavisha nahi mil raha ab",None,None,"TMK","Ashok Nagar","TMK")
m("hi","native-script",R,"कानपुर में तविशा कहीं नहीं मिल रहा",None,None,"KNP")
m("hi","size-format",R,"Lakshmi stores swaroop nagar mein tavisha ek litre nahi","KNP-12",T1000)
m("hi","non-report",N,"Gupta General Store Kidwai Nagar mein Tavisha mil gaya")
m("hi","non-report",N,"kal Mishra cold drink corner pe Tavisha nahi tha, aaj aa gaya")
m("hi","size-format",R,"Mishra cold drink corner civil lines - tavisha 1000ml nahi","KNP-08",T1000)
m("hi","size-format",R,"Tavisha do sau pachas ml nahi hai Agarwal kirana mein","KNP-03",T250)
m("hi","postposition",R,"काकादेव में शुक्ला प्रोविजन स्टोर पर तविशा खत्म","KNP-04")
m("hi","initials",R,"OSDS shastri nagar mein tavisha nahi","KNP-06")
# Tagalog, Antipolo
m("tl","plain",R,"Wala nang Tavisha sa 7-Eleven San Roque","ANT-01")
m("tl","abbreviation",R,"Ubos na Tavisha sa 7-11 Cupang","ANT-02")
m("tl","same-name-tie",R,"Wala nang Tavisha sa 7-Eleven",None,None,"ANT",None,"ANT")
m("tl","size-format",R,"Mercy sari sari store dela paz, wala nang Tavisha 1.5L","ANT-03",T1500)
m("tl","size-format",R,"Sa tindahan ni Aling Nena sa Mayamot, ubos ang Tavisha isang litro","ANT-04",T1000)
m("tl","initials",R,"JRC minimart san isidro walang Tavisha","ANT-05")
m("tl","size-format",R,"Hilltop grocery dalig: wala ng Tavisha kalahating litro","ANT-06",T500)
m("tl","abbreviation",R,"Bautista sari2 mambugan ubos na tavisha","ANT-07")
m("tl","device-location",R,"Wala dito Tavisha","ANT-08",geo=near("ANT-08",15))
m("tl","device-location",R,"Walang Tavisha 250ml dito","ANT-09",T250,geo=near("ANT-09",25))
m("tl","device-far",R,"Wala talagang Tavisha dito sa amin",None,None,"ANT",geo=far("ANT"))
m("tl","size-format",R,"Marites variety store sa Dela Paz ubos na ang Kurumo masala 90g","ANT-10",KM90)
m("tl","size-format",R,"Lola Osang bakery mayamot wala tavisha half liter","ANT-11",T500)
m("tl","size-format",R,"Santos mini grocery sa san roque walang Tavisha 1L","ANT-08",T1000)
m("tl","misspelling",R,"Ka Pedring store cupang wla ng tavisha","ANT-09")
m("tl","non-report",N,"May Tavisha na ulit sa JRC minimart San Isidro")
m("tl","plain",R,"Sa Antipolo wala nang Tavisha kahit saan",None,None,"ANT")
m("tl","profile-prior",R,"Mercy Sari-Sari Store wala Tavisha","ANT-03",None,None,None,"ANT")
m("tl","two-sizes",R,"Bautista store mambugan: 1.5 litro tavisha wala, pero may 500ml","ANT-07",T1500)
m("tl","landmark",R,"Walang Tavisha sa tindahan malapit sa simbahan",None,None,"ANT",None,"ANT")
m("tl","non-report-device",N,"Dami ng Tavisha dito, bumili ako ng dalawa",geo=near("ANT-01",10))
# Cebuano, Tagbilaran
m("ceb","plain",R,"Wala nay Tavisha sa Nenita sari-sari store sa Cogon","TAG-01")
m("ceb","unique-locality",R,"Nahurot ang Tavisha sa Nenita store Dao","TAG-02")
m("ceb","same-name-tie",R,"Walay Tavisha sa Nenita sari-sari",None,None,"TAG",None,"TAG")
m("ceb","size-format",R,"Bohol fresh mart poblacion 2 walay tavisha 1 litro","TAG-03",T1000)
m("ceb","size-format",R,"Sa Inday Lorna store sa Booy, wala nay Tavisha tunga sa litro","TAG-04",T500)
m("ceb","size-format",R,"Mansasa grocery walay Kurumo 45g salt","TAG-05",KS45)
m("ceb","plain",R,"Dagohoy minimart tiptip nahurot tavisha","TAG-06")
m("ceb","size-format",R,"Taloto bakeshop walay tavisha 250 ml","TAG-07",T250)
m("ceb","device-location",R,"Wala diri Tavisha","TAG-08",geo=near("TAG-08",20))
m("ceb","device-location",R,"Walay Tavisha usa ka litro dinhi","TAG-09",T1000,geo=near("TAG-09",30))
m("ceb","device-far",R,"Walay Tavisha bisan asa diri",None,None,"TAG",geo=far("TAG"))
m("ceb","unique-locality",R,"7-Eleven Dao walay Tavisha","TAG-08")
m("ceb","size-format",R,"Gemma variety cogon nahurot na ang tavisha 1.5 ltr","TAG-09",T1500)
m("ceb","plain",R,"Ramirez store booy walay tavisha","TAG-10")
m("ceb","profile-prior",R,"JRC minimart walay tavisha","TAG-11",None,None,None,"TAG")
m("ceb","same-name-tie",R,"JRC minimart walay tavisha karon")
m("ceb","misspelling",R,"Bolanon snack house walay Tavisha","TAG-12")
m("ceb","non-report",N,"Naa na'y Tavisha sa Bohol Fresh Mart")
m("ceb","plain",R,"Sa Tagbilaran walay Tavisha bisan asa",None,None,"TAG")
m("ceb","two-sizes",R,"Nenita sari sari cogon: walay tavisha 500ml, naa ra 1L","TAG-01",T500)
m("ceb","landmark",R,"Walay Tavisha sa tindahan duol sa simbahan",None,None,"TAG",None,"TAG")
# Ilocano, Tuguegarao
m("ilo","plain",R,"Awan ti Tavisha idiay 7-Eleven Centro","TUG-01")
m("ilo","plain",R,"Naibus ti Tavisha idiay Mercy sari-sari store Ugac Norte","TUG-02")
m("ilo","plain",R,"Awan ti Tavisha idiay Ibanag store Caggay","TUG-03")
m("ilo","size-format",R,"Idiay Manang Toyang store Pengue-Ruyu, awan ti Tavisha 1.5 litro","TUG-04",T1500)
m("ilo","size-format",R,"Cagayan Valley grocery annafunan awan tavisha maysa a litro","TUG-05",T1000)
m("ilo","size-format",R,"Carig minimart awan ti kurumo 90g","TUG-06",KM90)
m("ilo","plain",R,"Lorenzo bakery linao awan ti tavisha","TUG-07")
m("ilo","device-location",R,"Awan ti Tavisha ditoy","TUG-08",geo=near("TUG-08",20))
m("ilo","device-location",R,"Awanen ti Tavisha 250ml ditoy","TUG-09",T250,geo=near("TUG-09",35))
m("ilo","device-far",R,"Awan ti Tavisha ditoy lugar mi",None,None,"TUG",geo=far("TUG"))
m("ilo","plain",R,"Dela Cruz sari sari caggay awan tavisha","TUG-10")
m("ilo","size-format",R,"Bannag trading carig awan ti tavisha kagudua a litro","TUG-11",T500)
m("ilo","compound",R,"Apo Baket store ugac awan ti tavisha","TUG-09")
m("ilo","profile-prior",R,"Mercy sari sari store awan ti Tavisha","TUG-02",None,None,None,"TUG")
m("ilo","non-report",N,"Adda Tavisha idiay 7-Eleven Centro")
m("ilo","plain",R,"Idiay Tuguegarao awan ti Tavisha",None,None,"TUG")
m("ilo","plain",R,"Agustin variety store awan ti tavisha","TUG-08")
m("ilo","two-sizes",R,"7-Eleven Centro Tuguegarao: awan ti tavisha 1 ltr ken 500ml","TUG-01")  # two products missing: no one SKU
m("ilo","misspelling",R,"Manang Toyang pengue ruyu awan ti tavisha","TUG-04")
# English and mixed
m("en","same-name-tie",R,"Tavisha 1.5 ltr out at Lakshmi Stores",None,T1500)
m("en","plain",R,"No Tavisha at Lakshmi Stores Melapalayam","TVL-02")
m("en","initials",R,"TAVISHA 500 ML OUT AT SLV PROVISIONS TUMKUR","TMK-02",T500)
m("en","size-format",R,"Sri Lakshmi Venkateshwara Provisions Ashok Nagar out of Tavisha 1L","TMK-02",T1000)
m("en","size-format",R,"Tavisha one litre not available at Om Sai Dept Store Shastri Nagar Kanpur","KNP-06",T1000)
m("en","plain",R,"Can't find Tavisha 250ml anywhere in Kollam",None,T250,"KLM")
m("en","size-format",R,"Kurumo 90 gram sold out at Ghosh Mistanna Bhandar Ushagram","ASN-03",KM90)
m("en","landmark",R,"No Tavisha at the shop near the bus stand",None,None,"TUG",None,"TUG")
m("en","size-format",R,"Tavisha two fifty ml gone at Hilltop Grocery Dalig","ANT-06",T250)
m("en","non-report",N,"Pepsi out at Gupta General Store Kidwai Nagar so took a Tavisha")
m("en","non-report",N,"Will Tavisha run out at Bohol Fresh Mart before fiesta?")
m("en","two-sizes",R,"Anyone else? Lakshmi Stores Batawadi has no Tavisha 1.5L since Tuesday","TMK-01",T1500)
m("en","size-format",R,"Tavisha half a litre missing at Muthu Bakery, Maharaja Nagar","TVL-07",T500)
m("en","non-report-device",N,"this shop has plenty of Tavisha",geo=near("ASN-01",10))
m("en","size-format",R,"Kurumo 45 gm out at Annapurna Stores","ASN-04")
m("en","profile-vs-stray",R,"Back from Madurai trip, Kannan Stores junction has no Tavisha","TVL-10",None,None,None,"TVL")
m("en","unique-locality",R,"Lakshmi Stores Swaroop Nagar out of Tavisha","KNP-12")
m("en","device-location",R,"This 7-Eleven ran out of Tavisha","ANT-02",geo=near("ANT-02",30))
m("en","two-sizes",R,"Tavisha 250ml and 1.5 litre both gone at Carig Minimart","TUG-06")  # two products missing: no one SKU
m("en","non-report",N,"Tavisha is NOT out of stock at Sen Brothers, just bought two")

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Tavisha", "aliases": ["tavisha", "#tavisha", "@tavishadrinks", "तविशा", "தவிஷா", "തവിഷ", "ತವಿಶಾ", "তাভিশা"],
  "category_words": ["drink", "soda"],
  "products": [
   {"sku": T250, "name": "Tavisha Lemon 250ml", "aliases": []},
   {"sku": T500, "name": "Tavisha Lemon 500 ML", "aliases": []},
   {"sku": T1000, "name": "Tavisha Lemon 1 Ltr", "aliases": []},
   {"sku": T1500, "name": "Tavisha Lemon 1.5 Litre", "aliases": []}]},
 {"brand": "Kurumo", "aliases": ["kurumo", "#kurumo", "कुरुमो", "குருமோ", "കുരുമോ", "ಕುರುಮೋ", "কুরুমো"],
  "category_words": ["chips"],
  "products": [
   {"sku": KM45, "name": "Kurumo Masala 45 g", "aliases": []},
   {"sku": KM90, "name": "Kurumo Masala 90g", "aliases": []},
   {"sku": KS45, "name": "Kurumo Salt 45 gm", "aliases": []}]}]}
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
        mid = "pp-%s-%02d" % (lang, count[lang])
        where = CITIES[profile][0] if profile in CITIES else profile
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": {"id": "u-pp%03d" % i, "handle": "probe%03d" % i, "display_name": None,
                                        "location": where, "followers": 5 + i},
                             "text": text, "lang": None, "geo": geo, "is_repost": False}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=O[outlet][4], locality=O[outlet][3])
            elif city:
                lab.update(city=CITIES[city][0], locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", len(OUTLETS), "outlets")
