# Scores the SKU of the true reports of a labelled set from `evaluate --predictions FILE`, counting the reports whose
# label has no SKU too (evaluate's "sku accuracy" counts only labels with one): a report whose words do not tell one
# product is right only when it is given none. Usage: score_sku_nulls.py SET_DIR PREDICTIONS [--errors]
import collections, json, sys

labels = {j["id"]: j for j in map(json.loads, open(sys.argv[1] + "/labels.jsonl", encoding="utf-8"))}
texts = {j["id"]: j["text"] for j in map(json.loads, open(sys.argv[1] + "/mentions.jsonl", encoding="utf-8"))}
preds = {j["id"]: j for j in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
by = collections.defaultdict(lambda: [0, 0])
named = [0, 0]
for i, l in labels.items():
    if not l["stockout"]:
        continue
    got = preds[i].get("sku")
    ok = got == l["sku"]
    for key in ("all", "sku given" if l["sku"] else "sku null", l.get("category")):
        by[key][0] += ok
        by[key][1] += 1
    if l["sku"] is None:
        named[0] += got is not None
        named[1] += 1
    if not ok and "--errors" in sys.argv:
        print("%s  want %s  got %s  [%s]  %s" % (i, l["sku"], got, l.get("category"), texts[i]))
for k, (a, n) in sorted(by.items(), key=lambda kv: (kv[0] not in ("all", "sku given", "sku null"), kv[0])):
    print("%-18s %.3f (%d/%d)" % (k, a / n, a, n))
print("null named         %d/%d" % tuple(named))
