#!/usr/bin/env python3
"""Validate the frozen13 files and print the counts used in README.md. Standard library only."""
import csv, json, math, os, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dist(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371000.0 * math.asin(math.sqrt(h))

def main():
    errs = []
    cat = json.load(open(os.path.join(OUT, "catalog.json"), encoding="utf-8"))
    skus = {p["sku"] for b in cat["brands"] for p in b["products"]}
    with open(os.path.join(OUT, "outlets.csv"), encoding="utf-8", newline="") as f:
        outlets = {r["outlet_id"]: r for r in csv.DictReader(f)}
    cities = {r["city"] for r in outlets.values()}
    locs = {(r["city"], r["locality"]) for r in outlets.values()}
    per_city = Counter(r["city"] for r in outlets.values())
    for c, n in per_city.items():
        if not 6 <= n <= 9:
            errs.append("city %s has %d outlets" % (c, n))
    ms = [json.loads(l) for l in open(os.path.join(OUT, "mentions.jsonl"), encoding="utf-8")]
    ls = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    if [m["id"] for m in ms] != [l["id"] for l in ls]:
        errs.append("ids differ")
    if len({m["id"] for m in ms}) != len(ms):
        errs.append("duplicate ids")
    want = ["f13-%04d" % i for i in range(1, 501)]
    if [m["id"] for m in ms] != want:
        errs.append("ids are not f13-0001..f13-0500")
    for m, l in zip(ms, ls):
        i = m["id"]
        if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"):
            errs.append(i + " bad source")
        if l["sku"] is not None and l["sku"] not in skus:
            errs.append(i + " unknown sku")
        if l["outlet_id"] is not None:
            o = outlets.get(l["outlet_id"])
            if o is None:
                errs.append(i + " unknown outlet")
            elif o["city"] != l["city"] or (l["locality"] and o["locality"] != l["locality"]):
                errs.append(i + " outlet/city/locality mismatch")
        if l["city"] is not None and l["city"] not in cities:
            errs.append(i + " city not in outlets.csv: " + l["city"])
        if l["locality"] is not None and (l["city"], l["locality"]) not in locs:
            errs.append(i + " locality not in outlets.csv for that city: %s" % l["locality"])
        if not l["stockout"] and any(l[k] for k in ("sku", "outlet_id", "city", "locality")):
            errs.append(i + " non-report with fields")
        if m["is_repost"] and l["stockout"]:
            errs.append(i + " repost labelled true")
        if m["geo"]:
            g = m["geo"]
            near = sorted((dist(g["lat"], g["lon"], float(o["lat"]), float(o["lon"])), oid) for oid, o in outlets.items())
            if l["stockout"] and l["category"] == "deictic":
                ok1 = near[0][0] <= 40 and near[1][0] > 60
                if l["outlet_id"] and not (ok1 and near[0][1] == l["outlet_id"]):
                    errs.append(i + " deictic outlet not supported by geo %s" % near[:2])
                if not l["outlet_id"] and ok1:
                    errs.append(i + " deictic geo identifies %s but label has none" % near[0][1])
                if outlets[near[0][1]]["city"] != l["city"]:
                    errs.append(i + " geo city differs from label city")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    n = len(ls)
    rep = sum(l["stockout"] for l in ls)
    print("mentions %d  reports %d  non-reports %d" % (n, rep, n - rep))
    print("reposts %d  geo %d  outlets %d  cities %d" % (sum(m["is_repost"] for m in ms), sum(1 for m in ms if m["geo"]),
                                                         len(outlets), len(cities)))
    print("reports with outlet %d, with sku %d, with city %d, with locality %d" % (
        sum(1 for l in ls if l["outlet_id"]), sum(1 for l in ls if l["sku"]),
        sum(1 for l in ls if l["city"]), sum(1 for l in ls if l["locality"])))
    langs = Counter(l["lang"] for l in ls)
    base = Counter(l["lang"].split("-")[0] for l in ls)
    print("languages (BCP-47 tags) %d, base languages %d" % (len(langs), len(base)))
    print("English share %.1f%%" % (100.0 * langs["en"] / n))
    print("langs:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("sources:", ", ".join("%s %d" % kv for kv in Counter(m["source"] for m in ms).most_common()))
    cats = Counter((l["category"], l["stockout"]) for l in ls)
    print("categories:")
    for (c, s), k in sorted(cats.items(), key=lambda x: (not x[0][1], -x[1])):
        print("  %-14s %-5s %d" % (c, "true" if s else "false", k))
    print("per city reports:", ", ".join("%s %d" % kv for kv in Counter(l["city"] for l in ls if l["stockout"]).most_common()))
    print("OK")

if __name__ == "__main__":
    main()
