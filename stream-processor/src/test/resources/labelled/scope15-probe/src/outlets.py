"""Outlets and catalog of scope15-probe (session 15, invented): two brands, 26 towns no other set uses."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "BTL": ("Betul", "Madhya Pradesh", "India", 21.905, 77.899),
    "ETW": ("Etawah", "Uttar Pradesh", "India", 26.785, 79.015),
    "MNP": ("Mainpuri", "Uttar Pradesh", "India", 27.235, 79.024),
    "WSM": ("Washim", "Maharashtra", "India", 20.111, 77.133),
    "HNG": ("Hingoli", "Maharashtra", "India", 19.717, 77.149),
    "RGJ": ("Raiganj", "West Bengal", "India", 25.617, 88.125),
    "BLG": ("Balurghat", "West Bengal", "India", 25.222, 88.783),
    "VRV": ("Veraval", "Gujarat", "India", 20.907, 70.367),
    "PLN": ("Palanpur", "Gujarat", "India", 24.171, 72.434),
    "PHG": ("Phagwara", "Punjab", "India", 31.224, 75.771),
    "RJP": ("Rajpura", "Punjab", "India", 30.484, 76.594),
    "TVM": ("Tiruvannamalai", "Tamil Nadu", "India", 12.226, 79.075),
    "ARY": ("Ariyalur", "Tamil Nadu", "India", 11.140, 79.078),
    "TEN": ("Tenali", "Andhra Pradesh", "India", 16.243, 80.640),
    "NRP": ("Narasaraopet", "Andhra Pradesh", "India", 16.236, 80.049),
    "RCH": ("Raichur", "Karnataka", "India", 16.212, 77.344),
    "KPL": ("Koppal", "Karnataka", "India", 15.345, 76.155),
    "CHG": ("Changanassery", "Kerala", "India", 9.446, 76.541),
    "OTP": ("Ottapalam", "Kerala", "India", 10.771, 76.377),
    "KLB": ("Kalibo", "Aklan", "Philippines", 11.707, 122.364),
    "TBC": ("Tabaco", "Albay", "Philippines", 13.359, 123.733),
    "OZM": ("Ozamiz", "Misamis Occidental", "Philippines", 8.148, 123.842),
    "TNJ": ("Tanjay", "Negros Oriental", "Philippines", 9.516, 123.158),
    "BRP": ("Baripada", "Odisha", "India", 21.934, 86.733),
    "HIM": ("Himamaylan", "Negros Occidental", "Philippines", 10.099, 122.870),
}
OUTLETS = [
    ("BTL-01", "Pawar Supermarket", "Kothi Bazar"), ("BTL-02", "Sharma Departmental Store", "Ganj"),
    ("ETW-01", "Yadav Kirana Store", "Pakka Talab"), ("ETW-02", "Saxena General Store", "Shastri Chauraha"),
    ("MNP-01", "Chauhan Provision Store", "Agra Road"), ("MNP-02", "Shiv Shakti Mart", "Devi Road"),
    ("WSM-01", "Gawande Kirana", "Patni Chowk"), ("WSM-02", "Jay Bhavani Super Shoppe", "Akola Naka"),
    ("HNG-01", "Kalyankar Provision", "Mondha"), ("HNG-02", "Shri Sai Traders", "Khatkali"),
    ("RGJ-01", "Saha Bhandar", "Bidrohi Mor"), ("RGJ-02", "Kundu Stores", "Mohanbati"),
    ("BLG-01", "Ma Durga Variety", "Raghunathpur"), ("BLG-02", "Sarkar Stores", "Thana More"),
    ("VRV-01", "Jalaram Provision Store", "Tower Chowk"), ("VRV-02", "Somnath Super Mart", "Bhalpara"),
    ("PLN-01", "Patel Kirana Bhandar", "Gathaman Gate"), ("PLN-02", "Ambaji General Store", "Delhi Gate"),
    ("PHG-01", "Sandhu Karyana Store", "Banga Road"), ("PHG-02", "Guru Nanak Provision", "Hadiabad"),
    ("RJP-01", "Bedi Super Store", "Township"), ("RJP-02", "Malhotra Karyana", "Old Rajpura"),
    ("TVM-01", "Arunachala Stores", "Thiruvoodal Street"), ("TVM-02", "Sakthi Maligai", "Chengam Road"),
    ("ARY-01", "Murugan Departmental Store", "Perambalur Road"), ("ARY-02", "Selvi Stores", "Market Street"),
    ("TEN-01", "Sri Durga Kirana", "Bose Road"), ("TEN-02", "Lakshmi Ganapathi General Stores", "Ganganammapet"),
    ("NRP-01", "Venkata Sai Super Market", "Palnadu Road"), ("NRP-02", "Annapurna Kirana", "Prakash Nagar"),
    ("RCH-01", "Basava Provision Stores", "Station Road"), ("RCH-02", "Mahalakshmi Super Bazaar", "Gunj Road"),
    ("KPL-01", "Gavisiddeshwara Stores", "Gadag Road"), ("KPL-02", "Hanuman Kirana", "Bhagyanagar Road"),
    ("CHG-01", "St. Thomas Stores", "Market Road"), ("CHG-02", "Aiswarya Supermarket", "Perunna"),
    ("OTP-01", "Bharath Stores", "Palappuram"), ("OTP-02", "Kairali Mart", "Mayannur Road"),
    ("KLB-01", "Aklan Grocery", "Poblacion"), ("KLB-02", "Tumbokon Sari-Sari Store", "Andagao"),
    ("TBC-01", "Bicol Star Mart", "Tayhi"), ("TBC-02", "Aling Nena Store", "Divino Rostro"),
    ("OZM-01", "Misamis Minimart", "Carangan"), ("OZM-02", "Lumapas Store", "Tinago"),
    ("TNJ-01", "Tanjay Central Grocery", "Poblacion 9"), ("TNJ-02", "Ybanez Store", "Novallas"),
    ("BRP-01", "Jagannath Bhandar", "Takatpur"), ("BRP-02", "Mohanty Stores", "Bhanjpur"),
    ("HIM-01", "Gallardo Store", "Su-ay"), ("HIM-02", "Negros Fresh Mart", "Talaban"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Tarmeko", "aliases": ["tarmeko", "#tarmeko", "टारमेको"], "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [{"sku": "TRM-CRM-100", "name": "Tarmeko Cream Biscuits 100 g", "aliases": []},
                  {"sku": "TRM-MAR-200", "name": "Tarmeko Marie 200 g", "aliases": []}]},
    {"brand": "Zuvanti", "aliases": ["zuvanti", "#zuvanti", "ज़ुवंती"], "category_words": ["drink", "bottle", "juice"],
     "products": [{"sku": "ZUV-LYC-250", "name": "Zuvanti Lychee 250 ml", "aliases": []},
                  {"sku": "ZUV-LYC-1000", "name": "Zuvanti Lychee 1 L", "aliases": []},
                  {"sku": "ZUV-GUA-250", "name": "Zuvanti Guava 250 ml", "aliases": []}]},
]}
