#!/usr/bin/env python3
"""Builds labelled/spell17-probe (and, with --fresh, labelled/spell17-fresh): misspelt brands, shops and localities,
sizes written many ways, and the author's profile city against stray place words (session 17).

Written before any rule of the session changed, from the writer's knowledge of how people type on a phone in India
and the Philippines (doubled, dropped and swapped letters, neighbouring keys, vowels changed by ear, split and joined
names, the name in a native script), how they write sizes (spaces, native digits, fractions, number words, pack words)
and where they live (a profile city; a street, shop or story that names another city); not from any labelled set or
the lexicon files.

Six invented brands with 4-5 SKUs each that differ by size or variant: Pavitto (ghee), Gulzeena (sharbat), Mayuka
(biscuits), Kolmira (detergent), Bintavo (pancit canton, Philippines), Hapino (powdered milk, Philippines).
Invented look-alike brands the catalog does not know (Pavitra, Pavani, Gulzar, Gulmeena, Mayura, Mayumi, Kolmax,
Colmina, Bintang, Hapina, ...) and everyday words and names near a brand. Outlets in Ratlam, Hanumangarh, Barmer,
Dhamtari, Tumkur, Chittoor, Bongaigaon, Kalimpong, Ilagan and Cauayan, cities no other set uses, with one shop name
in two cities. The posts are in spell17-posts.txt (or spell17-fresh-posts.txt), one a line:
lang|category|report|sku|outlet|city|profile|text. Run from the repository root:
python3 stream-processor/src/training/build_spell17_probe_set.py [--fresh]
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH = "--fresh" in sys.argv
OUT = "stream-processor/src/test/resources/labelled/" + ("spell17-fresh" if FRESH else "spell17-probe")
POSTS = "spell17-fresh-posts.txt" if FRESH else "spell17-posts.txt"
PREFIX = "sp17f" if FRESH else "sp17"

CATALOG = {"brands": [
    {"brand": "Pavitto", "aliases": ["Pavitto", "#pavitto", "@pavittoghee"],
     "category_words": ["ghee", "ghi", "desi ghee"],
     "products": [
         {"sku": "PVT-COW-200ML", "name": "Pavitto Cow Ghee 200 ml", "aliases": []},
         {"sku": "PVT-COW-500ML", "name": "Pavitto Cow Ghee 500 ml", "aliases": []},
         {"sku": "PVT-COW-1L", "name": "Pavitto Cow Ghee 1 L", "aliases": []},
         {"sku": "PVT-DND-1L", "name": "Pavitto Danedar Ghee 1 L", "aliases": []}]},
    {"brand": "Gulzeena", "aliases": ["Gulzeena", "#gulzeena", "@gulzeenasharbat"],
     "category_words": ["sharbat", "sherbet", "syrup"],
     "products": [
         {"sku": "GLZ-ROS-750ML", "name": "Gulzeena Rose Sharbat 750 ml", "aliases": []},
         {"sku": "GLZ-ROS-2L", "name": "Gulzeena Rose Sharbat 2 L", "aliases": []},
         {"sku": "GLZ-KHS-750ML", "name": "Gulzeena Khus Sharbat 750 ml", "aliases": []},
         {"sku": "GLZ-KSR-750ML", "name": "Gulzeena Kesar Sharbat 750 ml", "aliases": []}]},
    {"brand": "Mayuka", "aliases": ["Mayuka", "#mayuka", "@mayukabiscuits"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [
         {"sku": "MYK-MAR-75G", "name": "Mayuka Marie 75 g", "aliases": []},
         {"sku": "MYK-MAR-150G", "name": "Mayuka Marie 150 g", "aliases": []},
         {"sku": "MYK-MAR-300G", "name": "Mayuka Marie Family Pack 300 g", "aliases": []},
         {"sku": "MYK-ELC-100G", "name": "Mayuka Cream Elaichi 100 g", "aliases": []},
         {"sku": "MYK-CHC-100G", "name": "Mayuka Cream Chocolate 100 g", "aliases": []}]},
    {"brand": "Kolmira", "aliases": ["Kolmira", "#kolmira", "@kolmirawash"],
     "category_words": ["detergent", "washing powder", "powder"],
     "products": [
         {"sku": "KLM-REG-500G", "name": "Kolmira Detergent Powder 500 g", "aliases": []},
         {"sku": "KLM-REG-1KG", "name": "Kolmira Detergent Powder 1 kg", "aliases": []},
         {"sku": "KLM-REG-4KG", "name": "Kolmira Detergent Powder 4 kg", "aliases": []},
         {"sku": "KLM-LMN-1KG", "name": "Kolmira Lemon Detergent 1 kg", "aliases": []}]},
    {"brand": "Bintavo", "aliases": ["Bintavo", "#bintavo", "@bintavoph"],
     "category_words": ["pancit canton", "canton", "noodles"],
     "products": [
         {"sku": "BNT-ORG-60G", "name": "Bintavo Pancit Canton Original 60 g", "aliases": []},
         {"sku": "BNT-ORG-80G", "name": "Bintavo Pancit Canton Original 80 g", "aliases": []},
         {"sku": "BNT-CAL-60G", "name": "Bintavo Pancit Canton Calamansi 60 g", "aliases": []},
         {"sku": "BNT-HOT-60G", "name": "Bintavo Pancit Canton Extra Hot 60 g", "aliases": []},
         {"sku": "BNT-ORG-6X60G", "name": "Bintavo Pancit Canton Original Family Pack 6 x 60 g", "aliases": []}]},
    {"brand": "Hapino", "aliases": ["Hapino", "#hapino", "@hapinoph"],
     "category_words": ["gatas", "milk", "powdered milk"],
     "products": [
         {"sku": "HPN-FUL-33G", "name": "Hapino Full Cream 33 g sachet", "aliases": []},
         {"sku": "HPN-FUL-150G", "name": "Hapino Full Cream 150 g", "aliases": []},
         {"sku": "HPN-FUL-700G", "name": "Hapino Full Cream 700 g", "aliases": []},
         {"sku": "HPN-CHO-150G", "name": "Hapino Choco 150 g", "aliases": []}]},
]}

OUTLETS = [
    ("RTM-01", "Jain Kirana Bhandar", "Do Batti, Ratlam 457001", "Do Batti", "Ratlam", "Madhya Pradesh", "India", 23.3310, 75.0370),
    ("RTM-02", "Sethiya General Stores", "Dalu Modi Bazar, Ratlam 457001", "Dalu Modi Bazar", "Ratlam", "Madhya Pradesh", "India", 23.3340, 75.0410),
    ("RTM-03", "Shree Balaji Kirana", "Station Road, Ratlam 457001", "Station Road", "Ratlam", "Madhya Pradesh", "India", 23.3250, 75.0450),
    ("HMG-01", "Goyal Kiryana Store", "Junction Bazar, Hanumangarh 335512", "Junction Bazar", "Hanumangarh", "Rajasthan", "India", 29.5810, 74.3290),
    ("HMG-02", "Sidhu Provision Store", "Satipura, Hanumangarh 335513", "Satipura", "Hanumangarh", "Rajasthan", "India", 29.6100, 74.2900),
    ("BMR-01", "Marudhar General Store", "Ahinsa Circle, Barmer 344001", "Ahinsa Circle", "Barmer", "Rajasthan", "India", 25.7520, 71.3920),
    ("BMR-02", "Bhati Kirana", "Roy Colony, Barmer 344001", "Roy Colony", "Barmer", "Rajasthan", "India", 25.7460, 71.3830),
    ("BMR-03", "Shree Balaji Kirana", "Station Road, Barmer 344001", "Station Road", "Barmer", "Rajasthan", "India", 25.7430, 71.3950),
    ("DMT-01", "Sahu Kirana Stores", "Amapara, Dhamtari 493773", "Amapara", "Dhamtari", "Chhattisgarh", "India", 20.7070, 81.5490),
    ("DMT-02", "Chandrakar Provision", "Rudri Road, Dhamtari 493773", "Rudri Road", "Dhamtari", "Chhattisgarh", "India", 20.7150, 81.5620),
    ("TMK-01", "Sri Siddaganga Stores", "Batawadi, Tumkur 572103", "Batawadi", "Tumkur", "Karnataka", "India", 13.3270, 77.1100),
    ("TMK-02", "Kalpataru Provision Stores", "Kyathasandra, Tumkur 572104", "Kyathasandra", "Tumkur", "Karnataka", "India", 13.3190, 77.1270),
    ("CTR-01", "Sri Venkateswara Kirana", "Greamspet, Chittoor 517002", "Greamspet", "Chittoor", "Andhra Pradesh", "India", 13.2170, 79.1000),
    ("CTR-02", "Lakshmi Ganapathi Stores", "Santhapet, Chittoor 517001", "Santhapet", "Chittoor", "Andhra Pradesh", "India", 13.2110, 79.0960),
    ("BNG-01", "Das Bhandar", "Chapaguri Road, Bongaigaon 783380", "Chapaguri Road", "Bongaigaon", "Assam", "India", 26.4770, 90.5580),
    ("BNG-02", "Saha Variety Stores", "Borpara, Bongaigaon 783380", "Borpara", "Bongaigaon", "Assam", "India", 26.4700, 90.5500),
    ("KLP-01", "Tamang General Store", "Tenth Mile, Kalimpong 734301", "Tenth Mile", "Kalimpong", "West Bengal", "India", 27.0600, 88.4690),
    ("KLP-02", "Pradhan Stores", "Rinkingpong Road, Kalimpong 734301", "Rinkingpong Road", "Kalimpong", "West Bengal", "India", 27.0570, 88.4760),
    ("ILG-01", "Agcaoili Sari-Sari Store", "Baligatan, Ilagan 3300", "Baligatan", "Ilagan", "Isabela", "Philippines", 17.1450, 121.8890),
    ("ILG-02", "Maris Grocery", "Calamagui, Ilagan 3300", "Calamagui", "Ilagan", "Isabela", "Philippines", 17.1380, 121.8800),
    ("CAU-01", "Tumaliuan Store", "San Fermin, Cauayan 3305", "San Fermin", "Cauayan", "Isabela", "Philippines", 16.9300, 121.7700),
    ("CAU-02", "Gammad Grocery", "Cabaruan, Cauayan 3305", "Cabaruan", "Cauayan", "Isabela", "Philippines", 16.9360, 121.7780),
]
# spell17-fresh only: shops whose name is one letter from a product word of the catalog ("Kesari" and "kesar",
# "Rosa" and "rose", "Lemos" and "lemon", "Canto" and "canton"), in another town than the posts' profiles
FRESH_OUTLETS = [
    ("BMR-04", "Kesari General Stores", "Sadar Bazar, Barmer 344001", "Sadar Bazar", "Barmer", "Rajasthan", "India", 25.7480, 71.3880),
    ("ILG-03", "Rosa Sari-Sari Store", "Alibagu, Ilagan 3300", "Alibagu", "Ilagan", "Isabela", "Philippines", 17.1200, 121.8700),
    ("ILG-04", "Lemos Grocery", "Bagumbayan, Ilagan 3300", "Bagumbayan", "Ilagan", "Isabela", "Philippines", 17.1300, 121.8850),
    ("ILG-05", "Canto Store", "Osmeña, Ilagan 3300", "Osmeña", "Ilagan", "Isabela", "Philippines", 17.1400, 121.8950),
]
if FRESH:
    OUTLETS = OUTLETS + FRESH_OUTLETS
BY_ID = {o[0]: o for o in OUTLETS}
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
        for o in OUTLETS:
            w.writerow([o[0], o[1], o[2], o[3], o[4], o[5], o[6], f"{o[7]:.4f}", f"{o[8]:.4f}"])
    mentions, labels = [], []
    with open(os.path.join(HERE, POSTS), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("|", 7) for line in f if line.strip() and not line.startswith("#")]
    for i, (lang, category, report, sku, outlet, city, profile, text) in enumerate(rows, start=1):
        mid = f"{PREFIX}-{i:03d}"
        repost = text.startswith("RT ")
        mentions.append({"id": mid, "source": SOURCES[i % len(SOURCES)],
                         "created_at": f"2026-12-0{1 + i % 6}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
                         "author": {"id": f"u-{PREFIX}-{i:03d}", "handle": f"shopper17{i:03d}", "display_name": None,
                                    "location": None if profile == "-" else profile, "followers": 3 + i % 40},
                         "text": text, "lang": None, "geo": None, "is_repost": repost})
        if report == "1":
            if outlet != "-":
                o = BY_ID[outlet]
                label = {"id": mid, "stockout": True, "sku": None if sku == "-" else sku, "outlet_id": o[0],
                         "city": o[4], "locality": o[3]}
            else:
                label = {"id": mid, "stockout": True, "sku": None if sku == "-" else sku, "outlet_id": None,
                         "city": None if city == "-" else city, "locality": None}
        else:
            label = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        label["category"] = category
        label["lang"] = lang
        labels.append(label)
    for name, items in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
