#!/usr/bin/env python3
"""Build the frozen11 labelled set from the hand-written sentences.

python3 src/build.py   (from the frozen11 folder, or anywhere: paths are relative to this file)
Standard library only, fixed seed, no network.
"""
import csv, io, json, math, os, random, re, datetime
from collections import Counter

from registry import CITIES, STREETS, OUTLETS, CATALOG, SKU, LANG_CITIES
from sentences_reports import REPORTS
from sentences_other import OTHERS

SEED = 1111
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(SEED)

# ---------------------------------------------------------------- geometry
def offset(lat, lon, east_m, north_m):
    return (lat + north_m / 111320.0, lon + east_m / (111320.0 * math.cos(math.radians(lat))))

def dist(a, b):
    (la1, lo1), (la2, lo2) = a, b
    x = math.radians(lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
    y = math.radians(la2 - la1)
    return 6371000.0 * math.hypot(x, y)

# ---------------------------------------------------------------- registry
CITY_OF_LOC = {}
for code, (city, region, country, locs, _n) in CITIES.items():
    for loc in locs:
        assert loc not in CITY_OF_LOC, loc          # locality names are unique in the registry
        CITY_OF_LOC[loc] = code

addr_rng = random.Random(SEED + 1)
outlets = []
for oid, name, loc, owner, (dx, dy) in OUTLETS:
    code = CITY_OF_LOC[loc]
    city, region, country, locs, _n = CITIES[code]
    lat, lon = offset(*locs[loc], dx, dy)
    num = addr_rng.randint(2, 240)
    if country == "India":
        address = f"Shop No. {num}, {STREETS[loc]}"
    else:
        address = f"{num} {STREETS[loc]}, Brgy. {loc}"
    outlets.append(dict(id=oid, name=name, address=address, locality=loc, city=city, code=code,
                        region=region, country=country, lat=round(lat, 6), lon=round(lon, 6), owner=owner))
OUT_BY_ID = {o["id"]: o for o in outlets}
assert all(o["id"][:3] == o["code"] for o in outlets)

def near_outlets(pt, radius):
    return [o for o in outlets if dist(pt, (o["lat"], o["lon"])) <= radius]

# outlets whose nearest neighbour is < 60 m (the deliberate pairs)
PAIRS = []
for i, a in enumerate(outlets):
    for b in outlets[i + 1:]:
        d = dist((a["lat"], a["lon"]), (b["lat"], b["lon"]))
        if d < 60:
            PAIRS.append((a, b, d))
        else:
            assert d >= 85 or a["code"] != b["code"], (a["id"], b["id"], d)
assert len(PAIRS) == 4, PAIRS

def geo_city(pt):
    best = min(CITIES, key=lambda c: min(dist(pt, ll) for ll in CITIES[c][3].values()))
    return best

def geo_locality(pt):
    code = geo_city(pt)
    locs = CITIES[code][3]
    return code, min(locs, key=lambda l: dist(pt, locs[l]))

for o in outlets:   # each outlet lies in its own locality as seen from a device location
    assert geo_locality((o["lat"], o["lon"])) == (o["code"], o["locality"]), o["id"]

NAME_COUNT = Counter(o["name"] for o in outlets)
NAME_CITIES = {}
for o in outlets:
    NAME_CITIES.setdefault(o["name"], set()).add(o["code"])
for o in outlets:                                   # name + locality is always unique
    assert sum(1 for p in outlets if p["name"] == o["name"] and p["locality"] == o["locality"]) == 1
    if o["owner"]:
        assert sum(1 for p in outlets if p["owner"] == o["owner"] and p["locality"] == o["locality"]) == 1

# ---------------------------------------------------------------- sentences
def parse(block, stockout):
    frames = []
    for line in block.strip().splitlines():
        cat, lang, sku, flags, text = line.split("|", 4)
        flags = set(f for f in flags.split(",") if f)
        frames.append(dict(cat=cat, lang=lang, sku=None if sku == "-" else SKU[sku], flags=flags,
                           text=text.strip(), stockout=stockout))
    return frames

FRAMES = parse(REPORTS, True) + parse(OTHERS, False)

# ---------------------------------------------------------------- people
NAMES = {
    "MZN": ["Aman Tyagi", "Neha Saini", "Vikas Jain", "Sana Khan", "Imran Qureshi", "Pooja Gupta", "Ankit Baliyan"],
    "SNP": ["Rohit Dahiya", "Kavita Malik", "Sumit Rathi", "Preeti Antil", "Deepak Khatri"],
    "KHN": ["Gurpreet Kaur", "Harjit Singh", "Manpreet Gill", "Jatin Goyal", "Simran Bawa"],
    "NAD": ["Hetal Patel", "Jignesh Shah", "Krupa Desai", "Bhavin Parmar", "Nirali Joshi"],
    "BRM": ["Sagar Jagtap", "Snehal Kale", "Amit Pawar", "Pallavi Shinde", "Rohan Gaikwad"],
    "BGK": ["Shreyas Hiremath", "Kavya Patil", "Basavaraj K", "Sneha Kulkarni", "Mallikarjun"],
    "KCP": ["Karthik R", "Priya Selvam", "Arun Kumar", "Divya Murugan", "Saravanan"],
    "PTA": ["Anju Mathew", "Jithin Thomas", "Sreeja Nair", "Bibin George", "Reshma K"],
    "MTM": ["Sai Teja", "Lakshmi Prasanna", "Ravi Kiran", "Venkat Rao", "Sravani"],
    "CHN": ["Sourav Das", "Moumita Ghosh", "Arpita Sen", "Riju Mitra", "Tanmoy"],
    "PDP": ["Subhashree Sahu", "Biswajit Mohanty", "Ananya Biswal", "Debasis"],
    "BNG": ["Pranjal Bora", "Dipika Kalita", "Bikash Das", "Rituparna"],
    "CNT": ["Jessa Mae", "Mark Anthony Reyes", "Kristine Joy", "Jomar Dela Cruz", "Precious Lim", "Ate Weng"],
    "MGL": ["Ronel Cabahug", "Mae Villanueva", "Kim Alcoseba", "Dodong Ramirez", "Rhea Mae"],
    "PAV": ["Joy Gelera", "Neneng Tupas", "Ramil Jalandoni", "Kyla Sorongon"],
    "BAU": ["Mark Ancheta", "Liezl Nisperos", "Jay-ar Galang", "Manang Pilar"],
    "PIL": ["Bea Obias", "Jun-jun Llorin", "Maricel Bañares", "Kevin Tria"],
}
VAGUE = {"India": ["India", "Bharat 🇮🇳", "Earth 🌍", "somewhere in Hindustan", "ghar se door", "hostel life", "🇮🇳"],
         "Philippines": ["Pinas 🇵🇭", "Philippines", "Luzon", "Visayas 🌴", "🇵🇭", "probinsya life"]}
BRAND_ACCTS = {"Jugnu": ("jugnunoodles", "Jugnu Noodles"), "Snowlek": ("snowlek_official", "Snowlek"),
               "Pomelix": ("pomelix", "Pomelix")}
NEWS_ACCTS = [("fmcg_daily", "FMCG Daily", "India"), ("bizwire_in", "BizWire India", None),
              ("ph_biz_news", "PH Business News", "Philippines"), ("retail_pulse", "Retail Pulse", None)]

def profile_string(code, lang):
    city, region, country, _l, native = CITIES[code]
    r = rng.random()
    if lang in native and r < 0.2:
        return native[lang]
    forms = [f"{city}, {region}", city, f"{city.lower()} 📍", f"{city}, {country}", f"{city} | {region}"]
    return rng.choice(forms)

def make_author(code, lang, need_city):
    country = CITIES[code][2]
    name = rng.choice(NAMES[code])
    handle = re.sub(r"[^a-z0-9_]", "", name.lower().replace(" ", "_"))[:14] + str(rng.randint(1, 999))
    if need_city:
        loc, loc_code = profile_string(code, lang), code
    else:
        r = rng.random()
        if r < 0.5:
            loc, loc_code = profile_string(code, lang), code
        elif r < 0.62:
            other = rng.choice([c for c in CITIES if CITIES[c][2] == country and c != code])
            loc, loc_code = profile_string(other, lang), other
        elif r < 0.85:
            loc, loc_code = rng.choice(VAGUE[country]), None
        else:
            loc, loc_code = None, None
    followers = int(math.exp(rng.gauss(4.6, 1.4)))
    return {"id": f"u-{rng.randint(1000, 99999)}", "handle": handle, "display_name": name,
            "location": loc, "followers": followers}, loc_code

# ---------------------------------------------------------------- generation
def brand_of(text):
    t = text.lower()
    for b in ("jugnu", "snowlek", "pomelix"):
        if b in t:
            return b.capitalize()
    if "जुगनू" in text: return "Jugnu"
    if "स्नोलेक" in text: return "Snowlek"
    return "Pomelix"

PHARMACY = ("Medical", "Medicos", "Medicals", "Botika", "Pharmacy")
BAKERY = ("Bakery", "Bakeshop", "Sweets")

def suits(o, brand):
    """Realism only: detergent is not sold in bakeries or pharmacies, noodles not in pharmacies."""
    if brand == "Snowlek":
        return not any(w in o["name"] for w in PHARMACY + BAKERY)
    if brand == "Jugnu":
        return not any(w in o["name"] for w in PHARMACY)
    return True

def pick_city(fr):
    forced = [f[2:] for f in fr["flags"] if f.startswith("c=")]
    return forced[0] if forced else rng.choice(LANG_CITIES[fr["lang"]])

def has(text, tok):
    return "{" + tok + "}" in text

def isolated_point(o):
    for _ in range(200):
        d, th = rng.uniform(5, 25), rng.uniform(0, 2 * math.pi)
        pt = offset(o["lat"], o["lon"], d * math.cos(th), d * math.sin(th))
        others = [p for p in near_outlets(pt, 60) if p["id"] != o["id"]]
        if not others and dist(pt, (o["lat"], o["lon"])) <= 40:
            return pt
    return None

def empty_point(code):
    locs = CITIES[code][3]
    for _ in range(500):
        loc = rng.choice(list(locs))
        d, th = rng.uniform(60, 220), rng.uniform(0, 2 * math.pi)
        pt = offset(*locs[loc], d * math.cos(th), d * math.sin(th))
        if not near_outlets(pt, 80) and geo_locality(pt) == (code, loc):
            return pt
    raise RuntimeError(code)

records = []
for fr in FRAMES:
    text, flags, lang = fr["text"], fr["flags"], fr["lang"]
    code = pick_city(fr)
    brand = brand_of(text) if fr["cat"] not in ("lookalike", "other-sense") else None
    geo = None
    O = O2 = None
    place_in_text = any(has(text, t) for t in ("C", "CN", "CA", "L"))
    if "own" in flags:
        cands = [o for o in outlets if o["owner"] and o["code"] == code]
        if not cands:
            cands = [o for o in outlets if o["owner"] and o["code"] in LANG_CITIES[lang]]
        O = rng.choice(cands); code = O["code"]
    elif "gp" in flags:
        pairs = [p for p in PAIRS if p[0]["code"] in LANG_CITIES[lang]] or PAIRS
        a, b, _d = rng.choice(pairs); code = a["code"]
        mid = ((a["lat"] + b["lat"]) / 2, (a["lon"] + b["lon"]) / 2)
        geo = offset(*mid, rng.uniform(-4, 4), rng.uniform(-4, 4))
    elif "g" in flags:
        while True:
            O = rng.choice([o for o in outlets if o["code"] == code and suits(o, brand)])
            geo = isolated_point(O)
            if geo: break
    elif "gl" in flags:
        geo = empty_point(code)
    elif has(text, "O"):
        cands = [o for o in outlets if o["code"] == code and suits(o, brand)]
        if not place_in_text:   # without a place in the text, avoid names that exist in several cities
            cands = [o for o in cands if len(NAME_CITIES[o["name"]]) == 1]
        O = rng.choice(cands)
    if has(text, "O2"):
        O2 = rng.choice([o for o in outlets if o["code"] == code and o["name"] != O["name"] and suits(o, brand)])
    city, region, country, locs, native = CITIES[code]
    L = O["locality"] if O else rng.choice(list(locs))
    subs = {"O": O["name"] if O else "", "L": L, "C": city, "CN": native.get(lang, native.get("hi", city)) if lang not in ("en",) else city,
            "CA": native.get("alt", city), "OWN": O["owner"] if O and O["owner"] else "",
            "O2": O2["name"] if O2 else "", "L2": O2["locality"] if O2 else "", "H": ""}
    if has(text, "CN") and lang not in native:
        subs["CN"] = city
    if has(text, "H"):
        subs["H"] = re.sub(r"[^a-z0-9_]", "", rng.choice(NAMES[code]).lower().replace(" ", "_"))[:12] + str(rng.randint(1, 99))
    out_text = re.sub(r"\{(O2|L2|OWN|CN|CA|O|L|C|H)\}", lambda m: subs[m.group(1)], text)
    assert "{" not in out_text, out_text

    author, prof_code = make_author(code, lang, "prof" in flags)
    cat = fr["cat"]
    if cat == "brand-post":
        h, dn = BRAND_ACCTS[brand_of(text)]
        author = {"id": f"u-brand-{h}", "handle": h, "display_name": dn, "location": None, "followers": rng.randint(20000, 90000)}
        prof_code = None
    elif cat == "news":
        h, dn, loc = rng.choice(NEWS_ACCTS)
        author = {"id": f"u-news-{h}", "handle": h, "display_name": dn, "location": loc, "followers": rng.randint(3000, 60000)}
        prof_code = None
    elif cat == "advert" and O:
        h = re.sub(r"[^a-z0-9]", "", O["name"].lower())[:15]
        author = {"id": f"u-shop-{O['id'].lower()}", "handle": h, "display_name": O["name"],
                  "location": f"{city}, {region}", "followers": rng.randint(40, 900)}
        prof_code = code

    r = rng.random()
    if cat == "compact":
        source = "sms" if r < 0.4 else "whatsapp" if r < 0.7 else "x"
    elif cat in ("brand-post", "news"):
        source = "x" if r < 0.6 else "bluesky" if r < 0.8 else "mastodon"
    elif cat == "repost":
        source = "x" if r < 0.7 else "bluesky" if r < 0.85 else "mastodon"
    else:
        source = "x" if r < 0.5 else "whatsapp" if r < 0.65 else "sms" if r < 0.72 else "bluesky" if r < 0.86 else "mastodon"

    records.append(dict(fr=fr, text=out_text, code=code, O=O, O2=O2, L=L, geo=geo, author=author,
                        prof_code=prof_code, source=source, place_in_text=place_in_text))

# ---------------------------------------------------------------- extra device locations (~10 % overall)
def text_identifies(rec):
    O, t = rec["O"], rec["fr"]["text"]
    if not O or not has(t, "O"):
        return False
    return NAME_COUNT[O["name"]] == 1 or has(t, "L") or (
        any(has(t, k) for k in ("C", "CN", "CA")) and sum(1 for p in outlets if p["name"] == O["name"] and p["code"] == O["code"]) == 1)

extra = [r for r in records if r["geo"] is None and text_identifies(r)
         and r["fr"]["cat"] not in ("profile", "city", "locality", "repost", "advert")]
rng.shuffle(extra)
target = 50 - sum(1 for r in records if r["geo"])
for r in extra[:target]:
    O = r["O"]
    if rng.random() < 0.7:
        r["geo"] = isolated_point(O) or (O["lat"], O["lon"])
    else:
        for _ in range(100):
            d, th = rng.uniform(300, 700), rng.uniform(0, 2 * math.pi)
            pt = offset(O["lat"], O["lon"], d * math.cos(th), d * math.sin(th))
            if not near_outlets(pt, 80):
                r["geo"] = pt; break

# ---------------------------------------------------------------- labels
def label(rec):
    fr, t = rec["fr"], rec["fr"]["text"]
    base = {"stockout": fr["stockout"], "sku": None, "outlet_id": None, "city": None, "locality": None}
    if not fr["stockout"]:
        return base
    O, geo, code = rec["O"], rec["geo"], rec["code"]
    text_city = code if any(has(t, k) for k in ("C", "CN", "CA")) else None
    text_loc = rec["L"] if has(t, "L") else None
    if text_loc:
        text_city = CITY_OF_LOC[text_loc]
    g_code, g_loc = geo_locality(geo) if geo else (None, None)
    outlet = None
    if O and has(t, "O"):
        name_cities = NAME_CITIES[O["name"]]
        if text_city is None and len(name_cities) == 1:
            text_city = next(iter(name_cities))          # the name exists in one city only
        ctx = text_city or g_code
        if NAME_COUNT[O["name"]] == 1 or text_loc:
            outlet = O
        elif ctx == O["code"] and sum(1 for p in outlets if p["name"] == O["name"] and p["code"] == ctx) == 1:
            outlet = O
    elif O and has(t, "OWN"):
        if text_loc:
            outlet = O
    elif O and "g" in fr["flags"]:
        pts = near_outlets(geo, 60)
        if len(pts) == 1 and pts[0]["id"] == O["id"] and dist(geo, (O["lat"], O["lon"])) <= 40:
            outlet = O
    city = locality = None
    if outlet:
        city, locality = outlet["city"], outlet["locality"]
    elif text_city:
        city = CITIES[text_city][0]
        locality = text_loc or (g_loc if geo and g_code == text_city else None)
    elif geo:
        city, locality = CITIES[g_code][0], g_loc
    elif rec["prof_code"]:
        city = CITIES[rec["prof_code"]][0]
    base.update(sku=fr["sku"], outlet_id=outlet["id"] if outlet else None, city=city, locality=locality)
    return base

# ---------------------------------------------------------------- write
order = list(range(len(records)))
rng.shuffle(order)
t0 = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
mentions, labels = [], []
for n, idx in enumerate(order, 1):
    rec = records[idx]
    mid = f"f11-{n:04d}"
    ts = t0 + datetime.timedelta(seconds=rng.randint(0, 120 * 86400))
    lang = rec["fr"]["lang"]
    mlang = None
    if rng.random() < 0.3:
        prim = lang.split("-")[0]
        mlang = None if prim in ("ceb", "hil", "ilo", "bik", "war", "cbk", "bho") else prim
    geo = {"lat": round(rec["geo"][0], 6), "lon": round(rec["geo"][1], 6)} if rec["geo"] else None
    rec["geo"] = (geo["lat"], geo["lon"]) if geo else None
    mentions.append({"id": mid, "source": rec["source"], "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "author": rec["author"], "text": rec["text"], "lang": mlang, "geo": geo,
                     "is_repost": "rp" in rec["fr"]["flags"]})
    lab = {"id": mid}
    lab.update(label(rec))
    lab["category"] = rec["fr"]["cat"]
    lab["lang"] = lang
    labels.append(lab)

with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=2); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in outlets:
        w.writerow([o["id"], o["name"], o["address"], o["locality"], o["city"], o["region"], o["country"],
                    f"{o['lat']:.6f}", f"{o['lon']:.6f}"])
for fn, rows in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(mentions), "mentions,", len(outlets), "outlets")
