#!/usr/bin/env python3
"""Build the frozen13 labelled set from the hand-written sentence files in this folder.

python3 build.py        -> writes ../catalog.json ../outlets.csv ../mentions.jsonl ../labels.jsonl
Standard library only, no network, fixed seed.
Sentence file format (one per line, '#' comments):
    category|lang|stockout(0/1)|sku-code|outlet_id|city|locality|flags|text     ('-' = null)
flags (comma separated):
    g=OUTLET   device geo 5-25 m from that outlet        gc=CITY   device geo in the city, away from every outlet
    p=CITY     author profile location is that city      pt=TEXT   author profile location is TEXT
    pv         vague profile location (no city)           rp        is_repost = true
    s=SOURCE   force source                              a=HANDLE  author handle (shops, brands, news)
"""
import csv, json, math, os, random, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from outlets_data import CITIES, OUTLETS, NEIGHBOURS

SEED = 13013
rng = random.Random(SEED)

SKU = {
    "CP5": "CHAMAK-POWDER-500G", "CP1": "CHAMAK-POWDER-1KG", "CB": "CHAMAK-BAR-150G", "CL": "CHAMAK-LIQUID-1L",
    "SM": "SLURPO-MASALA-70G", "SC": "SLURPO-CHICKEN-55G", "SCup": "SLURPO-CUP-SPICY-60G", "SPC": "SLURPO-PANCIT-CANTON-80G",
    "K250": "KWENCH-LEMON-250ML", "K600": "KWENCH-LEMON-600ML", "K15": "KWENCH-LEMON-1500ML", "KO": "KWENCH-ORANGE-600ML",
}

CATALOG = {"brands": [
    {"brand": "Chamak",
     "aliases": ["chamak", "chamak detergent", "chamak washing powder", "#chamak", "#chamakclean", "@chamakclean", "चमक"],
     "products": [
         {"sku": "CHAMAK-POWDER-500G", "name": "Chamak Detergent Powder 500 g", "aliases": ["chamak 500g", "chamak half kg", "chamak powder 500 g"]},
         {"sku": "CHAMAK-POWDER-1KG", "name": "Chamak Detergent Powder 1 kg", "aliases": ["chamak 1kg", "chamak 1 kg", "chamak powder 1 kg"]},
         {"sku": "CHAMAK-BAR-150G", "name": "Chamak Detergent Bar 150 g", "aliases": ["chamak bar", "chamak tikki", "chamak detergent bar"]},
         {"sku": "CHAMAK-LIQUID-1L", "name": "Chamak Liquid Detergent 1 L", "aliases": ["chamak liquid", "chamak liquid 1l"]},
     ]},
    {"brand": "Slurpo",
     "aliases": ["slurpo", "slurpo noodles", "#slurpo", "#slurposeason", "@slurponoodles", "स्लर्पो"],
     "products": [
         {"sku": "SLURPO-MASALA-70G", "name": "Slurpo Masala Noodles 70 g", "aliases": ["slurpo masala"]},
         {"sku": "SLURPO-CHICKEN-55G", "name": "Slurpo Chicken Noodles 55 g", "aliases": ["slurpo chicken"]},
         {"sku": "SLURPO-CUP-SPICY-60G", "name": "Slurpo Cup Spicy 60 g", "aliases": ["slurpo cup", "slurpo cup spicy", "slurpo cup noodles"]},
         {"sku": "SLURPO-PANCIT-CANTON-80G", "name": "Slurpo Pancit Canton Kalamansi 80 g", "aliases": ["slurpo pancit canton", "slurpo canton"]},
     ]},
    {"brand": "Kwench",
     "aliases": ["kwench", "kwench soda", "#kwench", "@kwenchdrinks", "क्वेंच"],
     "products": [
         {"sku": "KWENCH-LEMON-250ML", "name": "Kwench Lemon 250 ml", "aliases": ["kwench 250ml", "kwench lemon 250 ml"]},
         {"sku": "KWENCH-LEMON-600ML", "name": "Kwench Lemon 600 ml", "aliases": ["kwench lemon 600ml"]},
         {"sku": "KWENCH-LEMON-1500ML", "name": "Kwench Lemon 1.5 L", "aliases": ["kwench 1.5l", "kwench 1.5 litre", "kwench 1500 ml"]},
         {"sku": "KWENCH-ORANGE-600ML", "name": "Kwench Orange 600 ml", "aliases": ["kwench orange"]},
     ]},
]}

# ---------------------------------------------------------------- geometry
def offset(lat, lon, dist_m, bearing_deg):
    b = math.radians(bearing_deg)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon

def dist(a_lat, a_lon, b_lat, b_lon):
    r = 6371000.0
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))

def place_outlets():
    coords, loc_centre = {}, {}
    for oid, name, addr, loc, city in OUTLETS:
        if oid in NEIGHBOURS:
            continue
        _, _, clat, clon, _ = CITIES[city]
        if (city, loc) not in loc_centre:
            loc_centre[(city, loc)] = offset(clat, clon, rng.uniform(150, 1300), rng.uniform(0, 360))
        llat, llon = loc_centre[(city, loc)]
        for _ in range(1000):
            lat, lon = offset(llat, llon, rng.uniform(20, 260), rng.uniform(0, 360))
            if all(dist(lat, lon, *coords[o]) > 120 for o in coords if o[:3] == oid[:3]):
                break
        else:
            raise SystemExit("cannot place " + oid)
        coords[oid] = (lat, lon)
    for oid, (other, d) in NEIGHBOURS.items():
        for _ in range(1000):
            lat, lon = offset(*coords[other], d, rng.uniform(0, 360))
            if all(dist(lat, lon, *coords[o]) > 120 for o in coords if o[:3] == oid[:3] and o != other):
                break
        coords[oid] = (lat, lon)
    return {k: (round(v[0], 6), round(v[1], 6)) for k, v in coords.items()}

# ---------------------------------------------------------------- people
IN_NAMES = ["Rahul", "Priya", "Amit", "Sneha", "Vikas", "Pooja", "Arjun", "Neha", "Sanjay", "Ritu", "Imran", "Ayesha",
            "Gurpreet", "Harjot", "Meena", "Kavya", "Karthik", "Divya", "Sreenath", "Anjali", "Suresh", "Lakshmi",
            "Manoj", "Farhan", "Zoya", "Rohan", "Sourav", "Moumita", "Tanmay", "Bhavesh", "Hetal", "Ravi", "Naveen",
            "Shruti", "Ajmal", "Fathima", "Nikhil", "Sayali", "Omkar", "Deepak", "Swati", "Pritam", "Abhishek", "Sana"]
IN_SUR = ["Kumar", "Singh", "Sharma", "Yadav", "Khan", "Patel", "Jadhav", "Pawar", "Reddy", "Naidu", "Gowda", "Nair",
          "Das", "Sarkar", "Banerjee", "Gill", "Mahajan", "Raza", "Iyer", "Murugan", "K", "P", "Sheikh", "Mishra"]
PH_NAMES = ["Ana", "Mark", "Joy", "Paolo", "Kristine", "Jun", "Rhea", "Carlo", "Bea", "JM", "Liza", "Ronald",
            "Mae", "Jomar", "Cherry", "Dindo", "Grace", "Kevin", "Rowena", "Nico", "Aileen", "Jessa", "Bong"]
PH_SUR = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Ramos", "Garcia", "Mendoza", "Aquino",
          "Pacquing", "Ybanez", "Alcantara", "Tolentino", "Ulep", "Agbayani", "Lagman", "Cabrera", "Sabio"]
PH_LANGS = {"tl", "ceb", "hil", "ilo", "bcl", "war"}
PROFILE = {
    "Chhapra": ["Chhapra, Bihar", "Chapra", "Chhapra 📍"], "Deoghar": ["Deoghar, Jharkhand", "Deoghar"],
    "Rampur": ["Rampur, UP", "Rampur (U.P.)"], "Pathankot": ["Pathankot, Punjab", "PTK | Pathankot"],
    "Himmatnagar": ["Himmatnagar, Gujarat", "Himmatnagar"], "Karad": ["Karad, Maharashtra", "Karad 🏞️"],
    "Chidambaram": ["Chidambaram, TN", "Chidambaram"], "Madanapalle": ["Madanapalle, AP", "Madanapalle"],
    "Kolar": ["Kolar, Karnataka", "Kolar"], "Perinthalmanna": ["Perinthalmanna, Kerala", "Perinthalmanna"],
    "Baharampur": ["Baharampur, WB", "Berhampore, Murshidabad"], "Los Baños": ["Los Baños, Laguna", "Los Banos"],
    "Binangonan": ["Binangonan, Rizal", "Binangonan"], "Argao": ["Argao, Cebu", "Argao"],
    "La Carlota": ["La Carlota City, Negros Occ.", "La Carlota"], "Aparri": ["Aparri, Cagayan", "Aparri"],
    "Burauen": ["Burauen, Leyte", "Burauen"], "Nabua": ["Nabua, Camarines Sur", "Nabua, CamSur"],
}
VAGUE_IN = ["India", "Bharat 🇮🇳", "", "Bihar", "Kerala", "Odisha", "Assam", "🌏", "hostel room 204", "somewhere in India"]
VAGUE_PH = ["Pilipinas 🇵🇭", "PH", "", "Visayas", "Luzon", "🌴", "somewhere in the Philippines"]
BRAND_NAMES = {"slurponoodles": "Slurpo Noodles", "kwenchdrinks": "Kwench", "chamakclean": "Chamak"}

def country_of(lang, city):
    if city:
        return CITIES[city][1]
    return "Philippines" if lang.split("-")[0] in PH_LANGS else "India"

def make_author(n, lang, flags, label_city, stockout, source):
    country = country_of(lang, label_city or flags.get("p"))
    if "a" in flags:
        h = flags["a"]
        dn = BRAND_NAMES.get(h, h.replace("_", " ").title())
        loc = None if h in BRAND_NAMES else ""
        return {"id": "u-%05d" % (90000 + n), "handle": h, "display_name": dn, "location": loc,
                "followers": rng.randint(20000, 400000) if h in BRAND_NAMES else rng.randint(40, 6000)}
    if "p" in flags:
        loc = rng.choice(PROFILE[flags["p"]])
    elif "pt" in flags:
        loc = flags["pt"]
    elif "pv" in flags or (stockout and not label_city):
        loc = rng.choice(VAGUE_PH if country == "Philippines" else VAGUE_IN)
    else:
        r = rng.random()
        if label_city and r < 0.45:
            loc = rng.choice(PROFILE[label_city])
        elif r < 0.75:
            loc = rng.choice(VAGUE_PH if country == "Philippines" else VAGUE_IN)
        else:
            same_country = [c for c in CITIES if CITIES[c][1] == country]
            loc = rng.choice(PROFILE[rng.choice(same_country)])
    if source == "sms":
        num = "+63" if country == "Philippines" else "+91"
        return {"id": "sms-%05d" % n, "handle": "%s-XXXXXX%04d" % (num, rng.randint(0, 9999)),
                "display_name": None, "location": loc or None, "followers": 0}
    if country == "Philippines":
        first, last = rng.choice(PH_NAMES), rng.choice(PH_SUR)
    else:
        first, last = rng.choice(IN_NAMES), rng.choice(IN_SUR)
    style = rng.randint(0, 4)
    base = [first.lower() + "_" + last.split()[-1].lower()[:1], first.lower() + str(rng.randint(1, 99)),
            (first + last.replace(" ", "")).lower()[:14], first.lower() + "." + last.split()[0].lower(),
            "its_" + first.lower()][style]
    return {"id": "u-%05d" % (10000 + n * 7 + rng.randint(0, 6)), "handle": base, "display_name": first + " " + last,
            "location": loc, "followers": int(rng.lognormvariate(5, 1.3))}

# ---------------------------------------------------------------- parsing
def parse(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|", 8)
            if len(parts) != 9:
                raise SystemExit("%s:%d bad line" % (path, ln))
            cat, lang, s, sku, oid, city, loc, flags, text = parts
            fl = {}
            for f_ in filter(None, flags.split(",")):
                k, _, v = f_.partition("=")
                fl[k] = v
            nz = lambda x: None if x == "-" else x
            rows.append({"cat": cat, "lang": lang, "stockout": s == "1", "sku": SKU[sku] if sku != "-" else None,
                         "outlet": nz(oid), "city": nz(city), "loc": nz(loc), "flags": fl, "text": text,
                         "where": "%s:%d" % (os.path.basename(path), ln)})
    return rows

def geo_for(row, coords):
    fl = row["flags"]
    if "g" in fl:
        lat, lon = coords[fl["g"]]
        return offset(lat, lon, rng.uniform(5, 25), rng.uniform(0, 360))
    if "gc" in fl:
        _, _, clat, clon, pre = CITIES[fl["gc"]]
        for _ in range(1000):
            lat, lon = offset(clat, clon, rng.uniform(300, 1500), rng.uniform(0, 360))
            if all(dist(lat, lon, *coords[o]) > 150 for o in coords if o.startswith(pre)):
                return lat, lon
        raise SystemExit("no free spot in " + fl["gc"])
    return None

def pick_source(row):
    fl = row["flags"]
    if "s" in fl:
        return fl["s"]
    t = row["text"]
    if "rp" in fl:
        return "x" if t.startswith("RT @") else rng.choice(["bluesky", "mastodon"])
    if "@" in t or "#" in t or "a" in fl:
        return rng.choices(["x", "bluesky", "mastodon"], [0.8, 0.12, 0.08])[0]
    if len(t) < 90:
        return rng.choices(["x", "bluesky", "mastodon", "whatsapp"], [0.74, 0.1, 0.08, 0.08])[0]
    return rng.choices(["x", "bluesky", "mastodon"], [0.75, 0.15, 0.1])[0]

def coarse_lang(lang):
    if rng.random() < 0.65:
        return None
    if lang.endswith("-Latn"):
        return rng.choice(["und", "en", "in"]) if lang.startswith(("hi", "bho", "ur")) else "und"
    return lang if lang in ("en", "hi", "ta", "bn", "mr", "te", "kn", "ml", "gu", "pa", "ur", "or", "as", "tl") else "und"

def main():
    coords = place_outlets()
    rows = []
    for fn in ("reports_in.txt", "reports_ph.txt", "nonreports.txt"):
        rows += parse(os.path.join(HERE, fn))
    rng.shuffle(rows)
    if len(rows) != 500:
        print("WARNING: %d rows" % len(rows))
    start = datetime(2026, 9, 20, tzinfo=timezone.utc)
    times = sorted(start + timedelta(seconds=rng.randint(0, 66 * 86400)) for _ in rows)
    mentions, labels = [], []
    for i, (row, ts) in enumerate(zip(rows, times), 1):
        mid = "f13-%04d" % i
        src = pick_source(row)
        g = geo_for(row, coords)
        mentions.append({"id": mid, "source": src, "created_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "author": make_author(i, row["lang"], row["flags"], row["city"], row["stockout"], src),
                         "text": row["text"], "lang": coarse_lang(row["lang"]),
                         "geo": {"lat": round(g[0], 6), "lon": round(g[1], 6)} if g else None,
                         "is_repost": "rp" in row["flags"]})
        labels.append({"id": mid, "stockout": row["stockout"], "sku": row["sku"], "outlet_id": row["outlet"],
                       "city": row["city"], "locality": row["loc"], "category": row["cat"], "lang": row["lang"]})
        row["id"] = mid
    with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
        for oid, name, addr, loc, city in OUTLETS:
            reg, country = CITIES[city][0], CITIES[city][1]
            w.writerow([oid, name, addr, loc, city, reg, country, "%.6f" % coords[oid][0], "%.6f" % coords[oid][1]])
    for fn, items in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d mentions" % len(mentions))

if __name__ == "__main__":
    main()
