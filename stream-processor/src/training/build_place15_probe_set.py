# Writes the "place15-probe" labelled set (session 15: the outlet and the city when names are misspelt, abbreviated,
# or the place is only in the author's profile). Shop, locality and brand names misspelt; shortened ("strs", "gen st",
# "prov", vowels dropped, initials "S.K. Stores", a locality written as one word); the city only in the author's
# profile, written many ways (with the country, an emoji, a station code, "from X | foodie", a neighbourhood only, a
# state only, a country only, a demonym such as "Solapurkar"); similar shop names in one city ("Sai Krupa General
# Stores" and "Sai Kripa Provision Stores", "S.K. Stores" and "S.K. Traders", "Samar Mart" and "Samar Minimart"),
# which go to review (no outlet) when the post fits both equally. Two invented brands (Tavrolo, a drink; Kesmira, a
# rusk); outlets in Solapur, Erode, Rajahmundry, Rohtak, Hisar, Jalgaon, Dhanbad, Tabaco, Panabo and Catbalogan (no
# other readable set of the project uses them). About 40 % non-reports in the same places and the same spellings.
# Written before any rule of session 15 changed, from the writer's knowledge of how people write (not from the
# project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_place15_probe_set.py stream-processor/src/test/resources/labelled/place15-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "SLP": ("Solapur", "Maharashtra", "India", "413001"),
 "ERD": ("Erode", "Tamil Nadu", "India", "638001"),
 "RJY": ("Rajahmundry", "Andhra Pradesh", "India", "533101"),
 "RTK": ("Rohtak", "Haryana", "India", "124001"),
 "HSR": ("Hisar", "Haryana", "India", "125001"),
 "JLG": ("Jalgaon", "Maharashtra", "India", "425001"),
 "DHN": ("Dhanbad", "Jharkhand", "India", "826001"),
 "TBC": ("Tabaco", "Albay", "Philippines", None),
 "PNB": ("Panabo", "Davao del Norte", "Philippines", None),
 "CTB": ("Catbalogan", "Samar", "Philippines", None),
}
SHOPS = [
 ("SLP-01", "Sai Krupa General Stores", "Navi Peth", 17.67300, 75.90600),
 ("SLP-02", "Sai Kripa Provision Stores", "Hotgi Road", 17.65500, 75.92800),
 ("SLP-03", "Shri Siddheshwar Kirana", "Murarji Peth", 17.67800, 75.90100),
 ("SLP-04", "S.K. Stores", "Saat Rasta", 17.66600, 75.89800),
 ("SLP-05", "S.K. Traders", "Akkalkot Road", 17.67000, 75.93500),
 ("SLP-06", "Mahalaxmi Supermarket", "Jule Solapur", 17.64200, 75.91500),
 ("ERD-01", "Sri Vinayaga Stores", "Brough Road", 11.34300, 77.72600),
 ("ERD-02", "Sri Vinayaka Stores", "Periyar Nagar", 11.35300, 77.73500),
 ("ERD-03", "Kongu Departmental Store", "Surampatti", 11.35800, 77.70800),
 ("ERD-04", "Annapoorani Traders", "Perundurai Road", 11.33500, 77.70000),
 ("RJY-01", "Sri Durga Bhavani General Stores", "Danavaipeta", 17.00300, 81.77900),
 ("RJY-02", "Godavari Super Market", "Innespeta", 16.99900, 81.78400),
 ("RJY-03", "Venkata Ramana Kirana", "Prakash Nagar", 17.01000, 81.79000),
 ("RJY-04", "Sri Durga General Stores", "Morampudi", 17.02300, 81.80300),
 ("RJY-05", "Sri Vinayaka Stores", "Tilak Road", 16.99500, 81.77500),
 ("RTK-01", "Goyal General Store", "Model Town", 28.89800, 76.59500),
 ("RTK-02", "Hooda Kiryana Store", "Subhash Nagar", 28.89000, 76.60200),
 ("RTK-03", "Bansal Traders", "Jhajjar Road", 28.87800, 76.61000),
 ("RTK-04", "Goyal Departmental Store", "Sector 14", 28.90500, 76.58200),
 ("HSR-01", "Goyal General Store", "Model Town", 29.15800, 75.72800),
 ("HSR-02", "Jindal Provision Store", "Urban Estate", 29.14500, 75.74000),
 ("HSR-03", "Mittal Super Bazar", "Rajguru Market", 29.15100, 75.72100),
 ("HSR-04", "Sethi Kiryana", "Camp Chowk", 29.16000, 75.71500),
 ("JLG-01", "Khandesh Kirana Bhandar", "Navi Peth", 21.00500, 75.56500),
 ("JLG-02", "Shree Ganesh Provision", "Shivaji Nagar", 21.01200, 75.55800),
 ("JLG-03", "Patil General Stores", "Pimprala", 20.99000, 75.54500),
 ("JLG-04", "Shree Ganesh Provisions", "Ring Road", 21.00800, 75.57500),
 ("DHN-01", "Maa Tara Bhandar", "Bank More", 23.79500, 86.43000),
 ("DHN-02", "Agarwal General Store", "Hirapur", 23.80500, 86.44200),
 ("DHN-03", "Kali Mandir Stores", "Saraidhela", 23.81500, 86.46500),
 ("DHN-04", "Shyam Kirana Store", "Jharia", 23.74600, 86.41000),
 ("TBC-01", "Aling Nena Sari-Sari Store", "San Lorenzo", 13.35500, 123.73000),
 ("TBC-02", "Bicol Star Minimart", "Bantayan", 13.36000, 123.72600),
 ("TBC-03", "Tayhi Grocery", "Tayhi", 13.37000, 123.71500),
 ("PNB-01", "Aling Nena Sari-Sari Store", "Gredu", 7.30500, 125.68000),
 ("PNB-02", "New Visayas Mini Mart", "New Visayas", 7.31500, 125.67500),
 ("PNB-03", "Dela Paz Store", "Cagangohan", 7.29500, 125.69500),
 ("PNB-04", "D.P. Grocery", "San Francisco", 7.30000, 125.68800),
 ("CTB-01", "Samar Mart", "Guindapunan", 11.77800, 124.88700),
 ("CTB-02", "Manay Lucing Store", "Canlapwas", 11.77200, 124.88200),
 ("CTB-03", "Maulong Variety Store", "Maulong", 11.79500, 124.90500),
 ("CTB-04", "Samar Minimart", "Mercedes", 11.76500, 124.89500),
]
O = {s[0]: s for s in SHOPS}
LM, JR, ER, BR = "TVR-LMN-300", "TVR-JRA-300", "KSM-ELC-200", "KSM-BTR-200"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile))

# ---- the shop's name misspelt (the locality or the city written right, or a unique shop) ----
m("en", "misspelt-shop", R, "no Tavrolo at Sai Krupaa Genral Stores navi peth since monday", "SLP-01")
m("en", "misspelt-shop", R, "Siddeshwar kirana murarji peth is out of Tavrolo lemon", "SLP-03", sku=LM)
m("mr", "misspelt-shop", R, "Mahalakshmi supermarkt madhe Kesmira milat nahi", "SLP-06")
m("ta", "misspelt-shop", R, "Kongu Departmantal Store la Tavrolo illa", "ERD-03")
m("ta", "misspelt-shop", R, "Anapurani Traders perundurai road la Kesmira stock illa", "ERD-04")
m("te", "misspelt-shop", R, "Godavri Supermarket lo Tavrolo ledu", "RJY-02")
m("te", "misspelt-shop", R, "Venkataramana kiranaa prakash nagar lo Kesmira dorakadam ledu", "RJY-03")
m("hi", "misspelt-shop", R, "Hoodaa Kirana Store mein Tavrolo nahi mil raha", "RTK-02")
m("hi", "misspelt-shop", R, "Bansal Tradrs jhajjar road pe Kesmira khatam", "RTK-03")
m("hi", "misspelt-shop", R, "Jindel Provision Store urban estate me Tavrolo nahi hai", "HSR-02")
m("en", "misspelt-shop", R, "Mital Super Bazaar out of Tavrolo jeera again", "HSR-03", sku=JR)
m("hi", "misspelt-shop", R, "Sethi Kirana camp chowk pe Kesmira nahi mila", "HSR-04")
m("mr", "misspelt-shop", R, "Khandesh Kirana Bandar madhe Tavrolo sampla", "JLG-01")
m("mr", "misspelt-shop", R, "Paatil General Store pimprala la Kesmira nahi", "JLG-03")
m("hi", "misspelt-shop", R, "Maa Taara Bhandaar bank more me Tavrolo nahi hai", "DHN-01")
m("bn", "misspelt-shop", R, "Kali Mondir Stores e Kesmira nei", "DHN-03")
m("hi", "misspelt-shop", R, "Shyaam Kiraana Jharia me Tavrolo khatam", "DHN-04")
m("en", "misspelt-shop", R, "Agarwaal Genral Store hirapur has no Kesmira", "DHN-02")
m("bcl", "misspelt-shop", R, "Mayo nang Tavrolo sa Bicol Starr Mini Mart", "TBC-02")
m("tl", "misspelt-shop", R, "Wala nang Kesmira sa Tayhi Grocey", "TBC-03")
m("ceb", "misspelt-shop", R, "Wala nay Tavrolo sa New Visaya Minimart", "PNB-02")
m("ceb", "misspelt-shop", R, "Walay Kesmira sa Dela Pas Store Cagangohan", "PNB-03")
m("war", "misspelt-shop", R, "Waray na Tavrolo ha Manay Lusing Store", "CTB-02")
m("war", "misspelt-shop", R, "Waray Kesmira ha Maulong Varity Store", "CTB-03")
m("en", "misspelt-shop", R, "Godavary super markit innespeta out of tavrolo lemon", "RJY-02", sku=LM)
m("en", "misspelt-shop", R, "Kongu dept store surampati no kesmira butter rusk", "ERD-03", sku=BR)

# ---- the locality or the city misspelt ----
m("en", "misspelt-place", R, "Sai Krupa General Stores navipet has no Tavrolo", "SLP-01")
m("en", "misspelt-place", R, "Goyal General Store model twn rohtak out of Kesmira", "RTK-01")
m("hi", "misspelt-place", R, "Goyal General Store model town hissar me Tavrolo nahi", "HSR-01")
m("en", "misspelt-place", R, "Sri Vinayaka Stores periyarnagar erode no Tavrolo", "ERD-02")
m("te", "misspelt-place", R, "Sri Durga General Stores moram pudi lo Kesmira ledu", "RJY-04")
m("en", "misspelt-place", R, "No Tavrolo anywhere in Sholapur this week", None, "Solapur")
m("en", "misspelt-place", R, "Rajamundry shops have no Kesmira since diwali", None, "Rajahmundry")
m("en", "misspelt-place", R, "No Tavrolo at any shop in Dhanbaad", None, "Dhanbad")
m("en", "misspelt-place", R, "Shree Ganesh Provision shivajinagar jalgoan out of Tavrolo", "JLG-02")
m("hi", "misspelt-place", R, "Sethi Kiryana kamp chowk me Kesmira khatam", "HSR-04")
m("tl", "misspelt-place", R, "Wala nang Tavrolo sa Aling Nena Sari-Sari Store San Lorezo", "TBC-01")
m("ceb", "misspelt-place", R, "Wala nay Kesmira sa Aling Nena Sari-Sari Store Gredo", "PNB-01")
m("war", "misspelt-place", R, "Waray na Tavrolo ha Samar Mart Guindapunon", "CTB-01")
m("en", "misspelt-place", R, "Kesmira sold out at Kali Mandir Stores saraidhella", "DHN-03")

# ---- the brand misspelt, the place named ----
m("en", "misspelt-brand", R, "No Tavrollo at Bansal Traders Rohtak", "RTK-03")
m("hi", "misspelt-brand", R, "Mittal Super Bazar Hisar me Tavarolo nahi mila", "HSR-03")
m("en", "misspelt-brand", R, "Kesmeera rusk out of stock at Patil General Stores Jalgaon", "JLG-03")
m("ta", "misspelt-brand", R, "Annapoorani Traders Erode la Kesmeera illa", "ERD-04")
m("tl", "misspelt-brand", R, "Ubos na ang Tavrolu sa Dela Paz Store Panabo", "PNB-03")
m("te", "misspelt-brand", R, "Godavari Super Market lo Tavrolow ledu", "RJY-02")

# ---- abbreviations: strs, gen st, prov, dept, vowels dropped, initials, glued words ----
m("en", "abbrev", R, "sai krupa gen strs navi peth no tavrolo", "SLP-01")
m("en", "abbrev", R, "sai kripa prov strs hotgi rd out of kesmira", "SLP-02")
m("en", "abbrev", R, "SK Stores saat rasta no Tavrolo", "SLP-04")
m("en", "abbrev", R, "S.K. Traders akkalkot rd out of Kesmira elaichi", "SLP-05", sku=ER)
m("mr", "abbrev", R, "shri sidheshwar krn murarji peth madhe tavrolo nahi", "SLP-03")
m("en", "abbrev", R, "mhlxmi supermkt jule solapur no kesmira", "SLP-06")
m("ta", "abbrev", R, "Kongu dept strs surampatti la Tavrolo illa", "ERD-03")
m("en", "abbrev", R, "annapoorani trdrs perundurai rd no Kesmira", "ERD-04")
m("te", "abbrev", R, "sri durga bhavani gen strs danavaipeta lo tavrolo ledu", "RJY-01")
m("en", "abbrev", R, "SDB Gen Stores danavaipeta out of Kesmira", "RJY-01")
m("en", "abbrev", R, "godavari smkt innespeta no tavrolo", "RJY-02")
m("en", "abbrev", R, "VR Kirana prakash ngr out of Kesmira", "RJY-03")
m("hi", "abbrev", R, "goyal gen st model town rohtak me tavrolo nahi", "RTK-01")
m("hi", "abbrev", R, "goyal dept store sec 14 me kesmira khatam", "RTK-04")
m("hi", "abbrev", R, "hooda kiryana subhash ngr me tavrolo nahi hai", "RTK-02")
m("en", "abbrev", R, "jindal prov strs UE hisar no kesmira", "HSR-02")
m("en", "abbrev", R, "mittal sup bazar rajguru mkt out of tavrolo", "HSR-03")
m("mr", "abbrev", R, "khndsh krn bhndr navi peth jalgaon madhe kesmira nahi", "JLG-01")
m("en", "abbrev", R, "patil gen strs pimprala no tavrolo", "JLG-03")
m("hi", "abbrev", R, "agarwal gen str hirapur me kesmira nahi", "DHN-02")
m("hi", "abbrev", R, "kali mandir strs saraidhela me tavrolo khatam", "DHN-03")
m("en", "abbrev", R, "shyam krn str jharia out of Kesmira", "DHN-04")
m("tl", "abbrev", R, "wala nang tavrolo sa aling nena sss san lorenzo", "TBC-01")
m("ceb", "abbrev", R, "walay kesmira sa NV minimart new visayas", "PNB-02")
m("ceb", "abbrev", R, "wala nay tavrolo sa DP Grocery san francisco", "PNB-04")
m("war", "abbrev", R, "waray kesmira ha maulong var store", "CTB-03")
m("en", "abbrev", R, "samar mnmrt mercedes out of tavrolo", "CTB-04")
m("en", "abbrev", R, "no Tavrolo at Sri Durga Gen Strs morampudi", "RJY-04")

# ---- the city only in the author's profile, written many ways ----
m("en", "profile-only", R, "Goyal General Store has no Tavrolo since Tuesday", "RTK-01", profile="Rohtak, India")
m("en", "profile-only", R, "Goyal General Store out of Kesmira again", "HSR-01", profile="hisar 🇮🇳")
m("hi", "profile-only", R, "Goyal General Store me Tavrolo nahi mila", "RTK-01", profile="from Rohtak | foodie")
m("hi", "profile-only", R, "Goyal General Store pe Kesmira khatam hai", "HSR-01", profile="Hissar, Haryana")
m("en", "profile-only", R, "Goyal General Store no Tavrolo lemon", "RTK-01", profile="Rohtak ✈️ Delhi", sku=LM)
m("en", "profile-only", R, "Goyal General Store out of Tavrolo", None, None, profile="Haryana")
m("hi", "profile-only", R, "Goyal General Store me Kesmira nahi", "HSR-01", profile="Urban Estate, Hisar")
m("en", "profile-only", R, "Goyal General Store has no Kesmira", None, None, profile="India 🇮🇳")
m("en", "profile-only", R, "Goyal General Store no Tavrolo 😩", "RTK-01", profile="Rohtak ka chhora 💪")
m("tl", "profile-only", R, "Wala nang Tavrolo sa Aling Nena Sari-Sari Store", "TBC-01", profile="Tabaco City, Albay")
m("ceb", "profile-only", R, "Walay Kesmira sa Aling Nena Sari-Sari Store", "PNB-01", profile="panabo city 🌴")
m("en", "profile-only", R, "Aling Nena Sari-Sari Store out of Tavrolo", "PNB-01", profile="Davao del Norte")
m("bcl", "profile-only", R, "Mayo nang Kesmira sa Aling Nena Sari-Sari Store", "TBC-01", profile="Albay 🌋")
m("en", "profile-only", R, "Aling Nena Sari-Sari Store no Tavrolo", None, None, profile="Pinas")
m("ceb", "profile-only", R, "Wala nay Tavrolo sa Aling Nena Sari-Sari Store", "PNB-01", profile="📍Panabo")
m("tl", "profile-only", R, "Wala nang Kesmira sa Aling Nena Sari-Sari Store", "TBC-01", profile="Tabaqueño 💚")
m("en", "profile-only", R, "Sri Vinayaka Stores no Tavrolo since 3 days", "RJY-05", profile="Rajahmundry")
m("en", "profile-only", R, "Sri Vinayaka Stores out of Kesmira", "RJY-05", profile="RJY | Godavari")
m("te", "profile-only", R, "Sri Vinayaka Stores lo Tavrolo ledu", "RJY-05", profile="Rajamahendravaram")
m("te", "profile-only", R, "Sri Vinayaka Stores lo Kesmira ledu", "RJY-05", profile="రాజమండ్రి")
m("en", "profile-only", R, "Sri Vinayaka Stores has no Kesmira", "RJY-05", profile="Andhra Pradesh")
m("ta", "profile-only", R, "Sri Vinayaka Stores la Tavrolo illa", None, "Erode", profile="Erode, TN")
m("ta", "profile-only", R, "Sri Vinayaka Stores la Kesmira illa", None, "Erode", profile="ஈரோடு")
m("en", "profile-only", R, "Sri Vinayaka Stores out of Tavrolo", None, "Erode", profile="Tamil Nadu")
m("en", "profile-only", R, "Sri Vinayaka Stores no Tavrolo", "RJY-05", profile="living in Rajahmundry, from Erode")
m("en", "profile-only", R, "No Tavrolo anywhere nearby, checked 4 shops", None, "Solapur", profile="Solapurkar ❤️")
m("mr", "profile-only", R, "Kesmira kuthech milat nahi", None, "Jalgaon", profile="Jalgaonkar")
m("en", "profile-only", R, "Tavrolo out of stock everywhere here", None, "Dhanbad", profile="DHN | coal city")
m("hi", "profile-only", R, "Kesmira kahin nahi mil raha", None, "Dhanbad", profile="Jharia")
m("en", "profile-only", R, "No Kesmira in any shop this week", None, "Erode", profile="Surampatti")
m("en", "profile-only", R, "cant find Tavrolo anywhere", None, "Catbalogan", profile="Catbalogan, Samar 🇵🇭")
m("war", "profile-only", R, "Waray Kesmira bisan diin", None, "Catbalogan", profile="catbalogan city")
m("en", "profile-only", R, "Tavrolo gone from every store", None, "Solapur", profile="solapur🏏")
m("en", "profile-only", R, "no Kesmira anywhere", None, "Rajahmundry", profile="from Rajamundry | foodie")
m("en", "profile-only", R, "Tavrolo still out everywhere", None, "Jalgaon", profile="Pimprala")
m("hi", "profile-only", R, "Tavrolo kahin bhi nahi hai", None, None, profile="🌍 Earth")
m("en", "profile-only", R, "No Kesmira in shops here", None, "Panabo", profile="Panabo, DavNor")
m("en", "profile-only", R, "Tavrolo missing everywhere", None, "Tabaco", profile="TABACO CITY ALBAY")

# ---- similar shop names in one city: a name that fits one, and a post that fits two (no outlet) ----
m("en", "similar-names", R, "Sai Krupa General Stores out of Tavrolo", "SLP-01")
m("en", "similar-names", R, "Sai Kripa Provision Stores out of Tavrolo", "SLP-02")
m("en", "similar-names", R, "Sai Krupa Stores solapur has no Tavrolo", None, "Solapur")
m("hi", "similar-names", R, "Sai Kripa Solapur me Kesmira nahi", None, "Solapur")
m("en", "similar-names", R, "SK solapur no Kesmira", None, "Solapur")
m("en", "similar-names", R, "SK Traders no Tavrolo", "SLP-05")
m("ta", "similar-names", R, "Sri Vinayaga Stores Erode la Kesmira illa", None, "Erode")
m("ta", "similar-names", R, "Sri Vinayaga Stores Brough Road la Tavrolo illa", "ERD-01")
m("en", "similar-names", R, "Sri Durga Stores rajahmundry no Tavrolo", None, "Rajahmundry")
m("te", "similar-names", R, "Sri Durga Bhavani General Stores lo Kesmira ledu", "RJY-01")
m("en", "similar-names", R, "Shree Ganesh Provisions Jalgaon out of Kesmira", None, "Jalgaon")
m("mr", "similar-names", R, "Shree Ganesh Provision shivaji nagar madhe Tavrolo nahi", "JLG-02")
m("en", "similar-names", R, "Goyal store rohtak no Tavrolo", None, "Rohtak")
m("en", "similar-names", R, "Goyal Departmental Store out of Tavrolo", "RTK-04")
m("war", "similar-names", R, "Waray Tavrolo ha Samar Minimart", "CTB-04")
m("war", "similar-names", R, "Waray Kesmira ha Samar catbalogan", None, "Catbalogan")
m("en", "similar-names", R, "Samar Mart guindapunan no Kesmira", "CTB-01")
m("en", "similar-names", R, "Goyal General Store model town no Tavrolo", None, None)

# ---- non-reports in the same places and the same spellings ----
m("en", "neg-found", N, "finally got Tavrolo at sai krupa gen strs navi peth")
m("en", "neg-found", N, "SK Stores saat rasta has plenty of Kesmira")
m("hi", "neg-found", N, "Goyal Gen St model town rohtak me Tavrolo mil gaya")
m("mr", "neg-found", N, "Khandesh Kirana Bandar madhe Kesmira milala")
m("ta", "neg-found", N, "Kongu dept store la Tavrolo irukku")
m("te", "neg-found", N, "Godavri supermarket lo Kesmira dorikindi")
m("ceb", "neg-found", N, "Naa nay Tavrolo sa Dela Pas Store")
m("war", "neg-found", N, "May-ada na Kesmira ha Samar Mart")
m("tl", "neg-found", N, "May Tavrolo na sa Aling Nena sss San Lorenzo")
m("bn", "neg-found", N, "Kali Mondir Stores e Kesmira pawa jacche")
m("hi", "neg-found", N, "Sethi Kirana camp chowk pe Tavrolo ka naya stock aaya")
m("en", "neg-found", N, "mittal sup bazar restocked Tavrolo jeera today")
m("hi", "neg-found", N, "Maa Taara Bhandaar me Kesmira wapas aa gaya")
m("en", "neg-found", N, "Tavrolo back at Agarwaal Genral Store hirapur")
m("en", "neg-question", N, "does sai kripa prov strs have Kesmira?")
m("hi", "neg-question", N, "Hoodaa Kirana pe Tavrolo milega kya?")
m("en", "neg-question", N, "anyone know if Sri Vinayaka Stores has Tavrolo?")
m("ta", "neg-question", N, "Anapurani Traders la Kesmira irukka?")
m("te", "neg-question", N, "Venkataramana kirana lo Tavrolo undha?")
m("ceb", "neg-question", N, "Naa bay Kesmira sa NV minimart?")
m("tl", "neg-question", N, "May Tavrolo pa ba sa Tayhi Grocey?")
m("mr", "neg-question", N, "Paatil General Store madhe Kesmira aahe ka?")
m("en", "neg-question", N, "Is Goyal General Store out of Tavrolo? going there now")
m("war", "neg-question", N, "Mayda ba Tavrolo ha Manay Lusing Store?")
m("en", "neg-other-brand", N, "no Frooti at sai krupa genral stores, got Tavrolo instead")
m("hi", "neg-other-brand", N, "Bansal Tradrs pe Parle-G khatam, Kesmira hai")
m("en", "neg-other-brand", N, "SK Traders out of Maggi, Tavrolo in stock though")
m("ta", "neg-other-brand", N, "Kongu Departmantal Store la Horlicks illa, Kesmira irukku")
m("ceb", "neg-other-brand", N, "Wala nay Piattos sa Dela Paz Store pero naa Tavrolo")
m("te", "neg-other-brand", N, "Godavari Super Market lo Lays ledu, Kesmira undi")
m("hi", "neg-other-brand", N, "Jindel Provision Store me Amul nahi mila, Tavrolo le liya")
m("war", "neg-other-brand", N, "Waray Coke ha Samar Minimart, Tavrolo la")
m("en", "neg-past", N, "Back in 2023 Goyal General Store rohtak had no Tavrolo for months")
m("hi", "neg-past", N, "pichhle saal Sethi Kiryana me Kesmira nahi milta tha, ab hai")
m("en", "neg-past", N, "used to be no Tavrolo at shyam krn str jharia, now always there")
m("mr", "neg-past", N, "2024 madhe Shree Ganesh Provision la Kesmira milat navhta")
m("tl", "neg-past", N, "Dati walang Tavrolo sa Aling Nena Sari-Sari Store, ngayon meron na")
m("en", "neg-irrealis", N, "Sai Krupa Gen Stores might run out of Tavrolo by the weekend")
m("hi", "neg-irrealis", N, "Mittal Super Bazar me Kesmira khatam ho jayega lagta hai")
m("en", "neg-irrealis", N, "if Kongu dept store runs out of Tavrolo I'll go to Annapoorani")
m("ceb", "neg-irrealis", N, "Basin mahurot ang Kesmira sa New Visaya Minimart ugma")
m("te", "neg-irrealis", N, "Sri Durga Gen Strs lo Tavrolo aipothundemo")
m("en", "neg-negation", N, "Patil Gen Strs pimprala is NOT out of Kesmira, stop spreading")
m("hi", "neg-negation", N, "Goyal Dept Store sec 14 me Tavrolo khatam nahi hua")
m("tl", "neg-negation", N, "Hindi naman ubos ang Kesmira sa Bicol Starr Mini Mart")
m("en", "neg-negation", N, "Never had trouble finding Tavrolo at Venkata Ramana Kirana")
m("ta", "neg-negation", N, "Sri Vinayaga Stores la Kesmira illama illa, eppovum irukku")
m("en", "neg-repost", N, "RT @slp_deals: no Tavrolo at SK Stores saat rasta")
m("en", "neg-repost", N, "RT @panabo_news: Walay Kesmira sa Aling Nena Sari-Sari Store Gredu")
m("hi", "neg-repost", N, "RT @rohtak_live: Hooda Kiryana Store me Tavrolo nahi")
m("en", "neg-praise", N, "can't get enough of Tavrolo from Mahalaxmi Supermarket")
m("hi", "neg-praise", N, "Kesmira ka jawab nahi, Jindal Provision Store se leta hoon")
m("tl", "neg-praise", N, "Walang tatalo sa Tavrolo ng Aling Nena sss")
m("en", "neg-advert", N, "Sale! Tavrolo 2 for 1 at Godavari Super Market innespeta, limited stock")
m("en", "neg-advert", N, "Kesmira now available at S.K. Traders akkalkot rd, call 98xxxxxx")
m("en", "neg-hearsay", N, "heard sai kripa prov strs might stop keeping Kesmira, not sure")
m("en", "neg-found", N, "Tavrolo is in stock at samar mnmrt mercedes")
m("en", "neg-found", N, "Kesmira available at DP Grocery san francisco")
m("hi", "neg-found", N, "Shyaam Kiraana Jharia me Tavrolo hai")
m("ta", "neg-found", N, "Sri Vinayaka Stores periyarnagar la Tavrolo kidaichidhu")
m("en", "neg-found", N, "Goyal General Store has Kesmira again", profile="Hisar")
m("en", "neg-found", N, "got Tavrolo at Aling Nena Sari-Sari Store", profile="Panabo City")
m("hi", "neg-found", N, "Goyal General Store me Kesmira mil gaya", profile="Rohtak")
m("en", "neg-found", N, "Sri Vinayaka Stores finally has Tavrolo", profile="RJY")
m("en", "neg-found", N, "Tavrolo everywhere in Sholapur now, no shortage")
m("en", "neg-found", N, "Found Kesmira at kali mandir strs saraidhela")
m("en", "neg-other-brand", N, "no Kurkure at SDB Gen Stores danavaipeta, Kesmira plenty")
m("ceb", "neg-question", N, "Asa makapalit ug Tavrolo diri sa Panabo?")
m("hi", "neg-question", N, "Dhanbaad me Kesmira kahan milega?")
m("en", "neg-question", N, "where can I buy Tavrolo in Rajamundry?", profile="RJY")
m("en", "neg-other-brand", N, "Sai Kripa Solapur out of Bisleri, Tavrolo cold and ready")
m("mr", "neg-other-brand", N, "Mahalakshmi supermarkt madhe Amul sampla, Kesmira aahe")
m("en", "neg-irrealis", N, "Samar Mart will be out of Tavrolo soon they said")
m("bn", "neg-past", N, "gato bochhor Maa Tara Bhandar e Kesmira chhilo na, ekhon ache")
m("kn", "neg-found", N, "Sai Krupa General Stores alli Tavrolo sigutte")
m("kn", "misspelt-shop", R, "Sai Krupa Genral Stores navi peth alli Tavrolo sigtilla", "SLP-01")
m("kn", "abbrev", R, "SK Strs saat rasta alli Kesmira illa", "SLP-04")
m("kn", "profile-only", R, "Kesmira yaav angadi alli sigtilla", None, "Solapur", profile="Sholapur, MH")
m("bn", "abbrev", R, "Maa Tara Bhndr bank more e Tavrolo nei", "DHN-01")
m("bn", "profile-only", R, "Kesmira kothao pachhi na", None, "Dhanbad", profile="ধানবাদ")
m("hi", "script", R, "गोयल जनरल स्टोर मॉडल टाउन रोहतक में तवरोलो नहीं मिला", "RTK-01")
m("mr", "script", R, "श्री सिद्धेश्वर किराणा मुरारजी पेठ मध्ये Kesmira नाही", "SLP-03")
m("ta", "script", R, "கொங்கு டிபார்ட்மெண்டல் ஸ்டோர் ல Tavrolo இல்ல", "ERD-03")
m("te", "script", R, "గోదావరి సూపర్ మార్కెట్ లో Kesmira లేదు", "RJY-02")
m("hi", "script", R, "खानदेश किराना भंडार नवी पेठ जलगांव में Tavrolo नहीं है", "JLG-01")
m("bn", "script", R, "মা তারা ভান্ডার ব্যাংক মোড়ে Kesmira নেই", "DHN-01")

m("en", "neg-found", N, "picked up Tavrolo jeera at sidheshwar krn murarji peth")
m("hi", "neg-found", N, "hooda kiryana subhash ngr me Kesmira ka stock full hai")
m("mr", "neg-found", N, "patil gen strs pimprala la Tavrolo milala")
m("ta", "neg-found", N, "annapoorani trdrs la Kesmira vaanginen")
m("te", "neg-found", N, "VR Kirana lo Tavrolo dorikindi")
m("ceb", "neg-found", N, "Nakapalit ko ug Kesmira sa Aling Nena Sari-Sari Store", profile="📍Panabo")
m("war", "neg-found", N, "Nakabakal ako Tavrolo ha Samar Mart", profile="catbalogan city")
m("bcl", "neg-found", N, "Igwa nang Kesmira sa Bicol Starr Mini Mart")
m("en", "neg-found", N, "Goyal Gen Store restocked Kesmira", profile="Hissar, Haryana")
m("en", "neg-question", N, "does Goyal General Store have Tavrolo?", profile="Rohtak ka chhora 💪")
m("hi", "neg-question", N, "Sri Vinayaka Stores me Kesmira hai kya?", profile="Rajamahendravaram")
m("en", "neg-question", N, "is there Tavrolo at sk strs saat rasta?")
m("en", "neg-other-brand", N, "Khandesh Kirana Bandar out of Haldiram, bought Kesmira")
m("hi", "neg-other-brand", N, "Agarwal gen str hirapur me Britannia rusk nahi, Kesmira le liya")
m("tl", "neg-other-brand", N, "Wala nang Skyflakes sa Tayhi Grocey, Kesmira na lang")
m("en", "neg-irrealis", N, "Goyal Dept Store might run out of Kesmira before holi", profile="Rohtak")
m("en", "neg-past", N, "In 2022 jindal prov strs UE never had Tavrolo")
m("en", "neg-negation", N, "Sai Kripa Prov Strs has not run out of Tavrolo, plenty on the shelf")
m("kn", "neg-question", N, "SK Stores alli Kesmira ide na?")
m("bn", "neg-found", N, "Shyam Kirana Jharia te Tavrolo pelam")

CATALOG = {"brands": [
 {"brand": "Tavrolo", "aliases": ["tavrolo", "#tavrolo", "तवरोलो"],
  "category_words": ["drink", "soda"],
  "products": [
   {"sku": LM, "name": "Tavrolo Lemon 300 ml", "aliases": []},
   {"sku": JR, "name": "Tavrolo Jeera 300 ml", "aliases": []}]},
 {"brand": "Kesmira", "aliases": ["kesmira", "#kesmira"],
  "category_words": ["rusk", "toast"],
  "products": [
   {"sku": ER, "name": "Kesmira Elaichi Rusk 200 g", "aliases": []},
   {"sku": BR, "name": "Kesmira Butter Rusk 200 g", "aliases": []}]}]}
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
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "p15-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-p15%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 11 + i},
                             "text": text, "lang": None, "geo": None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", len(count), "languages")
