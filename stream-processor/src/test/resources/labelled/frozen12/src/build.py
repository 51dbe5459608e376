"""Build frozen12 from the hand-written sentences in sentences.py.  python3 build.py  (writes into ..)"""
import csv, json, math, os, random, re
from world import BRANDS, BRAND_SURFACE, BRAND_NATIVE, CITIES, COUNTRY, OUTLETS, CLOSE_PAIR, NATIVE_CITY, LANG_CITIES
from sentences import S

R = random.Random(1212)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

PLAN_REPORT = {"report": 75, "request": 28, "deictic": 24, "compact": 22, "size": 28, "long": 14, "owner": 16,
               "landmark": 15, "contrast": 14, "profile": 14}
PLAN_NON = {"praise": 18, "found": 20, "has-it": 15, "advert": 16, "brand-post": 13, "news": 10, "complaint": 20,
            "other-product": 17, "other-sense": 18, "lookalike": 14, "past": 17, "future": 14, "question": 15,
            "negation": 13, "joke": 10, "repost": 20}
CODE = {"Alwar": "ALW", "Begusarai": "BGS", "Jalna": "JLN", "Dharwad": "DWD", "Suryapet": "SRY", "Rajapalayam": "RJP",
        "Chalakudy": "CKY", "Valsad": "VLS", "Batala": "BTL", "Tamluk": "TML", "Nalbari": "NLB", "Rayagada": "RYG",
        "Meycauayan": "MEY", "Liloan": "LIL", "Bago City": "BGO", "Bayombong": "BYB", "Guinobatan": "GNB", "Dulag": "DLG"}

def dist_m(a, b):
    (la1, lo1), (la2, lo2) = a, b
    x = math.radians(lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
    y = math.radians(la2 - la1)
    return 6371000 * math.hypot(x, y)

def offset(lat, lon, dx_m, dy_m):
    return lat + dy_m / 111320.0, lon + dx_m / (111320.0 * math.cos(math.radians(lat)))

# ---------------- outlets ----------------
outlets = []
counters = {}
for city, name, loc, addr, owner in OUTLETS:
    reg, cc, clat, clon, locs = CITIES[city]
    dx, dy = locs[loc]
    blat, blon = offset(clat, clon, dx * 1000, dy * 1000)
    counters[city] = counters.get(city, 0) + 1
    o = {"outlet_id": "%s-%03d" % (CODE[city], counters[city] * 7 + 3), "name": name, "address": addr, "locality": loc,
         "city": city, "region": reg, "country": COUNTRY[cc], "owner": owner}
    if (city, name, loc) == CLOSE_PAIR[1]:
        first = next(p for p in outlets if (p["city"], p["name"], p["locality"]) == CLOSE_PAIR[0])
        o["lat"], o["lon"] = offset(first["lat"], first["lon"], 22, 20)  # ~30 m
    else:
        for _ in range(200):
            lat, lon = offset(blat, blon, R.uniform(-350, 350), R.uniform(-350, 350))
            if all(dist_m((lat, lon), (p["lat"], p["lon"])) > 150 for p in outlets):
                break
        o["lat"], o["lon"] = lat, lon
    outlets.append(o)
close_ids = {o["outlet_id"] for o in outlets if (o["city"], o["name"], o["locality"]) in CLOSE_PAIR}

def count(pred):
    return sum(1 for o in outlets if pred(o))

def identifiable(o, has_l, has_c):
    if has_l and has_c:
        return count(lambda p: p["city"] == o["city"] and p["name"] == o["name"] and p["locality"] == o["locality"]) == 1
    if has_l:
        return count(lambda p: p["name"] == o["name"] and p["locality"] == o["locality"]) == 1
    if has_c:
        return count(lambda p: p["city"] == o["city"] and p["name"] == o["name"]) == 1
    return count(lambda p: p["name"] == o["name"]) == 1

loc_cities = {}
for c, v in CITIES.items():
    for l in v[4]:
        loc_cities.setdefault(l, set()).add(c)

# ---------------- helpers ----------------
def wchoice(d):
    ks = list(d)
    return R.choices(ks, weights=[d[k] for k in ks])[0]

def out_lang(lang):
    return {"en-IN": "en", "en-PH": "en"}.get(lang, lang)

def hi_like(lang):
    return lang in ("hi", "hi-Latn", "mai", "bho", "ur", "raj")

def brand_surface(b, lang):
    if lang in ("hi", "mai", "bho", "mr", "raj") and R.random() < 0.4:
        return BRAND_NATIVE[b]
    return R.choice(BRAND_SURFACE[b])

def product_surface(b, lang):
    prods = next(x for x in BRANDS if x["brand"][0] == b)["products"]
    sku, _, _, surf = R.choice(prods)
    ok = [s for s, t in surf if t == "x" or (t == "hi" and hi_like(lang)) or (t == "en" and lang.startswith("en"))
          or (t == "tl" and lang in ("tl", "en-PH", "ceb"))]
    return sku, R.choice(ok)

def city_name(city, lang):
    return NATIVE_CITY.get(lang, {}).get(city, city)

FIRST_IN = ["Rohit", "Priya", "Aman", "Neha", "Sandeep", "Pooja", "Vikas", "Anjali", "Rahul", "Kavita", "Imran", "Sana",
            "Suresh", "Lakshmi", "Arun", "Divya", "Gurpreet", "Harman", "Bikash", "Moumita", "Pranab", "Jyoti", "Ravi", "Meena"]
LAST_IN = ["Sharma", "Yadav", "Singh", "Kumar", "Jha", "Patil", "Joshi", "Reddy", "Nair", "Desai", "Sandhu", "Das", "Kalita",
           "Sahu", "Khan", "Iyer", "Gowda", "Mishra"]
FIRST_PH = ["Jomar", "Kristine", "Mark", "Joy", "Rhea", "Paolo", "Angel", "Jun", "Mae", "Carlo", "Lovely", "Ronnel", "Princess", "Jayson"]
LAST_PH = ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Ramos", "Garcia", "Mendoza", "Abella", "Tan"]

def make_author(i, country, loc_str):
    if country == "PH":
        f, l = R.choice(FIRST_PH), R.choice(LAST_PH)
    else:
        f, l = R.choice(FIRST_IN), R.choice(LAST_IN)
    h = R.choice(["%s_%s", "%s%s%d", "its%s%s", "%s.%s"]) 
    handle = (h % (f.lower(), l.lower().replace(" ", ""), R.randint(1, 99)) if "%d" in h else h % (f.lower(), l.lower().replace(" ", "")))
    return {"id": "u-%d" % (5000 + i * 13 % 9973), "handle": handle, "display_name": R.choice([f, f + " " + l, f + " " + l[0] + "."]),
            "location": loc_str, "followers": R.choice([R.randint(0, 300), R.randint(0, 3000), R.randint(10, 90)])}

def profile_str(city):
    reg, cc = CITIES[city][0], CITIES[city][1]
    return R.choice(["%s, %s" % (city, reg), "%s, %s" % (city, COUNTRY[cc]), city, "%s | %s" % (city, reg)])

def noise_loc(country):
    return R.choice([None, None, COUNTRY[country], {"IN": "🇮🇳", "PH": "🇵🇭"}[country], "somewhere", "Earth 🌍"])

DECOR = {"en": ["", "", "", " 😩", " smh", " #help", " 🙄"], "hi": ["", "", "", " 😡", " 🙏", " yaar"],
         "tl": ["", "", "", " huhu", " 😭", " haist"], "x": ["", "", " 😐", " !!"]}
def decorate(text, lang, report, cat):
    if (not report and R.random() < 0.5) or cat in ("news", "brand-post", "advert", "long") or ord(text[-1]) > 0x2000:
        return text
    if lang.startswith("en"):
        d = DECOR["en"]
    elif lang == "hi-Latn":
        d = DECOR["hi"]
    elif lang in ("tl", "en-PH"):
        d = DECOR["tl"]
    else:
        d = DECOR["x"]
    return text + R.choice(d)

def fill(text, vals):
    return re.sub(r"\{(B|P|S2|S|L|C|O)\}", lambda m: vals[m.group(1)], text)

def far_geo(city):
    reg, cc, clat, clon, locs = CITIES[city]
    loc = R.choice(list(locs))
    dx, dy = locs[loc]
    for _ in range(500):
        lat, lon = offset(clat, clon, dx * 1000 + R.uniform(-600, 600), dy * 1000 + R.uniform(-600, 600))
        if all(dist_m((lat, lon), (o["lat"], o["lon"])) > 120 for o in outlets):
            return {"lat": round(lat, 6), "lon": round(lon, 6)}
    raise RuntimeError

def near_geo(o):
    for _ in range(500):
        ang, r = R.uniform(0, 2 * math.pi), R.uniform(5, 25)
        lat, lon = offset(o["lat"], o["lon"], r * math.cos(ang), r * math.sin(ang))
        g = (round(lat, 6), round(lon, 6))
        if dist_m(g, (o["lat"], o["lon"])) <= 30:
            return {"lat": g[0], "lon": g[1]}

# ---------------- generation ----------------
by_cat = {}
for t in S:
    by_cat.setdefault(t[0], []).append(t)

def realise(t, report, force_amb=False):
    cat, lang, mode, b, text = t
    if b == "*":
        b = R.choice("BUG")
    cities = LANG_CITIES[lang]
    has = {k: ("{%s}" % k) in text for k in ("S", "S2", "L", "C", "O", "P")}
    bare = re.search(r"\{B\}[ ]?(ki chai|chaaya|চা|चाय|ଚା|नूडल्स|নুডলছ|noodles|masala|beef|chicken|kalamansi|lemon|soda|ka dabba)", text)
    bsurf = brand_surface(b, lang) if not bare else R.choice(BRAND_SURFACE[b][:4])
    if report and b == "B" and lang in ("tl", "ceb", "hil", "ilo", "bik", "war", "en-PH"):
        while bsurf == "baon":  # keep the allowance/lunch reading out of the truth
            bsurf = R.choice(BRAND_SURFACE[b])
    vals = {"B": bsurf, "P": "", "S": "", "S2": "", "L": "", "C": "", "O": ""}
    sku = None
    if has["P"]:
        sku, vals["P"] = product_surface(b, lang)
    lab = {"outlet_id": None, "city": None, "locality": None}
    geo, author_loc, city = None, None, None
    pool = [o for o in outlets if o["city"] in cities]
    if mode in ("O", "X", "-", "d") or (has["S"] and mode not in ("W",)):
        if mode in ("O", "X"):
            cand = [o for o in pool if identifiable(o, has["L"], has["C"])]
        else:
            cand = pool
        o = R.choice(cand)
        city = o["city"]
        vals.update(S=o["name"], L=o["locality"], C=city_name(city, lang))
        if has["S2"]:
            o2 = R.choice([p for p in outlets if p["city"] == city and p["name"] != o["name"]])
            vals["S2"] = o2["name"]
        if mode in ("O", "X"):
            lab = {"outlet_id": o["outlet_id"], "city": city, "locality": o["locality"]}
        if mode == "d":
            geo = near_geo(o)
    elif mode == "W":
        cand = [o for o in pool if o["owner"] and count(lambda p: p["owner"] == o["owner"] and p["locality"] == o["locality"]) == 1]
        o = R.choice(cand)
        city = o["city"]
        vals.update(O=o["owner"], L=o["locality"], C=city_name(city, lang))
        lab = {"outlet_id": o["outlet_id"], "city": city, "locality": o["locality"]}
    elif mode == "D":
        if force_amb:
            o = next(p for p in outlets if p["outlet_id"] in close_ids)
            geo = near_geo(o)
            lab = {"outlet_id": None, "city": o["city"], "locality": o["locality"]}
        else:
            cand = [o for o in pool if o["outlet_id"] not in close_ids]
            o = R.choice(cand)
            geo = near_geo(o)
            lab = {"outlet_id": o["outlet_id"], "city": o["city"], "locality": o["locality"]}
        city = o["city"]
        assert sum(1 for p in outlets if dist_m((geo["lat"], geo["lon"]), (p["lat"], p["lon"])) <= 60) == (2 if force_amb else 1)
    else:
        city = wchoice(cities)
        locs = list(CITIES[city][4])
        if has["L"] and not has["C"]:
            locs = [l for l in locs if len(loc_cities[l]) == 1]
        loc = R.choice(locs)
        vals.update(L=loc, C=city_name(city, lang))
        if has["S2"] or has["S"]:
            vals["S2"] = R.choice([o["name"] for o in outlets if o["city"] == city])
        if mode in ("L", "K"):
            lab = {"outlet_id": None, "city": city, "locality": loc if has["L"] else None}
        elif mode == "C":
            lab = {"outlet_id": None, "city": city, "locality": None}
        elif mode == "P":
            author_loc = profile_str(city)
            lab = {"outlet_id": None, "city": city, "locality": None}
        elif mode == "G":
            geo = far_geo(city)
            lab = {"outlet_id": None, "city": city, "locality": None}
    country = CITIES[city][1]
    if mode == "N":
        author_loc = noise_loc(country)
    elif mode == "P":
        pass
    else:
        r = R.random()
        author_loc = profile_str(city) if r < 0.45 else (noise_loc(country) if r < 0.8 else profile_str(R.choice(list(CITIES))))
    txt = decorate(fill(text, vals), lang, report, cat)
    if re.search(r"[A-Z]{4,} [A-Z]{2,}", text):
        txt = txt.upper()
    if not report:
        lab = {"outlet_id": None, "city": None, "locality": None}
        sku = None
    return {"text": txt, "lang": out_lang(lang), "geo": geo, "author_loc": author_loc, "country": country,
            "sku": sku if report else None, "lab": lab, "cat": cat, "stockout": report}

items = []
SEEN = set()
def run(plan, report):
    for cat, n in plan.items():
        if cat == "repost":
            continue
        ts = by_cat[cat]
        uses = {i: 0 for i in range(len(ts))}
        W = {"hi-Latn": 2.4, "en": 1.3, "en-IN": 1.3, "en-PH": 0.8, "hi": 1.2, "tl": 0.6}
        for k in range(n):
            cand = [i for i in uses if uses[i] < (1 if not re.search(r"\{[BPSLCO]", ts[i][4]) else 3)]
            fresh = [i for i in cand if uses[i] == 0]
            if fresh and R.random() < 0.7:
                cand = fresh
            i = R.choices(cand, weights=[W.get(ts[j][1], 0.8) / (1 + 2 * uses[j]) for j in cand])[0]
            uses[i] += 1
            amb = cat == "deictic" and ts[i][1] in ("tl", "en-PH") and sum(1 for x in items if x.get("amb")) < 2
            for _ in range(8):
                it = realise(ts[i], report, force_amb=amb)
                if it["text"] not in SEEN:
                    break
            SEEN.add(it["text"])
            it["amb"] = amb
            items.append(it)
run(PLAN_REPORT, True)
run(PLAN_NON, False)
rep_src = [t for t in S if t[0] in ("report", "request", "compact", "size") and t[2] not in ("D", "G", "P", "N")]
for k in range(PLAN_NON["repost"]):
    it = realise(R.choice(rep_src), True)
    it.update(stockout=False, sku=None, cat="repost", lab={"outlet_id": None, "city": None, "locality": None}, repost=True)
    items.append(it)

# extra device geo on some posts whose text already names the place (labels unchanged)
geo_now = sum(1 for it in items if it["geo"])
extra = [it for it in items if not it["geo"] and it["cat"] not in ("profile",) and (not it["stockout"] or it["lab"]["city"])]
R.shuffle(extra)
for it in extra[: max(0, 50 - geo_now)]:
    city = it["lab"]["city"] or R.choice([c for c in CITIES if CITIES[c][1] == it["country"]])
    it["geo"] = far_geo(city)
    if not it["stockout"]:
        it["geo_city"] = city

R.shuffle(items)
SOURCES = ["x", "x", "x", "x", "bluesky", "bluesky", "mastodon", "whatsapp", "whatsapp", "sms"]
mentions, labels = [], []
for i, it in enumerate(items, 1):
    mid = "f12-%04d" % i
    src = "sms" if it["text"].isupper() else R.choice(SOURCES)
    if it["cat"] in ("news", "brand-post") and src in ("sms", "whatsapp"):
        src = R.choice(["x", "bluesky", "mastodon"])
    author = make_author(i, it["country"], it["author_loc"])
    if it["cat"] == "brand-post":
        bn = next(b["brand"] for b in BRANDS if re.search(b["brand"], it["text"], re.I) or b["aliases"][-1] in it["text"])
        author.update(id="u-brand-" + bn.lower(), handle=bn.lower() + ("_official" if it["country"] == "IN" else ".ph"),
                      display_name=bn, location=COUNTRY[it["country"]], followers=R.randint(20000, 90000))
    text = it["text"]
    if it.get("repost"):
        if src == "sms":
            src = "x"
        if src == "x":
            text = "RT @%s: %s" % (make_author(i + 700, it["country"], None)["handle"], text)
    if src in ("sms", "whatsapp"):
        author["followers"] = None
        if src == "sms":
            author["handle"] = "+%s%s" % ("91" if it["country"] == "IN" else "63", "".join(str(R.randint(0, 9)) for _ in range(6)) + "XXXX")
            author["display_name"] = None
    day = R.randint(0, 90)
    ts = "2026-%02d-%02dT%02d:%02d:00Z" % (4 + day // 30, 1 + day % 30, R.randint(0, 23), R.randint(0, 59))
    plat_lang = None
    if src in ("x", "bluesky") and R.random() < 0.5:
        plat_lang = it["lang"].split("-")[0] if it["lang"] in ("en", "hi", "tl", "ta", "bn", "mr", "te", "kn", "ml", "gu", "pa", "ur") else None
    mentions.append({"id": mid, "source": src, "created_at": ts, "author": author, "text": text, "lang": plat_lang,
                     "geo": it["geo"], "is_repost": bool(it.get("repost"))})
    l = it["lab"]
    labels.append({"id": mid, "stockout": it["stockout"], "sku": it["sku"], "outlet_id": l["outlet_id"], "city": l["city"],
                   "locality": l["locality"], "category": it["cat"], "lang": it["lang"]})

with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as f:
    for m in mentions:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in outlets:
        w.writerow([o["outlet_id"], o["name"], o["address"], o["locality"], o["city"], o["region"], o["country"],
                    "%.6f" % o["lat"], "%.6f" % o["lon"]])
cat = {"brands": [{"brand": b["brand"], "aliases": b["aliases"],
                   "products": [{"sku": s, "name": n, "aliases": a} for s, n, a, _ in b["products"]]} for b in BRANDS]}
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", len(mentions))
