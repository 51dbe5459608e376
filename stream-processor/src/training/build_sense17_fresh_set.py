# Writes the "sense17-fresh" labelled set (session 17, issue 14): new sentences of the classes the session fixed,
# written after the rules (a product-line word or a glued case ending making the brand's name another name; the brand's
# word after a locative of a common noun, a rule tried and taken out; reports that must stay), on sense17-probe's
# catalog and outlets.
# Five invented brands whose names are ordinary words of five languages, none of them in catalog/everyday-senses.tsv
# or catalog/word-use.tsv: Jugnu (an LED torch; Hindi/Urdu "firefly"), Tala (sardines; Tagalog/Cebuano "star", also
# "note, record", and Hindi/Bengali/Marathi/Nepali "lock"), Sihi (milk toffee; Kannada "sweet, sweetness, a sweet
# dish"), Lami (instant noodles; Cebuano "tasty, taste") and Ramro (cream biscuits; Nepali "good"). Ten outlets in
# Lakhimpur, Sakleshpur, Kalimpong, Lucban and Moalboal. Invented look-alikes the catalog does not track, three or
# more per family: Jugnutex, Jugnuma, NeoJugnu, "Jugnu Gold"; Talasa, Talavera, SuperTala, "Tala Gold", Tala
# Pharmacy; Sihita, Sihimane, NeoSihi, Sihi Bakery; Lamian, Lamitas, Lamigo, Lami Lami Grill; Ramrolo, Suramro,
# "Ramro Gold". Categories: the brand with product evidence; lower case with product evidence; lower case with a
# keyboard slip beside its product words (reports); the ordinary word in the post's grammar (affixes, case markers,
# postpositions, numerals, reduplication, the absence of the ordinary thing); the ordinary word in a post that names
# a shop; look-alikes with their own product words (never reports). Written from the writer's knowledge of how
# people write these languages, not from any labelled set.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("LKP-01", "Bajpai General Store", "Sadar Bazar, Lakhimpur 262701", "Sadar Bazar", "Lakhimpur", "Uttar Pradesh", "India", 27.9480, 80.7790),
 ("LKP-02", "Siddiqui Kirana", "Mohalla Thakurdwara, Lakhimpur 262701", "Thakurdwara", "Lakhimpur", "Uttar Pradesh", "India", 27.9440, 80.7720),
 ("SKP-01", "Gowda Provision Stores", "BM Road, Sakleshpur 573134", "BM Road", "Sakleshpur", "Karnataka", "India", 12.9430, 75.7850),
 ("SKP-02", "Hegde Super Market", "Hospital Road, Sakleshpur 573134", "Hospital Road", "Sakleshpur", "Karnataka", "India", 12.9460, 75.7890),
 ("KLP-01", "Tamang Kirana Pasal", "Main Road, Kalimpong 734301", "Main Road", "Kalimpong", "West Bengal", "India", 27.0600, 88.4690),
 ("KLP-02", "Pradhan Stores", "Rishi Road, Kalimpong 734301", "Rishi Road", "Kalimpong", "West Bengal", "India", 27.0640, 88.4720),
 ("LCB-01", "Aling Nena Sari-Sari Store", "Barangay Ayuti, Lucban", "Ayuti", "Lucban", "Quezon", "Philippines", 14.1130, 121.5560),
 ("LCB-02", "Villaverde Grocery", "Poblacion, Lucban", "Poblacion", "Lucban", "Quezon", "Philippines", 14.1140, 121.5580),
 ("MBL-01", "Nang Pilar Store", "Poblacion East, Moalboal", "Poblacion East", "Moalboal", "Cebu", "Philippines", 9.9440, 123.3960),
 ("MBL-02", "Cabahug Mart", "Basdiot, Moalboal", "Basdiot", "Moalboal", "Cebu", "Philippines", 9.9380, 123.3870),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Jugnu", "aliases": ["Jugnu", "जुगनू", "جگنو", "#jugnu"],
  "category_words": ["torch", "emergency light"],
  "products": [
   {"sku": "JGN-TOR-3W", "name": "Jugnu LED Torch 3 W", "aliases": []},
   {"sku": "JGN-EML-20", "name": "Jugnu Emergency Light 20 LED", "aliases": []}]},
 {"brand": "Tala", "aliases": ["Tala", "#tala"],
  "category_words": ["sardines", "sardinas"],
  "products": [
   {"sku": "TLA-SAR-155G", "name": "Tala Sardines in Tomato Sauce 155 g", "aliases": []},
   {"sku": "TLA-SAR-425G", "name": "Tala Sardines in Tomato Sauce 425 g", "aliases": []}]},
 {"brand": "Sihi", "aliases": ["Sihi", "ಸಿಹಿ", "#sihi"],
  "category_words": ["toffee", "candy"],
  "products": [
   {"sku": "SIH-TOF-100G", "name": "Sihi Milk Toffee 100 g", "aliases": []},
   {"sku": "SIH-TOF-250G", "name": "Sihi Milk Toffee 250 g", "aliases": []}]},
 {"brand": "Lami", "aliases": ["Lami", "#lami"],
  "category_words": ["noodles", "pancit canton", "canton"],
  "products": [
   {"sku": "LAM-CAN-60G", "name": "Lami Pancit Canton 60 g", "aliases": []},
   {"sku": "LAM-MAMI-55G", "name": "Lami Chicken Mami 55 g", "aliases": ["mami"]}]},
 {"brand": "Ramro", "aliases": ["Ramro", "राम्रो", "#ramro"],
  "category_words": ["biscuit", "biscuits"],
  "products": [
   {"sku": "RMR-BIS-75G", "name": "Ramro Cream Biscuit 75 g", "aliases": []},
   {"sku": "RMR-BIS-150G", "name": "Ramro Cream Biscuit 150 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("bajpai", "LKP-01"), ("siddiqui", "LKP-02"), ("gowda", "SKP-01"), ("hegde", "SKP-02"),
        ("tamang", "KLP-01"), ("pradhan", "KLP-02"), ("aling nena", "LCB-01"), ("villaverde", "LCB-02"),
        ("nang pilar", "MBL-01"), ("cabahug", "MBL-02"),
        ("बाजपेयी", "LKP-01"), ("صدیقی", "LKP-02"), ("ಗೌಡ", "SKP-01"), ("तामाङ", "KLP-01"), ("सिद्दीकी", "LKP-02")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

BP = [
 ("Jugnu torch 3W khatam, Bajpai General Store mein bhi nahi", "JGN-TOR-3W", "hi-latn"),
 ("Bajpai General Store me Jugnu emergency light nahi hai", None, "hi-latn"),
 ("Hegde Super Market nalli Sihi candy sikkilla", None, "kn-latn"),
 ("Tamang Kirana Pasal ma Ramro biscuit sakiyo", None, "ne-latn"),
 ("Tala sardines 155g wala na sa Villaverde Grocery", "TLA-SAR-155G", "tl"),
 ("Walay Lami pancit canton sa Nang Pilar Store", None, "ceb"),
 ("Jugnu LED torch nahi mila Siddiqui Kirana, Jugnu emergency light bhi nahi", None, "hi-latn"),
 ("Sihi milk toffee 100g khaali aagide Gowda Provision Stores alli", "SIH-TOF-100G", "kn-latn"),
 ("Ramro cream biscuit chaina Pradhan Stores ma, hijo dekhi", None, "ne-latn"),
 ("Ubos na Tala sardinas sa Aling Nena Sari-Sari Store", None, "tl"),
 ("Lami chicken mami nahurot sa Cabahug Mart", "LAM-MAMI-55G", "ceb"),
 ("सिद्दीकी किराना में जुगनू टॉर्च खत्म", None, "hi"),
]
LP = [
 ("siddiqui kirana mein jugnu torch khatam", None, "hi-latn"),
 ("gowda provision stores alli sihi toffee illa", None, "kn-latn"),
 ("pradhan stores ma ramro biscuit chaina", None, "ne-latn"),
 ("cabahug mart walay lami canton, nahurot", None, "ceb"),
]
MP = []
EV = [
 ("Haalu alli sihi illa, sakkare haaku", "kn-latn"),
 ("Holige dalli sihi saakagilla", "kn-latn"),
 ("Maneyalli sihi illa, habba illa", "kn-latn"),
 ("ಹಬ್ಬದಲ್ಲಿ ಸಿಹಿ ಇಲ್ಲ ಈ ಸಲ", "kn"),
 ("Payasadalli sihi kammi ide", "kn-latn"),
 ("Khet mein jugnu nahi dikhe is baar", "hi-latn"),
 ("Gaon me jugnu nahi, bijli bhi nahi", "hi-latn"),
 ("Raat mein jugnu nahi the, sirf andhera", "hi-latn"),
 ("Dil mein jugnu jaisi roshni nahi rahi", "hi-latn"),
 ("Ghar ma ramro chaina kehi", "ne-latn"),
 ("Gaun ma ramro sadak chaina", "ne-latn"),
 ("Khana ma ramro swad chaina", "ne-latn"),
 ("Jeevan ma ramro kura chaina", "ne-latn"),
 ("Ghor te tala nei, chor aaste pare", "bn-latn"),
]
ES = []
LA = [
 ("Jugnu Pro torch nahi mila Siddiqui Kirana pe", "hi-latn"),
 ("Jugnu Max emergency light khatam Bajpai General Store mein", "hi-latn"),
 ("Super Jugnu torch out of stock at Siddiqui Kirana", "en"),
 ("Tala Royal sardines walang stock sa Villaverde Grocery", "tl"),
 ("Mega Tala sardinas nahurot sa Cabahug Mart", "ceb"),
 ("Lami Supreme noodles walay stock sa Nang Pilar Store", "ceb"),
 ("Lami Deluxe pancit canton wala na sa Villaverde Grocery", "tl"),
 ("Ramro Lite biscuit chaina Tamang Kirana Pasal ma", "ne-latn"),
 ("Ramro Prime cookies sakiyo Pradhan Stores ma", "ne-latn"),
 ("Sihi Gold toffee illa Hegde Super Market alli", "kn-latn"),
 ("Neo Sihi candy sikkilla Gowda Provision Stores", "kn-latn"),
 ("Jugnulo torch nahi mila Bajpai General Store pe", "hi-latn"),
 ("Ramroma biscuit chaina Pradhan Stores ma", "ne-latn"),
 ("Jugnuse torch khatam Siddiqui Kirana mein", "hi-latn"),
 ("Jugnu Turbo torch out of stock at Bajpai General Store", "en"),
 ("Jugnu Elite emergency light nahi hai Siddiqui Kirana pe", "hi-latn"),
 ("Tala Platinum sardines wala na sa Aling Nena Sari-Sari Store", "tl"),
 ("Tala Ultra sardinas walay stock sa Nang Pilar Store", "ceb"),
 ("Super Lami noodles nahurot sa Cabahug Mart", "ceb"),
 ("Lami Max pancit canton out of stock at Villaverde Grocery", "en"),
 ("Nova Ramro biscuit chaina Tamang Kirana Pasal ma", "ne-latn"),
 ("Ramro Royal cookies sakiyo Pradhan Stores ma", "ne-latn"),
 ("Sihi Supreme toffee sikkilla Hegde Super Market", "kn-latn"),
 ("Mega Sihi candy illa Gowda Provision Stores alli", "kn-latn"),
 ("Ramrolo biscuit chaina Pradhan Stores ma", "ne-latn"),
 ("Sihikke candy illa Hegde Super Market alli", "kn-latn"),
]

for text, sku, lang in BP:
    r(text, shop(text), True, sku, "brand-product", lang)
for text, sku, lang in LP:
    r(text, shop(text), True, sku, "lower-product", lang)
for text, sku, lang in MP:
    r(text, shop(text), True, sku, "misspelt-product", lang)
for text, lang in EV:
    r(text, None, False, None, "everyday", lang)
for text, lang in ES:
    r(text, None, False, None, "everyday-shop", lang)
for text, lang in LA:
    r(text, None, False, None, "lookalike", lang)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
PREFIX = os.environ.get("PREFIX", "f17")
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
