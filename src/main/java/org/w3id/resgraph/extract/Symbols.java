package org.w3id.resgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.text.NormalisedText;

/**
 * UN document symbols: the pattern that finds them in normalised text, and their canonical form
 * (no spaces; {@code A/RES/35/142 B} → {@code A/RES/35/142B}; {@code S/RES/2505 (2020)} →
 * {@code S/RES/2505(2020)}).
 */
public final class Symbols {
    /**
     * A symbol of slash-separated parts, the first a letter series: A/59/487/Add.3, IDB.28/DEC.6,
     * A/CONF.198/11, S/2019/883, A/RES/2625(XXV), E/CN.6/2005/11. Some part holds a number
     * ({@code HIV/AIDS} is no symbol), and there are at most eight parts after the first, which also
     * bounds the work on long runs of slashes.
     */
    public static final String DOCUMENT = "(?=[A-Za-z0-9./()]{0,80}?[/.]\\d)"
            + "[A-Z][A-Za-z]{0,9}(?:\\.\\d+)?(?:/(?:[A-Za-z]{1,10}(?:\\.\\d+)?|\\d{1,5}(?:[A-Z](?![A-Za-z]))?(?:\\((?:\\d{4}|[IVXLC]+)\\))?)){1,8}";

    private static final Pattern RESOLUTION = Pattern.compile("(A|S|E|A/HRC)/RES/.+");

    private Symbols() {}

    /** Without any kind of space (also U+3000, U+00A0), full-width forms folded to ASCII. */
    public static String canonical(String symbol) {
        return NormalisedText.of(symbol).text();
    }

    /** Whether a canonical symbol is that of a resolution of an organ (A/RES, S/RES, E/RES, A/HRC/RES). */
    public static boolean isResolution(String symbol) {
        Matcher m = RESOLUTION.matcher(symbol);
        return m.matches();
    }
}
