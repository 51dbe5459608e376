#!/usr/bin/env python3
"""Builds labelled/lang20-probe (session 20, languages): reports and hard negatives in the languages whose reports
the held-out sets still miss most: Bikol, Urdu (Perso-Arabic script and romanised), Kapampangan, Assamese (script and
romanised), Punjabi (Gurmukhi and romanised), Pangasinan, romanised Malayalam, romanised Bengali. Reports: plain,
request, compact, chronic, here/this shop, contrast; hard negatives: found, has it, past, future, question, another
product out, denial, praise. Written by the helper from the grammar of each language, not from any labelled set.
Invented brands: Tomkara (noodles), Velinto (biscuits), Nuvanta (tea); untracked products named in negatives are
generic (sugar, oil, soap).
Usage: build.py OUTDIR [fresh]"""
import json, csv, os, sys
out = sys.argv[1]
FRESH = len(sys.argv) > 2 and sys.argv[2] == "fresh"
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Tomkara", "aliases": ["tomkara", "#tomkara", "ٹومکارا", "ਟੋਮਕਾਰਾ", "টমকাৰা", "টমকারা"],
  "category_words": ["noodles", "noodle"],
  "products": [{"sku": "TMK-MSL-70", "name": "Tomkara Masala Noodles 70 g", "aliases": []},
               {"sku": "TMK-ATA-280", "name": "Tomkara Atta Noodles 280 g", "aliases": []}]},
 {"brand": "Velinto", "aliases": ["velinto", "#velinto", "ویلنٹو", "ਵੇਲਿੰਟੋ", "ভেলিন্টো"],
  "category_words": ["biscuit", "biscuits"],
  "products": [{"sku": "VLN-CRM-100", "name": "Velinto Cream Biscuits 100 g", "aliases": []},
               {"sku": "VLN-GLU-200", "name": "Velinto Glucose Biscuits 200 g", "aliases": []}]},
 {"brand": "Nuvanta", "aliases": ["nuvanta", "#nuvanta", "نووانتا", "ਨੁਵਾਂਤਾ", "নুভান্তা"],
  "category_words": ["tea", "chai"],
  "products": [{"sku": "NVT-TEA-250", "name": "Nuvanta Tea 250 g", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("VRC-1", "Sanchez Mini Mart", "San Isidro Village, Virac", "San Isidro Village", "Virac", "Catanduanes", "Philippines", 13.5830, 124.2330),
 ("NBU-1", "Manay Cely Store", "San Miguel, Nabua", "San Miguel", "Nabua", "Camarines Sur", "Philippines", 13.4080, 123.3740),
 ("PRC-1", "Dizon Variety Store", "Cangatba, Porac", "Cangatba", "Porac", "Pampanga", "Philippines", 15.0720, 120.5420),
 ("LBO-1", "Manalo Sari-Sari Store", "San Nicolas, Lubao", "San Nicolas", "Lubao", "Pampanga", "Philippines", 14.9390, 120.6010),
 ("ARY-1", "Tiangco Grocery", "Cacutud, Arayat", "Cacutud", "Arayat", "Pampanga", "Philippines", 15.1500, 120.7690),
 ("LNG-1", "Aquino Store", "Poblacion, Lingayen", "Poblacion", "Lingayen", "Pangasinan", "Philippines", 16.0210, 120.2310),
 ("BYB-1", "Ramos Sari-Sari Store", "Zone II, Bayambang", "Zone II", "Bayambang", "Pangasinan", "Philippines", 15.8110, 120.4560),
 ("RSL-1", "Fernandez Mini Grocery", "Carmen East, Rosales", "Carmen East", "Rosales", "Pangasinan", "Philippines", 15.8940, 120.6330),
 ("AMR-1", "Siddiqui Kiryana Store", "Mohalla Kot, Amroha", "Mohalla Kot", "Amroha", "Uttar Pradesh", "India", 28.9040, 78.4670),
 ("NJB-1", "Ansari General Store", "Jabta Ganj, Najibabad", "Jabta Ganj", "Najibabad", "Uttar Pradesh", "India", 29.6120, 78.3430),
 ("KRN-1", "Rahmat Store", "Chowk Bazar, Kairana", "Chowk Bazar", "Kairana", "Uttar Pradesh", "India", 29.3940, 77.2050),
 ("KKJ-1", "Basumatary Store", "Station Road, Kokrajhar", "Station Road", "Kokrajhar", "Assam", "India", 26.4010, 90.2710),
 ("HJI-1", "Nath Bhandar", "Lanka Road, Hojai", "Lanka Road", "Hojai", "Assam", "India", 26.0030, 92.8560),
 ("ABH-1", "Garg Karyana Store", "Circular Road, Abohar", "Circular Road", "Abohar", "Punjab", "India", 30.1450, 74.1990),
 ("MKS-1", "Brar General Store", "Kotkapura Road, Muktsar", "Kotkapura Road", "Muktsar", "Punjab", "India", 30.4740, 74.5160),
 ("CGN-1", "Mathew Stores", "Puliyoor, Chengannur", "Puliyoor", "Chengannur", "Kerala", "India", 9.3180, 76.6110),
 ("RNG-1", "Ghosh Bhandar", "Station Para, Ranaghat", "Station Para", "Ranaghat", "West Bengal", "India", 23.1770, 88.5680),
]
R = []
def r(cat, lang, text, oid=None, city=None, sku=None):
    R.append((text, True, sku, oid, city, lang, cat))
def n(cat, lang, text):
    R.append((text, False, None, None, None, lang, cat))
CITY = {o[0]: o[4] for o in O}
M70, A280, CRM, GLU, TEA = "TMK-MSL-70", "TMK-ATA-280", "VLN-CRM-100", "VLN-GLU-200", "NVT-TEA-250"
here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(here, "fresh.py" if FRESH else "probe.py"), encoding="utf-8").read())

prefix = "l20f" if FRESH else "l20"
mk = []; lb = []
for i, (text, so, sku, oid, city, lang, cat) in enumerate(R, 1):
    mid = f"{prefix}-{i:03d}"
    mk.append({"id": mid, "source": ["x", "mastodon", "bluesky", "sms", "whatsapp"][i % 5],
               "created_at": f"2026-12-{1 + i % 6:02d}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
               "author": {"id": f"u-{prefix}{i:03d}", "handle": f"{prefix}user{i:03d}", "display_name": None,
                          "location": None, "followers": 3 + i % 40},
               "text": text, "lang": None, "geo": None, "is_repost": False})
    city = city or (CITY[oid] if oid else None)
    loc = next(o[3] for o in O if o[0] == oid) if oid else None
    lb.append({"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": oid if so else None,
               "city": city if so else None, "locality": loc if so else None, "category": cat, "lang": lang})
with open(os.path.join(out, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(catalog, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(out, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in O: w.writerow(o)
for name, rows in (("mentions.jsonl", mk), ("labels.jsonl", lb)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
rep = sum(1 for x in R if x[1])
from collections import Counter
c = Counter(x[5] for x in R); cr = Counter(x[5] for x in R if x[1])
print(len(R), "mentions,", rep, "reports,", len(R) - rep, "non-reports;", " ".join(f"{k}:{v}/{cr[k]}" for k, v in sorted(c.items())))
