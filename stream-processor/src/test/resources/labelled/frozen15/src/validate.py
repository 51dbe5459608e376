#!/usr/bin/env python3
"""Validate the frozen15 files and print the counts used in README.md. Standard library only."""
import collections
import csv
import json
import math
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


def dist(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


cat = json.load(open(os.path.join(OUT, "catalog.json"), encoding="utf-8"))
skus = {p["sku"] for b in cat["brands"] for p in b["products"]}

with open(os.path.join(OUT, "outlets.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    if header != ["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"]:
        err("bad outlets header")
    outlets = {}
    for row in rd:
        if len(row) != 9:
            err("bad outlet row %r" % row)
        if row[0] in outlets:
            err("duplicate outlet " + row[0])
        outlets[row[0]] = dict(zip(header, row))
city_locs = collections.defaultdict(set)
for o in outlets.values():
    city_locs[o["city"]].add(o["locality"])


def load(fn):
    rows = []
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d %s" % (fn, n, e))
    return rows


mentions, labels = load("mentions.jsonl"), load("labels.jsonl")
mids = [m["id"] for m in mentions]
lids = [l["id"] for l in labels]
if mids != lids:
    err("mention and label ids differ / order differs")
if len(set(mids)) != len(mids):
    err("duplicate ids")
if mids != ["f15-%04d" % i for i in range(1, 501)]:
    err("ids are not f15-0001..f15-0500")
texts = collections.Counter(m["text"] for m in mentions)
for t, c in texts.items():
    if c > 1:
        err("duplicate text: " + t[:40])
mm = {m["id"]: m for m in mentions}
for l in labels:
    m = mm[l["id"]]
    if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"):
        err("bad source " + l["id"])
    if set(m) != {"id", "source", "created_at", "author", "text", "lang", "geo", "is_repost"}:
        err("mention keys " + l["id"])
    if m["is_repost"] and l["stockout"]:
        err("repost labelled true " + l["id"])
    if not l["stockout"] and any(l[k] is not None for k in ("sku", "outlet_id", "city", "locality")):
        err("non-report with fields " + l["id"])
    if l["sku"] is not None and l["sku"] not in skus:
        err("unknown sku " + l["id"])
    if l["outlet_id"] is not None:
        o = outlets.get(l["outlet_id"])
        if o is None:
            err("unknown outlet " + l["id"])
        elif o["city"] != l["city"] or o["locality"] != l["locality"]:
            err("outlet/city mismatch " + l["id"])
    if l["city"] is not None and l["city"] not in city_locs:
        err("city not in outlets.csv " + l["id"] + " " + l["city"])
    if l["locality"] is not None and (l["city"] is None or l["locality"] not in city_locs[l["city"]]):
        err("locality not in city " + l["id"])
    if m["geo"] and l["stockout"] and l["outlet_id"]:
        p = (m["geo"]["lat"], m["geo"]["lon"])
        d = sorted((dist(p, (float(o["lat"]), float(o["lon"]))), k) for k, o in outlets.items())
        if d[0][1] == l["outlet_id"] and not (d[0][0] <= 40 and d[1][0] > 60):
            err("geo outlet rule violated " + l["id"])

if errors:
    print("\n".join(errors))
    sys.exit(1)

rep = sum(l["stockout"] for l in labels)
langs = collections.Counter(l["lang"] for l in labels)
cats = collections.Counter(l["category"] for l in labels)
print("mentions", len(labels), "reports", rep, "non-reports", len(labels) - rep)
print("outlets", len(outlets), "cities", len(city_locs))
print("reposts", sum(m["is_repost"] for m in mentions), "with geo", sum(1 for m in mentions if m["geo"]))
print("reports with outlet", sum(1 for l in labels if l["outlet_id"]), "with sku", sum(1 for l in labels if l["sku"]),
      "with city", sum(1 for l in labels if l["city"]), "with locality", sum(1 for l in labels if l["locality"]))
print("sources", dict(collections.Counter(m["source"] for m in mentions)))
print("languages", len(langs), dict(langs.most_common()))
print("english share %.1f%%" % (100.0 * langs["en"] / len(labels)))
print("categories", dict(cats.most_common()))
by = collections.defaultdict(lambda: [0, 0])
for l in labels:
    by[l["category"]][0 if l["stockout"] else 1] += 1
for k, (t, f) in sorted(by.items(), key=lambda x: -sum(x[1])):
    print("  %-14s true=%-3d false=%d" % (k, t, f))
print("OK")
