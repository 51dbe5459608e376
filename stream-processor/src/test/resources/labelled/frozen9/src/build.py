#!/usr/bin/env python3
"""Build the frozen9 labelled set from the hand-written sentences in reports.py / nonreports.py.

python3 src/build.py   (standard library only, no network, fixed seed)
Writes catalog.json, outlets.csv, mentions.jsonl, labels.jsonl into the parent folder.
"""
import csv
import datetime as dt
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from registry import CATALOG, CITIES, OUTLETS, PROFILE_NAMES, VAGUE_PROFILES  # noqa: E402
from reports import REPORTS  # noqa: E402
from nonreports import NONREPORTS  # noqa: E402

SEED = 90509
rng = random.Random(SEED)


def hav(a, b):
    r = 6371000.0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def offset(p, metres, bearing_deg):
    b = math.radians(bearing_deg)
    dlat = metres * math.cos(b) / 111320.0
    dlon = metres * math.sin(b) / (111320.0 * math.cos(math.radians(p[0])))
    return (p[0] + dlat, p[1] + dlon)


def city_of(oid):
    return oid.split("-")[0]


# ---------------- outlet coordinates ----------------
COORD = {}
for code, (cname, region, country, clat, clon) in CITIES.items():
    ids = sorted(k for k in OUTLETS if city_of(k) == code)
    locs = []
    for k in ids:
        if OUTLETS[k][1] not in locs:
            locs.append(OUTLETS[k][1])
    centres = {}
    for loc in locs:
        for _ in range(1000):
            p = (clat + rng.uniform(-0.016, 0.016), clon + rng.uniform(-0.016, 0.016))
            if all(hav(p, q) > 700 for q in centres.values()):
                centres[loc] = p
                break
    for k in ids:
        if k == "HLD-08":
            continue
        for _ in range(1000):
            p = offset(centres[OUTLETS[k][1]], rng.uniform(40, 320), rng.uniform(0, 360))
            if all(hav(p, COORD[j]) > 160 for j in COORD if city_of(j) == code):
                COORD[k] = p
                break
        else:
            raise SystemExit("could not place " + k)
# Tikonia Medicos sits ~45 m from Pahadi Bakery (so "this shop" between them is ambiguous)
COORD["HLD-08"] = offset(COORD["HLD-02"], 45, 70)
for j in COORD:
    if j not in ("HLD-02", "HLD-08") and city_of(j) == "HLD":
        assert hav(COORD["HLD-08"], COORD[j]) > 150, j


def nearby(p, radius):
    return [k for k in COORD if hav(p, COORD[k]) <= radius]


def make_geo(spec):
    kind, _, rest = spec.partition(":")
    if kind == "near":
        for _ in range(1000):
            p = offset(COORD[rest], rng.uniform(8, 25), rng.uniform(0, 360))
            if nearby(p, 40) == [rest] and nearby(p, 60) == [rest]:
                return p, rest
        raise SystemExit("bad near " + spec)
    if kind == "mid":
        a, b = rest.split(":")
        pa, pb = COORD[a], COORD[b]
        p = ((pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2)
        assert set(nearby(p, 60)) == {a, b}, spec
        return p, None
    if kind == "at":
        for _ in range(1000):
            p = offset(COORD[rest], rng.uniform(90, 400), rng.uniform(0, 360))
            if not nearby(p, 80):
                return p, None
        raise SystemExit("bad at " + spec)
    if kind == "city":
        c = CITIES[rest]
        for _ in range(1000):
            p = (c[3] + rng.uniform(-0.01, 0.01), c[4] + rng.uniform(-0.01, 0.01))
            if not nearby(p, 250):
                return p, None
        raise SystemExit("bad city " + spec)
    raise SystemExit("bad geo " + spec)


def geo_city(spec):
    kind, _, rest = spec.partition(":")
    if kind == "city":
        return rest
    return city_of(rest.split(":")[0])


# ---------------- authors ----------------
NAMES = {
    "north": ["rahul", "priya", "ankit", "neha", "sonu", "pooja", "vikas", "kavita", "amit", "sunita", "deepak",
              "rekha", "gaurav", "anjali", "rohit", "shivam", "muskan", "aarti", "manoj", "tanya"],
    "pa": ["gurpreet", "harjit", "simran", "manpreet", "jaspal", "navdeep", "raman"],
    "ta": ["karthik", "senthil", "kavya", "murugan", "divya", "arun", "meena"],
    "bn": ["sourav", "moumita", "arijit", "rupa", "debashis", "tania", "sayan"],
    "mr": ["sachin", "pallavi", "nitin", "sneha", "mahesh", "rutuja"],
    "te": ["srinivas", "lakshmi", "ravi", "swathi", "venkat", "sai"],
    "kn": ["manju", "shwetha", "kiran", "pradeep", "nandini", "chethan"],
    "ml": ["anoop", "reshma", "jithin", "aswathy", "biju", "sreeja"],
    "gu": ["hardik", "krupa", "jignesh", "dhara", "bhavesh", "nirali"],
    "or": ["subhasis", "itishree", "bapi", "sasmita", "lipun"],
    "as": ["bikash", "jonali", "pranjal", "rimpi", "dhruba"],
    "ph": ["jhay", "mae", "kc", "joanna", "mark", "princess", "jomar", "rhea", "aldrin", "bea", "tonton", "ging",
           "lovely", "jun", "neneng"],
}
CITY_GROUP = {"MTR": "north", "HLD": "north", "MOG": "pa", "PLC": "ta", "BNK": "bn", "WRD": "mr", "KHM": "te",
              "CKM": "kn", "KYM": "ml", "MRB": "gu", "DKN": "or", "TSK": "as"}
LANG_CITIES = {
    "hi": ["MTR", "HLD", "MOG", "WRD", "MRB", "DKN", "TSK", "KHM"], "bra": ["MTR"], "kfy": ["HLD"],
    "pa": ["MOG"], "ta": ["PLC"], "bn": ["BNK", "TSK"], "mr": ["WRD"], "te": ["KHM"], "kn": ["CKM"],
    "ml": ["KYM"], "gu": ["MRB"], "or": ["DKN"], "as": ["TSK"], "ur": ["MTR", "MOG"],
    "tl": ["BLG", "BLG", "DRG", "AGO", "VCT", "DNO"], "ceb": ["DNO", "NVL"], "hil": ["VCT"], "bik": ["DRG"],
    "war": ["NVL"], "ilo": ["AGO"], "pag": ["AGO"], "en": list(CITIES),
}
BRANDS = {
    "dhoop": dict(id="u-dhoop", handle="DhoopDrinks", display_name="Dhoop Drinks", location="India", followers=48210),
    "dhoopph": dict(id="u-dhoopph", handle="DhoopPH", display_name="Dhoop Philippines", location="Philippines",
                    followers=15877),
    "nibbo": dict(id="u-nibbo", handle="NibboBiscuits", display_name="Nibbo Biscuits", location="India",
                  followers=33095),
    "jasuda": dict(id="u-jasuda", handle="JasudaCare", display_name="Jasuda", location="India", followers=21540),
}
NEWS = [("bizwire_in", "BizWire India", "India"), ("fmcg_daily", "FMCG Daily", "India"),
        ("balita_ngayon", "Balita Ngayon", "Philippines"), ("retail_beat", "Retail Beat", "")]


def profile_for(home, mode):
    """mode: force | placeless | normal. Returns (profile text, city code or None)."""
    r = rng.random()
    if mode == "force" or (mode == "placeless" and r < 0.6) or (mode == "normal" and r < 0.5):
        if rng.random() < 0.15:
            loc = rng.choice(sorted({v[1] for k, v in OUTLETS.items() if city_of(k) == home}))
            return "%s, %s" % (loc, CITIES[home][0]), home
        return rng.choice(PROFILE_NAMES[home]), home
    if mode == "normal" and r < 0.65:
        other = rng.choice([c for c in CITIES if c != home and CITIES[c][2] == CITIES[home][2]])
        return rng.choice(PROFILE_NAMES[other]), other
    return rng.choice(VAGUE_PROFILES), None


used_handles = set()


def person(home, lang, src):
    grp = "ph" if CITIES[home][2] == "Philippines" else CITY_GROUP[home]
    if lang.startswith(("en", "hi")) and grp not in ("north", "ph") and rng.random() < 0.3:
        grp = "north"
    while True:
        n = rng.choice(NAMES[grp])
        style = rng.randrange(4)
        h = [n + str(rng.randrange(10, 999)), n + "_" + home.lower(), n + "." + rng.choice("abcdefghkmprs"),
             "the_" + n + str(rng.randrange(1, 99))][style]
        if h not in used_handles:
            used_handles.add(h)
            break
    if src == "sms":
        cc = "+63" if CITIES[home][2] == "Philippines" else "+91"
        return "sms:" + cc + "xxxxxx" + str(rng.randrange(1000, 9999)), ""
    return h, n.capitalize() + ("" if rng.random() < 0.5 else " " + rng.choice("ABCDGKMPRS") + ".")


def pick_source(lang, repost, has_geo=False):
    if repost or has_geo:
        return rng.choice(["x", "x", "x", "bluesky", "mastodon"])
    ph = lang.split("-")[0] in ("tl", "ceb", "hil", "bik", "war", "ilo", "pag")
    pool = (["x"] * 35 + ["bluesky"] * 12 + ["whatsapp"] * 30 + ["mastodon"] * 5 + ["sms"] * 18) if ph else \
           (["x"] * 42 + ["bluesky"] * 10 + ["whatsapp"] * 28 + ["mastodon"] * 8 + ["sms"] * 12)
    return rng.choice(pool)


PLATFORM_LANG = {"en", "hi", "ta", "bn", "te", "kn", "ml", "mr", "gu", "pa", "or", "ur", "tl", "as"}


# ---------------- assemble ----------------
specs = REPORTS + NONREPORTS
rng.shuffle(specs)
mentions, labels, meta = [], [], []
start = dt.datetime(2026, 4, 1, 0, 0, tzinfo=dt.timezone.utc)
for i, s in enumerate(specs, 1):
    mid = "f9-%04d" % i
    geo, geo_out = (None, None)
    if s.get("geo"):
        geo, geo_out = make_geo(s["geo"])
    # whose town is this author from
    home = s.get("home")
    if not home:
        if s.get("out"):
            home = city_of(s["out"])
        elif s.get("city"):
            home = s["city"]
        elif s.get("geo"):
            home = geo_city(s["geo"])
        else:
            home = rng.choice(LANG_CITIES[s["lang"].split("-")[0]])
    src = s.get("src")
    if s.get("author") in BRANDS:
        a = dict(BRANDS[s["author"]])
        src = src or "x"
        prof_city = None
    elif s.get("author") == "news":
        h, d, loc = rng.choice(NEWS)
        a = dict(id="u-" + h, handle=h, display_name=d, location=loc, followers=rng.randrange(5000, 90000))
        src = src or rng.choice(["x", "mastodon", "bluesky"])
        prof_city = None
    else:
        src = src or pick_source(s["lang"], s.get("repost"), bool(s.get("geo")))
        placeless = s["stockout"] and not s.get("out") and not s.get("city") and not s.get("geo")
        mode = s.get("profile") or ("placeless" if placeless else "normal")
        prof, prof_city = profile_for(home, mode)
        h, d = person(home, s["lang"], src)
        a = dict(id="u-%d" % rng.randrange(1000, 99999), handle=h, display_name=d, location=prof,
                 followers=0 if src in ("sms", "whatsapp") else int(rng.lognormvariate(5, 1.3)))
    created = start + dt.timedelta(seconds=rng.randrange(0, 91 * 86400))
    plang = None
    base = s["lang"].split("-")[0]
    if src in ("x", "bluesky", "mastodon") and "-Latn" not in s["lang"] and base in PLATFORM_LANG \
            and rng.random() < 0.4:
        plang = base
    m = {"id": mid, "source": src, "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "author": a, "text": s["text"], "lang": plang,
         "geo": {"lat": round(geo[0], 6), "lon": round(geo[1], 6)} if geo else None,
         "is_repost": bool(s.get("repost"))}
    # ---- label ----
    lab = {"id": mid, "stockout": s["stockout"], "sku": None, "outlet_id": None, "city": None, "locality": None,
           "category": s["cat"], "lang": s["lang"]}
    if s["stockout"]:
        lab["sku"] = s.get("sku")
        oid = s.get("out") or geo_out
        if oid:
            lab["outlet_id"] = oid
            lab["city"] = CITIES[city_of(oid)][0]
            lab["locality"] = OUTLETS[oid][1]
        elif s.get("city"):
            lab["city"] = CITIES[s["city"]][0]
            lab["locality"] = s.get("loc")
        elif s.get("geo"):
            lab["city"] = CITIES[geo_city(s["geo"])][0]
        elif prof_city:
            lab["city"] = CITIES[prof_city][0]
    mentions.append(m)
    labels.append(lab)

# ---------------- write ----------------
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    arng = random.Random(SEED + 1)
    for k in sorted(OUTLETS, key=lambda x: (list(CITIES).index(city_of(x)), x)):
        name, loc = OUTLETS[k]
        cname, region, country = CITIES[city_of(k)][:3]
        if country == "India":
            addr = "%s %d, %s, %s" % (arng.choice(["Shop No.", "Shop", "H.No."]), arng.randrange(1, 240), loc, cname)
        else:
            addr = "%s %d, Brgy. %s, %s" % (arng.choice(["Purok", "Blk", "No."]), arng.randrange(1, 30), loc, cname)
        lat, lon = COORD[k]
        w.writerow([k, name, addr, loc, cname, region, country, "%.6f" % lat, "%.6f" % lon])
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as f:
    for m in mentions:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for lab in labels:
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
print("wrote %d mentions (%d reports), %d outlets" % (len(mentions), sum(l["stockout"] for l in labels), len(OUTLETS)))
