# Writes the "script15-fresh" labelled set (session 15): new posts of the classes of error found on script15-probe,
# written after the rules changed, to see whether the fixes carry over to sentences they were not written on (the
# brand read as a town with a case ending, flavour words in the scripts and with endings glued, a shop's word that
# begins a locality of another city, the Arabic article glued to a shop name). Same catalog and registry as
# script15-probe. Usage: python3 build_script15_fresh_set.py <script15-probe dir> <out dir>
import json, os, shutil, sys
SRC, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
for f in ("catalog.json", "outlets.csv"):
    shutil.copy(os.path.join(SRC, f), os.path.join(OUT, f))
CITY, LOC = {}, {}
for line in open(os.path.join(SRC, "outlets.csv"), encoding="utf-8").read().splitlines()[1:]:
    oid, rest = line.split(",", 1)
    parts = line.split('"')
    tail = parts[2].lstrip(",").split(",")
    LOC[oid], CITY[oid] = tail[0], tail[1]
M = [
 ("bn", "brand-as-town", True, "ঘোষ স্টোর্সে টিক্কোলো টমেটোর প্যাকেট একটাও নেই", "KGP-02", "TKL-TOM-40"),
 ("ta", "brand-as-town", True, "Tikkolo மசாலா 40 கிராம் ஸ்ரீ முருகன் ஸ்டோர்ஸ் பிரப் ரோடுல இல்லை", "ERD-01", "TKL-MAS-40"),
 ("gu", "brand-as-town", True, "ગિરનાર માર્ટમાં Tikkolo ટામેટા વેફર નથી મળતી", "JND-03", "TKL-TOM-40"),
 ("or", "brand-as-town", True, "ମା ତାରିଣୀ ଷ୍ଟୋରରେ Tikkolo ମସଲା ୪୦ ଗ୍ରାମ ସରିଗଲା", "BLS-01", "TKL-MAS-40"),
 ("te", "variant-native", True, "శ్రీ వెంకటేశ్వర కిరాణాలో మార్వోసా నిమ్మకాయ జ్యూస్ లేదు", "NLG-01", "MRV-LMN-250"),
 ("pa", "variant-native", True, "ਗੁਰੂ ਕਿਰਪਾ ਕਰਿਆਨਾ ਸਟੋਰ ਤੇ ਮਾਰਵੋਸਾ ਸੰਤਰੇ ਵਾਲਾ ਖ਼ਤਮ ਹੈ", "BTI-01", "MRV-ORG-250"),
 ("ur", "variant-native", True, "نورانی جنرل اسٹور میں ڈولمیرو مکھن بسکٹ ختم ہو گئے", "MLG-01", "DLM-BUT-75"),
 ("kn", "variant-native", True, "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಡೋಲ್ಮಿರೋ ಬೆಣ್ಣೆ ಬಿಸ್ಕತ್ ಖಾಲಿ", "DVG-02", "DLM-BUT-75"),
 ("bn", "variant-native", True, "মা তারা ভান্ডারে মার্ভোসা লেবুর বোতল নেই", "KGP-01", "MRV-LMN-250"),
 ("ml", "shop-word-locality", True, "ശ്രീ കൃഷ്ണ ബേക്കറി തളാപ്പ് - മാർവോസ ഓറഞ്ച് കിട്ടാനില്ല", "KNR-02", "MRV-ORG-250"),
 ("hi", "shop-word-locality", True, "कृष्णा नगर गुप्ता जनरल स्टोर में डोल्मिरो मक्खन बिस्कुट खत्म", "MTR-02", "DLM-BUT-75"),
 ("ur", "arabic-article", True, "المدینہ کرانہ اسلام پورہ میں مارووسا آم ۱ لیٹر ختم", "MLG-02", "MRV-MNG-1L"),
 ("ur", "found", False, "المدینہ کرانہ میں ٹکولو ٹماٹر آ گیا ہے", None, None),
 ("te", "found", False, "సాయి రామ్ మార్ట్ లో టిక్కోలో ఉప్పు చిప్స్ దొరికాయి", None, None),
 ("bn", "fruit-not-product", False, "খড়গপুরের বাজারে লেবুর দাম খুব বেড়েছে, টিক্কোলো খেয়ে থাকি", None, None),
 ("ta", "in-stock", False, "டிக்கோலோ உப்பு சிப்ஸ் அன்னை ஸ்டோரில் நிறைய இருக்கு", None, None),
 ("kn", "question", False, "ಟಿಕ್ಕೋಲೋ ಟೊಮೆಟೊ ಲಕ್ಷ್ಮಿ ಜನರಲ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಸಿಗುತ್ತಾ?", None, None),
 ("ml", "praise", False, "മാർവോസ നാരങ്ങ വേനലിൽ ഏറ്റവും നല്ലത്", None, None),
]
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (lang, cat, so, text, outlet, sku) in enumerate(M):
        mid = "s15f-%s-%02d" % (lang, i + 1)
        fm.write(json.dumps({"id": mid, "source": SOURCES[i % 5], "created_at": "2026-12-07T%02d:%02d:00Z" % (6 + i % 12, i),
                             "author": {"id": "u-s15f%03d" % i, "handle": "script15f_%03d" % i, "display_name": None,
                                        "location": None, "followers": 4 + i}, "text": text, "lang": None, "geo": None,
                             "is_repost": False}, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"id": mid, "stockout": so, "sku": sku, "outlet_id": outlet,
                             "city": CITY.get(outlet) if outlet else None, "locality": LOC.get(outlet) if outlet else None,
                             "category": cat, "lang": lang}, ensure_ascii=False) + "\n")
print(len(M), "mentions")
