# scope16-fresh: hand-written, session 16, AFTER the rules of the session changed, to check that each class of fix
# holds on sentences the rules were not written on (new wording, other shops of scope16-probe's registry).
# ("R", text, sku, outlet, category, lang[, extra]) / ("N", text, category, lang[, extra])
ROWS = [
# a found phrase about another brand answers no absence of ours
("R", "Velmora nahi thi Bundelkhand Mart mein, Tata Tea mil gayi", None, "LLP-02", "report-other-there", "hi"),
("R", "Valvi Provision madhe Velmora nahi, Red Label milala", None, "NDB-01", "report-other-there", "mr"),
# found at another shop ("Shoppe")
("R", "Tuljai Super Shoppe madhe Quinzo nahi, Bhosale Kirana madhe milala", None, "OSM-02", "contrast-shop", "mr"),
# the additive particle "pan"
("R", "Yippee pan nahi ani Quinzo pan nahi Bhosale Kirana madhe", None, "OSM-01", "report-both", "mr"),
("R", "Yippee pan nathi ane Velmora pan nathi Shah Kirana Bhandar ma", None, "GDH-01", "report-both", "gu"),
("R", "Bhosale Kirana madhe Quinzo ek pan nahi", None, "OSM-01", "report-other-there", "mr"),
("N", "Maggi pan nahi milala, Quinzo bharpur aahe Valvi Provision madhe", "other-out-ours-there", "mr"),
# the brand's own product word after its name
("R", "Quinzo masala was out at Jain Kirana Store", "QNZ-MAS-70", "LLP-01", "report-other-there", "en"),
("R", "Quinzo chicken was finished at Bundelkhand Mart, got Maggi", "QNZ-CHK-70", "LLP-02", "report-other-bought", "en"),
# a negated locative
("R", "Quinzo chicken is not at Bundelkhand Mart anymore", "QNZ-CHK-70", "LLP-02", "report-other-there", "en"),
("R", "Not at Jain Kirana Store, but Bundelkhand Mart had Velmora", None, "LLP-01", "contrast-shop", "en"),
("N", "Velmora is not at all bad, got it at Jain Kirana Store", "denial", "en"),
# VSO: the subject after the place phrase
("R", "Wala sa Aling Rosa Store ang Velmora, sa Gumaca Grocery meron", None, "GMC-02", "contrast-shop", "tl"),
("R", "Wala sa Ocana Store ang Velmora karon", None, "TGB-02", "report-other-there", "ceb"),
("N", "Wala sa Gumaca Grocery ang Lipton kaya Velmora ang binili ko", "substitute", "tl"),
# clause markers
("N", "Maggi aipoyindi kabatti Quinzo masala konnanu Balaji Super Mart lo", "substitute", "te"),
("N", "Maggi milila nahin sethipain Quinzo kinili Manikeswari Bhandar ru", "substitute", "or"),
("N", "ਗਿੱਲ ਪ੍ਰੋਵੀਜ਼ਨ ਤੇ ਮੈਗੀ ਨਹੀਂ ਮਿਲੀ ਤਾਂ Quinzo ਲੈ ਲਈ", "substitute", "pa"),
("N", "बुंदेलखंड मार्ट में टाटा टी नहीं मिली तो Velmora ले ली", "substitute", "hi"),
# the brand there in its own clause
("N", "Plumeta chai nahi mil rahi, Velmora mil rahi hai Bundelkhand Mart mein", "other-out-ours-there", "hi"),
("N", "Drazil kittunnilla, Quinzo kittunnundu Hosdurg Stores il", "other-out-ours-there", "ml"),
("N", "Korvina kedaikala, Quinzo kedaikkudhu Pandian Maligai la", "other-out-ours-there", "ta"),
# Gujarati "na mali"
("R", "Hamirsar Mart ma Velmora na mali", None, "BHJ-02", "report-other-there", "gu"),
("N", "Shah Kirana Bhandar ma Wagh Bakri na mali etle Velmora lidhi", "substitute", "gu"),
]
