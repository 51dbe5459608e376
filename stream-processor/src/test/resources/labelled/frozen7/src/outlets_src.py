# (id, name, locality, address-tail, city, region, country, center_lat, center_lon)
LOC = {
 "Aligarh": ("Uttar Pradesh","India",{"Marris Road":(27.8952,78.0868),"Dodhpur":(27.9046,78.0842),"Sasni Gate":(27.8797,78.0903),"Civil Lines":(27.9108,78.0781),"Center Point":(27.8929,78.0803),"Quarsi":(27.9153,78.0652),"Achal Talab":(27.8868,78.0795),"Ramghat Road":(27.9012,78.0965)}),
 "Jalgaon": ("Maharashtra","India",{"Navi Peth":(21.0081,75.5624),"Ring Road":(21.0152,75.5497),"Jilha Peth":(21.0121,75.5561),"Pimprala":(21.0003,75.5448),"Shivaji Nagar":(21.0188,75.5652),"MIDC":(20.9951,75.5803)}),
 "Bharuch": ("Gujarat","India",{"Station Road":(21.7002,72.9898),"Panchbatti":(21.7031,72.9921),"Zadeshwar":(21.7198,73.0152),"Link Road":(21.7149,73.0048),"Shaktinath":(21.7079,73.0031),"Kasak":(21.6981,72.9852)}),
 "Krishnanagar": ("West Bengal","India",{"Golapati":(23.4031,88.4879),"Nediarpara":(23.3992,88.4931),"Patkelpara":(23.4001,88.4979),"Shaktinagar":(23.3921,88.4851),"Ghurni":(23.4149,88.4951),"Rajbari":(23.4069,88.4991)}),
 "Hoshiarpur": ("Punjab","India",{"Model Town":(31.5231,75.9151),"Court Road":(31.5259,75.9101),"Prem Garh":(31.5179,75.9201),"Sutehri Road":(31.5331,75.9129),"Civil Lines":(31.5251,75.9199),"Shimla Pahari":(31.5301,75.9049)}),
 "Angul": ("Odisha","India",{"Hakimpada":(20.8451,85.1049),"Amlapada":(20.8379,85.0991),"Turanga":(20.8203,85.1102),"Bikash Nagar":(20.8322,85.1148)}),
 "Nagercoil": ("Tamil Nadu","India",{"Vadasery":(8.1899,77.4239),"Kottar":(8.1751,77.4331),"Meenakshipuram":(8.1821,77.4251),"Parvathipuram":(8.1951,77.4061),"Chettikulam":(8.1779,77.4181),"Vetturnimadam":(8.1701,77.4079)}),
 "Nizamabad": ("Telangana","India",{"Vinayak Nagar":(18.6801,78.0899),"Kanteshwar":(18.6899,78.1001),"Gandhi Chowk":(18.6721,78.0961),"Pragathi Nagar":(18.6651,78.1049),"Subhash Nagar":(18.6759,78.1021)}),
 "Ballari": ("Karnataka","India",{"Cowl Bazaar":(15.1451,76.9299),"Brucepet":(15.1419,76.9231),"Gandhi Nagar":(15.1521,76.9169),"Parvathi Nagar":(15.1561,76.9301),"Satyanarayana Pete":(15.1351,76.9149)}),
 "Malappuram": ("Kerala","India",{"Kottappadi":(11.0471,76.0741),"Kunnummal":(11.0561,76.0699),"Down Hill":(11.0451,76.0821),"Munduparamba":(11.0641,76.0759),"Up Hill":(11.0519,76.0651)}),
 "Valenzuela": ("Metro Manila","Philippines",{"Malinta":(14.6926,120.9702),"Karuhatan":(14.6881,120.9761),"Marulas":(14.6779,120.9819),"Dalandanan":(14.7081,120.9579),"Malanday":(14.7129,120.9501),"Gen. T. de Leon":(14.6801,120.9949)}),
 "Surigao City": ("Surigao del Norte","Philippines",{"Washington":(9.7851,125.4921),"Taft":(9.7881,125.4961),"Luna":(9.7829,125.4899),"Canlanipa":(9.7779,125.4829),"San Juan":(9.7951,125.5011)}),
 "Ilagan": ("Isabela","Philippines",{"Alibagu":(17.1101,121.8651),"Calamagui":(17.1399,121.8801),"Baligatan":(17.1551,121.8899),"San Vicente":(17.1449,121.8951)}),
 "Lingayen": ("Pangasinan","Philippines",{"Poblacion":(16.0201,120.2299),"Libsong East":(16.0149,120.2401),"Pangapisan":(16.0281,120.2199),"Estanza":(16.0121,120.2251),"Domalandan":(16.0049,120.2451)}),
 "Guagua": ("Pampanga","Philippines",{"Betis":(14.9871,120.6431),"Lambac":(14.9579,120.6299),"Plaza Burgos":(14.9639,120.6351),"San Roque":(14.9661,120.6319),"Santa Filomena":(14.9721,120.6249)}),
 "Daet": ("Camarines Norte","Philippines",{"Lag-on":(14.1079,122.9601),"Bagasbas":(14.1349,122.9751),"Camambugan":(14.1001,122.9449),"Gubat":(14.1151,122.9499),"Pamorangon":(14.1199,122.9621)}),
 "Palo": ("Leyte","Philippines",{"San Joaquin":(11.1619,124.9921),"Pawing":(11.1801,125.0001),"Candahug":(11.1699,125.0049),"Baras":(11.1531,124.9851),"Campetic":(11.1449,124.9799)}),
}
SHOPS = """
ALG01|New Bharat General Store|Aligarh|Marris Road|Shop 4, near Marris Road crossing
ALG02|Gupta Kirana Store|Aligarh|Dodhpur|Dodhpur Chauraha
ALG03|Gupta Kirana Store|Aligarh|Sasni Gate|Sasni Gate main road
ALG04|Khan Provision Store|Aligarh|Civil Lines|Shamshad Market, Civil Lines
ALG05|Sharma Medical Hall|Aligarh|Center Point|opp. Center Point, Railway Road
ALG06|Al-Noor Bakery|Aligarh|Quarsi|Quarsi Bypass
ALG07|R.K. Traders|Aligarh|Achal Talab|Achal Talab, near Gilahraj Mandir
ALG08|Varshney Kirana Bhandar|Aligarh|Ramghat Road|Ramghat Road, Pala Sahibabad
JLG01|New Bharat General Store|Jalgaon|Navi Peth|Navi Peth, Jalgaon
JLG02|Annapurna Stores|Jalgaon|Ring Road|Ring Road, near Khote Nagar stop
JLG03|Shree Ganesh Kirana|Jalgaon|Jilha Peth|Jilha Peth
JLG04|Patil Provision Stores|Jalgaon|Pimprala|Pimprala gaothan
JLG05|Om Sai Medical|Jalgaon|Shivaji Nagar|Shivaji Nagar
JLG06|Jai Bhavani Bakery|Jalgaon|MIDC|MIDC E-sector
JLG07|S.K. Mart|Jalgaon|Ring Road|Ring Road
JLG08|Mahajan Stores|Jalgaon|Shivaji Nagar|Shivaji Nagar, Lane 3
BRC01|Annapurna Stores|Bharuch|Station Road|Station Road
BRC02|Jalaram Provision Store|Bharuch|Panchbatti|Panchbatti circle
BRC03|Shreeji Kirana|Bharuch|Zadeshwar|Zadeshwar Road
BRC04|Patel Brothers General Store|Bharuch|Link Road|Link Road
BRC05|Ambika Dairy and Stores|Bharuch|Shaktinath|Shaktinath circle
BRC06|Noorani Medical|Bharuch|Kasak|Kasak
BRC07|Shreeji Kirana|Bharuch|Link Road|Link Road, Shop 12
BRC08|D.M. Super Mart|Bharuch|Zadeshwar|Zadeshwar chokdi
KNG01|Maa Tara Stores|Krishnanagar|Golapati|Golapati
KNG02|Ghosh Bhandar|Krishnanagar|Nediarpara|Nediarpara
KNG03|Annapurna Bhandar|Krishnanagar|Patkelpara|Patkelpara
KNG04|Saha Medical Stores|Krishnanagar|Shaktinagar|Shaktinagar, near hospital gate
KNG05|Loknath Stores|Krishnanagar|Ghurni|Ghurni
KNG06|Sarkar General Store|Krishnanagar|Rajbari|Rajbari more
KNG07|New Bharat General Store|Krishnanagar|Shaktinagar|Shaktinagar
KNG08|B.K. Traders|Krishnanagar|Ghurni|Ghurni, Pal para
HSP01|Sharma Kirana Store|Hoshiarpur|Model Town|Model Town market
HSP02|Guru Nanak General Store|Hoshiarpur|Court Road|Court Road
HSP03|Sandhu Di Hatti|Hoshiarpur|Prem Garh|Prem Garh
HSP04|Jai Durga Stores|Hoshiarpur|Sutehri Road|Sutehri Road
HSP05|Bansal Medicos|Hoshiarpur|Civil Lines|Civil Lines
HSP06|New Bharat General Store|Hoshiarpur|Shimla Pahari|Shimla Pahari chowk
HSP07|K.S. Bakery|Hoshiarpur|Model Town|Model Town
HSP08|Waheguru Stores|Hoshiarpur|Court Road|Court Road, near bus stand
ANG01|Maa Tara Stores|Angul|Hakimpada|Hakimpada
ANG02|Annapurna Stores|Angul|Amlapada|Amlapada
ANG03|Jagannath Bhandar|Angul|Turanga|Turanga
ANG04|Sahu General Store|Angul|Bikash Nagar|Bikash Nagar
ANG05|Maa Hingula Medical|Angul|Hakimpada|Hakimpada chhak
ANG06|Pradhan Stores|Angul|Amlapada|Amlapada
ANG07|S.P. Mart|Angul|Bikash Nagar|Bikash Nagar
NGL01|Sri Murugan Stores|Nagercoil|Vadasery|Vadasery
NGL02|Sri Murugan Stores|Nagercoil|Kottar|Kottar
NGL03|Royal Bakery|Nagercoil|Meenakshipuram|Meenakshipuram
NGL04|Sri Balaji Stores|Nagercoil|Parvathipuram|Parvathipuram
NGL05|Anbu Medicals|Nagercoil|Chettikulam|Chettikulam junction
NGL06|Selvam Maligai|Nagercoil|Vetturnimadam|Vetturnimadam
NGL07|J.P. Super Market|Nagercoil|Vadasery|Vadasery
NGL08|Thangam Stores|Nagercoil|Kottar|Kottar
NZB01|Sri Balaji Stores|Nizamabad|Vinayak Nagar|Vinayak Nagar
NZB02|Venkateshwara Kirana|Nizamabad|Kanteshwar|Kanteshwar
NZB03|Laxmi General Stores|Nizamabad|Gandhi Chowk|Gandhi Chowk
NZB04|Al-Madina Bakery|Nizamabad|Gandhi Chowk|Gandhi Chowk
NZB05|Sai Ram Medical|Nizamabad|Pragathi Nagar|Pragathi Nagar
NZB06|R.R. Mart|Nizamabad|Subhash Nagar|Subhash Nagar
NZB07|Srinivasa Stores|Nizamabad|Subhash Nagar|Subhash Nagar
NZB08|Mahalaxmi Kirana|Nizamabad|Kanteshwar|Kanteshwar
BLR01|Sri Balaji Stores|Ballari|Cowl Bazaar|Cowl Bazaar
BLR02|Royal Bakery|Ballari|Brucepet|Brucepet
BLR03|Basavaraj Stores|Ballari|Gandhi Nagar|Gandhi Nagar
BLR04|Sri Kanaka Durga Provisions|Ballari|Parvathi Nagar|Parvathi Nagar
BLR05|Manjunatha Medicals|Ballari|Satyanarayana Pete|Satyanarayana Pete
BLR06|K.V.R. Traders|Ballari|Cowl Bazaar|Cowl Bazaar
BLR07|Renuka General Store|Ballari|Parvathi Nagar|Parvathi Nagar
BLR08|Durgamma Kirana|Ballari|Brucepet|Brucepet
MLP01|Royal Bakery|Malappuram|Kottappadi|Kottappadi
MLP02|Thaj Stores|Malappuram|Kunnummal|Kunnummal
MLP03|Kerala Stores|Malappuram|Down Hill|Down Hill
MLP04|Hira Medicals|Malappuram|Kottappadi|Kottappadi
MLP05|Muhammed Stores|Malappuram|Munduparamba|Munduparamba
MLP06|A.K.M. Supermarket|Malappuram|Up Hill|Up Hill
MLP07|Thaj Stores|Malappuram|Down Hill|Down Hill
MLP08|Baby Stores|Malappuram|Kunnummal|Kunnummal
VAL01|DayStop|Valenzuela|Malinta|McArthur Hwy, Malinta
VAL02|DayStop|Valenzuela|Karuhatan|Karuhatan
VAL03|Aling Nena Sari-Sari Store|Valenzuela|Marulas|Marulas
VAL04|JRM Store|Valenzuela|Dalandanan|Dalandanan
VAL05|Tindahan ni Mang Boy|Valenzuela|Malanday|Malanday
VAL06|Botika Santos|Valenzuela|Gen. T. de Leon|Gen. T. de Leon
VAL07|Kwik Mart|Valenzuela|Marulas|Marulas
VAL08|Lola Ising Bakeshop|Valenzuela|Karuhatan|Karuhatan
SUR01|Kuya Jun Store|Surigao City|Washington|Washington
SUR02|Kuya Jun Store|Surigao City|Canlanipa|Canlanipa
SUR03|DayStop|Surigao City|Taft|Taft
SUR04|Lucing Sari-Sari Store|Surigao City|Luna|Luna
SUR05|R&G Mini Mart|Surigao City|San Juan|San Juan
SUR06|Botica Esperanza|Surigao City|Taft|Taft
SUR07|Nanay Belen Store|Surigao City|Canlanipa|Canlanipa
ILA01|Manang Fely Store|Ilagan|Alibagu|Alibagu
ILA02|DayStop|Ilagan|Calamagui|Calamagui
ILA03|Agcaoili Sari-Sari Store|Ilagan|Baligatan|Baligatan
ILA04|J.B. Mini Mart|Ilagan|San Vicente|San Vicente
ILA05|Bannawag Bakery|Ilagan|Calamagui|Calamagui
ILA06|Kwik Mart|Ilagan|Baligatan|Baligatan
ILA07|Aling Nena Sari-Sari Store|Ilagan|San Vicente|San Vicente
LIN01|DayStop|Lingayen|Poblacion|Avenida Rizal, Poblacion
LIN02|Manang Dolor Store|Lingayen|Libsong East|Libsong East
LIN03|Lita Store|Lingayen|Pangapisan|Pangapisan
LIN04|Kwik Mart|Lingayen|Estanza|Estanza
LIN05|M.R.C. Variety Store|Lingayen|Domalandan|Domalandan
LIN06|Lingayen Bakery|Lingayen|Poblacion|Poblacion
LIN07|Botika Santos|Lingayen|Libsong East|Libsong East
GUA01|Aling Nena Sari-Sari Store|Guagua|Betis|Betis
GUA02|Apung Ising Store|Guagua|Lambac|Lambac
GUA03|Kwik Mart|Guagua|Plaza Burgos|Plaza Burgos
GUA04|DayStop|Guagua|San Roque|San Roque
GUA05|Betis Bakeshop|Guagua|Betis|Betis
GUA06|R.D.G. Mini Mart|Guagua|Santa Filomena|Santa Filomena
GUA07|Mang Carding Store|Guagua|Lambac|Lambac
DAE01|DayStop|Daet|Lag-on|Vinzons Ave, Lag-on
DAE02|Tiya Loring Store|Daet|Bagasbas|Bagasbas
DAE03|A.B.C. Mini Mart|Daet|Camambugan|Camambugan
DAE04|Kwik Mart|Daet|Gubat|Gubat
DAE05|Manay Celia Store|Daet|Pamorangon|Pamorangon
DAE06|Botica Esperanza|Daet|Lag-on|Lag-on
DAE07|Bagasbas Bakeshop|Daet|Bagasbas|Bagasbas
PAL01|Manay Tessie Store|Palo|San Joaquin|San Joaquin
PAL02|Kuya Jun Store|Palo|Pawing|Pawing
PAL03|DayStop|Palo|Candahug|Candahug
PAL04|L.G.M. Mini Mart|Palo|Baras|Baras
PAL05|Nanay Puring Sari-Sari|Palo|Campetic|Campetic
PAL06|Balay Tinapay Bakeshop|Palo|San Joaquin|San Joaquin
PAL07|Kwik Mart|Palo|Pawing|Pawing
"""
