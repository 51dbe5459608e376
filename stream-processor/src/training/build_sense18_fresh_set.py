# Writes the "sense18-fresh" labelled set (session 18, issue 14): new sentences written after the session's rules, to
# check that they generalise. The catalog and outlets of sense18-probe plus a fourth invented brand, Manyaman (canned
# longganisa; Kapampangan "delicious"), with two outlets in Guagua. Categories: the everyday word qualifying a noun
# across a Philippine linker, the everyday word made a verb by a light verb, the everyday word of light in its
# company, the name inside another business's name, doubled, or less its last letter before other goods (never
# reports), and reports that must stay (the brand beside its goods, a size, a price, or bare in a short post).
# Written from the writer's knowledge of the languages, not from any labelled set.
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1]
import importlib.util
spec = importlib.util.spec_from_file_location("probe", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                    "build_sense18_probe_set.py"))
probe_src = open(spec.origin, encoding="utf-8").read()
# the probe's catalog and outlets, without writing the probe
ns = {}
exec(probe_src.split("BP = [")[0].replace("OUT = sys.argv[1]", "OUT = None"), ns)
OUTLETS = ns["OUTLETS"] + [
 ("GUA-01", "Aling Tising Store", "Santo Cristo, Guagua", "Santo Cristo", "Guagua", "Pampanga", "Philippines", 14.9660, 120.6330),
 ("GUA-02", "Lansangan Grocery", "Plaza Burgos, Guagua", "Plaza Burgos", "Guagua", "Pampanga", "Philippines", 14.9640, 120.6370),
]
O = {o[0]: o for o in OUTLETS}
CATALOG = ns["CATALOG"]
CATALOG["brands"].append(
 {"brand": "Manyaman", "aliases": ["Manyaman", "#manyaman"],
  "category_words": ["longganisa", "longanisa"],
  "products": [
   {"sku": "MNY-LNG-250G", "name": "Manyaman Longganisa 250 g", "aliases": []},
   {"sku": "MNY-LNG-500G", "name": "Manyaman Longganisa 500 g", "aliases": []}]})
KEYS = ns["KEYS"] + [("aling tising", "GUA-01"), ("lansangan", "GUA-02")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

ROWS = []
NO = [  # (text, category, lang)
 ("ala yang manyaman a pamangan keni Aling Tising Store", "linker", "pam"),
 ("Ala nang manyaman a ulam king Lansangan Grocery ngeni", "linker", "pam"),
 ("walay manyaman nga sud-an sa Lansangan Grocery", "linker", "ceb"),
 ("wala sang naimas nga tinapay sa Galimba Mart", "linker", "hil"),
 ("awan ti naimas a bagas idiay Nana Pacing Store ita", "linker", "ilo"),
 ("walang manyaman na merienda sa Aling Tising Store, puro chichirya", "linker", "tl"),
 ("awanen ti naimas a sabong ditoy Agbayani Grocery", "linker", "ilo"),
 ("Ala ng manyaman a kakanan, Guagua mayap pa", "linker", "pam"),
 ("Bhoyar General Stores madhe gelo, chaan karayla vel nahi", "light-verb", "mr-latn"),
 ("chaan korte hobe, Deshmukh Kirana Bhandar e gas nei", "light-verb", "bn-latn"),
 ("chaan korlam na aaj, jol nei, Rathod Provision er pashe", "light-verb", "bn-latn"),
 ("Gorle General Stores daggara cheekati, velugu ledu asalu", "light", "te-latn"),
 ("intlo velugu ledu, Kondapalli Kirana lo candles kuda levu", "light", "te-latn"),
 ("Yedida Super Market veedhilo velugu ledu, current poyindi", "light", "te-latn"),
 ("Bandaru Provision Stores daka velugu ledu, andhakaram", "light", "te-latn"),
 ("Galimba Mart side, naimas ti angin ngem awan ti kuryente", "light-verb", "ilo"),
 ("Velugu Travels bus raledu, Narsipatnam lo wait chestunna", "business", "te-latn"),
 ("Chaan Caterers ne order cancel kela, jevan nahi", "business", "mr-latn"),
 ("Naimas Bakeshop pandesal awanen, Agbayani Grocery lang", "business", "ilo"),
 ("Manyaman Restaurant sarado, ala nang pamangan", "business", "pam"),
 ("Velugu Medicals lo BP tablets levu", "business", "te-latn"),
 ("Manyaman Manyaman chicharon ala na king Lansangan Grocery", "doubled", "pam"),
 ("Velugu Velugu agarbatti ledu Gorle General Stores lo", "doubled", "te-latn"),
 ("Naima shampoo awanen idiay Nana Pacing Store", "less-s", "ilo"),
 ("Naima soap bar wala na sa Lansangan Grocery", "less-s", "tl"),
 ("Naima detergent walay stock sa Galimba Mart", "less-s", "ceb"),
]
YES = [  # (text, sku, category, lang)
 ("Ala nang Manyaman longganisa king Aling Tising Store", None, "report", "pam"),
 ("Manyaman longganisa 500g meubus ne king Lansangan Grocery", "MNY-LNG-500G", "report", "pam"),
 ("walang Manyaman longganisa sa Aling Tising Store", None, "report", "tl"),
 ("Manyaman 250g out @ Lansangan Grocery", "MNY-LNG-250G", "report", "en"),
 ("manyaman longganisa wala na aling tising store", None, "report", "tl"),
 ("Walay Naimas nga corned beef sa Galimba Mart", None, "report", "ceb"),
 ("awan ti naimas a corned beef idiay agbayani grocery", None, "report", "ilo"),
 ("Gorle General Stores lo Velugu deepam oil ledu, current kuda ledu", None, "report", "te-latn"),
 ("Velugu 1L ledu Kondapalli Kirana lo", "VLG-OIL-1L", "report", "te-latn"),
 ("Chaan coffee sampli Bhoyar General Stores, chaan vatla nahi", None, "report", "mr-latn"),
 ("Deshmukh Kirana Bhandar madhe Chaan coffee 100g nahi", "CHN-COF-100G", "report", "mr-latn"),
 ("Naimas corned beef awanen idiay Nana Pacing Store", None, "report", "ilo"),
 ("Walang Naimas corned beef ang Nana Pacing Store ngayon", None, "report", "tl"),
 ("Manyaman longganisa ₱85 ala na king Aling Tising Store", None, "report", "pam"),
 ("#velugu deepam oil ledu Bandaru Provision Stores lo", None, "report", "te-latn"),
 ("Chaan instant coffee kuthech nahi Jadhav Super Shoppe", None, "report", "mr-latn"),
 ("ala yang Manyaman longganisa keni Lansangan Grocery", None, "report", "pam"),
 ("Rathod Provision la Chaan coffee jar sampli", None, "report", "mr-latn"),
]
for text, cat, lang in NO:
    ROWS.append((text, None, False, None, cat, lang))
for text, sku, cat, lang in YES:
    ROWS.append((text, shop(text), True, sku, cat, lang))

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
PREFIX = "s18f"
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "%s-%03d" % (PREFIX, i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-%s%03d" % (PREFIX, i), "handle": "buyer%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout and o else None,
                            "locality": o[3] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
neg = sum(1 for x in ROWS if not x[2])
print(len(ROWS), "mentions,", len(ROWS) - neg, "reports,", neg, "non-reports,", len(set(x[5] for x in ROWS)), "langs")
for x in ROWS:
    if x[2] and x[1] is None:
        print("report without outlet:", x[0])
