# Writes the "brand-probe" labelled set (session 8, issue 14): brand and product detection only. Written before any
# rule of that session changed and scored on the untouched code; measured, never tuned on.
# Three invented brands: Jalvira (a lemon soda in four sizes, sizes in SKUs, names and aliases), Chatkara (chips;
# also a Hindi/Urdu word for a tangy relish), Sakto (a juice; also Tagalog/Cebuano for "just right").
# Every post names a registry shop plainly so that brand and product are what is measured.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("NND-01", "Ganesh Kirana Stores", "Vazirabad, Nanded 431601", "Vazirabad", "Nanded", "Maharashtra", "India", 19.1550, 77.3100),
 ("NND-02", "Shri Datta Provisions", "Shivaji Nagar, Nanded 431602", "Shivaji Nagar", "Nanded", "Maharashtra", "India", 19.1620, 77.3050),
 ("KLM-01", "Chinnakada Stores", "Chinnakada, Kollam 691001", "Chinnakada", "Kollam", "Kerala", "India", 8.8860, 76.5920),
 ("BSP-01", "Agrawal General Store", "Sarkanda, Bilaspur 495001", "Sarkanda", "Bilaspur", "Chhattisgarh", "India", 22.0720, 82.1600),
 ("TEN-01", "Nellai Murugan Stores", "Palayamkottai, Tirunelveli 627002", "Palayamkottai", "Tirunelveli", "Tamil Nadu", "India", 8.7200, 77.7400),
 ("SLC-01", "Barak Bhandar", "Tarapur, Silchar 788003", "Tarapur", "Silchar", "Assam", "India", 24.8200, 92.7900),
 ("CAB-01", "Aling Osang Store", "Sangitan, Cabanatuan City", "Sangitan", "Cabanatuan", "Nueva Ecija", "Philippines", 15.4900, 120.9700),
 ("BXU-01", "Libertad Mini Mart", "Libertad, Butuan City", "Libertad", "Butuan", "Agusan del Norte", "Philippines", 8.9470, 125.5400),
 ("PPS-01", "Bancao Grocery", "Bancao-Bancao, Puerto Princesa", "Bancao-Bancao", "Puerto Princesa", "Palawan", "Philippines", 9.7500, 118.7400),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Jalvira", "aliases": ["Jalvira", "Jalvira Soda", "#Jalvira", "@jalviradrinks", "जलवीरा"],
  "category_words": ["soda"],
  "products": [
   {"sku": "JLV-250ML", "name": "Jalvira Lemon Soda 250 ml", "aliases": ["Jalvira can"]},
   {"sku": "JLV-500ML", "name": "Jalvira Lemon Soda 500 ml", "aliases": ["Jalvira half litre"]},
   {"sku": "JLV-1L", "name": "Jalvira Lemon Soda 1 litre", "aliases": ["Jalvira 1 litre"]},
   {"sku": "JLV-2L", "name": "Jalvira Lemon Soda 2 litre", "aliases": ["Jalvira family pack"]}]},
 {"brand": "Chatkara", "aliases": ["Chatkara", "#chatkara", "@chatkarasnacks", "चटकारा"],
  "category_words": ["chips"],
  "products": [
   {"sku": "CHK-MASALA-40G", "name": "Chatkara Masala Chips 40 g", "aliases": []},
   {"sku": "CHK-MASALA-90G", "name": "Chatkara Masala Chips 90 g", "aliases": ["Chatkara masala big pack"]},
   {"sku": "CHK-PUDINA-40G", "name": "Chatkara Pudina Chips 40 g", "aliases": []}]},
 {"brand": "Sakto", "aliases": ["Sakto", "Sakto Juice", "#saktojuice", "@saktodrinks"],
  "category_words": ["juice"],
  "products": [
   {"sku": "SKT-MANGO-250ML", "name": "Sakto Mango Juice 250 ml", "aliases": []},
   {"sku": "SKT-MANGO-1L", "name": "Sakto Mango Juice 1 L", "aliases": []},
   {"sku": "SKT-PINYA-1L", "name": "Sakto Pineapple Juice 1 L", "aliases": ["Sakto pinya"]}]},
]}

# (text, outlet, stockout, sku, category, lang); shop name and locality are written into each text
ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

# plain: the brand as the catalog writes it
r("Jalvira out of stock at Ganesh Kirana Stores Vazirabad", "NND-01", True, None, "plain", "en")
r("Chatkara nahi mil raha Agrawal General Store Sarkanda mein", "BSP-01", True, None, "plain", "hi-latn")
r("Wala nang Sakto sa Aling Osang Store Sangitan", "CAB-01", True, None, "plain", "tl")
r("Walay Sakto juice sa Libertad Mini Mart", "BXU-01", True, None, "plain", "ceb")
r("Chatkara masala chips sold out at Barak Bhandar Tarapur", "SLC-01", True, None, "plain", "en")
r("Jalvira soda khatam ho gaya Shri Datta Provisions Shivaji Nagar", "NND-02", True, None, "plain", "hi-latn")

# misspellings of Jalvira (reports, brand only)
for text, lang in [
    ("Jalveera out of stock at Ganesh Kirana Stores Vazirabad", "en"),
    ("Jallvira nahi hai Shri Datta Provisions Shivaji Nagar mein", "hi-latn"),
    ("no Jalvera at Chinnakada Stores Kollam", "en"),
    ("Jalwira khatam Agrawal General Store Sarkanda", "hi-latn"),
    ("Jlavira sold out at Nellai Murugan Stores Palayamkottai", "en"),
    ("Jalvora not available at Barak Bhandar Tarapur", "en"),
    ("Jalbira nei Barak Bhandar Tarapur e", "bn-latn"),
    ("Jalvirra out at Ganesh Kirana Stores", "en"),
    ("Zalvira nahi mil raha Agrawal General Store Sarkanda", "hi-latn"),
    ("Jalveer soda out of stock at Chinnakada Stores Kollam", "en"),
    ("jalviira khatam ho gaya Shri Datta Provisions", "hi-latn"),
    ("JALVRIA OUT AT NELLAI MURUGAN STORES", "en"),
    ("Jalvirah no stock at Ganesh Kirana Stores Vazirabad", "en"),
    ("Jalvira kahin nahi, Jelvira bhi nahi Agrawal General Store mein", "hi-latn"),
    ("Jalvida nahi mila Shri Datta Provisions Shivaji Nagar", "hi-latn"),
    ("jalvira soda illa Nellai Murugan Stores la", "ta-latn"),
]:
    outlet = next(o for o in O if O[o][1].lower() in text.lower())
    r(text, outlet, True, None, "misspelling", lang)

# misspellings of Chatkara
for text, lang in [
    ("Chatkaara out of stock at Agrawal General Store Sarkanda", "en"),
    ("Chatakara nahi mil raha Ganesh Kirana Stores mein", "hi-latn"),
    ("Chatkra khatam Shri Datta Provisions Shivaji Nagar", "hi-latn"),
    ("Chatkarra chips sold out at Barak Bhandar Tarapur", "en"),
    ("chtkara nhi hai Agrawal General Store pe", "hi-latn"),
    ("Catkara not available at Chinnakada Stores Kollam", "en"),
    ("Chatkata chips out of stock at Nellai Murugan Stores", "en"),
    ("Chatkaraa nei Barak Bhandar e", "bn-latn"),
    ("Chatkarah khatam ho gaya Ganesh Kirana Stores Vazirabad", "hi-latn"),
    ("Chatkar chips nahi hai Shri Datta Provisions", "hi-latn"),
    ("Chatkaro out at Agrawal General Store", "en"),
    ("Chakara chips no stock at Barak Bhandar Tarapur", "en"),
]:
    outlet = next(o for o in O if O[o][1].lower() in text.lower())
    r(text, outlet, True, None, "misspelling", lang)

# misspellings of Sakto
for text, lang in [
    ("Wala nang Sacto sa Aling Osang Store Sangitan", "tl"),
    ("Walay Saktoh sa Libertad Mini Mart", "ceb"),
    ("Saktu juice out of stock at Bancao Grocery", "en"),
    ("Sakkto juice ubos na sa Aling Osang Store", "tl"),
    ("Saqto wala na sa Libertad Mini Mart", "ceb"),
    ("SAKTO JUCE OUT AT BANCAO GROCERY", "en"),
    ("Sakta juice naubos sa Aling Osang Store Sangitan", "tl"),
    ("walay Sskto juice sa Libertad Mini Mart", "ceb"),
]:
    outlet = next(o for o in O if O[o][1].lower() in text.lower())
    r(text, outlet, True, None, "misspelling", lang)

# hashtags glued to other words
for text, outlet, lang in [
    ("#jalvirasoda out of stock at Ganesh Kirana Stores Vazirabad", "NND-01", "en"),
    ("no stock at Chinnakada Stores Kollam #JalviraLemon", "KLM-01", "en"),
    ("Agrawal General Store Sarkanda mein khatam #chatkarachips", "BSP-01", "hi-latn"),
    ("#ChatkaraMasala nahi mil raha Shri Datta Provisions", "NND-02", "hi-latn"),
    ("Wala na sa Aling Osang Store Sangitan #SaktoJuice", "CAB-01", "tl"),
    ("walay stock sa Libertad Mini Mart #saktomango", "BXU-01", "ceb"),
    ("#JalviraKhatam Barak Bhandar Tarapur", "SLC-01", "hi-latn"),
    ("out of stock again at Bancao Grocery #wheresmysakto", "PPS-01", "en"),
]:
    r(text, outlet, True, None, "hashtag", lang)

# suffixes and case endings glued to the brand
for text, outlet, lang in [
    ("Wala nang Sakto-ng juice sa Aling Osang Store", "CAB-01", "tl"),
    ("Jalvirawala soda nahi mila Ganesh Kirana Stores mein", "NND-01", "hi-latn"),
    ("Chinnakada Stores il Jalvirayil onnum illa, stock illa", "KLM-01", "ml-latn"),
    ("Chatkarawale chips khatam Agrawal General Store Sarkanda", "BSP-01", "hi-latn"),
    ("Nellai Murugan Stores la Jalviravum illa", "TEN-01", "ta-latn"),
    ("Jalvira-ng litro wala na sa Libertad Mini Mart", "BXU-01", "tl"),
    ("Chatkarar packet nei Barak Bhandar e", "SLC-01", "bn-latn"),
    ("Jalvirava kaanom Nellai Murugan Stores la", "TEN-01", "ta-latn"),
    ("Jalviraa nahi hai Shri Datta Provisions", "NND-02", "hi-latn"),
    ("Chatkaraka stock nahi Ganesh Kirana Stores", "NND-01", "hi-latn"),
]:
    r(text, outlet, True, None, "suffix", lang)

# Indic scripts, several spellings of the brand
for text, outlet, lang in [
    ("Ganesh Kirana Stores में जलवीरा नहीं मिल रहा", "NND-01", "hi"),
    ("Shri Datta Provisions मध्ये जलविरा मिळत नाही", "NND-02", "mr"),
    ("Agrawal General Store में जालवीरा खत्म हो गया", "BSP-01", "hi"),
    ("Nellai Murugan Stores ல ஜல்விரா இல்லை", "TEN-01", "ta"),
    ("Barak Bhandar এ জলভিরা নেই", "SLC-01", "bn"),
    ("Chinnakada Stores ൽ ജൽവീര ഇല്ല", "KLM-01", "ml"),
    ("Agrawal General Store में चटकारा नहीं मिल रहा", "BSP-01", "hi"),
    ("Ganesh Kirana Stores मध्ये चटकारा संपले", "NND-01", "mr"),
    ("Barak Bhandar এ চটকারা নেই", "SLC-01", "bn"),
    ("Shri Datta Provisions में चटखारा खत्म", "NND-02", "hi"),
    ("Nellai Murugan Stores ல சட்காரா இல்லை", "TEN-01", "ta"),
    ("Agrawal General Store में जलवीरा सोडा नहीं है", "BSP-01", "hi"),
]:
    r(text, outlet, True, None, "indic-script", lang)

# sizes written many ways next to the brand
for text, outlet, sku, lang in [
    ("Jalvira 1L out of stock at Ganesh Kirana Stores", "NND-01", "JLV-1L", "en"),
    ("Jalvira 1 ltr nahi mil raha Shri Datta Provisions", "NND-02", "JLV-1L", "hi-latn"),
    ("Jalvira 1000ml sold out at Chinnakada Stores Kollam", "KLM-01", "JLV-1L", "en"),
    ("Jalvira one litre out at Agrawal General Store", "BSP-01", "JLV-1L", "en"),
    ("Jalvira 1 लीटर नहीं मिल रहा Agrawal General Store में", "BSP-01", "JLV-1L", "hi"),
    ("Jalvira half litre khatam Ganesh Kirana Stores", "NND-01", "JLV-500ML", "hi-latn"),
    ("Jalvira 500 ml out of stock at Barak Bhandar", "SLC-01", "JLV-500ML", "en"),
    ("Jalvira 0.5L not available at Nellai Murugan Stores", "TEN-01", "JLV-500ML", "en"),
    ("Jalvira 500 nahi hai Shri Datta Provisions", "NND-02", "JLV-500ML", "hi-latn"),
    ("Jalvira 2 ltrs out at Chinnakada Stores Kollam", "KLM-01", "JLV-2L", "en"),
    ("2L Jalvira sold out at Ganesh Kirana Stores", "NND-01", "JLV-2L", "en"),
    ("Jalvira family pack nahi mila Agrawal General Store", "BSP-01", "JLV-2L", "hi-latn"),
    ("Jalvira 250ml can out of stock at Barak Bhandar Tarapur", "SLC-01", "JLV-250ML", "en"),
    ("Jalvira 250 ML not available at Nellai Murugan Stores", "TEN-01", "JLV-250ML", "en"),
    ("Jalvira 1 lit bottle nahi hai Ganesh Kirana Stores", "NND-01", "JLV-1L", "hi-latn"),
    ("Jalvira 1 litter out of stock at Shri Datta Provisions", "NND-02", "JLV-1L", "en"),
    ("Jalvira 2 liter khatam Agrawal General Store", "BSP-01", "JLV-2L", "hi-latn"),
    ("Wala nang Jalvira isang litro sa Aling Osang Store", "CAB-01", "JLV-1L", "tl"),
    ("Walay Jalvira dalawang litro sa Libertad Mini Mart", "BXU-01", "JLV-2L", "ceb"),
    ("Jalvira ek litre wali nahi mili Ganesh Kirana Stores", "NND-01", "JLV-1L", "hi-latn"),
    ("Jalvira 1-litre bottle out at Chinnakada Stores", "KLM-01", "JLV-1L", "en"),
    ("Jalvira 1ltr nahi hai Agrawal General Store", "BSP-01", "JLV-1L", "hi-latn"),
    ("JLV-1L out of stock at Barak Bhandar Tarapur", "SLC-01", "JLV-1L", "en"),
    ("Jalvira 2lt out at Nellai Murugan Stores", "TEN-01", "JLV-2L", "en"),
    ("Jalveera 1 litre nahi mil raha Shri Datta Provisions", "NND-02", "JLV-1L", "hi-latn"),
    ("Jalvira two litre bottle out of stock at Ganesh Kirana Stores", "NND-01", "JLV-2L", "en"),
    ("Chatkara masala 90g out of stock at Agrawal General Store", "BSP-01", "CHK-MASALA-90G", "en"),
    ("Chatkara masala 90 grams nahi mil raha Ganesh Kirana Stores", "NND-01", "CHK-MASALA-90G", "hi-latn"),
    ("Chatkara pudina 40 gm khatam Shri Datta Provisions", "NND-02", "CHK-PUDINA-40G", "hi-latn"),
    ("Chatkara masala 40gm packet nahi hai Barak Bhandar", "SLC-01", "CHK-MASALA-40G", "hi-latn"),
    ("Chatkara 90 g out at Nellai Murugan Stores", "TEN-01", "CHK-MASALA-90G", "en"),
    ("Sakto mango 1L wala na sa Aling Osang Store", "CAB-01", "SKT-MANGO-1L", "tl"),
    ("Sakto mango 250ml ubos na sa Libertad Mini Mart", "BXU-01", "SKT-MANGO-250ML", "tl"),
    ("Sakto pineapple 1 litro walay stock sa Libertad Mini Mart", "BXU-01", "SKT-PINYA-1L", "ceb"),
    ("Sakto 250 ml out of stock at Bancao Grocery", "PPS-01", "SKT-MANGO-250ML", "en"),
    ("Sakto mango isang litro wala na sa Bancao Grocery", "PPS-01", "SKT-MANGO-1L", "tl"),
]:
    r(text, outlet, True, sku, "size-format", lang)

# words for a pack size, as the catalog names them or as the brand's largest/smallest
for text, outlet, sku, lang in [
    ("Jalvira ka bada bottle nahi mil raha Ganesh Kirana Stores", "NND-01", "JLV-2L", "hi-latn"),
    ("Jalvira small can out of stock at Chinnakada Stores", "KLM-01", "JLV-250ML", "en"),
    ("Jalvira half ltr nahi hai Shri Datta Provisions", "NND-02", "JLV-500ML", "hi-latn"),
    ("Jalvira aadha litre khatam Agrawal General Store", "BSP-01", "JLV-500ML", "hi-latn"),
    ("Chatkara masala big pack out of stock at Barak Bhandar", "SLC-01", "CHK-MASALA-90G", "en"),
    ("Chatkara masala bada packet nahi hai Ganesh Kirana Stores", "NND-01", "CHK-MASALA-90G", "hi-latn"),
    ("Jalvira family size out at Nellai Murugan Stores", "TEN-01", "JLV-2L", "en"),
    ("Wala nang Jalvira kalahating litro sa Aling Osang Store", "CAB-01", "JLV-500ML", "tl"),
]:
    r(text, outlet, True, sku, "size-word", lang)

# hard negatives: ordinary words one edit from a brand, other brands that look alike
for text, outlet, lang in [
    ("Salvira soda out of stock at Ganesh Kirana Stores", "NND-01", "en"),
    ("Jalvita juice nahi mil raha Agrawal General Store", "BSP-01", "hi-latn"),
    ("Walang santo sa Aling Osang Store, sarado na ang kapilya", "CAB-01", "tl"),
    ("Wala na ang sakit ko, salamat Libertad Mini Mart", "BXU-01", "tl"),
    ("Chatpata namkeen khatam Shri Datta Provisions", "NND-02", "hi-latn"),
    ("Chatkare wali chaat nahi mili Agrawal General Store ke bahar", "BSP-01", "hi-latn"),
    ("Walang saktong sukat ng tsinelas sa Bancao Grocery", "PPS-01", "tl"),
    ("Sakay wala na sa Libertad Mini Mart, walay jeep", "BXU-01", "ceb"),
    ("Jalpari mineral water out of stock at Chinnakada Stores", "KLM-01", "en"),
    ("Jalebi khatam ho gayi Ganesh Kirana Stores ke paas", "NND-01", "hi-latn"),
    ("Salvia plants not available at Nellai Murugan Stores", "TEN-01", "en"),
    ("Chakra brand agarbatti nahi hai Barak Bhandar", "SLC-01", "hi-latn"),
    ("Kalvari biscuits out of stock at Chinnakada Stores Kollam", "KLM-01", "en"),
    ("Santol wala na sa Aling Osang Store Sangitan", "CAB-01", "tl"),
    ("Sakya noodles out of stock at Bancao Grocery", "PPS-01", "en"),
    ("Shaktoo atta nahi mila Agrawal General Store", "BSP-01", "hi-latn"),
    ("Chatkazza masala out of stock at Ganesh Kirana Stores", "NND-01", "en"),
    ("Jalvanti Agarbatti khatam Shri Datta Provisions", "NND-02", "hi-latn"),
    ("Saktong-sakto ang dating ko sa Bancao Grocery, wala nang pila", "PPS-01", "tl"),
    ("Catarina wala na sa Aling Osang Store", "CAB-01", "tl"),
    ("Cheetara chips out of stock at Barak Bhandar", "SLC-01", "en"),
    ("Halvira dupatta nahi mila Ganesh Kirana Stores", "NND-01", "hi-latn"),
]:
    r(text, outlet, False, None, "hard-negative", lang)

# sizes that are no sizes: prices, counts
for text, outlet, lang in [
    ("Jalvira 20 rupees wali nahi mil rahi Ganesh Kirana Stores", "NND-01", "hi-latn"),
    ("Chatkara Rs 40 packet out of stock at Barak Bhandar", "SLC-01", "en"),
    ("Jalvira 2 bottles chahiye the, khatam hai Shri Datta Provisions", "NND-02", "hi-latn"),
    ("Sakto 3 packs wala na sa Aling Osang Store", "CAB-01", "tl"),
]:
    r(text, outlet, True, None, "size-not-size", lang)

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
        mid = "bp-%03d" % (i + 1)
        o = O[outlet]
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-bp%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
