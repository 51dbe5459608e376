# Writes the "city19-fresh" labelled set (session 19: which city), written after the session's rules changed, to see
# whether they hold on new posts: other towns (Bijnor, Basti, Deoria, Vapi, Karad, Danao, Masbate in the registry;
# Budaun, Orai, Unnao, Dewas and Malolos named in posts), the same label rules and brands as city19-probe
# (build_city19_probe_set.py). Written from the writer's knowledge of how people write, not from the rules; run once.
# Usage: SET_PREFIX=c19f python3 build_city19_fresh_set.py stream-processor/src/test/resources/labelled/city19-fresh
import json, os, sys
OUT = sys.argv[1]
C = {
 "BJN": ("Bijnor", "Uttar Pradesh", "India", "246701"),
 "BST": ("Basti", "Uttar Pradesh", "India", "272001"),
 "DEO": ("Deoria", "Uttar Pradesh", "India", "274001"),
 "VAP": ("Vapi", "Gujarat", "India", "396191"),
 "KRD": ("Karad", "Maharashtra", "India", "415110"),
 "DAN": ("Danao", "Cebu", "Philippines", None),
 "MSB": ("Masbate", "Masbate", "Philippines", None),
}
SHOPS = [
 ("BJN-01", "Rastogi General Store", "Civil Lines", 29.37200, 78.13600),
 ("BJN-02", "Chaudhary Kirana", "Jhalu Road", 29.36500, 78.14800),
 ("BST-01", "Pandey Provision Store", "Civil Lines", 26.80000, 82.73500),
 ("BST-02", "Gandhi Nagar Kirana", "Gandhi Nagar", 26.79200, 82.72800),
 ("DEO-01", "Shukla Stores", "Malviya Road", 26.50300, 83.78000),
 ("DEO-02", "Tiwari Kirana Bhandar", "Raghav Nagar", 26.51200, 83.77200),
 ("VAP-01", "Shree Khodiyar Stores", "Chala", 20.37500, 72.90800),
 ("VAP-02", "Navkar Provision", "GIDC", 20.36200, 72.92500),
 ("KRD-01", "Krishna Kirana", "Shaniwar Peth", 17.28600, 74.18300),
 ("KRD-02", "Sahyadri Super Market", "Malkapur", 17.26900, 74.17200),
 ("DAN-01", "Inday Store", "Poblacion", 10.52100, 124.02700),
 ("DAN-02", "Sabang Minimart", "Sabang", 10.53000, 124.02000),
 ("MSB-01", "Tiya Nene Store", "Poblacion", 12.37000, 123.62000),
 ("MSB-02", "Ibingay Grocery", "Ibingay", 12.36000, 123.63000),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, loc, profile, geo))

m("en", "profile-only", R, "Tovrika gone from every shop around here", city="Bijnor", profile="Bijnor, UP 🇮🇳")
m("hi", "profile-only", R, "Zelmani ka stock khatam hai sab jagah", city="Deoria", profile="देवरिया")
m("gu", "profile-only", R, "Tovrika kyay nathi malti", city="Vapi", profile="Vapi | Valsad dist")
m("mr", "profile-only", R, "Zelmani kuthech nahi milat", city="Karad", profile="कराड, सातारा")
m("ceb", "profile-only", R, "Walay Tovrika sa tanang tindahan", city="Danao", profile="Danao City, Cebu")
m("tl", "profile-only", R, "Wala nang Zelmani kahit saan", city="Masbate", profile="Masbate City 🌊")
m("en", "profile-two", R, "no Tovrika anywhere near home", city="Vapi", profile="Surat → Vapi")
m("en", "profile-two", R, "Zelmani sold out again", city="Karad", profile="Pune -> Karad")
m("hi", "profile-two", R, "Tovrika khatam ho gaya", city="Basti", profile="Lucknow ➡️ Basti")
m("hi", "profile-shape", R, "Zelmani nahi mil raha", city="Basti", profile="Basti (U.P.)")
m("en", "profile-none", R, "Tovrika out of stock", profile="Uttar Pradesh")
m("en", "locality-vs-profile", R, "Jhalu Road shops have no Zelmani", city="Bijnor", loc="Jhalu Road", profile="Deoria")
m("hi", "locality-vs-profile", R, "Raghav Nagar me Tovrika khatam", city="Deoria", loc="Raghav Nagar", profile="Bijnor")
m("gu", "locality-vs-profile", R, "Chala ma Zelmani nathi", city="Vapi", loc="Chala", profile="Karad")
m("mr", "locality-vs-profile", R, "Shaniwar Peth madhe Tovrika nahi", city="Karad", loc="Shaniwar Peth", profile="Vapi")
m("ceb", "locality-vs-profile", R, "Walay Zelmani sa Sabang karon", city="Danao", loc="Sabang", profile="Masbate")
m("tl", "locality-vs-profile", R, "Wala nang Tovrika sa Ibingay", city="Masbate", loc="Ibingay", profile="Danao City")
m("hi", "case-ending", R, "बिजनौर में Zelmani कहीं नहीं", city="Bijnor", profile="Deoria")
m("hi", "case-ending", R, "देवरिया में Tovrika खत्म", city="Deoria", profile="Basti")
m("gu", "case-ending", R, "વાપીમાં Zelmani મળતું નથી", city="Vapi", profile="Karad")
m("mr", "case-ending", R, "कराडमध्ये Tovrika मिळत नाही", city="Karad", profile="Vapi")
m("mr", "case-ending", R, "Karadla Zelmani nahi milala", city="Karad", profile="Bijnor")
m("hi", "postposition", R, "Budaun me Tovrika kahin nahi hai", city="Budaun", profile="Bijnor")
m("hi", "postposition", R, "Orai mai Zelmani khatam ho gaya", city="Orai", profile="Deoria")
m("hi", "postposition", R, "Unnao me ek bhi dukan pe Tovrika nahi", city="Unnao", profile="Basti")
m("tl", "postposition", R, "Dito sa Malolos wala nang Zelmani", city="Malolos", profile="Masbate")
m("hi", "person-word", R, "Deoria bhaiya ki dukaan pe Zelmani nahi", city="Bijnor", profile="Bijnor")
m("hi", "person-word", R, "Basti chacha bole Tovrika khatam hai yahan", city="Deoria", profile="Deoria")
m("hi", "stray-town", R, "Dewas se aaye, yahan Tovrika nahi mila", city="Basti", profile="Basti")
m("en", "stray-town", R, "Like in Unnao, no Zelmani here either", city="Deoria", profile="Deoria")
m("ceb", "stray-town", R, "Gikan ko Malolos, diri walay Tovrika", city="Danao", profile="Danao")
m("hi", "everyday-word", R, "hamari basti me Zelmani khatam ho gaya", city="Deoria", profile="Deoria")
m("en", "everyday-word", R, "Basti wale Pandey ji ke yahan Tovrika nahi", city="Bijnor", profile="Bijnor")
m("en", "shop-vs-profile", R, "No Tovrika at Rastogi General Store", "BJN-01", profile="Basti")
m("hi", "shop-vs-profile", R, "Tiwari Kirana Bhandar me Zelmani nahi", "DEO-02", profile="Vapi")
m("ceb", "shop-vs-profile", R, "Walay Zelmani sa Inday Store", "DAN-01", profile="Masbate City")
m("tl", "shop-vs-profile", R, "Wala nang Tovrika sa Tiya Nene Store", "MSB-01", profile="Danao")
m("hi", "shared-locality", R, "Civil Lines me Tovrika nahi mil raha", city="Basti", loc="Civil Lines", profile="Basti, UP")
m("ceb", "shared-locality", R, "Walay Zelmani sa Poblacion", city="Danao", loc="Poblacion", profile="Danao City")
m("te", "postposition", R, "Vapi lo ekkada Tovrika ledu", city="Vapi", profile="Karad")
m("kn", "case-ending", R, "Karadinalli Zelmani sigtilla", city="Karad", profile="Vapi")
m("en", "neg-found", N, "Zelmani back at Shukla Stores Deoria", profile="Deoria")
m("hi", "neg-question", N, "Budaun me Tovrika kahan milega?", profile="Bijnor")
m("tl", "neg-found", N, "May Zelmani na ulit dito sa Masbate", profile="Masbate")
m("mr", "neg-found", N, "Karad madhe Tovrika parat aala", profile="Karad")

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
