# Writes the "place15-check" labelled set (session 15): new sentences written after the session's rules, to check
# that they generalise: shortened names that fit two shops of one city (left open), a name written whole beside a
# longer one, a profile that names a state only (by name or short form) against same-named shops of two states, a
# profile demonym ("Dharmapurian", "Tacurongnon"), a town before a word for shops in general, a generic shop word in
# Tamil script beside a locality of similar consonants, and non-reports in the same places. Other shops, towns
# (Dharmapuri, Nellore, Tacurong, Tanjay, Hospet) and a third brand than place15-probe. Not a held-out set.
# Usage: python3 build_place15_check_set.py stream-processor/src/test/resources/labelled/place15-check
import json, os, sys
OUT = sys.argv[1]
C = {"DPI": ("Dharmapuri", "Tamil Nadu", "India"), "NLR": ("Nellore", "Andhra Pradesh", "India"),
     "TCG": ("Tacurong", "Sultan Kudarat", "Philippines"), "TNJ": ("Tanjay", "Negros Oriental", "Philippines"),
     "HPT": ("Hospet", "Karnataka", "India")}
SHOPS = [
 ("DPI-01", "Selvam Mart", "Nethaji Bypass", 12.1280, 78.1580),
 ("DPI-02", "Selvam Minimart", "Kumarasamypettai", 12.1340, 78.1650),
 ("DPI-03", "Murugan Stores", "Collectorate", 12.1300, 78.1600),
 ("DPI-04", "Thangam Super Market", "Mathikonpalayam", 12.1200, 78.1500),
 ("NLR-01", "Murugan Stores", "Trunk Road", 14.4430, 79.9860),
 ("NLR-02", "Sri Rama General Stores", "Magunta Layout", 14.4500, 79.9900),
 ("NLR-03", "Sri Rama Krishna General Stores", "Balaji Nagar", 14.4400, 79.9800),
 ("TCG-01", "Manang Fe Store", "Poblacion", 6.6920, 124.6760),
 ("TCG-02", "Tacurong Mart", "New Isabela", 6.7000, 124.6800),
 ("TNJ-01", "Manang Fe Store", "Poblacion", 9.5150, 123.1580),
 ("HPT-01", "Murugan Stores", "Station Road", 15.2690, 76.3870),
]
O = {s[0]: s for s in SHOPS}
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, profile=None):
    M.append((lang, cat, so, text, outlet, city, profile))
m("en", "same-words", R, "Selvam Dharmapuri out of Pelmora", None, "Dharmapuri")
m("ta", "same-words", R, "Selvam kadaila Pelmora illa, Dharmapuri", None, "Dharmapuri")
m("en", "same-words", R, "Selvam Minimart Dharmapuri no Pelmora", "DPI-02")
m("en", "same-words", R, "Sri Rama Stores nellore has no Pelmora", None, "Nellore")
m("te", "same-words", R, "Sri Rama Krishna General Stores lo Pelmora ledu", "NLR-03")
m("en", "same-words", R, "Sri Rama General Stores magunta layout out of Pelmora", "NLR-02")
m("en", "profile-state", R, "Murugan Stores has no Pelmora", "DPI-03", None, "Tamil Nadu, India")
m("en", "profile-state", R, "Murugan Stores out of Pelmora", "NLR-01", None, "A.P.")
m("kn", "profile-state", R, "Murugan Stores alli Pelmora illa", "HPT-01", None, "Karnataka 🌄")
m("ceb", "profile-state", R, "Wala nay Pelmora sa Manang Fe Store", "TNJ-01", None, "Negros Oriental")
m("tl", "profile-state", R, "Wala nang Pelmora sa Manang Fe Store", None, None, "Mindanao")
m("en", "profile-demonym", R, "Pelmora gone from every store", None, "Dharmapuri", "Dharmapurian")
m("en", "profile-demonym", R, "Manang Fe Store out of Pelmora", "TCG-01", None, "Tacurongnon 💚")
m("en", "town-shops", R, "Nellore shops have no Pelmora since Friday", None, "Nellore")
m("en", "town-shops", R, "Tacurong stores are out of Pelmora", None, "Tacurong")
m("ta", "script-generic", R, "தங்கம் சூப்பர் மார்க்கெட் ல Pelmora இல்ல", "DPI-04")
m("en", "neg", N, "Selvam Minimart Dharmapuri has plenty of Pelmora")
m("en", "neg", N, "Murugan Stores has Pelmora again", None, None, "A.P.")
m("ceb", "neg", N, "Naa nay Pelmora sa Manang Fe Store", None, None, "Negros Oriental")
m("en", "neg", N, "Nellore shops have Pelmora everywhere now")
m("en", "neg", N, "does Sri Rama Stores nellore have Pelmora?")
m("en", "neg", N, "got Pelmora at Selvam Dharmapuri")
m("en", "neg", N, "RT @nlr: Murugan Stores has no Pelmora", None, None, "A.P.")
m("ta", "neg", N, "தங்கம் சூப்பர் மார்க்கெட் ல Pelmora இருக்கு")
CATALOG = {"brands": [{"brand": "Pelmora", "aliases": ["pelmora", "#pelmora"], "category_words": ["juice"],
  "products": [{"sku": "PLM-ORG-200", "name": "Pelmora Orange 200 ml", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country = C[oid[:3]]
        f.write("%s,%s,\"%s, %s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, loc, city, loc, city, region, country, lat, lon))
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (lang, cat, so, text, outlet, city, profile) in enumerate(M):
        mid = "p15c-%02d" % i
        fm.write(json.dumps({"id": mid, "source": "x", "created_at": "2026-12-07T%02d:%02d:00Z" % (6 + i % 14, i % 60),
                             "author": {"id": "u-p15c%02d" % i, "handle": "user%02d" % i, "display_name": None,
                                        "location": profile, "followers": 5 + i},
                             "text": text, "lang": None, "geo": None, "is_repost": text.startswith("RT @")},
                            ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions")
