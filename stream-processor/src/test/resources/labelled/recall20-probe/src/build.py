#!/usr/bin/env python3
"""Builds labelled/recall20-probe (session 20, recall): true reports of the classes the held-out sets still miss
(English, Hinglish, Taglish and Cebuano above all: compact and headline forms, contrast with the other shop that has
it, long posts whose absence is a description or in a later sentence, sizes written out, misspelt brands, requests,
reports whose city is only in the profile, deictic "here/this shop", native script) and hard negatives that look like
them (a long post praising it, found it at Y, a request for another product, a past shortage now over, "sold out" of
a launch or of tickets, an absence of another thing, the brand's look-alike). Written by the helper, not from any
labelled set. Invented brands: Soltuva (juice: guava 200 ml, guava 1 L, mango 1 L) and Gondhika (tea: masala chai
250 g, gold 500 g, gold 1 kg); untracked look-alikes named in negatives: Soltura (soap), Gondhila (incense).
Usage: build.py OUTDIR [fresh]"""
import json, csv, os, sys
out = sys.argv[1]
FRESH = len(sys.argv) > 2 and sys.argv[2] == "fresh"
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Soltuva", "aliases": ["soltuva", "#soltuva"], "category_words": ["juice", "fruit drink"],
  "products": [{"sku": "SLT-GUA-200", "name": "Soltuva Guava 200 ml", "aliases": []},
               {"sku": "SLT-GUA-1000", "name": "Soltuva Guava 1 L", "aliases": []},
               {"sku": "SLT-MNG-1000", "name": "Soltuva Mango 1 L", "aliases": []}]},
 {"brand": "Gondhika", "aliases": ["gondhika", "#gondhika"], "category_words": ["tea", "chai patti", "tea leaves"],
  "products": [{"sku": "GDK-MSL-250", "name": "Gondhika Masala Chai 250 g", "aliases": []},
               {"sku": "GDK-GLD-500", "name": "Gondhika Gold Tea 500 g", "aliases": []},
               {"sku": "GDK-GLD-1000", "name": "Gondhika Gold Tea 1 kg", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("HTR-1", "Agarwal Kirana Store", "Nai Basti, Hathras", "Nai Basti", "Hathras", "Uttar Pradesh", "India", 27.5960, 78.0510),
 ("HTR-2", "Varshney Super Bazaar", "Sasni Gate, Hathras", "Sasni Gate", "Hathras", "Uttar Pradesh", "India", 27.6010, 78.0560),
 ("KTL-1", "Jindal General Store", "Ambala Road, Kaithal", "Ambala Road", "Kaithal", "Haryana", "India", 29.8030, 76.4010),
 ("KTL-2", "Daily Fresh Supermarket", "Pehowa Chowk, Kaithal", "Pehowa Chowk", "Kaithal", "Haryana", "India", 29.8080, 76.3960),
 ("BND-1", "Shree Ram Provision", "Sadar Bazar, Bundi", "Sadar Bazar", "Bundi", "Rajasthan", "India", 25.4390, 75.6390),
 ("KKD-1", "Sri Meenakshi Stores", "College Road, Karaikkudi", "College Road", "Karaikkudi", "Tamil Nadu", "India", 10.0700, 78.7800),
 ("SDP-1", "Sri Lakshmi Kirana", "Mustabad Road, Siddipet", "Mustabad Road", "Siddipet", "Telangana", "India", 18.1050, 78.8500),
 ("CNP-1", "Sri Manjunatha Provisions", "MG Road, Channapatna", "MG Road", "Channapatna", "Karnataka", "India", 12.6510, 77.2090),
 ("KYK-1", "Thomas Stores", "Market Junction, Kayankulam", "Market Junction", "Kayankulam", "Kerala", "India", 9.1720, 76.5010),
 ("RNG-1", "Ma Tara Bhandar", "Station Road, Ranaghat", "Station Road", "Ranaghat", "West Bengal", "India", 23.1760, 88.5630),
 ("HMT-1", "Umiya Provision Store", "Motipura, Himatnagar", "Motipura", "Himatnagar", "Gujarat", "India", 23.5990, 72.9620),
 ("CLG-1", "Shivkrupa Kirana", "Station Road, Chalisgaon", "Station Road", "Chalisgaon", "Maharashtra", "India", 20.4580, 75.0130),
 ("BTL-1", "Bajwa Karyana Store", "Jalandhar Road, Batala", "Jalandhar Road", "Batala", "Punjab", "India", 31.8090, 75.2030),
 ("BCU-1", "Aling Nena Sari-Sari Store", "Poblacion, Bocaue", "Poblacion", "Bocaue", "Bulacan", "Philippines", 14.7990, 120.9260),
 ("BCU-2", "Santos Grocery", "Igulot, Bocaue", "Igulot", "Bocaue", "Bulacan", "Philippines", 14.8030, 120.9310),
 ("TNY-1", "Kuya Jun Mini Mart", "Plaza Aldea, Tanay", "Plaza Aldea", "Tanay", "Rizal", "Philippines", 14.4980, 121.2840),
 ("MGL-1", "Inday Lorna Store", "Tunghaan, Minglanilla", "Tunghaan", "Minglanilla", "Cebu", "Philippines", 10.2450, 123.7960),
 ("MGL-2", "Jay-R Minimart", "Tulay, Minglanilla", "Tulay", "Minglanilla", "Cebu", "Philippines", 10.2480, 123.7920),
 ("DPT-1", "Manang Bining Store", "Polo, Dapitan", "Polo", "Dapitan", "Zamboanga del Norte", "Philippines", 8.6550, 123.4240),
 ("BTC-1", "Agbayani Store", "Quiling Sur, Batac City", "Quiling Sur", "Batac City", "Ilocos Norte", "Philippines", 18.0550, 120.5650),
]
R = []
CITY = {o[0]: o[4] for o in O}
def r(cat, lang, text, oid=None, sku=None, prof=None, city=None):
    R.append((text, True, sku, oid, city or (CITY[oid] if oid else None), lang, cat, prof))
def n(cat, lang, text, prof=None):
    R.append((text, False, None, None, None, lang, cat, prof))
G2, G1, M1 = "SLT-GUA-200", "SLT-GUA-1000", "SLT-MNG-1000"
MS, GD5, GD1 = "GDK-MSL-250", "GDK-GLD-500", "GDK-GLD-1000"
here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(here, "fresh.py" if FRESH else "probe.py"), encoding="utf-8").read())

prefix = "r20f" if FRESH else "r20"
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
