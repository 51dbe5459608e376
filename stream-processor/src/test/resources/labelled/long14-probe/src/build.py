#!/usr/bin/env python3
"""Builds long14-probe from the hand-written posts below (session 14, long and multi-sentence posts).
Invented brands Pulvika (soda) and Zamruto (biscuits); outlets in Sitapur, Chhindwara, Pollachi, Khammam,
Kidapawan and Tagaytay. Run from this folder: python3 build.py (writes ../*.jsonl, ../outlets.csv, ../catalog.json)."""
import json, os, random

random.seed(14)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

OUTLETS = [
    ("SIT-01", "Gupta Kirana Store", "Civil Lines", "Sitapur", "Uttar Pradesh", "India", 27.5712, 80.6841),
    ("SIT-02", "Awasthi General Store", "Tarinpur", "Sitapur", "Uttar Pradesh", "India", 27.5631, 80.6702),
    ("SIT-03", "Shree Ram Medical", "Station Road", "Sitapur", "Uttar Pradesh", "India", 27.5574, 80.6889),
    ("SIT-04", "Naveen Bakery", "Lalbagh", "Sitapur", "Uttar Pradesh", "India", 27.5689, 80.6795),
    ("CHD-01", "Jain Provision Store", "Gulabra", "Chhindwara", "Madhya Pradesh", "India", 22.0621, 78.9412),
    ("CHD-02", "Soni Kirana", "Budhwari Bazar", "Chhindwara", "Madhya Pradesh", "India", 22.0568, 78.9371),
    ("CHD-03", "Shree Ram Medical", "Parasia Road", "Chhindwara", "Madhya Pradesh", "India", 22.0712, 78.9455),
    ("CHD-04", "Sahu Super Mart", "Chhota Talab", "Chhindwara", "Madhya Pradesh", "India", 22.0529, 78.9298),
    ("PLC-01", "Murugan Stores", "Mahalingapuram", "Pollachi", "Tamil Nadu", "India", 10.6622, 77.0102),
    ("PLC-02", "Sri Vinayaka Bakery", "Kottur Road", "Pollachi", "Tamil Nadu", "India", 10.6541, 77.0031),
    ("PLC-03", "Amman Departmental Store", "Udumalai Road", "Pollachi", "Tamil Nadu", "India", 10.6588, 77.0189),
    ("PLC-04", "Kannan Provisions", "Market Road", "Pollachi", "Tamil Nadu", "India", 10.6574, 77.0077),
    ("KHM-01", "Sai Lakshmi Kirana", "Wyra Road", "Khammam", "Telangana", "India", 17.2521, 80.1537),
    ("KHM-02", "Venkateswara General Stores", "Gandhi Chowk", "Khammam", "Telangana", "India", 17.2473, 80.1492),
    ("KHM-03", "Balaji Supermarket", "Mamillagudem", "Khammam", "Telangana", "India", 17.2416, 80.1428),
    ("KHM-04", "Reddy Bakery", "Burhanpuram", "Khammam", "Telangana", "India", 17.2568, 80.1401),
    ("KDP-01", "Aling Nena Sari-Sari Store", "Poblacion", "Kidapawan", "Cotabato", "Philippines", 7.0083, 125.0894),
    ("KDP-02", "Dela Cruz Grocery", "Lanao", "Kidapawan", "Cotabato", "Philippines", 7.0151, 125.0962),
    ("KDP-03", "Mang Tonyo Store", "Sudapin", "Kidapawan", "Cotabato", "Philippines", 7.0021, 125.0817),
    ("KDP-04", "Santos Minimart", "Balindog", "Kidapawan", "Cotabato", "Philippines", 7.0234, 125.0788),
    ("TGY-01", "Villanueva Sari-Sari Store", "Kaybagal South", "Tagaytay", "Cavite", "Philippines", 14.1098, 120.9312),
    ("TGY-02", "Ate Lorna Store", "Maharlika East", "Tagaytay", "Cavite", "Philippines", 14.1042, 120.9445),
    ("TGY-03", "Santos Minimart", "Mendez Crossing East", "Tagaytay", "Cavite", "Philippines", 14.1121, 120.9587),
    ("TGY-04", "Ramos Bakery", "Silang Crossing East", "Tagaytay", "Cavite", "Philippines", 14.1067, 120.9701),
]
BY_ID = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
    {"brand": "Pulvika", "aliases": ["pulvika", "#pulvika", "@pulvika_drinks", "पुल्विका"],
     "category_words": ["soda", "drink", "bottle"],
     "products": [
         {"sku": "PLV-LEM-250", "name": "Pulvika Lemon 250 ml", "aliases": []},
         {"sku": "PLV-LEM-1000", "name": "Pulvika Lemon 1 L", "aliases": []},
         {"sku": "PLV-JRA-250", "name": "Pulvika Jeera 250 ml", "aliases": []}]},
    {"brand": "Zamruto", "aliases": ["zamruto", "#zamruto", "ज़मरूतो", "जमरूतो"],
     "category_words": ["biscuit", "biscuits", "packet"],
     "products": [
         {"sku": "ZMR-CRM-75", "name": "Zamruto Cream 75 g", "aliases": []},
         {"sku": "ZMR-ELC-150", "name": "Zamruto Elaichi 150 g", "aliases": []}]}]}

POSTS = []


def R(text, sku, outlet, cat, lang, geo=None, prof=None, city=None, loc=None):
    """A report: outlet gives city and locality unless the text names only a city or locality."""
    if outlet:
        o = BY_ID[outlet]
        city, loc = o[3], o[2]
    POSTS.append(dict(text=text, stockout=True, sku=sku, outlet=outlet, city=city, loc=loc, cat=cat, lang=lang,
                      geo=geo, prof=prof))


def N(text, cat, lang, geo=None, prof=None, repost=False):
    POSTS.append(dict(text=text, stockout=False, sku=None, outlet=None, city=None, loc=None, cat=cat, lang=lang,
                      geo=geo, prof=prof, repost=repost))


def at(outlet):
    o = BY_ID[outlet]
    return {"lat": round(o[6] + 0.0001, 6), "lon": round(o[7] + 0.0001, 6)}


# ---- long reports ----
R("Good morning everyone. Went to Gupta Kirana in Civil Lines after office today to pick up groceries for the week. Got atta, dal and soap, but the Pulvika lemon 250ml was not there at all, the shelf was empty. Uncle said maybe next week. Very annoying.", "PLV-LEM-250", "SIT-01", "long-story", "en")
R("Long post sorry. My son only drinks Pulvika Jeera with his lunch. Yesterday I checked Murugan Stores Mahalingapuram. Nothing. Today again. Still nothing. Please send stock, Pollachi people also drink it!", "PLV-JRA-250", "PLC-01", "long-split", "en")
R("So here's my rant. I love Zamruto biscuits, had them with tea every evening since college. But for two weeks now Awasthi General Store in Tarinpur doesn't have a single packet. They keep every other brand. Why??", None, "SIT-02", "long-mixed", "en")
R("Zamruto cream biscuits are the best with chai. Sadly Soni Kirana at Budhwari Bazar has run out of them. Been asking for 4 days.", "ZMR-CRM-75", "CHD-02", "long-mixed", "en")
R("Checked two shops in Khammam this evening. Balaji Supermarket in Mamillagudem had plenty of Pulvika 1 litre. Reddy Bakery at Burhanpuram had none, the owner said the distributor skipped them.", "PLV-LEM-1000", "KHM-04", "long-twoshops", "en")
R("Sahu Super Mart, Chhota Talab. Went there twice. No Pulvika lemon small bottles anywhere.", "PLV-LEM-250", "CHD-04", "long-split", "en")
R("Has anyone else noticed this? My mother loves Zamruto Elaichi. But Kannan Provisions on Market Road doesn't keep it anymore. It is missing for a month.", "ZMR-ELC-150", "PLC-04", "long-pronoun", "en")
R("Was at Jain Provision Store, Gulabra this morning for milk. They had everything else. Pulvika jeera? Out of stock again.", "PLV-JRA-250", "CHD-01", "long-split", "en")
R("Pulvika Lemon 1L is out of stock at Venkateswara General Stores, Gandhi Chowk. Please restock soon.\n\nThanks & regards,\nRavi Teja\n#Pulvika #Khammam #restock", "PLV-LEM-1000", "KHM-02", "long-signature", "en")
R("Zamruto out of stock at Naveen Bakery Lalbagh!! Zamruto out of stock at Naveen Bakery Lalbagh!! please anyone from the company see this", None, "SIT-04", "long-repeat", "en")
R("No Pulvika at Amman Departmental Store on Udumalai Road today. Tried the shop twice. Honestly it's the only soda my kids like, so please sort this out.", None, "PLC-03", "long-mixed", "en")
R("My grandmother asked me to get her Zamruto Elaichi biscuits when I came to visit. Searched Ramos Bakery near Silang Crossing and the Santos Minimart in Mendez Crossing. Ramos had none at all. Santos had two packets so I took those.", "ZMR-ELC-150", "TGY-04", "long-twoshops", "en")
R("🙏 Good morning friends 🙏 Forwarded as received. Zamruto cream biscuits not available in Chhindwara since last week, Soni Kirana Budhwari also empty. Share with all groups. 🌹🌹", "ZMR-CRM-75", "CHD-02", "long-forward", "en")
R("Dear Pulvika team, I am writing from Kidapawan. The Dela Cruz Grocery in Lanao has not had your jeera soda for weeks now. Many customers ask. Kindly look into it. Regards, Joel", "PLV-JRA-250", "KDP-02", "long-signature", "en")
R("Pulvika 1L. Sai Lakshmi Kirana, Wyra Road. Finished since Monday. Anybody know when the truck comes?", "PLV-LEM-1000", "KHM-01", "long-split", "en")
R("Bhai kya bolu. Subah se teen dukaan ghoom liya. Gupta Kirana Civil Lines mein Pulvika lemon wali chhoti bottle nahi hai, bola maal aaya hi nahi. Garmi mein yehi toh chahiye tha.", "PLV-LEM-250", "SIT-01", "long-rant", "hi-Latn")
R("Zamruto ke bina chai adhuri lagti hai yaar. Par Soni Kirana Budhwari Bazar wale ke paas do hafte se ek bhi packet nahi. Bhaiya bolte hain company se aa nahi raha.", None, "CHD-02", "long-mixed", "hi-Latn")
R("Kal raat Jain Provision Store gaya tha Gulabra mein. Sab mila, doodh, bread, anda. Bas Pulvika jeera nahi mila. Aaj phir gaya, ab bhi nahi hai.", "PLV-JRA-250", "CHD-01", "long-story", "hi-Latn")
R("Sitapur walo dhyan do. Shree Ram Medical Station Road pe Zamruto elaichi khatam ho gaya hai. Mummy ke liye lena tha. Koi aur dukaan pe dikhe toh batana.", "ZMR-ELC-150", "SIT-03", "long-story", "hi-Latn")
R("Awasthi General Store Tarinpur mein Pulvika 1 litre milta tha pehle. Ab ek mahine se gayab hai. Uncle ko bola toh bolte hain order kiya hai. Kab aayega pata nahi.", "PLV-LEM-1000", "SIT-02", "long-split", "hi-Latn")
R("Yaar ye kya hai. Naveen Bakery Lalbagh mein Zamruto cream dikh hi nahi raha. Bakery wale bhaiya ne bola sab bik gaya aur naya stock nahi aaya. Please bhejo jaldi.", "ZMR-CRM-75", "SIT-04", "long-rant", "hi-Latn")
R("Aaj do jagah check kiya. Sahu Super Mart Chhota Talab mein Pulvika ka ek bhi bottle nahi tha. Soni Kirana mein mil gaya, wahan se le liya.", None, "CHD-04", "long-twoshops", "hi-Latn")
R("Pulvika jeera meri favourite hai. Pichle hafte tak Jain Provision Gulabra mein aasani se milti thi. Is hafte woh bhi nahi hai, bolte hain upar se supply band hai.", "PLV-JRA-250", "CHD-01", "long-pronoun", "hi-Latn")
R("Pulvika lemon 250 ml Gupta Kirana Civil Lines mein nahi mil rahi.\n\n— Ankit, Sitapur\n#PulvikaWapasLao #Sitapur", "PLV-LEM-250", "SIT-01", "long-signature", "hi-Latn")
R("सुबह सुबह शर्मा जी के साथ बाज़ार गया। सोनी किराना बुधवारी बाज़ार में पुल्विका नींबू 1 लीटर नहीं मिली। दुकानदार बोला तीन दिन से माल नहीं आया।", "PLV-LEM-1000", "CHD-02", "long-story", "hi")
R("ज़मरूतो बिस्कुट हमारे घर में सबको पसंद है। लेकिन अवस्थी जनरल स्टोर तरीनपुर में पिछले हफ्ते से एक भी पैकेट नहीं है। कृपया जल्दी भेजें।", None, "SIT-02", "long-mixed", "hi")
R("कल शाम गुप्ता किराना सिविल लाइंस गया था। बाकी सब सामान था। ज़मरूतो इलायची खत्म है, बोले अगले हफ्ते आएगा।", "ZMR-ELC-150", "SIT-01", "long-split", "hi")
R("Grabe talaga. Pumunta ako sa Villanueva Sari-Sari Store sa Kaybagal South kanina. Wala na raw silang Pulvika lemon na 1 liter, ubos na daw since Sunday. Sana magkaroon ulit.", "PLV-LEM-1000", "TGY-01", "long-story", "tl")
R("Mga ka-Tagaytay, paalala lang. Yung Zamruto cream sa Ate Lorna Store, Maharlika East, ubos na. Ilang araw na akong bumabalik. Sana ma-restock na agad.", "ZMR-CRM-75", "TGY-02", "long-forward", "tl")
R("Ang sarap talaga ng Zamruto Elaichi sa kape. Kaso sa Ramos Bakery sa Silang Crossing wala na. Sabi ni ate next week pa daw darating.", "ZMR-ELC-150", "TGY-04", "long-mixed", "tl")
R("Good morning po. Nagpunta ako sa Santos Minimart Mendez Crossing para bumili ng Pulvika jeera para sa anak ko. Wala po. Yung ibang soft drinks meron, pero Pulvika wala talaga.", "PLV-JRA-250", "TGY-03", "long-split", "tl")
R("Nag-ikot ako kanina. Sa Villanueva store meron pang Zamruto. Sa Ate Lorna Store sa Maharlika East, wala na talaga kahit isang pack.", None, "TGY-02", "long-twoshops", "tl")
R("Maayong buntag sa tanan. Niadto ko sa Aling Nena Sari-Sari Store sa Poblacion ganina. Wala na silay Pulvika jeera, nahurot na kuno sukad pa sa Lunes. Palihug ug stock dayon.", "PLV-JRA-250", "KDP-01", "long-story", "ceb")
R("Ganahan kaayo akong mga anak sa Zamruto cream. Pero sa Dela Cruz Grocery sa Lanao, wala na gyud. Tulo na ka adlaw nga wala.", "ZMR-CRM-75", "KDP-02", "long-mixed", "ceb")
R("Gikan ko sa Mang Tonyo Store sa Sudapin. Nangita ko og Pulvika 1 litro. Wala. Ang tindera miingon nga wala pa miabot ang delivery.", "PLV-LEM-1000", "KDP-03", "long-split", "ceb")
R("Zamruto elaichi. Santos Minimart sa Balindog. Wala na gyud stock. Kanunay na lang ni.", "ZMR-ELC-150", "KDP-04", "long-split", "ceb")
R("Maayong aga. Nagkadto ako sa Santos Minimart sa Balindog, Kidapawan. Wala na sila sang Pulvika lemon nga 250 ml. Ubos na kuno. Sana may ara liwat.", "PLV-LEM-250", "KDP-04", "long-story", "hil")
R("Vanakkam. Innaiku kaalaila Murugan Stores Mahalingapuram ponen. Pulvika jeera kedaikala. Anna sonnaar supply varala nu. Romba kashtama irukku.", "PLV-JRA-250", "PLC-01", "long-story", "ta-Latn")
R("Zamruto cream biscuit enga veetla ellarukkum pidikkum. Aana Kannan Provisions Market Road la rendu vaaram aa stock illa. Seekiram anuppunga.", "ZMR-CRM-75", "PLC-04", "long-mixed", "ta-Latn")
R("Sri Vinayaka Bakery Kottur Road la Pulvika 1 litre illa. Nethu um illa, innaikum illa. Enna aachu company ku?", "PLV-LEM-1000", "PLC-02", "long-rant", "ta-Latn")
R("இன்று அம்மன் டிபார்ட்மென்டல் ஸ்டோர் உடுமலை ரோடு போனேன். புல்விகா ஜீரா கிடைக்கவில்லை. கடைக்காரர் இந்த வாரம் வராது என்றார்.", "PLV-JRA-250", "PLC-03", "long-story", "ta")
R("Andariki namaskaram. Ee roju Sai Lakshmi Kirana Wyra Road ki vellanu. Pulvika lemon chinna bottle dorakaledu. Shop anna cheppadu vaaram nunchi raledu ani.", "PLV-LEM-250", "KHM-01", "long-story", "te-Latn")
R("Zamruto elaichi biscuits ante maa naanna ki chala ishtam. Kani Venkateswara General Stores Gandhi Chowk lo ippudu levu. Please twaraga pampandi.", "ZMR-ELC-150", "KHM-02", "long-mixed", "te-Latn")
R("ఖమ్మం బాలాజీ సూపర్ మార్కెట్ మామిళ్లగూడెం లో పుల్వికా జీరా దొరకడం లేదు. రెండు వారాలుగా ఇదే పరిస్థితి. దయచేసి స్టాక్ పంపండి.", "PLV-JRA-250", "KHM-03", "long-split", "te")
R("Namaskar. Aaj Sahu Super Mart, Chhota Talab madhe gelo hoto. Zamruto cream biscuit milala nahi. Dukandar mhanala don divsanpasun maal nahi.", "ZMR-CRM-75", "CHD-04", "long-story", "mr")
R("जैन प्रोव्हिजन स्टोअर गुलाबरा मध्ये पुल्विका लिंबू 1 लिटर मिळत नाही. आठवडाभर झाला. लवकर पाठवा.", "PLV-LEM-1000", "CHD-01", "long-split", "mr")
R("Ami Sitapur e thaki, Civil Lines e. Gupta Kirana te Zamruto elaichi biscuit ekdom pacchi na. Dokandar bollo company theke ashche na. Khub asubidha.", "ZMR-ELC-150", "SIT-01", "long-story", "bn-Latn")
R("নবীন বেকারি লালবাগ এ জমরুতো ক্রিম বিস্কুট নেই। তিন দিন ধরে খুঁজছি। দয়া করে পাঠান।", "ZMR-CRM-75", "SIT-04", "long-split", "bn")
R("Pollachi Kottur Road ile Sri Vinayaka Bakery il Zamruto elaichi kittunnilla. Randu aazhcha aayi. Kadakkaran parayunnu varunnilla ennu.", "ZMR-ELC-150", "PLC-02", "long-story", "ml-Latn")
R("അമ്മൻ ഡിപ്പാർട്ട്മെന്റൽ സ്റ്റോർ ഉടുമലൈ റോഡ് ഇൽ പുൽവിക 1 ലിറ്റർ ഇല്ല. ഒരാഴ്ചയായി. ദയവായി അയക്കൂ.", "PLV-LEM-1000", "PLC-03", "long-split", "ml")
R("Naanu Pollachi ge bandiddene. Murugan Stores Mahalingapuram nalli Zamruto cream sigtilla. Angadi avaru heliddu stock barlilla antha.", "ZMR-CRM-75", "PLC-01", "long-story", "kn-Latn")
R("Sat sri akal ji. Chhindwara Parasia Road wali Shree Ram Medical te Pulvika jeera nahi mil rahi. Do hafte ho gaye. Jaldi bhejo ji.", "PLV-JRA-250", "CHD-03", "long-forward", "pa-Latn")
R("آج سیتاپور اسٹیشن روڈ والے شری رام میڈیکل گیا۔ پلویکا لیمن 250 ملی لیٹر نہیں ملا۔ دکاندار نے کہا کہ ایک ہفتے سے نہیں آیا۔", "PLV-LEM-250", "SIT-03", "long-story", "ur")
R("Pulvika Jeera. That's all I wanted today. Went to Kannan Provisions, Market Road, Pollachi. Not a single bottle.", "PLV-JRA-250", "PLC-04", "long-split", "en")
R("About the Zamruto elaichi biscuits. Reddy Bakery in Burhanpuram. They are out. Third time this month.", "ZMR-ELC-150", "KHM-04", "long-split", "en")
R("Got my Parle-G and milk from Balaji Supermarket, Mamillagudem. But they had no Pulvika Lemon 1L, which is what I actually went for. Will try elsewhere tomorrow.", "PLV-LEM-1000", "KHM-03", "long-mixed", "en")
R("Soni Kirana Budhwari mein Zamruto cream nahi hai 😡😡\n.\n.\n.\n#Zamruto #Chhindwara #biscuit #chai #evening #mood", "ZMR-CRM-75", "CHD-02", "long-hashtags", "hi-Latn")
R("Standing right here in this shop and they say no Pulvika 250 jeera. Second time this week. The owner says the van didn't come. Kindly check.", "PLV-JRA-250", "PLC-02", "long-deictic", "en", geo=at("PLC-02"))
R("Andito ako ngayon sa tindahan na to. Wala na naman silang Zamruto cream. Pangatlong beses na this week. Pakisabi naman sa distributor.", "ZMR-CRM-75", "TGY-01", "long-deictic", "tl", geo=at("TGY-01"))
R("Every single week the same story. Went to the Shree Ram Medical near my house and no Zamruto elaichi. My father needs it with his evening tea. Please do something.", "ZMR-ELC-150", "CHD-03", "long-profile", "en", prof="Chhindwara, MP")
R("I have been buying Pulvika Lemon 1 litre for our shop's staff for a year. Last month it started getting hard to find. This week Sahu Super Mart in Chhota Talab simply does not have it. Is the company stopping it?", "PLV-LEM-1000", "CHD-04", "long-pronoun", "en")
R("Pulvika jeera ka taste sabse best hai. Par isko Gupta Kirana Civil Lines mein dhoondhna mushkil ho gaya hai, teen din se nahi mila.", "PLV-JRA-250", "SIT-01", "long-pronoun", "hi-Latn")
R("Zamruto Elaichi, paborito ng lola ko. Hinanap ko ito sa Ramos Bakery sa Silang Crossing pero wala na. Ubos daw lahat.", "ZMR-ELC-150", "TGY-04", "long-pronoun", "tl")
R("Pulvika lemon 1 litre romba nalla irukku. Aana adhu ippo Amman Departmental Store Udumalai Road la kedaikala. Oru vaaram aachu.", "PLV-LEM-1000", "PLC-03", "long-pronoun", "ta-Latn")
R("No Zamruto cream anywhere I looked today, not one packet. This was at Venkateswara General Stores in Gandhi Chowk. Please send.", "ZMR-CRM-75", "KHM-02", "long-split", "en")
R("Our town Kidapawan has had no Pulvika 1 litro for a week. Every store in Poblacion says the same, wala pa. Hope the company reads this.", "PLV-LEM-1000", None, "long-city", "en", city="Kidapawan", loc="Poblacion")
R("Tarinpur wale Awasthi General Store se abhi aaya hoon. Chai patti, cheeni sab le liya. Zamruto elaichi maanga toh bhaiya ne mana kar diya, khatam hai.", "ZMR-ELC-150", "SIT-02", "long-story", "hi-Latn")
R("WhatsApp forward 🙏 Jai Shri Ram 🙏 Sabhi Khammam walo ko suchit kiya jata hai ki Reddy Bakery Burhanpuram mein Pulvika jeera 3 din se nahi hai. Aage bhejein. 🙏🙏", "PLV-JRA-250", "KHM-04", "long-forward", "hi-Latn")
R("So this happened. I walked all the way from the bus stand to Shree Ram Medical on Station Road in Sitapur for my dad's evening Zamruto elaichi, and the man just shook his head. Out of stock for ten days, he says. Seriously, ten days.", "ZMR-ELC-150", "SIT-03", "long-story", "en")
R("Gupta Kirana mein Pulvika 1 litre mil gaya par Awasthi General Store Tarinpur mein ek bhi nahi tha. Awasthi wale bhaiya ko bolo stock mangwaye.", "PLV-LEM-1000", "SIT-02", "long-twoshops", "hi-Latn")
R("PAKI-SHARE PO 🙏 Wala nang Pulvika jeera sa Villanueva Sari-Sari Store sa Kaybagal South. Ilang araw na. PAKI-SHARE PO 🙏", "PLV-JRA-250", "TGY-01", "long-forward", "tl")
R("Ang Pulvika lemon 250 ml nga ganahan kaayo sa akong anak, wala na sa Dela Cruz Grocery sa Lanao. Duha na ka semana. Unsa man ni?", "PLV-LEM-250", "KDP-02", "long-mixed", "ceb")
R("Love the new Zamruto Cream recipe, much crunchier than before!! Too bad Kannan Provisions on Market Road has been out of it since Friday. Please Zamruto, more stock for Pollachi.", "ZMR-CRM-75", "PLC-04", "long-mixed", "en")
R("Zamruto elaichi mere papa ki favourite hai. Isko Soni Kirana Budhwari Bazar mein teen din se dhoondh raha hoon, nahi mila.\n- Rahul\n#Chhindwara", "ZMR-ELC-150", "CHD-02", "long-pronoun", "hi-Latn")
R("Hi Pulvika team. I'm at this shop right now and the fridge has every brand except yours. No Pulvika lemon, no jeera, nothing. The shopkeeper says two weeks. Please fix.", None, "KHM-01", "long-deictic", "en", geo=at("KHM-01"))

# ---- long non-reports ----
N("Tried Zamruto Elaichi for the first time last night. Bought it at Gupta Kirana in Civil Lines. The cardamom flavour is strong but not too sweet. Nothing to complain about, I'll buy again.", "long-review", "en")
N("Last year during the floods no shop in Sitapur had Pulvika for a month. Even Gupta Kirana was empty. Thankfully those days are gone and now every shop keeps it.", "long-past", "en")
N("Pulvika 1 litre is now 45 rupees at Sahu Super Mart. It was 40 last month. Why this increase? Not buying it anymore at this rate.", "long-price", "en")
N("🎉 NEW STOCK ARRIVED 🎉\nSoni Kirana, Budhwari Bazar, Chhindwara\nZamruto Cream and Elaichi biscuits available\nPulvika all flavours available\nHome delivery on call\nNo stock problem, come anytime!", "long-advert", "en")
N("Was searching for Zamruto elaichi all week, none of the shops near me had it. Finally found it today at Jain Provision Store, Gulabra. Bought three packets.", "long-found", "en")
N("Murugan Stores Mahalingapuram has plenty of Pulvika jeera as always. But the milk bikis are out of stock since Monday. Please somebody tell Britannia.", "long-other", "en")
N("When I was in college in Khammam we used to live on Pulvika lemon and Zamruto biscuits. Some months the canteen had none and we would walk to Wyra Road. Good old days.", "long-past", "en")
N("Zamruto Cream is my kids' favourite. I never let the dabba go empty at home. Thank you Zamruto for making evenings happy!", "long-praise", "en")
N("Kal Gupta Kirana mein Pulvika jeera nahi mila tha. Aaj subah dobara gaya, naya stock aa gaya tha. Do bottle le aaya.", "long-found", "hi-Latn")
N("Zamruto elaichi ka packet ab 30 ka ho gaya hai. Pehle 25 ka tha. Itna mehnga kyun? Awasthi General Store wale bhaiya bhi pareshan hain.", "long-price", "hi-Latn")
N("Sunne mein aaya hai ki agle mahine Pulvika jeera band ho jayegi. Agar aisa hua toh Chhindwara mein kahin nahi milegi. Abhi toh Soni Kirana mein bhara pada hai.", "long-future", "hi-Latn")
N("Kya kisi ko pata hai Pulvika 1 litre Sitapur mein kahan milta hai? Naya aaya hoon Lalbagh mein. Koi achhi dukaan batao please.", "long-question", "hi-Latn")
N("ज़मरूतो क्रीम बिस्कुट का स्वाद बहुत अच्छा है। चाय के साथ मज़ा आ जाता है। गुप्ता किराना में हमेशा मिल जाता है, कभी कमी नहीं हुई।", "long-praise", "hi")
N("पिछली गर्मियों में पुल्विका की बहुत कमी थी, कहीं नहीं मिलती थी। अब ऐसा नहीं है, सोनी किराना में भरपूर है।", "long-past", "hi")
N("ATTENTION TAGAYTAY! 📢 Dito sa Ramos Bakery, Silang Crossing, kumpleto kami ng Zamruto biscuits at Pulvika soft drinks. Walang ubusan! Bukas kami 6am hanggang 10pm. Punta na kayo!", "long-advert", "tl")
N("Akala ko wala nang Zamruto cream dito sa Tagaytay. Tatlong tindahan na pinuntahan ko kahapon, wala lahat. Pero kanina sa Ate Lorna Store meron na ulit! Bumili ako ng lima.", "long-found", "tl")
N("Sa Villanueva Sari-Sari Store, marami pang Pulvika. Ang wala lang ay yung Coke na 1.5. Sana magdala sila ulit.", "long-other", "tl")
N("Nimahal na ang Pulvika 1 litro sa Dela Cruz Grocery. Kaniadto 40 ra, karon 48 na. Lisod na kaayo ang panahon.", "long-price", "ceb")
N("Sa miaging tuig, wala gyuy Zamruto sa tibuok Kidapawan sulod sa duha ka bulan. Karon daghan na kaayo, bisan asa naa.", "long-past", "ceb")
N("Pulvika jeera soda kudichen, romba nalla irukku. Murugan Stores la vaanginen. Vilai konjam adhigam, aana taste super.", "long-review", "ta-Latn")
N("Pongal ku munnadi Pulvika 1 litre stock vaangi vachukonga. Festival time la kadaila illama pogalam. Kannan Provisions la ippo neraya irukku.", "long-future", "ta-Latn")
N("Ninna Balaji Supermarket lo Pulvika jeera dorakaledu. Ee roju malli vellanu, vachindi. Rendu bottles konnanu.", "long-found", "te-Latn")
N("Zamruto elaichi biscuits ki saati ledu. Maa intlo andaru tintaru. Venkateswara General Stores lo eppudu untayi.", "long-praise", "te-Latn")
N("Zamruto cream biscuit khup chhan aahet. Sahu Super Mart madhe nehmi miltat. Mulanna khup avadtat.", "long-praise", "mr")
N("Gata bochor Durga pujor somoy Pulvika kothao pawa jachhilo na. Ekhon ar shei somossa nei, Naveen Bakery te bhorti.", "long-past", "bn-Latn")
N("Zamruto elaichi vangi, nalla ruchi. Pollachi Kottur Road bakery il undu. Vila kurachu kooduthal aanu.", "long-review", "ml-Latn")
N("Nenne Murugan Stores nalli Pulvika sigtilla. Ivattu hogi nodidre bandide. Eradu bottle thagonde.", "long-found", "kn-Latn")
N("Pulvika jeera di keemat vadh gayi hai ji. Pehla 20 di si, hun 25 di. Shree Ram Medical Parasia Road wale vi keh rahe si.", "long-price", "pa-Latn")
N("زمروتو بسکٹ بہت مزیدار ہیں۔ ہر شام چائے کے ساتھ کھاتے ہیں۔ گپتا کرانہ میں ہمیشہ مل جاتے ہیں۔", "long-praise", "ur")
N("Checked Reddy Bakery and Balaji Supermarket for Pulvika 1L. Both had plenty. Somebody in the Khammam group said it was out but that's not true.", "long-negation", "en")
N("My husband said he would bring Zamruto biscuits from Sai Lakshmi Kirana. He came back with onions, no biscuits and a long story about cricket. The shop had them, he just forgot.", "long-joke", "en")
N("Amman Departmental Store on Udumalai Road has Pulvika lemon and jeera both in stock. The only thing missing is Bisleri water. Summer is hard.", "long-other", "en")
N("The new Zamruto cream pack is smaller but the price is the same. Also half the biscuits were broken when I opened it. Bought from Kannan Provisions yesterday. Not happy.", "long-complaint", "en")
N("Heard there might be a Pulvika shortage next month because of a strike at the plant. Stock up now if you like it. Sri Vinayaka Bakery still has lots.", "long-future", "en")
N("Pulvika jeera was out at Dela Cruz Grocery for most of last week. The owner called me on Saturday to say it came back. Picked up a crate. All good now.", "long-found", "en")
N("Ghar pe Zamruto khatam ho gaye hain, shaam ko Gupta Kirana se le aaunga. Wahan hamesha rehte hain. Bachche intezaar kar rahe hain.", "long-own", "hi-Latn")
N("Naveen Bakery Lalbagh — taza cake, pastry, patties. Zamruto biscuit, Pulvika cold drink sab uplabdh. Order ke liye call karein. Koi bhi cheez khatam nahi hoti hamare yahan!", "long-advert", "hi-Latn")
N("Soni Kirana Budhwari mein Zamruto toh bohot hai. Bas Good Day khatam ho gaya hai. Bachche wahi maang rahe the.", "long-other", "hi-Latn")
N("Walang tatalo sa Zamruto Elaichi pag umaga. Sa Santos Minimart sa Mendez Crossing laging meron. Salamat Zamruto!", "long-praise", "tl")
N("May Pulvika jeera pa ba sa Ate Lorna Store? Pupunta sana ako mamaya. Sino ang nakapunta kanina?", "long-question", "tl")
N("Gahapon wala koy nakit-an nga Zamruto cream sa Poblacion. Karon buntag niabot na sa Aling Nena store. Nakapalit na ko.", "long-found", "ceb")
N("Pulvika Beverages announces new plant near Khammam. The company says supply to Telangana towns will double by March. Retailers at Gandhi Chowk welcomed the move.", "long-news", "en")
N("अगले हफ्ते दिवाली है। सोच रहा हूँ पुल्विका की पेटी अभी ले लूँ, बाद में शायद न मिले। सोनी किराना में अभी काफी है।", "long-future", "hi")
N("Group mein kisi ne likha ki Sahu Super Mart mein Pulvika khatam hai. Main abhi wahi se aa raha hoon, poora rack bhara hua hai. Afwaah mat phailao.", "long-negation", "hi-Latn")
N("Zamruto were sold out at the Reddy Bakery stall during the Khammam food festival last Sunday. Long queues all day. Fun event, hope they come back next year.", "long-past", "en")
N("ஜமருதோ பிஸ்கட் மிகவும் சுவையானது. முருகன் ஸ்டோர்ஸில் எப்போதும் கிடைக்கும். என் குழந்தைகளுக்கு ரொம்ப பிடிக்கும்.", "long-praise", "ta")
N("పుల్వికా 1 లీటర్ ధర పెరిగింది. ఇంతకు ముందు 40 రూపాయలు, ఇప్పుడు 48. బాలాజీ సూపర్ మార్కెట్ లో చూశాను.", "long-price", "te")
N("We ran out of Pulvika at home during the party last night, so I went down to Santos Minimart in Balindog at 11pm. They still had a whole crate. Party saved!", "long-own", "en")
N("Mage ekda Jain Provision madhe Zamruto milat navhte, tevha khup tras jhala. Aata sagle thik aahe, roj milte.", "long-past", "mr")
N("Pulvika jeera available hai!! Pulvika jeera available hai!! Awasthi General Store Tarinpur, aaj hi aaiye.", "long-advert", "hi-Latn")
N("Good evening all 🙏\nJust wanted to say Zamruto Elaichi with ginger tea is the best thing about winter in Sitapur.\nRegards,\nMeena Awasthi\n#Zamruto #winter", "long-praise", "en")
N("Kung moadto mo sa Kidapawan karong Pasko, palit na mo og Pulvika daan kay basin mahurot. Sa Dela Cruz Grocery daghan pa karon.", "long-future", "ceb")
N("Namit gid ang Zamruto cream. Permi may ara sa Santos Minimart sa Balindog. Salamat sa inyo.", "long-praise", "hil")
N("I can't stop eating Zamruto cream biscuits. Three packets gone in two days at my desk. My colleague from Tarinpur buys them for the whole office.", "long-praise", "en")
N("Pulvika lemon 1L tastes exactly like nimbu pani from childhood. Reddy Bakery keeps it cold. Only complaint is the cap is hard to open.", "long-review", "en")
N("Bachpan mein Sitapur mein Pulvika nahi milti thi, sirf Lakhimpur mein milti thi. Papa laate the har mahine. Ab toh har gali mein milti hai.", "long-past", "hi-Latn")
N("Ang mahal na ng Zamruto cream sa Santos Minimart sa Mendez Crossing. Dati 25 lang, ngayon 32 na. Hindi na ako bibili dun.", "long-price", "tl")
N("Kannan Provisions la Zamruto cream neraya irukku. Aana Aavin paal mattum illa. Kaalaila sikkiram mudinjidichu.", "long-other", "ta-Latn")
N("Pulvika jeera lekapothe naaku roju gadavadu. Anduke Sai Lakshmi Kirana lo oka crate konnanu. Ippudu intlo full stock.", "long-own", "te-Latn")

# ---- short controls, reports ----
R("Pulvika 1L out at Gupta Kirana Civil Lines", "PLV-LEM-1000", "SIT-01", "short", "en")
R("no zamruto cream @ soni kirana budhwari", "ZMR-CRM-75", "CHD-02", "short", "en")
R("Jain Provision Gulabra mein Pulvika jeera nahi hai", "PLV-JRA-250", "CHD-01", "short", "hi-Latn")
R("Zamruto elaichi khatam Awasthi General Store Tarinpur", "ZMR-ELC-150", "SIT-02", "short", "hi-Latn")
R("Walang Pulvika sa Ate Lorna Store Maharlika East", None, "TGY-02", "short", "tl")
R("Wala nay Zamruto sa Mang Tonyo Store Sudapin", None, "KDP-03", "short", "ceb")
R("Murugan Stores Mahalingapuram la Pulvika illa", None, "PLC-01", "short", "ta-Latn")
R("Reddy Bakery Burhanpuram lo Zamruto cream ledu", "ZMR-CRM-75", "KHM-04", "short", "te-Latn")
R("Please restock Pulvika jeera at Sahu Super Mart Chhota Talab", "PLV-JRA-250", "CHD-04", "short", "en")
R("Kannan Provisions Market Road - Zamruto elaichi sold out", "ZMR-ELC-150", "PLC-04", "short", "en")
R("सोनी किराना में ज़मरूतो नहीं मिल रहा", None, "CHD-02", "short", "hi")
R("Balaji Supermarket Mamillagudem Pulvika 250 jeera stock nil", "PLV-JRA-250", "KHM-03", "short", "en")
R("Sri Vinayaka Bakery la Zamruto cream kedaikala", "ZMR-CRM-75", "PLC-02", "short", "ta-Latn")
R("Villanueva Sari-Sari Store, ubos na ang Pulvika lemon 1 liter", "PLV-LEM-1000", "TGY-01", "short", "tl")
R("Santos Minimart Mendez Crossing, wala nang Zamruto elaichi", "ZMR-ELC-150", "TGY-03", "short", "tl")
R("Dela Cruz Grocery Lanao wala Pulvika jeera", "PLV-JRA-250", "KDP-02", "short", "ceb")
R("No Pulvika here", None, "SIT-04", "short", "en", geo=at("SIT-04"))
R("yahan Zamruto cream nahi hai", "ZMR-CRM-75", "CHD-01", "short", "hi-Latn", geo=at("CHD-01"))
R("Shree Ram Medical Station Road Pulvika lemon 250 out", "PLV-LEM-250", "SIT-03", "short", "en")
R("Amman Departmental Store Udumalai Road la Zamruto elaichi illa", "ZMR-ELC-150", "PLC-03", "short", "ta-Latn")
R("Venkateswara General Stores Gandhi Chowk Pulvika 1 litre ledu", "PLV-LEM-1000", "KHM-02", "short", "te-Latn")
R("Aling Nena store Poblacion wala na Zamruto cream", "ZMR-CRM-75", "KDP-01", "short", "ceb")
R("Ramos Bakery Silang Crossing walang Pulvika jeera", "PLV-JRA-250", "TGY-04", "short", "tl")
R("Sai Lakshmi Kirana Wyra Road Zamruto elaichi dorakatledu", "ZMR-ELC-150", "KHM-01", "short", "te-Latn")
R("Zamruto cream nahi mila Naveen Bakery Lalbagh mein", "ZMR-CRM-75", "SIT-04", "short", "hi-Latn")
R("পুল্বিকা জিরা নেই গুপ্তা কিরানা সিভিল লাইন্স", "PLV-JRA-250", "SIT-01", "short", "bn")
R("Pulvika jeera milat nahi Soni Kirana Budhwari", "PLV-JRA-250", "CHD-02", "short", "mr")
R("Zamruto cream kittunnilla Murugan Stores Mahalingapuram", "ZMR-CRM-75", "PLC-01", "short", "ml-Latn")
R("Pulvika lemon 1 litre sigtilla Kannan Provisions", "PLV-LEM-1000", "PLC-04", "short", "kn-Latn")
R("Shree Ram Medical Parasia Road te Zamruto nahi milda", None, "CHD-03", "short", "pa-Latn")
R("Pulvika jeera out of stock in Chhindwara", "PLV-JRA-250", None, "short", "en", city="Chhindwara")
R("Sahu Super Mart me Zamruto elaichi bhejo please, khatam hai", "ZMR-ELC-150", "CHD-04", "short", "hi-Latn")
R("Awasthi General Store Tarinpur Pulvika 250 ml jeera nahi", "PLV-JRA-250", "SIT-02", "short", "hi-Latn")
R("Mang Tonyo Store, Sudapin: way Pulvika 1 litro", "PLV-LEM-1000", "KDP-03", "short", "ceb")
R("Ate Lorna Store wala na Zamruto elaichi", "ZMR-ELC-150", "TGY-02", "short", "tl")
R("ZAMRUTO CREAM NIL @ JAIN PROVISION GULABRA", "ZMR-CRM-75", "CHD-01", "short", "en")
R("Pulvika lemon 1L finished at Reddy Bakery Burhanpuram", "PLV-LEM-1000", "KHM-04", "short", "en")
R("Gupta Kirana Civil Lines mein Zamruto elaichi nahi milta aajkal", "ZMR-ELC-150", "SIT-01", "short", "hi-Latn")
R("Sri Vinayaka Bakery Kottur Road: no Pulvika 1 litre", "PLV-LEM-1000", "PLC-02", "short", "en")
R("Santos Minimart Balindog ubos Pulvika lemon 250", "PLV-LEM-250", "KDP-04", "short", "ceb")

# ---- short controls, non-reports ----
N("Pulvika jeera available at Gupta Kirana Civil Lines", "short-neg", "en")
N("Zamruto cream is so good", "short-neg", "en")
N("Got Zamruto elaichi at Soni Kirana today", "short-neg", "en")
N("Pulvika 1L is too costly now", "short-neg", "en")
N("Is Pulvika jeera available at Sahu Super Mart?", "short-neg", "en")
N("Pulvika was out last month at Jain Provision, now fine", "short-neg", "en")
N("Zamruto ka jawab nahi", "short-neg", "hi-Latn")
N("Murugan Stores la Pulvika neraya irukku", "short-neg", "ta-Latn")
N("Meron nang Zamruto sa Ate Lorna Store", "short-neg", "tl")
N("Naa na ang Pulvika sa Aling Nena", "short-neg", "ceb")
N("Zamruto out of stock nahi hai, Awasthi store mein bhara hai", "short-neg", "hi-Latn")
N("Pulvika jeera might run out before Diwali", "short-neg", "en")
N("Reddy Bakery lo Zamruto cream undi", "short-neg", "te-Latn")
N("Good Day khatam, Zamruto hai Soni Kirana mein", "short-neg", "hi-Latn")
N("ज़मरूतो बिस्कुट बहुत स्वादिष्ट है", "short-neg", "hi")
N("Pulvika lemon 1 litre kidaikkum Kannan Provisions la", "short-neg", "ta-Latn")
N("Pulvika out at Reddy Bakery Burhanpuram", "short-neg", "en", repost=True)
N("Pulvika 250 jeera now available at Ramos Bakery!", "short-neg", "en")
N("Walang tatalo sa Pulvika jeera", "short-neg", "tl")
N("if Pulvika runs out at Sahu Super Mart I will cry", "short-neg", "en")
N("Zamruto elaichi back in stock at Sri Vinayaka Bakery", "short-neg", "en")
N("no Coke at Balaji Supermarket, took Pulvika instead", "short-neg", "en")
N("Kal Pulvika nahi thi, aaj aa gayi Gupta Kirana mein", "short-neg", "hi-Latn")
N("Santos Minimart Mendez Crossing may Zamruto pa", "short-neg", "tl")
N("Pulvika jeera peeke maza aa gaya", "short-neg", "hi-Latn")
N("ஜமருதோ பிஸ்கட் அம்மன் ஸ்டோரில் கிடைக்கும்", "short-neg", "ta")
N("Pulvika stock bharpur hai Jain Provision mein", "short-neg", "hi-Latn")
N("ubos na yung Zamruto ko sa bahay, bibili ako mamaya sa Ate Lorna", "short-neg", "tl")
N("zamruto cream price hike again", "short-neg", "en")
N("Zamruto biscuits not out of stock anywhere in Khammam, stop spreading rumours", "short-neg", "en")


def main():
    sources = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
    with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
        f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
        for o in OUTLETS:
            f.write('%s,%s,"%s, %s",%s,%s,%s,%s,%s,%s\n' % (o[0], o[1], o[2], o[3], o[2], o[3], o[4], o[5], o[6], o[7]))
    order = list(range(len(POSTS)))
    random.shuffle(order)
    with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
            open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lab:
        for n, i in enumerate(order, 1):
            p = POSTS[i]
            mid = "lp14-%03d" % n
            mention = {"id": mid, "source": random.choice(sources),
                       "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + n % 6, 6 + n % 14, n % 60),
                       "author": {"id": "u-lp%03d" % n, "handle": "lp_user%03d" % n, "display_name": None,
                                  "location": p["prof"], "followers": 3 + n % 400},
                       "text": p["text"], "lang": None, "geo": p["geo"], "is_repost": bool(p.get("repost"))}
            m.write(json.dumps(mention, ensure_ascii=False) + "\n")
            label = {"id": mid, "stockout": p["stockout"], "sku": p["sku"], "outlet_id": p["outlet"],
                     "city": p["city"], "locality": p["loc"], "category": p["cat"], "lang": p["lang"]}
            lab.write(json.dumps(label, ensure_ascii=False) + "\n")
    reports = sum(p["stockout"] for p in POSTS)
    longs = sum(p["cat"] != "short" and p["cat"] != "short-neg" for p in POSTS)
    langs = sorted({p["lang"] for p in POSTS})
    print(len(POSTS), "mentions,", reports, "reports,", len(POSTS) - reports, "non-reports,", longs, "long;",
          len(langs), "languages:", " ".join(langs))


if __name__ == "__main__":
    main()
