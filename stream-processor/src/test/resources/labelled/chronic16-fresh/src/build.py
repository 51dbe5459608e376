"""Builds chronic16-fresh from fresh.py and the registry of chronic16-probe: python3 build.py (run in src/)."""
import json, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "chronic16-probe", "src"))
from outlets import write, OUTLET_BY_ID  # the registry of chronic16-probe, shared
from fresh import ROWS

random.seed(1617)
here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.dirname(here)
write(folder)
with open(f"{folder}/mentions.jsonl", "w") as m, open(f"{folder}/labels.jsonl", "w") as l:
    for i, (text, stockout, sku, outlet, city, locality, category, lang) in enumerate(ROWS, 1):
        mid = f"c16f-{i:03d}"
        if outlet and locality is None:
            locality = None
        m.write(json.dumps({"id": mid, "source": random.choice(["x", "whatsapp", "sms", "mastodon"]),
                            "created_at": f"2026-12-0{1 + i % 6}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
                            "author": {"id": f"u-c16f{i:03d}", "handle": f"c16f_user{i:03d}", "display_name": None,
                                       "location": None, "followers": random.randint(10, 2000)},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku, "outlet_id": outlet, "city": city,
                            "locality": locality, "category": category, "lang": lang}, ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for r in ROWS if r[1]), "reports")
