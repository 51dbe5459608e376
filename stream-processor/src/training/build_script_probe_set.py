# Writes the "script-probe" labelled set (session 10, issue 14: posts in the Indian scripts and Urdu). Written before
# any rule of that session changed, from the writer's knowledge of how people write (not from the project's name,
# gazetteer or lexicon files); run once, then kept as it is.
# Shop and locality names are in the script while the registry writes them in Latin letters; sizes in the script's
# own digits and unit words; the two brands in the script (the catalog spells Ruvako in Latin letters only and
# Kesrali also in Devanagari); the city in the script with its case ending; device locations with a word for
# "here"; non-reports (found, never runs out, a question, a past year, another product out) in the same style.
# Usage: python3 build_script_probe_set.py stream-processor/src/test/resources/labelled/script-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, country, centre lat, lon)
 "PTL": ("Patiala", "Punjab", "India", 30.3400, 76.3900),
 "BPL": ("Bhopal", "Madhya Pradesh", "India", 23.2550, 77.4050),
 "KOP": ("Kolhapur", "Maharashtra", "India", 16.7050, 74.2400),
 "SLG": ("Siliguri", "West Bengal", "India", 26.7200, 88.4250),
 "VDR": ("Vadodara", "Gujarat", "India", 22.3050, 73.1850),
 "CTC": ("Cuttack", "Odisha", "India", 20.4650, 85.8800),
 "MDU": ("Madurai", "Tamil Nadu", "India", 9.9250, 78.1200),
 "GNT": ("Guntur", "Andhra Pradesh", "India", 16.3050, 80.4400),
 "MNG": ("Mangaluru", "Karnataka", "India", 12.8700, 74.8500),
 "KZK": ("Kozhikode", "Kerala", "India", 11.2550, 75.7800),
}
SHOPS = {
 "PTL": [("Guru Nanak Provision Store","Tripuri"),("Shri Balaji General Store","Adalat Bazar"),("Lakshmi Kirana Store","Model Town"),
         ("Sandhu Medical Hall","Leela Bhawan"),("Royal Bakery","Sanauri Adda"),("Waheguru Mart","Urban Estate"),
         ("Shri Balaji General Store","Tripuri"),("Bhatia Provision Store","Adalat Bazar")],
 "BPL": [("Madina General Store","Budhwara"),("Shri Ganesh Kirana","Arera Colony"),("Noor Bakery","Ibrahimpura"),
         ("Sharma Medical Store","MP Nagar"),("Balaji Mart","Kolar Road"),("Lakshmi Provision Store","Bairagarh"),
         ("Al Hamd Provision Store","Jahangirabad"),("Anand General Stores","Shahpura"),("Hyderi Medical","Budhwara"),
         ("Shri Ganesh Kirana","Kolar Road")],
 "KOP": [("Shri Mahalaxmi General Stores","Rajarampuri"),("Ganesh Kirana Bhandar","Shahupuri"),("Balaji Super Mart","Tarabai Park"),
         ("Jyotiba Medical","Mangalwar Peth"),("Patil Bakery","Shivaji Peth"),("Samarth Provision Stores","Rajarampuri"),
         ("Datta Kirana","Kasba Bawada"),("Sai Mart","Tarabai Park")],
 "SLG": [("Jay Maa Durga Bhandar","Hakimpara"),("Lakshmi General Store","Pradhan Nagar"),("Ganesh Medical Hall","Sevoke Road"),
         ("Annapurna Bakery","Ashrampara"),("Sen Provision Store","Khalpara"),("Loknath Mart","Hakimpara"),
         ("Balaji Stores","Pradhan Nagar"),("Basu General Store","Babupara")],
 "VDR": [("Jay Ambe Provision Stores","Manjalpur"),("Shree Ganesh Kirana","Karelibaug"),("Balaji General Stores","Alkapuri"),
         ("Lakshmi Medical Store","Fatehgunj"),("Navrang Bakery","Gotri"),("Shree Ram Mart","Akota"),
         ("Patel Provision Store","Manjalpur"),("Jalaram General Stores","Nizampura")],
 "CTC": [("Jagannath Stores","Buxi Bazar"),("Maa Mangala Kirana","Badambadi"),("Lakshmi Medical","Tulsipur"),
         ("Sri Ganesh Bakery","Chandni Chowk"),("Balaji General Store","Link Road"),("Das Provision Store","Mangalabag"),
         ("Utkal Mart","Cantonment Road"),("Maa Tarini Stores","Bidanasi")],
 "MDU": [("Sri Murugan Stores","Anna Nagar"),("Lakshmi Provision Stores","KK Nagar"),("Sri Balaji Medicals","Simmakkal"),
         ("Meenakshi Bakery","Goripalayam"),("Ganesh General Stores","Tallakulam"),("Saravana Mart","Thirunagar"),
         ("Pandian Stores","Villapuram"),("Selvam Provision Stores","Sellur")],
 "GNT": [("Sri Venkateswara Kirana","Brodipet"),("Lakshmi General Stores","Arundelpet"),("Balaji Medical Stores","Lakshmipuram"),
         ("Sri Sai Bakery","Kothapet"),("Durga Provision Stores","Pattabhipuram"),("Ganesh Mart","Arundelpet"),
         ("Sri Venkateswara Kirana","Nallapadu"),("Annapurna Stores","Brodipet")],
 "MNG": [("Sri Manjunatha Provision Stores","Kadri"),("Lakshmi General Stores","Hampankatta"),("Ganesh Medicals","Bejai"),
         ("Balaji Bakery","Kankanady"),("Sri Durga Mart","Urwa"),("Mahalingeshwara Stores","Kottara"),
         ("Canara Provision Stores","Bunder"),("Sri Ganesh Kirana","Kadri")],
 "KZK": [("St. Mary's Bakery","Chevayur"),("Sree Lakshmi Stores","Mavoor Road"),("Ganesh Medicals","Palayam"),
         ("Malabar Mart","Nadakkavu"),("Balaji General Stores","Mananchira"),("Kerala Provision Stores","Eranhipalam"),
         ("Sree Krishna Bakery","West Hill"),("Noor Stores","Kallai")],
}
PIN = {"PTL": "147001", "BPL": "462001", "KOP": "416001", "SLG": "734001", "VDR": "390001",
       "CTC": "753001", "MDU": "625001", "GNT": "522001", "MNG": "575001", "KZK": "673001"}
rnd = random.Random(10)
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
        addr = "%s, %s %s" % (loc, city, PIN[p])
        OUTLETS.append((oid, name, addr, loc, city, region, country, round(lat, 5), round(lon, 5)))
        POS[oid] = (round(lat, 5), round(lon, 5))
def near(oid, metres):  # a device position `metres` north of an outlet
    lat, lon = POS[oid]
    return {"lat": round(lat + metres / 111000, 6), "lon": lon}
R200, R600, R1500 = "RVK-200", "RVK-600", "RVK-1500"
KM40, KM90, KP40 = "KSR-MAS-40", "KSR-MAS-90", "KSR-PUD-40"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, profile=None, geo=None):
    """city: a city prefix when the label names a city but no outlet; profile: a city prefix for the author's location."""
    M.append((lang, cat, so, text, outlet, sku, city, profile, geo))

# Hindi (Devanagari), Bhopal
m("hi","native-digits",R,"अरेरा कॉलोनी के श्री गणेश किराना में रुवाको ६०० मिली नहीं मिल रहा","BPL-02",R600)
m("hi","native-shop",R,"शर्मा मेडिकल स्टोर एमपी नगर में रुवाको खत्म हो गया है","BPL-04")
m("hi","native-digits",R,"बालाजी मार्ट कोलार रोड पर केसराली मसाला ९० ग्राम कब से नहीं है","BPL-05",KM90)
m("hi","native-city",R,"भोपाल में कहीं भी रुवाको नहीं मिल रहा, तीन दुकानें देख लीं",None,None,"BPL")
m("hi","native-digits",R,"बैरागढ़ की लक्ष्मी प्रोविज़न स्टोर पर रुवाको १.५ लीटर वाली बोतल खत्म","BPL-06",R1500)
m("hi","device-location",R,"यहाँ रुवाको का स्टॉक खत्म हो गया है","BPL-08",geo=near("BPL-08",15))
m("hi","native-shop",R,"आनंद जनरल स्टोर्स शाहपुरा में केसराली पुदीना नहीं है, भैया बोले अगले हफ्ते आएगा","BPL-08",KP40)
m("hi","same-name-tie",R,"श्री गणेश किराना में रुवाको नहीं है",None,None,"BPL","BPL")
m("hi","native-locality",R,"कोलार रोड वाले श्री गणेश किराना में रुवाको २०० मिली नहीं मिला","BPL-10",R200)
m("hi","unit-word",R,"लक्ष्मी प्रोविज़न स्टोर बैरागढ़ में केसराली ४० ग्राम मसाला खत्म है","BPL-06",KM40)
m("hi","device-location",R,"रुवाको ६०० एमएल यहाँ नहीं है","BPL-04",R600,geo=near("BPL-04",20))
m("hi","non-report",N,"अरेरा कॉलोनी के श्री गणेश किराना में रुवाको मिल गया, ६०० मिली वाली बोतल ले ली")
m("hi","non-report",N,"शर्मा मेडिकल स्टोर में रुवाको कभी खत्म नहीं होता")
m("hi","non-report",N,"क्या बालाजी मार्ट में केसराली मिलता है?")
m("hi","non-report",N,"पिछले साल दिवाली पर रुवाको कहीं नहीं मिलता था, अब हर दुकान में है")
m("hi","non-report-device",N,"यहाँ पेप्सी नहीं थी तो रुवाको ले लिया",geo=near("BPL-05",12))
m("hi","native-city",R,"भोपाल के हमीदिया रोड पर किसी दुकान में केसराली नहीं है",None,None,"BPL")
# Marathi (Devanagari), Kolhapur
m("mr","native-locality",R,"राजारामपुरीतील श्री महालक्ष्मी जनरल स्टोर्समध्ये रुवाको मिळत नाही","KOP-01")
m("mr","native-digits",R,"शाहूपुरीच्या गणेश किराणा भांडारात केसराली मसाला ९० ग्रॅम संपलंय","KOP-02",KM90)
m("mr","native-digits",R,"ताराबाई पार्क बालाजी सुपर मार्ट मध्ये रुवाको ६०० मिली नाही","KOP-03",R600)
m("mr","native-city",R,"कोल्हापुरात कुठेच रुवाको मिळत नाहीये",None,None,"KOP")
m("mr","native-locality",R,"मंगळवार पेठेतील ज्योतिबा मेडिकल मध्ये रुवाको २०० मिली संपले आहे","KOP-04",R200)
m("mr","native-shop",R,"पाटील बेकरी शिवाजी पेठ इथे केसराली पुदिना नाही","KOP-05",KP40)
m("mr","device-location",R,"इथे रुवाको संपला आहे","KOP-06",geo=near("KOP-06",25))
m("mr","native-digits",R,"समर्थ प्रोव्हिजन स्टोर्स मध्ये रुवाको १.५ लिटर नाही मिळाली","KOP-06",R1500)
m("mr","native-locality",R,"कसबा बावड्यातील दत्त किराणा मध्ये केसराली ४० ग्रॅम मसाला नाही","KOP-07",KM40)
m("mr","native-shop",R,"साई मार्ट मध्ये रुवाको मिळत नाही","KOP-08")
m("mr","non-report",N,"राजारामपुरीतील महालक्ष्मी स्टोर्समध्ये रुवाको मिळाला, दोन बाटल्या घेतल्या")
m("mr","non-report",N,"रुवाको संपणार आहे असं दुकानदार म्हणाला, पण अजून आहे")
m("mr","non-report",N,"गेल्या वर्षी रुवाको मिळत नव्हता, आता सगळीकडे आहे")
m("mr","non-report-device",N,"इथे रुवाको भरपूर आहे",geo=near("KOP-03",10))
m("mr","non-report",N,"सेंट्रल बस स्टँड जवळ रुवाको मिळतो का?")
m("mr","non-report",N,"ज्योतिबा मेडिकल मध्ये पेप्सी नव्हती म्हणून रुवाको घेतला")
# Punjabi (Gurmukhi), Patiala
m("pa","native-locality",R,"ਤ੍ਰਿਪੁਰੀ ਦੇ ਗੁਰੂ ਨਾਨਕ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਤੇ ਰੁਵਾਕੋ ਨਹੀਂ ਮਿਲ ਰਿਹਾ","PTL-01")
m("pa","native-digits",R,"ਅਦਾਲਤ ਬਾਜ਼ਾਰ ਵਾਲੇ ਸ਼੍ਰੀ ਬਾਲਾਜੀ ਜਨਰਲ ਸਟੋਰ ਤੇ ਰੁਵਾਕੋ ੬੦੦ ਮਿਲੀ ਖਤਮ ਹੋ ਗਿਆ","PTL-02",R600)
m("pa","native-digits",R,"ਮਾਡਲ ਟਾਊਨ ਲਕਸ਼ਮੀ ਕਰਿਆਨਾ ਸਟੋਰ ਵਿੱਚ ਕੇਸਰਾਲੀ ਮਸਾਲਾ ੯੦ ਗ੍ਰਾਮ ਨਹੀਂ ਹੈ","PTL-03",KM90)
m("pa","native-digits",R,"ਸੰਧੂ ਮੈਡੀਕਲ ਹਾਲ ਲੀਲਾ ਭਵਨ ਵਿਖੇ ਰੁਵਾਕੋ ੨੦੦ ਮਿਲੀ ਨਹੀਂ ਮਿਲਦਾ","PTL-04",R200)
m("pa","native-city",R,"ਪਟਿਆਲੇ ਵਿੱਚ ਕਿਤੇ ਵੀ ਰੁਵਾਕੋ ਨਹੀਂ ਮਿਲ ਰਿਹਾ",None,None,"PTL")
m("pa","native-shop",R,"ਰਾਇਲ ਬੇਕਰੀ ਸਨੌਰੀ ਅੱਡਾ ਤੇ ਕੇਸਰਾਲੀ ਪੁਦੀਨਾ ਮੁੱਕ ਗਿਆ","PTL-05",KP40)
m("pa","device-location",R,"ਇੱਥੇ ਰੁਵਾਕੋ ਨਹੀਂ ਹੈ","PTL-06",geo=near("PTL-06",18))
m("pa","native-digits",R,"ਵਾਹਿਗੁਰੂ ਮਾਰਟ ਅਰਬਨ ਅਸਟੇਟ ਵਿੱਚ ਰੁਵਾਕੋ ੧.੫ ਲੀਟਰ ਨਹੀਂ ਹੈਗਾ","PTL-06",R1500)
m("pa","same-name-tie",R,"ਸ਼੍ਰੀ ਬਾਲਾਜੀ ਜਨਰਲ ਸਟੋਰ ਤੇ ਰੁਵਾਕੋ ਨਹੀਂ",None,None,"PTL","PTL")
m("pa","unit-word",R,"ਭਾਟੀਆ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਤੇ ਕੇਸਰਾਲੀ ੪੦ ਗ੍ਰਾਮ ਮਸਾਲਾ ਖ਼ਤਮ","PTL-08",KM40)
m("pa","native-locality",R,"ਤ੍ਰਿਪੁਰੀ ਵਾਲੇ ਬਾਲਾਜੀ ਜਨਰਲ ਸਟੋਰ ਚ ਰੁਵਾਕੋ ਨਹੀਂ ਲੱਭਾ","PTL-07")
m("pa","non-report",N,"ਗੁਰੂ ਨਾਨਕ ਪ੍ਰੋਵੀਜ਼ਨ ਸਟੋਰ ਤੇ ਰੁਵਾਕੋ ਮਿਲ ਗਿਆ, ਦੋ ਬੋਤਲਾਂ ਲਈਆਂ")
m("pa","non-report-device",N,"ਰੁਵਾਕੋ ਕਦੇ ਖਤਮ ਨਹੀਂ ਹੁੰਦਾ ਇੱਥੇ",geo=near("PTL-03",14))
m("pa","non-report",N,"ਕੀ ਰਾਇਲ ਬੇਕਰੀ ਤੇ ਕੇਸਰਾਲੀ ਮਿਲਦੀ ਹੈ?")
m("pa","non-report",N,"ਪਿਛਲੇ ਸਾਲ ਰੁਵਾਕੋ ਨਹੀਂ ਸੀ ਮਿਲਦਾ, ਹੁਣ ਹਰ ਥਾਂ ਹੈ")
m("pa","non-report",N,"ਕੋਕ ਨਹੀਂ ਸੀ ਤਾਂ ਰੁਵਾਕੋ ਲੈ ਲਿਆ, ਲਕਸ਼ਮੀ ਕਰਿਆਨਾ ਤੋਂ")
# Punjabi in Shahmukhi, Patiala
m("pa-arab","native-city",R,"پٹیالے وچ رواکو نہیں مل رہیا",None,None,"PTL")
m("pa-arab","native-shop",R,"گرو نانک پروویژن سٹور تے رواکو ختم ہو گیا","PTL-01")
m("pa-arab","device-location",R,"ایتھے رواکو نہیں ہے","PTL-08",geo=near("PTL-08",16))
# Urdu, Bhopal
m("ur","native-locality",R,"بدھوارہ کے مدینہ جنرل اسٹور میں رواکو نہیں مل رہا","BPL-01")
m("ur","native-digits",R,"ابراہیم پورہ کی نور بیکری میں کیسرالی مصالحہ ۹۰ گرام ختم ہو گیا","BPL-03",KM90)
m("ur","native-digits",R,"جہانگیرآباد میں الحمد پروویژن اسٹور پر رواکو ۶۰۰ ملی لیٹر نہیں ہے","BPL-07",R600)
m("ur","native-city",R,"بھوپال میں کہیں بھی رواکو نہیں مل رہا",None,None,"BPL")
m("ur","native-digits",R,"حیدری میڈیکل بدھوارہ میں رواکو ۲۰۰ ملی نہیں ہے","BPL-09",R200)
m("ur","device-location",R,"یہاں رواکو ختم ہو گیا ہے","BPL-01",geo=near("BPL-01",12))
m("ur","native-shop",R,"شرما میڈیکل اسٹور ایم پی نگر میں رواکو دستیاب نہیں","BPL-04")
m("ur","native-digits",R,"نور بیکری میں رواکو ١.٥ لیٹر نہیں ملا","BPL-03",R1500)
m("ur","native-digits",R,"بالاجی مارٹ کولار روڈ پر رواکو ۱٫۵ لیٹر نہیں ہے","BPL-05",R1500)
m("ur","native-shop",R,"مدینہ جنرل اسٹور پر کیسرالی پودینہ نہیں ملا","BPL-01",KP40)
m("ur","native-shop",R,"آنند جنرل اسٹورز شاہ پورہ میں رواکو نہیں ہے","BPL-08")
m("ur","non-report",N,"مدینہ جنرل اسٹور میں رواکو مل گیا، دو بوتلیں لے لیں")
m("ur","non-report",N,"کیا حیدری میڈیکل میں رواکو ملتا ہے؟")
m("ur","non-report-device",N,"رواکو کبھی ختم نہیں ہوتا یہاں",geo=near("BPL-09",11))
m("ur","non-report",N,"پچھلے رمضان میں رواکو نہیں ملتا تھا، اب ہر جگہ ہے")
m("ur","non-report-device",N,"یہاں پیپسی نہیں تھی تو رواکو لے لیا",geo=near("BPL-07",13))
m("ur","non-report",N,"رواکو عید سے پہلے ختم ہو جائے گا، ابھی لے لو")
# Bengali, Siliguri
m("bn","native-locality",R,"হাকিমপাড়ার জয় মা দুর্গা ভাণ্ডারে রুভাকো নেই","SLG-01")
m("bn","native-digits",R,"প্রধাননগরের লক্ষ্মী জেনারেল স্টোরে রুভাকো ৬০০ মিলি পাওয়া যাচ্ছে না","SLG-02",R600)
m("bn","native-digits",R,"সেবক রোডের গণেশ মেডিকেল হলে কেসরালি মশলা ৯০ গ্রাম শেষ","SLG-03",KM90)
m("bn","native-city",R,"শিলিগুড়িতে কোথাও রুভাকো পাচ্ছি না",None,None,"SLG")
m("bn","native-digits",R,"আশ্রমপাড়ার অন্নপূর্ণা বেকারিতে রুভাকো ২০০ মিলি নেই","SLG-04",R200)
m("bn","device-location",R,"এখানে রুভাকো শেষ হয়ে গেছে","SLG-05",geo=near("SLG-05",22))
m("bn","native-shop",R,"খালপাড়া সেন প্রভিশন স্টোরে কেসরালি পুদিনা পাওয়া যাচ্ছে না","SLG-05",KP40)
m("bn","native-digits",R,"লোকনাথ মার্টে রুভাকো ১.৫ লিটার নেই","SLG-06",R1500)
m("bn","native-shop",R,"বালাজি স্টোর্স প্রধাননগর, রুভাকো নেই দুদিন ধরে","SLG-07")
m("bn","unit-word",R,"বাবুপাড়ার বসু জেনারেল স্টোরে কেসরালি ৪০ গ্রাম মশলা নেই","SLG-08",KM40)
m("bn","same-name-profile",R,"লক্ষ্মী জেনারেল স্টোরে রুভাকো নেই","SLG-02",None,None,"SLG")
m("bn","non-report",N,"জয় মা দুর্গা ভাণ্ডারে রুভাকো পেয়ে গেলাম, দুটো নিলাম")
m("bn","non-report",N,"রুভাকো কি লোকনাথ মার্টে পাওয়া যায়?")
m("bn","non-report-device",N,"এখানে রুভাকো কখনো শেষ হয় না",geo=near("SLG-06",15))
m("bn","non-report",N,"গত পুজোর সময় রুভাকো পাওয়া যেত না, এখন সব দোকানে আছে")
m("bn","non-report-device",N,"এখানে পেপসি ছিল না তাই রুভাকো নিলাম",geo=near("SLG-02",17))
# Gujarati, Vadodara
m("gu","native-locality",R,"માંજલપુરના જય અંબે પ્રોવિઝન સ્ટોર્સમાં રુવાકો મળતું નથી","VDR-01")
m("gu","native-digits",R,"કારેલીબાગ શ્રી ગણેશ કિરાણામાં કેસરાલી મસાલા ૯૦ ગ્રામ ખલાસ","VDR-02",KM90)
m("gu","native-digits",R,"અલકાપુરીના બાલાજી જનરલ સ્ટોર્સમાં રુવાકો ૬૦૦ મિલી નથી","VDR-03",R600)
m("gu","native-city",R,"વડોદરામાં ક્યાંય રુવાકો મળતું નથી",None,None,"VDR")
m("gu","native-digits",R,"ફતેગંજ લક્ષ્મી મેડિકલ સ્ટોરમાં રુવાકો ૨૦૦ મિલી નથી","VDR-04",R200)
m("gu","device-location",R,"અહીં રુવાકો ખલાસ થઈ ગયું છે","VDR-05",geo=near("VDR-05",17))
m("gu","native-shop",R,"ગોત્રી નવરંગ બેકરીમાં કેસરાલી ફુદીના નથી","VDR-05",KP40)
m("gu","native-digits",R,"અકોટા શ્રી રામ માર્ટમાં રુવાકો ૧.૫ લીટર નથી મળતું","VDR-06",R1500)
m("gu","native-shop",R,"પટેલ પ્રોવિઝન સ્ટોરમાં રુવાકો નથી","VDR-07")
m("gu","unit-word",R,"નિઝામપુરા જલારામ જનરલ સ્ટોર્સમાં કેસરાલી ૪૦ ગ્રામ મસાલા ખલાસ છે","VDR-08",KM40)
m("gu","same-name-profile",R,"બાલાજી જનરલ સ્ટોર્સમાં રુવાકો નથી","VDR-03",None,None,"VDR")
m("gu","non-report",N,"જય અંબે પ્રોવિઝન સ્ટોર્સમાં રુવાકો મળી ગયું, બે બોટલ લીધી")
m("gu","non-report",N,"શું નવરંગ બેકરીમાં કેસરાલી મળે છે?")
m("gu","non-report-device",N,"અહીં રુવાકો ક્યારેય ખલાસ નથી થતું",geo=near("VDR-03",12))
m("gu","non-report",N,"ગયા વર્ષે નવરાત્રીમાં રુવાકો મળતું ન હતું, હવે બધે મળે છે")
m("gu","non-report-device",N,"અહીં પેપ્સી નહોતી એટલે રુવાકો લીધું",geo=near("VDR-06",14))
# Odia, Cuttack
m("or","native-locality",R,"ବକ୍ସି ବଜାର ଜଗନ୍ନାଥ ଷ୍ଟୋର୍ସରେ ରୁଭାକୋ ମିଳୁନି","CTC-01")
m("or","native-digits",R,"ବାଦାମବାଡ଼ି ମା ମଙ୍ଗଳା କିରାଣାରେ କେସରାଲି ମସଲା ୯୦ ଗ୍ରାମ ସରିଗଲା","CTC-02",KM90)
m("or","native-digits",R,"ତୁଳସୀପୁର ଲକ୍ଷ୍ମୀ ମେଡିକାଲରେ ରୁଭାକୋ ୬୦୦ ମିଲି ନାହିଁ","CTC-03",R600)
m("or","native-city",R,"କଟକରେ କୋଉଠି ରୁଭାକୋ ମିଳୁନି",None,None,"CTC")
m("or","native-digits",R,"ଚାନ୍ଦିନୀ ଚୌକ ଶ୍ରୀ ଗଣେଶ ବେକେରୀରେ ରୁଭାକୋ ୨୦୦ ମିଲି ନାହିଁ","CTC-04",R200)
m("or","device-location",R,"ଏଠି ରୁଭାକୋ ନାହିଁ","CTC-05",geo=near("CTC-05",20))
m("or","native-shop",R,"ଲିଙ୍କ ରୋଡ ବାଲାଜୀ ଜେନେରାଲ ଷ୍ଟୋରରେ କେସରାଲି ପୁଦିନା ନାହିଁ","CTC-05",KP40)
m("or","native-digits",R,"ମଙ୍ଗଳାବାଗ ଦାସ ପ୍ରୋଭିଜନ ଷ୍ଟୋରରେ ରୁଭାକୋ ୧.୫ ଲିଟର ମିଳୁନାହିଁ","CTC-06",R1500)
m("or","native-shop",R,"ଉତ୍କଳ ମାର୍ଟରେ ରୁଭାକୋ ଷ୍ଟକ ନାହିଁ","CTC-07")
m("or","unit-word",R,"ବିଡାନାସି ମା ତାରିଣୀ ଷ୍ଟୋର୍ସରେ କେସରାଲି ୪୦ ଗ୍ରାମ ମସଲା ନାହିଁ","CTC-08",KM40)
m("or","native-shop",R,"ମା ତାରିଣୀ ଷ୍ଟୋର୍ସରେ ରୁଭାକୋ ମିଳୁନି","CTC-08")
m("or","non-report",N,"ଜଗନ୍ନାଥ ଷ୍ଟୋର୍ସରେ ରୁଭାକୋ ମିଳିଗଲା, ଦୁଇଟା ନେଲି")
m("or","non-report",N,"ଉତ୍କଳ ମାର୍ଟରେ ରୁଭାକୋ ମିଳୁଛି କି?")
m("or","non-report-device",N,"ଏଠି ରୁଭାକୋ କେବେ ସରେନି",geo=near("CTC-02",13))
m("or","non-report",N,"ଗତ ବର୍ଷ ରଥଯାତ୍ରାରେ ରୁଭାକୋ ମିଳୁନଥିଲା, ଏବେ ସବୁଠି ମିଳୁଛି")
m("or","non-report-device",N,"ଏଠି ପେପସି ନଥିଲା ତେଣୁ ରୁଭାକୋ ନେଲି",geo=near("CTC-07",15))
# Tamil, Madurai
m("ta","native-locality",R,"அண்ணா நகர் ஸ்ரீ முருகன் ஸ்டோர்ஸில் ருவாகோ இல்லை","MDU-01")
m("ta","unit-word",R,"கே.கே. நகர் லட்சுமி புரொவிஷன் ஸ்டோர்ஸில் ருவாகோ 600 மி.லி கிடைக்கவில்லை","MDU-02",R600)
m("ta","native-digits",R,"சிம்மக்கல் ஸ்ரீ பாலாஜி மெடிக்கல்ஸில் கேஸ்ராலி மசாலா ௯௦ கிராம் தீர்ந்துவிட்டது","MDU-03",KM90)
m("ta","native-city",R,"மதுரையில் எங்கேயும் ருவாகோ கிடைக்கவில்லை",None,None,"MDU")
m("ta","native-digits",R,"கோரிப்பாளையம் மீனாட்சி பேக்கரியில் ருவாகோ ௨௦௦ மில்லி இல்லை","MDU-04",R200)
m("ta","device-location",R,"இங்கே ருவாகோ ஸ்டாக் இல்லை","MDU-05",geo=near("MDU-05",14))
m("ta","native-shop",R,"தல்லாகுளம் கணேஷ் ஜெனரல் ஸ்டோர்ஸில் கேஸ்ராலி புதினா இல்லை","MDU-05",KP40)
m("ta","unit-word",R,"திருநகர் சரவணா மார்ட்டில் ருவாகோ 1.5 லிட்டர் இல்லை","MDU-06",R1500)
m("ta","native-locality",R,"வில்லாபுரம் பாண்டியன் ஸ்டோர்ஸ்ல ருவாகோ இல்ல","MDU-07")
m("ta","unit-word",R,"செல்லூர் செல்வம் புரொவிஷன் ஸ்டோர்ஸில் கேஸ்ராலி 40 கிராம் மசாலா இல்லை","MDU-08",KM40)
m("ta","same-name-profile",R,"லட்சுமி புரொவிஷன் ஸ்டோர்ஸ்ல ருவாகோ இல்லை","MDU-02",None,None,"MDU")
m("ta","non-report",N,"முருகன் ஸ்டோர்ஸில் ருவாகோ கிடைத்தது, இரண்டு வாங்கினேன்")
m("ta","non-report",N,"மீனாட்சி பேக்கரியில் ருவாகோ கிடைக்குமா?")
m("ta","non-report-device",N,"இங்கே ருவாகோ எப்போதும் இருக்கும்",geo=near("MDU-03",12))
m("ta","non-report",N,"போன வருஷம் ருவாகோ கிடைக்கவில்லை, இப்போ எல்லா கடையிலும் இருக்கு")
m("ta","non-report-device",N,"இங்கே பெப்சி இல்லை அதனால் ருவாகோ வாங்கினேன்",geo=near("MDU-06",16))
# Telugu, Guntur
m("te","native-locality",R,"బ్రాడీపేట శ్రీ వెంకటేశ్వర కిరాణాలో రువాకో లేదు","GNT-01")
m("te","native-digits",R,"అరండల్ పేట లక్ష్మి జనరల్ స్టోర్స్ లో రువాకో ౬౦౦ మి.లీ దొరకడం లేదు","GNT-02",R600)
m("te","unit-word",R,"లక్ష్మీపురం బాలాజీ మెడికల్ స్టోర్స్ లో కేస్రాలి మసాలా 90 గ్రాములు అయిపోయింది","GNT-03",KM90)
m("te","native-city",R,"గుంటూరులో ఎక్కడా రువాకో దొరకట్లేదు",None,None,"GNT")
m("te","unit-word",R,"కొత్తపేట శ్రీ సాయి బేకరీలో రువాకో 200 ఎం.ఎల్ లేదు","GNT-04",R200)
m("te","device-location",R,"ఇక్కడ రువాకో స్టాక్ లేదు","GNT-05",geo=near("GNT-05",19))
m("te","native-shop",R,"పట్టాభిపురం దుర్గా ప్రొవిజన్ స్టోర్స్ లో కేస్రాలి పుదీనా లేదు","GNT-05",KP40)
m("te","native-digits",R,"గణేష్ మార్ట్ లో రువాకో ౧.౫ లీటర్ లేదు","GNT-06",R1500)
m("te","native-locality",R,"నల్లపాడు శ్రీ వెంకటేశ్వర కిరాణాలో రువాకో అయిపోయింది","GNT-07")
m("te","unit-word",R,"అన్నపూర్ణ స్టోర్స్ లో కేస్రాలి 40 గ్రాముల మసాలా లేదు","GNT-08",KM40)
m("te","same-name-tie",R,"శ్రీ వెంకటేశ్వర కిరాణాలో రువాకో లేదు",None,None,"GNT","GNT")
m("te","non-report",N,"వెంకటేశ్వర కిరాణాలో రువాకో దొరికింది, రెండు కొన్నాను")
m("te","non-report",N,"గణేష్ మార్ట్ లో రువాకో దొరుకుతుందా?")
m("te","non-report-device",N,"ఇక్కడ రువాకో ఎప్పుడూ ఉంటుంది",geo=near("GNT-02",12))
m("te","non-report",N,"పోయిన సంవత్సరం రువాకో దొరికేది కాదు, ఇప్పుడు అన్ని షాపుల్లో ఉంది")
m("te","non-report-device",N,"ఇక్కడ పెప్సీ లేదు అందుకే రువాకో తీసుకున్నాను",geo=near("GNT-08",15))
# Kannada, Mangaluru
m("kn","native-locality",R,"ಕದ್ರಿ ಶ್ರೀ ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್\u200cನಲ್ಲಿ ರುವಾಕೋ ಇಲ್ಲ","MNG-01")
m("kn","native-digits",R,"ಹಂಪನಕಟ್ಟೆ ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ರುವಾಕೋ ೬೦೦ ಮಿಲಿ ಸಿಗ್ತಿಲ್ಲ","MNG-02",R600)
m("kn","unit-word",R,"ಬಿಜೈ ಗಣೇಶ್ ಮೆಡಿಕಲ್ಸ್\u200cನಲ್ಲಿ ಕೇಸ್ರಾಲಿ ಮಸಾಲಾ 90 ಗ್ರಾಂ ಖಾಲಿ","MNG-03",KM90)
m("kn","native-city",R,"ಮಂಗಳೂರಿನಲ್ಲಿ ಎಲ್ಲೂ ರುವಾಕೋ ಸಿಗ್ತಿಲ್ಲ",None,None,"MNG")
m("kn","native-digits",R,"ಕಂಕನಾಡಿ ಬಾಲಾಜಿ ಬೇಕರಿಯಲ್ಲಿ ರುವಾಕೋ ೨೦೦ ಮಿಲಿ ಇಲ್ಲ","MNG-04",R200)
m("kn","device-location",R,"ಇಲ್ಲಿ ರುವಾಕೋ ಖಾಲಿ ಆಗಿದೆ","MNG-05",geo=near("MNG-05",16))
m("kn","native-shop",R,"ಉರ್ವ ಶ್ರೀ ದುರ್ಗಾ ಮಾರ್ಟ್\u200cನಲ್ಲಿ ಕೇಸ್ರಾಲಿ ಪುದೀನಾ ಇಲ್ಲ","MNG-05",KP40)
m("kn","native-digits",R,"ಕೊಟ್ಟಾರ ಮಹಾಲಿಂಗೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ರುವಾಕೋ ೧.೫ ಲೀಟರ್ ಇಲ್ಲ","MNG-06",R1500)
m("kn","native-locality",R,"ಬಂದರ್ ಕೆನರಾ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ರುವಾಕೋ ಸಿಗ್ತಿಲ್ಲ","MNG-07")
m("kn","unit-word",R,"ಶ್ರೀ ಗಣೇಶ್ ಕಿರಾಣಾದಲ್ಲಿ ಕೇಸ್ರಾಲಿ 40 ಗ್ರಾಂ ಮಸಾಲಾ ಇಲ್ಲ","MNG-08",KM40)
m("kn","native-shop",R,"ಮಹಾಲಿಂಗೇಶ್ವರ ಸ್ಟೋರ್ಸ್\u200cನಲ್ಲಿ ರುವಾಕೋ ಸ್ಟಾಕ್ ಇಲ್ಲ","MNG-06")
m("kn","non-report",N,"ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್\u200cನಲ್ಲಿ ರುವಾಕೋ ಸಿಕ್ಕಿತು, ಎರಡು ತಗೊಂಡೆ")
m("kn","non-report",N,"ಬಾಲಾಜಿ ಬೇಕರಿಯಲ್ಲಿ ರುವಾಕೋ ಸಿಗುತ್ತಾ?")
m("kn","non-report-device",N,"ಇಲ್ಲಿ ರುವಾಕೋ ಯಾವಾಗಲೂ ಇರುತ್ತೆ",geo=near("MNG-02",12))
m("kn","non-report",N,"ಹೋದ ವರ್ಷ ರುವಾಕೋ ಸಿಗ್ತಿರಲಿಲ್ಲ, ಈಗ ಎಲ್ಲಾ ಅಂಗಡಿಯಲ್ಲೂ ಇದೆ")
m("kn","non-report-device",N,"ಇಲ್ಲಿ ಪೆಪ್ಸಿ ಇರಲಿಲ್ಲ ಅದಕ್ಕೆ ರುವಾಕೋ ತಗೊಂಡೆ",geo=near("MNG-08",15))
# Malayalam, Kozhikode
m("ml","native-locality",R,"ചേവായൂരിലെ സെന്റ് മേരീസ് ബേക്കറിയിൽ റുവാക്കോ ഇല്ല","KZK-01")
m("ml","native-digits",R,"മാവൂർ റോഡ് ശ്രീ ലക്ഷ്മി സ്റ്റോഴ്സിൽ റുവാക്കോ ൬൦൦ മില്ലി കിട്ടാനില്ല","KZK-02",R600)
m("ml","unit-word",R,"പാളയം ഗണേഷ് മെഡിക്കൽസിൽ കേസ്രാലി മസാല 90 ഗ്രാം തീർന്നു","KZK-03",KM90)
m("ml","native-city",R,"കോഴിക്കോട് എവിടെയും റുവാക്കോ കിട്ടുന്നില്ല",None,None,"KZK")
m("ml","unit-word",R,"നടക്കാവ് മലബാർ മാർട്ടിൽ റുവാക്കോ 200 മില്ലി ഇല്ല","KZK-04",R200)
m("ml","device-location",R,"ഇവിടെ റുവാക്കോ സ്റ്റോക്ക് ഇല്ല","KZK-05",geo=near("KZK-05",21))
m("ml","native-shop",R,"എരഞ്ഞിപ്പാലം കേരള പ്രൊവിഷൻ സ്റ്റോഴ്സിൽ കേസ്രാലി പുതിന ഇല്ല","KZK-06",KP40)
m("ml","native-digits",R,"മാനാഞ്ചിറ ബാലാജി ജനറൽ സ്റ്റോഴ്സിൽ റുവാക്കോ ൧.൫ ലിറ്റർ ഇല്ല","KZK-05",R1500)
m("ml","native-locality",R,"വെസ്റ്റ്ഹിൽ ശ്രീകൃഷ്ണ ബേക്കറിയിൽ റുവാക്കോ തീർന്നു","KZK-07")
m("ml","unit-word",R,"കല്ലായി നൂർ സ്റ്റോഴ്സിൽ കേസ്രാലി 40 ഗ്രാം മസാല കിട്ടാനില്ല","KZK-08",KM40)
m("ml","native-city",R,"കോഴിക്കോട്ടെ ബാലാജി ജനറൽ സ്റ്റോഴ്സിൽ റുവാക്കോ ഇല്ല","KZK-05")
m("ml","non-report",N,"സെന്റ് മേരീസ് ബേക്കറിയിൽ റുവാക്കോ കിട്ടി, രണ്ടെണ്ണം വാങ്ങി")
m("ml","non-report",N,"മലബാർ മാർട്ടിൽ റുവാക്കോ കിട്ടുമോ?")
m("ml","non-report-device",N,"ഇവിടെ റുവാക്കോ എപ്പോഴും ഉണ്ട്",geo=near("KZK-03",12))
m("ml","non-report",N,"കഴിഞ്ഞ വർഷം റുവാക്കോ കിട്ടാനില്ലായിരുന്നു, ഇപ്പോൾ എല്ലാ കടയിലും ഉണ്ട്")
m("ml","non-report-device",N,"ഇവിടെ പെപ്സി ഇല്ലായിരുന്നു അതുകൊണ്ട് റുവാക്കോ വാങ്ങി",geo=near("KZK-07",15))

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Ruvako", "aliases": ["ruvako", "#ruvako", "@ruvakodrinks"],
  "category_words": ["drink", "juice"],
  "products": [
   {"sku": R200, "name": "Ruvako Mango 200ml", "aliases": []},
   {"sku": R600, "name": "Ruvako Mango 600 ml", "aliases": []},
   {"sku": R1500, "name": "Ruvako Mango 1.5 L", "aliases": []}]},
 {"brand": "Kesrali", "aliases": ["kesrali", "#kesrali", "केसराली"],
  "category_words": ["namkeen"],
  "products": [
   {"sku": KM40, "name": "Kesrali Masala 40g", "aliases": []},
   {"sku": KM90, "name": "Kesrali Masala 90 g", "aliases": []},
   {"sku": KP40, "name": "Kesrali Pudina 40g", "aliases": []}]}]}
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
    for i, (lang, cat, so, text, outlet, sku, city, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "sp-%s-%02d" % (lang, count[lang])
        where = CITIES[profile][0] if profile else None
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": {"id": "u-sp%03d" % i, "handle": "script%03d" % i, "display_name": None,
                                        "location": where, "followers": 5 + i},
                             "text": text, "lang": None, "geo": geo, "is_repost": False}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=O[outlet][4], locality=O[outlet][3])
            elif city:
                lab.update(city=CITIES[city][0])
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", len(OUTLETS), "outlets")
