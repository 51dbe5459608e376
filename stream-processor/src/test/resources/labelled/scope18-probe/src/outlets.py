"""Outlets and catalog of scope18-probe (session 18, invented): two brands, 22 towns no other labelled set uses."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "HGT": ("Hinganghat", "Maharashtra", "India", 20.548, 78.839),
    "CHP": ("Chopda", "Maharashtra", "India", 21.246, 75.293),
    "KSG": ("Kasganj", "Uttar Pradesh", "India", 27.809, 78.646),
    "NWG": ("Nawalgarh", "Rajasthan", "India", 27.850, 75.267),
    "BRM": ("Baramati", "Maharashtra", "India", 18.151, 74.577),
    "SGM": ("Sangamner", "Maharashtra", "India", 19.567, 74.211),
    "UNJ": ("Unjha", "Gujarat", "India", 23.804, 72.393),
    "DHJ": ("Dhoraji", "Gujarat", "India", 21.734, 70.450),
    "SNM": ("Sunam", "Punjab", "India", 30.128, 75.799),
    "MLK": ("Malerkotla", "Punjab", "India", 30.531, 75.880),
    "RMP": ("Rampurhat", "West Bengal", "India", 24.168, 87.781),
    "KND": ("Kandi", "West Bengal", "India", 23.950, 88.033),
    "SKZ": ("Sirkazhi", "Tamil Nadu", "India", 11.239, 79.736),
    "TDV": ("Tindivanam", "Tamil Nadu", "India", 12.234, 79.655),
    "BPT": ("Bapatla", "Andhra Pradesh", "India", 15.905, 80.467),
    "CHR": ("Chirala", "Andhra Pradesh", "India", 15.824, 80.352),
    "BHK": ("Bhatkal", "Karnataka", "India", 13.985, 74.555),
    "SND": ("Sindhanur", "Karnataka", "India", 15.769, 76.756),
    "KNK": ("Kunnamkulam", "Kerala", "India", 10.648, 76.068),
    "IJK": ("Irinjalakuda", "Kerala", "India", 10.343, 76.211),
    "BLR": ("Baler", "Aurora", "Philippines", 15.759, 121.562),
    "PGS": ("Pagsanjan", "Laguna", "Philippines", 14.273, 121.455),
    "JGN": ("Jagna", "Bohol", "Philippines", 9.652, 124.367),
    "UBY": ("Ubay", "Bohol", "Philippines", 10.056, 124.473),
}
OUTLETS = [
    ("HGT-01", "Hinganghat Kirana Stores", "Main Road"), ("HGT-02", "Wankhede General Stores", "Sant Tukdoji Ward"),
    ("CHP-01", "Chopda Super Bazar", "Station Road"), ("CHP-02", "Borse Provision", "Gandhi Chowk"),
    ("KSG-01", "Kasganj Kirana Bhandar", "Sahawar Gate"), ("KSG-02", "Varshney General Store", "Nadrai Gate"),
    ("NWG-01", "Nawalgarh Kirana Store", "Station Road"), ("NWG-02", "Saraf Provision", "Bawdi Gate"),
    ("BRM-01", "Baramati Kirana Stores", "Bhigwan Road"), ("BRM-02", "Jagtap Provision", "Indapur Chowk"),
    ("SGM-01", "Sangamner Kirana", "Nashik Road"), ("SGM-02", "Kolhe General Stores", "Akole Naka"),
    ("UNJ-01", "Unjha Provision Store", "Station Road"), ("UNJ-02", "Thakkar Kirana", "Ganj Bazar"),
    ("DHJ-01", "Dhoraji Kirana Store", "Jetpur Road"), ("DHJ-02", "Kotecha Provision", "Station Plot"),
    ("SNM-01", "Sunam Karyana Store", "Railway Road"), ("SNM-02", "Goyal Provision", "Patiala Gate"),
    ("MLK-01", "Malerkotla Karyana", "Sadar Bazar"), ("MLK-02", "Bansi Lal Store", "Moti Bazar"),
    ("RMP-01", "Rampurhat Bhandar", "Station Road"), ("RMP-02", "Mondal Stores", "Nischintapur"),
    ("KND-01", "Kandi Bhandar", "Rajbari"), ("KND-02", "Saha Stores", "Hospital Para"),
    ("SKZ-01", "Sirkazhi Stores", "Thenpathi"), ("SKZ-02", "Ganapathy Maligai", "Kovil Street"),
    ("TDV-01", "Tindivanam Stores", "Mugaiyur Road"), ("TDV-02", "Selvam Maligai", "Gingee Road"),
    ("BPT-01", "Bapatla Kirana", "Bheemavaripalem"), ("BPT-02", "Lakshmi Narasimha Stores", "Kothapeta"),
    ("CHR-01", "Chirala Kirana", "Perala"), ("CHR-02", "Durga Stores", "Station Road"),
    ("BHK-01", "Bhatkal Stores", "Main Road"), ("BHK-02", "Nayak Provision", "Shirali Cross"),
    ("SND-01", "Sindhanur Stores", "Gangavathi Road"), ("SND-02", "Basaveshwara Kirana", "Kushtagi Road"),
    ("KNK-01", "Kunnamkulam Stores", "Guruvayur Road"), ("KNK-02", "Chiramel Supermarket", "Bus Stand Road"),
    ("IJK-01", "Irinjalakuda Stores", "Main Road"), ("IJK-02", "Kaithakkal Bakery", "Thana"),
    ("BLR-01", "Baler Sari-Sari Store", "Poblacion"), ("BLR-02", "Aling Nenita Store", "Sabang"),
    ("PGS-01", "Pagsanjan Minimart", "Poblacion"), ("PGS-02", "Aling Caring Store", "Maulawin"),
    ("JGN-01", "Jagna Store", "Poblacion"), ("JGN-02", "Manang Lorna Store", "Pagina"),
    ("UBY-01", "Ubay Minimart", "Poblacion"), ("UBY-02", "Nang Fely Store", "Bood"),
]
CATALOG = {"brands": [
    {"brand": "Dornika", "aliases": ["dornika", "#dornika"], "category_words": ["noodles", "noodle"],
     "products": [{"sku": "DRN-MSL-70", "name": "Dornika Masala Noodles 70 g", "aliases": []},
                  {"sku": "DRN-CHK-70", "name": "Dornika Chicken Noodles 70 g", "aliases": []}]},
    {"brand": "Palvesto", "aliases": ["palvesto", "#palvesto"], "category_words": ["tea", "chai", "chaha", "cha"],
     "products": [{"sku": "PLV-TEA-250", "name": "Palvesto Tea 250 g", "aliases": []},
                  {"sku": "PLV-GRN-100", "name": "Palvesto Green Tea 100 g", "aliases": []}]},
]}


def coords(oid):
    c = CITIES[oid[:3]]
    k = int(oid[4:])
    return round(c[3] + 0.004 * k, 5), round(c[4] + 0.003 * k, 5)
