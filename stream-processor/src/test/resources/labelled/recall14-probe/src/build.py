"""Builds a labelled set from hand-written sentences (python3 build.py SENTENCES OUTDIR PREFIX [REGISTRY]).

REGISTRY is the Python file of the set's catalog and outlets (CITIES, OUTLETS, CATALOG, coords); by default the
outlets.py beside this script. request14-probe and request14-fresh are built by this script with their own registry.

SENTENCES is a Python file defining ROWS: tuples ("R", text, sku, outlet, category, lang, extra) for a report
and ("N", text, category, lang, extra) for a non-report; extra may hold geo (an outlet id whose point is the
device location), profile (the author's location) and city (a city said in the text when no outlet is)."""
import csv, json, random, runpy, sys, os
src, out, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
registry = runpy.run_path(sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(__file__), "outlets.py"))
CITIES, OUTLETS, CATALOG, coords = registry["CITIES"], registry["OUTLETS"], registry["CATALOG"], registry["coords"]
rows = runpy.run_path(src)["ROWS"]
rnd = random.Random(14)
byid = {o[0]: o for o in OUTLETS}
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
with open(os.path.join(out, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for oid, name, loc in OUTLETS:
        c = CITIES[oid[:3]]
        lat, lon = coords(oid)
        w.writerow([oid, name, f"{loc}, {c[0]}", loc, c[0], c[1], c[2], lat, lon])
sources = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(out, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
        open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, r in enumerate(rows, 1):
        mid = f"{prefix}-{i:03d}"
        if r[0] == "R":
            _, text, sku, outlet, cat, lang, *rest = r
        else:
            _, text, cat, lang, *rest = r
            sku = outlet = None
        extra = rest[0] if rest else {}
        geo = None
        if "geo" in extra:
            lat, lon = coords(extra["geo"])
            geo = {"lat": lat, "lon": lon}
        author = {"id": f"u-{prefix}{i:03d}", "handle": f"{prefix}_user{i:03d}", "display_name": None,
                  "location": extra.get("profile"), "followers": rnd.randint(2, 900)}
        m = {"id": mid, "source": rnd.choice(sources),
             "created_at": f"2026-12-0{1 + i % 6}T{6 + i % 12:02d}:{i % 60:02d}:00Z",
             "author": author, "text": text, "lang": None, "geo": geo, "is_repost": False}
        fm.write(json.dumps(m, ensure_ascii=False) + "\n")
        if r[0] == "R":
            city = loc = None
            if outlet:
                assert outlet in byid, outlet
                city, loc = CITIES[outlet[:3]][0], byid[outlet][2]
            elif "city" in extra:
                city = extra["city"]
            elif "geo" in extra:
                city = CITIES[extra["geo"][:3]][0]
            elif "profile" in extra:
                city = extra["profile"]
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": city, "locality": loc}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat
        lab["lang"] = lang
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(rows), "mentions,", sum(1 for r in rows if r[0] == "R"), "reports")
