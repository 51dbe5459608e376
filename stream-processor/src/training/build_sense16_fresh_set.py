# Writes the "sense16-fresh" labelled set (session 16, issue 14): new sentences of the classes the session's rule
# (WordUse) reads, written after the rule and scored once, to see whether it generalises beyond sense16-probe. Same
# catalog and outlets as sense16-probe (copied from it): the everyday word of a brand in lower case in a post that
# capitalises a shop or a place, the everyday word after a determiner or before a degree word, and true reports
# that must stay (the brand capitalised, or in lower case beside its product words, or bare in an all lower-case post).
import json, os, shutil, sys

OUT = sys.argv[1]
PROBE = os.path.join(os.path.dirname(OUT.rstrip("/")), "sense16-probe")
OUTLET_CITY = {}
with open(os.path.join(PROBE, "outlets.csv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        oid = line.split(",")[0]
        parts = line.rstrip("\n").split('"')
        rest = parts[2].split(",")
        OUTLET_CITY[oid] = (rest[2], rest[1])

ROWS = [
    # everyday word, lower case, in a post that capitalises a shop or a place: never reports
    ("Gaikwad Provision madhe light nahi, pankha band, kahi maja nahi", None, False, None, "everyday-shop", "mr-latn"),
    ("Pacana Grocery sa gawas kusog kaayo ang ulan, walay payong", None, False, None, "everyday-shop", "ceb"),
    ("Sa Dimaculangan Minimart pa lang, wala nang ginhawa sa init", None, False, None, "everyday-shop", "tl"),
    ("Trivedi Kirana se ghar tak chal ke aaya, pairon ko rahat nahi", None, False, None, "everyday-shop", "hi-latn"),
    ("Hansda Bhandar er dokane bhir, ekdom maja nei aaj", None, False, None, "everyday-shop", "bn-latn"),
    ("Pechimuthu Stores pakkathula kalyanam, aana saapattula inimai illa", None, False, None, "everyday-shop", "ta-latn"),
    ("Went to Zaidi Medical Hall for my mother, no rahat for her knees yet", None, False, None, "everyday-shop", "en"),
    ("Bogo ni ulan, walay kusog ang kuryente sa Manang Diding Store", None, False, None, "everyday-shop", "ceb"),
    # everyday word after a determiner or before a degree word: never reports
    ("Aaj office mein koi maja nahi", None, False, None, "everyday", "hi-latn"),
    ("kono rahat nei ei gorome", None, False, None, "everyday", "bn-latn"),
    ("kusog kaayo ang hangin karon gabii", None, False, None, "everyday", "ceb"),
    ("khup maja aali trip la, pan paisa sampla", None, False, None, "everyday", "mr-latn"),
    # true reports that must stay
    ("Wala nang Ginhawa sa Aling Charing Store, ubos na", "SPL-01", True, None, "brand-product", "tl"),
    ("Trivedi Kirana pe Rahat nahi mila aaj", "SJP-01", True, None, "brand-product", "hi-latn"),
    ("Pacana Grocery walay kusog energy drink", "BOG-02", True, None, "lower-product", "ceb"),
    ("Kshirsagar Kirana madhe maja chips sampale", "BED-01", True, None, "lower-product", "mr-latn"),
    ("rahat nahi mila trivedi kirana pe", "SJP-01", True, None, "lower-bare", "hi-latn"),
    ("walay kusog sa pacana grocery, nahurot na", "BOG-02", True, None, "lower-bare", "ceb"),
    ("Hembram Stores e Maja nei, chips er taak khali", "JHG-01", True, None, "brand-product", "bn-latn"),
    ("Karuppasamy Provision la inimai candy illa", "KVP-02", True, None, "lower-product", "ta-latn"),
]

os.makedirs(OUT, exist_ok=True)
shutil.copy(os.path.join(PROBE, "catalog.json"), os.path.join(OUT, "catalog.json"))
shutil.copy(os.path.join(PROBE, "outlets.csv"), os.path.join(OUT, "outlets.csv"))
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "s16f-%03d" % (i + 1)
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-s16f%03d" % i, "handle": "walker%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        city, loc = OUTLET_CITY[outlet] if outlet else (None, None)
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku, "outlet_id": outlet, "city": city,
                            "locality": loc, "category": category, "lang": lang}, ensure_ascii=False) + "\n")
print(len(ROWS), "mentions")
