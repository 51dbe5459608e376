# -*- coding: utf-8 -*-
"""Build frozen14 from the hand-written sentences in frames_reports.py / frames_other.py.
python3 build.py   (standard library only, fixed seed, no network). Writes ../catalog.json,
../outlets.csv, ../mentions.jsonl, ../labels.jsonl and ../README.md, then runs validate.py."""
import csv, json, math, os, random, re, subprocess, sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from registry import CATALOG, SKU, CITIES, OUTLETS, CLUSTER, CITY_NATIVE, LANG_SCRIPT, LANG_CITIES, IN_ALL, PH_ALL
from frames_reports import REPORTS
from frames_other import OTHERS

SEED = 14014
rnd = random.Random(SEED)
N_TOTAL = 500


def dist_m(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


def offset(pt, metres, bearing_deg):
    b = math.radians(bearing_deg)
    dlat = metres * math.cos(b) / 111320.0
    dlon = metres * math.sin(b) / (111320.0 * math.cos(math.radians(pt[0])))
    return (pt[0] + dlat, pt[1] + dlon)


# ---------------------------------------------------------------- outlets
class Outlet:
    pass


outlets = []
counter = Counter()
for (city, name, short, typ, loc, street, nick) in OUTLETS:
    code = CITIES[city][0]
    counter[code] += 1
    o = Outlet()
    o.id = "%s-%03d" % (code, counter[code] * 10 + 1)
    o.city, o.name, o.short, o.type, o.loc, o.street, o.nick = city, name, short, typ, loc, street, nick
    o.region, o.country = CITIES[city][1], CITIES[city][2]
    outlets.append(o)

cluster_keys = set(CLUSTER)
for o in outlets:
    centre = CITIES[o.city][3][o.loc]
    if (o.city, o.name, o.loc) == CLUSTER[1]:
        continue
    for _ in range(500):
        p = offset(centre, rnd.uniform(90, 420), rnd.uniform(0, 360))
        p = (round(p[0], 5), round(p[1], 5))
        if all(dist_m(p, q.pt) >= 160 for q in outlets if hasattr(q, "pt")):
            o.pt = p
            break
    else:
        raise SystemExit("could not place " + o.name)
    if (o.city, o.name, o.loc) == CLUSTER[0]:
        b = [q for q in outlets if (q.city, q.name, q.loc) == CLUSTER[1]][0]
        p2 = offset(o.pt, 35, 90)
        b.pt = (round(p2[0], 5), round(p2[1], 5))
assert all(hasattr(o, "pt") for o in outlets)
shorts = {}
for o in outlets:
    assert shorts.setdefault(o.short, o.name) == o.name, o.short
cluster_outlets = [o for o in outlets if (o.city, o.name, o.loc) in cluster_keys]


def near(pt, r):
    return [o for o in outlets if dist_m(pt, o.pt) <= r]


def nearest_locality(pt):
    best = None
    for city, v in CITIES.items():
        for loc, c in v[3].items():
            d = dist_m(pt, c)
            if best is None or d < best[0]:
                best = (d, city, loc)
    return best[1], best[2]


# ---------------------------------------------------------------- frames
def norm(rows, stock):
    out = []
    for r in rows:
        cat, lang, sku, kind, text = r[:5]
        opt = r[5] if len(r) > 5 else {}
        out.append(dict(cat=cat, lang=lang, sku=SKU[sku] if sku else None, kind=kind, text=text, opt=opt, stock=stock))
    return out


frames = norm(REPORTS, True) + norm(OTHERS, False)
assert sum(f["stock"] for f in frames) == 250, sum(f["stock"] for f in frames)
assert len(frames) == N_TOTAL, len(frames)

IN_KEYS = ["dhamaka", "धमाका", "دھماکہ", "ਧਮਾਕਾ", "dhamaal", "धमाल", "jeera", "kirana", "₹", " rs ", "@dhamaka"]
PH_KEYS = ["calamansi", "sari-sari"]
SMILIX_KEYS = ["smilix", "स्माइलिक्स", "ஸ்மைலிக்ஸ்", "ಸ್ಮೈಲಿಕ್ಸ್", "স্মাইলিক্স", "smilodent", "toothpaste"]
DHAMAKA_KEYS = ["dhamaka", "धमाका", "دھماکہ", "ਧਮਾਕਾ", "dhamaal"]


def allowed_cities(f):
    t = f["text"].lower()
    cities = list(LANG_CITIES[f["lang"]])
    if any(k in t for k in IN_KEYS):
        cities = [c for c in cities if c in IN_ALL]
    if any(k in t for k in PH_KEYS):
        cities = [c for c in cities if c in PH_ALL]
    assert cities, f["text"]
    return cities


def allowed_type(f, o):
    t = f["text"].lower()
    if any(k in t for k in SMILIX_KEYS) and o.type == "bakery":
        return False
    if any(k in t for k in DHAMAKA_KEYS) and o.type == "pharmacy":
        return False
    return True


def slots(text):
    return set(re.findall(r"\{(\w+)\}", text))


NONCITY_IN = [None, None, None, "India", "Bharat 🇮🇳", "Earth 🌏", "Maharashtra", "Kerala, India", "Tamil Nadu",
              "Uttarakhand", "West Bengal", "home", "she/her", "wherever the chai is"]
NONCITY_PH = [None, None, None, "Philippines", "PH 🇵🇭", "Earth 🌏", "somewhere in Luzon", "Bulacan", "Cebu",
              "Metro Manila", "home", "she/her", "Laguna"]


def noncity(city):
    return rnd.choice(NONCITY_IN if CITIES[city][2] == "IN" else NONCITY_PH)


def city_profile(city):
    v = CITIES[city]
    forms = [city, "%s, %s" % (city, v[1]), city.lower(), "📍 %s" % city,
             "%s, %s" % (city, "India" if v[2] == "IN" else "Philippines")]
    if city == "Malabon":
        forms.append("Malabon City")
    if city == "Ooty":
        forms.append("Ooty (Udhagamandalam)")
    return rnd.choice(forms)


def random_profile(lang, city):
    """A plausible profile for a speaker of `lang`; `city` is the town the post is about (or drawn for it)."""
    r = rnd.random()
    if r < 0.35:
        return noncity(city)
    if r < 0.75:
        return city_profile(city)
    pool = [c for c in LANG_CITIES[lang] if c != city and CITIES[c][2] == CITIES[city][2]] or \
        [c for c in CITIES if CITIES[c][2] == CITIES[city][2] and c != city]
    return city_profile(rnd.choice(pool))


# choose which frames carry an extra device location (besides H/G)
idx_geo_conv = []   # N-kind reports whose place then comes from the device
idx_geo_keep = []   # frames whose text already gives the place; geo is consistent
n_reports = [i for i, f in enumerate(frames) if f["stock"] and f["kind"] == "N"]
idx_geo_conv = rnd.sample(n_reports, 6)
cand_rep = [i for i, f in enumerate(frames) if f["stock"] and f["kind"] in ("S", "L", "O", "X")]
cand_oth = [i for i, f in enumerate(frames) if not f["stock"] and f["kind"] in ("S", "L", "C", "-")]
idx_geo_keep = rnd.sample(cand_rep, 8) + rnd.sample(cand_oth, 11)

start = datetime(2026, 10, 20, tzinfo=timezone.utc)
end = datetime(2026, 12, 7, 11, 0, tzinfo=timezone.utc)

FIRST_IN = ["priya", "rahul", "anjali", "vikas", "sneha", "arjun", "pooja", "rohit", "neha", "amit", "kavya", "sandeep",
            "meena", "farhan", "zoya", "imran", "gurpreet", "harpreet", "simran", "jaspreet", "lakshmi", "karthik",
            "divya", "suresh", "anand", "ramesh", "sunita", "deepak", "riya", "sourav", "ananya", "moumita", "arnab",
            "tanvi", "omkar", "shruti", "siddhesh", "hetal", "jignesh", "nirav", "krupa", "bhavin", "srinivas",
            "lavanya", "sai", "harsha", "swathi", "pradeep", "meghana", "shreya", "akhil", "anu", "jithin", "nimmi",
            "arun", "fathima", "biju", "pallavi", "darshan", "sinchana", "prajwal", "manas", "subhasree", "bikash",
            "jyoti", "bitupan", "pranjal", "dipankar", "wanphrang", "iba", "banshan", "daphi", "nazia", "salman", "ayesha"]
FIRST_PH = ["jhen", "mark", "kristine", "joshua", "angelica", "jomar", "mae", "ronald", "rica", "jerome", "aileen",
            "nonoy", "bebeth", "jun", "clarisse", "paolo", "kaye", "rhea", "jayson", "dindo", "lovely", "mylene",
            "ricky", "joy", "carlo", "jessa", "marvin", "tin"]
PH_LANGS = {"tl", "ceb", "hil", "ilo", "bcl", "war"}
NEWS_HANDLES = [("fmcg_buzz", "FMCG Buzz"), ("bizdesk_daily", "Biz Desk"), ("retail_watch", "Retail Watch"),
                ("khabar_abhi", "Khabar Abhi"), ("balita_ngayon", "Balita Ngayon")]
BRAND_HANDLES = {"dhamaka": ("DhamakaNoodles", "Dhamaka Noodles"), "ruzzo": ("RuzzoDrinks", "Ruzzo"),
                 "smilix": ("SmilixCare", "Smilix")}


def person(lang):
    first = rnd.choice(FIRST_PH if lang in PH_LANGS else FIRST_IN)
    style = rnd.random()
    if style < 0.35:
        h = "%s%d" % (first, rnd.randint(1, 999))
    elif style < 0.6:
        h = "%s_%s" % (first, rnd.choice(["k", "s", "r", "m", "official", "xo", "vibes", "tweets", "the_great"]))
    elif style < 0.8:
        h = "its%s" % first
    else:
        h = "%s.%s" % (first, rnd.choice(["dela_cruz", "reyes", "sharma", "nair", "das", "patil", "singh", "rao"]))
    disp = first.capitalize() + rnd.choice(["", "", " " + rnd.choice("KSRMPDBN") + ".", " 🌸", " ✨"])
    return h, disp


def pick_outlet(f, cities, need_nick=False):
    cands = [o for o in outlets if o.city in cities and allowed_type(f, o)]
    if need_nick:
        cands = [o for o in cands if o.nick]
    if f["kind"] == "H":
        cands = [o for o in cands if o not in cluster_outlets]
    assert cands, f["text"]
    return rnd.choice(cands)


def casing(s, lang):
    if lang.endswith("Latn") or lang in ("tl", "ceb", "hil", "ilo", "bcl", "war", "tcy", "kok"):
        if rnd.random() < 0.3:
            return s.lower()
    return s


mentions, labels = [], []
order = list(range(N_TOTAL))
rnd.shuffle(order)
for n, i in enumerate(order, 1):
    f = frames[i]
    mid = "f14-%04d" % n
    lang = f["lang"]
    cities = allowed_cities(f)
    text = f["text"]
    sl = slots(text)
    kind = f["kind"]
    o = o2 = None
    geo = None
    if kind == "H" and f["opt"].get("cluster"):
        a, b = cluster_outlets
        mp = ((a.pt[0] + b.pt[0]) / 2, (a.pt[1] + b.pt[1]) / 2)
        g = offset(mp, rnd.uniform(0, 5), rnd.uniform(0, 360))
        geo = (round(g[0], 6), round(g[1], 6))
        o = a
    elif kind == "O":
        o = pick_outlet(f, cities, need_nick=True)
    elif kind in ("S", "X", "H") or sl & {"shop", "shops", "SHOPS", "loc", "LOC"}:
        o = pick_outlet(f, cities)
    else:
        city = rnd.choice(cities)
        o = rnd.choice([q for q in outlets if q.city == city])
    if kind == "X":
        c2 = [q for q in outlets if q.city == o.city and q.name != o.name and allowed_type(f, q)]
        o2 = rnd.choice(c2)
    loc = o.loc
    if kind in ("L",) or (kind in ("C", "-", "N", "P") and "loc" in sl):
        loc = rnd.choice(list(CITIES[o.city][3]))
    if kind == "H" and geo is None:
        for _ in range(200):
            g = offset(o.pt, rnd.uniform(4, 28), rnd.uniform(0, 360))
            g = (round(g[0], 6), round(g[1], 6))
            if [q.id for q in near(g, 60)] == [o.id]:
                geo = g
                break
        assert geo
    conv = i in idx_geo_conv
    if kind == "G" or conv or i in idx_geo_keep:
        centre = CITIES[o.city][3][loc]
        for _ in range(500):
            g = offset(centre, rnd.uniform(10, 140), rnd.uniform(0, 360))
            g = (round(g[0], 6), round(g[1], 6))
            if not near(g, 100) and nearest_locality(g) == (o.city, loc):
                geo = g
                break
        assert geo, (o.city, loc)
    script = LANG_SCRIPT.get(lang)
    fills = {
        "shop": casing(o.name, lang), "shops": casing(o.short, lang), "loc": casing(loc, lang),
        "city": casing(o.city, lang), "cityN": CITY_NATIVE.get((o.city, script), o.city),
        "nick": o.nick or "", "SHOPS": o.short.upper(), "LOC": loc.upper(), "SHOP": o.name.upper(),
    }
    if o2:
        fills.update(shop2=o2.name, shops2=o2.short)
    text = text.format(**fills)

    # ------------------------------------------------ labels
    lab = {"id": mid, "stockout": f["stock"], "sku": None, "outlet_id": None, "city": None, "locality": None,
           "category": f["cat"], "lang": lang}
    profile = random_profile(lang, o.city)
    if f["stock"]:
        lab["sku"] = f["sku"]
        if kind in ("S", "X"):
            if sl & {"loc", "LOC"}:
                c = [q for q in outlets if q.name == o.name and q.loc == o.loc]
                lab["city"], lab["locality"] = o.city, o.loc
            elif sl & {"city", "cityN"}:
                c = [q for q in outlets if q.name == o.name and q.city == o.city]
                lab["city"] = o.city
            else:
                c = [q for q in outlets if q.name == o.name]
                if len(c) != 1:
                    profile = city_profile(o.city)
                    lab["city"] = o.city
            if len(c) == 1:
                lab["outlet_id"] = c[0].id
                lab["city"], lab["locality"] = c[0].city, c[0].loc
        elif kind == "O":
            c = [q for q in outlets if q.nick == o.nick and q.loc == o.loc]
            assert len(c) == 1
            lab["outlet_id"], lab["city"], lab["locality"] = o.id, o.city, o.loc
        elif kind == "L":
            lab["city"], lab["locality"] = o.city, loc
        elif kind == "C":
            lab["city"] = o.city
        elif kind == "P":
            profile = city_profile(o.city)
            lab["city"] = o.city
        elif kind == "H":
            close = near(geo, 40)
            wider = near(geo, 60)
            if len(close) == 1 and len(wider) == 1:
                lab["outlet_id"] = close[0].id
            lab["city"], lab["locality"] = o.city, o.loc
        elif kind in ("G",) or conv:
            lab["city"], lab["locality"] = nearest_locality(geo)
        elif kind == "N":
            profile = noncity(o.city)
        else:
            raise SystemExit("kind " + kind)
    # ------------------------------------------------ author / source
    t_low = text.lower()
    if f["cat"] == "brand-post":
        key = "dhamaka" if ("dhamaka" in t_low or "धमाका" in text) else ("ruzzo" if "ruzzo" in t_low else "smilix")
        handle, disp = BRAND_HANDLES[key]
        followers = rnd.randint(40000, 400000)
        profile = "India" if key == "dhamaka" else rnd.choice(["India", "India & Philippines", None])
    elif f["cat"] == "news":
        handle, disp = rnd.choice(NEWS_HANDLES)
        followers = rnd.randint(5000, 90000)
    elif f["cat"] == "advert":
        handle = re.sub(r"[^a-z0-9]+", "", o.name.lower())[:12] + "_" + CITIES[o.city][0].lower()
        disp = o.name
        followers = rnd.randint(30, 2500)
        profile = city_profile(o.city)
    else:
        handle, disp = person(lang)
        followers = int(rnd.lognormvariate(5, 1.3))
    is_repost = f["cat"] == "repost"
    if is_repost:
        source = "x" if f["opt"].get("rt") else rnd.choice(["bluesky", "mastodon"])
    elif f["cat"] in ("brand-post", "news"):
        source = rnd.choice(["x", "x", "bluesky", "mastodon"])
    else:
        source = rnd.choices(["x", "whatsapp", "sms", "bluesky", "mastodon"], [52, 18, 10, 12, 8])[0]
    if source == "sms":
        handle, disp, followers = "+%s%s" % ("91" if o.country == "IN" else "63", rnd.randint(7000000000, 9999999999)), None, 0
    mlang = None
    if source == "x":
        if "-" in lang:
            mlang = rnd.choice([None, None, "und", "en", lang.split("-")[0]])
        else:
            mlang = lang if lang in ("en", "tl", "hi", "ta", "bn", "mr", "te", "kn", "ml", "gu", "pa", "ur", "or", "as") else "und"
    ts = start + timedelta(seconds=rnd.randint(0, int((end - start).total_seconds())))
    m = {"id": mid, "source": source, "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "author": {"id": "u-%d" % rnd.randint(1000, 999999), "handle": handle, "display_name": disp,
                    "location": profile, "followers": followers},
         "text": text, "lang": mlang, "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
         "is_repost": is_repost}
    # an SMS carries no profile; when the label relies on the profile, the post comes by WhatsApp instead
    if m["source"] == "sms" and geo:
        m["source"] = "whatsapp"
    if m["source"] == "sms":
        if lab["stockout"] and lab["city"] and not geo and (kind == "P" or (kind in ("S", "X") and not lab["outlet_id"]
                                                            and not (sl & {"loc", "LOC", "city", "cityN"}))):
            m["source"] = "whatsapp"
        else:
            m["author"]["location"] = None
    mentions.append(m)
    labels.append(lab)

# ---------------------------------------------------------------- write
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as fh:
    json.dump(CATALOG, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in outlets:
        w.writerow([o.id, o.name, "%s, %s" % (o.street, o.loc), o.loc, o.city, o.region, o.country,
                    "%.5f" % o.pt[0], "%.5f" % o.pt[1]])
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fh:
    for m in mentions:
        fh.write(json.dumps(m, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in labels:
        fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print("wrote", len(mentions), "mentions,", len(outlets), "outlets")
subprocess.check_call([sys.executable, os.path.join(HERE, "validate.py")])
subprocess.check_call([sys.executable, os.path.join(HERE, "readme.py")])
