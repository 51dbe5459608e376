# Writes the "sku13-probe" labelled set (session 13, issue 14 item 4): WHICH product a true report names. Written
# before any rule of that session changed and scored on the untouched code; a development set, its errors read.
# Two invented brands: Fizzaro (a soda: orange in a 300 ml can, a 600 ml bottle and a 1.5 L bottle, lemon lime in a
# 330 ml can and a 1.5 L bottle, mango in a 200 ml pouch) and Ruchiko (snacks: cheese puffs 25 g and 90 g, tangy
# tomato 25 g, onion rings 90 g, party mix 400 g family pack). Eight outlets in Mandya, Karur, Akola, Tarlac and Digos.
# Label rule: the SKU is null when the words do not tell one product (only the brand, a size or container two
# products share). Every report names a registry shop plainly so that the product is what is measured.
# Categories: size-format (sizes written every way, in words and scripts), container (can, bottle, pouch, pack words
# telling the product), relative-size (small / big in the languages: smallest or largest of the flavour), native-script
# (flavour and size in a script), misspelling (a misspelt flavour word), compact (abbreviated product words, SMS),
# request (the product after a request verb), sku-null (brand only, or a size / container two products share), and
# hard non-reports in the same style (negation, past, question, other-product, irrealis).
import json, os, sys

OUT = sys.argv[1]
OUTLETS = [
 ("MDY-01", "Sri Manjunatha Provision Stores", "Subhash Nagar, Mandya 571401", "Subhash Nagar", "Mandya", "Karnataka", "India", 12.5230, 76.8960),
 ("MDY-02", "Kaveri Bakery and Condiments", "Guttalu, Mandya 571403", "Guttalu", "Mandya", "Karnataka", "India", 12.5350, 76.9010),
 ("KRR-01", "Annai Department Store", "Thanthonimalai, Karur 639005", "Thanthonimalai", "Karur", "Tamil Nadu", "India", 10.9420, 78.0870),
 ("AKL-01", "Deshmukh Kirana Bhandar", "Jatharpeth, Akola 444005", "Jatharpeth", "Akola", "Maharashtra", "India", 20.7060, 76.9970),
 ("AKL-02", "Shree Ganesh Super Shoppee", "Ramdaspeth, Akola 444001", "Ramdaspeth", "Akola", "Maharashtra", "India", 20.7120, 77.0080),
 ("TRL-01", "Aling Nena Sari-Sari Store", "San Vicente, Tarlac City", "San Vicente", "Tarlac", "Tarlac", "Philippines", 15.4780, 120.5980),
 ("DGS-01", "Bebot Minimart", "Aplaya, Digos City", "Aplaya", "Digos", "Davao del Sur", "Philippines", 6.7330, 125.3720),
 ("DGS-02", "JR Grocery", "Tres de Mayo, Digos City", "Tres de Mayo", "Digos", "Davao del Sur", "Philippines", 6.7530, 125.3510),
]
O = {o[0]: o for o in OUTLETS}

CATALOG = {"brands": [
 {"brand": "Fizzaro", "aliases": ["Fizzaro", "#fizzaro", "@fizzarodrinks"],
  "category_words": ["soda"],
  "products": [
   {"sku": "FZR-ORG-300C", "name": "Fizzaro Orange 300 ml Can", "aliases": []},
   {"sku": "FZR-ORG-600B", "name": "Fizzaro Orange 600ml Bottle", "aliases": []},
   {"sku": "FZR-ORG-1.5L", "name": "Fizzaro Orange 1.5 L Bottle", "aliases": []},
   {"sku": "FZR-LIM-330C", "name": "Fizzaro Lemon Lime 330ml Can", "aliases": []},
   {"sku": "FZR-LIM-1.5L", "name": "Fizzaro Lemon Lime 1.5L Bottle", "aliases": []},
   {"sku": "FZR-MNG-200P", "name": "Fizzaro Mango 200 ml Pouch", "aliases": []}]},
 {"brand": "Ruchiko", "aliases": ["Ruchiko", "#ruchiko", "@ruchikosnacks"],
  "category_words": ["chips", "snacks"],
  "products": [
   {"sku": "RCK-CHZ-25G", "name": "Ruchiko Cheese Puffs 25g", "aliases": []},
   {"sku": "RCK-CHZ-90G", "name": "Ruchiko Cheese Puffs 90 g", "aliases": []},
   {"sku": "RCK-TMT-25G", "name": "Ruchiko Tangy Tomato 25 g", "aliases": []},
   {"sku": "RCK-ONI-90G", "name": "Ruchiko Onion Rings 90g", "aliases": []},
   {"sku": "RCK-MIX-400G", "name": "Ruchiko Party Mix 400g Family Pack", "aliases": []}]},
]}

SHOPS = {"manjunatha": "MDY-01", "kaveri": "MDY-02", "annai": "KRR-01", "deshmukh": "AKL-01", "ganesh": "AKL-02",
         "nena": "TRL-01", "bebot": "DGS-01", "jr grocery": "DGS-02"}
ROWS = []
def r(text, stockout, sku, category, lang):
    outlet = next(v for k, v in SHOPS.items() if k in text.lower())
    ROWS.append((text, outlet, stockout, sku, category, lang))

# size-format: the size tells the product (one product of the brand has it, or with the flavour beside it)
for text, sku, lang in [
    ("Fizzaro 1.5ltrs orange out of stock at Annai Department Store", "FZR-ORG-1.5L", "en"),
    ("Fizzaro orange 1 1/2 L not available at Sri Manjunatha Provision Stores", "FZR-ORG-1.5L", "en"),
    ("Fizzaro lemon lime one and a half litre sold out, Deshmukh Kirana Bhandar", "FZR-LIM-1.5L", "en"),
    ("Fizzaro orange dedh litre wali khatam ho gayi Shree Ganesh Super Shoppee mein", "FZR-ORG-1.5L", "hi-latn"),
    ("Fizzaro orange derh liter nahi mil raha Deshmukh Kirana Bhandar me", "FZR-ORG-1.5L", "hi-latn"),
    ("Fizzaro 600 ML bottle out at Annai Department Store", "FZR-ORG-600B", "en"),
    ("Fizzaro 600ml nahi hai Shree Ganesh Super Shoppee me", "FZR-ORG-600B", "hi-latn"),
    ("Fizzaro six hundred ml finished at Kaveri Bakery and Condiments", "FZR-ORG-600B", "en"),
    ("Fizzaro 0.6 L out of stock Sri Manjunatha Provision Stores", "FZR-ORG-600B", "en"),
    ("Fizzaro 300ml sold out at Kaveri Bakery and Condiments", "FZR-ORG-300C", "en"),
    ("Fizzaro three hundred ml can not available at Annai Department Store", "FZR-ORG-300C", "en"),
    ("Fizzaro 330 ml out at Sri Manjunatha Provision Stores", "FZR-LIM-330C", "en"),
    ("Fizzaro 330ML wala nang stock sa Aling Nena Sari-Sari Store", "FZR-LIM-330C", "tl"),
    ("Fizzaro 200ml wala na sa Bebot Minimart", "FZR-MNG-200P", "tl"),
    ("wala nay Fizzaro 200 ml sa JR Grocery", "FZR-MNG-200P", "ceb"),
    ("Fizzaro two hundred ml out of stock at JR Grocery", "FZR-MNG-200P", "en"),
    ("Fizzaro orange isa't kalahating litro ubos na sa Aling Nena Sari-Sari Store", "FZR-ORG-1.5L", "tl"),
    ("wala nay Fizzaro lemon usa ug tunga ka litro sa Bebot Minimart", "FZR-LIM-1.5L", "ceb"),
    ("Ruchiko 400g out of stock at Deshmukh Kirana Bhandar", "RCK-MIX-400G", "en"),
    ("Ruchiko 400 gms khatam Shree Ganesh Super Shoppee", "RCK-MIX-400G", "hi-latn"),
    ("Ruchiko four hundred gram not available at Annai Department Store", "RCK-MIX-400G", "en"),
    ("Ruchiko 0.4 kg sold out at Kaveri Bakery and Condiments", "RCK-MIX-400G", "en"),
    ("Ruchiko cheese 90gm out at Sri Manjunatha Provision Stores", "RCK-CHZ-90G", "en"),
    ("Ruchiko cheese 25 grams not available at Annai Department Store", "RCK-CHZ-25G", "en"),
    ("Ruchiko onion 90 g nahi mil rahe Deshmukh Kirana Bhandar me", "RCK-ONI-90G", "hi-latn"),
    ("Ruchiko tomato 25gm wala nang stock sa Aling Nena Sari-Sari Store", "RCK-TMT-25G", "tl"),
    ("Ruchiko cheese nabbe gram wala packet khatam Shree Ganesh Super Shoppee", "RCK-CHZ-90G", "hi-latn"),
    ("Ruchiko cheese pachees gram nahi hai Deshmukh Kirana Bhandar", "RCK-CHZ-25G", "hi-latn"),
    ("Fizzaro orange ஒன்றரை லிட்டர் Annai Department Store-ல இல்ல", "FZR-ORG-1.5L", "ta"),
    ("Fizzaro orange ಒಂದೂವರೆ ಲೀಟರ್ Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಸಿಗ್ತಿಲ್ಲ", "FZR-ORG-1.5L", "kn"),
    ("Fizzaro lemon ದೊಡ್ಡ 1.5 ಲೀಟರ್ Kaveri Bakery and Condiments ನಲ್ಲಿ ಖಾಲಿ", "FZR-LIM-1.5L", "kn"),
    ("Fizzaro orange डेढ़ लीटर Shree Ganesh Super Shoppee में नहीं मिल रहा", "FZR-ORG-1.5L", "hi"),
    ("Fizzaro orange दीड लिटर Deshmukh Kirana Bhandar मध्ये मिळत नाही", "FZR-ORG-1.5L", "mr"),
    ("Fizzaro ६०० मिली Shree Ganesh Super Shoppee मध्ये संपले", "FZR-ORG-600B", "mr"),
    ("Fizzaro ৬০০ মিলি Annai Department Store এ পাওয়া যাচ্ছে না", "FZR-ORG-600B", "bn"),
    ("Ruchiko ४०० ग्राम Deshmukh Kirana Bhandar मध्ये नाही", "RCK-MIX-400G", "mr"),
    ("Ruchiko ೪೦೦ ಗ್ರಾಂ Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಇಲ್ಲ", "RCK-MIX-400G", "kn"),
    ("Fizzaro orange 1500ml out of stock at Kaveri Bakery and Condiments", "FZR-ORG-1.5L", "en"),
    ("Fizzaro lemon lime 1.5 lit khatam Deshmukh Kirana Bhandar", "FZR-LIM-1.5L", "hi-latn"),
    ("Fizzaro 1/2 dozen 300ml cans order kiye the, Annai Department Store me ek bhi nahi", "FZR-ORG-300C", "hi-latn"),
]:
    r(text, True, sku, "size-format", lang)

# container: can, bottle, pouch, packet and pack words tell the product
for text, sku, lang in [
    ("Fizzaro lemon can out of stock at Sri Manjunatha Provision Stores", "FZR-LIM-330C", "en"),
    ("Fizzaro orange can sold out at Annai Department Store", "FZR-ORG-300C", "en"),
    ("Fizzaro lemon bottle not available at Kaveri Bakery and Condiments", "FZR-LIM-1.5L", "en"),
    ("Fizzaro mango pouch out at JR Grocery", "FZR-MNG-200P", "en"),
    ("Fizzaro pouch wala na sa Bebot Minimart", "FZR-MNG-200P", "tl"),
    ("Fizzaro orange cans khatam ho gaye Shree Ganesh Super Shoppee me", "FZR-ORG-300C", "hi-latn"),
    ("Fizzaro lemon lime tin nahi mil raha Deshmukh Kirana Bhandar me", "FZR-LIM-330C", "hi-latn"),
    ("Fizzaro lata ng lemon wala na sa Aling Nena Sari-Sari Store", "FZR-LIM-330C", "tl"),
    ("Ruchiko family pack out of stock at Annai Department Store", "RCK-MIX-400G", "en"),
    ("Ruchiko family pack khatam Deshmukh Kirana Bhandar", "RCK-MIX-400G", "hi-latn"),
    ("wala nay Ruchiko family pack sa JR Grocery", "RCK-MIX-400G", "ceb"),
    ("Ruchiko party pack not available Kaveri Bakery and Condiments", "RCK-MIX-400G", "en"),
    ("Fizzaro orange ಕ್ಯಾನ್ Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಸಿಗ್ತಿಲ್ಲ", "FZR-ORG-300C", "kn"),
    ("Fizzaro lemon டின் Annai Department Store-ல தீர்ந்துவிட்டது", "FZR-LIM-330C", "ta"),
    ("Fizzaro mango पाउच Shree Ganesh Super Shoppee में नहीं है", "FZR-MNG-200P", "hi"),
]:
    r(text, True, sku, "container", lang)

# relative-size: small / big of the flavour the post names
for text, sku, lang in [
    ("Fizzaro orange chhota wala khatam Shree Ganesh Super Shoppee me", "FZR-ORG-300C", "hi-latn"),
    ("Fizzaro orange bada wala nahi hai Deshmukh Kirana Bhandar", "FZR-ORG-1.5L", "hi-latn"),
    ("yung malaki na Fizzaro orange wala na sa Aling Nena Sari-Sari Store", "FZR-ORG-1.5L", "tl"),
    ("Fizzaro lemon yung maliit wala na sa Aling Nena Sari-Sari Store", "FZR-LIM-330C", "tl"),
    ("Ruchiko cheese small packet out of stock at Annai Department Store", "RCK-CHZ-25G", "en"),
    ("Ruchiko cheese big pack sold out at Kaveri Bakery and Condiments", "RCK-CHZ-90G", "en"),
    ("Ruchiko cheese periya packet Annai Department Store-la illa", "RCK-CHZ-90G", "ta-latn"),
    ("Ruchiko cheese chinna packet kidaikkala Annai Department Store", "RCK-CHZ-25G", "ta-latn"),
    ("Fizzaro orange dodda bottle Sri Manjunatha Provision Stores alli sigtilla", "FZR-ORG-1.5L", "kn-latn"),
    ("dako nga Fizzaro lemon wala nay stock sa Bebot Minimart", "FZR-LIM-1.5L", "ceb"),
]:
    r(text, True, sku, "relative-size", lang)

# native-script: flavour (and size) words in a script
for text, sku, lang in [
    ("Fizzaro संतरा 600 मिली Shree Ganesh Super Shoppee में खत्म हो गया", "FZR-ORG-600B", "hi"),
    ("Fizzaro नींबू कैन Deshmukh Kirana Bhandar पर नहीं मिल रहा", "FZR-LIM-330C", "hi"),
    ("Fizzaro आम वाला पाउच Shree Ganesh Super Shoppee में नहीं है", "FZR-MNG-200P", "hi"),
    ("Ruchiko चीज़ 90 ग्राम Deshmukh Kirana Bhandar में स्टॉक में नहीं है", "RCK-CHZ-90G", "hi"),
    ("Ruchiko टमाटर Shree Ganesh Super Shoppee में खत्म", "RCK-TMT-25G", "hi"),
    ("Ruchiko प्याज़ वाले Deshmukh Kirana Bhandar में नहीं मिल रहे", "RCK-ONI-90G", "hi"),
    ("Fizzaro संत्रे ६०० मिली Deshmukh Kirana Bhandar मध्ये संपले", "FZR-ORG-600B", "mr"),
    ("Ruchiko कांदा Shree Ganesh Super Shoppee मध्ये मिळत नाही", "RCK-ONI-90G", "mr"),
    ("Fizzaro லெமன் 330ml Annai Department Store-ல இல்லை", "FZR-LIM-330C", "ta"),
    ("Ruchiko தக்காளி Annai Department Store-ல கிடைக்கல", "RCK-TMT-25G", "ta"),
    ("Ruchiko வெங்காயம் 90 கிராம் Annai Department Store-ல தீர்ந்துவிட்டது", "RCK-ONI-90G", "ta"),
    ("Fizzaro மாம்பழம் Annai Department Store-ல இல்லை", "FZR-MNG-200P", "ta"),
    ("Fizzaro ಕಿತ್ತಳೆ 600ml Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಸಿಗ್ತಿಲ್ಲ", "FZR-ORG-600B", "kn"),
    ("Ruchiko ಚೀಸ್ 25 ಗ್ರಾಂ Kaveri Bakery and Condiments ನಲ್ಲಿ ಇಲ್ಲ", "RCK-CHZ-25G", "kn"),
    ("Ruchiko ಈರುಳ್ಳಿ Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಖಾಲಿ ಆಗಿದೆ", "RCK-ONI-90G", "kn"),
    ("Fizzaro ಮಾವು Kaveri Bakery and Condiments ನಲ್ಲಿ ಸಿಗ್ತಿಲ್ಲ", "FZR-MNG-200P", "kn"),
    ("Fizzaro ఆరెంజ్ 600ml Annai Department Store లో దొరకట్లేదు", "FZR-ORG-600B", "te"),
    ("Ruchiko టమాటా Sri Manjunatha Provision Stores లో లేదు", "RCK-TMT-25G", "te"),
    ("Ruchiko ఉల్లిపాయ 90g Kaveri Bakery and Condiments లో అయిపోయింది", "RCK-ONI-90G", "te"),
    ("Fizzaro কমলা 600 মিলি Annai Department Store এ পাওয়া যাচ্ছে না", "FZR-ORG-600B", "bn"),
    ("Ruchiko টমেটো Shree Ganesh Super Shoppee তে শেষ", "RCK-TMT-25G", "bn"),
    ("Ruchiko পেঁয়াজ Deshmukh Kirana Bhandar এ নেই", "RCK-ONI-90G", "bn"),
    ("Fizzaro નારંગી 600 મિલી Shree Ganesh Super Shoppee માં મળતું નથી", "FZR-ORG-600B", "gu"),
    ("Ruchiko ડુંગળી Deshmukh Kirana Bhandar માં ખલાસ", "RCK-ONI-90G", "gu"),
    ("Ruchiko ટામેટા Shree Ganesh Super Shoppee માં નથી", "RCK-TMT-25G", "gu"),
    ("Fizzaro ഓറഞ്ച് 600ml Annai Department Store-ൽ കിട്ടാനില്ല", "FZR-ORG-600B", "ml"),
    ("Ruchiko ചീസ് 90g Annai Department Store-ൽ തീർന്നു", "RCK-CHZ-90G", "ml"),
    ("Fizzaro କମଳା 600ml Annai Department Store ରେ ମିଳୁନାହିଁ", "FZR-ORG-600B", "or"),
    ("Ruchiko ପିଆଜ Deshmukh Kirana Bhandar ରେ ସରିଗଲା", "RCK-ONI-90G", "or"),
    ("Fizzaro ଆମ୍ବ Shree Ganesh Super Shoppee ରେ ନାହିଁ", "FZR-MNG-200P", "or"),
]:
    r(text, True, sku, "native-script", lang)

# misspelling: a misspelt flavour or product word
for text, sku, lang in [
    ("Fizzaro oranj 600ml out of stock at Annai Department Store", "FZR-ORG-600B", "en"),
    ("Fizzaro orenge can not available at Sri Manjunatha Provision Stores", "FZR-ORG-300C", "en"),
    ("Fizzaro lemmon 330 ml finished at Kaveri Bakery and Condiments", "FZR-LIM-330C", "en"),
    ("Fizzaro limon wala na sa Aling Nena Sari-Sari Store 330ml", "FZR-LIM-330C", "tl"),
    ("Fizzaro manggo pouch out of stock at JR Grocery", "FZR-MNG-200P", "en"),
    ("Fizzaro mangoo nahi mil raha Shree Ganesh Super Shoppee", "FZR-MNG-200P", "hi-latn"),
    ("Ruchiko chese puffs 90g sold out Annai Department Store", "RCK-CHZ-90G", "en"),
    ("Ruchiko cheez 25g khatam Deshmukh Kirana Bhandar", "RCK-CHZ-25G", "hi-latn"),
    ("Ruchiko tomatoe out of stock at Kaveri Bakery and Condiments", "RCK-TMT-25G", "en"),
    ("Ruchiko tamater wale nahi hai Shree Ganesh Super Shoppee", "RCK-TMT-25G", "hi-latn"),
    ("Ruchiko onian rings not available at Sri Manjunatha Provision Stores", "RCK-ONI-90G", "en"),
    ("Ruchiko oinon rings out at Annai Department Store", "RCK-ONI-90G", "en"),
    ("Ruchiko onyon wala na sa Bebot Minimart", "RCK-ONI-90G", "tl"),
    ("Ruchiko prty mix sold out at Deshmukh Kirana Bhandar", "RCK-MIX-400G", "en"),
    ("Ruchiko partymix nahi mila Shree Ganesh Super Shoppee me", "RCK-MIX-400G", "hi-latn"),
    ("Ruchiko tangy tomatto not available at Kaveri Bakery and Condiments", "RCK-TMT-25G", "en"),
    ("Fizzaro lemon lyme 1.5 L out of stock at Sri Manjunatha Provision Stores", "FZR-LIM-1.5L", "en"),
    ("Fizzaro ornge bottle 600 sold out at Annai Department Store", "FZR-ORG-600B", "en"),
    ("Ruchiko chesse 90 g hurot na sa JR Grocery", "RCK-CHZ-90G", "ceb"),
    ("Fizzaro mnago 200ml ubos na sa Aling Nena Sari-Sari Store", "FZR-MNG-200P", "tl"),
]:
    r(text, True, sku, "misspelling", lang)

# compact: abbreviated product words, SMS
for text, sku, lang in [
    ("FIZZARO ORNG 600 OUT @ ANNAI DEPARTMENT STORE", "FZR-ORG-600B", "en"),
    ("fizzaro orng can n/a sri manjunatha provision stores", "FZR-ORG-300C", "en"),
    ("Fizzaro lmn can out Kaveri Bakery and Condiments", "FZR-LIM-330C", "en"),
    ("Fizzaro mng pouch nil JR Grocery", "FZR-MNG-200P", "en"),
    ("Ruchiko chz 90 out at Deshmukh Kirana Bhandar", "RCK-CHZ-90G", "en"),
    ("RUCHIKO CHZ 25G NOT AVLBL SHREE GANESH SUPER SHOPPEE", "RCK-CHZ-25G", "en"),
    ("ruchiko tmt 25 g out annai department store", "RCK-TMT-25G", "en"),
    ("Ruchiko onin rngs 0 stock Sri Manjunatha Provision Stores", "RCK-ONI-90G", "en"),
    ("Fizzaro org 1.5 nil stock Kaveri Bakery and Condiments", "FZR-ORG-1.5L", "en"),
    ("Ruchiko pty mix OOS Deshmukh Kirana Bhandar", "RCK-MIX-400G", "en"),
    ("Fizzaro lmn lime 1.5L OOS Annai Department Store", "FZR-LIM-1.5L", "en"),
    ("Ruchiko ch puffs 90g out @ Kaveri Bakery and Condiments", "RCK-CHZ-90G", "en"),
    ("Fizzaro orng 300 wala na Aling Nena Sari-Sari Store", "FZR-ORG-300C", "tl"),
    ("Ruchiko onion rngs ubos na Bebot Minimart", "RCK-ONI-90G", "tl"),
    ("Fizzaro mngo 200 hurot JR Grocery", "FZR-MNG-200P", "ceb"),
]:
    r(text, True, sku, "compact", lang)

# request: the product after the request verb
for text, sku, lang in [
    ("Please restock Fizzaro orange 600ml at Annai Department Store, it's been gone a week", "FZR-ORG-600B", "en"),
    ("Shree Ganesh Super Shoppee please stock Ruchiko cheese puffs 90g again, shelf empty", "RCK-CHZ-90G", "en"),
    ("Bhaiya Deshmukh Kirana Bhandar me Ruchiko onion rings mangwa do, khatam hai", "RCK-ONI-90G", "hi-latn"),
    ("Deshmukh Kirana Bhandar wale Fizzaro lemon can kab aayega? khatam hai", "FZR-LIM-330C", "hi-latn"),
    ("Paki-restock po ng Fizzaro mango pouch sa Aling Nena Sari-Sari Store, wala na", "FZR-MNG-200P", "tl"),
    ("Palihug restock ug Ruchiko tangy tomato sa Bebot Minimart, wala nay stock", "RCK-TMT-25G", "ceb"),
    ("Annai Department Store-la Ruchiko party mix konjam stock podunga, illa", "RCK-MIX-400G", "ta-latn"),
    ("Sri Manjunatha Provision Stores ಅಲ್ಲಿ Fizzaro orange can ದಯವಿಟ್ಟು ತರಿಸಿ, ಖಾಲಿ ಆಗಿದೆ", "FZR-ORG-300C", "kn"),
    ("Kaveri Bakery and Condiments please get Fizzaro lemon lime 1.5L, none on the shelf", "FZR-LIM-1.5L", "en"),
    ("Shree Ganesh Super Shoppee वाले Ruchiko चीज़ 25 ग्राम फिर से मंगवाओ, खत्म है", "RCK-CHZ-25G", "hi"),
    ("Pls bring back Ruchiko tomato at Kaveri Bakery and Condiments, sold out", "RCK-TMT-25G", "en"),
    ("JR Grocery palihug pag-order ug Fizzaro orange 1.5 L, hurot na", "FZR-ORG-1.5L", "ceb"),
    ("Can Annai Department Store restock Ruchiko onion rings 90g? out since Monday", "RCK-ONI-90G", "en"),
    ("Deshmukh Kirana Bhandar ला Fizzaro संत्रे 600ml आणा, संपले आहे", "FZR-ORG-600B", "mr"),
    ("Aling Nena Sari-Sari Store pakidagdag ng Fizzaro orange can, ubos na", "FZR-ORG-300C", "tl"),
]:
    r(text, True, sku, "request", lang)

# sku-null: only the brand, or a size / container two products share
for text, lang in [
    ("Fizzaro out of stock at Annai Department Store", "en"),
    ("Fizzaro khatam ho gaya Shree Ganesh Super Shoppee me", "hi-latn"),
    ("wala nang Fizzaro sa Aling Nena Sari-Sari Store", "tl"),
    ("Ruchiko not available at Kaveri Bakery and Condiments", "en"),
    ("Ruchiko snacks wala nay stock sa JR Grocery", "ceb"),
    ("Fizzaro 1.5L out of stock at Sri Manjunatha Provision Stores", "en"),
    ("Fizzaro dedh litre nahi hai Deshmukh Kirana Bhandar", "hi-latn"),
    ("Fizzaro can sold out at Annai Department Store", "en"),
    ("Fizzaro bottle nahi mil rahi Shree Ganesh Super Shoppee", "hi-latn"),
    ("Ruchiko 25g out at Kaveri Bakery and Condiments", "en"),
    ("Ruchiko 90 g wala na sa Bebot Minimart", "tl"),
    ("Ruchiko cheese out of stock at Annai Department Store", "en"),
    ("Fizzaro orange khatam Deshmukh Kirana Bhandar", "hi-latn"),
    ("Fizzaro lemon lime wala na sa Aling Nena Sari-Sari Store", "tl"),
    ("Ruchiko chips ಖಾಲಿ Sri Manjunatha Provision Stores", "kn"),
    ("Fizzaro ১.৫ লিটার Annai Department Store এ নেই", "bn"),
    ("Ruchiko small packet khatam Shree Ganesh Super Shoppee", "hi-latn"),
    ("Fizzaro soda Annai Department Store-la illa", "ta-latn"),
    ("#fizzaro out at JR Grocery again", "en"),
    ("Ruchiko chhota packet nahi hai Deshmukh Kirana Bhandar", "hi-latn"),
]:
    r(text, True, None, "sku-null", lang)

# hard non-reports in the same style
for text, cat, lang in [
    ("Fizzaro orange 600ml is NOT out of stock at Annai Department Store, bought two today", "negation", "en"),
    ("Fizzaro lemon can khatam nahi hua, Shree Ganesh Super Shoppee me bahut hai", "negation", "hi-latn"),
    ("Ruchiko cheese 90g was out at Kaveri Bakery and Condiments last week, back now", "past", "en"),
    ("Ruchiko family pack ubos kahapon pero meron na ulit sa Aling Nena Sari-Sari Store", "past", "tl"),
    ("Does Deshmukh Kirana Bhandar have Fizzaro orange can?", "question", "en"),
    ("Naa bay Ruchiko onion rings sa JR Grocery?", "question", "ceb"),
    ("No Pepsi at Annai Department Store so I took a Fizzaro orange 600ml", "other-product", "en"),
    ("Lays khatam tha Shree Ganesh Super Shoppee me, Ruchiko cheese le liya", "other-product", "hi-latn"),
    ("Fizzaro mango pouch might run out at Bebot Minimart before fiesta, buy early", "irrealis", "en"),
    ("Stock up on Ruchiko party mix at Kaveri Bakery and Condiments before Diwali empties the shelves", "irrealis", "en"),
    ("Fizzaro orange 1.5L full stock at Sri Manjunatha Provision Stores, plenty", "availability", "en"),
    ("Ruchiko tomato 25g available at Deshmukh Kirana Bhandar now", "availability", "en"),
    ("Fizzaro lemon can restocked at Annai Department Store", "availability", "en"),
    ("Naa na ang Fizzaro orange 1.5 L sa JR Grocery", "availability", "ceb"),
    ("Meron na ulit Fizzaro mango pouch sa Aling Nena Sari-Sari Store", "availability", "tl"),
    ("Ruchiko चीज़ 90 ग्राम Shree Ganesh Super Shoppee में मिल गया", "availability", "hi"),
    ("Fizzaro ஆரஞ்சு Annai Department Store-ல கிடைச்சது", "availability", "ta"),
    ("Ruchiko ಈರುಳ್ಳಿ Sri Manjunatha Provision Stores ಅಲ್ಲಿ ಸಿಕ್ತು", "availability", "kn"),
    ("Coke 600ml out of stock at Annai Department Store, Fizzaro orange is there", "other-product", "en"),
    ("Kurkure khatam Deshmukh Kirana Bhandar me, Ruchiko onion rings mil gaye", "other-product", "hi-latn"),
    ("Fizzaro orange can never runs out at Kaveri Bakery and Condiments", "negation", "en"),
    ("Walang problema sa Fizzaro lemon sa Aling Nena Sari-Sari Store, madami pa", "negation", "tl"),
    ("Is Ruchiko cheese 25g out at Shree Ganesh Super Shoppee? asking before I go", "question", "en"),
    ("If Fizzaro 1.5L runs out at Bebot Minimart I will buy Coke", "irrealis", "en"),
    ("RT Fizzaro orange can out at Annai Department Store", "repost", "en"),
    ("Ruchiko onion rings khatam ho jayenge Deshmukh Kirana Bhandar me kal tak", "irrealis", "hi-latn"),
    ("Fizzaro mango 200ml was sold out at JR Grocery in March, fine now", "past", "en"),
    ("Got the last Ruchiko party mix at Kaveri Bakery and Condiments, lucky", "availability", "en"),
    ("Fizzaro lemon lime ಇದೆ Sri Manjunatha Provision Stores ಅಲ್ಲಿ, ಬೇಕಾದಷ್ಟು", "availability", "kn"),
    ("Ruchiko tomato not out at Annai Department Store, the rack is full", "negation", "en"),
]:
    r(text, False, None, cat, lang)

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
        mid = "sq-%03d" % (i + 1)
        o = O[outlet]
        repost = category == "repost"
        m.write(json.dumps({"id": mid, "source": ["x", "mastodon", "sms", "whatsapp", "bluesky"][i % 5],
                            "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 12, i % 60),
                            "author": {"id": "u-sq%03d" % i, "handle": "shopper%03d" % i, "display_name": None,
                                       "location": None, "followers": 10 + i},
                            "text": text, "lang": None, "geo": None, "is_repost": repost}, ensure_ascii=False) + "\n")
        l.write(json.dumps({"id": mid, "stockout": stockout, "sku": sku if stockout else None,
                            "outlet_id": outlet if stockout else None, "city": o[4] if stockout else None,
                            "locality": o[3] if stockout else None, "category": category, "lang": lang},
                           ensure_ascii=False) + "\n")
print(len(ROWS), "mentions,", sum(1 for x in ROWS if x[2]), "reports")
