#!/usr/bin/env python3
"""Builds labelled/sku19-probe (and, with --fresh, labelled/sku19-fresh): which product (SKU) a report names in the
product kinds the project had met least (detergent, soap, shampoo, toothpaste, instant and cup noodles, tea, coffee,
cooking oil; the fresh set adds baby food and biscuits by count): a product named by its kind word when the brand sells
one product of that kind, a pack word (sachet, pouch, refill, tingi, tube, bottle, bar, packet) against the catalog's
names, units and number words per language and script, price packs ("10 rupaye wala") when the catalog names a price,
a variant in a native script, misspelt, or alone (session 19).

Written before any rule of the session changed (the fresh set after them), from the writer's knowledge of how people
in India and the Philippines name these goods and their packs (Devanagari for Hindi, Marathi and Nepali; Bengali and
Assamese, Odia, Gurmukhi, Gujarati, Urdu, Tamil, Telugu, Kannada and Malayalam scripts; romanised Hindi; English,
Tagalog, Cebuano); not from any labelled set or the lexicon files.

Three invented brands: Suvelo (personal care: neem soap 100 g, anti-dandruff shampoo 180 ml bottle and 6 ml Rs 2
sachet, toothpaste 150 g and 50 g Rs 20), Dhulora (laundry: detergent powder 1 kg, 500 g and 80 g Rs 10, detergent
bar 250 g, liquid detergent 1 L refill pouch and 500 ml bottle), Rasvika (foods: masala noodles 70 g and a 4 pack
280 g, cup noodles 60 g, tea 250 g, instant coffee 50 g jar, sunflower oil 1 L pouch). About a quarter of the reports
name no single SKU (a kind or pack word two products fit, a size or price of none or two, two products, a kind or
variant the catalog lacks, the brand alone): their label is null. Outlets in Daltonganj, Bijnor, Kurseong, Shirpur,
Contai, Jangipur, Arani, Narsaraopet, Gudur, Bhadravati, Chalakudy, Khambhat, Samrala, Balangir, Barpeta, Masbate and
Guihulngan, towns no other set uses. The fresh set adds a new brand, Poshvi (baby cereal and biscuits by count), and
shops in four more towns (FRESH_OUTLETS). The posts are in sku19-posts.txt (or sku19-fresh-posts.txt), one
a line: lang|category|report|sku|outlet|city|profile|text. Run from the repository root:
python3 stream-processor/src/training/build_sku19_probe_set.py [--fresh]
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH = "--fresh" in sys.argv
OUT = "stream-processor/src/test/resources/labelled/" + ("sku19-fresh" if FRESH else "sku19-probe")
POSTS = "sku19-fresh-posts.txt" if FRESH else "sku19-posts.txt"
PREFIX = "sk19f" if FRESH else "sk19"

CATALOG = {"brands": [
    {"brand": "Suvelo", "aliases": ["Suvelo", "#suvelo", "@suvelocare"],
     "category_words": ["soap", "shampoo", "toothpaste"],
     "products": [
         {"sku": "SVL-SOP-100G", "name": "Suvelo Neem Soap 100 g", "aliases": []},
         {"sku": "SVL-SHP-180ML", "name": "Suvelo Anti Dandruff Shampoo 180 ml Bottle", "aliases": []},
         {"sku": "SVL-SHP-SCH", "name": "Suvelo Anti Dandruff Shampoo Sachet 6 ml Rs 2", "aliases": []},
         {"sku": "SVL-TPS-150G", "name": "Suvelo Toothpaste 150 g", "aliases": []},
         {"sku": "SVL-TPS-50G", "name": "Suvelo Toothpaste 50 g Rs 20", "aliases": []}]},
    {"brand": "Dhulora", "aliases": ["Dhulora", "#dhulora", "@dhulorawash"],
     "category_words": ["detergent", "washing powder"],
     "products": [
         {"sku": "DHL-PWD-1KG", "name": "Dhulora Detergent Powder 1 kg", "aliases": []},
         {"sku": "DHL-PWD-500G", "name": "Dhulora Detergent Powder 500 g", "aliases": []},
         {"sku": "DHL-PWD-RS10", "name": "Dhulora Detergent Powder 80 g Rs 10", "aliases": []},
         {"sku": "DHL-BAR-250G", "name": "Dhulora Detergent Bar 250 g", "aliases": []},
         {"sku": "DHL-LIQ-1L", "name": "Dhulora Liquid Detergent 1 L Refill Pouch", "aliases": []},
         {"sku": "DHL-LIQ-500ML", "name": "Dhulora Liquid Detergent 500 ml Bottle", "aliases": []}]},
    {"brand": "Rasvika", "aliases": ["Rasvika", "#rasvika", "@rasvikafoods"],
     "category_words": ["noodles", "noodle", "tea", "chai", "coffee", "oil"],
     "products": [
         {"sku": "RSV-NDL-70G", "name": "Rasvika Masala Noodles 70 g", "aliases": []},
         {"sku": "RSV-NDL-280G", "name": "Rasvika Masala Noodles 4 Pack 280 g", "aliases": []},
         {"sku": "RSV-CUP-60G", "name": "Rasvika Cup Noodles Masala 60 g", "aliases": []},
         {"sku": "RSV-TEA-250G", "name": "Rasvika Premium Tea 250 g", "aliases": []},
         {"sku": "RSV-COF-50G", "name": "Rasvika Instant Coffee 50 g Jar", "aliases": []},
         {"sku": "RSV-OIL-1L", "name": "Rasvika Sunflower Oil 1 L Pouch", "aliases": []}]},
]}
# sku19-fresh only: a new brand, written after the rules changed
FRESH_BRANDS = [
    {"brand": "Poshvi", "aliases": ["Poshvi", "#poshvi", "@poshvifoods"],
     "category_words": ["biscuits", "biscuit", "baby food", "cereal"],
     "products": [
         {"sku": "PSV-CRL-300G", "name": "Poshvi Baby Cereal Wheat Apple 300 g Box", "aliases": []},
         {"sku": "PSV-CRL-RICE-300G", "name": "Poshvi Baby Cereal Rice 300 g Box", "aliases": []},
         {"sku": "PSV-BSC-12PC", "name": "Poshvi Milk Biscuits 12 pcs Rs 10", "aliases": []},
         {"sku": "PSV-BSC-24PC", "name": "Poshvi Milk Biscuits 24 pcs Rs 20", "aliases": []},
         {"sku": "PSV-BSC-GLU", "name": "Poshvi Glucose Biscuits 200 g", "aliases": []}]},
]

OUTLETS = [
    ("DTG-01", "Sahu Kirana Store", "Redma, Daltonganj 822101", "Redma", "Daltonganj", "Jharkhand", "India", 24.0370, 84.0690),
    ("DTG-02", "Prasad General Store", "Bazar Samiti, Daltonganj 822101", "Bazar Samiti", "Daltonganj", "Jharkhand", "India", 24.0310, 84.0610),
    ("BJN-01", "Rahmat General Store", "Jama Masjid Road, Bijnor 246701", "Jama Masjid Road", "Bijnor", "Uttar Pradesh", "India", 29.3730, 78.1360),
    ("KRS-01", "Tamang Store", "Hill Cart Road, Kurseong 734203", "Hill Cart Road", "Kurseong", "West Bengal", "India", 26.8810, 88.2770),
    ("SHP-01", "Mahalaxmi Kirana", "Main Road, Shirpur 425405", "Main Road", "Shirpur", "Maharashtra", "India", 21.3490, 74.8800),
    ("CNT-01", "Maity Bhandar", "Darua, Contai 721401", "Darua", "Contai", "West Bengal", "India", 21.7790, 87.7510),
    ("JGP-01", "Sarkar Stores", "Raghunathganj, Jangipur 742225", "Raghunathganj", "Jangipur", "West Bengal", "India", 24.4640, 88.0710),
    ("ARN-01", "Selvi Stores", "Gandhi Road, Arani 632301", "Gandhi Road", "Arani", "Tamil Nadu", "India", 12.6690, 79.2840),
    ("NRP-01", "Venkata Sai Kirana", "Palnadu Road, Narsaraopet 522601", "Palnadu Road", "Narsaraopet", "Andhra Pradesh", "India", 16.2350, 80.0480),
    ("GDR-01", "Lakshmi Narasimha Stores", "Nellore Road, Gudur 524101", "Nellore Road", "Gudur", "Andhra Pradesh", "India", 14.1460, 79.8500),
    ("BDV-01", "Basaveshwara Provision Stores", "New Town, Bhadravati 577301", "New Town", "Bhadravati", "Karnataka", "India", 13.8480, 75.7050),
    ("CKD-01", "Thekkekara Stores", "South Junction, Chalakudy 680307", "South Junction", "Chalakudy", "Kerala", "India", 10.3000, 76.3330),
    ("KMB-01", "Khodiyar Provision", "Station Road, Khambhat 388620", "Station Road", "Khambhat", "Gujarat", "India", 22.3130, 72.6190),
    ("SMR-01", "Garg Karyana Store", "Main Bazar, Samrala 141114", "Main Bazar", "Samrala", "Punjab", "India", 30.8360, 76.1890),
    ("BLG-01", "Mishra Bhandar", "Tikrapara, Balangir 767001", "Tikrapara", "Balangir", "Odisha", "India", 20.7070, 83.4840),
    ("BPT-01", "Das Bhandar", "Ganakkuchi, Barpeta 781301", "Ganakkuchi", "Barpeta", "Assam", "India", 26.3230, 91.0060),
    ("MSB-01", "Aling Nena Sari-Sari Store", "Bapor, Masbate 5400", "Bapor", "Masbate", "Masbate", "Philippines", 12.3690, 123.6170),
    ("GHL-01", "Bulawan Store", "Poblacion, Guihulngan 6214", "Poblacion", "Guihulngan", "Negros Oriental", "Philippines", 10.1210, 123.2740),
]
FRESH_OUTLETS = [
    ("MKR-01", "Saini Karyana", "Talwara Road, Mukerian 144211", "Talwara Road", "Mukerian", "Punjab", "India", 31.9510, 75.6160),
    ("GLP-01", "Rabha Stores", "Tilapara, Goalpara 783101", "Tilapara", "Goalpara", "Assam", "India", 26.1750, 90.6260),
    ("CLP-01", "Sri Sai Ram Stores", "Trunk Road, Chilakaluripet 522616", "Trunk Road", "Chilakaluripet", "Andhra Pradesh", "India", 16.0890, 80.1670),
    ("KBC-01", "Maligaya Store", "Poblacion, Kabacan 9407", "Poblacion", "Kabacan", "Cotabato", "Philippines", 7.1060, 124.8290),
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
                         "author": {"id": f"u-{PREFIX}-{i:03d}", "handle": f"shopper19{i:03d}", "display_name": None,
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
