# Writes the "sense15-probe" labelled set (session 15, issue 14): other meanings of the brand word and look-alike
# brands. Written before any rule of the session changed and scored on the untouched code; a development set.
# Five invented brands whose names are everyday words of five languages: Thandak (a cooling talc; Hindi/Urdu
# "coolness"), Hangin (menthol candy; Tagalog/Cebuano "wind, air"), Nila (coconut oil; Tamil "moon", also the
# Tagalog/Cebuano pronoun "they, their" and a girl's name), Aalo (glucose biscuits; Bengali "light", Marathi "came",
# a Hindi spelling of "aloo", potato) and Gugma (chocolate; Cebuano "love"). Ten outlets in Etawah, Balurghat,
# Vaniyambadi, Sariaya and Bais. Invented look-alike brands the catalog does not track: Thandax (talc), Nilam
# (coconut oil), Aalok (detergent), Hangon (chips), Gumma (gummies), Nilagiri (hair oil: the tracked name inside a
# longer one), and everyday words a letter away (thandai, aloo, nilavu). Reports: the brands named with product
# words, a size, a shop, and misspelt beside their own product words. Written from the writer's knowledge of how
# people write these languages, not from any labelled set.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("ETW-01", "Shiv Shakti Kirana", "Civil Lines, Etawah 206001", "Civil Lines", "Etawah", "Uttar Pradesh", "India", 26.7800, 79.0250),
 ("ETW-02", "Bansal General Store", "Pakka Talab, Etawah 206001", "Pakka Talab", "Etawah", "Uttar Pradesh", "India", 26.7720, 79.0180),
 ("BLG-01", "Maa Tara Bhandar", "Raghunathpur, Balurghat 733101", "Raghunathpur", "Balurghat", "West Bengal", "India", 25.2230, 88.7750),
 ("BLG-02", "Sarkar Stores", "Chakbhrigu, Balurghat 733103", "Chakbhrigu", "Balurghat", "West Bengal", "India", 25.2100, 88.7800),
 ("VNB-01", "Sri Kamatchi Stores", "New Town, Vaniyambadi 635751", "New Town", "Vaniyambadi", "Tamil Nadu", "India", 12.6830, 78.6200),
 ("VNB-02", "Ayyanar Provision", "Konamedu, Vaniyambadi 635751", "Konamedu", "Vaniyambadi", "Tamil Nadu", "India", 12.6900, 78.6120),
 ("SRY-01", "Aling Bining Sari-Sari Store", "Poblacion, Sariaya", "Poblacion", "Sariaya", "Quezon", "Philippines", 13.9630, 121.5260),
 ("SRY-02", "Santos Minimart", "Castanas, Sariaya", "Castanas", "Sariaya", "Quezon", "Philippines", 13.9500, 121.5400),
 ("BAI-01", "Nanay Lydia Store", "Okiot, Bais", "Okiot", "Bais", "Negros Oriental", "Philippines", 9.5900, 123.1230),
 ("BAI-02", "Tabada Grocery", "Dawis, Bais", "Dawis", "Bais", "Negros Oriental", "Philippines", 9.5850, 123.1300),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Thandak", "aliases": ["Thandak", "ठंडक", "#thandak", "@thandaktalc"],
  "category_words": ["talc", "powder"],
  "products": [
   {"sku": "THK-COOL-100G", "name": "Thandak Cool Talc 100 g", "aliases": []},
   {"sku": "THK-COOL-300G", "name": "Thandak Cool Talc 300 g", "aliases": []},
   {"sku": "THK-LAV-100G", "name": "Thandak Lavender Talc 100 g", "aliases": []}]},
 {"brand": "Hangin", "aliases": ["Hangin", "#hangin", "@hanginmints"],
  "category_words": ["candy", "mints"],
  "products": [
   {"sku": "HNG-MEN-150G", "name": "Hangin Menthol Candy 150 g", "aliases": []},
   {"sku": "HNG-PEP-150G", "name": "Hangin Peppermint Candy 150 g", "aliases": []}]},
 {"brand": "Nila", "aliases": ["Nila", "நிலா", "#nila", "@nilaoil"],
  "category_words": ["coconut oil", "oil"],
  "products": [
   {"sku": "NIL-CO-200ML", "name": "Nila Coconut Oil 200 ml", "aliases": []},
   {"sku": "NIL-CO-500ML", "name": "Nila Coconut Oil 500 ml", "aliases": []},
   {"sku": "NIL-JAS-100ML", "name": "Nila Jasmine Hair Oil 100 ml", "aliases": []}]},
 {"brand": "Aalo", "aliases": ["Aalo", "আলো", "#aalo", "@aalobiscuits"],
  "category_words": ["biscuit", "biscuits"],
  "products": [
   {"sku": "AAL-GLU-100G", "name": "Aalo Glucose Biscuits 100 g", "aliases": []},
   {"sku": "AAL-MAR-250G", "name": "Aalo Marie 250 g", "aliases": []}]},
 {"brand": "Gugma", "aliases": ["Gugma", "#gugma", "@gugmachoco"],
  "category_words": ["chocolate", "tsokolate"],
  "products": [
   {"sku": "GUG-MLK-40G", "name": "Gugma Milk Chocolate 40 g", "aliases": []},
   {"sku": "GUG-DRK-40G", "name": "Gugma Dark Chocolate 40 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("shiv shakti", "ETW-01"), ("bansal", "ETW-02"), ("maa tara", "BLG-01"), ("sarkar", "BLG-02"),
        ("kamatchi", "VNB-01"), ("ayyanar", "VNB-02"), ("aling bining", "SRY-01"), ("santos", "SRY-02"),
        ("nanay lydia", "BAI-01"), ("tabada", "BAI-02"), ("शिव शक्ति", "ETW-01"), ("बंसल", "ETW-02"),
        ("মা তারা", "BLG-01"), ("সরকার", "BLG-02"), ("காமாட்சி", "VNB-01"), ("அய்யனார்", "VNB-02")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

# true reports: the brands named with their product words, a size, a shop (the product sense)
for text, sku, lang in [
    ("Thandak talc out of stock at Shiv Shakti Kirana Civil Lines", None, "en"),
    ("Shiv Shakti Kirana mein Thandak cool talc 300g khatam", "THK-COOL-300G", "hi-latn"),
    ("Bansal General Store pe Thandak powder nahi mila", None, "hi-latn"),
    ("बंसल जनरल स्टोर में ठंडक टैल्क नहीं है", None, "hi"),
    ("Thandak lavender talc nahi mil raha Shiv Shakti Kirana pe", "THK-LAV-100G", "hi-latn"),
    ("Garmi mein sabse zyada chahiye aur Thandak talc hi khatam hai Bansal General Store mein", None, "hi-latn"),
    ("Thandak ka 100 gram wala dabba nahi hai Shiv Shakti Kirana mein", None, "hi-latn"),
    ("Bachche ke liye Thandak powder lena tha, Bansal General Store pe stock nahi", None, "hi-latn"),
    ("Thandak talc da stock mukk gaya Shiv Shakti Kirana te", None, "pa-latn"),
    ("Please restock Thandak cool talc at Bansal General Store", None, "en"),
    ("@thandaktalc aapka talc Shiv Shakti Kirana pe 2 hafte se nahi hai", None, "hi-latn"),
    ("Shiv Shakti Kirana mein Thandak nahi mila, dukaan wale ne kaha agle hafte", None, "hi-latn"),
    ("Hangin menthol candy ubos na sa Aling Bining Sari-Sari Store", "HNG-MEN-150G", "tl"),
    ("Walang Hangin candy sa Santos Minimart ngayon", None, "tl"),
    ("Wala nang stock ng Hangin peppermint sa Santos Minimart", "HNG-PEP-150G", "tl"),
    ("Hangin mints out of stock at Aling Bining Sari-Sari Store Poblacion", None, "en"),
    ("Walay Hangin candy sa Nanay Lydia Store, nahurot na", None, "ceb"),
    ("Nahurot na ang Hangin menthol sa Tabada Grocery", "HNG-MEN-150G", "ceb"),
    ("Naghanap ako ng Hangin candy sa Santos Minimart pero wala", None, "tl"),
    ("Ubos na ang Hangin 150g sa Aling Bining Sari-Sari Store", None, "tl"),
    ("Wala na'y Hangin mints sa Tabada Grocery, pwede pa-restock?", None, "ceb"),
    ("#hangin wala sa Santos Minimart", None, "tl"),
    ("Nila coconut oil illa Sri Kamatchi Stores la", None, "ta-latn"),
    ("Ayyanar Provision la Nila oil kedaikala", None, "ta-latn"),
    ("Nila coconut oil 500ml out of stock at Sri Kamatchi Stores", "NIL-CO-500ML", "en"),
    ("காமாட்சி ஸ்டோர்ஸ்ல நிலா தேங்காய் எண்ணெய் இல்லை", None, "ta"),
    ("Nila jasmine hair oil stock illa Ayyanar Provision", "NIL-JAS-100ML", "ta-latn"),
    ("Sri Kamatchi Stores-il Nila velichenna illa", None, "ml-latn"),
    ("Nila 200ml bottle kidaikkala Ayyanar Provision la, rendu naala", "NIL-CO-200ML", "ta-latn"),
    ("Ayyanar Provision kadaila Nila illa, vera brand dhaan irukku", None, "ta-latn"),
    ("Nila oil not available at Sri Kamatchi Stores New Town", None, "en"),
    ("Nila coconut oil ledu Ayyanar Provision lo", None, "te-latn"),
    ("Aalo biscuit nei Maa Tara Bhandar e", None, "bn-latn"),
    ("Sarkar Stores e Aalo glucose biscuit sesh", "AAL-GLU-100G", "bn-latn"),
    ("মা তারা ভান্ডারে আলো বিস্কুট নেই", None, "bn"),
    ("Aalo Marie 250g out of stock at Sarkar Stores", "AAL-MAR-250G", "en"),
    ("Maa Tara Bhandar e Aalo paowa jacche na, dokandar bollo stock nei", None, "bn-latn"),
    ("Aalo biscuit er packet nei Sarkar Stores e", None, "bn-latn"),
    ("Aalo glucose biscuit nahi mila Maa Tara Bhandar mein", "AAL-GLU-100G", "hi-latn"),
    ("সরকার স্টোর্সে আলো মারি শেষ", "AAL-MAR-250G", "bn"),
    ("Please restock Aalo biscuits at Maa Tara Bhandar Raghunathpur", None, "en"),
    ("Cha er sathe Aalo biscuit chai, Sarkar Stores e nei", None, "bn-latn"),
    ("Gugma chocolate walay stock sa Nanay Lydia Store", None, "ceb"),
    ("Nahurot na ang Gugma milk chocolate sa Tabada Grocery", "GUG-MLK-40G", "ceb"),
    ("Wala nay Gugma dark chocolate sa Nanay Lydia Store", "GUG-DRK-40G", "ceb"),
    ("Gugma chocolate out of stock at Tabada Grocery Dawis", None, "en"),
    ("Walang Gugma chocolate sa Santos Minimart", None, "tl"),
    ("Walay Gugma tsokolate sa Tabada Grocery karon", None, "ceb"),
    ("Gipangita nako ang Gugma chocolate sa Nanay Lydia Store pero wala", None, "ceb"),
    ("Gugma 40g milk chocolate ubos na sa Aling Bining Sari-Sari Store", "GUG-MLK-40G", "tl"),
    ("Tabada Grocery: walay Gugma, walay bisan unsa nga chocolate", None, "ceb"),
    ("@gugmachoco wala na sa Nanay Lydia Store imong chocolate", None, "ceb"),
]:
    r(text, shop(text), True, sku, "brand-product", lang)

# true reports: the brand misspelt beside its own product words (recall)
for text, sku, lang in [
    ("Thandk talc khatam Shiv Shakti Kirana pe", None, "hi-latn"),
    ("Thandakk cool talc nahi mila Bansal General Store mein", None, "hi-latn"),
    ("Thanak talc 300g nahi hai Bansal General Store", "THK-COOL-300G", "hi-latn"),
    ("Thnadak powder out of stock at Shiv Shakti Kirana", None, "en"),
    ("Tandak lavender talc khatam hai Bansal General Store pe", "THK-LAV-100G", "hi-latn"),
    ("Thandhak talc nahi hai Shiv Shakti Kirana mein", None, "hi-latn"),
    ("Hangen menthol candy wala na sa Santos Minimart", "HNG-MEN-150G", "tl"),
    ("Hanggin peppermint ubos na sa Aling Bining Sari-Sari Store", "HNG-PEP-150G", "tl"),
    ("Hnagin candy walay stock sa Tabada Grocery", None, "ceb"),
    ("Hangiin mints sold out sa Santos Minimart", None, "tl"),
    ("Nilaa coconut oil illa Sri Kamatchi Stores la", None, "ta-latn"),
    ("Nilla coconut oil 500ml kedaikala Ayyanar Provision la", "NIL-CO-500ML", "ta-latn"),
    ("Neela coconut oil out of stock at Sri Kamatchi Stores", None, "en"),
    ("Nilah jasmine hair oil illa Ayyanar Provision", "NIL-JAS-100ML", "ta-latn"),
    ("Aaloo glucose biscuit nei Maa Tara Bhandar e", "AAL-GLU-100G", "bn-latn"),
    ("Alo marie biscuit nei Sarkar Stores e", "AAL-MAR-250G", "bn-latn"),
    ("Aalu biscuit er stock sesh Maa Tara Bhandar e", None, "bn-latn"),
    ("Aallo glucose biscuits not available at Sarkar Stores", "AAL-GLU-100G", "en"),
    ("Gugmaa chocolate walay stock sa Nanay Lydia Store", None, "ceb"),
    ("Gugam milk chocolate wala na sa Tabada Grocery", "GUG-MLK-40G", "ceb"),
    ("Gugmma dark chocolate nahurot sa Nanay Lydia Store", "GUG-DRK-40G", "ceb"),
    ("Guguma chocolate out of stock at Tabada Grocery", None, "en"),
]:
    r(text, shop(text), True, sku, "misspelt-product", lang)

# true reports: the brand name alone, with what says it is goods on a shelf (a shop, a size, a price, a verb of buying)
for text, sku, lang in [
    ("Bansal General Store mein Thandak khatam ho gaya", None, "hi-latn"),
    ("Thandak nahi hai Shiv Shakti Kirana pe, kahin aur milega?", None, "hi-latn"),
    ("Thandak 100g nahi mila Shiv Shakti Kirana mein", None, "hi-latn"),
    ("Shiv Shakti Kirana mein Thandak ka stock nahi", None, "hi-latn"),
    ("Walang Hangin sa Santos Minimart, saan pa pwede bumili?", None, "tl"),
    ("Hangin 20 pesos wala na sa Aling Bining Sari-Sari Store", None, "tl"),
    ("Nila illa Ayyanar Provision la, vera kadaila vaanganum", None, "ta-latn"),
    ("Nila 500 ml illa Sri Kamatchi Stores la", "NIL-CO-500ML", "ta-latn"),
    ("Sarkar Stores e Aalo nei, onno dokane kinte hobe", None, "bn-latn"),
    ("Aalo 100g nei Maa Tara Bhandar e", "AAL-GLU-100G", "bn-latn"),
    ("Maa Tara Bhandar e Aalo er stock nei", None, "bn-latn"),
    ("Nanay Lydia Store walay Gugma, asa pa ko makapalit?", None, "ceb"),
    ("Nahurot na ang Gugma sa Tabada Grocery, 45 pesos ra unta", None, "ceb"),
    ("Gugma 40g wala na sa Nanay Lydia Store", None, "ceb"),
]:
    r(text, shop(text), True, sku, "brand-shelf", lang)

# non-reports: the everyday sense beside an absence, more of its grammar, and a city named
for text, lang in [
    ("Meri aankhon ki thandak nahi rahi", "hi-latn"),
    ("Thandak nahi hai is AC mein, service karwao", "hi-latn"),
    ("Etawah mein aaj bhi thandak nahi", "hi-latn"),
    ("Wala nang hangin ang electric fan namin", "tl"),
    ("Walang hangin sa baga niya, dinala sa ospital", "tl"),
    ("Walang hangin dito sa Sariaya ngayon, sobrang init", "tl"),
    ("Hindi na umabot ang hangin sa likod, ang liit ng fan", "tl"),
    ("Ennoda nila nee dhaan, nee illama naan illa", "ta-latn"),
    ("Nila oli illa, theru full dark", "ta-latn"),
    ("Vaniyambadi la inniku nila illa, mazhai megam", "ta-latn"),
    ("Aajke aalo nei, kal theke loadshedding", "bn-latn"),
    ("Amar jibone kono aalo nei", "bn-latn"),
    ("Balurghat e aaj sara din aalo nei", "bn-latn"),
    ("Kono aalo nei shohore, puro blackout", "bn-latn"),
    ("Walay gugma nga nabilin sa iyang kasingkasing", "ceb"),
    ("Ang imong gugma wala na nako gibati", "ceb"),
    ("Thandak pad gayi dil mein jab result aaya", "hi-latn"),
    ("Mahina ang hangin ngayon, walang bagyo", "tl"),
]:
    r(text, None, False, None, "everyday-sense", lang)

# non-reports: the everyday sense of the brand word beside an absence word
for text, lang in [
    ("Itni garmi hai, cooler chalao phir bhi koi thandak nahi", "hi-latn"),
    ("AC ki thandak nahi mil rahi, gas khatam ho gayi shayad", "hi-latn"),
    ("Is saal June mein raat ko bhi thandak nahi hai", "hi-latn"),
    ("बारिश के बाद भी ठंडक नहीं आई", "hi"),
    ("Pankhe ki hawa mein woh thandak nahi rahi", "hi-latn"),
    ("Dil ko thandak nahi mili uski baat sunke", "hi-latn"),
    ("Matke ke paani mein pehle jaisi thandak nahi", "hi-latn"),
    ("Thandak gayab, pura din 45 degree", "hi-latn"),
    ("Shaam ho gayi par thandak ka naam nahi", "hi-latn"),
    ("Kamre mein thandak nahi hai, khidki kholo", "hi-latn"),
    ("Hawa mein abhi thandak nahi, sardi der se aayegi", "hi-latn"),
    ("Seene mein thandak nahi padi jab tak usne maafi nahi maangi", "ur-latn"),
    ("Garmiyan aa gayi, thandak khatam", "hi-latn"),
    ("No thandak in this heat, even the nights are burning", "en"),
    ("Raat nu vi thandak nahi, garmi bahut aa", "pa-latn"),
    ("ठंडक का नामोनिशान नहीं है आज", "hi"),
    ("Walang hangin dito sa kwarto, ang init", "tl"),
    ("Wala na namang hangin, brownout pa", "tl"),
    ("Walang hangin ang gulong ng bike ko", "tl"),
    ("Ubos na ang hangin sa lobo ng anak ko", "tl"),
    ("Walay hangin karon, init kaayo", "ceb"),
    ("Wala nay hangin ang ligid sa akong motor", "ceb"),
    ("Ang init, kahit electric fan walang hangin na lumalabas", "tl"),
    ("Walang hangin sa labas, parang hindi makahinga", "tl"),
    ("Nawalan ng hangin ang bola", "tl"),
    ("No hangin at all tonight, grabe ang init", "tl"),
    ("Sira ang aircon, walang malamig na hangin", "tl"),
    ("Walay hangin sa gawas pero nag-ulan na", "ceb"),
    ("Wala man lang hangin kahit sa tabing dagat ngayon", "tl"),
    ("Inniku vaanathula nila illa, amavasai", "ta-latn"),
    ("வானத்தில் இன்று நிலா இல்லை", "ta"),
    ("Nila theriyala, megam mooduchu", "ta-latn"),
    ("Amavasai naal, nila kidaiyathu", "ta-latn"),
    ("Nila varala innaiku, kozhandhai saapida maatengudhu", "ta-latn"),
    ("Terrace la nila paaka ponom, aana nila illa", "ta-latn"),
    ("Nila akka veetla current illa", "ta-latn"),
    ("Sabi nila wala nang bigas sa palengke", "tl"),
    ("Wala nila gidala ang bugas gahapon", "ceb"),
    ("Hindi nila alam, wala raw delivery ngayong linggo", "tl"),
    ("Ingon nila wala nay tubig sa among lugar", "ceb"),
    ("நிலா இல்லாத இரவு, ரொம்ப இருட்டு", "ta"),
    ("Kal raat theke aalo nei, current chole geche", "bn-latn"),
    ("ঘরে আলো নেই, লোডশেডিং", "bn"),
    ("Rastay aalo nei, bhoy lage", "bn-latn"),
    ("Ei ghore din-e o aalo nei, janla nei", "bn-latn"),
    ("Aalo nei, pakha nei, ki gorom", "bn-latn"),
    ("Dadur chokhe aar aalo nei, dekhte paan na", "bn-latn"),
    ("Mi kaal ghari aalo tevha light navhti", "mr-latn"),
    ("Aalo nahi hai ghar mein, sabzi kya banau", "hi-latn"),
    ("No aalo in the whole para since the storm", "en"),
    ("Aalo nei bole candle jalate holo, dokane candle o nei", "bn-latn"),
    ("গ্রামে এখনও আলো নেই, বিদ্যুৎ আসেনি", "bn"),
    ("Wala nay gugma niya nako", "ceb"),
    ("Walay gugma ang akong amahan sa amoa", "ceb"),
    ("Kung walay gugma, walay kalipay", "ceb"),
    ("Nahurot na ang gugma, away na lang ang nabilin", "ceb"),
    ("Wala na'y gugma sa among balay", "ceb"),
    ("Unsa man ang kinabuhi kung walay gugma", "ceb"),
    ("Way gugma ang mga politiko sa mga kabus", "ceb"),
    ("Nawala ang gugma sa ilang kaminyoon", "ceb"),
    ("Gugma ra ang kulang nako karon", "ceb"),
    ("Walay gugma, walay kwarta, walay trabaho", "ceb"),
    ("Wala nay gugma para nimo, pasayloa ko", "ceb"),
]:
    r(text, None, False, None, "everyday-sense", lang)

# non-reports: the everyday sense near a shop or in a post about shopping (a shop is not always product evidence)
for text, lang in [
    ("Bansal General Store ke andar bhi thandak nahi, unka AC kharab hai", "hi-latn"),
    ("Shiv Shakti Kirana ke bahar baithe the, par hawa mein thandak nahi thi", "hi-latn"),
    ("Sa Santos Minimart walang hangin, sira ang aircon nila", "tl"),
    ("Ang init sa Aling Bining Sari-Sari Store, walang hangin", "tl"),
    ("Maa Tara Bhandar e aalo nei, andhokar e jinish khujte hocche", "bn-latn"),
    ("Sarkar Stores er samne rastay aalo nei", "bn-latn"),
    ("Sri Kamatchi Stores mela nila theriyum, aana inniku nila illa", "ta-latn"),
    ("Sa Tabada Grocery, walay gugma ang tindera sa mga bata", "ceb"),
]:
    r(text, None, False, None, "everyday-near-shop", lang)

# non-reports: look-alike brands the catalog does not track (a letter away, or the name inside a longer name)
for text, lang in [
    ("Thandax talc khatam Shiv Shakti Kirana pe", "hi-latn"),
    ("Thandax ice blast talc nahi mila Bansal General Store mein", "hi-latn"),
    ("Thandax deo nahi hai Shiv Shakti Kirana mein", "hi-latn"),
    ("Holi pe thandai nahi mili Bansal General Store mein", "hi-latn"),
    ("Thandai ka packet khatam Shiv Shakti Kirana pe", "hi-latn"),
    ("बंसल जनरल स्टोर में ठंडाई नहीं मिली", "hi"),
    ("Hangon chips ubos na sa Santos Minimart", "tl"),
    ("Hangon cheese ring wala na sa Aling Bining Sari-Sari Store", "tl"),
    ("Walay Hangon barbecue sa Tabada Grocery", "ceb"),
    ("Hanging clothes rack wala sa Santos Minimart", "tl"),
    ("Nilam coconut oil illa Sri Kamatchi Stores la", "ta-latn"),
    ("Nilam gingelly oil kedaikala Ayyanar Provision la", "ta-latn"),
    ("Nilagiri hair oil illa Ayyanar Provision", "ta-latn"),
    ("Nilagiri tea out of stock at Sri Kamatchi Stores", "en"),
    ("Nilavu hair oil kedaikala Sri Kamatchi Stores la", "ta-latn"),
    ("நிலம் தேங்காய் எண்ணெய் இல்லை காமாட்சி ஸ்டோர்ஸ்ல", "ta"),
    ("Aalok detergent nei Maa Tara Bhandar e", "bn-latn"),
    ("Aalok washing powder sesh Sarkar Stores e", "bn-latn"),
    ("Aloo bhujia nei Sarkar Stores e", "bn-latn"),
    ("Aaloo nahi hai Maa Tara Bhandar mein, sabzi mandi jao", "hi-latn"),
    ("Aloo chips nahi mila Bansal General Store pe", "hi-latn"),
    ("Sarkar Stores e aaloo sesh, peyaj o nei", "bn-latn"),
    ("Gumma gummies wala na sa Nanay Lydia Store", "ceb"),
    ("Gumma gummy bears walay stock sa Tabada Grocery", "ceb"),
    ("Gugmo lollipop nahurot sa Nanay Lydia Store", "ceb"),
    ("Gugmang Pinoy shirt wala sa Tabada Grocery", "ceb"),
    ("Thandakool talc nahi mila Bansal General Store mein", "hi-latn"),
    ("Nilamani agarbatti illa Ayyanar Provision la", "ta-latn"),
    ("Aaloka soap nei Maa Tara Bhandar e", "bn-latn"),
    ("Hanginan fan wala na sa Santos Minimart", "tl"),
]:
    r(text, None, False, None, "lookalike", lang)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for o in OUTLETS:
        f.write('%s,%s,"%s",%s,%s,%s,%s,%.4f,%.4f\n' % o)
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as m, \
        open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as l:
    for i, (text, outlet, stockout, sku, category, lang) in enumerate(ROWS):
        mid = "s15-%03d" % (i + 1)
        o = O[outlet] if outlet else None
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-s15%03d" % i, "handle": "shopper%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": False}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout and o else None,
                            "locality": o[3] if stockout and o else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
