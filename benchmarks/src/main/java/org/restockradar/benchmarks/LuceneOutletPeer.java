package org.restockradar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.restockradar.contracts.Outlet;

/**
 * What a user would otherwise pick for the outlet lookup, the peer of {@code OutletMatcher} in
 * {@link OutletLookupPeerBenchmark}: a Lucene index of the outlet names, searched as CLAVIN searches GeoNames — the
 * words of the text as fuzzy queries and its word pairs as phrase queries, filtered to the city and, when known,
 * the locality; the best hit is taken when the text covers enough of its name.
 *
 * <p>Configured as a competent user would: names analysed by the standard tokenizer, lower-cased and folded to
 * ASCII ("Café" is "cafe"); the index merged to one segment on a memory-mapped directory; one {@link IndexSearcher},
 * reused, with its default query cache; an outlet read by document number from an array, not from stored fields.
 */
public final class LuceneOutletPeer implements AutoCloseable {
    private static final String NAME = "name";
    private static final String CITY = "city";
    private static final String LOCALITY = "locality";
    private static final String ORDINAL = "ordinal";
    /** The indexing buffer: the million outlets' names fit in one flush or two. */
    private static final double RAM_BUFFER_MB = 256;
    /**
     * One edit for words of four letters or more, exact below. Not Elasticsearch's AUTO (two edits beyond five
     * letters): at 100,000 outlets two edits cost the peer three times the CPU per lookup (1.8 ms against 0.6 ms,
     * building the Levenshtein automata), and a typo is one edit.
     */
    private static final int ONE_EDIT_FROM = 4;
    /** The first letter must match, as users set to keep fuzzy queries fast (Elasticsearch's prefix_length). */
    private static final int FUZZY_PREFIX = 1;
    private static final int FUZZY_EXPANSIONS = 50;
    /** The threshold: the text must match at least this share of the best hit's name words (exactly or fuzzily). */
    private static final double MIN_NAME_COVERAGE = 2.0 / 3;

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final List<Outlet> outlets;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Outlet ordinal by document number. */
    private final int[] ordinals;
    /** The analysed words of each distinct name, for the coverage threshold. */
    private final Map<String, List<String>> nameWords = new HashMap<>();

    private LuceneOutletPeer(List<Outlet> outlets, Directory directory) throws IOException {
        this.outlets = List.copyOf(outlets);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < this.outlets.size(); i++) {
                Outlet o = this.outlets.get(i);
                Document doc = new Document();
                doc.add(new TextField(NAME, o.name(), Field.Store.NO));
                doc.add(new StringField(CITY, placeKey(o.city()), Field.Store.NO));
                doc.add(new StringField(LOCALITY, placeKey(o.locality()), Field.Store.NO));
                doc.add(new NumericDocValuesField(ORDINAL, i));
                writer.addDocument(doc);
                nameWords.computeIfAbsent(o.name(), this::words);
            }
            writer.forceMerge(1); // read-only from here: one segment is the fastest to search
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        ordinals = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ordinals[leaf.docBase + doc] = (int) values.longValue();
            }
        }
    }

    /** Indexes the outlets into the (empty) directory; the peer owns it from here and closes its reader. */
    public static LuceneOutletPeer index(List<Outlet> outlets, Directory directory) {
        try {
            return new LuceneOutletPeer(outlets, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + outlets.size() + " outlets in " + directory, e);
        }
    }

    /** The outlet the text names within the city (and the locality, when not null), if any passes the threshold. */
    public Optional<Outlet> find(String text, String city, String locality) {
        List<String> words = words(text);
        // the place is the filter: its words in the text would only pull in the shops named after it (a chain's
        // "MedPlus - Kanagar" for any shop of Kanagar); they count for a name that holds them, below
        List<String> place = words(city == null ? "" : city);
        if (locality != null) {
            place.addAll(words(locality));
        }
        words.removeAll(place);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String w : words) {
            query.add(wordQuery(w), Occur.SHOULD);
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            query.add(new PhraseQuery(NAME, words.get(i), words.get(i + 1)), Occur.SHOULD);
        }
        // without it the filters alone would match every outlet of the city
        query.setMinimumNumberShouldMatch(1);
        query.add(new TermQuery(new Term(CITY, placeKey(city))), Occur.FILTER);
        if (locality != null) {
            query.add(new TermQuery(new Term(LOCALITY, placeKey(locality))), Occur.FILTER);
        }
        try {
            TopDocs top = searcher.search(query.build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Outlet best = outlets.get(ordinals[top.scoreDocs[0].doc]);
            return covers(words, place, nameWords.get(best.name())) ? Optional.of(best) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for '" + text + "' in " + city + "/" + locality, e);
        }
    }

    private static Query wordQuery(String word) {
        int edits = maxEdits(word);
        return edits == 0 ? new TermQuery(new Term(NAME, word))
                : new FuzzyQuery(new Term(NAME, word), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
    }

    private static int maxEdits(String word) {
        return word.length() >= ONE_EDIT_FROM ? 1 : 0;
    }

    /** Whether the text's words (or the place's) match enough of the name's words, each within its fuzzy distance. */
    static boolean covers(List<String> textWords, List<String> placeWords, List<String> name) {
        int matched = 0;
        for (String n : name) {
            if (placeWords.contains(n)) {
                matched++;
                continue;
            }
            for (String w : textWords) {
                if (editDistance(w, n, maxEdits(n)) <= maxEdits(n)) {
                    matched++;
                    break;
                }
            }
        }
        return matched >= MIN_NAME_COVERAGE * name.size();
    }

    /** Optimal string alignment distance (a transposition is one edit, as FuzzyQuery counts it); above max, max + 1. */
    static int editDistance(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }

    /** A place name as its filter term: the analysed words, joined by a space. */
    private String placeKey(String place) {
        return String.join(" ", words(place == null ? "" : place));
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse '" + text + "'", e);
        }
        return words;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the outlet index", e);
        }
    }

    /** Standard tokenizer, lower case, ASCII folding: "Café Noble" and "cafe noble" index alike. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, folded);
        }
    }
}
