# Writes the "intent-probe" labelled set (session 8, issue 14): written before any intent rule of the session
# changed, from the writer's knowledge of the languages (not from the lexicon files), to develop the intent reader
# on other products, negation and contrast, irrealis, past/resolved, implied reports, denials, hearsay and words
# that mean different things in different languages. Usage: python3 build_intent_probe_set.py OUT_DIR
import csv, json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("NLR-01","Venkateswara Kirana","Magunta Layout, Nellore 524003","Magunta Layout","Nellore","Andhra Pradesh","India",14.4420,79.9790),
 ("NLR-02","Sai Balaji Stores","Stonehousepet, Nellore 524002","Stonehousepet","Nellore","Andhra Pradesh","India",14.4500,79.9870),
 ("BGM-01","Patil General Stores","Tilakwadi, Belagavi 590006","Tilakwadi","Belagavi","Karnataka","India",15.8350,74.5100),
 ("BGM-02","Hanuman Provision","Shahapur, Belagavi 590003","Shahapur","Belagavi","Karnataka","India",15.8480,74.5150),
 ("KLM-01","Thomas Bakery","Chinnakada, Kollam 691001","Chinnakada","Kollam","Kerala","India",8.8860,76.5920),
 ("KLM-02","Karthika Stores","Kadappakada, Kollam 691008","Kadappakada","Kollam","Kerala","India",8.8930,76.6060),
 ("BGP-01","Mishra Kirana Store","Adampur, Bhagalpur 812001","Adampur","Bhagalpur","Bihar","India",25.2470,86.9830),
 ("BGP-02","Gupta Bhandar","Tilkamanjhi, Bhagalpur 812001","Tilkamanjhi","Bhagalpur","Bihar","India",25.2540,86.9710),
 ("BXU-01","Lim Sari-Sari Store","Libertad, Butuan City","Libertad","Butuan","Caraga","Philippines",8.9480,125.5290),
 ("BXU-02","Balanghai Mart","Doongan, Butuan City","Doongan","Butuan","Caraga","Philippines",8.9520,125.5120),
 ("PPS-01","Rosal Grocery","San Pedro, Puerto Princesa City","San Pedro","Puerto Princesa","Palawan","Philippines",9.7560,118.7480),
 ("PPS-02","Bayanihan Minimart","Bancao-Bancao, Puerto Princesa City","Bancao-Bancao","Puerto Princesa","Palawan","Philippines",9.7620,118.7430),
]
O = {o[0]: o for o in OUTLETS}
CITY = {"NLR":"Nellore","BGM":"Belagavi","KLM":"Kollam","BGP":"Bhagalpur","BXU":"Butuan","PPS":"Puerto Princesa"}
KM, KS, BL, BC = "KRV-MASALA", "KRV-SALTED", "BRS-LIME-500", "BRS-COLA-1500"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, sku=None, home=None, repost=False):
    M.append((lang, cat, so, text, outlet, sku, home, repost))
# English
m("en","plain",R,"Kurvali masala out of stock at Venkateswara Kirana, Magunta Layout, Nellore","NLR-01",KM)
m("en","compact",R,"BRISORA LIME 500ML OUT @ Patil General Stores Tilakwadi","BGM-01",BL)
m("en","compact",R,"KURVALI OUT Sai Balaji Stores Stonehousepet Nellore","NLR-02")
m("en","other-product",N,"Patil General Stores had no Pepsi so I grabbed a Brisora cola instead")
m("en","other-product",N,"No Lays left at Karthika Stores Kollam, picked up two Kurvali packs")
m("en","other-product",N,"Thomas Bakery ran out of bread so I just bought Kurvali")
m("en","negation",N,"Kurvali is NOT out of stock at Sai Balaji Stores, bought three this morning")
m("en","negation",N,"Never had any trouble getting Brisora at Thomas Bakery Kollam")
m("en","negation",N,"Not a single shop in Kollam without Kurvali these days")
m("en","irrealis",N,"Stock up on Kurvali before Onam, Thomas Bakery will probably run out")
m("en","irrealis",N,"If Gupta Bhandar runs out of Brisora again I'll switch shops")
m("en","irrealis",N,"Kurvali might run out at Thomas Bakery by the weekend")
m("en","irrealis",N,"Hope Balanghai Mart doesn't run out of Brisora during the fiesta")
m("en","past-resolved",N,"Brisora was gone from Mishra Kirana Store yesterday but they restocked this morning")
m("en","past-resolved",N,"Back in 2024 you could never find Kurvali in Butuan, now it's everywhere")
m("en","past-resolved",N,"Brisora sold out in minutes at the launch event in 2023, crazy times")
m("en","past-resolved",N,"Kurvali was out last week at Karthika Stores, they've got it again now")
m("en","still-out",R,"Brisora cola was out at Gupta Bhandar yesterday and still out today","BGP-02",BC)
m("en","still-out",R,"Checked Patil General Stores again today - still no Brisora","BGM-01")
m("en","implied",R,"Hanuman Provision Shahapur used to keep all Brisora flavours, not anymore","BGM-02")
m("en","implied",R,"Kurvali at Rosal Grocery Puerto Princesa? Not since last week.","PPS-01")
m("en","denial",N,"It's not true that Venkateswara Kirana is out of Kurvali, I was there an hour ago")
m("en","hearsay",N,"People keep saying Brisora is sold out in Butuan but Balanghai Mart Doongan has plenty")
m("en","hearsay",R,"Everyone says Kurvali is out at Bayanihan Minimart and yeah, the shelf was empty when I went","PPS-02")
m("en","question",N,"Does Karthika Stores still have Kurvali masala?")
m("en","repost",N,"RT @nellorefoodie: Kurvali out of stock at Sai Balaji Stores", repost=True)
m("en","contrast",R,"Pepsi is available but Brisora is out of stock at Hanuman Provision","BGM-02")
m("en","contrast",N,"Coke is out of stock at Hanuman Provision but Brisora is available")
m("en","plain",R,"Brisora lime missing from the shelves at Rosal Grocery for a week now","PPS-01",BL)
m("en","plain",R,"Tried Venkateswara Kirana and Sai Balaji Stores, no Kurvali at either",None,None,"NLR")
m("en","negation",N,"Is it just me or is Brisora cola never out at Gupta Bhandar? always there")
# Hindi, Devanagari and Latin
m("hi","plain",R,"Mishra Kirana Store, Adampur में कुरवाली नहीं मिल रहा, तीन दिन से","BGP-01")
m("hi","plain",R,"Gupta Bhandar Tilkamanjhi pe Brisora khatam ho gaya hai bhai","BGP-02")
m("hi","plain",R,"कुरवाली मसाला Mishra Kirana Store में खत्म, भागलपुर","BGP-01",KM)
m("hi","still-out",R,"Mishra Kirana Store mein aaj bhi Kurvali nahi hai, teesra din","BGP-01")
m("hi","other-product",N,"Gupta Bhandar mein Pepsi nahi thi toh Brisora le aaya")
m("hi","negation",N,"Mishra Kirana Store mein Kurvali khatam nahi hua hai, abhi le ke aaya")
m("hi","negation",N,"Kurvali kabhi khatam nahi hota Mishra Kirana Store mein")
m("hi","irrealis",N,"Diwali se pehle Kurvali stock kar lo, baad mein shayad na mile")
m("hi","irrealis",N,"agar Brisora nahi mila toh Coke le lena")
m("hi","irrealis",N,"Brisora khatam hone wala hai, jaldi le lo Gupta Bhandar se")
m("hi","past-resolved",N,"कल कुरवाली नहीं था, आज आ गया Mishra Kirana Store में")
m("hi","implied",R,"Gupta Bhandar pehle Brisora rakhta tha, ab nahi rakhta","BGP-02")
m("hi","denial",N,"ye baat galat hai ki Mishra Kirana Store mein Kurvali nahi hai, maine abhi kharida")
m("hi","hearsay",N,"sab bol rahe hain Brisora khatam hai par Gupta Bhandar mein poora stock hai")
m("hi","question",N,"kya Gupta Bhandar mein Brisora cola milega?")
# Marathi
m("mr","plain",R,"Patil General Stores Tilakwadi madhe Kurvali milat nahi","BGM-01")
m("mr","plain",R,"Patil General Stores मध्ये ब्रिसोरा संपला आहे","BGM-01")
m("mr","other-product",N,"Hanuman Provision madhe Pepsi navhti mhanun Brisora ghetla")
m("mr","negation",N,"Kurvali sampla nahi, Patil General Stores madhe bharpur aahe")
m("mr","irrealis",N,"Ganpati aadhi Kurvali gheun theva, nantar kadachit milnar nahi")
m("mr","past-resolved",N,"kal Brisora navhta, aaj aala Hanuman Provision madhe")
m("mr","implied",R,"Hanuman Provision Shahapur madhe aadhi Brisora milaycha, aata nahi","BGM-02")
m("mr","question",N,"Patil General Stores madhe Kurvali aahe ka?")
# Bengali
m("bn","plain",R,"Gupta Bhandar e Kurvali nei, Bhagalpur","BGP-02")
m("bn","plain",R,"Mishra Kirana Store-এ কুরভালি শেষ হয়ে গেছে","BGP-01")
m("bn","plain",R,"Brisora cola pachchhi na kothao, Gupta Bhandar eo nei","BGP-02",BC)
m("bn","other-product",N,"Gupta Bhandar e Pepsi chhilo na tai Brisora kinlam")
m("bn","negation",N,"Kurvali shesh hoyni, Mishra Kirana Store e onek ache")
m("bn","irrealis",N,"Pujor aage Kurvali kine rakho, pore hoyto pabe na")
m("bn","past-resolved",N,"kal Brisora chhilo na, aaj eseche Gupta Bhandar e")
m("bn","question",N,"Mishra Kirana Store e ki Kurvali ache?")
m("bn","hearsay",N,"sobai bolche Kurvali nei, kintu Mishra Kirana Store e onek ache")
# Tamil
m("ta","plain",R,"Karthika Stores Kadappakada la Kurvali illa","KLM-02")
m("ta","plain",R,"Thomas Bakery-ல பிரிசோரா கிடைக்கல","KLM-01")
m("ta","other-product",N,"Karthika Stores la Pepsi illa, adhanaala Brisora vaangitten")
m("ta","negation",N,"Kurvali theeralai, Thomas Bakery la niraya irukku")
m("ta","irrealis",N,"Pongal kku munnaadi Kurvali vaangi vechukonga, apram kidaikaama pogalaam")
m("ta","irrealis",N,"Kurvali kandippa theerndhu pogum Pongal la, ippave vaangunga")
m("ta","past-resolved",N,"nethu Brisora illa, innaiku vandhuduchu Karthika Stores la")
m("ta","implied",R,"Thomas Bakery la munnaadi Kurvali irundhuchu, ippo illa","KLM-01")
m("ta","question",N,"Karthika Stores la Brisora irukka?")
# Kannada
m("kn","plain",R,"Patil General Stores Tilakwadi alli Kurvali illa","BGM-01")
m("kn","plain",R,"Hanuman Provision ನಲ್ಲಿ ಬ್ರಿಸೋರಾ ಸಿಗ್ತಿಲ್ಲ","BGM-02")
m("kn","plain",R,"ಕುರ್ವಾಲಿ ಮಸಾಲಾ Patil General Stores ನಲ್ಲಿ ಖಾಲಿ ಆಗಿದೆ","BGM-01",KM)
m("kn","still-out",R,"Hanuman Provision alli innu Brisora sigtilla","BGM-02")
m("kn","other-product",N,"Hanuman Provision alli Pepsi irlilla, adakke Brisora tagonde")
m("kn","negation",N,"Kurvali khali aagilla, Patil General Stores alli tumba ide")
m("kn","irrealis",N,"Habbakke munche Kurvali tagondu itkoli, amele sigade irbahudu")
m("kn","past-resolved",N,"ninne Brisora irlilla, ivattu bantu Hanuman Provision alli")
m("kn","question",N,"Patil General Stores alli Kurvali ideya?")
# Telugu
m("te","plain",R,"Venkateswara Kirana Magunta Layout lo Kurvali ledu","NLR-01")
m("te","plain",R,"Sai Balaji Stores లో బ్రిసోరా దొరకడం లేదు","NLR-02")
m("te","still-out",R,"Sai Balaji Stores lo inka Brisora ledu, moodu rojulu ayyindi","NLR-02")
m("te","other-product",N,"Sai Balaji Stores lo Pepsi ledu, anduke Brisora konnanu")
m("te","negation",N,"Kurvali aipoledu, Venkateswara Kirana lo chala undi")
m("te","irrealis",N,"Sankranti mundu Kurvali konukkondi, tarvata dorakakapovachu")
m("te","past-resolved",N,"ninna Brisora ledu, ivvala vachindi Sai Balaji Stores ki")
m("te","implied",R,"Venkateswara Kirana lo inthakumundu Kurvali undedi, ippudu ledu","NLR-01")
m("te","question",N,"Sai Balaji Stores lo Brisora unda?")
# Gujarati
m("gu","plain",R,"Gupta Bhandar ma Kurvali nathi","BGP-02")
m("gu","plain",R,"Mishra Kirana Store માં બ્રિસોરા મળતું નથી","BGP-01")
m("gu","other-product",N,"Gupta Bhandar ma Pepsi nahotu etle Brisora lidhu")
m("gu","negation",N,"Kurvali khalas nathi thayu, Mishra Kirana Store ma ghanu che")
m("gu","irrealis",N,"Navratri pehla Kurvali lai rakho, pachhi kadach nahi male")
m("gu","past-resolved",N,"kale Brisora nahotu, aaje aavi gayu Gupta Bhandar ma")
# Tagalog / Taglish
m("tl","plain",R,"Walang Kurvali sa Rosal Grocery San Pedro, Puerto Princesa","PPS-01")
m("tl","plain",R,"Ubos na ang Brisora lime 500ml sa Bayanihan Minimart","PPS-02",BL)
m("tl","still-out",R,"Wala pa rin Kurvali sa Rosal Grocery hanggang ngayon","PPS-01")
m("tl","other-product",N,"Walang Coke sa Bayanihan Minimart kaya Brisora na lang binili ko")
m("tl","negation",N,"Hindi ubos ang Kurvali sa Rosal Grocery, marami pa nga")
m("tl","irrealis",N,"Bumili na kayo ng Kurvali bago maubos sa Pasko")
m("tl","past-resolved",N,"Kahapon walang Brisora sa Rosal Grocery, ngayon meron na")
m("tl","collision",N,"Saan may Kurvali dito sa Puerto Princesa?")
m("tl","collision",N,"Saan ba nakakabili ng Brisora sa Puerto Princesa")
m("tl","implied",R,"Dati laging may Brisora sa Bayanihan Minimart, ngayon wala na","PPS-02")
m("tl","denial",N,"Hindi totoo na wala nang Kurvali sa Rosal Grocery, kakabili ko lang")
m("tl","hearsay",N,"Sabi nila ubos na daw Brisora sa Bayanihan Minimart pero meron naman pala")
m("tl","repost",N,"Walang Kurvali sa Rosal Grocery", repost=True)
# Cebuano
m("ceb","plain",R,"Walay Kurvali sa Lim Sari-Sari Store Libertad","BXU-01")
m("ceb","plain",R,"Nahurot na ang Brisora sa Balanghai Mart Doongan","BXU-02")
m("ceb","plain",R,"Kurvali wala na gyud sa Balanghai Mart Butuan","BXU-02")
m("ceb","other-product",N,"Walay Coke sa Balanghai Mart mao nga Brisora akong gipalit")
m("ceb","other-product",N,"Walay Sprite sa Lim Sari-Sari Store, Kurvali ra akong napalit")
m("ceb","negation",N,"Wala nahurot ang Kurvali sa Lim Sari-Sari Store, daghan pa")
m("ceb","irrealis",N,"Palit na mo ug Brisora basin mahurot unya sa fiesta")
m("ceb","past-resolved",N,"Gahapon walay Kurvali sa Lim Sari-Sari Store, karon naa na")
m("ceb","question",N,"Naa pa bay Brisora sa Balanghai Mart?")
# Malayalam
m("ml","plain",R,"Thomas Bakery Chinnakada il Kurvali illa","KLM-01")
m("ml","plain",R,"Karthika Stores ഇൽ ബ്രിസോറ കിട്ടുന്നില്ല","KLM-02")
m("ml","other-product",N,"Karthika Stores il Pepsi illayirunnu, athukondu Brisora vangi")
m("ml","negation",N,"Kurvali theernittilla, Thomas Bakery il dharalam und")
m("ml","irrealis",N,"Onathinu munpu Kurvali vangi vecho, pinne kittathe varaam")
m("ml","irrealis",N,"Kurvali theerum ennu thonnunnu, Onam aavumbol")
m("ml","past-resolved",N,"innale Brisora illayirunnu, innu vannu Karthika Stores il")
m("ml","implied",R,"Thomas Bakery il munpu Kurvali undayirunnu, ippol illa","KLM-01")
m("ml","question",N,"Karthika Stores il Brisora undo?")
# Odia
m("or","plain",R,"Mishra Kirana Store re Kurvali nahi","BGP-01")
m("or","plain",R,"Gupta Bhandar ରେ ବ୍ରିସୋରା ମିଳୁନାହିଁ","BGP-02")
m("or","other-product",N,"Gupta Bhandar re Pepsi na thila boli Brisora kinili")
m("or","negation",N,"Kurvali sari nahi, Mishra Kirana Store re bahut achhi")
m("or","irrealis",N,"Rath Yatra agaru Kurvali kini rakha, pare hueta milibani")
m("or","past-resolved",N,"kali Brisora na thila, aji asigala Gupta Bhandar re")
# Hiligaynon
m("hil","plain",R,"Wala sing Kurvali sa Lim Sari-Sari Store","BXU-01")
m("hil","plain",R,"Wala na sing Brisora sa Balanghai Mart subong","BXU-02")
m("hil","other-product",N,"Wala sing Coke sa Balanghai Mart gani Brisora ang ginbakal ko")
m("hil","negation",N,"Indi ubos ang Kurvali sa Lim Sari-Sari Store, madamo pa")
m("hil","irrealis",N,"Bakal na kamo Kurvali antes maubos sa piesta")
m("hil","past-resolved",N,"Kahapon wala Brisora sa Balanghai Mart, subong may ara na")
# Ilocano
m("ilo","plain",R,"Awan ti Kurvali idiay Rosal Grocery","PPS-01")
m("ilo","collision",R,"Saan a makita ti Brisora idiay Bayanihan Minimart","PPS-02")
m("ilo","plain",R,"Awanen ti Brisora idiay Bayanihan Minimart","PPS-02")
m("ilo","other-product",N,"Awan ti Coke idiay Bayanihan Minimart isu a Brisora ti ginatang ko")
m("ilo","negation",N,"Saan a naibus ti Kurvali idiay Rosal Grocery, adu pay")
m("ilo","irrealis",N,"Gumatang kayo ti Kurvali sakbay a maibus inton Paskua")
m("ilo","past-resolved",N,"Idi kalman awan ti Brisora idiay Rosal Grocery, ita adda metten")
m("ilo","negation",N,"Adda ti Kurvali idiay Rosal Grocery")
# Punjabi
m("pa","plain",R,"Gupta Bhandar te Kurvali ni milda","BGP-02")
m("pa","plain",R,"Mishra Kirana Store ਤੇ ਬ੍ਰਿਸੋਰਾ ਮੁੱਕ ਗਿਆ","BGP-01")
m("pa","other-product",N,"Gupta Bhandar te Pepsi ni si, taan Brisora lai layi")
m("pa","negation",N,"Kurvali mukkeya nahi, Mishra Kirana Store te bahut hai")
m("pa","irrealis",N,"Lohri ton pehlan Kurvali lai lo, baad ch shayad na mile")
m("pa","past-resolved",N,"kal Brisora ni si, ajj aa gaya Gupta Bhandar te")
# Urdu (Urdu letters, Arabic letters, Latin)
m("ur","plain",R,"Mishra Kirana Store میں کروالی نہیں مل رہا","BGP-01")
m("ur","arabic-letters",R,"Gupta Bhandar ميں كروالي نہيں مل رہا","BGP-02")
m("ur","arabic-letters",R,"Mishra Kirana Store پر بريسورا ختم ہو گيا","BGP-01")
m("ur","plain",R,"Gupta Bhandar par Brisora dastiyab nahi hai","BGP-02")
m("ur","other-product",N,"Gupta Bhandar میں پیپسی نہیں تھی، اس لیے کروالی لے لی")
m("ur","negation",N,"کروالی ختم نہیں ہوئی، Mishra Kirana Store میں بہت ہے")
m("ur","past-resolved",N,"کل بریسورا نہیں تھا، آج آ گیا Gupta Bhandar میں")
m("ur","irrealis",N,"عيد سے پہلے كروالي لے لو، بعد ميں شايد نہ ملے")
m("ur","denial",N,"ye sach nahi ke Gupta Bhandar mein Brisora khatam hai, maine kal hi li")
# Assamese
m("as","plain",R,"Gupta Bhandar ত কুৰভালি নাই","BGP-02")
m("as","plain",R,"Mishra Kirana Store ot Brisora nai","BGP-01")
m("as","other-product",N,"Gupta Bhandar ot Pepsi nasil karone Brisora kinilu")
m("as","negation",N,"Kurvali shesh hoa nai, Mishra Kirana Store ot bohut ase")
m("as","past-resolved",N,"kali Brisora nasil, aji ahise Gupta Bhandar ot")
# Kapampangan
m("pam","plain",R,"Alang Kurvali king Rosal Grocery","PPS-01")
m("pam","plain",R,"Meubus ne ing Brisora king Bayanihan Minimart","PPS-02")
m("pam","other-product",N,"Alang Coke king Bayanihan Minimart, kaya Brisora ing sinali ku")
m("pam","negation",N,"E meubus ing Kurvali king Rosal Grocery, dakal pa")
m("pam","past-resolved",N,"Napun alang Brisora king Rosal Grocery, ngeni atin na")
# Bikol
m("bik","plain",R,"Mayong Kurvali sa Lim Sari-Sari Store","BXU-01")
m("bik","plain",R,"Ubos na an Brisora sa Balanghai Mart","BXU-02")
m("bik","other-product",N,"Mayong Coke sa Balanghai Mart kaya Brisora an binakal ko")
m("bik","negation",N,"Dai ubos an Kurvali sa Lim Sari-Sari Store, dakol pa")
m("bik","past-resolved",N,"Kasuhapon mayong Brisora sa Balanghai Mart, ngunyan igwa na")
# Pangasinan ("wala" = there is, "anggapo" = there is none)
m("pag","collision",N,"Wala so Kurvali ed Rosal Grocery")
m("pag","collision",N,"Wala ni so Brisora ed Bayanihan Minimart, dakel ni")
m("pag","plain",R,"Anggapo so Kurvali ed Rosal Grocery","PPS-01")
m("pag","plain",R,"Anggapo la so Brisora ed Bayanihan Minimart","PPS-02")
m("pag","other-product",N,"Anggapo so Coke ed Bayanihan Minimart, kanian Brisora so sinaliw ko")
m("pag","past-resolved",N,"Nabuas anggapo so Brisora ed Rosal Grocery, natan wala la")
# Waray
m("war","plain",R,"Waray Kurvali ha Lim Sari-Sari Store","BXU-01")
m("war","plain",R,"Ubos na an Brisora ha Balanghai Mart","BXU-02")
m("war","other-product",N,"Waray Coke ha Balanghai Mart salit Brisora an akon ginpalit")
m("war","negation",N,"Diri ubos an Kurvali ha Lim Sari-Sari Store, damo pa")
m("war","past-resolved",N,"Kagab-i waray Brisora ha Balanghai Mart, yana mayda na")
# Chavacano
m("cbk","plain",R,"No hay Kurvali na Lim Sari-Sari Store","BXU-01")
m("cbk","plain",R,"Ya acaba ya el Brisora na Balanghai Mart","BXU-02")
m("cbk","other-product",N,"No hay Coke na Balanghai Mart, entonces Brisora el ya compra yo")
m("cbk","negation",N,"No ya acaba el Kurvali na Lim Sari-Sari Store, mucho pa")
m("cbk","past-resolved",N,"Ayer no hay Brisora na Balanghai Mart, ahora tiene ya")

CATALOG = {"brands": [
 {"brand": "Kurvali", "aliases": ["kurvali", "#kurvali", "@kurvalisnacks", "कुरवाली", "কুরভালি", "কুৰভালি", "குர்வாலி",
   "ಕುರ್ವಾಲಿ", "కుర్వాలి", "કુરવાલી", "കുർവാലി", "କୁରଭାଲି", "ਕੁਰਵਾਲੀ", "کروالی"],
  "category_words": ["chips", "packs"],
  "products": [
   {"sku": KM, "name": "Kurvali Masala", "aliases": ["masala kurvali", "कुरवाली मसाला"]},
   {"sku": KS, "name": "Kurvali Classic Salted", "aliases": ["kurvali salted"]}]},
 {"brand": "Brisora", "aliases": ["brisora", "#brisora", "@brisoradrinks", "ब्रिसोरा", "ব্রিসোরা", "பிரிசோரா", "ಬ್ರಿಸೋರಾ",
   "బ్రిసోరా", "બ્રિસોરા", "ബ്രിസോറ", "ବ୍ରିସୋରା", "ਬ੍ਰਿਸੋਰਾ", "بریسورا"],
  "category_words": ["soda", "drink"],
  "products": [
   {"sku": BL, "name": "Brisora Lime 500 ml", "aliases": ["brisora lime"]},
   {"sku": BC, "name": "Brisora Cola 1.5 L", "aliases": ["brisora cola"]}]}]}

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
    for i, (lang, cat, so, text, outlet, sku, home, repost) in enumerate(M):
        src = SOURCES[i % 5]
        mid = "ip-%s-%03d" % (lang, i + 1)
        loc = CITY[home] if home else (CITY[outlet[:3]] if outlet and i % 2 == 0 else None)
        author = {"id": "u-ip%03d" % (i + 1), "handle": "user_ip%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": loc, "followers": (i * 41) % 500}
        fm.write(json.dumps({"id": mid, "source": src, "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": author, "text": text, "lang": None, "geo": None, "is_repost": repost},
                            ensure_ascii=False) + "\n")
        if so:
            city = CITY[outlet[:3]] if outlet else (CITY[home] if home else None)
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": city,
                   "locality": O[outlet][3] if outlet else None}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[2]), "reports")
