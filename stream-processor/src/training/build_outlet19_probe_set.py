# Writes the "outlet19-probe" labelled set (session 19: which outlet, and when to name none). The labels name an
# outlet only when the post identifies exactly one registry outlet: a name unique in the city, a name and a locality,
# an owner's name or nickname and a locality that fit one outlet, or "here/this shop" with the device within 40 m of it
# and no other outlet within 60 m. Otherwise the label has no outlet, the city (the text's; else the device's; else the
# profile's) and the locality when the text names it. Without an outlet: a shop kind alone, a locality alone, one word
# several names share (a family name, a god's name), the owner's name without a locality, a word of a locality that is
# also a word of a name, a common word one letter from a short name, a name two outlets of a city carry, and a name
# carried in two cities when only the author's profile says which city (the profile is where the author lives, not
# which shop the post means). Two invented brands (Zelvora, a fruit drink; Tamrisk, a cracker); outlets in Vidisha,
# Valsad, Medinipur, Dharwad, Ponnani, Anakapalle, Arakkonam and Kabacan (no other readable set uses them), 9-11 each.
# Written before any rule of session 19 changed, from the writer's knowledge of how people write (not from the
# project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_outlet19_probe_set.py stream-processor/src/test/resources/labelled/outlet19-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "VDS": ("Vidisha", "Madhya Pradesh", "India", "464001"),
 "VLS": ("Valsad", "Gujarat", "India", "396001"),
 "MDN": ("Medinipur", "West Bengal", "India", "721101"),
 "DWD": ("Dharwad", "Karnataka", "India", "580001"),
 "PON": ("Ponnani", "Kerala", "India", "679577"),
 "AKP": ("Anakapalle", "Andhra Pradesh", "India", "531001"),
 "ARK": ("Arakkonam", "Tamil Nadu", "India", "631001"),
 "KBC": ("Kabacan", "Cotabato", "Philippines", None),
}
# (id, name, locality, lat, lon, landmark of the address or None)
SHOPS = [
 ("VDS-01", "Sharma Kirana Stores", "Sanchi Road", 23.52500, 77.80600, "Opp. Bus Stand"),
 ("VDS-02", "Sharma Kirana Stores", "Bajrang Colony", 23.53400, 77.81500, None),
 ("VDS-03", "Shri Ram Medical", "Sanchi Road", 23.52600, 77.80800, None),
 ("VDS-04", "Ram Bharose General Store", "Madhavganj", 23.52000, 77.81200, None),
 ("VDS-05", "Betwa Traders", "Bajrang Colony", 23.53500, 77.81650, None),
 ("VDS-06", "Jain Super Bazar", "Tilak Chowk", 23.51800, 77.80100, None),
 ("VDS-07", "Jain Dairy", "Madhavganj", 23.52100, 77.81350, None),
 ("VDS-08", "Nayak Provision Store", "Tilak Chowk", 23.51700, 77.80000, None),
 ("VDS-09", "Gandhi Medicals", "Station Road", 23.52900, 77.79800, None),
 ("VDS-10", "Annapurna Kirana", "Gandhi Nagar", 23.54000, 77.80300, None),
 ("VDS-11", "Mahavir Traders", "Tilak Chowk", 23.51830, 77.80100, None),
 ("VLS-01", "Patel Provision Store", "Tithal Road", 20.61000, 72.92000, None),
 ("VLS-02", "Khodiyar Kirana", "Halar Road", 20.60500, 72.93000, None),
 ("VLS-03", "Khodiyar Medical Store", "Tithal Road", 20.61100, 72.92150, None),
 ("VLS-04", "Desai General Stores", "Abrama", 20.62000, 72.94000, None),
 ("VLS-05", "Jalaram Stores", "Halar Road", 20.60540, 72.93000, None),
 ("VLS-06", "Sagar Super Market", "Dharampur Road", 20.61500, 72.95000, None),
 ("VLS-07", "Mahavir Traders", "Abrama", 20.62100, 72.94150, None),
 ("VLS-08", "Patel Provision Store", "Dharampur Road", 20.61650, 72.95150, "Opp. Civil Hospital"),
 ("VLS-09", "Dhanlaxmi Dairy", "Tithal Road", 20.60900, 72.91850, None),
 ("VLS-10", "Jain Super Bazar", "Halar Road", 20.60400, 72.92850, None),
 ("MDN-01", "Maa Tara Bhandar", "Rangamati", 22.42400, 87.31900, None),
 ("MDN-02", "Maa Durga Stores", "Keranitola", 22.42000, 87.32500, None),
 ("MDN-03", "Ghosh Medical Hall", "Keranitola", 22.42100, 87.32650, None),
 ("MDN-04", "Ghosh Bhandar", "Bidyasagar Pally", 22.43000, 87.31000, None),
 ("MDN-05", "Annapurna Stores", "Rangamati", 22.42550, 87.32050, None),
 ("MDN-06", "Sarkar Variety Stores", "Collectorate More", 22.41500, 87.31500, None),
 ("MDN-07", "Loknath Stores", "Bidyasagar Pally", 22.43150, 87.31150, None),
 ("MDN-08", "Maa Tara Bhandar", "Station Road", 22.41000, 87.33000, "Near Rail Gate"),
 ("MDN-09", "New Bengal Super Market", "Collectorate More", 22.41540, 87.31530, None),
 ("DWD-01", "Sri Sai Stores", "Saptapur", 15.46000, 75.00800, None),
 ("DWD-02", "Basaveshwar Kirana", "Malmaddi", 15.45000, 75.01500, None),
 ("DWD-03", "Basaveshwar Medicals", "Subhash Road", 15.45500, 75.02000, None),
 ("DWD-04", "Kulkarni Provision Stores", "Saptapur", 15.46150, 75.00950, None),
 ("DWD-05", "Navodaya Super Market", "Jubilee Circle", 15.45800, 75.01200, None),
 ("DWD-06", "Sri Sai Stores", "Malmaddi", 15.44850, 75.01650, "Near KCD College"),
 ("DWD-07", "Hegde General Stores", "Kamalapur", 15.47000, 75.00000, None),
 ("DWD-08", "Durga Dairy", "Jubilee Circle", 15.45950, 75.01350, None),
 ("DWD-09", "Mahalaxmi Traders", "Subhash Road", 15.45650, 75.02150, None),
 ("PON-01", "Thangal Stores", "Chamravattom", 10.76700, 75.92500, None),
 ("PON-02", "Ameen Supermarket", "Kundukadavu", 10.77500, 75.93000, None),
 ("PON-03", "Ameen Bakery", "Chamravattom", 10.76850, 75.92650, None),
 ("PON-04", "Fathima Provision Store", "Puthuponnani", 10.78000, 75.92000, None),
 ("PON-05", "Kerala Stores", "Kundukadavu", 10.77650, 75.93150, None),
 ("PON-06", "Fathima Provision Store", "Edappal Road", 10.76000, 75.93500, "Near Juma Masjid"),
 ("PON-07", "Al Noor Hypermarket", "Edappal Road", 10.76030, 75.93530, None),
 ("PON-08", "Sea View Bakery", "Puthuponnani", 10.78150, 75.92150, None),
 ("PON-09", "Annapurna Stores", "Kundukadavu", 10.77350, 75.92850, None),
 ("AKP-01", "Sri Sai Stores", "Gavarapalem", 17.69100, 83.00400, None),
 ("AKP-02", "Venkata Ramana Kirana", "Main Road", 17.68500, 83.01000, None),
 ("AKP-03", "Venkata Lakshmi General Stores", "Gavarapalem", 17.69250, 83.00550, None),
 ("AKP-04", "Nookalamma Traders", "Satyanarayanapuram", 17.70000, 83.00000, None),
 ("AKP-05", "Durga Medicals", "Main Road", 17.68650, 83.01150, None),
 ("AKP-06", "Venkata Ramana Kirana", "Kothuru", 17.68000, 82.99500, "Near Sugar Factory"),
 ("AKP-07", "Rama Krishna Super Market", "Kothuru", 17.67850, 82.99350, None),
 ("AKP-08", "Nookalamma Dairy", "Main Road", 17.68400, 83.00850, None),
 ("AKP-09", "Raju Provisions", "Satyanarayanapuram", 17.70150, 83.00150, None),
 ("ARK-01", "Murugan Stores", "Gandhi Road", 13.08300, 79.67000, None),
 ("ARK-02", "Sri Murugan Medicals", "Old Bazaar", 13.08000, 79.67500, None),
 ("ARK-03", "Selvam Provision Store", "Jothi Nagar", 13.09000, 79.66000, None),
 ("ARK-04", "Anbu Supermarket", "Old Bazaar", 13.08150, 79.67650, None),
 ("ARK-05", "Selvam Provision Store", "Gandhi Road", 13.08450, 79.67150, "Near Bus Stand"),
 ("ARK-06", "Lakshmi Bakery", "Jothi Nagar", 13.09150, 79.66150, None),
 ("ARK-07", "Kannan Traders", "Railway Colony", 13.07500, 79.68000, None),
 ("ARK-08", "Sri Sai Stores", "Railway Colony", 13.07650, 79.68150, None),
 ("ARK-09", "Thirumalai Dairy", "Old Bazaar", 13.07900, 79.67350, None),
 ("ARK-10", "Jothi Stores", "Railway Colony", 13.07350, 79.67850, None),
 ("KBC-01", "Aling Nena Sari-Sari Store", "Poblacion", 7.10600, 124.82900, None),
 ("KBC-02", "Nena's Bakeshop", "Katidtuan", 7.11500, 124.83500, None),
 ("KBC-03", "Dela Cruz Minimart", "Poblacion", 7.10750, 124.83050, None),
 ("KBC-04", "Dela Cruz Pharmacy", "Osias", 7.09500, 124.82000, None),
 ("KBC-05", "Mang Carlos Store", "Osias", 7.09650, 124.82150, None),
 ("KBC-06", "Golden Grains Grocery", "Katidtuan", 7.11650, 124.83650, None),
 ("KBC-07", "RJ Minimart", "Poblacion", 7.10450, 124.82750, None),
 ("KBC-08", "RJ Minimart", "Kayaga", 7.12500, 124.84500, None),
 ("KBC-09", "Lim Store", "Kayaga", 7.12650, 124.84650, None),
]
O = {s[0]: s for s in SHOPS}
MG, GV, SL, MS = "ZLV-MNG-200", "ZLV-GUA-200", "TMR-SLT-075", "TMR-MSL-075"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, geo=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile, geo))
def near(oid, dn, de=0.0):
    """A device dn metres north and de metres east of an outlet."""
    lat, lon = O[oid][3], O[oid][4]
    return (round(lat + dn / 111320.0, 6), round(lon + de / 110000.0, 6))

# ---- one outlet: a name unique in the city (or the registry), written whole ----
m("hi", "unique-name", R, "Betwa Traders Vidisha me Zelvora nahi hai", "VDS-05", profile="Vidisha, MP")
m("hi", "unique-name", R, "Jain Dairy pe Zelvora khatam ho gaya", "VDS-07", profile="Vidisha")
m("en", "unique-name", R, "Nayak Provision Store vidisha out of Tamrisk since monday", "VDS-08")
m("hi", "unique-name", R, "Ram Bharose General Store me Tamrisk nahi mila aaj", "VDS-04", profile="Bhopal")
m("en", "unique-name", R, "Gandhi Medicals has no Zelvora mango", "VDS-09", profile="Vidisha 🇮🇳", sku=MG)
m("gu", "unique-name", R, "Desai General Stores ma Zelvora nathi", "VLS-04", profile="Valsad, Gujarat")
m("gu", "unique-name", R, "Sagar Super Market Valsad ma Tamrisk khalas", "VLS-06")
m("gu", "unique-name", R, "Dhanlaxmi Dairy ma Zelvora malti nathi", "VLS-09", profile="Valsad")
m("en", "unique-name", R, "Jalaram Stores valsad no Tamrisk masala", "VLS-05", sku=MS, profile="Surat")
m("bn", "unique-name", R, "Maa Durga Stores e Zelvora nei", "MDN-02", profile="Medinipur")
m("bn", "unique-name", R, "Ghosh Medical Hall Medinipur e Tamrisk pawa jacche na", "MDN-03")
m("bn", "unique-name", R, "Sarkar Variety Stores e Zelvora sesh", "MDN-06", profile="Midnapore, WB")
m("en", "unique-name", R, "Loknath Stores medinipur has no Tamrisk", "MDN-07", profile="Kolkata")
m("bn", "unique-name", R, "New Bengal Super Market e Zelvora guava nei", "MDN-09", sku=GV, profile="Medinipur")
m("kn", "unique-name", R, "Kulkarni Provision Stores alli Zelvora illa", "DWD-04", profile="Dharwad")
m("kn", "unique-name", R, "Navodaya Super Market Dharwad alli Tamrisk sigtilla", "DWD-05")
m("en", "unique-name", R, "Hegde General Stores dharwad out of Zelvora", "DWD-07", profile="Hubli-Dharwad")
m("kn", "unique-name", R, "Mahalaxmi Traders nalli Tamrisk illa", "DWD-09", profile="Dharwad, Karnataka")
m("ml", "unique-name", R, "Thangal Stores il Zelvora illa", "PON-01", profile="Ponnani")
m("ml", "unique-name", R, "Kerala Stores Ponnani il Tamrisk kittunnilla", "PON-05")
m("en", "unique-name", R, "Al Noor Hypermarket ponnani has no Zelvora", "PON-07", profile="Malappuram")
m("ml", "unique-name", R, "Sea View Bakery il Tamrisk theernnu", "PON-08", profile="Ponnani, Kerala")
m("te", "unique-name", R, "Nookalamma Traders lo Zelvora ledu", "AKP-04", profile="Anakapalle")
m("te", "unique-name", R, "Rama Krishna Super Market Anakapalle lo Tamrisk ledu", "AKP-07")
m("te", "unique-name", R, "Raju Provisions lo Zelvora dorakatledu", "AKP-09", profile="Vizag")
m("ta", "unique-name", R, "Anbu Supermarket la Zelvora illa", "ARK-04", profile="Arakkonam")
m("ta", "unique-name", R, "Kannan Traders Arakkonam la Tamrisk stock illa", "ARK-07")
m("en", "unique-name", R, "Thirumalai Dairy arakkonam no Zelvora", "ARK-09", profile="Chennai")
m("tl", "unique-name", R, "Wala nang Zelvora sa Golden Grains Grocery", "KBC-06", profile="Kabacan, Cotabato")
m("ceb", "unique-name", R, "Walay Tamrisk sa Lim Store Kabacan", "KBC-09")
m("tl", "unique-name", R, "Ubos na ang Zelvora sa Mang Carlos Store", "KBC-05", profile="Kabacan")
m("ceb", "unique-name", R, "Wala nay Tamrisk sa Nena's Bakeshop", "KBC-02", profile="Davao City")

# ---- a name two outlets of a city carry, told apart by the locality ----
m("hi", "name-locality", R, "Sharma Kirana Stores Sanchi Road me Zelvora nahi", "VDS-01", profile="Vidisha")
m("en", "name-locality", R, "Sharma Kirana Stores bajrang colony out of Tamrisk", "VDS-02")
m("gu", "name-locality", R, "Patel Provision Store Tithal Road ma Zelvora nathi", "VLS-01", profile="Valsad")
m("en", "name-locality", R, "patel provision store dharampur road valsad no Tamrisk", "VLS-08")
m("bn", "name-locality", R, "Maa Tara Bhandar Rangamati te Zelvora nei", "MDN-01", profile="Medinipur")
m("bn", "name-locality", R, "Station Road er Maa Tara Bhandar e Tamrisk nei", "MDN-08")
m("kn", "name-locality", R, "Sri Sai Stores Saptapur alli Zelvora illa", "DWD-01", profile="Dharwad")
m("en", "name-locality", R, "Sri Sai Stores malmaddi dharwad out of Tamrisk", "DWD-06")
m("ml", "name-locality", R, "Fathima Provision Store Puthuponnani il Zelvora illa", "PON-04")
m("ml", "name-locality", R, "Edappal Road Fathima Provision Store il Tamrisk illa", "PON-06", profile="Ponnani")
m("te", "name-locality", R, "Venkata Ramana Kirana Main Road lo Zelvora ledu", "AKP-02", profile="Anakapalle")
m("te", "name-locality", R, "Kothuru Venkata Ramana Kirana lo Tamrisk ledu", "AKP-06")
m("ta", "name-locality", R, "Selvam Provision Store Jothi Nagar la Zelvora illa", "ARK-03")
m("ta", "name-locality", R, "Gandhi Road Selvam Provision Store la Tamrisk illa", "ARK-05", profile="Arakkonam")
m("tl", "name-locality", R, "Wala nang Zelvora sa RJ Minimart Poblacion", "KBC-07", profile="Kabacan")
m("ceb", "name-locality", R, "Walay Tamrisk sa RJ Minimart Kayaga", "KBC-08")

# ---- a name carried in two cities, the city written ----
m("hi", "two-cities-city-named", R, "Mahavir Traders Vidisha me Zelvora nahi hai", "VDS-11", profile="Valsad")
m("gu", "two-cities-city-named", R, "Mahavir Traders Valsad ma Tamrisk nathi", "VLS-07")
m("en", "two-cities-city-named", R, "Annapurna Stores ponnani out of Zelvora", "PON-09", profile="Medinipur")
m("bn", "two-cities-city-named", R, "Annapurna Stores Medinipur e Tamrisk nei", "MDN-05")
m("te", "two-cities-city-named", R, "Sri Sai Stores Anakapalle lo Zelvora ledu", "AKP-01", profile="Dharwad")
m("ta", "two-cities-city-named", R, "Sri Sai Stores Arakkonam la Tamrisk illa", "ARK-08")
m("gu", "two-cities-city-named", R, "Jain Super Bazar Valsad ma Zelvora nathi", "VLS-10", profile="Vidisha")
m("hi", "two-cities-city-named", R, "Vidisha ke Jain Super Bazar me Tamrisk khatam", "VDS-06")

# ---- the name written otherwise: its proper words without the kind words, initials, a script, owner + locality ----
m("hi", "name-otherwise", R, "Betwa wale ke yahan Zelvora nahi hai, Vidisha", "VDS-05")
m("en", "name-otherwise", R, "Navodaya super out of Tamrisk", "DWD-05", profile="Dharwad")
m("te", "name-otherwise", R, "RK Super Market lo Zelvora ledu", "AKP-07", profile="Anakapalle")
m("en", "name-otherwise", R, "VR Kirana kothuru out of Tamrisk", "AKP-06")
m("kn", "name-otherwise", R, "ಬಸವೇಶ್ವರ ಕಿರಾಣಿ ಅಂಗಡಿಯಲ್ಲಿ Zelvora ಇಲ್ಲ", "DWD-02", profile="Dharwad")
m("bn", "name-otherwise", R, "লোকনাথ স্টোর্সে Tamrisk নেই", "MDN-07", profile="Medinipur")
m("ta", "name-otherwise", R, "முருகன் ஸ்டோர்ஸ் அரக்கோணம் Zelvora இல்லை", "ARK-01")
m("te", "name-otherwise", R, "నూకాలమ్మ ట్రేడర్స్ లో Tamrisk లేదు", "AKP-04", profile="Anakapalle")
m("gu", "name-otherwise", R, "ખોડિયાર કિરાણા માં Zelvora નથી", "VLS-02", profile="Valsad")
m("ml", "name-otherwise", R, "തങ്ങൾ സ്റ്റോഴ്സിൽ Tamrisk ഇല്ല", "PON-01", profile="Ponnani")
m("hi", "name-otherwise", R, "Bajrang Colony wale Sharma ji ki dukan pe Zelvora nahi", "VDS-02")
m("bn", "name-otherwise", R, "Bidyasagar Pally te Ghosh babur dokane Tamrisk nei", "MDN-04")
m("tl", "name-otherwise", R, "Wala nang Zelvora sa tindahan ni Aling Nena sa Poblacion", "KBC-01", profile="Kabacan")
m("kn", "name-otherwise", R, "Kamalapur Hegde avara angadi alli Tamrisk illa", "DWD-07")
m("en", "name-otherwise", R, "Dhanlaxmi out of Zelvora guava again", "VLS-09", sku=GV, profile="Valsad")
m("ml", "name-otherwise", R, "Al Noor il Zelvora illa", "PON-07", profile="Ponnani")

# ---- two shops of one name in one city, told apart by a landmark of the address ----
m("hi", "landmark", R, "Bus stand ke samne wale Sharma Kirana Stores me Zelvora nahi", "VDS-01", profile="Vidisha")
m("en", "landmark", R, "Patel Provision Store opposite civil hospital has no Tamrisk", "VLS-08", profile="Valsad")
m("kn", "landmark", R, "KCD college hatra Sri Sai Stores alli Zelvora illa", "DWD-06", profile="Dharwad")
m("ml", "landmark", R, "Juma Masjid nte aduthulla Fathima Provision Store il Tamrisk illa", "PON-06", profile="Ponnani")
m("te", "landmark", R, "Sugar factory daggara Venkata Ramana Kirana lo Zelvora ledu", "AKP-06", profile="Anakapalle")
m("ta", "landmark", R, "Bus stand pakkathula Selvam Provision Store la Tamrisk illa", "ARK-05", profile="Arakkonam")

# ---- the device at one shop (within 40 m, none other within 60 m) and "here / this shop" ----
m("hi", "device-one", R, "Yahan Zelvora nahi hai", "VDS-08", geo=near("VDS-08", 15), profile="Vidisha")
m("gu", "device-one", R, "Ahiya Tamrisk nathi", "VLS-04", geo=near("VLS-04", -20))
m("bn", "device-one", R, "Ei dokane Zelvora nei", "MDN-02", geo=near("MDN-02", 10, 10))
m("kn", "device-one", R, "Ee angadiyalli Tamrisk illa", "DWD-07", geo=near("DWD-07", 25))
m("ml", "device-one", R, "Ivide Zelvora illa", "PON-08", geo=near("PON-08", -15, 10), profile="Ponnani")
m("te", "device-one", R, "Ee shop lo Tamrisk ledu", "AKP-09", geo=near("AKP-09", 20))
m("ta", "device-one", R, "Inga Zelvora illa", "ARK-07", geo=near("ARK-07", 12))
m("ceb", "device-one", R, "Walay Tamrisk diri", "KBC-09", geo=near("KBC-09", -18))

# ---- no outlet: a shop kind alone, with a locality or the city ----
m("hi", "kind-only", R, "Tilak Chowk ki kirana dukan me Zelvora nahi", None, "Vidisha", "Tilak Chowk")
m("en", "kind-only", R, "the dairy in madhavganj is out of Zelvora", None, "Vidisha", "Madhavganj", profile="Vidisha")
m("gu", "kind-only", R, "Halar Road na medical store ma Tamrisk nathi", None, "Valsad", "Halar Road")
m("gu", "kind-only", R, "Valsad ni dairy ma Zelvora nathi", None, "Valsad", profile="Valsad")
m("bn", "kind-only", R, "Keranitola r medical hall e Tamrisk nei", None, "Medinipur", "Keranitola")
m("bn", "kind-only", R, "Rangamati r bhandar e Zelvora nei", None, "Medinipur", "Rangamati", profile="Medinipur")
m("kn", "kind-only", R, "Jubilee Circle dairy alli Tamrisk illa", None, "Dharwad", "Jubilee Circle")
m("kn", "kind-only", R, "Saptapur kirana angadi alli Zelvora illa", None, "Dharwad", "Saptapur", profile="Dharwad")
m("ml", "kind-only", R, "Chamravattom bakery il Tamrisk illa", None, "Ponnani", "Chamravattom")
m("ml", "kind-only", R, "Ponnani supermarket il Zelvora illa", None, "Ponnani", profile="Ponnani")
m("te", "kind-only", R, "Main Road medical shop lo Tamrisk ledu", None, "Anakapalle", "Main Road", profile="Anakapalle")
m("te", "kind-only", R, "Kothuru super market lo Zelvora ledu", None, "Anakapalle", "Kothuru")
m("ta", "kind-only", R, "Old Bazaar medical la Tamrisk illa", None, "Arakkonam", "Old Bazaar", profile="Arakkonam")
m("ta", "kind-only", R, "Jothi Nagar bakery la Zelvora illa", None, "Arakkonam", "Jothi Nagar")
m("tl", "kind-only", R, "Wala nang Tamrisk sa pharmacy sa Osias", None, "Kabacan", "Osias", profile="Kabacan")
m("ceb", "kind-only", R, "Walay Zelvora sa bakeshop sa Katidtuan", None, "Kabacan", "Katidtuan")
m("en", "kind-only", R, "no Tamrisk at the minimart in poblacion", None, "Kabacan", "Poblacion", profile="Kabacan, Cotabato")
m("en", "kind-only", R, "the traders on subhash road have no Zelvora", None, "Dharwad", "Subhash Road", profile="Dharwad")

# ---- no outlet: a locality alone ----
m("hi", "locality-only", R, "Bajrang Colony me kahin Zelvora nahi mil raha", None, "Vidisha", "Bajrang Colony")
m("gu", "locality-only", R, "Abrama ma Tamrisk nathi malti", None, "Valsad", "Abrama", profile="Valsad")
m("bn", "locality-only", R, "Collectorate More e Zelvora nei", None, "Medinipur", "Collectorate More")
m("kn", "locality-only", R, "Malmaddi alli Tamrisk illa", None, "Dharwad", "Malmaddi", profile="Dharwad")
m("ml", "locality-only", R, "Kundukadavu il Zelvora kittunnilla", None, "Ponnani", "Kundukadavu")
m("te", "locality-only", R, "Gavarapalem lo Tamrisk ledu", None, "Anakapalle", "Gavarapalem", profile="Anakapalle")
m("ta", "locality-only", R, "Railway Colony la Zelvora illa", None, "Arakkonam", "Railway Colony")
m("ceb", "locality-only", R, "Walay Tamrisk diri sa Kayaga", None, "Kabacan", "Kayaga", profile="Kabacan")
m("en", "locality-only", R, "puthuponnani side no Zelvora anywhere", None, "Ponnani", "Puthuponnani", profile="Ponnani")
m("en", "locality-only", R, "satyanarayanapuram out of Tamrisk", None, "Anakapalle", "Satyanarayanapuram")

# ---- no outlet: a locality whose word is also a word of a shop's name ----
m("hi", "locality-name-word", R, "Gandhi Nagar me Zelvora nahi hai", None, "Vidisha", "Gandhi Nagar", profile="Vidisha")
m("en", "locality-name-word", R, "gandhi nagar vidisha no Tamrisk", None, "Vidisha", "Gandhi Nagar")
m("ta", "locality-name-word", R, "Jothi Nagar la Zelvora kidaikala", None, "Arakkonam", "Jothi Nagar", profile="Arakkonam")
m("ta", "locality-name-word", R, "Gandhi Road la Tamrisk illa", None, "Arakkonam", "Gandhi Road")
m("en", "locality-name-word", R, "no Zelvora anywhere in tithal road", None, "Valsad", "Tithal Road", profile="Valsad")

# ---- no outlet: one word several names share (a family name, a god's name) ----
m("gu", "shared-word", R, "Khodiyar ma Zelvora nathi", None, "Valsad", profile="Valsad")
m("en", "shared-word", R, "Khodiyar valsad out of Tamrisk", None, "Valsad")
m("ml", "shared-word", R, "Ameen il Zelvora illa", None, "Ponnani", profile="Ponnani")
m("ml", "shared-word", R, "Ameen Ponnani Tamrisk theernnu", None, "Ponnani")
m("kn", "shared-word", R, "Basaveshwar alli Zelvora illa", None, "Dharwad", profile="Dharwad")
m("bn", "shared-word", R, "Ghosh er dokane Tamrisk nei", None, "Medinipur", profile="Medinipur")
m("te", "shared-word", R, "Nookalamma lo Zelvora ledu", None, "Anakapalle", profile="Anakapalle")
m("te", "shared-word", R, "Venkata shop lo Tamrisk ledu, Anakapalle", None, "Anakapalle")
m("hi", "shared-word", R, "Jain ki dukan pe Zelvora nahi", None, "Vidisha", profile="Vidisha")
m("ta", "shared-word", R, "Murugan kadaila Tamrisk illa", None, "Arakkonam", profile="Arakkonam")
m("tl", "shared-word", R, "Wala nang Zelvora sa Dela Cruz", None, "Kabacan", profile="Kabacan")
m("ceb", "shared-word", R, "Walay Tamrisk sa Nena Kabacan", None, "Kabacan")
m("hi", "shared-word", R, "Ram ki dukan me Zelvora nahi hai Vidisha", None, "Vidisha")
m("bn", "shared-word", R, "Maa er dokane Zelvora nei, Medinipur", None, "Medinipur")

# ---- no outlet: the owner's or a family name alone, no locality ----
m("hi", "owner-alone", R, "Sharma ji ki dukan me Tamrisk nahi", None, "Vidisha", profile="Vidisha")
m("kn", "owner-alone", R, "Hegde avara angadi alli Zelvora illa", None, "Dharwad", profile="Dharwad")
m("kn", "owner-alone", R, "Kulkarni angadi alli Tamrisk illa", None, "Dharwad", profile="Dharwad")
m("gu", "owner-alone", R, "Desai bhai ni dukan ma Zelvora nathi", None, "Valsad", profile="Valsad")
m("tl", "owner-alone", R, "Wala nang Tamrisk sa tindahan ni Aling Nena", None, "Kabacan", profile="Kabacan")
m("te", "owner-alone", R, "Raju gari shop lo Zelvora ledu", None, "Anakapalle", profile="Anakapalle")
m("bn", "owner-alone", R, "Sarkar babur dokane Tamrisk nei", None, "Medinipur", profile="Medinipur")
m("ml", "owner-alone", R, "Thangal nte kadayil Zelvora illa", None, "Ponnani", profile="Ponnani")

# ---- no outlet: a name two outlets of the city carry, no locality ----
m("hi", "same-name-no-locality", R, "Sharma Kirana Stores me Zelvora nahi hai", None, "Vidisha", profile="Vidisha")
m("en", "same-name-no-locality", R, "sharma kirana stores vidisha out of Tamrisk", None, "Vidisha")
m("gu", "same-name-no-locality", R, "Patel Provision Store Valsad ma Zelvora nathi", None, "Valsad")
m("bn", "same-name-no-locality", R, "Maa Tara Bhandar e Tamrisk nei", None, "Medinipur", profile="Medinipur")
m("kn", "same-name-no-locality", R, "Dharwad Sri Sai Stores alli Zelvora illa", None, "Dharwad")
m("ml", "same-name-no-locality", R, "Fathima Provision Store il Tamrisk illa", None, "Ponnani", profile="Ponnani")
m("te", "same-name-no-locality", R, "Venkata Ramana Kirana Anakapalle lo Zelvora ledu", None, "Anakapalle")
m("ta", "same-name-no-locality", R, "Selvam Provision Store la Tamrisk illa", None, "Arakkonam", profile="Arakkonam")
m("ceb", "same-name-no-locality", R, "Walay Zelvora sa RJ Minimart Kabacan", None, "Kabacan")
m("tl", "same-name-no-locality", R, "Ubos na ang Tamrisk sa RJ Minimart", None, "Kabacan", profile="Kabacan")

# ---- no outlet: a name carried in two cities, no place in the text, the profile city only ----
m("hi", "profile-only", R, "Mahavir Traders me Zelvora nahi hai", None, "Vidisha", profile="Vidisha")
m("gu", "profile-only", R, "Mahavir Traders ma Tamrisk nathi", None, "Valsad", profile="Valsad, Gujarat")
m("en", "profile-only", R, "Mahavir Traders out of Zelvora mango", None, "Valsad", profile="Valsad", sku=MG)
m("bn", "profile-only", R, "Annapurna Stores e Zelvora nei", None, "Medinipur", profile="Medinipur")
m("ml", "profile-only", R, "Annapurna Stores il Tamrisk illa", None, "Ponnani", profile="Ponnani")
m("en", "profile-only", R, "annapurna stores has no Zelvora", None, "Ponnani", profile="Ponnani, Kerala")
m("te", "profile-only", R, "Sri Sai Stores lo Tamrisk ledu", None, "Anakapalle", profile="Anakapalle")
m("ta", "profile-only", R, "Sri Sai Stores la Zelvora illa", None, "Arakkonam", profile="Arakkonam")
m("en", "profile-only", R, "Sri Sai Stores out of Tamrisk again", None, "Arakkonam", profile="Arakkonam, TN")
m("gu", "profile-only", R, "Jain Super Bazar ma Zelvora nathi", None, "Valsad", profile="Valsad")
m("hi", "profile-only", R, "Jain Super Bazar me Tamrisk khatam", None, "Vidisha", profile="Vidisha MP")
m("en", "profile-only", R, "jain super bazar no Zelvora guava", None, "Vidisha", profile="Vidisha", sku=GV)
m("kn", "profile-only", R, "Sri Sai Stores alli Tamrisk illa", None, "Dharwad", profile="Dharwad")
m("en", "profile-only", R, "Annapurna Stores out of Tamrisk salted", None, "Medinipur", profile="Midnapore", sku=SL)

# ---- no outlet: a common word one letter from a short name ----
m("hi", "fuzzy-word", R, "Vidisha me naya stock aaya par Zelvora nahi hai", None, "Vidisha", profile="Vidisha")
m("gu", "fuzzy-word", R, "Valsad ma desi drinks che pan Zelvora nathi", None, "Valsad")
m("ta", "fuzzy-word", R, "Arakkonam la entha kadaila um Zelvora illa, anbe", None, "Arakkonam")
m("tl", "fuzzy-word", R, "Wala nang Tamrisk dito sa Kabacan, lima na tindahan", None, "Kabacan", profile="Kabacan")
m("te", "fuzzy-word", R, "Ee roju Anakapalle lo Zelvora ledu", None, "Anakapalle")

# ---- no outlet: the device near two shops, or far from any ----
m("hi", "device-two", R, "Yahan Tamrisk nahi hai", None, "Vidisha", "Tilak Chowk", geo=near("VDS-11", 10, -20))
m("gu", "device-two", R, "Ahiya Zelvora nathi", None, "Valsad", "Halar Road", geo=near("VLS-05", -20, -40))
m("bn", "device-two", R, "Ekhane Tamrisk nei", None, "Medinipur", "Collectorate More", geo=near("MDN-06", 15, 15))
m("ml", "device-two", R, "Ivide Zelvora illa", None, "Ponnani", "Edappal Road", geo=near("PON-06", 15, 15))
m("te", "device-far", R, "Ikkada Tamrisk ledu", None, "Anakapalle", None, geo=near("AKP-04", 300, 300))
m("ceb", "device-far", R, "Walay Zelvora diri", None, "Kabacan", None, geo=near("KBC-05", -250, 250))

# ---- non-reports in the same places ----
m("hi", "found", N, "Betwa Traders Vidisha me Zelvora mil gaya")
m("gu", "question", N, "Desai General Stores ma Tamrisk che?")
m("bn", "found", N, "Maa Durga Stores e Zelvora pelam")
m("kn", "question", N, "Navodaya Super Market alli Tamrisk ideya?")
m("ml", "found", N, "Thangal Stores il Zelvora und")
m("te", "past", N, "Last month Nookalamma Traders lo Tamrisk ledu, ippudu undi")
m("ta", "found", N, "Anbu Supermarket la Zelvora irukku")
m("tl", "question", N, "May Tamrisk ba sa Golden Grains Grocery?")
m("ceb", "found", N, "Naa nay Zelvora sa Lim Store")
m("en", "praise", N, "Sharma Kirana Stores always has Tamrisk, love it")
m("en", "advert", N, "Zelvora mango now at Jain Super Bazar, grab yours!")
m("hi", "other-brand", N, "Jain Dairy me Frooti nahi hai, Zelvora hai")
m("gu", "found", N, "Patel Provision Store ma Zelvora aavi gayu")
m("bn", "question", N, "Ghosh Bhandar e Tamrisk ache?")
m("kn", "found", N, "Sri Sai Stores alli Zelvora sikkitu")
m("ml", "question", N, "Ameen Supermarket il Tamrisk undo?")
m("te", "found", N, "Venkata Ramana Kirana lo Zelvora dorikindi")
m("ta", "question", N, "Selvam Provision Store la Tamrisk irukka?")
m("tl", "found", N, "Meron nang Zelvora sa RJ Minimart")
m("en", "found", N, "Found Tamrisk at Mahavir Traders finally")
m("en", "repost", N, "RT @vds_deals: Betwa Traders out of Zelvora")
m("hi", "irrealis", N, "Agar Sharma Kirana me Zelvora nahi mila to Jain Dairy jaunga")
m("en", "found", N, "Here, Zelvora back in stock", geo=near("AKP-09", 20))
m("ceb", "question", N, "Naa bay Tamrisk sa Mang Carlos Store?")
m("en", "praise", N, "Annapurna Stores has the best Tamrisk prices")

# ---- more of the same classes, in Marathi and Urdu too; a name unique in the registry with a profile elsewhere ----
m("mr", "unique-name", R, "Kulkarni Provision Stores madhe Zelvora nahi", "DWD-04", profile="Dharwad")
m("mr", "unique-name", R, "Navodaya Super Market Dharwad madhe Tamrisk samplay", "DWD-05")
m("ur", "unique-name", R, "Betwa Traders mein Tamrisk nahin hai", "VDS-05", profile="Vidisha")
m("en", "unique-other-profile", R, "Betwa Traders out of Zelvora mango", "VDS-05", profile="Valsad", sku=MG)
m("gu", "unique-other-profile", R, "Dhanlaxmi Dairy ma Tamrisk nathi", "VLS-09", profile="Vidisha")
m("ta", "unique-other-profile", R, "Thirumalai Dairy la Zelvora illa", "ARK-09", profile="Anakapalle")
m("mr", "name-locality", R, "Sri Sai Stores Malmaddi madhe Tamrisk nahi", "DWD-06", profile="Dharwad")
m("ur", "name-locality", R, "Sharma Kirana Stores Bajrang Colony mein Zelvora nahin", "VDS-02", profile="Vidisha")
m("mr", "profile-only", R, "Sri Sai Stores madhe Zelvora nahi", None, "Dharwad", profile="Dharwad")
m("ur", "profile-only", R, "Mahavir Traders mein Tamrisk nahin mila", None, "Vidisha", profile="Vidisha")
m("hi", "profile-only", R, "Annapurna me Zelvora nahi hai", None, "Valsad", profile="Valsad")
m("en", "profile-only", R, "Jain Super Bazar has no Tamrisk", None, "Valsad", profile="Valsad 🌊")
m("mr", "shared-word", R, "Basaveshwar kade Tamrisk nahi", None, "Dharwad", profile="Dharwad")
m("ur", "shared-word", R, "Jain ki dukaan mein Tamrisk nahin", None, "Vidisha", profile="Vidisha")
m("en", "shared-word", R, "dela cruz out of Zelvora", None, "Kabacan", profile="Kabacan")
m("mr", "kind-only", R, "Jubilee Circle chya dairy madhe Zelvora nahi", None, "Dharwad", "Jubilee Circle", profile="Dharwad")
m("ur", "kind-only", R, "Madhavganj ki dairy mein Tamrisk nahin", None, "Vidisha", "Madhavganj")
m("mr", "owner-alone", R, "Kulkarni kaka chya dukanat Zelvora nahi", None, "Dharwad", profile="Dharwad")
m("mr", "locality-only", R, "Saptapur madhe Zelvora nahi", None, "Dharwad", "Saptapur")
m("en", "same-name-no-locality", R, "Maa Tara Bhandar medinipur out of Zelvora", None, "Medinipur")
m("mr", "found", N, "Kulkarni Provision Stores madhe Zelvora milala")
m("ur", "question", N, "Betwa Traders mein Tamrisk hai kya?")
m("mr", "question", N, "Sri Sai Stores madhe Tamrisk aahe ka?")
m("ur", "found", N, "Jain Dairy mein Zelvora mil gaya")
m("en", "past", N, "Sri Sai Stores had no Zelvora last year, fine now")

CATALOG = {"brands": [
 {"brand": "Zelvora", "aliases": ["zelvora", "#zelvora"],
  "category_words": ["juice", "drink"],
  "products": [
   {"sku": MG, "name": "Zelvora Mango Drink 200 ml", "aliases": []},
   {"sku": GV, "name": "Zelvora Guava Drink 200 ml", "aliases": []}]},
 {"brand": "Tamrisk", "aliases": ["tamrisk", "#tamrisk"],
  "category_words": ["crackers", "snack"],
  "products": [
   {"sku": SL, "name": "Tamrisk Salted Crackers 75 g", "aliases": []},
   {"sku": MS, "name": "Tamrisk Masala Crackers 75 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon, mark in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        if mark:
            addr = mark + ", " + addr
        f.write("%s,\"%s\",\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile, geo) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "o19-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-o19%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 13 + i},
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
