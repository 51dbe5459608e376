"""Hand-written stock-out reports (stockout = true).

R(category, lang, text, out=outlet_id, sku=..., city=code, loc=locality, geo=..., home=code, src=...)
  out   : the registry outlet the post identifies (city/locality then come from the registry)
  city  : city code named in the text (when no outlet is identified); loc: locality named in the text
  geo   : "near:ID" (device 8-25 m from outlet), "mid:ID:ID" (between two outlets),
          "city:CODE" (device in town, far from every outlet), "at:ID" (device in the area, 90-400 m off)
  home  : author's home town when the text names no place (used for the profile location)
"""

L1, L6, L15 = "DHOOP-LEMON-250", "DHOOP-LEMON-600", "DHOOP-LEMON-1500"
OR, JE = "DHOOP-ORANGE-600", "DHOOP-JEERA-250"
GL, CC, RU, CO = "NIBBO-GLUCOSE", "NIBBO-CHOCO-CREAM", "NIBBO-ELAICHI-RUSK", "NIBBO-COCONUT-CRUNCH"
O1, O2, NE, SA = "JASUDA-OIL-100", "JASUDA-OIL-200", "JASUDA-SOAP-NEEM", "JASUDA-SOAP-SANDAL"

REPORTS = []


def R(cat, lang, text, out=None, sku=None, city=None, loc=None, geo=None, home=None, src=None, profile=None):
    REPORTS.append(dict(cat=cat, lang=lang, text=text, out=out, sku=sku, city=city, loc=loc, geo=geo,
                        home=home, src=src, profile=profile, stockout=True))


# ---------------- Mathura ----------------
R("report", "hi-Latn", "Agarwal General Store Dampier Nagar mein Dhoop ka ek bhi bottle nahi hai, 3 din se maang raha hun", out="MTR-03")
R("report", "hi", "गुप्ता प्रोविजन स्टोर, मसानी — निब्बो ग्लूकोज़ खत्म है, दुकानदार बोला माल आया ही नहीं", out="MTR-06", sku=GL)
R("owner", "hi-Latn", "Pappu bhaiya ki dukaan (chowk bazar wali) pe Nibbo rusk nahi mila aaj bhi 😤", out="MTR-08", sku=RU)
R("report", "hi-Latn", "holi gate ke paas jo balaji kirana hai usme dhoop jeera nahi hai yaar", out="MTR-01", sku=JE)
R("landmark", "hi-Latn", "bhuteshwar station ke saamne wali mithai-bakery ki dukaan pe Nibbo choco cream khatam. Mathura mein aur kahin mile to batao", city="MTR", loc="Bhuteshwar", sku=CC)
R("area", "bra", "अरे भैया, कृष्णा नगर में धूप की बोतल कहूँ नाँय मिल रई, का करें", city="MTR", loc="Krishna Nagar")
R("size", "hi-Latn", "Radhe Radhe Super Mart wale bol rahe dedh litre wala Dhoop abhi nahi hai, sirf 600 ml pada hai", out="MTR-07", sku=L15)
R("request", "en", "@DhoopDrinks please get your stock to Shyam Medical Hall in Govind Nagar, Mathura. They keep ORS but never Dhoop jeera", out="MTR-04", sku=JE)
R("compact", "hi-Latn", "dhoop nhi h masani me", city="MTR", loc="Masani", src="sms")
R("contrast", "hi-Latn", "Balaji Kirana (Krishna Nagar) mein Nibbo coconut nahi tha, Radhe Radhe Super Mart ne de diya", out="MTR-02", sku=CO)
R("chronic", "en", "Every single week the same story at Agarwal General Store in Mathura, no Dhoop orange. Do you even supply Dampier Nagar?", out="MTR-03", sku=OR)
R("long", "hi", "कल घर पर मेहमान आने वाले हैं, सोचा था सबको ठंडा धूप लेमन पिलाऊँगी। होली गेट से लेकर कृष्णा नगर तक चार दुकानें घूम ली, कहीं भी धूप लेमन की 600 ml वाली बोतल नहीं मिली। बालाजी किराना वाले ने कहा शायद अगले हफ़्ते आएगा। गर्मी में यही हाल होता है हर साल। कंपनी वाले ध्यान दें।", city="MTR", sku=L6)
R("deictic", "hi-Latn", "is dukaan pe Nibbo rusk kabhi milta hi nahi 🙄", geo="near:MTR-05", sku=RU)
R("profile", "en", "Can't find Jasuda neem soap anywhere nearby. Tried 3 shops.", home="MTR", sku=NE, profile="force")

# ---------------- Haldwani ----------------
R("report", "en", "Pahadi Bakery at Tikonia has run out of Nibbo Elaichi Rusk, chai is incomplete without it", out="HLD-02", sku=RU)
R("owner", "hi-Latn", "Bisht ji ki dukaan Mukhani mein Dhoop orange khatam ho gaya, unhone bola supply nahi aa rahi", out="HLD-01", sku=OR)
R("deictic", "en", "this shop doesn't have Jasuda oil either. ugh", geo="mid:HLD-02:HLD-08", city="HLD", loc="Tikonia")
R("owner", "kfy-Latn", "Kathgodam ma Joshi ju ka dukaan ma Dhoop ni milnau, kab aalo?", out="HLD-04")
R("request", "hi", "हल्द्वानी के नैनीताल रोड वाले न्यू लाइफ मेडिकल स्टोर में जसूदा नीम साबुन रखवाइए, बहुत लोग पूछते हैं पर मिलता नहीं", out="HLD-03", sku=NE)
R("size", "en", "no 1500ml Dhoop at Kumaon Super Bazaar on Kaladhungi Road. only the small 250s", out="HLD-06", sku=L15)
R("compact", "hi-Latn", "Negi store heera nagar — nibbo glucose out", out="HLD-07", sku=GL, src="sms")
R("area", "en", "Whole of Bhotia Parao seems to be out of Dhoop. Summer hasn't even peaked.", city="HLD", loc="Bhotia Parao", geo="at:HLD-05")
R("area", "hi-Latn", "Haldwani mein kahin Jasuda chandan sabun mil raha hai kya? har jagah khatam bol rahe hain", city="HLD", sku=SA)
R("contrast", "en", "Agarwal General Store (Bhotia Parao) says no Nibbo choco cream, but Negi's in Heera Nagar had a full carton. go there", out="HLD-05", sku=CC)
R("chronic", "hi-Latn", "Kathgodam mein Dhoop lemon ka 600 wala hamesha gayab rehta hai, pata nahi kaun sab utha leta hai", city="HLD", loc="Kathgodam", sku=L6)

# ---------------- Moga ----------------
R("report", "pa", "ਮੋਗੇ ਦੇ ਮੇਨ ਬਾਜ਼ਾਰ ਵਾਲੀ ਸੰਧੂ ਕਿਰਿਆਨਾ ਸਟੋਰ ਤੇ ਧੂਪ ਲੈਮਨ ਨਹੀਂ ਮਿਲ ਰਿਹਾ, ਤਿੰਨ ਦਿਨ ਹੋ ਗਏ", out="MOG-01")
R("report", "pa-Latn", "Bansal bakery GT road te Nibbo rusk khatam aa ji, kado aau?", out="MOG-03", sku=RU)
R("contrast", "en", "Sandhu Kiryana on Akalsar Road didn't have Jasuda 200ml but Gill Super Store did", out="MOG-05", sku=O2)
R("compact", "pa-Latn", "moga ch dhoop ni labhda 😭", city="MOG", src="whatsapp")
R("request", "hi-Latn", "Jai Durga Kiryana New Town walo, thoda Dhoop jeera bhi mangwa lo, poore mohalle ko chahiye, kahin nahi mil raha", out="MOG-04", sku=JE)
R("report", "en", "Sandhu Kiryana Store in Moga told me Nibbo coconut is not coming anymore??", city="MOG", sku=CO)
R("landmark", "pa-Latn", "civil lines gurudwara de kol wali dukaan te Jasuda neem sabun nahi hai", city="MOG", loc="Civil Lines", sku=NE)

# ---------------- Pollachi ----------------
R("report", "ta", "மகாலிங்கபுரம் ஸ்ரீ முருகன் ஸ்டோர்ஸ்ல தூப் ஆரஞ்சு இல்லை, எப்ப வரும்னு கூட தெரியல", out="PLC-01", sku=OR)
R("report", "ta-Latn", "Annapoorna bakery la Nibbo rusk stock illa da, rendu vaaram aachu", out="PLC-02", sku=RU)
R("size", "en", "Sri Murugan Stores in Pollachi, no Dhoop 1.5 litre. Which branch has it?", city="PLC", sku=L15)
R("landmark", "ta", "பொள்ளாச்சி பஸ் ஸ்டாண்ட் எதிரே இருக்கும் கடையில ஜசூதா ஹேர் ஆயில் இல்லை", city="PLC")
R("compact", "ta-Latn", "velan super market jothi nagar - nibbo choco cream illa", out="PLC-06", sku=CC, src="sms")
R("chronic", "en", "Why is Nibbo Glucose ALWAYS missing at Ganesh Provision Stores, Market Road?? Pollachi deserves better", out="PLC-04", sku=GL)
R("deictic", "en", "this medical shop has no Jasuda neem soap, only the big brands", geo="near:PLC-03", sku=NE)

# ---------------- Bankura ----------------
R("report", "bn", "মাচানতলার মা সারদা ভাণ্ডারে ধূপ লেমন ৬০০ মিলি নেই, দোকানদার বলল সাপ্লাই বন্ধ", out="BNK-01", sku=L6)
R("area", "bn", "বাঁকুড়ায় নিব্বো এলাচ রাস্ক কোথাও পাচ্ছি না। লালবাজার, স্কুলডাঙা সব ঘুরলাম।", city="BNK", sku=RU)
R("report", "bn-Latn", "Sarkar Stores Katjuridanga te Jasuda tel nei, amar maa r chul pore jachhe 😅", out="BNK-03")
R("owner", "bn", "ঘোষদার দোকান স্কুলডাঙায় ধূপ অরেঞ্জ শেষ", out="BNK-05", sku=OR)
R("chronic", "en", "New Life Medical Store at Machantala, Bankura out of Jasuda sandal soap again.", out="BNK-06", sku=SA)
R("request", "bn", "কেন্দুয়াডিহির মণ্ডল গ্রোসারিতে নিব্বো কোকোনাট রাখুন প্লিজ, বাচ্চারা খুব ভালোবাসে কিন্তু পাওয়া যায় না", out="BNK-07", sku=CO)
R("compact", "bn-Latn", "bankura te dhoop nai. keno?", city="BNK", src="sms")

# ---------------- Wardha ----------------
R("report", "mr", "रामनगर मधील श्री गणेश किराणा मध्ये धूप जीरा नाही मिळत, दोन आठवडे झाले", out="WRD-01", sku=JE)
R("owner", "mr-Latn", "Kale kaka chya dukanat Nibbo glucose sampla, Ramnagar madhe dusra kuthe milel?", out="WRD-07", sku=GL)
R("report", "en", "Shree Ganesh Kirana in Wardha has no Dhoop Orange 600ml 😞", city="WRD", sku=OR)
R("report", "mr", "बजाज चौक मेडिकल मध्ये जसूदा नीम साबण संपला", out="WRD-02", sku=NE)
R("deictic", "hi-Latn", "yahan Nibbo rusk nahi hai bhai, bakery mein rusk nahi matlab kya 😂", geo="near:WRD-04", sku=RU)
R("request", "mr", "वर्धा सुपर बाजार, सोशलिस्ट चौक — कृपया धूप 1.5 लिटर ठेवा, नेहमी संपलेले असते", out="WRD-06", sku=L15)
R("area", "en", "Sindhi Meghe area has zero Jasuda oil. Zero.", city="WRD", loc="Sindhi Meghe", geo="at:WRD-03")

# ---------------- Khammam ----------------
R("size", "te", "వైరా రోడ్ శ్రీ వెంకటేశ్వర కిరాణాలో ధూప్ లెమన్ 250ml లేదు", out="KHM-01", sku=L1)
R("report", "te-Latn", "Gandhi Chowk lo Sai Ram medical lo Jasuda neem soap ledu anna", out="KHM-02", sku=NE)
R("contrast", "en", "Balaji Kirana Store near Gandhi Chowk, Khammam: no Nibbo glucose. Lakshmi Ganapathi Stores in Mamillagudem had it though.", out="KHM-06", sku=GL)
R("compact", "te", "ఖమ్మంలో ధూప్ దొరకట్లేదు", city="KHM")
R("landmark", "te-Latn", "Burhanpuram lo bakery pakkana unna shop lo Nibbo choco cream ledu", city="KHM", loc="Burhanpuram", sku=CC)
R("profile", "en", "3rd shop today without Dhoop Jeera. Is it discontinued or what", home="KHM", sku=JE, profile="force")

# ---------------- Chikkamagaluru ----------------
R("report", "kn", "ಎಂ.ಜಿ. ರಸ್ತೆಯ ಶ್ರೀ ಅನ್ನಪೂರ್ಣೇಶ್ವರಿ ಸ್ಟೋರ್ಸ್‌ನಲ್ಲಿ ನಿಬ್ಬೋ ರಸ್ಕ್ ಇಲ್ಲ", out="CKM-01", sku=RU)
R("report", "kn-Latn", "Iyengar bakery alli Dhoop orange illa guru", home="CKM", sku=OR)
R("report", "en", "Iyengar Bakery, Jyothi Nagar (Chikmagalur) has no Nibbo coconut crunch today", out="CKM-05", sku=CO)
R("request", "kn", "ಕೋಟೆಯ ಮಲ್ನಾಡ್ ಮೆಡಿಕಲ್ಸ್ ನಲ್ಲಿ ಜಸೂದಾ ಹೇರ್ ಆಯಿಲ್ 200ml ಇಡಿ ದಯವಿಟ್ಟು, ಸಿಗ್ತಾ ಇಲ್ಲ", out="CKM-04", sku=O2)
R("long", "en", "Came up for the weekend, coffee estates, homestay, the works. Only thing missing: Dhoop. Asked at Coffee Land Super Market in Kalyana Nagar for the big 1.5 one because we were 8 people, they said it hasn't come for 10 days. Had to buy some random cola. Fix your hill-town supply please, this place gets tourists every weekend.", out="CKM-06", sku=L15)
R("compact", "kn-Latn", "ckm alli jasuda soap sikktilla", city="CKM", src="sms")

# ---------------- Kayamkulam ----------------
R("report", "ml", "പുതിയിടം തോമസ് സ്റ്റോഴ്സിൽ ധൂപ് ലെമൺ കിട്ടാനില്ല", out="KYM-01")
R("report", "ml-Latn", "Kairali bakery Krishnapuram il Nibbo rusk illa chetta, enthu patti?", out="KYM-05", sku=RU)
R("report", "en", "Kairali Bakery in Kayamkulam has no Nibbo glucose", city="KYM", sku=GL)
R("request", "ml", "കായംകുളം അൽ-അമീൻ സൂപ്പർമാർക്കറ്റിൽ ജസൂദ ചന്ദനം സോപ്പ് കൂടി വെക്കണേ, എവിടെയും കിട്ടുന്നില്ല", out="KYM-06", sku=SA)
R("landmark", "ml-Latn", "Eruva ambalathinte opposite ulla kadayil Dhoop jeera illa", city="KYM", loc="Eruva", sku=JE)
R("deictic", "ml-Latn", "ee medical shopil Jasuda oil onnum illa", geo="near:KYM-03")

# ---------------- Morbi ----------------
R("report", "gu", "રવાપર રોડના જલારામ કિરાણા સ્ટોરમાં ધૂપ ઓરેન્જ નથી", out="MRB-01", sku=OR)
R("area", "gu-Latn", "Morbi ma kyay Nibbo elaichi rusk nathi malto, Lati Plot ne Sanala Road banne jagya joyu", city="MRB", sku=RU)
R("owner", "en", "Patel bhai at Sanala Road says Dhoop 1.5 ltr won't come till Diwali. Seriously?", out="MRB-03", sku=L15)
R("request", "gu", "ઉમિયા સુપર માર્ટ, લાટી પ્લોટ — જસૂદા નીમ સાબુ મંગાવો ને ભાઈ, મળતો નથી", out="MRB-05", sku=NE)
R("landmark", "en", "the medical store right at Nehru Gate circle, Morbi, no Jasuda oil 100ml", city="MRB", loc="Nehru Gate", sku=O1)

# ---------------- Dhenkanal ----------------
R("report", "or", "କୁଞ୍ଜକାନ୍ତ ମା ମଙ୍ଗଳା ଷ୍ଟୋର୍ସରେ ଧୂପ ଲେମନ ନାହିଁ", out="DKN-01")
R("area", "or-Latn", "Dhenkanal re Nibbo glucose kouthi bi miluni", city="DKN", sku=GL)
R("chronic", "en", "Jagannath Medical, Mahisapat — Jasuda sandal soap out of stock for 2 weeks", out="DKN-02", sku=SA)
R("request", "or", "ଗଣେଶ୍ୱରପୁର ସାହୁ କିରାଣାରେ ନିବ୍ବୋ ଚକୋ କ୍ରିମ୍ ରଖନ୍ତୁ, ମିଳୁନି", out="DKN-04", sku=CC)
R("report", "en", "Maa Mangala Stores Dhenkanal has no Dhoop", city="DKN")

# ---------------- Tinsukia ----------------
R("report", "as", "ৰংগাগড়া ৰোডৰ ভট্টাচাৰ্য ষ্ট'ৰ্ছত ধূপ জীৰা নাই", out="TSK-01", sku=JE)
R("area", "as", "তিনিচুকীয়াত নিব্বো ৰাস্ক ক'তো পোৱা নাই", city="TSK", sku=RU)
R("size", "en", "Gogoi General Store Bordoloi Nagar Tinsukia — no Jasuda 100ml hair oil", out="TSK-02", sku=O1)
R("report", "hi-Latn", "Durgabari wale Tinsukia Medical Hall mein Jasuda neem soap nahi hai", out="TSK-03", sku=NE)
R("report", "bn", "হিজুগুড়ির আসাম বেকারিতে নিব্বো কোকোনাট নেই", out="TSK-04", sku=CO)

# ---------------- Balanga ----------------
R("report", "tl", "Wala nang Dhoop Orange sa Aling Nena sa Tenejero 😩", out="BLG-01", sku=OR)
R("report", "tl", "Mercury Drug Balanga, out of stock daw yung Jasuda neem soap. Saang branch meron?", city="BLG", sku=NE)
R("size", "tl", "Sa Mercury Drug Tenejero wala ring Jasuda hair oil 200ml", out="BLG-03", sku=O2)
R("owner", "tl", "Kay Kuya Jun sa Cupang wala nang Nibbo Glucose, ubos daw", out="BLG-05", sku=GL)
R("request", "en", "@DhoopPH please supply Bataan Grocery Mart in Ibayo, Balanga, no Dhoop 1.5L for weeks", out="BLG-06", sku=L15)
R("deictic", "tl", "wala dito sa 7-11 na to yung Dhoop Jeera. sayang", geo="near:BLG-07", sku=JE)
R("compact", "tl", "ubos dhoop d2 s balanga", city="BLG", src="sms")
R("landmark", "tl", "yung tindahan tapat ng simbahan sa San Jose, Balanga, walang Nibbo rusk", city="BLG", loc="San Jose", sku=RU)
R("long", "tl", "Mga mommies, help. Yung anak ko ayaw kumain ng baon kung walang Nibbo Choco Cream 🙃 Kahapon pumunta ako sa Lola Ising Bakery, wala. Tapos dumaan pa ako sa 7-Eleven sa Poblacion, wala rin. Sabi nung tindera baka next week pa dumating yung delivery. Anong gagawin ko sa batang ito hahaha. Balanga peeps, may nakita ba kayo?", city="BLG", sku=CC)

# ---------------- Danao ----------------
R("report", "ceb", "Wala nay Dhoop Lemon sa Nang Fe sa Looc, Danao. Kapoy na kaayo mangita", out="DNO-02")
R("report", "ceb", "Walay Nibbo Rusk sa Danao Bakeshop, Sabang. Unsa man ni uy", out="DNO-03", sku=RU)
R("owner", "ceb", "Sa tindahan ni Manoy Boy sa Guinsay, way Jasuda sabon nga neem", out="DNO-04", sku=NE)
R("size", "en", "Mercury Drug Danao, Jasuda hair oil 100 ml not available", out="DNO-01", sku=O1)
R("request", "ceb", "Palihug pag-stock og Dhoop Orange sa Danao Grocery Center sa Taytay, pirmi lang ubos", out="DNO-05", sku=OR)
R("profile", "ceb", "Wala gyuy Dhoop Jeera bisan asa diri. Naa pa ba ni gihimo?", home="DNO", sku=JE, profile="force")

# ---------------- Victorias ----------------
R("report", "hil", "Wala na Dhoop Orange sa Inday Lorna sa Daan Banua, Victorias. Diin bala may ara?", out="VCT-01", sku=OR)
R("report", "hil", "Ubos na ang Nibbo Glucose sa Victorias Bakery. Sa diin pa ko mangita?", out="VCT-02", sku=GL)
R("contrast", "en", "Mercury Drug Victorias had no Jasuda sandal soap, but the one in Balanga did lol, I was just visiting", out="VCT-03", sku=SA)
R("owner", "hil", "Sa tindahan ni Nong Andoy sa Canlandog wala sang Dhoop 1.5 liters", out="VCT-04", sku=L15)
R("compact", "tl", "victorias walang dhoop", city="VCT", src="sms")

# ---------------- Daraga ----------------
R("owner", "bik", "Mayo nang Dhoop Lemon sa tindahan ni Tiya Bising sa Tagas. Haen pa kaya igwa?", out="DRG-01")
R("chronic", "bik", "Daing Nibbo Rusk digdi sa Daraga, pirmi na sanang ubos", city="DRG", sku=RU)
R("report", "en", "Mayon Bakery in Bagumbayan is out of Nibbo coconut crunch", out="DRG-02", sku=CO, geo="at:DRG-02")
R("deictic", "tl", "Walang Dhoop 600 dito sa 7-Eleven na 'to", geo="near:DRG-06")
R("request", "bik", "Pakibutang man tabi nin Jasuda neem soap sa Daraga Grocery sa Kimantong, mayo talaga", out="DRG-05", sku=NE)

# ---------------- Naval ----------------
R("owner", "war", "Waray na Dhoop Orange ha tindahan ni Manay Ludy ha Atipolo", out="NVL-01", sku=OR)
R("report", "war", "Waray Nibbo Glucose ha Naval Bakery, Larrazabal. Kakapoy", out="NVL-02", sku=GL)
R("size", "en", "Biliran Drugstore in Naval doesn't have Jasuda 200ml", out="NVL-03", sku=O2)
R("compact", "war", "naval waray dhoop 😭", city="NVL", src="sms")
R("request", "ceb", "Naval Mini Mart, palihug pag-order og Nibbo Choco Cream, way mapalitan diri sa Santissimo Rosario", out="NVL-05", sku=CC)

# ---------------- Agoo ----------------
R("report", "ilo", "Awan ti Dhoop Lemon idiay Manang Rosing iti San Jose Norte", out="AGO-01")
R("report", "ilo", "Awanen ti Nibbo Rusk idiay Agoo Bakery. Sadino ti adda?", out="AGO-02", sku=RU)
R("owner", "en", "Apo Ben's store in Macalva has no Jasuda neem soap this week", out="AGO-04", sku=NE)
R("report", "tl", "Walang Dhoop Jeera sa Mercury Drug Agoo", out="AGO-03", sku=JE)
R("compact", "ilo", "agoo awan dhoop", city="AGO", src="sms")
R("report", "pag", "Anggapo lay Dhoop Orange diad Agoo Mini Grocery", out="AGO-05", sku=OR)

# ---------------- sizes written many ways ----------------
R("report", "en", "Dhoop orange sold out at Velan Super Market, Jothi Nagar. Any other place in Pollachi?", out="PLC-06", sku=OR)
R("size", "en", "need one and half liter Dhoop for a birthday party tomorrow, Gill Super Store Civil Lines Moga says none left", out="MOG-06", sku=L15)
R("size", "hi-Latn", "ek 250 wala jeera Dhoop chahiye tha, Bisht General Store mein nahi hai", out="HLD-01", sku=JE)
R("size", "en", "Dhoop lemon 600ml bottles missing from the fridge at Shetty Provision Stores in Basavanahalli", out="CKM-03", sku=L6)
R("size", "hi-Latn", "dhoop ki 1.5 ltr bottle nhi mil rhi Holi Gate pe kisi dukaan me", city="MTR", loc="Holi Gate", sku=L15)
R("size", "en", "1500 ML DHOOP NOT AVAILABLE IN TINSUKIA. PLS CHECK", city="TSK", sku=L15, src="sms")
R("size", "hi", "धूप डेढ़ लीटर वाली बोतल वर्धा में कहीं नहीं मिली", city="WRD", sku=L15)
R("size", "en", "small 250ml lemon Dhoop is out at Gupta Provision Store Masani, bigger ones there", out="MTR-06", sku=L1)
R("size", "tl", "yung 1.5 L na Dhoop, wala sa Gloria Mini Mart", out="VCT-05", sku=L15)
R("size", "en", "Jasuda oil, the 100 ml one, none at Amma Medicals Krishnapuram", out="KYM-03", sku=O1)
R("size", "hi-Latn", "Jasuda ka 200ml wala bottle khatam hai Radhe Radhe mart pe, sirf 100 wala hai", out="MTR-07", sku=O2)
R("size", "en", "Dhoop 1.5ltr out at Sri Lakshmi Medicals, Kaviraj Nagar", out="KHM-05", sku=L15)
R("size", "ta-Latn", "onnarai litre Dhoop illa inga Pollachi la", city="PLC", sku=L15)
R("size", "en", "Jasuda hair oil 200 ML out at Loknath Medical Hall", out="BNK-02", sku=O2)
R("size", "mr-Latn", "dedh liter cha Dhoop nahi Deshmukh provision madhe", out="WRD-03", sku=L15)
R("size", "en", "Dhoop lemon 250 sold out @ Joshi Kirana. kathgodam", out="HLD-04", sku=L1)

# ---------------- very short ----------------
R("compact", "hi-Latn", "dhoop khtm 😑", home="HLD", src="sms")
R("compact", "en", "no nibbo glucose @ sahu kirana", out="DKN-04", sku=GL)
R("compact", "hi-Latn", "jasuda oil nai mila", home="MOG", src="whatsapp")
R("compact", "en", "Dhoop OOS again. #fail", home="KHM", geo="city:KHM", src="x")
R("compact", "hi-Latn", "Nibbo rusk??? kahi nahi hai", home="MTR", sku=RU)
R("compact", "tl", "wla n nibbo choco s kuya jun", out="BLG-05", sku=CC, src="sms")
R("compact", "en", "out of dhoop jeera. mukhani.", city="HLD", loc="Mukhani", sku=JE)
R("compact", "hi-Latn", "morbi me dhoop nahi 🥵", city="MRB")

# ---------------- deictic with device location ----------------
R("deictic", "en", "this bakery never has Nibbo coconut. never.", geo="near:MOG-03", sku=CO)
R("deictic", "hi-Latn", "yaha dhoop orange nahi hai, kal aana bola", geo="near:HLD-07", sku=OR)
R("deictic", "en", "here. no Jasuda neem soap. again.", geo="near:CKM-02", sku=NE)
R("deictic", "ta-Latn", "inga Dhoop lemon illa", geo="near:PLC-05")
R("deictic", "bn", "এই দোকানে নিব্বো রাস্ক নেই", geo="near:BNK-04", sku=RU)
R("deictic", "ceb", "Wala diri Dhoop Orange sa 7-Eleven", geo="near:DNO-06", sku=OR)
R("deictic", "en", "this shop has no Dhoop at all", geo="city:KHM")
R("deictic", "hi-Latn", "is bakery me Nibbo glucose khatam", geo="near:MRB-04", sku=GL)
R("deictic", "en", "shop I'm standing in has no Dhoop 600ml", geo="near:TSK-05")
R("deictic", "tl", "Dito sa 7-Eleven walang Jasuda neem", geo="near:AGO-06", sku=NE)
R("deictic", "hil", "Diri wala Nibbo rusk", geo="near:VCT-06", sku=RU)

# ---------------- place only in the author profile ----------------
R("profile", "hi-Latn", "bhai Dhoop lemon kahin nahi mil raha, 4 dukaan dekh li", home="HLD", profile="force")
R("profile", "en", "Is there a Nibbo shortage? No glucose biscuits in any shop around me.", home="BNK", sku=GL, profile="force")
R("profile", "hi", "जसूदा तेल दो हफ्ते से नहीं मिल रहा। क्या बंद हो गया?", home="MTR", profile="force")
R("profile", "tl", "Grabe, wala talagang Dhoop Orange kahit saan dito samin", home="BLG", sku=OR, profile="force")
R("profile", "ta", "எங்க ஊர்ல நிப்போ ரஸ்க் கிடைக்கவே இல்லை", home="PLC", sku=RU, profile="force")
R("profile", "en", "Still no Jasuda sandal soap in our local shops. Mom is upset.", home="KYM", sku=SA, profile="force")
R("profile", "mr", "इथे कुठेच धूप ऑरेंज मिळत नाही", home="WRD", sku=OR, profile="force")
R("profile", "hi-Latn", "Nibbo choco cream ka packet dhoond dhoond ke thak gaya", home="MOG", sku=CC, profile="force")
R("profile", "te-Latn", "ekkada chusina Dhoop jeera dorakatledu", home="KHM", sku=JE, profile="force")
R("profile", "en", "nobody near me stocks Dhoop 1.5L anymore", home="AGO", sku=L15, profile="force")
R("profile", "kn", "ನಮ್ಮ ಊರಲ್ಲಿ ಜಸೂದಾ ಎಣ್ಣೆ ಸಿಗ್ತಿಲ್ಲ", home="CKM", profile="force")
R("profile", "ceb", "Way Nibbo Glucose sa mga tindahan diri namo", home="NVL", sku=GL, profile="force")

# ---------------- long, rambling ----------------
R("long", "en", "So I've been trying to get Dhoop Jeera for my dad who swears it helps his digestion after lunch (don't ask). Went to Sai Ram Medical & General at Gandhi Chowk yesterday, nope. The guy said the distributor skipped Khammam this month. Today tried again, still nothing. If anyone from the company reads this please sort out supply, old man is grumpy without his soda.", out="KHM-02", sku=JE)
R("long", "hi-Latn", "Yaar ek baat bolu, garmi mein sabse zyada Dhoop lemon hi chalta hai hamare ghar, bachon ko bhi pasand, mummy ko bhi. Aaj Haldwani ke Tikonia mein Pahadi Bakery gaya, bola khatam. Phir Mukhani tak gaya, wahan bhi nahi. Itni garmi mein kya piyein ab, nimbu paani? 😩 kuch karo company walo", city="HLD")
R("long", "en", "Long post, sorry. My grandmother has used Jasuda neem soap for like 30 years and refuses anything else. For the last month nobody in Bankura has it. Machantala, Lalbazar, even Ghosh Varieties in Schooldanga. The shopkeepers just shrug. Please Jasuda, we are loyal customers, don't forget small towns.", city="BNK", sku=NE)
R("long", "tl", "Ewan ko ba, every time na pupunta ako sa Mercury Drug sa Poblacion dito sa Balanga para bumili ng Jasuda hair oil para kay mama, laging wala. Sabi ng cashier baka next week pa. Last month ganun din. Hindi ba kayo nagde-deliver dito sa Bataan? Ang layo pa naman ng bahay namin.", out="BLG-02")
R("long", "hi", "मेरी बेटी का टिफ़िन बिना निब्बो चोको क्रीम के पूरा ही नहीं होता। पिछले दस दिन से अग्रवाल जनरल स्टोर, भोटिया पड़ाव में पूछ रही हूँ, हर बार वही जवाब – माल नहीं आया। हल्द्वानी जैसे शहर में भी ये हाल है तो छोटे कस्बों का क्या होगा? कृपया जल्दी भेजिए।", out="HLD-05", sku=CC)
R("long", "ml-Latn", "Ente veetil ellarum Dhoop orange aanu kudikkunnathu, especially summer il. Kayamkulam town il ippo oru kadayilum illa, Thomas Stores il chodichu, Sree Krishna Stores il chodichu, randum illa ennu paranju. Supply enthu pattiyennu aarkkum ariyilla. Please check cheyyu.", city="KYM", sku=OR)
R("long", "en", "Not to be dramatic but Morbi summers without Dhoop lemon 1.5 are unbearable. We buy 3-4 bottles a week for the whole family. Jalaram Kirana on Ravapar Road used to keep a crate near the counter, now the spot is empty and the owner says the agency stopped sending. Please fix this before the heat gets worse!!", out="MRB-01", sku=L15)
R("long", "or", "ମୋ ଝିଅ ପାଇଁ ନିବ୍ବୋ ରସ୍କ ଆଣିବାକୁ ଗଲି, ଢେଙ୍କାନାଳ ବଜାରରେ ତିନିଟା ଦୋକାନ ବୁଲିଲି, କେଉଁଠି ନାହିଁ। ଦୋକାନୀ କହିଲା ଗୋଟେ ମାସ ହେଲା ଆସୁନି। ଦୟାକରି ଯୋଗାଣ ଠିକ କରନ୍ତୁ।", city="DKN", sku=RU)
R("long", "ceb", "Mao ni akong problema karon: akong anak ganahan kaayo sa Nibbo Coconut Crunch, pang-baon niya sa eskwelahan. Sukad pa sa miaging semana wala na sa Danao Bakeshop sa Sabang, ug bisan sa 7-Eleven wala pud. Unsa na man ni, gi-stop na ba ninyo? Palihug ko og tubag.", city="DNO", loc="Sabang", sku=CO)
R("long", "en", "Dear Dhoop team, I run a small tea stall near Hijuguri and my customers keep asking for the jeera soda with their snacks. I used to buy it from the wholesaler in Tinsukia but for 3 weeks there's been nothing. Even the retail shops around Durgabari are empty. Losing sales here. Please look into it.", city="TSK", sku=JE)
R("long", "pa-Latn", "Veere kal ghar ch vyah di party aa te Dhoop orange diyan 10 bottlan chahidiyan. Moga de Main Bazar ton le ke New Town tak saariyan dukaanan dekh layiyan, kite nahi mil rahi. Ki kariye hun? Koi dass de je kite labhdi hove.", city="MOG", sku=OR)
R("long", "kn", "ನಮ್ಮ ಮನೆಗೆ ಅತಿಥಿಗಳು ಬರ್ತಾ ಇದ್ದಾರೆ, ಚಿಕ್ಕಮಗಳೂರು ಪೇಟೆಯಲ್ಲಿ ಎಲ್ಲಾ ಅಂಗಡಿ ಸುತ್ತಿದೆ, ನಿಬ್ಬೋ ಚಾಕೊ ಕ್ರೀಮ್ ಎಲ್ಲೂ ಇಲ್ಲ. ಕೋಟೆ, ಎಂ.ಜಿ. ರಸ್ತೆ, ಐ.ಜಿ. ರಸ್ತೆ ಎಲ್ಲಾ ನೋಡಿದೆ. ದಯವಿಟ್ಟು ಸರಬರಾಜು ಮಾಡಿ.", city="CKM", sku=CC)
R("long", "te", "మా ఇంట్లో అందరూ ధూప్ లెమన్ ఇష్టపడతారు. ఖమ్మం వైరా రోడ్, గాంధీ చౌక్, మమిళ్ళగూడెం అన్నీ తిరిగాను, ఎక్కడా 1.5 లీటర్ బాటిల్ లేదు. చిన్నవి మాత్రమే ఉన్నాయి. దయచేసి సరఫరా చూడండి.", city="KHM", sku=L15)

# ---------------- owner / nickname ----------------
R("owner", "hi-Latn", "Sahu uncle ki dukaan Ganeshwarpur mein Dhoop orange khatam", out="DKN-04", sku=OR)
R("owner", "en", "Gill saab's store in Civil Lines is out of Jasuda 100ml", out="MOG-06", sku=O1)
R("owner", "bn-Latn", "Mondal kaku r dokan e Kenduadihi te Dhoop lemon nei", out="BNK-07")
R("owner", "tl", "Naubusan na si Aling Nena sa Tenejero ng Nibbo Rusk", out="BLG-01", sku=RU)
R("owner", "en", "Negi uncle says no Dhoop 600 this week", home="HLD")

# ---------------- landmarks instead of addresses ----------------
R("landmark", "hi-Latn", "Mathura bus stand ke bahar wali gumti pe Nibbo glucose nahi hai", city="MTR", sku=GL)
R("landmark", "en", "shop next to the Kathgodam railway station has no Dhoop orange", city="HLD", loc="Kathgodam", sku=OR)
R("landmark", "bn", "বাঁকুড়া হাসপাতালের উল্টো দিকের ওষুধের দোকানে জসূদা তেল নেই", city="BNK")
R("landmark", "mr-Latn", "Wardha station samor chya kirana dukanat Dhoop jeera nahi", city="WRD", sku=JE)
R("landmark", "tl", "yung sari-sari sa tabi ng plaza sa Balanga, wala nang Dhoop", city="BLG")
R("landmark", "war", "An tindahan atubangan han munisipyo ha Naval, waray Jasuda neem", city="NVL", sku=NE)
R("landmark", "en", "the kirana behind Dwarkadhish temple in Mathura is out of Dhoop lemon 600", city="MTR", sku=L6)
R("landmark", "ta-Latn", "Pollachi market pakkathula irukkura kadai la Jasuda oil illa", city="PLC")

# ---------------- contrast: not at X but Y has it (report for X) ----------------
R("contrast", "en", "Thomas Stores in Puthiyidam: no Nibbo rusk. Sree Krishna Stores down in Eruva has plenty.", out="KYM-01", sku=RU, geo="at:KYM-01")
R("contrast", "hi-Latn", "Shyam Medical mein Jasuda neem nahi hai par Gupta Provision (Masani) mein mil gaya", out="MTR-04", sku=NE)
R("contrast", "tl", "Wala sa Kuya Jun sa Cupang Proper, pero meron sa 7-Eleven Poblacion yung Dhoop Orange", out="BLG-05", sku=OR)
R("contrast", "gu-Latn", "Shakti Medical ma Jasuda 200 nathi, Umiya ma che", out="MRB-02", sku=O2)
R("contrast", "en", "Dhoop jeera: not at Bhattacharjee Stores (Rangagora Road), found at Das Pharmacy", out="TSK-01", sku=JE)
R("contrast", "te-Latn", "Lakshmi Ganapathi Stores lo Dhoop orange ledu, Sai Ram lo undi", out="KHM-03", sku=OR)
R("contrast", "en", "Not at Pahadi Bakery, but Negi Provision Store had the Nibbo coconut. so Tikonia folks, walk a bit", out="HLD-02", sku=CO)
R("contrast", "ilo", "Awan ti Nibbo Glucose idiay Agoo Mini Grocery, ngem adda idiay 7-Eleven", out="AGO-05", sku=GL)
R("contrast", "bn-Latn", "Loknath e Dhoop orange nei, Sarkar Stores e pelam", out="BNK-02", sku=OR)
R("contrast", "en", "Danao Bakeshop out of Nibbo choco cream; Nang Fe in Looc still has some", out="DNO-03", sku=CC)

# ---------------- requests to stock it ----------------
R("request", "hi-Latn", "@NibboBiscuits Moga mein bhi bhejo yaar Nibbo coconut, yahan koi nahi rakhta", city="MOG", sku=CO)
R("request", "en", "Please stock Dhoop Orange at Pahadi Bakery Tikonia 🙏 out for a week", out="HLD-02", sku=OR)
R("request", "hi", "मोरबी में जसूदा चंदन साबुन भी भेजिए, यहाँ मिलता ही नहीं", city="MRB", sku=SA)
R("request", "ta", "கோட்டூர் ரோடு ஸ்ரீ லக்ஷ்மி மெடிக்கல்ஸ்ல ஜசூதா 100ml வைங்க, கிடைக்கல", out="PLC-03", sku=O1)
R("request", "en", "Requesting Jasuda to supply Tinsukia, none of the shops in Gelapukhuri have the neem soap", city="TSK", loc="Gelapukhuri", sku=NE)
R("request", "tl", "Sana po mag-stock ulit kayo ng Nibbo Rusk sa Lola Ising Bakery, ilang linggo nang wala", out="BLG-04", sku=RU)
R("request", "mr-Latn", "Amrut bakery Gandhi Nagar la Nibbo choco cream theva na please, milat nahi", out="WRD-04", sku=CC)
R("request", "as", "গেলাপুখুৰীৰ জৈন জেনেৰেল ষ্ট'ৰত ধূপ অৰেঞ্জ ৰাখক, পোৱা নাযায়", out="TSK-05", sku=OR)
R("request", "hil", "Palihog butangi Dhoop Jeera ang Gloria Mini Mart, wala gid", out="VCT-05", sku=JE)
R("request", "en", "@JasudaCare bring the 200ml back to Kayamkulam shops please, can't find it anywhere", city="KYM", sku=O2)
R("request", "kn-Latn", "Basavanahalli Shetty store alli Dhoop jeera itkoli, sigtilla", out="CKM-03", sku=JE)
R("request", "ur", "براہ کرم متھرا کے ہولی گیٹ پر دھوپ اورنج بھیجیں، کہیں نہیں مل رہا", city="MTR", loc="Holi Gate", sku=OR)

# ---------------- always missing ----------------
R("chronic", "en", "Dhoop Jeera missing AGAIN at Sri Venkateswara Kirana, Wyra Road. Third time this month.", out="KHM-01", sku=JE)
R("chronic", "hi-Latn", "har baar Nibbo rusk khatam hi rehta hai Bansal bakery mein, kabhi toh stock rakho", out="MOG-03", sku=RU)
R("chronic", "tl", "Lagi na lang walang Jasuda neem sa Daraga, nakakainis", city="DRG", sku=NE)
R("chronic", "en", "Why is Dhoop always out at Wardha Super Bazar??", out="WRD-06")
R("chronic", "ml", "കായംകുളത്ത് എപ്പോഴും നിബ്ബോ ഗ്ലൂക്കോസ് ഇല്ല", city="KYM", sku=GL)
R("chronic", "bn", "প্রতি সপ্তাহেই মা সারদা ভাণ্ডারে ধূপ অরেঞ্জ থাকে না", out="BNK-01", sku=OR)
R("chronic", "war", "Pirme la waray Nibbo Rusk ha Naval", city="NVL", sku=RU)

# ---------------- only a locality or only the city ----------------
R("area", "en", "Kote area in Chikmagalur: no Dhoop orange anywhere", city="CKM", loc="Kote", sku=OR, geo="at:CKM-04")
R("area", "hi-Latn", "Dampier Nagar side Jasuda oil ka naamo-nishaan nahi", city="MTR", loc="Dampier Nagar")
R("area", "tl", "Walang Nibbo Glucose sa buong Tenejero", city="BLG", loc="Tenejero", sku=GL)
R("area", "ceb", "Tibuok Guinsay walay Dhoop Lemon", city="DNO", loc="Guinsay")
R("area", "en", "Daraga is completely out of Dhoop Orange it seems", city="DRG", sku=OR, geo="city:DRG")
R("area", "bik", "Sa Busay mayo nin Nibbo Choco Cream", city="DRG", loc="Busay", sku=CC)
R("area", "te-Latn", "Mamillagudem motham lo Jasuda soap ledu", city="KHM", loc="Mamillagudem")
R("area", "gu", "વાવડી રોડ બાજુ ક્યાંય ધૂપ નથી", city="MRB", loc="Vavdi Road")

# ---------------- plain reports ----------------
R("report", "en", "Joshi Kirana in Kathgodam is out of Nibbo glucose", out="HLD-04", sku=GL, geo="at:HLD-04")
R("report", "hi-Latn", "Deshmukh provision Sindhi Meghe me Jasuda neem sabun nahi hai", out="WRD-03", sku=NE)
R("report", "hi-Latn", "Umiya super mart me Nibbo glucose khatam ho gaya bhai", out="MRB-05", sku=GL, geo="at:MRB-05")
R("report", "en", "Bataan Grocery Mart (Ibayo) no Nibbo coconut crunch today", out="BLG-06", sku=CO)
R("report", "en", "Coffee Land Super Market has no Jasuda neem soap", out="CKM-06", sku=NE, geo="at:CKM-06")
R("report", "hi-Latn", "Shakti medical store Shakti Plot pe Dhoop jeera nahi mil raha", out="MRB-02", sku=JE)
R("report", "en", "Utkal Bakery out of Nibbo rusk :/", out="DKN-03", sku=RU)
R("report", "bn", "লালবাজারের লোকনাথ মেডিক্যাল হলে জসূদা নিম সাবান নেই", out="BNK-02", sku=NE, geo="at:BNK-02")
R("report", "hi-Latn", "Brijwasi bakery me Nibbo choco cream khatam hai aaj", out="MTR-05", sku=CC, geo="at:MTR-05")
R("report", "en", "Selvam Maligai on Udumalai Road has no Dhoop jeera", out="PLC-07", sku=JE)
R("report", "tl", "Walang Jasuda sandal soap sa Daraga Grocery", out="DRG-05", sku=SA, geo="at:DRG-05", home="NVL")
R("report", "hil", "Wala sang Jasuda hair oil 100ml sa Mercury Drug diri sa Victorias", out="VCT-03", sku=O1, geo="at:VCT-03")
R("report", "en", "Sree Krishna Stores Eruva: Dhoop lemon 600 sold out", out="KYM-04", sku=L6)
R("report", "hi", "जैन जनरल स्टोर गेलापुखुरी में धूप लेमन नहीं है", out="TSK-05", geo="at:TSK-05")
R("report", "en", "Manay Linda store in Busay has no Nibbo rusk", out="DRG-04", sku=RU)
R("report", "ilo", "Awan ti Jasuda neem idiay Agoo Mini Grocery, Santa Barbara", out="AGO-05", sku=NE)
R("report", "en", "Balaji Kirana Store in Mathura is out of Dhoop orange", city="MTR", sku=OR, geo="at:MTR-01")
R("report", "hi-Latn", "Tikonia Medicos pe Jasuda 100ml nahi hai", out="HLD-08", sku=O1)
