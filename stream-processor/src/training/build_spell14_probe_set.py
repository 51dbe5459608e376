#!/usr/bin/env python3
"""Builds labelled/spell14-probe: misspelt and re-spelt tracked brand names against look-alike brands (session 14).

Written before any rule of the session changed, from the writer's knowledge of how people spell brand names by
sound in India and the Philippines (kh/k, ph/f, ee/i, oo/u, z/j, doubled or dropped letters, a vowel changed, the
name in a native script, split or glued words, hashtags), not from any labelled set or the lexicon files.

Three invented brands: Phoolika (biscuits), Kheerzo (flavoured milk), Gulzara (rose and khus sharbat). Each has
three invented look-alike brands one or two letters away, which the catalog does not know: Phalika and Phoolira
(biscuits too), Phoolka (incense); Kheerzi (flavoured milk too), Kheero (ice cream), Kheerza (kheer mix); Gulzora
(sharbat too), Gulnara (soap), Gulzari (namkeen). Outlets in Hardoi, Parbhani, Bankura, Pudukkottai, Shimoga,
Roxas City and Sorsogon, cities no other set uses.

Half the mentions are reports with the tracked name misspelt or re-spelt; half are hard negatives: look-alike
brands (bare, with the category word they share, with their own product names, with goods of another kind) and
other meanings of the respelt word (the poet Gulzar, phulka bread, phulki fritters). Run from the repository root:
python3 stream-processor/src/training/build_spell14_probe_set.py
"""
import json
import os

OUT = "stream-processor/src/test/resources/labelled/spell14-probe"

CATALOG = {"brands": [
    {"brand": "Phoolika", "aliases": ["Phoolika", "#phoolika", "@phoolikabiscuits"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [
         {"sku": "PHL-ELA-75G", "name": "Phoolika Elaichi 75 g", "aliases": []},
         {"sku": "PHL-BUT-150G", "name": "Phoolika Butter 150 g", "aliases": []},
         {"sku": "PHL-COC-75G", "name": "Phoolika Coconut 75 g", "aliases": []}]},
    {"brand": "Kheerzo", "aliases": ["Kheerzo", "#kheerzo", "@kheerzomilk"],
     "category_words": ["flavoured milk", "milkshake", "milk"],
     "products": [
         {"sku": "KHZ-KES-200ML", "name": "Kheerzo Kesar 200 ml", "aliases": []},
         {"sku": "KHZ-BAD-200ML", "name": "Kheerzo Badam 200 ml", "aliases": []},
         {"sku": "KHZ-KES-1L", "name": "Kheerzo Kesar 1 L", "aliases": []}]},
    {"brand": "Gulzara", "aliases": ["Gulzara", "#gulzara", "@gulzarasharbat"],
     "category_words": ["sharbat", "sherbet", "syrup"],
     "products": [
         {"sku": "GLZ-ROSE-750ML", "name": "Gulzara Rose 750 ml", "aliases": []},
         {"sku": "GLZ-KHUS-750ML", "name": "Gulzara Khus 750 ml", "aliases": []},
         {"sku": "GLZ-ROSE-300ML", "name": "Gulzara Rose 300 ml", "aliases": []}]},
]}

OUTLETS = [
    ("HRD-01", "Bajrang Kirana Store", "Railway Ganj, Hardoi 241001", "Railway Ganj", "Hardoi", "Uttar Pradesh", "India", 27.3960, 80.1290),
    ("HRD-02", "Tiwari General Store", "Kachehri Road, Hardoi 241001", "Kachehri Road", "Hardoi", "Uttar Pradesh", "India", 27.4010, 80.1350),
    ("PBN-01", "Mauli Kirana", "Vasmat Road, Parbhani 431401", "Vasmat Road", "Parbhani", "Maharashtra", "India", 19.2600, 76.7850),
    ("PBN-02", "Sai Samarth Provision", "Jintur Road, Parbhani 431401", "Jintur Road", "Parbhani", "Maharashtra", "India", 19.2750, 76.7600),
    ("BNK-01", "Maa Durga Bhandar", "Machantala, Bankura 722101", "Machantala", "Bankura", "West Bengal", "India", 23.2330, 87.0680),
    ("BNK-02", "Ghosh Stores", "Lalbazar, Bankura 722101", "Lalbazar", "Bankura", "West Bengal", "India", 23.2400, 87.0750),
    ("PDK-01", "Murugan Stores", "Keezha Raja Veedhi, Pudukkottai 622001", "Keezha Raja Veedhi", "Pudukkottai", "Tamil Nadu", "India", 10.3810, 78.8210),
    ("PDK-02", "Sri Kamatchi Provisions", "Thilagar Thidal, Pudukkottai 622001", "Thilagar Thidal", "Pudukkottai", "Tamil Nadu", "India", 10.3870, 78.8150),
    ("SMG-01", "Sri Renuka Stores", "Vinoba Nagar, Shimoga 577204", "Vinoba Nagar", "Shimoga", "Karnataka", "India", 13.9400, 75.5600),
    ("SMG-02", "Malnad Provision Stores", "Gandhi Bazaar, Shimoga 577202", "Gandhi Bazaar", "Shimoga", "Karnataka", "India", 13.9290, 75.5700),
    ("RXS-01", "Dela Cruz Store", "Baybay, Roxas City 5800", "Baybay", "Roxas City", "Capiz", "Philippines", 11.5950, 122.7450),
    ("RXS-02", "Villareal Minimart", "Lawaan, Roxas City 5800", "Lawaan", "Roxas City", "Capiz", "Philippines", 11.5800, 122.7550),
    ("SRG-01", "Gamos Store", "Bibincahan, Sorsogon 4700", "Bibincahan", "Sorsogon", "Sorsogon", "Philippines", 12.9750, 123.9900),
    ("SRG-02", "Lopez Mini Mart", "Sirangan, Sorsogon 4700", "Sirangan", "Sorsogon", "Sorsogon", "Philippines", 12.9700, 123.9950),
]
BY_ID = {o[0]: o for o in OUTLETS}

# Frames per language: {B} the brand as written, {P} words after it (a product, a size, a category word or nothing),
# {S} the shop, {L} its locality. Each frame is a plain absence the rules read when the brand is spelt right.
FRAMES = {
    "en": ["{B}{P} out of stock at {S} {L}", "no {B}{P} at {S}, {L} since monday",
           "can't find {B}{P} at {S} {L} this week", "{S} {L} has run out of {B}{P}"],
    "hi-latn": ["{S} {L} mein {B}{P} nahi mil raha", "{B}{P} khatam hai {S} {L} pe",
                "{S} {L} par {B}{P} ka stock khatam ho gaya", "bhai {S} {L} mein {B}{P} nahi hai"],
    "hi": ["{S} {L} में {B}{P} नहीं मिल रहा", "{S} {L} पर {B}{P} खत्म हो गया"],
    "mr-latn": ["{S} {L} madhe {B}{P} milat nahi", "{S} {L} la {B}{P} sampla"],
    "mr": ["{S} {L} मध्ये {B}{P} मिळत नाही", "{S} {L} इथे {B}{P} संपले"],
    "bn-latn": ["{S} {L} e {B}{P} pachhi na", "{S} {L} te {B}{P} sesh hoye geche"],
    "bn": ["{S} {L} এ {B}{P} পাচ্ছি না", "{S} {L} তে {B}{P} শেষ হয়ে গেছে"],
    "ta-latn": ["{S} {L} la {B}{P} kedaikala", "{S} {L} kadaila {B}{P} illa"],
    "ta": ["{S} {L} கடையில் {B}{P} கிடைக்கவில்லை", "{S} {L} இல் {B}{P} இல்லை"],
    "kn-latn": ["{S} {L} alli {B}{P} sikkilla", "{S} {L} angadiyalli {B}{P} illa"],
    "kn": ["{S} {L} ಅಂಗಡಿಯಲ್ಲಿ {B}{P} ಸಿಗುತ್ತಿಲ್ಲ", "{S} {L} ಅಲ್ಲಿ {B}{P} ಇಲ್ಲ"],
    "hil": ["wala {B}{P} sa {S} {L}", "ubos na ang {B}{P} sa {S} {L}"],
    "tl": ["walang {B}{P} sa {S} {L}", "ubos na ang {B}{P} sa {S}, {L}"],
    "bik": ["mayong {B}{P} sa {S} {L}", "ubos na an {B}{P} sa {S} {L}"],
    "ceb": ["walay {B}{P} sa {S} {L}", "nahurot na ang {B}{P} sa {S} {L}"],
}
# The shops a language's posts are about.
SHOPS = {"en": ["HRD-01", "PBN-02", "SMG-01", "RXS-02", "BNK-02", "PDK-01"], "hi-latn": ["HRD-01", "HRD-02"],
         "hi": ["HRD-02", "HRD-01"], "mr-latn": ["PBN-01", "PBN-02"], "mr": ["PBN-02", "PBN-01"],
         "bn-latn": ["BNK-01", "BNK-02"], "bn": ["BNK-02", "BNK-01"], "ta-latn": ["PDK-01", "PDK-02"],
         "ta": ["PDK-02", "PDK-01"], "kn-latn": ["SMG-01", "SMG-02"], "kn": ["SMG-02", "SMG-01"],
         "hil": ["RXS-01", "RXS-02"], "tl": ["SRG-01", "SRG-02"], "bik": ["SRG-02", "SRG-01"],
         "ceb": ["RXS-02", "RXS-01"]}
LANGS = list(FRAMES)

rows = []  # (text, label dict without id)
turn = {"n": 0}


def place(lang, k):
    """A frame and a shop for the k-th post of a language."""
    frames = FRAMES[lang]
    shops = SHOPS[lang]
    return frames[k % len(frames)], BY_ID[shops[(k // len(frames)) % len(shops)]]


def post(lang, brand, words, report, sku, category):
    k = turn["n"]
    turn["n"] += 1
    frame, o = place(lang, k)
    text = frame.format(B=brand, P=(" " + words) if words else "", S=o[1], L=o[3])
    if report:
        label = {"stockout": True, "sku": sku, "outlet_id": o[0], "city": o[4], "locality": o[3]}
    else:
        label = {"stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
    label["category"] = category
    label["lang"] = lang
    rows.append((text, label))


def lang_of(i):
    return LANGS[i % len(LANGS)]


# --- reports -----------------------------------------------------------------------------------------------------
# Right spelling, for a control.
for i, (b, w, sku) in enumerate([("Phoolika", "elaichi", "PHL-ELA-75G"), ("Kheerzo", "badam", "KHZ-BAD-200ML"),
                                 ("Gulzara", "khus", "GLZ-KHUS-750ML"), ("Phoolika", "", None),
                                 ("Kheerzo", "", None), ("Gulzara", "", None)]):
    post(["en", "hi-latn", "ta-latn", "hil", "mr-latn", "bn-latn"][i], b, w, True, sku, "plain")

# Sound-spellings and slips, with the brand's own product word or size.
SOUND = {
    "Phoolika": ["Foolika", "Fulika", "Phulika", "Phoolikka", "Pholika", "Phulikaa", "Fhoolika", "Phoolica",
                 "Phoolikha", "Phoulika"],
    "Kheerzo": ["Keerzo", "Khirzo", "Kheerjo", "Khirjo", "Kirzo", "Kheerzoo", "Kherzo", "Kheerrzo", "Khiirzo",
                "Kheerso"],
    "Gulzara": ["Guljara", "Goolzara", "Gulzaara", "Ghulzara", "Gulzarah", "Gulzzara", "Gulzra", "Gulzera",
                "Gooljara", "Gulzaraa"],
}
EVIDENCE = {
    "Phoolika": [("elaichi", "PHL-ELA-75G"), ("butter 150g", "PHL-BUT-150G"), ("coconut", "PHL-COC-75G"),
                 ("elaichi 75g", "PHL-ELA-75G"), ("butter", "PHL-BUT-150G")],
    "Kheerzo": [("badam", "KHZ-BAD-200ML"), ("kesar 200ml", "KHZ-KES-200ML"), ("kesar 1 litre", "KHZ-KES-1L"),
                ("badam 200 ml", "KHZ-BAD-200ML"), ("1L kesar", "KHZ-KES-1L")],
    "Gulzara": [("khus", "GLZ-KHUS-750ML"), ("rose 300ml", "GLZ-ROSE-300ML"), ("rose 750 ml", "GLZ-ROSE-750ML"),
                ("khus 750ml", "GLZ-KHUS-750ML"), ("300 ml rose", "GLZ-ROSE-300ML")],
}
CATEGORY = {"Phoolika": ["biscuit", "biscuits", "cookies"], "Kheerzo": ["flavoured milk", "milkshake", "milk"],
            "Gulzara": ["sharbat", "syrup", "sherbet"]}
n = 0
for b, spellings in SOUND.items():
    for j, s in enumerate(spellings[:7]):
        w, sku = EVIDENCE[b][j % len(EVIDENCE[b])]
        post(lang_of(n), s, w, True, sku, "respelt-product")
        n += 1
# ... with a size of the brand only.
for s, w, sku in [("Foolika", "150g", "PHL-BUT-150G"), ("Phulika", "150 g", "PHL-BUT-150G"),
                  ("Khirzo", "1 litre", "KHZ-KES-1L"), ("Keerzo", "1L", "KHZ-KES-1L"),
                  ("Guljara", "300ml", "GLZ-ROSE-300ML"), ("Goolzara", "300 ml", "GLZ-ROSE-300ML")]:
    post(lang_of(n), s, w, True, sku, "respelt-size")
    n += 1
# ... with its category word only (weak evidence: look-alikes of the same kind share it).
for b, spellings in SOUND.items():
    for j, s in enumerate(spellings[3:10]):
        post(lang_of(n), s, CATEGORY[b][j % 3], True, None, "respelt-category")
        n += 1
# ... with nothing else of the brand.
for b, spellings in SOUND.items():
    for j, s in enumerate(spellings[::2]):
        post(lang_of(n), s, "", True, None, "respelt-bare")
        n += 1

# The name in a native script (by sound, as people write it), with and without a product word.
SCRIPT = [
    ("hi", "फूलिका", "इलायची", "PHL-ELA-75G"), ("hi", "फुलिका", "बिस्कुट", None), ("hi", "खीरज़ो", "बादाम", "KHZ-BAD-200ML"),
    ("hi", "खीरजो", "", None), ("hi", "गुलज़ारा", "शरबत", None), ("hi", "गुलजारा", "खस", "GLZ-KHUS-750ML"),
    ("mr", "फुलिका", "बटर", "PHL-BUT-150G"), ("mr", "खिरझो", "", None), ("mr", "गुलझारा", "सरबत", None),
    ("bn", "ফুলিকা", "বিস্কুট", None), ("bn", "খীরজো", "কেশর 200ml", "KHZ-KES-200ML"), ("bn", "গুলজারা", "", None),
    ("ta", "பூலிகா", "பிஸ்கட்", None), ("ta", "கீர்சோ", "பாதாம்", "KHZ-BAD-200ML"), ("ta", "குல்சாரா", "ரோஸ் 300ml", "GLZ-ROSE-300ML"),
    ("kn", "ಫೂಲಿಕಾ", "ಬಿಸ್ಕತ್", None), ("kn", "ಖೀರ್ಜೋ", "", None), ("kn", "ಗುಲ್ಜಾರಾ", "ಶರಬತ್", None),
]
for lang, s, w, sku in SCRIPT:
    post(lang, s, w, True, sku, "script")

# Split, glued and hashtag forms.
FORMS = [
    ("en", "Phoo lika", "elaichi", "PHL-ELA-75G"), ("hi-latn", "Phool ika", "biscuit", None),
    ("tl", "Gul Zara", "khus", "GLZ-KHUS-750ML"), ("en", "Gul zara", "sharbat", None),
    ("hi-latn", "Kheer zo", "badam", "KHZ-BAD-200ML"), ("mr-latn", "Kheer-zo", "kesar 200ml", "KHZ-KES-200ML"),
    ("en", "#Foolika", "", None), ("hil", "#guljara", "", None), ("en", "#khirzo", "badam", "KHZ-BAD-200ML"),
    ("en", "foolikabiscuits", "", None), ("hi-latn", "gulzarasharbat", "", None), ("en", "#kheerjomilk", "", None),
    ("ceb", "#GulzaraKhus", "", "GLZ-KHUS-750ML"), ("kn-latn", "Phoolikabiscuit", "", None),
    ("bn-latn", "Khirzo-r", "badam", "KHZ-BAD-200ML"), ("ta-latn", "Gulzarava", "", None),
]
for lang, s, w, sku in FORMS:
    post(lang, s, w, True, sku, "split-glued")
# Addressed to the brand's own handle.
for lang, s in [("en", "@phoolikabiscuits Foolika"), ("hi-latn", "@kheerzomilk Khirjo"), ("tl", "@gulzarasharbat Guljara")]:
    post(lang, s, "", True, None, "respelt-handle")

# --- hard negatives ----------------------------------------------------------------------------------------------
LOOK = {  # look-alike: (its own product words, goods of another kind if any)
    "Phalika": (["jeera crunch", "nankhatai", "choco cream"], None),
    "Phoolira": (["marie gold", "atta nuts", "jeera crunch"], None),
    "Phoolka": ([], ["agarbatti", "dhoop", "incense sticks"]),
    "Kheerzi": (["thandai", "strawberry", "mango shake"], None),
    "Kheero": ([], ["ice cream", "kulfi", "cone"]),
    "Kheerza": ([], ["kheer mix", "payasam mix", "dessert mix"]),
    "Gulzora": (["kewra", "falsa", "thandai"], None),
    "Gulnara": ([], ["soap", "sabun", "face wash"]),
    "Gulzari": ([], ["namkeen", "bhujia", "mixture"]),
}
SAME_KIND = {"Phalika": "Phoolika", "Phoolira": "Phoolika", "Kheerzi": "Kheerzo", "Gulzora": "Gulzara"}
m = 0
for la, (own, other) in LOOK.items():
    if own:
        for w in own:
            post(lang_of(m), la, w, False, None, "lookalike-own-product")
            m += 1
        for c in CATEGORY[SAME_KIND[la]]:
            post(lang_of(m), la, c, False, None, "lookalike-same-kind")
            m += 1
    else:
        for w in other:
            post(lang_of(m), la, w, False, None, "lookalike-other-kind")
            m += 1
    for _ in range(2):
        post(lang_of(m), la, "", False, None, "lookalike-bare")
        m += 1
# Look-alikes with a size the tracked brand does not make, or with a flavour word the tracked brand has too.
for la, w in [("Phalika", "200g pack"), ("Phoolira", "400 g"), ("Kheerzi", "500ml"), ("Gulzora", "1 litre"),
              ("Gulzora", "500 ml bottle"), ("Kheerzi", "180 ml")]:
    post(lang_of(m), la, w, False, None, "lookalike-other-size")
    m += 1
for la, w in [("Phalika", "elaichi"), ("Kheerzi", "kesar"), ("Gulzora", "rose")]:
    post(lang_of(m), la, w, False, None, "lookalike-shared-flavour")
    m += 1
# Look-alikes named with their maker.
for lang, la, w in [("en", "Phoolira", "by Sunbake"), ("hi-latn", "Kheerzi", "company ka"), ("en", "Gulzora", "by Amrit Foods")]:
    post(lang, la, w, False, None, "lookalike-maker")
# Look-alikes in a native script and as hashtags.
for lang, s, w in [("hi", "फलिका", "बिस्कुट"), ("hi", "खीरज़ी", ""), ("bn", "গুলজোরা", "শরবত"), ("ta", "கீர்சி", ""),
                   ("kn", "ಫಲಿಕಾ", ""), ("mr", "गुलनारा", "साबण"), ("en", "#Phalika", ""), ("en", "#kheerzi", "thandai"),
                   ("hil", "#Gulzora", "")]:
    post(lang, s, w, False, None, "lookalike-script-hashtag")

# Other meanings of a respelt name (the poet Gulzar, a garden, phulka bread, phulki fritters, a girl called Zara).
OTHER = [
    "Gulzar saab ki nayi kitaab nahi mili {S} {L} mein",
    "gulzar ki nazm jaisi baat kahin nahi",
    "Gulzar sahab ki shayari ka jawab nahi",
    "garden ab gulzar nahi raha, sab phool sukh gaye",
    "aaj ghar pe phulka nahi bana, atta khatam",
    "mummy ke haath ke phulke jaisa kuch nahi",
    "phulki wala aaj nahi aaya {L} mein",
    "{L} ke thele pe phulki khatam ho gayi",
    "Gul aur Zara dono nahi aaye aaj class mein",
    "gulzaar mehfil thi kal, aaj koi nahi",
    "no Gulzar songs on the radio today",
    "amar kheer sesh hoye geche, abar banabo",
    "kheer nahi bani is baar Diwali pe",
    "phulka aur dal, bas itna hi chahiye",
    "Gulzar ko padha? unke jaisa koi nahi likhta",
    "walang gulay sa bahay, ubos na",
    "kal raat phulke kam pad gaye, sabzi bach gayi",
    "Gulzaar naam ka dhaba {L} mein band ho gaya",
    "bagicha pehle gulzar tha, ab ek phool nahi",
    "Zara ka naya collection kahin nahi mila",
]
for i, t in enumerate(OTHER):
    o = OUTLETS[i % 4]
    rows.append((t.format(S=o[1], L=o[3]), {"stockout": False, "sku": None, "outlet_id": None, "city": None,
                                            "locality": None, "category": "other-meaning",
                                            "lang": "tl" if t.startswith("walang") else
                                            "bn-latn" if t.startswith("amar") else
                                            "en" if t.startswith("no ") else "hi-latn"}))


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
        f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
        for o in OUTLETS:
            f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
    sources = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
    with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as mf, \
            open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for i, (text, label) in enumerate(rows, 1):
            mid = "sp14-%03d" % i
            mention = {"id": mid, "source": sources[i % 5], "created_at": "2026-12-0%dT%02d:%02d:00Z" % (1 + i % 6, 6 + i % 12, i % 60),
                       "author": {"id": "u-sp%03d" % i, "handle": "buyer%03d" % i, "display_name": None,
                                  "location": None, "followers": 5 + i % 40},
                       "text": text, "lang": None, "geo": None, "is_repost": False}
            mf.write(json.dumps(mention, ensure_ascii=False) + "\n")
            lf.write(json.dumps(dict({"id": mid}, **label), ensure_ascii=False) + "\n")
    reports = sum(1 for _, l in rows if l["stockout"])
    print("%d mentions, %d reports" % (len(rows), reports))


if __name__ == "__main__":
    main()
