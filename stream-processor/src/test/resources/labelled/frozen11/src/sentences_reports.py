# Hand-written report sentences (stockout = true).
# Format per line:  category | lang | sku-code or - | flags | text
# Placeholders: {O} outlet name, {L} its locality, {C} city, {CN} city in native script, {CA} alternative
# spelling of the city, {OWN} owner nickname of an outlet, {O2}/{L2} a second outlet of the same city.
# Flags: g = device geo within ~30 m of an isolated outlet ("this shop"), gp = geo between two outlets < 60 m apart,
#        gl = geo in a locality but > 80 m from every outlet, own = pick an outlet that has an owner nickname,
#        prof = author profile must carry a city, c=XXX = force the city.
REPORTS = r"""
report|en|-||No Jugnu noodles anywhere at {O} in {L} today. Went twice.
report|en|AT||{O} ({C}) has zero Jugnu Atta on the shelf 😤
report|en|-||cant find snowlek at {O} {L}... shelf completely empty
report|en|PO330||Pomelix cans are gone at {O}, {C}. Fridge only has the other stuff
report|en|-||Jugnu out of stock at {O}, {L}, {C}. Kids are not happy lol
report|en|LIQ||Snowlek liquid not available at {O}. Shopkeeper just shrugged.
report|en|-||Is it just me or is there literally no Pomelix left in {O}?? #pomelixpop
report|en|CG||tried to buy jugnu chilli garlic at {O} {L} – sold out, no idea when it comes back
report|en|BAR||{O} in {L} doesn't have Snowlek bars. Had to buy some random soap.
report|en|-||Wanted Pomelix for the party, {O} said nahi hai. {C} people where are you getting it
report|en|-||Empty slot where Jugnu used to be at {O}. Sad.
report|en|CA500||{O} {L}: no Pomelix calamansi 500ml. Checked the back fridge too.
report|en|-||Zero Snowlek at {O} this week. Third shop I have tried in {C}.
report|en|M70||no single packs of Jugnu masala at {O}, only other brands 😒
report|en|-||{O}, {CA} — out of Pomelix. Again.
report|hi-Latn|-||{O} {L} me Jugnu khatam ho gaya hai bhai, ek bhi packet nahi
report|hi-Latn|P1K||Snowlek 1kg nahi mila {O} pe, bola stock nahi aaya
report|hi-Latn|-||yaar {C} me Pomelix kahin nahi mil rahi, {O} me bhi nahi thi
report|hi-Latn|AT||jugnu atta noodles {O} par nahi hai aaj 😭
report|hi-Latn|-||{O} wale bhaiya ke paas snowlek nahi hai, kab aayega pata nahi
report|hi-Latn|-||Bhai {L} wale {O} me Pomelix ka ek bhi bottle nahi bacha
report|hi-Latn|CG||{O} mein Jugnu chilli garlic ka dabba khaali pada hai
report|hi-Latn|-||snowlek khatam hai {O} {CA} pe. dusra brand lena pada
report|hi-Latn|-||aaj {O} gaya tha, Jugnu nhi hai unke paas. {L} me koi aur dukan batao
report|hi-Latn|PO330||Pomelix can chahiye tha, {O} me stock out hai
report|hi|-||{O} ({L}) में आज जुगनू नूडल्स नहीं मिले। पूरा रैक खाली है।
report|hi|LIQ||{CN} के {O} में स्नोलेक लिक्विड खत्म है
report|hi|-||{O} पर Pomelix नहीं है, दुकानदार बोला माल नहीं आया
report|hi|BAR||स्नोलेक साबुन (बार) {O} में नहीं मिला, दो दिन से
report|hi|-||{L} की किसी दुकान में Jugnu नहीं है, {O} में भी नहीं
report|tl|-||Walang Pomelix sa {O} {L} 😩 ubos na daw
report|tl|CA500||wala na pong Pomelix calamansi 500ml dito sa {O}, {C}
report|tl|-||Ubos na Snowlek sa {O}. Saan pa kaya may stock sa {C}?
report|tl|-||Grabe wala talagang Jugnu noodles sa {O} sa {L}
report|tl|LIQ||Snowlek liquid out of stock sa {O}, wala daw delivery this week
report|tl|PO15||Naubusan ng Pomelix pomelo 1.5 liters sa {O}, sayang
report|ta|-||{O} ({L}) ல Jugnu noodles இல்ல. ஸ்டாக் முடிஞ்சுடுச்சாம்.
report|ta|P500||{CN} {O}-ல Snowlek 500g பாக்கெட் இல்லை
report|bn|-||{O}, {L}-এ Pomelix নেই। দোকানদার বলল মাল আসেনি।
report|bn|AT||{O} তে Jugnu আটা নুডলস শেষ হয়ে গেছে
report|ceb|-||Wala nay Pomelix sa {O} {L}, nahurot na kuno
report|ceb|BAR||Walay Snowlek bar sa {O} karon, asa pa ta mopalit ani
report|mr|-||{O} ({L}) मध्ये Jugnu नूडल्स संपले आहेत
report|te|-||{O} లో Snowlek లేదు, స్టాక్ అయిపోయింది అంట
report|kn|-||{O}, {L} ಅಲ್ಲಿ Pomelix ಇಲ್ಲ, ಖಾಲಿ ಆಗಿದೆ
report|ml|-||{O} ൽ Jugnu noodles ഇല്ല, സ്റ്റോക്ക് തീർന്നു
report|gu|-||{O}, {L} માં Snowlek નથી મળતો, સ્ટોક ખલાસ
report|or|-||{CN} {O} ରେ Jugnu ନୁଡୁଲ୍ସ ନାହିଁ, ସରିଗଲା
report|pa|-||{O} ਤੇ Pomelix ਨਹੀਂ ਹੈ ਜੀ, ਮੁੱਕ ਗਈ
report|as|-||{O} ত Snowlek নাই, শেষ হৈ গ'ল
request|en|-||@{O} please stock Jugnu again, half of {L} is asking for it
request|en|LIQ||Dear {O}, could you keep Snowlek liquid? Couldn't find it last two visits.
request|en|-||Someone tell {O} in {C} to order Pomelix. Empty since forever.
request|en|PO330||pls bring back pomelix cans at {O} {L} 🙏🙏
request|en|-||Requesting {O} to restock Snowlek, we are out at home and your shelf is empty too
request|en|CG||{O} kindly get Jugnu chilli garlic, not there today
request|en|-||Hey @pomelix, can you supply {O} in {C}? They never have you
request|hi-Latn|-||{O} wale bhaiya please Jugnu mangwa lo, khatam hai
request|hi-Latn|P500||Snowlek ka aadha kilo wala packet rakho na {O} me, nahi milta
request|hi-Latn|-||@pomelix {C} ke {O} me bhejo yaar, 3 din se nahi hai
request|hi-Latn|-||{L} me koi dukan Jugnu rakh lo please, {O} me bhi nahi hai
request|hi-Latn|MFP||{O} pls jugnu family pack mangao, abhi nahi hai
request|hi|-||{O} वाले भैया, स्नोलेक मंगवा दीजिए, खत्म हो गया है
request|hi|PO15||Pomelix पोमेलो डेढ़ लीटर {O} ({L}) में फिर से रखिए, नहीं है
request|tl|-||Sana mag-restock na ng Pomelix ang {O} sa {L}, wala pa rin
request|tl|-||Paki-order naman po ng Jugnu ang {O}, ubos na po talaga
request|tl|BAR||{O} magdala naman kayo ng Snowlek bar, wala kayo lagi
request|ta|-||{O} அண்ணா, Pomelix கொஞ்சம் வாங்கி வைங்க, இப்போ இல்ல
request|bn|-||{O} দাদা, Snowlek টা আনিয়ে রাখুন, এখন নেই
request|mr|-||{O} वाले काका, Jugnu मागवा ना, संपलंय
request|te|-||{O} వాళ్ళు Pomelix తెప్పించండి, ఇప్పుడు లేదు
request|kn|-||{O} ಅವರೇ Snowlek ತರಿಸಿ, ಈಗ ಇಲ್ಲ
request|gu|-||{O} વાળા ભાઈ, Jugnu મંગાવો ને, ખલાસ થઈ ગયા
request|ceb|-||{O}, palihog pagpa-stock og Pomelix, wala na
request|pa|-||{O} ਵਾਲੇ ਵੀਰ ਜੀ, Snowlek ਮੰਗਵਾ ਲਓ, ਖਤਮ ਹੈ
deictic|en|-|g|this shop has no Jugnu at all 🙄
deictic|en|PO330|g|Standing right here and they're out of Pomelix cans
deictic|en|-|g|no snowlek at this store. zero.
deictic|hi-Latn|-|g|is dukaan me Jugnu nahi hai 😑
deictic|hi-Latn|LIQ|g|yahan Snowlek liquid khatam hai
deictic|hi-Latn|-|gp|yaha pe Pomelix nahi mil rahi, koi batao kahan milegi
deictic|hi|-|g|इस दुकान में जुगनू नूडल्स नहीं हैं
deictic|tl|-|g|wala silang Pomelix dito 😭
deictic|tl|-|gp|Dito walang Snowlek. Ubos.
deictic|ta|-|g|இந்த கடையில Jugnu இல்ல
deictic|ceb|-|g|wala diri ang Pomelix uy
deictic|bn|-|g|এই দোকানে Snowlek নেই
deictic|en|CA15|gp|out of pomelix calamansi 1.5 here. this is the 2nd time
deictic|mr|-|g|इथे Jugnu नाहीये
deictic|kn|-|g|ಈ ಅಂಗಡಿಯಲ್ಲಿ Pomelix ಇಲ್ಲ
deictic|en|-|g|Out of Snowlek here 🙃 #snowlekclean
deictic|hi-Latn|AT|g|iss shop pe jugnu atta nahi hai
deictic|en|-||this shop never has Pomelix, why even
deictic|tl|-||Wala daw Jugnu sa tindahan na 'to sabi ng tindera
deictic|hi-Latn|-|gl|yahan kisi bhi dukan me snowlek nahi hai
compact|en|-||jugnu NA @ {O}
compact|en|P1K||{O} snowlek 1kg OOS
compact|en|-||POMELIX OUT {O} {L}
compact|hi-Latn|-||{O} jugnu nai h
compact|hi-Latn|-||snowlk khtm {O} {L}
compact|hi-Latn|-||pomelix nhi {O}
compact|en|CG||{O}: jugnu CG 0
compact|tl|-||{O} wla pomelix
compact|tl|-||ubos snowlek {O} {L}
compact|en|-||no jugnu. {O}. {C}.
compact|ceb|-||wala pomelix {O}
compact|hi-Latn|PO330||{O} pomelix can nil
compact|en|-||{C} {L} - snowlek stockout
compact|ta-Latn|-||{O} la jugnu illa
compact|te-Latn|-||{O} lo pomelix ledu
size|en|PO15||Pomelix pomelo 1.5L not available at {O}
size|en|PO15||no Pomelix pomelo 1500 ml at {O} {L} today
size|hi-Latn|CA15||{O} pe Pomelix calamansi dedh litre wali khatam
size|en|PO15||One and half liter Pomelix pomelo – none at {O}, {C}
size|en|-||{O} has no 1.5 ltr Pomelix at all, neither flavour
size|tl|CA15||Wala nang Pomelix calamansi na 1.5 sa {O}
size|en|P1K||Snowlek 1 kg pack missing at {O}, only 500 left
size|hi-Latn|P1K||{O} me snowlek ek kilo wala nahi hai, chhota wala hai bas
size|en|P500||half kg Snowlek powder — out at {O} {L}
size|en|LIQ||1000ml Snowlek liquid not in {O}
size|hi-Latn|LIQ||snowlek liquid 1 ltr {O} me out of stock
size|en|PO330||330ml Pomelix gone from {O}'s fridge
size|tl|PO330||wala nang Pomelix na naka-can sa {O}, yung 330
size|en|CA500||Pomelix calamansi half litre bottles — none at {O}, {C}
size|en|BAR||{O} has no Snowlek 150g bar
size|hi-Latn|MFP||jugnu ka 4 wala pack (280g) {O} {L} me nahi
size|en|M70||Jugnu masala 70 gm single pack not at {O}
size|hi|P1K||{O} में स्नोलेक एक किलो का पैकेट नहीं है
size|hi|PO15||{O} में पोमेलिक्स पोमेलो डेढ़ लीटर खत्म
size|ceb|CA15||Walay Pomelix calamansi 1.5 litro sa {O}
size|en|CA500||No 500 ml Pomelix at {O}?? only the big bottles
size|ta|CA15||{O}-ல Pomelix calamansi ஒன்றரை லிட்டர் இல்ல
size|bn|PO15||{O}-তে Pomelix পোমেলো দেড় লিটার নেই
size|en|M70||Jugnu Masala 70g - sold out at {O} {L}
size|tl|P1K||Ubos na Snowlek 1 kilo sa {O}, yung 500g lang meron
long|en|-||Okay so long story. Went to {O} in {L} after office because my mom specifically said get Jugnu, only Jugnu, nothing else, and the guy there says it has not come for a week. Then I stood there like an idiot comparing other noodles. Anyway no Jugnu at {O}. If anyone in {C} sees it, tell me.
long|en|LIQ||So I have a 2 year old and a washing machine that only behaves with liquid detergent, and Snowlek liquid is the only one that doesn't give her rashes. {O} used to keep it. Today? Nothing. Empty shelf, and the uncle there said maybe next month. Next month!! What do I do till then, wash by hand??
long|hi-Latn|-||Bhai kya bataun, subah se teen dukan ghoom liya. Pehle {O} gaya, wahan Pomelix nahi thi, bola kal aayegi. Kal gaya to bola parso. Aaj phir gaya, ab bol raha hai company se hi nahi aa rahi. {L} me aur kahin milti ho to batao yaar, bacche roz maangte hain
long|tl|-||Share ko lang. Kanina pumunta ako sa {O} sa {L} para bumili ng Snowlek kasi maglalaba ako bukas, eh wala raw. Tapos sabi ng tindera baka next week pa dumating. Eh paano yung labada ko?? Sana naman may stock na soon kasi yun lang talaga hiyang sa balat ko.
long|en|-||Not to be dramatic but the Pomelix situation in {C} is getting out of hand. {O} - none. Their fridge is full of other stuff, plenty of colas, zero Pomelix. I used to get two bottles every Friday for the family. Now I'm drinking water like a peasant. Please fix this.
long|hi|-||आज बेटे का जन्मदिन था, उसने कहा मम्मी जुगनू नूडल्स बनाओ। मैं {O} गई, वहां नहीं थे। दुकानदार बोले कि सप्लाई नहीं आ रही है। फिर दूसरी कंपनी के नूडल्स लाने पड़े, बेटा रूठ गया। कंपनी वाले ध्यान दें, {CN} में माल भेजो।
long|en|CG||I know this is a small thing but Jugnu chilli garlic is the one thing that gets me through night shifts. {O} {L} was the only place reliably stocking it. Checked Monday: none. Wednesday: none. Today: the shelf label is still there but no packets. Don't tell me you discontinued it.
long|ml-Latn|-||Innale {O} il poyi Pomelix chodichu, illa ennu paranju. Innu veendum poyi, ippozhum illa. Kuttikalkku athu mathram mathi. Ini ethra divasam wait cheyyanam ennu ariyilla
long|bn|-||সকালে {O}-তে গেলাম Snowlek কিনতে, বলল নেই। বিকেলে আবার গেলাম, এখনো আসেনি। জামাকাপড় সব জমে আছে। কবে আসবে কেউ জানে?
long|ceb|-||Pag-abot nako sa {O} ganina gusto unta ko mopalit og Jugnu para sa mga bata kay paborito kaayo sa mga bata, pero wala na daw, nahurot na gahapon pa. Ang tindera miingon wala pa siya kabalo kanus-a ang sunod nga delivery. Nakaguol jud
long|en|-||honestly I've given up. {O}, {L}: no Snowlek. I asked if they'd get more and they said the distributor stopped coming. Everyone in the queue was asking for it too. It's not like people stopped buying it, the shop just doesn't have it.
long|mr|-||आज सकाळी {O} मध्ये गेलो होतो Pomelix घ्यायला, पण नाहीये. दुकानदार म्हणाला गाडी आलीच नाही. {L} मध्ये दुसरीकडे मिळते का कोणाला माहिती आहे का?
owner|hi-Latn|-|own|{OWN} ki dukaan ({L}) me Jugnu nahi hai aaj
owner|en|-|own|{OWN}'s shop in {L} is out of Snowlek
owner|hi-Latn|PO330|own|{L} wale {OWN} ke yahan Pomelix can khatam
owner|tl|-|own|Wala nang Pomelix kay {OWN} sa {L}
owner|ceb|-|own|Wala na Snowlek sa tindahan ni {OWN} diha sa {L}
owner|en|-|own|{OWN} says no Jugnu this week, {L} people dont bother going
owner|hi|-|own|{L} में {OWN} की दुकान पर स्नोलेक नहीं है
owner|te|-|own|{L} లో {OWN} షాప్ లో Pomelix లేదు
owner|pa|-|own|{OWN} ਦੀ ਹੱਟੀ ({L}) ਤੇ Jugnu ਨਹੀਂ ਹੈ
owner|hil|-|own|Wala na sang Pomelix kay {OWN} sa {L}
owner|ilo|-|own|Awanen ti Snowlek iti tienda ni {OWN} idiay {L}
owner|en|-|own|{OWN}'s store has no Pomelix, asked twice
owner|hi-Latn|-|own|{OWN} ke paas snowlek nahi hai
owner|bn|-|own|{L}-এ {OWN}র দোকানে Jugnu নেই
owner|bik|-|own|Mayo na nin Pomelix ki {OWN} duman sa {L}
landmark|en|-||the kirana opposite the bus stand in {C} has no Jugnu
landmark|hi-Latn|-||{L} me mandir ke saamne wali dukaan pe Snowlek nahi hai
landmark|en|PO330||The store next to the church in {L} — Pomelix cans sold out
landmark|tl|-||Yung tindahan sa tapat ng plaza sa {L}, wala nang Pomelix
landmark|hi|-||{CN} में रेलवे स्टेशन के पास वाली दुकान में जुगनू नहीं है
landmark|en|-||medical shop near the govt hospital, {L}: no Snowlek at all
landmark|ta|-||{L} பஸ் ஸ்டாண்ட் எதிர்ல இருக்கற கடையில Pomelix இல்ல
landmark|ceb|-||Ang tindahan atbang sa eskwelahan sa {L}, wala nay Jugnu
landmark|hi-Latn|-||{C} me clock tower ke paas wali kirana pe pomelix nahi hai
landmark|en|-||corner shop by the petrol pump on the way into {C}, no snowlek for a week
landmark|bn|-||{L} মোড়ের মাথার দোকানে Pomelix নেই
landmark|gu|-||{CN} માં બસ સ્ટેન્ડ સામેની દુકાનમાં Jugnu નથી
landmark|tl|-||Sa may sari-sari sa kanto malapit sa barangay hall ng {L}, ubos Snowlek
landmark|ml|-||{L} ജംഗ്ഷനിലെ ബേക്കറിക്ക് അടുത്തുള്ള കടയിൽ Pomelix ഇല്ല
landmark|or|-||{CN} ବସ୍ ଷ୍ଟାଣ୍ଡ ପାଖ ଦୋକାନରେ Snowlek ନାହିଁ
contrast|en|-||{O} has no Jugnu but {O2} does, go there
contrast|hi-Latn|-||{O} me Pomelix nahi hai, {O2} me mil gayi
contrast|en|P1K||Not at {O}, but {O2} in {L2} has Snowlek 1kg
contrast|tl|-||Wala sa {O}, pero meron sa {O2}. Pomelix hunters, alam nyo na
contrast|hi|-||{O} में स्नोलेक नहीं है, {O2} में है
contrast|en|-||{O} ({L}) – no Pomelix. {O2} still had a few.
contrast|ceb|-||Wala sa {O} ang Jugnu, naa sa {O2}
contrast|ta|-||{O}-ல Snowlek இல்ல, {O2}-ல இருக்கு
contrast|hi-Latn|AT||jugnu atta {O} pe khatam, {O2} pe mil jayega
contrast|en|-||skip {O}, they're out of Pomelix; {O2} has stock
contrast|kn|-||{O}ನಲ್ಲಿ Jugnu ಇಲ್ಲ, {O2}ನಲ್ಲಿ ಸಿಗುತ್ತೆ
contrast|mr|-||{O} मध्ये Snowlek नाही, पण {O2} मध्ये मिळाला
contrast|en|CA500||{O2} has Pomelix calamansi 500, {O} doesn't
contrast|tl|-||Sa {O2} may Jugnu, sa {O} wala
contrast|bn|-||{O}-তে Pomelix নেই, কিন্তু {O2}-তে পেলাম
chronic|en|-||{O} NEVER has Jugnu. Every single time. #jugnunoodles
chronic|en|-||Why is Pomelix always missing at {O} {L}? Every week same story
chronic|hi-Latn|-||{O} me Snowlek kabhi milta hi nahi yaar
chronic|hi-Latn|-||har baar {O} jao, Pomelix nahi hoti. kya scene hai
chronic|tl|-||Lagi na lang walang Jugnu sa {O}, nakakainis na
chronic|en|LIQ||third week in a row no Snowlek liquid at {O}
chronic|hi|-||{O} में पोमेलिक्स कभी नहीं मिलती
chronic|ceb|-||Permi lang walay Snowlek sa {O}
chronic|en|-||{C} is a Pomelix desert. {O} hasn't had it since Diwali
chronic|ta|-||{O}-ல எப்பவுமே Jugnu இருக்காது
chronic|hi-Latn|-||{L} me Snowlek hamesha out rehta hai, {O} me bhi
chronic|te|-||{O} లో ఎప్పుడూ Pomelix ఉండదు
chronic|gu|-||{O} માં Pomelix ક્યારેય મળતી જ નથી
chronic|en|-||Snowlek at {O}? lol never. been a month.
chronic|ur|-||{O} میں Jugnu کبھی نہیں ملتا، ہر بار ختم
locality|en|-||No Pomelix anywhere in {L} 😞
locality|hi-Latn|-||{L} me kahin bhi Jugnu nahi mil raha
locality|tl|-||Walang Snowlek sa buong {L}, ikot na ako
locality|en|BAR||every shop in {L} is out of Snowlek bar
locality|hi|-||{L} में कहीं भी पोमेलिक्स नहीं है
locality|ceb|-||Wala jud Jugnu sa tibuok {L}
locality|ml|-||{L} ഭാഗത്ത് ഒരു കടയിലും Snowlek ഇല്ല
locality|bn|-||{L} এলাকায় কোথাও Jugnu নেই
locality|en|-||Snowlek sold out across {L}. Tried 4 shops
locality|as|-||{L}ত ক'তো Pomelix পোৱা নাই
locality|or|-||{L} ରେ କେଉଁଠି Pomelix ମିଳୁନି
locality|hil|-||Wala Jugnu sa bilog nga {L}
city|en|-||Jugnu is out of stock all over {C}
city|hi-Latn|-||{CA} me Pomelix khatam hai kya sab jagah? kahin nahi mil rahi
city|en|CG||Jugnu chilli garlic nowhere in {C}
city|tl|-||Wala nang Snowlek dito sa {C}, kahit saan
city|hi|-||{CN} में स्नोलेक कहीं नहीं मिल रहा
city|ta|-||{CN} முழுக்க Pomelix இல்ல
city|en|-||{C} shops out of Snowlek since last week
city|pa|-||{CN} ਵਿੱਚ ਕਿਤੇ ਵੀ Jugnu ਨਹੀਂ ਮਿਲ ਰਿਹਾ
city|ilo|-||Awan Pomelix ditoy {C}
city|te|-||{CN} లో ఎక్కడా Snowlek దొరకట్లేదు
city|en|-||Zero Pomelix in {C}. Zero.
city|kn|-||{CN} ಅಲ್ಲಿ ಎಲ್ಲೂ Jugnu ಸಿಗ್ತಾ ಇಲ್ಲ
profile|en|-|prof|Can't find Jugnu anywhere near me 😩
profile|en|LIQ|prof|No Snowlek liquid in any shop around here
profile|hi-Latn|-|prof|pomelix kahin nahi mil rahi yaar
profile|hi-Latn|-|prof|snowlek khatam hai hamare area me
profile|tl|-|prof|Wala talagang Pomelix dito samin
profile|en|-|prof|our local shop is out of jugnu again
profile|hi|-|prof|हमारे यहाँ जुगनू नूडल्स नहीं मिल रहे
profile|ceb|-|prof|Wala nay Snowlek diri sa amoa
profile|bn|-|prof|আমাদের পাড়ায় Pomelix পাওয়া যাচ্ছে না
profile|mr|-|prof|आमच्या इथे Snowlek मिळत नाहीये
profile|ta|-|prof|எங்க ஏரியால Jugnu கிடைக்கல
profile|en|PO330|prof|no Pomelix cans at any shop near my place
profile|war|-|prof|Waray Pomelix dinhi ha amon
profile|hi-Latn|AT|prof|jugnu atta nahi mila, sab jagah check kiya
profile|tl|-|prof|Ubos na Jugnu sa lahat ng tindahan dito
profile|gu|-|prof|અમારા વિસ્તારમાં Snowlek નથી મળતો
profile|en|-|prof|pomelix shortage in my area is real 😤
profile|ur|-|prof|ہمارے علاقے میں Pomelix نہیں مل رہی
profile|bho|-|prof|hamra ihaan Jugnu naikhe milat, sab dukan khaali ba
"""
