package org.w3id.resgraph.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an evaluation scores, the same way the acceptance scorer ({@code score-citations.py}) reads
 * a graph, so that both give the same numbers: pairs (citing resolution, cited resolution or
 * decision) by symbol, symbols compared without whitespace and in upper case, self-citations left out.
 */
final class Scope {
    /** The typed relations whose accuracy is measured; a pair with none of them only refers. */
    static final List<String> TYPED = List.of("recalls", "reaffirms", "takesNoteOf", "welcomes");
    /** The row of pairs with none of the typed relations. */
    static final String UNTYPED = "refersTo";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SCORED = Pattern.compile("^(A/RES|A/DEC|S/RES|A/HRC/RES|E/RES)/");
    /** How gold files may name a relation where the vocabulary has another term. */
    private static final Map<String, String> GOLD_ALIASES = Map.of("notes", "takesNoteOf");

    private Scope() {}

    /** A symbol as compared: {@code "S/RES/2505 (2020)"} → {@code "S/RES/2505(2020)"}. */
    static String normalise(String symbol) {
        return WHITESPACE.matcher(symbol).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether a pair of normalised symbols is scored: the cited one a resolution or decision, not the citing one itself. */
    static boolean scored(String citing, String cited) {
        return !citing.equals(cited) && SCORED.matcher(cited).find();
    }

    /** The typed relation a gold file's relation name stands for, or null when it is none of them. */
    static String typedOf(String goldRelation) {
        String r = goldRelation == null ? null : GOLD_ALIASES.getOrDefault(goldRelation, goldRelation);
        return TYPED.contains(r) ? r : null;
    }
}
