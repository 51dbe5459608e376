#!/usr/bin/env python3
"""Validate the frozen9 files and print the counts used in README.md.  python3 src/validate.py [exclude.txt]"""
import collections
import csv
import json
import math
import os
import re
import sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


def hav(a, b):
    r = 6371000.0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


cat = json.load(open(os.path.join(D, "catalog.json"), encoding="utf-8"))
skus = {p["sku"] for b in cat["brands"] for p in b["products"]}
with open(os.path.join(D, "outlets.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
outlets = {r["outlet_id"]: r for r in rows}
if len(outlets) != len(rows):
    err("duplicate outlet ids")
city_locs = collections.defaultdict(set)
for r in rows:
    city_locs[r["city"]].add(r["locality"])
    float(r["lat"]), float(r["lon"])


def load(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                err("%s:%d not JSON: %s" % (name, n, e))
    return out


mentions, labels = load("mentions.jsonl"), load("labels.jsonl")
mids = [m["id"] for m in mentions]
lids = [l["id"] for l in labels]
if mids != lids:
    err("mention ids and label ids differ")
if len(set(mids)) != len(mids):
    err("duplicate mention ids")
if mids != ["f9-%04d" % i for i in range(1, 501)]:
    err("ids are not f9-0001..f9-0500")
M = {m["id"]: m for m in mentions}
for m in mentions:
    if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"):
        err(m["id"] + " bad source")
    for k in ("id", "source", "created_at", "author", "text", "lang", "geo", "is_repost"):
        if k not in m:
            err(m["id"] + " missing " + k)
for l in labels:
    m = M[l["id"]]
    if l["stockout"]:
        if l["sku"] is not None and l["sku"] not in skus:
            err(l["id"] + " unknown sku")
        if l["outlet_id"] is not None:
            o = outlets.get(l["outlet_id"])
            if not o:
                err(l["id"] + " unknown outlet")
            elif o["city"] != l["city"] or o["locality"] != l["locality"]:
                err(l["id"] + " outlet city/locality mismatch")
        if l["city"] is not None and l["city"] not in city_locs:
            err(l["id"] + " city not in outlets.csv: " + l["city"])
        if l["locality"] is not None and l["locality"] not in city_locs.get(l["city"], ()):
            err(l["id"] + " locality not in outlets.csv for city: " + l["locality"])
        if m["is_repost"]:
            err(l["id"] + " repost labelled true")
        if l["category"] == "deictic" and m["geo"]:
            p = (m["geo"]["lat"], m["geo"]["lon"])
            near40 = [k for k, o in outlets.items() if hav(p, (float(o["lat"]), float(o["lon"]))) <= 40]
            near60 = [k for k, o in outlets.items() if hav(p, (float(o["lat"]), float(o["lon"]))) <= 60]
            want = near40[0] if len(near40) == 1 and near60 == near40 else None
            if want != l["outlet_id"]:
                err(l["id"] + " deictic geo rule gives %s, label %s" % (want, l["outlet_id"]))
    else:
        if any(l[k] is not None for k in ("sku", "outlet_id", "city", "locality")):
            err(l["id"] + " non-report with fields")

# excluded names must not appear
if len(sys.argv) > 1:
    ex = open(sys.argv[1], encoding="utf-8").read()
    names = set()
    for line in ex.splitlines():
        if ":" in line:
            line = line.split(":", 1)[1]
        for n in line.replace(" (another set uses them).", "").split(","):
            n = n.strip().rstrip(".")
            if n:
                names.add(n)
    blob = "\n".join(m["text"] + " " + (m["author"]["location"] or "") for m in mentions)
    blob += open(os.path.join(D, "outlets.csv"), encoding="utf-8").read() + json.dumps(cat)
    allowed = {"Gaya"}  # "gaya" is the ordinary Hindi verb (went/became) in romanised Hindi, not the city
    for n in sorted(names - allowed):
        for hit in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", blob, re.I):
            err("excluded name %r appears: ...%s..." % (n, blob[max(0, hit.start() - 30):hit.end() + 30]))

rep = [l for l in labels if l["stockout"]]
print("mentions", len(labels), "reports", len(rep), "non-reports", len(labels) - len(rep))
print("reposts", sum(m["is_repost"] for m in mentions), "with geo", sum(m["geo"] is not None for m in mentions))
print("outlets", len(outlets), "cities", len(city_locs))
print("reports with outlet", sum(l["outlet_id"] is not None for l in rep), "with city", sum(l["city"] is not None for l in rep),
      "with sku", sum(l["sku"] is not None for l in rep), "with locality", sum(l["locality"] is not None for l in rep))
print("sources", dict(collections.Counter(m["source"] for m in mentions)))
langs = collections.Counter(l["lang"] for l in labels)
print("languages", len(langs), dict(langs.most_common()))
print("English share %.1f%%" % (100.0 * langs["en"] / len(labels)))
print("categories (true)", dict(collections.Counter(l["category"] for l in rep).most_common()))
print("categories (false)", dict(collections.Counter(l["category"] for l in labels if not l["stockout"]).most_common()))
print("reports per city", dict(collections.Counter(l["city"] for l in rep).most_common()))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
