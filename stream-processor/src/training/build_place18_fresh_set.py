# Writes the "place18-fresh" labelled set: new posts written after session 18's rules on which outlet and when to name
# none (see build_place18_probe_set.py for the rule the labels follow), in other towns (Begusarai, Hazaribagh,
# Bhimavaram, Mahbubnagar, Isulan, Nabunturan) and with another brand (Drushka, a snack), to check that the rules
# hold on sentences they were not made from. Not a held-out figure: written by the same hand as the rules.
# Usage: python3 build_place18_fresh_set.py stream-processor/src/test/resources/labelled/place18-fresh
import json, os, sys
OUT = sys.argv[1]
C = {
 "BGS": ("Begusarai", "Bihar", "India", "851101"),
 "HZB": ("Hazaribagh", "Jharkhand", "India", "825301"),
 "BMV": ("Bhimavaram", "Andhra Pradesh", "India", "534201"),
 "MBN": ("Mahbubnagar", "Telangana", "India", "509001"),
 "ISL": ("Isulan", "Sultan Kudarat", "Philippines", None),
 "NAB": ("Nabunturan", "Davao de Oro", "Philippines", None),
}
SHOPS = [
 ("BGS-01", "Ram Janki Kirana Store", "Main Road", 25.41900, 86.13400),
 ("BGS-02", "Janki Medical Hall", "Kachahari Road", 25.42300, 86.12800),
 ("BGS-03", "Singh Provision Store", "Vishnupur", 25.41200, 86.14000),
 ("BGS-04", "Singh Provision Store", "Lohiyanagar", 25.42800, 86.14500),
 ("BGS-05", "Annapurna Sweets", "Main Road", 25.41930, 86.13430),
 ("HZB-01", "Oraon General Store", "Korrah", 23.99500, 85.36000),
 ("HZB-02", "Lakshmi Bhandar", "Matwari", 23.98800, 85.35500),
 ("HZB-03", "Lakshmi Medicals", "Matwari", 23.98830, 85.35530),
 ("HZB-04", "Jharkhand Super Market", "Indrapuri", 24.00100, 85.37000),
 ("HZB-05", "Bose Dairy", "Korrah", 23.99600, 85.36100),
 ("BMV-01", "Sri Lakshmi Ganapathi Stores", "Gunupudi", 16.54200, 81.52500),
 ("BMV-02", "Ganapathi Medicals", "JP Road", 16.53800, 81.52000),
 ("BMV-03", "Vasavi Kirana", "Gunupudi", 16.54230, 81.52530),
 ("BMV-04", "Godavari Traders", "Undi Road", 16.54800, 81.53000),
 ("MBN-01", "Mahalakshmi Kirana", "New Town", 16.74500, 77.98500),
 ("MBN-02", "Mahalakshmi Kirana", "Padmavathi Colony", 16.73500, 77.99500),
 ("MBN-03", "Palamuru Bakery", "New Town", 16.74530, 77.98530),
 ("ISL-01", "Manang Luz Sari-Sari Store", "Kalawag", 6.63000, 124.60500),
 ("ISL-02", "Luz Pharmacy", "Kalawag", 6.63040, 124.60530),
 ("ISL-03", "Kudarat Minimart", "Bambad", 6.62000, 124.61500),
 ("NAB-01", "Tatay Oca Store", "Poblacion", 7.60800, 125.96600),
 ("NAB-02", "Compostela Valley Grocery", "Poblacion", 7.60850, 125.96650),
 ("NAB-03", "Oca Bakeshop", "Magsaysay", 7.62000, 125.97500),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, loc, geo))
def near(oid, dn, de=0.0):
    _, _, _, lat, lon = O[oid]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# one outlet identified
m("hi", "unique-name", R, "Ram Janki Kirana Begusarai me Drushka nahi hai", "BGS-01")
m("en", "unique-name", R, "Janki Medical Hall begusarai out of Drushka", "BGS-02")
m("hi", "name-locality", R, "Singh Provision Store Vishnupur me Drushka khatam", "BGS-03")
m("en", "unique-name", R, "No Drushka at Oraon General Store hazaribagh", "HZB-01")
m("bn", "unique-name", R, "Jharkhand Super Market e Drushka nei", "HZB-04")
m("hi", "unique-name", R, "Bose Dairy Korrah me Drushka nahi mila", "HZB-05")
m("te", "unique-name", R, "Vasavi Kirana Bhimavaram lo Drushka ledu", "BMV-03")
m("te", "unique-name", R, "Godavari Traders lo Drushka dorakadam ledu", "BMV-04")
m("te", "name-locality", R, "Mahalakshmi Kirana Padmavathi Colony lo Drushka ledu", "MBN-02")
m("en", "unique-name", R, "Palamuru Bakery mahbubnagar no Drushka", "MBN-03")
m("hil", "unique-name", R, "Wala na sing Drushka sa Kudarat Minimart", "ISL-03")
m("ceb", "written-otherwise", R, "Walay Drushka sa tindahan ni Tatay Oca Nabunturan", "NAB-01")
m("ceb", "unique-name", R, "Wala nay Drushka sa Oca Bakeshop", "NAB-03")
m("tl", "written-otherwise", R, "Ubos na ang Drushka sa tindahan ni Manang Luz sa Isulan", "ISL-01")
m("en", "unique-name", R, "Lakshmi Medicals hazaribagh has no Drushka", "HZB-03")
m("hi", "device-one", R, "Is dukan me Drushka nahi hai", "BMV-04", geo=near("BMV-04", 20))
m("ceb", "device-one", R, "Walay Drushka diri", "NAB-03", geo=near("NAB-03", -15, 10))
# no outlet: kind of shop, locality, shared word, two candidates, device near two
m("hi", "kind-only", R, "Main Road ki mithai dukan me Drushka nahi", None, "Begusarai", "Main Road")
m("en", "kind-only", R, "the sweets shop on Main Road begusarai has no Drushka", None, "Begusarai", "Main Road")
m("en", "kind-only", R, "the dairy in Korrah is out of Drushka", None, "Hazaribagh", "Korrah")
m("te", "kind-only", R, "Gunupudi kirana lo Drushka ledu", None, "Bhimavaram", "Gunupudi")
m("te", "kind-only", R, "New Town bakery lo Drushka ledu", None, "Mahbubnagar", "New Town")
m("tl", "kind-only", R, "Wala nang Drushka sa pharmacy sa Kalawag", None, "Isulan", "Kalawag")
m("ceb", "kind-only", R, "Walay Drushka sa bakeshop sa Magsaysay", None, "Nabunturan", "Magsaysay")
m("en", "kind-only", R, "Hazaribagh medical store out of Drushka", None, "Hazaribagh")
m("te", "kind-only", R, "Bhimavaram medical shop lo Drushka ledu", None, "Bhimavaram")
m("hi", "locality-only", R, "Lohiyanagar me kahin Drushka nahi", None, "Begusarai", "Lohiyanagar")
m("te", "locality-only", R, "JP Road lo ekkada Drushka ledu", None, "Bhimavaram", "JP Road")
m("ceb", "locality-only", R, "Walay Drushka sa Bambad", None, "Isulan", "Bambad")
m("en", "shared-word", R, "no Drushka at Lakshmi in hazaribagh", None, "Hazaribagh")
m("te", "shared-word", R, "Ganapathi lo Drushka ledu, Bhimavaram", None, "Bhimavaram")
m("ceb", "shared-word", R, "Walay Drushka kang Oca sa Nabunturan", None, "Nabunturan")
m("tl", "shared-word", R, "Wala nang Drushka sa Luz Isulan", None, "Isulan")
m("hi", "shared-word", R, "Janki ke yahan Drushka nahi hai Begusarai", None, "Begusarai")
m("hi", "two-candidates", R, "Singh Provision Store Begusarai me Drushka nahi", None, "Begusarai")
m("te", "two-candidates", R, "Mahalakshmi Kirana Mahbubnagar lo Drushka ledu", None, "Mahbubnagar")
m("en", "device-two", R, "no Drushka here", None, "Begusarai", "Main Road", geo=near("BGS-01", 10))
m("hi", "device-two", R, "Yahan Drushka nahi hai", None, "Hazaribagh", "Matwari", geo=near("HZB-02", 12))
m("te", "device-two", R, "Ee shop lo Drushka ledu", None, "Bhimavaram", "Gunupudi", geo=near("BMV-01", 10))
m("ceb", "device-two", R, "Walay Drushka diri", None, "Nabunturan", "Poblacion", geo=near("NAB-01", 25, 25))
# non-reports
m("en", "neg-found", N, "got Drushka at the dairy in Korrah")
m("hi", "neg-found", N, "Lakshmi Bhandar me Drushka mil gaya")
m("te", "neg-question", N, "Vasavi Kirana lo Drushka undha?")
m("ceb", "neg-found", N, "Naa nay Drushka sa Oca Bakeshop")
m("tl", "neg-question", N, "May Drushka ba sa pharmacy sa Kalawag?")
m("en", "neg-found", N, "Drushka back in stock here", geo=near("BGS-01", 10))
m("hi", "neg-other-brand", N, "Singh Provision Store me Kurkure khatam, Drushka hai")
m("en", "neg-irrealis", N, "Godavari Traders may run out of Drushka by Friday")

CATALOG = {"brands": [{"brand": "Drushka", "aliases": ["drushka", "#drushka"], "category_words": ["namkeen", "chips"],
  "products": [{"sku": "DRS-SLT-50", "name": "Drushka Salted 50 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, city, loc, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "f18-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": "x", "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-f18%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": None, "followers": 11 + i},
                             "text": text, "lang": None, "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": False}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if not x[4]), "without outlet,", len(count), "languages")
