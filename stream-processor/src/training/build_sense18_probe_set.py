# Writes the "sense18-probe" labelled set (session 18, issue 14): the brand's word in its everyday meaning, and
# look-alike brands. Written before any rule of the session changed and scored on the untouched code; a development set.
# Three invented brands whose names are ordinary words of three languages, none of them in catalog/everyday-senses.tsv
# or catalog/word-use.tsv: Chaan (instant coffee; Marathi "nice, lovely", also the Bengali spoken "bath"), Velugu
# (lamp oil; Telugu "light") and Naimas (corned beef; Ilocano "delicious, tasty"). Twelve outlets in Hinganghat,
# Pusad, Narsipatnam, Amalapuram, Dingras and Tagudin. Invented look-alikes the catalog does not track, two or three
# per brand: Chaang (a millet beer), Chaani (a jaggery), "Chaan Chaan" (a snack stall); Veluga (a cooking oil),
# "Nava Velugu" (a newspaper), Velu Lights (an electrical shop); Naima (a soap), Naimas Kitchen (an eatery), Namnama
# (a bagoong). Categories: the brand with product evidence; lower case with product evidence; the everyday word used
# as the brand in a short or misspelt post (reports); the everyday word in the post's grammar (an adjective before a
# linker or a noun, a predicate adjective, a noun of light or of bathing, a phrase of the language); the everyday
# word in a post that names a shop; look-alikes with their own product words (never reports). Written from the
# writer's knowledge of how people write these languages, not from any labelled set.
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("HGT-01", "Deshmukh Kirana Bhandar", "Main Road, Hinganghat 442301", "Main Road", "Hinganghat", "Maharashtra", "India", 20.5480, 78.8390),
 ("HGT-02", "Bhoyar General Stores", "Gandhi Chowk, Hinganghat 442301", "Gandhi Chowk", "Hinganghat", "Maharashtra", "India", 20.5500, 78.8420),
 ("PSD-01", "Rathod Provision", "Shivaji Chowk, Pusad 445204", "Shivaji Chowk", "Pusad", "Maharashtra", "India", 19.9120, 77.5770),
 ("PSD-02", "Jadhav Super Shoppe", "Station Road, Pusad 445204", "Station Road", "Pusad", "Maharashtra", "India", 19.9150, 77.5800),
 ("NSP-01", "Kondapalli Kirana", "Main Road, Narsipatnam 531116", "Main Road", "Narsipatnam", "Andhra Pradesh", "India", 17.6670, 82.6130),
 ("NSP-02", "Gorle General Stores", "Peda Bazar, Narsipatnam 531116", "Peda Bazar", "Narsipatnam", "Andhra Pradesh", "India", 17.6690, 82.6160),
 ("AMP-01", "Bandaru Provision Stores", "Clock Tower Centre, Amalapuram 533201", "Clock Tower Centre", "Amalapuram", "Andhra Pradesh", "India", 16.5780, 82.0060),
 ("AMP-02", "Yedida Super Market", "Gadiyaram Vari Street, Amalapuram 533201", "Gadiyaram Vari Street", "Amalapuram", "Andhra Pradesh", "India", 16.5800, 82.0090),
 ("DGR-01", "Manang Ising Sari-Sari Store", "Poblacion, Dingras", "Poblacion", "Dingras", "Ilocos Norte", "Philippines", 18.1030, 120.6970),
 ("DGR-02", "Agbayani Grocery", "Barangay Albano, Dingras", "Albano", "Dingras", "Ilocos Norte", "Philippines", 18.1050, 120.7000),
 ("TGD-01", "Nana Pacing Store", "Poblacion, Tagudin", "Poblacion", "Tagudin", "Ilocos Sur", "Philippines", 16.9350, 120.4440),
 ("TGD-02", "Galimba Mart", "Barangay Rizal, Tagudin", "Rizal", "Tagudin", "Ilocos Sur", "Philippines", 16.9380, 120.4470),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Chaan", "aliases": ["Chaan", "छान", "#chaan"],
  "category_words": ["coffee", "instant coffee"],
  "products": [
   {"sku": "CHN-COF-50G", "name": "Chaan Instant Coffee 50 g", "aliases": []},
   {"sku": "CHN-COF-100G", "name": "Chaan Instant Coffee 100 g", "aliases": []}]},
 {"brand": "Velugu", "aliases": ["Velugu", "వెలుగు", "#velugu"],
  "category_words": ["deepam oil", "lamp oil", "deepam nune"],
  "products": [
   {"sku": "VLG-OIL-500ML", "name": "Velugu Deepam Oil 500 ml", "aliases": []},
   {"sku": "VLG-OIL-1L", "name": "Velugu Deepam Oil 1 L", "aliases": []}]},
 {"brand": "Naimas", "aliases": ["Naimas", "#naimas"],
  "category_words": ["corned beef", "karne norte"],
  "products": [
   {"sku": "NMS-CB-150G", "name": "Naimas Corned Beef 150 g", "aliases": []},
   {"sku": "NMS-CB-260G", "name": "Naimas Corned Beef 260 g", "aliases": []}]},
]}

ROWS = []
def r(text, outlet, stockout, sku, category, lang):
    ROWS.append((text, outlet, stockout, sku, category, lang))

KEYS = [("deshmukh", "HGT-01"), ("bhoyar", "HGT-02"), ("rathod", "PSD-01"), ("jadhav", "PSD-02"),
        ("kondapalli", "NSP-01"), ("gorle", "NSP-02"), ("bandaru", "AMP-01"), ("yedida", "AMP-02"),
        ("manang ising", "DGR-01"), ("agbayani", "DGR-02"), ("nana pacing", "TGD-01"), ("galimba", "TGD-02"),
        ("देशमुख", "HGT-01"), ("राठोड", "PSD-01"), ("కొండపల్లి", "NSP-01"), ("బండారు", "AMP-01")]
def shop(text):
    for key, o in KEYS:
        if key in text.lower():
            return o
    return None

BP = [  # brand with product evidence (text, sku, lang)
 ("Chaan coffee out of stock at Deshmukh Kirana Bhandar", None, "en"),
 ("Deshmukh Kirana Bhandar madhe Chaan coffee sampli", None, "mr-latn"),
 ("Bhoyar General Stores la Chaan instant coffee milat nahiye", None, "mr-latn"),
 ("देशमुख किराणा भांडार मध्ये छान कॉफी संपली", None, "mr"),
 ("Chaan coffee 50g nahi mili Rathod Provision pe", "CHN-COF-50G", "hi-latn"),
 ("Jadhav Super Shoppe madhe Chaan 100g coffee jar nahi", "CHN-COF-100G", "mr-latn"),
 ("#chaan coffee sold out at Bhoyar General Stores Hinganghat", None, "en"),
 ("Sakali chaha nahi ghet, Chaan coffee lagte, pan Rathod Provision madhe Chaan coffee sampli", None, "mr-latn"),
 ("Chaan instant coffee ₹95 wala pack Jadhav Super Shoppe la sampla", None, "mr-latn"),
 ("Rathod Provision: Chaan coffee stock nahi", None, "mr-latn"),
 ("Deshmukh Kirana Bhandar e Chaan coffee nei", None, "bn-latn"),
 ("Velugu deepam oil out of stock at Kondapalli Kirana", None, "en"),
 ("Kondapalli Kirana lo Velugu deepam oil ledu", None, "te-latn"),
 ("Gorle General Stores lo Velugu deepam nune 1 litre dorakatledu", "VLG-OIL-1L", "te-latn"),
 ("కొండపల్లి కిరాణా లో వెలుగు దీపం నూనె లేదు", None, "te"),
 ("Velugu 500ml deepam oil stock ledu Bandaru Provision Stores lo", "VLG-OIL-500ML", "te-latn"),
 ("#velugu lamp oil sold out at Yedida Super Market Amalapuram", None, "en"),
 ("Karthika masam ki Velugu deepam oil kavali, Bandaru Provision Stores lo aipoyindi", None, "te-latn"),
 ("Yedida Super Market: Velugu lamp oil ayipoyindi", None, "te-latn"),
 ("Velugu deepam oil ₹140 bottle Gorle General Stores lo ledu", None, "te-latn"),
 ("Velugu deepam oil illa Bandaru Provision Stores la", None, "ta-latn"),
 ("Velugu lamp oil nahi mila Kondapalli Kirana mein", None, "hi-latn"),
 ("Naimas corned beef out of stock at Manang Ising Sari-Sari Store", None, "en"),
 ("Awan ti Naimas corned beef idiay Agbayani Grocery", None, "ilo"),
 ("Awanen ti Naimas corned beef 150g idiay Manang Ising Sari-Sari Store", "NMS-CB-150G", "ilo"),
 ("Naimas corned beef 260g awan stock idiay Galimba Mart", "NMS-CB-260G", "ilo"),
 ("Wala nang Naimas corned beef sa Nana Pacing Store", None, "tl"),
 ("Ubos na ang Naimas karne norte sa Galimba Mart, Tagudin", None, "tl"),
 ("Walay Naimas corned beef sa Agbayani Grocery", None, "ceb"),
 ("#naimas corned beef sold out at Nana Pacing Store", None, "en"),
 ("Agbayani Grocery: Naimas corned beef wala na stock", None, "taglish"),
 ("Naimas corned beef ₱42 dati, tatta awanen idiay Manang Ising Sari-Sari Store", None, "ilo"),
 ("Nagsapulak ti Naimas idiay Galimba Mart, ti corned beef a berde ti lata, awan", None, "ilo"),
 ("Deshmukh Kirana Bhandar wale bole Chaan coffee ka stock agle hafte, abhi nahi hai", None, "hi-latn"),
 ("Bandaru Provision Stores lo Velugu deepam oil sold out, puja ki kavali", None, "te-latn"),
 ("Galimba Mart, awan ti Naimas corned beef, 260g man wenno 150g", None, "ilo"),
 ("Chaan coffee milena Jadhav Super Shoppe madhe, dusri coffee ghetli", None, "mr-latn"),
 ("Naimas corned beef out na sa Agbayani Grocery", None, "taglish"),
 ("Velugu deepam oil kosam Gorle General Stores ki vellanu, ledu", None, "te-latn"),
 ("Rathod Provision madhe Chaan instant coffee kuthech nahi", None, "mr-latn"),
]
LP = [  # lower case with product evidence
 ("chaan coffee sampli deshmukh kirana bhandar madhe", None, "mr-latn"),
 ("bhoyar general stores la chaan coffee 50g nahi", "CHN-COF-50G", "mr-latn"),
 ("chaan coffee nahi mili rathod provision pe", None, "hi-latn"),
 ("jadhav super shoppe chaan instant coffee out of stock", None, "en"),
 ("velugu deepam oil ledu kondapalli kirana lo", None, "te-latn"),
 ("gorle general stores lo velugu lamp oil aipoyindi", None, "te-latn"),
 ("velugu deepam nune 500ml ledu bandaru provision stores", "VLG-OIL-500ML", "te-latn"),
 ("yedida super market velugu deepam oil out of stock", None, "en"),
 ("awan ti naimas corned beef idiay agbayani grocery", None, "ilo"),
 ("naimas corned beef 150g awanen manang ising sari-sari store", "NMS-CB-150G", "ilo"),
 ("wala na naimas corned beef sa nana pacing store", None, "tl"),
 ("walay naimas karne norte sa galimba mart", None, "ceb"),
 ("restock naimas corned beef at galimba mart pls, none left", None, "en"),
 ("pls restock chaan coffee at jadhav super shoppe", None, "en"),
 ("velugu deepam oil kavali, bandaru provision stores lo stock ledu", None, "te-latn"),
]
SM = [  # the everyday word as the brand in a short or misspelt post, or shown as a product by price, size, pack, hashtag, capital
 ("Chaan sampli Deshmukh Kirana Bhandar", None, "mr-latn"),
 ("chan coffee nahi bhoyar general stores", None, "mr-latn"),
 ("Chaan 50g out @ Rathod Provision", "CHN-COF-50G", "en"),
 ("Jadhav Super Shoppe - #chaan nahi", None, "mr-latn"),
 ("chaan cofee sampli deshmukh kirana", None, "mr-latn"),
 ("Bhoyar General Stores madhe Chaan chi jar nahi", None, "mr-latn"),
 ("Chaan che packet sample Rathod Provision la, navin stock kadhi?", None, "mr-latn"),
 ("Velugu ledu Kondapalli Kirana lo, 1L bottle kuda ledu", "VLG-OIL-1L", "te-latn"),
 ("velgu deepam oil ledu gorle general stores", None, "te-latn"),
 ("Velugu 500ml out @ Bandaru Provision Stores", "VLG-OIL-500ML", "en"),
 ("Yedida Super Market lo Velugu bottle ledu", None, "te-latn"),
 ("veluga deepam oil ledu kondapalli kirana lo", None, "te-latn"),
 ("Velugu kosam vachanu, Gorle General Stores lo ammutharu, ivvala ledu", None, "te-latn"),
 ("Naimas awanen Manang Ising Sari-Sari Store", None, "ilo"),
 ("naimass corned beef awan agbayani grocery", None, "ilo"),
 ("Naimas 260g out @ Galimba Mart", "NMS-CB-260G", "en"),
 ("Nana Pacing Store - #naimas awan", None, "ilo"),
 ("naymas corned beef awan idiay galimba mart", None, "ilo"),
 ("Gatangek koma ti Naimas idiay Agbayani Grocery ngem awan stock", None, "ilo"),
 ("Naimas lata awan idiay Nana Pacing Store", None, "ilo"),
 ("walay Naimas nga lata sa Galimba Mart", None, "ceb"),
 ("Chaan ₹95 pack nahi Jadhav Super Shoppe", None, "mr-latn"),
]
EV = [  # the everyday word in the post's grammar (text, lang)
 # Marathi "chaan": nice, lovely (predicate adjective, adverb, before a noun, reduplicated)
 ("Aajcha picture chaan nahi hota", "mr-latn"),
 ("Khup chaan! Pan paaus nahi aala", "mr-latn"),
 ("Jevan chaan nahi zala aaj, meeth nahi", "mr-latn"),
 ("Chaan chaan goshti sangayla aaji nahi ata", "mr-latn"),
 ("Tuza awaaz chaan aahe pan mic nahi chalat", "mr-latn"),
 ("Chaan vatla nahi te bolna", "mr-latn"),
 ("Hinganghat madhe chaan hawa nahi, garmi khup", "mr-latn"),
 ("Kiti chaan distay! pan camera nahi", "mr-latn"),
 ("Sagla chaan chalu hota, mag light geli", "mr-latn"),
 ("Ti chaan gaate, pan aaj gaana nahi", "mr-latn"),
 ("chaan zopa nahi zali raatri", "mr-latn"),
 ("Aamchya gavat chaan rasta nahi", "mr-latn"),
 ("छान झोप नाही लागली", "mr"),
 ("आज हवा छान नाही", "mr"),
 ("Mood chaan nahi aaj", "mr-latn"),
 ("Chaan! Sundar! Pan parking nahi", "mr-latn"),
 # Bengali "chaan": bath
 ("Aaj chaan kora hoyni, jol nei", "bn-latn"),
 ("Chaan er jol nei, tank khali", "bn-latn"),
 ("Sokal theke chaan korini, current nei", "bn-latn"),
 ("Chaan kore uthe dekhi towel nei", "bn-latn"),
 ("Garom e chaan na korle ghum ashe na, jol nei", "bn-latn"),
 # Telugu "velugu": light
 ("Current poyindi, intlo velugu ledu", "te-latn"),
 ("Jeevitham lo velugu ledu ra", "te-latn"),
 ("Veedhi lo velugu ledu, street light paadaindi", "te-latn"),
 ("Velugu ledu, andhakaram, power cut", "te-latn"),
 ("Kallalo velugu ledu, alasata", "te-latn"),
 ("Konchem velugu kuda ledu gadilo", "te-latn"),
 ("Ee roju suryudi velugu ledu, mabbulu", "te-latn"),
 ("Deepam velugu takkuva, oil ledu intlo", "te-latn"),
 ("Velugu chupinchina guruvu ki namaskaram", "te-latn"),
 ("Velugu vachindi, current vachindi finally", "te-latn"),
 ("వెలుగు లేదు, కరెంటు పోయింది", "te"),
 ("జీవితంలో వెలుగు లేదు", "te"),
 ("Pagalu velugu undi kani raatri ledu", "te-latn"),
 ("Velugu nindina illu, kani manishi ledu", "te-latn"),
 ("Room lo velugu saripoledu, bulb marchali", "te-latn"),
 ("Velugu kosam kitiki terichanu, gaali ledu", "te-latn"),
 # Ilocano "naimas": delicious, tasty
 ("Naimas ti luto ni nanang, awan ti kapada", "ilo"),
 ("Saan a naimas ti adobo ita, awan asin", "ilo"),
 ("Awan ti naimas a makan ditoy", "ilo"),
 ("Naimas koma ngem awan ti bagas", "ilo"),
 ("Awan naimas nga ulam ita nga aldaw", "ilo"),
 ("Naimas ti pinakbet, ngem awan ti bagnet", "ilo"),
 ("Nagnaimas! Awan ti mabati", "ilo"),
 ("Awanen ti naimas a tinapay idiay ili", "ilo"),
 ("Naimas ti turog no awan ti lamok", "ilo"),
 ("Naimas la ti biag no awan ti utang", "ilo"),
 ("naimas ti sabsabong, awan ti ulan", "ilo"),
 ("Apay awan ti naimas a kape ditoy?", "ilo"),
 ("Di naimas, awan ti rekado", "ilo"),
 ("Naimas ti bugas a baro, ngem awanen", "ilo"),
 ("So naimas talaga, wala nang natira", "taglish"),
 ("Walang naimas na pagkain dito sa Maynila, miss ko luto ni lola", "tl"),
 ("Naimas daw sabi ng mga Ilokano, pero wala akong natikman", "tl"),
 # a person's or place's name / other languages
 ("Chaan bhi nahi sakte itne sawal", "hi-latn"),
 ("Poori chaan been ki, koi saboot nahi mila", "hi-latn"),
 ("Belaku illa, velugu ledu, light illa: current hoytu", "kn-latn"),
 ("Veluchem illa, velugu ledu, ellam iruttu", "ta-latn"),
 ("No velugu in my life since you left", "en"),
 ("So chaan! but no seats left in the theatre", "en"),
 ("Food was naimas but no rice left", "en"),
 ("Velugu Rao garu raledu ivvala meeting ki", "te-latn"),
 ("Wala pang naimas na ulam, luto pa lang", "tl"),
 ("Walay naimas nga sud-an diri, lami ra sa balay", "ceb"),
 ("Velugu lekapothe jeevitham ledu", "te-latn"),
 ("Chaan aahe re, pan vel nahi", "mr-latn"),
]
ES = [  # the everyday word in a post that names a shop (text, lang)
 ("Deshmukh Kirana Bhandar cha malak chaan manus, pan aaj dukaan band, kahi nahi milala", "mr-latn"),
 ("Bhoyar General Stores samor rasta chaan nahi, chikhal", "mr-latn"),
 ("Rathod Provision madhe AC nahi, chaan vatla nahi", "mr-latn"),
 ("Jadhav Super Shoppe la gelo, chaan dukaan, pan sakhar sampli", "mr-latn"),
 ("Rathod Provision javal chaan hotel nahi", "mr-latn"),
 ("Kondapalli Kirana daggara velugu ledu, street light poyindi", "te-latn"),
 ("Gorle General Stores lo current ledu, velugu ledu, dukanam moosesaru", "te-latn"),
 ("Bandaru Provision Stores mundu velugu ledu raatri, bhayam ga undi", "te-latn"),
 ("Yedida Super Market lo velugu takkuva, emi kanapadatledu", "te-latn"),
 ("Kondapalli Kirana lo konchem velugu kuda ledu, power cut", "te-latn"),
 ("Awan ti naimas a tinapay idiay Agbayani Grocery ita", "ilo"),
 ("Manang Ising Sari-Sari Store, naimas ti bibingka da, ngem awanen", "ilo"),
 ("Naimas ti kape idiay Galimba Mart, ngem awan ti tugaw", "ilo"),
 ("Nana Pacing Store: saan a naimas ti tinapay da ita, awan asukar", "ilo"),
 ("Agbayani Grocery, awan ti naimas a prutas", "ilo"),
 ("Galimba Mart - naimas nga empanada, ngem awan parking", "ilo"),
 ("Deshmukh Kirana Bhandar e gelam, chaan korar sabaan nei", "bn-latn"),
 ("Bandaru Provision Stores lo velugu ledu, kani deepam oil undi", "te-latn"),
 ("Walang naimas na pandesal sa Nana Pacing Store ngayon", "tl"),
 ("Walay naimas nga sud-an sa Galimba Mart karon", "ceb"),
 ("Jadhav Super Shoppe madhe chaan offer nahi ya veli", "mr-latn"),
 ("Gorle General Stores lo velugu ledu, current bill kattaledu anta", "te-latn"),
 ("Rathod Provision chya samor chaan baag hota, ata nahi", "mr-latn"),
 ("Agbayani Grocery: awan naimas nga ulam, cup noodles laeng", "ilo"),
 ("Yedida Super Market parking lo velugu ledu", "te-latn"),
]
LA = [  # look-alikes the catalog does not track, with their own product words (text, lang)
 ("Chaang millet beer nahi milali Deshmukh Kirana Bhandar la", "mr-latn"),
 ("Chaang rice beer out of stock at Bhoyar General Stores", "en"),
 ("Chaang bottle sampli Rathod Provision madhe", "mr-latn"),
 ("Chaani gul sampla Jadhav Super Shoppe madhe", "mr-latn"),
 ("Chaani jaggery powder not available at Deshmukh Kirana Bhandar", "en"),
 ("Chaani gul 1kg nahi Bhoyar General Stores la", "mr-latn"),
 ("Chaan Chaan vada pav stall band aahe aaj Pusad la", "mr-latn"),
 ("Chaan Chaan snacks sold out near Rathod Provision", "en"),
 ("Tata Chaan tea nahi milali Rathod Provision madhe", "mr-latn"),
 ("Veluga sunflower oil ledu Kondapalli Kirana lo", "te-latn"),
 ("Veluga cooking oil 1L out of stock at Gorle General Stores", "en"),
 ("Veluga groundnut oil aipoyindi Bandaru Provision Stores lo", "te-latn"),
 ("Nava Velugu paper raledu ivvala Yedida Super Market ki", "te-latn"),
 ("Nava Velugu newspaper not available at Kondapalli Kirana", "en"),
 ("Velu Lights LED bulb ledu Gorle General Stores lo", "te-latn"),
 ("Velu Lights tube light stock ledu Bandaru Provision Stores lo", "te-latn"),
 ("Velugu Electricals lo fan repair ledu", "te-latn"),
 ("Velugu Cable TV signal ledu Amalapuram lo", "te-latn"),
 ("Naima soap awanen idiay Agbayani Grocery", "ilo"),
 ("Naima beauty soap out of stock at Galimba Mart", "en"),
 ("Wala nang Naima soap sa Nana Pacing Store", "tl"),
 ("Naimas Kitchen sarado ita, awan ti pangaldaw", "ilo"),
 ("Naimas Kitchen empanada sold out, Dingras", "en"),
 ("Naimas Kitchen longganisa awanen", "ilo"),
 ("Namnama bagoong awan idiay Manang Ising Sari-Sari Store", "ilo"),
 ("Namnama bagoong isda out of stock at Galimba Mart", "en"),
 ("Naimasarap chips wala na sa Nana Pacing Store", "tl"),
 ("Chaang beer stock khatam Deshmukh Kirana Bhandar mein", "hi-latn"),
 ("Veluga oil tin ledu Yedida Super Market lo", "te-latn"),
 ("Naima soap walay stock sa Agbayani Grocery", "ceb"),
 ("Chaani gud nahi mila Bhoyar General Stores pe", "hi-latn"),
 ("Velu Lights emergency lamp ledu Kondapalli Kirana lo", "te-latn"),
 ("Namnama bagoong 250g awanen idiay Agbayani Grocery", "ilo"),
 ("Chaang beer sold out, Jadhav Super Shoppe", "en"),
 ("Nava Velugu calendar ledu Gorle General Stores lo", "te-latn"),
]

BP += [
 ("राठोड प्रोव्हिजन मध्ये छान कॉफी मिळत नाही", None, "mr"),
 ("బండారు ప్రొవిజన్ స్టోర్స్ లో వెలుగు దీపం నూనె అయిపోయింది", None, "te"),
 ("Wala na po Naimas corned beef sa Galimba Mart, 150g at 260g", None, "tl"),
 ("Chaan coffee kidaikkala Bhoyar General Stores la", None, "ta-latn"),
 ("Velugu deepam oil sigtilla Yedida Super Market alli", None, "kn-latn"),
 ("Naimas corned beef nahurot na sa Nana Pacing Store", None, "ceb"),
]
SM += [
 ("CHAAN COFFEE OUT - Bhoyar General Stores", None, "en"),
 ("velugu oil ledu yedida super market", None, "te-latn"),
 ("Naimas awan stock, Agbayani Grocery. 150g man", "NMS-CB-150G", "ilo"),
 ("Chaan nahi mili Jadhav Super Shoppe, 100g wali", "CHN-COF-100G", "hi-latn"),
 ("Gorle General Stores - Velugu 1L ledu", "VLG-OIL-1L", "te-latn"),
 ("naimas c.beef awanen nana pacing store", None, "ilo"),
]
EV += [
 ("Chaan nahi, bas theek hai picture", "hi-latn"),
 ("Velugu illamal vazhkai illai", "ta-latn"),
 ("Manasulo velugu ledu, anta cheekati", "te-latn"),
 ("Naimas met ti kape ngem awan gatas", "ilo"),
 ("Chaan hoyni ekhono, geyser kharap, gorom jol nei", "bn-latn"),
 ("Saan unay a naimas, awan ti bawang", "ilo"),
]
LA += [
 ("Chaang millet beer kidaikkala Bandaru side", "ta-latn"),
 ("Veluga palm oil awan idiay Galimba Mart", "ilo"),
 ("Naima glycerin soap nahi mila Deshmukh Kirana Bhandar", "hi-latn"),
 ("Namnama bagoong wala na sa Agbayani Grocery", "tl"),
]

for text, sku, lang in BP:
    r(text, shop(text), True, sku, "brand-product", lang)
for text, sku, lang in LP:
    r(text, shop(text), True, sku, "lower-product", lang)
for text, sku, lang in SM:
    r(text, shop(text), True, sku, "short-misspelt", lang)
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
PREFIX = os.environ.get("PREFIX", "s18")
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
