#!/usr/bin/env python3
"""Turns written-posts.tsv (label, lang, category, text; every post invented for this project) into the labelled-set
files mentions.jsonl and labels.jsonl of stream-processor/src/main/resources/training/written, the report model's own
training set (catalog.json and outlets.csv there are written by hand). Only the stock-out label is meant: the labels
carry no SKU, outlet or city. Run from the repository root:
    python3 stream-processor/src/training/build_written_set.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "written-posts.tsv")
TARGET = os.path.join(HERE, "..", "main", "resources", "training", "written")

SOURCES = ["x", "sms", "whatsapp", "mastodon", "bluesky"]

def main():
    mentions, labels = [], []
    with open(SOURCE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            label, lang, category, text = line.split("\t")
            n = len(mentions) + 1
            source = "sms" if category == "sms" else SOURCES[n % len(SOURCES)]
            mid = "%s-w%04d" % (source, n)
            handle = "writer%03d" % (n % 97)
            mentions.append({"id": mid, "source": source, "created_at": "2026-12-01T%02d:%02d:00Z" % (n // 60 % 24, n % 60),
                             "author": {"id": "u-" + handle, "handle": handle, "display_name": None, "location": None, "followers": n % 300},
                             "text": text, "lang": lang, "geo": None, "is_repost": False})
            labels.append({"id": mid, "stockout": label == "1", "sku": None, "outlet_id": None, "city": None,
                           "locality": None, "category": category, "lang": lang})
    for name, rows in (("mentions.jsonl", mentions), ("labels.jsonl", labels)):
        with open(os.path.join(TARGET, name), "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("%d mentions, %d reports" % (len(labels), sum(1 for l in labels if l["stockout"])))

if __name__ == "__main__":
    main()
