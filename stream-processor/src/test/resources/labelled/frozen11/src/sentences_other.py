# Hand-written non-report sentences (stockout = false). Same line format as sentences_reports.py.
# {H} is another user's handle (reposts). Flag rp = the mention is a repost (is_repost true).
OTHERS = r"""
praise|en|CG||Jugnu chilli garlic is honestly the best instant noodle I've had 🔥
praise|en|-||Snowlek gets grease out of my husband's work shirts like nothing else
praise|en|-||Pomelix on a hot day >>> everything
praise|en|LIQ||switched to snowlek liquid, no more white patches on dark clothes. love it
praise|en|-||Shoutout to Jugnu for saving my hostel life #jugnunoodles
praise|en|PO330||Pomelix can + samosa = perfect evening
praise|hi-Latn|-||Jugnu ka taste ekdum mast hai bhai 😋
praise|hi-Latn|-||snowlek se kapde sach me chamak jaate hain, mummy khush
praise|hi-Latn|-||Pomelix pi ke maza aa gaya, bilkul fresh
praise|hi-Latn|AT||jugnu atta noodles healthy bhi tasty bhi 👌
praise|hi|-||जुगनू नूडल्स बच्चों को बहुत पसंद हैं
praise|tl|-||Ang lamig at ang tamis ng Pomelix calamansi 🤤
praise|tl|-||The best talaga Snowlek, ang bango ng damit
praise|tl|-||Jugnu noodles + itlog = ulam na 😂
praise|ta|-||Jugnu noodles சூப்பர் டேஸ்ட்
praise|ml|-||Pomelix കിടിലൻ ആണ് 👌
praise|kn|-||Snowlek ಸೂಪರ್, ಬಟ್ಟೆ ಬೆಳ್ಳಗಾಗುತ್ತೆ
praise|gu|-||Jugnu નૂડલ્સ નો સ્વાદ જોરદાર છે
praise|ceb|-||Lami kaayo ang Pomelix pomelo uy
praise|as|-||Pomelix খুব ভাল লাগে মোৰ
found|en|-||Finally found Jugnu at {O}! Grabbed 6 packs
found|en|-||Snowlek is back in stock at {O}, {L} 🎉
found|hi-Latn|-||mil gaya! {O} me Pomelix aa gayi hai
found|hi-Latn|P1K||{O} me snowlek 1kg wapas aa gaya, jaldi jao
found|en|PO15|g|got 2 bottles of Pomelix pomelo 1.5L here 🙌
found|tl|-||Meron na ulit Pomelix sa {O}!
found|tl|-||Nakabili na ako ng Snowlek sa {O} sa wakas
found|hi|-||{O} में जुगनू नूडल्स फिर से आ गए हैं
found|en|-||Restocked!! {O} {L} has Jugnu again
found|ceb|-||Naa na usab ang Jugnu sa {O}
found|ta|-||{O}-ல Pomelix வந்துடுச்சு
found|bn|-||{O}-তে Snowlek আবার এসেছে
found|mr|-||{O} मध्ये Jugnu परत आलेत
found|en|-||after 3 weeks, Pomelix is back at {O}
found|hi-Latn|-|g|yahan Jugnu mil gaya finally 😌
found|te|-||{O} లో Snowlek మళ్ళీ వచ్చింది
found|en|CG||Jugnu chilli garlic spotted at {O}, {C}. Go go go
found|pa|-||{O} ਤੇ Pomelix ਆ ਗਈ ਹੈ
found|or|-||{O} ରେ Jugnu ପୁଣି ଆସିଗଲା
found|war|-|g|Mayda na liwat Snowlek dinhi 🙏
has-it|en|-||{O} has plenty of Pomelix, no idea what people are complaining about
has-it|hi-Latn|-||{O} {L} me Jugnu full stock hai
has-it|en|LIQ||fyi {O} stocks Snowlek liquid
has-it|tl|-|own|Marami pang Pomelix kay {OWN} sa {L}
has-it|hi|-||{O} में स्नोलेक मिलता है, वहां से ले लो
has-it|ceb|-||Naa pay Pomelix sa {O}, daghan pa
has-it|en|-|g|this shop has loads of Jugnu, stocked up
has-it|ta|-||{O}-ல Snowlek இருக்கு
has-it|hi-Latn|PO330||{O} ke fridge me pomelix can hai abhi
has-it|en|-||For those asking: {O} in {C} has Jugnu
has-it|gu|-||{O} માં Pomelix મળે છે
has-it|kn|-||{O} ಅಲ್ಲಿ Jugnu ಸಿಗುತ್ತೆ
has-it|bn|-||{O}-তে Jugnu আছে, চিন্তা নেই
has-it|tl|-||May Jugnu pa sa {O}, kakabili ko lang
has-it|ml|-||{O}ൽ Pomelix ഉണ്ട്
advert|en|-||{O}, {L}: Fresh stock of Pomelix arrived! Buy 2 get 1 free this weekend only 🥤
advert|hi-Latn|-||{O} me Jugnu noodles ka naya stock aa gaya hai, aaiye 🙏 {L}
advert|en|P1K||Snowlek 1kg @ Rs 99 only at {O}. Limited stock!
advert|tl|-||Available na po ang Pomelix sa {O}! Pabili na kayo 😊
advert|en|-||Wholesale Jugnu noodles available, DM for bulk rates. Delivery in {C}
advert|hi|-||{O} - स्नोलेक डिटर्जेंट अब उपलब्ध है। होम डिलीवरी भी।
advert|ceb|-||Naa nay Pomelix diri sa {O}! Palit na mo
advert|en|-||HURRY before it's out of stock!! Pomelix combo packs at {O}
advert|ta|-||{O}: Jugnu noodles புது ஸ்டாக் வந்தாச்சு
advert|hi-Latn|-||Snowlek ki dealership ke liye sampark karein. {C} aur aas paas
advert|tl|-||Sari-sari store owners: order na ng Snowlek sa amin, wholesale price
advert|mr|-||{O}: Pomelix थंडगार उपलब्ध आहे
advert|en|-||Never run out of Snowlek again — order online, delivered in 2 days
advert|bn|-||{O}-তে Pomelix পাওয়া যাচ্ছে, ঠান্ডা ঠান্ডা
advert|en|CG||New arrival at {O}: Jugnu Chilli Garlic! Come try
brand-post|en|-||Jugnu is now available in new flavours! Tell us which one you love 💛 #jugnunoodles
brand-post|en|-||Snowlek: tough on stains, gentle on hands. Try it today!
brand-post|en|-||Tag a friend who needs a Pomelix right now 🍊 #pomelixpop
brand-post|en|-||We hear you! Pomelix stock is on the way to more stores this month. Thanks for your patience.
brand-post|hi-Latn|-||Jugnu ke saath banaiye har shaam special! Aaj hi try karein
brand-post|tl|-||Pomelix calamansi, presko at malamig! Available na sa mga tindahan malapit sa inyo
brand-post|en|-||Can't find Snowlek near you? Use our store locator at the link in bio
brand-post|hi|-||स्नोलेक - हर दाग का दुश्मन। आज ही खरीदें!
brand-post|en|-||Contest time! Share your Jugnu recipe and win a year's supply 🎁
brand-post|ta|-||Pomelix - புத்துணர்ச்சியின் சுவை! இன்றே வாங்குங்கள்
brand-post|tl|-||Snowlek: Labada? Kayang-kaya! 💪
brand-post|en|-||Out of Jugnu at home? Don't worry, order on our app and get it in 30 minutes!
news|en|-||Snowlek maker announces new plant to meet rising demand in eastern India
news|en|-||Pomelix to launch sugar-free variant by December, company says
news|en|-||Instant noodle brands including Jugnu see price hike of Rs 2 per pack
news|hi|-||जुगनू नूडल्स कंपनी ने नई फैक्ट्री का शिलान्यास किया
news|en|-||Report: detergent sales up 12% in Q3; Snowlek among gainers
news|tl|-||Balita: Pomelix, magbubukas ng bagong planta sa Laguna
news|hi-Latn|-||News: Jugnu noodles ab 5 naye states me launch honge
news|en|-||Supply chain disruptions hit soft drink makers; Pomelix says shelves will not be affected
news|bn|-||Snowlek কোম্পানি নতুন বিজ্ঞাপন প্রচার শুরু করল
news|en|-||{C} distributor signs deal to carry Pomelix across the district
news|ml|-||Jugnu noodles കമ്പനി കേരളത്തിൽ പുതിയ ഡിപ്പോ തുറന്നു
news|en|-||Truckers' strike may cause shortages of Jugnu and other FMCG goods next week, traders warn
complaint|en|-||Jugnu packet says 70g but feels half empty. Cheating much?
complaint|en|-||Snowlek price went up AGAIN. ₹10 more for the same pack
complaint|hi-Latn|-||Pomelix ka taste pehle jaisa nahi raha, bahut meetha kar diya
complaint|hi-Latn|P1K||snowlek 1kg ka packet phata hua mila {O} se
complaint|tl|-||Ang mahal na ng Pomelix ngayon, dati 25 lang
complaint|en|CG||Jugnu chilli garlic is way too spicy now, did they change the recipe?
complaint|hi|-||स्नोलेक से मेरे हाथों में खुजली होने लगी
complaint|en|PO330||Pomelix can was flat when I opened it. Zero fizz
complaint|ta|-||Jugnu விலை ரொம்ப ஏறிடுச்சு
complaint|ceb|-||Ang Snowlek karon dili na kaayo bulahon
complaint|en|-||why does snowlek liquid bottle leak every time 😤
complaint|hi-Latn|-||Jugnu ke masala packet me masala kam hai aajkal
complaint|bn|-||Pomelix এর দাম বেড়ে গেছে অনেক
complaint|te|-||Jugnu noodles రుచి మారిపోయింది
complaint|en|-||Expired Pomelix sold to me at {O}. Check dates people!
complaint|kn|-||Snowlek ಬೆಲೆ ಜಾಸ್ತಿ ಆಯ್ತು
complaint|mr|-||Pomelix ची बाटली लहान केली आणि किंमत तीच
complaint|tl|-||Bakit ang liit na ng Jugnu ngayon? Dati mas marami laman
other-product|en|-||{O} is out of eggs so no Jugnu + egg tonight 😢
other-product|hi-Latn|-||{O} me doodh khatam tha, Pomelix le aaya
other-product|en|-||Out of my usual noodles at {O}, bought Jugnu instead and honestly better
other-product|tl|-||Walang yelo sa {O}, kaya mainit yung Pomelix ko 😭
other-product|en|-||No fabric softener at {O}, got Snowlek though
other-product|hi|-||{O} में चीनी खत्म थी, जुगनू नूडल्स ले आए
other-product|en|-||Bread sold out at {O} in {L}. Pomelix was there at least
other-product|ceb|-||Wala nay tinapay sa {O}, Jugnu na lang among gipalit
other-product|hi-Latn|-||snowlek mil gaya par bucket nahi mila {O} pe lol
other-product|ta|-||{O}-ல பால் இல்ல, Pomelix மட்டும் இருக்கு
other-product|en|-||{O} ran out of plastic bags, carried my Jugnu packets in my hands 🙄
other-product|bn-Latn|-||{O} te dim nei, Jugnu kine anlam
other-product|tl|-||Ubos na ang softdrinks na cola sa {O} kaya Pomelix na lang
other-product|hi-Latn|-||{O} me cold drink sab khatam, bas Pomelix bachi thi
other-product|en|-||Our washing machine is out of order so the Snowlek is sitting unused lol
other-product|gu|-||{O} માં દૂધ નથી, Jugnu લઈ આવ્યા
other-product|en|-||{O} out of chips, Pomelix only for movie night
other-product|pa|-||{O} ਤੇ ਦੁੱਧ ਮੁੱਕ ਗਿਆ, Snowlek ਲੈ ਆਏ
other-sense|hi-Latn|-||barish ke baad khet me itne saare jugnu dikhe aaj ✨ bachpan yaad aa gaya
other-sense|hi|-||अब गाँव में जुगनू दिखते ही नहीं, सब गायब हो गए 😔
other-sense|hi-Latn|-||hamara billa Jugnu 2 din se gayab hai, {L} me kisi ne dekha ho to batao 🙏
other-sense|en|-||that Jugnu song on repeat all day 🎧
other-sense|ur|-||جگنو کی روشنی میں بھی ایک اُمید ہے
other-sense|hi-Latn|-||Jugnu bhaiya ki shaadi hai next week, {C} aa rahe ho na?
other-sense|en|-||Took the kids firefly spotting — jugnu season is the best part of the rains
other-sense|hi|-||जुगनू जैसे चमकते रहो, दादी कहती थीं
other-sense|mr|-||काजवा म्हणजे हिंदीत जुगनू ना? भंडारदऱ्याला काजवा महोत्सव असतो
other-sense|pa|-||ਜੁਗਨੂੰ ਰਾਤ ਨੂੰ ਖੇਤਾਂ ਵਿੱਚ ਚਮਕਦੇ ਨੇ
other-sense|hi-Latn|-||Jugnu naam ka ek ladka tha hamari class me, aaj 10 saal baad mila
other-sense|ur|-||شہر میں اب جگنو نظر نہیں آتے
other-sense|hi-Latn|-||{O} wale Jugnu chacha ne aaj dukan band rakhi hai, bimaar hain
other-sense|en|-||Jugnu (our dog) refuses to eat anything except chicken lol
other-sense|hi-Latn|-||jugnu ki tarah tim tim karti lights lagayi hain Diwali pe
other-sense|bn|-||জোনাকি কে হিন্দিতে জুগনু বলে, জানতাম না
other-sense|hi-Latn|-||hamara tota Jugnu ud gaya, kahin nahi mil raha. {L} me kisi ke ghar aaye to batana
other-sense|hi|-||पुरानी फिल्म जुगनू का गाना आज भी सुनता हूँ
lookalike|en|-||No Snowlux at {O} today, had to buy something else
lookalike|hi-Latn|-||Pomelita nahi mili {O} pe 😒
lookalike|tl|-||Ubos na ang Pomelita sa {O}
lookalike|en|-||Snowlux detergent sold out in {C}, anyone know where to get it?
lookalike|en|-||Snowlux detergent is so cheap and works fine
lookalike|hi|-||{O} में स्नोलक्स नहीं है
lookalike|ceb|-||Wala Pomelita sa {O}, ang Pomelix ra ang naa
lookalike|en|-||is Pomelita the same company as Pomelix? the bottle looks identical
lookalike|hi-Latn|-||Snowlux ka naya pack aaya hai, sasta hai
lookalike|ta|-||{O}-ல Snowlux இல்ல
lookalike|en|-||{O} out of Pomelita 🥤 gutted
lookalike|tl|-||Mas masarap pa rin Pomelita kesa sa iba
lookalike|bn|-||Snowlux পাউডার {O}-তে নেই
lookalike|en|-||Bought Pomelita thinking it was Pomelix. Not the same. Meh
lookalike|hi-Latn|-||snowlux khatam {O} {L}
past|en|-||Last month {O} had no Jugnu for two weeks but it's all sorted now
past|hi-Latn|-||pichle hafte {O} me Snowlek nahi tha, ab aa gaya
past|en|-||Remember when Pomelix vanished from {C} in 2024? Wild times
past|tl|-||Nung isang linggo walang Pomelix sa {O}, pero okay na ngayon
past|hi|-||पिछले महीने {O} में जुगनू नहीं था, अब मिल रहा है
past|en|-||Snowlek was out at {O} yesterday, restocked this morning
past|ceb|-||Gahapon wala Jugnu sa {O}, karon naa na
past|ta|-||போன வாரம் {O}-ல Pomelix இல்ல, இப்போ இருக்கு
past|en|-||During the floods {L} had no Snowlek for a while. Back to normal now
past|bn|-||গত সপ্তাহে Jugnu পাচ্ছিলাম না, এখন {O}-তে আছে
past|hi-Latn|-||do din pehle {O} pe pomelix khatam thi, aaj le aaya
past|mr|-||मागच्या आठवड्यात Snowlek मिळत नव्हतं, आता {O} मध्ये आहे
past|en|-||back in college {O} never had Jugnu. good times lol
past|tl|-||Dati laging ubos Snowlek sa {O}, ngayon marami na
past|kn|-||ಕಳೆದ ವಾರ {O}ನಲ್ಲಿ Pomelix ಇರಲಿಲ್ಲ, ಈಗ ಇದೆ
future|en|-||If {O} runs out of Jugnu before the weekend I'll cry
future|hi-Latn|-||kal {O} jaunga, ummeed hai Pomelix mil jayegi
future|en|-||Stock up on Snowlek now, prices going up next month
future|tl|-||Sana hindi maubusan ng Pomelix ang {O} bukas
future|en|-||Heads up: {O} said they might run out of Pomelix during fiesta
future|hi|-||अगर {O} में स्नोलेक खत्म हो जाए तो मुझे बताना
future|en|-||Tip: buy Jugnu in bulk, shops in {C} sell out fast during festivals
future|ceb|-||Basin mahurot ang Pomelix sa {O} ugma, palit na mo karon
future|hi-Latn|-||Diwali pe Jugnu ki demand badhegi, dukandaar stock rakh lena
future|ta|-||நாளைக்கு {O} போய் Snowlek வாங்கணும்
future|en|-||will {O} have Pomelix cans next week? planning a party
future|gu|-||કાલે {O} માં Pomelix લેવા જવું છે
future|te|-||రేపు Jugnu కొనాలి, మర్చిపోకూడదు
future|en|-||pro tip: if your shop runs out of Snowlek, ask them to order from the distributor directly
future|ilo|-||Gumatangak iti Snowlek intono malem idiay {O}
question|en|-||Does {O} have Pomelix?
question|hi-Latn|-||{L} me Jugnu kahan milega?
question|tl|-||May Snowlek po ba sa {O}?
question|en|-||Is Jugnu atta noodles good for kids?
question|hi|-||क्या {O} में पोमेलिक्स मिलती है?
question|en|-||Anyone know if {O} in {L} stocks Snowlek liquid?
question|ceb|-||Asa ko makapalit og Pomelix diri sa {C}?
question|hi-Latn|-||snowlek aur baaki powders me kaun sa better hai?
question|ta|-||{CN}-ல Jugnu எங்க கிடைக்கும்?
question|en|-||what's the price of pomelix 1.5L now?
question|bn|-||{O}-তে কি Snowlek পাওয়া যায়?
question|bik|-||Arin an mas masiram, Pomelix pomelo o calamansi?
question|mr|-||Jugnu कुठे मिळेल {L} मध्ये?
question|en|-||Is Snowlek safe for baby clothes?
question|hil|-||Diin makabakal Pomelix diri sa {C}?
negation|en|-||Jugnu is NOT out of stock at {O}, I just bought some. Stop the rumours
negation|hi-Latn|-||{O} me Snowlek khatam nahi hua hai, full stock hai
negation|tl|-||Hindi totoo na ubos Pomelix sa {O}, meron pa
negation|en|-||No, {O} hasn't run out of Snowlek. Fake news
negation|hi|-||{O} में जुगनू नूडल्स खत्म नहीं हुए हैं
negation|en|-||who said Pomelix is sold out in {C}? every shop has it
negation|ceb|-||Dili tinuod nga wala nay Snowlek sa {O}
negation|ta|-||{O}-ல Pomelix தீரல, இருக்கு
negation|hi-Latn|-||Jugnu out of stock? nahi bhai, {O} me rakha hai dher saara
negation|en|-||Contrary to the WhatsApp forward, Snowlek is available everywhere in {L}
negation|bn|-||{O}-তে Pomelix শেষ হয়নি, আছে
negation|en|-||never seen {O} without Jugnu tbh
repost|en|-|rp|RT @{H}: No Jugnu at {O}, {L} 😩
repost|en|-|rp|RT @{H}: Snowlek liquid out of stock at {O}
repost|hi-Latn|-|rp|RT @{H}: {O} me Pomelix khatam hai bhai
repost|tl|-|rp|RT @{H}: Walang Snowlek sa {O} 😭
repost|en|-|rp|RT @{H}: Jugnu is back at {O}!
repost|en|-|rp|Reposting from @{H}: {O} in {C} has no Pomelix, share so they notice
repost|hi|-|rp|RT @{H}: {O} में स्नोलेक नहीं है
repost|en|-|rp|RT @{H}: can't find Pomelix anywhere in {C}
repost|ceb|-|rp|RT @{H}: Wala Jugnu sa {O}
repost|en|-|rp|RT @{H}: Pomelix cans sold out at {O}, {L}
repost|hi-Latn|-|rp|RT @{H}: snowlek nahi mil raha {L} me
repost|en|-|rp|RT @{H}: Jugnu family pack missing at {O} for a week now
repost|tl|-|rp|RT @{H}: Ubos Pomelix sa {O} sa {L}
repost|ta|-|rp|RT @{H}: {O}-ல Jugnu இல்ல
repost|en|-|rp|RT @{H}: this shop never has Snowlek
repost|bn|-|rp|RT @{H}: {O}-তে Pomelix নেই
repost|en|-|rp|RT @{H}: Pomelix calamansi 1.5L gone from {O}
repost|hi-Latn|-|rp|RT @{H}: {O} wale Jugnu mangwa lo please
repost|en|-|rp|RT @{H}: Snowlek giveaway! Follow and tag 3 friends
repost|tl|-|rp|RT @{H}: Sino may alam kung saan may Jugnu sa {C}?
joke|en|-||My wife said pick one: her or Jugnu. Anyway, anyone want to come over for noodles?
joke|hi-Latn|-||Snowlek itna accha hai ki mere daag bhi saaf ho gaye... dil ke nahi 😂
joke|en|-||Pomelix is my emotional support beverage
joke|tl|-||Pag-ibig ko parang Pomelix, laging malamig 🥶😂
joke|en|-||If Jugnu noodles were a person I'd marry them
joke|hi-Latn|-||boss ne bola Monday tak report do, maine Jugnu bana ke kha liya. priorities 😌
joke|en|-||Snowlek can remove every stain except the one on my reputation
joke|ceb|-||Ang Pomelix ra ang wala mobiya nako 😂
joke|hi|-||पत्नी: सब्जी क्या बनाऊं? मैं: जुगनू नूडल्स 😂
joke|cbk|-||Ta man fight yo con un gaviota para con el Pomelix 😂
"""
