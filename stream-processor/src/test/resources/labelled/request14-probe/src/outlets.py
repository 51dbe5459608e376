"""Outlets and catalog of request14-probe (session 14, requests to stock; invented shops and brands)."""
CITIES = {
    # code: (city, region, country, lat, lon)
    "BHR": ("Bahraich", "Uttar Pradesh", "India", 27.575, 81.594),
    "YAV": ("Yavatmal", "Maharashtra", "India", 20.389, 78.130),
    "PUR": ("Purulia", "West Bengal", "India", 23.332, 86.365),
    "KKD": ("Karaikudi", "Tamil Nadu", "India", 10.073, 78.780),
    "CTD": ("Chitradurga", "Karnataka", "India", 14.230, 76.398),
    "THO": ("Thodupuzha", "Kerala", "India", 9.894, 76.717),
    "GON": ("Gondal", "Gujarat", "India", 21.961, 70.792),
    "NDY": ("Nandyal", "Andhra Pradesh", "India", 15.478, 78.483),
    "BRN": ("Barnala", "Punjab", "India", 30.378, 75.546),
    "BHA": ("Bhandara", "Maharashtra", "India", 21.167, 79.650),
    "CUD": ("Cuddalore", "Tamil Nadu", "India", 11.748, 79.768),
    "TAN": ("Tanauan", "Batangas", "Philippines", 14.086, 121.150),
    "CAR": ("Carcar", "Cebu", "Philippines", 10.106, 123.640),
    "VIG": ("Vigan", "Ilocos Sur", "Philippines", 17.574, 120.387),
    "CAT": ("Catarman", "Northern Samar", "Philippines", 12.499, 124.638),
}
OUTLETS = [
    ("BHR-01", "Verma Kirana Store", "Ghantaghar"),
    ("BHR-02", "Sahu General Store", "Chowk Bazar"),
    ("YAV-01", "Deshmukh Kirana", "Datta Chowk"),
    ("YAV-02", "Patil Stores", "Tilak Wadi"),
    ("PUR-01", "Mondal Bhandar", "Ranchi Road"),
    ("PUR-02", "Sen Stores", "Chawk Bazar"),
    ("KKD-01", "Murugan Stores", "Sekkalai"),
    ("KKD-02", "Lakshmi Provisions", "College Road"),
    ("CTD-01", "Basava Provision Stores", "Holalkere Road"),
    ("CTD-02", "Sri Ganesh Stores", "Fort Road"),
    ("THO-01", "Thomas Stores", "Mangattukavala"),
    ("THO-02", "St Marys Supermarket", "Vengalloor"),
    ("GON-01", "Patel Kirana", "Station Plot"),
    ("GON-02", "Jalaram Provision", "Bhojrajpara"),
    ("NDY-01", "Venkateswara Kirana", "Saleem Nagar"),
    ("NDY-02", "Sai Ram Stores", "Bommalasatram"),
    ("BRN-01", "Gill Karyana Store", "Sadar Bazar"),
    ("BRN-02", "Sharma Karyana", "Handiaya Bazar"),
    ("BHA-01", "Jain Super Market", "Gandhi Chowk"),
    ("CUD-01", "Anand Supermarket", "Manjakuppam"),
    ("TAN-01", "Aling Nena Sari-Sari Store", "Poblacion"),
    ("TAN-02", "Mercado Grocery", "Sambat"),
    ("CAR-01", "Alcoseba Store", "Valladolid"),
    ("VIG-01", "Rabago Store", "Crisologo"),
    ("CAT-01", "Tindahan ni Manang Lita", "Dalakit"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.004 * n, 5), round(c[4] - 0.003 * n, 5)


CATALOG = {"brands": [
    {"brand": "Mundesa", "aliases": ["mundesa", "#mundesa", "@mundesa_official", "मुंडेसा"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [{"sku": "MUN-ELC-100", "name": "Mundesa Elaichi Biscuit 100 g", "aliases": []},
                  {"sku": "MUN-CRM-150", "name": "Mundesa Cream Biscuit 150 g", "aliases": []}]},
    {"brand": "Koparu", "aliases": ["koparu", "#koparu", "@koparu_in", "कोपारु"],
     "category_words": ["drink", "bottle", "juice"],
     "products": [{"sku": "KOP-LEM-500", "name": "Koparu Lemon 500 ml", "aliases": []},
                  {"sku": "KOP-MNG-1000", "name": "Koparu Mango 1 L", "aliases": []}]},
    {"brand": "Velmira", "aliases": ["velmira", "#velmira", "वेलमीरा"], "category_words": ["soap", "sabun", "bar"],
     "products": [{"sku": "VEL-ROS-100", "name": "Velmira Rose Soap 100 g", "aliases": []}]},
]}
