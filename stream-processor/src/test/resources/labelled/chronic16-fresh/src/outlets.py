"""Outlets and catalog of chronic16-probe (invented shops in real towns not used by other sets)."""
import csv, json

OUTLETS = [
    ("GON-01", "Shree Ganesh Kirana", "Civil Lines", "Gondia", "Maharashtra", "India", 21.4602, 80.1920),
    ("GON-02", "Jain Kirana", "Gorelal Chowk", "Gondia", "Maharashtra", "India", 21.4631, 80.1961),
    ("GON-03", "Raju Kirana", "Rail Toly", "Gondia", "Maharashtra", "India", 21.4559, 80.2011),
    ("THE-01", "Sri Murugan Stores", "NRT Nagar", "Theni", "Tamil Nadu", "India", 10.0104, 77.4768),
    ("THE-02", "Lakshmi Stores", "Bodi Road", "Theni", "Tamil Nadu", "India", 10.0151, 77.4702),
    ("HAV-01", "Basava Provision Stores", "PB Road", "Haveri", "Karnataka", "India", 14.7951, 75.3991),
    ("HAV-02", "Sri Durga General Stores", "Basaveshwar Nagar", "Haveri", "Karnataka", "India", 14.7902, 75.4043),
    ("SKL-01", "Sai Super Market", "Palakonda Road", "Srikakulam", "Andhra Pradesh", "India", 18.2969, 83.8938),
    ("SKL-02", "Venkateswara Kirana", "Day and Night Junction", "Srikakulam", "Andhra Pradesh", "India", 18.3012, 83.8975),
    ("DHU-01", "Ma Laxmi Bhandar", "Bidyapara", "Dhubri", "Assam", "India", 26.0207, 89.9743),
    ("DHU-02", "Dutta Stores", "Chandni Chowk", "Dhubri", "Assam", "India", 26.0231, 89.9801),
    ("KPT-01", "Kapur General Store", "Jalandhar Road", "Kapurthala", "Punjab", "India", 31.3801, 75.3810),
    ("KPT-02", "Sharma Store", "Sultanpur Road", "Kapurthala", "Punjab", "India", 31.3722, 75.3902),
    ("ORQ-01", "Metro Mart", "Poblacion", "Oroquieta", "Misamis Occidental", "Philippines", 8.4859, 123.8047),
    ("ORQ-02", "Manang Rosa Store", "Lower Langcangan", "Oroquieta", "Misamis Occidental", "Philippines", 8.4901, 123.8002),
    ("CAB-01", "Gaisano Cabadbaran", "Poblacion 7", "Cabadbaran", "Agusan del Norte", "Philippines", 9.1236, 125.5347),
    ("CAB-02", "Aling Nena Store", "La Union", "Cabadbaran", "Agusan del Norte", "Philippines", 9.1190, 125.5401),
    ("ESC-01", "7-Eleven Escalante", "Balintawak", "Escalante", "Negros Occidental", "Philippines", 10.8403, 123.4998),
    ("SIP-01", "Sipalay Grocery", "Poblacion 2", "Sipalay", "Negros Occidental", "Philippines", 9.7519, 122.4045),
]

CATALOG = {"brands": [
    {"brand": "Tenvora", "aliases": ["tenvora", "#tenvora", "टेनवोरा", "টেনভোরা", "టెన్వోరా"],
     "category_words": ["biscuit", "biscuits", "cookies"],
     "products": [
         {"sku": "TNV-CRM-100", "name": "Tenvora Cream 100 g", "aliases": []},
         {"sku": "TNV-MLK-200", "name": "Tenvora Milk 200 g", "aliases": []}]},
    {"brand": "Pahalo", "aliases": ["pahalo", "#pahalo", "पहालो", "பஹாலோ", "ಪಹಾಲೋ", "ਪਹਾਲੋ"],
     "category_words": ["tea", "chai", "chaa"],
     "products": [
         {"sku": "PHL-250", "name": "Pahalo Tea 250 g", "aliases": []},
         {"sku": "PHL-500", "name": "Pahalo Tea 500 g", "aliases": []}]},
]}


def write(folder):
    with open(f"{folder}/outlets.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["outlet_id", "name", "address", "locality", "city", "region", "country", "lat", "lon"])
        for o in OUTLETS:
            w.writerow([o[0], o[1], f"{o[2]}, {o[3]}", o[2], o[3], o[4], o[5], o[6], o[7]])
    with open(f"{folder}/catalog.json", "w") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)


OUTLET_BY_ID = {o[0]: o for o in OUTLETS}
