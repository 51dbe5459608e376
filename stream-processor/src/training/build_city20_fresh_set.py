# Writes the "city20-fresh" labelled set (session 20), written after the rules of session 20 to check that they hold
# on new posts: new towns (Kairana, Nohar, Nagina, Jangaon, Kothamangalam, Sankarankovil, Egra), new shop names whose
# words are deities', people's and everyday words, the same two brands; same label rules as city20-probe.
# Usage: python3 build_city20_fresh_set.py stream-processor/src/test/resources/labelled/city20-fresh
import json, os, sys
OUT = sys.argv[1]
C = {
 "KRN": ("Kairana", "Uttar Pradesh", "India", "247774"),
 "NHR": ("Nohar", "Rajasthan", "India", "335523"),
 "NGN": ("Nagina", "Uttar Pradesh", "India", "246762"),
 "JNG": ("Jangaon", "Telangana", "India", "506167"),
 "KTM": ("Kothamangalam", "Kerala", "India", "686691"),
 "SNK": ("Sankarankovil", "Tamil Nadu", "India", "627756"),
 "EGR": ("Egra", "West Bengal", "India", "721429"),
}
SHOPS = [
 ("KRN-01", "Hind General Store", "Chowk Bazar", 29.39400, 77.20500),
 ("KRN-02", "Rehmat Kirana Store", "Mohalla Afghanan", 29.39900, 77.19800),
 ("NHR-01", "Gogaji Kirana Bhandar", "Station Road", 29.18500, 74.77200),
 ("NHR-02", "Ramdev Medical Store", "Bhadra Road", 29.18100, 74.77900),
 ("NGN-01", "Noor Medical Store", "Mohalla Qazi", 29.44300, 78.43400),
 ("NGN-02", "Vishnu Provision Store", "Bus Stand", 29.44800, 78.43900),
 ("JNG-01", "Sri Rama Kirana", "Bus Depot Road", 17.72400, 79.15200),
 ("JNG-02", "Pochamma General Stores", "Kurmawada", 17.72900, 79.14600),
 ("KTM-01", "Mariya Stores", "Thankalam", 10.06200, 76.63500),
 ("KTM-02", "Periyar Supermarket", "Market Road", 10.06800, 76.62900),
 ("SNK-01", "Gomathi Stores", "Car Street", 9.17100, 77.54400),
 ("SNK-02", "Sankara Medicals", "Rajapalayam Road", 9.16500, 77.55100),
 ("EGR-01", "Kali Mata Bhandar", "Sarada Pally", 21.90600, 87.53400),
 ("EGR-02", "Tarapada Stores", "Bus Stand", 21.90100, 87.52800),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    _, _, _, lat, lon = O[oid]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# ---- a word of another town's shop against the profile city ----
m("hi", "stray-shop-word", R, "Jai Hind! Republic day pe bhi Velkrisa nahi mila", city="Nohar", profile="Nohar")
m("hi", "stray-shop-word", R, "Gogaji ke mele me gaye, wahan ki dukaano me Orunda khatam", city="Kairana", profile="Kairana, Shamli")
m("hi", "stray-shop-word", R, "Ramdev ji ki jaat se laute, Velkrisa kahin nahi", city="Nagina", profile="Nagina")
m("ur", "stray-shop-word", R, "Noor bhai ne bataya Orunda ab nahi aa rahi", city="Kairana", profile="Kairana")
m("hi", "stray-shop-word", R, "Vishnu bhagwan ki katha ke baad dekha, Velkrisa khatam", city="Nohar", profile="Nohar, Hanumangarh")
m("te", "stray-shop-word", R, "Sri Rama Navami ki Orunda konadaniki vellanu, ledu", city="Kothamangalam", profile="Kothamangalam")
m("te", "stray-shop-word", R, "Pochamma jatara lo evvariki Velkrisa dorakaledu", city="Sankarankovil", profile="Sankarankovil")
m("ml", "stray-shop-word", R, "Mariya chechi paranju Orunda kadayil illa", city="Sankarankovil", profile="Sankarankovil, TN")
m("ml", "stray-shop-word", R, "Periyar il vellam kooduthal, Velkrisa kittunilla", city="Kothamangalam", profile="Kothamangalam, Kerala")
m("ta", "stray-shop-word", R, "Gomathi amman kovil kadaila Orunda illa", city="Kothamangalam", profile="Kothamangalam")
m("bn", "stray-shop-word", R, "Kali pujor dine Velkrisa pelam na", city="Jangaon", profile="Jangaon")
m("en", "stray-shop-word", R, "Rehmat from next door says no Orunda in any shop", city="Egra", profile="Egra, Purba Medinipur")
m("en", "stray-shop-word", R, "Tarapada uncle couldn't find Velkrisa either", city="Nagina", profile="Nagina, Bijnor")

# ---- a locality any town has, against the profile city; a locality written whole ----
m("hi", "stray-locality-word", R, "Chowk bazar ki dukaan me Velkrisa nahi", city="Nohar", profile="Nohar")
m("en", "stray-locality-word", R, "Market road shops have no Orunda", city="Egra", profile="Egra")
m("bn", "stray-locality-word", R, "Bus stand er dokane Velkrisa nei", city="Nagina", profile="Nagina")
m("hi", "locality-vs-profile", R, "Mohalla Qazi me Orunda nahi mili", city="Nagina", loc="Mohalla Qazi", profile="Kairana")
m("ml", "locality-vs-profile", R, "Thankalam il Velkrisa illa", city="Kothamangalam", loc="Thankalam", profile="Egra")
m("bn", "locality-vs-profile", R, "Sarada Pally te Orunda nei", city="Egra", loc="Sarada Pally", profile="Jangaon")
m("te", "locality-vs-profile", R, "Kurmawada lo Velkrisa ledu", city="Jangaon", loc="Kurmawada", profile="Nohar")

# ---- a shop's whole name against the profile city ----
m("hi", "shop-vs-profile", R, "Hind General Store me Orunda khatam", "KRN-01", profile="Nohar")
m("hi", "shop-vs-profile", R, "Gogaji Kirana Bhandar pe Velkrisa nahi", "NHR-01", profile="Nagina")
m("te", "shop-vs-profile", R, "Pochamma General Stores lo Orunda ledu", "JNG-02", profile="Egra")
m("ml", "shop-vs-profile", R, "Mariya Stores il Velkrisa illa", "KTM-01", profile="Sankarankovil")
m("ta", "shop-vs-profile", R, "Gomathi Stores la Orunda illa", "SNK-01", profile="Kothamangalam")
m("bn", "shop-vs-profile", R, "Kali Mata Bhandar e Velkrisa nei", "EGR-01", profile="Kairana")

# ---- shop names in native scripts, the profile giving no city ----
m("hi", "script-shop", R, "हिंद जनरल स्टोर में Velkrisa खत्म", "KRN-01", profile="UP")
m("ur", "script-shop", R, "رحمت کریانہ اسٹور میں Orunda نہیں", "KRN-02")
m("hi", "script-shop", R, "गोगाजी किराना भंडार पर Orunda नहीं है", "NHR-01", profile="Rajasthan")
m("hi", "script-shop", R, "रामदेव मेडिकल स्टोर में Velkrisa नहीं मिला", "NHR-02")
m("ur", "script-shop", R, "نور میڈیکل اسٹور پر Velkrisa ختم", "NGN-01", profile="India")
m("te", "script-shop", R, "శ్రీ రామ కిరాణాలో Orunda లేదు", "JNG-01", profile="Telangana")
m("te", "script-shop", R, "పోచమ్మ జనరల్ స్టోర్స్ లో Velkrisa దొరకడం లేదు", "JNG-02")
m("ml", "script-shop", R, "മരിയ സ്റ്റോഴ്സിൽ Orunda ഇല്ല", "KTM-01", profile="Kerala")
m("ml", "script-shop", R, "പെരിയാർ സൂപ്പർമാർക്കറ്റിൽ Velkrisa കിട്ടാനില്ല", "KTM-02")
m("ta", "script-shop", R, "கோமதி ஸ்டோர்ஸ்ல Velkrisa இல்ல", "SNK-01", profile="Tamil Nadu")
m("ta", "script-shop", R, "சங்கரா மெடிக்கல்ஸில் Orunda இல்லை", "SNK-02")
m("bn", "script-shop", R, "কালী মাতা ভাণ্ডারে Orunda নেই", "EGR-01", profile="West Bengal")
m("bn", "script-shop", R, "তারাপদ স্টোর্সে Velkrisa পাচ্ছি না", "EGR-02")

# ---- the profile alone; not reports ----
m("en", "profile-only", R, "No Velkrisa anywhere this week", city="Jangaon", profile="Jangaon, Telangana")
m("hi", "profile-only", R, "Orunda khatam ho gayi", city="Nohar", profile="नोहर")
m("en", "neg-found", N, "Found Orunda at Hind General Store finally", profile="Kairana")
m("hi", "neg-found", N, "Noor Medical Store pe Velkrisa wapas aa gaya", profile="Nagina")
m("ta", "neg-found", N, "கோமதி ஸ்டோர்ஸ்ல Orunda வந்துடுச்சு", profile="Sankarankovil")
m("en", "neg-other", N, "Kali puja sweets with Velkrisa biscuits, perfect", profile="Egra")

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
PREFIX = os.environ.get("SET_PREFIX", "c20f")
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
