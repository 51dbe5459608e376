"""Outlets and catalog of time17-probe (session 17, past and resolved absences, and requests; invented shops and brands)."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "HAJ": ("Hajipur", "Bihar", "India", 25.686, 85.221),
    "NAG": ("Nagaur", "Rajasthan", "India", 27.202, 73.734),
    "SAM": ("Sambhal", "Uttar Pradesh", "India", 28.585, 78.570),
    "UDG": ("Udgir", "Maharashtra", "India", 18.393, 77.116),
    "ARA": ("Arambagh", "West Bengal", "India", 22.877, 87.783),
    "TIR": ("Tiruchengode", "Tamil Nadu", "India", 11.379, 77.894),
    "TAN": ("Tanuku", "Andhra Pradesh", "India", 16.755, 81.681),
    "RAN": ("Ranebennur", "Karnataka", "India", 14.623, 75.621),
    "THI": ("Thiruvalla", "Kerala", "India", 9.385, 76.575),
    "SID": ("Sidhpur", "Gujarat", "India", 23.917, 72.373),
    "JAG": ("Jagraon", "Punjab", "India", 30.787, 75.473),
    "KEN": ("Kendrapara", "Odisha", "India", 20.501, 86.422),
    "NAL": ("Nalbari", "Assam", "India", 26.445, 91.440),
    "CLG": ("Calauag", "Quezon", "Philippines", 13.958, 122.288),
    "OSL": ("Oslob", "Cebu", "Philippines", 9.520, 123.433),
    "BAD": ("Badoc", "Ilocos Norte", "Philippines", 17.927, 120.476),
    "JAN": ("Janiuay", "Iloilo", "Philippines", 10.950, 122.507),
    "CAM": ("Camalig", "Albay", "Philippines", 13.181, 123.655),
    "GUU": ("Guiuan", "Eastern Samar", "Philippines", 11.034, 125.724),
}
OUTLETS = [
    ("HAJ-01", "Choudhary Kirana Store", "Jadhua"),
    ("HAJ-02", "Paswan General Store", "Rajendra Chowk"),
    ("NAG-01", "Bohra Kirana", "Delhi Darwaza"),
    ("SAM-01", "Qureshi General Store", "Chandausi Chauraha"),
    ("SAM-02", "Ansari Kirana", "Sarai Tareen"),
    ("UDG-01", "Bhosale Kirana", "Nideban"),
    ("UDG-02", "Pawar Stores", "Shivaji Chowk"),
    ("ARA-01", "Mondal Bhandar", "Link Road"),
    ("TIR-01", "Ayyanar Stores", "Sankari Road"),
    ("TIR-02", "Palani Provisions", "Velur Road"),
    ("TAN-01", "Gowtham Kirana", "Sajjapuram"),
    ("TAN-02", "Lakshmi Ganapathi Stores", "Undrajavaram Road"),
    ("RAN-01", "Hiremath Provision", "Station Road"),
    ("RAN-02", "Angadi Stores", "Medleri Road"),
    ("THI-01", "Kurian Stores", "Kavumbhagom"),
    ("THI-02", "Varghese Stores", "Manjadi"),
    ("SID-01", "Modi Kirana", "Bindu Sarovar Road"),
    ("SID-02", "Patel Provision", "Kalupur"),
    ("JAG-01", "Grewal Karyana Store", "Kamal Chowk"),
    ("JAG-02", "Bansal Karyana", "Raikot Road"),
    ("KEN-01", "Swain Stores", "Ichhapur"),
    ("KEN-02", "Behera Bhandar", "Pattamundai Road"),
    ("NAL-01", "Kalita Stores", "Chowk Bazar"),
    ("NAL-02", "Deka Bhandar", "Gopal Bazar"),
    ("CLG-01", "Dimasalang Store", "Sumulong"),
    ("CLG-02", "Ramos Sari-Sari Store", "Dominlog"),
    ("OSL-01", "Tabanao Store", "Poblacion"),
    ("BAD-01", "Agdamag Store", "Pagsanahan"),
    ("JAN-01", "Gallego Store", "Monte"),
    ("CAM-01", "Nacion Store", "Tagaytay"),
    ("GUU-01", "Candido Store", "Surok"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Kavrilo", "aliases": ["kavrilo", "#kavrilo", "@kavrilo_biscuits", "कव्रिलो"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [{"sku": "KVR-CHC-75", "name": "Kavrilo Choco 75 g", "aliases": []},
                  {"sku": "KVR-ELC-75", "name": "Kavrilo Elaichi 75 g", "aliases": []}]},
    {"brand": "Nuvessa", "aliases": ["nuvessa", "#nuvessa", "@nuvessa_drinks", "नुवेसा"],
     "category_words": ["drink", "bottle", "juice"],
     "products": [{"sku": "NUV-MNG-250", "name": "Nuvessa Mango 250 ml", "aliases": []},
                  {"sku": "NUV-LMN-600", "name": "Nuvessa Lemon 600 ml", "aliases": []}]},
    {"brand": "Sorvinta", "aliases": ["sorvinta", "#sorvinta", "सोर्विंटा"], "category_words": ["noodles", "noodle"],
     "products": [{"sku": "SRV-MSL-70", "name": "Sorvinta Masala Noodles 70 g", "aliases": []},
                  {"sku": "SRV-TMT-70", "name": "Sorvinta Tomato Noodles 70 g", "aliases": []}]},
]}
