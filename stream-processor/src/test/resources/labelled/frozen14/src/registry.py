# -*- coding: utf-8 -*-
"""Hand-written catalog and outlet registry for frozen14 (invented brands, real towns)."""

CATALOG = {"brands": [
    {"brand": "Dhamaka",
     "aliases": ["dhamaka", "dhamaka noodles", "#dhamakanoodles", "@dhamakanoodles", "धमाका नूडल्स"],
     "products": [
         {"sku": "DHAMAKA-MASALA-70G", "name": "Dhamaka Masala Noodles 70g",
          "aliases": ["dhamaka masala 70g", "dhamaka masala single pack"]},
         {"sku": "DHAMAKA-MASALA-280G", "name": "Dhamaka Masala Noodles 4-pack 280g",
          "aliases": ["dhamaka masala 280g", "dhamaka 4 pack", "dhamaka family pack"]},
         {"sku": "DHAMAKA-CHICKEN-70G", "name": "Dhamaka Chicken Noodles 70g",
          "aliases": ["dhamaka chicken"]},
         {"sku": "DHAMAKA-ATTA-75G", "name": "Dhamaka Atta Noodles 75g",
          "aliases": ["dhamaka atta", "dhamaka atta noodles"]},
         {"sku": "DHAMAKA-CUP-CHILLI-60G", "name": "Dhamaka Cup Noodles Hot Chilli 60g",
          "aliases": ["dhamaka cup", "dhamaka cup noodles"]},
     ]},
    {"brand": "Ruzzo",
     "aliases": ["ruzzo", "ruzzo juice", "ruzzo drink", "#ruzzo", "@ruzzodrinks", "रुज़ो"],
     "products": [
         {"sku": "RUZZO-MANGO-250ML", "name": "Ruzzo Mango 250ml", "aliases": ["ruzzo mango 250ml"]},
         {"sku": "RUZZO-MANGO-1500ML", "name": "Ruzzo Mango 1.5L", "aliases": ["ruzzo mango 1.5l", "ruzzo mango 1500ml"]},
         {"sku": "RUZZO-LITCHI-250ML", "name": "Ruzzo Litchi 250ml", "aliases": ["ruzzo litchi 250ml"]},
         {"sku": "RUZZO-LITCHI-1500ML", "name": "Ruzzo Litchi 1.5L", "aliases": ["ruzzo litchi 1.5l", "ruzzo litchi 1500ml"]},
         {"sku": "RUZZO-JEERA-200ML", "name": "Ruzzo Jeera Masala Soda 200ml", "aliases": ["ruzzo jeera"]},
         {"sku": "RUZZO-CALAMANSI-330ML", "name": "Ruzzo Calamansi 330ml", "aliases": ["ruzzo calamansi"]},
     ]},
    {"brand": "Smilix",
     "aliases": ["smilix", "smilix toothpaste", "#smilix", "@smilixcare", "स्माइलिक्स"],
     "products": [
         {"sku": "SMILIX-MINT-100G", "name": "Smilix Mint Toothpaste 100g", "aliases": ["smilix mint 100g"]},
         {"sku": "SMILIX-MINT-150G", "name": "Smilix Mint Toothpaste 150g", "aliases": ["smilix mint 150g", "smilix 150g"]},
         {"sku": "SMILIX-CLOVE-100G", "name": "Smilix Clove Herbal Toothpaste 100g", "aliases": ["smilix clove", "smilix laung"]},
         {"sku": "SMILIX-KIDS-50G", "name": "Smilix Kids Strawberry 50g", "aliases": ["smilix kids"]},
     ]},
]}

SKU = {
    "DM70": "DHAMAKA-MASALA-70G", "DM280": "DHAMAKA-MASALA-280G", "DC70": "DHAMAKA-CHICKEN-70G",
    "DA75": "DHAMAKA-ATTA-75G", "DCUP": "DHAMAKA-CUP-CHILLI-60G",
    "RM250": "RUZZO-MANGO-250ML", "RM1500": "RUZZO-MANGO-1500ML", "RL250": "RUZZO-LITCHI-250ML",
    "RL1500": "RUZZO-LITCHI-1500ML", "RJ200": "RUZZO-JEERA-200ML", "RC330": "RUZZO-CALAMANSI-330ML",
    "SM100": "SMILIX-MINT-100G", "SM150": "SMILIX-MINT-150G", "SC100": "SMILIX-CLOVE-100G", "SK50": "SMILIX-KIDS-50G",
}

# city -> (code, region, country, {locality: (lat, lon)})
CITIES = {
    "Udaipur": ("UDR", "Rajasthan", "IN", {
        "Hiran Magri": (24.5615, 73.7230), "Fatehpura": (24.6030, 73.7005), "Bhupalpura": (24.5930, 73.7110),
        "Hathipole": (24.5862, 73.6880), "Chetak Circle": (24.5905, 73.6960)}),
    "Haridwar": ("HDW", "Uttarakhand", "IN", {
        "Jwalapur": (29.9220, 78.1050), "Kankhal": (29.9250, 78.1480), "Har Ki Pauri": (29.9560, 78.1710),
        "BHEL Ranipur": (29.9370, 78.0800), "Shivalik Nagar": (29.9560, 78.0830)}),
    "Rishikesh": ("RKS", "Uttarakhand", "IN", {
        "Tapovan": (30.1250, 78.3180), "Laxman Jhula": (30.1260, 78.3300), "Muni Ki Reti": (30.1120, 78.3050),
        "Triveni Ghat": (30.1030, 78.2960), "Shyampur": (30.0560, 78.2600)}),
    "Shillong": ("SHL", "Meghalaya", "IN", {
        "Police Bazar": (25.5755, 91.8825), "Laitumkhrah": (25.5700, 91.8990), "Mawlai": (25.5900, 91.8760),
        "Nongthymmai": (25.5830, 91.9060), "Jail Road": (25.5790, 91.8890)}),
    "Kalyan": ("KYN", "Maharashtra", "IN", {
        "Khadakpada": (19.2570, 73.1360), "Kolsewadi": (19.2360, 73.1470), "Ramdaswadi": (19.2520, 73.1250),
        "Shivaji Chowk": (19.2410, 73.1300), "Govindwadi": (19.2350, 73.1230)}),
    "Panvel": ("PNV", "Maharashtra", "IN", {
        "Old Panvel": (18.9920, 73.1140), "New Panvel": (18.9990, 73.1290), "Khanda Colony": (19.0040, 73.1070),
        "Takka": (18.9870, 73.1050)}),
    "Manipal": ("MPL", "Karnataka", "IN", {
        "Tiger Circle": (13.3485, 74.7866), "End Point": (13.3600, 74.7790), "Eshwar Nagar": (13.3440, 74.7980),
        "Perampalli": (13.3370, 74.7790), "Syndicate Circle": (13.3540, 74.7880)}),
    "Guruvayur": ("GVR", "Kerala", "IN", {
        "East Nada": (10.5945, 76.0420), "West Nada": (10.5940, 76.0345), "North Nada": (10.5990, 76.0385),
        "Thamarayur": (10.6060, 76.0520), "Mammiyur": (10.6000, 76.0330)}),
    "Ooty": ("OTY", "Tamil Nadu", "IN", {
        "Charring Cross": (11.4135, 76.7040), "Commercial Road": (11.4085, 76.6995), "Fingerpost": (11.4230, 76.6860),
        "Lovedale": (11.3830, 76.7120), "Upper Bazaar": (11.4060, 76.6940)}),
    "Zirakpur": ("ZRK", "Punjab", "IN", {
        "VIP Road": (30.6500, 76.8150), "Lohgarh": (30.6300, 76.8250), "Baltana": (30.6620, 76.8240),
        "Dhakoli": (30.6550, 76.8380), "Peer Muchalla": (30.6700, 76.8320)}),
    "Chandannagar": ("CDN", "West Bengal", "IN", {
        "Strand": (22.8680, 88.3790), "Laxmiganj": (22.8620, 88.3740), "Palpara": (22.8760, 88.3600),
        "Bagbazar": (22.8560, 88.3700), "Gondalpara": (22.8450, 88.3650)}),
    "Vapi": ("VAP", "Gujarat", "IN", {
        "GIDC": (20.3600, 72.9200), "Chala": (20.3850, 72.9100), "Vapi Town": (20.3730, 72.9050),
        "Chanod": (20.3550, 72.9320), "Gunjan": (20.3780, 72.9210)}),
    "Vizianagaram": ("VZM", "Andhra Pradesh", "IN", {
        "Cantonment": (18.1120, 83.4050), "Kothapeta": (18.1100, 83.3950), "Fort": (18.1160, 83.4120),
        "RTC Complex": (18.1050, 83.4000), "Dasannapeta": (18.1000, 83.3880)}),
    "Malabon": ("MLB", "Metro Manila", "PH", {
        "Potrero": (14.6590, 120.9840), "Tinajeros": (14.6720, 120.9680), "Longos": (14.6580, 120.9530),
        "Tañong": (14.6680, 120.9560), "Catmon": (14.6760, 120.9500)}),
    "Marilao": ("MRL", "Bulacan", "PH", {
        "Loma de Gato": (14.7900, 121.0000), "Patubig": (14.7600, 120.9500), "Lias": (14.7700, 120.9620),
        "Saog": (14.7450, 120.9450), "Abangan Norte": (14.7570, 120.9400)}),
    "Cabuyao": ("CBY", "Laguna", "PH", {
        "Banay-Banay": (14.2650, 121.1200), "Pulo": (14.2500, 121.1400), "Mamatid": (14.2350, 121.1500),
        "Sala": (14.2800, 121.1100), "Marinig": (14.2720, 121.1330)}),
    "Consolacion": ("CNS", "Cebu", "PH", {
        "Poblacion Oriental": (10.3780, 123.9600), "Pitogo": (10.3900, 123.9500), "Lamac": (10.3680, 123.9450),
        "Tayud": (10.3600, 123.9750), "Pulpogan": (10.3850, 123.9640)}),
    "Mati": ("MTI", "Davao Oriental", "PH", {
        "Central": (6.9550, 126.2170), "Dahican": (6.9300, 126.2700), "Badas": (6.9680, 126.1900),
        "Matiao": (6.9400, 126.2300), "Dawan": (6.9470, 126.2450)}),
}

# (city, name, short name, type, locality, street, owner nickname or None)
OUTLETS = [
    ("Udaipur", "Shree Ganesh Kirana Store", "Ganesh kirana", "kirana", "Hiran Magri", "Sector 4 Main Road", None),
    ("Udaipur", "Apollo Pharmacy", "Apollo", "pharmacy", "Fatehpura", "Fatehpura Circle", None),
    ("Udaipur", "Apollo Pharmacy", "Apollo", "pharmacy", "Hiran Magri", "Sector 11 Road", None),
    ("Udaipur", "Mahaveer General Store", "Mahaveer store", "kirana", "Bhupalpura", "Bhupalpura Main Road", "Mahaveer ji"),
    ("Udaipur", "Jain Provision Store", "Jain provision", "kirana", "Hathipole", "Hathipole Bazaar", None),
    ("Udaipur", "Reliance Smart Point", "Reliance Smart", "supermarket", "Chetak Circle", "Chetak Marg", None),
    ("Udaipur", "Bikaner Sweets & Bakery", "Bikaner bakery", "bakery", "Fatehpura", "Saheli Marg", None),
    ("Udaipur", "Kalu Ram Kirana", "Kalu Ram", "kirana", "Hathipole", "Moti Chohatta Road", "Kalu bhai"),
    ("Haridwar", "Shree Ganesh Kirana Store", "Ganesh kirana", "kirana", "Jwalapur", "Ranipur More Road", None),
    ("Haridwar", "Gupta General Store", "Gupta store", "kirana", "Kankhal", "Daksh Mandir Road", "Gupta ji"),
    ("Haridwar", "Gupta General Store", "Gupta store", "kirana", "Shivalik Nagar", "Shivalik Nagar Main Market", "Gupta ji"),
    ("Haridwar", "Haridwar Medical Hall", "Medical Hall", "pharmacy", "Har Ki Pauri", "Upper Road", None),
    ("Haridwar", "Easyday", "Easyday", "supermarket", "BHEL Ranipur", "Sector 4 Market", None),
    ("Haridwar", "Rawat Provision Store", "Rawat store", "kirana", "BHEL Ranipur", "Sector 2 Market", "Rawat ji"),
    ("Haridwar", "Mohan Bakery", "Mohan bakery", "bakery", "Jwalapur", "Jwalapur Chowk", None),
    ("Rishikesh", "Negi General Store", "Negi store", "kirana", "Tapovan", "Badrinath Road", "Negi ji"),
    ("Rishikesh", "Ganga Medical Store", "Ganga medical", "pharmacy", "Triveni Ghat", "Ghat Road", None),
    ("Rishikesh", "Om Bakery & Cafe", "Om bakery", "bakery", "Laxman Jhula", "Laxman Jhula Road", None),
    ("Rishikesh", "Bisht Kirana", "Bisht kirana", "kirana", "Muni Ki Reti", "Kailash Gate Road", "Bisht bhaiya"),
    ("Rishikesh", "Reliance Smart Point", "Reliance Smart", "supermarket", "Shyampur", "Haridwar Road", None),
    ("Rishikesh", "Shree Ganesh Kirana Store", "Ganesh kirana", "kirana", "Tapovan", "Tapovan Market", None),
    ("Shillong", "Lyngdoh Store", "Lyngdoh store", "kirana", "Mawlai", "Mawlai Mawroh Road", "Kong Lyngdoh"),
    ("Shillong", "Apollo Pharmacy", "Apollo", "pharmacy", "Police Bazar", "GS Road", None),
    ("Shillong", "Vishal Mega Mart", "Vishal", "supermarket", "Police Bazar", "Keating Road", None),
    ("Shillong", "Nongrum Bakery", "Nongrum bakery", "bakery", "Laitumkhrah", "Laitumkhrah Main Road", None),
    ("Shillong", "Agarwal Stores", "Agarwal stores", "kirana", "Jail Road", "Jail Road", "Agarwal bhaiya"),
    ("Shillong", "Marbaniang General Store", "Marbaniang store", "kirana", "Nongthymmai", "Nongthymmai Road", "Bah Marbaniang"),
    ("Shillong", "Agarwal Stores", "Agarwal stores", "kirana", "Laitumkhrah", "Dhankheti Road", "Agarwal bhaiya"),
    ("Kalyan", "Shree Ganesh Kirana Store", "Ganesh kirana", "kirana", "Kolsewadi", "Kolsewadi Road", None),
    ("Kalyan", "DMart", "DMart", "supermarket", "Khadakpada", "Khadakpada Circle", None),
    ("Kalyan", "Patil General Stores", "Patil stores", "kirana", "Ramdaswadi", "Ramdaswadi Lane 2", "Patil kaka"),
    ("Kalyan", "Jai Ambe Medical", "Jai Ambe", "pharmacy", "Shivaji Chowk", "Shivaji Chowk", None),
    ("Kalyan", "Noor Bakery", "Noor bakery", "bakery", "Govindwadi", "Govindwadi Bypass", "Noor bhai"),
    ("Kalyan", "Jai Ambe Medical", "Jai Ambe", "pharmacy", "Kolsewadi", "Tisgaon Naka", None),
    ("Kalyan", "Shah Provision Stores", "Shah provision", "kirana", "Khadakpada", "Murbad Road", "Shah sheth"),
    ("Panvel", "Patil General Stores", "Patil stores", "kirana", "Old Panvel", "Line Ali", "Patil kaka"),
    ("Panvel", "Reliance Smart Point", "Reliance Smart", "supermarket", "New Panvel", "Sector 15", None),
    ("Panvel", "Mhatre Kirana", "Mhatre kirana", "kirana", "Takka", "Takka Colony Road", "Mhatre mama"),
    ("Panvel", "Wellness Forever", "Wellness Forever", "pharmacy", "New Panvel", "Sector 6", None),
    ("Panvel", "Sai Bakery", "Sai bakery", "bakery", "Khanda Colony", "Khanda Colony Road", None),
    ("Panvel", "Jai Ambe Medical", "Jai Ambe", "pharmacy", "Old Panvel", "Uran Naka", None),
    ("Manipal", "Kamath Stores", "Kamath stores", "kirana", "Tiger Circle", "Tiger Circle", "Kamath"),
    ("Manipal", "MedPlus", "MedPlus", "pharmacy", "Syndicate Circle", "Syndicate Circle", None),
    ("Manipal", "Manipal Bakery", "Manipal bakery", "bakery", "Tiger Circle", "Madhav Nagar Road", None),
    ("Manipal", "More Supermarket", "More", "supermarket", "Eshwar Nagar", "Eshwar Nagar Main Road", None),
    ("Manipal", "Shenoy General Store", "Shenoy store", "kirana", "Perampalli", "Perampalli Road", "Shenoy maam"),
    ("Manipal", "Kamath Stores", "Kamath stores", "kirana", "End Point", "End Point Road", "Kamath"),
    ("Manipal", "Hegde Provisions", "Hegde provisions", "kirana", "End Point", "Vidyaratna Nagar", None),
    ("Guruvayur", "Sreekrishna Stores", "Sreekrishna", "kirana", "East Nada", "East Nada", None),
    ("Guruvayur", "Sreekrishna Stores", "Sreekrishna", "kirana", "West Nada", "West Nada", None),
    ("Guruvayur", "Margin Free Market", "Margin Free", "supermarket", "North Nada", "Inner Ring Road", None),
    ("Guruvayur", "Ammu Bakers", "Ammu bakers", "bakery", "Thamarayur", "Thamarayur Junction", None),
    ("Guruvayur", "Nair Medicals", "Nair medicals", "pharmacy", "Mammiyur", "Mammiyur Junction", "Nair chettan"),
    ("Guruvayur", "Kunjumon Stores", "Kunjumon stores", "kirana", "West Nada", "Padinjare Nada Road", "Kunjumon chettan"),
    ("Ooty", "Sri Murugan Stores", "Murugan stores", "kirana", "Upper Bazaar", "Upper Bazaar Road", "Murugan anna"),
    ("Ooty", "Nilgiris Supermarket", "Nilgiris", "supermarket", "Commercial Road", "Commercial Road", None),
    ("Ooty", "Hill Bakery", "Hill bakery", "bakery", "Charring Cross", "Garden Road", None),
    ("Ooty", "Apollo Pharmacy", "Apollo", "pharmacy", "Charring Cross", "Coonoor Road", None),
    ("Ooty", "Selvam Provision Store", "Selvam store", "kirana", "Fingerpost", "Fingerpost Junction", "Selvam anna"),
    ("Ooty", "Sri Murugan Stores", "Murugan stores", "kirana", "Lovedale", "Lovedale Road", "Murugan anna"),
    ("Ooty", "Kannan Medicals", "Kannan medicals", "pharmacy", "Commercial Road", "Main Bazaar", None),
    ("Zirakpur", "Bansal Kiryana Store", "Bansal kiryana", "kirana", "Lohgarh", "Lohgarh Road", "Bansal ji"),
    ("Zirakpur", "Reliance Smart Point", "Reliance Smart", "supermarket", "VIP Road", "VIP Road", None),
    ("Zirakpur", "Sood Medicos", "Sood medicos", "pharmacy", "Baltana", "Baltana Market", None),
    ("Zirakpur", "Bansal Kiryana Store", "Bansal kiryana", "kirana", "Dhakoli", "Dhakoli Main Road", "Bansal ji"),
    ("Zirakpur", "Gopal Sweets & Bakery", "Gopal sweets", "bakery", "Peer Muchalla", "Sector 20 Road", None),
    ("Zirakpur", "Gill Provision Store", "Gill store", "kirana", "Baltana", "Kalka Road", "Gill saab"),
    ("Zirakpur", "Easyday", "Easyday", "supermarket", "Peer Muchalla", "Adjoining Sector 20", None),
    ("Chandannagar", "Maa Tara Bhandar", "Maa Tara", "kirana", "Laxmiganj", "Laxmiganj Bazar", "Bapi da"),
    ("Chandannagar", "Ghosh Medical Hall", "Ghosh medical", "pharmacy", "Strand", "Strand Road", None),
    ("Chandannagar", "Annapurna Mistanna Bhandar", "Annapurna", "bakery", "Bagbazar", "GT Road", None),
    ("Chandannagar", "Maa Tara Bhandar", "Maa Tara", "kirana", "Gondalpara", "Gondalpara Road", "Bapi da"),
    ("Chandannagar", "Spencer's", "Spencer's", "supermarket", "Palpara", "Palpara More", None),
    ("Chandannagar", "Saha Stores", "Saha stores", "kirana", "Palpara", "Station Road", "Saha babu"),
    ("Vapi", "Mehul Kirana Store", "Mehul kirana", "kirana", "Chala", "Chala Road", "Mehul bhai"),
    ("Vapi", "Jalaram Provision Store", "Jalaram", "kirana", "Gunjan", "Gunjan Char Rasta", None),
    ("Vapi", "DMart", "DMart", "supermarket", "Chala", "Daman Road", None),
    ("Vapi", "Patel Medical Store", "Patel medical", "pharmacy", "Vapi Town", "Station Road", None),
    ("Vapi", "Jalaram Provision Store", "Jalaram", "kirana", "Vapi Town", "Zanda Chowk", None),
    ("Vapi", "Shree Ganesh Kirana Store", "Ganesh kirana", "kirana", "GIDC", "Char Rasta", None),
    ("Vapi", "Vapi Bakery", "Vapi bakery", "bakery", "Chanod", "Chanod Colony", None),
    ("Vizianagaram", "Appa Rao General Stores", "Appa Rao stores", "kirana", "Cantonment", "Cantonment Main Road", "Appa Rao garu"),
    ("Vizianagaram", "MedPlus", "MedPlus", "pharmacy", "Cantonment", "Collector Office Road", None),
    ("Vizianagaram", "Sri Lakshmi Kirana", "Lakshmi kirana", "kirana", "Kothapeta", "Kothapeta Junction", None),
    ("Vizianagaram", "Sri Lakshmi Kirana", "Lakshmi kirana", "kirana", "Dasannapeta", "Dasannapeta Road", None),
    ("Vizianagaram", "Vijetha Supermarket", "Vijetha", "supermarket", "RTC Complex", "RTC Complex Road", None),
    ("Vizianagaram", "Sai Bakery", "Sai bakery", "bakery", "Fort", "Fort Road", None),
    ("Malabon", "Aling Nena's Sari-Sari Store", "Aling Nena's", "sari-sari", "Tinajeros", "Gov. Pascual Ave", "Aling Nena"),
    ("Malabon", "Mercury Drug", "Mercury", "pharmacy", "Potrero", "MacArthur Highway", None),
    ("Malabon", "Mercury Drug", "Mercury", "pharmacy", "Longos", "Rizal Ave Ext", None),
    ("Malabon", "Puregold", "Puregold", "supermarket", "Catmon", "Gen. Luna St", None),
    ("Malabon", "7-Eleven", "7-11", "convenience", "Tañong", "Sanciangco St", None),
    ("Malabon", "Mang Tony's Store", "Mang Tony's", "sari-sari", "Longos", "Leono St", "Mang Tony"),
    ("Malabon", "Julie's Bakeshop", "Julie's", "bakery", "Tinajeros", "Gov. Pascual Ave", None),
    ("Marilao", "Julie's Bakeshop", "Julie's", "bakery", "Patubig", "MacArthur Highway", None),
    ("Marilao", "Generika Drugstore", "Generika", "pharmacy", "Lias", "Lias Road", None),
    ("Marilao", "Aling Cora Sari-Sari Store", "Aling Cora's", "sari-sari", "Saog", "Saog Road", "Aling Cora"),
    ("Marilao", "Alfamart", "Alfamart", "convenience", "Abangan Norte", "Abangan Road", None),
    ("Marilao", "7-Eleven", "7-11", "convenience", "Loma de Gato", "Sta. Rosa Road", None),
    ("Marilao", "Savemore", "Savemore", "supermarket", "Loma de Gato", "Loma de Gato Road", None),
    ("Marilao", "Aling Nena's Sari-Sari Store", "Aling Nena's", "sari-sari", "Lias", "Purok 3", "Aling Nena"),
    ("Cabuyao", "Mang Tony's Store", "Mang Tony's", "sari-sari", "Mamatid", "Mamatid Road", "Mang Tony"),
    ("Cabuyao", "Alfamart", "Alfamart", "convenience", "Pulo", "National Highway", None),
    ("Cabuyao", "Alfamart", "Alfamart", "convenience", "Banay-Banay", "Banay-Banay Road", None),
    ("Cabuyao", "Mercury Drug", "Mercury", "pharmacy", "Sala", "J.P. Rizal St", None),
    ("Cabuyao", "Kuya Jun Sari-Sari Store", "Kuya Jun's", "sari-sari", "Marinig", "Purok 5", "Kuya Jun"),
    ("Cabuyao", "Pan de Manila", "Pan de Manila", "bakery", "Banay-Banay", "Katapatan Road", None),
    ("Consolacion", "Gaisano Grand", "Gaisano", "supermarket", "Poblacion Oriental", "National Road", None),
    ("Consolacion", "Rose Pharmacy", "Rose", "pharmacy", "Poblacion Oriental", "Sacris Road", None),
    ("Consolacion", "Rose Pharmacy", "Rose", "pharmacy", "Tayud", "Tayud Road", None),
    ("Consolacion", "Nang Linda Store", "Nang Linda's", "sari-sari", "Pitogo", "Sitio Lower", "Nang Linda"),
    ("Consolacion", "7-Eleven", "7-11", "convenience", "Pulpogan", "National Road", None),
    ("Consolacion", "Julie's Bakeshop", "Julie's", "bakery", "Lamac", "Lamac Road", None),
    ("Consolacion", "Dodong Store", "Dodong's", "sari-sari", "Tayud", "Sitio Kaimito", "Dodong"),
    ("Mati", "Manang Beth Store", "Manang Beth's", "sari-sari", "Dahican", "Dahican Road", "Manang Beth"),
    ("Mati", "Gaisano Grand", "Gaisano", "supermarket", "Central", "Rizal St", None),
    ("Mati", "Mercury Drug", "Mercury", "pharmacy", "Central", "Bonifacio St", None),
    ("Mati", "Inday Store", "Inday's", "sari-sari", "Badas", "Badas Road", "Inday"),
    ("Mati", "7-Eleven", "7-11", "convenience", "Matiao", "Matiao Highway", None),
    ("Mati", "Dawan Bakeshop", "Dawan bakeshop", "bakery", "Dawan", "Dawan Road", None),
]

# two outlets placed 35 m apart on purpose (a device location here cannot pick one of them)
CLUSTER = [("Malabon", "Aling Nena's Sari-Sari Store", "Tinajeros"), ("Malabon", "Julie's Bakeshop", "Tinajeros")]

# city names in other scripts, for posts written in those scripts
CITY_NATIVE = {
    ("Udaipur", "Deva"): "उदयपुर", ("Haridwar", "Deva"): "हरिद्वार", ("Rishikesh", "Deva"): "ऋषिकेश",
    ("Zirakpur", "Deva"): "ज़ीरकपुर", ("Kalyan", "Deva"): "कल्याण", ("Panvel", "Deva"): "पनवेल",
    ("Vapi", "Deva"): "वापी", ("Shillong", "Deva"): "शिलांग",
    ("Ooty", "Taml"): "ஊட்டி", ("Guruvayur", "Mlym"): "ഗുരുവായൂർ", ("Manipal", "Knda"): "ಮಣಿಪಾಲ",
    ("Zirakpur", "Guru"): "ਜ਼ੀਰਕਪੁਰ", ("Chandannagar", "Beng"): "চন্দননগর", ("Shillong", "Beng"): "শ্বিলং",
    ("Vizianagaram", "Telu"): "విజయనగరం", ("Vapi", "Gujr"): "વાપી", ("Kalyan", "Arab"): "کلیان",
}

LANG_SCRIPT = {"hi": "Deva", "mr": "Deva", "ta": "Taml", "ml": "Mlym", "kn": "Knda", "pa": "Guru",
               "bn": "Beng", "as": "Beng", "te": "Telu", "gu": "Gujr", "ur": "Arab"}

IN_ALL = [c for c, v in CITIES.items() if v[2] == "IN"]
PH_ALL = [c for c, v in CITIES.items() if v[2] == "PH"]
HINDI_BELT = ["Udaipur", "Haridwar", "Rishikesh", "Zirakpur", "Kalyan", "Panvel", "Vapi", "Shillong"]
PH_TL = ["Malabon", "Marilao", "Cabuyao"]
LANG_CITIES = {
    "en": IN_ALL + PH_ALL, "hi-Latn": HINDI_BELT, "hi": HINDI_BELT,
    "mr": ["Kalyan", "Panvel"], "mr-Latn": ["Kalyan", "Panvel"], "gu": ["Vapi"], "gu-Latn": ["Vapi"],
    "pa": ["Zirakpur"], "pa-Latn": ["Zirakpur"], "ta": ["Ooty"], "ta-Latn": ["Ooty"],
    "ml": ["Guruvayur"], "ml-Latn": ["Guruvayur"], "kn": ["Manipal"], "kn-Latn": ["Manipal"],
    "tcy": ["Manipal"], "kok": ["Manipal"],
    "bn": ["Chandannagar"], "bn-Latn": ["Chandannagar"], "te": ["Vizianagaram"], "te-Latn": ["Vizianagaram"],
    "as": ["Shillong"], "kha": ["Shillong"], "or": ["Vizianagaram", "Vapi"], "or-Latn": ["Vizianagaram", "Vapi"],
    "ur": ["Kalyan"], "tl": PH_TL, "ceb": ["Consolacion", "Mati"],
    "hil": PH_TL, "ilo": PH_TL, "bcl": PH_TL, "war": PH_TL,
}
