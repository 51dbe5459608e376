#!/usr/bin/env python3
"""Builds labelled/sku18-probe (and, with --fresh, labelled/sku18-fresh): which product (SKU) a report names when the
variant or size is written in a native script, in the post's language, misspelt, as number words and fractions, or as a
small, big or family pack (session 18).

Written before any rule of the session changed (the fresh set after them), from the writer's knowledge of how people in
India and the Philippines name a flavour, a kind and a size (Devanagari, Bengali-Assamese, Odia, Gurmukhi, Gujarati,
Tamil, Telugu, Kannada, Malayalam and Urdu scripts; romanised Hindi, Tamil, Telugu, Kannada, Malayalam, Bengali,
Gujarati, Punjabi, Marathi; Tagalog and Cebuano); not from any labelled set or the lexicon files.

Three invented brands with 5-6 SKUs each that differ by size and variant: Tavrika (instant noodles: masala 70 / 280 g,
chicken 70 g, spicy garlic 70 g, atta masala 75 g), Nimbora (a drink: lemon 250 ml / 600 ml / 1.5 L, mango 600 ml /
1.5 L, masala 250 ml), Chaimora (tea: strong 250 g / 1 kg, classic 250 / 500 g, elaichi 100 g). About a quarter of the
reports name no single SKU (a variant in two sizes, a size of two products, a pack word two products fit, two products,
a variant the catalog lacks, the brand alone): their label is null. Outlets in Malda, Nagaon, Pathankot, Rourkela,
Berhampur, Bhimavaram, Chikkaballapur, Pathanamthitta, Virudhunagar, Unjha, Ichalkaranji, Mandsaur and Hilongos,
towns no other set uses. The fresh set adds a new brand, Rubiko (biscuits: atta 100 / 400 g, elaichi, lemon and mango
cream 100 g, sugar free 150 g), and shops in Dhenkanal, Sonpur, Tuticorin and Baler. The posts are in sku18-posts.txt (or sku18-fresh-posts.txt), one a line:
lang|category|report|sku|outlet|city|profile|text. Run from the repository root:
python3 stream-processor/src/training/build_sku18_probe_set.py [--fresh]
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH = "--fresh" in sys.argv
OUT = "stream-processor/src/test/resources/labelled/" + ("sku18-fresh" if FRESH else "sku18-probe")
POSTS = "sku18-fresh-posts.txt" if FRESH else "sku18-posts.txt"
PREFIX = "sk18f" if FRESH else "sk18"

CATALOG = {"brands": [
    {"brand": "Tavrika", "aliases": ["Tavrika", "#tavrika", "@tavrikanoodles"],
     "category_words": ["noodles", "noodle", "instant noodles"],
     "products": [
         {"sku": "TVK-MSL-70G", "name": "Tavrika Masala Noodles 70 g", "aliases": []},
         {"sku": "TVK-MSL-280G", "name": "Tavrika Masala Noodles 280 g", "aliases": []},
         {"sku": "TVK-CHK-70G", "name": "Tavrika Chicken Noodles 70 g", "aliases": []},
         {"sku": "TVK-GRL-70G", "name": "Tavrika Spicy Garlic Noodles 70 g", "aliases": []},
         {"sku": "TVK-ATM-75G", "name": "Tavrika Atta Masala Noodles 75 g", "aliases": []}]},
    {"brand": "Nimbora", "aliases": ["Nimbora", "#nimbora", "@nimboradrinks"],
     "category_words": ["drink", "soda", "cold drink"],
     "products": [
         {"sku": "NMB-LMN-250ML", "name": "Nimbora Lemon 250 ml", "aliases": []},
         {"sku": "NMB-LMN-600ML", "name": "Nimbora Lemon 600 ml", "aliases": []},
         {"sku": "NMB-LMN-1500ML", "name": "Nimbora Lemon 1.5 L", "aliases": []},
         {"sku": "NMB-MNG-600ML", "name": "Nimbora Mango 600 ml", "aliases": []},
         {"sku": "NMB-MNG-1500ML", "name": "Nimbora Mango 1.5 L", "aliases": []},
         {"sku": "NMB-MSL-250ML", "name": "Nimbora Masala 250 ml", "aliases": []}]},
    {"brand": "Chaimora", "aliases": ["Chaimora", "#chaimora", "@chaimoratea"],
     "category_words": ["tea", "chai", "chaha", "chaa"],
     "products": [
         {"sku": "CHM-STR-250G", "name": "Chaimora Strong 250 g", "aliases": []},
         {"sku": "CHM-STR-1KG", "name": "Chaimora Strong 1 kg", "aliases": []},
         {"sku": "CHM-CLS-250G", "name": "Chaimora Classic 250 g", "aliases": []},
         {"sku": "CHM-CLS-500G", "name": "Chaimora Classic 500 g", "aliases": []},
         {"sku": "CHM-ELC-100G", "name": "Chaimora Elaichi 100 g", "aliases": []}]},
]}
# sku18-fresh only: a new brand, written after the rules changed
FRESH_BRANDS = [
    {"brand": "Rubiko", "aliases": ["Rubiko", "#rubiko", "@rubikobiscuits"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [
         {"sku": "RBK-ATT-100G", "name": "Rubiko Atta Biscuits 100 g", "aliases": []},
         {"sku": "RBK-ATT-400G", "name": "Rubiko Atta Biscuits 400 g", "aliases": []},
         {"sku": "RBK-ELC-100G", "name": "Rubiko Elaichi Cream 100 g", "aliases": []},
         {"sku": "RBK-LMN-100G", "name": "Rubiko Lemon Cream 100 g", "aliases": []},
         {"sku": "RBK-MNG-100G", "name": "Rubiko Mango Cream 100 g", "aliases": []},
         {"sku": "RBK-SGF-150G", "name": "Rubiko Sugar Free 150 g", "aliases": []}]},
]

OUTLETS = [
    ("MLD-01", "Kundu Bhandar", "English Bazar, Malda 732101", "English Bazar", "Malda", "West Bengal", "India", 25.0110, 88.1410),
    ("MLD-02", "Maa Tara Bhandar", "Rathbari, Malda 732101", "Rathbari", "Malda", "West Bengal", "India", 25.0030, 88.1440),
    ("NGN-01", "Borah General Store", "Haiborgaon, Nagaon 782002", "Haiborgaon", "Nagaon", "Assam", "India", 26.3470, 92.6840),
    ("PTK-01", "Mahajan Karyana Store", "Dalhousie Road, Pathankot 145001", "Dalhousie Road", "Pathankot", "Punjab", "India", 32.2740, 75.6520),
    ("PTK-02", "Sharma Di Hatti", "Mission Road, Pathankot 145001", "Mission Road", "Pathankot", "Punjab", "India", 32.2680, 75.6450),
    ("RKL-01", "Jena Stores", "Udit Nagar, Rourkela 769012", "Udit Nagar", "Rourkela", "Odisha", "India", 22.2260, 84.8640),
    ("BRH-01", "Patra Kirana", "Gandhi Nagar, Berhampur 760001", "Gandhi Nagar", "Berhampur", "Odisha", "India", 19.3140, 84.7940),
    ("BMV-01", "Sri Durga Kirana", "Gunupudi, Bhimavaram 534201", "Gunupudi", "Bhimavaram", "Andhra Pradesh", "India", 16.5440, 81.5210),
    ("BMV-02", "Raju General Stores", "Main Road, Bhimavaram 534201", "Main Road", "Bhimavaram", "Andhra Pradesh", "India", 16.5400, 81.5230),
    ("CKB-01", "Nandi Provision Stores", "BB Road, Chikkaballapur 562101", "BB Road", "Chikkaballapur", "Karnataka", "India", 13.4350, 77.7310),
    ("CKB-02", "Chowdeshwari Stores", "Prashanth Nagar, Chikkaballapur 562101", "Prashanth Nagar", "Chikkaballapur", "Karnataka", "India", 13.4320, 77.7270),
    ("PTA-01", "Mathew Stores", "Central Junction, Pathanamthitta 689645", "Central Junction", "Pathanamthitta", "Kerala", "India", 9.2650, 76.7870),
    ("PTA-02", "St George Provisions", "Kumbazha, Pathanamthitta 689653", "Kumbazha", "Pathanamthitta", "Kerala", "India", 9.2760, 76.7750),
    ("VDN-01", "Murugan Stores", "Main Bazaar, Virudhunagar 626001", "Main Bazaar", "Virudhunagar", "Tamil Nadu", "India", 9.5850, 77.9580),
    ("VDN-02", "Nadar Maligai", "Aruppukottai Road, Virudhunagar 626001", "Aruppukottai Road", "Virudhunagar", "Tamil Nadu", "India", 9.5790, 77.9660),
    ("UNJ-01", "Umiya Provision", "Station Road, Unjha 384170", "Station Road", "Unjha", "Gujarat", "India", 23.8050, 72.3930),
    ("ICH-01", "Patil Kirana", "Shahapur, Ichalkaranji 416115", "Shahapur", "Ichalkaranji", "Maharashtra", "India", 16.6920, 74.4600),
    ("MDS-01", "Agrawal Kirana Store", "Sadar Bazar, Mandsaur 458001", "Sadar Bazar", "Mandsaur", "Madhya Pradesh", "India", 24.0700, 75.0690),
    ("MDS-02", "Pashupati General Store", "Gandhi Chouraha, Mandsaur 458001", "Gandhi Chouraha", "Mandsaur", "Madhya Pradesh", "India", 24.0650, 75.0750),
    ("PH-01", "Aling Ising Sari-Sari Store", "Poblacion, Hilongos 6524", "Poblacion", "Hilongos", "Leyte", "Philippines", 10.3730, 124.7500),
    ("PH-02", "Tiangco Grocery", "Eastern Poblacion, Hilongos 6524", "Eastern Poblacion", "Hilongos", "Leyte", "Philippines", 10.3760, 124.7480),
]
FRESH_OUTLETS = [
    ("DNK-01", "Sahoo Bhandar", "Kunjakanta, Dhenkanal 759001", "Kunjakanta", "Dhenkanal", "Odisha", "India", 20.6590, 85.5980),
    ("SNP-01", "Gupta Kirana Bhandar", "Mela Road, Sonpur 841101", "Mela Road", "Sonpur", "Bihar", "India", 25.6980, 85.1770),
    ("TUT-01", "Selvam Stores", "Great Cotton Road, Tuticorin 628001", "Great Cotton Road", "Tuticorin", "Tamil Nadu", "India", 8.8050, 78.1460),
    ("BLR-01", "Angara Sari-Sari Store", "Suklayin, Baler 3200", "Suklayin", "Baler", "Aurora", "Philippines", 15.7590, 121.5620),
]
if FRESH:
    CATALOG["brands"].extend(FRESH_BRANDS)
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
                         "author": {"id": f"u-{PREFIX}-{i:03d}", "handle": f"shopper18{i:03d}", "display_name": None,
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
