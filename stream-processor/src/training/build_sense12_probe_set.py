# Writes the "sense12-probe" labelled set (session 12, issue 14): is this word OUR brand, in its brand sense?
# Written before any rule of the session changed and scored on the untouched code; a development set.
# Two invented brands: Kurvona (a fruit drink in two flavours and two sizes) and Chaska (namkeen; an everyday
# Hindi/Urdu/Punjabi/Marathi word, "a craving, a taste for something"). Ten outlets in Kurnool, Dindigul, Bharuch,
# Gorakhpur and Surigao. Half the set is non-reports: look-alike brands (another name a letter or a syllable from a
# tracked one: bare, with a product kind, with a maker, "new", a price, their own flavours) and the everyday sense
# of "chaska"; half true reports: real typing slips of the tracked names (neighbouring keys, dropped vowels, doubled
# letters, swapped letters, like sounds) and the brand in grammatical positions (genitive, case endings, object).
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("KNL-01", "Sri Venkateswara Kirana", "Budhwarpet, Kurnool 518002", "Budhwarpet", "Kurnool", "Andhra Pradesh", "India", 15.8290, 78.0410),
 ("KNL-02", "Raghavendra General Stores", "Krishna Nagar, Kurnool 518002", "Krishna Nagar", "Kurnool", "Andhra Pradesh", "India", 15.8180, 78.0500),
 ("DGL-01", "Murugan Provision Store", "Palani Road, Dindigul 624001", "Palani Road", "Dindigul", "Tamil Nadu", "India", 10.3660, 77.9700),
 ("DGL-02", "Annai Supermarket", "Nagal Nagar, Dindigul 624003", "Nagal Nagar", "Dindigul", "Tamil Nadu", "India", 10.3610, 77.9830),
 ("BRC-01", "Narmada Kirana Bhandar", "Zadeshwar, Bharuch 392011", "Zadeshwar", "Bharuch", "Gujarat", "India", 21.7210, 73.0110),
 ("BRC-02", "Shreeji Provision Stores", "Panch Batti, Bharuch 392001", "Panch Batti", "Bharuch", "Gujarat", "India", 21.7040, 72.9980),
 ("GKP-01", "Gupta General Store", "Golghar, Gorakhpur 273001", "Golghar", "Gorakhpur", "Uttar Pradesh", "India", 26.7600, 83.3700),
 ("GKP-02", "Maa Durga Kirana", "Betiahata, Gorakhpur 273001", "Betiahata", "Gorakhpur", "Uttar Pradesh", "India", 26.7520, 83.3600),
 ("SUR-01", "Aling Nena Store", "Taft, Surigao", "Taft", "Surigao", "Surigao del Norte", "Philippines", 9.7870, 125.4950),
 ("SUR-02", "Bayview Minimart", "Washington, Surigao", "Washington", "Surigao", "Surigao del Norte", "Philippines", 9.7930, 125.4900),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Kurvona", "aliases": ["Kurvona", "#kurvona", "@kurvonadrinks"],
  "category_words": ["fruit drink", "juice"],
  "products": [
   {"sku": "KRV-MNG-200ML", "name": "Kurvona Mango 200 ml", "aliases": []},
   {"sku": "KRV-MNG-1L", "name": "Kurvona Mango 1 L", "aliases": []},
   {"sku": "KRV-GUA-200ML", "name": "Kurvona Guava 200 ml", "aliases": []}]},
 {"brand": "Chaska", "aliases": ["Chaska", "चस्का", "#chaska", "@chaskasnacks"],
  "category_words": ["namkeen", "bhujia"],
  "products": [
   {"sku": "CHK-ALB-200G", "name": "Chaska Aloo Bhujia 200 g", "aliases": []},
   {"sku": "CHK-MDL-150G", "name": "Chaska Moong Dal 150 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("venkateswara", "KNL-01"), ("raghavendra", "KNL-02"), ("murugan", "DGL-01"), ("annai", "DGL-02"),
        ("narmada", "BRC-01"), ("shreeji", "BRC-02"), ("gupta general", "GKP-01"), ("maa durga", "GKP-02"),
        ("aling nena", "SUR-01"), ("bayview", "SUR-02"), ("गुप्ता जनरल", "GKP-01"), ("मां दुर्गा", "GKP-02"),
        ("முருகன்", "DGL-01"), ("அன்னை", "DGL-02"), ("వెంకటేశ్వర", "KNL-01"), ("નર્મદા", "BRC-01"),
        ("શ્રીજી", "BRC-02")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

# true reports: the tracked names as the catalog writes them, in grammatical positions of each language
for text, sku, lang in [
    ("Kurvona out of stock at Sri Venkateswara Kirana Budhwarpet", None, "en"),
    ("Raghavendra General Stores lo Kurvona mango ledu", None, "te-latn"),
    ("Murugan Provision Store la Kurvona kedaikala", None, "ta-latn"),
    ("Annai Supermarket-ல Kurvona guava இல்லை", "KRV-GUA-200ML", "ta"),
    ("Narmada Kirana Bhandar ma Kurvona 1 litre nathi", "KRV-MNG-1L", "gu-latn"),
    ("Wala nay Kurvona sa Aling Nena Store", None, "ceb"),
    ("Ubos na ang Kurvona sa Bayview Minimart", None, "tl"),
    ("Gupta General Store mein Kurvona ka stock khatam", None, "hi-latn"),
    ("Kurvona-ku stock illa Murugan Provision Store la", None, "ta-latn"),
    ("Kurvonaache stock sampla Shreeji Provision Stores madhe", None, "mr-latn"),
    ("Chaska out of stock at Gupta General Store Golghar", None, "en"),
    ("Chaska ka stock khatam hai Maa Durga Kirana pe", None, "hi-latn"),
    ("Chaska ki aloo bhujia nahi mili Gupta General Store mein", "CHK-ALB-200G", "hi-latn"),
    ("गुप्ता जनरल स्टोर में चस्का नहीं मिल रहा", None, "hi"),
    ("मां दुर्गा किराना में चस्का का पैकेट खत्म", None, "hi"),
    ("Chaska moong dal nathi Shreeji Provision Stores ma", "CHK-MDL-150G", "gu-latn"),
    ("Narmada Kirana Bhandar ma Chaska no stock puro thai gayo", None, "gu-latn"),
    ("Chaska nahi milda Maa Durga Kirana te", None, "pa-latn"),
    ("Chaska has been out of stock at Gupta General Store for 3 days", None, "en"),
    ("Maa Durga Kirana wale bhaiya, Chaska kab aayega? khatam hai", None, "hi-latn"),
    ("Chaska-வை காணோம் Annai Supermarket-ல", None, "ta"),
    ("Raghavendra General Stores lo Chaska bhujia dorakaledu", None, "te-latn"),
    ("Chaska ko dhoondh dhoondh ke thak gaya, Gupta General Store mein bhi nahi hai", None, "hi-latn"),
    ("Gupta General Store mein Chaska wala namkeen nahi hai aaj", None, "hi-latn"),
    ("Chaska ka moong dal khatam ho gaya Maa Durga Kirana mein", "CHK-MDL-150G", "hi-latn"),
    ("Chaska nai mil reha Gupta General Store, koi hor dukaan dasso", None, "pa-latn"),
    ("Walay Chaska sa Aling Nena Store, ubos na", None, "ceb"),
    ("Chaska nei Narmada Kirana Bhandar e", None, "bn-latn"),
    ("Shreeji Provision Stores alli Chaska illa", None, "kn-latn"),
    ("Murugan Provision Store-il Chaska illa", None, "ml-latn"),
    ("Please restock Chaska aloo bhujia at Gupta General Store", "CHK-ALB-200G", "en"),
    ("Chaska khatam, Kurvona bhi khatam, Gupta General Store ka haal", None, "hi-latn"),
    ("Walang Chaska ang Aling Nena Store ngayon", None, "tl"),
    ("Wala nay Chaska ang Bayview Minimart", None, "ceb"),
    ("Naubusan ng Chaska ang Bayview Minimart", None, "tl"),
    ("Mera favourite Chaska nahi mila Gupta General Store mein", None, "hi-latn"),
    ("Thoda Chaska bhi mangwa lo Maa Durga Kirana, khatam hai", None, "hi-latn"),
    ("Chaska-r stock nei Narmada Kirana Bhandar e", None, "bn-latn"),
    ("Chaskache packet sampale Shreeji Provision Stores madhe", None, "mr-latn"),
    ("Kurvona ni wala sa Aling Nena Store karon", None, "ceb"),
    ("ગુપ્તા જનરલ સ્ટોરમાં નહીં, Narmada Kirana Bhandar ma pan Chaska nathi", None, "gu-latn"),
]:
    r(text, shop(text), True, sku, "brand-grammar", lang)

# true reports: typing slips of the tracked names (keys, dropped vowels, doubled letters, swaps, like sounds)
for text, sku, lang in [
    ("Kurvonna out of stock at Sri Venkateswara Kirana", None, "en"),
    ("Kuurvona mango not available at Raghavendra General Stores", None, "en"),
    ("Kurvoma khatam hai Gupta General Store mein", None, "hi-latn"),
    ("Kurvons nahi mila Maa Durga Kirana pe", None, "hi-latn"),
    ("Kurcona ledu Sri Venkateswara Kirana lo", None, "te-latn"),
    ("Kurbona illa Murugan Provision Store la", None, "ta-latn"),
    ("Kurwona nathi Narmada Kirana Bhandar ma", None, "gu-latn"),
    ("Kruvona out at Annai Supermarket", None, "en"),
    ("Kuvrona sold out sa Bayview Minimart", None, "tl"),
    ("Kurvoan wala na sa Aling Nena Store", None, "tl"),
    ("Kurvna ubos na sa Bayview Minimart", None, "tl"),
    ("Krvona out of stock Shreeji Provision Stores", None, "en"),
    ("Kurvonaa mango 1 litre khatam Gupta General Store", "KRV-MNG-1L", "hi-latn"),
    ("Curvona guava not in stock at Raghavendra General Stores", "KRV-GUA-200ML", "en"),
    ("Kuevona kedaikala Annai Supermarket la", None, "ta-latn"),
    ("Kurvpna walay stock sa Aling Nena Store", None, "ceb"),
    ("Kurvonq is out at Murugan Provision Store", None, "en"),
    ("Kirvona nahi hai Maa Durga Kirana mein", None, "hi-latn"),
    ("KURVONNA OUT AT SHREEJI PROVISION STORES", None, "en"),
    ("kurvna mango ledu raghavendra general stores lo", None, "te-latn"),
    ("Kurvona juice nahi milta ab Narmada Kirana Bhandar pe", None, "hi-latn"),
    ("Kurovna ubos na sa Bayview Minimart", None, "tl"),
    ("Kurvona fruit drink wala nay sa Aling Nena Store", None, "ceb"),
    ("Kuravona illa Murugan Provision Store la", None, "ta-latn"),
    ("Chasak nahi mila Gupta General Store mein", None, "hi-latn"),
    ("Chaaska khatam hai Maa Durga Kirana pe", None, "hi-latn"),
    ("Chasaka bhujia not available at Gupta General Store", None, "en"),
    ("Chska namkeen nathi Shreeji Provision Stores ma", None, "gu-latn"),
    ("Chaskka out of stock at Narmada Kirana Bhandar", None, "en"),
    ("Chadka moong dal ledu Sri Venkateswara Kirana lo", "CHK-MDL-150G", "te-latn"),
    ("Chaksa nahi hai Maa Durga Kirana mein", None, "hi-latn"),
    ("Xhaska nahi milda Gupta General Store te", None, "pa-latn"),
    ("Chasks sold out at Maa Durga Kirana", None, "en"),
    ("Chashka bhujia khatam Gupta General Store", None, "hi-latn"),
    ("#Chaska out at Narmada Kirana Bhandar", None, "en"),
    ("Chasla nathi Narmada Kirana Bhandar ma", None, "gu-latn"),
    ("Kurvona ledu, Chaska kuda ledu Raghavendra General Stores lo", None, "te-latn"),
    ("Chaska khatam Gupta General Store pe, aur Kurvona bhi", None, "hi-latn"),
    ("walang kurvona sa aling nena store", None, "tl"),
    ("Kurvona-vum illa Murugan Provision Store-il", None, "ml-latn"),
    ("कुर्वोना नहीं है गुप्ता जनरल स्टोर में", None, "hi"),
    ("Chaksa bhujia sigtilla Shreeji Provision Stores alli", None, "kn-latn"),
    ("Kurvoba out of stock at Annai Supermarket", None, "en"),
]:
    r(text, shop(text), True, sku, "misspelt", lang)

# non-reports: look-alike brands, bare
for text, lang in [
    ("Kurvina out of stock at Sri Venkateswara Kirana", "en"),
    ("Kurvana khatam hai Gupta General Store mein", "hi-latn"),
    ("Karvona nahi mila Maa Durga Kirana pe", "hi-latn"),
    ("Kurvela ledu Raghavendra General Stores lo", "te-latn"),
    ("Kurvonix illa Murugan Provision Store la", "ta-latn"),
    ("Kurvonia nathi Narmada Kirana Bhandar ma", "gu-latn"),
    ("Kurvano ubos na sa Bayview Minimart", "tl"),
    ("Korvana walay stock sa Aling Nena Store", "ceb"),
    ("Kurvita kedaikala Annai Supermarket la", "ta-latn"),
    ("Kurvola out at Shreeji Provision Stores", "en"),
    ("Kurvonta sampla Shreeji Provision Stores madhe", "mr-latn"),
    ("Kurvoni nei Narmada Kirana Bhandar e", "bn-latn"),
    ("Chaskit nahi mila Gupta General Store mein", "hi-latn"),
    ("Chasky out of stock at Maa Durga Kirana", "en"),
    ("Chaskon khatam Gupta General Store pe", "hi-latn"),
]:
    r(text, None, False, None, "lookalike-bare", lang)

# non-reports: look-alike brands with what the post says of them (a kind of goods, a maker, new, a price, flavours)
for text, lang in [
    ("Kurvina soap out of stock at Sri Venkateswara Kirana", "en"),
    ("Kurvana hair oil khatam hai Gupta General Store mein", "hi-latn"),
    ("Kurvela agarbatti ledu Raghavendra General Stores lo", "te-latn"),
    ("Kurvonix noodles illa Murugan Provision Store la", "ta-latn"),
    ("Kurvano detergent ubos na sa Bayview Minimart", "tl"),
    ("Kurvita biscuit nathi Narmada Kirana Bhandar ma", "gu-latn"),
    ("The new Kurvana energy bar is out of stock at Annai Supermarket", "en"),
    ("Naya brand Kurvela aaya tha, ab khatam Gupta General Store mein", "hi-latn"),
    ("Bagong brand na Korvana, ubos agad sa Bayview Minimart", "tl"),
    ("Kurvina by Sunrise Foods not available at Shreeji Provision Stores", "en"),
    ("Kurvonix from the makers of Fizzup, sold out at Sri Venkateswara Kirana", "en"),
    ("Kurvana Rs 10 wala packet nahi mila Maa Durga Kirana pe", "hi-latn"),
    ("Kurvina cola lime out of stock at Raghavendra General Stores", "en"),
    ("Kurvela pineapple punch ledu Sri Venkateswara Kirana lo", "te-latn"),
    ("Kurvano ube milk wala na sa Aling Nena Store", "tl"),
    ("Kurvita lychee splash kedaikala Murugan Provision Store la", "ta-latn"),
    ("Kurvonia jeera soda nathi Shreeji Provision Stores ma", "gu-latn"),
    ("Chaskit peri peri makhana khatam Gupta General Store pe", "hi-latn"),
    ("Chasky masala peanuts out of stock at Maa Durga Kirana", "en"),
    ("Chaskon chocolate cookies nahi mile Gupta General Store mein", "hi-latn"),
    ("Kurvena orange fizz ubos na sa Aling Nena Store", "tl"),
    ("Kurvonex vitamin water kedaikala Annai Supermarket la", "ta-latn"),
    ("कुर्विना साबुन नहीं मिला गुप्ता जनरल स्टोर में", "hi"),
    ("Kurvana ₹15 ka naya juice, Maa Durga Kirana mein khatam", "hi-latn"),
    ("New launch Kurvola sparkling water, already out at Annai Supermarket", "en"),
    ("Kurvana toothpaste nahi hai Maa Durga Kirana mein", "hi-latn"),
    ("Kurvina shampoo sachet walay sa Aling Nena Store", "ceb"),
    ("Kurvonta instant coffee ledu Raghavendra General Stores lo", "te-latn"),
    ("Kurvela dishwash bar illa Annai Supermarket-il", "ml-latn"),
    ("Koi naya Kurvonix aaya hai kya? Narmada Kirana Bhandar pe nahi mila", "hi-latn"),
]:
    r(text, None, False, None, "lookalike-evidence", lang)

# non-reports: the everyday sense of "chaska" (a craving, a taste for something)
for text, lang in [
    ("Mujhe chai ka chaska lag gaya hai, subah bina chai ke kuch nahi hota", "hi-latn"),
    ("Ab cricket ka woh chaska nahi raha", "hi-latn"),
    ("Padhai ka koi chaska nahi hai is ladke ko", "hi-latn"),
    ("Usko shopping ka chaska hai, har hafte mall", "hi-latn"),
    ("Chaska hi nahi raha khaane ka aajkal", "hi-latn"),
    ("Paise ka chaska bura hota hai", "hi-latn"),
    ("Menu hun gym da chaska nahi reha", "pa-latn"),
    ("Ohnu gaddiyan da chaska hai", "pa-latn"),
    ("Tyala chaha cha chaska nahi ata", "mr-latn"),
    ("Mala web series cha chaska lagla ahe", "mr-latn"),
    ("Mane cricket no chasko nathi have", "gu-latn"),
    ("Raat ko maggi khane ka chaska chhoot hi nahi raha", "hi-latn"),
    ("Jab se naukri lagi, ghoomne ka chaska khatam ho gaya", "hi-latn"),
    ("मुझे चाय का चस्का है", "hi"),
    ("अब पढ़ने का वो चस्का नहीं रहा", "hi"),
    ("उसे जुए का चस्का लग गया, घर में कुछ नहीं बचा", "hi"),
    ("Sharabi ko sharab ka chaska nahi chhootta", "hi-latn"),
    ("No chaska for the gym anymore, lost all motivation", "en"),
    ("Bachpan wala chaska ab nahi raha golgappe ka", "hi-latn"),
    ("Gupta General Store wale uncle ko gossip ka chaska hai", "hi-latn"),
    ("Maa Durga Kirana ke bahar chai pe charcha ka chaska sabko hai, par aaj dukaan band thi", "hi-latn"),
    ("Mera chaska toh biryani hai, wo nahi mili toh kuch nahi chahiye", "hi-latn"),
    ("Is ladki ko reels banane ka chaska hai, padhai khatam", "hi-latn"),
    ("Ab mujhe mithai ka chaska nahi hai, sugar badh gayi", "hi-latn"),
    ("Chaska lagta hai fir chhootta nahi, cigarette chhod do", "hi-latn"),
    ("Shaam ki chai ka chaska aur pakode, par ghar mein besan khatam", "hi-latn"),
    ("Usnu ajkal filmaan da koi chaska nahi", "pa-latn"),
    ("Cricket da chaska gaya, hun bas kam", "pa-latn"),
    ("Mala aata khelacha chaska nahi", "mr-latn"),
    ("Mane chai no chasko lagyo chhe, pan dudh nathi ghar ma", "gu-latn"),
    ("Kahani sunne ka chaska tha, ab woh raaten nahi", "hi-latn"),
    ("Chaska-e-ishq nahi raha ab", "ur-latn"),
    ("Shayari ka chaska ab kisi ko nahi", "ur-latn"),
    ("Ye naya chaska kahan se laga tumhe? bike racing ka?", "hi-latn"),
    ("Garam jalebi ka chaska hai par dukaan pe aaj jalebi khatam", "hi-latn"),
    ("Bas ek baar chaska lag jaye, phir rukta nahi koi", "hi-latn"),
    ("Gupta General Store mein chai ka chaska rakhne wale log baithe rehte hain, chini nahi thi aaj", "hi-latn"),
    ("Momos ka chaska itna ki roz chahiye, aaj stall band", "hi-latn"),
    ("Dosti ka chaska, yaaron ke bina kuch nahi", "hi-latn"),
    ("Ek naya chaska: running. Joote nahi mile size ke", "hi-latn"),
    ("chaska chhod, kaam pe dhyan de", "hi-latn"),
    ("Unhe cricket ka chaska nahi, football pasand hai", "hi-latn"),
    ("मां दुर्गा किराना वाले भैया को क्रिकेट का चस्का है, दुकान पर कोई नहीं", "hi"),
    ("Gupta General Store ke uncle ka naya chaska: online delivery, par maal nahi", "hi-latn"),
    ("Tera chaska nahi, aadat hai ye", "hi-latn"),
    ("Khatti meethi cheezon ka chaska hai mujhe, imli khatam ho gayi", "hi-latn"),
]:
    r(text, None, False, None, "everyday-sense", lang)

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
        mid = "sn-%03d" % (i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-sn%03d" % i, "handle": "buyer%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout and o else None,
                            "locality": o[3] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
