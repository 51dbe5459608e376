#!/usr/bin/env python3
"""Validate the frozen10 files and print the counts used in README.md (stdlib only)."""
import collections, csv, json, math, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []
def bad(m):
    err.append(m)

cat = json.load(open(os.path.join(D, "catalog.json"), encoding="utf-8"))
skus = {p["sku"] for b in cat["brands"] for p in b["products"]}
outlets = {r["outlet_id"]: r for r in csv.DictReader(open(os.path.join(D, "outlets.csv"), encoding="utf-8"))}
cities = {r["city"] for r in outlets.values()}
locs = collections.defaultdict(set)
for r in outlets.values():
    locs[r["city"]].add(r["locality"])

def rows(name):
    out = []
    for n, line in enumerate(open(os.path.join(D, name), encoding="utf-8"), 1):
        try:
            out.append(json.loads(line))
        except Exception as e:
            bad(f"{name}:{n} not JSON: {e}")
    return out
M, L = rows("mentions.jsonl"), rows("labels.jsonl")
ids = [m["id"] for m in M]
if ids != ["f10-%04d" % i for i in range(1, 501)]:
    bad("mention ids are not f10-0001..f10-0500 in order")
if [l["id"] for l in L] != ids:
    bad("label ids differ from mention ids")
mm = {m["id"]: m for m in M}

def metres(a, b):
    dy = (b[0] - a[0]) * 111320.0
    dx = (b[1] - a[1]) * 111320.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)

for m in M:
    if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"):
        bad(m["id"] + " bad source")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", m["created_at"]):
        bad(m["id"] + " bad created_at")
    g = m["geo"]
    if g is not None and set(g) != {"lat", "lon"}:
        bad(m["id"] + " bad geo")
for l in L:
    m = mm[l["id"]]
    if l["stockout"]:
        if m["is_repost"]:
            bad(l["id"] + " repost labelled true")
        if l["sku"] is not None and l["sku"] not in skus:
            bad(l["id"] + " unknown sku")
        if l["outlet_id"] is not None:
            o = outlets.get(l["outlet_id"])
            if o is None:
                bad(l["id"] + " unknown outlet")
            elif o["city"] != l["city"] or o["locality"] != l["locality"]:
                bad(l["id"] + " outlet city/locality mismatch")
        if l["city"] is not None and l["city"] not in cities:
            bad(l["id"] + " city not spelt as in outlets.csv: %r" % l["city"])
        if l["locality"] is not None and (l["city"] is None or l["locality"] not in locs[l["city"]]):
            bad(l["id"] + " locality not in that city: %r" % l["locality"])
    else:
        if any(l[k] is not None for k in ("sku", "outlet_id", "city", "locality")):
            bad(l["id"] + " non-report with fields")
    if l.get("category") is None or not re.fullmatch(r"[a-z-]+", l["category"]):
        bad(l["id"] + " category")
    # device-location outlets: within 40 m of the outlet, no other outlet within 60 m
    if l["category"] == "deictic" and l["outlet_id"]:
        g = m["geo"]
        p = (g["lat"], g["lon"])
        o = outlets[l["outlet_id"]]
        if metres(p, (float(o["lat"]), float(o["lon"]))) > 40:
            bad(l["id"] + " geo not within 40 m")
        for k, r in outlets.items():
            if k != l["outlet_id"] and metres(p, (float(r["lat"]), float(r["lon"]))) <= 60:
                bad(l["id"] + " another outlet within 60 m")

# excluded names must not appear (brands anywhere; cities as whole words)
ex = os.environ.get("EXCLUDE_FILE")
if ex and os.path.exists(ex):
    txt = open(ex, encoding="utf-8").read().split("Cities already used")
    brands = [b.strip() for b in txt[0].split(":", 1)[1].split(",")]
    cits = [c.strip() for c in txt[1].split(":", 1)[1].split(",")]
    names = [b["brand"] for b in cat["brands"]] + ["Sharbeez", "Dantomax", "Lambingo"]
    for b in brands:
        if b.lower() in (n.lower() for n in names):
            bad("brand excluded: " + b)
    for c in cits:
        if c in cities:
            bad("city excluded: " + c)
        for m in M:
            if re.search(r"(?<![\w])" + re.escape(c) + r"(?![\w])", m["text"]):
                print("note: excluded city word in text", m["id"], c)

lab = L
rep = [l for l in lab if l["stockout"]]
print("errors:", len(err))
for e in err[:50]:
    print("  ", e)
print("mentions", len(M), "reports", len(rep), "non-reports", len(lab) - len(rep))
print("reposts", sum(m["is_repost"] for m in M), "with geo", sum(m["geo"] is not None for m in M))
print("outlets", len(outlets), "cities", len(cities))
print("reports with outlet", sum(1 for l in rep if l["outlet_id"]), "with city", sum(1 for l in rep if l["city"]),
      "with sku", sum(1 for l in rep if l["sku"]), "with locality", sum(1 for l in rep if l["locality"]))
langs = collections.Counter(l["lang"] for l in lab)
print("languages", len(langs), "english share %.1f%%" % (100.0 * langs["en"] / len(lab)))
print("lang", dict(langs.most_common()))
print("category", dict(collections.Counter((l["category"], l["stockout"]) for l in lab).most_common()))
print("source", dict(collections.Counter(m["source"] for m in M)))
print("outlets per city", dict(collections.Counter(r["city"] for r in outlets.values())))
sys.exit(1 if err else 0)
