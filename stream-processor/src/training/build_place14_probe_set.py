# Writes the "place14-probe" labelled set (session 14, issue 14 item 5: the city and the outlet of a report). The
# author's profile city in many forms (a nickname, a state only, a neighbourhood only, two places, emoji, a country)
# as a prior against a stray town; a locality of one city only; city names in a native script, old names, nicknames
# and misspellings (Trivandrum, TVM, Vizag, Waltair, Pondy, GenSan, Dadiangas, Opon); landmarks ("near the bus
# stand", "opposite the church", "sa palengke"); shops told by their owner's name and locality; the device a few
# dozen metres from a shop with "here/this shop" in eight languages; the same shop name in two cities and in two
# localities of one city. Two invented brands (Navrika, a drink; Kelpuri, a snack); outlets in Thiruvananthapuram,
# Visakhapatnam, Puducherry, Saharanpur, Panipat, General Santos, Lapu-Lapu City, Dipolog and Roxas City (no other
# set of the project uses them). 30 % non-reports in the same places. Written before any rule of session 14 changed,
# from the writer's knowledge of how people write (not from the project's name, gazetteer or lexicon files); run
# once, then kept.
# Usage: python3 build_place14_probe_set.py stream-processor/src/test/resources/labelled/place14-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "TVM": ("Thiruvananthapuram", "Kerala", "India", "695004"),
 "VSK": ("Visakhapatnam", "Andhra Pradesh", "India", "530013"),
 "PDY": ("Puducherry", "Puducherry", "India", "605001"),
 "SRE": ("Saharanpur", "Uttar Pradesh", "India", "247001"),
 "PNP": ("Panipat", "Haryana", "India", "132103"),
 "GES": ("General Santos", "South Cotabato", "Philippines", None),
 "LLC": ("Lapu-Lapu City", "Cebu", "Philippines", None),
 "DPL": ("Dipolog", "Zamboanga del Norte", "Philippines", None),
 "RXS": ("Roxas City", "Capiz", "Philippines", None),
}
SHOPS = [
 ("TVM-01", "Sree Padmanabha Stores", "Pattom", 8.52410, 76.93660),
 ("TVM-02", "Sri Murugan Stores", "Palayam", 8.50300, 76.94930),
 ("TVM-03", "Ammu Bakery and Stores", "Kowdiar", 8.52110, 76.96140),
 ("TVM-04", "Thomas Supermarket", "Peroorkada", 8.54280, 76.96800),
 ("TVM-05", "Ammu Bakery and Stores", "Thampanoor", 8.48750, 76.95250),
 ("VSK-01", "Lakshmi Provision Store", "Gajuwaka", 17.68680, 83.21850),
 ("VSK-02", "Lakshmi Provision Store", "MVP Colony", 17.74070, 83.33570),
 ("VSK-03", "Sai Durga Kirana", "Dwaraka Nagar", 17.72810, 83.30450),
 ("VSK-04", "Venkateswara General Stores", "Madhurawada", 17.80330, 83.36970),
 ("VSK-05", "Simhachalam Traders", "Akkayyapalem", 17.72880, 83.29560),
 ("PDY-01", "Sri Murugan Stores", "Lawspet", 11.95660, 79.81150),
 ("PDY-02", "Sri Murugan Stores", "Muthialpet", 11.94620, 79.83040),
 ("PDY-03", "Arul Departmental Store", "White Town", 11.93390, 79.83560),
 ("PDY-04", "Bharathi Super Market", "Reddiarpalayam", 11.92960, 79.80130),
 ("SRE-01", "Jain General Store", "Court Road", 29.96400, 77.54600),
 ("SRE-02", "Aggarwal Kiryana Store", "Gill Colony", 29.95770, 77.55680),
 ("SRE-03", "Khurana Sweets and Provisions", "Model Town", 29.97000, 77.53500),
 ("SRE-04", "Rehman Traders", "Nakur Road", 29.97300, 77.56200),
 ("PNP-01", "Jain General Store", "Model Town", 29.39700, 76.96800),
 ("PNP-02", "Aggarwal Kiryana Store", "Insar Bazar", 29.39200, 76.97600),
 ("PNP-03", "Aggarwal Kiryana Store", "Tehsil Camp", 29.38000, 76.98300),
 ("PNP-04", "Sachdeva Mart", "Sanauli Road", 29.40500, 76.98500),
 ("GES-01", "JM Minimart", "Lagao", 6.12900, 125.18200),
 ("GES-02", "Aling Rosa Sari-Sari Store", "Calumpang", 6.07500, 125.14400),
 ("GES-03", "Dadiangas Grocery", "City Heights", 6.12500, 125.17000),
 ("GES-04", "Tuna City Mart", "Labangal", 6.10000, 125.13500),
 ("LLC-01", "Nanay Ising Store", "Pusok", 10.31900, 123.97700),
 ("LLC-02", "JM Minimart", "Basak", 10.29300, 123.96400),
 ("LLC-03", "Opon Grocery", "Poblacion", 10.31000, 123.94900),
 ("LLC-04", "Aling Rosa Sari-Sari Store", "Marigondon", 10.27800, 123.98000),
 ("DPL-01", "JM Minimart", "Miputak", 8.58000, 123.34000),
 ("DPL-02", "Boy Tan Store", "Estaka", 8.58500, 123.34500),
 ("DPL-03", "Nanay Ising Store", "Poblacion", 8.58800, 123.34100),
 ("DPL-04", "Galas Mini Grocery", "Galas", 8.57500, 123.35500),
 ("RXS-01", "Baybay Sari-Sari Store", "Baybay", 11.60000, 122.74000),
 ("RXS-02", "Lola Pacing Store", "Tiza", 11.57000, 122.77000),
 ("RXS-03", "JM Minimart", "Lawaan", 11.58000, 122.75000),
 ("RXS-04", "Aling Rosa Sari-Sari Store", "Banica", 11.58500, 122.76000),
]
O = {s[0]: s for s in SHOPS}
def near(oid, metres):
    _, _, _, lat, lon = O[oid]
    return {"lat": round(lat + metres / 111000, 6), "lon": lon}
MG, CL, KM, KS = "NVR-MNG-250", "NVR-COL-600", "KLP-MSL-40", "KLP-SLT-40"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

# ---- the author's profile city as a prior against a stray word (same shop name in two cities) ----
m("en", "profile-stray", R, "Sri Murugan Stores has no Navrika since Monday. Even Chennai rates are better lol", None, "Puducherry", None, "Pondy 🌊")
m("en", "profile-stray", R, "No Navrika at Sri Murugan Stores again, my cousin in Bangalore says same story", None, "Thiruvananthapuram", None, "Trivandrum")
m("hi", "profile-stray", R, "Jain General Store pe Kelpuri nahi mila, Delhi wale bhaiya bol rahe the aayega", None, "Saharanpur", None, "saharanpur, UP")
m("hi", "profile-stray", R, "Jain General Store me Navrika khatam hai. Meerut jaana padega kya", None, "Panipat", None, "Panipat ✈️ Dubai")
m("tl", "profile-stray", R, "Wala nang Navrika sa JM Minimart, parang Manila price pa naman", None, "General Santos", None, "📍GenSan")
m("ceb", "profile-stray", R, "Wala nay Kelpuri sa Aling Rosa Sari-Sari Store. Taga Cebu ko originally", None, "Roxas City", None, "Roxas, Capiz")
m("ceb", "profile-stray", R, "Walay Navrika sa Nanay Ising Store, ingna ko kung naa na. Davao pa akong manghud", None, "Dipolog", None, "Dipolog City, ZDN")
m("en", "profile-stray", R, "Nanay Ising Store out of Navrika mango. Ordered from a Manila seller instead", None, "Lapu-Lapu City", None, "Lapu-Lapu, Cebu", sku=MG)
m("hi", "profile-stray", R, "Aggarwal Kiryana Store Gill Colony me Kelpuri nahi hai, Dehradun se mangwana padega", "SRE-02", None, None, "Saharanpur")
m("ml", "profile-stray", R, "Sri Murugan Stores il Navrika illa. Kochi il ninnu varunna cousin paranju avide undennu", None, "Thiruvananthapuram", None, "tvm, kerala")
m("ta", "profile-stray", R, "Sri Murugan Stores la Navrika illa. Madurai la irukku nu sonnanga", None, "Puducherry", None, "Puducherry, India")
m("en", "profile-stray", R, "JM Minimart out of Kelpuri masala again. Iloilo friends have stock tho", None, "Roxas City", None, "ROXAS CITY 💙", sku=KM)
m("en", "profile-stray", R, "no Kelpuri at Jain General Store, Ambala trip next week will check there", None, "Saharanpur", None, "Saharanpur/Delhi")
m("tl", "profile-stray", R, "Ubos na Navrika sa JM Minimart. Pang-Maynila lang daw stock", None, "Dipolog", None, "Dipolog")
m("hil", "profile-stray", R, "Wala Navrika sa Aling Rosa Sari-Sari Store, Bacolod lang may ara", None, "General Santos", None, "gensan city")
m("te", "profile-stray", R, "Lakshmi Provision Store lo Navrika ledu. Hyderabad lo dorukutundi anta", None, "Visakhapatnam", None, "Vizag | foodie")
m("en", "profile-stray", R, "Jain General Store has no Navrika cola, Karnal has it they say", None, "Panipat", None, "पानीपत, हरियाणा", sku=CL)
m("ceb", "profile-stray", R, "Wala nay Navrika sa Nanay Ising Store. Mura ra ba sa Mandaue", None, "Lapu-Lapu City", None, "📍Opon")

# ---- profile forms alone (the same shop name in two cities, no place in the text) ----
m("en", "profile-form", R, "Sri Murugan Stores out of Navrika for a week now", None, "Thiruvananthapuram", None, "Thiruvananthapuram, Kerala")
m("en", "profile-form", R, "Sri Murugan Stores no Kelpuri today", None, "Puducherry", None, "Pondicherry 🇮🇳")
m("en", "profile-form", R, "No Navrika at Sri Murugan Stores", None, None, None, "Kerala")
m("en", "profile-form", R, "Sri Murugan Stores: Kelpuri out of stock", "PDY-01", None, None, "Lawspet")
m("en", "profile-form", R, "JM Minimart out of Navrika mango 250", None, None, None, "Pinas 🇵🇭", sku=MG)
m("hi", "profile-form", R, "Jain General Store par Kelpuri khatam", None, "Panipat", None, "Panipat | Haryana | Foodie")
m("hi", "profile-form", R, "Jain General Store me Navrika nahi mil raha", None, "Saharanpur", None, "सहारनपुर")
m("tl", "profile-form", R, "Wala nang Kelpuri sa Aling Rosa Sari-Sari Store", None, "Lapu-Lapu City", None, "Lapu-lapu City 🏝️")
m("ceb", "profile-form", R, "Walay Navrika sa JM Minimart karon", None, "General Santos", None, "GenSan ❤️ tuna capital")
m("en", "profile-form", R, "Nanay Ising Store has no Kelpuri", None, "Dipolog", None, "dipolog")
m("ceb", "profile-form", R, "Wala nay Navrika sa JM Minimart", None, "Roxas City", None, "Roxas City, Capiz")
m("en", "profile-form", R, "Jain General Store out of Navrika", None, None, None, "Earth 🌍 | living my best life")
m("te", "profile-form", R, "Lakshmi Provision Store lo Kelpuri ledu", None, "Visakhapatnam", None, "Waltair")
m("en", "profile-form", R, "JM Minimart no Navrika cola 600ml", None, "General Santos", None, "Dadiangas", sku=CL)
m("ml", "profile-form", R, "Sri Murugan Stores il Kelpuri kittiyilla", None, "Thiruvananthapuram", None, "തിരുവനന്തപുരം")
m("en", "profile-form", R, "Aling Rosa Sari-Sari Store no Navrika", None, "Roxas City", None, "Capiz | Roxas")
m("en", "profile-form", R, "Aggarwal Kiryana Store out of Kelpuri salt", None, "Panipat", None, "living in Panipat, from Saharanpur", sku=KS)
m("hi", "profile-form", R, "Aggarwal Kiryana Store me Kelpuri nahi", "SRE-02", None, None, "Gill Colony, Saharanpur")
m("en", "profile-form", R, "Sri Murugan Stores has no Navrika", "PDY-02", None, None, "Muthialpet, Pondy")

# ---- a locality of one city only ----
m("en", "locality-one-city", R, "Lakshmi Provision Store Gajuwaka has no Navrika", "VSK-01")
m("te", "locality-one-city", R, "MVP Colony Lakshmi Provision Store lo Navrika ledu", "VSK-02")
m("ta", "locality-one-city", R, "Muthialpet Sri Murugan Stores la Kelpuri illa", "PDY-02")
m("en", "locality-one-city", R, "Sri Murugan Stores Palayam out of Navrika", "TVM-02")
m("hi", "locality-one-city", R, "Tehsil Camp wale Aggarwal Kiryana Store me Navrika nahi hai", "PNP-03")
m("hi", "locality-one-city", R, "Insar Bazar Aggarwal Kiryana me Kelpuri khatam", "PNP-02")
m("tl", "locality-one-city", R, "Wala nang Navrika sa JM Minimart Lagao", "GES-01")
m("ceb", "locality-one-city", R, "Walay Kelpuri sa JM Minimart Basak", "LLC-02")
m("ceb", "locality-one-city", R, "Wala nay Navrika sa Aling Rosa Sari-Sari Store sa Banica", "RXS-04")
m("en", "locality-one-city", R, "Just back from Manila and JM Minimart Miputak has no Navrika", "DPL-01", None, None, "Dipolog")
m("ml", "locality-one-city", R, "Kowdiar Ammu Bakery il Navrika illa", "TVM-03")
m("ml", "locality-one-city", R, "Thampanoor Ammu Bakery and Stores il Kelpuri theernnu", "TVM-05")
m("en", "locality-one-city", R, "No Navrika at Jain General Store Court Road. Chandigarh has plenty", "SRE-01")
m("en", "locality-one-city", R, "Kelpuri out of stock at Aling Rosa Sari-Sari Store Marigondon", "LLC-04")
m("hil", "locality-one-city", R, "Wala Navrika sa JM Minimart sa Lawaan", "RXS-03")
m("en", "locality-one-city", R, "Ammu Bakery Kowdiar no Navrika, Ernakulam friends laughing at us", "TVM-03", None, None, "Kochi")
m("en", "locality-one-city", R, "no Kelpuri at the Gajuwaka Lakshmi Provision", "VSK-01", None, None, "Hyderabad")

# ---- same-named locality in two cities ----
m("hi", "same-locality", R, "Model Town ke Jain General Store me Navrika nahi mila", "PNP-01")
m("hi", "same-locality", R, "Model Town wali Khurana Sweets me Kelpuri khatam", "SRE-03")
m("ceb", "same-locality", R, "Walay Navrika sa Nanay Ising Store sa Poblacion", "DPL-03")
m("ceb", "same-locality", R, "Wala nay Kelpuri sa Nanay Ising Store Poblacion", "DPL-03", None, None, "Dipolog City")
m("en", "same-locality", R, "Nanay Ising Store Poblacion out of Navrika", "DPL-03", None, None, "Lapu-Lapu")
m("en", "same-locality", R, "Opon Grocery Poblacion out of Kelpuri", "LLC-03")

# ---- city names: native script, old names, nicknames, misspellings (same shop name in two cities) ----
m("en", "city-name", R, "Sri Murugan Stores Trivandrum has no Navrika", "TVM-02")
m("en", "city-name", R, "Sri Murugan Stores in TVM out of Kelpuri", "TVM-02")
m("en", "city-name", R, "no navrika at sri murugan stores tvm", "TVM-02")
m("en", "city-name", R, "Sri Murugan Stores, Thiruvanthapuram: Navrika out of stock", "TVM-02")
m("ml", "city-name", R, "തിരുവനന്തപുരം Sri Murugan Stores il Navrika illa", "TVM-02")
m("ml", "city-name", R, "Sri Murugan Stores, തിരുവനന്തപുരത്ത് Navrika kittanilla", "TVM-02")
m("en", "city-name", R, "Sri Murugan Stores Pondicherry no Navrika", None, "Puducherry")
m("en", "city-name", R, "Sri Murugan Stores Pondy out of Kelpuri", None, "Puducherry")
m("ta", "city-name", R, "புதுச்சேரி Sri Murugan Stores la Navrika illa", None, "Puducherry")
m("en", "city-name", R, "Sri Murugan Stores Pondichery has no Navrika", None, "Puducherry")
m("en", "city-name", R, "Lakshmi Provision Store Vizag out of Navrika", None, "Visakhapatnam")
m("en", "city-name", R, "Lakshmi Provision Store, Vishakapatnam: no Kelpuri", None, "Visakhapatnam")
m("te", "city-name", R, "విశాఖపట్నం Lakshmi Provision Store lo Navrika ledu", None, "Visakhapatnam")
m("te", "city-name", R, "Vizag lo Sai Durga Kirana lo Kelpuri ledu", "VSK-03")
m("hi", "city-name", R, "Saharanpur ke Jain General Store me Navrika nahi hai", "SRE-01")
m("hi", "city-name", R, "सहारनपुर के जैन जनरल स्टोर में Navrika नहीं मिला", "SRE-01")
m("hi", "city-name", R, "Saharnpur Jain General Store Kelpuri khatam", "SRE-01")
m("hi", "city-name", R, "Panipat ke Jain General Store me Kelpuri nahi mila", "PNP-01")
m("hi", "city-name", R, "पानीपत जैन जनरल स्टोर Navrika नहीं है", "PNP-01")
m("hi", "city-name", R, "Panipath Jain General Store me Navrika khatam", "PNP-01")
m("en", "city-name", R, "JM Minimart GenSan no Navrika", "GES-01")
m("tl", "city-name", R, "Wala nang Kelpuri sa JM Minimart Gen San", "GES-01")
m("en", "city-name", R, "JM Minimart General Santos City out of Navrika mango", "GES-01", sku=MG)
m("ceb", "city-name", R, "Walay Navrika sa JM Minimart diri sa Lapu-Lapu", "LLC-02")
m("ceb", "city-name", R, "Wala nay Kelpuri sa JM Minimart Lapulapu", "LLC-02")
m("en", "city-name", R, "JM Minimart Lapu Lapu out of Navrika", "LLC-02")
m("ceb", "city-name", R, "Walay Navrika sa JM Minimart sa Opon", "LLC-02")
m("en", "city-name", R, "JM Minimart Dipolog City no Kelpuri", "DPL-01")
m("ceb", "city-name", R, "Wala nay Navrika sa JM Minimart Dipolog", "DPL-01")
m("hil", "city-name", R, "Wala Kelpuri sa JM Minimart Roxas City", "RXS-03")
m("en", "city-name", R, "JM Minimart Roxas out of Navrika", "RXS-03")
m("en", "city-name", R, "Aling Rosa Sari-Sari Store GenSan no Kelpuri", "GES-02")
m("en", "city-name", R, "Nanay Ising Store Lapu-Lapu City out of Navrika", "LLC-01")
m("en", "city-name", R, "Ammu Bakery Trivandrum no Navrika", None, "Thiruvananthapuram")
m("en", "city-name", R, "Aggarwal Kiryana Store Panipat out of Kelpuri", None, "Panipat")

# ---- landmarks ----
m("en", "landmark", R, "Sai Durga Kirana near the bus stand has no Navrika", "VSK-03")
m("en", "landmark", R, "Lola Pacing Store opposite the church out of Kelpuri", "RXS-02")
m("tl", "landmark", R, "Wala nang Navrika sa Boy Tan Store tapat ng simbahan", "DPL-02")
m("ceb", "landmark", R, "Walay Kelpuri sa Galas Mini Grocery atbang sa simbahan", "DPL-04")
m("ceb", "landmark", R, "Wala nay Navrika sa Tuna City Mart duol sa palengke", "GES-04")
m("hi", "landmark", R, "Rehman Traders bus stand ke paas, Navrika nahi hai", "SRE-04")
m("hi", "landmark", R, "Sachdeva Mart petrol pump ke saamne Kelpuri khatam", "PNP-04")
m("ml", "landmark", R, "Thomas Supermarket ambalathinte aduthu, Navrika illa", "TVM-04")
m("en", "landmark", R, "Sree Padmanabha Stores near the temple out of Navrika", "TVM-01")
m("ta", "landmark", R, "Bharathi Super Market bus stand pakkathula Kelpuri illa", "PDY-04")
m("en", "landmark", R, "Arul Departmental Store near the beach road has no Navrika", "PDY-03")
m("te", "landmark", R, "Venkateswara General Stores RTC complex daggara Navrika ledu", "VSK-04")
m("ceb", "landmark", R, "Walay Navrika sa Baybay Sari-Sari Store duol sa plaza", "RXS-01")
m("en", "landmark", R, "Opon Grocery near the market out of Kelpuri", "LLC-03")
m("tl", "landmark", R, "Ubos na Navrika sa Dadiangas Grocery malapit sa palengke", "GES-03")
m("en", "landmark", R, "Lakshmi Provision Store near the Gajuwaka junction has no Navrika", "VSK-01")
m("en", "landmark", R, "Sri Murugan Stores opposite the church, no Navrika", None, None, None, None)

# ---- a shop told by its owner's name and locality ----
m("ml", "owner-name", R, "Thomas chettante kada Peroorkada, Navrika illa", "TVM-04")
m("hi", "owner-name", R, "Sachdeva ji ki dukaan Sanauli Road par Navrika nahi mila", "PNP-04")
m("hi", "owner-name", R, "Rehman bhai ki dukan Nakur Road me Kelpuri khatam", "SRE-04")
m("hi", "owner-name", R, "Khurana ji ki dukaan Model Town Saharanpur Navrika nahi", "SRE-03")
m("tl", "owner-name", R, "Kay Aling Rosa sa Calumpang, wala nang Navrika", "GES-02")
m("ceb", "owner-name", R, "Kang Boy Tan sa Estaka walay Kelpuri", "DPL-02")
m("hil", "owner-name", R, "Kay Lola Pacing sa Tiza wala Navrika", "RXS-02")
m("ta", "owner-name", R, "Arul anna kadai White Town la Navrika illa", "PDY-03")
m("ta", "owner-name", R, "Bharathi kadai Reddiarpalayam la Kelpuri illa", "PDY-04")
m("te", "owner-name", R, "Simhachalam anna kottu Akkayyapalem lo Navrika ledu", "VSK-05")
m("te", "owner-name", R, "Durga akka kottu Dwaraka Nagar lo Kelpuri ledu", "VSK-03")
m("ceb", "owner-name", R, "Kang Nanay Ising sa Pusok wala nay Navrika", "LLC-01")
m("en", "owner-name", R, "Aling Rosa's in Marigondon has no Kelpuri", "LLC-04")
m("hi", "owner-name", R, "Aggarwal uncle ki dukaan Insar Bazar me Navrika nahi", "PNP-02")
m("ml", "owner-name", R, "Padmanabha stores Pattom il Kelpuri kittiyilla", "TVM-01")

# ---- the device a few dozen metres from a shop, "here / this shop" ----
m("en", "device-here", R, "No Navrika here", "TVM-04", geo="TVM-04:25")
m("en", "device-here", R, "this shop is out of Kelpuri again", "SRE-04", geo="SRE-04:30")
m("hi", "device-here", R, "yahan Navrika nahi mila", "PNP-04", geo="PNP-04:18")
m("hi", "device-here", R, "is dukaan me Kelpuri khatam", "SRE-02", geo="SRE-02:35")
m("ml", "device-here", R, "ivide Navrika illa", "TVM-01", geo="TVM-01:20")
m("ml", "device-here", R, "ee kadayil Kelpuri kittiyilla", "TVM-05", geo="TVM-05:30")
m("te", "device-here", R, "ikkada Navrika ledu", "VSK-05", geo="VSK-05:22")
m("te", "device-here", R, "ee kottu lo Kelpuri ledu", "VSK-04", geo="VSK-04:40")
m("ta", "device-here", R, "inga Navrika illa", "PDY-04", geo="PDY-04:15")
m("ta", "device-here", R, "intha kadaila Kelpuri illa", "PDY-03", geo="PDY-03:28")
m("tl", "device-here", R, "Wala nang Navrika dito", "GES-04", geo="GES-04:20")
m("tl", "device-here", R, "Ubos na Kelpuri sa tindahang ito", "RXS-02", geo="RXS-02:26")
m("ceb", "device-here", R, "Walay Navrika diri", "DPL-04", geo="DPL-04:30")
m("ceb", "device-here", R, "Wala nay Kelpuri ani nga tindahan", "LLC-03", geo="LLC-03:24")
m("hil", "device-here", R, "Wala Navrika diri", "RXS-01", geo="RXS-01:18")
m("en", "device-here", R, "this JM Minimart has no Navrika", "DPL-01", geo="DPL-01:30")
m("en", "device-here", R, "Sri Murugan Stores here, no Navrika", "PDY-01", geo="PDY-01:25")
m("hi", "device-here", R, "yahan Aggarwal Kiryana me Navrika nahi", "PNP-03", geo="PNP-03:20")
m("ceb", "device-here", R, "Diri sa Nanay Ising Store walay Kelpuri", "DPL-03", geo="DPL-03:22")
m("en", "device-here", R, "Out of Navrika at this store", "GES-03", geo="GES-03:35")

# ---- the same shop name left open ----
m("en", "same-name-open", R, "Sri Murugan Stores has no Navrika")
m("en", "same-name-open", R, "JM Minimart out of Kelpuri masala", sku=KM)
m("hi", "same-name-open", R, "Aggarwal Kiryana Store Panipat me Navrika nahi, kaunsi branch yaad nahi", None, "Panipat")
m("en", "same-name-open", R, "Lakshmi Provision Store has no Navrika", None, "Visakhapatnam", None, "Visakhapatnam")
m("tl", "same-name-open", R, "Wala nang Navrika sa Aling Rosa Sari-Sari Store")
m("en", "same-name-open", R, "Ammu Bakery and Stores out of Kelpuri", None, "Thiruvananthapuram", None, "Trivandrum")

# ---- non-reports in the same places ----
m("en", "neg-available", N, "Navrika back in stock at JM Minimart Lagao", profile="GenSan")
m("en", "neg-available", N, "Sri Murugan Stores Lawspet has plenty of Navrika today")
m("hi", "neg-available", N, "Jain General Store Court Road me Kelpuri aa gaya")
m("ml", "neg-available", N, "ivide Navrika undu", geo="TVM-01:20")
m("ta", "neg-available", N, "inga Navrika irukku", geo="PDY-04:15")
m("tl", "neg-available", N, "May Navrika na dito", geo="GES-04:20")
m("ceb", "neg-available", N, "Naa nay Kelpuri diri sa Nanay Ising Store", geo="DPL-03:22")
m("te", "neg-available", N, "Sai Durga Kirana lo Navrika undi", profile="Vizag")
m("en", "neg-available", N, "Found Navrika at Opon Grocery near the market!")
m("hi", "neg-available", N, "Sachdeva Mart Sanauli Road pe Navrika mil gaya")
m("ceb", "neg-available", N, "Daghan Navrika sa Tuna City Mart duol sa palengke")
m("en", "neg-available", N, "Ammu Bakery Kowdiar finally restocked Navrika")
m("en", "neg-question", N, "Does Sri Murugan Stores Pondy have Navrika?")
m("hi", "neg-question", N, "Kya Aggarwal Kiryana Insar Bazar me Kelpuri hai?")
m("tl", "neg-question", N, "May Navrika ba sa JM Minimart Basak?")
m("ceb", "neg-question", N, "Naa bay Kelpuri sa Boy Tan Store Estaka?")
m("te", "neg-question", N, "Lakshmi Provision Store Gajuwaka lo Navrika undha?")
m("en", "neg-question", N, "anyone know if Thomas Supermarket Peroorkada got Navrika?")
m("ml", "neg-question", N, "Palayam Sri Murugan Stores il Navrika undo?")
m("en", "neg-question", N, "Is there Kelpuri in Vizag anywhere?")
m("en", "neg-irrealis", N, "Jain General Store Model Town might run out of Navrika this weekend")
m("hi", "neg-irrealis", N, "Khurana Sweets me Kelpuri khatam ho jayega kal tak")
m("tl", "neg-irrealis", N, "Baka maubos ang Navrika sa Lola Pacing Store bukas")
m("en", "neg-irrealis", N, "If Rehman Traders runs out of Navrika I'll go to Court Road")
m("en", "neg-irrealis", N, "Stock up on Kelpuri at Tuna City Mart before the fiesta")
m("en", "neg-old", N, "Back in 2024 Sri Murugan Stores Palayam had no Navrika for months")
m("hi", "neg-old", N, "Pehle Sachdeva Mart me Navrika nahi milta tha, ab har jagah hai")
m("ceb", "neg-old", N, "Kaniadto walay Navrika sa JM Minimart Miputak, karon naa na")
m("en", "neg-other-brand", N, "No Coca-Cola at JM Minimart Lawaan, got Navrika instead")
m("hi", "neg-other-brand", N, "Jain General Store me Kurkure nahi mila, Kelpuri le liya")
m("en", "neg-other-brand", N, "Sri Murugan Stores Muthialpet has no Lays, only Kelpuri")
m("tl", "neg-other-brand", N, "Walang Piattos sa Aling Rosa Sari-Sari Store Calumpang, Kelpuri na lang")
m("en", "neg-praise", N, "Nothing beats Navrika from Sree Padmanabha Stores Pattom")
m("hi", "neg-praise", N, "Saharanpur me Navrika jaisa koi nahi")
m("en", "neg-praise", N, "can't get enough of Kelpuri, Bharathi Super Market Reddiarpalayam keeps it fresh")
m("ceb", "neg-praise", N, "Walay makatupong sa Navrika, palit ko sa Galas Mini Grocery")
m("en", "neg-found", N, "No Navrika at Lakshmi Provision Store MVP Colony... wait found it at the back")
m("tl", "neg-found", N, "Akala ko wala nang Kelpuri sa Dadiangas Grocery, meron pala")
m("en", "neg-place-talk", N, "Moving from Panipat to Saharanpur next month, any good kirana near Court Road?")
m("en", "neg-place-talk", N, "Trivandrum traffic near Pattom is crazy today")
m("tl", "neg-place-talk", N, "Ang init sa GenSan ngayon, tambay muna sa JM Minimart")
m("ceb", "neg-place-talk", N, "Lami kaayo ang Navrika mango, palit mo sa Opon Grocery")
m("en", "neg-place-talk", N, "New Navrika ad on the billboard near Gajuwaka junction")
m("hi", "neg-place-talk", N, "Panipat ki Sachdeva Mart me bheed bahut hai aaj")
m("en", "neg-place-talk", N, "Vizag beach road sunset with a cold Navrika 😎")
m("ml", "neg-place-talk", N, "Kowdiar Ammu Bakery yile puffs super aanu")
m("ta", "neg-place-talk", N, "Pondy White Town la Arul Departmental Store pudhu branch open")
m("en", "neg-hearsay", N, "People say JM Minimart Dipolog has no Navrika, I didn't check")
m("en", "neg-hearsay", N, "heard Aling Rosa Sari-Sari Store Banica ran out of Kelpuri, not sure")
m("en", "neg-sarcasm", N, "Breaking: Sri Murugan Stores Palayam is selling Navrika like hot cakes")
m("en", "neg-advert", N, "Navrika 250 ml now at Venkateswara General Stores Madhurawada! Buy 2 get 1 free")
m("ceb", "neg-advert", N, "Promo! Kelpuri sa Baybay Sari-Sari Store, barato ra")
m("en", "neg-device", N, "here at Thomas Supermarket, loads of Navrika", geo="TVM-04:25")
m("hi", "neg-device", N, "yahan Kelpuri ka pura stock hai", geo="SRE-04:30")
m("te", "neg-device", N, "ikkada Navrika chala undi", geo="VSK-05:22")
m("ceb", "neg-device", N, "Diri naa pay Navrika", geo="LLC-03:24")
m("en", "neg-repost", N, "RT @pdyfoodie: No Navrika at Sri Murugan Stores Lawspet")
m("hi", "neg-repost", N, "RT @pnp_news: Aggarwal Kiryana Tehsil Camp me Kelpuri nahi")
m("en", "neg-negation", N, "Jain General Store Court Road is NOT out of Navrika, stop the rumours")
m("tl", "neg-negation", N, "Hindi naman ubos ang Navrika sa JM Minimart Lagao")
m("hi", "neg-negation", N, "Rehman Traders me Kelpuri khatam nahi hua, full stock hai")
m("en", "neg-negation", N, "Never had trouble finding Navrika at Sai Durga Kirana")

CATALOG = {"brands": [
 {"brand": "Navrika", "aliases": ["navrika", "#navrika", "@navrika_drinks", "नवरिका"],
  "category_words": ["drink", "soda"],
  "products": [
   {"sku": MG, "name": "Navrika Mango 250 ml", "aliases": []},
   {"sku": CL, "name": "Navrika Cola 600 ml", "aliases": []}]},
 {"brand": "Kelpuri", "aliases": ["kelpuri", "#kelpuri"],
  "category_words": ["chips", "snack"],
  "products": [
   {"sku": KM, "name": "Kelpuri Masala 40 g", "aliases": []},
   {"sku": KS, "name": "Kelpuri Salt 40 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,%s,\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "p14-%s-%02d" % (lang, count[lang])
        g = None
        if geo:
            oid, metres = geo.split(":")
            g = near(oid, int(metres))
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-p14%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 7 + i},
                             "text": text, "lang": None, "geo": g,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports")
