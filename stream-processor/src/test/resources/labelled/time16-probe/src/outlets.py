"""Outlets and catalog of time16-probe (session 16, past, resolved, denials and requests; invented shops and brands)."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "SIT": ("Sitamarhi", "Bihar", "India", 26.593, 85.490),
    "BAN": ("Banswara", "Rajasthan", "India", 23.546, 74.434),
    "AMB": ("Ambajogai", "Maharashtra", "India", 18.731, 76.386),
    "KLN": ("Kalna", "West Bengal", "India", 23.221, 88.363),
    "ARU": ("Aruppukottai", "Tamil Nadu", "India", 9.509, 78.096),
    "PRO": ("Proddatur", "Andhra Pradesh", "India", 14.750, 78.548),
    "GOK": ("Gokak", "Karnataka", "India", 16.167, 74.829),
    "KOT": ("Kottarakkara", "Kerala", "India", 9.002, 76.773),
    "MOD": ("Modasa", "Gujarat", "India", 23.463, 73.298),
    "MAL": ("Malout", "Punjab", "India", 30.190, 74.495),
    "JAJ": ("Jajpur", "Odisha", "India", 20.849, 86.337),
    "PAG": ("Pagbilao", "Quezon", "Philippines", 13.972, 121.687),
    "DAL": ("Dalaguete", "Cebu", "Philippines", 9.761, 123.535),
    "CAN": ("Candon", "Ilocos Sur", "Philippines", 17.195, 120.452),
    "SAG": ("Sagay", "Negros Occidental", "Philippines", 10.896, 123.417),
    "LIG": ("Ligao", "Albay", "Philippines", 13.240, 123.536),
    "NAV": ("Naval", "Biliran", "Philippines", 11.561, 124.396),
}
OUTLETS = [
    ("SIT-01", "Mahto Kirana Store", "Gudri Bazar"),
    ("SIT-02", "Jha General Store", "Dumra Road"),
    ("BAN-01", "Joshi Kirana", "Gandhi Murti"),
    ("BAN-02", "Panchal Provision Store", "Kushalbagh"),
    ("AMB-01", "Deshmukh Kirana", "Mondha Road"),
    ("AMB-02", "Kale Stores", "Prashant Nagar"),
    ("KLN-01", "Ghosh Bhandar", "Chawkbazar"),
    ("KLN-02", "Saha Stores", "Baidyapur More"),
    ("ARU-01", "Muthu Stores", "Palayampatti"),
    ("ARU-02", "Selvam Provisions", "Gandhi Nagar"),
    ("PRO-01", "Venkateswara Kirana", "Mydukur Road"),
    ("PRO-02", "Sai Lakshmi Stores", "Bollavaram"),
    ("GOK-01", "Kulkarni Provision", "Hosapeth"),
    ("GOK-02", "Sangam Stores", "Ankalgi Road"),
    ("KOT-01", "Mathews Stores", "Pulamon"),
    ("KOT-02", "Sree Ganesh Supermarket", "Chanthamukku"),
    ("MOD-01", "Prajapati Kirana", "Malpur Road"),
    ("MOD-02", "Sonal Provision", "Dhansura Road"),
    ("MAL-01", "Sidhu Karyana Store", "Mandi Road"),
    ("MAL-02", "Garg Karyana", "Tahsil Road"),
    ("JAJ-01", "Mohapatra Stores", "Kacheri Chhak"),
    ("JAJ-02", "Jena Bhandar", "Byasanagar"),
    ("PAG-01", "Villamor Sari-Sari Store", "Ibabang Polo"),
    ("PAG-02", "Maranan Grocery", "Malicboy"),
    ("DAL-01", "Cabahug Store", "Casay"),
    ("CAN-01", "Gacayan Store", "San Isidro"),
    ("SAG-01", "Vito Store", "Bulanon"),
    ("LIG-01", "Nidea Store", "Tuburan"),
    ("NAV-01", "Sabenorio Store", "Larrazabal"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Dravoli", "aliases": ["dravoli", "#dravoli", "@dravoli_biscuits", "द्रवोली"],
     "category_words": ["biscuit", "biscuits", "cream"],
     "products": [{"sku": "DRV-CHC-75", "name": "Dravoli Chocolate Cream 75 g", "aliases": []},
                  {"sku": "DRV-ELC-75", "name": "Dravoli Elaichi 75 g", "aliases": []}]},
    {"brand": "Pesmira", "aliases": ["pesmira", "#pesmira", "@pesmira_drinks", "पेसमीरा"],
     "category_words": ["drink", "bottle", "juice"],
     "products": [{"sku": "PSM-MNG-250", "name": "Pesmira Mango 250 ml", "aliases": []},
                  {"sku": "PSM-ORG-600", "name": "Pesmira Orange 600 ml", "aliases": []}]},
    {"brand": "Orvanta", "aliases": ["orvanta", "#orvanta", "ओर्वांटा"], "category_words": ["noodles", "noodle"],
     "products": [{"sku": "ORV-MSL-70", "name": "Orvanta Masala Noodles 70 g", "aliases": []},
                  {"sku": "ORV-ATA-70", "name": "Orvanta Atta Noodles 70 g", "aliases": []}]},
]}
