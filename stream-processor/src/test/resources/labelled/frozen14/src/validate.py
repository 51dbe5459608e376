# -*- coding: utf-8 -*-
"""Checks the four files of frozen14 against FORMAT.md and the labelling rules of the brief."""
import csv, json, math, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []


def dist_m(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


cat = json.load(open(os.path.join(OUT, "catalog.json"), encoding="utf-8"))
skus = [p["sku"] for b in cat["brands"] for p in b["products"]]
assert len(skus) == len(set(skus))
for b in cat["brands"]:
    if not 2 <= len(b["products"]) <= 6:
        err.append("brand %s has %d skus" % (b["brand"], len(b["products"])))

with open(os.path.join(OUT, "outlets.csv"), encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh))
if rows[0] != ["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"]:
    err.append("bad outlets header")
outlets = {}
for r in rows[1:]:
    if len(r) != 9:
        err.append("bad row %r" % r)
        continue
    if r[0] in outlets:
        err.append("dup outlet " + r[0])
    outlets[r[0]] = dict(name=r[1], loc=r[3], city=r[4], pt=(float(r[7]), float(r[8])))
cities = {o["city"] for o in outlets.values()}
locs = {(o["city"], o["loc"]) for o in outlets.values()}
per_city = {}
for o in outlets.values():
    per_city[o["city"]] = per_city.get(o["city"], 0) + 1
for c, n in per_city.items():
    if not 6 <= n <= 9:
        err.append("%s has %d outlets" % (c, n))

ments = [json.loads(l) for l in open(os.path.join(OUT, "mentions.jsonl"), encoding="utf-8")]
labs = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
if len(ments) != 500 or len(labs) != 500:
    err.append("counts %d %d" % (len(ments), len(labs)))
for k, (m, l) in enumerate(zip(ments, labs), 1):
    want = "f14-%04d" % k
    if m["id"] != want or l["id"] != want:
        err.append("id order at %d" % k)
    if m["source"] not in ("x", "mastodon", "bluesky", "sms", "whatsapp"):
        err.append(want + " source")
    if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", m["created_at"]) or m["created_at"] > "2026-12-07T23:59:59Z":
        err.append(want + " created_at")
    if set(m) != {"id", "source", "created_at", "author", "text", "lang", "geo", "is_repost"}:
        err.append(want + " mention keys")
    if set(m["author"]) != {"id", "handle", "display_name", "location", "followers"}:
        err.append(want + " author keys")
    if m["geo"] is not None and set(m["geo"]) != {"lat", "lon"}:
        err.append(want + " geo")
    if not isinstance(m["is_repost"], bool):
        err.append(want + " is_repost")
    if "{" in m["text"] or "}" in m["text"]:
        err.append(want + " unfilled slot")
    if set(l) - {"id", "stockout", "sku", "outlet_id", "city", "locality", "category", "lang"}:
        err.append(want + " label keys")
    if not isinstance(l["stockout"], bool):
        err.append(want + " stockout")
    if not re.match(r"^[a-z]+(-[a-z]+)?$", l["category"]):
        err.append(want + " category")
    if m["is_repost"] and l["stockout"]:
        err.append(want + " repost labelled true")
    if not l["stockout"]:
        if any(l[k] is not None for k in ("sku", "outlet_id", "city", "locality")):
            err.append(want + " non-report with place/sku")
        continue
    if l["sku"] is not None and l["sku"] not in skus:
        err.append(want + " sku")
    if l["outlet_id"] is not None:
        o = outlets.get(l["outlet_id"])
        if not o:
            err.append(want + " outlet missing")
        elif o["city"] != l["city"] or o["loc"] != l["locality"]:
            err.append(want + " outlet/city mismatch")
        if m["geo"] is not None and l["category"] == "deictic":
            g = (m["geo"]["lat"], m["geo"]["lon"])
            d = dist_m(g, o["pt"])
            others = [i for i, q in outlets.items() if i != l["outlet_id"] and dist_m(g, q["pt"]) <= 60]
            if d > 40 or others:
                err.append(want + " deictic geo %.0f m, others %s" % (d, others))
    if l["city"] is not None and l["city"] not in cities:
        err.append(want + " city not in outlets.csv: " + l["city"])
    if l["locality"] is not None and (l["city"], l["locality"]) not in locs:
        err.append(want + " locality not in outlets.csv: %s/%s" % (l["city"], l["locality"]))
reposts = sum(m["is_repost"] for m in ments)
geos = sum(m["geo"] is not None for m in ments)
rep = sum(l["stockout"] for l in labs)
print("validate: reports %d, non-reports %d, reposts %d, geo %d, outlets %d, cities %d"
      % (rep, len(labs) - rep, reposts, geos, len(outlets), len(cities)))
if err:
    print("\n".join(err))
    sys.exit(1)
print("validate: OK")
