#!/usr/bin/env python3
"""Build the frozen10 labelled set from the hand-written sentences in posts_*.py.

python3 standard library only, no network, fixed seed. Run from anywhere:
    python3 src/build.py
Writes catalog.json, outlets.csv, mentions.jsonl, labels.jsonl into the parent folder
and prints counts; validate.py checks the result.
"""
import csv, io, json, math, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from registry import CITIES, OUTLETS, CLOSE_PAIRS, CATALOG  # noqa: E402
from posts_reports import R  # noqa: E402
from posts_nonreports import N  # noqa: E402

SEED = 20261010
rng = random.Random(SEED)
CITY = {c[0]: c for c in CITIES}
NAME2CODE = {c[1]: c[0] for c in CITIES}

def metres(a, b):
    (la1, lo1), (la2, lo2) = a, b
    dy = (la2 - la1) * 111320.0
    dx = (lo2 - lo1) * 111320.0 * math.cos(math.radians((la1 + la2) / 2))
    return math.hypot(dx, dy)

def offset(p, dist, bearing):
    la, lo = p
    dy = dist * math.cos(bearing) / 111320.0
    dx = dist * math.sin(bearing) / (111320.0 * math.cos(math.radians(la)))
    return (la + dy, lo + dx)

# ---------------------------------------------------------------- outlets
pos = {}
pair_of = {b: (a, d) for a, b, d in CLOSE_PAIRS}
for code, city, region, country, clat, clon in CITIES:
    ids = sorted(k for k in OUTLETS if k.startswith(code + "-"))
    locs = []
    for i in ids:
        if OUTLETS[i][1] not in locs:
            locs.append(OUTLETS[i][1])
    centre = {}
    for L in locs:
        while True:
            p = offset((clat, clon), rng.uniform(150, 1800), rng.uniform(0, 2 * math.pi))
            if all(metres(p, q) > 700 for q in centre.values()):
                centre[L] = p
                break
    for i in ids:
        if i in pair_of:
            continue
        while True:
            p = offset(centre[OUTLETS[i][1]], rng.uniform(0, 260), rng.uniform(0, 2 * math.pi))
            if all(metres(p, pos[j]) > 150 for j in pos if j.startswith(code)):
                pos[i] = p
                break
    for i in ids:
        if i in pair_of:
            a, d = pair_of[i]
            while True:
                p = offset(pos[a], d, rng.uniform(0, 2 * math.pi))
                if all(metres(p, pos[j]) > 150 for j in pos if j.startswith(code) and j != a):
                    pos[i] = p
                    break
pos = {k: (round(v[0], 6), round(v[1], 6)) for k, v in pos.items()}

with open(os.path.join(OUT, "outlets.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for oid in sorted(OUTLETS, key=lambda k: ([c[0] for c in CITIES].index(k[:3]), k)):
        name, loc, street = OUTLETS[oid]
        code = oid[:3]
        _, city, region, country, _, _ = CITY[code]
        w.writerow([oid, name, "%s, %s" % (street, city), loc, city, region, country,
                    "%.6f" % pos[oid][0], "%.6f" % pos[oid][1]])

with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=2)
    f.write("\n")

# ---------------------------------------------------------------- geo
def geo_point(spec):
    kind, arg = spec.split(":", 1)
    if kind == "near":
        while True:
            p = offset(pos[arg], rng.uniform(8, 28), rng.uniform(0, 2 * math.pi))
            if metres(p, pos[arg]) <= 40 and all(metres(p, pos[j]) > 60 for j in pos if j != arg):
                return p, arg[:3], OUTLETS[arg][1]
    if kind == "pair":
        a, b = arg.split("/")
        p = ((pos[a][0] + pos[b][0]) / 2, (pos[a][1] + pos[b][1]) / 2)
        assert metres(p, pos[a]) <= 40 and metres(p, pos[b]) <= 40
        return p, a[:3], OUTLETS[a][1]
    if kind == "city":
        c = CITY[arg]
        while True:
            p = offset((c[4], c[5]), rng.uniform(100, 1500), rng.uniform(0, 2 * math.pi))
            if all(metres(p, pos[j]) > 200 for j in pos):
                return p, arg, None
    raise ValueError(spec)

# ---------------------------------------------------------------- people
FIRST_IN = ["Priya", "Rahul", "Amit", "Sunita", "Ravi", "Neha", "Arjun", "Pooja", "Sanjay", "Kavita", "Imran", "Farhana",
            "Deepak", "Anjali", "Vikram", "Meena", "Suresh", "Lakshmi", "Karthik", "Divya", "Manoj", "Rekha", "Arif",
            "Sneha", "Gopal", "Bhavna", "Nikhil", "Shreya", "Harish", "Jyoti", "Subhash", "Moumita", "Biswajit",
            "Ananya", "Prakash", "Sowmya", "Venkat", "Anil", "Riya", "Tanvir", "Gurpreet", "Harjeet", "Pranab",
            "Rupa", "Sagar", "Dhruv", "Asha", "Naveen", "Swati", "Irfan"]
LAST_IN = ["Sharma", "Verma", "Gupta", "Yadav", "Singh", "Patil", "Desai", "Patel", "Reddy", "Naidu", "Iyer", "Nair",
           "Menon", "Das", "Ghosh", "Mondal", "Sahoo", "Mishra", "Khan", "Ansari", "Jain", "Agarwal", "Kumar",
           "Rao", "Gowda", "Pillai", "Chaudhary", "Bora", "Kaur", "Sheikh"]
FIRST_PH = ["Maricel", "Jun", "Rowena", "Joel", "Kristine", "Mark", "Joy", "Arnel", "Liza", "Ramon", "Jasmine",
            "Rey", "Cherry", "Dennis", "Grace", "Paolo", "Lovely", "Jomar", "Ana", "Bong", "Rhea", "Carlo", "Mylene",
            "Nonoy", "Divina", "Jessa"]
LAST_PH = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo",
           "Dela Cruz", "Flores", "Tan", "Lim", "Abellana", "Pacquiao", "Gonzaga", "Yap", "Alcantara", "Sison"]
PH_LANGS = {"tl", "ceb", "hil", "ilo", "bcl", "war"}
NONPLACE_ANY = [None, "", "Earth 🌍", "home", "she/her", "wherever the wifi is", "Asia"]
NONPLACE = {"IN": NONPLACE_ANY + ["India", "🇮🇳", "Bharat", "Cricket lover 🏏"],
            "PH": NONPLACE_ANY + ["Philippines", "PH 🇵🇭", "Pinas", "OFW 🇸🇦🇵🇭"]}
CITY_PROFILE_FORMS = {
    "HIS": ["Hisar, Haryana", "Hisar", "HISAR"], "SJP": ["Shahjahanpur, UP", "Shahjahanpur"],
    "HJP": ["Hajipur, Bihar", "Hajipur"], "RTM": ["Ratlam, MP", "Ratlam"], "DHL": ["Dhule, Maharashtra", "Dhule"],
    "PLP": ["Palanpur, Gujarat", "Palanpur"], "HSP": ["Hospet, Karnataka", "Hosapete"],
    "TVM": ["Tiruvannamalai, TN", "Tiruvannamalai"], "BVM": ["Bhimavaram, AP", "Bhimavaram"],
    "OTP": ["Ottapalam, Kerala", "Ottapalam"], "BRS": ["Barasat, West Bengal", "Barasat"],
    "KDP": ["Kendrapara, Odisha", "Kendrapara"], "GAP": ["Gapan City", "Gapan, Nueva Ecija"],
    "SAG": ["Sagay City", "Sagay, Negros Occ."], "BAI": ["Bais City", "Bais, Negros Oriental"],
    "GBT": ["Gubat, Sorsogon", "Gubat"], "ABY": ["Abuyog, Leyte", "Abuyog"], "BNG": ["Bangued, Abra", "Bangued"],
}

HOME = {"ta": ["TVM"], "te": ["BVM"], "kn": ["HSP"], "ml": ["OTP"], "bn": ["BRS"], "as": ["BRS"],
        "or": ["KDP"], "mr": ["DHL"], "gu": ["PLP"], "pa": ["HIS"], "ur": ["SJP"], "bho": ["HJP"],
        "hi": ["HIS", "SJP", "HJP", "RTM"], "ne": ["HJP", "BRS"], "tl": ["GAP"], "ceb": ["BAI"],
        "hil": ["SAG"], "bcl": ["GBT"], "war": ["ABY"], "ilo": ["BNG"], "en": list(CITY)}

def home_city(lang):
    return rng.choice(HOME[lang.split("-")[0]])

def person(lang, code):
    ph = CITY[code][3] == "PH"
    f, l = (rng.choice(FIRST_PH), rng.choice(LAST_PH)) if ph else (rng.choice(FIRST_IN), rng.choice(LAST_IN))
    style = rng.randrange(5)
    handle = [f"{f}_{l}", f"{f}{rng.randrange(10, 99)}", f"{f[0]}{l}", f"the_{f}", f"{f}.{l[:3]}"][style]
    handle = handle.lower().replace(" ", "")
    disp = [f"{f} {l}", f, f"{f} {l[0]}.", f"{f} 🌸", f"{f.upper()}"][rng.randrange(5)]
    return handle, disp, ph

# ---------------------------------------------------------------- mentions
items = [dict(x) for x in R + N]
assert len(items) == 500
rng.shuffle(items)

# extra device locations: about 10% of all mentions carry one
have = sum(1 for x in items if x.get("geo"))
cands = [x for x in items if not x.get("geo") and not x.get("prof") and
         ((x["stockout"] and (x.get("city") or x.get("out"))) or not x["stockout"])]
rng.shuffle(cands)
for x in cands[: max(0, 50 - have)]:
    if x["stockout"]:
        c = NAME2CODE[x["city"]] if x.get("city") else x["out"][:3]
        x["geo"] = "city:" + c
    else:
        c = home_city(x["lang"])
        x["geo"] = rng.choice(["city:" + c, "near:" + rng.choice(sorted(k for k in OUTLETS if k.startswith(c)))])

SOURCES = ["x"] * 40 + ["bluesky"] * 18 + ["whatsapp"] * 22 + ["sms"] * 8 + ["mastodon"] * 12
ment, labs = [], []
t0 = 1790812800  # 2026-10-01T00:00:00Z
times = sorted(t0 + rng.randrange(0, 31 * 86400) // 60 * 60 for _ in items)
import datetime
for k, x in enumerate(items):
    mid = "f10-%04d" % (k + 1)
    if x.get("src"):
        src = x["src"]
    elif x.get("repost"):
        src = rng.choice(["x", "x", "bluesky", "mastodon"])
    else:
        src = rng.choice(SOURCES)
    # where the author lives: the report's city when known, else a town where the language is spoken
    if x["stockout"] and (x.get("city") or x.get("out")):
        code = NAME2CODE[x["city"]] if x.get("city") else x["out"][:3]
    elif x.get("geo") and x["geo"].split(":")[1][:3] in CITY:
        code = x["geo"].split(":")[1][:3]
    else:
        code = home_city(x["lang"])
    handle, disp, ph = person(x["lang"], code)
    if x.get("prof"):
        prof = x["prof"]
    elif x["stockout"] and not x.get("city") and not x.get("out"):
        prof = rng.choice(NONPLACE[CITY[code][3]])
    else:
        prof = rng.choice(NONPLACE[CITY[code][3]] + [rng.choice(CITY_PROFILE_FORMS[code])] * 8)
    author = {"id": "u-%d" % rng.randrange(1000, 99999), "handle": handle, "display_name": disp,
              "location": prof, "followers": int(rng.lognormvariate(5, 1.5))}
    if src in ("sms", "whatsapp"):
        author = {"id": "u-%d" % rng.randrange(1000, 99999), "handle": "+91-xxxxx-%05d" % rng.randrange(100000)
                  if not ph else "+63-9xx-xxx-%04d" % rng.randrange(10000),
                  "display_name": disp, "location": prof, "followers": 0}
    geo = gcity = gloc = None
    if x.get("geo"):
        p, gcode, gloc = geo_point(x["geo"])
        geo = {"lat": round(p[0], 6), "lon": round(p[1], 6)}
        gcity = CITY[gcode][1]
    mlang = None
    if src in ("x", "bluesky") and rng.random() < 0.35:
        mlang = x["lang"].split("-")[0]
    created = datetime.datetime.fromtimestamp(times[k], datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    ment.append({"id": mid, "source": src, "created_at": created, "author": author, "text": x["text"],
                 "lang": mlang, "geo": geo, "is_repost": bool(x.get("repost"))})
    if x["stockout"]:
        out = x.get("out")
        city, loc = x.get("city"), x.get("loc")
        if out:
            ocity = CITY[out[:3]][1]
            assert city in (None, ocity), (x["text"], city, ocity)
            city = ocity
            if loc is None:
                loc = OUTLETS[out][1]
        if city is None and gcity:
            city, loc = gcity, gloc
        lab = {"id": mid, "stockout": True, "sku": x.get("sku"), "outlet_id": out, "city": city, "locality": loc}
    else:
        lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
    lab["category"] = x["cat"]
    lab["lang"] = x["lang"]
    labs.append(lab)

def dump(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("mentions.jsonl", ment)
dump("labels.jsonl", labs)
print("wrote", len(ment), "mentions,", len(OUTLETS), "outlets")
