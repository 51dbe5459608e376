#!/usr/bin/env python3
"""Builds labelled/recall18-fresh: NEW sentences of the classes session 18 mended (contrast with the shop without it
second, a find at another shop, emphatic particles, Bengali "ase ni", Tagalog "kailan kaya magkakaroon", the Ilocano
optative request, "yung hinahanap ko", counts of none, "avl"), written after the mending and not used for it.
Invented brands: Dumvika (namkeen: masala 30 g / 80 g, pudina 80 g) and Pravolo (lemon drink 250 ml, 750 ml, 1.5 L);
untracked look-alikes named in negatives: Dumvita (soap), Pravol (shampoo).
Usage: build.py OUTDIR"""
import json, csv, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Dumvika", "aliases": ["dumvika", "#dumvika", "डमविका"], "category_words": ["namkeen", "chips", "bhujia"],
  "products": [{"sku": "DMV-MSL-30", "name": "Dumvika Masala 30 g", "aliases": []},
               {"sku": "DMV-MSL-80", "name": "Dumvika Masala 80 g", "aliases": []},
               {"sku": "DMV-PDN-80", "name": "Dumvika Pudina 80 g", "aliases": []}]},
 {"brand": "Pravolo", "aliases": ["pravolo", "#pravolo", "प्रावोलो"], "category_words": ["lemon drink", "drink", "nimbu pani"],
  "products": [{"sku": "PRV-LMN-250", "name": "Pravolo Lemon 250 ml", "aliases": []},
               {"sku": "PRV-LMN-750", "name": "Pravolo Lemon 750 ml", "aliases": []},
               {"sku": "PRV-LMN-1500", "name": "Pravolo Lemon 1.5 L", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("KSG-1", "Agrawal Kirana", "Line Bazar, Kishanganj", "Line Bazar", "Kishanganj", "Bihar", "India", 26.1050, 87.9510),
 ("KSG-2", "Maa Tara Stores", "Dharamganj, Kishanganj", "Dharamganj", "Kishanganj", "Bihar", "India", 26.0990, 87.9440),
 ("RWR-1", "Yadav General Store", "Brass Market, Rewari", "Brass Market", "Rewari", "Haryana", "India", 28.1930, 76.6190),
 ("RWR-2", "Shree Balaji Kiryana", "Model Town, Rewari", "Model Town", "Rewari", "Haryana", "India", 28.1870, 76.6250),
 ("SHR-1", "Rathore Kirana", "Ganj, Sehore", "Ganj", "Sehore", "Madhya Pradesh", "India", 23.2030, 77.0850),
 ("HZB-1", "Prasad Stores", "Jhanda Chowk, Hazaribagh", "Jhanda Chowk", "Hazaribagh", "Jharkhand", "India", 23.9920, 85.3610),
 ("DKL-1", "Maa Samaleswari Stores", "Kunjakanta, Dhenkanal", "Kunjakanta", "Dhenkanal", "Odisha", "India", 20.6590, 85.5980),
 ("RMG-1", "Sai Ram Kirana", "Godavarikhani, Ramagundam", "Godavarikhani", "Ramagundam", "Telangana", "India", 18.7550, 79.4740),
 ("CKB-1", "Manjunatha Provision Store", "BB Road, Chikkaballapur", "BB Road", "Chikkaballapur", "Karnataka", "India", 13.4350, 77.7310),
 ("PLN-1", "Murugan Stores", "Adivaram, Palani", "Adivaram", "Palani", "Tamil Nadu", "India", 10.4500, 77.5210),
 ("PMN-1", "Al Ameen Stores", "Calicut Road, Perinthalmanna", "Calicut Road", "Perinthalmanna", "Kerala", "India", 10.9760, 76.2260),
 ("NBD-1", "Gouranga Bhandar", "Poramatala, Nabadwip", "Poramatala", "Nabadwip", "West Bengal", "India", 23.4070, 88.3690),
 ("AML-1", "Patil Kirana", "Station Road, Amalner", "Station Road", "Amalner", "Maharashtra", "India", 21.0420, 75.0580),
 ("UNJ-1", "Umiya Provision", "Station Road, Unjha", "Station Road", "Unjha", "Gujarat", "India", 23.8020, 72.3930),
 ("MNS-1", "Guru Nanak Karyana", "Bazar No 5, Mansa", "Bazar No 5", "Mansa", "Punjab", "India", 29.9880, 75.3930),
 ("RMP-1", "Noor General Store", "Qila Road, Rampur", "Qila Road", "Rampur", "Uttar Pradesh", "India", 28.8030, 79.0260),
 ("BYB-1", "Aling Rosing Store", "Don Domingo Maddela, Bayombong", "Don Domingo Maddela", "Bayombong", "Nueva Vizcaya", "Philippines", 16.4810, 121.1490),
 ("NAI-1", "Tindahan ni Aling Bebang", "Ibayo Silangan, Naic", "Ibayo Silangan", "Naic", "Cavite", "Philippines", 14.3180, 120.7660),
 ("NAI-2", "Reyes Mini Mart", "Poblacion, Naic", "Poblacion", "Naic", "Cavite", "Philippines", 14.3160, 120.7630),
 ("DRG-1", "Bicol Star Store", "Market Site, Daraga", "Market Site", "Daraga", "Albay", "Philippines", 13.1490, 123.7120),
 ("SDG-1", "Inday Lorna Store", "Bato, Sindangan", "Bato", "Sindangan", "Zamboanga del Norte", "Philippines", 8.2380, 122.9990),
]
R = []
def r(cat, lang, text, oid=None, city=None, sku=None):
    R.append((text, True, sku, oid, city, lang, cat))
def n(cat, lang, text):
    R.append((text, False, None, None, None, lang, cat))
K, RW, SH, HZ, DK, RM, CK, PL, PM, NB, AM, UN, MN, RP = ("Kishanganj", "Rewari", "Sehore", "Hazaribagh", "Dhenkanal",
  "Ramagundam", "Chikkaballapur", "Palani", "Perinthalmanna", "Nabadwip", "Amalner", "Unjha", "Mansa", "Rampur")
BY, NA, DR, SD = "Bayombong", "Naic", "Daraga", "Sindangan"
M30, M80, P80, L250, L750, L1500 = "DMV-MSL-30", "DMV-MSL-80", "DMV-PDN-80", "PRV-LMN-250", "PRV-LMN-750", "PRV-LMN-1500"
X, Q, L, C = "contrast", "request", "long", "compact"
# contrast: the shop without it second; a find at another shop
r(X, "hi-Latn", "Model Town wale Shree Balaji Kiryana mein nahi mila Dumvika, Yadav General Store mein mil gaya", "RWR-2", RW)
r(X, "hi-Latn", "Yadav General Store mein Pravolo hai, Shree Balaji Kiryana mein khatam hai", "RWR-2", RW)
r(X, "pa-Latn", "Guru Nanak Kiryana vich Dumvika nahi, doosri dukan ton mil gaya", "MNS-1", MN)
r(X, "tl", "Meron ng Pravolo sa Tindahan ni Aling Bebang, pero sa Reyes Mini Mart ubos na", "NAI-2", NA)
r(X, "tl", "Walang Dumvika sa Reyes Mini Mart, sa ibang tindahan ko nakita", "NAI-2", NA)
r(X, "ceb", "Walay Pravolo sa Inday Lorna Store, sa laing tindahan na lang ko nakakita", "SDG-1", SD)
r(X, "mr-Latn", "Patil Kirana madhe Dumvika sampla, dusrya dukanat bhetla", "AML-1", AM)
r(X, "hi-Latn", "Rathore Kirana Sehore mein Pravolo nahi tha, dusri dukaan mein mil gaya", "SHR-1", SH)
r(X, "en", "No Pravolo at Prasad Stores Hazaribagh, found it at another shop down the road", "HZB-1", HZ)
r(X, "bn-Latn", "Gouranga Bhandar e Pravolo nei, onyo dokane peye gelam", "NBD-1", NB)
n(X, "hi-Latn", "Shree Balaji Kiryana mein Dumvika mil gaya, full stock hai")
n(X, "tl", "May Dumvika sa Tindahan ni Aling Bebang at sa Reyes Mini Mart din")
n(X, "en", "Prasad Stores had Pravolo, so did the other shop near the temple")
# long posts and compact lines: emphatic negatives, "ase ni", the thing looked for, counts of none, avl
r(L, "hi-Latn", "Kal se Agrawal Kirana Kishanganj ke chakkar kaat raha hoon, bachhon ke liye Dumvika lena tha. Bhaiya bole is hafte maal aaya hi nahi.", "KSG-1", K)
r(L, "hi-Latn", "Maa Tara Stores gaya tha Pravolo lene. Bole abhi stock mila hi nahi company se.", "KSG-2", K)
r(L, "hi", "राठौर किराना सीहोर गया था, डमविका लेना था। दुकानदार बोले माल आया ही नहीं।", "SHR-1", SH)
r(L, "gu-Latn", "Umiya Provision Unjha ma Pravolo mate gayo. Dukandar kahe, maal aavyo j nathi.", "UNJ-1", UN)
r(L, "bn-Latn", "Gouranga Bhandar e Dumvika chailam. Dokandar bollo maal ase ni ekhono.", "NBD-1", NB)
r(L, "bn-Latn", "Nabadwip er Gouranga Bhandar theke Pravolo nite gelam, pai ni.", "NBD-1", NB)
r(L, "tl", "Pumunta ako sa Reyes Mini Mart sa Naic para sa Pravolo. Ang dami nilang juice pero wala yung hinahanap ko.", "NAI-2", NA)
r(C, "en", "Dumvika masala 30g: 0 pcs @ Maa Tara Stores", "KSG-2", K, M30)
r(C, "en", "Pravolo 750ml qty 0 - Yadav General Store Rewari", "RWR-1", RW, L750)
r(C, "en", "no dumvika avl at prasad stores hazaribagh", "HZB-1", HZ)
r(C, "en", "PRAVOLO 1.5L - ZERO BOTTLES - NOOR GENERAL STORE", "RMP-1", RP, L1500)
n(C, "en", "Pravolo avl at Yadav General Store, 20 pcs")
n(C, "en", "Dumvika 30g: 40 pcs @ Maa Tara Stores")
n(L, "hi-Latn", "Agrawal Kirana gaya tha, Dumvika mil gaya. Bas Maggi aaya hi nahi.")
n(L, "bn-Latn", "Gouranga Bhandar e Dumvika pelam. Muri ase ni.")
n(L, "tl", "Pumunta ako sa Reyes Mini Mart. Nakita ko agad yung hinahanap ko, Pravolo.")
# requests: "when will there be again", the optative
r(Q, "tl", "kailan kaya magkakaroon ng Pravolo sa Tindahan ni Aling Bebang? wala pa rin", "NAI-1", NA)
r(Q, "tl", "Reyes Mini Mart, kelan ba magkaka-stock ulit ng Dumvika?", "NAI-2", NA)
r(Q, "tl", "kailan po magkakaroon ulit ng Pravolo dito sa Reyes Mini Mart", "NAI-2", NA)
r(Q, "ilo", "Sapay koma ta adda manen Dumvika idiay Aling Rosing Store, awan latta", "BYB-1", BY)
r(Q, "ilo", "Aling Rosing Store, sapay koma ta adda Pravolo inton bigat", "BYB-1", BY)
r(Q, "hi-Latn", "Shree Balaji Kiryana wale Pravolo kab aayega? kab se nahi hai", "RWR-2", RW)
n(Q, "tl", "kailan kaya magkakaroon ng sale ang Reyes Mini Mart")
n(Q, "ilo", "sapay koma ta naimas ti Pravolo")
# more of the fixed classes in other languages
r(X, "ta-Latn", "Murugan Stores la Dumvika illa, vera kadaila kedachuthu", "PLN-1", PL)
r(X, "gu-Latn", "Umiya Provision ma Pravolo nathi, biji dukan ma malyu", "UNJ-1", UN)
r(L, "hi-Latn", "Noor General Store Rampur mein Dumvika hai hi nahi, teen din se", "RMP-1", RP)
r(X, "en", "Maa Tara Stores: Dumvika pudina gone. Found it in a different shop later.", "KSG-2", K, P80)
n(X, "en", "Dumvika pudina gone from my cupboard, found it in a different shop later")
mk = []; lb = []
for i, (text, so, sku, oid, city, lang, cat) in enumerate(R, 1):
    mid = f"r18f-{i:03d}"
    mk.append({"id": mid, "source": ["x", "mastodon", "bluesky", "sms", "whatsapp"][i % 5],
               "created_at": f"2026-12-{1 + i % 6:02d}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
               "author": {"id": f"u-r18f{i:03d}", "handle": f"r18fuser{i:03d}", "display_name": None, "location": None,
                          "followers": 3 + i % 40},
               "text": text, "lang": None, "geo": None, "is_repost": False})
    loc = None
    if oid:
        loc = next(o[3] for o in O if o[0] == oid)
    lb.append({"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": oid if so else None,
               "city": city if so else None, "locality": loc if so else None, "category": cat, "lang": lang})
with open(os.path.join(out, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(catalog, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(out, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in O: w.writerow(o)
for name, rows in (("mentions.jsonl", mk), ("labels.jsonl", lb)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
rep = sum(1 for x in R if x[1]); print(len(R), "mentions,", rep, "reports,", len(R) - rep, "non-reports")
