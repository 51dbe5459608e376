#!/usr/bin/env python3
"""Builds labelled/compact17-probe: terse stock-out reports and terse non-reports (session 17).
Invented brands Kelvaro (glucose biscuit) and Rasvinta (mango drink); untracked look-alikes Kelvari, Rasvita."""
import json, csv, os, sys, random
random.seed(1717)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Kelvaro", "aliases": ["kelvaro", "#kelvaro", "केल्वारो"], "category_words": ["biscuit", "biscuits"],
  "products": [{"sku": "KLV-CLS-75", "name": "Kelvaro Classic 75 g", "aliases": []},
               {"sku": "KLV-CLS-200", "name": "Kelvaro Classic 200 g", "aliases": []},
               {"sku": "KLV-CHO-100", "name": "Kelvaro Choco 100 g", "aliases": []}]},
 {"brand": "Rasvinta", "aliases": ["rasvinta", "#rasvinta", "रसविंटा"], "category_words": ["mango drink", "juice"],
  "products": [{"sku": "RSV-MNG-200", "name": "Rasvinta Mango 200 ml", "aliases": []},
               {"sku": "RSV-MNG-600", "name": "Rasvinta Mango 600 ml", "aliases": []},
               {"sku": "RSV-MNG-1200", "name": "Rasvinta Mango 1.2 L", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("RGH-1", "Gupta Kirana", "Kotra Road, Raigarh", "Kotra Road", "Raigarh", "Chhattisgarh", "India", 21.8974, 83.3950),
 ("RGH-2", "Shiv Shakti Kirana", "Chakradhar Nagar, Raigarh", "Chakradhar Nagar", "Raigarh", "Chhattisgarh", "India", 21.9051, 83.4012),
 ("RGH-3", "Agarwal Store", "Station Road, Raigarh", "Station Road", "Raigarh", "Chhattisgarh", "India", 21.8890, 83.3921),
 ("KHW-1", "Sharma Stores", "Bombay Bazar, Khandwa", "Bombay Bazar", "Khandwa", "Madhya Pradesh", "India", 21.8245, 76.3524),
 ("KHW-2", "Laxmi Stores", "Padawa, Khandwa", "Padawa", "Khandwa", "Madhya Pradesh", "India", 21.8302, 76.3431),
 ("KHW-3", "Agarwal Store", "Ramnagar, Khandwa", "Ramnagar", "Khandwa", "Madhya Pradesh", "India", 21.8190, 76.3610),
 ("BMR-1", "Jain General Store", "Station Road, Barmer", "Station Road", "Barmer", "Rajasthan", "India", 25.7521, 71.3967),
 ("BMR-2", "Om Sai Kirana", "Gandhi Chowk, Barmer", "Gandhi Chowk", "Barmer", "Rajasthan", "India", 25.7460, 71.3920),
 ("JJN-1", "Balaji Provision", "Road No 1, Jhunjhunu", "Road No 1", "Jhunjhunu", "Rajasthan", "India", 28.1289, 75.3995),
 ("JJN-2", "Mahadev Traders", "Gandhi Chowk, Jhunjhunu", "Gandhi Chowk", "Jhunjhunu", "Rajasthan", "India", 28.1330, 75.4030),
 ("JGT-1", "Sri Lakshmi Kirana", "Old Bus Stand, Jagtial", "Old Bus Stand", "Jagtial", "Telangana", "India", 18.7895, 78.9120),
 ("JGT-2", "Venkateswara Stores", "Tower Circle, Jagtial", "Tower Circle", "Jagtial", "Telangana", "India", 18.7950, 78.9160),
 ("GLG-1", "Bora Stores", "Station Road, Golaghat", "Station Road", "Golaghat", "Assam", "India", 26.5120, 93.9600),
 ("SSR-1", "New Bharat Kirana", "Dharamshala Road, Sasaram", "Dharamshala Road", "Sasaram", "Bihar", "India", 24.9520, 84.0310),
 ("PLM-1", "Aling Nena Store", "Poblacion, Polomolok", "Poblacion", "Polomolok", "South Cotabato", "Philippines", 6.2210, 125.0640),
 ("PLM-2", "JM Sari-sari", "Cannery Site, Polomolok", "Cannery Site", "Polomolok", "South Cotabato", "Philippines", 6.2150, 125.0560),
 ("BLG-1", "Dela Cruz Store", "Poblacion, Baliuag", "Poblacion", "Baliuag", "Bulacan", "Philippines", 14.9545, 120.8970),
 ("BLG-2", "Santos Mini Mart", "Sabang, Baliuag", "Sabang", "Baliuag", "Bulacan", "Philippines", 14.9600, 120.9010),
 ("TBK-1", "Cordillera Store", "Bulanao, Tabuk", "Bulanao", "Tabuk", "Kalinga", "Philippines", 17.4120, 121.4440),
]
R = []  # (text, stockout, sku, outlet, city, lang)
def r(text, oid=None, city=None, sku=None, lang="en", loc=None):
    R.append((text, True, sku, oid, city, lang, loc))
def n(text, lang="en", cat="compact"):
    R.append((text, False, None, None, None, lang, cat))
# --- reports: terse forms, many languages
r("KELVARO OUT @ Gupta Kirana Raigarh", "RGH-1", "Raigarh")
r("Rasvinta 1.2L - NIL - Sharma Stores, Khandwa", "KHW-1", "Khandwa", "RSV-MNG-1200")
r("no kelvaro @ jain general store barmer", "BMR-1", "Barmer")
r("Kelvaro choco n/a at Balaji Provision, Jhunjhunu. pls send", "JJN-1", "Jhunjhunu", "KLV-CHO-100")
r("rasvinta 600ml OOS - New Bharat Kirana Sasaram", "SSR-1", "Sasaram", "RSV-MNG-600")
r("#Kelvaro #outofstock Mahadev Traders #Jhunjhunu", "JJN-2", "Jhunjhunu")
r("Kelvaro: 0 stock. Bora Stores, Golaghat", "GLG-1", "Golaghat")
r("RASVINTA NAHI HAI - LAXMI STORES KHANDWA", "KHW-2", "Khandwa", lang="hi-Latn")
r("kelvaro khatam @ shiv shakti kirana raigarh", "RGH-2", "Raigarh", lang="hi-Latn")
r("rasvinta ubos na sa Aling Nena Store Polomolok", "PLM-1", "Polomolok", lang="tl")
r("Kelvaro wala @ JM Sari-sari Polomolok", "PLM-2", "Polomolok", lang="tl")
r("Rasvinta 200ml -- not avl -- Om Sai Kirana, Barmer", "BMR-2", "Barmer", "RSV-MNG-200")
r("stock out: Kelvaro 200g | Gupta Kirana | Raigarh", "RGH-1", "Raigarh", "KLV-CLS-200")
r("RASVINTA NOT AVAILABLE AT CORDILLERA STORE TABUK", "TBK-1", "Tabuk")
r("Kelvaro missing from shelf - Sharma Stores, Khandwa", "KHW-1", "Khandwa")
r("Zero Kelvaro at Balaji Provision Jhunjhunu today", "JJN-1", "Jhunjhunu")
r("kelvaro nt avlbl @ venkateswara stores jagtial", "JGT-2", "Jagtial")
r("Rasvinta mango 600 ml: out. Dela Cruz Store, Baliuag", "BLG-1", "Baliuag", "RSV-MNG-600", lang="en")
r("KELVARO STOCK KHATAM. GUPTA KIRANA RAIGARH. PLS REFILL", "RGH-1", "Raigarh", lang="hi-Latn")
r("rasvinta 1.2 ltr unavailable, Om Sai Kirana Barmer", "BMR-2", "Barmer", "RSV-MNG-1200")
r("Kelvaro 75g -> nil @ Agarwal Store Station Road Raigarh", "RGH-3", "Raigarh", "KLV-CLS-75")
r("No Rasvinta. Balaji Provision. Jhunjhunu.", "JJN-1", "Jhunjhunu")
r("Rasvinta out of stk, Mahadev Traders Jhunjhunu", "JJN-2", "Jhunjhunu")
r("kelvaro nhi h sharma stores khandwa me", "KHW-1", "Khandwa", lang="hi-Latn")
r("Kelvaro - ledu - Sri Lakshmi Kirana Jagtial", "JGT-1", "Jagtial", lang="te-Latn")
r("KELVARO AWAN Cordillera Store Tabuk", "TBK-1", "Tabuk", lang="ilo")
r("Rasvinta nai. Bora Stores Golaghat", "GLG-1", "Golaghat", lang="as-Latn")
r("Kelvaro short @ Laxmi Stores Khandwa since Mon", "KHW-2", "Khandwa")
r("केल्वारो खत्म - शर्मा स्टोर्स खंडवा", "KHW-1", "Khandwa", lang="hi")
r("रसविंटा नहीं है, ओम साई किराना बाड़मेर", "BMR-2", "Barmer", lang="hi")
r("Rasvinta naikhe New Bharat Kirana Sasaram me", "SSR-1", "Sasaram", lang="bho")
r("Kelvaro walay stock sa Aling Nena Store, Polomolok", "PLM-1", "Polomolok", lang="ceb")
r("OOS: Rasvinta (all sizes) @ Santos Mini Mart Baliuag", "BLG-2", "Baliuag")
r("kelvaro choco — none left — Venkateswara Stores, Jagtial", "JGT-2", "Jagtial", "KLV-CHO-100")
r("RASVINTA 200 ML NIL @ SHIV SHAKTI KIRANA RAIGARH", "RGH-2", "Raigarh", "RSV-MNG-200")
r("Kelvaro finished @ Om Sai Kirana Barmer, 3rd day", "BMR-2", "Barmer")
r("Rasvinta wala na, Dela Cruz Store Baliuag", "BLG-1", "Baliuag", lang="tl")
r("Kelvaro x Jain General Store Barmer. empty rack", "BMR-1", "Barmer")
r("no stock kelvaro classic 75g mahadev traders jhunjhunu", "JJN-2", "Jhunjhunu", "KLV-CLS-75")
r("Rasvinta? none. Sharma Stores Khandwa, again", "KHW-1", "Khandwa")
r("KELVARO - NOT THERE - BORA STORES GOLAGHAT", "GLG-1", "Golaghat")
r("rasvinta khatam ho gaya gupta kirana raigarh", "RGH-1", "Raigarh", lang="hi-Latn")
r("Kelvaro out @ Santos Mini Mart, Baliuag. pakidala", "BLG-2", "Baliuag", lang="tl")
r("Rasvinta 600: nil (Venkateswara Stores Jagtial)", "JGT-2", "Jagtial", "RSV-MNG-600")
r("Kelvaro kuthe nahi, Laxmi Stores Khandwa", "KHW-2", "Khandwa", lang="mr-Latn")
r("Need Rasvinta @ Balaji Provision Jhunjhunu - shelf empty", "JJN-1", "Jhunjhunu")
r("kelvaro stock illa, gupta kirana raigarh", "RGH-1", "Raigarh", lang="en")
r("Rasvinta NA @ New Bharat Kirana Sasaram", "SSR-1", "Sasaram")
r("KELVARO 200G SOLD OUT SHARMA STORES KHANDWA", "KHW-1", "Khandwa", "KLV-CLS-200")
r("Rasvinta unavail. Cordillera Store Tabuk", "TBK-1", "Tabuk")
r("Kelvaro: gone. Aling Nena Store Polomolok", "PLM-1", "Polomolok")
r("Rasvinta — out — Om Sai Kirana, Barmer 😤", "BMR-2", "Barmer")
r("kelvaro ka stock nil hai agarwal store ramnagar khandwa", "KHW-3", "Khandwa", lang="hi-Latn")
r("rasvinta 1.2L ubos sa JM Sari-sari Polomolok", "PLM-2", "Polomolok", "RSV-MNG-1200", lang="tl")
r("Kelvaro none at Mahadev Traders Jhunjhunu", "JJN-2", "Jhunjhunu")
# --- non-reports in the same terse style
n("KELVARO IN STOCK @ Gupta Kirana Raigarh", cat="has-it")
n("Rasvinta back @ Sharma Stores Khandwa", cat="found")
n("Kelvaro Choco OUT NOW! grab it at Balaji Provision Jhunjhunu", cat="advert")
n("Rasvinta avl @ Om Sai Kirana Barmer", cat="has-it")
n("Kelvaro 200g - restocked - Jain General Store Barmer", cat="found")
n("Kelvaro 20% off @ Agarwal Store Raigarh", cat="advert")
n("no Parle-G @ Gupta Kirana Raigarh, Kelvaro there", cat="other-product")
n("Frooti OUT @ Laxmi Stores Khandwa, got Rasvinta", cat="other-product")
n("Kelvaro out? no, plenty @ Sharma Stores Khandwa", cat="negation")
n("Rasvinta NOT out @ Mahadev Traders Jhunjhunu", cat="negation")
n("Kelvari OUT @ Gupta Kirana Raigarh", cat="lookalike")
n("RASVITA NIL @ SHIV SHAKTI KIRANA RAIGARH", cat="lookalike")
n("Kelvaro avl @ Venkateswara Stores Jagtial?", cat="question")
n("Kelvaro was nil @ Jain General Store last week, now ok", cat="past")
n("Rasvinta ubos kahapon, meron na ngayon sa Aling Nena Store", lang="tl", cat="past")
n("KELVARO FULL STOCK @ LAXMI STORES KHANDWA", cat="has-it")
n("Kelvaro 75g Rs 10 @ Gupta Kirana", cat="advert")
n("Rasvinta: 5 cartons in @ Om Sai Kirana Barmer", cat="has-it")
n("kelvaro mil gaya @ shiv shakti kirana", lang="hi-Latn", cat="found")
n("Rasvinta meron @ Dela Cruz Store Baliuag", lang="tl", cat="has-it")
n("KELVARO NEW PACK OUT", cat="brand-post")
n("Rasvinta 1.2L launched. out in stores now", cat="brand-post")
n("Maaza nil @ Bora Stores Golaghat. Rasvinta ok", cat="other-product")
n("Thums Up OOS @ Santos Mini Mart, Rasvinta lang meron", lang="tl", cat="other-product")
n("OOS? nope. Kelvaro full rack @ Mahadev Traders", cat="negation")
n("kelvaro khatam nahi hua, sharma stores me bahut hai", lang="hi-Latn", cat="negation")
n("Kelvaro hai @ Laxmi Stores Khandwa", lang="hi-Latn", cat="has-it")
n("Rasvinta ok @ New Bharat Kirana Sasaram", cat="has-it")
n("Kelvaro 😋😋 best biscuit", cat="praise")
n("Rasvinta too sweet tbh", cat="complaint")
n("Kelvaro price up Rs 2?? why", cat="complaint")
n("Rasvinta out of stock? will check Om Sai Kirana tmrw", cat="question")
n("RT: Kelvaro OUT @ Gupta Kirana Raigarh", cat="repost")
n("Kelvaro may run out by Diwali, stock up @ Agarwal Store", cat="future")
n("Kelvaro ledu ani evaru chepparu? undi Sri Lakshmi Kirana lo", lang="te-Latn", cat="negation")
n("Rasvinta naa? hai na, Bora Stores Golaghat me", lang="hi-Latn", cat="negation")
n("Kelvaro nil last month @ Balaji Provision, now plenty", cat="past")
n("Kelvaro Choco 100g: in stock, Venkateswara Stores Jagtial", cat="has-it")
n("RASVINTA AVAILABLE AT CORDILLERA STORE TABUK", cat="has-it")
n("Pepsi NA @ Jain General Store Barmer; Rasvinta avl", cat="other-product")
n("Kelvaro deal: 2 for Rs 18 @ Santos Mini Mart", cat="advert")
n("Kelvaro - meron na ulit - JM Sari-sari Polomolok", lang="tl", cat="found")
n("no Kelvaro complaints here, always there @ Gupta Kirana", cat="negation")
n("Rasvinta stock: yes. Laxmi Stores", cat="has-it")
n("kelvaro out of stock hoga kya? sharma stores", lang="hi-Latn", cat="question")
ids = []
with open(os.path.join(out, "mentions.jsonl"), "w") as m, open(os.path.join(out, "labels.jsonl"), "w") as l:
    for i, (text, so, sku, oid, city, lang, extra) in enumerate(R, 1):
        mid = "c17-%03d" % i
        src = random.choice(["x", "mastodon", "sms", "whatsapp", "bluesky"])
        m.write(json.dumps({"id": mid, "source": src, "created_at": "2026-12-0%dT%02d:%02d:00Z" % (1 + i % 6, 6 + i % 12, i % 60),
            "author": {"id": "u-c17%03d" % i, "handle": "c17user%03d" % i, "display_name": None, "location": None, "followers": 3 + i % 40},
            "text": text, "lang": None, "geo": None, "is_repost": text.startswith("RT:")}, ensure_ascii=False) + "\n")
        if so:
            loc = next(o[3] for o in O if o[0] == oid)
            l.write(json.dumps({"id": mid, "stockout": True, "sku": sku, "outlet_id": oid, "city": city, "locality": loc,
                                "category": "compact", "lang": lang}, ensure_ascii=False) + "\n")
        else:
            l.write(json.dumps({"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None,
                                "category": extra, "lang": lang}, ensure_ascii=False) + "\n")
with open(os.path.join(out, "outlets.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in O: w.writerow(o)
json.dump(catalog, open(os.path.join(out, "catalog.json"), "w"), ensure_ascii=False, indent=1)
print(len(R), sum(1 for x in R if x[1]), "reports")
