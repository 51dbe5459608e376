import json, random, math, glob, re, sys
random.seed(12)
O=json.load(open("outlets.json"))
from outlets_src import LOC
NAMES={
 "hi":["Rahul Varshney","Pooja Saxena","Amit Kumar","Shabnam Ali","Nitin Gupta","Ritu Sharma","Mohd Faizan","Ankit Yadav","Sonal Jain","Vikas Chauhan","Preeti Singh","Deepak Mishra"],
 "ur":["Faizan Ahmad","Zoya Khan","Imran Qureshi","Sana Rizvi","Adnan Siddiqui","Huma Naqvi"],
 "mr":["Sachin Patil","Snehal Mahajan","Rohit Chaudhari","Prajakta Kulkarni","Ganesh Sonawane","Ashwini Deshmukh"],
 "gu":["Hiren Patel","Krupa Shah","Jignesh Modi","Dhara Desai","Bhavesh Rana","Nidhi Trivedi"],
 "bn":["Soumik Ghosh","Riya Saha","Arnab Biswas","Mou Sarkar","Tanmoy Pal","Susmita Das"],
 "pa":["Gurpreet Singh","Harleen Kaur","Manpreet Sandhu","Jaspreet Bains","Simran Kaur","Rajinder Saini"],
 "or":["Subhashree Sahu","Biswajit Pradhan","Lipsa Mohanty","Soumya Ranjan Nayak","Itishree Behera"],
 "ta":["Karthik Raja","Priya Nadar","Selvi M","Ajith Kumar","Divya Lakshmi","Murugan S","Jebin Raj"],
 "te":["Sai Kiran","Lavanya Reddy","Ravi Teja","Sravani Goud","Naresh Yadav","Mounika P"],
 "kn":["Manjunath H","Kavya Gowda","Basavaraj K","Shruthi Patil","Mallikarjun B","Nethra R"],
 "ml":["Shamil P","Fathima Hiba","Anas K","Nimisha Nair","Rashid Kunnummal","Jisna Thomas","Muhsin VP"],
 "en":["Neha R","Arjun Mehta","Kabir S","Tanvi","Vikram Iyer","Meera K","Rohan D","Ayesha","Sid","Ananya B"],
 "tl":["Jhen Dela Cruz","Mark Anthony Reyes","Kristine Santos","JM Bautista","Aira Mendoza","Carlo Villanueva","Rhea Mae Garcia","Paolo Ramos","Joy Aquino"],
 "ceb":["Jun Jun Ybañez","Kaye Tampus","Rolando Saavedra","Mae Ann Gonzaga","Kent Abella","Grace Lumayno"],
 "hil":["Jaymar Sonza","Rica Tupas","Gerald Dela Peña","Hazel Arroyo"],
 "ilo":["Ronald Agcaoili","Marites Ramos","Jerome Bumanglag","Lovely Dumlao","Nestor Pascua"],
 "war":["Ramil Cinco","Jocelyn Abuda","Jay-ar Tan","Mary Joy Dacanay"],
 "bik":["Paolo Bernal","Ma. Cristina Abogado","Noel Talento","Jessa Barcena"],
 "pam":["Jerwin Manalang","Cherry Lansangan","Aldrin Sunga","Mylene David"],
 "pag":["Rommel Ferrer","Joanna De Vera","Arvin Caramat","Liezel Soriano"],
}
def grp(l):
    b=l.split("-")[0]
    if l=="en-PH": return "tl"
    return {"as":"bn"}.get(b,b) if b in NAMES or b=="as" else "en"
PLATLANG={"en":["en"],"en-PH":["en","tl",None],"hi":["hi"],"hi-Latn":["en","in","hi",None,"en"],"ur":["ur","ar"],"mr":["mr","hi"],"mr-Latn":["en",None],
 "gu":["gu"],"gu-Latn":["en",None],"bn":["bn"],"bn-Latn":["en","in",None],"pa":["pa"],"pa-Latn":["en",None],"or":["or",None],"ta":["ta"],"ta-Latn":["en","in",None],
 "te":["te"],"te-Latn":["en",None,"tl"],"kn":["kn"],"kn-Latn":["en",None],"ml":["ml"],"ml-Latn":["en","in",None],"as":["bn","as"],
 "tl":["tl","in","en"],"ceb":["tl","in",None,"ceb"],"hil":["tl",None,"in"],"ilo":["tl","in",None,"es"],"war":["tl",None,"in"],"bik":["tl",None,"es"],"pam":["tl",None,"in"],"pag":["tl",None,"in"]}
PROFSTYLE=lambda c: random.choice([c, c+", "+LOC[c][0] if LOC[c][1]=="India" else c+", PH", c.lower(), c+" 📍", "📍"+c, c+" | "+LOC[c][1]])
RANDPROF=["","","India","Pinas 🇵🇭","somewhere","Earth","Bharat","Manila","QC","Dubai","Riyadh, KSA","home","🇮🇳","Mumbai","Cebu","Hyderabad","Bengaluru"]
def dist(a,b):
    R=6371000; la1,lo1=map(math.radians,a); la2,lo2=map(math.radians,b)
    return R*math.hypot((lo2-lo1)*math.cos((la1+la2)/2),la2-la1)
def offset(lat,lon,m):
    ang=random.uniform(0,2*math.pi); dlat=m*math.cos(ang)/111320; dlon=m*math.sin(ang)/(111320*math.cos(math.radians(lat)))
    return lat+dlat,lon+dlon
def nearest(p,city=None):
    return sorted((dist(p,(o["lat"],o["lon"])),k) for k,o in O.items())
def mkgeo(g):
    if g in("-",""): return None
    if g[0] in "@~":
        o=O[g[1:]]
        for _ in range(2000):
            p=offset(o["lat"],o["lon"],random.uniform(6,25) if g[0]=="@" else random.uniform(230,380))
            n=nearest(p)
            if g[0]=="@" and n[0][1]==g[1:] and n[1][0]>70: break
            if g[0]=="~" and n[0][0]>150: break
        else: sys.exit("geo fail "+g)
        return p
    if g.startswith("L:"):
        _,city,loc=g.split(":"); c=LOC[city][2][loc]
        for _ in range(2000):
            p=offset(c[0],c[1],random.uniform(30,200))
            if nearest(p)[0][0]>130: return p
        sys.exit("geo fail "+g)
    la,lo=g.split(","); return float(la),float(lo)
ments=[];labs=[];used=set()
lines=[]
for fn in sorted(glob.glob("d*.txt")):
    for ln in open(fn,encoding="utf-8"):
        ln=ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        lines.append((fn,ln))
random.Random(2026).shuffle(lines); SR=random.Random(99)
for i,(fn,ln) in enumerate(lines,1):
    parts=ln.split("|",10)
    if len(parts)!=11: sys.exit(f"bad {fn}: {ln}")
    tf,cat,lang,src,sku,oid,city,loc,geo,prof,text=[p.strip() for p in parts]
    st=tf=="T"; mid=f"f7-{i:04d}"
    if src=="x" and not text.startswith("RT @") and cat!="brand-own":
        r=SR.random()
        if r<0.15: src="bluesky"
        elif r<0.25: src="mastodon"
        elif r<0.36 and geo in("-","") and prof in("=","*","-") and cat!="profile-city": src="whatsapp"
        elif r<0.43 and geo in("-","") and prof in("=","*","-") and cat!="profile-city" and len(text)<90: src="sms"
    nul=lambda x: None if x in("-","") else x
    sku,oid,city,loc=map(nul,(sku,oid,city,loc))
    if oid and st:
        city=city or O[oid]["city"]; loc=loc or O[oid]["locality"]
    if not st: assert not (sku or oid or city or loc), ln
    if oid: assert O[oid]["city"]==city and O[oid]["locality"]==loc, ln
    g=mkgeo(geo)
    gp=grp(lang); name=random.choice(NAMES[gp])
    if src in("sms","whatsapp"):
        handle=("+91 " if (LOC.get(city or "",("","India"))[1]=="India" and gp not in("tl","ceb","hil","ilo","war","bik","pam","pag")) else "+63 ")
        handle+= (f"9{random.randint(10,99)}{random.randint(10,99)} {random.randint(10000,99999)}" if handle.startswith("+91") else f"9{random.randint(10,99)} {random.randint(100,999)} {random.randint(1000,9999)}")
        if random.random()<0.3: handle=handle.replace(" ","")
        disp=name if src=="whatsapp" and random.random()<0.7 else ""
        location="" if prof in("-","*") else (PROFSTYLE(prof) if prof in LOC else (prof if prof!="=" else ""))
        fol=0
    else:
        base=re.sub(r"[^a-z0-9]","",name.lower().replace(" ","_"))[:10]
        handle=random.choice([base+str(random.randint(1,999)), base+"_", "the"+base, base])
        if src in("mastodon",): handle+= "@"+random.choice(["mastodon.social","mstdn.social","masto.ai","sakurajima.moe"])
        if src=="bluesky": handle+=".bsky.social"
        disp=name if random.random()<0.8 else name.split()[0]+random.choice([" ✨"," 🇮🇳"," 🇵🇭",""])
        if prof.startswith("@"):
            handle,disp=prof[1:].split(":"); location=""; fol=random.randint(20000,400000)
        elif prof=="-": location=""
        elif prof=="*": location=random.choice(RANDPROF)
        elif prof=="=": location=PROFSTYLE(city) if city else ""
        elif prof in LOC: location=PROFSTYLE(prof)
        else: location=prof
        if not prof.startswith("@"): fol=int(random.lognormvariate(5,1.5))
    day=random.randint(1,30); t=f"2026-11-{day:02d}T{random.randint(0,23):02d}:{random.randint(0,59):02d}:{random.randint(0,59):02d}Z"
    rep= cat=="repost"
    m={"id":mid,"source":src,"created_at":t,"author":{"id":f"u{random.randint(10**6,10**9)}","handle":handle,"display_name":disp,"location":location,"followers":fol},
       "text":text,"lang":(None if src=="sms" else random.choice(PLATLANG.get(lang,[None]))),"geo":({"lat":round(g[0],6),"lon":round(g[1],6)} if g else None),"is_repost":rep}
    if rep: assert not st
    ments.append(m)
    labs.append({"id":mid,"stockout":st,"sku":sku,"outlet_id":oid,"city":city,"locality":loc,"category":cat,"lang":lang})
with open("../mentions.jsonl","w",encoding="utf-8") as f:
    for m in ments: f.write(json.dumps(m,ensure_ascii=False)+"\n")
with open("../labels.jsonl","w",encoding="utf-8") as f:
    for l in labs: f.write(json.dumps(l,ensure_ascii=False)+"\n")
print(len(ments))
