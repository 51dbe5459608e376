# Writes the "sense-probe" labelled set (session 10, issue 14): brand names that are everyday words. Written before any
# rule of that session changed and scored on the untouched code; measured, never tuned on.
# Two invented brands named with everyday words of two languages: Fursat (butter biscuits; Hindi/Urdu for "free
# time, leisure", used all over north India in "fursat nahi", no time) and Gana (chips; Tagalog/Cebuano for
# "appetite", and Cebuano "to work, to function"; also Hindi "gaana", a song, typed "gana"). Posts use the word in
# its everyday meaning beside words of lack and time ("fursat nahi", "walang gana", "wala koy gana", "ubos na ang
# gana ko"), some with a shop in them, beside true reports written as people write them: lower case, no hashtag,
# in many languages.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("BRY-01", "Sharma General Store", "Civil Lines, Bareilly 243001", "Civil Lines", "Bareilly", "Uttar Pradesh", "India", 28.3670, 79.4304),
 ("BRY-02", "Rohilkhand Kirana", "Prem Nagar, Bareilly 243122", "Prem Nagar", "Bareilly", "Uttar Pradesh", "India", 28.3560, 79.4150),
 ("GWL-01", "Jain Provision Store", "Lashkar, Gwalior 474001", "Lashkar", "Gwalior", "Madhya Pradesh", "India", 26.2000, 78.1500),
 ("GWL-02", "Maa Vaishno Kirana", "Thatipur, Gwalior 474011", "Thatipur", "Gwalior", "Madhya Pradesh", "India", 26.2150, 78.2050),
 ("KTA-01", "Hadoti Super Bazaar", "Talwandi, Kota 324005", "Talwandi", "Kota", "Rajasthan", "India", 25.1400, 75.8400),
 ("TUG-01", "Aling Pacing Sari-Sari Store", "Ugac Sur, Tuguegarao City", "Ugac Sur", "Tuguegarao", "Cagayan", "Philippines", 17.6300, 121.7200),
 ("TUG-02", "Caritan Mini Mart", "Caritan Centro, Tuguegarao City", "Caritan Centro", "Tuguegarao", "Cagayan", "Philippines", 17.6200, 121.7300),
 ("COT-01", "Rosary Heights Grocery", "Rosary Heights, Cotabato City", "Rosary Heights", "Cotabato", "Maguindanao", "Philippines", 7.2200, 124.2500),
 ("COT-02", "Nong Bert Store", "Poblacion, Cotabato City", "Poblacion", "Cotabato", "Maguindanao", "Philippines", 7.2230, 124.2460),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Fursat", "aliases": ["Fursat", "Fursat Biscuits", "#fursatbiscuits", "@fursatfoods", "फुर्सत"],
  "category_words": ["biscuit", "biscuits"],
  "products": [
   {"sku": "FRS-BTR-100G", "name": "Fursat Butter Biscuits 100 g", "aliases": []},
   {"sku": "FRS-BTR-250G", "name": "Fursat Butter Biscuits 250 g", "aliases": ["Fursat family pack"]},
   {"sku": "FRS-JEERA-100G", "name": "Fursat Jeera Biscuits 100 g", "aliases": ["Fursat jeera"]}]},
 {"brand": "Gana", "aliases": ["Gana", "Gana Chips", "#ganachips", "@ganasnacks"],
  "category_words": ["chips"],
  "products": [
   {"sku": "GNA-CHEESE-60G", "name": "Gana Cheese Chips 60 g", "aliases": []},
   {"sku": "GNA-CHEESE-150G", "name": "Gana Cheese Chips 150 g", "aliases": ["Gana cheese party pack"]},
   {"sku": "GNA-BBQ-60G", "name": "Gana Barbecue Chips 60 g", "aliases": ["Gana bbq"]}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang, geo=None):
    ROWS.append((text, outlet, stockout, sku, category, lang, geo))

# true reports written as people write them: lower case, no hashtag, the brand's name alone
for text, outlet, lang in [
    ("fursat khatam ho gaya sharma general store civil lines mein", "BRY-01", "hi-latn"),
    ("sharma general store pe fursat nahi hai aaj", "BRY-01", "hi-latn"),
    ("rohilkhand kirana prem nagar me fursat nahi mil raha 3 din se", "BRY-02", "hi-latn"),
    ("fursat out of stock at jain provision store lashkar", "GWL-01", "en"),
    ("jain provision store lashkar has no fursat since monday", "GWL-01", "en"),
    ("maa vaishno kirana thatipur wale bhaiya ke paas fursat khatam", "GWL-02", "hi-latn"),
    ("hadoti super bazaar talwandi mein fursat ka stock khatam", "KTA-01", "hi-latn"),
    ("fursat nahi milya hadoti super bazaar talwandi te", "KTA-01", "pa-latn"),
    ("fursat nathi maltu jain provision store ma", "GWL-01", "gu-latn"),
    ("fursat nei sharma general store e, civil lines", "BRY-01", "bn-latn"),
    ("fursat milat nahi rohilkhand kirana prem nagar madhe", "BRY-02", "mr-latn"),
    ("fursat illa maa vaishno kirana la", "GWL-02", "ta-latn"),
    ("फुर्सत खत्म है शर्मा जनरल स्टोर सिविल लाइंस में", "BRY-01", "hi"),
    ("जैन प्रोविजन स्टोर में फुर्सत नहीं मिल रहा", "GWL-01", "hi"),
    ("fursat nahi hai hadoti super bazaar pe, kal se pooch raha hoon", "KTA-01", "hi-latn"),
    ("sharma general store ran out of fursat again", "BRY-01", "en"),
    ("fursat sold out at rohilkhand kirana", "BRY-02", "en"),
    ("fursat nahi rakha hai maa vaishno kirana ne", "GWL-02", "hi-latn"),
    ("fursat kahin nahi mila, jain provision store lashkar bhi khali", "GWL-01", "hi-latn"),
    ("fursat mukdi gayi hadoti super bazaar talwandi", "KTA-01", "pa-latn"),
    ("fursat ledu jain provision store lo", "GWL-01", "te-latn"),
    ("fursat illa maa vaishno kirana alli", "GWL-02", "kn-latn"),
    ("sharma general store il fursat illa", "BRY-01", "ml-latn"),
    ("fursat nahi mila sharma general store re", "BRY-01", "or-latn"),
    ("rohilkhand kirana par fursat nahin hai, sab khatam", "BRY-02", "ur-latn"),
    ("walang gana sa aling pacing sari-sari store ugac sur", "TUG-01", "tl"),
    ("ubos na ang gana sa caritan mini mart", "TUG-02", "tl"),
    ("wala nay gana sa nong bert store poblacion", "COT-02", "ceb"),
    ("gana out of stock at rosary heights grocery", "COT-01", "en"),
    ("rosary heights grocery has no gana for a week now", "COT-01", "en"),
    ("naubusan na ng gana ang caritan mini mart, sayang", "TUG-02", "tl"),
    ("awan ti gana idiay aling pacing sari-sari store", "TUG-01", "ilo"),
    ("wala gana sa nong bert store subong", "COT-02", "hil"),
    ("wala nay gana diri sa rosary heights grocery, nahurot", "COT-01", "ceb"),
    ("no gana at caritan mini mart tuguegarao", "TUG-02", "en"),
    ("gana wala na sa aling pacing store", "TUG-01", "tl"),
    ("sold out gana sa nong bert store", "COT-02", "taglish"),
    ("caritan mini mart ran out of gana again", "TUG-02", "en"),
    ("hanap ako gana sa rosary heights grocery wala talaga", "COT-01", "tl"),
    ("gana nahurot na sa nong bert store", "COT-02", "ceb"),
    ("ubos na gana sa aling pacing sari-sari store, balik bukas daw", "TUG-01", "tl"),
    ("awan gana ditoy caritan mini mart", "TUG-02", "ilo"),
]:
    r(text, outlet, True, None, "plain-lower", lang)

# true reports with a word of the product: category, flavour, size, pack
for text, outlet, sku, lang in [
    ("fursat biscuit nahi mil raha sharma general store", "BRY-01", None, "hi-latn"),
    ("fursat jeera khatam jain provision store lashkar", "GWL-01", "FRS-JEERA-100G", "hi-latn"),
    ("fursat 250g nahi hai rohilkhand kirana mein", "BRY-02", "FRS-BTR-250G", "hi-latn"),
    ("no fursat butter biscuits at hadoti super bazaar", "KTA-01", None, "en"),
    ("fursat family pack out of stock at maa vaishno kirana", "GWL-02", "FRS-BTR-250G", "en"),
    ("fursat ke biscuit khatam ho gaye jain provision store", "GWL-01", None, "hi-latn"),
    ("fursat 100 gram wala nahi mila sharma general store", "BRY-01", None, "hi-latn"),
    ("fursat ka packet nahi hai hadoti super bazaar", "KTA-01", None, "hi-latn"),
    ("walang gana chips sa caritan mini mart", "TUG-02", None, "tl"),
    ("gana cheese ubos na sa aling pacing sari-sari store", "TUG-01", None, "tl"),
    ("wala nay gana bbq sa nong bert store", "COT-02", "GNA-BBQ-60G", "ceb"),
    ("gana chips out of stock at rosary heights grocery", "COT-01", None, "en"),
    ("gana 150g sold out at caritan mini mart", "TUG-02", "GNA-CHEESE-150G", "en"),
    ("walay gana party pack sa rosary heights grocery", "COT-01", "GNA-CHEESE-150G", "ceb"),
    ("gana cheese 60g wala na sa nong bert store", "COT-02", "GNA-CHEESE-60G", "tl"),
    ("ubos gana barbecue sa aling pacing store", "TUG-01", "GNA-BBQ-60G", "tl"),
]:
    r(text, outlet, True, sku, "product-word", lang)

# true reports with the name capitalised, a hashtag or a handle
for text, outlet, lang in [
    ("Sharma General Store mein Fursat khatam hai", "BRY-01", "hi-latn"),
    ("no Fursat at Jain Provision Store Lashkar", "GWL-01", "en"),
    ("aaj Fursat nahi mila rohilkhand kirana mein", "BRY-02", "hi-latn"),
    ("#fursatbiscuits nahi hai maa vaishno kirana", "GWL-02", "hi-latn"),
    ("@fursatfoods hadoti super bazaar talwandi mein stock khatam", "KTA-01", "hi-latn"),
    ("Walang Gana sa Caritan Mini Mart", "TUG-02", "tl"),
    ("ubos na ang Gana sa Aling Pacing Sari-Sari Store", "TUG-01", "tl"),
    ("wala nay Gana sa Nong Bert Store", "COT-02", "ceb"),
    ("#ganachips out of stock at rosary heights grocery", "COT-01", "en"),
    ("@ganasnacks wala na kayo sa caritan mini mart", "TUG-02", "tl"),
]:
    r(text, outlet, True, None, "capital-tag", lang)

# everyday meaning: Hindi/Urdu "fursat", free time, beside words of lack and time
for text, lang in [
    ("aaj bilkul fursat nahi hai yaar", "hi-latn"),
    ("fursat hi nahi milti office se", "hi-latn"),
    ("koi fursat nahi, baad mein call karta hoon", "hi-latn"),
    ("fursat khatam, wapas kaam pe", "hi-latn"),
    ("mujhe fursat nahi hai abhi", "hi-latn"),
    ("no fursat these days, exams every week", "en"),
    ("fursat ke pal gone, monday is back", "en"),
    ("itni fursat kisko hai bhai", "hi-latn"),
    ("fursat mile toh milte hain", "hi-latn"),
    ("diwali ke baad fursat hi fursat", "hi-latn"),
    ("ek pal ki fursat nahi mili aaj", "hi-latn"),
    ("ab fursat kahan, shaadi ka season hai", "hi-latn"),
    ("fursat nathi aaje, kal malishu", "gu-latn"),
    ("amar ekdom fursat nei ajke", "bn-latn"),
    ("mala aaj fursat nahi", "mr-latn"),
    ("fursat ni mildi kamm ton", "pa-latn"),
    ("mujhe zara bhi fursat nahi hai aaj kal", "ur-latn"),
    ("फुर्सत नहीं है आज, कल बात करते हैं", "hi"),
    ("फुर्सत ही नहीं मिलती आजकल", "hi"),
    ("फुर्सत खत्म, अब काम", "hi"),
    ("sunday ki fursat bhi gayi, boss ne bula liya", "hi-latn"),
    ("fursat nahi mili to gym bhi nahi gaya", "hi-latn"),
    ("zero fursat this week, will reply later", "en"),
    ("fursat ka time hi out of stock hai life mein lol", "hi-latn"),
    ("fursat ke do pal bhi nahi mile", "hi-latn"),
    ("kabhi fursat mile to ghar aana", "hi-latn"),
    ("fursat se baithne ka mauka nahi mila", "hi-latn"),
    ("out of fursat, out of sleep", "en"),
    ("fursat nahi hai ab, pehle bahut thi", "hi-latn"),
    ("fursat gone since the new job", "en"),
]:
    r(text, None, False, None, "everyday", lang)

# everyday meaning of "fursat" with a shop or a buying verb in the post
for text, lang in [
    ("fursat nahi mili sharma general store jaane ki, kal lunga", "hi-latn"),
    ("dukaan pe itni bheed, kisi ko fursat nahi", "hi-latn"),
    ("jain provision store wale uncle ko baat karne ki fursat nahi", "hi-latn"),
    ("grocery lene ki bhi fursat nahi mili aaj", "hi-latn"),
    ("no fursat to even buy groceries this week", "en"),
    ("kirana wale bhaiya ko fursat hi nahi hai diwali pe", "hi-latn"),
    ("store mein kaam itna hai ki fursat nahi milti", "hi-latn"),
    ("fursat nahi thi to maa vaishno kirana se kuch nahi liya", "hi-latn"),
]:
    r(text, None, False, None, "everyday-shop", lang)

# everyday meaning: Tagalog/Cebuano/Ilocano/Hiligaynon "gana", appetite; Cebuano "mugana", to work
for text, lang in [
    ("walang gana kumain ngayon", "tl"),
    ("wala akong gana today", "tl"),
    ("nawalan na ako ng gana sa trabaho", "tl"),
    ("ubos na gana ko sa lovelife", "tl"),
    ("wala koy gana mokaon", "ceb"),
    ("dili mugana ang aircon sa kwarto", "ceb"),
    ("wala na gana akong cellphone, guba na", "ceb"),
    ("no gana to study tonight", "taglish"),
    ("gana is gone lol", "taglish"),
    ("out of gana na ako, bukas na lang", "taglish"),
    ("awan ti ganak nga mangan", "ilo"),
    ("wala ko gana magkaon subong", "hil"),
    ("nawala akong gana pagkakita sa bill", "ceb"),
    ("wala nang gana mag-aral", "tl"),
    ("ang init, walang gana lumabas", "tl"),
    ("nakakawalang gana yung traffic", "tl"),
    ("naubos ang gana ko sa haba ng pila", "tl"),
    ("walay gana ang motor ganina", "ceb"),
    ("ganahan ko mokaon pero wala koy kwarta", "ceb"),
    ("wala nang gana, wala nang oras", "tl"),
    ("bawal ang walang gana sa pasko", "tl"),
    ("gana ko maglakaw karon pero nag-ulan", "ceb"),
    ("zero gana today guys", "taglish"),
    ("wala talagang gana si bunso kumain ng gulay", "tl"),
    ("hindi gumagana ang wifi, wala na", "tl"),
    ("pag walang gana, kape muna", "tl"),
    ("wala na gyud koy gana karon", "ceb"),
    ("walang gana buong araw, sold out na energy ko", "taglish"),
    ("awan gana ko ita nga aldaw", "ilo"),
    ("ye gana nahi mil raha spotify pe", "hi-latn"),
    ("woh purana gana ab kahin nahi bajta", "hi-latn"),
]:
    r(text, None, False, None, "everyday", lang)

# everyday meaning of "gana" with a shop or a buying verb in the post
for text, lang in [
    ("walang gana mamili sa grocery pag ganito kamahal", "tl"),
    ("nawalan ako ng gana bumili sa tindahan, ang haba ng pila", "tl"),
    ("wala koy gana mamalit sa store, kapoy kaayo", "ceb"),
    ("no gana to go to the store today", "taglish"),
    ("naubos ang gana ko sa presyo sa caritan mini mart", "tl"),
    ("wala nay gana ang freezer sa nong bert store, natunaw tanan", "ceb"),
    ("bumili ako ng kape kasi walang gana kumain", "tl"),
    ("walang gana si ate sa tindahan ngayon, tahimik", "tl"),
]:
    r(text, None, False, None, "everyday-shop", lang)

# hard negatives in the brand's sense: the product there, asked, another product
for text, lang in [
    ("fursat biscuit mil gaya sharma general store pe", "hi-latn"),
    ("fursat biscuit hai kya jain provision store mein?", "hi-latn"),
    ("gana chips meron na ulit sa caritan mini mart", "tl"),
    ("wala nay piattos, gana chips na lang akong gipalit sa nong bert store", "ceb"),
]:
    r(text, None, False, None, "brand-there", lang)

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
    for i, (text, outlet, stockout, sku, category, lang, geo) in enumerate(ROWS):
        mid = "sp-%03d" % (i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-sp%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": geo, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
