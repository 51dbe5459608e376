"""Outlets and catalog of scope19-probe (session 19, invented): two brands, 26 towns no other labelled set uses."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "PHL": ("Phaltan", "Maharashtra", "India", 17.991, 74.431),
    "SHG": ("Shegaon", "Maharashtra", "India", 20.794, 76.699),
    "ETH": ("Etah", "Uttar Pradesh", "India", 27.559, 78.656),
    "MHB": ("Mahoba", "Uttar Pradesh", "India", 25.292, 79.872),
    "MLP": ("Malkapur", "Maharashtra", "India", 20.885, 76.200),
    "KRD": ("Karad", "Maharashtra", "India", 17.289, 74.182),
    "VSN": ("Visnagar", "Gujarat", "India", 23.698, 72.547),
    "DHL": ("Dholka", "Gujarat", "India", 22.727, 72.441),
    "NBH": ("Nabha", "Punjab", "India", 30.374, 76.153),
    "SMN": ("Samana", "Punjab", "India", 30.155, 76.193),
    "JNG": ("Jangipur", "West Bengal", "India", 24.470, 88.076),
    "SNT": ("Sainthia", "West Bengal", "India", 23.945, 87.681),
    "VRD": ("Vriddhachalam", "Tamil Nadu", "India", 11.518, 79.324),
    "TKL": ("Tirukoilur", "Tamil Nadu", "India", 11.967, 79.202),
    "GDV": ("Gudivada", "Andhra Pradesh", "India", 16.435, 80.993),
    "RPL": ("Repalle", "Andhra Pradesh", "India", 16.018, 80.829),
    "CTM": ("Chintamani", "Karnataka", "India", 13.400, 78.054),
    "HNS": ("Hunsur", "Karnataka", "India", 12.309, 76.290),
    "ANG": ("Angamaly", "Kerala", "India", 10.196, 76.386),
    "PRB": ("Perumbavoor", "Kerala", "India", 10.116, 76.476),
    "NYG": ("Nayagarh", "Odisha", "India", 20.129, 85.096),
    "TLC": ("Talcher", "Odisha", "India", 20.950, 85.233),
    "PNQ": ("Paniqui", "Tarlac", "Philippines", 15.668, 120.581),
    "CBO": ("Cabiao", "Nueva Ecija", "Philippines", 15.249, 120.857),
    "DNO": ("Danao", "Cebu", "Philippines", 10.521, 124.027),
    "TLB": ("Talibon", "Bohol", "Philippines", 10.149, 124.325),
}
OUTLETS = [
    ("PHL-01", "Phaltan Kirana Stores", "Lakshmi Nagar"), ("PHL-02", "Nimbalkar General Stores", "Malthan"),
    ("SHG-01", "Shegaon Super Bazar", "Station Road"), ("SHG-02", "Bhise Provision", "Khamgaon Naka"),
    ("ETH-01", "Etah Kirana Bhandar", "Shikohabad Road"), ("ETH-02", "Gupta General Store", "Mehta Park"),
    ("MHB-01", "Mahoba Provision Store", "Alha Chowk"), ("MHB-02", "Chaurasia Kirana", "Bhateepura"),
    ("MLP-01", "Malkapur Kirana Stores", "Buldhana Road"), ("MLP-02", "Deshmukh Provision", "Tahsil Chowk"),
    ("KRD-01", "Karad General Stores", "Shaniwar Peth"), ("KRD-02", "Patil Kirana Bhandar", "Malkapur Road"),
    ("VSN-01", "Visnagar Provision Store", "Kansara Bazar"), ("VSN-02", "Patel Kirana", "Station Road"),
    ("DHL-01", "Dholka Kirana Store", "Kalikund"), ("DHL-02", "Shah Provision", "Bajar Road"),
    ("NBH-01", "Nabha Karyana Store", "Bauran Gate"), ("NBH-02", "Bansal Provision", "Patiala Gate"),
    ("SMN-01", "Samana Karyana", "Mandi Road"), ("SMN-02", "Garg General Store", "Patran Road"),
    ("JNG-01", "Jangipur Bhandar", "Raghunathganj"), ("JNG-02", "Ghosh Stores", "Mahabirtala"),
    ("SNT-01", "Sainthia Bhandar", "Station Road"), ("SNT-02", "Pal Stores", "Nandikeshwari Para"),
    ("VRD-01", "Vriddhachalam Stores", "Kadaiveedhi"), ("VRD-02", "Murugan Maligai", "Palakkarai"),
    ("TKL-01", "Tirukoilur Stores", "Kovil Street"), ("TKL-02", "Anbu Maligai", "Bus Stand Road"),
    ("GDV-01", "Gudivada Kirana", "Eluru Road"), ("GDV-02", "Venkateswara Stores", "Main Road"),
    ("RPL-01", "Repalle Kirana", "Station Road"), ("RPL-02", "Sai Ram Stores", "Bazar Street"),
    ("CTM-01", "Chintamani Stores", "MG Road"), ("CTM-02", "Manjunatha Provision", "Chelur Road"),
    ("HNS-01", "Hunsur Stores", "Mysore Road"), ("HNS-02", "Basava Kirana", "Kalkunike"),
    ("ANG-01", "Angamaly Stores", "Market Road"), ("ANG-02", "Thomas Supermarket", "Karukutty"),
    ("PRB-01", "Perumbavoor Stores", "AM Road"), ("PRB-02", "Mathew Supermarket", "Vallam"),
    ("NYG-01", "Nayagarh Bhandar", "Station Bazar"), ("NYG-02", "Sahu Stores", "Jagannath Sadak"),
    ("TLC-01", "Talcher Bhandar", "Hatatota"), ("TLC-02", "Mohanty Stores", "Kaniha Road"),
    ("PNQ-01", "Paniqui Sari-Sari Store", "Poblacion Norte"), ("PNQ-02", "Aling Rosing Store", "Estacion"),
    ("CBO-01", "Cabiao Minimart", "San Fernando Norte"), ("CBO-02", "Aling Tess Store", "Concepcion"),
    ("DNO-01", "Danao Minimart", "Poblacion"), ("DNO-02", "Manang Gloria Store", "Looc"),
    ("TLB-01", "Talibon Store", "San Jose"), ("TLB-02", "Nang Pining Store", "Poblacion"),
]
CATALOG = {"brands": [
    {"brand": "Brumora", "aliases": ["brumora", "#brumora"], "category_words": ["soda", "cold drink", "soft drink"],
     "products": [{"sku": "BRU-COL-500", "name": "Brumora Cola 500 ml", "aliases": []},
                  {"sku": "BRU-LMN-500", "name": "Brumora Lemon 500 ml", "aliases": []},
                  {"sku": "BRU-COL-1250", "name": "Brumora Cola 1.25 L", "aliases": []}]},
    {"brand": "Tesvani", "aliases": ["tesvani", "#tesvani"], "category_words": ["biscuits", "biscuit", "cookies"],
     "products": [{"sku": "TSV-BTR-100", "name": "Tesvani Butter Cookies 100 g", "aliases": []},
                  {"sku": "TSV-CRM-150", "name": "Tesvani Cream Biscuits 150 g", "aliases": []},
                  {"sku": "TSV-COC-200", "name": "Tesvani Coconut Cookies 200 g", "aliases": []}]},
]}


def coords(oid):
    c = CITIES[oid[:3]]
    k = int(oid[4:])
    return round(c[3] + 0.004 * k, 5), round(c[4] + 0.003 * k, 5)
