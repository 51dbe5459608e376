"""Outlets and catalog of scope17-probe (session 17, invented): two brands, 20 towns no other labelled set uses."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "SRJ": ("Sironj", "Madhya Pradesh", "India", 24.103, 77.690),
    "KRJ": ("Karanja", "Maharashtra", "India", 20.483, 77.483),
    "DSA": ("Deesa", "Gujarat", "India", 24.258, 72.192),
    "KHR": ("Kharar", "Punjab", "India", 30.746, 76.645),
    "TML": ("Tamluk", "West Bengal", "India", 22.300, 87.917),
    "KTW": ("Katwa", "West Bengal", "India", 23.650, 88.133),
    "TVR": ("Tiruvarur", "Tamil Nadu", "India", 10.773, 79.637),
    "MNG": ("Mannargudi", "Tamil Nadu", "India", 10.663, 79.451),
    "DMV": ("Dharmavaram", "Andhra Pradesh", "India", 14.414, 77.720),
    "KDR": ("Kadiri", "Andhra Pradesh", "India", 14.112, 78.159),
    "SGR": ("Sagara", "Karnataka", "India", 14.167, 75.033),
    "TPT": ("Tiptur", "Karnataka", "India", 13.256, 76.477),
    "NLB": ("Nilambur", "Kerala", "India", 11.276, 76.225),
    "CTL": ("Cherthala", "Kerala", "India", 9.684, 76.336),
    "KJR": ("Keonjhar", "Odisha", "India", 21.629, 85.582),
    "RYG": ("Rayagada", "Odisha", "India", 19.171, 83.416),
    "PLL": ("Pililla", "Rizal", "Philippines", 14.485, 121.308),
    "CDL": ("Candelaria", "Quezon", "Philippines", 13.931, 121.423),
    "SGD": ("Sogod", "Southern Leyte", "Philippines", 10.386, 124.981),
    "HNG": ("Hinunangan", "Southern Leyte", "Philippines", 10.397, 125.201),
}
OUTLETS = [
    ("SRJ-01", "Sironj Kirana Kendra", "Sadar Bazar"), ("SRJ-02", "Bansal Stores", "Gandhi Chowk"),
    ("KRJ-01", "Karanja Kirana Bhandar", "Main Road"), ("KRJ-02", "Lad Provision", "Shivaji Nagar"),
    ("DSA-01", "Deesa Provision Store", "Station Road"), ("DSA-02", "Patel Kirana", "Hawai Pillar"),
    ("KHR-01", "Kharar Karyana Store", "Main Bazar"), ("KHR-02", "Sandhu Provision", "Sunny Enclave"),
    ("TML-01", "Tamluk Bhandar", "Padumbasan"), ("TML-02", "Maity Stores", "Hospital More"),
    ("KTW-01", "Katwa Stores", "Station Bazar"), ("KTW-02", "Ghosh Bhandar", "Karui"),
    ("TVR-01", "Tiruvarur Stores", "South Street"), ("TVR-02", "Murugan Maligai", "Vilamal"),
    ("MNG-01", "Mannai Stores", "Gandhi Road"), ("MNG-02", "Rajagopal Maligai", "East Street"),
    ("DMV-01", "Dharmavaram Kirana", "Kothapeta"), ("DMV-02", "Venkateswara Stores", "Gandhi Nagar"),
    ("KDR-01", "Kadiri Stores", "Temple Road"), ("KDR-02", "Narasimha Kirana", "Kutagulla"),
    ("SGR-01", "Sagara Provision", "BH Road"), ("SGR-02", "Hegde Stores", "Ganapathi Keri"),
    ("TPT-01", "Tiptur Mart", "KR Extension"), ("TPT-02", "Shetty Stores", "Gandhi Nagar"),
    ("NLB-01", "Nilambur Stores", "Chanthakunnu"), ("NLB-02", "Thekkedath Supermarket", "Vadapuram"),
    ("CTL-01", "Cherthala Stores", "Devi Road"), ("CTL-02", "Varghese Bakery", "Arthunkal Road"),
    ("KJR-01", "Keonjhar Bhandar", "Old Town"), ("KJR-02", "Mohanty Stores", "Mining Road"),
    ("RYG-01", "Rayagada Stores", "Main Road"), ("RYG-02", "Patnaik Bhandar", "Kapileswar"),
    ("PLL-01", "Pililla Mart", "Poblacion"), ("PLL-02", "Aling Nena Store", "Quisao"),
    ("CDL-01", "Candelaria Grocery", "Poblacion"), ("CDL-02", "Aling Osang Store", "Masin"),
    ("SGD-01", "Sogod Mart", "Zone 1"), ("SGD-02", "Loling Store", "San Roque"),
    ("HNG-01", "Hinunangan Grocery", "Poblacion"), ("HNG-02", "Nang Pacing Store", "Ambacon"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Tarvelo", "aliases": ["tarvelo", "#tarvelo"], "category_words": ["biscuits", "biscuit", "cookies"],
     "products": [{"sku": "TRV-CRM-100", "name": "Tarvelo Cream Biscuits 100 g", "aliases": []},
                  {"sku": "TRV-CHO-100", "name": "Tarvelo Choco Biscuits 100 g", "aliases": []}]},
    {"brand": "Kelvora", "aliases": ["kelvora", "#kelvora"], "category_words": ["coffee", "kaapi", "kapi"],
     "products": [{"sku": "KLV-COF-50", "name": "Kelvora Coffee 50 g", "aliases": []},
                  {"sku": "KLV-COF-100", "name": "Kelvora Coffee 100 g", "aliases": []}]},
]}
