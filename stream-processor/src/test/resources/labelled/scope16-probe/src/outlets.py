"""Outlets and catalog of scope16-probe (session 16, invented): two brands, 19 towns no other labelled set uses."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "LLP": ("Lalitpur", "Uttar Pradesh", "India", 24.690, 78.419),
    "NDB": ("Nandurbar", "Maharashtra", "India", 21.370, 74.240),
    "OSM": ("Osmanabad", "Maharashtra", "India", 18.186, 76.042),
    "BHJ": ("Bhuj", "Gujarat", "India", 23.253, 69.669),
    "GDH": ("Godhra", "Gujarat", "India", 22.776, 73.614),
    "JPG": ("Jalpaiguri", "West Bengal", "India", 26.516, 88.719),
    "CBH": ("Cooch Behar", "West Bengal", "India", 26.324, 89.451),
    "KPT": ("Kapurthala", "Punjab", "India", 31.380, 75.380),
    "RMN": ("Ramanathapuram", "Tamil Nadu", "India", 9.371, 78.830),
    "KRG": ("Krishnagiri", "Tamil Nadu", "India", 12.519, 78.214),
    "HDP": ("Hindupur", "Andhra Pradesh", "India", 13.829, 77.491),
    "GTK": ("Guntakal", "Andhra Pradesh", "India", 15.171, 77.362),
    "CKM": ("Chikmagalur", "Karnataka", "India", 13.316, 75.772),
    "THL": ("Thalassery", "Kerala", "India", 11.748, 75.489),
    "KNH": ("Kanhangad", "Kerala", "India", 12.318, 75.090),
    "JHR": ("Jharsuguda", "Odisha", "India", 21.855, 84.006),
    "BWP": ("Bhawanipatna", "Odisha", "India", 19.907, 83.167),
    "GMC": ("Gumaca", "Quezon", "Philippines", 13.921, 122.100),
    "TGB": ("Tangub", "Misamis Occidental", "Philippines", 8.067, 123.750),
}
OUTLETS = [
    ("LLP-01", "Jain Kirana Store", "Sadar Bazar"), ("LLP-02", "Bundelkhand Mart", "Civil Lines"),
    ("NDB-01", "Valvi Provision", "Nehru Chowk"), ("NDB-02", "Shri Ganesh Traders", "Dhule Road"),
    ("OSM-01", "Bhosale Kirana", "Samarth Nagar"), ("OSM-02", "Tuljai Super Shoppe", "Barshi Naka"),
    ("BHJ-01", "Kutch Provision Store", "Station Road"), ("BHJ-02", "Hamirsar Mart", "Vaniyawad"),
    ("GDH-01", "Shah Kirana Bhandar", "Lal Darwaja"), ("GDH-02", "Panchmahal General Store", "Bamroli Road"),
    ("JPG-01", "Das Bhandar", "Dinbazar"), ("JPG-02", "Tista Stores", "Kadamtala"),
    ("CBH-01", "Rajbari Stores", "Sagardighi"), ("CBH-02", "Barman Variety", "Bhawaniganj"),
    ("KPT-01", "Kang Karyana Store", "Jalandhar Road"), ("KPT-02", "Gill Provision", "Shalimar Bagh"),
    ("RMN-01", "Ramanathaswamy Stores", "West Car Street"), ("RMN-02", "Pandian Maligai", "Bharathi Nagar"),
    ("KRG-01", "Krishna Departmental Store", "Bengaluru Road"), ("KRG-02", "Anbu Stores", "Old Pettai"),
    ("HDP-01", "Sri Lakshmi Narasimha Kirana", "Mukkidipeta"), ("HDP-02", "Penukonda Traders", "Ambedkar Circle"),
    ("GTK-01", "Vasavi General Stores", "Hanuman Circle"), ("GTK-02", "Balaji Super Mart", "Railway Colony"),
    ("CKM-01", "Coffee Land Stores", "MG Road"), ("CKM-02", "Basavanahalli Provision", "Basavanahalli"),
    ("THL-01", "Malabar Stores", "Logans Road"), ("THL-02", "Sea View Mart", "Dharmadam"),
    ("KNH-01", "Hosdurg Stores", "Kottacheri"), ("KNH-02", "Ayyappa Supermarket", "Puthiyakotta"),
    ("JHR-01", "Biswal Bhandar", "Sarbahal"), ("JHR-02", "Hirakud Stores", "Beheramal"),
    ("BWP-01", "Kalahandi Stores", "Gandhi Chowk"), ("BWP-02", "Manikeswari Bhandar", "Medical Road"),
    ("GMC-01", "Gumaca Grocery", "Rosario"), ("GMC-02", "Aling Rosa Store", "Ibabang Dupay"),
    ("TGB-01", "Tangub Minimart", "Maloro"), ("TGB-02", "Ocana Store", "Silangit"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Velmora", "aliases": ["velmora", "#velmora"], "category_words": ["tea", "chai", "chaha", "chaya"],
     "products": [{"sku": "VLM-TEA-250", "name": "Velmora Tea 250 g", "aliases": []},
                  {"sku": "VLM-TEA-500", "name": "Velmora Tea 500 g", "aliases": []}]},
    {"brand": "Quinzo", "aliases": ["quinzo", "#quinzo"], "category_words": ["noodles", "noodle"],
     "products": [{"sku": "QNZ-MAS-70", "name": "Quinzo Masala Noodles 70 g", "aliases": []},
                  {"sku": "QNZ-CHK-70", "name": "Quinzo Chicken Noodles 70 g", "aliases": []}]},
]}
