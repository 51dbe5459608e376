"""Posts written after the chronic rules were changed, to check that they generalise (never tuned to).
Each row: text, stockout, sku, outlet_id, city, locality, category, lang."""

R = True
N = False

ROWS = [
    ("Jain Kirana Gondia mein Pahalo kabhi nahi milti, har baar bolte hai kal aayega", R, None, "GON-02", "Gondia", None, "chronic", "hi-Latn"),
    ("शर्मा स्टोर कपूरथला में टेनवोरा कभी भी नहीं मिलता", R, None, "KPT-02", "Kapurthala", None, "chronic", "hi"),
    ("Kapur General Store Kapurthala te Tenvora kade nahi milda, har vaar khatam", R, None, "KPT-01", "Kapurthala", None, "chronic", "pa-Latn"),
    ("ತೇನಿ ಅಲ್ಲ, ಹಾವೇರಿ ಬಸವ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಟೆನ್ವೋರಾ ಸಿಗಲ್ಲ ಯಾವತ್ತೂ", R, None, "HAV-01", "Haveri", None, "chronic", "kn"),
    ("Sri Durga General Stores Haveri alli Tenvora irolla, yavattu", R, None, "HAV-02", "Haveri", None, "chronic", "kn-Latn"),
    ("Theni Sri Murugan Stores la Tenvora biscuit kidaikkaathu, eppo ponaalum", R, None, "THE-01", "Theni", None, "chronic", "ta-Latn"),
    ("லட்சுமி ஸ்டோர்ஸ் தேனி - டென்வோரா இருக்காது எப்பவும்", R, None, "THE-02", "Theni", None, "chronic", "ta"),
    ("Venkateswara Kirana Srikakulam lo Pahalo eppudu undadu", R, None, "SKL-02", "Srikakulam", None, "chronic", "te-Latn"),
    ("Dutta Stores Dhubri te Pahalo kokhono thake na", R, None, "DHU-02", "Dhubri", None, "chronic", "bn-Latn"),
    ("ধুবড়ীর দত্ত স্টোর্সে পাহালো চা কখনও থাকে না", R, None, "DHU-02", "Dhubri", None, "chronic", "bn"),
    ("Dhubri Ma Laxmi Bhandar ot Pahalo kahiyo nepay", R, None, "DHU-01", "Dhubri", None, "chronic", "as"),
    ("Sai Super Market Srikakulam - Pahalo 500g never in stock, every visit same", R, "PHL-500", "SKL-01", "Srikakulam", None, "chronic", "en"),
    ("Lagi na lang walang Pahalo sa 7-Eleven Escalante, kahit anong oras ako pumunta", R, None, "ESC-01", "Escalante", None, "chronic", "tl"),
    ("Kanunay walay Tenvora sa Manang Rosa Store Oroquieta", R, None, "ORQ-02", "Oroquieta", None, "chronic", "ceb"),
    ("Jain Kirana Gondia mein Pahalo hamesha milti hai, kabhi nahi khatam hoti", N, None, None, None, None, "always-there", "hi-Latn"),
    ("pehle Kapur General Store te Tenvora kade nahi milda si, hun milda", N, None, None, None, None, "past-chronic", "pa-Latn"),
    ("ಬಸವ ಪ್ರಾವಿಷನ್ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ ಟೆನ್ವೋರಾ ಯಾವಾಗಲೂ ಸಿಗುತ್ತೆ", N, None, None, None, None, "always-there", "kn"),
    ("Lakshmi Stores Theni la Tenvora eppavum kidaikkum", N, None, None, None, None, "always-there", "ta-Latn"),
    ("Dutta Stores e Pahalo sob somoy thake", N, None, None, None, None, "always-there", "bn-Latn"),
    ("Laging may Pahalo sa 7-Eleven Escalante, walang problema", N, None, None, None, None, "always-there", "tl"),
    ("Kaniadto walay Tenvora sa Oroquieta, karon permi na naa sa Metro Mart", N, None, None, None, None, "past-chronic", "ceb"),
    ("Tenvora kabhi nahi chhodunga, meri favourite biscuit", N, None, None, None, None, "praise", "hi-Latn"),
    ("Pahalo never lets me down, Sharma Store always has the 500g", N, None, None, None, None, "always-there", "en"),
    ("Sai Super Market never runs out of Tenvora, respect", N, None, None, None, None, "always-there", "en"),
]
