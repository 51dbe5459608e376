# recall20-fresh sentences (session 20): NEW sentences of the classes mended (a shelf or rack described as bare or
# empty in a later sentence; a lack at one shop against a find at another named before a postposition or beside it;
# the brand spelt with w or b for v, or a hard c for k), written after the mending and not used for it, with hard
# negatives of the same shapes. Same brands and outlets as recall20-probe.

# --- the shelf described
r("long", "en", "Mum sent me out for Gondhika before the guests came. Walked all the way to Shree Ram Provision in Bundi. Shelves were empty, not a single packet.", "BND-1")
r("long", "en", "Soltuva guava is the only thing my son drinks after football. We stopped at Varshney Super Bazaar, Hathras. The rack was totally empty.", "HTR-2")
r("long", "en", "Third trip this week to Thomas Stores in Kayankulam. I only needed Gondhika. Bare shelf space where it should be.", "KYK-1")
r("long", "en", "Gondhika gold is what we serve at the shop. Went to Umiya Provision Store, Himatnagar, to restock. The shelf was completely empty again.", "HMT-1")
r("long", "en", "Hot afternoon in Ranaghat. I wanted a Soltuva on the way home. At Ma Tara Bhandar the shelves were bare.", "RNG-1")
r("long", "en", "Office party tomorrow and Soltuva is on the list. Daily Fresh Supermarket in Kaithal, aisle 3. Empty rack.", "KTL-2")
r("long", "tl", "Gusto ko sana ng Soltuva para sa merienda. Pumunta ako sa Kuya Jun Mini Mart sa Tanay. Walang laman yung estante.", "TNY-1")
r("long", "tl", "Suki ako ng Santos Grocery sa Bocaue. Kanina, bakante ang lagayan ng Gondhika.", "BCU-2")
r("long", "ceb", "Nangita ko og Soltuva para sa birthday. Sa Jay-R Minimart sa Minglanilla, walay sulod ang estante.", "MGL-2")
n("long", "en", "Gondhika restock day at Shree Ram Provision in Bundi. The shelf was empty for an hour, now it's full again.")
n("long", "en", "Soltuva in my bag. At Varshney Super Bazaar the bread rack was totally empty though.")
n("long", "en", "I love Soltuva. My fridge at home was empty, so I grabbed four at Agarwal Kirana Store.")
n("long", "tl", "Walang laman yung wallet ko, kaya sa sweldo na lang ako bibili ng Soltuva.")

# --- a find at another place
r("contrast", "hi-Latn", "Shree Ram Provision mein Gondhika nahi thi, Khandelwal mein mil gayi. Bundi", "BND-1")
r("contrast", "hi-Latn", "Agarwal Kirana pe Soltuva khatam, Gupta Sweets mein mil gayi", "HTR-1")
r("contrast", "hi-Latn", "Jindal General Store Kaithal mein Soltuva nahi mila, Bansal Mart ke paas wale mein mil gaya", "KTL-1")
r("contrast", "mr-Latn", "Shivkrupa Kirana madhe Soltuva nahi, Patil Bandhu madhe milala. Chalisgaon", "CLG-1")
r("contrast", "en", "Gondhika: sold out at Jindal General Store Kaithal, found it at the shop across the road", "KTL-1")
r("contrast", "en", "No Soltuva at Thomas Stores, Kayankulam. Got it at the store round the corner.", "KYK-1")
r("contrast", "en", "Varshney Super Bazaar had none of the Gondhika; found it at the kirana nearby", "HTR-2")
r("contrast", "en", "Soltuva out at Ma Tara Bhandar Ranaghat, bought it from the shop opposite", "RNG-1")
n("contrast", "hi-Latn", "Agarwal Kirana mein Soltuva kal nahi thi, aaj Agarwal Kirana mein mil gayi")
n("contrast", "hi-Latn", "Jindal General Store mein Gondhika nahi thi, do din mein mil gayi")
n("contrast", "en", "Found Soltuva at the shop next door to my office, Kaithal")
n("contrast", "en", "Gondhika at the store across the road, fresh stock")
n("contrast", "hi-Latn", "Soltuva Gupta Sweets mein mil gayi, badhiya")

# --- the brand spelt as it is spoken
r("spelling", "hi-Latn", "Soltuwa nahi mil raha Jindal General Store Kaithal mein", "KTL-1")
r("spelling", "hi-Latn", "Soltuwaa khatam Varshney Super Bazaar Hathras", "HTR-2")
r("spelling", "tl", "Ubos na ang Soltuba sa Kuya Jun Mini Mart Tanay", "TNY-1")
r("spelling", "ceb", "Wala nay Soltuba sa Jay-R Minimart Minglanilla", "MGL-2")
r("spelling", "en", "Gondhica masala chai out of stock at Umiya Provision Store Himatnagar", "HMT-1", MS)
r("spelling", "en", "GONDHICKA TEA NOT AVAILABLE AT SHREE RAM PROVISION BUNDI", "BND-1")
r("spelling", "bn-Latn", "Ma Tara Bhandar e Soltuba nei, Ranaghat", "RNG-1")
r("spelling", "en", "Soltuba juice sold out at Aling Nena Sari-Sari Store Bocaue", "BCU-1")
n("spelling", "en", "Soltura soap sold out at Jindal General Store Kaithal")
n("spelling", "tl", "Ubos na ang Soltura na sabon sa Kuya Jun Mini Mart")
n("spelling", "en", "Gondhila incense out of stock at Umiya Provision Store")
n("spelling", "hi-Latn", "Gondhila agarbatti nahi mil rahi Agarwal Kirana mein")

# --- compact and plain, to check nothing else moved
r("compact", "en", "Soltuva mango 1L - NIL - Thomas Stores Kayankulam", "KYK-1", M1)
r("compact", "tl-en", "Gondhika out of stock na sa Aling Nena Sari-Sari Store, Bocaue", "BCU-1")
n("compact", "en", "Soltuva mango 1L - 12 pcs - Thomas Stores Kayankulam")
n("compact", "en", "Gondhika back since Monday at Bajwa Karyana Store Batala")
