import json, csv, math, collections, sys
D="/work/frozen7-out/"
cat=json.load(open(D+"catalog.json",encoding="utf-8"))
skus={p["sku"] for b in cat["brands"] for p in b["products"]}
rows=list(csv.DictReader(open(D+"outlets.csv",encoding="utf-8",newline="")))
O={r["outlet_id"]:r for r in rows}; assert len(O)==len(rows)
cities={r["city"] for r in rows}; locs={(r["city"],r["locality"]) for r in rows}
M=[json.loads(l) for l in open(D+"mentions.jsonl",encoding="utf-8")]
L=[json.loads(l) for l in open(D+"labels.jsonl",encoding="utf-8")]
ids=[f"f7-{i:04d}" for i in range(1,501)]
assert [m["id"] for m in M]==ids and [l["id"] for l in L]==ids, "ids"
def dist(a,b):
    R=6371000; la1,lo1=map(math.radians,a); la2,lo2=map(math.radians,b)
    return R*math.hypot((lo2-lo1)*math.cos((la1+la2)/2),la2-la1)
err=0
for m,l in zip(M,L):
    for k in ("id","source","created_at","author","text","lang","geo","is_repost"): assert k in m
    assert m["source"] in ("x","mastodon","bluesky","sms","whatsapp")
    if m["is_repost"] and l["stockout"]: print("repost true",l["id"]); err+=1
    if not l["stockout"] and any(l[k] for k in ("sku","outlet_id","city","locality")): print("nonreport fields",l["id"]); err+=1
    if l["sku"] and l["sku"] not in skus: print("sku",l); err+=1
    if l["outlet_id"]:
        o=O.get(l["outlet_id"])
        if not o: print("outlet",l); err+=1; continue
        if (o["city"],o["locality"])!=(l["city"],l["locality"]): print("outlet city",l); err+=1
    if l["city"] and l["city"] not in cities: print("city",l); err+=1
    if l["locality"] and (l["city"],l["locality"]) not in locs: print("loc",l); err+=1
    if l["category"]=="deictic" and m["geo"]:
        g=(m["geo"]["lat"],m["geo"]["lon"]); d=sorted((dist(g,(float(r["lat"]),float(r["lon"]))),r["outlet_id"]) for r in rows)
        if l["outlet_id"] and not (d[0][1]==l["outlet_id"] and d[0][0]<=40 and d[1][0]>60): print("deictic geo",l,d[:2]); err+=1
        if not l["outlet_id"] and d[0][0]<=60: print("deictic null but near",l,d[0]); err+=1
# outlets min spacing within city
for r in rows:
    for s in rows:
        if r is not s and r["city"]==s["city"] and dist((float(r["lat"]),float(r["lon"])),(float(s["lat"]),float(s["lon"])))<60: print("close outlets",r["outlet_id"],s["outlet_id"]); err+=1
C=collections.Counter
print("errors",err)
print("mentions",len(M),"labels",len(L),"outlets",len(rows),"skus",len(skus))
print("stockout",dict(C(l["stockout"] for l in L)))
print("category",dict(sorted(C(l["category"] for l in L).items())))
lc=C(l["lang"] for l in L); print("languages",len(lc),dict(lc.most_common()))
print("english share",round((lc["en"]+lc.get("en-PH",0))/len(L),3))
print("source",dict(C(m["source"] for m in M)))
print("geo",sum(1 for m in M if m["geo"]),"reposts",sum(m["is_repost"] for m in M))
print("reports with outlet",sum(1 for l in L if l["outlet_id"]),"with sku",sum(1 for l in L if l["sku"]),"with city",sum(1 for l in L if l["city"]))
sys.exit(1 if err else 0)
