# Writes the "lookalike-probe" labelled set (session 11, issue 14): is a word that looks like a tracked brand that
# brand? Written before any rule of the session changed and scored on the untouched code; a development set.
# Three invented brands: Crispolo (potato chips in three packs), Sukoon (a lemon drink; an everyday Hindi/Urdu word,
# "peace, relief") and Sigla (an energy drink; an everyday Tagalog word, "vigour"). Ten outlets in Ujjain,
# Karimnagar, Alappuzha, Malolos and Calamba. Categories: plain reports; misspellings of a tracked brand with other
# evidence of it (a flavour, size, category word, hashtag: reports that should reach a crew) and without (reports);
# look-alike brands (an untracked name a letter or two away) named with their own product names, with a category
# that is not the tracked brand's, or bare (never reports); the everyday sense of the common-word names (never
# reports) beside true reports of those brands; a look-alike beside the tracked brand.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("UJN-01", "Mahakal Kirana Store", "Freeganj, Ujjain 456010", "Freeganj", "Ujjain", "Madhya Pradesh", "India", 23.1790, 75.7840),
 ("UJN-02", "Shri Ram General Stores", "Nanakheda, Ujjain 456010", "Nanakheda", "Ujjain", "Madhya Pradesh", "India", 23.1560, 75.7960),
 ("KRM-01", "Sai Balaji Provisions", "Mukarampura, Karimnagar 505001", "Mukarampura", "Karimnagar", "Telangana", "India", 18.4390, 79.1290),
 ("KRM-02", "Lakshmi Ganapathi Stores", "Jyothinagar, Karimnagar 505001", "Jyothinagar", "Karimnagar", "Telangana", "India", 18.4460, 79.1180),
 ("ALP-01", "Kuttanad Supermarket", "Mullakkal, Alappuzha 688011", "Mullakkal", "Alappuzha", "Kerala", "India", 9.4960, 76.3310),
 ("ALP-02", "Vembanad Stores", "Thathampally, Alappuzha 688013", "Thathampally", "Alappuzha", "Kerala", "India", 9.5080, 76.3390),
 ("MLL-01", "Aling Rosa Sari-Sari Store", "Sumapang Matanda, Malolos", "Sumapang Matanda", "Malolos", "Bulacan", "Philippines", 14.8530, 120.8150),
 ("MLL-02", "Barasoain Minimart", "San Vicente, Malolos", "San Vicente", "Malolos", "Bulacan", "Philippines", 14.8470, 120.8110),
 ("CLB-01", "Mang Caloy Store", "Real, Calamba", "Real", "Calamba", "Laguna", "Philippines", 14.2110, 121.1650),
 ("CLB-02", "Parian Grocery", "Parian, Calamba", "Parian", "Calamba", "Laguna", "Philippines", 14.2190, 121.1510),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Crispolo", "aliases": ["Crispolo", "Crispolo Chips", "#crispolo", "@crispolosnacks"],
  "category_words": ["chips", "wafers"],
  "products": [
   {"sku": "CRP-TOM-40G", "name": "Crispolo Tomato Tango 40 g", "aliases": []},
   {"sku": "CRP-CRON-40G", "name": "Crispolo Cream Onion 40 g", "aliases": []},
   {"sku": "CRP-PERI-90G", "name": "Crispolo Peri Masala 90 g", "aliases": ["Crispolo family pack"]}]},
 {"brand": "Sukoon", "aliases": ["Sukoon", "सुकून", "#sukoon", "@sukoondrinks"],
  "category_words": ["sharbat", "nimbu pani", "lemon drink"],
  "products": [
   {"sku": "SKN-NMB-250ML", "name": "Sukoon Nimbu 250 ml", "aliases": []},
   {"sku": "SKN-NMB-600ML", "name": "Sukoon Nimbu 600 ml", "aliases": []},
   {"sku": "SKN-JLJ-250ML", "name": "Sukoon Jaljeera 250 ml", "aliases": []}]},
 {"brand": "Sigla", "aliases": ["Sigla", "Sigla Energy", "#sigla", "@siglaenergy"],
  "category_words": ["energy drink"],
  "products": [
   {"sku": "SGL-ORIG-250ML", "name": "Sigla Original 250 ml", "aliases": []},
   {"sku": "SGL-BERRY-250ML", "name": "Sigla Berry 250 ml", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

def shop(text):
    for o in O:
        if O[o][1].lower() in text.lower():
            return o
    for key, o in [("mahakal", "UJN-01"), ("shri ram", "UJN-02"), ("sai balaji", "KRM-01"), ("ganapathi", "KRM-02"),
                   ("kuttanad", "ALP-01"), ("vembanad", "ALP-02"), ("aling rosa", "MLL-01"), ("barasoain", "MLL-02"),
                   ("mang caloy", "CLB-01"), ("parian", "CLB-02"),
                   ("श्री राम", "UJN-02"), ("महाकाल", "UJN-01")]:
        if key in text.lower():
            return o
    return None

# plain: the brand as the catalog writes it
for text, sku, lang in [
    ("Crispolo out of stock at Mahakal Kirana Store Freeganj", None, "en"),
    ("Crispolo tomato tango nahi mila Shri Ram General Stores mein", "CRP-TOM-40G", "hi-latn"),
    ("Sai Balaji Provisions lo Crispolo ledu", None, "te-latn"),
    ("Kuttanad Supermarket il Crispolo illa", None, "ml-latn"),
    ("Wala nang Crispolo sa Aling Rosa Sari-Sari Store", None, "tl"),
    ("Sukoon 600 ml khatam ho gaya Mahakal Kirana Store par", "SKN-NMB-600ML", "hi-latn"),
    ("श्री राम जनरल स्टोर्स में सुकून नहीं है", None, "hi"),
    ("Sukoon jaljeera not available at Shri Ram General Stores Nanakheda", "SKN-JLJ-250ML", "en"),
    ("Ubos na ang Sigla sa Barasoain Minimart", None, "tl"),
    ("Walay Sigla Berry sa Mang Caloy Store", "SGL-BERRY-250ML", "ceb"),
    ("Sigla 250ml out of stock at Parian Grocery", None, "en"),
    ("Crispolo cream onion kedaikala Lakshmi Ganapathi Stores la", "CRP-CRON-40G", "ta-latn"),
    ("Crispolo nei Vembanad Stores e", None, "bn-latn"),
    ("Crispolo sampla Mahakal Kirana Store madhe", None, "mr-latn"),
    ("No Crispolo at Parian Grocery since Monday", None, "en"),
]:
    r(text, shop(text), True, sku, "plain", lang)

# misspellings of a tracked brand with other evidence of it: flavour, size, category word, hashtag (reports)
for text, sku, lang in [
    ("Crispollo tomato tango out of stock at Mahakal Kirana Store", "CRP-TOM-40G", "en"),
    ("Krispolo cream onion nahi mila Shri Ram General Stores mein", "CRP-CRON-40G", "hi-latn"),
    ("Cripsolo peri masala ledu Sai Balaji Provisions lo", "CRP-PERI-90G", "te-latn"),
    ("Crispolo family pack illa Kuttanad Supermarket il", "CRP-PERI-90G", "ml-latn"),
    ("Crispoloo 90g sold out at Parian Grocery", "CRP-PERI-90G", "en"),
    ("Crisplo chips khatam Mahakal Kirana Store par", None, "hi-latn"),
    ("Crispolo chips wala na sa Aling Rosa Sari-Sari Store", None, "tl"),
    ("Krispollo chips out at Barasoain Minimart #crispolo", None, "en"),
    ("Crispolo tomato tango 40g ubos na sa Mang Caloy Store", "CRP-TOM-40G", "tl"),
    ("Chrispolo cream onion walay stock sa Parian Grocery", "CRP-CRON-40G", "ceb"),
    ("Crispalo peri masala kedaikala Lakshmi Ganapathi Stores la", "CRP-PERI-90G", "ta-latn"),
    ("Kuttanad Supermarket il Kríspolo wafers illa", None, "ml-latn"),
    ("Crispolo wafers nahi hai Shri Ram General Stores mein", None, "hi-latn"),
    ("Sukoom nimbu 600ml nahi mila Mahakal Kirana Store mein", "SKN-NMB-600ML", "hi-latn"),
    ("Sakoon jaljeera khatam Shri Ram General Stores par", "SKN-JLJ-250ML", "hi-latn"),
    ("Sukoon nimbu pani out of stock at Mahakal Kirana Store", None, "en"),
    ("Sukun sharbat ki bottle nahi hai Shri Ram General Stores mein", None, "hi-latn"),
    ("Sukkon 250 ml nimbu sold out at Shri Ram General Stores", "SKN-NMB-250ML", "en"),
    ("#sukoon nahi mil raha Mahakal Kirana Store par", None, "hi-latn"),
    ("Siglaa berry ubos na sa Barasoain Minimart", "SGL-BERRY-250ML", "tl"),
    ("Sigla energy drink wala na sa Aling Rosa Sari-Sari Store", None, "tl"),
    ("Segla original 250ml out of stock at Mang Caloy Store", "SGL-ORIG-250ML", "en"),
    ("Walay Siglah energy drink sa Parian Grocery", None, "ceb"),
    ("Crispolo peri masala 90g nahi hai Sai Balaji Provisions", "CRP-PERI-90G", "hi-latn"),
    ("Crespolo tomato tango illa Vembanad Stores il", "CRP-TOM-40G", "ml-latn"),
    ("Sai Balaji Provisions lo Crispolo chips ayipoyayi", None, "te-latn"),
    ("Cirspolo cream onion not available Lakshmi Ganapathi Stores Jyothinagar", "CRP-CRON-40G", "en"),
    ("Ubos na Sigla original sa Parian Grocery #sigla", "SGL-ORIG-250ML", "tl"),
    ("Crispolos tomato tango out at Vembanad Stores", "CRP-TOM-40G", "en"),
    ("Mahakal Kirana Store par Sukoon ka nimbu wala khatam", None, "hi-latn"),
]:
    r(text, shop(text), True, sku, "misspelt-evidence", lang)

# misspellings with nothing else of the product (reports; review is the price of a bare near spelling)
for text, lang in [
    ("Crispollo out of stock at Mahakal Kirana Store", "en"),
    ("Krispolo nahi mila Shri Ram General Stores mein", "hi-latn"),
    ("Cripsolo ledu Sai Balaji Provisions lo", "te-latn"),
    ("Crisplo illa Kuttanad Supermarket il", "ml-latn"),
    ("Wala nang Crispoloo sa Aling Rosa Sari-Sari Store", "tl"),
    ("Chrispolo sold out at Parian Grocery", "en"),
    ("Crispolo kaha hai? Shri Ram General Stores mein nahi hai Crisspolo", "hi-latn"),
    ("Sakoon nahi hai Mahakal Kirana Store mein", "hi-latn"),
    ("Sukoon khatam at Shri Ram General Stores", "en"),
    ("Siglaa ubos na sa Barasoain Minimart", "tl"),
    ("Walay Segla sa Mang Caloy Store", "ceb"),
    ("Crispolo stock illa Vembanad Stores il", "ml-latn"),
    ("Krispollo kedaikala Lakshmi Ganapathi Stores la", "ta-latn"),
    ("Crisploo nei Vembanad Stores e", "bn-latn"),
    ("CRISPOLLO OUT AT SAI BALAJI PROVISIONS", "en"),
]:
    r(text, shop(text), True, None, "misspelt-bare", lang)

# look-alike brands named with their own product names, which the catalog lacks (never reports)
for text, lang in [
    ("Crispola chilli lime out of stock at Mahakal Kirana Store", "en"),
    ("Crispoli salsa wave nahi mila Shri Ram General Stores mein", "hi-latn"),
    ("Krispola sour cream twist ledu Sai Balaji Provisions lo", "te-latn"),
    ("Crispola Hot Garlic illa Kuttanad Supermarket il", "ml-latn"),
    ("Wala nang Crispola Cheese Burst sa Aling Rosa Sari-Sari Store", "tl"),
    ("Crispoli Smoky BBQ sold out at Parian Grocery", "en"),
    ("Crispola Pudina Twist khatam Mahakal Kirana Store par", "hi-latn"),
    ("Crispolla jalapeno not available at Barasoain Minimart", "en"),
    ("Walay Crispoli Honey Butter sa Mang Caloy Store", "ceb"),
    ("Crispola wasabi kedaikala Lakshmi Ganapathi Stores la", "ta-latn"),
    ("Sukoona Mango Fizz nahi mila Mahakal Kirana Store mein", "hi-latn"),
    ("Sukooni kesar badam khatam Shri Ram General Stores par", "hi-latn"),
    ("Sukoona Litchi Splash out of stock at Shri Ram General Stores", "en"),
    ("Sigma Blue Rush ubos na sa Barasoain Minimart", "tl"),
    ("Siglo Mango Punch wala na sa Aling Rosa Sari-Sari Store", "tl"),
    ("Sigloe Green Apple out of stock at Parian Grocery", "en"),
    ("Crispola Tangy Tamarind illa Vembanad Stores il", "ml-latn"),
    ("Krispoli Masala Magic nahi hai Shri Ram General Stores mein", "hi-latn"),
    ("Crispolla sweet chilli out at Lakshmi Ganapathi Stores", "en"),
    ("Crispoli Nacho Cheese ledu Sai Balaji Provisions lo", "te-latn"),
    ("No Crispola Salt n Vinegar at Mang Caloy Store", "en"),
    ("Sukoona Kala Khatta nahi hai Mahakal Kirana Store mein", "hi-latn"),
    ("Crispoli Spicy Szechuan sampla Mahakal Kirana Store madhe", "mr-latn"),
    ("Ubos na ang Crispola Sour Cream sa Parian Grocery", "tl"),
    ("Crispola Hot n Sweet nei Vembanad Stores e", "bn-latn"),
]:
    r(text, shop(text), False, None, "lookalike-products", lang)

# look-alike brands of another category than the tracked brand's (never reports)
for text, lang in [
    ("Crispola biscuits out of stock at Mahakal Kirana Store", "en"),
    ("Crispoli noodles nahi mila Shri Ram General Stores mein", "hi-latn"),
    ("Crispola soap ledu Sai Balaji Provisions lo", "te-latn"),
    ("Crispola detergent illa Kuttanad Supermarket il", "ml-latn"),
    ("Wala nang Crispoli shampoo sa Aling Rosa Sari-Sari Store", "tl"),
    ("Sukoona agarbatti khatam Mahakal Kirana Store par", "hi-latn"),
    ("Sukooni face wash not available at Shri Ram General Stores", "en"),
    ("Sukoona tea nahi hai Shri Ram General Stores mein", "hi-latn"),
    ("Sigloe coffee ubos na sa Barasoain Minimart", "tl"),
    ("Siglaw toothpaste wala na sa Mang Caloy Store", "tl"),
    ("Walay Siglo sardinas sa Parian Grocery", "ceb"),
    ("Crispoli cookies out at Vembanad Stores", "en"),
    ("Crispolla rusk kedaikala Lakshmi Ganapathi Stores la", "ta-latn"),
    ("Krispola dishwash bar nahi hai Mahakal Kirana Store mein", "hi-latn"),
    ("Sukoona hair oil ledu Sai Balaji Provisions lo", "te-latn"),
]:
    r(text, shop(text), False, None, "lookalike-category", lang)

# look-alikes with nothing that tells them (never reports; the hardest)
for text, lang in [
    ("Crispola out of stock at Mahakal Kirana Store, the new brand from Indore", "en"),
    ("Crispoli naya brand hai, Shri Ram General Stores mein khatam", "hi-latn"),
    ("Not Crispolo, I mean Crispola, the other one, gone at Parian Grocery", "en"),
    ("Sukoona ek naya local brand hai, wo bhi Mahakal Kirana Store mein nahi hai", "hi-latn"),
    ("Siglo yung bagong brand, wala na sa Barasoain Minimart", "tl"),
    ("Crispola ledu Sai Balaji Provisions lo, adi kotha brand", "te-latn"),
]:
    r(text, shop(text), False, None, "lookalike-bare", lang)

# the tracked brand beside a look-alike
for text, sku, stockout, lang in [
    ("Crispola mila, par Crispolo nahi mila Shri Ram General Stores mein", None, True, "hi-latn"),
    ("Crispolo out at Mahakal Kirana Store so I took Crispola chilli lime", None, True, "en"),
    ("Crispola Chilli Lime out at Parian Grocery, got Crispolo tomato tango instead", None, False, "en"),
    ("Sukoona Mango Fizz khatam tha Mahakal Kirana Store par, Sukoon nimbu le liya", None, False, "hi-latn"),
    ("Wala nang Siglo Mango Punch sa Aling Rosa Sari-Sari Store, Sigla berry na lang binili ko", None, False, "tl"),
    ("Sukoon nimbu nahi hai Shri Ram General Stores mein, Sukoona hai par", "SKN-NMB-250ML", True, "hi-latn"),
]:
    r(text, shop(text), stockout, sku if stockout else None, "lookalike-and-tracked", lang)

# the everyday sense of the common-word names (never reports)
for text, lang in [
    ("Aaj dil ko sukoon nahi hai", "hi-latn"),
    ("Is traffic mein koi sukoon nahi", "hi-latn"),
    ("sukoon nahi mil raha yaar, exams ke baad bhi", "hi-latn"),
    ("मन को सुकून नहीं मिल रहा", "hi"),
    ("Ghar mein sukoon khatam ho gaya jab se renovation shuru hua", "hi-latn"),
    ("Office ke baad thoda sukoon chahiye, wo bhi nahi milta", "hi-latn"),
    ("There is no sukoon in this city anymore", "en"),
    ("Mahakal Kirana Store ki line mein 40 minute, sukoon naam ki cheez nahi", "hi-latn"),
    ("Shri Ram General Stores ke bahar itna shor, zara bhi sukoon nahi", "hi-latn"),
    ("Sunday ka sukoon bhi chala gaya, boss ka call aaya", "hi-latn"),
    ("Us ki awaaz mein woh sukoon nahi raha", "hi-latn"),
    ("जिंदगी में सुकून खत्म हो गया है", "hi"),
    ("Raat ko neend aur sukoon dono gayab", "hi-latn"),
    ("Sukoon ki talaash mein Ujjain aaya, yahan bhi bheed", "hi-latn"),
    ("Baarish ke bina garmi mein koi sukoon nahi", "hi-latn"),
    ("no peace no sukoon, just deadlines", "en"),
    ("Walang sigla ngayon, puyat kasi", "tl"),
    ("Nawala ang sigla ko sa trabaho", "tl"),
    ("Wala na akong sigla, pagod na pagod", "tl"),
    ("Ang team namin walang sigla ngayong season", "tl"),
    ("Walang sigla ang party kagabi", "tl"),
    ("Sa Barasoain Minimart ang haba ng pila, wala na akong sigla", "tl"),
    ("Ubos na ang sigla ko pagkatapos ng overtime", "tl"),
    ("Wala koy sigla karon, kapoy kaayo", "ceb"),
    ("Kulang sa sigla ang mga bata ngayong umaga", "tl"),
    ("The crowd had no sigla at all, sad game", "en"),
    ("Bumalik na ang sigla ng bayan pagkatapos ng bagyo", "tl"),
    ("Dil ka sukoon aur aankhon ki neend, dono chale gaye", "hi-latn"),
    ("Sukoon hi nahi hai life mein aajkal", "hi-latn"),
    ("Ang sigla ng palengke nawala na simula nang magsara ang mall", "tl"),
]:
    r(text, shop(text), False, None, "everyday-sense", lang)

# the common-word brands as the brand, in true reports
for text, sku, lang in [
    ("Sukoon ki bottle nahi mili Mahakal Kirana Store par", None, "hi-latn"),
    ("Mahakal Kirana Store mein Sukoon ka stock khatam", None, "hi-latn"),
    ("Sukoon 250ml out at Shri Ram General Stores", "SKN-NMB-250ML", "en"),
    ("Shri Ram General Stores: Sukoon sold out", None, "en"),
    ("सुकून की बोतल खत्म हो गई महाकाल किराना स्टोर पर", None, "hi"),
    ("Sukoon nimbu ke packets nahi hai Shri Ram General Stores mein", None, "hi-latn"),
    ("Bhaiya Mahakal Kirana Store pe Sukoon nahi hai, kab aayega?", None, "hi-latn"),
    ("@sukoondrinks your drink is out at Shri Ram General Stores", None, "en"),
    ("Sukoon sharbat ka dabba khali Mahakal Kirana Store mein", None, "hi-latn"),
    ("Sukoon jaljeera stock mein nahi hai Shri Ram General Stores", "SKN-JLJ-250ML", "hi-latn"),
    ("Sukoon is out of stock at Mahakal Kirana Store", None, "en"),
    ("Mahakal Kirana Store mein Sukoon nahi mila", None, "hi-latn"),
    ("Ubos na ang stock ng Sigla sa Aling Rosa Sari-Sari Store", None, "tl"),
    ("Walang Sigla sa Mang Caloy Store, pati sa ref wala", None, "tl"),
    ("Sigla berry 250ml out of stock sa Barasoain Minimart", "SGL-BERRY-250ML", "tl"),
    ("Sold out ang Sigla sa Parian Grocery", None, "tl"),
    ("Walay Sigla original sa Parian Grocery karon", "SGL-ORIG-250ML", "ceb"),
    ("Wala nang Sigla sa Barasoain Minimart, bote man o lata", None, "tl"),
    ("Sigla wala sa ref ng Mang Caloy Store", None, "tl"),
    ("No Sigla at Aling Rosa Sari-Sari Store today", None, "en"),
    ("Out of stock: Sigla Energy at Parian Grocery", None, "en"),
    ("Mang Caloy Store, ubos na ang Sigla nila", None, "tl"),
    ("Sukoon nahi hai Shri Ram General Stores mein", None, "hi-latn"),
    ("Sukoon khatam hai Mahakal Kirana Store pe, nimbu wala bhi nahi", None, "hi-latn"),
    ("Walang Sigla original sa Barasoain Minimart", "SGL-ORIG-250ML", "tl"),
]:
    r(text, shop(text), True, sku, "everyday-brand", lang)

# more languages and scripts, same categories
for text, outlet, stockout, sku, category, lang in [
    ("Crispolo illa Sai Balaji Provisions alli", None, True, None, "plain", "kn-latn"),
    ("Crispolo nathi Mahakal Kirana Store ma", None, True, None, "plain", "gu-latn"),
    ("குட்டநாடு சூப்பர்மார்க்கெட்டில் Crispolo இல்லை", "ALP-01", True, None, "plain", "ta"),
    ("Vembanad Stores-ൽ Crispolo ഇല്ല", None, True, None, "plain", "ml"),
    ("సాయి బాలాజీ ప్రొవిజన్స్ లో Crispolo లేదు", "KRM-01", True, None, "plain", "te"),
    ("Krispolo tomato tango illa Sai Balaji Provisions alli", None, True, "CRP-TOM-40G", "misspelt-evidence", "kn-latn"),
    ("Crispollo cream onion nathi Mahakal Kirana Store ma", None, True, "CRP-CRON-40G", "misspelt-evidence", "gu-latn"),
    ("Crispalo chips nahi milali Mahakal Kirana Store madhe", None, True, None, "misspelt-evidence", "mr-latn"),
    ("Crispola Chilli Lime illa Sai Balaji Provisions alli", None, False, None, "lookalike-products", "kn-latn"),
    ("Crispoli Masala Crunch nathi Mahakal Kirana Store ma", None, False, None, "lookalike-products", "gu-latn"),
    ("Krispola Mint Mayo ഇല്ല Vembanad Stores-ൽ", None, False, None, "lookalike-products", "ml"),
    ("Crispola namkeen mixture kedaikala Lakshmi Ganapathi Stores la", None, False, None, "lookalike-category", "ta-latn"),
    ("Sukoon nathi Mahakal Kirana Store ma, nimbu pani pan nathi", None, True, None, "everyday-brand", "gu-latn"),
    ("Mana sukoon nahi rahila aajkal", None, False, None, "everyday-sense", "mr-latn"),
    ("Dil-e-sukoon kahin nahi, bas kaam hi kaam", None, False, None, "everyday-sense", "ur-latn"),
    ("Walang sigla ang boses niya kanina", None, False, None, "everyday-sense", "tl"),
    ("Ang sigla ng mga bata nawala nang umulan", None, False, None, "everyday-sense", "tl"),
]:
    r(text, outlet or shop(text), stockout, sku, category, lang)

os.makedirs(OUT, exist_ok=True)
for text, outlet, stockout, sku, category, lang in ROWS:
    assert not stockout or outlet, text
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
        mid = "lk-%03d" % (i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-lk%03d" % i, "handle": "shopper%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
