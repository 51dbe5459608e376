# Writes the "size14-probe" labelled set (session 14): WHICH product a report names when the post writes its size,
# pack or flavour in a form the catalog does not spell. Written before any rule of that session changed and scored on
# the untouched code; a development set, its errors read.
# Three invented brands: Zestora (a soda: orange 250 ml can, 750 ml bottle, 1.5 L; lemon 250 ml can and 2 L; green
# apple 600 ml; cola 2.25 L party pack), Kurmuri (namkeen: masala 22 g / Rs 10, 52 g / Rs 20 and 150 g family pack;
# tomato 22 g / Rs 10 and 52 g / Rs 20; pudina 52 g / Rs 20; mixture 1 kg jumbo pack) and Pulpzo (a juice sold in the
# Philippines: mango 250 ml / P15, 1 L and a 6 x 200 ml pack; pineapple 250 ml / P15 and 1 L; calamansi 330 ml).
# Eight outlets in Hassan, Sikar, Latur, Kottayam, Bankura and Kidapawan, each post naming its shop plainly so that
# the product is what is measured.
# Label rule: the SKU is null when the words do not tell one product: only the brand, a size or price two products
# share, a size no product of the brand (or of the flavour named) has, a size that belongs to another brand, a count
# of packs, a date, time, phone number or a price that is no pack's, or two products in one post.
# Categories: size-format (glued, spaced, hyphenated, decimal comma, fractions, unit spellings, conversions),
# number-words (Latin-script number words and fractions), native-script, pack (pack of N, N-pack, counts beside a
# size), size-word (family, jumbo, small, big in the languages), price-pack (a price that names a pack), flavour
# (a flavour by translation or colour); hard negatives: other-brand-size, price-not-size, date-time-phone, count,
# no-such-size, two-products (reports, SKU null), and non-reports with sizes (availability, question, past,
# negation, other-product, irrealis, repost, price).
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("HSN-01", "Sri Lakshmi Venkateshwara Stores", "Vidyanagar, Hassan 573201", "Vidyanagar", "Hassan", "Karnataka", "India", 13.0070, 76.0960),
 ("HSN-02", "Hoysala Bakery", "Salgame Road, Hassan 573202", "Salgame Road", "Hassan", "Karnataka", "India", 13.0150, 76.1120),
 ("SKR-01", "Shekhawati General Store", "Piprali Road, Sikar 332001", "Piprali Road", "Sikar", "Rajasthan", "India", 27.6150, 75.1420),
 ("LTR-01", "Swami Samarth Kirana", "Ausa Road, Latur 413512", "Ausa Road", "Latur", "Maharashtra", "India", 18.3950, 76.5650),
 ("KTM-01", "Kurian Stores", "Baker Junction, Kottayam 686001", "Baker Junction", "Kottayam", "Kerala", "India", 9.5880, 76.5250),
 ("BNK-01", "Maa Tara Bhandar", "Machantala, Bankura 722101", "Machantala", "Bankura", "West Bengal", "India", 23.2350, 87.0680),
 ("KDP-01", "Nanay Cora Sari-Sari Store", "Poblacion, Kidapawan City", "Poblacion", "Kidapawan", "Cotabato", "Philippines", 7.0080, 125.0890),
 ("KDP-02", "Kalinisan Minimart", "Lanao, Kidapawan City", "Lanao", "Kidapawan", "Cotabato", "Philippines", 7.0210, 125.0950),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Zestora", "aliases": ["Zestora", "#zestora", "@zestoradrinks"],
  "category_words": ["soda", "cold drink"],
  "products": [
   {"sku": "ZST-ORG-250C", "name": "Zestora Orange 250 ml Can", "aliases": []},
   {"sku": "ZST-ORG-750B", "name": "Zestora Orange 750ml Bottle", "aliases": []},
   {"sku": "ZST-ORG-1500", "name": "Zestora Orange 1.5 Ltr", "aliases": []},
   {"sku": "ZST-LMN-250C", "name": "Zestora Lemon 250 ml Can", "aliases": []},
   {"sku": "ZST-LMN-2L", "name": "Zestora Lemon 2 L Bottle", "aliases": []},
   {"sku": "ZST-APL-600", "name": "Zestora Green Apple 600 ml", "aliases": []},
   {"sku": "ZST-COL-2250", "name": "Zestora Cola 2.25 L Party Pack", "aliases": []}]},
 {"brand": "Kurmuri", "aliases": ["Kurmuri", "#kurmuri", "@kurmurisnacks"],
  "category_words": ["chips", "namkeen"],
  "products": [
   {"sku": "KRM-MSL-22G", "name": "Kurmuri Masala 22 g", "aliases": ["Kurmuri Masala Rs 10 pack"]},
   {"sku": "KRM-MSL-52G", "name": "Kurmuri Masala 52 g", "aliases": ["Kurmuri Masala Rs 20 pack"]},
   {"sku": "KRM-MSL-150G", "name": "Kurmuri Masala 150 g Family Pack", "aliases": []},
   {"sku": "KRM-TMT-22G", "name": "Kurmuri Tomato 22g", "aliases": ["Kurmuri Tomato Rs 10 pack"]},
   {"sku": "KRM-TMT-52G", "name": "Kurmuri Tomato 52g", "aliases": ["Kurmuri Tomato Rs 20 pack"]},
   {"sku": "KRM-PDN-52G", "name": "Kurmuri Pudina 52 g", "aliases": ["Kurmuri Pudina Rs 20 pack"]},
   {"sku": "KRM-MIX-1KG", "name": "Kurmuri Mixture 1 kg Jumbo Pack", "aliases": []}]},
 {"brand": "Pulpzo", "aliases": ["Pulpzo", "#pulpzo", "@pulpzoph"],
  "category_words": ["juice"],
  "products": [
   {"sku": "PLZ-MNG-250", "name": "Pulpzo Mango 250 ml", "aliases": ["Pulpzo Mango P15"]},
   {"sku": "PLZ-MNG-1L", "name": "Pulpzo Mango 1 L", "aliases": []},
   {"sku": "PLZ-MNG-6X200", "name": "Pulpzo Mango 6 x 200 ml Pack", "aliases": []},
   {"sku": "PLZ-PIN-250", "name": "Pulpzo Pineapple 250 ml", "aliases": ["Pulpzo Pineapple P15"]},
   {"sku": "PLZ-PIN-1L", "name": "Pulpzo Pineapple 1 Liter", "aliases": []},
   {"sku": "PLZ-CAL-330", "name": "Pulpzo Calamansi 330 ml", "aliases": []}]},
]}

SHOPS = {"venkateshwara": "HSN-01", "hoysala": "HSN-02", "shekhawati": "SKR-01", "samarth": "LTR-01",
         "kurian": "KTM-01", "tara bhandar": "BNK-01", "cora": "KDP-01", "kalinisan": "KDP-02"}
ROWS = []
def r(text, stockout, sku, category, lang):
    outlet = next(v for k, v in SHOPS.items() if k in text.lower())
    ROWS.append((text, outlet, stockout, sku, category, lang))

def reports(category, rows):
    for text, sku, lang in rows:
        r(text, True, sku, category, lang)

reports("size-format", [
    ("Zestora 750ml out of stock at Hoysala Bakery", "ZST-ORG-750B", "en"),
    ("Zestora 750 ml not available at Sri Lakshmi Venkateshwara Stores", "ZST-ORG-750B", "en"),
    ("Zestora 750-ml bottle finished, Kurian Stores", "ZST-ORG-750B", "en"),
    ("Zestora orange 1.5ltr khatam Shekhawati General Store pe", "ZST-ORG-1500", "hi-latn"),
    ("Zestora orange 1,5 L sold out at Hoysala Bakery", "ZST-ORG-1500", "en"),
    ("Zestora orange 1½ L nahi mila Swami Samarth Kirana la", "ZST-ORG-1500", "mr-latn"),
    ("Zestora orange 1 1/2 ltr out at Kurian Stores", "ZST-ORG-1500", "en"),
    ("Zestora orange 1500 ml not in stock at Sri Lakshmi Venkateshwara Stores", "ZST-ORG-1500", "en"),
    ("Zestora orange 1.5 litre gone from Maa Tara Bhandar", "ZST-ORG-1500", "en"),
    ("Zestora lemon 2ltr out of stock at Shekhawati General Store", "ZST-LMN-2L", "en"),
    ("Zestora lemon 2000ml not available at Hoysala Bakery", "ZST-LMN-2L", "en"),
    ("Zestora 2 L lemon khatam ho gaya Swami Samarth Kirana me", "ZST-LMN-2L", "hi-latn"),
    ("Zestora cola 2.25L out at Kurian Stores", "ZST-COL-2250", "en"),
    ("Zestora cola 2250 ml party pack sold out Sri Lakshmi Venkateshwara Stores", "ZST-COL-2250", "en"),
    ("Zestora 600ml nahi hai Shekhawati General Store me", "ZST-APL-600", "hi-latn"),
    ("Zestora 600 mL out of stock at Maa Tara Bhandar", "ZST-APL-600", "en"),
    ("Zestora 0.6 ltr gone at Hoysala Bakery", "ZST-APL-600", "en"),
    ("Zestora 2.25 lit. finished at Swami Samarth Kirana", "ZST-COL-2250", "en"),
    ("Kurmuri 150g out of stock at Shekhawati General Store", "KRM-MSL-150G", "en"),
    ("Kurmuri 150 gms khatam Swami Samarth Kirana me", "KRM-MSL-150G", "hi-latn"),
    ("Kurmuri 150-gm pack not available at Maa Tara Bhandar", "KRM-MSL-150G", "en"),
    ("Kurmuri 1kg jumbo out at Hoysala Bakery", "KRM-MIX-1KG", "en"),
    ("Kurmuri 1000 g mixture sold out at Sri Lakshmi Venkateshwara Stores", "KRM-MIX-1KG", "en"),
    ("Kurmuri 1 kilo khatam Shekhawati General Store pe", "KRM-MIX-1KG", "hi-latn"),
    ("Kurmuri masala 22gm out of stock at Kurian Stores", "KRM-MSL-22G", "en"),
    ("Kurmuri tomato 52 grams not available at Maa Tara Bhandar", "KRM-TMT-52G", "en"),
    ("Kurmuri pudina 52g khatam Swami Samarth Kirana me", "KRM-PDN-52G", "hi-latn"),
    ("Kurmuri tomato 22 g nahi mil raha Shekhawati General Store me", "KRM-TMT-22G", "hi-latn"),
    ("Pulpzo mango 1L ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-1L", "tl"),
    ("Pulpzo pineapple 1 liter wala na sa Kalinisan Minimart", "PLZ-PIN-1L", "tl"),
    ("Pulpzo 330ml out of stock at Nanay Cora Sari-Sari Store", "PLZ-CAL-330", "en"),
    ("wala nay Pulpzo calamansi 330 mL sa Kalinisan Minimart", "PLZ-CAL-330", "ceb"),
    ("Pulpzo mango 1000ml ubos na sa Kalinisan Minimart", "PLZ-MNG-1L", "tl"),
    ("Pulpzo pineapple 250ml wala na sa Nanay Cora Sari-Sari Store", "PLZ-PIN-250", "tl"),
    ("Pulpzo 1 L mango out at Kalinisan Minimart", "PLZ-MNG-1L", "en"),
    ("Zestora orange 250ML can out of stock at Kurian Stores", "ZST-ORG-250C", "en"),
    ("Zestora lemon 250 ml khatam Hoysala Bakery mein", "ZST-LMN-250C", "hi-latn"),
    ("Kurmuri masala 52gms finished at Sri Lakshmi Venkateshwara Stores", "KRM-MSL-52G", "en"),
    ("Kurmuri 0.15 kg masala not available at Hoysala Bakery", "KRM-MSL-150G", "en"),
    ("Zestora orange 250 ml aur Pepsi 750 ml dono khatam Shekhawati General Store me", "ZST-ORG-250C", "hi-latn"),
    ("Kurmuri tomato 22g nahi, Uncle Chipps 52g bhi nahi, Swami Samarth Kirana me", "KRM-TMT-22G", "hi-latn"),
])

reports("number-words", [
    ("Zestora orange one and a half litre out of stock at Sri Lakshmi Venkateshwara Stores", "ZST-ORG-1500", "en"),
    ("Zestora orange dedh litre wali khatam Shekhawati General Store me", "ZST-ORG-1500", "hi-latn"),
    ("Zestora cola sawa do litre khatam ho gayi Swami Samarth Kirana me", "ZST-COL-2250", "hi-latn"),
    ("Zestora lemon do litre nahi mil rahi Shekhawati General Store me", "ZST-LMN-2L", "hi-latn"),
    ("Zestora orange paune litre wali khatam Shekhawati General Store me", "ZST-ORG-750B", "hi-latn"),
    ("Kurmuri ek kilo wala khatam Swami Samarth Kirana me", "KRM-MIX-1KG", "hi-latn"),
    ("Zestora orange three quarter litre bottle out at Kurian Stores", "ZST-ORG-750B", "en"),
    ("Zestora two and a quarter litre cola sold out at Hoysala Bakery", "ZST-COL-2250", "en"),
    ("Pulpzo mango isang litro ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-1L", "tl"),
    ("wala nay Pulpzo pinya usa ka litro sa Kalinisan Minimart", "PLZ-PIN-1L", "ceb"),
    ("Pulpzo calamansi tatlong daan at tatlumpung ml ubos na sa Nanay Cora Sari-Sari Store", "PLZ-CAL-330", "tl"),
    ("Zestora six hundred ml out at Maa Tara Bhandar", "ZST-APL-600", "en"),
    ("Zestora seven fifty ml orange out of stock at Kurian Stores", "ZST-ORG-750B", "en"),
    ("Kurmuri fifty two gram tomato khatam Shekhawati General Store me", "KRM-TMT-52G", "hi-latn"),
    ("Kurmuri masala bavan gram wala khatam Swami Samarth Kirana me", "KRM-MSL-52G", "hi-latn"),
    ("Kurmuri tomato baais gram wala nahi hai Shekhawati General Store me", "KRM-TMT-22G", "hi-latn"),
    ("Kurmuri masala dedh sau gram khatam Hoysala Bakery me", "KRM-MSL-150G", "hi-latn"),
    ("Zestora orange ek point paanch litre khatam Swami Samarth Kirana me", "ZST-ORG-1500", "hi-latn"),
    ("Zestora lemon two litres finished at Kurian Stores", "ZST-LMN-2L", "en"),
    ("Zestora cola two point two five L out at Hoysala Bakery", "ZST-COL-2250", "en"),
    ("Kurmuri mixture one kilo jumbo pack out of stock at Sri Lakshmi Venkateshwara Stores", "KRM-MIX-1KG", "en"),
    ("Zestora orange onnara litre illa Kurian Stores-il", "ZST-ORG-1500", "ml-latn"),
    ("Zestora orange der liter nei Maa Tara Bhandar e", "ZST-ORG-1500", "bn-latn"),
])

reports("native-script", [
    ("Zestora ऑरेंज डेढ़ लीटर खत्म Shekhawati General Store में", "ZST-ORG-1500", "hi"),
    ("Zestora कोला सवा दो लीटर नहीं मिल रहा Shekhawati General Store में", "ZST-COL-2250", "hi"),
    ("Zestora संतरा पौने लीटर वाली खत्म Shekhawati General Store में", "ZST-ORG-750B", "hi"),
    ("Zestora लेमन दोन लीटर नाही Swami Samarth Kirana मध्ये", "ZST-LMN-2L", "mr"),
    ("Zestora ७५० मिली संपली Swami Samarth Kirana मध्ये", "ZST-ORG-750B", "mr"),
    ("Kurmuri १५० ग्राम खत्म Shekhawati General Store में", "KRM-MSL-150G", "hi"),
    ("Kurmuri एक किलो मिक्सचर नहीं है Shekhawati General Store में", "KRM-MIX-1KG", "hi"),
    ("Zestora ഓറഞ്ച് ഒന്നര ലിറ്റർ ഇല്ല Kurian Stores-ൽ", "ZST-ORG-1500", "ml"),
    ("Zestora 600 മില്ലി ഇല്ല Kurian Stores-ൽ", "ZST-APL-600", "ml"),
    ("Zestora লেমন দুই লিটার নেই Maa Tara Bhandar এ", "ZST-LMN-2L", "bn"),
    ("Zestora কমলা দেড় লিটার শেষ Maa Tara Bhandar এ", "ZST-ORG-1500", "bn"),
    ("Kurmuri ১৫০ গ্রাম মশলা নেই Maa Tara Bhandar এ", "KRM-MSL-150G", "bn"),
    ("Kurmuri ಒಂದು ಕಿಲೋ ಖಾಲಿ Hoysala Bakery ಅಲ್ಲಿ", "KRM-MIX-1KG", "kn"),
    ("Zestora ಒಂದೂವರೆ ಲೀಟರ್ ಇಲ್ಲ Sri Lakshmi Venkateshwara Stores ಅಲ್ಲಿ", "ZST-ORG-1500", "kn"),
    ("Zestora 750 ಮಿಲೀ ಸಿಗ್ತಿಲ್ಲ Hoysala Bakery ಅಲ್ಲಿ", "ZST-ORG-750B", "kn"),
    ("Zestora ಎರಡು ಲೀಟರ್ ನಿಂಬೆ ಖಾಲಿ Hoysala Bakery ಅಲ್ಲಿ", "ZST-LMN-2L", "kn"),
    ("Kurmuri ५२ ग्राम पुदीना खत्म Shekhawati General Store में", "KRM-PDN-52G", "hi"),
    ("Kurmuri ടൊമാറ്റോ 22 ഗ്രാം ഇല്ല Kurian Stores-ൽ", "KRM-TMT-22G", "ml"),
    ("Zestora ஒன்றரை லிட்டர் ஆரஞ்சு இல்லை Kurian Stores-ல", "ZST-ORG-1500", "ta"),
    ("Zestora ১৫০০ মিলি কমলা নেই Maa Tara Bhandar এ", "ZST-ORG-1500", "bn"),
    ("Zestora ஆரஞ்சு 1.5 லிட்டர் காலி Kurian Stores-ல", "ZST-ORG-1500", "ta"),
    ("Zestora ಆರೆಂಜ್ ಮುಕ್ಕಾಲು ಲೀಟರ್ ಇಲ್ಲ Hoysala Bakery ಅಲ್ಲಿ", "ZST-ORG-750B", "kn"),
    ("Kurmuri মিক্সচার এক কেজি নেই Maa Tara Bhandar এ", "KRM-MIX-1KG", "bn"),
])

reports("pack", [
    ("Pulpzo mango 6-pack ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-6X200", "tl"),
    ("Pulpzo mango pack of 6 out of stock at Kalinisan Minimart", "PLZ-MNG-6X200", "en"),
    ("Pulpzo mango 6 x 200ml wala na sa Kalinisan Minimart", "PLZ-MNG-6X200", "tl"),
    ("Pulpzo 200 ml six pack wala na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-6X200", "tl"),
    ("need 2 packs of Kurmuri 150g, out of stock at Hoysala Bakery", "KRM-MSL-150G", "en"),
    ("Zestora 3 x 750ml orange out at Kurian Stores", "ZST-ORG-750B", "en"),
    ("Kurmuri masala 10 packets of 22g chahiye, Swami Samarth Kirana me khatam", "KRM-MSL-22G", "hi-latn"),
    ("Zestora 2 bottles of 2L lemon nahi mile Shekhawati General Store me", "ZST-LMN-2L", "hi-latn"),
    ("Pulpzo mango 6pcs 200ml pack ubos na sa Kalinisan Minimart", "PLZ-MNG-6X200", "tl"),
    ("Pulpzo mango tig-6 na pack wala na sa Kalinisan Minimart", "PLZ-MNG-6X200", "ceb"),
    ("Zestora lemon 12 cans out at Kurian Stores", "ZST-LMN-250C", "en"),
])

reports("size-word", [
    ("Kurmuri family pack out of stock at Sri Lakshmi Venkateshwara Stores", "KRM-MSL-150G", "en"),
    ("Kurmuri jumbo pack khatam Shekhawati General Store me", "KRM-MIX-1KG", "hi-latn"),
    ("Zestora orange chhota wala khatam Swami Samarth Kirana me", "ZST-ORG-250C", "hi-latn"),
    ("Zestora orange bada bottle nahi hai Shekhawati General Store me", "ZST-ORG-1500", "hi-latn"),
    ("Pulpzo pineapple maliit ubos na sa Nanay Cora Sari-Sari Store", "PLZ-PIN-250", "tl"),
    ("Pulpzo pineapple malaki wala na sa Kalinisan Minimart", "PLZ-PIN-1L", "tl"),
    ("Zestora cola party pack out at Hoysala Bakery", "ZST-COL-2250", "en"),
    ("Kurmuri masala big pack out of stock at Kurian Stores", "KRM-MSL-150G", "en"),
    ("Kurmuri tomato small packet khatam Shekhawati General Store me", "KRM-TMT-22G", "hi-latn"),
    ("Zestora lemon periya bottle illa Kurian Stores-il", "ZST-LMN-2L", "ta-latn"),
    ("Kurmuri masala chhota packet nahi hai Maa Tara Bhandar me", "KRM-MSL-22G", "hi-latn"),
    ("Kurmuri masala ka family size khatam Swami Samarth Kirana me", "KRM-MSL-150G", "hi-latn"),
])

reports("price-pack", [
    ("Kurmuri masala 10 rupee pack out of stock at Hoysala Bakery", "KRM-MSL-22G", "en"),
    ("Kurmuri masala ₹20 wala khatam Shekhawati General Store me", "KRM-MSL-52G", "hi-latn"),
    ("Kurmuri tomato Rs.10 wala nahi hai Swami Samarth Kirana me", "KRM-TMT-22G", "hi-latn"),
    ("Kurmuri pudina 20 rs packet khatam Shekhawati General Store pe", "KRM-PDN-52G", "hi-latn"),
    ("Kurmuri masala ka das rupaye wala packet khatam Shekhawati General Store me", "KRM-MSL-22G", "hi-latn"),
    ("Kurmuri टमाटर बीस रुपये वाला खत्म Shekhawati General Store में", "KRM-TMT-52G", "hi"),
    ("Kurmuri masala ₹10 pack illa Kurian Stores-il", "KRM-MSL-22G", "ml-latn"),
    ("Kurmuri tomato 20/- wala packet nahi mila Swami Samarth Kirana me", "KRM-TMT-52G", "hi-latn"),
    ("Pulpzo mango P15 na ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-250", "tl"),
    ("Pulpzo pineapple 15 pesos wala na sa Kalinisan Minimart", "PLZ-PIN-250", "ceb"),
    ("wala nay Pulpzo mango kinse pesos sa Kalinisan Minimart", "PLZ-MNG-250", "ceb"),
    ("Pulpzo mango ₱15 ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-250", "tl"),
    ("Kurmuri টমেটো ১০ টাকার প্যাকেট নেই Maa Tara Bhandar এ", "KRM-TMT-22G", "bn"),
    ("Kurmuri masala 10rs pack out at Sri Lakshmi Venkateshwara Stores", "KRM-MSL-22G", "en"),
])

reports("flavour", [
    ("Zestora santra can khatam Shekhawati General Store me", "ZST-ORG-250C", "hi-latn"),
    ("Zestora nimbu wala can nahi hai Swami Samarth Kirana me", "ZST-LMN-250C", "hi-latn"),
    ("Zestora green wala khatam Shekhawati General Store me", "ZST-APL-600", "hi-latn"),
    ("Zestora hara wala nahi mila Shekhawati General Store me", "ZST-APL-600", "hi-latn"),
    ("Zestora santre wali 1.5 ltr khatam Swami Samarth Kirana me", "ZST-ORG-1500", "hi-latn"),
    ("Kurmuri tamatar 52 gram khatam Swami Samarth Kirana me", "KRM-TMT-52G", "hi-latn"),
    ("Pulpzo mangga 1 litro ubos na sa Nanay Cora Sari-Sari Store", "PLZ-MNG-1L", "tl"),
    ("Pulpzo pinya 250 ml wala na sa Kalinisan Minimart", "PLZ-PIN-250", "ceb"),
    ("Zestora kamla lebu can nei Maa Tara Bhandar e", "ZST-ORG-250C", "bn-latn"),
    ("Zestora हरे वाली नहीं मिली Shekhawati General Store में", "ZST-APL-600", "hi"),
])

# hard negatives that are still reports: the words do not tell one product, so the SKU is null
def nulls(category, rows):
    for text, lang in rows:
        r(text, True, None, category, lang)

nulls("other-brand-size", [
    ("Zestora out of stock at Hoysala Bakery, only Pepsi 750ml left", "en"),
    ("Coke 2L aur Zestora dono khatam Shekhawati General Store me", "hi-latn"),
    ("Kurmuri khatam Swami Samarth Kirana me, Lays 52g bhi nahi", "hi-latn"),
    ("Zestora illa Kurian Stores-il, Sprite 600ml undu", "ml-latn"),
    ("Pulpzo wala na sa Nanay Cora Sari-Sari Store, Zesto 1L lang ang meron", "tl"),
    ("Kurmuri out at Maa Tara Bhandar, Bingo 150g too", "en"),
    ("Thums Up 2.25 L is there but Zestora missing at Hoysala Bakery", "en"),
    ("Pulpzo out of stock at Kalinisan Minimart, Del Monte 1 liter only", "en"),
    ("Zestora orange nahi hai Shekhawati General Store me, Mirinda 1.5 litre hai", "hi-latn"),
    ("Kurmuri masala khatam Swami Samarth Kirana me, Kurkure 20 rupaye wala hai", "hi-latn"),
])

nulls("price-not-size", [
    ("Kurmuri masala out of stock at Hoysala Bakery, paid Rs 45 for it elsewhere", "en"),
    ("Zestora orange khatam Shekhawati General Store me, dusri dukaan 60 rupaye maang rahi", "hi-latn"),
    ("Kurmuri tomato nahi mila Swami Samarth Kirana me, 30 rupaye leke gaya tha", "hi-latn"),
    ("Pulpzo mango ubos na sa Nanay Cora Sari-Sari Store, may 20 pesos pa naman ako", "tl"),
    ("Kurmuri masala ₹52 ka bhi nahi mila Shekhawati General Store pe", "hi-latn"),
    ("Zestora orange out at Kurian Stores, 250 rupees for a crate elsewhere", "en"),
    ("Kurmuri 20 rupaye mein bhi nahi mil raha Shekhawati General Store me", "hi-latn"),
    ("Pulpzo pineapple ubos na sa Kalinisan Minimart, P15 lang sana", "tl"),
])

nulls("date-time-phone", [
    ("Zestora orange out of stock at Hoysala Bakery since 22 Nov", "en"),
    ("Kurmuri tomato khatam Swami Samarth Kirana me 2 din se, call 9822052250", "hi-latn"),
    ("Zestora lemon not available at Kurian Stores from 7.30 pm", "en"),
    ("Pulpzo mango ubos na sa Kalinisan Minimart kaninang 2:30", "tl"),
    ("Kurmuri masala 22/11 se khatam Shekhawati General Store me", "hi-latn"),
    ("Zestora orange khatam Shekhawati General Store me, 1.5 hafte ho gaye", "hi-latn"),
    ("Kurmuri out at Maa Tara Bhandar, shop opens at 10, closes 9", "en"),
    ("Zestora orange out of stock at Sri Lakshmi Venkateshwara Stores, ph 08172 250250", "en"),
    ("Pulpzo mango wala na sa Nanay Cora Sari-Sari Store, Dec 15 pa", "tl"),
    ("Zestora 2 weeks se nahi hai Shekhawati General Store me", "hi-latn"),
    ("Zestora orange out at Hoysala Bakery since 2/12", "en"),
    ("Kurmuri tomato khatam Swami Samarth Kirana me, shop no. 52", "hi-latn"),
    ("Zestora lemon nahi hai Shekhawati General Store me, 2 baje tak aayega", "hi-latn"),
    ("Pulpzo mango ubos na sa Nanay Cora Sari-Sari Store, 1 linggo na", "tl"),
    ("Kurmuri masala 52 din se nahi aaya Swami Samarth Kirana me", "hi-latn"),
])

nulls("count", [
    ("need 2 packs of Kurmuri masala, Hoysala Bakery is out", "en"),
    ("Zestora orange 6 bottles chahiye, Shekhawati General Store me khatam", "hi-latn"),
    ("Pulpzo mango 2 packs ubos na sa Nanay Cora Sari-Sari Store", "tl"),
    ("Kurmuri tomato 10 packet chahiye the, Swami Samarth Kirana me khatam", "hi-latn"),
    ("Zestora orange 12 nos out at Kurian Stores", "en"),
    ("Pulpzo 3 piraso na mango ubos na sa Kalinisan Minimart", "tl"),
    ("Kurmuri masala 22 packets chahiye, Shekhawati General Store me khatam", "hi-latn"),
    ("Zestora 3 bottles nahi mili Kurian Stores-il", "hi-latn"),
])

nulls("no-such-size", [
    ("Zestora orange 500ml out of stock at Hoysala Bakery", "en"),
    ("Zestora lemon 1 litre khatam Shekhawati General Store me", "hi-latn"),
    ("Kurmuri masala 100g not available at Kurian Stores", "en"),
    ("Kurmuri aadha kilo khatam Swami Samarth Kirana me", "hi-latn"),
    ("Pulpzo kalahating litro ubos na sa Nanay Cora Sari-Sari Store", "tl"),
    ("Zestora cola dhai litre khatam Shekhawati General Store me", "hi-latn"),
    ("Zestora एक लीटर नहीं है Shekhawati General Store में", "hi"),
    ("Pulpzo pineapple 200ml wala na sa Kalinisan Minimart", "tl"),
    ("Kurmuri pudina 22g khatam Shekhawati General Store me", "hi-latn"),
    ("Zestora apple 2L out at Kurian Stores", "en"),
    ("Zestora lemon 750ml nahi hai Swami Samarth Kirana me", "hi-latn"),
    ("Kurmuri tomato 150g out at Maa Tara Bhandar", "en"),
    ("Zestora orange ardha litre khatam Shekhawati General Store me", "hi-latn"),
    ("Kurmuri masala ₹5 wala khatam Swami Samarth Kirana me", "hi-latn"),
])

nulls("two-products", [
    ("Zestora orange 750ml and lemon 2L both out at Hoysala Bakery", "en"),
    ("Kurmuri masala 150g aur mixture 1kg dono khatam Shekhawati General Store me", "hi-latn"),
    ("Pulpzo mango 1L at pineapple 1L ubos na sa Nanay Cora Sari-Sari Store", "tl"),
    ("Zestora 600ml and 2.25L both not available at Kurian Stores", "en"),
    ("Kurmuri 22g aur 150g dono nahi hai Swami Samarth Kirana me", "hi-latn"),
    ("Zestora orange 1.5 L, cola 2.25 L out at Sri Lakshmi Venkateshwara Stores", "en"),
])

for text, cat, lang in [
    ("Zestora orange 1.5 L available at Hoysala Bakery now", "availability", "en"),
    ("Kurmuri masala ₹20 wala mil gaya Shekhawati General Store me", "availability", "hi-latn"),
    ("Is Zestora lemon 2L in stock at Kurian Stores?", "question", "en"),
    ("Pulpzo mango 6-pack is back at Nanay Cora Sari-Sari Store", "availability", "en"),
    ("Zestora cola 2.25 L ka price 95 rupaye ho gaya Shekhawati General Store me", "price", "hi-latn"),
    ("Kurmuri 1 kg jumbo pack restocked at Maa Tara Bhandar", "availability", "en"),
    ("Meron na Pulpzo pineapple 1 litro sa Kalinisan Minimart", "availability", "tl"),
    ("Zestora 750ml was out last week at Sri Lakshmi Venkateshwara Stores, back now", "past", "en"),
    ("Kurmuri 150g khatam nahi hua, Swami Samarth Kirana me bahut hai", "negation", "hi-latn"),
    ("Zestora orange ഒന്നര ലിറ്റർ Kurian Stores-ൽ ഉണ്ട്", "availability", "ml"),
    ("Kurmuri ৫২ গ্রাম টমেটো Maa Tara Bhandar এ পাওয়া যাচ্ছে", "availability", "bn"),
    ("Zestora ಎರಡು ಲೀಟರ್ Hoysala Bakery ಅಲ್ಲಿ ಸಿಕ್ತು", "availability", "kn"),
    ("Bought 2 packs of Kurmuri masala 52g at Shekhawati General Store today", "availability", "en"),
    ("Coke 2L out of stock at Hoysala Bakery, Zestora lemon 2L is there", "other-product", "en"),
    ("Pepsi 750ml khatam Shekhawati General Store me, Zestora orange le li", "other-product", "hi-latn"),
    ("Lays 52g nahi hai Swami Samarth Kirana me, Kurmuri tomato mil gaya", "other-product", "hi-latn"),
    ("Zesto 1L ubos sa Nanay Cora Sari-Sari Store, Pulpzo mango naa pa", "other-product", "ceb"),
    ("Will Zestora cola 2.25L run out at Kurian Stores before Christmas?", "irrealis", "en"),
    ("RT Kurmuri masala 22g out at Hoysala Bakery", "repost", "en"),
    ("Zestora orange 250ml can ₹40 at Kurian Stores, too costly", "price", "en"),
    ("Kurmuri 10 rupee pack mil raha hai Shekhawati General Store pe, full stock", "availability", "hi-latn"),
    ("Pulpzo mango P15 meron pa sa Kalinisan Minimart", "availability", "tl"),
    ("Zestora 1500ml bottle price down to 65 at Sri Lakshmi Venkateshwara Stores", "price", "en"),
    ("Kurmuri mixture ek kilo ka packet le aaya Swami Samarth Kirana se", "availability", "hi-latn"),
    ("Zestora orange 750 ml never goes out at Hoysala Bakery", "negation", "en"),
    ("Sprite 600ml out at Kurian Stores", "other-product", "en"),
    ("Maa Tara Bhandar এ Bingo ৫২ গ্রাম নেই, Kurmuri আছে", "other-product", "bn"),
    ("Pulpzo calamansi 330ml daghan pa sa Kalinisan Minimart", "availability", "ceb"),
    ("Kurmuri pudina 52 g kal aayega Swami Samarth Kirana me, abhi stock hai", "availability", "hi-latn"),
    ("Zestora ऑरेंज डेढ़ लीटर Shekhawati General Store में मिल गया", "availability", "hi"),
]:
    r(text, False, None, cat, lang)

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
        mid = "sz-%03d" % (i + 1)
        o = O[outlet]
        repost = category == "repost"
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-sz%03d" % i, "handle": "buyer%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": repost}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
hard = sum(1 for x in ROWS if not x[2] or x[3] is None)
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports,", hard, "hard negatives")
