package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tracked brands and products a post names, from the catalog alone: brand names and aliases (hashtags
 * and handles included), product names and aliases, and a product's own words without the brand's ("chilli
 * garlic") when the brand is named too; a word no alias matched exactly may be the brand misspelt, in another script
 * or glued to an ending ({@link BrandSpellings}). Words near the brand that only some of its products carry
 * ("mango", "family") and SKU codes written in a post name a product.
 * A size in the post ({@link Quantity}: "1.2L", "1200 ml", "one point two litre") names the brand's product of
 * that size, read from the product's name, aliases or SKU ("Tropika Mango 1.2 L", "TRP-MNG-1200ML"), when the
 * brand is named; a size that fits none of the brand's products names no product. A word of the name of a brand the
 * catalog does not track ({@link OtherBrands}) is never read as a tracked brand's spelling.
 */
public final class CatalogMatcher {

    /**
     * One brand or product found in the tokens {@code [start, end)}; {@code near} when it is a word that could as well
     * be another brand that looks like the brand's name ("Krispo" for "Krispa"), not the name or a slip in writing it.
     */
    public record Hit(Catalog.Brand brand, Catalog.Product product, int start, int end, boolean handle, boolean near) {
        public Hit(Catalog.Brand brand, Catalog.Product product, int start, int end, boolean handle) {
            this(brand, product, start, end, handle, false);
        }
    }

    private record Entry(Catalog.Brand brand, Catalog.Product product, boolean needsBrand, boolean handle, boolean size) {
        Entry(Catalog.Brand brand, Catalog.Product product, boolean needsBrand, boolean handle) {
            this(brand, product, needsBrand, handle, false);
        }
    }

    /** The length of a product name's word that tells products apart only as a variant word of the groups. */
    static final int SHORT_VARIANT = 3;

    /** Units written several ways meet: "1 litre", "1 ltr" and "1l" are one size. */
    private static final Map<String, String> UNITS = WordTable.mapOf(Map.ofEntries(
            Map.entry("litre", "l"), Map.entry("litres", "l"), Map.entry("liter", "l"), Map.entry("liters", "l"),
            Map.entry("ltr", "l"), Map.entry("ltrs", "l"), Map.entry("lt", "l"), Map.entry("mls", "ml"),
            Map.entry("millilitre", "ml"), Map.entry("milliliter", "ml"), Map.entry("gm", "g"), Map.entry("gms", "g"),
            Map.entry("gram", "g"), Map.entry("grams", "g"), Map.entry("gr", "g"), Map.entry("kgs", "kg"),
            Map.entry("kilo", "kg"), Map.entry("kilos", "kg")));

    private final Catalog catalog;
    private final PhraseIndex<Entry> index = new PhraseIndex<>();
    private final BrandSpellings spellings;
    /** Brands the catalog does not track ({@code catalog/other-brands.tsv}): never read as a tracked brand. */
    private final OtherBrands others;
    /**
     * Per brand, the words of its products' names and aliases that some of its products carry and others do not
     * ("mango", "pudina", "family"), with the products that carry each; brands whose products are told by no word
     * absent.
     */
    private final Map<Catalog.Brand, Map<String, Set<Catalog.Product>>> words = new HashMap<>();
    /** The same words per brand, read misspelt, in other languages and scripts ({@link ProductWords}). */
    private final Map<Catalog.Brand, ProductWords> productWords = new HashMap<>();
    /**
     * Per brand of the catalog (by identity), its names of one token ({@link #oneWordNames}): worked out once here, not
     * for every hit; a brand not found here is worked out on the spot.
     */
    private final Map<Catalog.Brand, List<String>> oneWordNames = new java.util.IdentityHashMap<>();
    private final Map<Catalog.Brand, Set<String>> handles = new HashMap<>();
    /** Per brand that sells goods of several kinds and names each product's kind, its kind words ({@link #kindWords}). */
    private final Map<Catalog.Brand, Set<String>> kinds = new HashMap<>();
    /** Per brand of {@link #kinds}, its one-word category words ({@link #oneWordCategories}), made once per catalog. */
    private final Map<Catalog.Brand, Set<String>> categoriesOfKinds = new HashMap<>();
    /**
     * Per brand, the containers its products' names carry ({@link Containers}: can, bottle, pouch) with the products
     * in each, when a container tells some of its products from the others; brands without such containers absent.
     */
    private final Map<Catalog.Brand, Map<String, Set<Catalog.Product>>> containers = new HashMap<>();
    /** The size of each product whose name, aliases or SKU give one, per brand; brands without sizes absent. */
    private final Map<Catalog.Brand, Map<Catalog.Product, Quantity>> sizes = new HashMap<>();
    /**
     * The price of each product whose name or aliases give one ("Kurmuri Masala Rs 10 pack", "Pulpzo Mango P15"), per
     * brand; brands without priced products absent.
     */
    private final Map<Catalog.Brand, Map<Catalog.Product, Price>> prices = new HashMap<>();
    /**
     * How many packs each multipack product holds ("6 x 200 ml", "pack of 6", "6-pack" in its name or aliases), per
     * brand; brands without multipacks absent.
     */
    private final Map<Catalog.Brand, Map<Catalog.Product, Integer>> multipacks = new HashMap<>();
    /** The same phrases by phonetic key, for posts in an Indic script ("हिप्पो चिली गार्लिक"). */
    private final PhraseIndex<Entry> phonetic = new PhraseIndex<>();
    /**
     * A product's own words by their consonants alone, for posts in an Indic script that write an English word as
     * it is said ("क्रीम" for "cream", "बटर" for "butter"); read only where the brand is named.
     */
    private final PhraseIndex<Entry> skeleton = new PhraseIndex<>();

    public CatalogMatcher(Catalog catalog) {
        this.catalog = catalog;
        this.others = OtherBrands.of(catalog);
        this.spellings = BrandSpellings.of(catalog, others);
        for (Catalog.Brand brand : catalog.brands()) {
            Set<String> brandTokens = new HashSet<>(canonical(Text.tokens(brand.name())));
            Set<String> brandHandles = new HashSet<>();
            addBrandAlias(brand, brand.name(), brandHandles);
            brand.aliases().forEach(alias -> addBrandAlias(brand, alias, brandHandles));
            handles.put(brand, brandHandles);
            oneWordNames.put(brand, oneWordNames(brand));
            Set<String> kindsOfBrand = kindWords(brand);
            if (!kindsOfBrand.isEmpty()) {
                kinds.put(brand, kindsOfBrand);
                categoriesOfKinds.put(brand, oneWordCategories(brand));
            }
            Map<String, Set<Catalog.Product>> telling = tellingWords(brand, brandTokens);
            if (!telling.isEmpty()) {
                words.put(brand, telling);
                productWords.put(brand, ProductWords.of(telling));
            }
            Map<String, Set<Catalog.Product>> held = containersOf(brand);
            if (!held.isEmpty()) {
                containers.put(brand, held);
            }
            gluedPairs(brand, brandTokens).forEach((glued, product) ->
                    index.addTokens(List.of(glued), new Entry(brand, product, true, false)));
            for (Catalog.Product product : brand.products()) {
                Quantity size = sizeOf(product);
                if (size != null) {
                    sizes.computeIfAbsent(brand, b -> new HashMap<>()).put(product, size);
                }
                Price price = priceOf(product);
                if (price != null) {
                    prices.computeIfAbsent(brand, b -> new HashMap<>()).put(product, price);
                }
                int packs = packsOf(product);
                if (packs > 1) {
                    multipacks.computeIfAbsent(brand, b -> new HashMap<>()).put(product, packs);
                }
                List<String> names = new ArrayList<>(product.aliases());
                if (product.name() != null) {
                    names.add(product.name());
                }
                for (String name : names) {
                    List<String> raw = Text.tokens(name);
                    List<String> tokens = canonical(raw);
                    index.addTokens(tokens, new Entry(brand, product, false, false));
                    phonetic.addTokens(Phonetic.keys(raw), new Entry(brand, product, false, false));
                    List<String> own = tokens.stream().filter(t -> !brandTokens.contains(t) && !isBrandAliasToken(brand, t)).toList();
                    if (own.isEmpty() || own.size() == tokens.size()) {
                        continue;
                    }
                    if (own.stream().anyMatch(t -> t.length() > 3 && !isDigits(t))) {
                        index.addTokens(own, new Entry(brand, product, true, false));
                        List<String> consonants = own.stream().map(CatalogMatcher::consonants).toList();
                        if (consonants.stream().allMatch(c -> c.length() >= 2)) {
                            skeleton.addTokens(consonants, new Entry(brand, product, true, false));
                        }
                    } else if (own.stream().allMatch(t -> isDigits(t) || UNITS.containsValue(t)) && own.stream().anyMatch(CatalogMatcher::isDigits)) {
                        // a size after the brand ("मँगोलिया 200ml", "Kesari ... 1 litre"): counts right next to the brand
                        index.addTokens(own, new Entry(brand, product, true, false, true));
                    }
                }
                List<String> code = Text.tokens(product.sku());
                if (code.size() >= 2 && code.get(0).length() >= 2 && !isDigits(code.get(0))) {
                    // the SKU code written in a post ("JLV-1L out at ...") names its product
                    index.addTokens(canonical(code), new Entry(brand, product, false, false));
                }
            }
        }
    }

    private Map<Catalog.Product, Quantity> sized(Catalog.Brand brand) {
        return sizes.getOrDefault(brand, Map.of());
    }

    /**
     * The words that tell a brand's products apart: words of four letters or more of a product's name or aliases,
     * neither the brand's nor a unit, a number, a category word or a word for a pack, that some of the brand's
     * products carry and not all.
     */
    private static Map<String, Set<Catalog.Product>> tellingWords(Catalog.Brand brand, Set<String> brandTokens) {
        // a word of three letters tells products apart only as a word of catalog/product-words.tsv ("hot", "cow",
        // "tea"): then its group's words name it too ("maanghang", "gaay"); it is never read misspelt (ProductWords)
        Set<String> category = new HashSet<>(canonical(brand.categoryWords().stream().flatMap(w -> Text.tokens(w).stream()).toList()));
        category.removeAll(kindWords(brand));
        Map<String, Set<Catalog.Product>> carriers = new HashMap<>();
        for (Catalog.Product product : brand.products()) {
            List<String> names = new ArrayList<>(product.aliases());
            if (product.name() != null) {
                names.add(product.name());
            }
            for (String name : names) {
                for (String t : canonical(Text.tokens(name))) {
                    if ((t.length() >= 4 || t.length() == SHORT_VARIANT && ProductWords.isFlavourWord(t)) && !isDigits(t) && !brandTokens.contains(t) && !isBrandAliasToken(brand, t)
                            && !category.contains(t) && !UNITS.containsValue(t) && !Quantity.isUnit(t)
                            && !PRODUCT_WORDS.contains(t)) {
                        carriers.computeIfAbsent(t, k -> new java.util.LinkedHashSet<>()).add(product);
                    }
                }
            }
        }
        carriers.values().removeIf(with -> with.size() == brand.products().size());
        Map<String, Set<Catalog.Product>> out = new HashMap<>();
        carriers.forEach((w, with) -> out.put(w, Set.copyOf(with)));
        return out;
    }

    /**
     * A brand's category words of one word ("soap", "chai"), canonical: the words that may name a kind. (A word of a
     * category phrase of several words, "powder" of "washing powder", "light" of "emergency light", stays a category
     * word, no telling word: reading it as one was tried in session 19 and gave SKUs to "Lami pancit canton", "Jugnu
     * emergency light" where `sense17-probe`'s labels name none.)
     */
    private static Set<String> oneWordCategories(Catalog.Brand brand) {
        Set<String> oneWord = new HashSet<>();
        for (String w : brand.categoryWords()) {
            List<String> t = canonical(Text.tokens(w));
            if (t.size() == 1) {
                oneWord.add(t.get(0));
            }
        }
        return oneWord;
    }

    /**
     * The category words of a brand that sells goods of several kinds and names each product's kind: every product's
     * name or aliases carry one of its one-word category words that not every product carries, and the products carry
     * two such words or more ("Suvelo
     * Neem Soap", "Suvelo Shampoo ...", "Suvelo Toothpaste ..."). Then a kind word tells the products of that kind
     * from the others as a flavour does ("Suvelo soap" is the brand's one soap; "Rasvika chai", its one tea), and a
     * word of its group in {@code catalog/product-words.tsv} too ("sabun", "சோப்பு"). Otherwise (one kind, or a
     * product whose name says none: "Kolvo Orange Soda" beside "Kolvo Lemon") a category word names the brand's
     * goods in general, as before, and tells no product. Empty when the brand is not such.
     */
    static Set<String> kindWords(Catalog.Brand brand) {
        Set<String> oneWord = oneWordCategories(brand);
        if (oneWord.size() < 2 || brand.products().size() < 2) {
            return Set.of();
        }
        Map<String, Integer> carriers = new HashMap<>();
        List<Set<String>> kindsOf = new ArrayList<>();
        for (Catalog.Product product : brand.products()) {
            Set<String> own = new HashSet<>();
            List<String> names = new ArrayList<>(product.aliases());
            if (product.name() != null) {
                names.add(product.name());
            }
            names.forEach(name -> own.addAll(canonical(Text.tokens(name))));
            own.retainAll(oneWord);
            own.forEach(w -> carriers.merge(w, 1, Integer::sum));
            kindsOf.add(own);
        }
        // a word every product carries names no kind ("detergent" of "Detergent Powder" and "Lemon Detergent")
        carriers.values().removeIf(n -> n == brand.products().size());
        for (Set<String> own : kindsOf) {
            own.retainAll(carriers.keySet());
            if (own.isEmpty()) {
                return Set.of();
            }
        }
        return carriers.size() >= 2 ? Set.copyOf(carriers.keySet()) : Set.of();
    }

    /**
     * Two words of a product's name written as one ("partymix" for "Party Mix", "cheeseballs"), of six letters or
     * more, that only one of the brand's products carries, with that product.
     */
    private static Map<String, Catalog.Product> gluedPairs(Catalog.Brand brand, Set<String> brandTokens) {
        Map<String, Set<Catalog.Product>> carriers = new HashMap<>();
        for (Catalog.Product product : brand.products()) {
            List<String> names = new ArrayList<>(product.aliases());
            if (product.name() != null) {
                names.add(product.name());
            }
            for (String name : names) {
                List<String> t = Text.tokens(name);
                for (int i = 0; i + 1 < t.size(); i++) {
                    String a = t.get(i);
                    String b = t.get(i + 1);
                    if (isWordOfLetters(a) && isWordOfLetters(b) && !brandTokens.contains(a) && !brandTokens.contains(b)
                            && a.length() + b.length() >= 6) {
                        carriers.computeIfAbsent(canonical(a + b), k -> new HashSet<>()).add(product);
                    }
                }
            }
        }
        Map<String, Catalog.Product> out = new HashMap<>();
        carriers.forEach((glued, with) -> {
            if (with.size() == 1) {
                out.put(glued, with.iterator().next());
            }
        });
        return out;
    }

    private static boolean isWordOfLetters(String t) {
        return !t.isEmpty() && t.chars().allMatch(Character::isLetter) && !Quantity.isUnit(t);
    }

    /** The containers of a brand's products that some of them are sold in and not all, with the products in each. */
    private static Map<String, Set<Catalog.Product>> containersOf(Catalog.Brand brand) {
        Map<String, Set<Catalog.Product>> in = new HashMap<>();
        for (Catalog.Product product : brand.products()) {
            String c = Containers.ofProduct(product);
            if (c != null) {
                in.computeIfAbsent(c, k -> new java.util.LinkedHashSet<>()).add(product);
            }
        }
        in.values().removeIf(with -> with.size() == brand.products().size());
        Map<String, Set<Catalog.Product>> out = new HashMap<>();
        in.forEach((c, with) -> out.put(c, Set.copyOf(with)));
        return out;
    }

    /** The size a product's name, else one of its aliases, else its SKU writes; null when none does. */
    static Quantity sizeOf(Catalog.Product product) {
        List<String> texts = new ArrayList<>();
        if (product.name() != null) {
            texts.add(product.name());
        }
        texts.addAll(product.aliases());
        texts.add(product.sku());
        for (String text : texts) {
            List<Quantity> found = Quantity.in(Text.normalise(text));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** The price a product's name, else one of its aliases, gives; null when none does. */
    static Price priceOf(Catalog.Product product) {
        List<String> texts = new ArrayList<>();
        if (product.name() != null) {
            texts.add(product.name());
        }
        texts.addAll(product.aliases());
        for (String text : texts) {
            List<Price> found = Price.in(Text.normalise(text));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** How many packs a product's name or aliases say it holds ("6 x 200 ml", "pack of 6"); 0 when they say none. */
    static int packsOf(Catalog.Product product) {
        List<String> texts = new ArrayList<>();
        if (product.name() != null) {
            texts.add(product.name());
        }
        texts.addAll(product.aliases());
        for (String text : texts) {
            List<String> tokens = Text.tokens(text);
            for (int i = 0; i < tokens.size(); i++) {
                int n = packCountAt(tokens, i);
                if (n > 1) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** Words that make a number before or after them a count of packs sold together: {@code quantities/multipack-words.txt}. */
    private static final Set<String> MULTIPACK_WORDS = WordTable.setOf(BrandSpellings.lines("quantities/multipack-words.txt"));

    /**
     * The count of packs written from token {@code i} on, or 0: a number (in digits or one number word) before a word for
     * packs, with at most one linking word between ("6-pack", "six pack", "6 pcs", "6 x 200 ml", "tig-6 na pack"), or
     * a word for packs, "of", then a number ("pack of 6").
     */
    static int packCountAt(List<String> tokens, int i) {
        int n = wholeNumber(tokens.get(i));
        if (n > 0) {
            int j = i + 1;
            if (j < tokens.size() && (Quantity.isLinkWord(tokens.get(j)) || SIZE_LINKERS.contains(tokens.get(j)))) {
                j++;
            }
            return j < tokens.size() && MULTIPACK_WORDS.contains(tokens.get(j)) ? n : 0;
        }
        if (MULTIPACK_WORDS.contains(tokens.get(i)) && i + 2 < tokens.size() && "of".equals(tokens.get(i + 1))) {
            return wholeNumber(tokens.get(i + 2));
        }
        return 0;
    }

    /** A token as a whole number from 2 to 99, in digits or a number word; 0 when it is none. */
    private static int wholeNumber(String token) {
        if (isDigits(token)) {
            return token.length() <= 2 ? Integer.parseInt(token) : 0;
        }
        if (!Quantity.isNumberWord(token) || Quantity.isLinkWord(token)) {
            return 0;
        }
        java.math.BigDecimal v = Quantity.numberInWords(List.of(token), 0, 1);
        return v != null && v.scale() <= 0 && v.signum() > 0 && v.compareTo(java.math.BigDecimal.valueOf(100)) < 0
                ? v.intValueExact() : 0;
    }

    private void addBrandAlias(Catalog.Brand brand, String alias, Set<String> brandHandles) {
        String trimmed = alias.trim();
        boolean handle = trimmed.startsWith("@") || trimmed.startsWith("#");
        List<String> tokens = Text.tokens(trimmed);
        index.addTokens(canonical(tokens), new Entry(brand, null, false, handle));
        if (!handle) {
            phonetic.addTokens(Phonetic.keys(tokens), new Entry(brand, null, false, false));
        }
        if (handle) {
            brandHandles.add(Text.key(tokens).replace(" ", ""));
        }
    }

    private static boolean isBrandAliasToken(Catalog.Brand brand, String token) {
        return brand.aliases().stream().anyMatch(a -> canonical(Text.tokens(a)).equals(List.of(token)));
    }

    /**
     * The tokens as the catalog is matched: a unit in one spelling ("litre" is "l") and a Latin word without a
     * plural "s" ("biskoots", "chips"), on both sides, so an alias and a post meet whichever form either uses.
     */
    static List<String> canonical(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String c = canonical(t);
            if (c != t && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? tokens : out;
    }

    static String canonical(String t) {
        String unit = UNITS.get(t);
        if (unit != null) {
            return unit;
        }
        int n = t.length();
        if (n > 4 && t.charAt(n - 1) == 's' && t.charAt(n - 2) != 's' && t.charAt(n - 2) != '\'' && t.charAt(0) < 0x80) {
            return t.substring(0, n - 1);
        }
        return t;
    }

    /** The consonants of a token's phonetic key: "cream" and "क्रीम" both give "krm". */
    static String consonants(String token) {
        String key = Phonetic.key(token);
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouyhv".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The brands the catalog does not track, without the catalog's own names. */
    OtherBrands others() {
        return others;
    }

    /** Every brand and product named in the tokens, longest phrases first where they overlap; sizes not read. */
    public List<Hit> find(List<String> tokens) {
        return find(tokens, null);
    }

    /**
     * Every brand and product named in the tokens of a normalised text, longest phrases first where they overlap,
     * with the products its sizes name.
     */
    public List<Hit> find(List<String> tokens, String normalised) {
        List<Hit> hits = findNames(tokens);
        if (hits.isEmpty() || sizes.isEmpty() && words.isEmpty() && prices.isEmpty() && multipacks.isEmpty()) {
            return hits;
        }
        Set<Catalog.Brand> sized = new HashSet<>(4);
        int[] ends = normalised == null ? null : tokenEnds(tokens, normalised);
        List<Price.Found> pricesInPost = normalised != null && (!prices.isEmpty() || anyDigit(tokens))
                ? Price.found(normalised) : List.of();
        if (!sizes.isEmpty()) {
            List<Sized> inPost = normalised != null && anyUnit(tokens) ? sizesOfTrackedBrands(tokens, normalised, ends, hits)
                    : List.of();
            if (inPost.isEmpty()) {
                Quantity implied = impliedSize(tokens, hits, notSizes(tokens, normalised, pricesInPost, ends));
                inPost = implied == null ? inPost : List.of(new Sized(implied, -1));
            }
            if (!inPost.isEmpty()) {
                hits = bySize(hits, inPost, tokens, sized);
            }
        }
        if (!prices.isEmpty() || !multipacks.isEmpty()) {
            hits = byPriceOrPacks(hits, tokens, pricesInPost, ends, sized);
        }
        return twoProductsJoined(byWords(hits, tokens, sized), tokens);
    }

    /** A size of the post and the token where it begins (-1 when not known). */
    private record Sized(Quantity size, int at) {
    }

    /**
     * Where each token ends in the normalised text, when the tokens are those of the whole text read at once (as
     * {@link IntentReader#cut} gives them); null when they are not.
     */
    private static int[] tokenEnds(List<String> tokens, String normalised) {
        return Text.tokenEnds(normalised, tokens); // in place: the text is not cut into tokens a second time
    }

    /** The token a character of the normalised text belongs to (the first that ends after it); -1 when not known. */
    private static int tokenAt(int[] ends, int offset) {
        if (ends == null) {
            return -1;
        }
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] > offset) {
                return i;
            }
        }
        return ends.length - 1;
    }

    /**
     * The sizes of the post, with the token each begins at, without those that belong to a brand the catalog does not
     * track: the brand named nearest before the size, else nearest after it ("Zestora out, only Pepsi 750ml left",
     * "Coke 2L aur Zestora dono khatam": the 750 ml and the 2 L are the other brand's).
     */
    private List<Sized> sizesOfTrackedBrands(List<String> tokens, String normalised, int[] ends, List<Hit> hits) {
        List<Sized> out = new ArrayList<>(2);
        for (Quantity.Found f : Quantity.found(normalised)) {
            int at = tokenAt(ends, f.start());
            if (at < 0 || !ownedByOtherBrand(tokens, hits, at)) {
                out.add(new Sized(f.size(), at));
            }
        }
        return out;
    }

    /**
     * True when the brand named nearest before token {@code at} (else nearest after it) is a brand the catalog does not
     * track ({@link OtherBrands}): a name that is also an everyday word ("Bingo") counts only right before a number.
     */
    private boolean ownedByOtherBrand(List<String> tokens, List<Hit> hits, int at) {
        int before = -1;
        boolean beforeOther = false;
        int after = Integer.MAX_VALUE;
        boolean afterOther = false;
        for (Hit h : hits) {
            if (h.start() <= at && h.start() > before) {
                before = h.start();
                beforeOther = false;
            } else if (h.start() > at && h.start() < after) {
                after = h.start();
                afterOther = false;
            }
        }
        for (int j = 0; j < tokens.size(); j++) {
            if (insideAHit(hits, j) || !(others.covers(tokens, j, false)
                    || j + 1 < tokens.size() && isDigits(tokens.get(j + 1)) && others.covers(tokens, j, true))) {
                continue;
            }
            if (j <= at && j > before) {
                before = j;
                beforeOther = true;
            } else if (j > at && j < after) {
                after = j;
                afterOther = true;
            }
        }
        return before >= 0 ? beforeOther : after != Integer.MAX_VALUE && afterOther;
    }

    /** Words after a bare number that make it a count or a time, not a size: {@code quantities/not-a-size-after.txt}. */
    private static final Set<String> NOT_A_SIZE_AFTER = WordTable.setOf(BrandSpellings.lines("quantities/not-a-size-after.txt"));

    /**
     * The tokens that are bare numbers but no size: part of a price ("₹52", "20 rupaye"), a count or a time (a word
     * of {@code quantities/not-a-size-after.txt} after it: "22 packets", "52 din", "2 baje"), or a number joined to
     * the next by one "/", ":" or "-" ("22/11", "16-10", a date; "2:30", a time).
     */
    private static boolean[] notSizes(List<String> tokens, String normalised, List<Price.Found> pricesInPost, int[] ends) {
        boolean[] not = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (isDigits(tokens.get(i)) && i + 1 < tokens.size()
                    && (NOT_A_SIZE_AFTER.contains(tokens.get(i + 1)) || isDigits(tokens.get(i + 1)) && datePart(normalised, ends, i))) {
                not[i] = true;
            }
        }
        for (Price.Found f : pricesInPost) {
            for (int i = Math.max(0, tokenAt(ends, f.start())); ends != null && i < ends.length && i <= tokenAt(ends, f.end() - 1); i++) {
                not[i] = true;
            }
        }
        return not;
    }

    /** True when token {@code i} and the next are joined by one "/", ":" or "-" and nothing else ("22/11", "2:30"). */
    private static boolean datePart(String normalised, int[] ends, int i) {
        if (ends == null || normalised == null || ends[i] >= normalised.length()) {
            return false;
        }
        char c = normalised.charAt(ends[i]);
        return (c == '/' || c == ':' || c == '-') && ends[i] + 1 < normalised.length() && Character.isDigit(normalised.charAt(ends[i] + 1));
    }

    private static boolean anyDigit(List<String> tokens) {
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hits with a product added for each named brand with priced or multipack products, no product hit and no size
     * in the post, when a price of the post next to it is the price of its products ("the 10 rupee pack", "₹20 wala",
     * "P15 na") or a count of packs is one its multipacks hold ("6-pack", "pack of 6"), and those products, narrowed
     * by the words near the brand, are one. A price of another brand's pack ("Kurkure 20 rupaye wala") names none.
     */
    private List<Hit> byPriceOrPacks(List<Hit> hits, List<String> tokens, List<Price.Found> pricesInPost, int[] ends,
                                     Set<Catalog.Brand> sized) {
        List<Hit> out = hits;
        Set<Catalog.Brand> done = new HashSet<>(sized);
        for (Hit h : hits) {
            if (h.product() != null) {
                done.add(h.brand());
            }
        }
        for (Hit h : hits) {
            Map<Catalog.Product, Price> priced = prices.get(h.brand());
            Map<Catalog.Product, Integer> packed = multipacks.get(h.brand());
            if ((priced == null && packed == null) || !done.add(h.brand())) {
                continue;
            }
            Set<Catalog.Product> fits = null;
            for (Price.Found f : priced == null ? List.<Price.Found>of() : pricesInPost) {
                int at = tokenAt(ends, f.start());
                if (at >= 0 && ownedByOtherBrand(tokens, hits, at)) {
                    continue;
                }
                Set<Catalog.Product> with = new java.util.LinkedHashSet<>();
                priced.forEach((p, price) -> {
                    if (price.equals(f.price())) {
                        with.add(p);
                    }
                });
                if (!with.isEmpty()) {
                    fits = with;
                    break;
                }
            }
            for (int i = 0; packed != null && fits == null && i < tokens.size(); i++) {
                int n = packCountAt(tokens, i);
                if (n > 1 && !ownedByOtherBrand(tokens, hits, i)) {
                    Set<Catalog.Product> with = new java.util.LinkedHashSet<>();
                    packed.forEach((p, count) -> {
                        if (count == n) {
                            with.add(p);
                        }
                    });
                    fits = with.isEmpty() ? null : with;
                }
            }
            if (fits == null) {
                continue;
            }
            Set<Catalog.Product> near = byWordsNear(h.brand(), hits, tokens);
            if (near != null) {
                fits.retainAll(near);
            }
            sized.add(h.brand());
            if (fits.size() == 1) {
                out = out == hits ? new ArrayList<>(hits) : out;
                out.add(new Hit(h.brand(), fits.iterator().next(), h.start(), h.end(), h.handle()));
            }
        }
        return out;
    }

    /** Words that join two products named in one post: {@code catalog/product-joiners.txt}. */
    private static final Set<String> JOINERS = WordTable.setOf(BrandSpellings.lines("catalog/product-joiners.txt"));

    /**
     * True when the tokens {@code [from, to)} only join two products of a brand: joining words ("and", "aur", "at",
     * "ug"), words of the brand's products, sizes, counts and pack words, with at least one joining word or product
     * word among them ("orange 750ml and lemon 2L", "masala 150g aur mixture 1kg", "600ml and 2.25L").
     */
    private boolean joined(Catalog.Brand brand, List<String> tokens, int from, int to) {
        boolean any = false;
        for (int i = from; i < to; i++) {
            String t = tokens.get(i);
            boolean joiner = JOINERS.contains(t);
            boolean productWord = isProductOrContainer(brand, t);
            if (!joiner && !productWord && !isSizeOrCount(t) && !Quantity.isNumberWord(t)) {
                return false;
            }
            any |= joiner || productWord;
        }
        return any;
    }

    /**
     * The hits without their products when two product hits of one brand name different products joined as one list
     * ("Pulpzo mango 1L at pineapple 1L ubos na"): the post names two products, not one.
     */
    private List<Hit> twoProductsJoined(List<Hit> hits, List<String> tokens) {
        List<Hit> out = null;
        for (int a = 0; a < hits.size(); a++) {
            Hit x = hits.get(a);
            if (x.product() != null && joinedToAnotherProductsWord(tokens, x)) {
                out = out == null ? new ArrayList<>(hits) : out;
                withoutProducts(out, x.brand());
                continue;
            }
            for (int b = 0; b < hits.size() && x.product() != null; b++) {
                Hit y = hits.get(b);
                if (y.product() == null || y.start() < x.end() || !x.brand().equals(y.brand()) || x.product().equals(y.product())
                        || !joined(x.brand(), tokens, x.end(), y.start())) {
                    continue;
                }
                out = out == null ? new ArrayList<>(hits) : out;
                for (int i = 0; i < out.size(); i++) {
                    Hit h = out.get(i);
                    if (h.brand().equals(x.brand()) && h.product() != null) {
                        out.set(i, new Hit(h.brand(), null, h.start(), h.end(), h.handle(), h.near()));
                    }
                }
            }
        }
        return out == null ? hits : out;
    }

    private static void withoutProducts(List<Hit> hits, Catalog.Brand brand) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.brand().equals(brand) && h.product() != null) {
                hits.set(i, new Hit(h.brand(), null, h.start(), h.end(), h.handle(), h.near()));
            }
        }
    }

    /**
     * True when a word of another product of the hit's brand (read any way, {@link ProductWords}) is joined to the
     * product hit by a joining word right before or after it ("Chaimora strong and classic 250g", "classic 250g aur
     * kadak"): the post names two products, not the one of the hit (session 18).
     */
    private boolean joinedToAnotherProductsWord(List<String> tokens, Hit x) {
        ProductWords telling = productWords.get(x.brand());
        if (telling == null) {
            return false;
        }
        int before = x.start() - 1;
        if (before >= 1 && JOINERS.contains(tokens.get(before)) && namesAnother(telling, tokens.get(before - 1), x.product())) {
            return true;
        }
        int after = x.end();
        return after + 1 < tokens.size() && JOINERS.contains(tokens.get(after))
                && namesAnother(telling, tokens.get(after + 1), x.product());
    }

    private static boolean namesAnother(ProductWords telling, String token, Catalog.Product product) {
        Set<Catalog.Product> with = telling.of(canonical(token));
        return with != null && !with.contains(product);
    }

    /** Tokens either side of a brand whose words may tell its product ("Sakto mango 1L", "Jalvira family size"). */
    static final int PRODUCT_WORD_REACH = 3;

    /**
     * The products of a brand that carry every word of the catalog near the brand that tells some of its products
     * from the others ("mango", "pudina", "family"), or null when no such word stands within
     * {@link #PRODUCT_WORD_REACH} tokens of one of the brand's hits.
     */
    private Set<Catalog.Product> byWordsNear(Catalog.Brand brand, List<Hit> hits, List<String> tokens) {
        return byWordsNear(brand, hits, tokens, true);
    }

    /** As {@link #byWordsNear(Catalog.Brand, List, List)}, the containers read only when {@code containersToo}. */
    private Set<Catalog.Product> byWordsNear(Catalog.Brand brand, List<Hit> hits, List<String> tokens, boolean containersToo) {
        ProductWords telling = productWords.get(brand);
        Map<String, Set<Catalog.Product>> held = containersToo ? containers.get(brand) : null;
        if (telling == null && held == null) {
            return null;
        }
        Set<Catalog.Product> left = null;
        boolean[] read = null;
        for (Hit h : hits) {
            if (!h.brand().equals(brand)) {
                continue;
            }
            // a size, a count and a word for a pack between the brand and its product word do not count in the reach
            // ("Munchira 12 sachets 30 g masala")
            Set<Catalog.Product> glued = telling == null ? null : gluedProductWord(oneWordNamesOf(brand), telling, tokens, h);
            if (glued != null) {
                left = narrowed(left, glued);
            }
            int from = h.start();
            for (int counted = 0; from > 0 && counted < PRODUCT_WORD_REACH; from--) {
                counted += isSizeOrCount(tokens.get(from - 1)) ? 0 : 1;
            }
            int to = h.end();
            for (int counted = 0; to < tokens.size() && counted < PRODUCT_WORD_REACH; to++) {
                counted += isSizeOrCount(tokens.get(to)) ? 0 : 1;
            }
            for (int i = from; i < to; i++) {
                if (i >= h.start() && i < h.end() || read != null && read[i]) {
                    continue;
                }
                Set<Catalog.Product> with = telling == null ? null : telling.of(canonical(tokens.get(i)));
                if (with != null && i > h.end() && anotherOfTheKind(brand, telling, tokens, i)) {
                    with = Set.of(); // "Suvelo aloe vera soap" of a brand whose one soap is neem: a soap it does not sell
                }
                if (with == null && held != null) {
                    with = inContainer(held, telling, h, tokens, i);
                }
                if (with != null) {
                    read = read == null ? new boolean[tokens.size()] : read;
                    read[i] = true;
                    left = narrowed(left, with);
                }
            }
        }
        // beyond the reach, a product word pointed at ("yung chocolate", "the masala one") names the product too
        for (int i = 0; telling != null && i < tokens.size(); i++) {
            if ((read == null || !read[i]) && isPointed(tokens, i)) {
                Set<Catalog.Product> with = telling.exactly(canonical(tokens.get(i)));
                if (with != null && !insideAHit(hits, i)) {
                    left = narrowed(left, with);
                }
            }
        }
        return left;
    }

    /**
     * True when token {@code i}, after the brand, is one of the brand's kind words ({@link #kindWords}: "soap",
     * "tea", "bar" is none) and the word right before it names a product of that kind the catalog lacks: a variant word
     * of {@code catalog/product-words.tsv} that none of the brand's products carries ("green tea" of a brand whose tea
     * is no green tea), or a Latin word that neither the lexicons, the common-word list, the catalog's words nor the
     * quantities know ("aloe vera soap", "dishwash soap"). The kind word then names none of the brand's products.
     */
    private boolean anotherOfTheKind(Catalog.Brand brand, ProductWords telling, List<String> tokens, int i) {
        Set<String> kindsOfBrand = kinds.get(brand);
        if (kindsOfBrand == null || !kindsOfBrand.contains(canonical(tokens.get(i)))) {
            return false;
        }
        String before = tokens.get(i - 1);
        if (!Text.isLatin(before) || !NameEdit.lettersOnly(before) || before.length() < SHORT_VARIANT
                || telling.of(canonical(before)) != null || categoriesOfKinds.get(brand).contains(canonical(before))
                || isSizeOrCount(before) || SIZE_LINKERS.contains(before) || PRODUCT_WORDS.contains(before)) {
            return false;
        }
        return ProductWords.isFlavourWord(before) || !ProductWords.isKnownWord(before);
    }

    /** The shortest rest of a word glued to the brand's name that may be a product word ("dark" of "#zorbitodark"). */
    private static final int SHORTEST_GLUED_WORD = 3;

    /**
     * The products a word glued after the brand's name in a hit of one token names: "#zorbitodark",
     * "suryelagroundnut" (session 16; the brand was read from such a token, its product word was not). Null when the
     * token is no one-word name of the brand with a product word after it.
     */
    private static Set<Catalog.Product> gluedProductWord(List<String> oneWordNames, ProductWords telling, List<String> tokens,
                                                        Hit h) {
        if (h.end() - h.start() != 1 || h.product() != null) {
            return null;
        }
        String token = tokens.get(h.start());
        token = token.startsWith("#") ? token.substring(1) : token;
        for (String n : oneWordNames) {
            if (token.length() >= n.length() + SHORTEST_GLUED_WORD && token.startsWith(n)) {
                Set<Catalog.Product> with = telling.of(canonical(token.substring(n.length())));
                if (with != null) {
                    return with;
                }
            }
        }
        return null;
    }

    /** The brand's {@link #oneWordNames}, as worked out when the catalog was read. */
    private List<String> oneWordNamesOf(Catalog.Brand brand) {
        List<String> names = oneWordNames.get(brand);
        return names != null ? names : oneWordNames(brand);
    }

    /**
     * The brand's names (its aliases, then its name) that are one token without a leading "#", as
     * {@link #gluedProductWord} reads them; names written as a handle ("@...") left out.
     */
    static List<String> oneWordNames(Catalog.Brand brand) {
        List<String> names = new ArrayList<>(brand.aliases());
        names.add(brand.name());
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            List<String> t = Text.tokens(name.strip().startsWith("#") ? name.strip().substring(1) : name);
            if (t.size() != 1 || name.strip().startsWith("@")) {
                continue;
            }
            out.add(t.get(0));
        }
        return List.copyOf(out);
    }

    /**
     * The brand's products in the container that token {@code i} names, when it is written as a product's container:
     * right after the brand, a word of its products or a size ("Fizzaro orange can", "Fizzaro 500 ml bottle"), or
     * before the brand or a word of its products across at most one linking word ("lata ng lemon", "can of Fizzaro"),
     * not as another word of the sentence ("can you restock Fizzaro"). Null when none of the products is in it.
     */
    private static Set<Catalog.Product> inContainer(Map<String, Set<Catalog.Product>> held, ProductWords telling, Hit h,
                                                   List<String> tokens, int i) {
        String c = Containers.at(tokens, i);
        Set<Catalog.Product> with = c == null ? null : held.get(c);
        if (with == null && c != null && Containers.kinOf(c) != null) {
            with = held.get(Containers.kinOf(c)); // "shampoo ke pouch" of a brand whose shampoo comes in sachets
        }
        if (with == null) {
            return null;
        }
        if (i > 0 && (i == h.end() || isSizeToken(tokens.get(i - 1)) || isProductWord(telling, tokens.get(i - 1)))) {
            return with;
        }
        if (i > 1 && SIZE_LINKERS.contains(tokens.get(i - 1)) && (i - 1 == h.end() || isProductWord(telling, tokens.get(i - 2)))) {
            return with; // across a genitive or linker: "shampoo ki botal", "tel ka pouch", "shampoo na tingi"
        }
        if (i > 1 && PRODUCT_WORDS.contains(tokens.get(i - 1)) && !CONTAINER_PRODUCT_WORDS.contains(tokens.get(i - 1))
                && (i - 1 == h.end() || isProductWord(telling, tokens.get(i - 2)))) {
            return with; // "Zestora nimbu wala can": a word that makes the flavour a product between it and the container
        }
        for (int j = i + 1; j <= i + 2 && j < tokens.size(); j++) {
            if (j == h.start() || isProductWord(telling, tokens.get(j))) {
                return with;
            }
            if (!Quantity.isLinkWord(tokens.get(j)) && !"of".equals(tokens.get(j))) {
                break;
            }
        }
        return null;
    }

    private static boolean isProductWord(ProductWords telling, String token) {
        return telling != null && telling.of(canonical(token)) != null;
    }

    private static Set<Catalog.Product> narrowed(Set<Catalog.Product> left, Set<Catalog.Product> with) {
        if (left == null) {
            return new java.util.LinkedHashSet<>(with);
        }
        left.retainAll(with);
        return left;
    }

    private static boolean insideAHit(List<Hit> hits, int i) {
        for (Hit h : hits) {
            if (i >= h.start() && i < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Words that point at a product by one of its words: {@code catalog/product-pointers.txt}. */
    private static final Set<String> POINTERS = WordTable.setOf(BrandSpellings.lines("catalog/product-pointers.txt"));
    /** Words for a pack and counts of packs: {@code quantities/pack-words.txt}. */
    static final Set<String> PACK_WORDS = WordTable.setOf(BrandSpellings.lines("quantities/pack-words.txt"));

    /** True when the word is pointed at as a product: a pointer before it or a word for a product after it. */
    private static boolean isPointed(List<String> tokens, int i) {
        return i > 0 && POINTERS.contains(tokens.get(i - 1))
                || i + 1 < tokens.size() && PRODUCT_WORDS.contains(tokens.get(i + 1));
    }

    /** A number, a unit or a word for a pack: part of the size or count beside a brand, not a word of the product. */
    private static boolean isSizeOrCount(String t) {
        return isSizeToken(t) || PACK_WORDS.contains(t);
    }

    /**
     * The hits with a product added for each named brand without a product hit and without a size, when the words
     * near it name one product alone.
     */
    private List<Hit> byWords(List<Hit> hits, List<String> tokens, Set<Catalog.Brand> sized) {
        boolean any = false;
        for (Hit h : hits) {
            any |= h.product() == null && (words.containsKey(h.brand()) || containers.containsKey(h.brand()))
                    && !sized.contains(h.brand());
        }
        if (!any) {
            return hits;
        }
        List<Hit> out = null;
        Set<Catalog.Brand> done = new HashSet<>(sized);
        for (Hit h : hits) {
            if (h.product() != null) {
                done.add(h.brand());
            }
        }
        for (Hit h : hits) {
            if (!done.add(h.brand())) {
                continue;
            }
            Set<Catalog.Product> near = byWordsNear(h.brand(), hits, tokens);
            if (near != null && near.size() == 1) {
                out = out == null ? new ArrayList<>(hits) : out;
                out.add(new Hit(h.brand(), near.iterator().next(), h.start(), h.end(), h.handle()));
            }
        }
        return out == null ? hits : out;
    }

    /** Tokens between a brand and a word for its size ("big bottle of Tropika", "Tropika chhota wala"). */
    static final int SIZE_WORD_REACH = 2;

    /**
     * The size a post gives without a unit, next to a brand with sized products: a bare number right after the
     * brand or product that is the size of some of its products ("Tropika 600 out": 600 ml when a 600 ml product
     * exists, in one measure only), else a word for the largest or smallest pack ("big", "chhota", "periya",
     * "maliit") at most {@link #SIZE_WORD_REACH} tokens before or after it, when the brand's sizes are in one
     * measure. Null when the post gives none.
     */
    private Quantity impliedSize(List<String> tokens, List<Hit> hits, boolean[] notSize) {
        for (Hit h : hits) {
            Map<Catalog.Product, Quantity> sized = sizes.get(h.brand());
            if (sized == null) {
                continue;
            }
            int at = h.end();
            if (at + 1 < tokens.size() && isDigits(tokens.get(at + 1)) && wordOfProducts(tokens.get(at), sized.keySet())) {
                at++; // "Tarvilo lemon 750": one word of the brand's products' names between the brand and the number
            } else {
                // "FIZZARO ORNG 600", "Ruchiko chz 90": up to two words of its products written any way, or a container
                int number = at + 1 < tokens.size() && isDigits(tokens.get(at + 1)) ? at + 1
                        : at + 2 < tokens.size() && isDigits(tokens.get(at + 2)) ? at + 2 : -1;
                if (number > at && !isDigits(tokens.get(at)) && isProductOrContainer(h.brand(), tokens.get(at))
                        && (number == at + 1 || isProductOrContainer(h.brand(), tokens.get(at + 1)))) {
                    at = number;
                }
            }
            if (at < tokens.size() && isDigits(tokens.get(at)) && tokens.get(at).length() <= 5 && !notSize[at]) {
                long n = Long.parseLong(tokens.get(at));
                String base = null;
                boolean oneMeasure = true;
                for (Quantity q : sized.values()) {
                    if (q.amount() == n) {
                        oneMeasure &= base == null || base.equals(q.base());
                        base = q.base();
                    }
                }
                if (base != null && oneMeasure) {
                    return new Quantity(n, base);
                }
            }
            int from = Math.max(0, h.start() - SIZE_WORD_REACH - 1);
            int to = Math.min(tokens.size(), h.end() + SIZE_WORD_REACH + 1);
            for (int i = from; i < to; i++) {
                if (i >= h.start() && i < h.end()) {
                    continue;
                }
                Boolean largest = sizeWordAt(tokens, i, h.brand(), sized.keySet());
                if (largest != null) {
                    // the largest or smallest of the products the words name ("Fizzaro orange chhota wala": the
                    // smallest orange), else of all the brand's
                    Set<Catalog.Product> near = byWordsNear(h.brand(), hits, tokens);
                    Quantity extreme = extreme(near == null || near.isEmpty() ? sized.values()
                            : near.stream().map(sized::get).filter(java.util.Objects::nonNull).toList(), largest);
                    if (extreme != null) {
                        return extreme;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether token {@code i} names the largest ({@code TRUE}) or smallest pack of the brand ({@link Quantity#sizeWord}),
     * null when not. A word that names a size only before a word for a pack ("family pack", "economy size") needs one
     * right after it, and is left to the product words when the brand's products are named with it ("Mayuka Marie
     * Family Pack": the product so named, not the brand's largest size).
     */
    private Boolean sizeWordAt(List<String> tokens, int i, Catalog.Brand brand, Set<Catalog.Product> products) {
        String t = tokens.get(i);
        Boolean largest = Quantity.sizeWord(t);
        if (largest == null || !Quantity.sizeWordBeforePackOnly(t)) {
            return largest;
        }
        boolean packAfter = i + 1 < tokens.size() && (PACK_WORDS.contains(tokens.get(i + 1)) || "size".equals(tokens.get(i + 1)));
        ProductWords telling = productWords.get(brand);
        boolean ofProducts = wordOfProducts(t, products) || telling != null && telling.exactly(canonical(t)) != null;
        return packAfter && !ofProducts ? largest : null;
    }

    /** True when a token is a word of the brand's products read any way ({@link ProductWords}) or a container's. */
    private boolean isProductOrContainer(Catalog.Brand brand, String token) {
        ProductWords telling = productWords.get(brand);
        return telling != null && telling.of(canonical(token)) != null
                || containers.containsKey(brand) && containers.get(brand).containsKey(String.valueOf(Containers.of(token)));
    }

    /** True when a token is a word (of letters) of one of the products' names: "lemon" of "Tarvilo Lemon 750 ml". */
    private static boolean wordOfProducts(String token, Set<Catalog.Product> products) {
        if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
            return false;
        }
        for (Catalog.Product p : products) {
            if (Text.tokens(p.name()).contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Words that join a size written before a brand to it: {@code catalog/size-linkers.txt}. */
    private static final Set<String> SIZE_LINKERS = WordTable.setOf(BrandSpellings.lines("catalog/size-linkers.txt"));

    /**
     * The hit widened over the size written right after it ("Jalvira 1 ltr") or right before it, with a linker
     * between or not ("1 litro na Jalvira", "2 litre ka Jalvira"), so that the intent reads the size as part of the
     * product, not as another thing.
     */
    private static Hit withSize(List<String> tokens, Hit h) {
        int end = h.end();
        while (end < tokens.size() && isSizeToken(tokens.get(end))) {
            end++;
        }
        // a size in number words after the brand ("Jalvira do litre"): up to its last unit
        for (int j = end; j < tokens.size() && (isSizeToken(tokens.get(j)) || Quantity.isNumberWord(tokens.get(j))); j++) {
            if (Quantity.isUnit(tokens.get(j))) {
                end = j + 1;
            }
        }
        int start = h.start();
        if (start >= 2 && SIZE_LINKERS.contains(tokens.get(start - 1)) && Quantity.isUnit(tokens.get(start - 2))) {
            start--;
        }
        // a word for the smallest or largest pack right before the brand, with a linker or not ("maliit na Nimbora",
        // "malaking Nimbora", "chhoti wali Nimbora"): part of the product, not another thing (session 18)
        int word = start >= 2 && SIZE_LINKERS.contains(tokens.get(start - 1)) ? start - 2 : start - 1;
        if (start == h.start() && word >= 0 && Quantity.sizeWord(tokens.get(word)) != null
                && !Quantity.sizeWordBeforePackOnly(tokens.get(word))) {
            start = word;
        }
        boolean unitBefore = start > 0 && Quantity.isUnit(tokens.get(start - 1));
        while (start > 0 && isSizeToken(tokens.get(start - 1))) {
            start--;
        }
        if (unitBefore) {
            // the number words of a size before the brand ("usa ka litro nga Jalvira"), not a linking word before them
            while (start > 0 && Quantity.isNumberWord(tokens.get(start - 1))) {
                start--;
            }
            while (start < h.start() && Quantity.isLinkWord(tokens.get(start))) {
                start++;
            }
        }
        // a near spelling stays near with its size: "Phalika 200g" is no more the brand than "Phalika"
        return start == h.start() && end == h.end() ? h : new Hit(h.brand(), h.product(), start, end, h.handle(), h.near());
    }

    private static boolean isSizeToken(String t) {
        return !t.isEmpty() && (isDigits(t) || Quantity.isUnit(t));
    }

    /** The largest (or smallest) of sizes all in one measure; null when they mix volumes and masses. */
    private static Quantity extreme(java.util.Collection<Quantity> sizes, boolean largest) {
        Quantity best = null;
        for (Quantity q : sizes) {
            if (best != null && !best.base().equals(q.base())) {
                return null;
            }
            if (best == null || (largest ? q.amount() > best.amount() : q.amount() < best.amount())) {
                best = q;
            }
        }
        return best;
    }

    private static boolean anyUnit(List<String> tokens) {
        for (String t : tokens) {
            if (Quantity.isUnit(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hits with the sizes of the post applied, brand by brand (of the brands named, that have sized products):
     * the first size of the post in the measure of the brand's products keeps only the product hits of that size
     * (a product hit of another size becomes a brand hit), and names the one product of that size when no product
     * is named.
     */
    private List<Hit> bySize(List<Hit> hits, List<Sized> inPost, List<String> tokens, Set<Catalog.Brand> sizedBrands) {
        List<Hit> out = new ArrayList<>(hits);
        Set<Catalog.Brand> brands = new java.util.LinkedHashSet<>();
        for (Hit h : hits) {
            brands.add(h.brand());
        }
        for (Catalog.Brand brand : brands) {
            Map<Catalog.Product, Quantity> sized = sizes.get(brand);
            if (sized == null) {
                continue;
            }
            // the first size of the post that one of the brand's products has (as the catalog writes it), else the
            // first in the measure of its products ("Rs 20 wala, 2 packs of 90 g": the 90 g)
            Quantity size = null;
            Sized fittedAt = null;
            for (Sized s : inPost) {
                Quantity q = s.size();
                Quantity fitted = catalogSize(sized.values(), q);
                if (fitted != null) {
                    size = fitted;
                    fittedAt = s;
                    break;
                }
                if (size == null && sized.values().stream().anyMatch(p -> p.base().equals(q.base()))) {
                    size = q;
                }
            }
            if (size == null) {
                continue;
            }
            if (fittedAt != null && secondSizeJoined(brand, sized, inPost, fittedAt, size, tokens)) {
                // "Zestora orange 750ml and lemon 2L": two products of the brand, not one
                for (int i = 0; i < out.size(); i++) {
                    Hit h = out.get(i);
                    if (h.brand().equals(brand) && h.product() != null) {
                        out.set(i, new Hit(brand, null, h.start(), h.end(), h.handle(), h.near()));
                    }
                }
                sizedBrands.add(brand);
                continue;
            }
            Hit first = null;
            boolean productNamed = false;
            for (int i = 0; i < out.size(); i++) {
                Hit h = out.get(i);
                if (!h.brand().equals(brand)) {
                    continue;
                }
                first = first == null ? h : first;
                if (h.product() == null) {
                    continue;
                }
                Quantity ofProduct = sized.get(h.product());
                if (ofProduct != null && !ofProduct.equals(size)) {
                    out.set(i, new Hit(brand, null, h.start(), h.end(), h.handle(), h.near())); // "Mango 2 L": not the 1.2 L
                } else {
                    productNamed = true;
                }
            }
            sizedBrands.add(brand);
            for (int i = 0; i < out.size(); i++) {
                Hit h = out.get(i);
                if (h.brand().equals(brand)) {
                    out.set(i, withSize(tokens, h));
                }
            }
            if (!productNamed && first != null) {
                List<Catalog.Product> fits = new ArrayList<>(2);
                for (Map.Entry<Catalog.Product, Quantity> e : sized(brand).entrySet()) {
                    if (e.getValue().equals(size)) {
                        fits.add(e.getKey());
                    }
                }
                // several products of that size: the words near the brand may tell them apart ("mango 1L"); one product
                // of that size that the flavour words near the brand rule out is not named ("Pulpzo pineapple 200ml"
                // when only a mango has 200 ml); a container word does not rule one out ("1.2-litre bottle" of a
                // product whose name says no bottle)
                Set<Catalog.Product> near = byWordsNear(brand, hits, tokens, fits.size() > 1);
                if (near != null) {
                    fits.retainAll(near);
                }
                singlesWithoutCount(brand, fits, tokens);
                if (fits.size() == 1) {
                    out.add(withSize(tokens, new Hit(brand, fits.get(0), first.start(), first.end(), first.handle())));
                }
            }
        }
        return out;
    }

    /**
     * Drops the multipacks from products that share a size with a single pack ("Kaprisa Original 20 g" and "Kaprisa
     * Original 10 x 20 g" for "Kaprisa original 20g") when the post counts no packs: the size of one pack, written
     * alone, is the single pack's; a count ("10 x 20g", "pack of 10") names the multipack through
     * {@link #byPriceOrPacks}.
     */
    private void singlesWithoutCount(Catalog.Brand brand, List<Catalog.Product> fits, List<String> tokens) {
        Map<Catalog.Product, Integer> packed = multipacks.get(brand);
        if (fits.size() < 2 || packed == null || fits.stream().allMatch(packed::containsKey)) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (packCountAt(tokens, i) > 1 || MULTIPACK_WORDS.contains(tokens.get(i))) {
                return;
            }
        }
        fits.removeIf(packed::containsKey);
    }

    /**
     * True when, after the size {@code first} of the post that fits the brand's product size {@code size}, another size
     * of the post fits another of the brand's product sizes and only joining words, product words, sizes and counts
     * stand between them ({@link #joined}).
     */
    private boolean secondSizeJoined(Catalog.Brand brand, Map<Catalog.Product, Quantity> sized, List<Sized> inPost,
                                     Sized first, Quantity size, List<String> tokens) {
        if (first.at() < 0) {
            return false;
        }
        for (Sized s : inPost) {
            if (s.at() <= first.at()) {
                continue;
            }
            Quantity other = catalogSize(sized.values(), s.size());
            if (other != null && !other.equals(size)) {
                int from = first.at();
                while (from < s.at() && (isSizeToken(tokens.get(from))
                        || Quantity.isNumberWord(tokens.get(from)) && !Quantity.isLinkWord(tokens.get(from)))) {
                    from++; // past the first size's own tokens
                }
                return joined(brand, tokens, from, s.at());
            }
        }
        return false;
    }

    /**
     * How far a size written in a post may be from a product's size in the catalog and still be it, as a share of the
     * product's size: people round, so "1.2 L" for a 1.25 L pack (4 % off) is that pack, "300 ml" for a 330 ml one
     * (9 %) is not; of two products that near, the exact one is meant.
     */
    static final double SIZE_TOLERANCE = 0.05;

    /**
     * The size of the brand's products that a size of the post is: the same amount, else the one size of the products
     * within {@link #SIZE_TOLERANCE} of it; null when none or two are.
     */
    static Quantity catalogSize(java.util.Collection<Quantity> products, Quantity q) {
        Quantity near = null;
        for (Quantity p : products) {
            if (!p.base().equals(q.base())) {
                continue;
            }
            if (p.amount() == q.amount()) {
                return p;
            }
            if (Math.abs(p.amount() - q.amount()) <= SIZE_TOLERANCE * p.amount()) {
                if (near != null && near.amount() != p.amount()) {
                    return null;
                }
                near = p;
            }
        }
        return near;
    }

    private List<Hit> findNames(List<String> tokens) {
        List<Hit> hits = new ArrayList<>(4);
        Set<Catalog.Brand> brandsNamed = new HashSet<>();
        List<PhraseIndex.Match<Entry>> matches = index.findLongest(canonical(tokens));
        List<String> keys = null;
        if (Phonetic.anyIndicOrArabic(tokens)) {
            keys = Phonetic.keys(tokens);
            List<PhraseIndex.Match<Entry>> both = new ArrayList<>(matches);
            both.addAll(phonetic.findAll(keys));
            for (PhraseIndex.Match<Entry> m : skeleton.findAll(tokens.stream().map(CatalogMatcher::consonants).toList())) {
                if (Phonetic.anyIndicOrArabic(tokens.subList(m.start(), m.end()))) {
                    both.add(m);
                }
            }
            matches = longestOf(both);
        }
        boolean[] exact = new boolean[tokens.size()];
        for (PhraseIndex.Match<Entry> m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                exact[i] = true;
            }
        }
        for (PhraseIndex.Match<Entry> m : matches) {
            if (!m.value().needsBrand()) {
                brandsNamed.add(m.value().brand());
            }
        }
        if (!spellings.isEmpty()) {
            // a word no alias matched exactly may be a brand misspelt, in another script, or glued to an ending
            for (int i = 0; i < tokens.size(); i++) {
                if (exact[i]) {
                    continue;
                }
                BrandSpellings.Found f = spellings.find(tokens.get(i), keys == null ? null : keys.get(i));
                if (f != null && !others.covers(tokens, i, true) // "Uncle Chipps" is no "Chippo" misspelt
                        && !(f.near() && namedExactly(matches, f.brand()))) { // "Tostiko wala, may Tostika"
                    hits.add(new Hit(f.brand(), null, i, i + 1, f.handle(), f.near()));
                    brandsNamed.add(f.brand());
                    exact[i] = true;
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                BrandSpellings.Found f = splitName(tokens, i, exact);
                if (f != null && !(namedExactly(matches, f.brand()))) {
                    // the name written as two words ("Gul Zara", "Kheer-zo"): a near spelling, the evidence decides
                    hits.add(new Hit(f.brand(), null, i, i + 2, false, true));
                    brandsNamed.add(f.brand());
                    exact[i] = true;
                    exact[i + 1] = true;
                }
            }
        }
        for (PhraseIndex.Match<Entry> m : matches) {
            Entry e = m.value();
            if (e.needsBrand() && !brandsNamed.contains(e.brand())) {
                continue;
            }
            if (e.size() && !brandNear(matches, e.brand(), m)) {
                continue;
            }
            if (e.needsBrand() && m.end() - m.start() == 1 && !brandNear(matches, e.brand(), m)
                    && !(m.end() < tokens.size() && PRODUCT_WORDS.contains(tokens.get(m.end())))) {
                // one word of a product ("mango") counts only next to its brand: "7-Eleven Mango Avenue" is a shop
                continue;
            }
            hits.add(new Hit(e.brand(), e.product(), m.start(), m.end(), e.handle()));
        }
        // "Jugnu Gold torch", "Neo Jugnu", "Jugnuma torch": the name inside another name names nothing of ours
        hits.removeIf(h -> NameExtensions.SHIPPED.otherName(tokens, h));
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = hits.size() - 1; i > 0; i--) {
            Hit h = hits.get(i);
            for (int j = 0; j < i; j++) {
                Hit o = hits.get(j);
                if (o.start() == h.start() && o.end() == h.end() && o.brand().equals(h.brand())
                        && java.util.Objects.equals(o.product(), h.product())) {
                    hits.remove(i);
                    break;
                }
            }
        }
        return hits;
    }

    /** The shortest part of a name written as two words ("Gul Zara"): a single letter is an initial. */
    static final int SPLIT_PART_MIN = 2;

    /**
     * The brand that two neighbouring Latin words name when written as one ("Phoo lika", "Kheer-zo" for "Kheerzo"), or
     * null: neither word matched a name, neither is a word of the intent lexicons (a predicate or a particle is no
     * part of a name: "Tostka na"), and the two together are a name or a spelling of one. Never a hashtag or handle.
     */
    private BrandSpellings.Found splitName(List<String> tokens, int i, boolean[] matched) {
        String a = tokens.get(i);
        String b = tokens.get(i + 1);
        if (matched[i] || matched[i + 1] || a.length() < SPLIT_PART_MIN || b.length() < SPLIT_PART_MIN
                || !NameEdit.lettersOnly(a) || !NameEdit.lettersOnly(b)
                || IntentReader.isLexiconWord(a) || IntentReader.isLexiconWord(b)) {
            return null;
        }
        BrandSpellings.Found f = spellings.find(a + b, null);
        return f == null || f.handle() ? null : f;
    }

    /**
     * True when the post names the brand exactly (an alias, a hashtag, a handle, a product with the brand's name): a
     * writer who writes the name right means another name by a near spelling of it.
     */
    private static boolean namedExactly(List<PhraseIndex.Match<Entry>> matches, Catalog.Brand brand) {
        for (PhraseIndex.Match<Entry> m : matches) {
            if (!m.value().needsBrand() && m.value().brand().equals(brand)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a product's own word that make it a product: "the pizza one", "pudina wala", "mango flavour". */
    private static final Set<String> PRODUCT_WORDS = WordTable.setOf(List.of("one", "ones", "flavour", "flavor", "flavours", "flavors",
            "wala", "wali", "vala", "wale", "variant", "pack", "packs", "packet", "bottle", "can", "cans"));
    /** The words of {@link #PRODUCT_WORDS} that are containers or packs themselves. */
    private static final Set<String> CONTAINER_PRODUCT_WORDS = WordTable.setOf(List.of("pack", "packs", "packet", "bottle", "can", "cans"));

    private static boolean brandNear(List<PhraseIndex.Match<Entry>> matches, Catalog.Brand brand, PhraseIndex.Match<Entry> m) {
        for (PhraseIndex.Match<Entry> o : matches) {
            if (!o.value().needsBrand() && o.value().brand().equals(brand)
                    && (Math.abs(o.start() - m.end()) <= 2 || Math.abs(m.start() - o.end()) <= 2)) {
                return true;
            }
        }
        return false;
    }

    private static List<PhraseIndex.Match<Entry>> longestOf(List<PhraseIndex.Match<Entry>> all) {
        List<PhraseIndex.Match<Entry>> kept = new ArrayList<>();
        for (PhraseIndex.Match<Entry> m : all) {
            boolean inside = false;
            for (PhraseIndex.Match<Entry> o : all) {
                if (o.start() <= m.start() && o.end() >= m.end() && (o.end() - o.start()) > (m.end() - m.start())) {
                    inside = true;
                    break;
                }
            }
            boolean duplicate = kept.stream().anyMatch(k -> k.start() == m.start() && k.end() == m.end()
                    && k.value().brand().equals(m.value().brand()) && java.util.Objects.equals(k.value().product(), m.value().product()));
            if (!inside && !duplicate) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** True when a handle (without its @) is one of the brand's own handles or hashtags. */
    public boolean isBrandHandle(Catalog.Brand brand, String handle) {
        Set<String> own = handles.getOrDefault(brand, Set.of());
        if (own.isEmpty() || !mayBeOneOf(handle, own)) {
            return false;
        }
        String key = Text.key(Text.tokens(handle)).replace(" ", "");
        return own.contains(key);
    }

    /**
     * False when the handle's key (its tokens run together) cannot be one of {@code keys}, told without building it:
     * for a handle in ASCII, the key begins with its first letter or digit, lower-cased (the tokenizer's tokens are
     * runs of those, and a dropped apostrophe is never first). True when it may be, or when the handle is not ASCII.
     */
    static boolean mayBeOneOf(String handle, Set<String> keys) {
        char first = 0;
        for (int i = 0; i < handle.length() && first == 0; i++) {
            char c = handle.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                first = c;
            } else if (c >= 'A' && c <= 'Z') {
                first = (char) (c - 'A' + 'a');
            }
        }
        for (String k : keys) {
            if (first == 0 ? k.isEmpty() : !k.isEmpty() && k.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }
}
