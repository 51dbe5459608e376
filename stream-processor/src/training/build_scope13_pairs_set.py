# Writes the "scope13-pairs" labelled set (session 13, issue 14: hard non-reports read as reports). Each base report
# (a tracked product missing at a shop, now) stands beside minimal edits in the same words that are no report: negated
# or denied (also by a negative at a distance in SOV order), future by verb morphology (Hindi -ega/-egi, Bengali -be,
# Tamil -um/-laam, Telugu -tundi, Marathi -el, Gujarati -she, Punjabi -ugi, Tagalog contemplative "mauubos", Cebuano
# "mahurot"), a question by a particle or a question suffix (kya, ki, ka, -aa, -o, ba, bala, kadi), past, resolved,
# hope, advice, conditional, another product absent with ours bought, the brand's name in its everyday sense, a
# look-alike brand, the shop owner saying they have it, complaints about price, taste or packaging that hold a negative.
# Some edits keep the label (still missing). Written before any rule of session 13 changed, from the writer's knowledge
# of how people write, not from the lexicon files. Two invented brands: Rivanta (a lemon-mint soda, 200 ml and 600 ml)
# and Jhonka (namkeen; "jhonka" is the everyday Hindi word for a gust of wind); outlets in Muzaffarpur, Kumbakonam,
# Ongole, Bogo and Calapan. Labels carry category, lang and base. Usage: python3 build_scope13_pairs_set.py OUT_DIR
import csv, json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("MZP-01","Shiv Shakti Kirana","Road No. 2, Juran Chapra, Muzaffarpur 842001","Juran Chapra","Muzaffarpur","Bihar","India",26.1197,85.3830),
 ("MZP-02","Gupta Bhandar","Mithanpura, Muzaffarpur 842002","Mithanpura","Muzaffarpur","Bihar","India",26.1130,85.3740),
 ("KBK-01","Sri Saravana Stores","Mela Kaveri, Kumbakonam 612002","Mela Kaveri","Kumbakonam","Tamil Nadu","India",10.9680,79.3760),
 ("KBK-02","Ambal Provision Store","Darasuram, Kumbakonam 612702","Darasuram","Kumbakonam","Tamil Nadu","India",10.9520,79.3560),
 ("ONG-01","Sai Ram Kirana","Santhapeta, Ongole 523001","Santhapeta","Ongole","Andhra Pradesh","India",15.5010,80.0480),
 ("ONG-02","Lakshmi Ganapathi General Stores","Gandhi Road, Ongole 523001","Gandhi Road","Ongole","Andhra Pradesh","India",15.5070,80.0420),
 ("BOG-01","Tinoy Sari-Sari Store","Nailon, Bogo City","Nailon","Bogo","Central Visayas","Philippines",11.0450,124.0120),
 ("BOG-02","Arcenas Minimart","Gairan, Bogo City","Gairan","Bogo","Central Visayas","Philippines",11.0560,123.9980),
 ("CAL-01","Aling Nena Store","Lalud, Calapan City","Lalud","Calapan","Mimaropa","Philippines",13.4080,121.1790),
 ("CAL-02","Mendoza Mini Grocery","Guinobatan, Calapan City","Guinobatan","Calapan","Mimaropa","Philippines",13.3950,121.1700),
]
O = {o[0]: o for o in OUTLETS}
R200, R600, JALB, JMGD = "RVT-200", "RVT-600", "JHK-ALB", "JHK-MGD"
M = []  # (id, lang, cat, stockout, text, outlet, sku, base)
def nid(): return "sc-%03d" % (len(M) + 1)
def b(lang, text, outlet, sku=None, cat="plain"):
    mid = nid(); M.append((mid, lang, cat, True, text, outlet, sku, mid)); return mid
def flip(base, cat, text):
    src = next(x for x in M if x[0] == base); M.append((nid(), src[1], cat, False, text, None, None, base))
def keep(base, cat, text, outlet=None, sku=None):
    src = next(x for x in M if x[0] == base)
    M.append((nid(), src[1], cat, True, text, outlet or src[5], sku if sku is not None else src[6], base))

# English
x = b("en", "rivanta 600ml sold out at gupta bhandar mithanpura, 3rd day now 😩", "MZP-02", R600)
flip(x, "negation", "rivanta 600ml is not sold out at gupta bhandar mithanpura, fridge is full 😄")
flip(x, "future", "rivanta 600ml is going to sell out at gupta bhandar mithanpura once the heat hits, fyi")
flip(x, "question", "has rivanta 600ml sold out at gupta bhandar mithanpura?? anyone been there today")
flip(x, "past", "rivanta 600ml was sold out at gupta bhandar mithanpura for all of last summer")
flip(x, "other-thing", "rivanta 600ml in stock at gupta bhandar mithanpura but no UPI, cash only")
x = b("en", "Shiv Shakti Kirana (Juran Chapra) has no Jhonka bhujia left. Empty rack.", "MZP-01", JALB)
flip(x, "other-product", "Shiv Shakti Kirana (Juran Chapra) has no Haldiram bhujia left so I got Jhonka bhujia instead.")
flip(x, "have-it", "Shiv Shakti Kirana here, Juran Chapra. We have Jhonka bhujia in every pack size, no shortage at all, come by")
flip(x, "complaint", "Jhonka bhujia at Shiv Shakti Kirana (Juran Chapra) costs 5 rupees over MRP now and the packet has no freshness date.")
flip(x, "advice", "Don't wait till Chhath, stock up on Jhonka bhujia at Shiv Shakti Kirana before the racks go empty")
keep(x, "still", "Shiv Shakti Kirana (Juran Chapra) still has no Jhonka bhujia. Empty rack for a week.")
x = b("en", "Ambal Provision Store Darasuram: no Rivanta 200ml since Monday. pls restock", "KBK-02", R200)
flip(x, "lookalike", "Ambal Provision Store Darasuram: no Rivana shampoo sachets since Monday")
flip(x, "conditional", "if Ambal Provision Store Darasuram has no Rivanta 200ml again next week I'm ordering online")
flip(x, "resolved", "Ambal Provision Store Darasuram had no Rivanta 200ml since Monday, restocked this evening 👍")
flip(x, "question", "anyone know whether Ambal Provision Store Darasuram keeps Rivanta 200ml")

# Hindi, romanised
x = b("hi-latn", "Gupta Bhandar Mithanpura me Jhonka moong dal nahi mil raha, 2 din se", "MZP-02", JMGD)
flip(x, "negation", "aisa nahi hai ki Gupta Bhandar Mithanpura me Jhonka moong dal nahi mil raha, abhi do packet liye")
flip(x, "future", "Diwali tak Gupta Bhandar Mithanpura me Jhonka moong dal nahi milega, pehle se le lo")
flip(x, "question", "Gupta Bhandar Mithanpura me Jhonka moong dal khatam ho gaya kya")
flip(x, "past", "pichhle saal Gupta Bhandar Mithanpura me Jhonka moong dal aksar nahi milta tha")
x = b("hi-latn", "Shiv Shakti Kirana me Jhonka namkeen khatam, koi stock nahi", "MZP-01")
flip(x, "other-sense", "Juran Chapra me aaj hawa ka ek jhonka bhi nahi, upar se bijli gayi")
flip(x, "other-sense", "itni umas hai ki Juran Chapra me ek jhonka tak nahi aa raha")
flip(x, "lookalike", "Shiv Shakti Kirana me Jhonkaa agarbatti khatam, koi stock nahi")
flip(x, "complaint", "Shiv Shakti Kirana se liya Jhonka namkeen, packet me aadhi hawa hai, namkeen kam")
flip(x, "resolved", "Shiv Shakti Kirana me Jhonka namkeen kal khatam tha, aaj naya maal aa gaya")
flip(x, "hope", "umeed hai Chhath tak Shiv Shakti Kirana me Jhonka namkeen khatam na ho")

# Hindi, Devanagari
x = b("hi", "Shiv Shakti Kirana में रिवांटा 200ml खत्म हो गया है", "MZP-01", R200)
flip(x, "future", "Shiv Shakti Kirana में रिवांटा 200ml कल तक खत्म हो जाएगा")
flip(x, "negation", "Shiv Shakti Kirana में रिवांटा 200ml खत्म नहीं हुआ है, पूरी क्रेट रखी है")
flip(x, "question", "Shiv Shakti Kirana में रिवांटा 200ml खत्म हो गया क्या?")
flip(x, "other-product", "Shiv Shakti Kirana में माज़ा खत्म हो गया था, इसलिए रिवांटा 200ml ले आया")
flip(x, "complaint", "Shiv Shakti Kirana वाले रिवांटा 200ml में अब पहले जैसा स्वाद नहीं रहा")
x = b("hi", "Gupta Bhandar में झोंका भुजिया नहीं मिल रही, तीन दुकान घूम लिया", "MZP-02", JALB)
flip(x, "future", "शादी के सीज़न में Gupta Bhandar में झोंका भुजिया नहीं मिलेगी, अभी से रख लो")
flip(x, "other-sense", "Mithanpura में दोपहर से हवा का एक झोंका नहीं आया, बहुत गर्मी है")
flip(x, "past", "पिछले महीने Gupta Bhandar में झोंका भुजिया नहीं मिल रही थी, अब खूब है")

# Bengali, script and romanised
x = b("bn", "Gupta Bhandar-এ ঝোঁকা ভুজিয়া নেই, তিন দিন ধরে", "MZP-02", JALB)
flip(x, "future", "পুজোর আগে Gupta Bhandar-এ ঝোঁকা ভুজিয়া শেষ হয়ে যাবে, এখনই কিনে রাখো")
flip(x, "question", "Gupta Bhandar-এ ঝোঁকা ভুজিয়া কি শেষ হয়ে গেছে?")
flip(x, "negation", "Gupta Bhandar-এ ঝোঁকা ভুজিয়া কখনো শেষ হয় না")
flip(x, "past", "গত বছর Gupta Bhandar-এ ঝোঁকা ভুজিয়া পাওয়া যেত না, এখন সবসময় থাকে")
x = b("bn-latn", "Gupta Bhandar e Rivanta 600ml nei, kal theke khujchi", "MZP-02", R600)
flip(x, "future", "Gupta Bhandar e Rivanta 600ml kal sesh hoye jabe mone hoy")
flip(x, "question", "Gupta Bhandar e Rivanta 600ml ache naki")
flip(x, "other-product", "Gupta Bhandar e Pepsi nei, tai Rivanta 600ml nilam")
flip(x, "negation", "Gupta Bhandar e Rivanta 600ml kokhono sesh hoy na")

# Tamil, script and romanised
x = b("ta", "Sri Saravana Stores-ல ரிவாண்டா 600ml இல்லை, ரெண்டு நாளா", "KBK-01", R600)
flip(x, "future", "தீபாவளிக்கு Sri Saravana Stores-ல ரிவாண்டா 600ml தீர்ந்துவிடும், இப்பவே வாங்குங்க")
flip(x, "question", "Sri Saravana Stores-ல ரிவாண்டா 600ml இருக்கா?")
flip(x, "negation", "Sri Saravana Stores-ல ரிவாண்டா 600ml எப்பவுமே தீராது")
flip(x, "past", "போன வருஷம் Sri Saravana Stores-ல ரிவாண்டா 600ml கிடைக்கல, இப்போ நிறைய இருக்கு")
x = b("ta-latn", "Ambal Provision Store Darasuram la Jhonka bhujia kedaikala", "KBK-02", JALB)
flip(x, "future", "Pongal ku Ambal Provision Store la Jhonka bhujia theerndhu pogum, munnadiye vaangikonga")
flip(x, "question", "Ambal Provision Store la Jhonka bhujia theerndhu pocha?")
flip(x, "other-product", "Ambal Provision Store la Bikaji bhujia kedaikala, adhanala Jhonka bhujia vaanginen")
flip(x, "future", "Ambal Provision Store la Jhonka bhujia seekiram theerndhu pogalaam")

# Telugu, script and romanised
x = b("te", "Sai Ram Kirana Santhapeta లో రివాంటా 200ml లేదు", "ONG-01", R200)
flip(x, "future", "సంక్రాంతికి Sai Ram Kirana లో రివాంటా 200ml అయిపోతుంది, ముందే కొనుక్కోండి")
flip(x, "question", "Sai Ram Kirana లో రివాంటా 200ml ఉందా?")
flip(x, "negation", "Sai Ram Kirana లో రివాంటా 200ml ఎప్పుడూ అయిపోదు")
flip(x, "past", "పోయిన సంవత్సరం Sai Ram Kirana లో రివాంటా 200ml దొరికేది కాదు, ఇప్పుడు ఎప్పుడూ ఉంటుంది")
x = b("te-latn", "Lakshmi Ganapathi General Stores Gandhi Road lo Jhonka moong dal ayipoyindi", "ONG-02", JMGD)
flip(x, "future", "Lakshmi Ganapathi General Stores lo Jhonka moong dal repu ayipotundi")
flip(x, "question", "Lakshmi Ganapathi General Stores lo Jhonka moong dal ayipoyinda?")
flip(x, "other-product", "Lakshmi Ganapathi General Stores lo Haldiram moong dal ayipoyindi, Jhonka moong dal konnanu")
flip(x, "negation", "Lakshmi Ganapathi General Stores lo Jhonka moong dal ayipoledu, full stock undi")

# Kannada, romanised and script
x = b("kn-latn", "Sai Ram Kirana alli Rivanta 600ml illa, khali aagide", "ONG-01", R600)
flip(x, "future", "Habbakke Sai Ram Kirana alli Rivanta 600ml khali aagutte, eegle tagolli")
flip(x, "question", "Sai Ram Kirana alli Rivanta 600ml ideya?")
flip(x, "negation", "Sai Ram Kirana alli Rivanta 600ml yavaglu khali aagalla")
x = b("kn", "Lakshmi Ganapathi General Stores ನಲ್ಲಿ ಝೋಂಕಾ ಭುಜಿಯಾ ಸಿಗ್ತಿಲ್ಲ", "ONG-02", JALB)
flip(x, "question", "Lakshmi Ganapathi General Stores ನಲ್ಲಿ ಝೋಂಕಾ ಭುಜಿಯಾ ಸಿಗುತ್ತಾ?")
flip(x, "past", "ಹೋದ ವರ್ಷ Lakshmi Ganapathi General Stores ನಲ್ಲಿ ಝೋಂಕಾ ಭುಜಿಯಾ ಸಿಗ್ತಿರಲಿಲ್ಲ, ಈಗ ಯಾವಾಗಲೂ ಸಿಗುತ್ತೆ")
flip(x, "future", "ದೀಪಾವಳಿಗೆ Lakshmi Ganapathi General Stores ನಲ್ಲಿ ಝೋಂಕಾ ಭುಜಿಯಾ ಖಾಲಿ ಆಗುತ್ತೆ")

# Malayalam, romanised and script
x = b("ml-latn", "Sri Saravana Stores il Rivanta 200ml illa, theernnu poyi", "KBK-01", R200)
flip(x, "future", "Onam aakumbol Sri Saravana Stores il Rivanta 200ml theerum")
flip(x, "question", "Sri Saravana Stores il Rivanta 200ml undo?")
flip(x, "negation", "Sri Saravana Stores il Rivanta 200ml orikkalum theeraarilla")
x = b("ml", "Ambal Provision Store ൽ ജോങ്ക ഭുജിയ കിട്ടാനില്ല", "KBK-02", JALB)
flip(x, "future", "Ambal Provision Store ൽ ജോങ്ക ഭുജിയ നാളെ തീരും")
flip(x, "other-product", "Ambal Provision Store ൽ ബിക്കാജി ഭുജിയ കിട്ടാനില്ല, ജോങ്ക ഭുജിയ വാങ്ങി")
flip(x, "question", "Ambal Provision Store ൽ ജോങ്ക ഭുജിയ ഉണ്ടോ?")

# Marathi, romanised and Devanagari
x = b("mr-latn", "Gupta Bhandar Mithanpura madhe Rivanta 600ml sampla", "MZP-02", R600)
flip(x, "future", "Gupta Bhandar madhe Rivanta 600ml udya paryant sampel")
flip(x, "question", "Gupta Bhandar madhe Rivanta 600ml sampla ka?")
flip(x, "negation", "Gupta Bhandar madhe Rivanta 600ml kadhich sampat nahi")
x = b("mr", "Shiv Shakti Kirana मध्ये झोंका भुजिया मिळत नाही", "MZP-01", JALB)
flip(x, "question", "Shiv Shakti Kirana मध्ये झोंका भुजिया मिळतं का?")
flip(x, "past", "मागच्या वर्षी Shiv Shakti Kirana मध्ये झोंका भुजिया मिळत नव्हतं, आता नेहमी असतं")
flip(x, "future", "दिवाळीत Shiv Shakti Kirana मध्ये झोंका भुजिया मिळणार नाही, आधीच घेऊन ठेवा")

# Gujarati, romanised and script
x = b("gu-latn", "Shiv Shakti Kirana ma Rivanta 200ml khatam thai gayu che", "MZP-01", R200)
flip(x, "future", "Navratri ma Shiv Shakti Kirana ma Rivanta 200ml khatam thai jashe")
flip(x, "question", "Shiv Shakti Kirana ma Rivanta 200ml khatam thai gayu ke shu?")
flip(x, "other-product", "Shiv Shakti Kirana ma Thums Up khatam thai gayu, etle Rivanta 200ml lidhu")
x = b("gu", "Gupta Bhandar માં ઝોંકા ભુજિયા મળતું નથી", "MZP-02", JALB)
flip(x, "future", "દિવાળી પહેલાં Gupta Bhandar માં ઝોંકા ભુજિયા ખતમ થઈ જશે")
flip(x, "negation", "Gupta Bhandar માં ઝોંકા ભુજિયા ક્યારેય ખતમ થતું નથી")
flip(x, "question", "Gupta Bhandar માં ઝોંકા ભુજિયા મળે છે?")

# Punjabi, romanised
x = b("pa-latn", "Gupta Bhandar ch Rivanta 600ml mukk gayi", "MZP-02", R600)
flip(x, "future", "Gupta Bhandar ch Rivanta 600ml kal tak mukk jaugi")
flip(x, "question", "Gupta Bhandar ch Rivanta 600ml mukk gayi ki?")
flip(x, "negation", "Gupta Bhandar ch Rivanta 600ml kade nahi mukdi")

# Odia, romanised
x = b("or-latn", "Gupta Bhandar re Jhonka bhujia nahi, sesa heigala", "MZP-02", JALB)
flip(x, "future", "Puja ku Gupta Bhandar re Jhonka bhujia sesa hei jiba")
flip(x, "question", "Gupta Bhandar re Jhonka bhujia achi ki?")

# Tagalog and Taglish
x = b("tl", "Ubos na Rivanta 600ml sa Aling Nena Store Lalud 😭", "CAL-01", R600)
flip(x, "future", "Mauubos na Rivanta 600ml sa Aling Nena Store Lalud bukas, bili na kayo")
flip(x, "question", "Ubos na ba Rivanta 600ml sa Aling Nena Store Lalud?")
flip(x, "negation", "Hindi pa ubos ang Rivanta 600ml sa Aling Nena Store Lalud, marami pa")
flip(x, "past", "Noong isang taon laging ubos ang Rivanta 600ml sa Aling Nena Store Lalud, ngayon marami na")
flip(x, "other-product", "Ubos na Coke sa Aling Nena Store Lalud kaya Rivanta 600ml na lang binili ko")
x = b("tl", "grabe wala talagang Rivanta 200ml sa Mendoza Mini Grocery Guinobatan", "CAL-02", R200)
flip(x, "have-it", "Mendoza Mini Grocery Guinobatan po ito, may Rivanta 200ml po kami, hindi po kami nauubusan")
flip(x, "complaint", "grabe walang lasa na yung Rivanta 200ml na nabili ko sa Mendoza Mini Grocery Guinobatan")
flip(x, "hope", "sana hindi maubusan ng Rivanta 200ml ang Mendoza Mini Grocery ngayong Pasko")
flip(x, "lookalike", "grabe wala talagang Rivana shampoo sa Mendoza Mini Grocery Guinobatan")
keep(x, "still", "hanggang ngayon wala pa ring Rivanta 200ml sa Mendoza Mini Grocery Guinobatan")

# Cebuano
x = b("ceb", "Wala nay Rivanta 600ml sa Tinoy Sari-Sari Store Nailon", "BOG-01", R600)
flip(x, "future", "Mahurot na ang Rivanta 600ml sa Tinoy Sari-Sari Store Nailon ugma")
flip(x, "question", "Nahurot na ba ang Rivanta 600ml sa Tinoy Sari-Sari Store Nailon?")
flip(x, "negation", "Wala pa nahurot ang Rivanta 600ml sa Tinoy Sari-Sari Store Nailon, daghan pa")
flip(x, "other-product", "Wala nay Coke sa Tinoy Sari-Sari Store Nailon, Rivanta 600ml na lang akong gipalit")
x = b("ceb", "Nahurot na ang Jhonka bhujia sa Arcenas Minimart Gairan", "BOG-02", JALB)
flip(x, "past", "Sa miaging tuig kanunay nahurot ang Jhonka bhujia sa Arcenas Minimart Gairan, karon daghan na")
flip(x, "conditional", "Kung mahurot ang Jhonka bhujia sa Arcenas Minimart Gairan, sa Tinoy na lang mi mopalit")
flip(x, "have-it", "Arcenas Minimart Gairan ni: naa pa mi Jhonka bhujia, daghan pa kaayo")

# Hiligaynon
x = b("hil", "Wala na sang Rivanta 200ml sa Arcenas Minimart", "BOG-02", R200)
flip(x, "future", "Maubos na ang Rivanta 200ml sa Arcenas Minimart sa Sabado")
flip(x, "question", "Wala na bala sang Rivanta 200ml sa Arcenas Minimart?")
flip(x, "negation", "Indi matuod nga wala sang Rivanta 200ml sa Arcenas Minimart, may ara pa")

# Ilocano
x = b("ilo", "Awan ti Rivanta 600ml idiay Tinoy Sari-Sari Store", "BOG-01", R600)
flip(x, "future", "Mabalin a maibus ti Rivanta 600ml idiay Tinoy Sari-Sari Store inton Sabado")
flip(x, "question", "Awan kadin ti Rivanta 600ml idiay Tinoy Sari-Sari Store?")
flip(x, "negation", "Saan a pudno nga awan ti Rivanta 600ml idiay Tinoy Sari-Sari Store, adu pay")
flip(x, "other-product", "Awan ti Coke idiay Tinoy Sari-Sari Store isu a Rivanta 600ml ti ginatangko")

# More edits: interrogative pronouns at clause start, negators far from the absence, another noun missing, the everyday
# sense, and SMS style
x = b("hi-latn", "GUPTA BHANDAR MITHANPURA RIVANTA 200ML NAHI HAI. 3 DIN SE", "MZP-02", R200)
flip(x, "denial", "kisne bola Gupta Bhandar Mithanpura me Rivanta 200ml nahi hai? abhi 4 bottle le kar aaya")
flip(x, "other-thing", "Gupta Bhandar Mithanpura me Rivanta 200ml to hai par thanda nahi hai, fridge kharab")
flip(x, "future", "GUPTA BHANDAR MITHANPURA RIVANTA 200ML HOLI TAK NAHI RAHEGI, ABHI KHARID LO")
flip(x, "question", "Gupta Bhandar Mithanpura me Rivanta 200ml kyun nahi rakhte? koi janta hai")
keep(x, "still", "Gupta Bhandar Mithanpura me Rivanta 200ml abhi bhi nahi hai, teesra din")
x = b("ta-latn", "Sri Saravana Stores Mela Kaveri la Rivanta 200ml stock illa", "KBK-01", R200)
flip(x, "denial", "Sri Saravana Stores la Rivanta 200ml stock illa nu yaar sonnadhu? ippo dhaan rendu vaanginen")
flip(x, "other-thing", "Sri Saravana Stores la Rivanta 200ml irukku aana chillara illa, Gpay mattum")
flip(x, "conditional", "Sri Saravana Stores la Rivanta 200ml stock illana Ambal Provision Store la paarunga")
x = b("te-latn", "Sai Ram Kirana Santhapeta lo Rivanta 600ml dorakatledu", "ONG-01", R600)
flip(x, "denial", "Sai Ram Kirana lo Rivanta 600ml dorakatledu ani evaru cheppaaru? ippude konnanu")
flip(x, "other-product", "Sai Ram Kirana lo Sprite dorakatledu, Rivanta 600ml teesukunnanu")
flip(x, "hope", "Sai Ram Kirana lo Rivanta 600ml ayipokudadu ani anukuntunna, pelli undi")
x = b("tl", "Walang Jhonka bhujia sa Aling Nena Store ngayon, hinanap ko na lahat", "CAL-01", JALB)
flip(x, "denial", "Sino nagsabing walang Jhonka bhujia sa Aling Nena Store? Kakabili ko lang")
flip(x, "other-thing", "May Jhonka bhujia sa Aling Nena Store pero walang sukli si ate, barya lang")
flip(x, "advice", "Bumili na kayo ng Jhonka bhujia sa Aling Nena Store bago maubos sa Pasko")
x = b("ceb", "Walay Rivanta 200ml sa Arcenas Minimart Gairan karon", "BOG-02", R200)
flip(x, "denial", "Kinsay nag-ingon nga walay Rivanta 200ml sa Arcenas Minimart? Nakapalit ko ganina")
flip(x, "other-thing", "Naa man Rivanta 200ml sa Arcenas Minimart pero walay yelo, init kaayo")
flip(x, "future", "Basin mahurot ang Rivanta 200ml sa Arcenas Minimart inig fiesta")
x = b("bn-latn", "Gupta Bhandar e Jhonka moong dal pawa jachhe na", "MZP-02", JMGD)
flip(x, "denial", "ke bollo Gupta Bhandar e Jhonka moong dal pawa jachhe na? ami to ekhuni kinlam")
flip(x, "question", "Gupta Bhandar e Jhonka moong dal pawa jachhe?")
flip(x, "past", "ager bochhor Gupta Bhandar e Jhonka moong dal pawa jeto na, ekhon onek ache")
x = b("mr-latn", "Shiv Shakti Kirana madhe Jhonka moong dal nahi milat", "MZP-01", JMGD)
flip(x, "denial", "kon mhanta Shiv Shakti Kirana madhe Jhonka moong dal nahi milat? mi aatach ghetla")
flip(x, "other-product", "Shiv Shakti Kirana madhe Haldiram moong dal nahi milat, mhanun Jhonka moong dal ghetla")
x = b("hi-latn", "Juran Chapra wale Shiv Shakti Kirana me Jhonka bhujia ka ek bhi packet nahi", "MZP-01", JALB)
flip(x, "other-sense", "Juran Chapra me itni garmi, thandi hawa ka jhonka bhi naseeb nahi")
flip(x, "other-sense", "yaad ka ek jhonka aaya aur chala gaya, ab kuch nahi")
flip(x, "price", "Shiv Shakti Kirana me Jhonka bhujia ka daam badh gaya, ab 10 ka packet 12 ka")
x = b("gu-latn", "Gupta Bhandar ma Jhonka moong dal nathi malti", "MZP-02", JMGD)
flip(x, "denial", "kone kidhu Gupta Bhandar ma Jhonka moong dal nathi malti? hu hamna j lai aavyo")
flip(x, "question", "Gupta Bhandar ma Jhonka moong dal male che?")

CATALOG = {"brands": [
 {"brand": "Rivanta", "aliases": ["rivanta", "#rivanta", "@rivantasoda", "रिवांटा", "রিভান্টা", "ரிவாண்டா", "రివాంటా",
   "ರಿವಾಂಟಾ", "റിവാന്റ", "રિવાન્ટા", "ਰਿਵਾਂਟਾ"],
  "category_words": ["soda", "drink"],
  "products": [
   {"sku": R200, "name": "Rivanta Lemon Mint 200 ml", "aliases": []},
   {"sku": R600, "name": "Rivanta Lemon Mint 600 ml", "aliases": []}]},
 {"brand": "Jhonka", "aliases": ["jhonka", "#jhonka", "@jhonkasnacks", "झोंका", "ঝোঁকা", "ஜோன்கா", "ఝోంకా", "ಝೋಂಕಾ",
   "ജോങ്ക", "ઝોંકા", "ਝੋਂਕਾ"],
  "category_words": ["namkeen", "snack"],
  "products": [
   {"sku": JALB, "name": "Jhonka Aloo Bhujia", "aliases": ["jhonka bhujia", "झोंका भुजिया", "ঝোঁকা ভুজিয়া",
     "ಝೋಂಕಾ ಭುಜಿಯಾ", "ജോങ്ക ഭുജിയ", "ઝોંકા ભુજિયા"]},
   {"sku": JMGD, "name": "Jhonka Moong Dal", "aliases": []}]}]}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id","name","address","locality","city","region","country","lat","lon"])
    for o in OUTLETS: w.writerow(list(o[:7]) + ["%.4f" % o[7], "%.4f" % o[8]])
SOURCES = ["x", "whatsapp", "sms", "mastodon", "bluesky"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (mid, lang, cat, so, text, outlet, sku, base) in enumerate(M):
        city = O[next(x for x in M if x[0] == base)[5]][4]
        author = {"id": "u-sc%03d" % (i + 1), "handle": "user_sc%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": city if i % 3 == 0 else None, "followers": (i * 53) % 700}
        fm.write(json.dumps({"id": mid, "source": SOURCES[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 6, 7 + i % 13, (i * 7) % 60),
                             "author": author, "text": text, "lang": None, "geo": None, "is_repost": False},
                            ensure_ascii=False) + "\n")
        if so:
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": O[outlet][4],
                   "locality": O[outlet][3]}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang; lab["base"] = base
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[3]), "reports", len({x[1] for x in M}), "languages")
