# Writes the "place18-probe" labelled set (session 18: which outlet, and when to name none). The labels name an outlet
# only when the post identifies exactly one registry outlet: a name unique in the city, a name and locality, an
# owner's name or nickname and a locality that fit one outlet, or "here/this shop" with the device within 40 m of it
# and no other outlet within 60 m. Otherwise the label has no outlet, the city, and the locality when the text names
# it: a shop kind alone ("medical store", "kirana", "sari-sari", "bakery") even where the locality has one such shop,
# a locality alone, one word that several names share ("Ganesh", "Thomas", "Bebs"), a name that two outlets of the
# city carry, the device near two shops. Two invented brands (Kuvashri, a tea; Brontisa, a biscuit); outlets in
# Nadiad, Bellary, Purnia, Machilipatnam, Pathanamthitta, Midsayap and Malita (no other readable set uses them),
# same names in two localities of one city and in two cities, names sharing a word ("Sri Ganesh Stores" / "Ganesh
# Medicals"). Written before any rule of session 18 changed, from the writer's knowledge of how people write (not
# from the project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_place18_probe_set.py stream-processor/src/test/resources/labelled/place18-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "NAD": ("Nadiad", "Gujarat", "India", "387001"),
 "BLR": ("Bellary", "Karnataka", "India", "583101"),
 "PRN": ("Purnia", "Bihar", "India", "854301"),
 "MTM": ("Machilipatnam", "Andhra Pradesh", "India", "521001"),
 "PTA": ("Pathanamthitta", "Kerala", "India", "689645"),
 "MDS": ("Midsayap", "Cotabato", "Philippines", None),
 "MLT": ("Malita", "Davao Occidental", "Philippines", None),
}
SHOPS = [
 ("NAD-01", "Jalaram Kirana Stores", "Santram Road", 22.69300, 72.86100),
 ("NAD-02", "Jalaram Medical Store", "College Road", 22.70100, 72.87000),
 ("NAD-03", "Patel Provision Store", "Pij Road", 22.68200, 72.85100),
 ("NAD-04", "Patel Provision Store", "Mission Road", 22.70500, 72.85800),
 ("NAD-05", "Ambika General Stores", "Station Road", 22.69000, 72.86700),
 ("NAD-06", "Shreeji Super Mart", "Kapadvanj Road", 22.71200, 72.87800),
 ("NAD-07", "Navrang Dairy Parlour", "Santram Road", 22.69330, 72.86130),
 ("NAD-08", "Umiya Traders", "Dabhan Bhagol", 22.67800, 72.86600),
 ("NAD-09", "Bhagyoday Stores", "Vaniyawad", 22.69800, 72.86300),
 ("BLR-01", "Sri Ganesh Stores", "Cowl Bazaar", 15.14900, 76.93100),
 ("BLR-02", "Ganesh Medicals", "Gandhinagar", 15.15600, 76.91500),
 ("BLR-03", "Vijaya Provisions", "Parvathi Nagar", 15.13500, 76.91000),
 ("BLR-04", "Hampi Super Bazaar", "Moka Road", 15.16300, 76.94200),
 ("BLR-05", "Sri Basaveshwara Kirana", "Cowl Bazaar", 15.14940, 76.93140),
 ("BLR-06", "Lakshmi Venkateshwara Stores", "Brucepet", 15.14200, 76.92200),
 ("BLR-07", "Lakshmi Venkateshwara Stores", "Satyanarayanpet", 15.12800, 76.92900),
 ("BLR-08", "Durgamma Departmental Store", "Kappagal Road", 15.17000, 76.93500),
 ("BLR-09", "Kumar Medical Hall", "Brucepet", 15.14250, 76.92250),
 ("PRN-01", "Maa Kali Bhandar", "Line Bazar", 25.77800, 87.47500),
 ("PRN-02", "Shiv Shakti Kirana Store", "Madhubani", 25.78600, 87.46500),
 ("PRN-03", "Agrawal Provision Store", "Bhatta Bazar", 25.77200, 87.48200),
 ("PRN-04", "Jha Medical Store", "Line Bazar", 25.77830, 87.47530),
 ("PRN-05", "Ganesh Stores", "Khazanchi Hat", 25.79000, 87.47900),
 ("PRN-06", "Sonali General Store", "Gulabbagh", 25.80500, 87.49500),
 ("PRN-07", "Maa Durga Store", "Madhubani", 25.78700, 87.46600),
 ("PRN-08", "New Bihar Super Market", "Bhatta Bazar", 25.77100, 87.48000),
 ("PRN-09", "Mithila Traders", "Khazanchi Hat", 25.79100, 87.48000),
 ("MTM-01", "Sri Venkateswara Kirana", "Koneru Centre", 16.18700, 81.13900),
 ("MTM-02", "Sri Venkateswara Kirana", "Chilakalapudi", 16.17500, 81.12500),
 ("MTM-03", "Bandar Super Market", "Koneru Centre", 16.18740, 81.13930),
 ("MTM-04", "Ravi Teja General Stores", "Eedepalli", 16.19500, 81.14800),
 ("MTM-05", "Sai Ram Medicals", "Rajupeta", 16.18200, 81.13200),
 ("MTM-06", "Annapurna Stores", "Chilakalapudi", 16.17600, 81.12600),
 ("MTM-07", "Krishna Provision Stores", "Rajupeta", 16.18300, 81.13300),
 ("MTM-08", "Mangalagiri Traders", "Eedepalli", 16.19700, 81.15000),
 ("PTA-01", "St. Mary's Stores", "Kumbazha", 9.25500, 76.79000),
 ("PTA-02", "Thomas Bakery and Stores", "Central Junction", 9.26600, 76.78300),
 ("PTA-03", "Ayyappa Supermarket", "Kumbazha", 9.25540, 76.79040),
 ("PTA-04", "Mathew Medicals", "Central Junction", 9.26700, 76.78400),
 ("PTA-05", "Pampa Provision Store", "Vettipuram", 9.27500, 76.77500),
 ("PTA-06", "Indira Stores", "Makkamkunnu", 9.26100, 76.77000),
 ("PTA-07", "Thomas Provision Store", "Vettipuram", 9.27800, 76.77800),
 ("PTA-08", "Ayyappa Medicals", "Makkamkunnu", 9.26200, 76.77100),
 ("MDS-01", "Aling Pacing Sari-Sari Store", "Poblacion 1", 7.19100, 124.53000),
 ("MDS-02", "Mang Isko Store", "Villarica", 7.20000, 124.54000),
 ("MDS-03", "JR Minimart", "Poblacion 5", 7.18800, 124.52700),
 ("MDS-04", "Ilonggo Mart", "Upper Glad", 7.21000, 124.52000),
 ("MDS-05", "Lola Dedeng Sari-Sari Store", "Villarica", 7.20040, 124.54030),
 ("MDS-06", "Golden Harvest Grocery", "Poblacion 5", 7.18700, 124.52800),
 ("MDS-07", "Ramos Pharmacy", "Poblacion 1", 7.19140, 124.53030),
 ("MDS-08", "JR Minimart", "Upper Glad", 7.21100, 124.52100),
 ("MLT-01", "Nanay Caring Store", "Poblacion", 6.41500, 125.61200),
 ("MLT-02", "Bebs Sari-Sari Store", "Lacaron", 6.40500, 125.60500),
 ("MLT-03", "Davao Gulf Minimart", "Poblacion", 6.41600, 125.61300),
 ("MLT-04", "JR Minimart", "Lacaron", 6.40600, 125.60600),
 ("MLT-05", "Tio Berto Store", "Tubalan", 6.43000, 125.62000),
 ("MLT-06", "Galvez Pharmacy", "Poblacion", 6.41450, 125.61150),
 ("MLT-07", "Bebs Bakeshop", "Tubalan", 6.43100, 125.62100),
 ("MLT-08", "Ligaya Store", "Culaman", 6.45000, 125.63000),
]
O = {s[0]: s for s in SHOPS}
MS, EL, CH, MK = "KVS-MSL-250", "KVS-ELC-250", "BRT-CHO-100", "BRT-MLK-100"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    """A device dn metres north and de metres east of an outlet."""
    _, _, _, lat, lon = O[oid]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# ---- one outlet identified: a name unique in the city, with or without the city ----
m("en", "unique-name", R, "No Kuvashri at Jalaram Kirana Stores Nadiad since Monday", "NAD-01")
m("gu", "unique-name", R, "Ambika General Stores ma Kuvashri nathi", "NAD-05")
m("gu", "unique-name", R, "Shreeji Super Mart Nadiad ma Brontisa khatam", "NAD-06")
m("hi", "unique-name", R, "Umiya Traders Nadiad me Kuvashri nahi mil raha", "NAD-08")
m("gu", "unique-name", R, "Bhagyoday Stores ma Brontisa maltu nathi", "NAD-09")
m("kn", "unique-name", R, "Vijaya Provisions Bellary alli Kuvashri illa", "BLR-03")
m("en", "unique-name", R, "Hampi Super Bazaar out of Brontisa choco again", "BLR-04", sku=CH)
m("kn", "unique-name", R, "Sri Basaveshwara Kirana dalli Brontisa sigtilla", "BLR-05")
m("te", "unique-name", R, "Durgamma Departmental Store lo Kuvashri ledu", "BLR-08")
m("en", "unique-name", R, "Kumar Medical Hall Bellary has no Brontisa", "BLR-09")
m("hi", "unique-name", R, "Maa Kali Bhandar Purnia me Kuvashri khatam", "PRN-01")
m("hi", "unique-name", R, "Shiv Shakti Kirana Store me Brontisa nahi hai", "PRN-02")
m("bn", "unique-name", R, "Agrawal Provision Store e Kuvashri nei", "PRN-03")
m("hi", "unique-name", R, "Sonali General Store Purnia me Brontisa nahi mila", "PRN-06")
m("en", "unique-name", R, "New Bihar Super Market purnia out of Kuvashri masala", "PRN-08", sku=MS)
m("hi", "unique-name", R, "Mithila Traders me Brontisa khatam ho gaya", "PRN-09")
m("te", "unique-name", R, "Bandar Super Market lo Kuvashri ledu", "MTM-03")
m("te", "unique-name", R, "Ravi Teja General Stores lo Brontisa dorakadam ledu", "MTM-04")
m("en", "unique-name", R, "Sai Ram Medicals machilipatnam no Brontisa", "MTM-05")
m("te", "unique-name", R, "Annapurna Stores Machilipatnam lo Kuvashri ledu", "MTM-06")
m("en", "unique-name", R, "Mangalagiri Traders out of Kuvashri elaichi", "MTM-08", sku=EL)
m("ml", "unique-name", R, "St. Mary's Stores il Kuvashri illa", "PTA-01")
m("ml", "unique-name", R, "Ayyappa Supermarket Pathanamthitta il Brontisa kittunnilla", "PTA-03")
m("en", "unique-name", R, "Mathew Medicals pathanamthitta has no Brontisa", "PTA-04")
m("ml", "unique-name", R, "Pampa Provision Store il Kuvashri stock illa", "PTA-05")
m("en", "unique-name", R, "Indira Stores out of Kuvashri", "PTA-06")
m("tl", "unique-name", R, "Wala nang Kuvashri sa Mang Isko Store Midsayap", "MDS-02")
m("hil", "unique-name", R, "Wala na sing Brontisa sa Ilonggo Mart", "MDS-04")
m("tl", "unique-name", R, "Ubos na ang Brontisa sa Golden Harvest Grocery", "MDS-06")
m("ceb", "unique-name", R, "Walay Kuvashri sa Ramos Pharmacy Midsayap", "MDS-07")
m("ceb", "unique-name", R, "Wala nay Brontisa sa Nanay Caring Store Malita", "MLT-01")
m("ceb", "unique-name", R, "Walay Kuvashri sa Davao Gulf Minimart", "MLT-03")
m("ceb", "unique-name", R, "Wala nay Brontisa sa Tio Berto Store", "MLT-05")
m("en", "unique-name", R, "Galvez Pharmacy malita out of Brontisa", "MLT-06")
m("ceb", "unique-name", R, "Walay Kuvashri sa Ligaya Store Culaman", "MLT-08")
m("tl", "unique-name", R, "Wala nang Brontisa sa Lola Dedeng Sari-Sari Store", "MDS-05")
m("en", "unique-name", R, "Ganesh Medicals bellary no Kuvashri", "BLR-02")
m("en", "unique-name", R, "Sri Ganesh Stores bellary is out of Brontisa", "BLR-01")
m("hi", "unique-name", R, "Jha Medical Store Purnia me Brontisa nahi hai", "PRN-04")
m("gu", "unique-name", R, "Jalaram Medical Store Nadiad ma Kuvashri nathi", "NAD-02")

# ---- a name two outlets carry, settled by the locality ----
m("gu", "name-locality", R, "Patel Provision Store Pij Road ma Kuvashri nathi", "NAD-03")
m("en", "name-locality", R, "Patel Provision Store mission road nadiad out of Brontisa", "NAD-04")
m("kn", "name-locality", R, "Lakshmi Venkateshwara Stores Brucepet alli Kuvashri illa", "BLR-06")
m("te", "name-locality", R, "Lakshmi Venkateshwara Stores Satyanarayanpet lo Brontisa ledu", "BLR-07")
m("te", "name-locality", R, "Sri Venkateswara Kirana Koneru Centre lo Kuvashri ledu", "MTM-01")
m("en", "name-locality", R, "Sri Venkateswara Kirana chilakalapudi has no Brontisa", "MTM-02")
m("tl", "name-locality", R, "Wala nang Kuvashri sa JR Minimart Poblacion 5 Midsayap", "MDS-03")
m("hil", "name-locality", R, "Wala na sing Brontisa sa JR Minimart Upper Glad", "MDS-08")
m("ceb", "name-locality", R, "Walay Kuvashri sa JR Minimart Lacaron", "MLT-04")
m("ceb", "name-locality", R, "Wala nay Brontisa sa JR Minimart Malita", "MLT-04")
m("en", "name-locality", R, "Thomas Provision Store vettipuram no Kuvashri", "PTA-07")
m("ml", "name-locality", R, "Thomas Bakery Central Junction il Brontisa illa", "PTA-02")

# ---- the name written otherwise: part of it, shortened, a native script, an owner's name or nickname ----
m("hi", "written-otherwise", R, "Jalaram Kirana Santram Road me Kuvashri nahi hai", "NAD-01")
m("en", "written-otherwise", R, "no Brontisa at Shreeji Mart nadiad", "NAD-06")
m("gu", "written-otherwise", R, "જલારામ કિરાણા સ્ટોર્સ માં Kuvashri નથી", "NAD-01")
m("gu", "written-otherwise", R, "અંબિકા જનરલ સ્ટોર્સ માં Brontisa નથી", "NAD-05")
m("kn", "written-otherwise", R, "ಹಂಪಿ ಸೂಪರ್ ಬಜಾರ್ ನಲ್ಲಿ Kuvashri ಇಲ್ಲ", "BLR-04")
m("kn", "written-otherwise", R, "Basaveshwara Kirana cowl bazaar alli Brontisa illa", "BLR-05")
m("te", "written-otherwise", R, "Durgamma Dept Store lo Kuvashri ledu", "BLR-08")
m("hi", "written-otherwise", R, "मिथिला ट्रेडर्स में Brontisa नहीं है", "PRN-09")
m("bn", "written-otherwise", R, "সোনালী জেনারেল স্টোর এ Kuvashri নেই", "PRN-06")
m("hi", "written-otherwise", R, "Agrawal ji ki dukan Bhatta Bazar me Brontisa khatam", "PRN-03")
m("te", "written-otherwise", R, "బందర్ సూపర్ మార్కెట్ లో Brontisa లేదు", "MTM-03")
m("te", "written-otherwise", R, "Ravi Teja Stores Eedepalli lo Kuvashri ledu", "MTM-04")
m("ml", "written-otherwise", R, "അയ്യപ്പ സൂപ്പർമാർക്കറ്റ് ഇൽ Kuvashri ഇല്ല", "PTA-03")
m("ml", "written-otherwise", R, "Pampa Provisions Vettipuram il Brontisa illa", "PTA-05")
m("tl", "written-otherwise", R, "Wala nang Kuvashri sa tindahan ni Aling Pacing sa Poblacion 1", "MDS-01")
m("tl", "written-otherwise", R, "Ubos na Brontisa kay Lola Dedeng Villarica", "MDS-05")
m("ceb", "written-otherwise", R, "Walay Kuvashri sa tindahan ni Tio Berto Tubalan", "MLT-05")
m("ceb", "written-otherwise", R, "Wala nay Brontisa kang Nanay Caring sa Poblacion", "MLT-01")
m("en", "written-otherwise", R, "Golden Harvest midsayap out of Kuvashri", "MDS-06")
m("en", "written-otherwise", R, "Krishna Provisions rajupeta no Brontisa milk", "MTM-07", sku=MK)
m("hi", "written-otherwise", R, "Shiv Shakti Kirana Madhubani me Kuvashri nahi", "PRN-02")
m("en", "written-otherwise", R, "Umiya Traders dabhan bhagol no brontisa", "NAD-08")

# ---- the device at one shop (within 40 m, none other within 60 m) and "here / this shop" ----
m("en", "device-one", R, "No Kuvashri here", "NAD-05", geo=near("NAD-05", 20))
m("gu", "device-one", R, "Aa dukan ma Brontisa nathi", "NAD-08", geo=near("NAD-08", 15, 10))
m("kn", "device-one", R, "Ee angadi alli Kuvashri illa", "BLR-03", geo=near("BLR-03", 25))
m("te", "device-one", R, "Ee shop lo Brontisa ledu", "MTM-04", geo=near("MTM-04", -20))
m("hi", "device-one", R, "Is dukan me Kuvashri nahi hai", "PRN-06", geo=near("PRN-06", 30))
m("ml", "device-one", R, "Ee kadayil Brontisa illa", "PTA-05", geo=near("PTA-05", -25, -30))
m("tl", "device-one", R, "Wala nang Kuvashri dito", "MDS-02", geo=near("MDS-02", -30))
m("ceb", "device-one", R, "Walay Brontisa diri", "MLT-08", geo=near("MLT-08", 15))
m("en", "device-one", R, "this shop has no Brontisa again", "BLR-08", geo=near("BLR-08", 10, 20))
m("bn", "device-one", R, "ei dokane Kuvashri nei", "PRN-09", geo=near("PRN-09", 0, 25))

# ---- no outlet: a shop kind alone, with a locality or the city (even where the locality has one such shop) ----
m("en", "kind-only", R, "the medical store in Line Bazar has no Brontisa", None, "Purnia", "Line Bazar")
m("hi", "kind-only", R, "Line Bazar ke medical store me Kuvashri nahi hai", None, "Purnia", "Line Bazar")
m("hi", "kind-only", R, "Madhubani ki kirana dukan me Brontisa khatam", None, "Purnia", "Madhubani")
m("gu", "kind-only", R, "Santram Road ni dairy ma Kuvashri nathi", None, "Nadiad", "Santram Road")
m("en", "kind-only", R, "kirana shops in Cowl Bazaar have no Brontisa", None, "Bellary", "Cowl Bazaar")
m("kn", "kind-only", R, "Gandhinagar medical shop alli Kuvashri illa", None, "Bellary", "Gandhinagar")
m("te", "kind-only", R, "Rajupeta medical shop lo Brontisa ledu", None, "Machilipatnam", "Rajupeta")
m("ml", "kind-only", R, "Central Junction bakery il Kuvashri illa", None, "Pathanamthitta", "Central Junction")
m("en", "kind-only", R, "the supermarket at Kumbazha is out of Brontisa", None, "Pathanamthitta", "Kumbazha")
m("tl", "kind-only", R, "Wala nang Kuvashri sa sari-sari store sa Poblacion 1", None, "Midsayap", "Poblacion 1")
m("ceb", "kind-only", R, "Walay Brontisa sa pharmacy sa Poblacion Malita", None, "Malita", "Poblacion")
m("ceb", "kind-only", R, "Wala nay Kuvashri sa bakeshop sa Tubalan", None, "Malita", "Tubalan")
m("hil", "kind-only", R, "Wala na sing Brontisa sa grocery sa Poblacion 5", None, "Midsayap", "Poblacion 5")
m("en", "kind-only", R, "no Kuvashri at the dairy parlour nadiad", None, "Nadiad")
m("hi", "kind-only", R, "Purnia ke medical store me Brontisa nahi mila", None, "Purnia")
m("te", "kind-only", R, "Machilipatnam kirana kottu lo Kuvashri ledu", None, "Machilipatnam")
m("bn", "kind-only", R, "Purnia r mudir dokane Brontisa nei", None, "Purnia")
m("ml", "kind-only", R, "Pathanamthitta medical shop il Kuvashri kittunnilla", None, "Pathanamthitta")
m("tl", "kind-only", R, "Wala nang Brontisa sa mga sari-sari store dito sa Midsayap", None, "Midsayap")
m("ceb", "kind-only", R, "Walay Kuvashri sa minimart diri sa Malita", None, "Malita")
m("gu", "kind-only", R, "Nadiad ma medical store ma Brontisa nathi", None, "Nadiad")
m("kn", "kind-only", R, "Bellary departmental store alli Brontisa illa", None, "Bellary")
m("en", "kind-only", R, "super market in Bhatta Bazar out of Kuvashri", None, "Purnia", "Bhatta Bazar")
m("en", "kind-only", R, "provision store on Pij Road nadiad has no Brontisa", None, "Nadiad", "Pij Road")
m("hi", "kind-only", R, "Khazanchi Hat wale traders ke paas Kuvashri nahi", None, "Purnia", "Khazanchi Hat")

# ---- no outlet: a locality alone ----
m("en", "locality-only", R, "No Kuvashri anywhere in Santram Road", None, "Nadiad", "Santram Road")
m("gu", "locality-only", R, "College Road ma kyay Brontisa nathi", None, "Nadiad", "College Road")
m("kn", "locality-only", R, "Brucepet alli yellu Kuvashri illa", None, "Bellary", "Brucepet")
m("en", "locality-only", R, "Moka Road bellary no Brontisa anywhere", None, "Bellary", "Moka Road")
m("hi", "locality-only", R, "Gulabbagh me kahin Kuvashri nahi mil raha", None, "Purnia", "Gulabbagh")
m("te", "locality-only", R, "Eedepalli lo ekkada Brontisa ledu", None, "Machilipatnam", "Eedepalli")
m("te", "locality-only", R, "Koneru Centre lo Kuvashri dorakadam ledu", None, "Machilipatnam", "Koneru Centre")
m("ml", "locality-only", R, "Makkamkunnu il evideyum Brontisa illa", None, "Pathanamthitta", "Makkamkunnu")
m("tl", "locality-only", R, "Wala nang Kuvashri sa Villarica", None, "Midsayap", "Villarica")
m("ceb", "locality-only", R, "Walay Brontisa bisan asa sa Lacaron", None, "Malita", "Lacaron")
m("ceb", "locality-only", R, "Wala nay Kuvashri sa Culaman", None, "Malita", "Culaman")
m("hil", "locality-only", R, "Wala na sing Kuvashri sa Upper Glad", None, "Midsayap", "Upper Glad")
m("en", "locality-only", R, "Vettipuram shops out of Brontisa", None, "Pathanamthitta", "Vettipuram")
m("en", "locality-only", R, "Mission Road nadiad no Kuvashri", None, "Nadiad", "Mission Road")
m("bn", "locality-only", R, "Line Bazar e kothao Brontisa nei", None, "Purnia", "Line Bazar")

# ---- no outlet: one word that several names share, or a common word of a name ----
m("en", "shared-word", R, "no Kuvashri at Ganesh in bellary", None, "Bellary")
m("kn", "shared-word", R, "Ganesh angadi alli Brontisa illa", None, None)
m("ml", "shared-word", R, "Thomas kadayil Kuvashri illa", None, "Pathanamthitta")
m("en", "shared-word", R, "Ayyappa pathanamthitta out of Brontisa", None, "Pathanamthitta")
m("ceb", "shared-word", R, "Walay Kuvashri sa Bebs Malita", None, "Malita")
m("gu", "shared-word", R, "Jalaram ma Brontisa nathi, Nadiad", None, "Nadiad")
m("en", "shared-word", R, "Sri store bellary no Brontisa", None, "Bellary")
m("te", "shared-word", R, "Sri Venkateswara lo Kuvashri ledu", None, "Machilipatnam")
m("en", "shared-word", R, "the General Stores in nadiad has no Brontisa", None, "Nadiad")
m("en", "shared-word", R, "Super Market purnia out of Kuvashri", None, "Purnia")
m("tl", "shared-word", R, "Wala nang Brontisa sa Store ni Mang sa Midsayap", None, "Midsayap")
m("en", "shared-word", R, "Provision Store machilipatnam has no Brontisa", None, "Machilipatnam")
m("hi", "shared-word", R, "Kali mandir ke paas wali dukan Purnia me Kuvashri nahi", None, "Purnia")

# ---- no outlet: a name two outlets carry, the locality not named ----
m("gu", "two-candidates", R, "Patel Provision Store Nadiad ma Kuvashri nathi", None, "Nadiad")
m("en", "two-candidates", R, "Patel Provision Store out of Brontisa", None, "Nadiad")
m("kn", "two-candidates", R, "Lakshmi Venkateshwara Stores alli Brontisa illa", None, "Bellary")
m("en", "two-candidates", R, "Lakshmi Venkateshwara Stores bellary no Kuvashri", None, "Bellary")
m("te", "two-candidates", R, "Sri Venkateswara Kirana Machilipatnam lo Brontisa ledu", None, "Machilipatnam")
m("tl", "two-candidates", R, "Wala nang Kuvashri sa JR Minimart Midsayap", None, "Midsayap")
m("ceb", "two-candidates", R, "Walay Brontisa sa JR Minimart", None, None)
m("en", "two-candidates", R, "JR Minimart out of Kuvashri", None, None)
m("en", "two-candidates", R, "Thomas Stores pathanamthitta no Brontisa", None, "Pathanamthitta")

# ---- no outlet: the device near two shops, or not near enough ----
m("en", "device-two", R, "No Brontisa here", None, "Nadiad", "Santram Road", geo=near("NAD-01", 15, 10))
m("kn", "device-two", R, "Ee angadi alli Kuvashri illa", None, "Bellary", "Cowl Bazaar", geo=near("BLR-01", 15))
m("hi", "device-two", R, "Is dukan me Brontisa nahi hai", None, "Purnia", "Line Bazar", geo=near("PRN-01", 10))
m("te", "device-two", R, "Ee shop lo Kuvashri ledu", None, "Machilipatnam", "Koneru Centre", geo=near("MTM-01", 15, 10))
m("ml", "device-two", R, "Ee kadayil Brontisa illa", None, "Pathanamthitta", "Kumbazha", geo=near("PTA-01", 20))
m("tl", "device-two", R, "Wala nang Kuvashri dito", None, "Midsayap", "Poblacion 1", geo=near("MDS-01", 20))
m("ceb", "device-two", R, "Walay Brontisa diri", None, "Malita", "Poblacion", geo=near("MLT-01", -25, -20))
m("en", "device-far", R, "this shop has no Kuvashri", None, "Bellary", None, geo=near("BLR-04", 150, 120))
m("gu", "device-far", R, "Aa dukan ma Kuvashri nathi", None, "Nadiad", None, geo=near("NAD-06", 200))
m("ceb", "device-far", R, "Walay Kuvashri diri", None, "Malita", None, geo=near("MLT-05", -120, -90))
m("hi", "device-two", R, "Yahan Brontisa nahi hai", None, "Bellary", "Brucepet", geo=near("BLR-06", 20, 20))
m("tl", "device-two", R, "Wala nang Brontisa dito", None, "Midsayap", "Villarica", geo=near("MDS-02", 20, 10))

# ---- no city at all, a name unique in the registry ----
m("en", "no-city", R, "Navrang Dairy Parlour has no Kuvashri", "NAD-07")
m("en", "no-city", R, "Durgamma Departmental Store out of Brontisa", "BLR-08")
m("bn", "no-city", R, "Maa Kali Bhandar e Brontisa nei", "PRN-01")
m("te", "no-city", R, "Sai Ram Medicals lo Kuvashri ledu", "MTM-05")
m("ml", "no-city", R, "Mathew Medicals il Brontisa illa", "PTA-04")
m("ceb", "no-city", R, "Walay Brontisa sa Bebs Sari-Sari Store", "MLT-02")
m("ceb", "no-city", R, "Wala nay Kuvashri sa Bebs Bakeshop", "MLT-07")
m("tl", "no-city", R, "Wala nang Brontisa sa Aling Pacing Sari-Sari Store", "MDS-01")

# ---- non-reports in the same places ----
m("en", "neg-found", N, "Got Kuvashri at Jalaram Kirana Stores nadiad today")
m("gu", "neg-found", N, "Ambika General Stores ma Brontisa male che")
m("kn", "neg-found", N, "Vijaya Provisions alli Kuvashri sikktu")
m("te", "neg-found", N, "Bandar Super Market lo Brontisa dorikindi")
m("hi", "neg-found", N, "Line Bazar ke medical store me Kuvashri mil gaya")
m("ml", "neg-found", N, "Ayyappa Supermarket il Brontisa kitti")
m("tl", "neg-found", N, "May Kuvashri na sa JR Minimart Poblacion 5")
m("ceb", "neg-found", N, "Naa nay Brontisa sa Bebs Sari-Sari Store")
m("hil", "neg-found", N, "May ara na sing Kuvashri sa Ilonggo Mart")
m("bn", "neg-found", N, "Sonali General Store e Brontisa pelam")
m("en", "neg-found", N, "Kuvashri back in stock here", geo=near("NAD-05", 20))
m("en", "neg-found", N, "plenty of Brontisa at the medical store in Rajupeta")
m("en", "neg-question", N, "does Sri Ganesh Stores bellary have Kuvashri?")
m("hi", "neg-question", N, "Purnia me Brontisa kahan milega?")
m("gu", "neg-question", N, "Patel Provision Store ma Kuvashri che?")
m("te", "neg-question", N, "Sri Venkateswara Kirana lo Brontisa undha?")
m("ml", "neg-question", N, "Thomas Bakery il Kuvashri undo?")
m("tl", "neg-question", N, "May Brontisa ba sa sari-sari store sa Poblacion 1?")
m("ceb", "neg-question", N, "Naa bay Kuvashri sa JR Minimart Lacaron?")
m("kn", "neg-question", N, "Lakshmi Venkateshwara Stores alli Brontisa ideya?")
m("en", "neg-other-brand", N, "No Parle-G at Kumar Medical Hall, Brontisa is there though")
m("hi", "neg-other-brand", N, "Maa Kali Bhandar me Tata Tea khatam, Kuvashri hai")
m("ceb", "neg-other-brand", N, "Walay Nescafe sa Davao Gulf Minimart pero naa Kuvashri")
m("te", "neg-other-brand", N, "Ravi Teja General Stores lo Britannia ledu, Brontisa undi")
m("gu", "neg-other-brand", N, "Shreeji Super Mart ma Wagh Bakri nathi, Kuvashri che")
m("ml", "neg-other-brand", N, "Mathew Medicals il Horlicks illa, Brontisa undu")
m("en", "neg-past", N, "Last year Hampi Super Bazaar had no Kuvashri for weeks, fine now")
m("hi", "neg-past", N, "pichhle mahine Jha Medical Store me Brontisa nahi tha, ab hai")
m("tl", "neg-past", N, "Dati walang Kuvashri sa Mang Isko Store, ngayon meron na")
m("en", "neg-irrealis", N, "Annapurna Stores might run out of Brontisa by Sunday")
m("kn", "neg-irrealis", N, "Durgamma Departmental Store alli Kuvashri mugiyabahudu")
m("en", "neg-negation", N, "Galvez Pharmacy is NOT out of Brontisa, plenty left")
m("hi", "neg-negation", N, "Agrawal Provision Store me Kuvashri khatam nahi hua")
m("en", "neg-repost", N, "RT @nadiad_news: no Kuvashri at Umiya Traders")
m("en", "neg-praise", N, "Nothing beats Brontisa from St. Mary's Stores")
m("en", "neg-advert", N, "Kuvashri now available at Mangalagiri Traders Eedepalli, call now")
m("ceb", "neg-found", N, "Nakapalit ko ug Brontisa sa tindahan ni Tio Berto")
m("hi", "neg-found", N, "Madhubani ki kirana dukan me Kuvashri aa gaya")
m("te", "neg-found", N, "Koneru Centre lo Brontisa dorikindi")
m("en", "neg-found", N, "Brontisa restocked at the sari-sari store in Villarica")
m("en", "neg-question", N, "any shop in Cowl Bazaar with Kuvashri?")
m("ml", "neg-found", N, "Central Junction bakery il Brontisa kitti")
m("gu", "neg-found", N, "Aa dukan ma Kuvashri male che", geo=near("NAD-08", 15))
m("hil", "neg-question", N, "May Brontisa bala sa JR Minimart Upper Glad?")

# ---- more of the same classes ----
m("hi", "kind-only", R, "Bhatta Bazar ke provision store me Brontisa nahi", None, "Purnia", "Bhatta Bazar")
m("te", "kind-only", R, "Chilakalapudi kirana lo Brontisa ledu", None, "Machilipatnam", "Chilakalapudi")
m("ml", "kind-only", R, "Vettipuram provision store il Kuvashri illa", None, "Pathanamthitta", "Vettipuram")
m("ceb", "kind-only", R, "Walay Kuvashri sa sari-sari sa Lacaron", None, "Malita", "Lacaron")
m("en", "kind-only", R, "the pharmacy near Poblacion 1 midsayap ran out of Brontisa", None, "Midsayap", "Poblacion 1")
m("kn", "locality-only", R, "Parvathi Nagar alli Brontisa sigtilla", None, "Bellary", "Parvathi Nagar")
m("gu", "locality-only", R, "Station Road Nadiad par Kuvashri nathi", None, "Nadiad", "Station Road")
m("en", "written-otherwise", R, "Hampi Bazaar bellary has no Kuvashri", "BLR-04")
m("hi", "written-otherwise", R, "Jha Medical Line Bazar me Kuvashri khatam", "PRN-04")
m("en", "neg-found", N, "the kirana in Cowl Bazaar has Brontisa again")
m("tl", "neg-found", N, "May Brontisa na dito", geo=near("MDS-01", 20))
m("kn", "neg-found", N, "Ganesh Medicals alli Brontisa sikktu")
m("bn", "neg-question", N, "Line Bazar e Kuvashri kothay pabo?")

CATALOG = {"brands": [
 {"brand": "Kuvashri", "aliases": ["kuvashri", "#kuvashri"],
  "category_words": ["tea", "chai"],
  "products": [
   {"sku": MS, "name": "Kuvashri Masala Tea 250 g", "aliases": []},
   {"sku": EL, "name": "Kuvashri Elaichi Tea 250 g", "aliases": []}]},
 {"brand": "Brontisa", "aliases": ["brontisa", "#brontisa"],
  "category_words": ["biscuit", "biscuits", "cookies"],
  "products": [
   {"sku": CH, "name": "Brontisa Choco Biscuit 100 g", "aliases": []},
   {"sku": MK, "name": "Brontisa Milk Biscuit 100 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "p18-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-p18%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 11 + i},
                             "text": text, "lang": None,
                             "geo": {"lat": geo[0], "lon": geo[1]} if geo else None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
rep = [x for x in M if x[2]]
print(len(M), "mentions,", len(rep), "reports,", sum(1 for x in rep if not x[4]), "without outlet,", len(count), "languages")
