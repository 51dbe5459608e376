# Writes "sense15-fresh" (session 15, issue 14): 24 new sentences of the classes the session fixed, written after the
# rules changed to check that they generalise, on sense15-probe's catalog and outlets (copied from it). Scored once.
# usage: build_sense15_fresh_set.py PROBE_DIR OUT_DIR
import json, os, shutil, sys

PROBE, OUT = sys.argv[1], sys.argv[2]
OUTLETS = {}
for line in open(os.path.join(PROBE, "outlets.csv"), encoding="utf-8").read().splitlines()[1:]:
    head, addr, tail = line.split('"')
    oid, name = head.strip(",").split(",")
    locality, city = tail.strip(",").split(",")[:2]
    OUTLETS[oid] = (name, locality, city)

ROWS = []
def shop(text):
    for oid, (name, _, _) in OUTLETS.items():
        if name.lower() in text.lower():
            return oid
    return None

for text, lang in [
    ("Ang init ng panahon, walang hangin kahit gabi", "tl"),
    ("Walay hangin sulod sa jeep, singot kaayo", "ceb"),
    ("Pankha chal raha hai par thandak nahi aa rahi", "hi-latn"),
    ("Iss baar sardiyon mein bhi thandak nahi", "hi-latn"),
    ("Akash e aaj chand o nei, tara o nei, aalo nei", "bn-latn"),
    ("Load shedding er jonno aalo nei sondhe theke", "bn-latn"),
    ("Innaiku raathiri nila illa, full iruttu", "ta-latn"),
    ("Walay gugma ang iyang pamilya niya", "ceb"),
    ("Kinabuhi nga walay gugma, walay kahulugan", "ceb"),
    ("Garmi se bura haal, kahin thandak nahi", "hi-latn"),
    ("Bhai room mein AC hai par thandak zero", "hi-latn"),
    ("No aalo at home since the cyclone hit Balurghat", "en"),
]:
    ROWS.append((text, None, False, None, "everyday-sense", lang))
for text, sku, lang in [
    ("Thandak talc ka dabba nahi mila Bansal General Store mein", None, "hi-latn"),
    ("Garmi mein Thandak powder chahiye tha, Shiv Shakti Kirana pe nahi hai", None, "hi-latn"),
    ("Walang Hangin menthol sa Santos Minimart, gabi pa naman", "HNG-MEN-150G", "tl"),
    ("Hangin candy wala na, ang init pa naman, Aling Bining Sari-Sari Store", None, "tl"),
    ("Nila coconut oil illa, raathiri vaanga ponen Sri Kamatchi Stores", None, "ta-latn"),
    ("Aalo biscuit nei Sarkar Stores e, current o nei", None, "bn-latn"),
    ("Walay Gugma chocolate sa Tabada Grocery, para unta sa akong uyab", None, "ceb"),
    ("Neela oil illa Ayyanar Provision la", None, "ta-latn"),
    ("Nilla hair oil kedaikala Sri Kamatchi Stores", "NIL-JAS-100ML", "ta-latn"),
    ("Gugma 40 g milk chocolate wala na sa Nanay Lydia Store", "GUG-MLK-40G", "ceb"),
    ("Shiv Shakti Kirana mein Thandak ka stock khatam, garmi badh gayi", None, "hi-latn"),
    ("Maa Tara Bhandar e Aalo Marie nei, ei gorome cha er sathe lage", "AAL-MAR-250G", "bn-latn"),
]:
    ROWS.append((text, shop(text), True, sku, "report", lang))

os.makedirs(OUT, exist_ok=True)
for f in ("catalog.json", "outlets.csv"):
    shutil.copy(os.path.join(PROBE, f), os.path.join(OUT, f))
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "s15f-%03d" % (i + 1)
        o = OUTLETS[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-s15f%03d" % i, "handle": "buyer15f%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[2] if stockout and o else None,
                            "locality": o[1] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
