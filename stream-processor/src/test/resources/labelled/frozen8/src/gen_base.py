import json, csv, random, math
random.seed(813)
catalog={"brands":[
 {"brand":"Tala","aliases":["Tala","Tala Chips","TALA","#TalaChips","@talasnacks"],"products":[
   {"sku":"TALA-CHEESE-30G","name":"Tala Cheese Chips 30 g","aliases":["Tala Cheese","Tala cheese chips"]},
   {"sku":"TALA-MASALA-30G","name":"Tala Masala Chips 30 g","aliases":["Tala Masala","Tala masala chips"]}]},
 {"brand":"Phalo","aliases":["Phalo","Phalo Juice","PHALO","#PhaloJuice","@phalodrinks"],"products":[
   {"sku":"PHALO-MANGO-250ML","name":"Phalo Mango 250 ml","aliases":["Phalo Mango 250ml","Phalo mango small"]},
   {"sku":"PHALO-MANGO-500ML","name":"Phalo Mango 500 ml","aliases":["Phalo Mango 500ml"]},
   {"sku":"PHALO-MANGO-1L","name":"Phalo Mango 1 L","aliases":["Phalo Mango 1L","Phalo Mango 1 litre"]},
   {"sku":"PHALO-MANGO-1.5L","name":"Phalo Mango 1.5 L","aliases":["Phalo Mango 1.5L"]},
   {"sku":"PHALO-GUAVA-500ML","name":"Phalo Guava 500 ml","aliases":["Phalo Guava 500ml","Phalo Bayabas 500ml"]},
   {"sku":"PHALO-GUAVA-1L","name":"Phalo Guava 1 L","aliases":["Phalo Guava 1L"]}]},
 {"brand":"Saffo","aliases":["Saffo","Saffo Detergent","SAFFO","#Saffo","@saffoclean"],"products":[
   {"sku":"SAFFO-SACHET-70G","name":"Saffo Detergent Powder sachet 70 g","aliases":["Saffo sachet","Saffo 70g"]},
   {"sku":"SAFFO-500G","name":"Saffo Detergent Powder 500 g","aliases":["Saffo 500g","Saffo half kilo"]},
   {"sku":"SAFFO-1KG","name":"Saffo Detergent Powder 1 kg","aliases":["Saffo 1kg","Saffo 1 kilo"]}]}]}
json.dump(catalog,open("catalog.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
C={ # code: city, region, country, {locality:(lat,lon)}, [(name,locality)]
"DBG":("Darbhanga","Bihar","IN",{"Laheriasarai":(26.1185,85.8995),"Donar":(26.1462,85.9058),"Bela":(26.1652,85.8702),"Kadirabad":(26.1561,85.8871),"Allalpatti":(26.1702,85.9003),"Lalbagh":(26.1598,85.8949)},
 [("Jha General Store","Laheriasarai"),("Mithila Kirana","Donar"),("Ramesh Kirana Store","Allalpatti"),("Shree Durga Stores","Kadirabad"),("Jha General Store","Bela"),("Gupta Medical Hall","Lalbagh"),("Sudha Bakery","Laheriasarai"),("Balaji Traders","Donar")]),
"ARA":("Arrah","Bihar","IN",{"Katira":(25.5641,84.6702),"Anaith":(25.5478,84.6521),"Nawada":(25.5592,84.6618),"Chandwa":(25.5703,84.6451),"Gopali Chowk":(25.5553,84.6683)},
 [("Pappu Kirana","Katira"),("Shree Durga Stores","Anaith"),("Bhojpur Mart","Nawada"),("Santosh General Store","Chandwa"),("Gupta Medical Hall","Gopali Chowk"),("Balaji Traders","Katira"),("Laxmi Provision","Anaith"),("Munna Store","Nawada")]),
"PNJ":("Panaji","Goa","IN",{"Altinho":(15.4958,73.8302),"Fontainhas":(15.4988,73.8331),"Campal":(15.4962,73.8128),"Miramar":(15.4781,73.8102),"Caranzalem":(15.4688,73.8098),"Ribandar":(15.5008,73.8552),"Taleigao":(15.4661,73.8303)},
 [("Fernandes Stores","Fontainhas"),("Kamat General Stores","Altinho"),("Naik Kirana","Taleigao"),("Pereira Bakery","Campal"),("Shanti Stores","Ribandar"),("Fernandes Stores","Caranzalem"),("Sai Medical","Miramar"),("Kamat Mini Mart","Taleigao")]),
"PTR":("Puttur","Karnataka","IN",{"Darbe":(12.7561,75.2062),"Bolwar":(12.7631,75.1958),"Kombettu":(12.7662,75.2041),"Nehru Nagar":(12.7701,75.2152),"Parladka":(12.7519,75.1961),"Kabaka":(12.7779,75.1871)},
 [("Shetty Stores","Darbe"),("Sri Durga General Stores","Bolwar"),("Poojary Kirana","Kombettu"),("Bhat Bakery","Nehru Nagar"),("Sri Durga General Stores","Parladka"),("Mahalasa Medicals","Darbe"),("Hamza Stores","Kabaka"),("Navami Mini Mart","Bolwar")]),
"NGN":("Nagaon","Assam","IN",{"Haibargaon":(26.3411,92.6951),"Panigaon":(26.3521,92.6702),"Christianpatty":(26.3479,92.6852),"Amolapatty":(26.3441,92.6779),"Kachalukhowa":(26.3302,92.6598)},
 [("Bora Stores","Haibargaon"),("Maa Kamakhya Traders","Panigaon"),("Saikia General Store","Christianpatty"),("Das Medical","Amolapatty"),("Gupta Medical Hall","Haibargaon"),("Hazarika Kirana","Kachalukhowa"),("Bora Stores","Panigaon"),("Luit Bakery","Christianpatty")]),
"UHN":("Ulhasnagar","Maharashtra","IN",{"Camp 1":(19.2271,73.1551),"Camp 2":(19.2199,73.1582),"Camp 3":(19.2151,73.1621),"Camp 4":(19.2099,73.1702),"Camp 5":(19.2049,73.1751),"Shahad":(19.2352,73.1499)},
 [("Jhulelal Provision Store","Camp 3"),("Motwani General Stores","Camp 2"),("Sai Medical","Camp 4"),("Lalwani Kirana","Camp 1"),("Jhulelal Provision Store","Camp 5"),("Balaji Traders","Shahad"),("Sindhu Bakery","Camp 2"),("Ramesh Kirana Store","Camp 4")]),
"KMB":("Kumbakonam","Tamil Nadu","IN",{"Darasuram":(10.9491,79.3572),"Melakaveri":(10.9701,79.3781),"Valayapettai":(10.9579,79.3951),"TSR Big Street":(10.9601,79.3849)},
 [("Murugan Stores","Darasuram"),("Sri Balaji Departmental Store","TSR Big Street"),("Selvam Stores","Melakaveri"),("Lakshmi Bakery","Valayapettai"),("Murugan Stores","Melakaveri"),("Annai Medicals","TSR Big Street"),("Kannan Mini Mart","Valayapettai"),("Ayyappa Stores","Darasuram")]),
"ONG":("Ongole","Andhra Pradesh","IN",{"Lawyerpet":(15.5101,80.0431),"Santhapeta":(15.4999,80.0502),"Bhagyanagar":(15.5151,80.0601),"Kurnool Road":(15.5021,80.0379)},
 [("Sri Venkateswara Kirana","Lawyerpet"),("Srinivasa General Stores","Santhapeta"),("Reddy Stores","Bhagyanagar"),("Sri Venkateswara Kirana","Kurnool Road"),("Durga Medicals","Santhapeta"),("Balaji Traders","Lawyerpet"),("Lakshmi Bakery","Bhagyanagar"),("Anjaneya Mini Mart","Kurnool Road")]),
"TLY":("Thalassery","Kerala","IN",{"Thiruvangad":(11.7421,75.4991),"Kodiyeri":(11.7301,75.5049),"Chirakkara":(11.7601,75.5002),"Dharmadam":(11.7751,75.4701),"Temple Gate":(11.7529,75.4921)},
 [("Hameed Stores","Chirakkara"),("Malabar Bakery","Temple Gate"),("Kunhikannan Stores","Kodiyeri"),("Thiruvangad Provision Store","Thiruvangad"),("Hameed Stores","Dharmadam"),("Sai Medical","Temple Gate"),("Anil Cool Bar","Chirakkara"),("KP Stores","Thiruvangad")]),
"MSN":("Mehsana","Gujarat","IN",{"Radhanpur Road":(23.5991,72.3619),"Modhera Road":(23.5801,72.3801),"Malgodown":(23.5899,72.3702),"Visnagar Road":(23.6001,72.3851)},
 [("Patel Kirana Store","Radhanpur Road"),("Jay Ambe General Stores","Modhera Road"),("Shah Provision Stores","Malgodown"),("Patel Kirana Store","Visnagar Road"),("Khodiyar Medical","Radhanpur Road"),("Jalaram Bakery","Malgodown"),("Balaji Traders","Modhera Road"),("Umiya Mini Mart","Visnagar Road")]),
"CVT":("Cavite City","Cavite","PH",{"Caridad":(14.4779,120.8961),"San Antonio":(14.4851,120.9002),"San Roque":(14.4812,120.8929),"Dalahican":(14.4699,120.8842),"Santa Cruz":(14.4741,120.8879)},
 [("Aling Nena Sari-Sari Store","Caridad"),("JM Mini Mart","San Antonio"),("Cruz Sari-Sari Store","San Roque"),("Tindahan ni Mang Ben","Dalahican"),("Aling Nena Sari-Sari Store","Santa Cruz"),("Botica Cavitena","San Antonio"),("RJ Bakeshop","Caridad"),("QuickStop Mart","Santa Cruz")]),
"CRC":("Carcar","Cebu","PH",{"Poblacion I":(10.1071,123.6401),"Valladolid":(10.1101,123.6601),"Bolinawan":(10.1199,123.6452),"Guadalupe":(10.0999,123.6301),"Perrelos":(10.0951,123.6499)},
 [("Inday Lorna Store","Poblacion I"),("Tindahan ni Nang Lucing","Valladolid"),("QuickStop Mart","Poblacion I"),("Gabuya Sari-Sari Store","Bolinawan"),("Abellana Store","Guadalupe"),("Inday Lorna Store","Perrelos"),("St. Catherine Pharmacy","Poblacion I"),("Joy Bakery","Guadalupe")]),
"BSL":("Bislig","Surigao del Sur","PH",{"Mangagoy":(8.1871,126.3551),"Poblacion":(8.2121,126.3209),"Tabon":(8.2001,126.3399),"Maharlika":(8.1951,126.3301)},
 [("Nang Inday Store","Mangagoy"),("QuickStop Mart","Mangagoy"),("Plaza Sari-Sari Store","Poblacion"),("JR Minimart","Tabon"),("Tindahan ni Dodong","Maharlika"),("Gwapa Bakeshop","Poblacion"),("Salvacion Pharmacy","Mangagoy"),("Nang Inday Store","Poblacion")]),
"SCP":("San Carlos","Pangasinan","PH",{"Poblacion":(15.9289,120.3481),"Bacnar":(15.9201,120.3399),"Ilang":(15.9381,120.3601),"Cobol":(15.9149,120.3651)},
 [("Manang Fely Store","Bacnar"),("QuickStop Mart","Poblacion"),("Ferrer Sari-Sari Store","Ilang"),("Apo Ising Store","Cobol"),("Manang Fely Store","Ilang"),("Golden Crust Bakery","Poblacion"),("Aquino Pharmacy","Poblacion"),("RMD Mini Mart","Bacnar")]),
"APL":("Apalit","Pampanga","PH",{"San Juan":(14.9499,120.7601),"Sulipan":(14.9421,120.7479),"Sampaloc":(14.9601,120.7651),"Capalangan":(14.9349,120.7701),"San Vicente":(14.9551,120.7519)},
 [("Apung Dolor Store","Sulipan"),("QuickStop Mart","San Juan"),("Dizon Sari-Sari Store","Sampaloc"),("Manalo Store","Capalangan"),("Dizon Sari-Sari Store","San Vicente"),("Apalit Bakeshop","San Juan"),("Lansang Mini Mart","Sampaloc"),("Botica Pampanga","San Juan")]),
"VRC":("Virac","Catanduanes","PH",{"Concepcion":(13.5831,124.2299),"Rawis":(13.5901,124.2251),"Calatagan":(13.5749,124.2451),"San Isidro Village":(13.5871,124.2401)},
 [("Manay Tess Store","Concepcion"),("Tia Berta Sari-Sari","Rawis"),("QuickStop Mart","Concepcion"),("Vargas Store","Calatagan"),("Manay Tess Store","San Isidro Village"),("Catanduanes Bakery","Rawis"),("JB Minimart","Calatagan"),("Virac Drugstore","Concepcion")]),
"GUI":("Guiuan","Eastern Samar","PH",{"Poblacion":(11.0331,125.7239),"Camparang":(11.0401,125.7199),"Ngolos":(10.9951,125.7701),"Sulangan":(10.9479,125.7931)},
 [("Manay Biring Store","Poblacion"),("Nanay Loling Store","Camparang"),("Guiuan Bakery","Poblacion"),("Ngolos Sari-Sari","Ngolos"),("Manay Biring Store","Sulangan"),("QuickStop Mart","Poblacion"),("Caluza Store","Camparang"),("Eastern Pharmacy","Poblacion")]),
}
def dist(a,b):
    R=6371000;la1,lo1=map(math.radians,a);la2,lo2=map(math.radians,b)
    x=(lo2-lo1)*math.cos((la1+la2)/2);y=la2-la1;return R*math.hypot(x,y)
def off(p,m,ang=None):
    ang=random.uniform(0,2*math.pi) if ang is None else ang
    dl=m*math.cos(ang)/111320;dn=m*math.sin(ang)/(111320*math.cos(math.radians(p[0])))
    return (round(p[0]+dl,6),round(p[1]+dn,6))
OUT={}
allpts=[]
for code,(city,reg,cty,locs,shops) in C.items():
    for i,(n,l) in enumerate(shops,1):
        while True:
            p=off(locs[l],random.uniform(40,350))
            if all(dist(p,q)>150 for q in allpts): break
        allpts.append(p)
        OUT[f"{code}{i}"]=dict(outlet_id=f"{cty}-{code}-{i:03d}",name=n,address="",locality=l,city=city,region=reg,country=cty,lat=p[0],lon=p[1],code=code)
ADDR={"IN":["Main Road","Station Road","near Bus Stand","Market Road","1st Cross","Temple Road"],"PH":["Rizal St.","Mabini St.","National Highway","Purok 3","Bonifacio St.","Quezon Ave."]}
for k,o in OUT.items():
    o["address"]=f"{random.randint(2,250)}, {random.choice(ADDR[o['country']])}, {o['locality']}"
with open("outlets.csv","w",newline="",encoding="utf-8") as f:
    w=csv.writer(f,quoting=csv.QUOTE_MINIMAL);w.writerow("outlet_id,name,address,locality,city,region,country,lat,lon".split(","))
    for o in OUT.values(): w.writerow([o[x] for x in "outlet_id,name,address,locality,city,region,country,lat,lon".split(",")])
