import csv, random, math, json
from outlets_src import LOC, SHOPS
random.seed(7)
def dist(a,b):
    R=6371000; la1,lo1=map(math.radians,a); la2,lo2=map(math.radians,b)
    x=(lo2-lo1)*math.cos((la1+la2)/2); y=la2-la1; return R*math.hypot(x,y)
rows=[]
for line in SHOPS.strip().splitlines():
    oid,name,city,loc,addr=line.split("|")
    region,country,locs=LOC[city]; c=locs[loc]
    for _ in range(1000):
        lat=c[0]+random.uniform(-0.0022,0.0022); lon=c[1]+random.uniform(-0.0022,0.0022)
        if all(dist((lat,lon),(r[8],r[9]))>150 for r in rows if r[4]==city): break
    rows.append([oid,name,f"{addr}, {city}",loc,city,city,region,country,round(lat,6),round(lon,6)])
with open("../outlets.csv","w",newline="",encoding="utf-8") as f:
    w=csv.writer(f,quoting=csv.QUOTE_MINIMAL,lineterminator="\r\n")
    w.writerow("outlet_id,name,address,locality,city,region,country,lat,lon".split(","))
    for r in rows: w.writerow([r[0],r[1],r[2],r[3],r[4],r[6],r[7],f"{r[8]:.6f}",f"{r[9]:.6f}"])
json.dump({r[0]:{"name":r[1],"locality":r[3],"city":r[4],"lat":r[8],"lon":r[9]} for r in rows},open("outlets.json","w"),indent=0)
print(len(rows))
