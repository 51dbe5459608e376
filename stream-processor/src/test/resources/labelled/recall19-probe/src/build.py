#!/usr/bin/env python3
"""Builds labelled/recall19-probe (session 19, recall): true reports of the classes the held-out sets still miss
(long posts with a story before the report, misspelt brands with a predicate and a shop, requests in each language,
compact forms, contrast between shops, chronic absences, reports whose city is only in the author's profile) and hard
negatives that look like them (a long post praising it, a request for another product, a past shortage now over, a
look-alike brand, a future or habitual positive). Written by the helper, not from any labelled set.
Invented brands: Tovanzi (cola 300 ml / 600 ml, jeera soda 300 ml) and Krumbel (rusk: elaichi 200 g, suji 300 g);
untracked look-alikes named in negatives: Tovanza (soap), Krumbello (cake).
Usage: build.py OUTDIR [fresh]"""
import json, csv, os, sys
out = sys.argv[1]
FRESH = len(sys.argv) > 2 and sys.argv[2] == "fresh"
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Tovanzi", "aliases": ["tovanzi", "#tovanzi", "टोवांज़ी"], "category_words": ["cola", "soda", "cold drink"],
  "products": [{"sku": "TVZ-COLA-300", "name": "Tovanzi Cola 300 ml", "aliases": []},
               {"sku": "TVZ-COLA-600", "name": "Tovanzi Cola 600 ml", "aliases": []},
               {"sku": "TVZ-JRA-300", "name": "Tovanzi Jeera Soda 300 ml", "aliases": []}]},
 {"brand": "Krumbel", "aliases": ["krumbel", "#krumbel", "क्रम्बेल"], "category_words": ["rusk", "toast"],
  "products": [{"sku": "KRB-ELC-200", "name": "Krumbel Elaichi 200 g", "aliases": []},
               {"sku": "KRB-SUJ-300", "name": "Krumbel Suji 300 g", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("VDS-1", "Jain Kirana Bhandar", "Madhav Ganj, Vidisha", "Madhav Ganj", "Vidisha", "Madhya Pradesh", "India", 23.5250, 77.8080),
 ("VDS-2", "Shivam General Store", "Sherpura, Vidisha", "Sherpura", "Vidisha", "Madhya Pradesh", "India", 23.5310, 77.8150),
 ("DBD-1", "Qasmi General Store", "Mohalla Khanqah, Deoband", "Mohalla Khanqah", "Deoband", "Uttar Pradesh", "India", 29.6930, 77.6780),
 ("KNG-1", "Maa Kali Bhandar", "Patra Bazar, Krishnanagar", "Patra Bazar", "Krishnanagar", "West Bengal", "India", 23.4030, 88.5020),
 ("BTD-1", "Khodiyar Provision", "Paliyad Road, Botad", "Paliyad Road", "Botad", "Gujarat", "India", 22.1700, 71.6660),
 ("TTN-1", "Sandhu Karyana Store", "Chowk Bazar, Tarn Taran", "Chowk Bazar", "Tarn Taran", "Punjab", "India", 31.4520, 74.9270),
 ("PDR-1", "Vitthal Kirana", "Navi Peth, Pandharpur", "Navi Peth", "Pandharpur", "Maharashtra", "India", 17.6780, 75.3290),
 ("MYD-1", "Sri Abirami Stores", "Kamarajar Salai, Mayiladuthurai", "Kamarajar Salai", "Mayiladuthurai", "Tamil Nadu", "India", 11.1030, 79.6550),
 ("BDV-1", "Sri Renuka Provision Stores", "New Town, Bhadravati", "New Town", "Bhadravati", "Karnataka", "India", 13.8400, 75.7030),
 ("TVL-1", "St Thomas Stores", "Kavumbhagom, Tiruvalla", "Kavumbhagom", "Tiruvalla", "Kerala", "India", 9.3830, 76.5740),
 ("GDV-1", "Sri Durga Kirana", "Eluru Road, Gudivada", "Eluru Road", "Gudivada", "Andhra Pradesh", "India", 16.4350, 80.9950),
 ("TLC-1", "Maa Hingula Stores", "Hatatota, Talcher", "Hatatota", "Talcher", "Odisha", "India", 20.9500, 85.2330),
 ("MSB-1", "Tindahan ni Mang Oscar", "Ibingay, Masbate", "Ibingay", "Masbate", "Masbate", "Philippines", 12.3700, 123.6190),
 ("MSB-2", "Bituin Mini Mart", "Tugbo, Masbate", "Tugbo", "Masbate", "Masbate", "Philippines", 12.3610, 123.6260),
 ("CRC-1", "Tata Dodong Store", "Valladolid, Carcar", "Valladolid", "Carcar", "Cebu", "Philippines", 10.1060, 123.6400),
]
R = []
def r(cat, lang, text, oid=None, city=None, sku=None, prof=None):
    R.append((text, True, sku, oid, city, lang, cat, prof))
def n(cat, lang, text, prof=None):
    R.append((text, False, None, None, None, lang, cat, prof))
VD, DB, KN, BT, TT, PD, MY, BD, TV, GD, TL, MS, CR = ("Vidisha", "Deoband", "Krishnanagar", "Botad", "Tarn Taran",
  "Pandharpur", "Mayiladuthurai", "Bhadravati", "Tiruvalla", "Gudivada", "Talcher", "Masbate", "Carcar")
C3, C6, J3, E2, S3 = "TVZ-COLA-300", "TVZ-COLA-600", "TVZ-JRA-300", "KRB-ELC-200", "KRB-SUJ-300"
here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(here, "fresh.py" if FRESH else "probe.py"), encoding="utf-8").read())

prefix = "r19f" if FRESH else "r19"
mk = []; lb = []
for i, (text, so, sku, oid, city, lang, cat, prof) in enumerate(R, 1):
    mid = f"{prefix}-{i:03d}"
    mk.append({"id": mid, "source": ["x", "mastodon", "bluesky", "sms", "whatsapp"][i % 5],
               "created_at": f"2026-12-{1 + i % 6:02d}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
               "author": {"id": f"u-{prefix}{i:03d}", "handle": f"{prefix}user{i:03d}", "display_name": None,
                          "location": prof, "followers": 3 + i % 40},
               "text": text, "lang": None, "geo": None, "is_repost": False})
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
rep = sum(1 for x in R if x[1]); langs = sorted({x[5].split("-")[0] for x in R})
print(len(R), "mentions,", rep, "reports,", len(R) - rep, "non-reports,", len(langs), "languages:", " ".join(langs))
