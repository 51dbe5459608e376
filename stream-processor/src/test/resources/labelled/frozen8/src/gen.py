exec(open("gen_base.py").read())
exec(open("t_rep.py").read()); exec(open("t_long2.py").read()); REP=REP+REP2; _d={"owner-name":3,"abbreviation":1}; _R=[]
for _t in REP:
    if _d.get(_t[0],0)>0 and _t[4]=="F" and _t[1] in("hi-Latn","en","tl","ceb","en-PH"): _d[_t[0]]-=1; continue
    _R.append(_t)
REP=_R; exec(open("t_non.py").read())
rnd=random.Random(2026)
CITY={c:v[0] for c,v in C.items()}
REGN={c:v[1] for c,v in C.items()}
by_city={}
for k,o in OUT.items(): by_city.setdefault(o["code"],[]).append(k)
IN_NAMES=["Ravi Kumar","Priya","Sunil Jha","Anjali","Md. Imran","Pooja S","Vikas","Neha","Rohit","Sneha","Arjun","Kavya","Deepak","Meera","Sanjay","Fathima","Anil","Lakshmi","Ritu","Gaurav","Sowmya","Hitesh","Bhavna","Rahul","Manoj","Divya","Arun","Nisha","Joseph","Tanvi"]
PH_NAMES=["Jhen","Mark Anthony","Kristine","Joshua","Aira","Carlo","Mae","Jerome","Princess","Rhea","Kenneth","Lovely","Angelo","Bea","Jun-jun","Ella","Rodel","Marites","JP","Cherry","Jomar","Nikki","Dindo","Glaiza"]
def country(code): return C[code][2]
def author(code,src,loc_mode):
    ph=country(code)=="PH"
    nm=rnd.choice(PH_NAMES if ph else IN_NAMES)
    if src in("sms","whatsapp"):
        h=("+63 9%02d %03d %04d"%(rnd.randint(10,99),rnd.randint(0,999),rnd.randint(0,9999))) if ph else ("+91 %d%04d %05d"%(rnd.choice([6,7,8,9]),rnd.randint(0,9999),rnd.randint(0,99999)))
        loc=""
        if loc_mode=="profile": loc=CITY[code]
        return {"id":"u"+str(rnd.randint(10**7,10**8)),"handle":h,"display_name":nm if rnd.random()<.6 else "","location":loc,"followers":0}
    h=nm.lower().replace(" ","").replace(".","").replace("-","")+rnd.choice(["","_","."])+str(rnd.randint(1,999))
    if loc_mode=="profile": loc=rnd.choice([CITY[code],CITY[code]+", "+REGN[code],CITY[code].lower()+" 🏠"])
    elif loc_mode=="other":
        oth=rnd.choice([c for c in C if country(c)==country(code) and c!=code]); loc=CITY[oth]
    else:
        r=rnd.random()
        loc=CITY[code] if r<.35 else ("" if r<.65 else rnd.choice([REGN[code],"home","🌙✨","somewhere","earth",("India 🇮🇳" if country(code)=="IN" else "Pilipinas 🇵🇭")]))
    if src=="mastodon": h=h+"@"+rnd.choice(["mastodon.social","fosstodon.org","mstdn.in"])
    if src=="bluesky": h=h+".bsky.social"
    return {"id":"u"+str(rnd.randint(10**7,10**8)),"handle":h,"display_name":nm,"location":loc,"followers":rnd.choice([rnd.randint(3,300),rnd.randint(300,5000)])}
def plat(lang):
    base=lang.split("-")[0]
    r=rnd.random()
    if r<.35: return base if base in("hi","ta","te","ml","kn","bn","gu","mr","en","tl","as") else rnd.choice(["en","und","in","tl","hi"])
    if r<.55: return None
    if r<.75: return "en"
    return rnd.choice(["und","in","tl","hi","ne","pt","es","id"])
def fill(t,o=None,code=None,loc=None):
    d={"S":"","L":"","C":""}
    if o: d={"S":o["name"],"L":o["locality"],"C":o["city"]}
    if code: d["C"]=CITY[code]
    if loc: d["L"]=loc
    return t.replace("{S}",d["S"]).replace("{L}",d["L"]).replace("{C}",d["C"])
def ts():
    return "2026-11-%02dT%02d:%02d:%02dZ"%(rnd.randint(1,30),rnd.randint(0,23),rnd.randint(0,59),rnd.randint(0,59))
items=[]
def far_geo(code,loc):
    c=C[code][3][loc]
    while True:
        g=off(c,rnd.uniform(220,450))
        if all(dist(g,(o["lat"],o["lon"]))>210 for o in OUT.values()): return {"lat":g[0],"lon":g[1]}
def mk_report(t,reuse=False):
    cat,lang,src,so,mode,sku,place,text=t
    lab={"stockout":True,"sku":sku,"outlet_id":None,"city":None,"locality":None,"category":cat,"lang":lang}
    geo=None;locmode="any"
    if mode in("O","D"):
        assert mode=="D" or ("{S}" in text and "{L}" in text),text
        k=rnd.choice([k for c in place for k in by_city[c]]); o=OUT[k]; code=o["code"]
        text=fill(text,o); lab.update(outlet_id=o["outlet_id"],city=o["city"],locality=o["locality"])
        if mode=="D":
            g=off((o["lat"],o["lon"]),rnd.uniform(8,30)); geo={"lat":g[0],"lon":g[1]}
            # ensure no other outlet within 60m
            assert all(dist(g,(p["lat"],p["lon"]))>60 for kk,p in OUT.items() if kk!=k)
            assert dist(g,(o["lat"],o["lon"]))<40
        elif rnd.random()<.15: locmode="other"
    elif mode=="F":
        o=OUT[place]; code=o["code"]; lab.update(outlet_id=o["outlet_id"],city=o["city"],locality=o["locality"])
        if rnd.random()<.15: locmode="other"
    elif mode=="L":
        code=rnd.choice(place); loc=rnd.choice(list(C[code][3])); text=fill(text,code=code,loc=loc); lab.update(city=CITY[code],locality=loc)
    elif mode=="C":
        code=rnd.choice(place); text=fill(text,code=code); lab.update(city=CITY[code])
    elif mode in("N","P"):
        code=rnd.choice(place); lab.update(city=CITY[code]); locmode="profile"
    elif mode=="G":
        code=rnd.choice(place); loc=rnd.choice(list(C[code][3])); geo=far_geo(code,loc); lab.update(city=CITY[code],locality=loc)
    assert "{" not in text,text
    return dict(src=src,code=code,text=text,lang=lang,geo=geo,locmode=locmode,lab=lab,repost=False)
def mk_non(t):
    cat,lang,src,place,text=t
    code=rnd.choice(place)
    ks=by_city[code]; o=OUT[rnd.choice(ks)]
    text=fill(text,o,code=code) if "{S}" in text else fill(text,code=code,loc=rnd.choice(list(C[code][3])))
    geo=None
    if rnd.random()<.07:
        g=off((o["lat"],o["lon"]),rnd.uniform(10,400)); geo={"lat":g[0],"lon":g[1]}
    lab={"stockout":False,"sku":None,"outlet_id":None,"city":None,"locality":None,"category":cat,"lang":lang}
    return dict(src=src,code=code,text=text,lang=lang,geo=geo,locmode="any",lab=lab,repost=False)
MISS={"Phalo":["Phallo","Falo","Phaloo","Pahlo","phlo"],"Saffo":["Saafo","Saffoo","Sapho","safffo","sffo"],"Tala":["Talla","Taala","Tla","tala"]}
nmis=0
for t in REP:
    m=mk_report(t)
    if t[0] in("long","owner-name","size-format","deictic","rare-language","forward") and nmis<13 and rnd.random()<.12:
        for b,v in MISS.items():
            if b in m["text"]: m["text"]=m["text"].replace(b,rnd.choice(v),1); nmis+=1; m["mis"]=True; break
    items.append(m)
print("misspelt extra",nmis)
extra={"compact":3}
for t in DEI2: items.append(mk_report(t))
for cat,n in extra.items():
    pool=[t for t in REP if t[0]==cat]
    for t in rnd.sample(pool,n): items.append(mk_report(t))
drop={"other-product":5,"negation":5,"other-sense":3,"lookalike":2,"shop-has":1,"complaint":1}
NN=[]
for t in NON:
    if drop.get(t[0],0)>0 and t[1] in("en","hi-Latn","tl","ceb"): drop[t[0]]-=1; continue
    NN.append(t)
for t in NN: items.append(mk_non(t))
# reposts
rp_pool=[t for t in REP if t[4] in("O","L","C","F") and t[0] not in("forward",)]
for t in rnd.sample(rp_pool,20):
    m=mk_report(t); src=rnd.choice(["x","x","x","mastodon","bluesky"])
    if src=="x": m["text"]="RT @"+rnd.choice(["bihar_deals","pinoy_snack_watch","goa_local","kumbakonam_updates","carcar_news","ongole_info","jhen_ph","rahulk99","ritu_m","marites_r"])+": "+m["text"]
    m["src"]=src; m["repost"]=True
    m["lab"]={"stockout":False,"sku":None,"outlet_id":None,"city":None,"locality":None,"category":"repost","lang":t[1]}
    items.append(m)
rnd.shuffle(items)
assert len(items)==500,len(items)
for m in items:
    if m["src"]=="x" and m["lang"] in("en","en-PH") and rnd.random()<.25: m["src"]=rnd.choice(["mastodon","bluesky"])
with open("mentions.jsonl","w",encoding="utf-8") as fm, open("labels.jsonl","w",encoding="utf-8") as fl:
    for i,m in enumerate(items,1):
        mid="f8-%04d"%i
        a=author(m["code"],m["src"],m["locmode"])
        rec={"id":mid,"source":m["src"],"created_at":ts(),"author":a,"text":m["text"],"lang":plat(m["lang"]),"geo":m["geo"],"is_repost":m["repost"]}
        fm.write(json.dumps(rec,ensure_ascii=False)+"\n")
        fl.write(json.dumps({"id":mid,**m["lab"]},ensure_ascii=False)+"\n")
print("ok")
