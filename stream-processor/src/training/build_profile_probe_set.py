# Writes the "profile-probe" labelled set (session 9, issue 14 items 3 and 5: the author's profile city as a prior,
# profile texts of every shape, stray place words, abbreviated and native-script names, device location with a word
# for "here"). Written before any rule of that session changed, from general knowledge (not from the project's name,
# gazetteer or lexicon files); run once, then kept as it is.
# Usage: python3 build_profile_probe_set.py stream-processor/src/test/resources/labelled/profile-probe
import json, math, os, random, sys
OUT = sys.argv[1]
CITIES = {  # prefix: (registry city, region, country, centre lat, lon)
 "PRY": ("Prayagraj", "Uttar Pradesh", "India", 25.4450, 81.8450),
 "KLB": ("Kalaburagi", "Karnataka", "India", 17.3300, 76.8300),
 "VLR": ("Vellore", "Tamil Nadu", "India", 12.9200, 79.1350),
 "BHV": ("Bhavnagar", "Gujarat", "India", 21.7650, 72.1450),
 "KKD": ("Kakinada", "Andhra Pradesh", "India", 16.9600, 82.2400),
 "ILG": ("Iligan City", "Lanao del Norte", "Philippines", 8.2300, 124.2400),
 "LPA": ("Lipa City", "Batangas", "Philippines", 13.9400, 121.1600),
 "OLO": ("Olongapo City", "Zambales", "Philippines", 14.8300, 120.2850),
}
SHOPS = {
 "PRY": [("Gupta Kirana Store","Katra"),("Shukla General Store","Civil Lines"),("Bikaner Mishthan Bhandar","Civil Lines"),
         ("Agrawal Traders","Mumfordganj"),("Sangam Provision Store","Daraganj"),("Tripathi Stores","Tagore Town"),
         ("Jai Hanuman Kirana","Naini"),("Gupta Kirana Store","Allahpur"),("Shri Ram Departmental Store","George Town")],
 "KLB": [("Sri Basaveshwara Stores","Jewargi Colony"),("Sharanabasava Provisions","Shahabazar"),("Udupi Fresh Mart","Super Market"),
         ("Khaja Bande Nawaz Traders","Brahmpur"),("Sri Venkateswara General Stores","Station Bazar"),("Siddalinga Kirana","Jayanagar"),
         ("Mahalaxmi Stores","Aland Road"),("Noor Bakery","Shahabazar")],
 "VLR": [("Sri Venkateswara General Stores","Katpadi"),("Murugan Stores","Sathuvachari"),("Madurai Idli Kadai","Gandhi Nagar"),
         ("Saravana Supermarket","Bagayam"),("Annai Provision Store","Thottapalayam"),("Fort Bakery","Kosapet"),
         ("Lakshmi Departmental Store","Velapadi"),("Murugan Stores","Katpadi")],
 "BHV": [("Jai Ambe Stores","Kaliyabid"),("Khodiyar Provision Store","Sardarnagar"),("Shree Hari Kirana","Waghawadi Road"),
         ("Patel Super Store","Vidyanagar"),("Rajkot Farsan House","Ghogha Circle"),("Umiya General Store","Chitra"),
         ("Bajrang Traders","Kumbharwada"),("Jai Ambe Stores","Vidyanagar")],
 "KKD": [("Sri Venkateswara General Stores","Jagannaickpur"),("Bombay Bakery","Main Road"),("Sai Durga Kirana","Sarpavaram"),
         ("Ramanayya Stores","Ramanayyapeta"),("Lakshmi Ganapathi Traders","Bhanugudi"),("Sri Satya Super Market","Gandhi Nagar"),
         ("Kakinada Kaja Stall","Suryaraopeta"),("Annapurna Stores","Sarpavaram")],
 "ILG": [("Tibanga Sari-Sari Store","Tibanga"),("Manang Lydia Store","Pala-o"),("Baguio Bakeshop","Tubod"),
         ("Maranao Variety Store","Poblacion"),("JRC Minimart","Hinaplanon"),("Nanay Pacing Store","Saray"),
         ("Dela Pena Grocery","Tubod")],
 "LPA": [("Aling Cora Store","Marawoy"),("Batangas Fresh Mart","Sabang"),("Kapeng Barako Corner","Tambo"),
         ("Mendoza Sari-Sari Store","Bolbok"),("JRC Minimart","Mataas na Lupa"),("Iloilo Batchoy House","Sabang"),
         ("Aling Cora Store","Tambo")],
 "OLO": [("Gordon Heights Grocery","Gordon Heights"),("Barretto Minimart","Barretto"),("Manang Fe Store","East Bajac-Bajac"),
         ("Santos Sari-Sari Store","New Cabalan"),("Kalaklan Variety Store","Kalaklan"),("Subic Bay Grocery","East Tapinac"),
         ("7-Eleven","East Bajac-Bajac"),("7-Eleven","Barretto")],
}
PIN = {"PRY": "211001", "KLB": "585101", "VLR": "632001", "BHV": "364001", "KKD": "533001"}
rnd = random.Random(9)
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
S2, S6, S12 = "KVR-200", "KVR-600", "KVR-1250"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, city=None, loc=None, profile=None, geo=None):
    """city: a city prefix when the label names a city but no outlet; profile: the author's location as typed."""
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# --- the city only from the author's profile, profiles of every shape (no place in the text) ---
m("hi","profile-city",R,"Kavrika kahin nahi mil raha, teen dukaan dekh li",None,None,"PRY",None,"Prayagraj")
m("hi","profile-city",R,"kavrika khatam ho gaya sab jagah 😩",None,None,"PRY",None,"Allahabad")
m("hi","profile-city",R,"कावरिका कहीं नहीं मिल रहा",None,None,"PRY",None,"प्रयागराज")
m("en","profile-city",R,"No Kavrika in any shop this week",None,None,"PRY",None,"Prayagraj | Foodie | Chai lover")
m("en","profile-city",R,"kavrika 600ml out of stock everywhere",None,S6,"PRY",None,"📍Allahabad, UP")
m("hi","profile-city",R,"Kavrika 200ml nahi mila aaj bhi",None,S2,"PRY",None,"Prayag")
m("en","profile-city",R,"Kavrika sold out again, 3rd time this month",None,None,"PRY",None,"from Lucknow, living in Prayagraj")
m("en","profile-city",R,"not a single Kavrika left on the shelves",None,None,"PRY",None,"Civil Lines, Prayagraj")
m("hi","profile-city",R,"bhai kavrika kahan gaya? koi dukan me nahi hai",None,None,"PRY",None,"Prayagrj")
m("en","profile-city",R,"Kavrika 1.25L out of stock at the kirana near me",None,S12,"PRY",None,"Mumfordganj")
m("kn","profile-city",R,"Kavrika sigtilla yaav angadi alli",None,None,"KLB",None,"Kalaburagi")
m("kn","profile-city",R,"ಕಾವ್ರಿಕಾ ಸಿಗ್ತಿಲ್ಲ ಎಲ್ಲೂ",None,None,"KLB",None,"Gulbarga")
m("en","profile-city",R,"No Kavrika anywhere, checked four shops",None,None,"KLB",None,"ಕಲಬುರಗಿ")
m("en","profile-city",R,"kavrika 600 ml out of stock since monday",None,S6,"KLB",None,"Gulbarga, Karnataka 🇮🇳")
m("kn","profile-city",R,"Kavrika stock illa angadi nalli",None,None,"KLB",None,"Kalaburgi")
m("en","profile-city",R,"Kavrika gone from every shop, what is happening",None,None,"KLB",None,"Kalburagi | Engineer | Cricket")
m("en","profile-city",R,"cant find kavrika 200ml at the shop near my house",None,S2,"KLB",None,"Jewargi Colony")
m("en","profile-city",R,"Kavrika out of stock again",None,None,"KLB",None,"Bengaluru-born, now in Kalaburagi")
m("ta","profile-city",R,"Kavrika enga poi vaangalum illa",None,None,"VLR",None,"Vellore")
m("ta","profile-city",R,"காவ்ரிகா எங்கேயும் கிடைக்கவில்லை",None,None,"VLR",None,"வேலூர்")
m("en","profile-city",R,"Kavrika 1.25 litre out of stock in all shops",None,S12,"VLR",None,"Velore")
m("en","profile-city",R,"no kavrika anywhere 😭",None,None,"VLR",None,"Vellore, TN")
m("ta","profile-city",R,"kavrika stock illa kadaila",None,None,"VLR",None,"Katpadi")
m("en","profile-city",R,"Kavrika not available at the nearby store",None,None,"VLR",None,"CMC Vellore | doctor")
m("en","profile-city",R,"Kavrika 200 ml sold out, again",None,S2,"VLR",None,"Vellore/வேலூர்")
m("ta","profile-city",R,"kavrika kidaikkala, 3 kadai paathen",None,None,"VLR",None,"vellore tamilnadu")
m("gu","profile-city",R,"Kavrika kyay nathi malti",None,None,"BHV",None,"Bhavnagar")
m("gu","profile-city",R,"કાવરિકા ક્યાંય મળતી નથી",None,None,"BHV",None,"ભાવનગર")
m("en","profile-city",R,"Kavrika out of stock everywhere in the area",None,None,"BHV",None,"Bhavnagar | Gujarat | Garba")
m("gu","profile-city",R,"kavrika 600ml nathi malti dukan ma",None,S6,"BHV",None,"Bhavnagr")
m("en","profile-city",R,"no Kavrika at the corner shop for a week",None,None,"BHV",None,"📍 Bhavnagar")
m("gu","profile-city",R,"Kavrika khatam thai gayu",None,None,"BHV",None,"from Surat, living in Bhavnagar")
m("en","profile-city",R,"Kavrika 1.25L not available",None,S12,"BHV",None,"Waghawadi Road")
m("te","profile-city",R,"Kavrika ekkada dorakatledu",None,None,"KKD",None,"Kakinada")
m("te","profile-city",R,"కావ్రికా ఎక్కడా దొరకట్లేదు",None,None,"KKD",None,"కాకినాడ")
m("en","profile-city",R,"Kavrika out of stock again at the kirana",None,None,"KKD",None,"Kakinda")
m("te","profile-city",R,"kavrika 200ml ledu shop lo",None,S2,"KKD",None,"Kakinada, AP")
m("en","profile-city",R,"Kavrika gone from shelves since Sunday",None,None,"KKD",None,"Kakinada ✈️ | traveller")
m("te","profile-city",R,"Kavrika stock ledu anni shops lo",None,None,"KKD",None,"Jagannaickpur")
m("en","profile-city",R,"Kavrika 600ml out of stock",None,S6,"KKD",None,"Kakinada/Cocanada")
m("ceb","profile-city",R,"Walay Kavrika bisan asa",None,None,"ILG",None,"Iligan City")
m("ceb","profile-city",R,"wala nay kavrika sa tindahan",None,None,"ILG",None,"Iligan")
m("en","profile-city",R,"Kavrika out of stock everywhere 😤",None,None,"ILG",None,"📍Iligan")
m("ceb","profile-city",R,"naubos na ang Kavrika 1.25L",None,S12,"ILG",None,"Iligan City, Lanao del Norte")
m("ceb","profile-city",R,"walay kavrika 200ml diri sa among lugar",None,S2,"ILG",None,"Tibanga")
m("en","profile-city",R,"no Kavrika at the sari-sari store",None,None,"ILG",None,"Iligan Cty")
m("tl","profile-city",R,"Wala nang Kavrika kahit saan",None,None,"LPA",None,"Lipa City")
m("tl","profile-city",R,"ubos na ang kavrika sa tindahan",None,None,"LPA",None,"Lipa, Batangas")
m("en","profile-city",R,"Kavrika 600ml sold out",None,S6,"LPA",None,"Lipa | Kapeng Barako lover ☕")
m("tl","profile-city",R,"walang kavrika sa mga tindahan dito",None,None,"LPA",None,"📍Lipa")
m("tl","profile-city",R,"wala nang Kavrika 1.25L",None,S12,"LPA",None,"born in Manila, living in Lipa City")
m("tl","profile-city",R,"ubos na kavrika, tatlong tindahan na",None,None,"LPA",None,"Marawoy")
m("tl","profile-city",R,"Wala nang Kavrika kahit saan",None,None,"OLO",None,"Olongapo")
m("en","profile-city",R,"Kavrika out of stock in every store",None,None,"OLO",None,"Olongapo City, Zambales")
m("tl","profile-city",R,"ubos na ang kavrika 200ml",None,S2,"OLO",None,"Gapo")
m("en","profile-city",R,"no kavrika anywhere",None,None,"OLO",None,"Olongapo 🇵🇭 | Subic")
m("tl","profile-city",R,"wala nang kavrika sa tindahan",None,None,"OLO",None,"Barretto")
m("en","profile-city",R,"Kavrika 600ml gone again",None,S6,"OLO",None,"Olonggapo")
# profiles that name no city: the label names no city either
m("en","profile-none",R,"Kavrika out of stock everywhere",None,None,None,None,"India")
m("en","profile-none",R,"no Kavrika anywhere 😭",None,None,None,None,"Earth")
m("en","profile-none",R,"kavrika sold out again",None,None,None,None,"")
m("tl","profile-none",R,"wala nang Kavrika",None,None,None,None,"Philippines 🇵🇭")
m("en","profile-none",R,"Kavrika 600ml out of stock",None,S6,None,None,"somewhere in the clouds ☁️")
m("hi","profile-none",R,"Kavrika nahi mil raha",None,None,None,None,"Bharat")
# profiles that name no city, the text names the place
m("en","profile-none",R,"Kavrika out of stock at Shukla General Store Civil Lines Prayagraj","PRY-02",None,None,None,"India")
m("tl","profile-none",R,"Wala nang Kavrika sa Barretto Minimart","OLO-02",None,None,None,"Earth 🌍")
m("te","profile-none",R,"Sai Durga Kirana Sarpavaram lo Kavrika ledu","KKD-03",None,None,None,"")
# a shop name that exists in several cities, settled by the profile city
m("en","profile-tie",R,"Gupta Kirana Store ran out of Kavrika",None,None,"PRY",None,"Prayagraj")
m("en","profile-tie",R,"Sri Venkateswara General Stores has no Kavrika",None,None,"VLR",None,"Vellore")
m("te","profile-tie",R,"Sri Venkateswara General Stores lo Kavrika ledu",None,None,"KKD",None,"Kakinada")
m("gu","profile-tie",R,"Jai Ambe Stores ma Kavrika nathi",None,None,"BHV",None,"Bhavnagar")
m("tl","profile-tie",R,"Walang Kavrika sa JRC Minimart",None,None,"LPA",None,"Lipa City")
m("ceb","profile-tie",R,"Walay Kavrika sa JRC Minimart",None,None,"ILG",None,"Iligan City")
# a shop unique in the profile city, named without a place
m("en","profile-shop",R,"Kavrika out at Tripathi Stores","PRY-06",None,None,None,"Prayagraj")
m("kn","profile-shop",R,"Sharanabasava provisions alli Kavrika illa","KLB-02",None,None,None,"Gulbarga")
m("ta","profile-shop",R,"Saravana supermarket la Kavrika illa","VLR-04",None,None,None,"Vellore")
m("gu","profile-shop",R,"Khodiyar provision store ma kavrika nathi","BHV-02",None,None,None,"Bhavnagar")
m("te","profile-shop",R,"Ramanayya stores lo Kavrika ledu","KKD-04",None,None,None,"Kakinada")
m("ceb","profile-shop",R,"Walay Kavrika sa Manang Lydia Store","ILG-02",None,None,None,"Iligan")
m("tl","profile-shop",R,"Walang Kavrika sa Mendoza sari sari store","LPA-04",None,None,None,"Lipa")
m("tl","profile-shop",R,"Wala nang Kavrika sa Manang Fe Store","OLO-03",None,None,None,"Olongapo")

# --- stray place words against the profile city ---
m("en","stray-shop-word",R,"Bikaner Mishthan Bhandar has no Kavrika today","PRY-03",None,None,None,"Prayagraj")
m("hi","stray-shop-word",R,"Bikaner mishthan bhandar me kavrika nahi hai","PRY-03",None,None,None,"Allahabad")
m("kn","stray-shop-word",R,"Udupi Fresh Mart alli Kavrika illa","KLB-03",None,None,None,"Kalaburagi")
m("en","stray-shop-word",R,"Kavrika out of stock at Udupi Fresh Mart","KLB-03",None,None,None,"Gulbarga")
m("ta","stray-shop-word",R,"Madurai Idli Kadai la Kavrika illa","VLR-03",None,None,None,"Vellore")
m("gu","stray-shop-word",R,"Rajkot Farsan House ma Kavrika nathi","BHV-05",None,None,None,"Bhavnagar")
m("en","stray-shop-word",R,"No Kavrika at Rajkot Farsan House","BHV-05",None,None,None,"📍Bhavnagar")
m("te","stray-shop-word",R,"Bombay Bakery lo Kavrika ledu","KKD-02",None,None,None,"Kakinada")
m("en","stray-shop-word",R,"Kavrika 600ml out at Bombay Bakery","KKD-02",S6,None,None,"Kakinada, AP")
m("ceb","stray-shop-word",R,"Walay Kavrika sa Baguio Bakeshop","ILG-03",None,None,None,"Iligan City")
m("tl","stray-shop-word",R,"Walang Kavrika sa Iloilo Batchoy House","LPA-06",None,None,None,"Lipa City")
m("tl","stray-shop-word",R,"Ubos na ang Kavrika sa Batangas Fresh Mart","LPA-02",None,None,None,"Lipa")
m("en","stray-shop-word",R,"Subic Bay Grocery is out of Kavrika","OLO-06",None,None,None,"Olongapo")
m("en","stray-street",R,"no Kavrika at the shop on Delhi Road",None,None,"PRY",None,"Prayagraj")
m("en","stray-street",R,"Kavrika out of stock, the kirana on Hyderabad Road",None,None,"KLB",None,"Kalaburagi")
m("en","stray-street",R,"shop near Madras Gate has no Kavrika",None,None,"VLR",None,"Vellore")
m("en","stray-street",R,"Kavrika gone at the store on Manila Street",None,None,"ILG",None,"Iligan")
m("en","stray-landmark",R,"opposite the Agra sweets corner, no Kavrika in the kirana",None,None,"PRY",None,"Prayagraj")
m("en","stray-landmark",R,"the shop near Pune Darshan hotel has no kavrika",None,None,"KLB",None,"Kalaburagi")
m("tl","stray-landmark",R,"walang Kavrika sa tindahan tapat ng Cebu Pacific office",None,None,"LPA",None,"Lipa City")
m("en","stray-from",R,"Back from a Kakinada trip and Saravana Supermarket has no Kavrika","VLR-04",None,None,None,"Vellore")
m("en","stray-from",R,"just came from Vellore, Khodiyar Provision Store out of Kavrika","BHV-02",None,None,None,"Bhavnagar")
m("hi","stray-from",R,"Bhavnagar se wapas aaya, Tripathi Stores me Kavrika nahi hai","PRY-06",None,None,None,"Prayagraj")
m("en","stray-from",R,"Home from Olongapo, Aling Cora Store Marawoy has no Kavrika","LPA-01",None,None,None,"Lipa City")
m("ceb","stray-from",R,"Gikan ko Lipa, walay Kavrika sa Manang Lydia Store","ILG-02",None,None,None,"Iligan City")
m("en","stray-from",R,"I'm from Kalaburagi originally, but here Ramanayya Stores has no Kavrika","KKD-04",None,None,None,"Kakinada")
m("en","stray-person",R,"Kavrika out at Tripathi Stores, told Mr Ambala about it","PRY-06",None,None,None,"Prayagraj")
m("en","stray-person",R,"no Kavrika today, Aling Cora Store Tambo, ask Ate Lucena","LPA-07",None,None,None,"Lipa City")
# a profile city, a different city named as the place: the text wins
m("en","text-over-profile",R,"Visiting Kakinada: Sai Durga Kirana Sarpavaram has no Kavrika","KKD-03",None,None,None,"Vellore")
m("ta","text-over-profile",R,"Bhavnagar trip, Patel Super Store Vidyanagar la Kavrika illa","BHV-04",None,None,None,"Vellore")
m("tl","text-over-profile",R,"Nasa Olongapo ako, walang Kavrika sa Kalaklan Variety Store","OLO-05",None,None,None,"Lipa City")
m("en","text-over-profile",R,"In Iligan for work, no Kavrika at Nanay Pacing Store","ILG-06",None,None,None,"Olongapo")

# --- localities: one city only decides; abbreviated, misspelt, native script ---
m("en","unique-locality",R,"Kavrika out of stock at Murugan Stores Sathuvachari","VLR-02")
m("ta","unique-locality",R,"Murugan stores katpadi la kavrika illa","VLR-08")
m("en","unique-locality",R,"Gupta Kirana Store Allahpur has no Kavrika","PRY-08")
m("hi","unique-locality",R,"Katra wale Gupta Kirana Store me Kavrika nahi hai","PRY-01")
m("gu","unique-locality",R,"Jai Ambe Stores Kaliyabid ma Kavrika nathi","BHV-01")
m("tl","unique-locality",R,"Walang Kavrika sa Aling Cora Store Marawoy","LPA-01")
m("tl","unique-locality",R,"JRC Minimart Mataas na Lupa, ubos na Kavrika","LPA-05")
m("ceb","unique-locality",R,"JRC Minimart Hinaplanon walay Kavrika","ILG-05")
m("en","unique-locality",R,"7-Eleven Barretto out of Kavrika 1.25L","OLO-08",S12)
m("te","unique-locality",R,"Sri Venkateswara General Stores Jagannaickpur lo Kavrika ledu","KKD-01")
m("en","unique-locality",R,"no Kavrika anywhere in Sathuvachari",None,None,"VLR","Sathuvachari")
m("kn","unique-locality",R,"Shahabazar alli Kavrika sigtilla",None,None,"KLB","Shahabazar")
m("en","unique-locality-stray",R,"Katpadi: Murugan Stores out of Kavrika, same in Kakinada I heard","VLR-08")
m("en","abbreviation",R,"Sri Venkateswara Gen Strs Katpadi - Kavrika out","VLR-01")
m("en","abbreviation",R,"SVGS jagannaickpur kavrika ledu","KKD-01")
m("en","abbreviation",R,"Shukla Gen Str Civil Lines Prayagraj no Kavrika","PRY-02")
m("en","abbreviation",R,"Jai Ambe Strs Vidyanagar out of Kavrika","BHV-08")
m("en","abbreviation",R,"Sri Satya Spr Mkt Gandhi Nagar Kakinada Kavrika not avlbl","KKD-06")
m("en","abbreviation",R,"Lakshmi Dept Store Velapadi Kavrika 200ml out","VLR-07",S2)
m("en","abbreviation",R,"Khodiyar Prov Str Sardarnagar no kavrika","BHV-02")
m("en","abbreviation",R,"Agrawal Trdrs Mumfordganj kavrika out","PRY-04")
m("en","vowelless",R,"Jai Ambe Stores klybd kavrika nathi","BHV-01")
m("en","vowelless",R,"murugan stores sthvchri no kavrika","VLR-02")
m("te","vowelless",R,"Annapurna strs srpvrm lo Kavrika ledu","KKD-08")
m("en","misspelt-locality",R,"Tripathi Stores Tagor Town no Kavrika","PRY-06")
m("en","misspelt-locality",R,"Kavrika out at Agrawal Traders Mumfordgunj","PRY-04")
m("en","misspelt-locality",R,"Jai Ambe stores Vidhyanagar out of kavrika","BHV-08")
m("te","misspelt-locality",R,"Annapurna Stores Sarpavarm lo kavrika ledu","KKD-08")
m("tl","misspelt-locality",R,"Walang Kavrika sa Aling Cora Store Marawuy","LPA-01")
m("ceb","misspelt-locality",R,"Walay Kavrika sa Dela Pena Grocery Tobod","ILG-07")
m("en","misspelt-shop",R,"Kavrika out at Sharanabasav Provison Shahabazar","KLB-02")
m("en","misspelt-shop",R,"No Kavrika at Sarvana Super Market Bagayam","VLR-04")
m("en","misspelt-shop",R,"Kavrika out at Kodiyar Provision Sardar Nagar","BHV-02")
m("en","old-name",R,"Kavrika out of stock at Shri Ram Departmental Store, George Town, Allahabad","PRY-09")
m("en","old-name",R,"No Kavrika anywhere in Allahabad",None,None,"PRY")
m("en","old-name",R,"Gulbarga: no Kavrika at Siddalinga Kirana","KLB-06")
m("kn","old-name",R,"Gulbarga nalli Kavrika sigtilla",None,None,"KLB")
m("en","old-name",R,"Kavrika out of stock all over Gulbarga",None,None,"KLB")
m("en","city-named",R,"no kavrika in Kakinada anywhere",None,None,"KKD")
m("ceb","city-named",R,"Walay Kavrika sa Iligan",None,None,"ILG")
m("tl","city-named",R,"Wala nang Kavrika sa Olongapo",None,None,"OLO")
m("en","city-named",R,"Kavrika out of stock in Lipa",None,None,"LPA")

# --- native scripts ---
m("hi","native-script",R,"कटरा के गुप्ता किराना स्टोर में कावरिका नहीं है","PRY-01")
m("hi","native-script",R,"सिविल लाइंस शुक्ला जनरल स्टोर में कावरिका खत्म","PRY-02")
m("hi","native-script",R,"प्रयागराज में कावरिका कहीं नहीं मिल रहा",None,None,"PRY")
m("hi","native-script",R,"टैगोर टाउन त्रिपाठी स्टोर्स में कावरिका नहीं मिला","PRY-06")
m("kn","native-script",R,"ಜೇವರ್ಗಿ ಕಾಲೋನಿ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಕಾವ್ರಿಕಾ ಇಲ್ಲ","KLB-01")
m("kn","native-script",R,"ಶಹಾಬಜಾರ್ ನೂರ್ ಬೇಕರಿಯಲ್ಲಿ ಕಾವ್ರಿಕಾ ಸಿಗ್ತಿಲ್ಲ","KLB-08")
m("kn","native-script",R,"ಕಲಬುರಗಿಯಲ್ಲಿ ಕಾವ್ರಿಕಾ ಸಿಗ್ತಿಲ್ಲ",None,None,"KLB")
m("ta","native-script",R,"காட்பாடி முருகன் ஸ்டோர்ஸில் காவ்ரிகா இல்லை","VLR-08")
m("ta","native-script",R,"சத்துவாச்சாரி முருகன் ஸ்டோர்ஸ்ல காவ்ரிகா இல்லை","VLR-02")
m("ta","native-script",R,"வேலூரில் காவ்ரிகா கிடைக்கவில்லை",None,None,"VLR")
m("ta","native-script",R,"சரவணா சூப்பர் மார்க்கெட் பாகாயம் காவ்ரிகா 600ml இல்லை","VLR-04",S6)
m("gu","native-script",R,"કાળિયાબીડ જય અંબે સ્ટોર્સમાં કાવરિકા નથી","BHV-01")
m("gu","native-script",R,"વિદ્યાનગર પટેલ સુપર સ્ટોરમાં કાવરિકા નથી","BHV-04")
m("gu","native-script",R,"ભાવનગરમાં કાવરિકા ક્યાંય નથી",None,None,"BHV")
m("te","native-script",R,"సర్పవరం సాయి దుర్గ కిరాణాలో కావ్రికా లేదు","KKD-03")
m("te","native-script",R,"భానుగుడి లక్ష్మి గణపతి ట్రేడర్స్ లో కావ్రికా లేదు","KKD-05")
m("te","native-script",R,"కాకినాడలో కావ్రికా దొరకట్లేదు",None,None,"KKD")
m("te","native-script",R,"రామనయ్యపేట రామనయ్య స్టోర్స్ లో కావ్రికా 200ml లేదు","KKD-04",S2)

# --- device location with a word for "here" (8-45 m from the shop), and without ---
m("hi","deictic-geo",R,"yahan Kavrika nahi hai","PRY-05",None,None,None,None,near("PRY-05",20))
m("hi","deictic-geo",R,"इस दुकान में कावरिका खत्म","PRY-07",None,None,None,None,near("PRY-07",35))
m("kn","deictic-geo",R,"illi Kavrika illa","KLB-05",None,None,None,None,near("KLB-05",15))
m("kn","deictic-geo",R,"ಇಲ್ಲಿ ಕಾವ್ರಿಕಾ ಸಿಗ್ತಿಲ್ಲ","KLB-07",None,None,None,None,near("KLB-07",40))
m("ta","deictic-geo",R,"inga Kavrika illa","VLR-06",None,None,None,None,near("VLR-06",25))
m("ta","deictic-geo",R,"இந்த கடையில காவ்ரிகா இல்லை","VLR-05",None,None,None,None,near("VLR-05",30))
m("gu","deictic-geo",R,"ahiya Kavrika nathi","BHV-06",None,None,None,None,near("BHV-06",12))
m("gu","deictic-geo",R,"આ દુકાનમાં કાવરિકા નથી","BHV-07",None,None,None,None,near("BHV-07",45))
m("te","deictic-geo",R,"ikkada Kavrika ledu","KKD-07",None,None,None,None,near("KKD-07",18))
m("te","deictic-geo",R,"ఈ షాప్ లో కావ్రికా లేదు","KKD-05",None,None,None,None,near("KKD-05",28))
m("ceb","deictic-geo",R,"walay Kavrika diri","ILG-04",None,None,None,None,near("ILG-04",22))
m("tl","deictic-geo",R,"wala nang Kavrika dito","LPA-03",None,None,None,None,near("LPA-03",10))
m("en","deictic-geo",R,"this 7-Eleven ran out of Kavrika","OLO-07",None,None,None,None,near("OLO-07",30))
m("en","deictic-geo",R,"no Kavrika at this store","OLO-04",None,None,None,None,near("OLO-04",38))
m("en","deictic-geo",R,"Kavrika 600ml out here","ILG-01",S6,None,None,None,near("ILG-01",8))
m("hi","deictic-geo-profile",R,"yahan Kavrika khatam","PRY-04",None,None,None,"Lucknow",near("PRY-04",25))
m("ta","deictic-geo-profile",R,"inga kavrika illa","VLR-07",None,None,None,"Chennai",near("VLR-07",20))
m("tl","deictic-geo-profile",R,"wala nang Kavrika dito","OLO-05",None,None,None,"Manila",near("OLO-05",15))
m("en","device-far",R,"Kavrika out of stock all around here",None,None,"KKD",None,None,far("KKD"))
m("ceb","device-far",R,"walay Kavrika bisan asa diri",None,None,"ILG",None,None,far("ILG"))
m("en","device-far-profile",R,"no Kavrika anywhere near",None,None,"BHV",None,"Ahmedabad",far("BHV"))

# --- not reports, with places and profiles (hard negatives) ---
m("en","non-report",N,"Kavrika is back at Tripathi Stores, bought two",None,None,None,None,"Prayagraj")
m("hi","non-report",N,"Katra wale Gupta Kirana Store me Kavrika mil gaya")
m("en","non-report",N,"Pepsi out at Murugan Stores Katpadi so I took a Kavrika",None,None,None,None,"Vellore")
m("ta","non-report",N,"inga Kavrika neraya irukku",None,None,None,None,"Vellore",near("VLR-06",15))
m("gu","non-report",N,"Jai Ambe Stores Kaliyabid ma Kavrika che",None,None,None,None,"Bhavnagar")
m("te","non-report",N,"ikkada Kavrika undi, konnanu",None,None,None,None,"Kakinada",near("KKD-03",20))
m("ceb","non-report",N,"Naa na usab Kavrika sa JRC Minimart Hinaplanon",None,None,None,None,"Iligan City")
m("tl","non-report",N,"Meron nang Kavrika sa Aling Cora Store Marawoy",None,None,None,None,"Lipa City")
m("en","non-report",N,"Will Kavrika run out at Barretto Minimart before the fiesta?",None,None,None,None,"Olongapo")
m("en","non-report",N,"Kavrika is NOT out of stock at Bombay Bakery, just bought some",None,None,None,None,"Kakinada")
m("en","non-report",N,"Moving from Gulbarga to Vellore next month, hope they sell Kavrika there",None,None,None,None,"Gulbarga")
m("kn","non-report",N,"ಕಲಬುರಗಿಯಲ್ಲಿ ಕಾವ್ರಿಕಾ ಸಿಕ್ತು",None,None,None,None,"Kalaburagi")
m("en","non-report",N,"stock up on Kavrika before Diwali, shops in Allahabad might run out",None,None,None,None,"Allahabad")
m("en","repost",N,"RT @kavrikafan: no Kavrika at Saravana Supermarket Bagayam",None,None,None,None,"Vellore")
m("tl","non-report",N,"May Kavrika na ba sa 7-Eleven Barretto?",None,None,None,None,"Olongapo")
m("en","non-report",N,"Last year you could never find Kavrika in Kakinada, now it's everywhere",None,None,None,None,"Kakinada")
m("hi","non-report",N,"Kavrika nahi mila toh Bikaner Mishthan Bhandar se lassi le li... just kidding, mil gaya",None,None,None,None,"Prayagraj")
m("ceb","non-report",N,"Daghan Kavrika sa Baguio Bakeshop karon",None,None,None,None,"Iligan City")
m("en","non-report",N,"this shop has plenty of Kavrika",None,None,None,None,"Lipa City",near("LPA-02",12))
m("gu","non-report",N,"Kavrika pachi aavi gayi, Rajkot Farsan House ma malse",None,None,None,None,"Bhavnagar")

O = {o[0]: o for o in OUTLETS}
CATALOG = {"brands": [
 {"brand": "Kavrika", "aliases": ["kavrika", "#kavrika", "@kavrikadrinks", "कावरिका", "காவ்ரிகா", "ಕಾವ್ರಿಕಾ", "కావ్రికా",
                                   "કાવરિકા"],
  "category_words": ["drink", "juice"],
  "products": [
   {"sku": S2, "name": "Kavrika Guava 200ml", "aliases": []},
   {"sku": S6, "name": "Kavrika Guava 600 ml", "aliases": []},
   {"sku": S12, "name": "Kavrika Guava 1.25 L", "aliases": []}]}]}
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
        mid = "prf-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": {"id": "u-prf%03d" % i, "handle": "reader%03d" % i, "display_name": None,
                                        "location": profile, "followers": 3 + i},
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
