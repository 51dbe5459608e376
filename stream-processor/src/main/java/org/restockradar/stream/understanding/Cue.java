package org.restockradar.stream.understanding;

import java.util.List;
import java.util.Map;

/**
 * The kinds of words and phrases that carry the intent of a post, with their lexicon in the languages people use
 * to write about shops in India and the Philippines: English, Hinglish (Latin script), Hindi, Marathi, Tamil,
 * Bengali, Kannada, Telugu, Gujarati, Tagalog/Taglish and Cebuano. No brand, product or shop name belongs here.
 */
public enum Cue {
    /** The product is not there now: "can't find", "out of stock", "nahi mil raha", "wala na", "மிளகாய் இல்லை". */
    ABSENCE,
    /** A request to stock it: "please restock", "bhejo", "sana ma-restock". */
    REQUEST,
    /** Found, back, restocked: the problem is solved. */
    FOUND,
    /** The product is there: "available", "in stock", "no shortage", "koi kami nahi", "bhara hai", "bhara", "full", "ache", "achhe", "আছে", "pawa jachhe", "nothing else", "has everything", "has 40 packs". */
    AVAILABLE,
    /** Words that turn an absence into its opposite when right before it: "not", "never". */
    NEGATOR,
    /** The brand's own call to action: "tweet us", "let us know". */
    CALL_TO_ACTION,
    /** Advertising: "order now", "% off", "use code". */
    ADVERT,
    /** News and business: "shares", "revenue", "according to". */
    NEWS,
    /** A problem long ago: "last year", "used to", "pehle". */
    OLD,
    /** Still, again, today: the problem is now. */
    NOW,
    /** "If", "agar", "kung": a hypothetical absence. */
    CONDITIONAL,
    /** Sarcasm markers that deny what the post says: "said no one", "yeah right". */
    SARCASM,
    /** Another meaning of a brand's name: animals, games, insurance, people. */
    OTHER_SENSE,
    /** Words that place the brand name among things sold in shops: pack, flavour, shop, shelf. */
    PRODUCT_CONTEXT,
    /** "this shop", "here", "yahan", "dito": the place is where the device is. */
    DEICTIC,
    /** Words that open a yes/no question: "is", "does", "kya", "may ... ba". */
    QUESTION_OPENER,
    /** Words that start a new clause with an opposite turn: "but", "lekin", "pero". */
    CONTRAST,
    /** Asking where to buy, not reporting: "where can i buy", "saan may". */
    WHERE_TO_BUY,
    /** A whole area rather than one shop: "anywhere", "around here", "kahin bhi". */
    AREA,
    /** A shop's business with the brand (a sales lead, a distributorship), not a shopper's report. */
    TRADE;

    static final Map<Cue, List<String>> LEXICON = Map.ofEntries(
            Map.entry(ABSENCE, List.of(
                    // English
                    "cant find", "cannot find", "can not find", "couldnt find", "could not find", "unable to find",
                    "didnt find", "did not find", "dont find", "not finding", "cant get", "couldnt get", "cant buy",
                    "not available", "unavailable", "not in stock", "out of stock", "outta stock", "oos", "sold out",
                    "no stock", "zero stock", "stock out", "stockout", "ran out", "run out", "running out", "out of",
                    "none left", "nothing left", "not a single", "nowhere", "no where", "missing", "empty shelf",
                    "empty shelves", "shelf empty", "shelves empty", "shelf is empty", "doesnt have", "does not have",
                    "dont have", "do not have", "didnt have", "did not have", "doesnt stock", "dont stock",
                    "havent seen", "have not seen", "hasnt come", "has not come", "hasnt arrived", "not arrived",
                    "never has", "never have", "never had", "no sign of", "disappeared", "vanished", "gone from",
                    "discontinued", "not there", "empty", "except", "none", "searched everywhere", "looked everywhere",
                    "no luck", "in vain", "bukas na lang", "bukas pa", "isnt there", "arent there", "finished", "zero", "nada", "nil",
                    "nothing", "no more", "not stocking", "stopped stocking", "stopped keeping", "not keeping",
                    "has no", "have no", "not found", "nahi found", "had no", "there is no", "theres no", "there was no",
                    "not one", "not even one", "hasnt had", "has not had", "havent had", "have not had", "no longer has",
                    "no longer have", "no longer stocks",
                    // Hinglish
                    "nahi mil", "nahin mil", "nai mil", "nhi mil", "nahi mila", "nahi mili", "nahi milta",
                    "nahi milti", "nahi milra", "nahiye", "nahiya", "nahiyay", "milat nahiye", "nhi mila", "nahi hai", "nahin hai", "nai hai", "nhi hai", "nahi he",
                    "nahi h", "nhi h", "bhi nahi", "bhi nahin", "bhi nai", "nahi tha", "nahi aaya", "nahi aa raha", "nahi aata", "nahi rakhta",
                    "nahi rakhte", "nahi bacha", "nahi bachi", "khatam", "khtm", "khatm", "khallas", "khalas",
                    "gayab", "ghayab", "stock nahi", "mil nahi", "milta nahi", "milti nahi", "mila nahi",
                    "kahin nahi", "kahi nahi", "kahin bhi nahi", "koi nahi", "ek bhi nahi", "nahi milega",
                    "mil hi nahi", "na mil", "khali", "khaali", "khaali hai", "khali hai", "stock over", "supply band",
                    "band hai", "dhoondh", "dhundh", "dhoond", "thak gaya", "thak gayi", "kal aana", "kal aao",
                    "ढूंढ", "ढूँढ", "थक गई", "थक गया", "खाली", "कल आना", "milat nahi", "milat nay", "nay milat",
                    // Marathi, Tamil, Bengali, Kannada and Telugu in Latin script
                    "nahi milala", "milala nahi", "sampla", "sampli", "sampale", "sampal", "sample nahi",
                    "stock illa", "stock illai", "kidaikala", "kidaikkala", "kidaikkavillai", "kedaikala",
                    "pachhi na", "pacchi na", "pachchi na", "pachi na", "paini", "pelam na", "pawa jachhe na",
                    "pawa jacche na", "paoa jachhe na", "stock nei", "kothao nei", "shesh", "shesh hoye geche",
                    "sigtilla", "siguthilla", "sikkilla", "sigalilla", "dorakatledu", "dorakadam ledu",
                    // Hindi
                    "नहीं मिल", "नही मिल", "नहीं मिला", "नहीं मिली", "नहीं मिलता", "नहीं मिलती", "नहीं है",
                    "नहीं हैं", "नही है", "उपलब्ध नहीं", "खत्म", "ख़त्म", "गायब", "स्टॉक नहीं", "कहीं नहीं",
                    "कहीं भी नहीं", "नहीं आया", "नहीं आ रहा",
                    // Marathi
                    "मिळत नाही", "मिळत नाहीये", "मिळाले नाही", "मिळाला नाही", "मिळालं नाही", "नाही", "नाहीये",
                    "संपले", "संपलं", "संपला", "उपलब्ध नाही", "कुठेच", "कुठेही नाही",
                    // Tamil
                    "கிடைக்கவில்லை", "கிடைக்கல", "கிடைக்கலை", "கிடைப்பதில்லை", "இல்லை", "இல்ல", "காலி",
                    "ஸ்டாக் இல்லை", "தீர்ந்து",
                    // Bengali
                    "পাওয়া যাচ্ছে না", "পাচ্ছি না", "পাইনি", "পাওয়া যায় না", "নেই", "নাই", "শেষ", "স্টক নেই",
                    "কোথাও নেই",
                    // Kannada
                    "ಸಿಗುತ್ತಿಲ್ಲ", "ಸಿಗ್ತಿಲ್ಲ", "ಸಿಗಲಿಲ್ಲ", "ಸಿಗೋದಿಲ್ಲ", "ಇಲ್ಲ", "ಖಾಲಿ", "ಸ್ಟಾಕ್ ಇಲ್ಲ",
                    // Telugu and Gujarati
                    "దొరకడం లేదు", "దొరకట్లేదు", "లేదు", "మળતું નથી", "મળતી નથી", "મળતું નથી", "નથી", "ખતમ",
                    // Tagalog / Taglish
                    "wala", "walang", "wla", "wlang", "wala na", "wala pa", "wala pa rin", "wala pa din", "wala nang", "wala pong", "wala po", "wala ng", "ubos", "ubos na",
                    "naubos", "naubusan", "out of stock na", "hindi makita", "di makita", "hindi mahanap",
                    "di mahanap", "walang stock", "wala silang", "wala sila", "laging wala", "walang paninda",
                    "hindi available", "di available", "hindi na available",
                    // Cebuano
                    "walay", "way stock", "walay stock", "nahurot", "hurot", "wala na sila", "dili makit an",
                    "wala koy nakit an", "walay nabilin", "nahurtan")),
            Map.entry(REQUEST, List.of(
                    "please stock", "pls stock", "plz stock", "please restock", "pls restock", "plz restock",
                    "restock", "re stock", "please bring", "pls bring", "bring back", "bring it back", "send stock",
                    "please send", "pls send", "need stock", "stock up", "stock karo", "stock kar do", "rakho",
                    "rakh do", "mangwao", "bhejo", "bhej do", "kab aayega", "kab ayega", "kab tak aayega",
                    "kab aaega", "when will", "when is it coming", "when restock", "kindly restock", "kindly stock",
                    "sana ma restock", "sana mag stock", "paki restock", "pa restock", "pakistock",
                    "sana magkaroon", "padalhan", "palihug restock", "palihug stock", "kailan babalik",
                    "कब आएगा", "भेजो", "स्टॉक करो", "आणा", "पाठवा", "ಕಳುಹಿಸಿ", "அனுப்புங்க")),
            Map.entry(FOUND, List.of(
                    "found", "finally found", "found it", "got it", "finally got", "back in stock",
                    "back on shelves", "back on the shelves", "is back", "are back", "its back", "restocked",
                    "re stocked", "got restocked", "been restocked", "now available", "available again",
                    "in stock again", "stocked again", "has it again", "have it again", "finally has", "finally have",
                    "problem solved", "sorted", "now they have", "now they keep", "now they stock", "now has",
                    "now have", "now keeps", "now stocks", "resolved", "thanks for restocking", "thanks for the restock", "thank you for the restock",
                    "back on our shelves", "back on the shelf", "restock alert", "been fine", "fine since", "fine now",
                    "all good now", "all good", "ok na", "okay na", "ayos na", "salamat sa restock",
                    "mil gaya", "mil gayi", "mil gya", "mil gyi", "mil gai", "mil hi gaya", "aa gaya", "aa gayi",
                    "aagaya", "aaya", "wapas aa", "ab mil raha", "ab milta", "ab available",
                    "मिल गया", "मिल गई", "मिल गयी", "आ गया", "आ गई", "वापस", "मिळाले", "मिळाला",
                    "கிடைத்தது", "கிடைச்சது", "வந்துவிட்டது", "পেয়েছি", "পেলাম", "এসেছে", "ಸಿಕ್ಕಿತು", "ಬಂತು",
                    "nakabili", "nakabili na", "nakahanap", "meron na", "meron na ulit", "may stock na", "may na ulit",
                    "na ulit", "bumalik na", "available na", "naa na", "naa nay", "naa na usab", "nakapalit")),
            Map.entry(AVAILABLE, List.of(
                    "available", "in stock", "plenty of", "plenty", "lots of", "full stock", "fully stocked",
                    "well stocked", "every shop has", "easily", "always has",
                    "mil raha hai", "milta hai", "mil jata", "mil jaata", "milega", "bahut hai",
                    "उपलब्ध है", "मिल रहा है", "मिलता है", "meron", "marami", "madami", "daghan", "dami", "ang dami",
                    "meron naman", "mayroon", "naa may", "naay", "adunay", "achhe", "aache", "আছে", "irukku", "iruku",
                    "full rack", "full shelf", "nothing beats", "nothing like", "nothing compares")),
            Map.entry(NEGATOR, List.of(
                    "not", "never", "isnt", "wasnt", "arent", "werent", "hardly", "no longer", "not even")),
            Map.entry(CALL_TO_ACTION, List.of(
                    "tweet us", "tell us", "let us know", "dm us", "message us", "tag us", "write to us",
                    "reach out to us", "share the shop", "send us", "well get it", "we will get it", "well restock",
                    "we will restock", "well fix", "our distributor", "flagged it", "thanks for flagging",
                    "thanks for letting us know", "sorry to hear", "so sorry", "we are on it", "were on it",
                    "is on it", "our team", "comment below",
                    "sabihin sa amin", "i message kami", "hamein batayein", "humein batao", "batayein")),
            Map.entry(ADVERT, List.of(
                    "order now", "buy now", "shop now", "grab yours", "grab now", "get yours", "use code", "promo code",
                    "coupon", "deal", "deals", "offer", "offers", "sale", "discount", "off on", "percent off",
                    "free delivery", "delivery in", "link in bio", "swipe up", "sponsored", "ad", "advertisement",
                    "only at", "now at", "available on", "available at all", "combo", "2 for", "buy 1", "buy one",
                    "giveaway", "contest", "win", "mrp", "limited time", "hurry")),
            Map.entry(NEWS, List.of(
                    "according to", "reports", "reported", "report says", "per company", "company statement",
                    "press release", "share price", "stock price", "ipo", "revenue", "quarterly", "yoy", "crore",
                    "market share", "announces", "announced", "acquires", "acquisition", "ceo", "fmcg", "investors",
                    "sources say", "breaking", "distributor network", "year on year", "says it will", "said it will",
                    "plans to", "will add", "expansion", "to expand")),
            Map.entry(OLD, List.of(
                    "old post", "for the record", "last year", "last month", "last months", "years ago", "months ago", "year ago", "back in",
                    "used to", "remember when", "those days", "throwback", "tbt", "flashback", "back then", "in school", "as a kid", "childhood",
                    "pehle", "pahle", "pichle saal", "pichhle saal", "dati", "dati rati", "kaniadtong",
                    "पहले", "पिछले साल", "முன்பு", "আগে", "ಹಿಂದೆ")),
            Map.entry(NOW, List.of(
                    "still", "again", "today", "tonight", "right now", "since", "this week", "for days",
                    "for weeks", "days now", "abhi", "abhi bhi", "aaj", "phir se", "fir se", "ab bhi", "pa rin",
                    "na naman", "ngayon", "karon", "hangtod karon", "अभी", "आज", "फिर", "आज पण", "இன்னும்",
                    "এখনও", "ಇನ್ನೂ")),
            Map.entry(CONDITIONAL, List.of(
                    "if", "if you", "in case", "agar", "jab bhi", "kung", "kapag", "pag", "kon", "जर", "अगर", "यदि")),
            Map.entry(SARCASM, List.of(
                    "said no one", "said nobody", "yeah right", "as if", "sure jan", "lmao sure",
                    "kidding", "just kidding", "jk")),
            Map.entry(OTHER_SENSE, List.of(
                    "zoo", "animal", "animals", "wildlife", "safari", "river", "swamp", 
                    "jungle", "national geographic", "calf", "baby", "toy", "toys", "board game", "game", "games",
                     "insurance", "policy", "premium", "mascot", "costume", "tattoo", "nickname",
                    "calls me", "called me", "call me", "my friend", "my dog", "my cat", "named", "meme",
                    "movie", "film", "song", "cartoon", "emoji", "elephant", "rhino", "mood", "vibe",
                    "feeling", "chidiyaghar", "जानवर", "चिड़ियाघर", "hayop", "laruan")),
            Map.entry(PRODUCT_CONTEXT, List.of(
                    "pack", "packs", "packet", "packets", "flavour", "flavor", "flavours", "flavors", "chips",
                    "snack", "snacks", "bottle", "bottles", "can", "drink", "shop", "shops", "store", "stores",
                    "kirana", "shelf", "shelves", "stock", "restock", "supermarket", "mart", "dukaan", "dukan",
                    "market", "sari sari", "tindahan", "grocery", "chemist", "pharmacy", "दुकान", "दुकानें",
                    "tindahan", "paninda")),
            Map.entry(DEICTIC, List.of(
                    "this shop", "this store", "this kirana", "this mart", "this place", "this outlet", "here",
                    "right here", "is shop", "is dukaan", "is dukan", "yahan", "yaha", "idhar", "iss shop",
                    "यहाँ", "यहां", "इस दुकान", "इथे", "या दुकानात", "இங்கே", "இந்த கடை", "এখানে", "এই দোকানে",
                    "ಇಲ್ಲಿ", "ಈ ಅಂಗಡಿ", "dito", "ditong", "dito sa", "ito", "itong tindahan", "diri", "ari",
                    "ani nga tindahan")),
            Map.entry(QUESTION_OPENER, List.of(
                    "is", "are", "does", "do", "did", "has", "have", "will", "can", "any", "anyone", "anybody",
                    "kya", "kisi ko", "may ba", "meron ba", "mayroon ba", "sino may", "naa bay", "ada ba",
                    "क्या", "कोई")),
            Map.entry(CONTRAST, List.of(
                    "but", "however", "though", "although", "lekin", "magar", "par", "pero", "kaso", "pero ang",
                    "लेकिन", "पर", "पण", "ஆனால்", "কিন্তু", "ಆದರೆ")),
            Map.entry(WHERE_TO_BUY, List.of(
                    "where can i buy", "where can i get", "where to buy", "where do i get", "where can i find",
                    "anyone know where", "kahan milega", "kaha milega", "kahan milta", "saan may", "saan makakabili",
                    "saan nabibili", "asa makapalit", "कहाँ मिलेगा", "कुठे मिळेल")),
            Map.entry(AREA, List.of(
                    "anywhere", "everywhere", "around here", "near here", "nearby", "in the area", "any shop",
                    "any store", "all shops", "every shop", "no shop", "shops", "stores", "kiranas", "kahin",
                    "kahi", "kahin bhi", "har jagah", "har dukaan", "kisi bhi", "aas paas", "aaspaas", "saanman",
                    "kahit saan", "lahat ng", "bisan asa", "tanan", "कहीं", "कहीं भी", "कुठेच", "कुठेही",
                    "எங்கும்", "কোথাও", "ಎಲ್ಲೂ")),
            Map.entry(TRADE, List.of(
                    "sales person", "salesperson", "salesman", "sales rep", "sales representative", "take order",
                    "take my order", "distributorship", "dealership", "wholesale price", "wholesale rate",
                    "become a distributor"))
    );

    /** Builds the index of every cue phrase. */
    static PhraseIndex<Cue> index() {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        LEXICON.forEach((cue, phrases) -> phrases.forEach(p -> index.add(p, cue)));
        return index;
    }
}
