# Writes the "place14-check" labelled set (session 14): NEW sentences of the classes that session 14's place rules
# fix, written after the rules and after place14-probe's errors were read, on other shops, cities and a third brand,
# to tell whether the rules generalise: city short forms in the text and in profiles (CBE, EKM, Zambo, Dgte, BZA,
# Dasma, TCR, CLT, VSKP), a plural shop word ending a shop's name with the device near it and a word for
# "here" in several languages (and "stores" as an area, which must stay one), "this shop" in romanised Tamil with the
# locative glued, a shop name and a locality that fit one outlet against a profile city with a locality of that name.
# Usage: python3 build_place14_check_set.py stream-processor/src/test/resources/labelled/place14-check
import json, os, sys
OUT = sys.argv[1]
SHOPS = [
 ("CBE-1", "Velan Stores", "Gandhipuram", "Coimbatore", "India", 11.0168, 76.9668),
 ("CBE-2", "Velan Stores", "Peelamedu", "Coimbatore", "India", 11.0300, 77.0200),
 ("KOC-1", "Velan Stores", "Kaloor", "Kochi", "India", 9.9980, 76.2920),
 ("KOC-2", "Mary Matha Stores", "Edappally", "Kochi", "India", 10.0260, 76.3080),
 ("TCR-1", "Mary Matha Stores", "Poothole", "Thrissur", "India", 10.5200, 76.2050),
 ("CLT-1", "Mary Matha Stores", "Nadakkavu", "Kozhikode", "India", 11.2700, 75.7800),
 ("BZA-1", "Kanaka Durga Stores", "Benz Circle", "Vijayawada", "India", 16.4990, 80.6560),
 ("VSK-1", "Kanaka Durga Stores", "Seethammadhara", "Visakhapatnam", "India", 17.7430, 83.3150),
 ("ZAM-1", "Tia Carmen Store", "Tetuan", "Zamboanga City", "Philippines", 6.9150, 122.0850),
 ("DGT-1", "Tia Carmen Store", "Piapi", "Dumaguete", "Philippines", 9.3050, 123.3050),
 ("DAS-1", "Tia Carmen Store", "Salitran", "Dasmarinas", "Philippines", 14.3300, 120.9400),
 ("DVO-1", "Mang Berto Store", "Poblacion", "Davao City", "Philippines", 7.0700, 125.6100),
 ("DGT-2", "Lucena Grocery", "Poblacion", "Dumaguete", "Philippines", 9.3100, 123.3080),
 ("DAS-2", "Mang Berto Store", "Burol", "Dasmarinas", "Philippines", 14.3200, 120.9500),
]
O = {s[0]: s for s in SHOPS}
def near(oid, metres):
    return {"lat": round(O[oid][5] + metres / 111000, 6), "lon": O[oid][6]}
M = []
def m(lang, cat, so, text, outlet=None, city=None, profile=None, geo=None):
    M.append((lang, cat, so, text, outlet, city, profile, geo))
m("en", "city-short", True, "Velan Stores CBE out of Sorvani", None, "Coimbatore")
m("ta", "city-short", True, "CBE Velan Stores la Sorvani illa", None, "Coimbatore")
m("en", "city-short", True, "No Sorvani at Velan Stores EKM", "KOC-1")
m("ml", "city-short", True, "EKM Velan Stores il Sorvani illa", "KOC-1")
m("en", "city-short", True, "Mary Matha Stores TCR has no Sorvani", "TCR-1")
m("ml", "city-short", True, "Mary Matha Stores CLT il Sorvani kittiyilla", "CLT-1")
m("en", "city-short", True, "Kanaka Durga Stores BZA no Sorvani", "BZA-1")
m("te", "city-short", True, "VSKP Kanaka Durga Stores lo Sorvani ledu", "VSK-1")
m("ceb", "city-short", True, "Walay Sorvani sa Tia Carmen Store sa Zambo", "ZAM-1")
m("ceb", "city-short", True, "Wala nay Sorvani sa Tia Carmen Store Dgte", "DGT-1")
m("tl", "city-short", True, "Wala nang Sorvani sa Tia Carmen Store Dasma", "DAS-1")
m("en", "profile-short", True, "Tia Carmen Store has no Sorvani", "ZAM-1", profile="Zambo 🌸")
m("en", "profile-short", True, "Velan Stores out of Sorvani", None, "Kochi", profile="EKM | Kerala")
m("ceb", "profile-short", True, "Walay Sorvani sa Tia Carmen Store", "DGT-1", profile="dgte")
m("tl", "profile-short", True, "Ubos na Sorvani sa Mang Berto Store", "DAS-2", profile="Dasma, Cavite")
m("en", "profile-short", True, "Kanaka Durga Stores no Sorvani", "BZA-1", profile="BZA")
m("en", "profile-short", True, "Mary Matha Stores out of Sorvani", "CLT-1", profile="CLT ✈️ Dubai")
m("en", "name-stores-here", True, "Velan Stores here has no Sorvani", "CBE-2", geo="CBE-2:30")
m("ta", "name-stores-here", True, "Velan Stores inga Sorvani illa", "CBE-1", geo="CBE-1:20")
m("ml", "name-stores-here", True, "ivide Mary Matha Stores il Sorvani illa", "KOC-2", geo="KOC-2:35")
m("te", "name-stores-here", True, "ikkada Kanaka Durga Stores lo Sorvani ledu", "VSK-1", geo="VSK-1:25")
m("en", "name-stores-here", True, "at this Velan Stores, no Sorvani", "CBE-1", geo="CBE-1:40")
m("en", "stores-area", True, "checked the stores around here, no Sorvani", None, "Coimbatore", geo="CBE-1:30")
m("en", "stores-area", True, "no Sorvani in any of the shops here", None, "Coimbatore", geo="CBE-2:30")
m("ta", "ta-this-shop", True, "indha kadaila Sorvani illa", "CBE-2", geo="CBE-2:20")
m("ta", "ta-this-shop", True, "intha kadaiyil Sorvani kidaikala", "CBE-1", geo="CBE-1:30")
m("ta", "ta-this-shop", True, "Sorvani indha shopla illa", "KOC-1", geo="KOC-1:25")
m("ceb", "name-locality-over-profile", True, "Walay Sorvani sa Lucena Grocery Poblacion", "DGT-2", profile="Davao City")
m("en", "name-locality-over-profile", True, "Mang Berto Store Poblacion out of Sorvani", "DVO-1", profile="Dumaguete")
m("en", "neg", False, "Velan Stores CBE has Sorvani again")
m("en", "neg", False, "Is there Sorvani at Tia Carmen Store Zambo?")
m("ta", "neg", False, "indha kadaila Sorvani irukku", geo="CBE-2:20")
m("en", "neg", False, "Velan Stores here has plenty of Sorvani", geo="CBE-2:30")
m("ceb", "neg", False, "Naa nay Sorvani sa Lucena Grocery Poblacion", profile="Davao City")
m("en", "neg", False, "EKM traffic is terrible, Sorvani saves me")
m("en", "neg", False, "Mary Matha Stores TCR might run out of Sorvani next week")
CATALOG = {"brands": [{"brand": "Sorvani", "aliases": ["sorvani"], "category_words": ["drink"],
  "products": [{"sku": "SRV-LIM-300", "name": "Sorvani Lime 300 ml", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, city, country, lat, lon in SHOPS:
        f.write("%s,%s,\"%s, %s\",%s,%s,,%s,%.5f,%.5f\n" % (oid, name, loc, city, loc, city, country, lat, lon))
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (lang, cat, so, text, outlet, city, profile, geo) in enumerate(M):
        mid = "p14c-%02d" % i
        g = near(*geo.split(":")[:1], int(geo.split(":")[1])) if geo else None
        fm.write(json.dumps({"id": mid, "source": "x", "created_at": "2026-12-0%dT08:%02d:00Z" % (1 + i % 5, i),
                             "author": {"id": "u-p14c%02d" % i, "handle": "c%02d" % i, "display_name": None,
                                        "location": profile, "followers": 5}, "text": text, "lang": None, "geo": g,
                             "is_repost": False}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=O[outlet][3], locality=O[outlet][2])
            else:
                lab.update(city=city)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions")
