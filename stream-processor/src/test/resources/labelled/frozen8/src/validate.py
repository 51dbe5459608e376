import json,csv,collections,math,sys
cat=json.load(open("catalog.json",encoding="utf-8"))
skus={p["sku"] for b in cat["brands"] for p in b["products"]}
outs={r["outlet_id"]:r for r in csv.DictReader(open("outlets.csv",encoding="utf-8",newline=""))}
cities={r["city"] for r in outs.values()}; locs={(r["city"],r["locality"]) for r in outs.values()}
M=[json.loads(l) for l in open("mentions.jsonl",encoding="utf-8")]
L=[json.loads(l) for l in open("labels.jsonl",encoding="utf-8")]
err=[]
ids=[m["id"] for m in M]; lids=[l["id"] for l in L]
if ids!=["f8-%04d"%i for i in range(1,501)]: err.append("mention ids")
if sorted(ids)!=sorted(lids) or len(set(lids))!=len(lids): err.append("ids not 1:1")
mm={m["id"]:m for m in M}
def dist(a,b):
    R=6371000;la1,lo1=map(math.radians,a);la2,lo2=map(math.radians,b)
    return R*math.hypot((lo2-lo1)*math.cos((la1+la2)/2),la2-la1)
for l in L:
    m=mm[l["id"]]
    for k in("source","created_at","author","text","lang","geo","is_repost"):
        if k not in m: err.append(l["id"]+" missing "+k)
    if m["is_repost"] and l["stockout"]: err.append(l["id"]+" repost true")
    if l["sku"] and l["sku"] not in skus: err.append(l["id"]+" sku")
    if l["outlet_id"] and l["outlet_id"] not in outs: err.append(l["id"]+" outlet")
    if not l["stockout"] and any(l[k] for k in("sku","outlet_id","city","locality")): err.append(l["id"]+" non-report with fields")
    if l["city"] and l["city"] not in cities: err.append(l["id"]+" city")
    if l["locality"] and (l["city"],l["locality"]) not in locs: err.append(l["id"]+" locality")
    if l["outlet_id"]:
        o=outs[l["outlet_id"]]
        if (o["city"],o["locality"])!=(l["city"],l["locality"]): err.append(l["id"]+" outlet/city mismatch")
        if l["category"]=="deictic":
            g=m["geo"]; d=dist((g["lat"],g["lon"]),(float(o["lat"]),float(o["lon"])))
            near=[k for k,p in outs.items() if k!=l["outlet_id"] and dist((g["lat"],g["lon"]),(float(p["lat"]),float(p["lon"])))<60]
            if d>40 or near: err.append(l["id"]+" deictic geo")
print("errors:",len(err)); [print(" ",e) for e in err[:30]]
C=collections.Counter
rep=sum(l["stockout"] for l in L)
out={"mentions":len(M),"reports":rep,"non_reports":len(L)-rep,
 "with_sku":sum(1 for l in L if l["sku"]),"with_outlet":sum(1 for l in L if l["outlet_id"]),"with_city":sum(1 for l in L if l["city"]),"with_locality":sum(1 for l in L if l["locality"]),
 "geo":sum(1 for m in M if m["geo"]),"geo_reports":sum(1 for l in L if mm[l["id"]]["geo"] and l["stockout"]),"reposts":sum(1 for m in M if m["is_repost"]),
 "outlets":len(outs),"cities_IN":len({r["city"] for r in outs.values() if r["country"]=="IN"}),"cities_PH":len({r["city"] for r in outs.values() if r["country"]=="PH"}),
 "skus":len(skus),
 "by_category":dict(sorted(C(l["category"] for l in L).items(),key=lambda x:-x[1])),
 "by_category_true":dict(sorted(C(l["category"] for l in L if l["stockout"]).items(),key=lambda x:-x[1])),
 "by_lang":dict(sorted(C(l["lang"] for l in L).items(),key=lambda x:-x[1])),
 "by_source":dict(C(m["source"] for m in M)),
}
base=C(l["lang"].split("-")[0] if not l["lang"].startswith("en") else "en" for l in L)
out["languages_distinct_base"]=len(base); out["english_share"]=round((base["en"])/len(L),3)
json.dump(out,open("counts.json","w"),ensure_ascii=False,indent=1)
print(json.dumps(out,ensure_ascii=False,indent=1))
sys.exit(1 if err else 0)
