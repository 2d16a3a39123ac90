package org.w3id.resgraph.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs gold and predicted language versions by resolution symbol and language. A side that does
 * not state a version's language (a gold line without {@code lang}, RDF without a language version)
 * matches every version of the same symbol on the other side. The same version given twice is one.
 */
final class Matching {
    /** A language version of a resolution; the language null when unknown. */
    record Version(String symbol, String language) {}

    private final Map<Version, Cites> gold;
    private final Map<Version, Cites> predicted;

    Matching(List<Cites> gold, List<Cites> predicted) {
        Map<Version, Cites> p = merged(predicted);
        Map<Version, Cites> g = merged(withLanguages(merged(gold).values(), p));
        this.gold = g;
        this.predicted = merged(withLanguages(p.values(), g));
    }

    /** The gold versions, each with a known language when the predictions told it. */
    Map<Version, Cites> gold() {
        return gold;
    }

    Map<Version, Cites> predicted() {
        return predicted;
    }

    /** How many predicted versions have no gold. */
    int unscored() {
        return (int) predicted.keySet().stream().filter(v -> !gold.containsKey(v)).count();
    }

    /** The versions, those of unknown language copied into each language the other side has for the symbol. */
    private static List<Cites> withLanguages(Iterable<Cites> versions, Map<Version, Cites> other) {
        List<Cites> out = new ArrayList<>();
        for (Cites c : versions) {
            List<String> languages = c.language() != null ? List.of() : other.keySet().stream()
                    .filter(v -> v.symbol().equals(c.symbol()) && v.language() != null).map(Version::language).toList();
            if (languages.isEmpty()) {
                out.add(c);
            } else {
                languages.forEach(l -> out.add(c.inLanguage(l)));
            }
        }
        return out;
    }

    private static Map<Version, Cites> merged(Iterable<Cites> versions) {
        Map<Version, Cites> out = new LinkedHashMap<>();
        for (Cites c : versions) {
            out.merge(new Version(c.symbol(), c.language()), c, Cites::merge);
        }
        return out;
    }
}
