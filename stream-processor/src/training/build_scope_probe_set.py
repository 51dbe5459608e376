# Writes the "scope-probe" labelled set (session 10, issue 14): the scope of an absence in the languages of
# lexicon/languages.txt. Each base report (an absence of a tracked brand at a shop, now) stands beside edits in the
# same words that are no report: negated (the brand never runs out), past (a year or a season ago), resolved (missing
# yesterday, back today), future or hypothetical (will run out, if there is none, hope it does not), and another
# product out (the tracked one bought instead). Written before any rule of the session changed, from the writer's
# knowledge of the languages, not from the lexicon files. Two invented brands, Velzora (a fruit drink, 300 ml and
# 1 L) and Gomchi (a snack, masala and plain); one outlet in each of 20 cities of India and the Philippines.
# Labels carry category, lang and, for an edit, base. Usage: python3 build_scope_probe_set.py OUT_DIR
import csv, json, os, sys
OUT = sys.argv[1]
OUTLETS = [
 ("KNP-01","Gupta General Store","Swaroop Nagar, Kanpur 208002","Swaroop Nagar","Kanpur","Uttar Pradesh","India",26.4800,80.3150),
 ("BPL-01","Noor General Store","Budhwara, Bhopal 462001","Budhwara","Bhopal","Madhya Pradesh","India",23.2630,77.4050),
 ("AMR-01","Bhatia Karyana Store","Ranjit Avenue, Amritsar 143001","Ranjit Avenue","Amritsar","Punjab","India",31.6530,74.8680),
 ("RJK-01","Jalaram Provision Store","Kalawad Road, Rajkot 360005","Kalawad Road","Rajkot","Gujarat","India",22.2850,70.7700),
 ("KLH-01","Mahalaxmi Kirana","Rajarampuri, Kolhapur 416008","Rajarampuri","Kolhapur","Maharashtra","India",16.6950,74.2450),
 ("SLG-01","Ma Tara Bhandar","Hakimpara, Siliguri 734001","Hakimpara","Siliguri","West Bengal","India",26.7150,88.4300),
 ("GHY-01","Kamakhya Stores","Zoo Road, Guwahati 781024","Zoo Road","Guwahati","Assam","India",26.1720,91.7780),
 ("CTK-01","Jagannath Stores","Buxi Bazar, Cuttack 753001","Buxi Bazar","Cuttack","Odisha","India",20.4680,85.8800),
 ("VJA-01","Kanaka Durga General Stores","Labbipet, Vijayawada 520010","Labbipet","Vijayawada","Andhra Pradesh","India",16.5030,80.6380),
 ("SLM-01","Murugan Stores","Fairlands, Salem 636016","Fairlands","Salem","Tamil Nadu","India",11.6780,78.1350),
 ("HBL-01","Basaveshwara Provision Stores","Vidyanagar, Hubli 580021","Vidyanagar","Hubli","Karnataka","India",15.3650,75.1250),
 ("TSR-01","Kerala Bakery","Punkunnam, Thrissur 680002","Punkunnam","Thrissur","Kerala","India",10.5350,76.2050),
 ("LUC-01","Reyes Sari-Sari Store","Ibabang Dupay, Lucena","Ibabang Dupay","Lucena","Calabarzon","Philippines",13.9500,121.6100),
 ("TAG-01","Ramos Minimart","Cogon, Tagbilaran City","Cogon","Tagbilaran","Central Visayas","Philippines",9.6600,123.8600),
 ("BCD-01","Lopez Sari-Sari Store","Mandalagan, Bacolod City","Mandalagan","Bacolod","Western Visayas","Philippines",10.6900,122.9700),
 ("LAO-01","Ablan Store","Balacad, Laoag City","Balacad","Laoag","Ilocos","Philippines",18.1900,120.5900),
 ("TAC-01","Aling Nena Sari-Sari Store","Marasbaras, Tacloban City","Marasbaras","Tacloban","Eastern Visayas","Philippines",11.2300,125.0000),
 ("NAG-01","Mercado Minimart","Concepcion Pequena, Naga City","Concepcion Pequena","Naga","Bicol","Philippines",13.6250,123.2000),
 ("ANG-01","Dizon Store","Balibago, Angeles City","Balibago","Angeles","Central Luzon","Philippines",15.1620,120.5950),
 ("DAG-01","Caballero Minimart","Pantal, Dagupan City","Pantal","Dagupan","Ilocos","Philippines",16.0450,120.3400),
 ("ZAM-01","Fernandez Store","Tetuan, Zamboanga City","Tetuan","Zamboanga","Zamboanga Peninsula","Philippines",6.9250,122.0850),
]
O = {o[0]: o for o in OUTLETS}
CITY = {o[0][:3]: o[4] for o in OUTLETS}
V300, V1L, GMS, GPL = "VLZ-300", "VLZ-1L", "GMC-MSL", "GMC-PLN"
R, N = True, False
M = []  # (id, lang, cat, stockout, text, outlet, sku, base)
def b(lang, text, outlet, sku=None, cat="plain"):
    mid = "sp-%03d" % (len(M) + 1)
    M.append((mid, lang, cat, R, text, outlet, sku, mid))
    return mid
def flip(base, cat, text):
    src = next(x for x in M if x[0] == base)
    M.append(("sp-%03d" % (len(M) + 1), src[1], cat, N, text, None, None, base))

# English
x = b("en","Velzora 300ml out of stock at Murugan Stores Fairlands","SLM-01",V300)
flip(x,"negation","Velzora 300ml is never out of stock at Murugan Stores Fairlands")
flip(x,"past","Back in college Velzora 300ml was always out of stock at Murugan Stores Fairlands")
x = b("en","Ramos Minimart Cogon ran out of Gomchi","TAG-01")
flip(x,"hypothetical","Hope Ramos Minimart Cogon doesn't run out of Gomchi before the fiesta")
flip(x,"other-product","Ramos Minimart Cogon ran out of Nova so I grabbed Gomchi")
x = b("en","No Velzora at Kamakhya Stores Zoo Road since Monday","GHY-01")
flip(x,"resolved","No Velzora at Kamakhya Stores Zoo Road since Monday, finally restocked this evening")
flip(x,"hypothetical","Stock up on Velzora at Kamakhya Stores Zoo Road before Bihu, it usually sells out")
x = b("en","Gomchi masala is sold out at Kerala Bakery Punkunnam","TSR-01",GMS)
flip(x,"future","Gomchi masala will be sold out at Kerala Bakery Punkunnam by the weekend")
flip(x,"negation","Gomchi masala is not sold out at Kerala Bakery Punkunnam, the rack is full")

# Hindi, Latin and Devanagari
x = b("hi","Gupta General Store Swaroop Nagar mein Velzora 1 litre nahi mil raha","KNP-01",V1L)
flip(x,"negation","Gupta General Store Swaroop Nagar mein Velzora 1 litre kabhi khatam nahi hota")
flip(x,"resolved","Gupta General Store Swaroop Nagar mein kal Velzora 1 litre nahi mil raha tha, aaj naya stock aa gaya")
x = b("hi","Gupta General Store में गोमची खत्म हो गया","KNP-01")
flip(x,"past","पिछले साल दिवाली पर Gupta General Store में गोमची खत्म हो गया था")
flip(x,"future","Gupta General Store में गोमची शायद कल तक खत्म हो जाएगा")
x = b("hi","Gupta General Store Swaroop Nagar mein Velzora nahi hai bhai","KNP-01")
flip(x,"other-product","Gupta General Store Swaroop Nagar mein Pepsi nahi hai bhai, isliye Velzora le liya")
flip(x,"hypothetical","Agar Gupta General Store Swaroop Nagar mein Velzora nahi hai to Kakadeo wali dukaan try karo")

# Urdu, Perso-Arabic script and romanised
x = b("ur","Noor General Store بدھوارہ میں ویلزورا نہیں مل رہا","BPL-01")
flip(x,"negation","Noor General Store بدھوارہ میں ویلزورا کبھی ختم نہیں ہوتا")
flip(x,"resolved","کل Noor General Store بدھوارہ میں ویلزورا نہیں مل رہا تھا، آج آ گیا")
x = b("ur","Noor General Store Budhwara mein Gomchi khatam ho gaya hai","BPL-01")
flip(x,"past","Pichle Ramzan mein Noor General Store Budhwara mein Gomchi khatam ho gaya tha")
flip(x,"future","Noor General Store Budhwara mein Gomchi jald khatam ho jaye ga, abhi le lein")
x = b("ur","Noor General Store میں گومچی دستیاب نہیں","BPL-01")
flip(x,"other-product","Noor General Store میں لیز دستیاب نہیں، اس لیے گومچی لے لی")
flip(x,"hypothetical","اگر Noor General Store میں گومچی دستیاب نہیں تو ساتھ والی دکان دیکھ لیں")

# Punjabi, romanised and Gurmukhi
x = b("pa","Bhatia Karyana Store Ranjit Avenue te Velzora ni mil reha","AMR-01")
flip(x,"negation","Bhatia Karyana Store Ranjit Avenue te Velzora kade khatam ni hunda")
flip(x,"resolved","Kal Bhatia Karyana Store Ranjit Avenue te Velzora ni milya si, aj aa gaya")
x = b("pa","Bhatia Karyana Store ਤੇ ਗੋਮਚੀ ਮੁੱਕ ਗਿਆ","AMR-01")
flip(x,"past","ਪਿਛਲੇ ਸਾਲ Bhatia Karyana Store ਤੇ ਗੋਮਚੀ ਮੁੱਕ ਗਿਆ ਸੀ")
flip(x,"future","Bhatia Karyana Store ਤੇ ਗੋਮਚੀ ਛੇਤੀ ਮੁੱਕ ਜਾਵੇਗਾ")
x = b("pa","Bhatia Karyana Store te Velzora ni milda","AMR-01")
flip(x,"other-product","Bhatia Karyana Store te Coke ni milda, taan Velzora lai leya")
flip(x,"hypothetical","Je Bhatia Karyana Store te Velzora ni milda taan Lawrence Road chale jao")

# Gujarati, romanised and script
x = b("gu","Jalaram Provision Store Kalawad Road par Velzora nathi malto","RJK-01")
flip(x,"negation","Jalaram Provision Store Kalawad Road par Velzora kyarey khatam nathi thato")
flip(x,"resolved","Kale Jalaram Provision Store Kalawad Road par Velzora nahotu, aaje aavi gayu")
x = b("gu","Jalaram Provision Store માં ગોમચી ખતમ થઈ ગયું","RJK-01")
flip(x,"past","ગયા વર્ષે Jalaram Provision Store માં ગોમચી ખતમ થઈ ગયું હતું")
flip(x,"future","Jalaram Provision Store માં ગોમચી જલ્દી ખતમ થઈ જશે")
x = b("gu","Jalaram Provision Store ma Velzora 1 litre nathi","RJK-01",V1L)
flip(x,"other-product","Jalaram Provision Store ma Thums Up nathi, etle Velzora 1 litre lidhu")
flip(x,"hypothetical","Jo Jalaram Provision Store ma Velzora 1 litre na hoy to bajuma puchjo")

# Marathi, romanised and Devanagari
x = b("mr","Mahalaxmi Kirana Rajarampuri madhe Velzora milat nahi","KLH-01")
flip(x,"negation","Mahalaxmi Kirana Rajarampuri madhe Velzora kadhich sampat nahi")
flip(x,"resolved","Kaal Mahalaxmi Kirana Rajarampuri madhe Velzora navhta, aaj aala")
x = b("mr","Mahalaxmi Kirana मध्ये गोमची संपले","KLH-01")
flip(x,"past","मागच्या वर्षी Mahalaxmi Kirana मध्ये गोमची संपले होते")
flip(x,"future","Mahalaxmi Kirana मध्ये गोमची लवकरच संपेल")
x = b("mr","Mahalaxmi Kirana madhe Gomchi nahi ahe","KLH-01")
flip(x,"other-product","Mahalaxmi Kirana madhe Kurkure nahi ahe, mhanun Gomchi ghetla")
flip(x,"hypothetical","Jar Mahalaxmi Kirana madhe Gomchi nasel tar Shahupuri la bagha")

# Bengali, romanised and script
x = b("bn","Ma Tara Bhandar Hakimpara te Velzora pachhi na","SLG-01")
flip(x,"negation","Ma Tara Bhandar Hakimpara te Velzora kokhono shesh hoy na")
flip(x,"resolved","Kal Ma Tara Bhandar Hakimpara te Velzora chhilo na, aaj eshe geche")
x = b("bn","Ma Tara Bhandar এ গোমচি শেষ হয়ে গেছে","SLG-01")
flip(x,"past","গত বছর পুজোর সময় Ma Tara Bhandar এ গোমচি শেষ হয়ে গিয়েছিল")
flip(x,"future","Ma Tara Bhandar এ গোমচি তাড়াতাড়ি শেষ হয়ে যাবে")
x = b("bn","Ma Tara Bhandar e Velzora nei","SLG-01")
flip(x,"other-product","Ma Tara Bhandar e Sprite nei, tai Velzora kinlam")
flip(x,"hypothetical","Jodi Ma Tara Bhandar e Velzora na thake tahole Sevoke Road e dekho")

# Assamese, romanised and script
x = b("as","Kamakhya Stores Zoo Road ot Velzora pua nai","GHY-01")
flip(x,"negation","Kamakhya Stores Zoo Road ot Velzora kahaniu sesh nohoy")
flip(x,"resolved","Kali Kamakhya Stores Zoo Road ot Velzora nasil, aji aahise")
x = b("as","Kamakhya Stores ত গোমচি শেষ হৈ গ'ল","GHY-01")
flip(x,"past","যোৱা বছৰ বিহুৰ সময়ত Kamakhya Stores ত গোমচি শেষ হৈ গৈছিল")
flip(x,"future","Kamakhya Stores ত গোমচি সোনকালে শেষ হৈ যাব")
x = b("as","Kamakhya Stores ot Gomchi nai","GHY-01")
flip(x,"other-product","Kamakhya Stores ot Lays nai, seye Gomchi kinilu")
flip(x,"hypothetical","Jodi Kamakhya Stores ot Gomchi nai, tente Ganeshguri t suok")

# Odia, romanised and script
x = b("or","Jagannath Stores Buxi Bazar re Velzora miluni","CTK-01")
flip(x,"negation","Jagannath Stores Buxi Bazar re Velzora kebe sesa hue nahin")
flip(x,"resolved","Kali Jagannath Stores Buxi Bazar re Velzora na thila, aji asigala")
x = b("or","Jagannath Stores ରେ ଗୋମଚି ସରିଗଲା","CTK-01")
flip(x,"past","ଗତ ବର୍ଷ ରଥଯାତ୍ରା ବେଳେ Jagannath Stores ରେ ଗୋମଚି ସରିଯାଇଥିଲା")
flip(x,"future","Jagannath Stores ରେ ଗୋମଚି ଶୀଘ୍ର ସରିଯିବ")
x = b("or","Jagannath Stores re Gomchi nahin","CTK-01")
flip(x,"other-product","Jagannath Stores re Kurkure nahin, tenu Gomchi kinili")
flip(x,"hypothetical","Jadi Jagannath Stores re Gomchi nahin tebe College Square re dekha")

# Telugu, romanised and script
x = b("te","Kanaka Durga General Stores Labbipet lo Velzora dorakatledu","VJA-01")
flip(x,"negation","Kanaka Durga General Stores Labbipet lo Velzora eppudu aipoledu")
flip(x,"resolved","Ninna Kanaka Durga General Stores Labbipet lo Velzora ledu, ivala vachindi")
x = b("te","Kanaka Durga General Stores లో గోమ్చి అయిపోయింది","VJA-01")
flip(x,"past","పోయిన సంవత్సరం సంక్రాంతికి Kanaka Durga General Stores లో గోమ్చి అయిపోయింది")
flip(x,"future","Kanaka Durga General Stores లో గోమ్చి త్వరలో అయిపోతుంది")
x = b("te","Kanaka Durga General Stores lo Velzora ledu","VJA-01")
flip(x,"other-product","Kanaka Durga General Stores lo Maaza ledu, anduke Velzora konnanu")
flip(x,"hypothetical","Kanaka Durga General Stores lo Velzora lekapothe Benz Circle lo chudandi")

# Tamil, romanised and script
x = b("ta","Murugan Stores Fairlands la Velzora kidaikala","SLM-01")
flip(x,"negation","Murugan Stores Fairlands la Velzora eppovume theerndhu pogaadhu")
flip(x,"resolved","Nethu Murugan Stores Fairlands la Velzora illa, inniku vandhuduchu")
x = b("ta","Murugan Stores-ல் கோம்சி தீர்ந்து போச்சு","SLM-01")
flip(x,"past","போன வருஷம் தீபாவளிக்கு Murugan Stores-ல் கோம்சி தீர்ந்து போச்சு")
flip(x,"future","Murugan Stores-ல் கோம்சி சீக்கிரம் தீர்ந்து போகும்")
x = b("ta","Murugan Stores la Gomchi illa","SLM-01")
flip(x,"other-product","Murugan Stores la Lays illa, adhanala Gomchi vaangitten")
flip(x,"hypothetical","Murugan Stores la Gomchi illana Five Roads la paarunga")

# Kannada, romanised and script
x = b("kn","Basaveshwara Provision Stores Vidyanagar alli Velzora sigtilla","HBL-01")
flip(x,"negation","Basaveshwara Provision Stores Vidyanagar alli Velzora yavaglu khali agalla")
flip(x,"resolved","Ninne Basaveshwara Provision Stores Vidyanagar alli Velzora irlilla, ivattu bantu")
x = b("kn","Basaveshwara Provision Stores ಅಲ್ಲಿ ಗೋಮ್ಚಿ ಖಾಲಿ ಆಗಿದೆ","HBL-01")
flip(x,"past","ಕಳೆದ ವರ್ಷ ದೀಪಾವಳಿಗೆ Basaveshwara Provision Stores ಅಲ್ಲಿ ಗೋಮ್ಚಿ ಖಾಲಿ ಆಗಿತ್ತು")
flip(x,"future","Basaveshwara Provision Stores ಅಲ್ಲಿ ಗೋಮ್ಚಿ ಬೇಗ ಖಾಲಿ ಆಗುತ್ತೆ")
x = b("kn","Basaveshwara Provision Stores alli Gomchi illa","HBL-01")
flip(x,"other-product","Basaveshwara Provision Stores alli Kurkure illa, adakke Gomchi tagonde")
flip(x,"hypothetical","Basaveshwara Provision Stores alli Gomchi illa andre Keshwapur alli nodi")

# Malayalam, romanised and script
x = b("ml","Kerala Bakery Punkunnam il Velzora kittunnilla","TSR-01")
flip(x,"negation","Kerala Bakery Punkunnam il Velzora orikkalum theerarilla")
flip(x,"resolved","Innale Kerala Bakery Punkunnam il Velzora illayirunnu, innu vannu")
x = b("ml","Kerala Bakery യിൽ ഗോംചി തീർന്നു","TSR-01")
flip(x,"past","കഴിഞ്ഞ വർഷം ഓണത്തിന് Kerala Bakery യിൽ ഗോംചി തീർന്നിരുന്നു")
flip(x,"future","Kerala Bakery യിൽ ഗോംചി വേഗം തീരും")
x = b("ml","Kerala Bakery il Gomchi illa","TSR-01")
flip(x,"other-product","Kerala Bakery il Lays illa, athukondu Gomchi vangi")
flip(x,"hypothetical","Kerala Bakery il Gomchi illenkil Round South il nokku")

# Tagalog
x = b("tl","Wala nang Velzora sa Reyes Sari-Sari Store sa Ibabang Dupay","LUC-01")
flip(x,"negation","Hindi nauubusan ng Velzora ang Reyes Sari-Sari Store sa Ibabang Dupay")
flip(x,"resolved","Kahapon wala nang Velzora sa Reyes Sari-Sari Store sa Ibabang Dupay, pero ngayon meron na ulit")
x = b("tl","Naubos na ang Gomchi sa Reyes Sari-Sari Store","LUC-01")
flip(x,"past","Noong isang taon naubos ang Gomchi sa Reyes Sari-Sari Store tuwing pista")
flip(x,"future","Mauubos na ang Gomchi sa Reyes Sari-Sari Store bukas")
x = b("tl","Walang Velzora sa Reyes Sari-Sari Store","LUC-01")
flip(x,"other-product","Walang Coke sa Reyes Sari-Sari Store kaya Velzora na lang binili ko")
flip(x,"hypothetical","Sana hindi maubusan ng Velzora ang Reyes Sari-Sari Store")

# Cebuano
x = b("ceb","Wala nay Velzora sa Ramos Minimart Cogon","TAG-01")
flip(x,"negation","Wala pa gyud nahutdan og Velzora ang Ramos Minimart Cogon")
flip(x,"resolved","Gahapon wala nay Velzora sa Ramos Minimart Cogon, karon naa na")
x = b("ceb","Nahurot na ang Gomchi sa Ramos Minimart","TAG-01")
flip(x,"past","Niadtong miaging tuig nahurot ang Gomchi sa Ramos Minimart")
flip(x,"future","Mahurot na unya ang Gomchi sa Ramos Minimart")
x = b("ceb","Walay Gomchi sa Ramos Minimart","TAG-01")
flip(x,"other-product","Walay Piattos sa Ramos Minimart mao nga Gomchi akong gipalit")
flip(x,"hypothetical","Kung walay Gomchi sa Ramos Minimart, adto sa Dao")

# Hiligaynon
x = b("hil","Wala na sang Velzora sa Lopez Sari-Sari Store Mandalagan","BCD-01")
flip(x,"negation","Indi nagakaubos ang Velzora sa Lopez Sari-Sari Store Mandalagan")
flip(x,"resolved","Kahapon wala sang Velzora sa Lopez Sari-Sari Store Mandalagan, subong may ara na")
x = b("hil","Naubos na ang Gomchi sa Lopez Sari-Sari Store","BCD-01")
flip(x,"past","Sang nagligad nga tuig naubos ang Gomchi sa Lopez Sari-Sari Store")
flip(x,"future","Maubos na ang Gomchi sa Lopez Sari-Sari Store buwas")
x = b("hil","Wala Gomchi sa Lopez Sari-Sari Store","BCD-01")
flip(x,"other-product","Wala Piattos sa Lopez Sari-Sari Store, gani Gomchi na lang ang ginbakal ko")
flip(x,"hypothetical","Kon wala Gomchi sa Lopez Sari-Sari Store, kadto sa Libertad")

# Ilocano
x = b("ilo","Awan ti Velzora idiay Ablan Store Balacad","LAO-01")
flip(x,"negation","Saan nga maibusan ti Velzora ti Ablan Store Balacad")
flip(x,"resolved","Idi kalman awan ti Velzora idiay Ablan Store Balacad, ita adda metten")
x = b("ilo","Naibusen ti Gomchi idiay Ablan Store","LAO-01")
flip(x,"past","Idi napalabas a tawen naibusan ti Gomchi idiay Ablan Store")
flip(x,"future","Maibusto ti Gomchi idiay Ablan Store inton bigat")
x = b("ilo","Awan ti Gomchi idiay Ablan Store","LAO-01")
flip(x,"other-product","Awan ti Piattos idiay Ablan Store isu a Gomchi ti ginatangko")
flip(x,"hypothetical","No awan ti Gomchi idiay Ablan Store, mapankayo idiay Gilbert")

# Waray
x = b("war","Waray na Velzora ha Aling Nena Sari-Sari Store Marasbaras","TAC-01")
flip(x,"negation","Diri gud nauubos an Velzora ha Aling Nena Sari-Sari Store Marasbaras")
flip(x,"resolved","Kakulop waray Velzora ha Aling Nena Sari-Sari Store Marasbaras, yana mayda na")
x = b("war","Naubos na an Gomchi ha Aling Nena Sari-Sari Store","TAC-01")
flip(x,"past","Han tuig na naglabay naubos an Gomchi ha Aling Nena Sari-Sari Store")
flip(x,"future","Mauubos na an Gomchi ha Aling Nena Sari-Sari Store buwas")
x = b("war","Waray Gomchi ha Aling Nena Sari-Sari Store","TAC-01")
flip(x,"other-product","Waray Piattos ha Aling Nena Sari-Sari Store, salit Gomchi an akon ginpalit")
flip(x,"hypothetical","Kun waray Gomchi ha Aling Nena Sari-Sari Store, kadto ha Downtown")

# Bikol
x = b("bik","Mayong Velzora sa Mercado Minimart Concepcion Pequena","NAG-01")
flip(x,"negation","Dai nauubos an Velzora sa Mercado Minimart Concepcion Pequena")
flip(x,"resolved","Kasuodma mayong Velzora sa Mercado Minimart Concepcion Pequena, ngunyan igwa na")
x = b("bik","Ubos na an Gomchi sa Mercado Minimart","NAG-01")
flip(x,"past","Kan nakaaging taon naubos an Gomchi sa Mercado Minimart")
flip(x,"future","Mauubos na an Gomchi sa Mercado Minimart sa aga")
x = b("bik","Mayong Gomchi sa Mercado Minimart","NAG-01")
flip(x,"other-product","Mayong Piattos sa Mercado Minimart kaya Gomchi na sana an binakal ko")
flip(x,"hypothetical","Kun mayong Gomchi sa Mercado Minimart, duman kamo sa Centro")

# Kapampangan
x = b("pam","Ala nang Velzora king Dizon Store Balibago","ANG-01")
flip(x,"negation","E mubus ing Velzora king Dizon Store Balibago")
flip(x,"resolved","Napun ala nang Velzora king Dizon Store Balibago, ngeni atin na")
x = b("pam","Meubus ne ing Gomchi king Dizon Store","ANG-01")
flip(x,"past","Ing milabas a banwa meubus ya ing Gomchi king Dizon Store")
flip(x,"future","Mubus ne ing Gomchi king Dizon Store bukas")
x = b("pam","Alang Gomchi king Dizon Store","ANG-01")
flip(x,"other-product","Alang Piattos king Dizon Store, kaya Gomchi ing sinali ku")
flip(x,"hypothetical","Nung alang Gomchi king Dizon Store, munta kayu king SM")

# Pangasinan
x = b("pag","Anggapo la so Velzora ed Caballero Minimart Pantal","DAG-01")
flip(x,"negation","Ag naubos so Velzora ed Caballero Minimart Pantal")
flip(x,"resolved","Nabwasan anggapo so Velzora ed Caballero Minimart Pantal, natan wala la")
x = b("pag","Naubos la so Gomchi ed Caballero Minimart","DAG-01")
flip(x,"past","Diad akalabas ya taon naubos so Gomchi ed Caballero Minimart")
flip(x,"hypothetical","Sana ag naubos so Gomchi ed Caballero Minimart")
x = b("pag","Anggapoy Gomchi ed Caballero Minimart","DAG-01")
flip(x,"other-product","Anggapoy Piattos ed Caballero Minimart, kanian Gomchi so ginatang ko")
flip(x,"hypothetical","No anggapoy Gomchi ed Caballero Minimart, onla kayo ed CSI")

# Chavacano
x = b("cbk","No hay mas Velzora na Fernandez Store Tetuan","ZAM-01")
flip(x,"negation","Nunca ya acaba el Velzora na Fernandez Store Tetuan")
flip(x,"resolved","Ayer no hay Velzora na Fernandez Store Tetuan, ahora tiene ya")
x = b("cbk","Ya acaba ya el Gomchi na Fernandez Store","ZAM-01")
flip(x,"past","El año pasado ya acaba el Gomchi na Fernandez Store")
flip(x,"future","Ay acaba ya el Gomchi na Fernandez Store mañana")
x = b("cbk","Nuay Gomchi na Fernandez Store","ZAM-01")
flip(x,"other-product","Nuay Piattos na Fernandez Store, entonces Gomchi ya compra yo")
flip(x,"hypothetical","Si nuay Gomchi na Fernandez Store, anda na Canelar")

CATALOG = {"brands": [
 {"brand": "Velzora", "aliases": ["velzora", "#velzora", "@velzoradrinks", "वेलज़ोरा", "ویلزورا", "ਵੇਲਜ਼ੋਰਾ", "ভেলজোরা",
   "વેલ્ઝોરા", "ଭେଲଜୋରା", "వెల్జోరా", "வெல்சோரா", "ವೆಲ್ಜೋರಾ", "വെൽസോറ"],
  "category_words": ["juice", "drink"],
  "products": [
   {"sku": V300, "name": "Velzora Guava 300 ml", "aliases": ["velzora 300ml", "velzora small"]},
   {"sku": V1L, "name": "Velzora Guava 1 L", "aliases": ["velzora 1 litre", "velzora big"]}]},
 {"brand": "Gomchi", "aliases": ["gomchi", "#gomchi", "@gomchisnacks", "गोमची", "گومچی", "ਗੋਮਚੀ", "গোমচি", "ગોમચી",
   "ଗୋମଚି", "గోమ్చి", "கோம்சி", "ಗೋಮ್ಚಿ", "ഗോംചി"],
  "category_words": ["chips", "namkeen"],
  "products": [
   {"sku": GMS, "name": "Gomchi Masala", "aliases": ["gomchi masala"]},
   {"sku": GPL, "name": "Gomchi Plain Salted", "aliases": ["gomchi plain"]}]}]}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(CATALOG, f, ensure_ascii=False, indent=1); f.write("\n")
with open(os.path.join(OUT, "outlets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["outlet_id","name","address","locality","city","region","country","lat","lon"])
    for o in OUTLETS: w.writerow(list(o[:7]) + ["%.4f" % o[7], "%.4f" % o[8]])
SOURCES = ["x", "mastodon", "bluesky", "sms", "whatsapp"]
with open(os.path.join(OUT, "mentions.jsonl"), "w", encoding="utf-8") as fm, \
     open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, (mid, lang, cat, so, text, outlet, sku, base) in enumerate(M):
        src = SOURCES[i % 5]
        city = CITY[next(x for x in M if x[0] == base)[5][:3]]
        author = {"id": "u-sp%03d" % (i + 1), "handle": "user_sp%03d" % (i + 1), "display_name": "User %d" % (i + 1),
                  "location": city if i % 2 == 0 else None, "followers": (i * 37) % 500}
        fm.write(json.dumps({"id": mid, "source": src, "created_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + i % 28, 6 + i % 14, i % 60),
                             "author": author, "text": text, "lang": None, "geo": None, "is_repost": False},
                            ensure_ascii=False) + "\n")
        if so:
            lab = {"id": mid, "stockout": True, "sku": sku, "outlet_id": outlet, "city": CITY[outlet[:3]],
                   "locality": O[outlet][3]}
        else:
            lab = {"id": mid, "stockout": False, "sku": None, "outlet_id": None, "city": None, "locality": None}
        lab["category"] = cat; lab["lang"] = lang
        lab["base"] = base
        fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(M), "mentions", sum(1 for x in M if x[3]), "reports", len({x[1] for x in M}), "languages")
