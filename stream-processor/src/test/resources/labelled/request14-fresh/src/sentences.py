# request14-fresh: hand-written after the session-14 request rules, new sentences of the classes mended (the verb
# forms of sending, bringing and supplying addressed to a shop or the brand; the old pack wanted back), to check that
# the rules generalise. Same outlets and catalog as request14-probe. Built, from this folder's parent, by
# `python3 ../recall14-probe/src/build.py src/sentences.py . rqf14 ../request14-probe/src/outlets.py`.
ROWS = [
("R", "Koparu when will you send the lemon one to Bhandara, Jain Super Market has been empty all week", "KOP-LEM-500", "BHA-01", "request", "en"),
("R", "kindly supply Mundesa elaichi to Anand Supermarket, none on the shelf", "MUN-ELC-100", "CUD-01", "request", "en"),
("R", "Velmira, when will you stock Cuddalore again? Anand Supermarket says no supply", None, "CUD-01", "request", "en"),
("R", "Sahu general store me Koparu kab mangwaoge bhaiya? 4 din se nahi hai", None, "BHR-02", "request", "hi-Latn"),
("R", "Bahraich me Velmira kab bhejenge aap log, Verma kirana pe khatam", None, "BHR-01", "request", "hi-Latn"),
("R", "साहू जनरल स्टोर में कोपारु मंगवाइए, कई दिन से नहीं है", None, "BHR-02", "request", "hi"),
("R", "Deshmukh kirana la Koparu mango kadhi aannar? sampla ahe", "KOP-MNG-1000", "YAV-01", "request", "mr"),
("R", "Patil stores madhe Velmira pathva please, Tilak wadi madhe milat nahi", None, "YAV-02", "request", "mr"),
("R", "Sri Ganesh Stores ge Mundesa yavaga kalistira? khali aagide", None, "CTD-02", "request", "kn"),
("R", "Mercado Grocery, magdala po kayo ng Velmira, wala na sa Sambat", None, "TAN-02", "request", "tl"),
("R", "Koparu pakipadala naman sa Aling Nena store, ubos na ang mango", "KOP-MNG-1000", "TAN-01", "request", "tl"),
("R", "kanus-a kamo magpadala ug Mundesa sa Alcoseba store? wala na", None, "CAR-01", "request", "ceb"),
("R", "Tindahan ni Manang Lita alayon pagpadara hin Velmira, waray na", None, "CAT-01", "request", "war"),
("N", "Mundesa please bring back the old packet design, the new one tears", "old-pack", "en"),
("N", "Koparu ki purani bottle wapas lao yaar, nayi wali achhi nahi", "old-pack", "hi-Latn"),
("N", "Velmira hale pack matte tarisi please", "old-pack", "kn"),
("N", "Koparu ibalik ninyo ang lumang bote please", "old-pack", "tl"),
("N", "magdala ka ng Koparu mamaya sa party ha", "friend", "tl"),
("N", "bhai Mundesa bhej do hostel me, ghar se", "friend", "hi-Latn"),
("N", "send me a pic of the Mundesa cream pack, want to see the new design", "friend", "en"),
("N", "Koparu when will you launch a 2 litre bottle?", "new-variant", "en"),
("N", "Verma kirana me Mundesa milta hai kya bhaiya?", "question", "hi-Latn"),
]
