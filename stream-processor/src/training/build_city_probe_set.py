# Writes the "city-probe" labelled set (session 11, issue 14 item 5: the right city and locality). The author's
# profile city against stray place words (a town the writer compares with, comes from, a brand's slogan, a town
# beginning a shop's name) and against a place the absence is at; localities in one registered city only beside
# localities that two cities share ("Gandhi Nagar", "Station Road", "Poblacion"); cities and localities misspelt,
# abbreviated, joined, split, with "Sector"/"Phase"/"Brgy."/"Pob."; names in Tamil, Odia, Gujarati, Gurmukhi and
# Devanagari with their case endings and postpositions; device locations with and without a place in the text;
# non-reports in the same style. Written before any rule of session 11 changed, from general knowledge (not from the
# project's name, gazetteer or lexicon files); run once, then kept as it is.
# Usage: python3 build_city_probe_set.py stream-processor/src/test/resources/labelled/city-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, country, centre lat, lon)
 "TPR": ("Tiruppur", "Tamil Nadu", "India", 11.1085, 77.3411),
 "NVS": ("Navsari", "Gujarat", "India", 20.9467, 72.9520),
 "BDK": ("Bhadrak", "Odisha", "India", 21.0574, 86.4963),
 "MOH": ("Mohali", "Punjab", "India", 30.7046, 76.7179),
 "CLB": ("Calamba", "Laguna", "Philippines", 14.2117, 121.1653),
 "SRL": ("Santa Rosa", "Laguna", "Philippines", 14.3122, 121.1114),
}
SHOPS = {
 "TPR": [("Sri Murugan Stores","Anupparpalayam"),("Balaji Stores","Gandhi Nagar"),("Ganesh Provision Store","Gandhi Nagar"),
         ("Annapoorna Departmental Store","Avinashi Road"),("Velan Super Market","Velampalayam"),("Kongu Stores","Nallur"),
         ("Sri Murugan Stores","Kumaran Road"),("Coimbatore Bakery","Kumaran Road")],
 "NVS": [("Shreeji General Store","Lunsikui"),("Balaji Stores","Station Road"),("Ganesh Provision Store","Gandhi Nagar"),
         ("Jalaram Kirana","Vijalpore"),("Patel Super Mart","Dudhia Talav"),("Surti Farsan Mart","Station Road"),
         ("New Bharat Stores","Jalalpore"),("Shreeji General Store","Vijalpore")],
 "BDK": [("Maa Tarini Store","Charampa"),("Balaji Stores","Station Road"),("Jagannath Bhandar","Puruna Bazar"),
         ("Biswal Provision Store","Bonth Chhak"),("Cuttack Sweets","Puruna Bazar"),("Sahoo General Store","Santhia"),
         ("Maa Tarini Store","Station Road")],
 "MOH": [("Bansal Kiryana Store","Phase 7"),("New Bharat Stores","Sector 70"),("Sharma General Store","Sohana"),
         ("Gill Super Mart","Phase 3B2"),("Chandigarh Bakers","Phase 5"),("Sidhu Kiryana","Balongi"),
         ("Bansal Kiryana Store","Sector 68")],
 "CLB": [("7-Eleven","Halang"),("Aling Nena Sari-Sari Store","Poblacion"),("Mercado Minimart","Canlubang"),
         ("Rizal Variety Store","Real"),("Tita Baby Store","Parian"),("7-Eleven","Parian")],
 "SRL": [("7-Eleven","Balibago"),("Aling Nena Sari-Sari Store","Poblacion"),("Manang Rosie Store","Dita"),
         ("Santos Minimart","Tagapo"),("Manila Bakeshop","Tagapo"),("Mercado Minimart","Balibago")],
}
PIN = {"TPR": "641602", "NVS": "396445", "BDK": "756100", "MOH": "160062"}
rnd = random.Random(11)
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
def near(oid, metres):  # a device position `metres` north of an outlet
    lat, lon = POS[oid]
    return {"lat": round(lat + metres / 111000, 6), "lon": lon}
def far(p):  # a device position in the city, 4 km from its centre, away from every outlet
    _, _, _, clat, clon = CITIES[p]
    return {"lat": round(clat + 0.034, 5), "lon": round(clon - 0.030, 5)}
S2, S7 = "NRV-250", "NRV-750"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, loc=None, profile=None, geo=None):
    """city: a city prefix when the label names a city but no outlet; profile: the author's location as typed."""
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# --- the city only from the author's profile (no place in the text) ---
m("ta","profile-city",R,"Nirvelo enga thedinaalum kidaikala",None,None,"TPR",None,"Tiruppur")
m("ta","profile-city",R,"நிர்வெலோ எங்கேயும் கிடைக்கல",None,None,"TPR",None,"திருப்பூர்")
m("en","profile-city",R,"no Nirvelo in any shop near me this week",None,None,"TPR",None,"Tirupur | knitwear exporter")
m("gu","profile-city",R,"Nirvelo kyay nathi malto",None,None,"NVS",None,"Navsari")
m("gu","profile-city",R,"નિર્વેલો ક્યાંય મળતો નથી",None,None,"NVS",None,"નવસારી, ગુજરાત")
m("en","profile-city",R,"Nirvelo 750ml out of stock everywhere",None,S7,"NVS",None,"📍Navsari")
m("or","profile-city",R,"Nirvelo kouthi milunahin",None,None,"BDK",None,"Bhadrak")
m("or","profile-city",R,"ନିର୍ଭେଲୋ କେଉଁଠି ମିଳୁନାହିଁ",None,None,"BDK",None,"ଭଦ୍ରକ")
m("en","profile-city",R,"Nirvelo gone from every shop",None,None,"BDK",None,"Bhadrak, Odisha")
m("pa","profile-city",R,"Nirvelo kithe vi nahi mil reha",None,None,"MOH",None,"Mohali")
m("pa","profile-city",R,"ਨਿਰਵੇਲੋ ਕਿਤੇ ਵੀ ਨਹੀਂ ਮਿਲ ਰਿਹਾ",None,None,"MOH",None,"ਮੋਹਾਲੀ")
m("en","profile-city",R,"Nirvelo sold out again at my local store",None,None,"MOH",None,"SAS Nagar (Mohali)")
m("hi","profile-city",R,"Nirvelo kahin nahi mil raha yaar",None,None,"MOH",None,"Mohali, Punjab")
m("tl","profile-city",R,"Wala nang Nirvelo kahit saan",None,None,"CLB",None,"Calamba, Laguna")
m("tl","profile-city",R,"ubos na naman ang nirvelo sa tindahan",None,None,"CLB",None,"Calamba City")
m("en","profile-city",R,"Nirvelo 250ml out of stock 😤",None,S2,"SRL",None,"Sta. Rosa, Laguna")
m("tl","profile-city",R,"walang nirvelo sa mga tindahan dito",None,None,"SRL",None,"Santa Rosa Laguna")
m("en","profile-city",R,"cant find Nirvelo anywhere",None,None,"SRL",None,"📍 Sta Rosa")
# a shop name several cities share: the profile city settles it
m("en","profile-city",R,"Nirvelo out of stock at Balaji Stores","NVS-02",None,None,None,"Navsari")
m("ta","profile-city",R,"Balaji Stores la Nirvelo illa","TPR-02",None,None,None,"Tiruppur")
m("or","profile-city",R,"Balaji Stores re Nirvelo nahi","BDK-02",None,None,None,"Bhadrak")
m("tl","profile-city",R,"walang Nirvelo sa Aling Nena","SRL-02",None,None,None,"Santa Rosa")
m("tl","profile-city",R,"ubos Nirvelo sa Mercado Minimart","CLB-03",None,None,None,"Calamba")
m("pa","profile-city",R,"New Bharat Stores te Nirvelo khatam","MOH-02",None,None,None,"Mohali")

# --- stray place words against the profile city ---
m("en","stray-word",R,"my cousin from Surat says they have plenty, meanwhile no Nirvelo at Kongu Stores","TPR-06",None,None,None,"Tiruppur")
m("en","stray-word",R,"Nirvelo out of stock again. in Chennai you get it at every corner",None,None,"TPR",None,"Tiruppur")
m("en","stray-word",R,"like in Mumbai, Nirvelo vanished from the shops here too",None,None,"NVS",None,"Navsari")
m("hi","stray-word",R,"Delhi se dost laya tha, yahan kahin Nirvelo nahi milta",None,None,"MOH",None,"Mohali")
m("pa","stray-word",R,"Amritsar gaye si othe mil gaya, par ethe Nirvelo nahi milda",None,None,"MOH",None,"Mohali")
m("en","stray-word",R,"Nirvelo 750 ml not available. Chandigarh friends say same story",None,S7,"MOH",None,"Mohali")
m("en","stray-word",R,"Nirvelo, 'the taste of Goa', and yet not one bottle at Patel Super Mart","NVS-05",None,None,None,"Navsari")
m("en","stray-word",R,"Nirvelo: Refreshing Bombay since 1990. Not refreshing me, out of stock at Jalaram Kirana","NVS-04",None,None,None,"Navsari")
m("gu","stray-word",R,"Surat vala kaka kahe che tya male che, ahiya Nirvelo nathi malto",None,None,"NVS",None,"Navsari")
m("gu","stray-word",R,"Ahmedabad thi aavyo, Shreeji General Store Lunsikui ma Nirvelo nathi","NVS-01",None,None,None,"Navsari")
m("ta","stray-word",R,"Chennai maadhiri inga Nirvelo kidaikkala",None,None,"TPR",None,"Tiruppur")
m("ta","stray-word",R,"Madurai anna sonnaaru Nirvelo nalla irukkum nu, aana Velan Super Market la illa","TPR-05",None,None,None,"Tiruppur")
m("or","stray-word",R,"Cuttack ru bhai asithile, Maa Tarini Store Charampa re Nirvelo nahi","BDK-01",None,None,None,"Bhadrak")
m("or","stray-word",R,"Bhubaneswar re sabu dokanare miluchi, ethi Nirvelo milunahin",None,None,"BDK",None,"Bhadrak")
m("tl","stray-word",R,"Parang sa Manila, wala ring Nirvelo dito",None,None,"CLB",None,"Calamba")
m("tl","stray-word",R,"Galing akong Batangas, pagbalik ko ubos na Nirvelo sa 7-Eleven Halang","CLB-01",None,None,None,"Calamba")
m("en","stray-word",R,"Manila Bakeshop has everything except Nirvelo, out again","SRL-05",None,None,None,"Santa Rosa")
m("en","stray-word",R,"Cebu lechon for dinner but no Nirvelo at Santos Minimart","SRL-04",None,None,None,"Santa Rosa, Laguna")
m("en","stray-word",R,"Nirvelo out at Chandigarh Bakers","MOH-05",None,None,None,"Mohali")
m("en","stray-word",R,"Out of Nirvelo at Cuttack Sweets again","BDK-05",None,None,None,"Bhadrak")
m("en","stray-word",R,"Coimbatore Bakery ran out of Nirvelo 250ml","TPR-08",S2,None,None,"Tiruppur")
m("en","stray-word",R,"Surti Farsan Mart has no Nirvelo since Monday","NVS-06",None,None,None,"Navsari")
m("hi","stray-word",R,"Ludhiana mein bhi yahi haal hai suna, Nirvelo nahi mil raha",None,None,"MOH",None,"Mohali")
m("en","stray-word",R,"flew in from Dubai, first thing I wanted was Nirvelo and Gill Super Mart is out","MOH-04",None,None,None,"Mohali")
m("tl","stray-word",R,"Taga-Cavite ako pero dito na nagwowork, walang Nirvelo sa Mercado Minimart","SRL-06",None,None,None,"Santa Rosa")
m("en","stray-word",R,"watching the Kolkata match, no Nirvelo at Sharma General Store","MOH-03",None,None,None,"Mohali")

# --- a place the absence is at overrides the profile city ---
m("en","place-override",R,"Nirvelo out of stock at Balaji Stores, Navsari","NVS-02",None,None,None,"Tiruppur")
m("en","place-override",R,"visiting family in Bhadrak - Maa Tarini Store Charampa has no Nirvelo","BDK-01",None,None,None,"Mohali")
m("en","place-override",R,"on a work trip to Navsari: no Nirvelo at Patel Super Mart","NVS-05",None,None,None,"Tiruppur")
m("tl","place-override",R,"nasa Santa Rosa ako ngayon, walang Nirvelo sa 7-Eleven Balibago","SRL-01",None,None,None,"Calamba")
m("tl","place-override",R,"Walang Nirvelo sa Aling Nena sa Poblacion Calamba","CLB-02",None,None,None,"Santa Rosa")
m("hi","place-override",R,"Mohali aaya hua hoon, Sohana mein Sharma General Store pe Nirvelo nahi hai","MOH-03",None,None,None,"Bhadrak")
m("en","place-override",R,"no Nirvelo at New Bharat Stores, Jalalpore","NVS-07",None,None,None,"Mohali")
m("en","place-override",R,"Nirvelo 250ml out at Ganesh Provision Store, Gandhi Nagar, Tiruppur","TPR-03",S2,None,None,"Navsari")
m("gu","place-override",R,"Tiruppur ma Ganesh Provision Store ma Nirvelo nathi","TPR-03",None,None,None,"Navsari")
m("en","place-override",R,"In Calamba for the weekend and 7-Eleven Parian is out of Nirvelo","CLB-06",None,None,None,"Santa Rosa")
m("or","place-override",R,"Navsari re achi, Balaji Stores re Nirvelo nahi","NVS-02",None,None,None,"Bhadrak")
m("en","place-override",R,"no stock of Nirvelo at Bansal Kiryana Store, Sector 68, Mohali","MOH-07",None,None,None,"Navsari")
m("pa","place-override",R,"Mohali de Phase 7 vich Bansal Kiryana Store te Nirvelo khatam","MOH-01",None,None,None,"Chandigarh")
m("en","place-override",R,"Nirvelo out at Sahoo General Store Santhia","BDK-06",None,None,None,"Tiruppur")

# --- a locality of one city decides; localities two cities share do not ---
m("en","unique-locality",R,"No Nirvelo at Sri Murugan Stores Anupparpalayam","TPR-01")
m("en","unique-locality",R,"Sri Murugan Stores Kumaran Road out of Nirvelo","TPR-07")
m("en","unique-locality",R,"Shreeji General Store Vijalpore has no Nirvelo","NVS-08")
m("en","unique-locality",R,"Maa Tarini Store near Station Road, no Nirvelo","BDK-07")
m("en","shared-locality",R,"Balaji Stores Station Road - Nirvelo out")
m("en","shared-locality",R,"Balaji Stores Station Road - Nirvelo out","BDK-02",None,None,None,"Bhadrak")
m("tl","unique-locality",R,"Walang Nirvelo sa 7-Eleven Balibago","SRL-01")
m("tl","unique-locality",R,"ubos Nirvelo sa 7-Eleven Halang","CLB-01")
m("tl","shared-locality",R,"wala nang Nirvelo sa Aling Nena Poblacion")
m("tl","shared-locality",R,"wala nang Nirvelo sa Aling Nena Poblacion","CLB-02",None,None,None,"Calamba")
m("en","unique-locality",R,"Mercado Minimart Canlubang no Nirvelo","CLB-03")
m("en","shared-locality",R,"Ganesh Provision Store Gandhi Nagar out of Nirvelo")
m("en","shared-locality",R,"Ganesh Provision Store, Gandhi Nagar, Navsari: no Nirvelo","NVS-03")
m("pa","unique-locality",R,"Sohana vich Nirvelo nahi milda",None,None,"MOH","Sohana")
m("en","unique-locality",R,"Nirvelo finished in all shops around Velampalayam",None,None,"TPR","Velampalayam")
m("tl","unique-locality",R,"ubos ang Nirvelo sa mga tindahan sa Tagapo",None,None,"SRL","Tagapo")
m("or","unique-locality",R,"Bonth Chhak re Nirvelo milunahin",None,None,"BDK","Bonth Chhak")
m("gu","unique-locality",R,"Lunsikui ma Nirvelo nathi malto",None,None,"NVS","Lunsikui")
m("en","unique-locality",R,"Dudhia Talav shops have no Nirvelo",None,None,"NVS","Dudhia Talav")
m("en","unique-locality",R,"no Nirvelo anywhere in Canlubang",None,None,"CLB","Canlubang")

# --- misspelt, abbreviated, joined and split names ---
m("en","misspelling",R,"No Nirvelo at Sri Murugan Stores Anuparpalayam","TPR-01")
m("en","misspelling",R,"nirvelo out @ murugan strs anupparplym","TPR-01")
m("en","misspelling",R,"Nirvelo not avlbl in Velampalyam",None,None,"TPR","Velampalayam")
m("en","misspelling",R,"Nirvelo out in Tirupur, all shops",None,None,"TPR")
m("en","misspelling",R,"no nirvelo anywhere in tiruppr",None,None,"TPR")
m("en","misspelling",R,"Nirvelo out at Kongu Stores Nalur","TPR-06")
m("en","misspelling",R,"Nirvelo out of stock at Ganesh Provision Store Gandhinagar Tiruppur","TPR-03")
m("en","misspelling",R,"Shreeji Gen Store Lunsi Kui no Nirvelo","NVS-01")
m("en","misspelling",R,"Nirvelo not avail at Jalaram Kirana Vijalpur","NVS-04")
m("hi","misspelling",R,"nirvelo khatam navsri me",None,None,"NVS")
m("gu","misspelling",R,"Nirvelo Dudhiya Talav pase nathi malto",None,None,"NVS","Dudhia Talav")
m("en","misspelling",R,"Nirvelo stock out Bhadrakh market",None,None,"BDK")
m("en","misspelling",R,"Nirvelo out at Maa Tarini Charmpa","BDK-01")
m("en","misspelling",R,"Biswal Provision Bonthchhak no Nirvelo","BDK-04")
m("en","misspelling",R,"Nirvelo not available at Jagannath Bhandar Purana Bazar","BDK-03")
m("en","misspelling",R,"Nirvelo out at New Bharat Stores Sec 70","MOH-02")
m("en","misspelling",R,"no Nirvelo at New Bharat Stores sector-70 mohali","MOH-02")
m("en","misspelling",R,"Nirvelo finished Bansal Kiryana Ph 7","MOH-01")
m("en","misspelling",R,"Bansal Kiryana Store Phase7 Nirvelo out","MOH-01")
m("en","misspelling",R,"Nirvelo not avlbl at Gill Super Mart 3B2","MOH-04")
m("en","misspelling",R,"Nirvelo out of stock in Mohalli",None,None,"MOH")
m("hi","misspelling",R,"Sidhu Kiryana Ballongi mein Nirvelo nahi hai","MOH-06")
m("en","misspelling",R,"Nirvelo out of stock in Sohaana",None,None,"MOH","Sohana")
m("tl","misspelling",R,"Walang Nirvelo sa 7-11 Brgy. Halang","CLB-01")
m("tl","misspelling",R,"ubos Nirvelo sa 7eleven Barangay Balibago","SRL-01")
m("tl","misspelling",R,"wala Nirvelo sa Mercado Minimart Canlobang","CLB-03")
m("tl","misspelling",R,"walang Nirvelo sa Aling Nena Pob. Calamba","CLB-02")
m("tl","misspelling",R,"wala na Nirvelo sa Aling Nena Poblacion Sta. Rosa","SRL-02")
m("en","misspelling",R,"no Nirvelo in Sta Rosa Laguna at all",None,None,"SRL")
m("en","misspelling",R,"Nirvelo out at Santos Minimart Brgy Tagapo Sta Rosa","SRL-04")
m("tl","misspelling",R,"walang Nirvelo dito sa Kalamba",None,None,"CLB")
m("en","misspelling",R,"no nirvelo in brgy dita",None,None,"SRL","Dita")
m("tl","misspelling",R,"Tita Baby Store Barangay Parian ubos Nirvelo","CLB-05")

# --- native scripts with case endings and postpositions ---
m("ta","native-script",R,"திருப்பூரில் நிர்வெலோ கிடைக்கவில்லை",None,None,"TPR")
m("ta","native-script",R,"அனுப்பர்பாளையத்தில் ஸ்ரீ முருகன் ஸ்டோர்ஸில் நிர்வெலோ இல்லை","TPR-01")
m("ta","native-script",R,"வேலம்பாளையம் வேலன் சூப்பர் மார்க்கெட்டில் நிர்வெலோ ஸ்டாக் இல்லை","TPR-05")
m("ta","native-script",R,"நல்லூர்ல நிர்வெலோ கிடைக்கல",None,None,"TPR","Nallur")
m("ta","native-script",R,"காந்தி நகர் கணேஷ் ப்ரொவிஷன் ஸ்டோரில் நிர்வெலோ இல்லை","TPR-03",None,None,None,"திருப்பூர்")
m("ta","native-script",R,"குமரன் ரோடு முருகன் ஸ்டோர்ஸ்ல நிர்வெலோ தீர்ந்து போச்சு","TPR-07")
m("ta","native-script",R,"அவிநாசி ரோட்டில் அன்னபூர்ணா டிபார்ட்மெண்டல் ஸ்டோரில் நிர்வெலோ இல்லை","TPR-04")
m("ta","native-script",R,"திருப்பூர்ல எந்த கடையிலயும் நிர்வெலோ இல்ல",None,None,"TPR")
m("ta","native-script",R,"Nirvelo திருப்பூரில் கிடைக்கல 😩",None,None,"TPR")
m("ta","native-script",R,"கொங்கு ஸ்டோர்ஸ் நல்லூர் - நிர்வெலோ 250ml இல்லை","TPR-06",S2)
m("or","native-script",R,"ଭଦ୍ରକରେ ନିର୍ଭେଲୋ ମିଳୁନାହିଁ",None,None,"BDK")
m("or","native-script",R,"ଚରମ୍ପାରେ ମା ତାରିଣୀ ଷ୍ଟୋରରେ ନିର୍ଭେଲୋ ନାହିଁ","BDK-01")
m("or","native-script",R,"ବନ୍ଥ ଛକରେ ନିର୍ଭେଲୋ ମିଳୁନାହିଁ",None,None,"BDK","Bonth Chhak")
m("or","native-script",R,"ପୁରୁଣା ବଜାରରେ ଜଗନ୍ନାଥ ଭଣ୍ଡାରରେ ନିର୍ଭେଲୋ ସରିଗଲା","BDK-03")
m("or","native-script",R,"ସାହୁ ଜେନେରାଲ ଷ୍ଟୋର ସାନ୍ଥିଆ ରେ ନିର୍ଭେଲୋ ନାହିଁ","BDK-06")
m("or","native-script",R,"ଭଦ୍ରକ ର କୌଣସି ଦୋକାନରେ ନିର୍ଭେଲୋ ନାହିଁ",None,None,"BDK")
m("or","native-script",R,"Nirvelo ଭଦ୍ରକରେ ମିଳୁନି",None,None,"BDK")
m("or","native-script",R,"ବିଶ୍ୱାଳ ପ୍ରୋଭିଜନ ଷ୍ଟୋର ବନ୍ଥ ଛକ ରେ ନିର୍ଭେଲୋ ନାହିଁ","BDK-04")
m("or","native-script",R,"ଷ୍ଟେସନ ରୋଡ ମା ତାରିଣୀ ଷ୍ଟୋରରେ ନିର୍ଭେଲୋ ମିଳୁନାହିଁ","BDK-07")
m("gu","native-script",R,"નવસારીમાં નિર્વેલો મળતો નથી",None,None,"NVS")
m("gu","native-script",R,"લુન્સીકુઈમાં શ્રીજી જનરલ સ્ટોરમાં નિર્વેલો નથી","NVS-01")
m("gu","native-script",R,"વિજલપોરમાં જલારામ કિરાણામાં નિર્વેલો ખલાસ","NVS-04")
m("gu","native-script",R,"દુધિયા તળાવ પટેલ સુપર માર્ટમાં નિર્વેલો નથી","NVS-05")
m("gu","native-script",R,"જલાલપોરમાં ન્યૂ ભારત સ્ટોર્સમાં નિર્વેલો મળતો નથી","NVS-07")
m("gu","native-script",R,"નવસારીની કોઈ દુકાનમાં નિર્વેલો નથી",None,None,"NVS")
m("gu","native-script",R,"Nirvelo નવસારીમાં ક્યાંય નથી",None,None,"NVS")
m("gu","native-script",R,"સ્ટેશન રોડ બાલાજી સ્ટોર્સ નવસારી - નિર્વેલો નથી","NVS-02")
m("gu","native-script",R,"વિજલપોર શ્રીજી જનરલ સ્ટોરમાં નિર્વેલો 750ml નથી","NVS-08",S7)
m("pa","native-script",R,"ਮੋਹਾਲੀ ਵਿੱਚ ਨਿਰਵੇਲੋ ਨਹੀਂ ਮਿਲ ਰਿਹਾ",None,None,"MOH")
m("pa","native-script",R,"ਸੋਹਾਣਾ ਵਿੱਚ ਸ਼ਰਮਾ ਜਨਰਲ ਸਟੋਰ ਤੇ ਨਿਰਵੇਲੋ ਖਤਮ","MOH-03")
m("pa","native-script",R,"ਫੇਜ਼ 7 ਬਾਂਸਲ ਕਿਰਿਆਨਾ ਸਟੋਰ ਵਿੱਚ ਨਿਰਵੇਲੋ ਨਹੀਂ ਹੈ","MOH-01")
m("pa","native-script",R,"ਸੈਕਟਰ 70 ਨਿਊ ਭਾਰਤ ਸਟੋਰਜ਼ ਤੇ ਨਿਰਵੇਲੋ ਨਹੀਂ","MOH-02")
m("pa","native-script",R,"ਬਲੌਂਗੀ ਵਿਚ ਸਿੱਧੂ ਕਿਰਿਆਨਾ ਤੇ ਨਿਰਵੇਲੋ ਨਹੀਂ ਮਿਲਦਾ","MOH-06")
m("pa","native-script",R,"ਮੋਹਾਲੀ ਦੀਆਂ ਦੁਕਾਨਾਂ ਵਿੱਚ ਨਿਰਵੇਲੋ ਖਤਮ ਹੋ ਗਿਆ",None,None,"MOH")
m("pa","native-script",R,"Nirvelo ਮੋਹਾਲੀ ਵਿੱਚ ਨਹੀਂ ਮਿਲਦਾ",None,None,"MOH")
m("pa","native-script",R,"ਗਿੱਲ ਸੁਪਰ ਮਾਰਟ ਫੇਜ਼ 3ਬੀ2 ਵਿੱਚ ਨਿਰਵੇਲੋ ਨਹੀਂ","MOH-04")
m("pa","native-script",R,"ਸੋਹਾਣੇ ਵਿੱਚ ਨਿਰਵੇਲੋ ਨਹੀਂ ਲੱਭਦਾ",None,None,"MOH","Sohana")
m("hi","native-script",R,"मोहाली में निर्वेलो नहीं मिल रहा",None,None,"MOH")
m("hi","native-script",R,"सोहाना में शर्मा जनरल स्टोर पर निर्वेलो खत्म","MOH-03")
m("hi","native-script",R,"सेक्टर 70 न्यू भारत स्टोर्स में निर्वेलो नहीं है","MOH-02")
m("hi","native-script",R,"नवसारी में निर्वेलो नहीं मिलता",None,None,"NVS")
m("hi","native-script",R,"भद्रक में निर्वेलो नहीं मिल रहा",None,None,"BDK")

# --- the device location: decides the city when the text names none; the text wins when it names one ---
m("en","geo",R,"no Nirvelo in any shop around",None,None,"TPR",None,None,far("TPR"))
m("tl","geo",R,"walang Nirvelo dito sa amin",None,None,"CLB",None,None,far("CLB"))
m("gu","geo",R,"ahiya Nirvelo nathi",None,None,"NVS",None,None,far("NVS"))
m("or","geo",R,"Nirvelo ethi milunahin",None,None,"BDK",None,None,far("BDK"))
m("pa","geo",R,"Nirvelo ithe nahi milda",None,None,"MOH",None,None,far("MOH"))
m("en","geo",R,"Nirvelo out of stock, whole area",None,None,"SRL",None,None,far("SRL"))
m("en","geo",R,"Nirvelo out at Balaji Stores","NVS-02",None,None,None,None,far("NVS"))
m("en","geo",R,"Nirvelo out of stock in Navsari",None,None,"NVS",None,None,far("MOH"))
m("tl","geo",R,"walang Nirvelo sa Calamba",None,None,"CLB",None,None,far("SRL"))
m("ta","geo",R,"Tiruppur la Nirvelo illa",None,None,"TPR",None,None,far("NVS"))
m("en","geo",R,"no Nirvelo at Sri Murugan Stores Anupparpalayam","TPR-01",None,None,None,None,far("MOH"))
m("ta","geo",R,"Nirvelo illa inga","TPR-05",None,None,None,None,near("TPR-05",30))

# --- non-reports in the same style ---
m("en","non-report",N,"Nirvelo back at Sri Murugan Stores Anupparpalayam 🎉")
m("en","non-report",N,"found Nirvelo 750ml at Patel Super Mart, Dudhia Talav")
m("tl","non-report",N,"may Nirvelo na ulit sa 7-Eleven Halang")
m("ta","non-report",N,"அனுப்பர்பாளையத்தில் நிர்வெலோ கிடைக்குது")
m("gu","non-report",N,"નવસારીમાં નિર્વેલો મળે છે")
m("pa","non-report",N,"ਮੋਹਾਲੀ ਵਿੱਚ ਨਿਰਵੇਲੋ ਮਿਲ ਗਿਆ")
m("or","non-report",N,"ଭଦ୍ରକରେ ନିର୍ଭେଲୋ ମିଳିଲା")
m("en","non-report",N,"is Nirvelo available anywhere in Mohali?")
m("en","non-report",N,"Nirvelo never runs out at Bansal Kiryana, love that shop",None,None,None,None,"Mohali")
m("hi","non-report",N,"Sohana mein Nirvelo mil gaya finally")
m("tl","non-report",N,"Nirvelo ko galing Calamba, ang sarap")
m("en","non-report",N,"Nirvelo might run out in Tiruppur before Deepavali, stock up")
m("en","non-report",N,"RT @nirvelo_tpr: Nirvelo out at Kongu Stores")
m("en","non-report",N,"Tiruppur Kumaran Road Nirvelo stall opens Sunday")
m("gu","non-report",N,"Shreeji General Store Lunsikui ma Nirvelo aavi gayo")
m("en","non-report",N,"no Pepsi at Gill Super Mart so I grabbed a Nirvelo")
m("tl","non-report",N,"walang Coke sa 7-Eleven Balibago kaya Nirvelo na lang")
m("ta","non-report",N,"Velan Super Market la Nirvelo irukku, vaanga")
m("or","non-report",N,"Maa Tarini Store re Nirvelo asigala",None,None,None,None,"Bhadrak")
m("en","non-report",N,"Nirvelo was out at Jalaram Kirana yesterday, restocked today")
m("en","non-report",N,"Is Nirvelo out of stock at 7-Eleven Parian?")
m("pa","non-report",N,"Nirvelo Phase 7 vich mil janda hai")
m("en","non-report",N,"Mohali to Navsari trip, Nirvelo all the way 😎")
m("en","non-report",N,"Nirvelo 250ml at Santos Minimart Tagapo, plenty on the shelf")

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Nirvelo", "aliases": ["nirvelo", "#nirvelo", "@nirvelo_tpr", "निर्वेलो", "நிர்வெலோ", "નિર્વેલો", "ନିର୍ଭେଲୋ",
                                   "ਨਿਰਵੇਲੋ"],
  "category_words": ["soda", "drink"],
  "products": [
   {"sku": S2, "name": "Nirvelo Lemon 250ml", "aliases": []},
   {"sku": S7, "name": "Nirvelo Lemon 750 ml", "aliases": []}]}]}
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
        mid = "cty-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-cty%03d" % i, "handle": "local%03d" % i, "display_name": None,
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
