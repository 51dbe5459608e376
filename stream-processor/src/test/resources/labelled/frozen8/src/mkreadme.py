import json,csv,collections
c=json.load(open("counts.json"))
outs=list(csv.DictReader(open("outlets.csv",encoding="utf-8")))
cities=collections.OrderedDict()
for o in outs: cities.setdefault((o["country"],o["city"]),set()).add(o["locality"])
cat=json.load(open("catalog.json"))
def tbl(d): return "\n".join(f"| {k} | {v} |" for k,v in d.items())
R=f"""# frozen8 — held-out stock-out mention set (500 mentions)

held-out: written blind on 2026-12-07 (session 13); never tune rules to it.

Written by an independent examiner without reading the system. Files:
`catalog.json` (3 invented brands, {c['skus']} SKUs), `outlets.csv` ({c['outlets']} outlets), `mentions.jsonl` (500 posts, ids f8-0001..f8-0500),
`labels.jsonl` (one label per mention). `gen_base.py`/`t_rep.py`/`t_long2.py`/`t_non.py`/`gen.py` build the files from hand-written
sentences (place slots filled from the registry, seed fixed); `validate.py` checks them and writes `counts.json`; `mkreadme.py` writes this file.

## Brands
""" + "\n".join(f"- **{b['brand']}** — " + ", ".join(p['sku'] for p in b['products']) for b in cat["brands"]) + """

- Tala = chips (cheese, masala). Tala is also a girl's name (PH) and an ordinary word: Tagalog/Cebuano/Waray/Kapampangan *tala* "star", *itala* "write down";
  Hindi/Bengali/Assamese *tala/taala/তালা* "lock", Hindi *tala hua* "fried". Those posts are `other-sense`.
- Phalo = juice, two flavours (Mango 250 ml / 500 ml / 1 L / 1.5 L, Guava 500 ml / 1 L). Hindi *phalo phoolo* "prosper" is another meaning.
- Saffo = detergent powder (sachet 70 g, 500 g, 1 kg).
- Look-alike brands (not tracked): Talia wafers, Phela Blast energy drink, Phelo iced tea, Phalaa namkeen, Safo neem soap.

## Places
17 cities, 8 outlets each; shop names repeat across cities (Balaji Traders, QuickStop Mart, Gupta Medical Hall, Sai Medical, Shree Durga Stores, Lakshmi Bakery, Ramesh Kirana Store)
and within a city in two localities (e.g. Jha General Store in Laheriasarai and Bela).

""" + "\n".join(f"- {k[1]} ({k[0]}): " + ", ".join(sorted(v)) for k,v in cities.items()) + """

## Labelling rules (short)
- stockout true: a tracked brand/product is unavailable NOW at a place (shop, locality, city or unnamed), or a request to stock it because it is missing.
  False: praise, found, back in stock, adverts, brand's own posts, every repost (`is_repost` true), news, other products out, other meanings, look-alike brands,
  past/resolved, future/hypothetical/advice, questions that do not say it is missing, denials, shops advertising they have it, price/taste/pack complaints.
- sku: only when exactly one product is identified (flavour + size for Phalo, pack for Saffo, flavour for Tala); null otherwise and for non-reports.
- outlet_id: when exactly one registry outlet is identified — unique name in city, name + locality, owner's name/nickname + locality matching one outlet,
  or "here/this shop" with device geo within 40 m of it and no other outlet within 60 m. Null otherwise and for non-reports.
- city / locality: from the text, else the device location, else the author's profile location; written exactly as in outlets.csv; null for non-reports.
  Posts whose device location is 200 m+ from every outlet (no deictic word) get city + locality of the device location and no outlet.
- category: one word (list below); lang: true language of the text (`-Latn` = romanised Indic; `gom` Konkani, `tcy` Tulu, `mai` Maithili, `bho` Bhojpuri,
  `sd` Sindhi, `pam` Kapampangan, `pag` Pangasinan, `bik` Bikol, `war` Waray, `cbk` Chavacano, `sgd` Surigaonon, `ilo` Ilocano).

## Counts (from validate.py → counts.json)
- mentions {mentions}; reports (stockout true) {reports}; non-reports {non_reports}
- labels with sku {with_sku}, with outlet_id {with_outlet}, with city {with_city}, with locality {with_locality}
- posts with device geo {geo} (of which reports {geo_reports}); reposts {reposts}
- distinct base languages {languages_distinct_base}; English share (en + en-PH) {english_share}

### By category (all / stockout true)
| category | all | true |
|---|---|---|
""".format(**c) + "\n".join(f"| {k} | {v} | {c['by_category_true'].get(k,0)} |" for k,v in c["by_category"].items()) + """

### By language
| lang | n |
|---|---|
""" + tbl(c["by_lang"]) + """

### By source
| source | n |
|---|---|
""" + tbl(c["by_source"]) + """

## Notes / limits
- Many sentences are hand-written once and filled with different shops/localities; about 35 report sentences are used twice with different places
  (deictic, compact, repost copies), so some wording repeats.
- 13 report texts in non-misspelling categories carry a misspelt brand on purpose (Phallo, Falo, Pahlo, Saafo, Sapho, Taala, Tla...), besides the 13 `misspelling` posts.
- The Tulu, Konkani, Maithili, Sindhi, Surigaonon and Chavacano sentences were written by a non-native examiner; treat their finer grammar with care.
- Split is about 50 % reports (a little above the 45 % target) because every report kind asked for in the brief has its full quota.
"""
open("README.md","w",encoding="utf-8").write(R)
