package org.restockradar.stream.understanding;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;

/**
 * First, simple rules of the understanding stage: a tracked brand alias plus a phrase of absence makes a
 * report; the outlet is the registry outlet whose name the text contains. Reposts are never reports.
 */
public final class UnderstandingStage implements MentionUnderstanding {
    private static final Pattern ABSENCE = Pattern.compile(
            "can'?t find|cannot find|could(n'?t| not) find|out of stock|not available|no (stock|more)|sold out"
                    + "|nahi mil|nahin mil|nahi hai|khatam|wala|walang|ubos|please (re)?stock|restock");

    private final Catalog catalog;
    private final OutletDirectory outlets;

    public UnderstandingStage(Catalog catalog, OutletDirectory outlets) {
        this.catalog = catalog;
        this.outlets = outlets;
    }

    @Override
    public Understanding understand(Mention mention) {
        if (mention.isRepost()) {
            return Understanding.notAReport(null, 0.9, "repost");
        }
        String text = normalise(mention.text());
        Optional<Catalog.Brand> brand = catalog.brands().stream()
                .filter(b -> containsAny(text, b.name(), b.aliases()))
                .findFirst();
        if (brand.isEmpty()) {
            return Understanding.notAReport(null, 0.9, "no tracked brand");
        }
        String brandName = brand.get().name();
        if (!ABSENCE.matcher(text).find()) {
            return Understanding.notAReport(brandName, 0.6, "no phrase of absence");
        }
        String sku = brand.get().products().stream()
                .filter(p -> containsAny(text, p.name(), p.aliases()))
                .map(Catalog.Product::sku)
                .findFirst().orElse(null);
        Optional<Outlet> outlet = outlets.all().stream()
                .filter(o -> text.contains(normalise(o.name())))
                .max(Comparator.comparingInt(o -> o.name().length()));
        if (outlet.isPresent()) {
            Outlet o = outlet.get();
            return new Understanding(true, 0.8, brandName, sku, o, o.locality(), o.city(), "brand, absence and outlet name");
        }
        String city = cityOfProfile(mention);
        return new Understanding(true, 0.6, brandName, sku, null, null, city, "brand and absence, no outlet named");
    }

    private String cityOfProfile(Mention mention) {
        if (mention.author().location() == null) {
            return null;
        }
        String location = normalise(mention.author().location());
        return outlets.all().stream().map(Outlet::city).distinct()
                .filter(city -> location.contains(normalise(city)))
                .findFirst().orElse(null);
    }

    private static boolean containsAny(String text, String name, List<String> aliases) {
        if (text.contains(normalise(name))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> text.contains(normalise(alias)));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
