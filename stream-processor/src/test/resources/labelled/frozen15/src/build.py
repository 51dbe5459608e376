#!/usr/bin/env python3
"""Build the frozen15 labelled set from the hand-written posts in reports.py / nonreports.py.

python3 build.py            # writes ../catalog.json ../outlets.csv ../mentions.jsonl ../labels.jsonl
Standard library only, no network, fixed seed.
"""
import csv
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from registry import CATALOG, CITIES, OUTLETS, CLUSTERS  # noqa: E402
from reports import REPORTS  # noqa: E402
from nonreports import NONREPORTS  # noqa: E402

SEED = 15015
rng = random.Random(SEED)
N_EACH = 250
PH_LANGS = {"tl", "ceb", "hil", "ilo", "bcl", "war"}


# ---------------------------------------------------------------- geometry
def offset(lat, lon, dist_m, bearing):
    dy = dist_m * math.cos(bearing)
    dx = dist_m * math.sin(bearing)
    return (lat + dy / 111320.0, lon + dx / (111320.0 * math.cos(math.radians(lat))))


def dist(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- outlets with coordinates
second_of = {b: (a, d) for a, b, d in CLUSTERS}
cluster_pairs = {frozenset((a, b)) for a, b, _ in CLUSTERS}
coords = {}
outlet_by_id = {}
for oid, name, addr, loc, city in OUTLETS:
    outlet_by_id[oid] = dict(outlet_id=oid, name=name, address=addr, locality=loc, city=city,
                             region=CITIES[city][1], country=CITIES[city][2])
for oid, name, addr, loc, city in OUTLETS:
    centre = CITIES[city][3][loc]
    for _ in range(2000):
        if oid in second_of:
            a, d = second_of[oid]
            p = offset(*coords[a], d, rng.uniform(0, 2 * math.pi))
        else:
            p = offset(*centre, rng.uniform(40, 320), rng.uniform(0, 2 * math.pi))
        ok = all(dist(p, q) >= 120 or frozenset((oid, o2)) in cluster_pairs for o2, q in coords.items())
        if ok:
            coords[oid] = (round(p[0], 6), round(p[1], 6))
            break
    else:
        raise SystemExit("could not place " + oid)


def near(p, radius):
    return [o for o, q in coords.items() if dist(p, q) <= radius]


def geo_point(spec):
    kind = spec[0]
    if kind == "at":
        _, oid, d = spec
        for _ in range(500):
            p = offset(*coords[oid], d, rng.uniform(0, 2 * math.pi))
            if near(p, 60) == [oid]:
                return p, oid
        raise SystemExit("geo at " + str(spec))
    if kind == "mid":
        _, a, b = spec
        p = ((coords[a][0] + coords[b][0]) / 2, (coords[a][1] + coords[b][1]) / 2)
        return p, a
    if kind == "off":
        _, oid, d = spec
        for _ in range(500):
            p = offset(*coords[oid], d, rng.uniform(0, 2 * math.pi))
            if not near(p, 100):
                return p, oid
        raise SystemExit("geo off " + str(spec))
    raise SystemExit(spec)


# ---------------------------------------------------------------- select 250 + 250
# The posts were written in two passes; the second pass added English/Hinglish/Hindi posts.  To get the
# language mix of a real feed (Hinglish/English first, then Hindi, Tagalog, ...) posts are dropped, one at a
# time, from the language that is furthest above its ceiling (seeded choice among posts without device
# location, reposts or brand accounts; every category keeps at least 8 posts).
CEILING = {"ceb": 10, "hil": 5, "ilo": 5, "tl": 40, "kn": 11, "ml": 11, "mr": 16, "bn": 19, "ta": 22, "gu": 10,
           "te": 12, "en": 135, "hi-Latn": 125, "hi": 45}


def trim(side, allrows):
    side = list(side)
    while len(side) > N_EACH:
        counts = {}
        for x in allrows:
            counts[x["lang"]] = counts.get(x["lang"], 0) + 1
        cat_n = {}
        for x in side:
            cat_n[x["cat"]] = cat_n.get(x["cat"], 0) + 1
        ok = [x for x in side if "geo" not in x and not x.get("rp") and not x.get("brand") and cat_n[x["cat"]] > 8]
        langs = sorted({x["lang"] for x in ok}, key=lambda g: (-(counts[g] - CEILING.get(g, 99)), g))
        pool = [x for x in ok if x["lang"] == langs[0]]
        x = rng.choice(pool)
        side.remove(x)
        allrows.remove(x)
    return side


allrows = list(REPORTS) + list(NONREPORTS)
reports = trim(REPORTS, allrows)
nons = trim(NONREPORTS, allrows)
assert len(reports) == N_EACH and len(nons) == N_EACH, (len(reports), len(nons))

# a few more device locations on reports whose text already names the outlet (text wins)
cands = [r for r in reports if r.get("o") and "geo" not in r]
for r in rng.sample(cands, 8):
    r["geo"] = ("at", r["o"], rng.randint(8, 35))
    r["geo_extra"] = True

# ---------------------------------------------------------------- authors
IN_NAMES = ["priya", "rahul", "ankit", "neha", "sourav", "karthik", "divya", "arjun", "meena", "ravi", "sana", "imran",
            "harpreet", "gurpreet", "jignesh", "hetal", "lakshmi", "anil", "suresh", "pooja", "rohit", "amit", "deepa",
            "vinod", "shreya", "tanvi", "akash", "nikhil", "faisal", "ayesha", "joseph", "anu", "sreejith", "bipasha",
            "rupam", "pritam", "manoj", "kiran", "swathi", "raju", "gaurav", "kavya", "sneha", "mohit", "tejas"]
PH_NAMES = ["jhen", "mark", "joy", "rica", "paolo", "jessa", "kim", "angelo", "mae", "ronnel", "christian", "bea",
            "jun", "lyka", "dong", "inday", "nonoy", "ella", "rodel", "aira", "kristine", "jomar", "bryan", "cha"]
SUFFIX = ["", "_", ".", "__", "x", "_official", "_07", "99", "2001", "_ph", "_in", "_ok", "_k", "_s"]
GENERIC_IN = ["India", "🇮🇳", "", "Bharat", "Earth", "hostel room 204", "", "somewhere in the hills"]
GENERIC_PH = ["Philippines", "Pilipinas 🇵🇭", "", "PH", "Mindanao", "Luzon", ""]
CITY_PROFILES = [f"{c}, {v[1]}" for c, v in CITIES.items()] + list(CITIES.keys())
IN_CITY_PROFILES = [p for p in CITY_PROFILES if CITIES[p.split(",")[0]][2] == "IN"]
PH_CITY_PROFILES = [p for p in CITY_PROFILES if CITIES[p.split(",")[0]][2] == "PH"]
BRANDS = {"zappik": ("zappikenergy", "Zappik Energy"), "simoy": ("simoy_ph", "Simoy"),
          "bubbolo": ("bubbolo_drinks", "Bubbolo")}

authors = {}


def make_author(lang, profile, brand=None):
    if brand:
        h, d = BRANDS[brand]
        if brand == "simoy" and lang not in PH_LANGS:
            h, d = "SimoyIndia", "Simoy India"
        return {"id": "u-b-" + h.lower(), "handle": h, "display_name": d, "location": "", "followers": 48210 + len(h)}
    ph = lang in PH_LANGS
    name = rng.choice(PH_NAMES if ph else IN_NAMES)
    handle = name + rng.choice(SUFFIX) + (str(rng.randint(1, 999)) if rng.random() < 0.4 else "")
    uid = "u-" + str(rng.randint(10000, 999999))
    return {"id": uid, "handle": handle, "display_name": name.capitalize() + ("" if rng.random() < 0.5 else " " + rng.choice("ABCDEGKMPRSTV") + "."),
            "location": profile, "followers": int(rng.lognormvariate(4.5, 1.4))}


def profile_city(profile):
    for c in sorted(CITIES, key=len, reverse=True):
        if profile and c.lower() in profile.lower():
            return c
    return None


def random_profile(lang, allow_city=True, city=None):
    ph = lang in PH_LANGS
    if city is not None:
        ph = CITIES[city][2] == "PH"
        u = rng.random()
        if u < 0.55:
            return rng.choice([city, "%s, %s" % (city, CITIES[city][1])])
        if u < 0.8:
            return rng.choice(GENERIC_PH if ph else GENERIC_IN)
    elif lang == "en" and rng.random() < 0.3:
        ph = True
    if allow_city and rng.random() < 0.5:
        return rng.choice(PH_CITY_PROFILES if ph else IN_CITY_PROFILES)
    return rng.choice(GENERIC_PH if ph else GENERIC_IN)


# ---------------------------------------------------------------- assemble
start = datetime(2026, 10, 1, tzinfo=timezone.utc)
span = int((datetime(2026, 12, 7, 23, 0, tzinfo=timezone.utc) - start).total_seconds())
rows = []
for r in reports:
    lab = {"stockout": True, "sku": r.get("sku"), "outlet_id": None, "city": None, "locality": None}
    geo = None
    ref = None
    if "geo" in r:
        p, ref = geo_point(r["geo"])
        geo = {"lat": round(p[0], 6), "lon": round(p[1], 6)}
    if r.get("o"):
        o = outlet_by_id[r["o"]]
        lab.update(outlet_id=o["outlet_id"], city=o["city"], locality=o["locality"])
    elif r.get("c"):
        lab.update(city=r["c"], locality=r.get("l"))
    elif geo:
        p = (geo["lat"], geo["lon"])
        if r.get("deictic"):
            w40, w60 = near(p, 40), near(p, 60)
            if len(w40) == 1 and w60 == w40:
                lab["outlet_id"] = w40[0]
        lab.update(city=outlet_by_id[ref]["city"], locality=outlet_by_id[ref]["locality"])
    if "prof" in r:
        prof = r["prof"]
    elif lab["city"] or geo:
        prof = random_profile(r["lang"], city=lab["city"])
    else:
        prof = random_profile(r["lang"], allow_city=False)
    if lab["city"] is None and not geo:
        lab["city"] = profile_city(prof)
    rows.append((r, lab, geo, prof, False))

for n in nons:
    lab = {"stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
    geo = None
    if "geo" in n:
        p, _ = geo_point(n["geo"])
        geo = {"lat": round(p[0], 6), "lon": round(p[1], 6)}
    prof = "" if n.get("brand") else random_profile(n["lang"])
    rows.append((n, lab, geo, prof, bool(n.get("rp"))))

rng.shuffle(rows)
SOURCES = ["x"] * 50 + ["whatsapp"] * 16 + ["sms"] * 10 + ["bluesky"] * 12 + ["mastodon"] * 12
mentions, labels = [], []
for i, (e, lab, geo, prof, rp) in enumerate(rows, 1):
    mid = "f15-%04d" % i
    author = make_author(e["lang"], prof, e.get("brand"))
    if e.get("brand"):
        src = "x"
    elif rp:
        src = "whatsapp" if e["text"].startswith("Forwarded") else rng.choice(["x", "x", "bluesky", "mastodon"])
    else:
        src = rng.choice(SOURCES)
    if src == "sms":
        author["handle"] = "+" + ("63" if e["lang"] in PH_LANGS else "91") + "XXXXX" + str(rng.randint(10000, 99999))
        author["display_name"] = None
    ts = start + timedelta(seconds=rng.randint(0, span))
    mlang = None
    if src in ("x", "bluesky", "mastodon") and rng.random() < 0.35:
        mlang = e["lang"].split("-")[0]
    mentions.append({"id": mid, "source": src, "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "author": author, "text": e["text"], "lang": mlang, "geo": geo, "is_repost": rp})
    labels.append({"id": mid, "stockout": lab["stockout"], "sku": lab["sku"], "outlet_id": lab["outlet_id"],
                   "city": lab["city"], "locality": lab["locality"], "category": e["cat"], "lang": e["lang"]})

with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for oid, name, addr, loc, city in OUTLETS:
        o = outlet_by_id[oid]
        w.writerow([oid, name, addr, loc, city, o["region"], "India" if o["country"] == "IN" else "Philippines",
                    "%.6f" % coords[oid][0], "%.6f" % coords[oid][1]])
for fn, rowsx in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for x in rowsx:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("wrote", len(mentions), "mentions,", len(OUTLETS), "outlets")
