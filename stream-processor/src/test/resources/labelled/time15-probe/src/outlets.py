"""Outlets and catalog of time15-probe (session 15, time and mood; invented shops and brands)."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "BET": ("Bettiah", "Bihar", "India", 26.802, 84.503),
    "JHA": ("Jhalawar", "Rajasthan", "India", 24.597, 76.161),
    "WAS": ("Washim", "Maharashtra", "India", 20.112, 77.133),
    "BIS": ("Bishnupur", "West Bengal", "India", 23.075, 87.319),
    "TEN": ("Tenkasi", "Tamil Nadu", "India", 8.959, 77.315),
    "SIR": ("Sirsi", "Karnataka", "India", 14.621, 74.835),
    "PAY": ("Payyanur", "Kerala", "India", 12.100, 75.203),
    "DAH": ("Dahod", "Gujarat", "India", 22.835, 74.255),
    "ADO": ("Adoni", "Andhra Pradesh", "India", 15.628, 77.275),
    "FAZ": ("Fazilka", "Punjab", "India", 30.403, 74.028),
    "GAP": ("Gapan", "Nueva Ecija", "Philippines", 15.307, 120.946),
    "BAR": ("Barili", "Cebu", "Philippines", 10.115, 123.510),
    "BAT": ("Batac", "Ilocos Norte", "Philippines", 18.055, 120.565),
    "KAL": ("Kalibo", "Aklan", "Philippines", 11.707, 122.364),
}
OUTLETS = [
    ("BET-01", "Kushwaha Kirana Store", "Meena Bazar"),
    ("BET-02", "Gupta Bhandar", "Lal Bazar"),
    ("JHA-01", "Sharma General Store", "Mangalpura"),
    ("WAS-01", "Bhoyar Kirana", "Patni Chowk"),
    ("WAS-02", "Shinde Stores", "Akola Naka"),
    ("BIS-01", "Dutta Bhandar", "Rasmancha"),
    ("BIS-02", "Kundu Stores", "Lalbandh"),
    ("TEN-01", "Esakki Stores", "Melagaram"),
    ("TEN-02", "Kasi Provisions", "Courtallam Road"),
    ("SIR-01", "Hegde Provision Stores", "Marikamba Nagar"),
    ("SIR-02", "Shanbhag Stores", "CP Bazar"),
    ("PAY-01", "Thejus Stores", "Perumba"),
    ("PAY-02", "Noor Supermarket", "Kandoth"),
    ("DAH-01", "Bhabhor Kirana", "Godi Road"),
    ("DAH-02", "Raval Provision", "Station Road"),
    ("ADO-01", "Srinivasa Kirana", "Kallubavi"),
    ("ADO-02", "Balaji Stores", "Market Road"),
    ("FAZ-01", "Brar Karyana Store", "Ghanta Ghar Chowk"),
    ("FAZ-02", "Bansal Karyana", "Shastri Chowk"),
    ("GAP-01", "Dimagiba Sari-Sari Store", "Santo Cristo Norte"),
    ("GAP-02", "Pangilinan Grocery", "Mangino"),
    ("BAR-01", "Durano Store", "Japitan"),
    ("BAT-01", "Agcaoili Store", "Quiling Sur"),
    ("KAL-01", "Tumbokon Store", "Andagao"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Tarvesa", "aliases": ["tarvesa", "#tarvesa", "@tarvesa_snacks", "तरवेसा"],
     "category_words": ["namkeen", "chips", "packet"],
     "products": [{"sku": "TRV-MSL-40", "name": "Tarvesa Masala 40 g", "aliases": []},
                  {"sku": "TRV-PDN-40", "name": "Tarvesa Pudina 40 g", "aliases": []}]},
    {"brand": "Bolindo", "aliases": ["bolindo", "#bolindo", "@bolindo_drinks", "बोलिंडो"],
     "category_words": ["drink", "bottle", "juice"],
     "products": [{"sku": "BOL-ORG-600", "name": "Bolindo Orange 600 ml", "aliases": []},
                  {"sku": "BOL-GUA-250", "name": "Bolindo Guava 250 ml", "aliases": []}]},
    {"brand": "Kemvari", "aliases": ["kemvari", "#kemvari", "केमवारी"], "category_words": ["noodles", "noodle"],
     "products": [{"sku": "KMV-SPC-70", "name": "Kemvari Spicy Noodles 70 g", "aliases": []},
                  {"sku": "KMV-EGG-70", "name": "Kemvari Egg Noodles 70 g", "aliases": []}]},
]}
