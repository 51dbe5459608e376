# Writes the "outlet20-fresh" labelled set: the classes of outlet20-probe (a town's or locality's name written as a
# place against shops named after it, the shop's own words after the place word, two shops in one post) in new
# sentences, written after session 20's rules by the same hand; not a held-out figure. Another invented brand (Tuvessa,
# noodles); Vyara, Sattenapalle, Yadgir, Supaul and Lupon (no other readable set uses them).
# Usage: python3 build_outlet20_fresh_set.py stream-processor/src/test/resources/labelled/outlet20-fresh
import json, os, sys
OUT = sys.argv[1]
C = {
 "VYR": ("Vyara", "Gujarat", "India", "394650"),
 "STP": ("Sattenapalle", "Andhra Pradesh", "India", "522403"),
 "YDG": ("Yadgir", "Karnataka", "India", "585201"),
 "SPL": ("Supaul", "Bihar", "India", "852131"),
 "LPN": ("Lupon", "Davao Oriental", "Philippines", None),
}
SHOPS = [
 ("VYR-01", "Vyara General Stores", "Station Road", 21.11000, 73.39000),
 ("VYR-02", "Kanpura Kirana", "Kanpura", 21.12000, 73.40000),
 ("VYR-03", "Ambika Dairy", "Kanpura", 21.12150, 73.40150),
 ("VYR-04", "Jay Yogeshwar Traders", "Station Road", 21.11150, 73.39150),
 ("VYR-05", "Chaudhari Provision", "Unai Road", 21.10000, 73.38000),
 ("VYR-06", "Sardar Medical", "Unai Road", 21.10150, 73.38150),
 ("STP-01", "Sattenapalle Super Bazar", "Main Road", 16.39500, 80.15000),
 ("STP-02", "Kothapeta Medicals", "Kothapeta", 16.40000, 80.16000),
 ("STP-03", "Sri Durga Kirana", "Kothapeta", 16.40150, 80.16150),
 ("STP-04", "Venkatadri Traders", "Main Road", 16.39650, 80.15150),
 ("STP-05", "Pavani Bakery", "Guntur Road", 16.38500, 80.14000),
 ("STP-06", "Lakshmi Tirupathamma Stores", "Guntur Road", 16.38650, 80.14150),
 ("YDG-01", "Yadgir Provision Stores", "Station Area", 16.77000, 77.13800),
 ("YDG-02", "Hattikuni Kirana", "Hattikuni Road", 16.78000, 77.14800),
 ("YDG-03", "Basaveshwara Medicals", "Gandhi Chowk", 16.76500, 77.13300),
 ("YDG-04", "Patil Traders", "Gandhi Chowk", 16.76650, 77.13450),
 ("YDG-05", "Nandi Dairy", "Hattikuni Road", 16.78150, 77.14950),
 ("YDG-06", "Shri Siddhi Super Market", "Station Area", 16.77150, 77.13950),
 ("SPL-01", "Supaul Kirana Bhandar", "Main Bazar", 26.12000, 86.60000),
 ("SPL-02", "Lohiya Nagar Medical", "Lohiya Nagar", 26.13000, 86.61000),
 ("SPL-03", "Jha General Store", "Lohiya Nagar", 26.13150, 86.61150),
 ("SPL-04", "Mithila Traders", "Main Bazar", 26.12150, 86.60150),
 ("SPL-05", "Gupta Sweets", "Station Road", 26.11000, 86.59000),
 ("SPL-06", "Kosi Provision Store", "Station Road", 26.11150, 86.59150),
 ("LPN-01", "Lupon Minimart", "Poblacion", 6.89800, 126.00900),
 ("LPN-02", "Corporacion Store", "Corporacion", 6.90800, 126.01900),
 ("LPN-03", "Villarin Bakeshop", "Poblacion", 6.89950, 126.01050),
 ("LPN-04", "Aling Celia Store", "Corporacion", 6.90950, 126.02050),
 ("LPN-05", "Santos Pharmacy", "Ilangay", 6.88000, 125.99000),
 ("LPN-06", "Ilangay Grocery", "Ilangay", 6.88150, 125.99150),
]
O = {s[0]: s for s in SHOPS}
LM, CO, CR, SA = "TVS-MAS-070", "TVS-CHK-070", "TVS-MAS-070", "TVS-CHK-070"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))

m("gu", "town-only", R, "Vyara ma kyay Tuvessa malti nathi", None, "Vyara", profile="Vyara")
m("en", "town-only", R, "Tuvessa has vanished from Vyara", None, "Vyara")
m("gu", "locality-only", R, "Kanpura ma Tuvessa nathi", None, "Vyara", "Kanpura", profile="Vyara")
m("en", "locality-only", R, "no Tuvessa in Kanpura today", None, "Vyara", "Kanpura", profile="Vyara")
m("gu", "place-word-kind", R, "Kanpura Kirana ma Tuvessa nathi", "VYR-02", profile="Vyara")
m("en", "place-word-kind", R, "Vyara General Stores out of Tuvessa", "VYR-01")
m("gu", "contrast", R, "Ambika Dairy ma Tuvessa nathi, Jay Yogeshwar Traders ma che", "VYR-03", profile="Vyara")
m("en", "went-elsewhere", R, "Sardar Medical had no Tuvessa; bought it at Chaudhari Provision", "VYR-06", profile="Vyara")
m("gu", "both-out", R, "Ambika Dairy ane Sardar Medical banne ma Tuvessa nathi", None, "Vyara", profile="Vyara")
m("gu", "found", N, "Kanpura Kirana ma Tuvessa aavi gai")
m("te", "town-only", R, "Sattenapalle lo ekkada Tuvessa ledu", None, "Sattenapalle", profile="Sattenapalle")
m("en", "town-only", R, "Sattenapalle shops out of Tuvessa", None, "Sattenapalle")
m("te", "locality-only", R, "Kothapeta lo Tuvessa dorakatledu", None, "Sattenapalle", "Kothapeta", profile="Sattenapalle")
m("te", "place-word-kind", R, "Kothapeta Medicals lo Tuvessa ledu", "STP-02", profile="Sattenapalle")
m("en", "place-word-kind", R, "Sattenapalle Super Bazar has no Tuvessa", "STP-01")
m("te", "contrast", R, "Pavani Bakery lo Tuvessa ledu, Venkatadri Traders lo undi", "STP-05", profile="Sattenapalle")
m("en", "contrast", R, "Kothapeta Medicals is out of Tuvessa but Sri Durga Kirana has it", "STP-02", profile="Sattenapalle")
m("te", "both-out", R, "Pavani Bakery lo, Venkatadri Traders lo Tuvessa ledu", None, "Sattenapalle", profile="Sattenapalle")
m("te", "question", N, "Sattenapalle lo Tuvessa ekkada dorukutundi?")
m("kn", "town-only", R, "Yadgir alli elloo Tuvessa sigtilla", None, "Yadgir", profile="Yadgir")
m("en", "town-only", R, "Yadgir out of Tuvessa for a week", None, "Yadgir")
m("kn", "locality-only", R, "Hattikuni Road alli Tuvessa illa", None, "Yadgir", "Hattikuni Road", profile="Yadgir")
m("kn", "place-word-kind", R, "Hattikuni Kirana alli Tuvessa illa", "YDG-02", profile="Yadgir")
m("en", "place-word-kind", R, "Yadgir Provision Stores has no Tuvessa", "YDG-01")
m("kn", "contrast", R, "Nandi Dairy alli Tuvessa illa, Patil Traders alli ide", "YDG-05", profile="Yadgir")
m("en", "went-elsewhere", R, "Tried Hattikuni Kirana, no Tuvessa; Nandi Dairy had it", "YDG-02", profile="Yadgir")
m("kn", "found", N, "Yadgir Provision Stores alli Tuvessa sikkitu")
m("hi", "town-only", R, "Supaul me kahin Tuvessa nahi mil raha", None, "Supaul", profile="Supaul")
m("hi", "town-only", R, "Supaul ke dukano me Tuvessa khatam", None, "Supaul")
m("hi", "locality-only", R, "Lohiya Nagar me Tuvessa nahi hai", None, "Supaul", "Lohiya Nagar", profile="Supaul")
m("en", "locality-only", R, "lohiya nagar area no Tuvessa", None, "Supaul", "Lohiya Nagar", profile="Supaul")
m("hi", "place-word-kind", R, "Lohiya Nagar Medical me Tuvessa nahi hai", "SPL-02", profile="Supaul")
m("hi", "place-word-kind", R, "Supaul Kirana Bhandar me Tuvessa khatam", "SPL-01")
m("hi", "contrast", R, "Gupta Sweets me Tuvessa nahi hai, Kosi Provision Store me hai", "SPL-05", profile="Supaul")
m("hi", "went-elsewhere", R, "Mithila Traders me Tuvessa nahi tha, Jha General Store se liya", "SPL-04", profile="Supaul")
m("hi", "both-out", R, "Gupta Sweets aur Mithila Traders dono me Tuvessa nahi", None, "Supaul", profile="Supaul")
m("hi", "question", N, "Supaul me Tuvessa kahan milega?")
m("ceb", "town-only", R, "Walay Tuvessa bisan asa sa Lupon", None, "Lupon", profile="Lupon")
m("tl", "town-only", R, "Wala nang Tuvessa sa buong Lupon", None, "Lupon")
m("ceb", "locality-only", R, "Walay Tuvessa sa Ilangay", None, "Lupon", "Ilangay", profile="Lupon")
m("ceb", "locality-only", R, "Wala na Tuvessa diri sa Corporacion", None, "Lupon", "Corporacion", profile="Lupon")
m("ceb", "place-word-kind", R, "Walay Tuvessa sa Ilangay Grocery", "LPN-06", profile="Lupon")
m("tl", "place-word-kind", R, "Wala nang Tuvessa sa Corporacion Store", "LPN-02", profile="Lupon")
m("en", "place-word-kind", R, "Lupon Minimart has no Tuvessa", "LPN-01", profile="Lupon")
m("ceb", "contrast", R, "Walay Tuvessa sa Villarin Bakeshop, naa sa Santos Pharmacy", "LPN-03", profile="Lupon")
m("ceb", "both-out", R, "Walay Tuvessa sa Villarin Bakeshop ug sa Lupon Minimart", None, "Lupon", profile="Lupon")
m("ceb", "found", N, "Naa nay Tuvessa sa Lupon Minimart")
m("en", "praise", N, "Supaul Kirana Bhandar always has Tuvessa")

CATALOG = {"brands": [
 {"brand": "Tuvessa", "aliases": ["tuvessa", "#tuvessa"],
  "category_words": ["noodles"],
  "products": [
   {"sku": "TVS-MAS-070", "name": "Tuvessa Masala Noodles 70 g", "aliases": []},
   {"sku": "TVS-CHK-070", "name": "Tuvessa Chicken Noodles 70 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "o20f-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-o20f%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 17 + i},
                             "text": text, "lang": None,
                             "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if not x[4]), "without outlet,", len(count), "languages")
