# -*- coding: utf-8 -*-
"""Writes ../README.md with the counts of the built set."""
import csv, json, os
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ments = [json.loads(l) for l in open(os.path.join(OUT, "mentions.jsonl"), encoding="utf-8")]
labs = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
cat = json.load(open(os.path.join(OUT, "catalog.json"), encoding="utf-8"))
rows = list(csv.DictReader(open(os.path.join(OUT, "outlets.csv"), encoding="utf-8", newline="")))
rep = [l for l in labs if l["stockout"]]
langs = Counter(l["lang"] for l in labs)
cats = Counter(l["category"] for l in labs)
cat_rep = Counter(l["category"] for l in rep)
city_n = Counter(r["city"] for r in rows)
country = {r["city"]: r["country"] for r in rows}
en = langs["en"]
L = []
w = L.append
w("# frozen14 — blind held-out set (examiner-written, 2026-12-07)")
w("")
w("500 hand-written social posts (ids f14-0001..f14-0500) about three invented brands, with an invented")
w("outlet registry in 18 real towns of India and the Philippines. Files follow `/work/shared/eval/FORMAT.md`;")
w("labels carry two extra fields, `category` (one word) and `lang` (BCP-47 of the text).")
w("Built by `src/build.py` (python3, standard library, seed 14014) from the sentences in")
w("`src/frames_reports.py` and `src/frames_other.py` and the registry in `src/registry.py`;")
w("`src/validate.py` checks the files, `src/readme.py` writes this file. Rebuild: `cd src && python3 build.py`.")
w("")
w("## Brands (catalog.json)")
for b in cat["brands"]:
    w("- **%s** — %s" % (b["brand"], ", ".join(p["sku"] for p in b["products"])))
w("")
w("- Dhamaka (instant noodles, India only) is also an ordinary Hindi/Urdu/Marathi/Punjabi word (\"blast, bang, big")
w("  sale\"); posts using the word in that sense are `other-sense` and not reports.")
w("- Ruzzo (fruit drink: mango and litchi in 250 ml and 1.5 L, jeera soda, calamansi) is sold in both countries;")
w("  Smilix (toothpaste: mint 100 g / 150 g, clove 100 g, kids 50 g) too.")
w("- Look-alike brands that are NOT tracked: **Dhamaal** (noodles), **Razzo** (cola), **Smilodent** (toothpaste).")
w("")
w("## Outlets (outlets.csv)")
w("%d outlets in %d cities (%d India, %d Philippines), 6–8 per city. Chain and common names recur across cities"
  % (len(rows), len(city_n), sum(1 for c in city_n if country[c] == "IN"), sum(1 for c in city_n if country[c] == "PH")))
w("(Apollo Pharmacy, Reliance Smart Point, Shree Ganesh Kirana Store, Mercury Drug, 7-Eleven, Julie's Bakeshop …) and")
w("some recur inside one city in two localities (e.g. Apollo Pharmacy in Udaipur, Gupta General Store in Haridwar,")
w("Alfamart in Cabuyao), so the name plus the city alone does not identify them. Two Malabon outlets")
w("(Aling Nena's Sari-Sari Store and Julie's Bakeshop, Tinajeros) stand 35 m apart on purpose.")
w("")
w("| city | country | outlets |")
w("|---|---|---|")
for c in sorted(city_n):
    w("| %s | %s | %d |" % (c, country[c], city_n[c]))
w("")
w("## Labelling rules used")
w("- `stockout` true: the post says a tracked brand/product is unavailable now somewhere (shop, locality, city or")
w("  unnamed), or asks for it to be stocked because it is missing. Contrast posts (\"not at X, Y has it\") are")
w("  reports about X. Reposts are always false.")
w("- `sku` only when exactly one catalog product is identified (\"Ruzzo mango 1.5L\" yes; \"Ruzzo 1.5 ltr\" or")
w("  \"Dhamaka masala\" without size no, since two products fit).")
w("- `outlet_id` only when exactly one registry outlet is identified: a name unique in the named city, name +")
w("  locality, owner nickname + locality, or \"this shop/here\" with a device location within 40 m of one outlet and")
w("  no other outlet within 60 m. A shop name with no city/locality and several registry matches gets no outlet,")
w("  even when the profile names the town. Landmark descriptions (\"the shop opposite the bus stand\") get no outlet.")
w("- `city`/`locality`: from the text, else from the device location (nearest locality), else the profile")
w("  location (city only). When an outlet is identified its locality is given. Non-reports have all four null.")
w("")
w("## Counts")
w("- mentions: %d; reports (stockout true): %d; non-reports: %d" % (len(labs), len(rep), len(labs) - len(rep)))
w("- reposts (is_repost true): %d; with device geo: %d" % (sum(m["is_repost"] for m in ments), sum(m["geo"] is not None for m in ments)))
w("- reports with outlet_id: %d; with city: %d; with locality: %d; with sku: %d"
  % (sum(1 for l in rep if l["outlet_id"]), sum(1 for l in rep if l["city"]), sum(1 for l in rep if l["locality"]),
     sum(1 for l in rep if l["sku"])))
w("- sources: %s" % ", ".join("%s %d" % kv for kv in Counter(m["source"] for m in ments).most_common()))
w("- languages: %d codes; English share %.1f%% (%d posts)" % (len(langs), 100.0 * en / len(labs), en))
w("")
w("| lang | posts |")
w("|---|---|")
for k, v in langs.most_common():
    w("| %s | %d |" % (k, v))
w("")
w("| category | posts | reports |")
w("|---|---|---|")
for k, v in sorted(cats.items(), key=lambda kv: (0 if cat_rep[kv[0]] else 1, -kv[1], kv[0])):
    w("| %s | %d | %d |" % (k, v, cat_rep[k]))
w("")
w("Category words for reports beyond the brief's list: `chronic` (always missing), `locality` (only a locality")
w("named), `city` (only the city named), `profile` (place only in the author profile).")
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
