#!/usr/bin/env python3
"""Builds labelled/spell16-probe: misspelt brands, shops and localities, and the SKU from sizes and variants written
many ways (session 16).

Written before any rule of the session changed, from the writer's knowledge of how people type on a phone in India
and the Philippines (doubled, dropped and swapped letters, neighbouring keys, spellings by sound, split and joined
names, the name in a native script), how they write sizes (spaces, native digits, fractions, number words, pack words)
and variants (flavour, colour, grain in the post's language); not from any labelled set or the lexicon files.

Six invented brands with 4-5 SKUs each that differ by size or variant: Rasmeeta (fruit drink), Dhanvika (atta),
Suryela (cooking oil), Zorbito (chocolate), Kaprisa (3-in-1 coffee, Philippines), Lutavia (soy sauce and vinegar,
Philippines). Invented look-alike brands the catalog does not know (Rasmita, Dhanvita, Dhanika, Suryala, Zorbeto,
Zorbita, Kaprissa, Lutaria, Lutavio, ...) and everyday words and names near a brand (Rasmeet, dhaniya, Surya, Zorba,
caprese, sorbet). Outlets in Chikmagalur, Sirsa, Karimganj, Palakkad, Koraput, Dhule, Mehsana, Theni, Bayugan and
Baliwag, cities no other set uses. The posts are in stream-processor/src/training/spell16-posts.txt, one a line:
lang|category|report|sku|outlet|text. Run from the repository root:
python3 stream-processor/src/training/build_spell16_probe_set.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = "stream-processor/src/test/resources/labelled/spell16-probe"

CATALOG = {"brands": [
    {"brand": "Rasmeeta", "aliases": ["Rasmeeta", "#rasmeeta", "@rasmeetadrinks"],
     "category_words": ["juice", "drink", "fruit drink"],
     "products": [
         {"sku": "RSM-MNG-200ML", "name": "Rasmeeta Mango 200 ml", "aliases": []},
         {"sku": "RSM-MNG-600ML", "name": "Rasmeeta Mango 600 ml", "aliases": []},
         {"sku": "RSM-MNG-1200ML", "name": "Rasmeeta Mango 1.2 L", "aliases": []},
         {"sku": "RSM-LIT-200ML", "name": "Rasmeeta Litchi 200 ml", "aliases": []},
         {"sku": "RSM-GUA-600ML", "name": "Rasmeeta Guava 600 ml", "aliases": []}]},
    {"brand": "Dhanvika", "aliases": ["Dhanvika", "#dhanvika", "@dhanvikaatta"],
     "category_words": ["atta", "aata", "flour"],
     "products": [
         {"sku": "DHV-CHK-1KG", "name": "Dhanvika Chakki Atta 1 kg", "aliases": []},
         {"sku": "DHV-CHK-5KG", "name": "Dhanvika Chakki Atta 5 kg", "aliases": []},
         {"sku": "DHV-CHK-10KG", "name": "Dhanvika Chakki Atta 10 kg", "aliases": []},
         {"sku": "DHV-MLT-5KG", "name": "Dhanvika Multigrain Atta 5 kg", "aliases": []}]},
    {"brand": "Suryela", "aliases": ["Suryela", "#suryela", "@suryelaoil"],
     "category_words": ["oil", "tel", "cooking oil"],
     "products": [
         {"sku": "SRY-SUN-500ML", "name": "Suryela Sunflower Oil 500 ml pouch", "aliases": []},
         {"sku": "SRY-SUN-1L", "name": "Suryela Sunflower Oil 1 L pouch", "aliases": []},
         {"sku": "SRY-SUN-5L", "name": "Suryela Sunflower Oil 5 L can", "aliases": []},
         {"sku": "SRY-GND-1L", "name": "Suryela Groundnut Oil 1 L pouch", "aliases": []}]},
    {"brand": "Zorbito", "aliases": ["Zorbito", "#zorbito", "@zorbitochoco"],
     "category_words": ["chocolate", "choco", "bar"],
     "products": [
         {"sku": "ZRB-MLK-13G", "name": "Zorbito Milk 13 g", "aliases": []},
         {"sku": "ZRB-MLK-50G", "name": "Zorbito Milk 50 g", "aliases": []},
         {"sku": "ZRB-HAZ-50G", "name": "Zorbito Hazelnut 50 g", "aliases": []},
         {"sku": "ZRB-DRK-50G", "name": "Zorbito Dark 50 g", "aliases": []},
         {"sku": "ZRB-MLK-150G", "name": "Zorbito Milk Family Pack 150 g", "aliases": []}]},
    {"brand": "Kaprisa", "aliases": ["Kaprisa", "#kaprisa", "@kaprisacoffee"],
     "category_words": ["coffee", "kape", "3in1"],
     "products": [
         {"sku": "KPR-ORG-20G", "name": "Kaprisa Original 3in1 20 g", "aliases": []},
         {"sku": "KPR-BRN-25G", "name": "Kaprisa Brown 3in1 25 g", "aliases": []},
         {"sku": "KPR-ORG-10X20G", "name": "Kaprisa Original 10 x 20 g", "aliases": []},
         {"sku": "KPR-WHT-30G", "name": "Kaprisa White 3in1 30 g", "aliases": []}]},
    {"brand": "Lutavia", "aliases": ["Lutavia", "#lutavia", "@lutaviaph"],
     "category_words": ["soy sauce", "sauce", "vinegar"],
     "products": [
         {"sku": "LTV-SOY-200ML", "name": "Lutavia Toyo 200 ml", "aliases": []},
         {"sku": "LTV-SOY-500ML", "name": "Lutavia Toyo 500 ml", "aliases": []},
         {"sku": "LTV-SOY-1L", "name": "Lutavia Toyo 1 L", "aliases": []},
         {"sku": "LTV-VIN-1L", "name": "Lutavia Suka 1 L", "aliases": []}]},
]}

OUTLETS = [
    ("CKM-01", "Sri Annapoorneshwari Stores", "Basavanahalli, Chikmagalur 577101", "Basavanahalli", "Chikmagalur", "Karnataka", "India", 13.3160, 75.7720),
    ("CKM-02", "Malenadu Provision Stores", "Kalyana Nagar, Chikmagalur 577102", "Kalyana Nagar", "Chikmagalur", "Karnataka", "India", 13.3080, 75.7860),
    ("SRS-01", "Mittal Kiryana Store", "Begu Road, Sirsa 125055", "Begu Road", "Sirsa", "Haryana", "India", 29.5360, 75.0280),
    ("SRS-02", "Bansal General Store", "Hisar Gate, Sirsa 125055", "Hisar Gate", "Sirsa", "Haryana", "India", 29.5330, 75.0300),
    ("KRG-01", "Nandi Bhandar", "Station Road, Karimganj 788710", "Station Road", "Karimganj", "Assam", "India", 24.8660, 92.3590),
    ("KRG-02", "Paul Variety Stores", "Kalibari Road, Karimganj 788710", "Kalibari Road", "Karimganj", "Assam", "India", 24.8700, 92.3550),
    ("PKD-01", "Sree Guruvayurappan Stores", "Olavakkode, Palakkad 678002", "Olavakkode", "Palakkad", "Kerala", "India", 10.7950, 76.6440),
    ("PKD-02", "Mannath Provisions", "Chandranagar, Palakkad 678007", "Chandranagar", "Palakkad", "Kerala", "India", 10.7660, 76.6720),
    ("KRP-01", "Maa Tarini Bhandar", "Pujariput, Koraput 764020", "Pujariput", "Koraput", "Odisha", "India", 18.8130, 82.7110),
    ("KRP-02", "Maa Majhighariani Stores", "Medical Chhak, Koraput 764020", "Medical Chhak", "Koraput", "Odisha", "India", 18.8200, 82.7150),
    ("DHL-01", "Shree Ganesh Kirana", "Deopur, Dhule 424002", "Deopur", "Dhule", "Maharashtra", "India", 20.9200, 74.7700),
    ("DHL-02", "Khandesh Provision Stores", "Sakri Road, Dhule 424001", "Sakri Road", "Dhule", "Maharashtra", "India", 20.9010, 74.7620),
    ("MHS-01", "Khodiyar Provision Store", "Modhera Road, Mehsana 384002", "Modhera Road", "Mehsana", "Gujarat", "India", 23.5880, 72.3690),
    ("MHS-02", "Patel Kirana Bhandar", "Radhanpur Road, Mehsana 384002", "Radhanpur Road", "Mehsana", "Gujarat", "India", 23.6000, 72.3800),
    ("THN-01", "Senthil Murugan Stores", "Periyakulam Road, Theni 625531", "Periyakulam Road", "Theni", "Tamil Nadu", "India", 10.0100, 77.4700),
    ("THN-02", "Annai Provisions", "Allinagaram, Theni 625531", "Allinagaram", "Theni", "Tamil Nadu", "India", 10.0150, 77.4800),
    ("BYG-01", "Ompad Sari-Sari Store", "Poblacion, Bayugan 8502", "Poblacion", "Bayugan", "Agusan del Sur", "Philippines", 8.7150, 125.7500),
    ("BYG-02", "Tiu Grocery", "Noli, Bayugan 8502", "Noli", "Bayugan", "Agusan del Sur", "Philippines", 8.7300, 125.7600),
    ("BAL-01", "Aling Pacing Store", "Tangos, Baliwag 3006", "Tangos", "Baliwag", "Bulacan", "Philippines", 14.9550, 120.8970),
    ("BAL-02", "Dizon Minimart", "Sabang, Baliwag 3006", "Sabang", "Baliwag", "Bulacan", "Philippines", 14.9600, 120.9050),
]
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
    with open(os.path.join(HERE, "spell16-posts.txt"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("|", 5) for line in f if line.strip() and not line.startswith("#")]
    for i, (lang, category, report, sku, outlet, text) in enumerate(rows, start=1):
        mid = f"sp16-{i:03d}"
        repost = text.startswith("RT ")
        mentions.append({"id": mid, "source": SOURCES[i % len(SOURCES)],
                         "created_at": f"2026-12-0{1 + i % 6}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
                         "author": {"id": f"u-sp16-{i:03d}", "handle": f"shopper16{i:03d}", "display_name": None,
                                    "location": None, "followers": 3 + i % 40},
                         "text": text, "lang": None, "geo": None, "is_repost": repost})
        if report == "1":
            o = BY_ID[outlet]
            label = {"id": mid, "stockout": True, "sku": None if sku == "-" else sku, "outlet_id": o[0],
                     "city": o[4], "locality": o[3]}
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
