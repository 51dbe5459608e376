# Writes the "sku-probe" labelled set (session 11, issue 14): which PRODUCT a report names. Written before any rule
# of that session changed and scored on the untouched code; measured, never tuned on.
# Two invented brands with several flavours in several sizes: Kalvoza (a soda: jeera, lemon, mango, cola; 250 ml to
# 2 L, catalog sizes spelt "250ML", "0.5 L", "1 Ltr", "1.2L") and Munchira (chips and wafers: masala, tomato, cream
# and onion, chocolate; 30 g to 1 kg). Seven outlets in Meerut, Jodhpur, Sangli, Tiruppur, Koronadal and Pagadian.
# Label rule: the SKU is null when the size or flavour needed to tell the product is missing (a size two flavours
# share, a flavour sold in two sizes). Every post names a registry shop plainly so that the product is what is
# measured. Categories: size-format (sizes written every way, one product of that size), size-flavour (size and
# flavour together), size-shared (a size several products share, SKU null), misspelling (flavour misspelt or
# abbreviated), native-script, distinctive-word (a product named by one word of its name), count-not-size (pack
# and bottle counts beside a size), brand-only (no SKU), non-report (the product there, a question, bought).
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("MRT-01", "Gupta Kirana Store", "Shastri Nagar, Meerut 250004", "Shastri Nagar", "Meerut", "Uttar Pradesh", "India", 28.9660, 77.7190),
 ("MRT-02", "Verma Provision Store", "Abu Lane, Meerut 250001", "Abu Lane", "Meerut", "Uttar Pradesh", "India", 28.9980, 77.7050),
 ("JDH-01", "Mahaveer General Store", "Sardarpura, Jodhpur 342003", "Sardarpura", "Jodhpur", "Rajasthan", "India", 26.2790, 73.0040),
 ("SNG-01", "Patil Kirana Bhandar", "Vishrambag, Sangli 416415", "Vishrambag", "Sangli", "Maharashtra", "India", 16.8450, 74.6010),
 ("TPR-01", "Sri Murugan Stores", "Kumar Nagar, Tiruppur 641603", "Kumar Nagar", "Tiruppur", "Tamil Nadu", "India", 11.1200, 77.3300),
 ("KRN-01", "Nanay Lita Store", "Morales, Koronadal City", "Morales", "Koronadal", "South Cotabato", "Philippines", 6.5020, 124.8450),
 ("PAG-01", "Balangasan Mini Mart", "Balangasan, Pagadian City", "Balangasan", "Pagadian", "Zamboanga del Sur", "Philippines", 7.8300, 123.4400),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Kalvoza", "aliases": ["Kalvoza", "Kalvoza Soda", "#kalvoza", "@kalvozadrinks", "कलवोज़ा"],
  "category_words": ["soda"],
  "products": [
   {"sku": "KLV-JEERA-250ML", "name": "Kalvoza Jeera Soda 250ML", "aliases": ["Kalvoza Jeera can"]},
   {"sku": "KLV-JEERA-500ML", "name": "Kalvoza Jeera Soda 500 ml", "aliases": []},
   {"sku": "KLV-LEMON-500ML", "name": "Kalvoza Lemon Soda 0.5 L", "aliases": ["Kalvoza Nimbu Soda 0.5 L"]},
   {"sku": "KLV-LEMON-1L", "name": "Kalvoza Lemon Soda 1 Ltr", "aliases": ["Kalvoza Nimbu Soda 1 Ltr"]},
   {"sku": "KLV-MANGO-1.2L", "name": "Kalvoza Mango Fizz 1.2L", "aliases": []},
   {"sku": "KLV-COLA-1.5L", "name": "Kalvoza Cola 1.5 Ltr", "aliases": []},
   {"sku": "KLV-COLA-2L", "name": "Kalvoza Cola 2 Ltr", "aliases": ["Kalvoza Cola party bottle"]}]},
 {"brand": "Munchira", "aliases": ["Munchira", "#munchira", "@munchirasnacks", "मंचीरा"],
  "category_words": ["chips"],
  "products": [
   {"sku": "MNC-MASALA-30G", "name": "Munchira Masala Chips 30 g", "aliases": []},
   {"sku": "MNC-MASALA-90G", "name": "Munchira Masala Chips 90G", "aliases": []},
   {"sku": "MNC-MASALA-1KG", "name": "Munchira Masala Chips 1 kg", "aliases": ["Munchira party pack"]},
   {"sku": "MNC-TOMATO-30G", "name": "Munchira Tomato Tango Chips 30 gm", "aliases": []},
   {"sku": "MNC-ONION-55G", "name": "Munchira Cream and Onion Chips 55 g", "aliases": []},
   {"sku": "MNC-CHOCO-75G", "name": "Munchira Chocolate Wafer 75 g", "aliases": []},
   {"sku": "MNC-CHOCO-150G", "name": "Munchira Chocolate Wafer 150 g", "aliases": []}]},
]}

ROWS = []
def r(text, stockout, sku, category, lang, outlet=None):
    if outlet is None:
        outlet = next(o for o in O if O[o][1].lower() in text.lower())
    ROWS.append((text, outlet, stockout, sku, category, lang))

# size-format: one product of the brand has the size, written every way
for text, sku, lang in [
    ("Kalvoza 1.2L out of stock at Gupta Kirana Store Shastri Nagar", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.2 ltr not available at Verma Provision Store Abu Lane", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1200 ml khatam ho gaya Gupta Kirana Store mein", "KLV-MANGO-1.2L", "hi-latn"),
    ("Kalvoza 1,200ml sold out at Mahaveer General Store Sardarpura", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.2 लीटर नहीं मिल रहा Gupta Kirana Store पर", "KLV-MANGO-1.2L", "hi"),
    ("no Kalvoza one point two litre at Sri Murugan Stores Kumar Nagar", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.2 litres out at Patil Kirana Bhandar Vishrambag", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.2lt wala nang stock sa Nanay Lita Store Morales", "KLV-MANGO-1.2L", "tl"),
    ("Kalvoza 1.2 Litre khatam Verma Provision Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("Kalvoza 1200ML OUT AT MAHAVEER GENERAL STORE", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.2-litre bottle out of stock at Sri Murugan Stores", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1 ltr nahi hai Gupta Kirana Store Shastri Nagar", "KLV-LEMON-1L", "hi-latn"),
    ("ek litre Kalvoza nahi mila Verma Provision Store Abu Lane", "KLV-LEMON-1L", "hi-latn"),
    ("Kalvoza 1000 ml out at Mahaveer General Store", "KLV-LEMON-1L", "en"),
    ("Wala nang isang litro na Kalvoza sa Nanay Lita Store", "KLV-LEMON-1L", "tl"),
    ("Walay usa ka litro nga Kalvoza sa Balangasan Mini Mart", "KLV-LEMON-1L", "ceb"),
    ("Kalvoza 1L sold out at Balangasan Mini Mart Balangasan", "KLV-LEMON-1L", "en"),
    ("Kalvoza 1 लीटर खत्म Verma Provision Store", "KLV-LEMON-1L", "hi"),
    ("dedh litre Kalvoza nahi mil raha Gupta Kirana Store", "KLV-COLA-1.5L", "hi-latn"),
    ("Kalvoza 1.5 ltr out at Patil Kirana Bhandar", "KLV-COLA-1.5L", "en"),
    ("Kalvoza 1500ml not available at Sri Murugan Stores Kumar Nagar", "KLV-COLA-1.5L", "en"),
    ("Kalvoza one and a half litre out of stock at Mahaveer General Store", "KLV-COLA-1.5L", "en"),
    ("Kalvoza 1½ litre khatam Verma Provision Store", "KLV-COLA-1.5L", "hi-latn"),
    ("Kalvoza 2L out of stock at Gupta Kirana Store", "KLV-COLA-2L", "en"),
    ("Kalvoza 2 ltr nahi hai Mahaveer General Store Sardarpura", "KLV-COLA-2L", "hi-latn"),
    ("do litre wala Kalvoza khatam Verma Provision Store", "KLV-COLA-2L", "hi-latn"),
    ("Wala nang dalawang litro na Kalvoza sa Nanay Lita Store", "KLV-COLA-2L", "tl"),
    ("Kalvoza 2000 ml sold out at Balangasan Mini Mart", "KLV-COLA-2L", "en"),
    ("Kalvoza two litre out at Sri Murugan Stores", "KLV-COLA-2L", "en"),
    ("Kalvoza 250 ml out of stock at Patil Kirana Bhandar Vishrambag", "KLV-JEERA-250ML", "en"),
    ("Kalvoza 250ml can nahi mila Gupta Kirana Store", "KLV-JEERA-250ML", "hi-latn"),
    ("Kalvoza two fifty ml out at Sri Murugan Stores", "KLV-JEERA-250ML", "en"),
    ("Kalvoza quarter litre khatam Verma Provision Store", "KLV-JEERA-250ML", "hi-latn"),
    ("Kalvoza 0.25 L sold out at Mahaveer General Store", "KLV-JEERA-250ML", "en"),
    ("Munchira 90 gm out of stock at Gupta Kirana Store", "MNC-MASALA-90G", "en"),
    ("Munchira 90gms nahi hai Verma Provision Store Abu Lane", "MNC-MASALA-90G", "hi-latn"),
    ("Munchira 90 grams sold out at Patil Kirana Bhandar", "MNC-MASALA-90G", "en"),
    ("Munchira 90g wala nang stock sa Nanay Lita Store", "MNC-MASALA-90G", "tl"),
    ("Munchira 90 ग्राम नहीं मिला Gupta Kirana Store", "MNC-MASALA-90G", "hi"),
    ("Munchira 1 kilo out at Mahaveer General Store Sardarpura", "MNC-MASALA-1KG", "en"),
    ("Munchira 1kg pack khatam Verma Provision Store", "MNC-MASALA-1KG", "hi-latn"),
    ("Munchira ek kilo nahi mila Gupta Kirana Store", "MNC-MASALA-1KG", "hi-latn"),
    ("Munchira 1000 g out of stock at Sri Murugan Stores", "MNC-MASALA-1KG", "en"),
    ("Walay isa ka kilo nga Munchira sa Balangasan Mini Mart", "MNC-MASALA-1KG", "ceb"),
    ("Munchira 75 gm out at Patil Kirana Bhandar Vishrambag", "MNC-CHOCO-75G", "en"),
    ("Munchira 75gms khatam Gupta Kirana Store", "MNC-CHOCO-75G", "hi-latn"),
    ("Munchira 150 grams not available at Mahaveer General Store", "MNC-CHOCO-150G", "en"),
    ("Munchira 150g wala na sa Nanay Lita Store Morales", "MNC-CHOCO-150G", "tl"),
    ("Munchira 55 g out of stock at Sri Murugan Stores", "MNC-ONION-55G", "en"),
    ("Munchira 55gm nahi hai Verma Provision Store", "MNC-ONION-55G", "hi-latn"),
    ("Wala sang Kalvoza isa ka litro sa Nanay Lita Store", "KLV-LEMON-1L", "hil"),
    ("Kalvoza 1.2 ltrs out at Balangasan Mini Mart", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza 1.20 L out of stock at Sri Murugan Stores", "KLV-MANGO-1.2L", "en"),
    ("Munchira 150-gram pack out at Gupta Kirana Store", "MNC-CHOCO-150G", "en"),
    ("Kalvoza ek litar nahi mila Mahaveer General Store", "KLV-LEMON-1L", "hi-latn"),
    ("Kalvoza do ltr khatam Patil Kirana Bhandar", "KLV-COLA-2L", "hi-latn"),
    ("Munchira 1 kilogram pack out at Sri Murugan Stores", "MNC-MASALA-1KG", "en"),
]:
    r(text, True, sku, "size-format", lang)

# size-flavour: a size several products share, told by the flavour beside it
for text, sku, lang in [
    ("Kalvoza jeera 500 ml out of stock at Gupta Kirana Store", "KLV-JEERA-500ML", "en"),
    ("Kalvoza lemon 500ml nahi mila Verma Provision Store", "KLV-LEMON-500ML", "hi-latn"),
    ("Kalvoza nimbu half litre khatam Mahaveer General Store", "KLV-LEMON-500ML", "hi-latn"),
    ("Kalvoza jeera aadha litre nahi hai Gupta Kirana Store", "KLV-JEERA-500ML", "hi-latn"),
    ("Wala nang kalahating litro na Kalvoza lemon sa Nanay Lita Store", "KLV-LEMON-500ML", "tl"),
    ("Kalvoza jeera 0.5 L sold out at Patil Kirana Bhandar", "KLV-JEERA-500ML", "en"),
    ("Kalvoza lemon half a litre out at Sri Murugan Stores", "KLV-LEMON-500ML", "en"),
    ("Munchira masala 30 g out of stock at Gupta Kirana Store", "MNC-MASALA-30G", "en"),
    ("Munchira tomato 30gm khatam Verma Provision Store", "MNC-TOMATO-30G", "hi-latn"),
    ("Munchira masala 30gms wala na sa Balangasan Mini Mart", "MNC-MASALA-30G", "tl"),
    ("Munchira chocolate 150 g out at Mahaveer General Store", "MNC-CHOCO-150G", "en"),
    ("Munchira chocolate wafer 75g nahi mila Patil Kirana Bhandar", "MNC-CHOCO-75G", "hi-latn"),
    ("Kalvoza cola 2 litre out of stock at Sri Murugan Stores", "KLV-COLA-2L", "en"),
    ("Kalvoza cola 1.5L nahi hai Gupta Kirana Store", "KLV-COLA-1.5L", "hi-latn"),
    ("Kalvoza jeera 250 ml can out at Verma Provision Store", "KLV-JEERA-250ML", "en"),
]:
    r(text, True, sku, "size-flavour", lang)

# size-shared: the size fits several products and nothing tells which: SKU null
for text, lang in [
    ("Kalvoza 500 ml out of stock at Gupta Kirana Store", "en"),
    ("Kalvoza half litre nahi mila Verma Provision Store", "hi-latn"),
    ("Kalvoza 0.5L khatam Mahaveer General Store", "hi-latn"),
    ("Wala nang kalahating litro na Kalvoza sa Nanay Lita Store", "tl"),
    ("Kalvoza aadha litre nahi hai Patil Kirana Bhandar", "hi-latn"),
    ("Munchira 30 g out of stock at Sri Murugan Stores", "en"),
    ("Munchira 30gm packets khatam Gupta Kirana Store", "hi-latn"),
    ("Munchira 30 grams wala na sa Balangasan Mini Mart", "tl"),
    ("Kalvoza 500 मिली नहीं मिला Verma Provision Store", "hi"),
]:
    r(text, True, None, "size-shared", lang)

# misspelling: flavour misspelt, abbreviated or a near word, with or without a size
for text, sku, lang in [
    ("Kalvoza mangoo out of stock at Gupta Kirana Store", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza mago fizz nahi mila Verma Provision Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("Kalvoza manggo wala na sa Nanay Lita Store", "KLV-MANGO-1.2L", "tl"),
    ("Kalvoza jeeraa 250 ml khatam Mahaveer General Store", "KLV-JEERA-250ML", "hi-latn"),
    ("Kalvoza jira 500ml nahi hai Gupta Kirana Store", "KLV-JEERA-500ML", "hi-latn"),
    ("Kalvoza zeera soda 500 ml out at Patil Kirana Bhandar", "KLV-JEERA-500ML", "en"),
    ("Kalvoza lemn 500 ml out of stock at Sri Murugan Stores", "KLV-LEMON-500ML", "en"),
    ("Kalvoza lemmon 500ml khatam Verma Provision Store", "KLV-LEMON-500ML", "hi-latn"),
    ("Kalvoza limon kalahating litro wala na sa Nanay Lita Store", "KLV-LEMON-500ML", "tl"),
    ("Kalvoza kola 2L out at Balangasan Mini Mart", "KLV-COLA-2L", "en"),
    ("Kalvoza colla 1.5 ltr nahi mila Gupta Kirana Store", "KLV-COLA-1.5L", "hi-latn"),
    ("Munchira choclate 75 g out of stock at Mahaveer General Store", "MNC-CHOCO-75G", "en"),
    ("Munchira chocolat 150g khatam Verma Provision Store", "MNC-CHOCO-150G", "hi-latn"),
    ("Munchira choco 150 gm out at Patil Kirana Bhandar", "MNC-CHOCO-150G", "en"),
    ("Munchira tamato chips out of stock at Gupta Kirana Store", "MNC-TOMATO-30G", "en"),
    ("Munchira tomoto nahi mila Sri Murugan Stores", "MNC-TOMATO-30G", "hi-latn"),
    ("Munchira tomatoe chips wala na sa Balangasan Mini Mart", "MNC-TOMATO-30G", "tl"),
    ("Munchira masaala 90 gm khatam Gupta Kirana Store", "MNC-MASALA-90G", "hi-latn"),
    ("Munchira masalla 30 g out at Verma Provision Store", "MNC-MASALA-30G", "en"),
    ("Munchira cream n onion out of stock at Mahaveer General Store", "MNC-ONION-55G", "en"),
    ("Munchira creme onion nahi hai Patil Kirana Bhandar", "MNC-ONION-55G", "hi-latn"),
    ("Munchira cream & onyon sold out at Sri Murugan Stores", "MNC-ONION-55G", "en"),
    ("Munchira onian chips wala na sa Nanay Lita Store", "MNC-ONION-55G", "tl"),
    ("Munchira choco wafers 75gm khatam Gupta Kirana Store", "MNC-CHOCO-75G", "hi-latn"),
    ("Kalvoza mngo fizz out at Mahaveer General Store", "KLV-MANGO-1.2L", "en"),
    ("Kalvoza mangofizz out of stock at Verma Provision Store", "KLV-MANGO-1.2L", "en"),
]:
    r(text, True, sku, "misspelling", lang)

# translated: the flavour in the writer's language
for text, sku, lang in [
    ("Munchira tsokolate 75 g wala na sa Balangasan Mini Mart", "MNC-CHOCO-75G", "tl"),
    ("Kalvoza mangga wala na sa Nanay Lita Store", "KLV-MANGO-1.2L", "tl"),
    ("Munchira kamatis flavor ubos na sa Balangasan Mini Mart", "MNC-TOMATO-30G", "tl"),
    ("Kalvoza aam wala khatam Gupta Kirana Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("Munchira pyaaz wale chips nahi mile Verma Provision Store", "MNC-ONION-55G", "hi-latn"),
]:
    r(text, True, sku, "translated", lang)

# native-script: flavour and size in Devanagari, Tamil, Marathi, Gujarati
for text, sku, lang in [
    ("कलवोज़ा मैंगो नहीं मिल रहा Gupta Kirana Store पर", "KLV-MANGO-1.2L", "hi"),
    ("कलवोज़ा 2 लीटर खत्म हो गया Verma Provision Store में", "KLV-COLA-2L", "hi"),
    ("कलवोज़ा जीरा 250 मिली नहीं है Gupta Kirana Store", "KLV-JEERA-250ML", "hi"),
    ("कलवोज़ा कोला डेढ़ लीटर नहीं मिला Mahaveer General Store", "KLV-COLA-1.5L", "hi"),
    ("कलवोज़ा एक लीटर खत्म Verma Provision Store", "KLV-LEMON-1L", "hi"),
    ("कलवोज़ा लेमन आधा लीटर नहीं मिला Gupta Kirana Store", "KLV-LEMON-500ML", "hi"),
    ("मंचीरा चॉकलेट 75 ग्राम खत्म Verma Provision Store", "MNC-CHOCO-75G", "hi"),
    ("मंचीरा टमाटर चिप्स नहीं मिल रहे Gupta Kirana Store पर", "MNC-TOMATO-30G", "hi"),
    ("मंचीरा टोमैटो नहीं है Mahaveer General Store", "MNC-TOMATO-30G", "hi"),
    ("मंचीरा मसाला 90 ग्राम खत्म Verma Provision Store", "MNC-MASALA-90G", "hi"),
    ("मंचीरा एक किलो नहीं मिला Gupta Kirana Store", "MNC-MASALA-1KG", "hi"),
    ("Kalvoza मँगो संपला Patil Kirana Bhandar मध्ये", "KLV-MANGO-1.2L", "mr"),
    ("Kalvoza दोन लिटर संपले Patil Kirana Bhandar Vishrambag", "KLV-COLA-2L", "mr"),
    ("Munchira चॉकलेट १५० ग्रॅम मिळत नाही Patil Kirana Bhandar", "MNC-CHOCO-150G", "mr"),
    ("Kalvoza ஜீரா 250 மில்லி இல்லை Sri Murugan Stores", "KLV-JEERA-250ML", "ta"),
    ("Kalvoza மேங்கோ கிடைக்கவில்லை Sri Murugan Stores Kumar Nagar", "KLV-MANGO-1.2L", "ta"),
    ("Kalvoza கோலா 2 லிட்டர் இல்லை Sri Murugan Stores", "KLV-COLA-2L", "ta"),
    ("Munchira சாக்லேட் 75 கிராம் இல்லை Sri Murugan Stores", "MNC-CHOCO-75G", "ta"),
    ("Munchira தக்காளி chips இல்லை Sri Murugan Stores", "MNC-TOMATO-30G", "ta"),
    ("Kalvoza ஒன்றரை லிட்டர் இல்லை Sri Murugan Stores", "KLV-COLA-1.5L", "ta"),
    ("Kalvoza ૧.૨ લિટર નથી મળતું Mahaveer General Store", "KLV-MANGO-1.2L", "gu"),
    ("Munchira ટોમેટો નથી Mahaveer General Store", "MNC-TOMATO-30G", "gu"),
    ("कलवोज़ा १२०० मिली खत्म Gupta Kirana Store", "KLV-MANGO-1.2L", "hi"),
    ("Munchira मसाला ९० ग्राम नहीं मिला Verma Provision Store", "MNC-MASALA-90G", "hi"),
]:
    r(text, True, sku, "native-script", lang)

# distinctive-word: the product named by one word of its name
for text, sku, lang in [
    ("Munchira at Gupta Kirana Store is gone, the chocolate one, 150 g", "MNC-CHOCO-150G", "en"),
    ("Munchira out at Verma Provision Store, the tomato one", "MNC-TOMATO-30G", "en"),
    ("Wala na yung Munchira sa Nanay Lita Store, yung onion", "MNC-ONION-55G", "tl"),
    ("Kalvoza mango wala nahi mila Mahaveer General Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("Kalvoza ka mango wala khatam Gupta Kirana Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("Munchira tango flavour out of stock at Sri Murugan Stores", "MNC-TOMATO-30G", "en"),
    ("Kalvoza fizz out of stock at Patil Kirana Bhandar", "KLV-MANGO-1.2L", "en"),
    ("Munchira wafer 75g out at Patil Kirana Bhandar", "MNC-CHOCO-75G", "en"),
    ("Kalvoza party bottle nahi mila Verma Provision Store", "KLV-COLA-2L", "hi-latn"),
    ("Munchira party pack out of stock at Mahaveer General Store", "MNC-MASALA-1KG", "en"),
]:
    r(text, True, sku, "distinctive-word", lang)

# count-not-size: a count of packs or bottles beside a size
for text, sku, lang in [
    ("wanted 2 packs of Munchira 90 g, out of stock at Gupta Kirana Store", "MNC-MASALA-90G", "en"),
    ("Kalvoza 2 bottles of 1.2 L chahiye the, khatam Verma Provision Store", "KLV-MANGO-1.2L", "hi-latn"),
    ("3 x Kalvoza 250ml cans nahi mile Mahaveer General Store", "KLV-JEERA-250ML", "hi-latn"),
    ("Munchira 6 packets of 75 gm, none left at Patil Kirana Bhandar", "MNC-CHOCO-75G", "en"),
    ("2 packs of 55g Munchira out at Sri Murugan Stores", "MNC-ONION-55G", "en"),
    ("Kalvoza 4 pcs 1 litre wala na sa Nanay Lita Store", "KLV-LEMON-1L", "tl"),
    ("Munchira 12 sachets 30 g masala out at Balangasan Mini Mart", "MNC-MASALA-30G", "en"),
    ("Kalvoza 2 bottle 2 litre khatam Gupta Kirana Store", "KLV-COLA-2L", "hi-latn"),
    ("Kalvoza Rs 40 wali 500 ml jeera nahi mili Verma Provision Store", "KLV-JEERA-500ML", "hi-latn"),
    ("Munchira 2 pack nahi mila Mahaveer General Store", None, "hi-latn"),
]:
    r(text, True, sku, "count-not-size", lang)

# brand-only: a report that does not tell the SKU
for text, lang in [
    ("Kalvoza out of stock at Gupta Kirana Store Shastri Nagar", "en"),
    ("Munchira nahi mil raha Verma Provision Store", "hi-latn"),
    ("Kalvoza jeera khatam Mahaveer General Store", "hi-latn"),
    ("Kalvoza lemon out at Patil Kirana Bhandar", "en"),
    ("Munchira masala chips out of stock at Sri Murugan Stores", "en"),
    ("Kalvoza cola wala na sa Nanay Lita Store", "tl"),
    ("Munchira chocolate wafer nahi hai Gupta Kirana Store", "hi-latn"),
    ("Walay Munchira sa Balangasan Mini Mart", "ceb"),
    ("Kalvoza soda khatam Verma Provision Store", "hi-latn"),
    ("Munchira chips kahin nahi, Gupta Kirana Store mein bhi nahi", "hi-latn"),
]:
    r(text, True, None, "brand-only", lang)

# non-report: the product is there, a question, a purchase
for text, lang in [
    ("Kalvoza 1.2L back in stock at Gupta Kirana Store", "en"),
    ("Got Kalvoza 2 ltr at Verma Provision Store today", "en"),
    ("Is Kalvoza 1.5 litre available at Mahaveer General Store?", "en"),
    ("Munchira 90 gm mil gaya Gupta Kirana Store pe", "hi-latn"),
    ("Munchira chocolate 150g plenty at Patil Kirana Bhandar", "en"),
    ("May Kalvoza isang litro sa Nanay Lita Store", "tl"),
    ("Naa nay Kalvoza 2 litro sa Balangasan Mini Mart", "ceb"),
    ("Kalvoza mango fizz 1.2 L is the best, bought at Sri Murugan Stores", "en"),
    ("Munchira 1 kilo pack le aaya Verma Provision Store se", "hi-latn"),
    ("Kalvoza 500 ml ka rate kya hai Gupta Kirana Store mein?", "hi-latn"),
    ("कलवोज़ा 2 लीटर मिल गया Verma Provision Store", "hi"),
    ("Kalvoza ஜீரா 250 மில்லி கிடைத்தது Sri Murugan Stores", "ta"),
    ("Munchira tomato 30 g in stock at Mahaveer General Store", "en"),
    ("Will Kalvoza 2L be restocked at Gupta Kirana Store next week?", "en"),
    ("Kalvoza 1 ltr is cheaper at Patil Kirana Bhandar than online", "en"),
    ("Munchira cream onion 55g available at Sri Murugan Stores", "en"),
    ("Bumili ako ng Kalvoza 1.5 litro sa Nanay Lita Store", "tl"),
    ("Kalvoza 500 ml jeera ka stock aa gaya Mahaveer General Store", "hi-latn"),
    ("Munchira 75 gm ka naya pack Gupta Kirana Store pe mil raha hai", "hi-latn"),
    ("Kalvoza 250ml can 20 rupees at Verma Provision Store", "en"),
    ("Munchira 30g masala at Sri Murugan Stores is 10 rupees", "en"),
]:
    r(text, False, None, "non-report", lang)

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
        mid = "sk-%03d" % (i + 1)
        o = O[outlet]
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-sk%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
