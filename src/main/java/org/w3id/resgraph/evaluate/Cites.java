package org.w3id.resgraph.evaluate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one language version of a resolution cites, on one side of an evaluation (gold or
 * predicted), as {@link Scope} scores it.
 *
 * @param symbol   the citing resolution, normalised
 * @param language ISO 639-1 code of the version, or null when the source does not say
 * @param file     the file it comes from, for people to look at; null when unknown
 * @param cited    each cited symbol (normalised) and its typed relations, none when it only refers
 * @param shown    symbols the text itself shows, which count a prediction right though the gold
 *                 lacks them (links are incomplete); empty for predictions
 */
record Cites(String symbol, String language, String file, Map<String, Set<String>> cited, Set<String> shown) {

    public Cites {
        Map<String, Set<String>> copy = new TreeMap<>();
        cited.forEach((s, r) -> copy.put(s, Set.copyOf(r)));
        cited = Map.copyOf(copy);
        shown = Set.copyOf(shown);
    }

    /** The same citations under another language (for a side that does not state it). */
    Cites inLanguage(String lang) {
        return new Cites(symbol, lang, file, cited, shown);
    }

    /** Both sets of citations of the same version in one: cited symbols, relations and shown symbols united. */
    Cites merge(Cites other) {
        Map<String, Set<String>> all = new TreeMap<>();
        for (Cites c : new Cites[] {this, other}) {
            c.cited.forEach((s, r) -> all.computeIfAbsent(s, k -> new TreeSet<>()).addAll(r));
        }
        Set<String> shownBoth = new TreeSet<>(shown);
        shownBoth.addAll(other.shown);
        return new Cites(symbol, language, file != null ? file : other.file, all, shownBoth);
    }

    /** Builds the citations of one version, keeping only the pairs {@link Scope} scores. */
    static final class Builder {
        private final String symbol;
        private final String language;
        private final String file;
        private final Map<String, Set<String>> cited = new TreeMap<>();
        private final Set<String> shown = new TreeSet<>();

        Builder(String symbol, String language, String file) {
            this.symbol = Scope.normalise(symbol);
            this.language = language;
            this.file = file;
        }

        /** Adds a cited symbol with a typed relation, or with none when {@code typed} is null. */
        Builder cite(String citedSymbol, String typed) {
            String s = Scope.normalise(citedSymbol);
            if (Scope.scored(symbol, s)) {
                Set<String> relations = cited.computeIfAbsent(s, k -> new TreeSet<>());
                if (typed != null) {
                    relations.add(typed);
                }
            }
            return this;
        }

        Builder shows(String citedSymbol) {
            String s = Scope.normalise(citedSymbol);
            if (Scope.scored(symbol, s)) {
                shown.add(s);
            }
            return this;
        }

        Cites build() {
            return new Cites(symbol, language, file, cited, shown);
        }
    }
}
