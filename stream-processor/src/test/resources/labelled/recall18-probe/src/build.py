#!/usr/bin/env python3
"""Builds labelled/recall18-probe: true reports of the classes session 17 still missed, and hard negatives
that look like them (session 18, recall). Written by the helper, not from any labelled set.
Invented brands: Dumvika (namkeen: masala 30 g / 80 g, pudina 80 g) and Pravolo (lemon drink 250 ml, 750 ml, 1.5 L);
untracked look-alikes named in negatives: Dumvita (soap), Pravol (shampoo).
Usage: build.py OUTDIR"""
import json, csv, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
catalog = {"brands": [
 {"brand": "Dumvika", "aliases": ["dumvika", "#dumvika", "डमविका"], "category_words": ["namkeen", "chips", "bhujia"],
  "products": [{"sku": "DMV-MSL-30", "name": "Dumvika Masala 30 g", "aliases": []},
               {"sku": "DMV-MSL-80", "name": "Dumvika Masala 80 g", "aliases": []},
               {"sku": "DMV-PDN-80", "name": "Dumvika Pudina 80 g", "aliases": []}]},
 {"brand": "Pravolo", "aliases": ["pravolo", "#pravolo", "प्रावोलो"], "category_words": ["lemon drink", "drink", "nimbu pani"],
  "products": [{"sku": "PRV-LMN-250", "name": "Pravolo Lemon 250 ml", "aliases": []},
               {"sku": "PRV-LMN-750", "name": "Pravolo Lemon 750 ml", "aliases": []},
               {"sku": "PRV-LMN-1500", "name": "Pravolo Lemon 1.5 L", "aliases": []}]}]}
O = [  # id, name, address, locality, city, region, country, lat, lon
 ("KSG-1", "Agrawal Kirana", "Line Bazar, Kishanganj", "Line Bazar", "Kishanganj", "Bihar", "India", 26.1050, 87.9510),
 ("KSG-2", "Maa Tara Stores", "Dharamganj, Kishanganj", "Dharamganj", "Kishanganj", "Bihar", "India", 26.0990, 87.9440),
 ("RWR-1", "Yadav General Store", "Brass Market, Rewari", "Brass Market", "Rewari", "Haryana", "India", 28.1930, 76.6190),
 ("RWR-2", "Shree Balaji Kiryana", "Model Town, Rewari", "Model Town", "Rewari", "Haryana", "India", 28.1870, 76.6250),
 ("SHR-1", "Rathore Kirana", "Ganj, Sehore", "Ganj", "Sehore", "Madhya Pradesh", "India", 23.2030, 77.0850),
 ("HZB-1", "Prasad Stores", "Jhanda Chowk, Hazaribagh", "Jhanda Chowk", "Hazaribagh", "Jharkhand", "India", 23.9920, 85.3610),
 ("DKL-1", "Maa Samaleswari Stores", "Kunjakanta, Dhenkanal", "Kunjakanta", "Dhenkanal", "Odisha", "India", 20.6590, 85.5980),
 ("RMG-1", "Sai Ram Kirana", "Godavarikhani, Ramagundam", "Godavarikhani", "Ramagundam", "Telangana", "India", 18.7550, 79.4740),
 ("CKB-1", "Manjunatha Provision Store", "BB Road, Chikkaballapur", "BB Road", "Chikkaballapur", "Karnataka", "India", 13.4350, 77.7310),
 ("PLN-1", "Murugan Stores", "Adivaram, Palani", "Adivaram", "Palani", "Tamil Nadu", "India", 10.4500, 77.5210),
 ("PMN-1", "Al Ameen Stores", "Calicut Road, Perinthalmanna", "Calicut Road", "Perinthalmanna", "Kerala", "India", 10.9760, 76.2260),
 ("NBD-1", "Gouranga Bhandar", "Poramatala, Nabadwip", "Poramatala", "Nabadwip", "West Bengal", "India", 23.4070, 88.3690),
 ("AML-1", "Patil Kirana", "Station Road, Amalner", "Station Road", "Amalner", "Maharashtra", "India", 21.0420, 75.0580),
 ("UNJ-1", "Umiya Provision", "Station Road, Unjha", "Station Road", "Unjha", "Gujarat", "India", 23.8020, 72.3930),
 ("MNS-1", "Guru Nanak Karyana", "Bazar No 5, Mansa", "Bazar No 5", "Mansa", "Punjab", "India", 29.9880, 75.3930),
 ("RMP-1", "Noor General Store", "Qila Road, Rampur", "Qila Road", "Rampur", "Uttar Pradesh", "India", 28.8030, 79.0260),
 ("BYB-1", "Aling Rosing Store", "Don Domingo Maddela, Bayombong", "Don Domingo Maddela", "Bayombong", "Nueva Vizcaya", "Philippines", 16.4810, 121.1490),
 ("NAI-1", "Tindahan ni Aling Bebang", "Ibayo Silangan, Naic", "Ibayo Silangan", "Naic", "Cavite", "Philippines", 14.3180, 120.7660),
 ("NAI-2", "Reyes Mini Mart", "Poblacion, Naic", "Poblacion", "Naic", "Cavite", "Philippines", 14.3160, 120.7630),
 ("DRG-1", "Bicol Star Store", "Market Site, Daraga", "Market Site", "Daraga", "Albay", "Philippines", 13.1490, 123.7120),
 ("SDG-1", "Inday Lorna Store", "Bato, Sindangan", "Bato", "Sindangan", "Zamboanga del Norte", "Philippines", 8.2380, 122.9990),
]
R = []
def r(cat, lang, text, oid=None, city=None, sku=None):
    R.append((text, True, sku, oid, city, lang, cat))
def n(cat, lang, text):
    R.append((text, False, None, None, None, lang, cat))
K, RW, SH, HZ, DK, RM, CK, PL, PM, NB, AM, UN, MN, RP = ("Kishanganj", "Rewari", "Sehore", "Hazaribagh", "Dhenkanal",
  "Ramagundam", "Chikkaballapur", "Palani", "Perinthalmanna", "Nabadwip", "Amalner", "Unjha", "Mansa", "Rampur")
BY, NA, DR, SD = "Bayombong", "Naic", "Daraga", "Sindangan"
M30, M80, P80, L250, L750, L1500 = "DMV-MSL-30", "DMV-MSL-80", "DMV-PDN-80", "PRV-LMN-250", "PRV-LMN-750", "PRV-LMN-1500"

# ---- misspelt brand, with its category word or size beside it
S = "spelling"
r(S, "en", "Dumvka namkeen out of stock at Agrawal Kirana Kishanganj", "KSG-1", K)
r(S, "en", "no dumvikka chips at Prasad Stores Hazaribagh since monday", "HZB-1", HZ)
r(S, "hi-Latn", "Pravlo 750ml nahi mil raha Yadav General Store Rewari mein", "RWR-1", RW, L750)
r(S, "hi-Latn", "dumwika bhujia khatam ho gaya Rathore Kirana Sehore", "SHR-1", SH)
r(S, "en", "Prawolo lemon drink not available at Noor General Store, Rampur", "RMP-1", RP)
r(S, "tl", "wala nang Pravollo 1.5L sa Reyes Mini Mart Naic", "NAI-2", NA, L1500)
r(S, "ceb", "walay Dumvicka chips sa Inday Lorna Store Sindangan", "SDG-1", SD)
r(S, "ta-Latn", "Dumvikha namkeen illa Murugan Stores Palani", "PLN-1", PL)
r(S, "te-Latn", "Pravoloo drink dorakatledu Sai Ram Kirana Ramagundam", "RMG-1", RM)
r(S, "mr-Latn", "Dumvikaa 30g milat nahi Patil Kirana Amalner", "AML-1", AM, M30)
r(S, "bn-Latn", "Pravollo 250 ml nei Gouranga Bhandar e", "NBD-1", NB, L250)
r(S, "en", "cant find Dumbvika pudina anywhere in Mansa, Guru Nanak Karyana also empty", "MNS-1", MN, P80)
r(S, "gu-Latn", "Pravolo nu nimbu pani nathi, pan Pravlo 750 ml pan nathi Umiya Provision ma", "UNJ-1", UN, L750)
r(S, "kn-Latn", "Dumvikka chips sigtilla Manjunatha Provision Store nalli", "CKB-1", CK)
r(S, "ilo", "awan ti Pravlo a lemon drink idiay Aling Rosing Store", "BYB-1", BY)
r(S, "hi-Latn", "Dumvika ki jagah dumvkia likha hai packet pe? nahi, bas dumvkia chips hi nahi hai Maa Tara Stores", "KSG-2", K)
n(S, "en", "Dumvita soap out of stock at Agrawal Kirana Kishanganj")
n(S, "hi-Latn", "Pravol shampoo nahi mil raha Yadav General Store mein")
n(S, "en", "dumvikka chips are the best, had two packets today")
n(S, "tl", "wala nang Dumvita sabon sa Reyes Mini Mart")
n(S, "en", "Pravlo 750ml restocked at Noor General Store, finally")
n(S, "ta-Latn", "Dumvita soap illa Murugan Stores la")
n(S, "en", "is Prawolo lemon drink any good? never tried it")
n(S, "ceb", "naa na ang Dumvicka chips sa Inday Lorna Store")
n(S, "hi-Latn", "dumwika bhujia mil gaya Rathore Kirana pe, full stock")
n(S, "en", "Pravol shampoo 250 ml not available at Prasad Stores Hazaribagh")

# ---- requests to stock it
Q = "request"
r(Q, "en", "pls stock Pravolo at Agrawal Kirana Kishanganj, none since a week", "KSG-1", K)
r(Q, "en", "Please keep Dumvika pudina at Prasad Stores Hazaribagh, we keep asking", "HZB-1", HZ, P80)
r(Q, "hi-Latn", "kab aayega Dumvika Yadav General Store Rewari mein?", "RWR-1", RW)
r(Q, "hi-Latn", "bhaiya Pravolo mangwa do, Shree Balaji Kiryana mein kab se nahi hai", "RWR-2", RW)
r(Q, "hi", "रैथौर किराना सीहोर वाले भैया प्रावोलो मंगवा दो, कब से नहीं है", "SHR-1", SH)
r(Q, "tl", "sana magkaroon ng Pravolo dito sa Tindahan ni Aling Bebang, Naic", "NAI-1", NA)
r(Q, "tl", "kailan kaya magkakaroon ulit ng Dumvika sa Reyes Mini Mart?", "NAI-2", NA)
r(Q, "ceb", "palihug pag-stock og Dumvika sa Inday Lorna Store, wala jud", "SDG-1", SD)
r(Q, "ilo", "sapay koma ta adda manen Pravolo idiay Aling Rosing Store", "BYB-1", BY)
r(Q, "bik", "tabi, magpa-stock kamo giraray nin Dumvika digdi sa Bicol Star Store", "DRG-1", DR)
r(Q, "ta-Latn", "Murugan Stores Palani la Pravolo vanga vainga please, kedaikala", "PLN-1", PL)
r(Q, "te-Latn", "Sai Ram Kirana lo Dumvika teppinchandi anna, dorakatledu", "RMG-1", RM)
r(Q, "kn-Latn", "Manjunatha Provision Store nalli Pravolo tarisi swalpa, sigtilla", "CKB-1", CK)
r(Q, "mr-Latn", "Patil Kirana Amalner madhe Dumvika kadhi yenar? anun theva na", "AML-1", AM)
r(Q, "gu-Latn", "Umiya Provision ma Pravolo kyare aavse? mangavi aapo", "UNJ-1", UN)
r(Q, "pa-Latn", "Guru Nanak Karyana wale veer Dumvika mangwa deo, kado da nahi aaya", "MNS-1", MN)
r(Q, "bn-Latn", "Gouranga Bhandar e Pravolo ta abar anun please, kobe asbe?", "NBD-1", NB)
r(Q, "ml-Latn", "Al Ameen Stores il Dumvika onnu konduvaramo? kittunnilla", "PMN-1", PM)
r(Q, "or-Latn", "Maa Samaleswari Stores re Pravolo aaniba pain anurodh, miluni", "DKL-1", DK)
r(Q, "ur-Latn", "Noor General Store wale bhai Dumvika rakh lijiye, kai din se nahi hai", "RMP-1", RP)
r(Q, "en", "@PrasadStores when will Pravolo 750ml be back? been asking for days", "HZB-1", HZ, L750)
r(Q, "hi-Latn", "Dumvika 30 wala packet wapas kab laoge Agrawal Kirana?", "KSG-1", K, M30)
r(Q, "en", "Requesting Maa Tara Stores to restock Dumvika masala 80g asap", "KSG-2", K, M80)
r(Q, "tl", "pakibalik naman ng Pravolo sa Reyes Mini Mart, ubos na kasi", "NAI-2", NA)
n(Q, "en", "pls stock Maggi at Agrawal Kirana, Dumvika they always have")
n(Q, "hi-Latn", "bhaiya Dumvika ke saath ek Pepsi bhi de do")
n(Q, "en", "please bring Pravolo to the party tonight, I'll bring chips")
n(Q, "tl", "sana magkaroon ng bagong flavor ang Dumvika, sobrang sarap")
n(Q, "hi-Latn", "kab aayega Pravolo ka naya ad? purana bahut funny tha")
n(Q, "ta-Latn", "Murugan Stores la Pravolo vangunen, nalla irukku")
n(Q, "en", "Please keep Dumvika away from the kids, they finish it in a minute")
n(Q, "ceb", "palihug palit og Dumvika pag-uli nimo, naa sa Inday Lorna Store")
n(Q, "mr-Latn", "Dumvika anun theva ghari, Patil Kirana madhe bharpur aahe")
n(Q, "gu-Latn", "Pravolo kyare pivanu? aaje Umiya Provision thi lidhu")
n(Q, "bn-Latn", "Pravolo anlam Gouranga Bhandar theke, khub thanda")
n(Q, "en", "Requesting Prasad Stores to restock Maggi, Pravolo shelf is full")
n(Q, "ilo", "sapay koma ta ummay ka met ditoy, adda Pravolo ken Dumvika")
n(Q, "hi-Latn", "Dumvika mangwa liya online, dukaan jaane ka time nahi tha")

# ---- compact / SMS forms
C = "compact"
r(C, "en", "DUMVIKA OUT @ Prasad Stores Hazaribagh", "HZB-1", HZ)
r(C, "en", "no pravolo avl @ shree balaji kiryana rewari", "RWR-2", RW)
r(C, "hi-Latn", "Dumvika khatam. Rathore Kirana Sehore", "SHR-1", SH)
r(C, "en", "PRAVOLO 1.5L NIL AT MAA TARA STORES", "KSG-2", K, L1500)
r(C, "ta-Latn", "Dumvika illa - Murugan Stores Palani", "PLN-1", PL)
r(C, "te-Latn", "Pravolo ledu. Sai Ram Kirana", "RMG-1", RM)
r(C, "bn-Latn", "Dumvika nei, Gouranga Bhandar Nabadwip", "NBD-1", NB)
r(C, "gu-Latn", "Pravolo nathi @ Umiya Provision Unjha", "UNJ-1", UN)
r(C, "mr-Latn", "Dumvika naahi - Patil Kirana", "AML-1", AM)
r(C, "pa-Latn", "PRAVOLO NAHIN GURU NANAK KARYANA MANSA", "MNS-1", MN)
r(C, "as-Latn", "Dumvika nai. Prasad Stores", "HZB-1", HZ)
r(C, "tl", "Pravolo ubos na! Reyes Mini Mart", "NAI-2", NA)
r(C, "ilo", "Dumvika awan - Aling Rosing Store Bayombong", "BYB-1", BY)
r(C, "ceb", "PRAVOLO WALA NA - Inday Lorna Store", "SDG-1", SD)
r(C, "en", "dumvika 80g pudina x Agrawal Kirana (out)", "KSG-1", K, P80)
r(C, "en", "Pravolo 250: 0 pcs. Noor General Store Rampur", "RMP-1", RP, L250)
r(C, "hi-Latn", "dumvika nhi h shree balaji kiryana", "RWR-2", RW)
r(C, "kn-Latn", "Pravolo illa. Manjunatha Provision Store, Chikkaballapur", "CKB-1", CK)
r(C, "ml-Latn", "Dumvika illa, Al Ameen Stores", "PMN-1", PM)
r(C, "or-Latn", "Pravolo nahin - Maa Samaleswari Stores", "DKL-1", DK)
r(C, "en", "#Dumvika #soldout #Hazaribagh Prasad Stores", "HZB-1", HZ)
r(C, "en", "Pravolo 750ml - N/A - Yadav General Store", "RWR-1", RW, L750)
n(C, "en", "DUMVIKA OUT NOW! new pudina flavour in all stores")
n(C, "en", "Pravolo in stock @ Shree Balaji Kiryana Rewari")
n(C, "en", "no Pravolo complaints here, tastes fine")
n(C, "hi-Latn", "Dumvika khatam? nahi yaar, full stock hai Rathore Kirana mein")
n(C, "ta-Latn", "Dumvika irukku - Murugan Stores Palani")
n(C, "te-Latn", "Pravolo undi. Sai Ram Kirana")
n(C, "bn-Latn", "Dumvika ache, Gouranga Bhandar")
n(C, "tl", "Pravolo meron na ulit! Reyes Mini Mart")
n(C, "ilo", "Dumvika adda - Aling Rosing Store")
n(C, "en", "PRAVOLO BACK @ MAA TARA STORES")
n(C, "en", "#Dumvika #backinstock Prasad Stores")
n(C, "gu-Latn", "Pravolo che @ Umiya Provision")
n(C, "en", "Bread out @ Agrawal Kirana, Dumvika ok")
n(C, "ceb", "naa pa Pravolo sa Inday Lorna Store")

# ---- long posts, the absence far from the brand or in a later sentence
L = "long"
r(L, "en", "Went to Yadav General Store in Rewari this morning for the monthly list, atta, oil, soap and the Pravolo my kids drink. Got everything on the list. Except that one, the shelf where it always sits was bare and the boy said maybe next week.", "RWR-1", RW)
r(L, "en", "My father has Dumvika pudina with his evening tea every single day, has done for years. Today I went to Prasad Stores in Hazaribagh to pick up a couple of packets for him. Not there. Not a single packet on the rack.", "HZB-1", HZ, P80)
r(L, "hi-Latn", "Aaj Rathore Kirana Sehore gaya tha, mummy ne Pravolo ki badi bottle mangayi thi kyunki ghar pe mehmaan aa rahe hain. Dukaan wale bhaiya bole pichhle hafte se aaya hi nahi.", "SHR-1", SH, L1500)
r(L, "tl", "Dumaan ako sa Reyes Mini Mart sa Naic kanina kasi pinapabili ako ng nanay ko ng Dumvika para sa meryenda. Ang dami nilang ibang chichirya pero wala talaga yung hinahanap ko.", "NAI-2", NA)
r(L, "en", "So my daughter has a school picnic tomorrow and the one thing she asked for was Pravolo 250 ml bottles because her friends all bring them. Tried Agrawal Kirana, Kishanganj, at 7pm after office. Nothing. They said it hasn't come in ten days.", "KSG-1", K, L250)
r(L, "ta-Latn", "Innaikku kaalaila Murugan Stores Palani ku poyi, amma sonna ellam vaangunen, paal, arisi, Dumvika. Ellam kedachuthu, aana kadaisiya paatha antha namkeen mattum illa.", "PLN-1", PL)
r(L, "ceb", "Niadto ko sa Inday Lorna Store sa Sindangan ganiha kay nangita ko og Pravolo para sa akong amahan. Daghan silag lain nga ilimnon. Pero kadto gyud wala na.", "SDG-1", SD)
r(L, "en", "We run a small canteen and Dumvika masala 30g is our best seller with the chai. Usually I stock up at Maa Tara Stores, Kishanganj. Went there twice this week. Empty both times.", "KSG-2", K, M30)
r(L, "hi-Latn", "Guru Nanak Karyana Mansa wale ke paas sab milta hai, atta, daal, sabun. Mere bete ko Dumvika chahiye tha school ke tiffin ke liye. Teen din se poochh raha hoon, abhi tak nahi aaya.", "MNS-1", MN)
r(L, "bn-Latn", "Aaj bikele Gouranga Bhandar e gechhilam, ma Pravolo ar muri anate bolechhilo. Muri pelam. Kintu onyo ta, bolche ekhono ase ni.", "NBD-1", NB)
r(L, "en", "Honestly the heat this week is unbearable and the only thing that helps is an ice cold Pravolo. Walked all the way to Noor General Store in Rampur at noon. Fridge full of colas. Not one of them.", "RMP-1", RP)
r(L, "te-Latn", "Ee roju Sai Ram Kirana ki vellanu, Godavarikhani lo. Biyyam, nune, Dumvika teesukundam anukunna. Migatavi dorikayi. Adi matram dorakaledu.", "RMG-1", RM)
r(L, "mr-Latn", "Kal sandhyakali Patil Kirana Amalner la gelo hoto, ghari pahune yenar mhanun Pravolo aanayla. Dukandar mhanala, sampla aahe, ajun aala nahi.", "AML-1", AM)
n(L, "en", "Went to Yadav General Store in Rewari this morning for the monthly list, atta, oil, soap and the Pravolo my kids drink. Got everything on the list. The shelf was stacked as always.")
n(L, "en", "My father has Dumvika pudina with his evening tea every single day, has done for years. Nothing else will do for him. Not a single day without it, not even when he travels.")
n(L, "hi-Latn", "Aaj Rathore Kirana gaya tha, Pravolo ki badi bottle li. Dukaan wale bhaiya bole Maggi pichhle hafte se nahi aaya, Pravolo to bharpur hai.")
n(L, "tl", "Dumaan ako sa Reyes Mini Mart kanina para bumili ng Dumvika. Ang daming stock. Wala lang yung paborito kong softdrinks.")
n(L, "en", "So my daughter has a school picnic tomorrow and she wants Pravolo 250 ml bottles. Got six at Agrawal Kirana on the way home. The only thing they didn't have was paper plates.")
n(L, "ta-Latn", "Innaikku Murugan Stores Palani ku poyi Dumvika vaangunen. Romba nalla irukku, ellarukum pidichuthu. Paal mattum illa.")
n(L, "ceb", "Niadto ko sa Inday Lorna Store ganiha. Nakapalit ko og Pravolo. Wala na lang ang pan.")
n(L, "en", "We run a small canteen and Dumvika masala is our best seller. Maa Tara Stores delivers it every Monday without fail. Never had a week without it.")
n(L, "hi-Latn", "Guru Nanak Karyana Mansa wale ke paas sab milta hai. Dumvika bhi, Pravolo bhi. Kabhi khaali haath nahi lauta.")
n(L, "en", "Honestly the heat this week is unbearable and the only thing that helps is an ice cold Pravolo. Noor General Store always has them chilled. No complaints at all.")
n(L, "mr-Latn", "Kal Patil Kirana la gelo, Pravolo aanla. Sakhar sampli aahe mhanala dukandar, pan Pravolo bharpur aahe.")

# ---- contrast: the shop without it first or second
X = "contrast"
r(X, "en", "Pravolo not at Agrawal Kirana but Maa Tara Stores has it", "KSG-1", K)
r(X, "en", "Prasad Stores Hazaribagh has no Dumvika, had to go all the way to the market", "HZB-1", HZ)
r(X, "hi-Latn", "Shree Balaji Kiryana mein Dumvika nahi tha, Yadav General Store se laya", "RWR-2", RW)
r(X, "hi-Latn", "Yadav General Store mein mil gaya Pravolo, Shree Balaji Kiryana mein nahi hai", "RWR-2", RW)
r(X, "en", "Maa Tara Stores had Dumvika, Agrawal Kirana didn't", "KSG-1", K)
r(X, "tl", "Wala nang Pravolo sa Reyes Mini Mart kaya sa Tindahan ni Aling Bebang ako bumili", "NAI-2", NA)
r(X, "tl", "May Dumvika sa Tindahan ni Aling Bebang pero sa Reyes Mini Mart wala", "NAI-2", NA)
r(X, "ta-Latn", "Murugan Stores la Pravolo illa, vera kadaila vaanginen", "PLN-1", PL)
r(X, "bn-Latn", "Gouranga Bhandar e Dumvika nei, onyo dokane pelam", "NBD-1", NB)
r(X, "ceb", "Walay Pravolo sa Inday Lorna Store, sa merkado na lang ko nakapalit", "SDG-1", SD)
r(X, "en", "Found Pravolo at the market but Noor General Store Rampur is out of it", "RMP-1", RP)
r(X, "gu-Latn", "Umiya Provision ma Dumvika nathi, bija dukan thi lidhu", "UNJ-1", UN)
r(X, "te-Latn", "Sai Ram Kirana lo Pravolo ledu, pakka shop lo dorikindi", "RMG-1", RM)
r(X, "en", "Rathore Kirana in Sehore: no Dumvika pudina. The shop next door had plenty.", "SHR-1", SH, P80)
n(X, "en", "Pravolo not out at Agrawal Kirana, Maa Tara Stores neither had an issue")
n(X, "en", "Maa Tara Stores has Dumvika and Agrawal Kirana has it too")
n(X, "en", "Pravolo was not at home so I bought two at Prasad Stores")
n(X, "hi-Latn", "ghar pe Dumvika nahi tha, Shree Balaji Kiryana se le aaya")
n(X, "tl", "Walang Coke sa Reyes Mini Mart pero may Pravolo")
n(X, "ta-Latn", "Murugan Stores la Dumvika irukku, vera kadaila illa nu sonnanga aana ippo vanthuruchu")
n(X, "en", "Bread not at Prasad Stores but Dumvika was there")
n(X, "ceb", "Walay pan sa Inday Lorna Store pero naa ang Pravolo")
n(X, "bn-Latn", "Dukane Dumvika ache, barite nei, tai kinte gelam Gouranga Bhandar e")
n(X, "en", "no Pepsi at Noor General Store so I got a Pravolo instead")
n(X, "hi-Latn", "Agrawal Kirana mein Maggi nahi, Dumvika hai")

# ---- reports in a native script
N = "script"
r(N, "hi", "अग्रवाल किराना किशनगंज में डमविका खत्म हो गया", "KSG-1", K)
r(N, "hi", "प्रावोलो 750ml नहीं मिल रहा, यादव जनरल स्टोर रेवाड़ी", "RWR-1", RW, L750)
r(N, "mr", "पाटील किराणा अमळनेर मध्ये डमविका मिळत नाही", "AML-1", AM)
r(N, "bn", "গৌরাঙ্গ ভান্ডারে প্রাভোলো নেই", "NBD-1", NB)
r(N, "ta", "முருகன் ஸ்டோர்ஸ் பழனியில் டம்விகா இல்லை", "PLN-1", PL)
r(N, "te", "సాయి రామ్ కిరాణాలో ప్రావోలో దొరకడం లేదు", "RMG-1", RM)
r(N, "kn", "ಮಂಜುನಾಥ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ ನಲ್ಲಿ ಡಮ್ವಿಕಾ ಸಿಗುತ್ತಿಲ್ಲ", "CKB-1", CK)
r(N, "ml", "അൽ അമീൻ സ്റ്റോഴ്സിൽ പ്രാവോലോ കിട്ടുന്നില്ല", "PMN-1", PM)
r(N, "gu", "ઉમિયા પ્રોવિઝન ઊંઝા માં ડમવિકા નથી", "UNJ-1", UN)
r(N, "pa", "ਗੁਰੂ ਨਾਨਕ ਕਰਿਆਨਾ ਮਾਨਸਾ ਵਿੱਚ ਪ੍ਰਾਵੋਲੋ ਨਹੀਂ ਮਿਲ ਰਿਹਾ", "MNS-1", MN)
r(N, "or", "ମା ସମଲେଶ୍ୱରୀ ଷ୍ଟୋର୍ସରେ ଡମ୍ଭିକା ମିଳୁନାହିଁ", "DKL-1", DK)
r(N, "ur", "نور جنرل اسٹور رامپور میں پراولو نہیں مل رہا", "RMP-1", RP)
r(N, "as", "প্ৰসাদ ষ্ট'ৰত ডমভিকা নাই", "HZB-1", HZ)
r(N, "hi", "राठौर किराना सीहोर: प्रावोलो डेढ़ लीटर खत्म", "SHR-1", SH, L1500)
n(N, "hi", "अग्रवाल किराना में डमविका मिल गया, पूरा स्टॉक है")
n(N, "mr", "पाटील किराणा मध्ये डमविका भरपूर आहे")
n(N, "bn", "গৌরাঙ্গ ভান্ডারে প্রাভোলো আছে")
n(N, "ta", "முருகன் ஸ்டோர்ஸில் டம்விகா இருக்கு")
n(N, "te", "సాయి రామ్ కిరాణాలో ప్రావోలో దొరికింది")
n(N, "kn", "ಡಮ್ವಿಕಾ ತುಂಬಾ ರುಚಿಯಾಗಿದೆ")
n(N, "ml", "പ്രാവോലോ കിട്ടി, അൽ അമീൻ സ്റ്റോഴ്സിൽ")
n(N, "gu", "ડમવિકા મળી ગયું, ઉમિયા પ્રોવિઝન માં")
n(N, "pa", "ਪ੍ਰਾਵੋਲੋ ਮਿਲ ਗਿਆ ਗੁਰੂ ਨਾਨਕ ਕਰਿਆਨਾ ਤੋਂ")
n(N, "ur", "پراولو مل گیا، نور جنرل اسٹور سے")

# ---- sizes written many ways
Z = "size"
r(Z, "hi-Latn", "Pravolo dedh litre wali bottle nahi hai Agrawal Kirana mein", "KSG-1", K, L1500)
r(Z, "en", "Pravolo one and a half litre out at Prasad Stores Hazaribagh", "HZB-1", HZ, L1500)
r(Z, "en", "no Pravolo 750 ML at Shree Balaji Kiryana", "RWR-2", RW, L750)
r(Z, "en", "Pravolo 0.75 ltr not available, Yadav General Store Rewari", "RWR-1", RW, L750)
r(Z, "en", "Pravolo 1500ml finished at Rathore Kirana", "SHR-1", SH, L1500)
r(Z, "en", "Dumvika 30gm pkt out of stock @ Maa Tara Stores", "KSG-2", K, M30)
r(Z, "en", "Dumvika thirty gram packets gone at Murugan Stores Palani", "PLN-1", PL, M30)
r(Z, "hi-Latn", "Dumvika ka chhota packet khatam Patil Kirana mein", "AML-1", AM, M30)
r(Z, "tl", "wala nang Pravolo isang litro't kalahati sa Reyes Mini Mart", "NAI-2", NA, L1500)
r(Z, "ceb", "walay Pravolo 250 mL sa Inday Lorna Store", "SDG-1", SD, L250)
r(Z, "en", "Pravolo 250ml x 0 at Noor General Store", "RMP-1", RP, L250)
r(Z, "en", "Dumvika pudina 80 grams not in stock, Guru Nanak Karyana Mansa", "MNS-1", MN, P80)
r(Z, "en", "Pravolo 1.5 Ltrs sold out at Umiya Provision Unjha", "UNJ-1", UN, L1500)
r(Z, "te-Latn", "Pravolo pedda bottle ledu Sai Ram Kirana lo", "RMG-1", RM, L1500)
n(Z, "en", "Pravolo 750 ML available at Shree Balaji Kiryana")
n(Z, "en", "Dumvika 30gm now at Rs 10 at Maa Tara Stores")
n(Z, "hi-Latn", "Pravolo dedh litre wali bottle aa gayi Agrawal Kirana mein")
n(Z, "en", "Pravolo 1.5 L is better value than the 750 ml")
n(Z, "tl", "may Pravolo isang litro sa Reyes Mini Mart")
n(Z, "en", "Dumvika pudina 80 grams back in stock at Guru Nanak Karyana")
n(Z, "ceb", "naa nay Pravolo 250 mL sa Inday Lorna Store")
n(Z, "en", "the 250ml Pravolo is out of my budget, Rs 20 is too much")
n(Z, "hi-Latn", "Dumvika ka bada packet le liya Patil Kirana se")

# ---- more of each class, in the languages the lists above have few of
r(S, "hi", "डमवीका नमकीन नहीं है प्रसाद स्टोर्स में", "HZB-1", HZ)
r(S, "ur-Latn", "Pravoloh 750 ml nahi mil raha Noor General Store Rampur", "RMP-1", RP, L750)
r(S, "en", "PRAVLOO LEMON DRINK OUT @ Maa Tara Stores Kishanganj", "KSG-2", K)
r(S, "pa-Latn", "Dumvikka namkeen nahi milda Guru Nanak Karyana Mansa", "MNS-1", MN)
r(S, "or-Latn", "Pravollo drink miluni Maa Samaleswari Stores Dhenkanal", "DKL-1", DK)
n(S, "en", "Dumvita soap bar finished at home, need to buy")
n(S, "ur-Latn", "Pravol shampoo 250 ml nahi hai Noor General Store mein")
n(S, "pa-Latn", "Dumvikka namkeen mil gaya Guru Nanak Karyana to")
r(Q, "as-Latn", "Prasad Stores e Dumvika ani dibo neki? bohu din dhori nai", "HZB-1", HZ)
r(Q, "en", "Dear Shree Balaji Kiryana, kindly arrange Pravolo 1.5L, not available for 2 weeks", "RWR-2", RW, L1500)
r(Q, "hi-Latn", "Rathore Kirana Sehore wale Dumvika pudina rakha karo yaar, hamesha khatam", "SHR-1", SH, P80)
r(Q, "ur", "نور جنرل اسٹور والے بھائی پراولو منگوا دیں، کئی دن سے نہیں ہے", "RMP-1", RP)
n(Q, "en", "Dear Shree Balaji Kiryana, kindly arrange home delivery of Pravolo 1.5L, I'm ill")
n(Q, "hi-Latn", "Rathore Kirana wale Dumvika ke saath free glass de rahe hain")
n(Q, "as-Latn", "Dumvika ani dibi, ghorot khabo")
r(L, "gu-Latn", "Aaje savare Umiya Provision Unjha gayo hato, ghar mate dudh, khand ane Pravolo levanu hatu. Dudh ane khand mali gaya. Pravolo nu kahe chhe ke aavyu j nathi.", "UNJ-1", UN)
r(L, "kn-Latn", "Ivattu Manjunatha Provision Store ge hogidde, Chikkaballapur alli. Akki, bele, ennE ella sikkitu. Dumvika maatra sigalilla, innu bandilla antha heLidru.", "CKB-1", CK)
r(L, "ml-Latn", "Innu raavile Al Ameen Stores il poyi, Perinthalmanna. Ari, panchasara, Pravolo okke vaangan. Baakki ellam kitti. Athu maathram illa, varunnilla ennu paranju.", "PMN-1", PM)
n(L, "kn-Latn", "Ivattu Manjunatha Provision Store ge hogidde. Dumvika sikkitu, tumba chennagide. Haalu maatra illa.")
n(L, "gu-Latn", "Aaje Umiya Provision gayo. Pravolo lidhu, khub saras che. Khand j nathi.")
r(X, "ur-Latn", "Noor General Store mein Dumvika nahi mila, doosri dukaan se liya", "RMP-1", RP)
r(X, "mr-Latn", "Patil Kirana madhe Pravolo nahi, dusrya dukanat milala", "AML-1", AM)
r(X, "ilo", "Awan ti Dumvika idiay Aling Rosing Store, idiay palengke ko nagatang", "BYB-1", BY)
n(X, "mr-Latn", "Patil Kirana madhe Pravolo aahe, dusrya dukanat nahi")
n(X, "ilo", "Adda ti Dumvika idiay Aling Rosing Store, awan laeng ti tinapay")
r(C, "bik", "Dumvika mayo na - Bicol Star Store Daraga", "DRG-1", DR)
r(C, "ur-Latn", "Pravolo nahi hai, Noor General Store", "RMP-1", RP)
n(C, "bik", "Dumvika igwa - Bicol Star Store")
r(Z, "mr-Latn", "Pravolo 750 mili milat nahi Patil Kirana", "AML-1", AM, L750)
r(Z, "bn-Latn", "Pravolo der litre nei Gouranga Bhandar e", "NBD-1", NB, L1500)
n(Z, "bn-Latn", "Pravolo der litre pelam Gouranga Bhandar e")

mk = []; lb = []
for i, (text, so, sku, oid, city, lang, cat) in enumerate(R, 1):
    mid = f"r18-{i:03d}"
    mk.append({"id": mid, "source": ["x", "mastodon", "bluesky", "sms", "whatsapp"][i % 5],
               "created_at": f"2026-12-{1 + i % 6:02d}T{8 + i % 12:02d}:{i % 60:02d}:00Z",
               "author": {"id": f"u-r18{i:03d}", "handle": f"r18user{i:03d}", "display_name": None, "location": None,
                          "followers": 3 + i % 40},
               "text": text, "lang": None, "geo": None, "is_repost": False})
    loc = None
    if oid:
        loc = next(o[3] for o in O if o[0] == oid)
    lb.append({"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": oid if so else None,
               "city": city if so else None, "locality": loc if so else None, "category": cat, "lang": lang})
with open(os.path.join(out, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(catalog, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(out, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
    for o in O: w.writerow(o)
for name, rows in (("mentions.jsonl", mk), ("labels.jsonl", lb)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
rep = sum(1 for x in R if x[1]); print(len(R), "mentions,", rep, "reports,", len(R) - rep, "non-reports")
