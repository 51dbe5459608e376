#!/usr/bin/env python3
"""Check the frozen11 files against FORMAT.md and the labelling rules; print counts."""
import csv, json, math, os, sys
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def err(m): errs.append(m)

cat = json.load(open(os.path.join(D, "catalog.json"), encoding="utf-8"))
skus = {p["sku"] for b in cat["brands"] for p in b["products"]}
rows = list(csv.DictReader(open(os.path.join(D, "outlets.csv"), encoding="utf-8", newline="")))
assert list(rows[0].keys()) == ["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"]
outlets = {r["outlet_id"]: r for r in rows}
if len(outlets) != len(rows): err("duplicate outlet ids")
cities = {r["city"] for r in rows}
city_locs = {(r["city"], r["locality"]) for r in rows}

def load(fn):
    out = []
    for i, line in enumerate(open(os.path.join(D, fn), encoding="utf-8"), 1):
        try: out.append(json.loads(line))
        except Exception as e: err(f"{fn}:{i} bad JSON {e}")
    return out
ms, ls = load("mentions.jsonl"), load("labels.jsonl")
if [m["id"] for m in ms] != [l["id"] for l in ls]: err("ids differ or out of order")
if len({m["id"] for m in ms}) != len(ms): err("duplicate mention ids")
want = [f"f11-{i:04d}" for i in range(1, 501)]
if [m["id"] for m in ms] != want: err("ids are not f11-0001..f11-0500")

def dist(a, b):
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2)); y = math.radians(b[0] - a[0])
    return 6371000 * math.hypot(x, y)

for m, l in zip(ms, ls):
    if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"): err(f"{m['id']} source")
    for k in ("id", "source", "created_at", "author", "text", "lang", "geo", "is_repost"):
        if k not in m: err(f"{m['id']} missing {k}")
    for k in ("id", "handle", "display_name", "location", "followers"):
        if k not in m["author"]: err(f"{m['id']} author missing {k}")
    if m["geo"] is not None and set(m["geo"]) != {"lat", "lon"}: err(f"{m['id']} geo")
    for k in ("stockout", "sku", "outlet_id", "city", "locality"):
        if k not in l: err(f"{l['id']} label missing {k}")
    if m["is_repost"] and l["stockout"]: err(f"{l['id']} repost labelled true")
    if not l["stockout"] and any(l[k] for k in ("sku", "outlet_id", "city", "locality")):
        err(f"{l['id']} non-report with fields")
    if l["sku"] and l["sku"] not in skus: err(f"{l['id']} unknown sku")
    if l["outlet_id"]:
        o = outlets.get(l["outlet_id"])
        if not o: err(f"{l['id']} unknown outlet")
        elif (o["city"], o["locality"]) != (l["city"], l["locality"]): err(f"{l['id']} outlet place mismatch")
    if l["city"] and l["city"] not in cities: err(f"{l['id']} city {l['city']!r} not in outlets.csv")
    if l["locality"] and (l["city"], l["locality"]) not in city_locs: err(f"{l['id']} locality {l['locality']!r}")
    if l["locality"] and not l["city"]: err(f"{l['id']} locality without city")
    if not l.get("category") or not l["category"].replace("-", "").isalpha() or l["category"] != l["category"].lower():
        err(f"{l['id']} category")
    if not l.get("lang"): err(f"{l['id']} lang")
    # a geo-identified outlet must be within 40 m and alone within 60 m
    if l["outlet_id"] and m["geo"] and l["category"] == "deictic":
        g = (m["geo"]["lat"], m["geo"]["lon"])
        o = outlets[l["outlet_id"]]
        near = [r for r in rows if dist(g, (float(r["lat"]), float(r["lon"]))) <= 60]
        if dist(g, (float(o["lat"]), float(o["lon"]))) > 40 or len(near) != 1: err(f"{l['id']} geo rule")

rep = sum(l["stockout"] for l in ls)
langs = Counter(l["lang"] for l in ls)
print("mentions", len(ms), "reports", rep, "non-reports", len(ls) - rep)
print("outlets", len(rows), "cities", len(cities), "per city", sorted(Counter(r["city"] for r in rows).values()))
print("reposts", sum(m["is_repost"] for m in ms), "geo", sum(m["geo"] is not None for m in ms))
print("reports with sku", sum(1 for l in ls if l["sku"]), "with outlet", sum(1 for l in ls if l["outlet_id"]),
      "with city", sum(1 for l in ls if l["city"]), "with locality", sum(1 for l in ls if l["locality"]))
print("languages", len(langs), "English share %.1f%%" % (100 * langs["en"] / len(ls)))
print("langs", dict(langs.most_common()))
print("categories", dict(Counter(l["category"] for l in ls).most_common()))
print("sources", dict(Counter(m["source"] for m in ms).most_common()))
if errs:
    print("\n".join(errs[:50])); print(len(errs), "errors"); sys.exit(1)
print("OK")
