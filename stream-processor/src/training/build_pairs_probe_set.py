# Writes the "pairs-probe" labelled set (session 9, issue 14): minimal pairs around reports, written before any intent
# rule of the session changed, from the writer's knowledge of the languages (not from the lexicon files). Each base
# report has two minimal edits that flip it (negated, resolved, future or hypothetical, another product out, a
# question that does not say it is missing, a past year, a request that is no request to stock) or keep it (request
# phrasing, spelling, script, size written another way); plus posts about look-alike brands one or two letters from a
# tracked one, and misspellings of a tracked brand with other evidence of its product. Labels carry category, lang
# and, for an edit, base. Usage: python3 build_pairs_probe_set.py OUT_DIR
import csv, json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("AJM-01","Shree Ram Kirana","Vaishali Nagar, Ajmer 305006","Vaishali Nagar","Ajmer","Rajasthan","India",26.4710,74.6400),
 ("AJM-02","Jain Provision Store","Naya Bazar, Ajmer 305001","Naya Bazar","Ajmer","Rajasthan","India",26.4590,74.6330),
 ("TPT-01","Venkatadri Stores","Tilak Road, Tirupati 517501","Tilak Road","Tirupati","Andhra Pradesh","India",13.6330,79.4190),
 ("TPT-02","Padmavathi Super Market","Bairagipatteda, Tirupati 517501","Bairagipatteda","Tirupati","Andhra Pradesh","India",13.6400,79.4050),
 ("UDP-01","Krishna Bakery","Car Street, Udupi 576101","Car Street","Udupi","Karnataka","India",13.3410,74.7520),
 ("UDP-02","Shanti Stores","Kunjibettu, Udupi 576102","Kunjibettu","Udupi","Karnataka","India",13.3520,74.7480),
 ("BWN-01","Durga Bhandar","Curzon Gate, Bardhaman 713101","Curzon Gate","Bardhaman","West Bengal","India",23.2410,87.8650),
 ("BWN-02","Biswas Stores","Tejganj, Bardhaman 713103","Tejganj","Bardhaman","West Bengal","India",23.2500,87.8600),
 ("ILG-01","Dela Cruz Sari-Sari Store","Tibanga, Iligan City","Tibanga","Iligan","Northern Mindanao","Philippines",8.2400,124.2450),
 ("ILG-02","Pagayon Minimart","Poblacion, Iligan City","Poblacion","Iligan","Northern Mindanao","Philippines",8.2280,124.2370),
]
O = {o[0]: o for o in OUTLETS}
CITY = {"AJM":"Ajmer","TPT":"Tirupati","UDP":"Udupi","BWN":"Bardhaman","ILG":"Iligan"}
MNG, LIM, PERI, SALT = "TRV-MNG-250", "TRV-LIM-1000", "MKL-PERI", "MKL-SALT"
R, N = True, False
M = []  # (id, lang, cat, stockout, text, outlet, sku, base)
def b(lang, cat, text, outlet, sku=None):
    mid = "pp-%03d" % (len(M) + 1)
    M.append((mid, lang, cat, R, text, outlet, sku, mid))
    return mid
def keep(base, cat, text):
    src = next(x for x in M if x[0] == base)
    M.append(("pp-%03d" % (len(M) + 1), src[1], cat, R, text, src[5], src[6], base))
def flip(base, cat, text):
    src = next(x for x in M if x[0] == base)
    M.append(("pp-%03d" % (len(M) + 1), src[1], cat, N, text, None, None, base))
def alone(lang, cat, so, text, outlet=None, sku=None):
    M.append(("pp-%03d" % (len(M) + 1), lang, cat, so, text, outlet, sku, None))

# English
x = b("en","plain","Torvina mango 250ml out of stock at Shree Ram Kirana, Vaishali Nagar","AJM-01",MNG)
flip(x,"negation","Torvina mango 250ml is not out of stock at Shree Ram Kirana, Vaishali Nagar, they have crates of it")
flip(x,"resolved","Torvina mango 250ml was out of stock at Shree Ram Kirana, Vaishali Nagar, but it's back on the shelf today")
x = b("en","plain","No Makuli peri peri at Biswas Stores Tejganj for three days now","BWN-02",PERI)
flip(x,"other-product","No bread at Biswas Stores Tejganj for three days now, so I picked up Makuli peri peri")
flip(x,"question","Is there Makuli peri peri at Biswas Stores Tejganj?")
x = b("en","plain","Padmavathi Super Market has run out of Torvina lime 1L","TPT-02",LIM)
flip(x,"future","Padmavathi Super Market will run out of Torvina lime 1L by Sunday at this rate")
keep(x,"spelling","Padmavathi Supermarket has run outta Torvina lime 1 ltr")
x = b("en","compact","Krishna Bakery Car Street: Makuli salted sold out","UDP-01",SALT)
flip(x,"past","In 2021 Makuli salted sold out at Krishna Bakery Car Street within a day")
keep(x,"compact","MAKULI SALTED SOLD OUT - KRISHNA BAKERY CAR ST UDUPI")
x = b("en","request","@PagayonMinimart please restock Torvina, the cooler has been empty all week","ILG-02")
keep(x,"request","Pagayon Minimart pls bring Torvina back, none in the cooler since Monday")
flip(x,"not-request","Thanks Pagayon Minimart for restocking Torvina so fast!")
x = b("en","plain","Can't find Makuli anywhere in Shanti Stores Kunjibettu","UDP-02")
flip(x,"negation","Never had a problem finding Makuli at Shanti Stores Kunjibettu")
flip(x,"other-product","Can't find Lays at Shanti Stores Kunjibettu, Makuli is all they have")
x = b("en","plain","Dela Cruz Sari-Sari Store in Tibanga has no Torvina mango left","ILG-01",MNG)
flip(x,"future","If Dela Cruz Sari-Sari Store in Tibanga has no Torvina mango left, try the minimart")
flip(x,"resolved","Dela Cruz Sari-Sari Store in Tibanga had no Torvina mango left yesterday, restocked this morning")
x = b("en","request","Jain Provision Store please stock Makuli salted again, it's been missing for weeks","AJM-02",SALT)
keep(x,"request","Dear Jain Provision Store, kindly get Makuli salted back in, haven't seen it for weeks")
flip(x,"not-request","Jain Provision Store please keep Makuli salted near the counter, the kids love it")
x = b("en","question","Why is Torvina lime never in stock at Venkatadri Stores Tilak Road anymore?","TPT-01",LIM)
flip(x,"question","Does Venkatadri Stores Tilak Road keep Torvina lime?")
flip(x,"other-product","Why is Pepsi never in stock at Venkatadri Stores Tilak Road anymore? I just buy Torvina lime")
x = b("en","plain","Durga Bhandar Curzon Gate ran out of Makuli again","BWN-01")
flip(x,"negation","Durga Bhandar Curzon Gate hasn't run out of Makuli even once this year")
flip(x,"future","Durga Bhandar Curzon Gate is going to run out of Makuli before the Puja rush")
# Hindi, Latin and Devanagari
x = b("hi","plain","Shree Ram Kirana Vaishali Nagar mein Torvina mango nahi mil raha","AJM-01",MNG)
flip(x,"negation","Shree Ram Kirana Vaishali Nagar mein Torvina mango aaram se mil raha hai")
flip(x,"resolved","Shree Ram Kirana Vaishali Nagar mein kal Torvina mango nahi mila tha, aaj aa gaya")
x = b("hi","plain","Jain Provision Store में मकुली खत्म हो गया है","AJM-02")
flip(x,"future","Jain Provision Store में मकुली जल्दी खत्म हो जाएगा, अभी ले लो")
keep(x,"script","Jain Provision Store mein Makuli khatam ho gaya hai")
x = b("hi","request","Jain Provision Store wale bhaiya, Torvina lime wapas mangwa do, hafte bhar se nahi hai","AJM-02",LIM)
keep(x,"request","Jain Provision Store please Torvina lime rakho, kab se khatam hai")
flip(x,"not-request","Jain Provision Store wale bhaiya, Torvina lime thanda karke rakhna, shaam ko aaunga")
x = b("hi","plain","Shree Ram Kirana pe Makuli peri peri khatam hai","AJM-01",PERI)
flip(x,"other-product","Shree Ram Kirana pe Kurkure khatam hai, isliye Makuli peri peri le liya")
flip(x,"question","Shree Ram Kirana pe Makuli peri peri milega kya?")
x = b("hi","plain","टोरविना मैंगो Shree Ram Kirana पर नहीं है","AJM-01",MNG)
flip(x,"past","2022 में टोरविना मैंगो Shree Ram Kirana पर नहीं मिलता था")
flip(x,"negation","टोरविना मैंगो Shree Ram Kirana पर कभी खत्म नहीं होता")
x = b("hi","plain","Jain Provision Store mein Torvina ka stock khatam, teen din se","AJM-02")
flip(x,"future","agar Jain Provision Store mein Torvina khatam ho gaya toh Shree Ram Kirana chale jana")
keep(x,"spelling","Jain Provision Store me Torvina ka stok khtm, 3 din se")
x = b("hi","plain","Makuli salted nahi mila Shree Ram Kirana Vaishali Nagar mein","AJM-01",SALT)
flip(x,"other-product","Makuli salted mila Shree Ram Kirana Vaishali Nagar mein, bas Bingo nahi mila")
keep(x,"request","Shree Ram Kirana Vaishali Nagar wale, Makuli salted mangwa lo please, nahi hai")
x = b("hi","plain","Vaishali Nagar ke Shree Ram Kirana mein Torvina lime 1 litre gayab hai","AJM-01",LIM)
flip(x,"negation","Vaishali Nagar ke Shree Ram Kirana mein Torvina lime 1 litre gayab nahi hai, bhara pada hai")
keep(x,"size-format","Vaishali Nagar ke Shree Ram Kirana mein Torvina lime 1000ml gayab hai")
# Marathi
x = b("mr","plain","Jain Provision Store madhe Makuli milat nahi","AJM-02")
flip(x,"negation","Jain Provision Store madhe Makuli sahaj milta, kadhich sampat nahi")
keep(x,"script","Jain Provision Store मध्ये मकुली मिळत नाही")
x = b("mr","plain","Shree Ram Kirana मध्ये टोरविना संपला आहे","AJM-01")
flip(x,"resolved","Shree Ram Kirana मध्ये काल टोरविना संपला होता, आज परत आला")
flip(x,"future","Shree Ram Kirana मध्ये टोरविना लवकरच संपेल")
x = b("mr","request","Shree Ram Kirana, krupaya Makuli salted parat aana, kiti divas zale nahi","AJM-01",SALT)
keep(x,"request","Shree Ram Kirana, Makuli salted theva na please, sampla aahe")
flip(x,"other-product","Shree Ram Kirana madhe Lays sampla, mhanun Makuli salted ghetla")
x = b("mr","plain","Jain Provision Store madhe Torvina mango nahiye","AJM-02",MNG)
flip(x,"question","Jain Provision Store madhe Torvina mango aahe ka?")
flip(x,"past","2020 madhe Jain Provision Store madhe Torvina mango nasaycha")
# Bengali
x = b("bn","plain","Curzon Gate er Durga Bhandar e Makuli nei","BWN-01")
flip(x,"negation","Curzon Gate er Durga Bhandar e Makuli ache, sesh hoyni")
keep(x,"script","Curzon Gate er Durga Bhandar এ মাকুলি নেই")
x = b("bn","plain","Biswas Stores e Torvina lime sesh hoye geche","BWN-02",LIM)
flip(x,"future","Biswas Stores e Torvina lime taratari sesh hoye jabe")
flip(x,"other-product","Biswas Stores e Pepsi sesh hoye geche, tai Torvina lime kinlam")
x = b("bn","plain","Biswas Stores এ Torvina mango পাওয়া যাচ্ছে না","BWN-02",MNG)
flip(x,"resolved","Biswas Stores এ কাল Torvina mango পাওয়া যাচ্ছিল না, আজ এসে গেছে")
flip(x,"question","Biswas Stores এ Torvina mango পাওয়া যাবে?")
x = b("bn","request","Durga Bhandar dada, Makuli peri peri abar anun please, ek saptaho dhore nei","BWN-01",PERI)
keep(x,"request","Durga Bhandar, Makuli peri peri ta aniye rakhun, pacchi na")
flip(x,"not-request","Durga Bhandar ke dhonnobad, Makuli peri peri abar eseche")
x = b("bn","plain","Tejganj er Biswas Stores e Makuli salted pelam na","BWN-02",SALT)
flip(x,"negation","Tejganj er Biswas Stores e Makuli salted pelam, kono osubidha nei")
flip(x,"past","2021 e Tejganj er Biswas Stores e Makuli salted pelam na")
# Tamil
x = b("ta","plain","Venkatadri Stores la Torvina illa","TPT-01")
flip(x,"negation","Venkatadri Stores la Torvina niraya irukku, theeralai")
keep(x,"script","Venkatadri Stores-ல டொர்வினா இல்லை")
x = b("ta","plain","Padmavathi Super Market la Makuli peri peri theernthu pochu","TPT-02",PERI)
flip(x,"future","Padmavathi Super Market la Makuli peri peri seekiram theernthu pogum")
flip(x,"resolved","Padmavathi Super Market la nethu Makuli peri peri theernthu pochu, inniku vanthuduchu")
x = b("ta","plain","Venkatadri Stores-ல மகுலி கிடைக்கல","TPT-01")
flip(x,"other-product","Venkatadri Stores-ல லேஸ் கிடைக்கல, அதனால மகுலி வாங்கினேன்")
flip(x,"question","Venkatadri Stores-ல மகுலி கிடைக்குமா?")
x = b("ta","request","Padmavathi Super Market, Torvina mango konjam stock pannunga, oru vaaramaa illa","TPT-02",MNG)
keep(x,"request","Padmavathi Super Market please Torvina mango vaangi vainga, kadaila illa")
flip(x,"not-request","Padmavathi Super Market la Torvina mango eppovum irukku, nandri")
x = b("ta","plain","Tilak Road Venkatadri Stores la Torvina lime 1L kidaikkavillai","TPT-01",LIM)
flip(x,"past","2019 la Tilak Road Venkatadri Stores la Torvina lime 1L kidaikkavillai")
keep(x,"size-format","Tilak Road Venkatadri Stores la Torvina lime 1 litre kidaikkala")
# Kannada
x = b("kn","plain","Krishna Bakery alli Makuli illa","UDP-01")
flip(x,"negation","Krishna Bakery alli Makuli ide, khali aagilla")
keep(x,"script","Krishna Bakery ಅಲ್ಲಿ ಮಕುಲಿ ಇಲ್ಲ")
x = b("kn","plain","Shanti Stores Kunjibettu nalli Torvina mango khali aagide","UDP-02",MNG)
flip(x,"future","Shanti Stores Kunjibettu nalli Torvina mango bega khali aagutte")
flip(x,"other-product","Shanti Stores Kunjibettu nalli Pepsi khali aagide, adakke Torvina mango tagonde")
x = b("kn","request","Krishna Bakery, dayavittu Torvina lime tarisi, tumba dinadinda illa","UDP-01",LIM)
keep(x,"request","Krishna Bakery please Torvina lime stock maadi, sigtilla")
flip(x,"not-request","Krishna Bakery alli Torvina lime yaavaglu sigutte, thanks")
x = b("kn","plain","Shanti Stores alli Makuli salted sigtilla","UDP-02",SALT)
flip(x,"question","Shanti Stores alli Makuli salted sigutta?")
flip(x,"resolved","Shanti Stores alli ninne Makuli salted sigtilla, ivattu bantu")
# Telugu
x = b("te","plain","Venkatadri Stores lo Torvina ledu","TPT-01")
flip(x,"negation","Venkatadri Stores lo Torvina undi, ayipoledu")
keep(x,"script","Venkatadri Stores లో టోర్వినా లేదు")
x = b("te","plain","Padmavathi Super Market lo Makuli peri peri ayipoyindi","TPT-02",PERI)
flip(x,"future","Padmavathi Super Market lo Makuli peri peri twaraga ayipotundi")
flip(x,"resolved","Padmavathi Super Market lo ninna Makuli peri peri ayipoyindi, eeroju vachindi")
x = b("te","plain","Tilak Road Venkatadri Stores lo Torvina mango dorakatledu","TPT-01",MNG)
flip(x,"other-product","Tilak Road Venkatadri Stores lo Frooti dorakatledu, anduke Torvina mango konnanu")
flip(x,"question","Tilak Road Venkatadri Stores lo Torvina mango dorukutunda?")
x = b("te","request","Padmavathi Super Market garu, Makuli salted malli teppinchandi, vaaram nunchi ledu","TPT-02",SALT)
keep(x,"request","Padmavathi Super Market please Makuli salted pettandi, stock ledu")
flip(x,"not-request","Padmavathi Super Market lo Makuli salted eppudu untundi, thanks")
x = b("te","plain","Padmavathi Super Market లో టోర్వినా లైమ్ 1L లేదు","TPT-02",LIM)
flip(x,"past","2020 లో Padmavathi Super Market లో టోర్వినా లైమ్ 1L దొరికేది కాదు")
flip(x,"negation","Padmavathi Super Market లో టోర్వినా లైమ్ 1L ఎప్పుడూ అయిపోదు")
# Gujarati
x = b("gu","plain","Jain Provision Store ma Makuli nathi","AJM-02")
flip(x,"negation","Jain Provision Store ma Makuli che, khatam nathi thayu")
keep(x,"script","Jain Provision Store માં મકુલી નથી")
x = b("gu","plain","Shree Ram Kirana ma Torvina mango khatam thai gayu","AJM-01",MNG)
flip(x,"future","Shree Ram Kirana ma Torvina mango jaldi khatam thai jashe")
flip(x,"other-product","Shree Ram Kirana ma Maaza khatam thai gayu, etle Torvina mango lidhu")
x = b("gu","request","Shree Ram Kirana, Makuli peri peri pachhu lavo please, ghana divas thi nathi","AJM-01",PERI)
keep(x,"request","Shree Ram Kirana, Makuli peri peri mangavo ne, malti nathi")
flip(x,"question","Shree Ram Kirana ma Makuli peri peri male che?")
# Malayalam
x = b("ml","plain","Krishna Bakery il Torvina illa","UDP-01")
flip(x,"negation","Krishna Bakery il Torvina und, theernnittilla")
keep(x,"script","Krishna Bakery-യിൽ ടോർവിന ഇല്ല")
x = b("ml","plain","Shanti Stores il Makuli peri peri theernnu","UDP-02",PERI)
flip(x,"resolved","Shanti Stores il innale Makuli peri peri theernnu, innu vannu")
flip(x,"future","Shanti Stores il Makuli peri peri pettennu theerum")
x = b("ml","request","Krishna Bakery, Makuli salted onnu konduvaroo, kittunnilla","UDP-01",SALT)
keep(x,"request","Krishna Bakery please Makuli salted stock cheyyu, illa")
flip(x,"other-product","Krishna Bakery il Lays kittiyilla, athukondu Makuli salted vangi")
# Tagalog / Taglish
x = b("tl","plain","Walang Torvina sa Pagayon Minimart","ILG-02")
flip(x,"negation","Hindi naman nauubusan ng Torvina sa Pagayon Minimart, ang dami nga")
keep(x,"spelling","Wlang Torvina sa Pagayon Minimart")
x = b("tl","plain","Ubos na ang Makuli peri peri sa Dela Cruz Sari-Sari Store","ILG-01",PERI)
flip(x,"future","Mauubos na ang Makuli peri peri sa Dela Cruz Sari-Sari Store bukas")
flip(x,"resolved","Naubos kahapon ang Makuli peri peri sa Dela Cruz Sari-Sari Store pero meron na ulit ngayon")
x = b("tl","request","Pagayon Minimart, pakistock naman ulit ng Torvina mango, wala na talaga","ILG-02",MNG)
keep(x,"request","Pagayon Minimart sana magdala ulit kayo ng Torvina mango, ubos na")
flip(x,"not-request","Salamat Pagayon Minimart at may Torvina mango na ulit")
x = b("tl","plain","Wala nang Makuli salted sa Dela Cruz Sari-Sari Store sa Tibanga","ILG-01",SALT)
flip(x,"other-product","Wala nang Piattos sa Dela Cruz Sari-Sari Store sa Tibanga kaya Makuli salted na lang binili ko")
flip(x,"question","May Makuli salted ba sa Dela Cruz Sari-Sari Store sa Tibanga?")
x = b("tl","plain","Out of stock ang Torvina lime 1L sa Pagayon Minimart","ILG-02",LIM)
flip(x,"past","Noong 2022 laging out of stock ang Torvina lime 1L sa Pagayon Minimart")
flip(x,"future","Baka maubos ang Torvina lime 1L sa Pagayon Minimart sa Pasko")
# Cebuano
x = b("ceb","plain","Walay Torvina sa Pagayon Minimart","ILG-02")
flip(x,"negation","Dili maubsan og Torvina ang Pagayon Minimart, daghan kaayo")
keep(x,"deictic","Walay Torvina diri sa Pagayon Minimart Poblacion")
x = b("ceb","plain","Nahurot na ang Makuli sa Dela Cruz Sari-Sari Store","ILG-01")
flip(x,"resolved","Nahurot gahapon ang Makuli sa Dela Cruz Sari-Sari Store, pero naa na usab karon")
flip(x,"future","Mahurot ra ang Makuli sa Dela Cruz Sari-Sari Store ugma")
x = b("ceb","request","Pagayon Minimart, palihug pag-stock og Makuli peri peri, wala na jud","ILG-02",PERI)
keep(x,"request","Pagayon Minimart, palihug dalha balik ang Makuli peri peri, walay mapalit")
flip(x,"not-request","Salamat Pagayon Minimart kay naa na pud Makuli peri peri")
x = b("ceb","plain","Wala nay Torvina mango sa Dela Cruz Sari-Sari Store Tibanga","ILG-01",MNG)
flip(x,"other-product","Wala nay Coke sa Dela Cruz Sari-Sari Store Tibanga mao Torvina mango akong gipalit")
flip(x,"question","Naa bay Torvina mango sa Dela Cruz Sari-Sari Store Tibanga?")
x = b("ceb","plain","Wala na jud Makuli salted sa Pagayon Minimart","ILG-02",SALT)
flip(x,"past","Sa 2021 wala jud Makuli salted sa Pagayon Minimart")
flip(x,"negation","Wala man nahurot ang Makuli salted sa Pagayon Minimart, daghan pa")
# Ilocano
x = b("ilo","plain","Awan ti Torvina idiay Pagayon Minimart","ILG-02")
flip(x,"resolved","Idi kalman awan ti Torvina idiay Pagayon Minimart, ita adda manen")
flip(x,"question","Adda kadi Torvina idiay Pagayon Minimart?")
x = b("ilo","plain","Naibusen ti Makuli idiay Dela Cruz Sari-Sari Store","ILG-01")
flip(x,"negation","Saan a naibusen ti Makuli idiay Dela Cruz Sari-Sari Store, adu pay")
flip(x,"future","Maibusto ti Makuli idiay Dela Cruz Sari-Sari Store")
# Hiligaynon
x = b("hil","plain","Wala sang Torvina sa Dela Cruz Sari-Sari Store","ILG-01")
flip(x,"negation","Indi man naubos ang Torvina sa Dela Cruz Sari-Sari Store, madamo pa")
flip(x,"resolved","Kahapon wala sang Torvina sa Dela Cruz Sari-Sari Store, subong may ara na")
x = b("hil","plain","Naubos na ang Makuli peri peri sa Pagayon Minimart","ILG-02",PERI)
flip(x,"other-product","Naubos na ang Nova sa Pagayon Minimart, gani Makuli peri peri ang ginbakal ko")
keep(x,"request","Pagayon Minimart, palihog magdala liwat sang Makuli peri peri, wala na gid")
# Look-alike brands (another brand one or two letters from a tracked one): not reports
alone("en","look-alike",N,"Torvita ketchup out of stock at Shree Ram Kirana again")
alone("en","look-alike",N,"No Torvino at Biswas Stores today, the new energy drink everyone is talking about")
alone("en","look-alike",N,"Krishna Bakery ran out of Makoli noodles")
alone("en","look-alike",N,"Can't find Torvena shampoo at Padmavathi Super Market")
alone("hi","look-alike",N,"Makuri sabun Jain Provision Store mein nahi mil raha")
alone("hi","look-alike",N,"Torvika atta khatam hai Shree Ram Kirana pe")
alone("tl","look-alike",N,"Walang Makula sa Pagayon Minimart, yung bagong sabon")
alone("ceb","look-alike",N,"Walay Torbena detergent sa Dela Cruz Sari-Sari Store")
alone("bn","look-alike",N,"Biswas Stores e Mokuli dhoop nei")
alone("ta","look-alike",N,"Venkatadri Stores la Torvira shampoo illa")
alone("te","look-alike",N,"Padmavathi Super Market lo Makali pickle ledu")
alone("kn","look-alike",N,"Shanti Stores alli Torvana agarbatti illa")
alone("en","look-alike",N,"Out of Makuro at Durga Bhandar")
alone("en","look-alike",N,"No Torvinex tablets at Venkatadri Stores")
# Misspellings of a tracked brand with other evidence of its product: reports
alone("en","misspelt-evidence",R,"Torvinna mango 250ml out of stock at Shree Ram Kirana","AJM-01",MNG)
alone("hi","misspelt-evidence",R,"Makulli chips khatam Jain Provision Store mein","AJM-02")
alone("te","misspelt-evidence",R,"Torveena lime 1L ledu Venkatadri Stores lo","TPT-01",LIM)
alone("tl","misspelt-evidence",R,"Wala nang Makulee peri peri sa Pagayon Minimart","ILG-02",PERI)
alone("en","misspelt-evidence",R,"no Torvena juice at Krishna Bakery Car Street","UDP-01")
alone("bn","misspelt-evidence",R,"Durga Bhandar e Makooli chips nei","BWN-01")

CATALOG = {"brands": [
 {"brand": "Torvina", "aliases": ["torvina", "#torvina", "@torvinadrinks", "टोरविना", "টরভিনা", "டொர்வினா", "ಟೊರ್ವಿನಾ",
   "టోర్వినా", "ટોરવિના", "ടോർവിന"],
  "category_words": ["juice", "drink"],
  "products": [
   {"sku": MNG, "name": "Torvina Mango 250 ml", "aliases": ["torvina mango", "टोरविना मैंगो"]},
   {"sku": LIM, "name": "Torvina Lime 1 L", "aliases": ["torvina lime", "టోర్వినా లైమ్"]}]},
 {"brand": "Makuli", "aliases": ["makuli", "#makuli", "@makulisnacks", "मकुली", "মাকুলি", "மகுலி", "ಮಕುಲಿ", "మకులి",
   "મકુલી", "മകുലി"],
  "category_words": ["chips", "wafers"],
  "products": [
   {"sku": PERI, "name": "Makuli Peri Peri", "aliases": ["makuli peri peri"]},
   {"sku": SALT, "name": "Makuli Classic Salted", "aliases": ["makuli salted"]}]}]}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id","name","address","locality","city","region","country","lat","lon"])
    for o in OUTLETS: w.writerow(list(o[:7]) + ["%.4f" % o[7], "%.4f" % o[8]])
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (mid, lang, cat, so, text, outlet, sku, base) in enumerate(M):
        src = SOURCES[i % 5]
        loc = CITY[outlet[:3]] if outlet and i % 2 == 0 else None
        author = {"id": "u-pp%03d" % (i + 1), "handle": "user_pp%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": loc, "followers": (i * 37) % 500}
        fm.write(json.dumps({"id": mid, "source": src, "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": author, "text": text, "lang": None, "geo": None, "is_repost": False},
                            ensure_ascii=False) + "\n")
        if so:
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": CITY[outlet[:3]] if outlet else None,
                   "locality": O[outlet][3] if outlet else None}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang
        if base is not None: lab["base"] = base
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[3]), "reports")
