# Writes the "city20-probe" labelled set (session 20: the profile city against a stray word, and shop and locality
# names written in native scripts). The labels take the city from the text (a city's name, a registry locality of one
# city written whole, a shop's whole name, a town outside the registry that the absence is placed in), else the device
# location, else the author's profile location. Two invented brands (Velkrisa, biscuits; Orunda, tea); outlets in
# Sujangarh, Mahuva, Athani, Nabarangpur, Nakodar, Pattambi, Kovvur, Najibabad, Udumalpet, Ghatal (India) and Silay
# (the Philippines), none used by another readable set. Shop and locality names carry words that other towns' shops
# and localities share and that are everyday words, deities' and people's names ("Bharat", "Ganesh", "Durga",
# "Madina", "Gandhi Chowk", "Station Road", "Jama Masjid Road", Hiligaynon "balay", house). Written before any rule of
# session 20 changed, from the writer's knowledge of how people write (not from the project's name, gazetteer or
# lexicon files); run once, then kept.
# Usage: python3 build_city20_probe_set.py stream-processor/src/test/resources/labelled/city20-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "SJG": ("Sujangarh", "Rajasthan", "India", "331507"),
 "MHV": ("Mahuva", "Gujarat", "India", "364290"),
 "ATH": ("Athani", "Karnataka", "India", "591304"),
 "NBP": ("Nabarangpur", "Odisha", "India", "764059"),
 "NKD": ("Nakodar", "Punjab", "India", "144040"),
 "PTB": ("Pattambi", "Kerala", "India", "679303"),
 "KVR": ("Kovvur", "Andhra Pradesh", "India", "534350"),
 "NJB": ("Najibabad", "Uttar Pradesh", "India", "246763"),
 "UDM": ("Udumalpet", "Tamil Nadu", "India", "642126"),
 "GHT": ("Ghatal", "West Bengal", "India", "721212"),
 "SLY": ("Silay", "Negros Occidental", "Philippines", None),
}
SHOPS = [
 ("SJG-01", "Mahalaxmi Kirana Store", "Gandhi Chowk", 27.70100, 74.46300),
 ("SJG-02", "Jai Bajrang General Store", "Station Road", 27.69500, 74.47100),
 ("SJG-03", "Shyam Medical Store", "Salasar Gate", 27.70600, 74.45400),
 ("MHV-01", "Ganesh Provision Store", "Vasi Talav", 21.09200, 71.75800),
 ("MHV-02", "Khodiyar Kirana", "Station Road", 21.08600, 71.76600),
 ("MHV-03", "Jalaram Medical Stores", "Gandhi Chowk", 21.09500, 71.75200),
 ("ATH-01", "Basaveshwar Kirana Stores", "Bus Stand Road", 16.72700, 75.06400),
 ("ATH-02", "Siddeshwar General Stores", "Shivayogi Nagar", 16.73400, 75.05600),
 ("ATH-03", "Laxmi Medicals", "Station Road", 16.72100, 75.07000),
 ("NBP-01", "Jagannath Bhandar", "Main Road", 19.23100, 82.54900),
 ("NBP-02", "Maa Tarini Stores", "Pujariguda", 19.22400, 82.55700),
 ("NBP-03", "Ganesh Medical Store", "Main Road", 19.23170, 82.54960),
 ("NKD-01", "Guru Nanak Medical Store", "Main Bazar", 31.12500, 75.47600),
 ("NKD-02", "Bharat General Store", "Shankar Road", 31.13100, 75.46900),
 ("NKD-03", "Sharma Karyana Store", "Main Bazar", 31.12560, 75.47650),
 ("PTB-01", "Annapoorna Stores", "Melepattambi", 10.81000, 76.19500),
 ("PTB-02", "Nila Supermarket", "Kizhayur", 10.80200, 76.18500),
 ("PTB-03", "Bharat General Stores", "Station Road", 10.80600, 76.19000),
 ("KVR-01", "New Krishna Stores", "Gandhi Bomma Centre", 17.01600, 81.72900),
 ("KVR-02", "Sri Venkateswara Kirana", "Vadapalli", 17.02500, 81.72000),
 ("KVR-03", "Godavari Medicals", "Station Road", 17.01000, 81.73500),
 ("NJB-01", "Madina General Store", "Jama Masjid Road", 29.61200, 78.34300),
 ("NJB-02", "Agarwal Kirana Store", "Saraiya", 29.61900, 78.33500),
 ("NJB-03", "Shyam Medical Store", "Station Road", 29.60600, 78.35000),
 ("UDM-01", "Sri Murugan Stores", "Kalpana Road", 10.58700, 77.24600),
 ("UDM-02", "Lakshmi Departmental Stores", "Thali Road", 10.59400, 77.25300),
 ("UDM-03", "Amudha Supermarket", "Bus Stand", 10.58200, 77.24000),
 ("GHT-01", "Durga Bhandar", "Kushpata", 22.66300, 87.73600),
 ("GHT-02", "Loknath Stores", "Bus Stand", 22.66900, 87.72800),
 ("GHT-03", "Maa Annapurna Medical Hall", "Sibtala", 22.65700, 87.74300),
 ("SLY-01", "Aling Tess Sari-Sari Store", "Mambulac", 10.79100, 122.97000),
 ("SLY-02", "Balay Daku Grocery", "Poblacion", 10.80000, 122.97600),
 ("SLY-03", "Guimbala-on Minimart", "Guimbala-on", 10.76900, 122.99500),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    _, _, _, lat, lon = O[oid]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# ---- the profile city against a word of another town's shop name (a deity, a person, a festival, a country) ----
m("hi", "stray-shop-word", R, "Mahalaxmi puja ke liye Velkrisa lene gaya, khatam ho gaya tha", city="Najibabad", profile="Najibabad, UP")
m("hi", "stray-shop-word", R, "Jai Bajrang Bali! Velkrisa ab tak nahi aaya dukaan pe", city="Nakodar", profile="Nakodar")
m("hi", "stray-shop-word", R, "Shyam bhaiya bole Orunda tea khatam hai", city="Sujangarh", profile="Sujangarh, Rajasthan")
m("en", "stray-shop-word", R, "Ganesh Chaturthi shopping done but no Velkrisa anywhere", city="Pattambi", profile="Pattambi, Kerala")
m("gu", "stray-shop-word", R, "Khodiyar maa ni kripa, pan Orunda kyay nathi malti", city="Mahuva", profile="Mahuva")
m("en", "stray-shop-word", R, "Bharat bandh tomorrow and already no Velkrisa in the shops", city="Kovvur", profile="Kovvur, AP")
m("hi", "stray-shop-word", R, "Bharat mein itni dukaan par Orunda kahin nahi", city="Najibabad", profile="Najibabad")
m("pa", "stray-shop-word", R, "Guru Nanak Jayanti te Velkrisa nahi milya kithe vi", city="Nakodar", profile="Nakodar, Punjab")
m("en", "stray-shop-word", R, "Sharma uncle's shop says Orunda tea out of stock", city="Najibabad", profile="Najibabad 🇮🇳")
m("ml", "stray-shop-word", R, "Annapoorna hotel il chaya kudichu, pakshe Orunda kadayil illa", city="Pattambi", profile="Pattambi")
m("ta", "stray-shop-word", R, "Nila velichathula kadaikku ponen, Velkrisa illa", city="Udumalpet", profile="Udumalpet")
m("te", "stray-shop-word", R, "Krishna pushkaralu ki vellanu, Velkrisa ekkada ledu", city="Kovvur", profile="Kovvur")
m("te", "stray-shop-word", R, "Godavari ghat daggara shops lo Orunda ledu", city="Kovvur", profile="Kovvur, Andhra Pradesh")
m("ur", "stray-shop-word", R, "Madina se wapas aaye, yahan Velkrisa khatam hai", city="Najibabad", profile="Najibabad")
m("hi", "stray-shop-word", R, "Agarwal ji ki dukaan pe Orunda nahi mili", city="Sujangarh", profile="Sujangarh")
m("ta", "stray-shop-word", R, "Murugan kovil pakkathu kadaila Velkrisa illa", city="Udumalpet", profile="Udumalpet, TN")
m("ta", "stray-shop-word", R, "Amudha akka kadaila Orunda stock illa", city="Udumalpet", profile="Udumalpet")
m("bn", "stray-shop-word", R, "Durga pujor age Velkrisa pachhi na kothao", city="Ghatal", profile="Ghatal, WB")
m("bn", "stray-shop-word", R, "Loknath babar mela te gelam, Orunda nei dokane", city="Ghatal", profile="Ghatal")
m("kn", "stray-shop-word", R, "Basaveshwar jatre ge bande, Velkrisa sigtilla", city="Athani", profile="Athani")
m("kn", "stray-shop-word", R, "Siddeshwar gudi hattira angadi alli Orunda illa", city="Athani", profile="Athani, Karnataka")
m("or", "stray-shop-word", R, "Jagannath mandira pakhare dokanre Velkrisa nahin", city="Nabarangpur", profile="Nabarangpur")
m("or", "stray-shop-word", R, "Maa Tarini darshan pare Orunda kinibaku gali, nahin", city="Nabarangpur", profile="Nabarangpur, Odisha")
m("en", "stray-shop-word", R, "Laxmi aunty next door also couldn't find Velkrisa this week", city="Mahuva", profile="Mahuva, Gujarat")
m("hi", "stray-shop-word", R, "Ganesh ji ki murti le aaye par Velkrisa kahin nahi mila", city="Sujangarh", profile="Sujangarh")
m("en", "stray-shop-word", R, "Jalaram jayanti prasad done, but Orunda is sold out everywhere", city="Athani", profile="Athani 🌾")
m("ml", "stray-shop-word", R, "Durga ente kootukari, aval paranju Velkrisa evideyum illa", city="Pattambi", profile="Pattambi | Palakkad")
m("tl", "stray-shop-word", R, "Wala nang Velkrisa, sabi ni Aling Tess", city="Silay", profile="Silay City")
m("hil", "stray-shop-word", R, "Wala na Orunda sa tindahan malapit sa balay namon", city="Silay", profile="Silay City, Negros Occidental")
m("en", "stray-shop-word", R, "New year, new me, and still no Velkrisa at the store", city="Udumalpet", profile="Udumalpet")
m("en", "stray-shop-word", R, "Godavari express got late and the station shop had no Orunda", city="Kovvur", profile="Kovvur")
m("pa", "stray-shop-word", R, "Bharat ton bahar wale vi puchde, Velkrisa nahi mil rahi", city="Nakodar", profile="Nakodar")
m("hi", "stray-shop-word", R, "Lakshmi didi ki shaadi me gaye, wapas aake Orunda khatam mila", city="Najibabad", profile="Najibabad, Bijnor")
m("gu", "stray-shop-word", R, "Jalaram bapa na mandir pase Velkrisa nathi", city="Mahuva", profile="મહુવા")
m("en", "stray-shop-word", R, "my friend Amudha says Orunda has been out for days", city="Nakodar", profile="Nakodar")
m("hi", "stray-shop-word", R, "Krishna Janmashtami aa rahi aur Velkrisa nahi mil raha", city="Sujangarh", profile="Sujangarh")

# ---- the profile city against a word of another town's locality or a landmark every town has ----
m("hi", "stray-locality-word", R, "Gandhi ji ki jayanti pe bhi dukaan khuli thi par Velkrisa nahi tha", city="Najibabad", profile="Najibabad")
m("en", "stray-locality-word", R, "Station shops out of Orunda tea again", city="Nakodar", profile="Nakodar, Punjab")
m("hi", "stray-locality-word", R, "Bus stand wali dukaan me Velkrisa khatam", city="Sujangarh", profile="Sujangarh")
m("pa", "stray-locality-word", R, "Shankar di hatti te Orunda nahi", city="Nakodar", profile="Nakodar")
m("hi", "stray-locality-word", R, "Main road ki sab dukaan dekh li, Velkrisa nahi", city="Najibabad", profile="Najibabad")
m("en", "stray-locality-word", R, "Jama Masjid area shops also have no Velkrisa", city="Nakodar", profile="Nakodar")
m("ta", "stray-locality-word", R, "Kalpana veetu pakkathu kadaila Orunda illa", city="Udumalpet", profile="Udumalpet")
m("en", "stray-locality-word", R, "Checked the bazaar near the chowk, no Orunda", city="Athani", profile="Athani")
m("ceb", "stray-locality-word", R, "Wala na Velkrisa sa poblacion", city="Silay", profile="Silay City")
m("te", "stray-locality-word", R, "Centre lo unna anni shops lo Velkrisa ledu", city="Kovvur", profile="Kovvur")
m("hi", "stray-locality-word", R, "Station road pe Orunda nahi mili", city="Najibabad", profile="Najibabad")
m("kn", "stray-locality-word", R, "Bus stand hattira Velkrisa sigtilla", city="Athani", profile="Athani")
m("bn", "stray-locality-word", R, "Bus stand er dokane Orunda nei", city="Ghatal", profile="Ghatal")
m("gu", "stray-locality-word", R, "Gandhi chowk ma Orunda nathi", city="Mahuva", profile="Mahuva")
m("hi", "stray-locality-word", R, "Gandhi chowk pe Velkrisa nahi mila", city="Sujangarh", profile="Sujangarh")
m("ml", "stray-locality-word", R, "Thali kazhinju kadayil poyi, Velkrisa illa", city="Pattambi", profile="Pattambi")
m("ta", "stray-locality-word", R, "Main road kadaila Velkrisa illa", city="Udumalpet", profile="Udumalpet")
m("or", "stray-locality-word", R, "Main road dokanre Orunda nahin", city="Nabarangpur", profile="Nabarangpur")

# ---- the profile city against an everyday word that is a word of some other town's name ----
m("en", "stray-everyday-word", R, "No Velkrisa at the new shop either", city="Udumalpet", profile="Udumalpet")
m("en", "stray-everyday-word", R, "General store guy says Orunda supply stopped", city="Athani", profile="Athani")
m("ml", "stray-everyday-word", R, "Nila vellam pole chaya, pakshe Orunda kittunilla", city="Pattambi", profile="Pattambi")
m("tl", "stray-everyday-word", R, "Ubos na Velkrisa dito, pati sa daku na grocery", city="Silay", profile="Silay")
m("hil", "stray-everyday-word", R, "Wala Velkrisa sa daku nga tindahan", city="Silay", profile="Silay City")
m("en", "stray-everyday-word", R, "Medical shop next to my house sells biscuits but no Velkrisa", city="Mahuva", profile="Mahuva")
m("hi", "stray-everyday-word", R, "Kirana wale ke paas Orunda nahi", city="Ghatal", profile="Ghatal, Paschim Medinipur")
m("en", "stray-everyday-word", R, "The departmental store has no Velkrisa for a week", city="Nabarangpur", profile="Nabarangpur")
m("pa", "stray-everyday-word", R, "Karyana store te Velkrisa nahi", city="Nakodar", profile="Nakodar")
m("en", "stray-everyday-word", R, "supermarket near the bus stop has no Orunda", city="Kovvur", profile="Kovvur")

# ---- what does move the city: a locality of one registry city written whole ----
m("ml", "locality-vs-profile", R, "Melepattambi il Velkrisa kittunilla", city="Pattambi", loc="Melepattambi", profile="Udumalpet")
m("te", "locality-vs-profile", R, "Vadapalli lo Orunda ledu", city="Kovvur", loc="Vadapalli", profile="Pattambi")
m("or", "locality-vs-profile", R, "Pujariguda re Velkrisa nahin", city="Nabarangpur", loc="Pujariguda", profile="Ghatal")
m("kn", "locality-vs-profile", R, "Shivayogi Nagar alli Orunda sigtilla", city="Athani", loc="Shivayogi Nagar", profile="Mahuva")
m("bn", "locality-vs-profile", R, "Kushpata te Velkrisa nei", city="Ghatal", loc="Kushpata", profile="Nabarangpur")
m("hi", "locality-vs-profile", R, "Saraiya me Orunda nahi mili", city="Najibabad", loc="Saraiya", profile="Sujangarh")
m("hil", "locality-vs-profile", R, "Wala Velkrisa sa Mambulac", city="Silay", loc="Mambulac", profile="Nakodar")
m("en", "locality-vs-profile", R, "No Orunda in Salasar Gate shops", city="Sujangarh", loc="Salasar Gate", profile="Najibabad")
m("gu", "locality-vs-profile", R, "Vasi Talav pase Velkrisa nathi", city="Mahuva", loc="Vasi Talav", profile="Athani")
m("ta", "locality-vs-profile", R, "Kalpana Road la Velkrisa illa", city="Udumalpet", loc="Kalpana Road", profile="Kovvur")
m("pa", "locality-vs-profile", R, "Shankar Road te Orunda nahi", city="Nakodar", loc="Shankar Road", profile="Pattambi")
m("en", "locality-vs-profile", R, "Kizhayur shops are out of Velkrisa", city="Pattambi", loc="Kizhayur", profile="Ghatal")
m("en", "locality-vs-profile", R, "Jama Masjid Road shops have no Orunda", city="Najibabad", loc="Jama Masjid Road", profile="Ghatal")
m("te", "locality-vs-profile", R, "Gandhi Bomma Centre lo Velkrisa ledu", city="Kovvur", loc="Gandhi Bomma Centre", profile="Athani")

# ---- what does move the city: a shop's whole name, unique in the registry ----
m("hi", "shop-vs-profile", R, "Mahalaxmi Kirana Store me Velkrisa khatam", "SJG-01", profile="Najibabad")
m("gu", "shop-vs-profile", R, "Ganesh Provision Store ma Orunda nathi", "MHV-01", profile="Nabarangpur")
m("kn", "shop-vs-profile", R, "Basaveshwar Kirana Stores alli Velkrisa illa", "ATH-01", profile="Udumalpet")
m("or", "shop-vs-profile", R, "Jagannath Bhandar re Orunda nahin", "NBP-01", profile="Ghatal")
m("pa", "shop-vs-profile", R, "Guru Nanak Medical Store te Velkrisa nahi", "NKD-01", profile="Sujangarh")
m("ml", "shop-vs-profile", R, "Annapoorna Stores il Orunda illa", "PTB-01", profile="Kovvur")
m("te", "shop-vs-profile", R, "New Krishna Stores lo Velkrisa ledu", "KVR-01", profile="Pattambi")
m("ur", "shop-vs-profile", R, "Madina General Store par Orunda khatam", "NJB-01", profile="Nakodar")
m("ta", "shop-vs-profile", R, "Sri Murugan Stores la Velkrisa illa", "UDM-01", profile="Athani")
m("bn", "shop-vs-profile", R, "Durga Bhandar e Orunda nei", "GHT-01", profile="Mahuva")
m("tl", "shop-vs-profile", R, "Wala nang Velkrisa sa Aling Tess Sari-Sari Store", "SLY-01", profile="Udumalpet")
m("en", "shop-vs-profile", R, "Godavari Medicals is out of Orunda", "KVR-03", profile="Sujangarh")

# ---- a shop name two towns share, settled by the profile (session 19's lesson) ----
m("en", "shared-shop", R, "Bharat General Store out of Velkrisa", "NKD-02", profile="Nakodar")
m("ml", "shared-shop", R, "Bharat General Stores il Velkrisa illa", "PTB-03", profile="Pattambi")
m("hi", "shared-shop", R, "Shyam Medical Store pe Orunda nahi", "NJB-03", profile="Najibabad")
m("hi", "shared-shop", R, "Shyam Medical Store me Velkrisa khatam", "SJG-03", profile="Sujangarh")
m("hi", "shared-locality", R, "Station Road pe Velkrisa nahi mila", city="Sujangarh", loc="Station Road", profile="Sujangarh")
m("te", "shared-locality", R, "Station Road lo Orunda ledu", city="Kovvur", loc="Station Road", profile="Kovvur")
m("gu", "shared-locality", R, "Gandhi Chowk ma Velkrisa nathi", city="Mahuva", loc="Gandhi Chowk", profile="Mahuva, Gujarat")
m("bn", "shared-locality", R, "Bus Stand er kache Velkrisa nei", city="Ghatal", loc="Bus Stand", profile="Ghatal")

# ---- the text names a registry city or a town outside it ----
m("en", "city-vs-profile", R, "No Velkrisa in Athani shops this week", city="Athani", profile="Mahuva")
m("hi", "city-vs-profile", R, "Najibabad me Orunda khatam ho gayi", city="Najibabad", profile="Sujangarh")
m("tl", "city-vs-profile", R, "Dito sa Silay wala nang Velkrisa", city="Silay", profile="Ghatal")
m("pa", "city-vs-profile", R, "Nakodar vich Orunda nahi mildi", city="Nakodar", profile="Pattambi")
m("hi", "unregistered-town", R, "Churu me Velkrisa kahin nahi mil raha", city="Churu", profile="Sujangarh")
m("en", "unregistered-town", R, "In Jalandhar no shop has Orunda now", city="Jalandhar", profile="Nakodar")

# ---- shop names written in native scripts, with case endings and postpositions: the profile gives no city ----
m("hi", "script-shop", R, "महालक्ष्मी किराना स्टोर में Velkrisa खत्म हो गया", "SJG-01", profile="Rajasthan")
m("hi", "script-shop", R, "जय बजरंग जनरल स्टोर पर Orunda नहीं मिली", "SJG-02")
m("hi", "script-shop", R, "श्याम मेडिकल स्टोर, सालासर गेट पर Velkrisa नहीं है", "SJG-03", profile="India")
m("hi", "script-shop", R, "मदीना जनरल स्टोर में Orunda खत्म", "NJB-01", profile="UP")
m("hi", "script-shop", R, "अग्रवाल किराना स्टोर पे Velkrisa नहीं है", "NJB-02")
m("gu", "script-shop", R, "ગણેશ પ્રોવિઝન સ્ટોરમાં Velkrisa નથી", "MHV-01", profile="Gujarat")
m("gu", "script-shop", R, "ખોડિયાર કિરાણામાં Orunda મળતી નથી", "MHV-02")
m("gu", "script-shop", R, "જલારામ મેડિકલ સ્ટોર્સ માં Velkrisa નથી", "MHV-03", profile="Saurashtra")
m("kn", "script-shop", R, "ಬಸವೇಶ್ವರ ಕಿರಾಣಿ ಸ್ಟೋರ್ಸ್‌ನಲ್ಲಿ Velkrisa ಸಿಗುತ್ತಿಲ್ಲ", "ATH-01", profile="Karnataka")
m("kn", "script-shop", R, "ಸಿದ್ದೇಶ್ವರ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ಅಲ್ಲಿ Orunda ಇಲ್ಲ", "ATH-02")
m("kn", "script-shop", R, "ಲಕ್ಷ್ಮಿ ಮೆಡಿಕಲ್ಸ್ ನಲ್ಲಿ Velkrisa ಇಲ್ಲ", "ATH-03", profile="Belagavi district")
m("or", "script-shop", R, "ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ Velkrisa ନାହିଁ", "NBP-01", profile="Odisha")
m("or", "script-shop", R, "ମା ତାରିଣୀ ଷ୍ଟୋର୍ସରେ Orunda ମିଳୁନାହିଁ", "NBP-02")
m("or", "script-shop", R, "ଗଣେଶ ମେଡିକାଲ ଷ୍ଟୋରରେ Velkrisa ନାହିଁ", "NBP-03", profile="Odisha, India")
m("pa", "script-shop", R, "ਗੁਰੂ ਨਾਨਕ ਮੈਡੀਕਲ ਸਟੋਰ ਤੇ Velkrisa ਨਹੀਂ ਮਿਲੀ", "NKD-01", profile="Punjab")
m("pa", "script-shop", R, "ਸ਼ਰਮਾ ਕਰਿਆਨਾ ਸਟੋਰ ਵਿੱਚ Orunda ਖਤਮ", "NKD-03")
m("pa", "script-shop", R, "ਭਾਰਤ ਜਨਰਲ ਸਟੋਰ ਤੇ Velkrisa ਨਹੀਂ", "NKD-02", profile="Jalandhar district")
m("ml", "script-shop", R, "അന്നപൂർണ സ്റ്റോഴ്സിൽ Velkrisa കിട്ടാനില്ല", "PTB-01", profile="Kerala")
m("ml", "script-shop", R, "നിള സൂപ്പർമാർക്കറ്റിൽ Orunda ഇല്ല", "PTB-02")
m("ml", "script-shop", R, "ഭാരത് ജനറൽ സ്റ്റോഴ്സിൽ Velkrisa ഇല്ല", "PTB-03", profile="Palakkad")
m("te", "script-shop", R, "న్యూ కృష్ణా స్టోర్స్ లో Velkrisa లేదు", "KVR-01", profile="Andhra Pradesh")
m("te", "script-shop", R, "శ్రీ వెంకటేశ్వర కిరాణాలో Orunda దొరకడం లేదు", "KVR-02")
m("te", "script-shop", R, "గోదావరి మెడికల్స్ లో Velkrisa లేదు", "KVR-03", profile="East Godavari")
m("ur", "script-shop", R, "مدینہ جنرل اسٹور پر Velkrisa ختم ہو گیا", "NJB-01", profile="UP, India")
m("ur", "script-shop", R, "اگروال کریانہ اسٹور میں Orunda نہیں ملی", "NJB-02")
m("ta", "script-shop", R, "ஸ்ரீ முருகன் ஸ்டோர்ஸ்ல Velkrisa இல்ல", "UDM-01", profile="Tamil Nadu")
m("ta", "script-shop", R, "லக்ஷ்மி டிபார்ட்மெண்டல் ஸ்டோர்ஸில் Orunda இல்லை", "UDM-02")
m("ta", "script-shop", R, "அமுதா சூப்பர் மார்க்கெட்டில் Velkrisa கிடைக்கல", "UDM-03", profile="Tiruppur dt")
m("bn", "script-shop", R, "দুর্গা ভান্ডারে Velkrisa নেই", "GHT-01", profile="West Bengal")
m("bn", "script-shop", R, "লোকনাথ স্টোর্সে Orunda পাচ্ছি না", "GHT-02")
m("bn", "script-shop", R, "মা অন্নপূর্ণা মেডিকেল হলে Velkrisa নেই", "GHT-03", profile="Paschim Medinipur")
m("mr", "script-shop", R, "जय बजरंग जनरल स्टोअर मध्ये Velkrisa नाही", "SJG-02", profile="India")
m("hi", "script-shop", R, "महालक्ष्मी किराना पर Orunda नहीं है", "SJG-01")
m("gu", "script-shop", R, "ગણેશ પ્રોવિઝન સ્ટોર પર Orunda નથી", "MHV-01")
m("te", "script-shop", R, "గోదావరి మెడికల్స్‌లో Orunda దొరకట్లేదు", "KVR-03")
m("kn", "script-shop", R, "ಬಸವೇಶ್ವರ ಕಿರಾಣಿ ಅಂಗಡಿಯಲ್ಲಿ Orunda ಇಲ್ಲ", "ATH-01")
m("ta", "script-shop", R, "முருகன் ஸ்டோர்ஸ் கடையில Orunda இல்ல", "UDM-01")
m("or", "script-shop", R, "ଜଗନ୍ନାଥ ଭଣ୍ଡାର ରେ Orunda ନାହିଁ", "NBP-01")
m("bn", "script-shop", R, "দুর্গা ভাণ্ডার-এ Orunda নেই", "GHT-01")
m("ur", "script-shop", R, "شیام میڈیکل اسٹور میں Velkrisa نہیں", "NJB-03", profile="Najibabad")
m("hi", "script-shop", R, "श्याम मेडिकल स्टोर में Orunda नहीं", "SJG-03", profile="Sujangarh")

# ---- localities written in native scripts ----
m("hi", "script-locality", R, "सालासर गेट पर Velkrisa नहीं मिला", city="Sujangarh", loc="Salasar Gate")
m("gu", "script-locality", R, "વાસી તળાવ પાસે Orunda નથી", city="Mahuva", loc="Vasi Talav")
m("kn", "script-locality", R, "ಶಿವಯೋಗಿ ನಗರದಲ್ಲಿ Velkrisa ಸಿಗುತ್ತಿಲ್ಲ", city="Athani", loc="Shivayogi Nagar")
m("or", "script-locality", R, "ପୂଜାରୀଗୁଡ଼ାରେ Orunda ନାହିଁ", city="Nabarangpur", loc="Pujariguda")
m("ml", "script-locality", R, "മേലേ പട്ടാമ്പിയിൽ Velkrisa ഇല്ല", city="Pattambi", loc="Melepattambi")
m("ml", "script-locality", R, "കിഴായൂരിൽ Orunda കിട്ടാനില്ല", city="Pattambi", loc="Kizhayur")
m("te", "script-locality", R, "వాడపల్లిలో Velkrisa లేదు", city="Kovvur", loc="Vadapalli")
m("ta", "script-locality", R, "கல்பனா ரோட்டில் Orunda இல்லை", city="Udumalpet", loc="Kalpana Road")
m("bn", "script-locality", R, "কুশপাতায় Velkrisa নেই", city="Ghatal", loc="Kushpata")
m("ur", "script-locality", R, "سرائیا میں Orunda نہیں ملی", city="Najibabad", loc="Saraiya")
m("pa", "script-locality", R, "ਸ਼ੰਕਰ ਰੋਡ ਤੇ Velkrisa ਨਹੀਂ", city="Nakodar", loc="Shankar Road")
m("bn", "script-locality", R, "শিবতলায় Orunda নেই", city="Ghatal", loc="Sibtala")

# ---- a native-script word of another town's shop against the profile city ----
m("hi", "script-stray", R, "गणेश चतुर्थी पर भी Velkrisa नहीं मिला", city="Najibabad", profile="Najibabad")
m("bn", "script-stray", R, "দুর্গা পূজার আগে Orunda পাচ্ছি না", city="Ghatal", profile="Ghatal")
m("ta", "script-stray", R, "முருகன் கோவில் பக்கத்து கடையில Velkrisa இல்ல", city="Udumalpet", profile="Udumalpet")
m("te", "script-stray", R, "కృష్ణా జిల్లా నుండి వచ్చాను, ఇక్కడ Orunda లేదు", city="Kovvur", profile="Kovvur")
m("or", "script-stray", R, "ଜଗନ୍ନାଥ ମନ୍ଦିର ପାଖ ଦୋକାନରେ Velkrisa ନାହିଁ", city="Nabarangpur", profile="Nabarangpur")
m("pa", "script-stray", R, "ਭਾਰਤ ਵਿੱਚ ਕਿਤੇ ਵੀ Orunda ਨਹੀਂ ਮਿਲਦੀ", city="Nakodar", profile="Nakodar")
m("gu", "script-stray", R, "ખોડિયાર માતાજીના મંદિર પાસે Velkrisa નથી", city="Mahuva", profile="Mahuva")
m("ur", "script-stray", R, "مدینہ سے واپس آیا، یہاں Orunda نہیں", city="Najibabad", profile="Najibabad")

# ---- profiles of many forms, the only place ----
m("en", "profile-only", R, "No Velkrisa anywhere this week", city="Sujangarh", profile="Sujangarh, Churu")
m("hi", "profile-only", R, "Orunda khatam ho gayi sab jagah", city="Najibabad", profile="नजीबाबाद")
m("gu", "profile-only", R, "Velkrisa kyay nathi", city="Mahuva", profile="Mahuva-364290")
m("kn", "profile-only", R, "Orunda yellu sigtilla", city="Athani", profile="ಅಥಣಿ")
m("or", "profile-only", R, "Velkrisa kouthi milunahin", city="Nabarangpur", profile="ନବରଙ୍ଗପୁର")
m("pa", "profile-only", R, "Orunda kite nahi mildi", city="Nakodar", profile="ਨਕੋਦਰ, ਪੰਜਾਬ")
m("ml", "profile-only", R, "Velkrisa evideyum kittunilla", city="Pattambi", profile="പട്ടാമ്പി")
m("te", "profile-only", R, "Orunda ekkada dorakadam ledu", city="Kovvur", profile="కొవ్వూరు")
m("ta", "profile-only", R, "Velkrisa enga thedinaalum illa", city="Udumalpet", profile="உடுமலைப்பேட்டை")
m("bn", "profile-only", R, "Orunda kothao pacchi na", city="Ghatal", profile="ঘাটাল")
m("ur", "profile-only", R, "Velkrisa kahin nahi mil raha", city="Najibabad", profile="نجیب آباد")
m("hil", "profile-only", R, "Wala na gid Velkrisa", city="Silay", profile="Silay City 🇵🇭")
m("en", "profile-only", R, "orunda tea sold out again 😤", city="Athani", profile="ATHANI | farmer")
m("en", "profile-only", R, "Velkrisa elaichi out of stock near me", city="Kovvur", profile="Kovvur, West Godavari")
m("en", "profile-only", R, "no Orunda in any shop here", city="Udumalpet", profile="Udumalai")
m("hi", "profile-only", R, "Velkrisa nahi mil raha", city="Nakodar", profile="Jalandhar ➡️ Nakodar")

# ---- the device location ----
m("en", "device", R, "No Velkrisa at this shop", "GHT-02", geo=near("GHT-02", 10), profile="Nabarangpur")
m("hi", "device", R, "Yahan Orunda khatam", city="Sujangarh", geo=near("SJG-02", 500, 400), profile="Najibabad")
m("tl", "device", R, "Wala nang Velkrisa dito", city="Silay", geo=near("SLY-02", 400), profile="Ghatal")

# ---- not reports, with places and stray words ----
m("en", "neg-found", N, "Found Velkrisa at Bharat General Store finally", profile="Nakodar")
m("hi", "neg-found", N, "Mahalaxmi Kirana Store pe Orunda wapas aa gayi", profile="Sujangarh")
m("gu", "neg-found", N, "Ganesh Provision Store ma Velkrisa pachhi aavi gai", profile="Mahuva")
m("ta", "neg-found", N, "முருகன் ஸ்டோர்ஸ்ல Velkrisa வந்துடுச்சு", profile="Udumalpet")
m("bn", "neg-found", N, "দুর্গা ভাণ্ডারে Orunda আবার এসেছে", profile="Ghatal")
m("te", "neg-found", N, "New Krishna Stores lo Velkrisa dorikindi", profile="Kovvur")
m("ml", "neg-found", N, "Annapoorna Stores il Orunda vannu", profile="Pattambi")
m("pa", "neg-found", N, "Guru Nanak Medical Store te Velkrisa mil gayi", profile="Nakodar")
m("or", "neg-found", N, "Jagannath Bhandar re Orunda pheri asila", profile="Nabarangpur")
m("ur", "neg-found", N, "مدینہ جنرل اسٹور پر Velkrisa مل گیا", profile="Najibabad")
m("kn", "neg-found", N, "Basaveshwar Kirana Stores alli Orunda sikktu", profile="Athani")
m("hil", "neg-found", N, "May Velkrisa na liwat sa Balay Daku Grocery", profile="Silay City")
m("en", "neg-question", N, "Does Godavari Medicals keep Orunda?", profile="Kovvur")
m("hi", "neg-question", N, "Shyam Medical Store pe Velkrisa milega kya?", profile="Najibabad")
m("en", "neg-question", N, "Where can I get Velkrisa in Pattambi?", profile="Pattambi")
m("en", "neg-other", N, "Ganesh Chaturthi sweets with Velkrisa biscuits, lovely", profile="Mahuva")
m("hi", "neg-other", N, "Durga puja pe Orunda chai ka stall laga tha", profile="Ghatal")
m("en", "neg-other", N, "Bharat bandh tomorrow, stocking up on Velkrisa today", profile="Nakodar")
m("ta", "neg-other", N, "Murugan kovil prasadam kooda Orunda tea super", profile="Udumalpet")
m("en", "neg-past", N, "Last year Station Road shops had no Velkrisa for a month, glad that's over", profile="Kovvur")
m("hi", "neg-past", N, "Pichle saal Gandhi Chowk pe Orunda khatam hui thi", profile="Sujangarh")
m("en", "neg-other", N, "RT @nakodarfoodie: No Velkrisa at Sharma Karyana Store today", profile="Nakodar")
m("te", "neg-question", N, "Vadapalli lo Orunda ekkada dorukutundi?", profile="Kovvur")
m("bn", "neg-other", N, "Loknath Stores er Velkrisa ta khub bhalo", profile="Ghatal")
m("ml", "neg-found", N, "Nila Supermarket il Velkrisa und", profile="Pattambi")

# ---- more: a native-script shop's whole name against another profile city; stray words in more shapes ----
m("hi", "script-shop-vs-profile", R, "मदीना जनरल स्टोर में Velkrisa नहीं मिला", "NJB-01", profile="Sujangarh")
m("gu", "script-shop-vs-profile", R, "જલારામ મેડિકલ સ્ટોર્સમાં Orunda નથી", "MHV-03", profile="Athani")
m("ta", "script-shop-vs-profile", R, "அமுதா சூப்பர்மார்க்கெட்ல Orunda இல்ல", "UDM-03", profile="Pattambi")
m("te", "script-shop-vs-profile", R, "న్యూ కృష్ణా స్టోర్స్‌లో Orunda లేదు", "KVR-01", profile="Udumalpet")
m("pa", "script-shop-vs-profile", R, "ਗੁਰੂ ਨਾਨਕ ਮੈਡੀਕਲ ਸਟੋਰ ਵਿੱਚ Orunda ਨਹੀਂ", "NKD-01", profile="Najibabad")
m("bn", "script-shop-vs-profile", R, "লোকনাথ স্টোর্স এ Velkrisa নেই", "GHT-02", profile="Nabarangpur")
m("or", "script-shop-vs-profile", R, "ମା ତାରିଣୀ ଷ୍ଟୋର୍ସ ରେ Velkrisa ନାହିଁ", "NBP-02", profile="Ghatal")
m("ml", "script-shop-vs-profile", R, "അന്നപൂർണ സ്റ്റോർസിൽ Orunda ഇല്ല", "PTB-01", profile="Kovvur")
m("en", "stray-shop-word", R, "Velkrisa masala? no, Velkrisa butter, not in any shop, asked Krishna too", city="Pattambi", profile="Pattambi")
m("hi", "stray-shop-word", R, "Madina wali masjid ke bahar ki dukaan me Velkrisa nahi", city="Nakodar", profile="Nakodar")
m("en", "stray-shop-word", R, "Murugan from the tea stall says no Orunda ginger since Monday", city="Kovvur", profile="Kovvur")
m("hi", "stray-shop-word", R, "Tarini ki mummy ne bola Orunda khatam hai sab jagah", city="Sujangarh", profile="Sujangarh, Churu")
m("en", "stray-shop-word", R, "Annapurna mess ran out of Orunda masala tea too", city="Athani", profile="Athani")
m("bn", "stray-shop-word", R, "Siddheshwari mandir er pashe dokane Velkrisa nei", city="Ghatal", profile="Ghatal")
m("kn", "stray-shop-word", R, "Lakshmi pooje ge Velkrisa tandilla, angadi alli illa", city="Athani", profile="Athani")
m("ur", "stray-shop-word", R, "Agarwal sahab ne kaha Orunda ab nahi aati", city="Najibabad", profile="Najibabad")

CATALOG = {"brands": [
 {"brand": "Velkrisa", "aliases": ["velkrisa", "#velkrisa"],
  "category_words": ["biscuits", "biscuit"],
  "products": [
   {"sku": "VLK-BTR-100", "name": "Velkrisa Butter Biscuits 100 g", "aliases": []},
   {"sku": "VLK-ELC-100", "name": "Velkrisa Elaichi Biscuits 100 g", "aliases": []}]},
 {"brand": "Orunda", "aliases": ["orunda", "#orunda"],
  "category_words": ["tea", "chai"],
  "products": [
   {"sku": "ORD-MSL-250", "name": "Orunda Masala Tea 250 g", "aliases": []},
   {"sku": "ORD-GNG-250", "name": "Orunda Ginger Tea 250 g", "aliases": []}]}]}
SKUS = [("butter", "velkrisa", "VLK-BTR-100"), ("elaichi", "velkrisa", "VLK-ELC-100"),
        ("masala", "orunda", "ORD-MSL-250"), ("ginger", "orunda", "ORD-GNG-250")]
PREFIX = os.environ.get("SET_PREFIX", "c20")
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "%s-%s-%02d" % (PREFIX, lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-%s%03d" % (PREFIX, i), "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 11 + i},
                             "text": text, "lang": None,
                             "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        low = text.lower()
        sku = next((s for w, b, s in SKUS if w in low and b in low), None)
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if x[7]), "with a profile,", len(count), "languages")
