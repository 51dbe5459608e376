"""Validate frozen12 files and print counts.  python3 validate.py"""
import csv, json, os, collections, math
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
cat = json.load(open(os.path.join(D, "catalog.json"), encoding="utf-8"))
skus = {p["sku"] for b in cat["brands"] for p in b["products"]}
outs = {r["outlet_id"]: r for r in csv.DictReader(open(os.path.join(D, "outlets.csv"), encoding="utf-8", newline=""))}
M = [json.loads(l) for l in open(os.path.join(D, "mentions.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
assert [m["id"] for m in M] == [l["id"] for l in L] == ["f12-%04d" % i for i in range(1, 501)]
cities = {o["city"] for o in outs.values()}
locs = {(o["city"], o["locality"]) for o in outs.values()}
def dm(a, b):
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2)); y = math.radians(b[0] - a[0])
    return 6371000 * math.hypot(x, y)
for m, l in zip(M, L):
    assert m["source"] in ("x", "mastodon", "bluesky", "sms", "whatsapp")
    assert set(m) == {"id", "source", "created_at", "author", "text", "lang", "geo", "is_repost"}
    if not l["stockout"]:
        assert l["sku"] is None and l["outlet_id"] is None and l["city"] is None and l["locality"] is None
    if m["is_repost"]:
        assert not l["stockout"]
    if l["sku"]:
        assert l["sku"] in skus
    if l["outlet_id"]:
        o = outs[l["outlet_id"]]
        assert o["city"] == l["city"] and o["locality"] == l["locality"]
    if l["city"]:
        assert l["city"] in cities
    if l["locality"]:
        assert (l["city"], l["locality"]) in locs
    if l["category"] == "deictic":
        g = (m["geo"]["lat"], m["geo"]["lon"])
        near = [k for k, o in outs.items() if dm(g, (float(o["lat"]), float(o["lon"]))) <= 60]
        if l["outlet_id"]:
            assert near == [l["outlet_id"]] and dm(g, (float(outs[near[0]]["lat"]), float(outs[near[0]]["lon"]))) <= 40
        else:
            assert len(near) >= 2
C = collections.Counter
print("mentions", len(M), "reports", sum(l["stockout"] for l in L), "non-reports", sum(not l["stockout"] for l in L))
print("outlets", len(outs), "cities", len(cities), "reposts", sum(m["is_repost"] for m in M), "geo", sum(m["geo"] is not None for m in M))
print("with sku", sum(1 for l in L if l["sku"]), "with outlet", sum(1 for l in L if l["outlet_id"]),
      "with city", sum(1 for l in L if l["city"]), "with locality", sum(1 for l in L if l["locality"]))
print("langs", len(C(l["lang"] for l in L)), C(l["lang"] for l in L).most_common())
print("categories", sorted(C((l["category"], l["stockout"]) for l in L).items()))
print("sources", C(m["source"] for m in M).most_common())
print("outlets per city", sorted(C(o["city"] for o in outs.values()).items()))
print("OK")
