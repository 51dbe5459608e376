# Writes the "brand-probe2" labelled set (session 10, issue 14): the tracked brand against other brands. Written
# before any rule of that session changed and scored on the untouched code; measured, never tuned on.
# Two invented brands: Tostika (chips in three packs) and Limco (a lemon soda in three sizes; one letter from a real
# lemon drink of India, so that a real brand written exactly is a hard case). Ten outlets in Guntur, Jhansi,
# Thrissur, Dumaguete and Tacloban. Categories: plain reports; misspellings of every kind (added, dropped, doubled,
# swapped letters, like sounds, unlike letters) with nothing else of the product (true reports whose cost under a
# review rule is measured) and with a product word or size; look-alike brands of every kind (an untracked name a
# letter or two from a tracked one, never a report); real other brands out with the tracked one bought, found or
# named (never a report); real other brands out together with the tracked one (reports).
# Every post names a registry shop so that the brand decision is what is measured.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("GNT-01", "Sri Lakshmi Kirana", "Brodipet, Guntur 522002", "Brodipet", "Guntur", "Andhra Pradesh", "India", 16.3010, 80.4390),
 ("GNT-02", "Venkateswara General Stores", "Arundelpet, Guntur 522002", "Arundelpet", "Guntur", "Andhra Pradesh", "India", 16.2990, 80.4460),
 ("JHS-01", "Gupta Provision Store", "Sipri Bazar, Jhansi 284003", "Sipri Bazar", "Jhansi", "Uttar Pradesh", "India", 25.4560, 78.5570),
 ("JHS-02", "Bundelkhand Mart", "Civil Lines, Jhansi 284001", "Civil Lines", "Jhansi", "Uttar Pradesh", "India", 25.4620, 78.5790),
 ("TCR-01", "Swaraj Stores", "Round North, Thrissur 680020", "Round North", "Thrissur", "Kerala", "India", 10.5300, 76.2140),
 ("TCR-02", "Poornima Supermarket", "Poothole, Thrissur 680004", "Poothole", "Thrissur", "Kerala", "India", 10.5180, 76.2050),
 ("DGT-01", "Nenang Store", "Piapi, Dumaguete City", "Piapi", "Dumaguete", "Negros Oriental", "Philippines", 9.3140, 123.3050),
 ("DGT-02", "Calindagan Grocery", "Calindagan, Dumaguete City", "Calindagan", "Dumaguete", "Negros Oriental", "Philippines", 9.2980, 123.2950),
 ("TAC-01", "Manay Lorna Store", "Marasbaras, Tacloban City", "Marasbaras", "Tacloban", "Leyte", "Philippines", 11.2200, 124.9900),
 ("TAC-02", "Sagkahan Mini Mart", "Sagkahan, Tacloban City", "Sagkahan", "Tacloban", "Leyte", "Philippines", 11.2400, 125.0000),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Tostika", "aliases": ["Tostika", "Tostika Chips", "#tostika", "@tostikasnacks"],
  "category_words": ["chips"],
  "products": [
   {"sku": "TSK-PERI-50G", "name": "Tostika Peri Peri 50 g", "aliases": []},
   {"sku": "TSK-CHEESE-50G", "name": "Tostika Cheese 50 g", "aliases": []},
   {"sku": "TSK-SALT-100G", "name": "Tostika Classic Salted 100 g", "aliases": ["Tostika big pack"]}]},
 {"brand": "Limco", "aliases": ["Limco", "Limco Soda", "#limco", "@limcodrinks"],
  "category_words": ["soda"],
  "products": [
   {"sku": "LMC-250ML", "name": "Limco Lemon Soda 250 ml", "aliases": ["Limco can"]},
   {"sku": "LMC-600ML", "name": "Limco Lemon Soda 600 ml", "aliases": []},
   {"sku": "LMC-1250ML", "name": "Limco Lemon Soda 1.25 litre", "aliases": []}]},
]}

# (text, outlet, stockout, sku, category, lang); the shop name is written into each text
ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

def shop(text):
    return next(o for o in O if O[o][1].lower() in text.lower())

# plain: the brand as the catalog writes it
for text, sku, lang in [
    ("Tostika out of stock at Sri Lakshmi Kirana Brodipet", None, "en"),
    ("Tostika peri peri ledu Venkateswara General Stores lo", "TSK-PERI-50G", "te-latn"),
    ("Limco nahi mil raha Gupta Provision Store Sipri Bazar mein", None, "hi-latn"),
    ("Bundelkhand Mart में Limco खत्म हो गया", None, "hi"),
    ("Tostika illa Swaraj Stores il, randu divasamayi", None, "ml-latn"),
    ("Wala nang Limco sa Nenang Store Piapi", None, "tl"),
    ("Walay Tostika cheese sa Calindagan Grocery", "TSK-CHEESE-50G", "ceb"),
    ("Waray na Limco ha Manay Lorna Store", None, "war"),
    ("Limco 600 ml sold out at Sagkahan Mini Mart", "LMC-600ML", "en"),
    ("Poornima Supermarket la Tostika kedaikala", None, "ta-latn"),
    ("Tostika nei Bundelkhand Mart e aaj", None, "bn-latn"),
    ("Poornima Supermarket-ல Tostika இல்லை", None, "ta"),
    ("Limco illa Sri Lakshmi Kirana alli", None, "kn-latn"),
    ("Tostika nathi Sri Lakshmi Kirana ma", None, "gu-latn"),
    ("Limco sampli Sri Lakshmi Kirana madhe", None, "mr-latn"),
]:
    r(text, shop(text), True, sku, "plain", lang)

# misspellings of Tostika with nothing else of the product (true reports)
for text, lang in [
    ("Tostikka out of stock at Sri Lakshmi Kirana Brodipet", "en"),          # doubled
    ("Tostka nahi hai Gupta Provision Store mein", "hi-latn"),              # dropped
    ("Totsika ledu Venkateswara General Stores lo", "te-latn"),             # swapped
    ("Tostica illa Swaraj Stores il", "ml-latn"),                           # like sound c/k
    ("Toztika out at Bundelkhand Mart", "en"),                              # like sound s/z
    ("Tostiqa khatam Gupta Provision Store", "hi-latn"),                    # like sound q/k
    ("Tosteeka not available at Poornima Supermarket", "en"),               # ee for i
    ("Tostiika kedaikala Poornima Supermarket la", "ta-latn"),             # doubled vowel
    ("Wala nang Tustika sa Nenang Store", "tl"),                            # o/u
    ("Walay Tostiko sa Calindagan Grocery", "ceb"),                         # final vowel
    ("Tostikaa nei Bundelkhand Mart e", "bn-latn"),                         # added
    ("Tosrika out of stock at Sagkahan Mini Mart", "en"),                   # neighbouring key
    ("Tostiks sold out at Manay Lorna Store", "en"),                        # last letter
    ("Thostika illa Swaraj Stores il", "ml-latn"),                         # aspirate
    ("Tosstika nahi mila Gupta Provision Store", "hi-latn"),                # doubled consonant
    ("Tosdika illa Poornima Supermarket la", "ta-latn"),                    # like sound d/t
    ("Toostika nahi ache Bundelkhand Mart e", "bn-latn"),                   # doubled vowel
    ("Tostkia out of stock at Poornima Supermarket", "en"),                 # swapped
    ("Tostikha nathi Sri Lakshmi Kirana ma", "gu-latn"),                    # aspirate
]:
    r(text, shop(text), True, None, "misspelling", lang)

# misspellings of Limco with nothing else of the product (true reports)
for text, lang in [
    ("Limcco out of stock at Sri Lakshmi Kirana", "en"),
    ("Limko nahi mil raha Gupta Provision Store", "hi-latn"),
    ("Lymco ledu Venkateswara General Stores lo", "te-latn"),
    ("Wala nang Limcoh sa Nenang Store", "tl"),
    ("Limqo waray na ha Manay Lorna Store", "war"),
    ("Leemco illa Swaraj Stores il", "ml-latn"),
    ("Limmco khatam Bundelkhand Mart", "hi-latn"),
    ("Limcow out of stock at Sagkahan Mini Mart", "en"),
    ("Limcu ubos na sa Nenang Store", "tl"),
    ("Lmico nahi hai Gupta Provision Store", "hi-latn"),
    ("Limcoo dorakatledu Venkateswara General Stores lo", "te-latn"),
    ("Lincko milali nahi Sri Lakshmi Kirana madhe", "mr-latn"),
]:
    r(text, shop(text), True, None, "misspelling", lang)

# misspellings with evidence of the product: a flavour, a size, the SKU, the hashtag (true reports)
for text, sku, lang in [
    ("Tostikka peri peri out of stock at Sri Lakshmi Kirana", "TSK-PERI-50G", "en"),
    ("Tostka cheese nahi hai Gupta Provision Store mein", "TSK-CHEESE-50G", "hi-latn"),
    ("Totsika 100g ledu Venkateswara General Stores lo", "TSK-SALT-100G", "te-latn"),
    ("Limko 250 ml khatam Bundelkhand Mart", "LMC-250ML", "hi-latn"),
    ("Lemco 600ml sold out at Sagkahan Mini Mart", "LMC-600ML", "en"),
    ("Wala nang Limcoh 1.25 litro sa Nenang Store", "LMC-1250ML", "tl"),
    ("Tostica classic salted illa Poornima Supermarket il", "TSK-SALT-100G", "ml-latn"),
    ("TSK-CHEESE-50G out at Calindagan Grocery, Tosticka cheese wala na", "TSK-CHEESE-50G", "tl"),
    ("#tostika Tostiks out at Manay Lorna Store", None, "en"),
    ("Limcoo lemon soda nahi mila Gupta Provision Store", None, "hi-latn"),
]:
    r(text, shop(text), True, sku, "misspelling-evidence", lang)

# look-alike brands: an untracked name one or two letters from a tracked one, every kind of edit (never a report)
for text, lang in [
    ("Tostiko chips out of stock at Sri Lakshmi Kirana", "en"),             # vowel
    ("Tostina nahi mil raha Gupta Provision Store", "hi-latn"),              # unlike letter
    ("Tastika namkeen khatam Bundelkhand Mart", "hi-latn"),                   # vowel
    ("Tostiva chips ledu Venkateswara General Stores lo", "te-latn"),        # unlike letter
    ("Wala nang Tostita sa Nenang Store", "tl"),                              # unlike letter
    ("Walay Toskita chips sa Calindagan Grocery", "ceb"),                     # swap
    ("Tostikka brand wafers illa Swaraj Stores il", "ml-latn"),               # doubled
    ("Tosika chips not available at Poornima Supermarket", "en"),            # dropped
    ("Tostikas out at Sagkahan Mini Mart", "en"),                             # added
    ("Tozdika snacks waray na ha Manay Lorna Store", "war"),                  # two like sounds
    ("Limka soda nahi mila Gupta Provision Store", "hi-latn"),                # like sound
    ("Lemco soda out of stock at Sri Lakshmi Kirana", "en"),                  # vowel
    ("Limbo soda ledu Venkateswara General Stores lo", "te-latn"),            # unlike
    ("Wala nang Limo soda sa Nenang Store", "tl"),                            # dropped (short)
    ("Limcon soda sold out at Sagkahan Mini Mart", "en"),                     # added
    ("Lumco illa Swaraj Stores il", "ml-latn"),                               # vowel
    ("Limcko nahi hai Bundelkhand Mart mein", "hi-latn"),                     # added like letter
    ("Linco soda khatam Gupta Provision Store", "hi-latn"),                   # neighbouring key
    ("Walay Limso sa Calindagan Grocery", "ceb"),                             # unlike
    ("Tostika jaisa naya brand Tostiva aaya tha, wo bhi khatam Bundelkhand Mart", "hi-latn"),
    ("Not Tostika, I mean Tostina chips, out at Sri Lakshmi Kirana", "en"),
    ("Tostiko chips ang wala sa Nenang Store, naa man ang Tostika", "ceb"),
    ("Tosteka wafers nathi Sri Lakshmi Kirana ma", "gu-latn"),
    ("Tostaka chips nei Bundelkhand Mart e", "bn-latn"),
    ("Tostira kedaikala Poornima Supermarket la", "ta-latn"),
    ("Topstika chips sold out at Sagkahan Mini Mart", "en"),
    ("Limqa soda milali nahi Sri Lakshmi Kirana madhe", "mr-latn"),
    ("Limza soda khatam Bundelkhand Mart mein", "hi-latn"),
    ("Wala nang Lamco soda sa Nenang Store", "tl"),
    ("Limpo soda waray na ha Manay Lorna Store", "war"),
    ("Limcola out of stock at Sri Lakshmi Kirana", "en"),
    ("Bundelkhand Mart में Lemko सोडा नहीं है", "hi"),
]:
    r(text, shop(text), False, None, "look-alike", lang)

# a real brand one letter from a tracked one, written exactly (never a report of the tracked brand)
for text, lang in [
    ("Limca out of stock at Sri Lakshmi Kirana Brodipet", "en"),
    ("Limca nahi mila Gupta Provision Store mein", "hi-latn"),
    ("Limca ledu Venkateswara General Stores lo", "te-latn"),
    ("Bundelkhand Mart में Limca खत्म", "hi"),
    ("Limca illa Swaraj Stores il", "ml-latn"),
    ("LIMCA OUT at Poornima Supermarket", "en"),
    ("Limca ni mali Bundelkhand Mart ma", "gu-latn"),
    ("Limca nei Bundelkhand Mart e", "bn-latn"),
]:
    r(text, shop(text), False, None, "real-look-alike", lang)

# another (real) brand out; the tracked one bought, found, preferred or merely named (never a report)
for text, lang in [
    ("No Lay's at Sri Lakshmi Kirana so I took a Tostika", "en"),
    ("Kurkure out of stock at Gupta Provision Store, got Tostika instead", "en"),
    ("Kurkure nahi mila Gupta Provision Store pe, Tostika le liya", "hi-latn"),
    ("Bingo khatam hai Bundelkhand Mart mein, Tostika hai", "hi-latn"),
    ("Kurkure nahi mila Bundelkhand Mart mein, Tostika try kiya", "hi-latn"),
    ("Lays ledu Venkateswara General Stores lo, Tostika teesukunna", "te-latn"),
    ("Uncle Chipps ledu Sri Lakshmi Kirana lo, Tostika undi", "te-latn"),
    ("Pringles illa Swaraj Stores il, Tostika vaangi", "ml-latn"),
    ("Bingo illa Poornima Supermarket il, Tostika undu", "ml-latn"),
    ("Poornima Supermarket la Lays kedaikala, Tostika vaanginen", "ta-latn"),
    ("Wala nang Piattos sa Nenang Store kaya Tostika na lang", "tl"),
    ("Piattos ubos na sa Nenang Store, Tostika binili ko", "tl"),
    ("Walay Nova sa Calindagan Grocery, Tostika akong gipalit", "ceb"),
    ("Nova wala na sa Calindagan Grocery, naa pa man Tostika", "ceb"),
    ("Waray na Chippy ha Manay Lorna Store, Tostika an akon ginpalit", "war"),
    ("Oishi Prawn Crackers sold out at Sagkahan Mini Mart, grabbed Tostika", "en"),
    ("Sprite out of stock at Sri Lakshmi Kirana, Limco bought", "en"),
    ("No Sprite, no 7Up at Gupta Provision Store, only Limco", "en"),
    ("Sprite nahi tha Gupta Provision Store mein, Limco le aaya", "hi-latn"),
    ("Bundelkhand Mart में Sprite नहीं मिला, Limco ले लिया", "hi"),
    ("Mountain Dew khatam Bundelkhand Mart mein, Limco mil gaya", "hi-latn"),
    ("Thums Up ledu Venkateswara General Stores lo, Limco teesukunna", "te-latn"),
    ("7Up illa Swaraj Stores il, Limco kitti", "ml-latn"),
    ("Sprite nathi Sri Lakshmi Kirana ma, Limco lidhu", "gu-latn"),
    ("Sprite milali nahi Sri Lakshmi Kirana madhe, Limco ghetla", "mr-latn"),
    ("Wala nang Sprite sa Nenang Store, Limco na lang binili ko", "tl"),
    ("Royal ubos na sa Calindagan Grocery, Limco akong gikuha", "ceb"),
    ("Mountain Dew waray na ha Sagkahan Mini Mart, Limco an akon ginkuha", "war"),
    ("Coke Zero gone at Sagkahan Mini Mart. Limco was there though", "en"),
    ("Sprite sold out at Poornima Supermarket. Limco on the shelf as usual", "en"),
    ("Sprite nei Bundelkhand Mart e, Limco kinlam", "bn-latn"),
    ("Fanta out, Sprite out at Manay Lorna Store. Limco still there", "en"),
    ("Magnolia ice cream ubos sa Nenang Store pero may Limco", "tl"),
    ("Haldiram bhujia khatam Gupta Provision Store mein, Tostika le li", "hi-latn"),
    ("Lay's magic masala nahi mila Bundelkhand Mart, Tostika peri peri le liya", "hi-latn"),
    ("Poornima Supermarket-ல Lays இல்லை, Tostika வாங்கினேன்", "ta"),
    ("Sprite illa Swaraj Stores alli, Limco tagonde", "kn-latn"),
    ("Kurkure khatam hai Gupta Provision Store mein. Tostika se kaam chala liya", "hi-latn"),
    ("Doritos not available at Sri Lakshmi Kirana, Tostika is fine too", "en"),
    ("Bundelkhand Mart mein Pepsi nahi hai, Limco pi lo", "hi-latn"),
    ("Slice illa Swaraj Stores il, Limco und", "ml-latn"),
    ("Walang C2 sa Nenang Store, Limco nalang", "tl"),
    ("Zesto ubos na sa Calindagan Grocery, Limco na lang akong gipalit", "ceb"),
    ("Mountain Dew ledu Sri Lakshmi Kirana lo. Limco baagundi", "te-latn"),
    ("Lay's nahi tha Gupta Provision Store mein toh Tostika cheese le aaya", "hi-latn"),
    ("Kurkure masala munch kedaikala Poornima Supermarket la, Tostika irukku", "ta-latn"),
    ("Sprite ni mali Bundelkhand Mart ma, Limco lidhi", "gu-latn"),
]:
    r(text, shop(text), False, None, "other-brand", lang)

# another (real) brand and the tracked one both out (reports)
for text, sku, lang in [
    ("No Lay's and no Tostika at Sri Lakshmi Kirana", None, "en"),
    ("Kurkure aur Tostika dono nahi hai Gupta Provision Store mein", None, "hi-latn"),
    ("Sprite and Limco both out of stock at Sagkahan Mini Mart", None, "en"),
    ("Wala nang Piattos at Tostika sa Nenang Store", None, "tl"),
    ("Walay Sprite ug Limco sa Calindagan Grocery", None, "ceb"),
    ("Limca mila, par Limco nahi mila Bundelkhand Mart mein", None, "hi-latn"),
    ("Lays undi kani Tostika ledu Venkateswara General Stores lo", None, "te-latn"),
    ("Pringles undu, Tostika illa Swaraj Stores il", None, "ml-latn"),
    ("Got Kurkure but Tostika cheese is out of stock at Bundelkhand Mart", "TSK-CHEESE-50G", "en"),
    ("Naa pay Nova pero wala nay Tostika sa Calindagan Grocery", None, "ceb"),
    ("Sprite hai, Limco nahi hai Gupta Provision Store mein", None, "hi-latn"),
    ("Pringles and Tostika out of stock at Poornima Supermarket", None, "en"),
    ("Waray na Sprite ngan Limco ha Manay Lorna Store", None, "war"),
    ("Limca kooda ledu, Limco kooda ledu Venkateswara General Stores lo", None, "te-latn"),
]:
    r(text, shop(text), True, sku, "other-brand-and-tracked", lang)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "bq-%03d" % (i + 1)
        o = O[outlet]
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-bq%03d" % i, "handle": "shopper%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
