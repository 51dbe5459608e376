# Writes the "sense17-probe" labelled set (session 17, issue 14): the brand's word in its everyday meaning, and
# look-alike brands. Written before any rule of the session changed and scored on the untouched code; a development set.
# Five invented brands whose names are ordinary words of five languages, none of them in catalog/everyday-senses.tsv
# or catalog/word-use.tsv: Jugnu (an LED torch; Hindi/Urdu "firefly"), Tala (sardines; Tagalog/Cebuano "star", also
# "note, record", and Hindi/Bengali/Marathi/Nepali "lock"), Sihi (milk toffee; Kannada "sweet, sweetness, a sweet
# dish"), Lami (instant noodles; Cebuano "tasty, taste") and Ramro (cream biscuits; Nepali "good"). Ten outlets in
# Lakhimpur, Sakleshpur, Kalimpong, Lucban and Moalboal. Invented look-alikes the catalog does not track, three or
# more per family: Jugnutex, Jugnuma, NeoJugnu, "Jugnu Gold"; Talasa, Talavera, SuperTala, "Tala Gold", Tala
# Pharmacy; Sihita, Sihimane, NeoSihi, Sihi Bakery; Lamian, Lamitas, Lamigo, Lami Lami Grill; Ramrolo, Suramro,
# "Ramro Gold". Categories: the brand with product evidence; lower case with product evidence; lower case with a
# keyboard slip beside its product words (reports); the ordinary word in the post's grammar (affixes, case markers,
# postpositions, numerals, reduplication, the absence of the ordinary thing); the ordinary word in a post that names
# a shop; look-alikes with their own product words (never reports). Written from the writer's knowledge of how
# people write these languages, not from any labelled set.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("LKP-01", "Bajpai General Store", "Sadar Bazar, Lakhimpur 262701", "Sadar Bazar", "Lakhimpur", "Uttar Pradesh", "India", 27.9480, 80.7790),
 ("LKP-02", "Siddiqui Kirana", "Mohalla Thakurdwara, Lakhimpur 262701", "Thakurdwara", "Lakhimpur", "Uttar Pradesh", "India", 27.9440, 80.7720),
 ("SKP-01", "Gowda Provision Stores", "BM Road, Sakleshpur 573134", "BM Road", "Sakleshpur", "Karnataka", "India", 12.9430, 75.7850),
 ("SKP-02", "Hegde Super Market", "Hospital Road, Sakleshpur 573134", "Hospital Road", "Sakleshpur", "Karnataka", "India", 12.9460, 75.7890),
 ("KLP-01", "Tamang Kirana Pasal", "Main Road, Kalimpong 734301", "Main Road", "Kalimpong", "West Bengal", "India", 27.0600, 88.4690),
 ("KLP-02", "Pradhan Stores", "Rishi Road, Kalimpong 734301", "Rishi Road", "Kalimpong", "West Bengal", "India", 27.0640, 88.4720),
 ("LCB-01", "Aling Nena Sari-Sari Store", "Barangay Ayuti, Lucban", "Ayuti", "Lucban", "Quezon", "Philippines", 14.1130, 121.5560),
 ("LCB-02", "Villaverde Grocery", "Poblacion, Lucban", "Poblacion", "Lucban", "Quezon", "Philippines", 14.1140, 121.5580),
 ("MBL-01", "Nang Pilar Store", "Poblacion East, Moalboal", "Poblacion East", "Moalboal", "Cebu", "Philippines", 9.9440, 123.3960),
 ("MBL-02", "Cabahug Mart", "Basdiot, Moalboal", "Basdiot", "Moalboal", "Cebu", "Philippines", 9.9380, 123.3870),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Jugnu", "aliases": ["Jugnu", "जुगनू", "جگنو", "#jugnu"],
  "category_words": ["torch", "emergency light"],
  "products": [
   {"sku": "JGN-TOR-3W", "name": "Jugnu LED Torch 3 W", "aliases": []},
   {"sku": "JGN-EML-20", "name": "Jugnu Emergency Light 20 LED", "aliases": []}]},
 {"brand": "Tala", "aliases": ["Tala", "#tala"],
  "category_words": ["sardines", "sardinas"],
  "products": [
   {"sku": "TLA-SAR-155G", "name": "Tala Sardines in Tomato Sauce 155 g", "aliases": []},
   {"sku": "TLA-SAR-425G", "name": "Tala Sardines in Tomato Sauce 425 g", "aliases": []}]},
 {"brand": "Sihi", "aliases": ["Sihi", "ಸಿಹಿ", "#sihi"],
  "category_words": ["toffee", "candy"],
  "products": [
   {"sku": "SIH-TOF-100G", "name": "Sihi Milk Toffee 100 g", "aliases": []},
   {"sku": "SIH-TOF-250G", "name": "Sihi Milk Toffee 250 g", "aliases": []}]},
 {"brand": "Lami", "aliases": ["Lami", "#lami"],
  "category_words": ["noodles", "pancit canton", "canton"],
  "products": [
   {"sku": "LAM-CAN-60G", "name": "Lami Pancit Canton 60 g", "aliases": []},
   {"sku": "LAM-MAMI-55G", "name": "Lami Chicken Mami 55 g", "aliases": ["mami"]}]},
 {"brand": "Ramro", "aliases": ["Ramro", "राम्रो", "#ramro"],
  "category_words": ["biscuit", "biscuits"],
  "products": [
   {"sku": "RMR-BIS-75G", "name": "Ramro Cream Biscuit 75 g", "aliases": []},
   {"sku": "RMR-BIS-150G", "name": "Ramro Cream Biscuit 150 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("bajpai", "LKP-01"), ("siddiqui", "LKP-02"), ("gowda", "SKP-01"), ("hegde", "SKP-02"),
        ("tamang", "KLP-01"), ("pradhan", "KLP-02"), ("aling nena", "LCB-01"), ("villaverde", "LCB-02"),
        ("nang pilar", "MBL-01"), ("cabahug", "MBL-02"),
        ("बाजपेयी", "LKP-01"), ("صدیقی", "LKP-02"), ("ಗೌಡ", "SKP-01"), ("तामाङ", "KLP-01")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

BP = [  # brand with product evidence (text, sku, lang)
 ("Jugnu torch out of stock at Bajpai General Store", None, "en"),
 ("Bajpai General Store mein Jugnu LED torch khatam ho gaya", None, "hi-latn"),
 ("Siddiqui Kirana pe Jugnu emergency light nahi mili, bijli bhi nahi hai", None, "hi-latn"),
 ("बाजपेयी जनरल स्टोर में जुगनू टॉर्च नहीं है", None, "hi"),
 ("صدیقی کریانہ پر جگنو ٹارچ ختم ہو گئی", None, "ur"),
 ("Jugnu 3W torch stock mein nahi Siddiqui Kirana", "JGN-TOR-3W", "hi-latn"),
 ("#jugnu torch sold out at Bajpai General Store Lakhimpur", None, "en"),
 ("Load shedding mein Jugnu hi kaam aata hai, par Bajpai General Store pe Jugnu torch khatam", None, "hi-latn"),
 ("Jugnu emergency light 20 LED wali nahi mili Siddiqui Kirana mein", "JGN-EML-20", "hi-latn"),
 ("Siddiqui Kirana par Jugnu ki torch ₹150 wali ab nahi milti, stock khatam", None, "ur-latn"),
 ("Tala sardines out of stock sa Aling Nena Sari-Sari Store", None, "taglish"),
 ("Wala nang Tala sardinas 155g sa Villaverde Grocery", "TLA-SAR-155G", "tl"),
 ("Ubos na ang Tala sardines sa Aling Nena, Lucban", None, "tl"),
 ("Walay Tala sardinas sa Nang Pilar Store", None, "ceb"),
 ("Tala sardines 425g nahurot na sa Cabahug Mart", "TLA-SAR-425G", "ceb"),
 ("Villaverde Grocery: Tala sardines wala na stock", None, "tl"),
 ("Naghanap ako ng Tala sa Villaverde Grocery, yung sardinas na pula, wala talaga", None, "tl"),
 ("Tala sardines ₱28 dati, ngayon wala na sa Aling Nena Sari-Sari Store", None, "tl"),
 ("#tala sardines sold out at Cabahug Mart Moalboal", None, "en"),
 ("Sihi toffee out of stock at Gowda Provision Stores", None, "en"),
 ("Gowda Provision Stores alli Sihi toffee illa", None, "kn-latn"),
 ("Hegde Super Market nalli Sihi milk toffee 250g stock illa", "SIH-TOF-250G", "kn-latn"),
 ("ಗೌಡ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ಅಲ್ಲಿ ಸಿಹಿ ಟಾಫಿ ಇಲ್ಲ", None, "kn"),
 ("Sihi 100g toffee packet mugidide Hegde Super Market alli", "SIH-TOF-100G", "kn-latn"),
 ("#sihi toffee sikkilla Gowda Provision Stores", None, "kn-latn"),
 ("Sihi candy khaali aagide Hegde Super Market alli", None, "kn-latn"),
 ("Sihi milk toffee sold out in Hegde Super Market, Sakleshpur", None, "en"),
 ("Sihi toffee ledu Hegde Super Market lo", None, "te-latn"),
 ("Lami pancit canton out of stock sa Nang Pilar Store", None, "ceb"),
 ("Walay Lami noodles sa Cabahug Mart, nahurot na", None, "ceb"),
 ("Nahurot na ang Lami chicken mami sa Nang Pilar Store", "LAM-MAMI-55G", "ceb"),
 ("Cabahug Mart: Lami pancit canton 60g wala na stock", "LAM-CAN-60G", "ceb"),
 ("Wala nang Lami pancit canton sa Villaverde Grocery", None, "tl"),
 ("Lami noodles sold out at Cabahug Mart, Moalboal", None, "en"),
 ("Walay stock ang Lami canton sa Nang Pilar Store, pangita mi", None, "ceb"),
 ("#lami pancit canton walay stock sa Cabahug Mart", None, "ceb"),
 ("Ramro biscuit out of stock at Tamang Kirana Pasal", None, "en"),
 ("Tamang Kirana Pasal ma Ramro biscuit chaina", None, "ne-latn"),
 ("Pradhan Stores ma Ramro cream biscuit 150g sakiyo", "RMR-BIS-150G", "ne-latn"),
 ("तामाङ किराना पसलमा राम्रो बिस्कुट छैन", None, "ne"),
 ("Ramro 75g biscuit pauna sakiyena Pradhan Stores ma", "RMR-BIS-75G", "ne-latn"),
 ("Pradhan Stores e Ramro biscuit nei", None, "bn-latn"),
 ("#ramro biscuit sold out at Tamang Kirana Pasal Kalimpong", None, "en"),
 ("Ramro cream biscuit ko stock sakiyo Tamang Kirana Pasal ma", None, "ne-latn"),
 ("Bajpai General Store walo ne bola Jugnu torch ka naya stock agle hafte, abhi nahi hai", None, "hi-latn"),
 ("Tala sardinas sa Nang Pilar Store, wala na gyud, tomato sauce pa", None, "ceb"),
]
LP = [  # lower case with product evidence
 ("jugnu torch nahi mila bajpai general store pe", None, "hi-latn"),
 ("siddiqui kirana pe jugnu 3w torch khatam", "JGN-TOR-3W", "hi-latn"),
 ("jugnu wali torch khatam hai bajpai general store mein", None, "hi-latn"),
 ("tala sardines wala na sa villaverde grocery", None, "tl"),
 ("ubos na tala sardinas 425g sa aling nena sari-sari store", "TLA-SAR-425G", "tl"),
 ("walay tala sardinas sa nang pilar store", None, "ceb"),
 ("sihi toffee illa gowda provision stores alli", None, "kn-latn"),
 ("hegde super market alli sihi candy stock illa", None, "kn-latn"),
 ("lami pancit canton nahurot sa cabahug mart", None, "ceb"),
 ("walay lami noodles sa nang pilar store", None, "ceb"),
 ("lami mami out of stock cabahug mart", "LAM-MAMI-55G", "en"),
 ("ramro biscuit chaina tamang kirana pasal ma", None, "ne-latn"),
 ("pradhan stores ma ramro cream biscuit sakiyo", None, "ne-latn"),
 ("restock jugnu torch at siddiqui kirana pls, none left", None, "en"),
 ("tala sardines out of stock villaverde grocery", None, "taglish"),
 ("sihi toffee sold out hegde super market", None, "en"),
 ("ramro biscuit ko packet sakiyo pradhan stores ma", None, "ne-latn"),
 ("lami canton wala na sa villaverde grocery", None, "tl"),
]
MP = [  # lower case, keyboard typo beside its product words
 ("jugnuu torch nahi mila bajpai general store pe", None, "hi-latn"),
 ("jungu torch khatam bajpai general store", None, "hi-latn"),
 ("jugnoo torch out of stock at siddiqui kirana", None, "en"),
 ("juganu emergency light nahi hai bajpai general store mein", None, "hi-latn"),
 ("jgunu torch khatam siddiqui kirana mein", None, "hi-latn"),
 ("taala sardines wala na sa villaverde grocery", None, "tl"),
 ("tlaa sardinas ubos na sa aling nena sari-sari store", None, "tl"),
 ("tala sardnies wala na sa cabahug mart", None, "ceb"),
 ("tela sardinas walay stock sa nang pilar store", None, "ceb"),
 ("sihii toffee illa gowda provision stores alli", None, "kn-latn"),
 ("shii toffee stock illa hegde super market", None, "kn-latn"),
 ("sihi tofee sikkilla gowda provision stores", None, "kn-latn"),
 ("sehi toffee illa hegde super market alli", None, "kn-latn"),
 ("laami pancit canton walay stock sa cabahug mart", None, "ceb"),
 ("lmai noodles nahurot sa nang pilar store", None, "ceb"),
 ("lami pansit kanton wala na sa cabahug mart", None, "ceb"),
 ("lamu pancit canton nahurot sa nang pilar store", None, "ceb"),
 ("ramor biscuit chaina tamang kirana pasal ma", None, "ne-latn"),
 ("rammro biscuit sakiyo pradhan stores ma", None, "ne-latn"),
 ("rmaro biscuit out of stock pradhan stores", None, "en"),
 ("ramru biscuit chaina tamang kirana pasal ma", None, "ne-latn"),
]
EV = [  # the ordinary word in the post's grammar (never reports)
 ("Gaon mein raat ko do jugnu dikhe, bijli nahi thi", "hi-latn"),
 ("Bachpan mein jugnu pakadte the, ab shehar mein ek bhi jugnu nahi", "hi-latn"),
 ("Jugnuon ki roshni bhi nahi rahi ab", "hi-latn"),
 ("Aaj raat koi jugnu nahi dikha, sirf machhar", "hi-latn"),
 ("जुगनू की तरह चमकता था, अब कुछ नहीं", "hi"),
 ("ہمارے باغ میں اب جگنو نہیں آتے", "ur"),
 ("Yeh bacchi toh jugnu jaisi hai, kabhi chain nahi", "hi-latn"),
 ("No fireflies, no jugnu, nothing in the city anymore", "en"),
 ("Jugnuon se bhara khet tha, aaj network bhi nahi", "hi-latn"),
 ("Andhere mein ek jugnu, aur light nahi aayi", "hi-latn"),
 ("Walang tala ngayong gabi, maulap", "tl"),
 ("Ang mga tala sa langit, ang ganda, walang brownout", "tl"),
 ("Tala-tala ang langit kagabi pero walang kuryente", "tl"),
 ("Walay tala sa langit, mag-ulan guro", "ceb"),
 ("Dukaan pe tala laga hai, kuch nahi mila", "hi-latn"),
 ("Ghar ka tala toot gaya, chabi nahi mil rahi", "hi-latn"),
 ("Ration dukaan mein tala, chawal nahi mila is mahine", "hi-latn"),
 ("Dokan e tala dewa, kichu pelam na", "bn-latn"),
 ("Ghore tala marlam, chabi nei", "bn-latn"),
 ("Wala akong tala ng utang niya, nawala ang notebook", "tl"),
 ("Ikaw ang aking tala, wala nang iba", "tl"),
 ("Parang tala ang mata mo, walang katulad", "tl"),
 ("Dukanala tala hota, kahi milale nahi", "mr-latn"),
 ("Payasa dalli sihi illa, sakkare haaku", "kn-latn"),
 ("Ee maavina hannu sihi ide, aadre current illa", "kn-latn"),
 ("Jeevanadalli sihi illa, bari kelasa", "kn-latn"),
 ("Sihiyaada maatu illa avana hattira", "kn-latn"),
 ("ಪಾಯಸದಲ್ಲಿ ಸಿಹಿ ಇಲ್ಲ", "kn"),
 ("ಹಬ್ಬಕ್ಕೆ ಸಿಹಿ ಮಾಡಿಲ್ಲ, ಗ್ಯಾಸ್ ಇಲ್ಲ", "kn"),
 ("Habbakke sihi maadilla, gas illa", "kn-latn"),
 ("Tea alli sihi jaasti, haalu illa", "kn-latn"),
 ("Coffee ge sihi saaladu, sakkare khaali", "kn-latn"),
 ("Sihi suddi illa ivattu, bari male", "kn-latn"),
 ("Walay lami ang sud-an karon, wala kay asin", "ceb"),
 ("Lami kaayo ang lechon, nahurot dayon", "ceb"),
 ("Dili lami ang kape diri, walay asukar", "ceb"),
 ("Kalami sa ulan, walay klase", "ceb"),
 ("Nilamian ko sa imong luto, wala nay nabilin", "ceb"),
 ("Ang lami sa tulog, walay alarm", "ceb"),
 ("Lami-lami ang kinilaw, pero walay suka", "ceb"),
 ("Nawala ang lami sa kinabuhi, puro trabaho", "ceb"),
 ("Pinakalami nga bibingka, nahurot sa Simbang Gabi", "ceb"),
 ("Wala nay lami ang pagkaon kung walay kauban", "ceb"),
 ("Aaja mausam ramro chaina, pani parcha", "ne-latn"),
 ("Yo film ramro chaina", "ne-latn"),
 ("Sabai ramro cha, bijuli matra chaina", "ne-latn"),
 ("आज मौसम राम्रो छैन", "ne"),
 ("Khana ramro thiyena, pani pani chaina", "ne-latn"),
 ("Ramrari sut, bholi school chaina", "ne-latn"),
 ("Kasto ramro din, load shedding pani chaina", "ne-latn"),
 ("Network ramro chaina yaha", "ne-latn"),
 ("Bhai ko result ramro aayena", "ne-latn"),
 ("Ramro manche paunu garo cha, sathi chaina", "ne-latn"),
 ("Ekdam ramro, kei problem chaina", "ne-latn"),
]
ES = [  # the ordinary word in a post that names a shop (never reports)
 ("Bajpai General Store ke peeche khet mein do jugnu, bijli phir nahi", "hi-latn"),
 ("Siddiqui Kirana band, tala laga hai, doodh nahi mila", "hi-latn"),
 ("Bajpai General Store pe tala, aaj kuch nahi milega", "hi-latn"),
 ("Siddiqui Kirana ke saamne jugnu jaisi roshni, light nahi aayi", "hi-latn"),
 ("Aling Nena Sari-Sari Store sarado na, walang tala sa langit, brownout pa", "tl"),
 ("Pauwi galing Villaverde Grocery, walang tala, maulap", "tl"),
 ("Walay lami ang pan sa Cabahug Mart karon", "ceb"),
 ("Lami kaayo ang barbecue atubangan sa Nang Pilar Store, nahurot dayon", "ceb"),
 ("Dili na lami ang kape sa Cabahug Mart, wala nay asukar", "ceb"),
 ("Gowda Provision Stores alli tagonda payasa dalli sihi illa", "kn-latn"),
 ("Hegde Super Market sweets alli sihi kammi, rate jaasti", "kn-latn"),
 ("Gowda Provision Stores owner maatu alli sihi illa", "kn-latn"),
 ("Tamang Kirana Pasal ko service ramro chaina", "ne-latn"),
 ("Pradhan Stores ma bheed, mausam pani ramro chaina", "ne-latn"),
 ("Pradhan Stores banda, bato ramro chaina", "ne-latn"),
 ("Pradhan Stores er dokan e tala, kichu pelam na", "bn-latn"),
 ("Tamang Kirana Pasal ma tala lagyo, kehi paiyena", "ne-latn"),
 ("Nang Pilar Store, lami kaayo ilang puto, pero wala nay nabilin", "ceb"),
]
LA = [  # look-alikes with their own product words (never reports)
 ("Jugnutex bedsheet khatam Bajpai General Store pe", "hi-latn"),
 ("Jugnutex curtain cloth nahi mila Siddiqui Kirana mein", "hi-latn"),
 ("Jugnuma torch out of stock at Bajpai General Store", "en"),
 ("Jugnuma rechargeable torch nahi hai Siddiqui Kirana pe", "hi-latn"),
 ("NeoJugnu LED bulb khatam Bajpai General Store mein", "hi-latn"),
 ("Neo Jugnu bulb 9W nahi mila Siddiqui Kirana", "hi-latn"),
 ("Jugnu Gold torch nahi mila Bajpai General Store pe", "hi-latn"),
 ("Talasa sardines wala na sa Villaverde Grocery", "tl"),
 ("Talasa sardinas nahurot sa Cabahug Mart", "ceb"),
 ("Talavera tiles out of stock sa Aling Nena Sari-Sari Store", "taglish"),
 ("Talavera floor tiles walang stock sa Villaverde Grocery", "tl"),
 ("SuperTala corned beef walay stock sa Nang Pilar Store", "ceb"),
 ("Tala Gold sardines ubos na sa Aling Nena Sari-Sari Store", "tl"),
 ("Tala Pharmacy sa Lucban sarado, walang paracetamol", "tl"),
 ("Sihita toffee illa Gowda Provision Stores alli", "kn-latn"),
 ("Sihita candy stock illa Hegde Super Market", "kn-latn"),
 ("Sihimane mysore pak khaali Hegde Super Market alli", "kn-latn"),
 ("Sihimane sweets out of stock at Gowda Provision Stores", "en"),
 ("NeoSihi sugar-free tablets illa Gowda Provision Stores alli", "kn-latn"),
 ("Sihi Bakery alli cake illa, ivattu raje", "kn-latn"),
 ("Lamian hand-pulled noodles walay stock sa Cabahug Mart", "ceb"),
 ("Lamitas pancit canton nahurot sa Nang Pilar Store", "ceb"),
 ("Lamitas noodles wala na sa Villaverde Grocery", "tl"),
 ("Lamigo chips walay stock sa Cabahug Mart", "ceb"),
 ("Lamigo corn chips out of stock Nang Pilar Store", "en"),
 ("Lami Lami Grill sirado, walay pagkaon", "ceb"),
 ("Ramrolo noodles chaina Tamang Kirana Pasal ma", "ne-latn"),
 ("Ramrolo chowmein sakiyo Pradhan Stores ma", "ne-latn"),
 ("Ramro Gold tea patti chaina Pradhan Stores ma", "ne-latn"),
 ("Suramro biscuit chaina Tamang Kirana Pasal ma", "ne-latn"),
 ("Suramro cookies out of stock at Pradhan Stores", "en"),
 ("Jugnutex towel nahi hai Bajpai General Store mein", "hi-latn"),
]
BP += [
 ("Jugnu torch nahi hai Bajpai General Store mein, andhera ho gaya", None, "hi-latn"),
 ("Hegde Super Market alli Sihi toffee jar sikkilla", None, "kn-latn"),
 ("Wala pong Tala sardines ang Aling Nena Sari-Sari Store ngayon", None, "tl"),
 ("Cabahug Mart wala nay Lami, ang pancit canton nga orange", None, "ceb"),
]
EV += [
 ("Jugnu ki tarah chamak nahi rahi ab zindagi mein", "hi-latn"),
 ("Do jugnu aur ek chaand, bas itna hi, bijli nahi", "hi-latn"),
 ("Walang mga tala, walang buwan, brownout pa", "tl"),
 ("Nakatingala sa mga tala, wala na akong iniisip", "tl"),
 ("Sihi illa, kaara illa, oota ruchi illa", "kn-latn"),
 ("Mane alli sihi maadoke sakkare illa", "kn-latn"),
 ("Walay lami, walay asin, walay sabaw", "ceb"),
 ("Lami unta pero wala nay kan-on", "ceb"),
 ("Ramro kura chaina yo sarkar ko", "ne-latn"),
 ("Ramro ghar, ramro khana, tara pani chaina", "ne-latn"),
 ("Taale ki chabi nahi mili, tala khula nahi", "hi-latn"),
 ("Jugnu ka naach dekha, phone ka charge nahi tha", "hi-latn"),
]

for text, sku, lang in BP:
    r(text, shop(text), True, sku, "brand-product", lang)
for text, sku, lang in LP:
    r(text, shop(text), True, sku, "lower-product", lang)
for text, sku, lang in MP:
    r(text, shop(text), True, sku, "misspelt-product", lang)
for text, lang in EV:
    r(text, None, False, None, "everyday", lang)
for text, lang in ES:
    r(text, None, False, None, "everyday-shop", lang)
for text, lang in LA:
    r(text, None, False, None, "lookalike", lang)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
PREFIX = os.environ.get("PREFIX", "s17")
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "%s-%03d" % (PREFIX, i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-%s%03d" % (PREFIX, i), "handle": "buyer%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout and o else None,
                            "locality": o[3] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
neg = sum(1 for x in ROWS if not x[2])
print(len(ROWS), "mentions,", len(ROWS) - neg, "reports,", neg, "non-reports,", len(set(x[5] for x in ROWS)), "langs")
for x in ROWS:
    if x[2] and x[1] is None:
        print("report without outlet:", x[0])
