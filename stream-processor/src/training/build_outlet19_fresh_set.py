# Writes the "outlet19-fresh" labelled set (session 19): 48 NEW invented posts in other towns (Katni, Haldia, Gudivada,
# Gudiyatham, Guihulngan) and another brand (Druvani, a soap), written after the session's rules by the same hand, on
# the classes of outlet19-probe: the profile city alone against a name three cities carry, a keeper's name with and
# without the locality, a locality whose word is a shop's word, a common word one letter from a short name word, shop
# kinds, shared words, same-named shops. The labels' rule is that of build_outlet19_probe_set.py. Not a held-out set.
# Usage: python3 build_outlet19_fresh_set.py stream-processor/src/test/resources/labelled/outlet19-fresh
import json, os, sys
OUT = sys.argv[1]
C = {
 "KTN": ("Katni", "Madhya Pradesh", "India", "483501"),
 "HLD": ("Haldia", "West Bengal", "India", "721602"),
 "GDV": ("Gudivada", "Andhra Pradesh", "India", "521301"),
 "GDY": ("Gudiyatham", "Tamil Nadu", "India", "632602"),
 "GHN": ("Guihulngan", "Negros Oriental", "Philippines", None),
}
SHOPS = [
 ("KTN-01", "Tiwari General Store", "Subhash Chowk", 23.83500, 80.39400, None),
 ("KTN-02", "Gupta Traders", "Jhinjhari", 23.84500, 80.40500, None),
 ("KTN-03", "Subhash Medical", "Bargawan", 23.82000, 80.38000, None),
 ("KTN-04", "Om Sai Kirana", "Subhash Chowk", 23.83650, 80.39550, None),
 ("KTN-05", "Gupta Traders", "Gayatri Nagar", 23.85000, 80.38500, None),
 ("KTN-06", "Lakshmi Narayan Stores", "Jhinjhari", 23.84650, 80.40650, None),
 ("KTN-07", "Rekha Provision Store", "Gayatri Nagar", 23.85150, 80.38650, None),
 ("HLD-01", "Das Bhandar", "Durgachak", 22.06000, 88.07000, None),
 ("HLD-02", "Das Medical Store", "Sutahata", 22.07000, 88.09000, None),
 ("HLD-03", "Lakshmi Narayan Stores", "Basudevpur", 22.05000, 88.06000, None),
 ("HLD-04", "Bose Variety Stores", "Durgachak", 22.06150, 88.07150, None),
 ("HLD-05", "Rupnarayan Stores", "Manjusree", 22.04000, 88.08000, None),
 ("GDV-01", "Sri Kanaka Durga Stores", "Eluru Road", 16.43500, 80.99500, None),
 ("GDV-02", "Lakshmi Narayan Stores", "Bantumilli Road", 16.42500, 80.98500, None),
 ("GDV-03", "Rao Provisions", "Eluru Road", 16.43650, 80.99650, None),
 ("GDV-04", "Kanaka Durga Medicals", "Bantumilli Road", 16.42650, 80.98650, None),
 ("GDV-05", "Sivaji General Stores", "Rajendra Nagar", 16.44500, 81.00500, None),
 ("GDY-01", "Ganapathy Stores", "Nellore Pet", 12.94500, 78.87300, None),
 ("GDY-02", "Ganapathy Stores", "Bazaar Street", 12.95500, 78.88300, None),
 ("GDY-03", "Raja Medicals", "Bazaar Street", 12.95650, 78.88450, None),
 ("GDY-04", "Kumar Provision Store", "Nellore Pet", 12.94650, 78.87450, None),
 ("GDY-05", "Sivaji General Stores", "Kamaraj Nagar", 12.93500, 78.86300, None),
 ("GHN-01", "Aling Tessie Store", "Poblacion", 10.11700, 123.27000, None),
 ("GHN-02", "Tessie's Bakery", "Plagatasanon", 10.12500, 123.28000, None),
 ("GHN-03", "Villanueva Minimart", "Poblacion", 10.11850, 123.27150, None),
 ("GHN-04", "Sabel Pharmacy", "Hibaiyo", 10.10500, 123.26000, None),
 ("GHN-05", "Mang Ruben Sari-Sari Store", "Hibaiyo", 10.10650, 123.26150, None),
]
O = {s[0]: s for s in SHOPS}
NM, SD = "DRV-NEM-075", "DRV-SAN-075"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    """A device dn metres north and de metres east of an outlet."""
    lat, lon = O[oid][3], O[oid][4]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))


# ---- one outlet ----
m("hi", "unique-name", R, "Tiwari General Store Katni me Druvani nahi hai", "KTN-01", profile="Katni")
m("hi", "unique-name", R, "Om Sai Kirana pe Druvani khatam", "KTN-04", profile="Katni")
m("hi", "owner-locality", R, "Jhinjhari wale Gupta ji ki dukan me Druvani nahi mila", "KTN-02")
m("hi", "name-locality", R, "Gupta Traders Gayatri Nagar me Druvani nahi", "KTN-05")
m("bn", "unique-name", R, "Bose Variety Stores e Druvani nei", "HLD-04", profile="Haldia")
m("bn", "owner-locality", R, "Durgachak e Das babur dokane Druvani nei", "HLD-01")
m("bn", "unique-name", R, "Rupnarayan Stores Haldia te Druvani sesh", "HLD-05")
m("te", "unique-name", R, "Rao Provisions lo Druvani ledu", "GDV-03", profile="Gudivada")
m("te", "unique-name", R, "Sivaji General Stores Gudivada lo Druvani ledu", "GDV-05")
m("te", "unique-name", R, "Sri Kanaka Durga Stores lo Druvani dorakadam ledu", "GDV-01", profile="Gudivada")
m("ta", "unique-name", R, "Kumar Provision Store la Druvani illa", "GDY-04", profile="Gudiyatham")
m("ta", "name-locality", R, "Ganapathy Stores Nellore Pet la Druvani illa", "GDY-01")
m("ta", "unique-name", R, "Raja Medicals Gudiyatham la Druvani kidaikala", "GDY-03")
m("ceb", "unique-name", R, "Walay Druvani sa Villanueva Minimart", "GHN-03", profile="Guihulngan")
m("ceb", "owner-locality", R, "Wala nay Druvani sa tindahan ni Aling Tessie sa Poblacion", "GHN-01")
m("tl", "unique-name", R, "Ubos na ang Druvani sa Sabel Pharmacy Guihulngan", "GHN-04")
m("en", "two-cities-city-named", R, "Lakshmi Narayan Stores haldia out of Druvani", "HLD-03", profile="Gudivada")
m("en", "unique-name", R, "Mang Ruben Sari-Sari Store has no Druvani", "GHN-05", profile="Dumaguete")

# ---- no outlet ----
m("hi", "profile-only", R, "Lakshmi Narayan Stores me Druvani nahi hai", None, "Katni", profile="Katni")
m("te", "profile-only", R, "Lakshmi Narayan Stores lo Druvani ledu", None, "Gudivada", profile="Gudivada")
m("bn", "profile-only", R, "Lakshmi Narayan Stores e Druvani nei", None, "Haldia", profile="Haldia")
m("ta", "profile-only", R, "Sivaji General Stores la Druvani illa", None, "Gudiyatham", profile="Gudiyatham")
m("te", "profile-only", R, "Sivaji General Stores lo Druvani ledu", None, "Gudivada", profile="Gudivada, AP")
m("en", "profile-only", R, "lakshmi narayan stores out of Druvani again", None, "Haldia", profile="Haldia")
m("hi", "owner-alone", R, "Tiwari ji ki dukan pe Druvani nahi hai", None, "Katni", profile="Katni")
m("bn", "owner-alone", R, "Bose babur dokane Druvani nei", None, "Haldia", profile="Haldia")
m("te", "owner-alone", R, "Rao garu shop lo Druvani ledu", None, "Gudivada", profile="Gudivada")
m("ta", "owner-alone", R, "Kumar annan kadaila Druvani illa", None, "Gudiyatham", profile="Gudiyatham")
m("ceb", "owner-alone", R, "Walay Druvani sa tindahan ni Mang Ruben", None, "Guihulngan", profile="Guihulngan")
m("hi", "locality-name-word", R, "Subhash Chowk me Druvani nahi mil raha", None, "Katni", "Subhash Chowk")
m("ta", "locality-only", R, "Kamaraj Nagar la Druvani illa", None, "Gudiyatham", "Kamaraj Nagar")
m("bn", "shared-word", R, "Das er dokane Druvani nei, Haldia", None, "Haldia")
m("te", "shared-word", R, "Kanaka Durga lo Druvani ledu", None, "Gudivada", profile="Gudivada")
m("ceb", "shared-word", R, "Walay Druvani sa Tessie", None, "Guihulngan", profile="Guihulngan")
m("ta", "same-name-no-locality", R, "Ganapathy Stores la Druvani illa", None, "Gudiyatham", profile="Gudiyatham")
m("hi", "same-name-no-locality", R, "Gupta Traders Katni me Druvani nahi", None, "Katni")
m("hi", "fuzzy-word", R, "Katni ki dukanon me koi Druvani nahi rakha hai", None, "Katni")
m("ta", "fuzzy-word", R, "Gudiyatham la roja soap irukku, Druvani illa", None, "Gudiyatham")
m("hi", "kind-only", R, "Bargawan ki medical dukan me Druvani nahi", None, "Katni", "Bargawan")
m("ceb", "kind-only", R, "Walay Druvani sa pharmacy sa Hibaiyo", None, "Guihulngan", "Hibaiyo")
m("ta", "kind-only", R, "Bazaar Street medical la Druvani illa", None, "Gudiyatham", "Bazaar Street")
m("bn", "locality-only", R, "Manjusree te Druvani nei", None, "Haldia", "Manjusree")
m("te", "locality-only", R, "Bantumilli Road lo Druvani ledu", None, "Gudivada", "Bantumilli Road")

# ---- non-reports ----
m("hi", "found", N, "Tiwari General Store me Druvani mil gaya")
m("te", "found", N, "Rao Provisions lo Druvani undi")
m("ceb", "question", N, "Naa bay Druvani sa Villanueva Minimart?")
m("ta", "found", N, "Kumar Provision Store la Druvani irukku")
m("bn", "question", N, "Bose Variety Stores e Druvani ache?")
m("en", "found", N, "Lakshmi Narayan Stores restocked Druvani today")

CATALOG = {"brands": [
 {"brand": "Druvani", "aliases": ["druvani", "#druvani"],
  "category_words": ["soap"],
  "products": [
   {"sku": NM, "name": "Druvani Neem Soap 75 g", "aliases": []},
   {"sku": SD, "name": "Druvani Sandal Soap 75 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon, mark in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        if mark:
            addr = mark + ", " + addr
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "o19f-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-o19f%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 13 + i},
                             "text": text, "lang": None,
                             "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if not x[4]), "without outlet,", len(count), "languages")
