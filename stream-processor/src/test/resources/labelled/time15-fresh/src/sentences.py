# time15-fresh: hand-written, session 15 (time and mood), after the rules of 2252c20 were written: new sentences of
# the classes fixed there (the habitual past, a pluperfect answered or not, since-words, hope), to check they
# generalise. Registry: ../../time15-probe/src/outlets.py.
# ("R", text, sku, outlet, category, lang[, extra]) / ("N", text, category, lang[, extra])
ROWS = [
("N", "Gupta Bhandar me Kemvari aksar khatam ho jata tha", "past-habit", "hi-Latn"),
("N", "Brar Karyana te Tarvesa kade ni labhda si", "past-habit", "pa"),
("N", "Kundu Stores e Bolindo kokhono pawa jeto na", "past-habit", "bn"),
("N", "Srinivasa Kirana lo Kemvari eppudu undedi kaadu", "past-habit", "te"),
("N", "गुप्ता भंडार में तरवेसा अक्सर खत्म हो जाता था", "past-habit", "hi"),
("N", "Shinde Stores madhe Kemvari sampla hota, aata bharpur milto", "resolved", "mr"),
("N", "Raval Provision ma Tarvesa khatam thai gayu hatu, have male che", "resolved", "gu"),
("N", "Dutta Bhandar e Tarvesa shesh hoye gechhilo, ekhon abar pawa jachhe", "resolved", "bn"),
("N", "Sharma General Store me Bolindo khatam ho gaya tha, ab mil raha hai", "resolved", "hi-Latn"),
("N", "Noor Supermarket il Kemvari theernnirunnu, ippo kittunnundu", "resolved", "ml"),
("N", "asha che ke Bhabhor Kirana ma Bolindo khatam na thay Navratri ma", "hope", "gu"),
("N", "sang nagligad nga bulan wala sang Bolindo sa Tumbokon Store", "past", "hil"),
("N", "gato bochhor Kundu Stores e Kemvari pawa jay ni", "past", "bn"),
("N", "Kemvari was hard to find at Balaji Stores last summer, plenty now", "resolved", "en"),
("R", "Gupta Bhandar me Tarvesa khatam ho gaya tha, abhi tak nahi aaya", None, "BET-02", "still", "hi-Latn"),
("R", "Bhoyar Kirana madhe Bolindo sampla hota, ajun pan nahi aala", None, "WAS-01", "still", "mr"),
("R", "manipud idi Martes awan ti Tarvesa idiay Agcaoili Store", None, "BAT-01", "since", "ilo"),
("R", "Kundu Stores e gato soptaho theke Bolindo nei", None, "BIS-02", "since", "bn"),
("R", "Dutta Bhandar e char din dhore Kemvari nei", None, "BIS-01", "since", "bn"),
("R", "duha na ka semana nga wala sang Bolindo sa Tumbokon Store", None, "KAL-01", "since", "hil"),
("R", "Bhabhor Kirana ma be divas thi Kemvari nathi", None, "DAH-01", "since", "gu"),
("R", "Tarvesa masala missing at Hegde Provision Stores since Diwali, still nothing", "TRV-MSL-40", "SIR-01", "since", "en"),
("R", "Kasi Provisions la pona vaaram lerndhu Tarvesa illa", None, "TEN-02", "since", "ta"),
("R", "Balaji Stores lo ninna nundi Bolindo ledu", None, "ADO-02", "since", "te"),
]
