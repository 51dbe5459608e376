"""Outlets and catalog of sense20-probe and sense20-fresh (session 20, invented). Brands whose names are everyday
words: Chamak (Hindi/Urdu/Marathi/Punjabi "shine, gleam, flash"), Lamig (Tagalog "cold, coolness"), Kulir
(Tamil/Malayalam "cold, chill"); look-alikes Chamik (tile cleaner, Sheetal Chemicals) and Kolir (mosquito coil)."""
CITIES = {
    "SND": ("Sandila", "Uttar Pradesh", "India", 27.075, 80.515),
    "BLG": ("Bilgram", "Uttar Pradesh", "India", 27.175, 80.032),
    "UDU": ("Udumalaipettai", "Tamil Nadu", "India", 10.588, 77.247),
    "ATU": ("Attur", "Tamil Nadu", "India", 11.597, 78.600),
    "SIB": ("Sibonga", "Cebu", "Philippines", 10.017, 123.617),
    "TIA": ("Tiaong", "Quezon", "Philippines", 13.950, 121.317),
}
OUTLETS = [
    ("SND-01", "Dixit Kirana Store", "Station Road"), ("SND-02", "Rastogi General Store", "Kachehri Road"),
    ("BLG-01", "Qureshi Provision Store", "Bada Bazar"), ("BLG-02", "Siddiqui Kirana", "Nai Basti"),
    ("UDU-01", "Palanisamy Stores", "Kalpana Road"), ("UDU-02", "Sri Murugan Departmental Store", "Bus Stand Road"),
    ("ATU-01", "Annai Maligai", "Main Road"), ("ATU-02", "Kannan Super Market", "Kamaraj Nagar"),
    ("SIB-01", "Tumulak Store", "Poblacion"), ("SIB-02", "Rosal Mini Mart", "Basak"),
    ("TIA-01", "Aling Nena Sari-Sari Store", "Lalig"), ("TIA-02", "Mercado Grocery", "Poblacion"),
]


def coords(oid):
    c = CITIES[oid[:3]]
    n = int(oid[4:])
    return round(c[3] + 0.002 * n, 4), round(c[4] + 0.002 * n, 4)


def _p(sku, name):
    return {"sku": sku, "name": name, "aliases": []}


CATALOG = {"brands": [
    {"brand": "Chamak", "aliases": ["Chamak", "चमक", "چمک", "#chamak"],
     "category_words": ["dishwash", "dishwash bar", "dishwash liquid"],
     "other_senses": ["bijli", "chehre", "aankhon"],
     "products": [_p("CMK-BAR-200G", "Chamak Dishwash Bar 200 g"), _p("CMK-LIQ-500ML", "Chamak Dishwash Liquid 500 ml")]},
    {"brand": "Lamig", "aliases": ["Lamig", "#lamig"],
     "category_words": ["iced tea"],
     "products": [_p("LMG-TEA-350ML", "Lamig Iced Tea 350 ml"), _p("LMG-TEA-1L", "Lamig Iced Tea 1 L")]},
    {"brand": "Kulir", "aliases": ["Kulir", "குளிர்", "#kulir"],
     "category_words": ["talc", "cool talc", "prickly heat powder"],
     "products": [_p("KLR-TLC-100G", "Kulir Cool Talc 100 g"), _p("KLR-TLC-300G", "Kulir Cool Talc 300 g")]},
]}
