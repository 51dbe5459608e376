# Writes the "outlet20-probe" labelled set (session 20: which outlet, when a place word is not a shop's name, and the
# shop the absence is about when a post names two). The labels name an outlet only when the post identifies exactly
# one registry outlet: a name unique in the city, a name and a locality, an owner's name or nickname and a locality
# that fit one outlet, or "here/this shop" with the device within 40 m of it and no other outlet within 60 m.
# Otherwise the label has no outlet, the city and the locality the text names. Many shops here are named after their
# town ("Dabhoi Provision Stores") or their locality ("Kansarwad Kirana"): a post that writes the town or the locality
# as a place ("Dabhoi ma", "in Kansarwad", "Maramag sa") names the place, not the shop; a post that writes the place
# word with the shop's other words or its kind word ("Kansarwad Kirana ma", "Dabhoi Provision") names the shop. Posts
# naming two shops: one is out, the other has it ("not at A, B has it"), or the author went to the other ("A out, got it
# at B"): the report is for the shop of the absence; both shops in the absence's clause: no outlet.
# Two invented brands (Vorenza, a soft drink; Kelpira, a biscuit); outlets in Dabhoi, Hindaun, Dharapuram, Nuzvid,
# Kodungallur, Mulbagal, Ghatal, Achalpur and Maramag (no other readable set uses them), 8-9 each.
# Written before any rule of session 20 changed, from the writer's knowledge of how people write (not from the
# project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_outlet20_probe_set.py stream-processor/src/test/resources/labelled/outlet20-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "DBH": ("Dabhoi", "Gujarat", "India", "391110"),
 "HND": ("Hindaun", "Rajasthan", "India", "322230"),
 "DHR": ("Dharapuram", "Tamil Nadu", "India", "638656"),
 "NZV": ("Nuzvid", "Andhra Pradesh", "India", "521201"),
 "KDL": ("Kodungallur", "Kerala", "India", "680664"),
 "MLB": ("Mulbagal", "Karnataka", "India", "563131"),
 "GTL": ("Ghatal", "West Bengal", "India", "721212"),
 "ACH": ("Achalpur", "Maharashtra", "India", "444806"),
 "MRM": ("Maramag", "Bukidnon", "Philippines", None),
}
# (id, name, locality, lat, lon)
SHOPS = [
 ("DBH-01", "Dabhoi Provision Stores", "Station Road", 22.13100, 73.41200),
 ("DBH-02", "Hira Bhagol Medical", "Hira Bhagol", 22.12500, 73.42000),
 ("DBH-03", "Kansarwad Kirana", "Kansarwad", 22.13800, 73.41800),
 ("DBH-04", "Jalaram Dairy", "Vadodara Road", 22.14500, 73.40500),
 ("DBH-05", "Umiya General Store", "Kansarwad", 22.13900, 73.41950),
 ("DBH-06", "Shreeji Traders", "Station Road", 22.13200, 73.41350),
 ("DBH-07", "Navkar Super Mart", "Vadodara Road", 22.14650, 73.40650),
 ("DBH-08", "Patel Bakery", "Hira Bhagol", 22.12600, 73.42150),
 ("DBH-09", "Mahakali Stores", "Station Road", 22.13000, 73.41100),
 ("HND-01", "Hindaun General Store", "Katla", 26.73500, 77.03300),
 ("HND-02", "Hindaun Medical Hall", "Bayana Road", 26.74200, 77.02500),
 ("HND-03", "Roopwas Kirana", "Roopwas", 26.72500, 77.04500),
 ("HND-04", "Goyal Traders", "Nai Mandi", 26.73000, 77.04000),
 ("HND-05", "Mahaveer Dairy", "Katla", 26.73650, 77.03450),
 ("HND-06", "Bansal Provision Store", "Nai Mandi", 26.73150, 77.04150),
 ("HND-07", "Shyam Sweets", "Bayana Road", 26.74350, 77.02650),
 ("HND-08", "Katla Super Bazar", "Katla", 26.73400, 77.03150),
 ("HND-09", "Agarwal Kirana", "Roopwas", 26.72650, 77.04650),
 ("DHR-01", "Dharapuram Stores", "Kottai Street", 10.73800, 77.53200),
 ("DHR-02", "Pudur Medicals", "Pudur", 10.74500, 77.52500),
 ("DHR-03", "Murugan Provision Store", "Alangiam Road", 10.73000, 77.54000),
 ("DHR-04", "Sakthi Supermarket", "Pudur", 10.74650, 77.52650),
 ("DHR-05", "Kumaran Bakery", "Kottai Street", 10.73950, 77.53350),
 ("DHR-06", "Amman Dairy", "Alangiam Road", 10.73150, 77.54150),
 ("DHR-07", "Palani Andavar Stores", "Palani Road", 10.72000, 77.52000),
 ("DHR-08", "Selvi Stores", "Pudur", 10.74350, 77.52350),
 ("DHR-09", "Dharapuram Medicals", "Alangiam Road", 10.72850, 77.53850),
 ("NZV-01", "Nuzvid Kirana Stores", "Main Bazar", 16.78800, 80.84600),
 ("NZV-02", "Annapoorna Medicals", "Pothureddipalli", 16.79500, 80.85500),
 ("NZV-03", "Sri Rama Traders", "Ramalayam Street", 16.78200, 80.84000),
 ("NZV-04", "Ramalayam Dairy", "Ramalayam Street", 16.78350, 80.84150),
 ("NZV-05", "Vasavi Super Market", "Main Bazar", 16.78950, 80.84750),
 ("NZV-06", "Balaji Bakery", "Mylavaram Road", 16.77500, 80.83500),
 ("NZV-07", "Mylavaram Traders", "Mylavaram Road", 16.77650, 80.83650),
 ("NZV-08", "Lakshmi Ganapathi Stores", "Pothureddipalli", 16.79650, 80.85650),
 ("NZV-09", "Nuzvid Mart", "Mylavaram Road", 16.77350, 80.83350),
 ("KDL-01", "Kodungallur Stores", "North Nada", 10.22500, 76.19700),
 ("KDL-02", "Methala Provision Store", "Methala", 10.21500, 76.20500),
 ("KDL-03", "Bharath Bakery", "Chandappura", 10.23500, 76.19000),
 ("KDL-04", "Al Ameen Supermarket", "Chandappura", 10.23650, 76.19150),
 ("KDL-05", "Kerala Medicals", "North Nada", 10.22650, 76.19850),
 ("KDL-06", "Thomas Stores", "Methala", 10.21650, 76.20650),
 ("KDL-07", "Azhikode Traders", "Azhikode Road", 10.20500, 76.18500),
 ("KDL-08", "Noor Hypermarket", "Azhikode Road", 10.20650, 76.18650),
 ("KDL-09", "Chandappura Dairy", "Chandappura", 10.23350, 76.18850),
 ("MLB-01", "Mulbagal Provision Stores", "Old Town", 13.16500, 78.39300),
 ("MLB-02", "Sri Anjaneya Medicals", "Bus Stand Road", 13.16000, 78.40000),
 ("MLB-03", "Kurudumale Kirana", "Kurudumale Road", 13.17500, 78.38500),
 ("MLB-04", "Manjunatha Super Market", "Bus Stand Road", 13.16150, 78.40150),
 ("MLB-05", "Basava Dairy", "Old Town", 13.16650, 78.39450),
 ("MLB-06", "Venkateshwara Traders", "Somapur", 13.15000, 78.38000),
 ("MLB-07", "Somapur Stores", "Somapur", 13.15150, 78.38150),
 ("MLB-08", "Nandini Bakery", "Kurudumale Road", 13.17650, 78.38650),
 ("MLB-09", "Mulbagal Mart", "Bus Stand Road", 13.15850, 78.39850),
 ("GTL-01", "Ghatal Bhandar", "Bazar Para", 22.66000, 87.72000),
 ("GTL-02", "Kushpata Medical Hall", "Kushpata", 22.66800, 87.73000),
 ("GTL-03", "Maa Kali Stores", "Rathtala", 22.65300, 87.71300),
 ("GTL-04", "Sen Variety Stores", "Bazar Para", 22.66150, 87.72150),
 ("GTL-05", "Rathtala Mistanna Bhandar", "Rathtala", 22.65450, 87.71450),
 ("GTL-06", "Dutta Pharmacy", "Daspur Road", 22.67500, 87.70500),
 ("GTL-07", "Daspur Traders", "Daspur Road", 22.67650, 87.70650),
 ("GTL-08", "Annapurna Bhandar", "Kushpata", 22.66950, 87.73150),
 ("GTL-09", "Saha Stores", "Rathtala", 22.65150, 87.71150),
 ("ACH-01", "Achalpur Kirana Stores", "Bilanpura", 21.25700, 77.51000),
 ("ACH-02", "Paratwada Medical", "Paratwada", 21.26500, 77.52000),
 ("ACH-03", "Deshmukh Provision", "Sarmaspura", 21.25000, 77.50000),
 ("ACH-04", "Shivam Traders", "Paratwada", 21.26650, 77.52150),
 ("ACH-05", "Sarmaspura Dairy", "Sarmaspura", 21.25150, 77.50150),
 ("ACH-06", "Gajanan Super Market", "Jeevanpura", 21.24500, 77.51500),
 ("ACH-07", "Laxmi Bakery", "Bilanpura", 21.25850, 77.51150),
 ("ACH-08", "Jeevanpura General Stores", "Jeevanpura", 21.24650, 77.51650),
 ("MRM-01", "Maramag Minimart", "Poblacion", 7.76300, 125.00500),
 ("MRM-02", "Dologon Pharmacy", "Dologon", 7.77500, 125.01500),
 ("MRM-03", "Aling Rosa Store", "Poblacion", 7.76450, 125.00650),
 ("MRM-04", "Base Camp Grocery", "Base Camp", 7.75000, 124.99000),
 ("MRM-05", "Lopez Bakeshop", "Dologon", 7.77650, 125.01650),
 ("MRM-06", "JM Sari-Sari Store", "Kisanday", 7.78500, 125.02500),
 ("MRM-07", "Kisanday Store", "Kisanday", 7.78650, 125.02650),
 ("MRM-08", "Golden Harvest Supermarket", "Base Camp", 7.75150, 124.99150),
 ("MRM-09", "Tan Grocery", "Poblacion", 7.76150, 125.00350),
]
O = {s[0]: s for s in SHOPS}
LM, CO, CR, SA = "VRZ-LMN-250", "VRZ-COL-250", "KLP-CRM-060", "KLP-SLT-060"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# ==== Dabhoi (Gujarati, English) ====
m("gu", "town-only", R, "Dabhoi ma kyay Vorenza nathi malti", None, "Dabhoi", profile="Dabhoi")
m("en", "town-only", R, "No Vorenza anywhere in Dabhoi this week", None, "Dabhoi")
m("gu", "town-only", R, "Dabhoi ni badhi dukano ma Kelpira khatam", None, "Dabhoi", profile="Vadodara")
m("en", "locality-only", R, "Vorenza missing in Kansarwad shops", None, "Dabhoi", "Kansarwad", profile="Dabhoi")
m("gu", "locality-only", R, "Hira Bhagol ma Kelpira nathi", None, "Dabhoi", "Hira Bhagol", profile="Dabhoi")
m("gu", "place-word-kind", R, "Kansarwad Kirana ma Vorenza nathi", "DBH-03", profile="Dabhoi")
m("en", "place-word-kind", R, "Dabhoi Provision Stores out of Kelpira cream", "DBH-01", sku=CR)
m("gu", "place-word-kind", R, "Hira Bhagol Medical ma Vorenza cola nathi", "DBH-02", sku=CO, profile="Dabhoi")
m("gu", "unique-name", R, "Umiya General Store ma Kelpira puri thai gai", "DBH-05", profile="Dabhoi")
m("en", "unique-name", R, "Navkar Super Mart dabhoi has no Vorenza", "DBH-07")
m("gu", "contrast", R, "Shreeji Traders ma Vorenza nathi, Jalaram Dairy ma che", "DBH-06", profile="Dabhoi")
m("en", "contrast", R, "Mahakali Stores is out of Kelpira but Patel Bakery has plenty", "DBH-09", profile="Dabhoi")
m("en", "went-elsewhere", R, "No Vorenza at Jalaram Dairy, had to go to Navkar Super Mart for it", "DBH-04", profile="Dabhoi")
m("gu", "both-out", R, "Shreeji Traders ane Mahakali Stores banne ma Kelpira nathi", None, "Dabhoi", profile="Dabhoi")
m("en", "kind-in-town", R, "the dairy on Vadodara Road dabhoi has no Vorenza", None, "Dabhoi", "Vadodara Road")
m("gu", "found", N, "Dabhoi Provision Stores ma Vorenza aavi gai")
m("en", "question", N, "Anyone seen Kelpira in Dabhoi?")

# ==== Hindaun (Hindi, English) ====
m("hi", "town-only", R, "Hindaun me Vorenza kahin nahi mil rahi", None, "Hindaun", profile="Hindaun City")
m("hi", "town-only", R, "pure Hindaun me Kelpira khatam hai", None, "Hindaun")
m("en", "town-only", R, "Vorenza lemon out of stock all over Hindaun", None, "Hindaun", sku=LM)
m("hi", "town-only", R, "Hindaun ki dukano me Vorenza nahi hai", None, "Hindaun", profile="Karauli")
m("hi", "locality-only", R, "Roopwas me Kelpira nahi mila", None, "Hindaun", "Roopwas", profile="Hindaun")
m("hi", "locality-only", R, "Katla me kisi dukan pe Vorenza nahi", None, "Hindaun", "Katla", profile="Hindaun")
m("en", "locality-only", R, "roopwas area no Kelpira at all", None, "Hindaun", "Roopwas", profile="Hindaun")
m("hi", "place-word-kind", R, "Roopwas Kirana me Vorenza nahi hai", "HND-03", profile="Hindaun")
m("hi", "place-word-kind", R, "Hindaun General Store pe Kelpira khatam", "HND-01")
m("en", "place-word-kind", R, "Hindaun Medical Hall has no Vorenza cola", "HND-02", sku=CO)
m("hi", "place-word-kind", R, "Katla Super Bazar me Kelpira nahi hai", "HND-08", profile="Hindaun")
m("hi", "unique-name", R, "Goyal Traders me Vorenza nahi hai", "HND-04", profile="Hindaun")
m("hi", "unique-name", R, "Bansal Provision Store Hindaun me Kelpira khatam", "HND-06")
m("hi", "contrast", R, "Mahaveer Dairy me Vorenza nahi hai, Shyam Sweets me mil gayi", "HND-05", profile="Hindaun")
m("hi", "contrast", R, "Goyal Traders pe Kelpira khatam, Agarwal Kirana me hai", "HND-04", profile="Hindaun")
m("en", "went-elsewhere", R, "Bansal Provision Store had no Vorenza so I went to Goyal Traders", "HND-06", profile="Hindaun")
m("hi", "went-elsewhere", R, "Shyam Sweets me Kelpira nahi tha, Mahaveer Dairy se le aaya", "HND-07", profile="Hindaun")
m("hi", "both-out", R, "Goyal Traders aur Bansal Provision Store dono me Vorenza nahi", None, "Hindaun", profile="Hindaun")
m("hi", "kind-in-town", R, "Bayana Road ki mithai ki dukan me Vorenza nahi", None, "Hindaun", "Bayana Road")
m("hi", "found", N, "Roopwas Kirana me Vorenza aa gayi")
m("hi", "question", N, "Hindaun me Kelpira kahan milega?")
m("en", "praise", N, "Hindaun General Store always stocks Vorenza")

# ==== Dharapuram (Tamil, English) ====
m("ta", "town-only", R, "Dharapuram la engayum Vorenza illa", None, "Dharapuram", profile="Dharapuram")
m("ta", "town-only", R, "Dharapuram kadaigalil Kelpira kidaikkala", None, "Dharapuram")
m("en", "town-only", R, "Dharapuram no Vorenza since Monday", None, "Dharapuram", profile="Tiruppur")
m("ta", "locality-only", R, "Pudur la Vorenza illa", None, "Dharapuram", "Pudur", profile="Dharapuram")
m("ta", "locality-only", R, "Palani Road pakkam Kelpira stock illa", None, "Dharapuram", "Palani Road", profile="Dharapuram")
m("en", "locality-only", R, "pudur side shops out of Vorenza", None, "Dharapuram", "Pudur", profile="Dharapuram")
m("ta", "place-word-kind", R, "Pudur Medicals la Vorenza illa", "DHR-02", profile="Dharapuram")
m("ta", "place-word-kind", R, "Dharapuram Stores la Kelpira illa", "DHR-01")
m("en", "place-word-kind", R, "Dharapuram Medicals out of Vorenza lemon", "DHR-09", sku=LM)
m("ta", "place-word-kind", R, "Palani Andavar Stores la Vorenza kidaikkala", "DHR-07", profile="Dharapuram")
m("ta", "unique-name", R, "Kumaran Bakery la Kelpira theernthu pochu", "DHR-05", profile="Dharapuram")
m("ta", "unique-name", R, "Sakthi Supermarket Dharapuram la Vorenza illa", "DHR-04")
m("ta", "contrast", R, "Selvi Stores la Vorenza illa, Sakthi Supermarket la irukku", "DHR-08", profile="Dharapuram")
m("en", "contrast", R, "Amman Dairy is out of Kelpira, Murugan Provision Store still has it", "DHR-06", profile="Dharapuram")
m("ta", "went-elsewhere", R, "Murugan Provision Store la Vorenza illa, Amman Dairy la vaanginen", "DHR-03", profile="Dharapuram")
m("ta", "both-out", R, "Selvi Stores, Sakthi Supermarket rendulayum Kelpira illa", None, "Dharapuram", profile="Dharapuram")
m("ta", "kind-in-town", R, "Kottai Street bakery la Vorenza illa", None, "Dharapuram", "Kottai Street")
m("ta", "found", N, "Pudur Medicals la Vorenza vandhuduchu")
m("en", "question", N, "Is Kelpira available in Dharapuram?")

# ==== Nuzvid (Telugu, English) ====
m("te", "town-only", R, "Nuzvid lo ekkada Vorenza ledu", None, "Nuzvid", profile="Nuzvid")
m("te", "town-only", R, "Nuzvid shops lo Kelpira dorakatledu", None, "Nuzvid")
m("en", "town-only", R, "Can't find Vorenza in Nuzvid at all", None, "Nuzvid", profile="Vijayawada")
m("te", "locality-only", R, "Ramalayam Street lo Vorenza ledu", None, "Nuzvid", "Ramalayam Street", profile="Nuzvid")
m("te", "locality-only", R, "Mylavaram Road lo Kelpira ayipoyindi", None, "Nuzvid", "Mylavaram Road", profile="Nuzvid")
m("en", "locality-only", R, "no Vorenza around Ramalayam street", None, "Nuzvid", "Ramalayam Street", profile="Nuzvid")
m("te", "place-word-kind", R, "Ramalayam Dairy lo Vorenza ledu", "NZV-04", profile="Nuzvid")
m("te", "place-word-kind", R, "Nuzvid Kirana Stores lo Kelpira ledu", "NZV-01")
m("en", "place-word-kind", R, "Mylavaram Traders out of Vorenza", "NZV-07", profile="Nuzvid")
m("en", "place-word-kind", R, "Nuzvid Mart has no Kelpira salted", "NZV-09", sku=SA)
m("te", "unique-name", R, "Vasavi Super Market lo Vorenza ledu", "NZV-05", profile="Nuzvid")
m("te", "unique-name", R, "Annapoorna Medicals Nuzvid lo Kelpira dorakatledu", "NZV-02")
m("te", "contrast", R, "Balaji Bakery lo Vorenza ledu, Nuzvid Mart lo undi", "NZV-06", profile="Nuzvid")
m("en", "contrast", R, "Vasavi Super Market ran out of Kelpira, Nuzvid Kirana Stores has it", "NZV-05", profile="Nuzvid")
m("te", "went-elsewhere", R, "Sri Rama Traders lo Vorenza ledu, Ramalayam Dairy ki vellanu", "NZV-03", profile="Nuzvid")
m("te", "both-out", R, "Balaji Bakery lo, Mylavaram Traders lo rendu chotla Kelpira ledu", None, "Nuzvid", profile="Nuzvid")
m("te", "kind-in-town", R, "Main Bazar kirana lo Vorenza ledu", None, "Nuzvid", "Main Bazar")
m("te", "found", N, "Nuzvid Mart lo Vorenza vachindi")
m("te", "question", N, "Nuzvid lo Kelpira ekkada dorukutundi?")

# ==== Kodungallur (Malayalam, English) ====
m("ml", "town-only", R, "Kodungallur il evideyum Vorenza illa", None, "Kodungallur", profile="Kodungallur")
m("ml", "town-only", R, "Kodungallur kadakalil Kelpira kittanilla", None, "Kodungallur")
m("en", "town-only", R, "Vorenza sold out across Kodungallur", None, "Kodungallur", profile="Thrissur")
m("ml", "locality-only", R, "Methala il Vorenza illa", None, "Kodungallur", "Methala", profile="Kodungallur")
m("ml", "locality-only", R, "Chandappura bhagathu Kelpira kittunnilla", None, "Kodungallur", "Chandappura", profile="Kodungallur")
m("en", "locality-only", R, "Azhikode Road shops have no Vorenza", None, "Kodungallur", "Azhikode Road", profile="Kodungallur")
m("ml", "place-word-kind", R, "Methala Provision Store il Vorenza illa", "KDL-02", profile="Kodungallur")
m("ml", "place-word-kind", R, "Chandappura Dairy il Kelpira theernnu", "KDL-09", profile="Kodungallur")
m("en", "place-word-kind", R, "Kodungallur Stores is out of Vorenza", "KDL-01")
m("ml", "place-word-kind", R, "Azhikode Traders il Kelpira illa", "KDL-07", profile="Kodungallur")
m("ml", "unique-name", R, "Bharath Bakery il Vorenza illa", "KDL-03", profile="Kodungallur")
m("en", "unique-name", R, "Noor Hypermarket kodungallur has no Kelpira", "KDL-08")
m("ml", "contrast", R, "Thomas Stores il Vorenza illa, Al Ameen Supermarket il undu", "KDL-06", profile="Kodungallur")
m("en", "contrast", R, "Kerala Medicals out of Kelpira, but Kodungallur Stores has stock", "KDL-05", profile="Kodungallur")
m("en", "went-elsewhere", R, "No Vorenza at Bharath Bakery; got it from Noor Hypermarket instead", "KDL-03", profile="Kodungallur")
m("ml", "both-out", R, "Bharath Bakery ilum Al Ameen Supermarket ilum Kelpira illa", None, "Kodungallur", profile="Kodungallur")
m("ml", "kind-in-town", R, "North Nada medical store il Vorenza illa", None, "Kodungallur", "North Nada")
m("ml", "found", N, "Methala Provision Store il Vorenza vannu")
m("en", "praise", N, "Kodungallur Stores has the cheapest Kelpira")

# ==== Mulbagal (Kannada, English) ====
m("kn", "town-only", R, "Mulbagal alli elloo Vorenza illa", None, "Mulbagal", profile="Mulbagal")
m("kn", "town-only", R, "Mulbagal angadigalalli Kelpira sigtilla", None, "Mulbagal")
m("en", "town-only", R, "Mulbagal is out of Vorenza everywhere", None, "Mulbagal", profile="Kolar")
m("kn", "locality-only", R, "Somapur alli Vorenza illa", None, "Mulbagal", "Somapur", profile="Mulbagal")
m("kn", "locality-only", R, "Kurudumale Road alli Kelpira sigta illa", None, "Mulbagal", "Kurudumale Road", profile="Mulbagal")
m("en", "locality-only", R, "somapur shops no Vorenza today", None, "Mulbagal", "Somapur", profile="Mulbagal")
m("kn", "place-word-kind", R, "Somapur Stores alli Vorenza illa", "MLB-07", profile="Mulbagal")
m("kn", "place-word-kind", R, "Kurudumale Kirana alli Kelpira illa", "MLB-03", profile="Mulbagal")
m("en", "place-word-kind", R, "Mulbagal Provision Stores out of Vorenza lemon", "MLB-01", sku=LM)
m("en", "place-word-kind", R, "Mulbagal Mart has no Kelpira", "MLB-09")
m("kn", "unique-name", R, "Basava Dairy alli Vorenza kaali", "MLB-05", profile="Mulbagal")
m("kn", "unique-name", R, "Manjunatha Super Market Mulbagal alli Kelpira illa", "MLB-04")
m("kn", "contrast", R, "Nandini Bakery alli Vorenza illa, Manjunatha Super Market alli ide", "MLB-08", profile="Mulbagal")
m("en", "contrast", R, "Venkateshwara Traders has no Kelpira while Basava Dairy has loads", "MLB-06", profile="Mulbagal")
m("kn", "went-elsewhere", R, "Sri Anjaneya Medicals alli Vorenza illa, Mulbagal Mart ge hogi thogonde", "MLB-02", profile="Mulbagal")
m("kn", "both-out", R, "Basava Dairy mattu Nandini Bakery eradralloo Kelpira illa", None, "Mulbagal", profile="Mulbagal")
m("kn", "kind-in-town", R, "Old Town dairy alli Vorenza illa", None, "Mulbagal", "Old Town")
m("kn", "found", N, "Somapur Stores alli Vorenza sikkitu")
m("kn", "question", N, "Mulbagal alli Kelpira yelli sigutte?")

# ==== Ghatal (Bengali, English) ====
m("bn", "town-only", R, "Ghatal e kothao Vorenza nei", None, "Ghatal", profile="Ghatal")
m("bn", "town-only", R, "Ghatal er dokane Kelpira pawa jacche na", None, "Ghatal")
m("en", "town-only", R, "Vorenza gone from every shop in Ghatal", None, "Ghatal", profile="Medinipur")
m("bn", "locality-only", R, "Kushpata te Vorenza nei", None, "Ghatal", "Kushpata", profile="Ghatal")
m("bn", "locality-only", R, "Rathtala y Kelpira nei", None, "Ghatal", "Rathtala", profile="Ghatal")
m("en", "locality-only", R, "Kushpata area out of Kelpira", None, "Ghatal", "Kushpata", profile="Ghatal")
m("bn", "place-word-kind", R, "Kushpata Medical Hall e Vorenza nei", "GTL-02", profile="Ghatal")
m("bn", "place-word-kind", R, "Ghatal Bhandar e Kelpira sesh", "GTL-01")
m("bn", "place-word-kind", R, "Rathtala Mistanna Bhandar e Vorenza nei", "GTL-05", profile="Ghatal")
m("en", "place-word-kind", R, "Daspur Traders out of Vorenza cola", "GTL-07", sku=CO, profile="Ghatal")
m("bn", "unique-name", R, "Sen Variety Stores e Kelpira nei", "GTL-04", profile="Ghatal")
m("bn", "unique-name", R, "Dutta Pharmacy Ghatal e Vorenza pawa jacche na", "GTL-06")
m("bn", "contrast", R, "Saha Stores e Vorenza nei, Maa Kali Stores e ache", "GTL-09", profile="Ghatal")
m("en", "contrast", R, "Annapurna Bhandar is out of Kelpira though Sen Variety Stores still has some", "GTL-08", profile="Ghatal")
m("bn", "went-elsewhere", R, "Maa Kali Stores e Vorenza chilo na, Saha Stores theke kinlam", "GTL-03", profile="Ghatal")
m("bn", "both-out", R, "Saha Stores ar Maa Kali Stores dutotei Kelpira nei", None, "Ghatal", profile="Ghatal")
m("bn", "kind-in-town", R, "Bazar Para r bhandar e Vorenza nei", None, "Ghatal", "Bazar Para")
m("bn", "found", N, "Ghatal Bhandar e Vorenza eseche")
m("en", "question", N, "Anyone know where to get Kelpira in Ghatal?")

# ==== Achalpur (Marathi, Hindi, English) ====
m("mr", "town-only", R, "Achalpur madhe kuthech Vorenza nahi", None, "Achalpur", profile="Achalpur")
m("mr", "town-only", R, "Achalpur chya dukanat Kelpira milat nahi", None, "Achalpur")
m("en", "town-only", R, "Achalpur has no Vorenza left", None, "Achalpur", profile="Amravati")
m("mr", "locality-only", R, "Sarmaspura madhe Vorenza nahi", None, "Achalpur", "Sarmaspura", profile="Achalpur")
m("mr", "locality-only", R, "Jeevanpura madhe Kelpira sampla", None, "Achalpur", "Jeevanpura", profile="Achalpur")
m("hi", "locality-only", R, "Paratwada me Vorenza nahi mil rahi", None, "Achalpur", "Paratwada", profile="Achalpur")
m("mr", "place-word-kind", R, "Sarmaspura Dairy madhe Vorenza nahi", "ACH-05", profile="Achalpur")
m("mr", "place-word-kind", R, "Jeevanpura General Stores madhe Kelpira nahi", "ACH-08", profile="Achalpur")
m("en", "place-word-kind", R, "Achalpur Kirana Stores out of Vorenza", "ACH-01")
m("mr", "place-word-kind", R, "Paratwada Medical madhe Kelpira nahi", "ACH-02", profile="Achalpur")
m("mr", "unique-name", R, "Gajanan Super Market madhe Vorenza nahi", "ACH-06", profile="Achalpur")
m("mr", "unique-name", R, "Deshmukh Provision Achalpur madhe Kelpira sampla", "ACH-03")
m("mr", "contrast", R, "Laxmi Bakery madhe Vorenza nahi, Gajanan Super Market madhe aahe", "ACH-07", profile="Achalpur")
m("en", "contrast", R, "Shivam Traders is out of Kelpira, Deshmukh Provision has it", "ACH-04", profile="Achalpur")
m("hi", "went-elsewhere", R, "Deshmukh Provision me Vorenza nahi thi, Shivam Traders se li", "ACH-03", profile="Achalpur")
m("mr", "both-out", R, "Laxmi Bakery ani Achalpur Kirana Stores donhikade Kelpira nahi", None, "Achalpur", profile="Achalpur")
m("mr", "kind-in-town", R, "Bilanpura chya bakery madhe Vorenza nahi", None, "Achalpur", "Bilanpura")
m("mr", "found", N, "Sarmaspura Dairy madhe Vorenza aali")
m("mr", "question", N, "Achalpur madhe Kelpira kuthe milel?")

# ==== Maramag (Cebuano, Tagalog, English) ====
m("ceb", "town-only", R, "Walay Vorenza bisan asa sa Maramag", None, "Maramag", profile="Maramag, Bukidnon")
m("tl", "town-only", R, "Wala nang Kelpira sa buong Maramag", None, "Maramag")
m("en", "town-only", R, "Maramag stores all out of Vorenza", None, "Maramag", profile="Valencia City")
m("ceb", "locality-only", R, "Walay Vorenza sa Dologon", None, "Maramag", "Dologon", profile="Maramag")
m("ceb", "locality-only", R, "Wala na Kelpira diri sa Kisanday", None, "Maramag", "Kisanday", profile="Maramag")
m("tl", "locality-only", R, "Ubos na ang Vorenza sa Base Camp", None, "Maramag", "Base Camp", profile="Maramag")
m("ceb", "place-word-kind", R, "Walay Vorenza sa Maramag Minimart", "MRM-01", profile="Maramag")
m("ceb", "place-word-kind", R, "Wala nay Kelpira sa Dologon Pharmacy", "MRM-02", profile="Maramag")
m("tl", "place-word-kind", R, "Wala nang Vorenza sa Kisanday Store", "MRM-07", profile="Maramag")
m("en", "place-word-kind", R, "Base Camp Grocery has no Kelpira", "MRM-04", profile="Maramag")
m("ceb", "unique-name", R, "Walay Vorenza sa Lopez Bakeshop", "MRM-05", profile="Maramag")
m("tl", "unique-name", R, "Wala nang Kelpira sa Golden Harvest Supermarket Maramag", "MRM-08")
m("ceb", "contrast", R, "Walay Vorenza sa Tan Grocery, naa sa Aling Rosa Store", "MRM-09", profile="Maramag")
m("en", "contrast", R, "Golden Harvest Supermarket is out of Kelpira but Base Camp Grocery has it", "MRM-08", profile="Maramag")
m("tl", "went-elsewhere", R, "Wala nang Vorenza sa Lopez Bakeshop kaya pumunta ako sa Dologon Pharmacy", "MRM-05", profile="Maramag")
m("ceb", "both-out", R, "Walay Kelpira sa Tan Grocery ug sa Aling Rosa Store", None, "Maramag", profile="Maramag")
m("ceb", "kind-in-town", R, "Walay Vorenza sa bakeshop sa Dologon", None, "Maramag", "Dologon")
m("ceb", "found", N, "Naa nay Vorenza sa Maramag Minimart")
m("tl", "question", N, "May Kelpira ba sa Kisanday Store?")

# ==== more of the place-word classes, in other words and orders ====
m("en", "town-only", R, "Dabhoi out of Vorenza again", None, "Dabhoi", profile="Dabhoi")
m("hi", "town-only", R, "Hindaun mein Kelpira ka stock khatam", None, "Hindaun", profile="Hindaun")
m("en", "town-only", R, "Kelpira not available in Nuzvid", None, "Nuzvid")
m("en", "town-only", R, "Is it just me or is there no Vorenza at Kodungallur", None, "Kodungallur")
m("en", "town-only", R, "mulbagal - no Kelpira anywhere", None, "Mulbagal")
m("bn", "town-only", R, "Ghatal-e Vorenza nei", None, "Ghatal", profile="Ghatal")
m("en", "locality-only", R, "Kansarwad out of Kelpira", None, "Dabhoi", "Kansarwad", profile="Dabhoi")
m("hi", "locality-only", R, "Katla mein Kelpira nahin hai", None, "Hindaun", "Katla", profile="Hindaun")
m("en", "locality-only", R, "no Kelpira at Methala today", None, "Kodungallur", "Methala", profile="Kodungallur")
m("te", "locality-only", R, "Ramalayam Street daggara Kelpira ledu", None, "Nuzvid", "Ramalayam Street", profile="Nuzvid")
m("en", "locality-only", R, "Sarmaspura has no Kelpira", None, "Achalpur", "Sarmaspura", profile="Achalpur")
m("en", "locality-only", R, "out of Vorenza in Kisanday", None, "Maramag", "Kisanday", profile="Maramag")
m("en", "locality-only", R, "Chandappura no Vorenza", None, "Kodungallur", "Chandappura", profile="Kodungallur")
m("en", "place-word-kind", R, "Kansarwad Kirana out of Kelpira", "DBH-03", profile="Dabhoi")
m("en", "place-word-kind", R, "no Kelpira at Roopwas Kirana", "HND-03", profile="Hindaun")
m("en", "place-word-kind", R, "Somapur Stores has no Kelpira", "MLB-07", profile="Mulbagal")
m("en", "place-word-kind", R, "Kushpata Medical Hall out of Kelpira", "GTL-02", profile="Ghatal")
m("en", "place-word-kind", R, "Chandappura Dairy has no Vorenza", "KDL-09", profile="Kodungallur")
m("en", "contrast", R, "Katla Super Bazar has no Vorenza, Mahaveer Dairy has", "HND-08", profile="Hindaun")
m("en", "contrast", R, "Pudur Medicals out of Kelpira, Sakthi Supermarket has it", "DHR-02", profile="Dharapuram")
m("en", "went-elsewhere", R, "Somapur Stores had no Vorenza, bought it at Venkateshwara Traders", "MLB-07", profile="Mulbagal")
m("en", "went-elsewhere", R, "Tried Kushpata Medical Hall, no Kelpira; Annapurna Bhandar had it", "GTL-02", profile="Ghatal")
m("en", "both-out", R, "Goyal Traders and Agarwal Kirana both out of Kelpira", None, "Hindaun", profile="Hindaun")
m("en", "both-out", R, "No Vorenza at Kumaran Bakery or Dharapuram Stores", None, "Dharapuram", profile="Dharapuram")
m("en", "found", N, "Vorenza back at Kansarwad Kirana")
m("en", "found", N, "Got Kelpira at Katla Super Bazar today")
m("en", "advert", N, "Vorenza now in all Nuzvid shops, grab it!")
m("en", "past", N, "Mulbagal had no Vorenza last month, fine now")
m("en", "found", N, "Kodungallur Stores has Kelpira again")
m("hi", "irrealis", N, "Agar Goyal Traders me Vorenza nahi mili to Bansal ke yahan jaunga")
m("tl", "found", N, "Meron nang Vorenza sa Base Camp Grocery")

# ==== more: a town's or locality's word with words after it that are not the shop's, and two shops in other orders ====
m("gu", "town-only", R, "Dabhoi bajar ma Vorenza nathi", None, "Dabhoi", profile="Dabhoi")
m("ta", "town-only", R, "Dharapuram town la Kelpira kidaikkave illa", None, "Dharapuram")
m("te", "town-only", R, "Nuzvid town antha Vorenza ledu", None, "Nuzvid", profile="Nuzvid")
m("ml", "town-only", R, "Kodungallur town il Vorenza kittanilla", None, "Kodungallur", profile="Kodungallur")
m("kn", "town-only", R, "Mulbagal nalli Kelpira sikkilla", None, "Mulbagal", profile="Mulbagal")
m("mr", "town-only", R, "Achalpur la Vorenza milat nahi", None, "Achalpur", profile="Achalpur")
m("ceb", "town-only", R, "Maramag walay Kelpira karon", None, "Maramag", profile="Maramag")
m("ml", "locality-only", R, "Methala bhagath oru kadayilum Kelpira illa", None, "Kodungallur", "Methala", profile="Kodungallur")
m("bn", "locality-only", R, "Rathtala bazar e Vorenza nei", None, "Ghatal", "Rathtala", profile="Ghatal")
m("kn", "locality-only", R, "Somapur kade Kelpira illa", None, "Mulbagal", "Somapur", profile="Mulbagal")
m("en", "place-word-kind", R, "Hindaun General Store has no Vorenza left", "HND-01", profile="Hindaun")
m("te", "place-word-kind", R, "Nuzvid Kirana lo Vorenza ledu", "NZV-01", profile="Nuzvid")
m("hi", "contrast", R, "Hindaun Medical Hall me Kelpira nahi, Goyal Traders me hai", "HND-02", profile="Hindaun")
m("ta", "contrast", R, "Dharapuram Stores la Vorenza illa, Kumaran Bakery la kidaikkudhu", "DHR-01", profile="Dharapuram")
m("bn", "contrast", R, "Ghatal Bhandar e Kelpira nei, Dutta Pharmacy te pelam", "GTL-01", profile="Ghatal")
m("mr", "went-elsewhere", R, "Achalpur Kirana Stores madhe Vorenza navhta, Laxmi Bakery madhun ghetla", "ACH-01", profile="Achalpur")
m("en", "contrast", R, "Mulbagal Mart has no Kelpira but Nandini Bakery does", "MLB-09", profile="Mulbagal")
m("en", "both-out", R, "Tan Grocery and Maramag Minimart both have no Vorenza", None, "Maramag", profile="Maramag")
m("en", "found", N, "Roopwas Kirana finally got Vorenza")
m("ta", "question", N, "Pudur Medicals la Kelpira irukka?")
m("bn", "found", N, "Kushpata Medical Hall e Kelpira pelam")
m("en", "praise", N, "Maramag Minimart always has cold Vorenza")
m("kn", "found", N, "Mulbagal Mart alli Kelpira sikkitu")

CATALOG = {"brands": [
 {"brand": "Vorenza", "aliases": ["vorenza", "#vorenza"],
  "category_words": ["soda", "drink"],
  "products": [
   {"sku": LM, "name": "Vorenza Lemon Soda 250 ml", "aliases": []},
   {"sku": CO, "name": "Vorenza Cola 250 ml", "aliases": []}]},
 {"brand": "Kelpira", "aliases": ["kelpira", "#kelpira"],
  "category_words": ["biscuits", "biscuit"],
  "products": [
   {"sku": CR, "name": "Kelpira Cream Biscuits 60 g", "aliases": []},
   {"sku": SA, "name": "Kelpira Salted Biscuits 60 g", "aliases": []}]}]}
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
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "o20-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-o20%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 17 + i},
                             "text": text, "lang": None,
                             "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if not x[4]), "without outlet,", len(count), "languages")
