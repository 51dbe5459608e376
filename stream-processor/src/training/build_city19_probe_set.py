# Writes the "city19-probe" labelled set (session 19: which city). The labels take the city from the text (a city,
# a registry locality of one city, a shop unique in the registry, a town outside the registry that the absence is
# placed in), else the device location, else the author's profile location (city only; a profile that names only a
# state, a country or nothing gives no city). Two invented brands (Tovrika, noodles; Zelmani, a juice); outlets in
# Kolar, Satara, Siwan, Anand, Vidisha, Jaunpur, Madanapalle, Kasaragod, Mati, Talisay, Meycauayan, Balanga and Toledo
# (no other readable set uses them), localities that several of them share (Poblacion, Gandhi Nagar, Sadar Bazar,
# Station Road, Vidyanagar), shop names that carry a town's word ("Anand Provision Store" in Vidisha), profiles of
# many shapes (nickname, abbreviation, district, state, two places, emoji and flags, native script). Written before
# any rule of session 19 changed, from the writer's knowledge of how people write (not from the project's name,
# gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_city19_probe_set.py stream-processor/src/test/resources/labelled/city19-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "KLR": ("Kolar", "Karnataka", "India", "563101"),
 "STR": ("Satara", "Maharashtra", "India", "415001"),
 "SWN": ("Siwan", "Bihar", "India", "841226"),
 "AND": ("Anand", "Gujarat", "India", "388001"),
 "VDS": ("Vidisha", "Madhya Pradesh", "India", "464001"),
 "JNP": ("Jaunpur", "Uttar Pradesh", "India", "222002"),
 "MDP": ("Madanapalle", "Andhra Pradesh", "India", "517325"),
 "KSG": ("Kasaragod", "Kerala", "India", "671121"),
 "MAT": ("Mati", "Davao Oriental", "Philippines", None),
 "TLS": ("Talisay", "Cebu", "Philippines", None),
 "MYC": ("Meycauayan", "Bulacan", "Philippines", None),
 "BLG": ("Balanga", "Bataan", "Philippines", None),
 "TLD": ("Toledo", "Cebu", "Philippines", None),
}
SHOPS = [
 ("KLR-01", "Sri Renuka Stores", "Doddapete", 13.13700, 78.13100),
 ("KLR-02", "Anjaneya Provisions", "Gandhi Nagar", 13.14500, 78.12200),
 ("KLR-03", "Kolar Gold Bakery", "MB Road", 13.13300, 78.13600),
 ("KLR-04", "Balaji Medicals", "Gandhi Nagar", 13.14540, 78.12240),
 ("STR-01", "Ajinkya Kirana", "Rajwada", 17.68500, 74.00100),
 ("STR-02", "Shivneri General Stores", "Sadar Bazar", 17.67800, 74.01500),
 ("STR-03", "Mauli Super Market", "Karanje", 17.69800, 73.99100),
 ("STR-04", "Balaji Medicals", "Powai Naka", 17.68900, 74.00900),
 ("SWN-01", "Maa Tara Bhandar", "Babuniya Mor", 26.22100, 84.35800),
 ("SWN-02", "Gupta Kirana Store", "Station Road", 26.21500, 84.36500),
 ("SWN-03", "Rajendra General Store", "Mahadeva", 26.22800, 84.34900),
 ("AND-01", "Jay Ambe Provision Store", "Ganesh Chokdi", 22.55600, 72.95100),
 ("AND-02", "Sahjanand Stores", "Station Road", 22.56200, 72.96300),
 ("AND-03", "Patel Kirana", "Vidyanagar", 22.54500, 72.92800),
 ("VDS-01", "Anand Provision Store", "Madhavganj", 23.52600, 77.81000),
 ("VDS-02", "Jain General Store", "Sadar Bazar", 23.52100, 77.80500),
 ("VDS-03", "Shri Ram Kirana", "Station Road", 23.51500, 77.81800),
 ("JNP-01", "Yadav Kirana Store", "Olandganj", 25.74500, 82.68600),
 ("JNP-02", "Sharma General Store", "Kotwali Chauraha", 25.75200, 82.69200),
 ("JNP-03", "Imarti Sweets and Stores", "Sipah", 25.73800, 82.67900),
 ("MDP-01", "Sri Lakshmi Narasimha Stores", "Neerugattuvaripalle", 13.55800, 78.49800),
 ("MDP-02", "Venkatadri Kirana", "Gandhi Nagar", 13.55000, 78.50600),
 ("MDP-03", "Sri Sai Provisions", "Prashanth Nagar", 13.54300, 78.51200),
 ("KSG-01", "Malabar Stores", "Thalangara", 12.49800, 74.98700),
 ("KSG-02", "Noor Supermarket", "Vidyanagar", 12.51500, 75.00200),
 ("KSG-03", "Chandragiri Provisions", "Nullippady", 12.50500, 74.99500),
 ("MAT-01", "Aling Nena Store", "Dahican", 6.93500, 126.26800),
 ("MAT-02", "Pujada Grocery", "Poblacion", 6.95000, 126.21600),
 ("MAT-03", "JM Sari-Sari Store", "Central", 6.95300, 126.22000),
 ("TLS-01", "Nang Lita Store", "Tabunok", 10.26800, 123.84200),
 ("TLS-02", "Bisaya Minimart", "Lawaan", 10.25500, 123.85000),
 ("TLS-03", "JM Sari-Sari Store", "Poblacion", 10.24500, 123.84800),
 ("MYC-01", "Aling Baby Store", "Malhacan", 14.74500, 120.95800),
 ("MYC-02", "Calvario Minimart", "Calvario", 14.73600, 120.96500),
 ("MYC-03", "Bulakenyo Grocery", "Poblacion", 14.73400, 120.96000),
 ("BLG-01", "Tenejero Sari-Sari", "Tenejero", 14.67600, 120.53400),
 ("BLG-02", "Bataan Bakeshop and Store", "Cupang", 14.68300, 120.54600),
 ("BLG-03", "Nanay Osang Store", "Poblacion", 14.67900, 120.54000),
 ("TLD-01", "Lutopan Minimart", "Lutopan", 10.36500, 123.70500),
 ("TLD-02", "Dodong Store", "Poblacion", 10.37700, 123.64000),
 ("TLD-03", "Bato Grocery", "Bato", 10.38500, 123.65200),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    _, _, _, lat, lon = O[oid]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# ---- the only place is the author's profile, written in many shapes ----
m("en", "profile-only", R, "No Tovrika noodles anywhere near my house since last week", city="Kolar", profile="Kolar, Karnataka")
m("hi", "profile-only", R, "Tovrika khatam ho gaya hai sab dukaan me", city="Siwan", profile="Siwan ❤️")
m("mr", "profile-only", R, "Tovrika kuthech milat nahi aahe", city="Satara", profile="सातारा")
m("hi", "profile-only", R, "Zelmani juice nahi mil raha kahin bhi", city="Vidisha", profile="विदिशा, मध्य प्रदेश")
m("gu", "profile-only", R, "Zelmani kyay malatu nathi", city="Anand", profile="Anand, Gujarat 🇮🇳")
m("hi", "profile-only", R, "Tovrika ka stock khatam hai bhai", city="Jaunpur", profile="Jaunpur UP 62")
m("te", "profile-only", R, "Tovrika ekkada dorakadam ledu", city="Madanapalle", profile="మదనపల్లె")
m("ml", "profile-only", R, "Zelmani evideyum kittunnilla", city="Kasaragod", profile="Kasaragod | Kerala")
m("ceb", "profile-only", R, "Wala nay Tovrika sa tindahan diri", city="Talisay", profile="Talisay City, Cebu")
m("tl", "profile-only", R, "Ubos na Zelmani dito sa amin", city="Meycauayan", profile="Meycauayan, Bulacan")
m("tl", "profile-only", R, "Wala nang Tovrika sa tindahan", city="Balanga", profile="📍Balanga City, Bataan")
m("ceb", "profile-only", R, "Walay Zelmani sa tindahan karon", city="Toledo", profile="Toledo City 🇵🇭")
m("ceb", "profile-only", R, "Wala nay Tovrika sa among lugar", city="Mati", profile="Mati City, Davao Oriental")
m("en", "profile-only", R, "Zelmani guava is out of stock at every shop I tried", city="Satara", profile="Satara | Engineer | Foodie")
m("en", "profile-only", R, "tovrika sold out again. third week now", city="Vidisha", profile="Vidisha MP")
m("kn", "profile-only", R, "Tovrika yelloo sigtilla", city="Kolar", profile="ಕೋಲಾರ")
m("hi", "profile-only", R, "Zelmani khatam, koi dukaan pe nahi", city="Jaunpur", profile="जौनपुर")
m("ml", "profile-only", R, "Tovrika stock illa, ella kadayilum chodichu", city="Kasaragod", profile="കാസർഗോഡ്")
m("te", "profile-only", R, "Zelmani juice ledu ekkada", city="Madanapalle", profile="Madanapalle, AP")
m("en", "profile-only", R, "can't find Tovrika anywhere, shops say no stock", city="Anand", profile="Anand 🇮🇳 | CA student")
m("hi", "profile-only", R, "Tovrika nahi mil raha kisi bhi kirana me", city="Siwan", profile="Siwan, Bihar")
m("en", "profile-only", R, "Zelmani mango out of stock near me", city="Mati", profile="Mati, Davao Oriental 🌊")
m("tl", "profile-only", R, "Wala talagang Zelmani kahit saan", city="Balanga", profile="Balanga, Bataan")
m("ceb", "profile-only", R, "Nahurot na ang Tovrika sa tindahan", city="Talisay", profile="Talisay, Cebu")
m("en", "profile-only", R, "no Zelmani in any store around here", city="Toledo", profile="Toledo, Cebu, Philippines")

# ---- profile: a nickname, an abbreviation, a district, with words around it ----
m("hi", "profile-shape", R, "Tovrika khatam ho gaya", city="Jaunpur", profile="Jaunpur wale")
m("en", "profile-shape", R, "No Tovrika at the shops this week", city="Satara", profile="Satara dist.")
m("en", "profile-shape", R, "Zelmani gone from the shelves", city="Kolar", profile="Kolar district, Karnataka")
m("tl", "profile-shape", R, "Wala nang Zelmani sa tindahan", city="Meycauayan", profile="Meycauayan City")
m("en", "profile-shape", R, "Tovrika out of stock everywhere", city="Kasaragod", profile="KASARAGOD")
m("hi", "profile-shape", R, "Zelmani nahi mil raha", city="Vidisha", profile="vidisha (m.p.)")
m("en", "profile-shape", R, "Zelmani sold out, no restock yet", city="Siwan", profile="Siwan-841226")
m("ceb", "profile-shape", R, "Wala nay Zelmani diri", city="Talisay", profile="Talisay ✨🌴")
m("tl", "profile-shape", R, "Ubos na ang Tovrika dito", city="Balanga", profile="Balanga, Bataan | 🇵🇭")
m("en", "profile-shape", R, "Tovrika masala out again", city="Anand", profile="Anand | Vallabh Vidyanagar")
m("te", "profile-shape", R, "Tovrika dorakatledu", city="Madanapalle", profile="Madanapalle 🌸 Chittoor dist")

# ---- profile: two places, a marker for where the author lives ----
m("en", "profile-two", R, "No Tovrika at the shop near home", city="Satara", profile="Pune born, living in Satara")
m("en", "profile-two", R, "Zelmani out of stock again", city="Kolar", profile="Bengaluru ➡️ Kolar")
m("hi", "profile-two", R, "Tovrika khatam hai", city="Siwan", profile="Patna | now in Siwan")
m("tl", "profile-two", R, "Wala nang Tovrika dito", city="Meycauayan", profile="Taga-Malolos, nakatira sa Meycauayan")
m("en", "profile-two", R, "Zelmani out everywhere here", city="Kasaragod", profile="Mangalore (work) • Kasaragod (home)")

# ---- profile gives no city: state, country, nothing ----
m("en", "profile-none", R, "No Tovrika anywhere near me", profile="Karnataka, India")
m("hi", "profile-none", R, "Zelmani khatam ho gaya", profile="Bihar")
m("tl", "profile-none", R, "Wala nang Tovrika", profile="Philippines 🇵🇭")
m("en", "profile-none", R, "Zelmani is out of stock", profile="")

# ---- the text names a locality of one registry city, the profile another city: the text wins ----
m("en", "locality-vs-profile", R, "No Tovrika in Doddapete shops today", city="Kolar", loc="Doddapete", profile="Satara, Maharashtra")
m("mr", "locality-vs-profile", R, "Karanje madhe Tovrika milat nahi", city="Satara", loc="Karanje", profile="Kolar")
m("hi", "locality-vs-profile", R, "Babuniya Mor pe Zelmani khatam hai", city="Siwan", loc="Babuniya Mor", profile="Jaunpur, UP")
m("gu", "locality-vs-profile", R, "Ganesh Chokdi pase Zelmani nathi", city="Anand", loc="Ganesh Chokdi", profile="Vidisha")
m("hi", "locality-vs-profile", R, "Madhavganj me Tovrika nahi mil raha", city="Vidisha", loc="Madhavganj", profile="Anand, Gujarat")
m("hi", "locality-vs-profile", R, "Olandganj ki dukaano me Zelmani khatam", city="Jaunpur", loc="Olandganj", profile="Siwan ❤️")
m("te", "locality-vs-profile", R, "Neerugattuvaripalle lo Tovrika ledu", city="Madanapalle", loc="Neerugattuvaripalle", profile="Kolar, Karnataka")
m("ml", "locality-vs-profile", R, "Thalangara il Zelmani kittunnilla", city="Kasaragod", loc="Thalangara", profile="Madanapalle")
m("ceb", "locality-vs-profile", R, "Walay Tovrika sa Dahican karon", city="Mati", loc="Dahican", profile="Talisay City, Cebu")
m("ceb", "locality-vs-profile", R, "Wala nay Zelmani sa Tabunok", city="Talisay", loc="Tabunok", profile="Toledo City")
m("tl", "locality-vs-profile", R, "Wala nang Tovrika sa Malhacan", city="Meycauayan", loc="Malhacan", profile="Balanga, Bataan")
m("tl", "locality-vs-profile", R, "Ubos na ang Zelmani sa Tenejero", city="Balanga", loc="Tenejero", profile="Meycauayan")
m("ceb", "locality-vs-profile", R, "Walay Tovrika sa Lutopan", city="Toledo", loc="Lutopan", profile="Mati City 🌊")
m("en", "locality-vs-profile", R, "Tovrika out of stock in Thalangara since Friday", city="Kasaragod", loc="Thalangara", profile="Kolar")
m("en", "locality-vs-profile", R, "Malhacan stores have no Zelmani", city="Meycauayan", loc="Malhacan", profile="Talisay, Cebu")
m("hi", "locality-vs-profile", R, "Kotwali Chauraha ke paas Tovrika nahi hai", city="Jaunpur", loc="Kotwali Chauraha", profile="Vidisha MP")
m("kn", "locality-vs-profile", R, "Doddapete alli Zelmani sigtilla", city="Kolar", loc="Doddapete", profile="Madanapalle, AP")
m("en", "locality-vs-profile", R, "Lawaan area has no Tovrika", city="Talisay", loc="Lawaan", profile="Toledo, Cebu")
m("mr", "locality-vs-profile", R, "Powai Naka la Zelmani nahi", city="Satara", loc="Powai Naka", profile="Anand")
m("ceb", "locality-vs-profile", R, "Walay Zelmani sa Bato karon", city="Toledo", loc="Bato", profile="Talisay City")

# ---- a shop unique in the registry, the profile another city: the shop wins ----
m("en", "shop-vs-profile", R, "No Tovrika at Sri Renuka Stores", "KLR-01", profile="Satara")
m("mr", "shop-vs-profile", R, "Ajinkya Kirana madhe Zelmani nahi", "STR-01", profile="Kolar, Karnataka")
m("hi", "shop-vs-profile", R, "Maa Tara Bhandar me Tovrika khatam", "SWN-01", profile="Jaunpur")
m("gu", "shop-vs-profile", R, "Jay Ambe Provision Store ma Tovrika nathi", "AND-01", profile="Vidisha, MP")
m("hi", "shop-vs-profile", R, "Yadav Kirana Store me Zelmani nahi hai", "JNP-01", profile="Siwan, Bihar")
m("te", "shop-vs-profile", R, "Venkatadri Kirana lo Tovrika ledu", "MDP-02", profile="Kasaragod")
m("ml", "shop-vs-profile", R, "Noor Supermarket il Zelmani illa", "KSG-02", profile="Madanapalle 🌸")
m("ceb", "shop-vs-profile", R, "Walay Tovrika sa Aling Nena Store", "MAT-01", profile="Toledo City")
m("ceb", "shop-vs-profile", R, "Wala nay Zelmani sa Bisaya Minimart", "TLS-02", profile="Mati City")
m("tl", "shop-vs-profile", R, "Wala nang Tovrika sa Calvario Minimart", "MYC-02", profile="Balanga, Bataan")
m("tl", "shop-vs-profile", R, "Ubos na Zelmani sa Nanay Osang Store", "BLG-03", profile="Meycauayan City")
m("ceb", "shop-vs-profile", R, "Walay Tovrika sa Dodong Store", "TLD-02", profile="Talisay, Cebu")
m("hi", "shop-vs-profile", R, "Anand Provision Store me Tovrika nahi mila", "VDS-01", profile="Anand, Gujarat")
m("en", "shop-vs-profile", R, "Kolar Gold Bakery has no Zelmani", "KLR-03", profile="Siwan")

# ---- a locality several cities share, settled by the profile; a shop name two cities share ----
m("tl", "shared-locality", R, "Wala nang Tovrika sa Poblacion", city="Balanga", loc="Poblacion", profile="Balanga City")
m("ceb", "shared-locality", R, "Walay Zelmani sa Poblacion karon", city="Toledo", loc="Poblacion", profile="Toledo, Cebu")
m("hi", "shared-locality", R, "Station Road pe Tovrika khatam", city="Siwan", loc="Station Road", profile="Siwan, Bihar")
m("hi", "shared-locality", R, "Sadar Bazar me Zelmani nahi mila", city="Vidisha", loc="Sadar Bazar", profile="Vidisha")
m("te", "shared-locality", R, "Gandhi Nagar lo Tovrika ledu", city="Madanapalle", loc="Gandhi Nagar", profile="Madanapalle, AP")
m("kn", "shared-locality", R, "Gandhi Nagar alli Zelmani illa", city="Kolar", loc="Gandhi Nagar", profile="Kolar")
m("en", "shared-locality", R, "No Tovrika at Balaji Medicals", "KLR-04", profile="Kolar, Karnataka")
m("mr", "shared-locality", R, "Balaji Medicals madhe Zelmani nahi", "STR-04", profile="Satara")
m("ceb", "shared-locality", R, "Walay Tovrika sa JM Sari-Sari Store", "TLS-03", profile="Talisay City, Cebu")
m("ceb", "shared-locality", R, "Wala nay Zelmani sa JM Sari-Sari Store", "MAT-03", profile="Mati City")
m("en", "shared-locality", R, "Vidyanagar shops out of Tovrika", city="Kasaragod", loc="Vidyanagar", profile="Kasaragod, Kerala")
m("gu", "shared-locality", R, "Vidyanagar ma Zelmani nathi", city="Anand", loc="Vidyanagar", profile="Anand")

# ---- the text names a registry city, the profile another ----
m("en", "city-vs-profile", R, "No Tovrika in Satara shops this week", city="Satara", profile="Kolar, Karnataka")
m("hi", "city-vs-profile", R, "Jaunpur me Zelmani khatam ho gaya", city="Jaunpur", profile="Siwan")
m("en", "city-vs-profile", R, "Visiting Vidisha, no Tovrika in any shop here", city="Vidisha", profile="Anand, Gujarat")
m("tl", "city-vs-profile", R, "Nandito ako sa Balanga, wala nang Zelmani", city="Balanga", profile="Meycauayan City")
m("ceb", "city-vs-profile", R, "Walay Tovrika diri sa Toledo", city="Toledo", profile="Talisay City, Cebu")
m("ml", "city-vs-profile", R, "Kasaragod town il Tovrika kittunnilla", city="Kasaragod", profile="Madanapalle")
m("te", "city-vs-profile", R, "Madanapalle lo ekkada Zelmani ledu", city="Madanapalle", profile="Kasaragod, Kerala")
m("en", "city-vs-profile", R, "Mati has run out of Tovrika, checked 4 stores", city="Mati", profile="Talisay, Cebu")

# ---- a town outside the registry in which the absence is placed: the labels name that town ----
m("hi", "unregistered-town", R, "Hapur me Tovrika kahin nahi mil raha", city="Hapur", profile="Jaunpur")
m("mr", "unregistered-town", R, "Jalna madhe Zelmani kuthech nahi", city="Jalna", profile="Satara")
m("en", "unregistered-town", R, "In Sitapur no shop has Tovrika now", city="Sitapur", profile="Vidisha")
m("tl", "unregistered-town", R, "Dito sa Batangas wala nang Zelmani", city="Batangas", profile="Balanga, Bataan")
m("hi", "unregistered-town", R, "Chapra ke sab dukaan me Zelmani khatam", city="Chapra", profile="Siwan, Bihar")
m("ta", "unregistered-town", R, "Ambur la Tovrika kidaikkala", city="Ambur", profile="Madanapalle")

# ---- a stray town: compared with, come from, gone to, elsewhere; the profile city stands ----
m("hi", "stray-town", R, "Hapur se aaya hoon, yahan Tovrika nahi mil raha", city="Jaunpur", profile="Jaunpur")
m("en", "stray-town", R, "Like in Jalna, no Zelmani here either", city="Satara", profile="Satara")
m("en", "stray-town", R, "Back from Sitapur and still no Tovrika in the shops here", city="Vidisha", profile="Vidisha MP")
m("tl", "stray-town", R, "Galing ako Batangas, dito wala pa ring Tovrika", city="Balanga", profile="Balanga City")
m("hi", "stray-town", R, "Chapra wale bhaiya ki dukaan pe bhi Zelmani khatam", city="Siwan", profile="Siwan")
m("ceb", "stray-town", R, "Parehas sa Cebu City, walay Zelmani diri", city="Talisay", profile="Talisay, Cebu")
m("en", "stray-town", R, "My cousin in Kalyan says it's there, but no Tovrika here", city="Kolar", profile="Kolar")
m("te", "stray-town", R, "Tirupati nundi vachanu, ikkada Zelmani ledu", city="Madanapalle", profile="Madanapalle")
m("ml", "stray-town", R, "Mangalore il kittum, ivide Tovrika illa", city="Kasaragod", profile="Kasaragod")
m("ceb", "stray-town", R, "Gikan ko Toledo, diri sa amo walay Tovrika", city="Talisay", profile="Talisay City")
m("hi", "stray-town", R, "Varanasi trip se laut ke dekha, Zelmani khatam", city="Jaunpur", profile="Jaunpur UP")
m("gu", "stray-town", R, "Vadodara ma male che pan ahiya Zelmani nathi", city="Anand", profile="Anand")

# ---- a town with a case ending or postposition ----
m("mr", "case-ending", R, "Sataryat Tovrika milat nahi", city="Satara", profile="Kolar")
m("mr", "case-ending", R, "Satara madhye Zelmani sampla", city="Satara")
m("kn", "case-ending", R, "Kolaralli Tovrika sigtilla", city="Kolar", profile="Satara")
m("kn", "case-ending", R, "ಕೋಲಾರದಲ್ಲಿ Zelmani ಸಿಗುತ್ತಿಲ್ಲ", city="Kolar")
m("hi", "case-ending", R, "सिवान में Tovrika नहीं मिल रहा", city="Siwan", profile="Jaunpur")
m("hi", "case-ending", R, "विदिशा में Zelmani खत्म", city="Vidisha")
m("hi", "case-ending", R, "जौनपुर में Tovrika खत्म हो गया", city="Jaunpur", profile="Vidisha")
m("te", "case-ending", R, "మదనపల్లెలో Zelmani దొరకడం లేదు", city="Madanapalle", profile="Kolar")
m("te", "case-ending", R, "Madanapallelo Tovrika ledu", city="Madanapalle")
m("ml", "case-ending", R, "കാസർഗോഡിൽ Tovrika കിട്ടാനില്ല", city="Kasaragod", profile="Madanapalle")
m("ml", "case-ending", R, "Kasaragodil Zelmani illa", city="Kasaragod")
m("gu", "case-ending", R, "આણંદમાં Tovrika મળતું નથી", city="Anand", profile="Vidisha")
m("gu", "case-ending", R, "Anandma Zelmani nathi", city="Anand")
m("bn", "case-ending", R, "Siwan e Tovrika nei", city="Siwan", profile="Jaunpur")
m("ta", "case-ending", R, "Kolar la Zelmani illa", city="Kolar", profile="Kasaragod")

# ---- Philippine "taga-", "dito sa", "sa" ----
m("tl", "ph-marker", R, "Dito sa Meycauayan wala nang Tovrika", city="Meycauayan", profile="Balanga")
m("tl", "ph-marker", R, "Taga-Balanga ako, wala nang Zelmani dito", city="Balanga")
m("tl", "ph-marker", R, "Taga-Balanga ako pero dito sa Meycauayan wala nang Tovrika", city="Meycauayan")
m("ceb", "ph-marker", R, "Diri sa Talisay walay Zelmani", city="Talisay", profile="Toledo City")
m("ceb", "ph-marker", R, "Taga-Toledo ko, walay Tovrika diri", city="Toledo")
m("ceb", "ph-marker", R, "Walay Zelmani sa Mati karon", city="Mati", profile="Talisay")
m("tl", "ph-marker", R, "Sa Balanga, ubos na ang Tovrika", city="Balanga", profile="Meycauayan")
m("ceb", "ph-marker", R, "Dinhi sa Toledo, nahurot na ang Zelmani", city="Toledo", profile="Mati")
m("tl", "ph-marker", R, "Wala nang Tovrika dito sa amin sa Meycauayan", city="Meycauayan")
m("ceb", "ph-marker", R, "Taga Mati ko, walay Zelmani sa tindahan", city="Mati")
m("en", "ph-marker", R, "taga-Talisay here, no Tovrika anywhere", city="Talisay")
m("tl", "ph-marker", R, "Nasa Toledo kami ngayon, wala nang Zelmani", city="Toledo", profile="Balanga City")

# ---- a town word that is an everyday word, a person's name or a shop's word ----
m("hi", "everyday-word", R, "Anand bhai ki dukaan pe Tovrika khatam", city="Vidisha", profile="Vidisha")
m("hi", "everyday-word", R, "Zelmani nahi mila, anand hi khatam ho gaya", city="Jaunpur", profile="Jaunpur")
m("en", "everyday-word", R, "Anand Provision Store out of Zelmani", "VDS-01", profile="Siwan")
m("gu", "everyday-word", R, "Anand ni dukan ma Tovrika nathi", city="Anand", profile="Anand, Gujarat")
m("tl", "everyday-word", R, "Wala nang Tovrika, pati balanga ng lola ko walang laman", city="Meycauayan", profile="Meycauayan")
m("ceb", "everyday-word", R, "Walay Zelmani sa tindahan duol sa talisay nga kahoy", city="Toledo", profile="Toledo City")
m("en", "everyday-word", R, "Kolar Gold Bakery out of Tovrika", "KLR-03", profile="Satara")
m("bn", "everyday-word", R, "Zelmani nei, mati te pore gelo sob", city="Siwan", profile="Siwan, Bihar")
m("en", "everyday-word", R, "Toledo steel knife shop next door sells snacks but no Tovrika", city="Balanga", profile="Balanga, Bataan")
m("hi", "everyday-word", R, "Satara wali chachi ki dukaan me Zelmani nahi", city="Vidisha", profile="Vidisha MP")
m("tl", "everyday-word", R, "Bataan Bakeshop and Store wala nang Tovrika", "BLG-02", profile="Meycauayan")
m("en", "everyday-word", R, "Malabar Stores out of Zelmani", "KSG-01", profile="Kolar")

# ---- the device location, the text and the profile ----
m("en", "device", R, "No Tovrika at this shop", "SWN-02", geo=near("SWN-02", 10), profile="Jaunpur")
m("tl", "device", R, "Wala nang Zelmani dito", "MYC-01", geo=near("MYC-01", 12), profile="Balanga")
m("en", "device", R, "no Tovrika anywhere around here", city="Kasaragod", geo=near("KSG-03", 400, 300), profile="Madanapalle")
m("ceb", "device", R, "Walay Zelmani diri sa Lutopan", city="Toledo", loc="Lutopan", geo=near("TLD-03", 200), profile="Talisay")
m("hi", "device", R, "Olandganj me Tovrika nahi hai", city="Jaunpur", loc="Olandganj", geo=near("VDS-02", 300), profile="Vidisha")

# ---- not reports, with places and profiles ----
m("en", "neg-found", N, "Found Tovrika at Sri Renuka Stores finally", profile="Kolar")
m("hi", "neg-found", N, "Jaunpur me Zelmani wapas aa gaya", profile="Jaunpur")
m("tl", "neg-found", N, "May Tovrika na ulit sa Calvario Minimart", profile="Meycauayan")
m("ceb", "neg-found", N, "Naa na ang Zelmani sa Tabunok", profile="Talisay City")
m("mr", "neg-found", N, "Satara madhe Tovrika parat aala", profile="Satara")
m("te", "neg-found", N, "Madanapalle lo Zelmani dorukutundi ippudu", profile="Madanapalle")
m("ml", "neg-found", N, "Kasaragod il Tovrika ippo kittunnund", profile="Kasaragod")
m("en", "neg-question", N, "Anyone know where to get Zelmani in Vidisha?", profile="Vidisha MP")
m("tl", "neg-question", N, "Saan may Tovrika dito sa Balanga?", profile="Balanga City")
m("hi", "neg-question", N, "Siwan me Zelmani kahan milega?", profile="Siwan")
m("en", "neg-other", N, "Travelling from Satara to Kolar tomorrow, packing Tovrika for the trip", profile="Satara")
m("en", "neg-other", N, "Tovrika ad on the Anand bus stand hoarding looks great", profile="Anand")
m("ceb", "neg-other", N, "Lami kaayo ang Zelmani nga gipalit nako sa Toledo", profile="Toledo City")
m("en", "neg-past", N, "Last year there was no Zelmani in Mati for a month, glad that's over", profile="Mati City")
m("hi", "neg-past", N, "Pichle saal Jaunpur me Tovrika khatam hua tha", profile="Jaunpur")
m("kn", "neg-found", N, "Kolaralli Tovrika sikktu", profile="Kolar")
m("gu", "neg-found", N, "Anand ma Zelmani pachhu aavi gayu", profile="Anand")
m("tl", "neg-other", N, "Taga-Meycauayan ako at paborito ko ang Tovrika", profile="Meycauayan")
m("en", "neg-other", N, "RT @kolarfoodie: No Tovrika in Doddapete today", profile="Kolar")
m("bn", "neg-question", N, "Siwan e Zelmani kothay pabo?", profile="Siwan")

# ---- more profiles against the text: the text's place wins, in more shapes ----
m("en", "locality-vs-profile", R, "Rajwada side shops have no Zelmani mango", city="Satara", loc="Rajwada", profile="📍Kolar | KGF")
m("hi", "locality-vs-profile", R, "Mahadeva me Tovrika khatam hai", city="Siwan", loc="Mahadeva", profile="जौनपुर, उत्तर प्रदेश")
m("te", "locality-vs-profile", R, "Prashanth Nagar lo Zelmani dorakadam ledu", city="Madanapalle", loc="Prashanth Nagar", profile="Kolar 🇮🇳")
m("ml", "locality-vs-profile", R, "Nullippady il Tovrika illa", city="Kasaragod", loc="Nullippady", profile="Kolar / Bangalore")
m("tl", "locality-vs-profile", R, "Wala nang Zelmani sa Cupang", city="Balanga", loc="Cupang", profile="Meycauayan City, Bulacan 🇵🇭")
m("ceb", "locality-vs-profile", R, "Walay Tovrika sa Dahican beach area", city="Mati", loc="Dahican", profile="Toledo | Cebu")
m("hi", "locality-vs-profile", R, "Sipah me Zelmani nahi mil raha", city="Jaunpur", loc="Sipah", profile="Siwan (Bihar) 🙏")
m("en", "locality-vs-profile", R, "Tenejero stores out of Tovrika chicken", city="Balanga", loc="Tenejero", profile="Talisay City 🌴")
m("mr", "locality-vs-profile", R, "Rajwada jawal Tovrika sampla", city="Satara", loc="Rajwada", profile="Jaunpur")
m("kn", "locality-vs-profile", R, "MB Road alli Tovrika illa", city="Kolar", loc="MB Road", profile="Madanapalle")
m("en", "city-vs-profile", R, "Kolar is out of Zelmani, every shop", city="Kolar", profile="Madanapalle 🌸 Chittoor dist")
m("hi", "city-vs-profile", R, "Vidisha me Tovrika khatam ho gaya", city="Vidisha", profile="Siwan, Bihar")
m("ceb", "city-vs-profile", R, "Walay Zelmani sa Talisay karon", city="Talisay", profile="Mati City 🌊")
m("tl", "city-vs-profile", R, "Ubos na ang Tovrika sa Meycauayan", city="Meycauayan", profile="Balanga, Bataan")
m("gu", "city-vs-profile", R, "Anand ma Tovrika malatu nathi", city="Anand", profile="Vidisha MP")
m("mr", "city-vs-profile", R, "Satara la Zelmani nahi milat", city="Satara", profile="Kolar district")

# ---- more profiles alone, in more shapes ----
m("en", "profile-shape", R, "Tovrika out of stock again 😤", city="Kolar", profile="KGF | Kolar")
m("hi", "profile-shape", R, "Zelmani khatam bhai", city="Siwan", profile="सिवान, बिहार")
m("ml", "profile-shape", R, "Tovrika illa", city="Kasaragod", profile="Kasargod")
m("te", "profile-shape", R, "Zelmani ledu", city="Madanapalle", profile="Madanapalli")
m("en", "profile-shape", R, "no Zelmani guava today", city="Satara", profile="satara maharashtra india")
m("tl", "profile-shape", R, "Wala nang Tovrika", city="Meycauayan", profile="Meycauayan, Bulacan, PH")
m("ceb", "profile-shape", R, "Walay Zelmani", city="Mati", profile="City of Mati")
m("en", "profile-shape", R, "Zelmani sold out", city="Toledo", profile="Toledo City, Cebu 🇵🇭 | nurse")
m("hi", "profile-shape", R, "Tovrika khatam", city="Vidisha", profile="Bhopal born | Vidisha")
m("gu", "profile-shape", R, "Tovrika nathi", city="Anand", profile="આણંદ")
m("en", "profile-shape", R, "Tovrika masala gone from all shops", city="Jaunpur", profile="Jaunpur, Uttar Pradesh, India")
m("tl", "profile-shape", R, "Ubos na Zelmani", city="Balanga", profile="BALANGA")

# ---- more stray towns against the profile ----
m("en", "stray-town", R, "Even Batangas had it last month but no Zelmani here", city="Meycauayan", profile="Meycauayan")
m("hi", "stray-town", R, "Hapur jaisa haal hai, yahan bhi Tovrika nahi", city="Vidisha", profile="Vidisha")
m("kn", "stray-town", R, "Bengaluru inda bande, illi Tovrika illa", city="Kolar", profile="Kolar")
m("tl", "stray-town", R, "Sa Batangas meron pa, dito wala nang Zelmani", city="Balanga", profile="Balanga, Bataan")
m("ceb", "stray-town", R, "Murag sa Toledo, walay Tovrika diri", city="Talisay", profile="Talisay")
m("mr", "stray-town", R, "Pune hun aalo, ithe Zelmani nahi", city="Satara", profile="Satara")
m("en", "stray-town", R, "Jalna cousin sent a pic, but here no Tovrika", city="Anand", profile="Anand, Gujarat")
m("hi", "stray-town", R, "Chapra se lautke dekha, Tovrika yahan bhi khatam", city="Siwan", profile="Siwan")

# ---- case endings and postpositions, more ----
m("mr", "case-ending", R, "साताऱ्यात Tovrika मिळत नाही", city="Satara", profile="Jaunpur")
m("kn", "case-ending", R, "Kolarinalli Zelmani illa", city="Kolar")
m("ml", "case-ending", R, "Kasaragod town-il Tovrika kittanilla", city="Kasaragod", profile="Kolar")
m("hi", "case-ending", R, "Jaunpur mein Zelmani khatam", city="Jaunpur", profile="Siwan")
m("hi", "case-ending", R, "Vidisha ke bazaar me Tovrika nahi", city="Vidisha", profile="Anand")
m("te", "case-ending", R, "Madanapalle loni shops lo Tovrika ledu", city="Madanapalle", profile="Kasaragod")

CATALOG = {"brands": [
 {"brand": "Tovrika", "aliases": ["tovrika", "#tovrika"],
  "category_words": ["noodles", "noodle"],
  "products": [
   {"sku": "TVR-MSL-70", "name": "Tovrika Masala Noodles 70 g", "aliases": []},
   {"sku": "TVR-CHK-70", "name": "Tovrika Chicken Noodles 70 g", "aliases": []}]},
 {"brand": "Zelmani", "aliases": ["zelmani", "#zelmani"],
  "category_words": ["juice", "drink"],
  "products": [
   {"sku": "ZLM-MNG-200", "name": "Zelmani Mango Juice 200 ml", "aliases": []},
   {"sku": "ZLM-GUA-200", "name": "Zelmani Guava Juice 200 ml", "aliases": []}]}]}
SKUS = [("masala", "tovrika", "TVR-MSL-70"), ("chicken", "tovrika", "TVR-CHK-70"),
        ("mango", "zelmani", "ZLM-MNG-200"), ("guava", "zelmani", "ZLM-GUA-200")]
PREFIX = os.environ.get("SET_PREFIX", "c19")
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
