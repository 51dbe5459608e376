# Writes the frozen "generalise" labelled set (session 7). Run once; the set is frozen after its first score.
import json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("DDN-01","Negi General Store","Rajpur Road, Dehradun 248001","Rajpur Road","Dehradun","Uttarakhand","India",30.3350,78.0590),
 ("DDN-02","Doon Provision Mart","Clement Town, Dehradun 248002","Clement Town","Dehradun","Uttarakhand","India",30.2720,78.0090),
 ("DDN-03","Bisht Kirana","Prem Nagar, Dehradun 248007","Prem Nagar","Dehradun","Uttarakhand","India",30.3340,77.9600),
 ("VNS-01","Kashi Kirana Bhandar","Lanka, Varanasi 221005","Lanka","Varanasi","Uttar Pradesh","India",25.2820,83.0010),
 ("VNS-02","Yadav Stores","Sigra, Varanasi 221010","Sigra","Varanasi","Uttar Pradesh","India",25.3180,82.9880),
 ("VNS-03","Ganga General Store","Bhelupur, Varanasi 221010","Bhelupur","Varanasi","Uttar Pradesh","India",25.3000,83.0000),
 ("TRY-01","Murugan Stores","North Chitra Street, Srirangam, Tiruchirappalli 620006","Srirangam","Tiruchirappalli","Tamil Nadu","India",10.8620,78.6890),
 ("TRY-02","Sri Ranga Departmental Store","Thillai Nagar, Tiruchirappalli 620018","Thillai Nagar","Tiruchirappalli","Tamil Nadu","India",10.8260,78.6830),
 ("TRY-03","Anbu Provisions","Woraiyur, Tiruchirappalli 620003","Woraiyur","Tiruchirappalli","Tamil Nadu","India",10.8290,78.6770),
 ("SLM-01","Selvam Super Market","Fairlands, Salem 636016","Fairlands","Salem","Tamil Nadu","India",11.6750,78.1380),
 ("SLM-02","Kumar Stores","Hasthampatti, Salem 636007","Hasthampatti","Salem","Tamil Nadu","India",11.6720,78.1570),
 ("HBL-01","Basava General Stores","Vidyanagar, Hubballi 580021","Vidyanagar","Hubballi","Karnataka","India",15.3690,75.1230),
 ("HBL-02","Sri Siddharoodha Provisions","Keshwapur, Hubballi 580023","Keshwapur","Hubballi","Karnataka","India",15.3490,75.1420),
 ("WGL-01","Lakshmi Kirana","Hanamkonda, Warangal 506001","Hanamkonda","Warangal","Telangana","India",18.0070,79.5580),
 ("WGL-02","Venkata Sai Stores","Kazipet, Warangal 506003","Kazipet","Warangal","Telangana","India",17.9740,79.5030),
 ("TCR-01","Vadakkan Stores","Poonkunnam, Thrissur 680002","Poonkunnam","Thrissur","Kerala","India",10.5420,76.2060),
 ("TCR-02","St. Thomas Provisions","Ollur, Thrissur 680306","Ollur","Thrissur","Kerala","India",10.4760,76.2430),
 ("AUR-01","Shinde Kirana","N-5 CIDCO, Aurangabad 431003","CIDCO","Aurangabad","Maharashtra","India",19.8760,75.3690),
 ("AUR-02","Jadhav General Stores","Nirala Bazar, Aurangabad 431001","Nirala Bazar","Aurangabad","Maharashtra","India",19.8810,75.3220),
 ("DGP-01","Maa Tara Bhandar","Benachity, Durgapur 713213","Benachity","Durgapur","West Bengal","India",23.5480,87.2950),
 ("DGP-02","Ghosh Stores","City Centre, Durgapur 713216","City Centre","Durgapur","West Bengal","India",23.5370,87.3000),
 ("JAM-01","Patel Provision Store","Patel Colony, Jamnagar 361008","Patel Colony","Jamnagar","Gujarat","India",22.4690,70.0600),
 ("JAM-02","Jalaram Kirana","Digjam Circle, Jamnagar 361006","Digjam Circle","Jamnagar","Gujarat","India",22.4800,70.0440),
 ("SBP-01","Jagannath Bhandar","Budharaja, Sambalpur 768004","Budharaja","Sambalpur","Odisha","India",21.4600,83.9700),
 ("SBP-02","Maa Samaleswari Stores","Ainthapali, Sambalpur 768004","Ainthapali","Sambalpur","Odisha","India",21.4880,83.9780),
 ("CBY-01","Tindahan ni Manang Lorna","Barangay Obrero, Calbayog City","Obrero","Calbayog","Samar","Philippines",12.0690,124.5970),
 ("CBY-02","Calbayog Mini Mart","Balud, Calbayog City","Balud","Calbayog","Samar","Philippines",12.0660,124.6020),
 ("ORM-01","Sari-sari ni Nanay Fe","Cogon, Ormoc City","Cogon","Ormoc","Leyte","Philippines",11.0100,124.6130),
 ("ORM-02","Ormoc Grocery Center","Punta, Ormoc City","Punta","Ormoc","Leyte","Philippines",11.0030,124.6050),
 ("ZAM-01","Tienda de Lucia","Tetuan, Zamboanga City","Tetuan","Zamboanga City","Zamboanga Peninsula","Philippines",6.9190,122.0870),
 ("ZAM-02","Canelar Mini Mart","Canelar, Zamboanga City","Canelar","Zamboanga City","Zamboanga Peninsula","Philippines",6.9130,122.0730),
 ("ZAM-03","7-Eleven Guiwan","Guiwan, Zamboanga City","Guiwan","Zamboanga City","Zamboanga Peninsula","Philippines",6.9290,122.0960),
 ("ISA-01","Tienda Ramirez","Aguada, Isabela City, Basilan","Aguada","Isabela City","BARMM","Philippines",6.7030,121.9720),
 ("TAG-01","Bernadette Store","Apokon, Tagum City","Apokon","Tagum","Davao del Norte","Philippines",7.4400,125.8230),
 ("LUC-01","Aling Nena Sari-Sari","Ibabang Dupay, Lucena City","Ibabang Dupay","Lucena","Quezon","Philippines",13.9510,121.6120),
 ("SFL-01","Nanang Elsa Store","Catbangen, San Fernando, La Union","Catbangen","San Fernando","La Union","Philippines",16.6180,120.3110),
 ("KAB-01","Tindahan ni Inday Joy","Barangay 1, Kabankalan City","Barangay 1","Kabankalan","Negros Occidental","Philippines",9.9880,122.8150),
]
O = {o[0]: o for o in OUTLETS}
CITY = {"DDN":"Dehradun","VNS":"Varanasi","TRY":"Tiruchirappalli","SLM":"Salem","HBL":"Hubballi","WGL":"Warangal",
        "TCR":"Thrissur","AUR":"Aurangabad","DGP":"Durgapur","JAM":"Jamnagar","SBP":"Sambalpur","CBY":"Calbayog",
        "ORM":"Ormoc","ZAM":"Zamboanga City","ISA":"Isabela City","TAG":"Tagum","LUC":"Lucena","SFL":"San Fernando",
        "KAB":"Kabankalan"}
ML, GL, LY = "MON-GUAVA-250", "MON-GUAVA-1L", "MON-LYCHEE-250"
BC, BB, NB, NM = "BIT-CHOCO", "BIT-BUTTER", "NAM-BHUJIA-200", "NAM-MOONG-150"
R, N = True, False
# (lang, category, stockout, text, outlet (named or at device), sku, where: city prefix for the profile, device: geo at outlet)
M = []
def m(lang, cat, so, text, outlet=None, sku=None, home=None, device=False):
    M.append((lang, cat, so, text, outlet, sku, home, device))
# Waray (Calbayog, Ormoc)
m("war","plain",R,"Waray na Monsoon Lychee ha Tindahan ni Manang Lorna, Obrero. Tulo ka adlaw na.","CBY-01",LY)
m("war","plain",R,"Naubos na an Bituin Choco ha Calbayog Mini Mart Balud","CBY-02",BC)
m("war","plain",R,"Ha Sari-sari ni Nanay Fe ha Cogon, waray gud Namkino bhujia yana","ORM-01",NB)
m("war","device-location",R,"Waray na Bituin didi nga tindahan","ORM-02",None,"ORM",True)
m("war","device-location",R,"Naubos an Monsoon didi, waray stock","CBY-01",None,"CBY",True)
m("war","plain",R,"Ormoc Grocery Center Punta: waray Monsoon Guava 1 litro","ORM-02",GL)
m("war","plain",R,"WARAY NA NAMKINO MOONG DAL HA ORMOC GROCERY CENTER","ORM-02",NM)
m("war","plain",R,"Ubos na an Bituin Butter ha Tindahan ni Manang Lorna","CBY-01",BB)
m("war","device-location",R,"Naubos na Namkino ini nga tindahan","CBY-02",None,"CBY",True)
m("war","contrast",R,"Waray Monsoon Lychee ha Calbayog Mini Mart pero mayda Coke","CBY-02",LY)
m("war","negation",N,"Diri naubos an Monsoon ha Calbayog Mini Mart, damu pa hira. Nakapalit ako duha.")
m("war","negation",N,"Waray ako problema pagpalit hin Bituin ha Tindahan ni Manang Lorna, pirme mayda.")
m("war","negation",N,"Diri tinuod nga waray Monsoon ha Sari-sari ni Nanay Fe, mayda pa.")
m("war","contrast",N,"Waray na Coke ha Sari-sari ni Nanay Fe pero mayda Monsoon, damu pa.")
m("war","other-product",N,"Waray Sprite ha Ormoc Grocery Center, salit ginpalit ko nala an Monsoon Lychee.")
m("war","other-product",N,"Ginpalit ko an Namkino kay waray Piattos ha Calbayog Mini Mart")
m("war","past-resolved",N,"Kahapon waray Bituin ha Calbayog Mini Mart, yana mayda na liwat.")
m("war","past-resolved",N,"Hadto nga 2023 pirme waray Namkino ha Ormoc, yana damu na.")
m("war","irrealis",N,"Bangin maubos an Monsoon ha Pasko, pamalit na kamo.")
m("war","irrealis",N,"Kun maubos an Bituin ha Calbayog Mini Mart, ha Obrero kami mapalit.")
m("war","irrealis",N,"Basi waray na Bituin ha Ormoc Grocery Center buwas.")
m("war","other-sense",N,"An monsoon nga uran waray pa umabot didi ha Calbayog")
m("war","praise",N,"Waray gud tatalo ha Monsoon Guava, an pinakamaupay!")
m("war","praise",N,"Diri ako mabuhi nga waray Bituin Choco")
# Chavacano (Zamboanga City, Isabela City)
m("cbk","plain",R,"No hay mas Monsoon Lychee na Tienda de Lucia, Tetuan.","ZAM-01",LY)
m("cbk","plain",R,"Ya acaba ya el Bituin Choco na Canelar Mini Mart","ZAM-02",BC)
m("cbk","plain",R,"Nuay Namkino bhujia na 7-Eleven Guiwan desde lunes","ZAM-03",NB)
m("cbk","device-location",R,"Nuay mas Bituin aqui na este tienda","ZAM-01",None,"ZAM",True)
m("cbk","device-location",R,"Ya acaba el Monsoon Guava 1 litro aqui","ISA-01",GL,"ISA",True)
m("cbk","plain",R,"Tienda Ramirez na Aguada, no hay Namkino moong dal","ISA-01",NM)
m("cbk","plain",R,"NUAY MONSOON LYCHEE NA CANELAR MINI MART","ZAM-02",LY)
m("cbk","plain",R,"Ya termina el stock de Bituin Butter na Tienda Ramirez","ISA-01",BB)
m("cbk","contrast",R,"Tiene Coke na Tienda de Lucia pero nuay Monsoon Lychee","ZAM-01",LY)
m("cbk","device-location",R,"Nuay Namkino bhujia aqui","ZAM-03",NB,"ZAM",True)
m("cbk","negation",N,"No ya acaba el Monsoon na Tienda de Lucia, ya compra yo dos.")
m("cbk","negation",N,"Nunca yo tiene problema para busca Bituin na 7-Eleven Guiwan.")
m("cbk","negation",N,"No verdad que nuay Namkino na 7-Eleven Guiwan, tiene pa bastante.")
m("cbk","contrast",N,"No hay Coke na Canelar Mini Mart pero tiene Monsoon, bastante pa.")
m("cbk","other-product",N,"Nuay Sprite na Tienda Ramirez, entonces ya compra yo Namkino bhujia.")
m("cbk","other-product",N,"Ya compra yo Bituin Butter kay nuay Oreo na 7-Eleven Guiwan.")
m("cbk","past-resolved",N,"Ayer nuay Monsoon na Tienda de Lucia, ahora tiene ya.")
m("cbk","past-resolved",N,"Antes, el año 2022, nuay gayot Bituin na Isabela, ahora bastante ya.")
m("cbk","irrealis",N,"Talvez ay acaba el Monsoon na Fiesta Pilar, compra ya ustedes.")
m("cbk","irrealis",N,"Si ay acaba el Namkino na Canelar Mini Mart, na Guiwan kita ay compra.")
m("cbk","irrealis",N,"Puede ser nuay ya Bituin na Canelar Mini Mart mañana.")
m("cbk","other-sense",N,"Nuay pa monsoon na Zamboanga, nuay ulan.")
m("cbk","praise",N,"Nuay igual con el Monsoon Guava, el mas sabroso!")
m("cbk","praise",N,"No puede yo vivi sin Bituin Choco")
# Hinglish in Latin letters (Dehradun, Varanasi)
m("hi-Latn","plain",R,"Negi General Store Rajpur Road pe Monsoon Lychee nhi mil rha","DDN-01",LY)
m("hi-Latn","plain",R,"Doon Provision Mart Clement Town me Namkino bhujia khtm ho gya h","DDN-02",NB)
m("hi-Latn","plain",R,"bisht kirana prem nagar mai bituin choco ni h 2 din se","DDN-03",BC)
m("hi-Latn","plain",R,"Kashi Kirana Bhandar Lanka - Monsoon guava 1 ltr out of stok","VNS-01",GL)
m("hi-Latn","plain",R,"yadav stores sigra me namkino moong dal nai mil ri","VNS-02",NM)
m("hi-Latn","device-location",R,"is dukaan me Monsoon khatam hai bhai","VNS-03",None,"VNS",True)
m("hi-Latn","device-location",R,"yaha pe bituin butter nahin hai","DDN-01",BB,"DDN",True)
m("hi-Latn","plain",R,"GANGA GENERAL STORE BHELUPUR NAMKINO BHUJIA NHI H","VNS-03",NB)
m("hi-Latn","contrast",R,"Yadav Stores Sigra me Pepsi h pr Monsoon Lychee nhi h","VNS-02",LY)
m("hi-Latn","plain",R,"Monsoon lychee ka stock khatam, Kashi Kirana Bhandar Lanka","VNS-01",LY)
m("hi-Latn","negation",N,"Monsoon khatam nhi hua h Negi General Store me, abhi 2 liye")
m("hi-Latn","negation",N,"kaun bolta h Namkino nahi milta? Yadav Stores Sigra me pura shelf bhara h")
m("hi-Latn","negation",N,"Bituin kbhi khatam nhi hota Ganga General Store me")
m("hi-Latn","contrast",N,"Doon Provision Mart me Pepsi nhi thi lekin Monsoon ekdum bharpur h")
m("hi-Latn","other-product",N,"Bisht Kirana me Kurkure khtm tha toh Namkino bhujia le liya")
m("hi-Latn","other-product",N,"Kashi Kirana Bhandar me Haldiram nai tha isliye Namkino liya")
m("hi-Latn","past-resolved",N,"kal Ganga General Store me Monsoon nhi tha, aaj aa gya")
m("hi-Latn","past-resolved",N,"2019 me Dehradun me Bituin milta hi nahi tha, ab har jagah h")
m("hi-Latn","past-resolved",N,"pichle hafte Namkino nhi mil rha tha Bisht Kirana me, ab wapas aa gya")
m("hi-Latn","irrealis",N,"Diwali pe Namkino khatam ho jayega, abhi se le lo")
m("hi-Latn","irrealis",N,"agar Negi General Store me Monsoon khatam hua toh Doon Provision jaunga")
m("hi-Latn","irrealis",N,"lagta h Monsoon jaldi khtm hoga, garmi bahut h")
m("hi-Latn","other-sense",N,"Is baar monsoon late h, Dehradun me barish nhi hui")
m("hi-Latn","other-sense",N,"monsoon session me bill pass nahi hua")
m("hi-Latn","praise",N,"Namkino bhujia jaisa kuch nhi yaar")
m("hi-Latn","praise",N,"Monsoon guava ke bina nhi reh skta")
# Tamil in Latin letters (Tiruchirappalli, Salem)
m("ta-Latn","plain",R,"Murugan Stores Srirangam la Monsoon Lychee illa","TRY-01",LY)
m("ta-Latn","plain",R,"Sri Ranga Departmental Store Thillai Nagar la Namkino bhujia kidaikala","TRY-02",NB)
m("ta-Latn","plain",R,"Anbu Provisions Woraiyur-la Bituin choco stock illai 3 naala","TRY-03",BC)
m("ta-Latn","plain",R,"Selvam Super Market Fairlands la Monsoon guava 1 litre theernthu pochu","SLM-01",GL)
m("ta-Latn","plain",R,"kumar stores hasthampatti la namkino moong dal kedaikkalai","SLM-02",NM)
m("ta-Latn","device-location",R,"inga Bituin butter illa","SLM-01",BB,"SLM",True)
m("ta-Latn","device-location",R,"intha kadaila Monsoon lychee mudinjiduchu","TRY-01",LY,"TRY",True)
m("ta-Latn","plain",R,"ANBU PROVISIONS WORAIYUR NAMKINO BHUJIA ILLA","TRY-03",NB)
m("ta-Latn","contrast",R,"Kumar Stores la Coke irukku aana Monsoon lychee illa","SLM-02",LY)
m("ta-Latn","plain",R,"Monsoon lychee stock illa da Sri Ranga Departmental Store la","TRY-02",LY)
m("ta-Latn","negation",N,"Murugan Stores la Monsoon theerala, rendu vaanginen")
m("ta-Latn","negation",N,"Selvam Super Market la Bituin eppavume irukku, kidaikalanu yaar sonna?")
m("ta-Latn","negation",N,"Bituin illanu sonnanga, aana Anbu Provisions la niraya irukku")
m("ta-Latn","contrast",N,"Kumar Stores la Pepsi illa aana Monsoon niraya irukku")
m("ta-Latn","other-product",N,"Sri Ranga Departmental Store la Lays illa, adhanala Namkino vaanginen")
m("ta-Latn","other-product",N,"Anbu Provisions la Oreo illai so Bituin choco vangiten")
m("ta-Latn","past-resolved",N,"nethu Murugan Stores la Monsoon illa, inniki vandhuduchu")
m("ta-Latn","past-resolved",N,"2021 la Trichy la Namkino kidaikave kidaikadhu, ippo ella kadaila um irukku")
m("ta-Latn","irrealis",N,"Pongal ku Monsoon theernthu pogum, ippove vaangunga")
m("ta-Latn","irrealis",N,"Selvam Super Market la Bituin illana Kumar Stores ku poven")
m("ta-Latn","irrealis",N,"Monsoon seekiram theerndhudum pola")
m("ta-Latn","other-sense",N,"Salem la inum monsoon mazhai varala")
m("ta-Latn","praise",N,"Namkino bhujia pola edhuvum illa")
m("ta-Latn","praise",N,"Monsoon guava illama vaazha mudiyadhu")
# English
m("en","plain",R,"Monsoon Lychee sold out at Doon Provision Mart, Clement Town","DDN-02",LY)
m("en","device-location",R,"This shop has run out of Namkino bhujia again","TRY-02",NB,"TRY",True)
m("en","plain",R,"Shinde Kirana CIDCO is out of Namkino Moong Dal","AUR-01",NM)
m("en","plain",R,"Bituin Butter OUT at Bernadette Store Apokon","TAG-01",BB)
m("en","negation",N,"Bituin is NOT out of stock at Kumar Stores, just picked up three")
m("en","negation",N,"Never had trouble finding Bituin at Jadhav General Stores")
m("en","contrast",N,"No Pepsi at Negi General Store but plenty of Monsoon")
m("en","other-product",N,"Jamnagar's Patel Provision Store had no Lays so I grabbed Namkino instead")
m("en","past-resolved",N,"Monsoon was missing at Ghosh Stores last week, back on the shelf today")
m("en","past-resolved",N,"Back in 2020 you could never find Bituin in Tagum. Now it's everywhere.")
m("en","irrealis",N,"Stock up on Monsoon before the Durga Puja rush empties the shelves")
m("en","irrealis",N,"Namkino might run out at Basava General Stores by the weekend")
m("en","other-sense",N,"No monsoon rains in Salem this year, the lakes are dry")
m("en","other-sense",N,"The monsoon is gone and so are the mosquitoes")
m("en","praise",N,"Nothing beats a cold Monsoon guava after work")
# Hindi in Devanagari
m("hi","plain",R,"काशी किराना भंडार लंका में मॉनसून लीची नहीं मिल रहा","VNS-01",LY)
m("hi","device-location",R,"यहाँ नमकीनो भुजिया खत्म हो गई","VNS-02",NB,"VNS",True)
m("hi","contrast",R,"यादव स्टोर्स सिगरा में पेप्सी है लेकिन मॉनसून लीची नहीं है","VNS-02",LY)
m("hi","negation",N,"मॉनसून खत्म नहीं हुआ है, अभी दो बोतल ली यादव स्टोर्स से")
m("hi","other-product",N,"गंगा जनरल स्टोर में पेप्सी नहीं थी तो मॉनसून ले लिया")
m("hi","past-resolved",N,"कल नमकीनो नहीं था, आज फिर से आ गया काशी किराना में")
m("hi","irrealis",N,"होली पर मॉनसून खत्म हो जाएगा, पहले ही ले लो")
m("hi","other-sense",N,"इस साल मॉनसून देर से आया, बारिश नहीं हुई")
m("hi","praise",N,"नमकीनो भुजिया जैसा कुछ नहीं")
# Tamil script
m("ta","plain",R,"முருகன் ஸ்டோர்ஸ் ஸ்ரீரங்கத்தில் Monsoon Lychee கிடைக்கவில்லை","TRY-01",LY)
m("ta","device-location",R,"இங்கே Namkino புஜியா இல்லை","TRY-03",None,"TRY",True)
m("ta","negation",N,"Monsoon தீரவில்லை, இரண்டு வாங்கினேன்")
m("ta","other-product",N,"Lays இல்லை, அதனால் Namkino வாங்கினேன்")
m("ta","past-resolved",N,"நேற்று Bituin இல்லை, இன்று வந்துவிட்டது")
m("ta","irrealis",N,"தீபாவளிக்கு Monsoon தீர்ந்துவிடும், இப்போதே வாங்குங்கள்")
m("ta","other-sense",N,"சேலத்தில் இன்னும் monsoon மழை இல்லை")
m("ta","praise",N,"Namkino போல எதுவும் இல்லை")
# Telugu
m("te","plain",R,"Lakshmi Kirana Hanamkonda lo Monsoon Lychee ledu","WGL-01",LY)
m("te","plain",R,"వెంకట సాయి స్టోర్స్ కాజీపేట లో Namkino భుజియా దొరకడం లేదు","WGL-02",NB)
m("te","device-location",R,"ikkada Bituin choco ledu","WGL-01",BC,"WGL",True)
m("te","negation",N,"Monsoon aipoledu, rendu konnanu")
m("te","other-product",N,"Lays ledu, anduke Namkino konnanu Venkata Sai Stores lo")
m("te","past-resolved",N,"ninna Bituin ledu, ivala vachindi")
m("te","irrealis",N,"Sankranti ki Monsoon aipotundi, ippude konandi")
m("te","other-sense",N,"Warangal lo inka monsoon varshalu raledu")
m("te","praise",N,"Namkino bhujia ki saati ledu")
# Kannada
m("kn","plain",R,"Basava General Stores Vidyanagar alli Monsoon Lychee illa","HBL-01",LY)
m("kn","plain",R,"ಸಿದ್ಧಾರೂಢ ಪ್ರಾವಿಷನ್ಸ್ ಕೇಶ್ವಾಪುರದಲ್ಲಿ Namkino ಭುಜಿಯಾ ಸಿಗುತ್ತಿಲ್ಲ","HBL-02",NB)
m("kn","device-location",R,"illi Bituin butter illa","HBL-02",BB,"HBL",True)
m("kn","negation",N,"Monsoon mugiyalilla, eradu tagondu bande")
m("kn","other-product",N,"Lays illa adakke Namkino tagonde")
m("kn","past-resolved",N,"ninne Bituin illa, ivattu bantu")
m("kn","irrealis",N,"Deepavali ge Monsoon mugiyabahudu")
m("kn","other-sense",N,"Hubballi alli monsoon male innu banilla")
# Malayalam
m("ml","plain",R,"Vadakkan Stores Poonkunnam il Monsoon Lychee illa","TCR-01",LY)
m("ml","plain",R,"സെന്റ് തോമസ് പ്രൊവിഷൻസ് ഒല്ലൂരിൽ Namkino ഭുജിയ കിട്ടാനില്ല","TCR-02",NB)
m("ml","device-location",R,"ivide Bituin choco illa","TCR-01",BC,"TCR",True)
m("ml","negation",N,"Monsoon theernnittilla, randu vangi")
m("ml","other-product",N,"Lays illayirunnu, athukond Namkino vangi")
m("ml","past-resolved",N,"innale Bituin illayirunnu, innu vannu")
m("ml","irrealis",N,"Onathinu Monsoon theerum, ippo thanne vangikko")
m("ml","other-sense",N,"Thrissuril monsoon mazha ithuvare vannilla")
# Marathi
m("mr","plain",R,"Shinde Kirana CIDCO madhe Monsoon Lychee milat nahi","AUR-01",LY)
m("mr","plain",R,"जाधव जनरल स्टोअर्स निराला बाजार मध्ये नमकीनो भुजिया संपली","AUR-02",NB)
m("mr","device-location",R,"ithe Bituin choco nahi","AUR-02",BC,"AUR",True)
m("mr","negation",N,"Monsoon sampla nahi, don ghetle")
m("mr","other-product",N,"Lays navhte mhanun Namkino ghetla")
m("mr","past-resolved",N,"kal Bituin navhta, aaj aala")
m("mr","irrealis",N,"Ganpati la Monsoon sampel, aadhich ghya")
m("mr","other-sense",N,"Aurangabad madhe monsoon cha paus ajun nahi")
# Bengali
m("bn","plain",R,"Maa Tara Bhandar Benachity te Monsoon Lychee nei","DGP-01",LY)
m("bn","plain",R,"ঘোষ স্টোর্স সিটি সেন্টারে Namkino ভুজিয়া পাওয়া যাচ্ছে না","DGP-02",NB)
m("bn","device-location",R,"ekhane Bituin butter nei","DGP-01",BB,"DGP",True)
m("bn","negation",N,"Monsoon shesh hoyni, duto kinlam")
m("bn","other-product",N,"Lays chhilo na tai Namkino kinlam")
m("bn","past-resolved",N,"kal Bituin chhilo na, aaj esechhe")
m("bn","irrealis",N,"Pujor somoy Monsoon shesh hoye jabe, ekhoni kine nin")
m("bn","other-sense",N,"Durgapur e monsoon er brishti ekhono asheni")
# Gujarati
m("gu","plain",R,"Patel Provision Store Patel Colony ma Monsoon Lychee nathi","JAM-01",LY)
m("gu","plain",R,"જલારામ કિરાણા દિગ્જામ સર્કલ પર Namkino ભુજીયા મળતું નથી","JAM-02",NB)
m("gu","device-location",R,"ahiya Bituin choco nathi","JAM-02",BC,"JAM",True)
m("gu","negation",N,"Monsoon khatam nathi thayu, be lidha")
m("gu","other-product",N,"Lays nahotu etle Namkino lidhu")
m("gu","past-resolved",N,"kale Bituin nahotu, aaje aavi gayu")
m("gu","irrealis",N,"Navratri ma Monsoon khatam thai jashe, atyare j lai lo")
m("gu","other-sense",N,"Jamnagar ma monsoon no varsad haju nathi aavyo")
# Odia
m("or","plain",R,"Jagannath Bhandar Budharaja re Monsoon Lychee nahi","SBP-01",LY)
m("or","plain",R,"ମା ସମଲେଶ୍ୱରୀ ଷ୍ଟୋର୍ସ ଆଇଁଠାପାଲିରେ Namkino ଭୁଜିଆ ମିଳୁନାହିଁ","SBP-02",NB)
m("or","device-location",R,"ethi Bituin butter nahi","SBP-01",BB,"SBP",True)
m("or","negation",N,"Monsoon sari nahi, duita kinili")
m("or","other-product",N,"Lays na thila boli Namkino kinili")
m("or","past-resolved",N,"kali Bituin na thila, aji asigala")
m("or","irrealis",N,"Rath Yatra re Monsoon sari jiba, ebe hin kiniba")
m("or","other-sense",N,"Sambalpur re monsoon barsa ebe bi asini")
# Tagalog
m("tl","plain",R,"Wala nang Bituin Choco sa Aling Nena Sari-Sari, Ibabang Dupay","LUC-01",BC)
m("tl","device-location",R,"Ubos na ang Monsoon Lychee dito","LUC-01",LY,"LUC",True)
m("tl","contrast",R,"May Coke sa Aling Nena Sari-Sari pero wala nang Bituin Butter","LUC-01",BB)
m("tl","negation",N,"Hindi ubos ang Bituin sa Aling Nena, nakabili pa ako ng dalawa")
m("tl","other-product",N,"Walang Coke sa Aling Nena Sari-Sari kaya Monsoon na lang binili ko")
m("tl","past-resolved",N,"Kahapon walang Bituin, ngayon meron na ulit")
m("tl","irrealis",N,"Baka maubos ang Bituin sa Pasko, bili na kayo")
m("tl","other-sense",N,"Walang bituin sa langit ngayong gabi, maulap")
m("tl","other-sense",N,"Ikaw ang bituin ng buhay ko")
m("tl","praise",N,"Walang tatalo sa Bituin Choco!")
# Cebuano
m("ceb","plain",R,"Wala nay Bituin Choco sa Bernadette Store Apokon","TAG-01",BC)
m("ceb","device-location",R,"Nahurot na ang Monsoon Lychee diri","TAG-01",LY,"TAG",True)
m("ceb","negation",N,"Wala nahurot ang Bituin sa Bernadette Store, nakapalit pa ko duha")
m("ceb","other-product",N,"Walay Coke sa Bernadette Store mao nga Monsoon na lang akong gipalit")
m("ceb","past-resolved",N,"Gahapon walay Bituin, karon naa na usab")
m("ceb","irrealis",N,"Basin mahurot ang Monsoon sa Pasko, palit na mo")
m("ceb","other-sense",N,"Walay bituon sa langit karong gabii")
m("ceb","praise",N,"Walay makatupong sa Monsoon Guava")
# Ilocano
m("ilo","plain",R,"Awan ti Bituin Choco idiay Nanang Elsa Store, Catbangen","SFL-01",BC)
m("ilo","device-location",R,"Naibus ti Monsoon Lychee ditoy","SFL-01",LY,"SFL",True)
m("ilo","negation",N,"Saan a naibus ti Bituin idiay Nanang Elsa Store, gimmatang ak ti dua")
m("ilo","other-product",N,"Awan ti Coke idiay Nanang Elsa Store isu a Monsoon ti ginatangko")
m("ilo","past-resolved",N,"Idi kalman awan ti Bituin, ita adda manen")
m("ilo","irrealis",N,"Nalabit maibus ti Monsoon inton Paskua")
# Hiligaynon
m("hil","plain",R,"Wala na Bituin Choco sa Tindahan ni Inday Joy","KAB-01",BC)
m("hil","device-location",R,"Ubos na ang Monsoon Lychee diri","KAB-01",LY,"KAB",True)
m("hil","negation",N,"Wala naubos ang Bituin sa Tindahan ni Inday Joy, nakabakal pa ko duha")
m("hil","other-product",N,"Wala Coke sa Tindahan ni Inday Joy gani Monsoon na lang ang ginbakal ko")
m("hil","past-resolved",N,"Kahapon wala Bituin, subong may ara na liwat")
m("hil","irrealis",N,"Basi maubos ang Monsoon sa Paskwa")

CATALOG = {"brands": [
 {"brand": "Monsoon", "aliases": ["monsoon", "monsoon juice", "#monsoonjuice", "@monsoondrinks", "मॉनसून"],
  "category_words": ["juice", "drink"], "other_senses": ["rain", "rains", "session"],
  "products": [
   {"sku": ML, "name": "Monsoon Guava 250 ml", "aliases": ["monsoon guava 250ml", "monsoon guava small"]},
   {"sku": GL, "name": "Monsoon Guava 1 L", "aliases": ["monsoon guava 1l", "monsoon guava litre"]},
   {"sku": LY, "name": "Monsoon Lychee 250 ml", "aliases": ["monsoon lychee", "monsoon litchi", "मॉनसून लीची"]}]},
 {"brand": "Bituin", "aliases": ["bituin", "bituin biscuits", "#bituinbiskwit", "@bituinph"],
  "category_words": ["biscuit", "biscuits", "biskwit", "cookies"], "other_senses": ["langit"],
  "products": [
   {"sku": BC, "name": "Bituin Choco Sandwich", "aliases": ["bituin choco", "bituin chocolate"]},
   {"sku": BB, "name": "Bituin Butter Cookies", "aliases": ["bituin butter"]}]},
 {"brand": "Namkino", "aliases": ["namkino", "#namkino", "@namkino_snacks", "नमकीनो"],
  "category_words": ["namkeen", "snack", "snacks"],
  "products": [
   {"sku": NB, "name": "Namkino Aloo Bhujia 200 g", "aliases": ["namkino bhujia", "namkino aloo bhujia", "नमकीनो भुजिया"]},
   {"sku": NM, "name": "Namkino Moong Dal 150 g", "aliases": ["namkino moong dal", "namkino moong"]}]}]}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
import csv
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id","name","address","locality","city","region","country","lat","lon"])
    for o in OUTLETS: w.writerow(list(o[:7]) + ["%.4f" % o[7], "%.4f" % o[8]])
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (lang, cat, so, text, outlet, sku, home, device) in enumerate(M):
        src = SOURCES[i % 5]
        mid = "%s-g%03d" % (src, i + 1)
        geo = None
        if device:
            o = O[outlet]; geo = {"lat": round(o[7] + 0.00012, 6), "lon": round(o[8] + 0.00008, 6)}
        loc = CITY[home] if home else (CITY[outlet[:3]] if outlet and i % 2 == 0 else None)
        author = {"id": "u-g%03d" % (i + 1), "handle": "user_g%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": loc, "followers": (i * 37) % 500}
        fm.write(json.dumps({"id": mid, "source": src, "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": author, "text": text, "lang": None, "geo": geo, "is_repost": False}, ensure_ascii=False) + "\n")
        if so:
            city = CITY[outlet[:3]] if outlet else (CITY[home] if home else None)
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": city,
                   "locality": O[outlet][3] if outlet else None}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[2]), "reports")
