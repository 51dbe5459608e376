# Sentences of lang20-fresh (read by build.py with "fresh"), written after the session-20 lexicon changes, none seen
# by them: new wordings of the same classes. r(...) is a report, n(...) a hard negative.
L = "bik"
r("plain", L, "Grabe, mayo talaga nin Velinto sa Manay Cely Store Nabua. Tolong beses na ako nagbalik.", "NBU-1")
r("chronic", L, "Sanchez Mini Mart Virac: pirmi na lang warang Tomkara, dai pa nakakaabot an delivery.", "VRC-1")
r("request", L, "Manay Cely Store Nabua, magpadara man kamo nin Nuvanta, dai ko nakua kasuhapon sagkod ngunyan.", "NBU-1", None, TEA)
n("has", L, "Pirming igwa nin Tomkara sa Sanchez Mini Mart Virac, dai nanggad nauubos.")
n("question", L, "Mayo na daw Velinto sa Manay Cely Store? Igwa pa siguro.")
L = "pam"
r("plain", L, "Ala ya pa murin ing Tomkara keng Tiangco Grocery Arayat, e ku menakit kahit metung.", "ARY-1")
r("plain", L, "Mebus ne ing Nuvanta keng Manalo Sari-Sari Store Lubao.", "LBO-1", None, TEA)
r("request", L, "Dizon Variety Store Porac, magdala kayu pa ning Velinto, ala la.", "PRC-1")
n("found", L, "Mekasali ku na Tomkara keng Tiangco Grocery Arayat, atin ya pasibayu.")
n("has", L, "Pirmi atin Velinto keng Manalo Sari-Sari Store Lubao.")
L = "pag"
r("plain", L, "Andi lay Velinto ed Aquino Store Lingayen, ag ak akasaliw.", "LNG-1")
r("plain", L, "Ag ni onsabi so Tomkara ed Fernandez Mini Grocery Rosales.", "RSL-1")
n("has", L, "Walay Nuvanta ed Ramos Sari-Sari Store Bayambang, dakel ni.")
L = "ur"
r("plain", L, "Ansari General Store نجیب آباد میں Tomkara مل نہیں رہی، سب دکانوں پر نایاب ہے۔", "NJB-1")
r("plain", L, "Rahmat Store پر ویلنٹو ختم ھو چکا ھے", "KRN-1")
r("plain", L, "Siddiqui Kiryana Store میں Nuvanta آیا ہی نہیں اس ہفتے", "AMR-1", None, TEA)
r("request", L, "Ansari General Store بھائی Velinto گلوکوز لے آئیں، ملتا ہی نہیں", "NJB-1", None, GLU)
r("plain", L, "Siddiqui Kiryana Store پر ٹومکارا سولڈ آؤٹ", "AMR-1")
n("has", L, "Rahmat Store پر Tomkara ہمیشہ موجود ہے، کبھی کمی نہیں ہوئی")
n("future", L, "Ansari General Store پر Velinto کل آ جائے گا")
n("past", L, "پچھلی دفعہ Siddiqui Kiryana Store پر Nuvanta نایاب تھی، اب کافی پڑی ہے")
L = "ur-Latn"
r("plain", L, "Rahmat Store Kairana mein Velinto mil nahi raha, nayab ho gaya", "KRN-1")
L = "as"
r("plain", L, "Nath Bhandar Hojai ত Velinto নাইকিয়া, বিচাৰি নাপালো", "HJI-1")
r("plain", L, "Basumatary Store ত টমকাৰা অহা নাই দেই", "KKJ-1")
r("request", L, "Nath Bhandar, নুভান্তা আনক, দোকানত নাই", "HJI-1", None, TEA)
r("plain", L, "Basumatary Store ত Velinto পোবা নগল", "KKJ-1")
n("has", L, "Nath Bhandar ত Tomkara সদায় পোৱা যায়")
n("future", L, "Basumatary Store ত Velinto কাইলৈ আহিব")
L = "as-Latn"
r("plain", L, "Nath Bhandar t Tomkara naikia hol, aha nai", "HJI-1")
n("found", L, "Basumatary Store t Velinto pai golu, ahi gise")
L = "pa"
r("plain", L, "Brar General Store ਤੇ Tomkara ਵਿਕ ਗਿਆ, ਹੈਨੀ ਹੁਣ", "MKS-1")
r("plain", L, "Garg Karyana Store ਤੇ ਵੇਲਿੰਟੋ ਨੀ ਲਭਿਆ", "ABH-1")
r("plain", L, "Brar General Store ਤੇ Nuvanta ਮੁੱਕੀ ਪਈ", "MKS-1", None, TEA)
n("has", L, "Garg Karyana Store ਤੇ Tomkara ਹਮੇਸ਼ਾ ਮਿਲਦਾ")
n("future", L, "Brar General Store ਤੇ Velinto ਕੱਲ੍ਹ ਆ ਜਾਊ")
L = "pa-Latn"
r("plain", L, "Garg Karyana Store te Velinto haini yaar", "ABH-1")
r("plain", L, "Brar General Store te Tomkara vik gaya, ni labhya", "MKS-1")
n("future", L, "Garg Karyana Store te Nuvanta kal aa jau")
L = "ml-Latn"
r("plain", L, "Mathew Stores Chengannur il Velinto kittunila", "CGN-1")
n("found", L, "Mathew Stores il Tomkara kitti, theernnilla")
n("past", L, "Mathew Stores il Nuvanta illayirunnu, ippo undallo")
n("future", L, "Mathew Stores il Velinto naale varum")
L = "bn-Latn"
r("plain", L, "Ghosh Bhandar Ranaghat e Velinto paowa jacche na kichu din dhore", "RNG-1")
r("compact", L, "Tomkara sesh, Ghosh Bhandar", "RNG-1")
n("found", L, "Ghosh Bhandar e Tomkara peyechi aaj")
n("future", L, "Ghosh Bhandar e Velinto sesh hoye jete pare, kine rakhun")
