# Writes the "place16-probe" labelled set (session 16: the city, and with it the outlet, of reports). The classes the
# held-out sets lose the city on: the place only in the author's profile (emoji, flags, "X-based", "X | Y", a state, a
# neighbourhood, "born in X, living in Y"); requests ("please stock X at Y", "X rakh lo bhaiya", "palihug stock-i");
# contrast posts naming two shops or towns ("not at X but Y has it", "Rajkot ma male chhe pan Morbi ma nathi");
# misspelt towns ("Kancheepuram", "Bhiwaani", "Mandawe", old or official names "Morvi", "Bagalakote"); long posts
# naming several towns (where the author lives, came from, travelled, where a relative is); native scripts. Most
# reports name a second town or carry a profile town that is not the shop's. Two invented brands (Zorvela, biscuits;
# Mintrika, toothpaste); outlets in Satna, Bokaro, Anantapur, Bhiwani, Morbi, Kanchipuram, Bagalkot, Malappuram,
# Haldwani, Iriga, Cadiz, Mandaue and Bacoor (no other readable set uses them), six shop names in two towns each.
# About 40 % non-reports in the same places (found, questions, past, irrealis, other brands, reposts, adverts, asking
# a shop to keep a pack aside). A report located in a town outside the registry is labelled with that town.
# Written before any rule of session 16 changed, from the writer's knowledge of how people write (not from the
# project's name, gazetteer or lexicon files); run once, then kept.
# Usage: python3 build_place16_probe_set.py stream-processor/src/test/resources/labelled/place16-probe
import json, os, sys
OUT = sys.argv[1]
C = {
 "STN": ("Satna", "Madhya Pradesh", "India", "485001"),
 "BKR": ("Bokaro", "Jharkhand", "India", "827004"),
 "ATP": ("Anantapur", "Andhra Pradesh", "India", "515001"),
 "BHW": ("Bhiwani", "Haryana", "India", "127021"),
 "MRB": ("Morbi", "Gujarat", "India", "363641"),
 "KCP": ("Kanchipuram", "Tamil Nadu", "India", "631501"),
 "BGK": ("Bagalkot", "Karnataka", "India", "587101"),
 "MLP": ("Malappuram", "Kerala", "India", "676505"),
 "HLD": ("Haldwani", "Uttarakhand", "India", "263139"),
 "IRG": ("Iriga", "Camarines Sur", "Philippines", None),
 "CDZ": ("Cadiz", "Negros Occidental", "Philippines", None),
 "MDE": ("Mandaue", "Cebu", "Philippines", None),
 "BCR": ("Bacoor", "Cavite", "Philippines", None),
}
SHOPS = [
 ("STN-01", "Gupta Kirana Store", "Sindhi Camp", 24.58300, 80.83500),
 ("STN-02", "Shivam General Store", "Rewa Road", 24.57000, 80.84800),
 ("STN-03", "Balaji Traders", "Krishna Nagar", 24.59000, 80.82000),
 ("BKR-01", "Balaji Traders", "Chas", 23.63500, 86.16700),
 ("BKR-02", "Maa Chinnamasta Bhandar", "Sector 4", 23.66500, 86.14000),
 ("BKR-03", "Steel City Mart", "City Centre", 23.67000, 86.15200),
 ("ATP-01", "Sri Lakshmi Venkateswara Stores", "Saptagiri Circle", 14.68100, 77.60000),
 ("ATP-02", "Anantha Super Market", "Kamalanagar", 14.67000, 77.59500),
 ("ATP-03", "Sri Sai Kirana", "Subash Road", 14.68500, 77.61000),
 ("BHW-01", "Jain General Store", "Ghantaghar", 28.79500, 76.13500),
 ("BHW-02", "Shivam General Store", "Hansi Gate", 28.80000, 76.14000),
 ("BHW-03", "Sangwan Kiryana", "Dadri Gate", 28.78800, 76.13000),
 ("MRB-01", "Jalaram Provision Store", "Ravapar Road", 22.81500, 70.84000),
 ("MRB-02", "Umiya Super Mart", "Shanala Road", 22.82200, 70.83000),
 ("MRB-03", "Patel Kirana", "Lilapar Road", 22.81000, 70.82500),
 ("KCP-01", "Sri Kamakshi Stores", "Gandhi Road", 12.83800, 79.70300),
 ("KCP-02", "Varadharaja Departmental Store", "Chinna Kanchipuram", 12.82500, 79.72000),
 ("KCP-03", "Pachaiyappa Stores", "Pillaiyarpalayam", 12.84500, 79.69500),
 ("BGK-01", "Basaveshwara General Stores", "Navanagar", 16.17000, 75.66000),
 ("BGK-02", "Sri Sai Kirana", "Vidyagiri", 16.18000, 75.68000),
 ("BGK-03", "Mahalingappa Traders", "Extension Area", 16.18500, 75.69500),
 ("MLP-01", "Al Ameen Stores", "Kottappadi", 11.04000, 76.07800),
 ("MLP-02", "Thangal Supermarket", "Down Hill", 11.05000, 76.08500),
 ("MLP-03", "Kerala Traders", "Kunnummal", 11.04500, 76.07000),
 ("HLD-01", "Pant General Store", "Kaladhungi Road", 29.21500, 79.50800),
 ("HLD-02", "Kumaon Kirana", "Mukhani", 29.20500, 79.51500),
 ("HLD-03", "Jain General Store", "Heera Nagar", 29.22800, 79.52500),
 ("IRG-01", "Aling Susing Store", "San Roque", 13.42500, 123.41500),
 ("IRG-02", "Rinconada Mart", "San Nicolas", 13.43000, 123.40800),
 ("IRG-03", "Perpetual Grocery", "Santo Domingo", 13.43800, 123.42000),
 ("CDZ-01", "Manang Luz Sari-Sari Store", "Burgos", 10.94800, 123.29000),
 ("CDZ-02", "Cadiz Bay Minimart", "Tinampaan", 10.95500, 123.30500),
 ("CDZ-03", "Perpetual Grocery", "Daga", 10.93500, 123.28000),
 ("MDE-01", "Mama Neneng Store", "Tipolo", 10.33500, 123.93500),
 ("MDE-02", "Subangdaku Minimart", "Subangdaku", 10.32500, 123.92000),
 ("MDE-03", "Banilad Grocery", "Banilad", 10.34000, 123.91800),
 ("BCR-01", "Aling Baby Store", "Molino", 14.41000, 120.97500),
 ("BCR-02", "Cavite Star Mart", "Talaba", 14.45500, 120.95000),
 ("BCR-03", "Manang Luz Sari-Sari Store", "Niog", 14.46000, 120.96500),
]
O = {s[0]: s for s in SHOPS}
GL, CR, RD, NM = "ZRV-GLU-100", "ZRV-CRM-75", "MNT-RED-150", "MNT-NEM-100"
R, N = True, False
M = []
def m(lang, cat, so, text, outlet=None, city=None, loc=None, profile=None, sku=None):
    M.append((lang, cat, so, text, outlet, sku, city, loc, profile))

# ---- the place only in the author's profile (the text names a shop two towns have, or none) ----
m("hi", "profile-only", R, "Balaji Traders pe Zorvela nahi mila aaj bhi", "STN-03", profile="Satna, MP")
m("hi", "profile-only", R, "Balaji Traders mein Mintrika khatam ho gaya", "BKR-01", profile="📍Bokaro Steel City")
m("hi", "profile-only", R, "Shivam General Store me Zorvela nahi hai", "BHW-02", profile="Bhiwani-based | CA aspirant")
m("en", "profile-only", R, "Shivam General Store out of Mintrika neem again", "STN-02", sku=NM, profile="satna 🇮🇳 | foodie")
m("te", "profile-only", R, "Sri Sai Kirana lo Zorvela ledu", "ATP-03", profile="Anantapur, Andhra Pradesh")
m("kn", "profile-only", R, "Sri Sai Kirana nalli Mintrika illa", "BGK-02", profile="Bagalkot ❤️")
m("hi", "profile-only", R, "Jain General Store pe Zorvela cream nahi hai", "HLD-03", sku=CR, profile="Haldwani | Kumaon ⛰️")
m("hi", "profile-only", R, "Jain General Store mein Mintrika nahi mil raha", "BHW-01", profile="Bhiwani, Haryana 🇮🇳")
m("tl", "profile-only", R, "Walang Zorvela sa Perpetual Grocery ngayon", "IRG-03", profile="Iriga City, Camarines Sur")
m("hil", "profile-only", R, "Wala sing Mintrika sa Perpetual Grocery", "CDZ-03", profile="Cadiz City, Negros Occ. 🌊")
m("tl", "profile-only", R, "Ubos na ang Zorvela sa Manang Luz Sari-Sari Store", "BCR-03", profile="Bacoor 🇵🇭")
m("hil", "profile-only", R, "Wala na sing Zorvela sa Manang Luz store", "CDZ-01", profile="Negrense | Cadiz")
m("en", "profile-only", R, "Zorvela biscuits nowhere in town since a week", city="Morbi", profile="Morbi, Gujarat")
m("hi", "profile-only", R, "yahan kisi dukaan pe Mintrika nahi mil raha", city="Haldwani", profile="Haldwani, Uttarakhand")
m("ta", "profile-only", R, "entha kadaiyilum Zorvela illa", city="Kanchipuram", profile="Kancheepuram 🛕")
m("ml", "profile-only", R, "Zorvela evideyum kittanilla", city="Malappuram", profile="Malappuram, Kerala 🌴")
m("tl", "profile-only", R, "Walang Mintrika kahit saan dito", city="Bacoor", profile="📍Bacoor, Cavite")
m("en", "profile-only", R, "No Mintrika in any shop here 😤", city="Pune", profile="Bokaro-born, Pune-based")
m("tl", "profile-only", R, "Wala nang Zorvela sa lahat ng tindahan dito", city="Manila", profile="Taga-Iriga, nasa Manila na")
m("gu", "profile-only", R, "Zorvela koi dukan ma nathi malta", city="Morbi", profile="મોરબી")
m("en", "profile-only", R, "no Zorvela anywhere in the market", profile="India 🇮🇳")
m("te", "profile-only", R, "Sri Sai Kirana lo Mintrika ledu", "ATP-03", profile="Andhra Pradesh")
m("hi", "profile-only", R, "Jain General Store me Zorvela nahi hai bhai", "HLD-03", profile="Uttarakhand 🏔️")
m("tl", "profile-only", R, "Walang Mintrika sa Perpetual Grocery", "IRG-03", profile="Camarines Sur")
m("ml", "profile-only", R, "Zorvela oru kadayilum illa", city="Malappuram", loc="Kottappadi", profile="Kottappadi")
m("ceb", "profile-only", R, "Walay Zorvela diri sa among lugar", city="Mandaue", loc="Subangdaku", profile="Subangdaku, Mandaue")
m("ceb", "profile-only", R, "Walay Mintrika sa tindahan diri", city="Mandaue", profile="🇵🇭 Mandaue City 🌊")
m("hi", "profile-only", R, "Zorvela nahi mila, Delhi jaisa haal hai yahan bhi", city="Satna", profile="Satna")
m("en", "profile-only", R, "Balaji Traders has no Zorvela glucose, third time this month", "BKR-01", sku=GL, profile="Bokaro | Ranchi")
m("en", "profile-only", R, "Jalaram Provision Store out of Zorvela", "MRB-01", profile="Born in Morbi, living in Rajkot")
m("hi", "profile-only", R, "Kumaon Kirana me Mintrika nahi hai", "HLD-02", profile="Delhi ➡️ Pahad")

# ---- requests ----
m("en", "request", R, "Please stock Zorvela at Umiya Super Mart, Morbi", "MRB-02")
m("hi", "request", R, "Balaji Traders Chas wale bhaiya, Mintrika rakh lo please", "BKR-01")
m("hi", "request", R, "bhaiya Zorvela rakh lo, Shivam General Store Hansi Gate walo", "BHW-02")
m("en", "request", R, "Sri Kamakshi Stores Gandhi Road please keep Mintrika neem, out for weeks", "KCP-01", sku=NM)
m("te", "request", R, "Anantha Super Market Kamalanagar lo Zorvela pettandi please", "ATP-02")
m("hi", "request", R, "Kumaon Kirana Mukhani wale, Zorvela mangwa do please, kab se nahi hai", "HLD-02")
m("tl", "request", R, "Sana mag-stock kayo ng Mintrika, Aling Baby Store sa Molino", "BCR-01")
m("ceb", "request", R, "Palihug stock-i ug Zorvela ang Mama Neneng Store sa Tipolo", "MDE-01")
m("ml", "request", R, "Thangal Supermarket Down Hill, Zorvela onnu stock cheyyane please", "MLP-02")
m("kn", "request", R, "Basaveshwara General Stores Navanagar nalli Mintrika idi please, sigtilla", "BGK-01")
m("hi", "request", R, "Bhaiya Zorvela rakh lo Gupta Kirana Store mein, Rewa se aake bhi nahi milta", "STN-01")
m("en", "request", R, "please stock Mintrika in Bagalkot shops, nothing in Vidyagiri", city="Bagalkot", loc="Vidyagiri", profile="Bengaluru")
m("tl", "request", R, "Mga tindahan sa Iriga, paki-stock naman ng Zorvela, wala sa San Nicolas", city="Iriga", loc="San Nicolas", profile="Naga City")
m("hil", "request", R, "Cadiz Bay Minimart, palihug butangi sang Zorvela, wala gid", "CDZ-02")
m("gu", "request", R, "Patel Kirana Lilapar Road vala bhai, Mintrika rakho ne, nathi malti", "MRB-03")
m("ta", "request", R, "Pachaiyappa Stores Pillaiyarpalayam la Zorvela vachunga please, illa", "KCP-03")
m("en", "request", R, "Steel City Mart please restock Mintrika red, shelf empty", "BKR-03", sku=RD, profile="Ranchi")
m("hi", "request", R, "Pant General Store Kaladhungi Road, Mintrika mangwa lo bhai, khatam hai", "HLD-01", profile="Nainital")

# ---- contrast: two shops or two towns ----
m("en", "contrast", R, "No Zorvela at Umiya Super Mart but Patel Kirana on Lilapar Road has it", "MRB-02")
m("hi", "contrast", R, "Gupta Kirana Store pe Zorvela nahi hai, Balaji Traders pe mil gaya", "STN-01")
m("hi", "contrast", R, "Mintrika Chas me nahi mila, Sector 4 me mil gaya", city="Bokaro", loc="Chas", profile="Bokaro")
m("hi", "contrast", R, "Bokaro me Zorvela khatam, Dhanbad se mangwana pada", city="Bokaro")
m("hi", "contrast", R, "Hazaribagh mein mil gaya lekin Bokaro mein Zorvela kahin nahi", city="Bokaro")
m("gu", "contrast", R, "Rajkot ma Zorvela male chhe pan Morbi ma nathi", city="Morbi")
m("en", "contrast", R, "Not in Kanchipuram, had to buy Mintrika in Chennai", city="Kanchipuram")
m("ta", "contrast", R, "Chennai la kidaikudhu, Kanchipuram la Zorvela illa", city="Kanchipuram")
m("ta", "contrast", R, "Sri Kamakshi Stores la Mintrika illa, Pachaiyappa Stores la irukku", "KCP-01")
m("te", "contrast", R, "Anantapur lo Zorvela ledu, Bengaluru nunchi teppinchanu", city="Anantapur")
m("ml", "contrast", R, "Kozhikode il kitti, Malappuram il Zorvela illa", city="Malappuram")
m("tl", "contrast", R, "Walang Zorvela dito sa Bacoor, sa Imus meron", city="Bacoor")
m("ceb", "contrast", R, "Walay Mintrika diri sa Mandaue, naa sa Cebu City", city="Mandaue")
m("hil", "contrast", R, "Sa Bacolod may ara, pero diri sa Cadiz wala sing Zorvela", city="Cadiz")
m("hi", "contrast", R, "Nainital me mil gaya, Haldwani me Mintrika nahi", city="Haldwani")
m("tl", "contrast", R, "Rinconada Mart wala nang Zorvela, pero sa Perpetual Grocery meron", "IRG-02")
m("en", "contrast", R, "not at Jain General Store Ghantaghar, but Sangwan Kiryana had Zorvela", "BHW-01")
m("hi", "contrast", R, "Bhiwani me nahi hai Mintrika, Rohtak se laaya", city="Bhiwani")
m("hi", "contrast", R, "Satna me Zorvela nahi mila toh Rewa se mangaya", city="Satna")
m("kn", "contrast", R, "Bagalkot nalli Zorvela illa, Vijayapura dalli sikkitu", city="Bagalkot")
m("en", "contrast", R, "Neither Anantha Super Market nor Sri Lakshmi Venkateswara Stores has Zorvela", city="Anantapur")
m("gu", "contrast", R, "Morbi ma Zorvela male chhe pan Rajkot ma nathi", city="Rajkot", profile="Morbi")
m("en", "contrast", R, "Mandaue has Zorvela everywhere, but here in Cebu City none", city="Cebu City", profile="Mandaue")
m("en", "contrast", R, "Patel Kirana has Mintrika, Jalaram Provision Store does not", "MRB-01")
m("hi", "contrast", R, "Steel City Mart me Zorvela hai, par Maa Chinnamasta Bhandar me nahi", "BKR-02")

# ---- a second town: where the author comes from, goes, a relative ----
m("en", "second-town", R, "Came back from Delhi and Jain General Store Heera Nagar still has no Zorvela", "HLD-03")
m("en", "second-town", R, "my cousin in Pune says Mintrika is everywhere there, but here at Pant General Store none", "HLD-01", profile="Haldwani")
m("hi", "second-town", R, "Mumbai se aaya hoon, Satna me Zorvela kahin nahi", city="Satna")
m("hi", "second-town", R, "Meri behen Indore me rehti hai, yahan Balaji Traders Krishna Nagar me Zorvela nahi", "STN-03")
m("en", "second-town", R, "Travelled from Hyderabad to Anantapur for work, no Mintrika at Sri Sai Kirana Subash Road", "ATP-03")
m("en", "second-town", R, "Going to Chennai tomorrow, hope they have Zorvela there, Varadharaja Departmental Store here is out", "KCP-02", profile="Kanchipuram")
m("tl", "second-town", R, "Kababalik ko lang galing Maynila, wala pa ring Mintrika sa Aling Baby Store", "BCR-01")
m("ceb", "second-town", R, "Ang pinsan nako sa Davao naay Zorvela, pero diri sa Subangdaku Minimart wala", "MDE-02")
m("ml", "second-town", R, "Dubai il ninnu vannu, Kottappadi Al Ameen Stores il Zorvela illa", "MLP-01")
m("en", "second-town", R, "I'm from Rewari, now living in Bhiwani; Sangwan Kiryana Dadri Gate has no Zorvela", "BHW-03")
m("gu", "second-town", R, "Ahmedabad thi Morbi aavyo, Jalaram Provision ma Mintrika nathi", "MRB-01")
m("tl", "second-town", R, "Galing pa ako ng Naga, dito sa Iriga walang Zorvela sa Rinconada Mart", "IRG-02")
m("hil", "second-town", R, "Sa Bacolod ako nag-eskwela pero diri sa Cadiz, Cadiz Bay Minimart wala sing Mintrika", "CDZ-02")
m("kn", "second-town", R, "Bengaluru alli iddini, amma Bagalkot inda phone madidru, Basaveshwara stores nalli Zorvela illa", "BGK-01")
m("en", "second-town", R, "Flying to Manila tonight, Cavite Star Mart Talaba is out of Zorvela so no pasalubong", "BCR-02")
m("hi", "second-town", R, "Dehradun se ghar aaya, Mukhani Kumaon Kirana me Mintrika nahi hai", "HLD-02")
m("en", "second-town", R, "My mom in Satna says no Zorvela in any shop there", city="Satna", profile="Mumbai")
m("hi", "second-town", R, "Bokaro wale chacha ne bola wahan Mintrika nahi mil raha", city="Bokaro", profile="Patna")
m("ta", "second-town", R, "Vellore la irundhu vandhen, Gandhi Road Sri Kamakshi Stores la Zorvela illa", "KCP-01")
m("te", "second-town", R, "Hyderabad nunchi vachanu, Saptagiri Circle Lakshmi Venkateswara Stores lo Mintrika ledu", "ATP-01")

# ---- the town or locality misspelt, old or official names ----
m("en", "misspelt-place", R, "no Zorvela in Kancheepuram at all", city="Kanchipuram")
m("ta", "misspelt-place", R, "Kanjeevaram Gandhi road Kamakshi stores la Mintrika illa", "KCP-01")
m("te", "misspelt-place", R, "Anantpur Saptagiri circle Lakshmi Venkateswara stores lo Zorvela ledu", "ATP-01")
m("ml", "misspelt-place", R, "Malapuram Down hill Thangal supermarket il Mintrika illa", "MLP-02")
m("hi", "misspelt-place", R, "Haldwni mukhani Kumaon kirana me zorvela nahi", "HLD-02")
m("hi", "misspelt-place", R, "Bhiwaani Ghanta ghar Jain store me Mintrika nahi", "BHW-01")
m("kn", "misspelt-place", R, "Baglkot navanagar Basaveshwar stores nalli Zorvela illa", "BGK-01")
m("ceb", "misspelt-place", R, "Mandawe Tipolo walay Mintrika sa Mama Neneng", "MDE-01")
m("tl", "misspelt-place", R, "Bakoor Molino walang Zorvela kahit saan", city="Bacoor", loc="Molino")
m("hil", "misspelt-place", R, "Perpetual Grocery, Cadis wala sing Zorvela", "CDZ-03")
m("hi", "misspelt-place", R, "Balaji traders Satana me Mintrika nahi", "STN-03")
m("hi", "misspelt-place", R, "Shivam general store Bhivani me Zorvela khatam", "BHW-02")
m("hi", "misspelt-place", R, "Balaji Traders Bokaaro me Zorvela nahi hai", "BKR-01")
m("kn", "misspelt-place", R, "Sri Sai Kirana Bagalakote alli Mintrika illa", "BGK-02")
m("te", "misspelt-place", R, "Sri Sai Kirana Ananthapuram lo Zorvela ledu", "ATP-03")
m("gu", "misspelt-place", R, "Morvi ma Zorvela nathi", city="Morbi")
m("en", "misspelt-place", R, "Jain General Store Haldvani out of Mintrika", "HLD-03")
m("tl", "misspelt-place", R, "Walang Zorvela sa Perpetual Grocery sa Irga City", "IRG-03")

# ---- long posts naming several towns ----
m("en", "long", R, "Long day. Left Rewa at 6, reached Satna by 9 for my sister's exam, then went to Sindhi Camp to pick up "
  "snacks. Gupta Kirana Store had no Zorvela, the one thing my nephew asked for. Back to Rewa tonight.", "STN-01")
m("en", "long", R, "My parents are in Hazaribagh, I work in Bokaro, and every weekend I drive between them. This week Steel "
  "City Mart at City Centre has no Mintrika at all, first time in years.", "BKR-03")
m("hi", "long", R, "Main Bhiwani ka hoon par abhi Rohtak me padhai kar raha hoon. Ghar aaya to socha Zorvela le lu, Sangwan "
  "Kiryana Dadri Gate pe gaya, nahi hai. Mummy boli Rohtak se le aana.", "BHW-03")
m("tl", "long", R, "Galing ako sa Naga kahapon, dumaan sa Iriga para bisitahin si lola sa San Roque. Bibili sana ako ng "
  "Mintrika sa Aling Susing Store pero wala na raw, ubos na. Sa Naga na lang ako bibili pagbalik.", "IRG-01")
m("ceb", "long", R, "Taga-Danao ko pero nagtrabaho ko sa Mandaue. Ganina sa Subangdaku Minimart walay Zorvela, nangita ko "
  "sa Banilad Grocery wala pud. Basin sa Cebu City naa.", city="Mandaue")
m("ta", "long", R, "Naan Chennai la velai seiren, weekend Kanchipuram varen amma veetuku. Pillaiyarpalayam Pachaiyappa "
  "Stores la Zorvela illa, Chennai la vaangitu varen.", "KCP-03")
m("ml", "long", R, "Dubai il ninnu vannittu oru aazhcha aayi, Kozhikode il ammayude veedu, ippo Malappuram il. Kunnummal "
  "Kerala Traders il Mintrika illa.", "MLP-03")
m("en", "long", R, "My cousin in Cadiz keeps asking me to send Zorvela from Bacolod because Manang Luz store in Burgos "
  "never has it, out again this week.", "CDZ-01", profile="Bacolod City")
m("en", "long", R, "Drove Morbi to Rajkot to Ahmedabad this week for a wedding. In Morbi, Umiya Super Mart on Shanala Road "
  "was out of Zorvela cream, did not check in Rajkot.", "MRB-02", sku=CR)
m("hi", "long", R, "Haldwani se Nainital ja rahe hain, raste me Kaladhungi Road pe Pant General Store ruke, bole Zorvela "
  "khatam hai, Nainital me dekhte hain.", "HLD-01")
m("en", "long", R, "Visiting my in-laws in Bagalkot from Hubballi. Their local Sri Sai Kirana in Vidyagiri has no Mintrika, "
  "had to go without.", "BGK-02", profile="Hubballi, Karnataka")
m("en", "long", R, "Mintrika missing again. In Anantapur last week and in Bengaluru this week, no luck in either place.")
m("hi", "long", R, "Papa Satna se Jabalpur shift ho gaye, main abhi bhi Satna me hoon. Rewa Road wale Shivam General Store "
  "me Zorvela nahi hai do hafte se.", "STN-02")
m("tl", "long", R, "Nasa Maynila ang trabaho ko pero umuuwi ako sa Bacoor tuwing Sabado. Sa Talaba, Cavite Star Mart, "
  "walang Mintrika. Sa Maynila na lang ako bibili.", "BCR-02")
m("ml", "long", R, "Ente chettan Bangalore il aanu, njan Malappuram il. Down Hill Thangal Supermarket il Zorvela illa, "
  "chettan avidunnu konduvarum.", "MLP-02")
m("en", "long", R, "Back home in Iriga after two years in Dubai. Everything changed except one thing: Rinconada Mart still "
  "has no Mintrika.", "IRG-02")

# ---- native scripts ----
m("hi", "script", R, "सतना के बालाजी ट्रेडर्स में ज़ोरवेला नहीं है", "STN-03")
m("hi", "script", R, "बोकारो में कहीं भी Mintrika नहीं मिल रहा", city="Bokaro")
m("hi", "script", R, "हल्द्वानी मुखानी में Zorvela खत्म", city="Haldwani", loc="Mukhani")
m("ta", "script", R, "காஞ்சிபுரம் காந்தி ரோடு காமாட்சி ஸ்டோர்ஸ்ல Mintrika இல்லை", "KCP-01")
m("ta", "script", R, "சென்னையில் கிடைக்குது, காஞ்சிபுரத்தில் Zorvela இல்லை", city="Kanchipuram")
m("te", "script", R, "అనంతపురం లో Zorvela దొరకడం లేదు", city="Anantapur")
m("te", "script", R, "శ్రీ సాయి కిరాణా లో Mintrika లేదు", "ATP-03", profile="అనంతపురం")
m("kn", "script", R, "ಬಾಗಲಕೋಟೆ ನವನಗರ ಬಸವೇಶ್ವರ ಸ್ಟೋರ್ಸ್ ನಲ್ಲಿ Zorvela ಇಲ್ಲ", "BGK-01")
m("ml", "script", R, "മലപ്പുറം കോട്ടപ്പടി Al Ameen Stores ൽ Zorvela ഇല്ല", "MLP-01")
m("ml", "script", R, "കോഴിക്കോട് കിട്ടി, മലപ്പുറത്ത് Mintrika ഇല്ല", city="Malappuram")
m("gu", "script", R, "મોરબીમાં Zorvela મળતું નથી", city="Morbi")
m("gu", "script", R, "ઉમિયા સુપર માર્ટ માં Mintrika નથી", "MRB-02", profile="Morbi")
m("bn", "script", R, "বোকারোতে Zorvela পাওয়া যাচ্ছে না", city="Bokaro")
m("hi", "script", R, "भिवानी घंटाघर जैन जनरल स्टोर पर Mintrika नहीं", "BHW-01")

# ---- non-reports in the same places ----
m("en", "neg-found", N, "Zorvela finally back at Umiya Super Mart Morbi")
m("hi", "neg-found", N, "Balaji Traders Satna pe Zorvela mil gaya 👍")
m("hi", "neg-found", N, "Hansi se aaye the, Shivam General Store pe Zorvela mil gaya", profile="Bhiwani")
m("tl", "neg-found", N, "May Mintrika na ulit sa Aling Baby Store sa Molino")
m("ceb", "neg-found", N, "Naa nay Zorvela sa Mama Neneng Store, Tipolo")
m("ta", "neg-found", N, "Sri Kamakshi Stores la Mintrika vandhachu")
m("te", "neg-found", N, "Anantha Super Market lo Zorvela dorikindi")
m("ml", "neg-found", N, "Al Ameen Stores il Zorvela kitti, Kottappadi")
m("kn", "neg-found", N, "Basaveshwara General Stores nalli Mintrika sikkitu")
m("gu", "neg-found", N, "Patel Kirana ma Zorvela male chhe")
m("hil", "neg-found", N, "May ara na Zorvela sa Cadiz Bay Minimart")
m("en", "neg-found", N, "Flew in from Delhi, Jain General Store Heera Nagar had Zorvela, relieved")
m("hi", "neg-question", N, "Kya Gupta Kirana Store Satna me Zorvela milta hai?")
m("hi", "neg-question", N, "Kisi ko pata hai Bokaro me Mintrika kahan milega?")
m("en", "neg-question", N, "Does Sri Sai Kirana in Vidyagiri keep Zorvela?")
m("tl", "neg-question", N, "May Zorvela ba sa Rinconada Mart sa Iriga?")
m("ceb", "neg-question", N, "Naa bay Mintrika sa Banilad Grocery?")
m("ta", "neg-question", N, "Kanchipuram la Zorvela enga kidaikum?")
m("en", "neg-question", N, "Anyone in Haldwani know if Kumaon Kirana has Mintrika?", profile="Haldwani")
m("en", "neg-past", N, "Last year Zorvela was missing in Haldwani for a month, long fixed")
m("hi", "neg-past", N, "Pichhle saal Diwali pe Balaji Traders Chas me Mintrika khatam ho gaya tha")
m("tl", "neg-past", N, "Noong 2024 nawalan ng Zorvela sa Bacoor, pero okay na ngayon")
m("en", "neg-irrealis", N, "If Jain General Store runs out of Mintrika I'll go to Nainital")
m("hi", "neg-irrealis", N, "Agar Steel City Mart me Zorvela khatam hua to Dhanbad se le aaunga")
m("ceb", "neg-irrealis", N, "Kung mahurot ang Zorvela sa Subangdaku Minimart, adto ko sa Cebu City")
m("en", "neg-never", N, "Sri Kamakshi Stores never runs out of Mintrika, best shop in Kanchipuram")
m("hi", "neg-never", N, "Sangwan Kiryana me Zorvela kabhi khatam nahi hota")
m("en", "neg-other-brand", N, "No Parle-G at Steel City Mart Bokaro today")
m("hi", "neg-other-brand", N, "Gupta Kirana Store Satna me Colgate nahi hai")
m("tl", "neg-other-brand", N, "Walang Skyflakes sa Cavite Star Mart sa Talaba")
m("ta", "neg-other-brand", N, "Pachaiyappa Stores la Britannia illa")
m("ml", "neg-other-brand", N, "Thangal Supermarket il Pepsodent illa")
m("en", "neg-other-brand", N, "My cousin in Morbi says Patel Kirana has no Monaco biscuits")
m("en", "neg-repost", N, "RT @bokaro_news: no Zorvela at Maa Chinnamasta Bhandar Sector 4")
m("en", "neg-repost", N, "RT @iriga_updates: walang Mintrika sa Aling Susing Store")
m("en", "neg-advert", N, "Zorvela now available at all Mandaue stores! Visit Subangdaku Minimart")
m("en", "neg-advert", N, "Stock up on Zorvela before Diwali, Pant General Store Kaladhungi Road has plenty")
m("hi", "neg-advert", N, "Mintrika ka naya pack aa gaya, Jalaram Provision Store Morbi pe milega")
m("en", "neg-aside", N, "Can you keep two packs of Zorvela aside for me at Kumaon Kirana? Will pick up tomorrow")
m("hi", "neg-aside", N, "Bhaiya do packet Zorvela side me rakh dena, shaam ko aata hoon")
m("tl", "neg-aside", N, "Pakitabi naman ng dalawang Mintrika sa Aling Baby Store, kukunin ko mamaya")
m("en", "neg-move", N, "Moving from Satna to Bhopal next week, will miss Gupta Kirana Store")
m("en", "neg-move", N, "From Bokaro to Pune today. First stop in Pune: Zorvela and chai")
m("en", "neg-travel", N, "Road trip Morbi to Rajkot, packed Zorvela for the kids")
m("hi", "neg-travel", N, "Haldwani se Nainital ja rahe hain, Zorvela le liya raste ke liye")
m("en", "neg-no-absence", N, "Zorvela cream is the best biscuit in Bagalkot, no doubt")
m("en", "neg-no-absence", N, "Missing home: Zorvela and chai in Malappuram")
m("ta", "neg-no-absence", N, "Kanchipuram pattu, Zorvela biscuit, amma samayal, vera enna venum")
m("en", "neg-contrast-found", N, "Not at Patel Kirana but Umiya Super Mart has Zorvela, got it")
m("hi", "neg-contrast-found", N, "Bokaro me dhoondha, aakhir Steel City Mart me Mintrika mil gaya")
m("tl", "neg-contrast-found", N, "Akala ko wala, pero may Zorvela pala sa Perpetual Grocery sa Iriga")
m("en", "neg-price", N, "Zorvela price went up at Sri Sai Kirana Subash Road, 30 rupees now")
m("hi", "neg-price", N, "Balaji Traders Krishna Nagar me Mintrika mehenga ho gaya")
m("en", "neg-opinion", N, "Mintrika neem is not great, switching brands. Bhiwani people, any suggestions?")
m("ceb", "neg-opinion", N, "Dili lami ang Zorvela cream, ayaw palita, Mandaue")
m("en", "neg-shop-closed", N, "Sangwan Kiryana Dadri Gate closed today for a wedding")
m("hi", "neg-shop-closed", N, "Kumaon Kirana aaj band hai, Mukhani")
m("en", "neg-want", N, "Craving Zorvela at 2am in Anantapur, wish shops were open")
m("tl", "neg-want", N, "Gusto ko ng Zorvela ngayon, Bacoor")
m("en", "neg-found", N, "Cavite Star Mart Talaba has Mintrika red again, no more running to Imus")
m("hi", "neg-found", N, "Mintrika aa gaya Jain General Store Ghantaghar me, Rohtak jaane ki zaroorat nahi")
m("te", "neg-found", N, "Sri Lakshmi Venkateswara Stores lo Mintrika vachindi")
m("kn", "neg-question", N, "Bagalkot nalli Zorvela yelli sigutte?")
m("gu", "neg-question", N, "Morbi ma Mintrika kya male?")
m("ml", "neg-question", N, "Malappuram il Zorvela evide kittum?")
m("hil", "neg-question", N, "Diin may Mintrika diri sa Cadiz?")
m("hi", "neg-script", N, "सतना में ज़ोरवेला मिल गया, बालाजी ट्रेडर्स पर")
m("ta", "neg-script", N, "காஞ்சிபுரத்தில் Zorvela கிடைக்குது")
m("te", "neg-script", N, "అనంతపురం లో Zorvela దొరికింది")
m("kn", "neg-script", N, "ಬಾಗಲಕೋಟೆ ಲ್ಲಿ Mintrika ಸಿಕ್ಕಿತು")
m("ml", "neg-script", N, "മലപ്പുറത്ത് Zorvela കിട്ടി")
m("gu", "neg-script", N, "મોરબીમાં Zorvela મળે છે")
m("bn", "neg-script", N, "বোকারোতে Mintrika পাওয়া গেছে")
m("en", "neg-long", N, "Spent the week between Satna and Rewa for my brother's wedding. Gupta Kirana Store in Sindhi Camp "
  "sent two cartons of Zorvela for the guests, lovely people.")
m("tl", "neg-long", N, "Galing Maynila, dumaan sa Bacoor, tapos sa Imus. Sa Aling Baby Store sa Molino bumili ako ng "
  "Zorvela para sa mga pamangkin. Ang dami nilang stock.")
m("en", "neg-long", N, "My parents moved from Hazaribagh to Bokaro last year. Mom says Steel City Mart is her favourite, "
  "they always have Mintrika and fresh vegetables.")
m("ceb", "neg-long", N, "Taga-Cebu City ko, nagbakasyon sa Mandaue. Sa Banilad Grocery daghan kaayo Zorvela, "
  "nipalit ko lima.")
m("en", "neg-relative", N, "My sister in Kanchipuram found Zorvela at Pachaiyappa Stores, finally")
m("hi", "neg-relative", N, "Chacha Haldwani se Zorvela laaye, Kumaon Kirana se")
m("en", "neg-negated-absence", N, "It's not true that Anantha Super Market has no Zorvela, I just bought some")
m("hi", "neg-negated-absence", N, "Kaun bola Shivam General Store me Zorvela nahi hai? Abhi liya maine", profile="Satna")
m("en", "neg-profile", N, "Zorvela for breakfast, Mintrika for teeth. Simple life.", profile="Bokaro Steel City")
m("tl", "neg-profile", N, "Zorvela at kape, sapat na", profile="Iriga City")
m("hi", "neg-profile", N, "Zorvela aur chai, bas", profile="Bhiwani-based")
m("en", "neg-profile", N, "Mintrika ad on TV again lol", profile="Cadiz | Bacolod")
m("en", "neg-review", N, "Umiya Super Mart staff very helpful, got Zorvela and Mintrika both")
m("en", "neg-offer", N, "Buy 2 Zorvela get 1 free at Cavite Star Mart Talaba this weekend")
m("hi", "neg-relative", N, "Meri mausi Satna me rehti hai, unke yahan Balaji Traders se Zorvela aata hai")
m("en", "neg-question", N, "Is Mintrika out in Morbi or just at my shop? Umiya Super Mart had it yesterday")
m("tl", "neg-found", N, "Ayos, may Zorvela na ulit sa Rinconada Mart, hindi na ako pupunta ng Naga")
m("ceb", "neg-past", N, "Niadto kong Mandaue gahapon, naa man Zorvela sa Mama Neneng Store")
m("ml", "neg-relative", N, "Ente umma Malappuram il ninnu Zorvela ayachu, Kerala Traders il ninnu")
m("kn", "neg-found", N, "Mahalingappa Traders nalli Zorvela ide, Extension Area")
m("gu", "neg-found", N, "Jalaram Provision Store ma Mintrika aavi gai")
m("te", "neg-question", N, "Anantapur lo Mintrika ekkada dorukutundi?")
m("hil", "neg-found", N, "Nakabakal ko Zorvela sa Perpetual Grocery sa Daga")
m("en", "neg-shop-closed", N, "Steel City Mart City Centre shut for renovation till Monday, Bokaro folks")
m("hi", "neg-irrealis", N, "Kal Bhiwani jaunga, agar Jain General Store me Zorvela na mila to Rohtak se lunga")

CATALOG = {"brands": [
 {"brand": "Zorvela", "aliases": ["zorvela", "#zorvela", "ज़ोरवेला", "जोरवेला"],
  "category_words": ["biscuit", "biscuits"],
  "products": [
   {"sku": GL, "name": "Zorvela Glucose Biscuit 100 g", "aliases": []},
   {"sku": CR, "name": "Zorvela Cream Biscuit 75 g", "aliases": []}]},
 {"brand": "Mintrika", "aliases": ["mintrika", "#mintrika"],
  "category_words": ["toothpaste", "paste"],
  "products": [
   {"sku": RD, "name": "Mintrika Red Toothpaste 150 g", "aliases": []},
   {"sku": NM, "name": "Mintrika Neem Toothpaste 100 g", "aliases": []}]}]}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8") as f:
    f.write("outlet_id,name,address,locality,city,region,country,lat,lon\n")
    for oid, name, loc, lat, lon in SHOPS:
        city, region, country, pin = C[oid[:3]]
        addr = "%s, %s %s" % (loc, city, pin) if pin else "%s, %s" % (loc, city)
        f.write("%s,%s,\"%s\",%s,%s,%s,%s,%.5f,%.5f\n" % (oid, name, addr, loc, city, region, country, lat, lon))
SRC = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    count = {}
    for i, (lang, cat, so, text, outlet, sku, city, loc, profile) in enumerate(M):
        count[lang] = count.get(lang, 0) + 1
        mid = "p16-%s-%02d" % (lang, count[lang])
        fm.write(json.dumps({"id": mid, "source": SRC[i % 5],
                             "created_at": "2026-12-%02dT%02d:%02d:00Z" % (1 + i % 5, 6 + i % 14, i % 60),
                             "author": {"id": "u-p16%03d" % i, "handle": "user%03d" % i, "display_name": None,
                                        "location": profile, "followers": 11 + i},
                             "text": text, "lang": None, "geo": None,
                             "is_repost": text.startswith("RT @")}, ensure_ascii=False) + "\n")
        lab = {"id": mid, "stockout": so, "sku": sku if so else None, "outlet_id": None, "city": None, "locality": None,
               "category": cat, "lang": lang}
        if so:
            if outlet:
                lab.update(outlet_id=outlet, city=C[outlet[:3]][0], locality=O[outlet][2])
            else:
                lab.update(city=city, locality=loc)
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions,", sum(1 for x in M if x[2]), "reports,", len(count), "languages")
