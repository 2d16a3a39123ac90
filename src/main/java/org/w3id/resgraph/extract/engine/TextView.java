package org.w3id.resgraph.extract.engine;

import java.util.Arrays;

import org.w3id.resgraph.text.NormalisedText;
import org.w3id.resgraph.text.Span;

/**
 * A view of a region of the original text in which the rules match, with every position mapped
 * back to the original so that what is found is reported as the exact words there.
 *
 * <p>{@link #text()} keeps letters as they are but makes typographic variants one: every kind of
 * space becomes a space (no-break spaces inside "2231&nbsp;(2015)" included), curly apostrophes
 * become {@code '}, the non-breaking hyphen {@code -}, Arabic-Indic digits ASCII digits, the Arabic
 * comma and semicolon ASCII ones; Arabic tatweel and diacritics, directional marks, zero-width
 * characters and soft hyphens are left out (their positions map to nothing). {@link #key()} is the
 * same view in the form words are compared in ({@link #key(char)}): lower case, Arabic letter
 * variants made one. Both have the same length.
 *
 * <pre>{@code
 * TextView v = TextView.of(document.text(), bodyStart, document.text().length());
 * Span exact = v.span(start, end);     // positions of the view → the original text
 * }</pre>
 */
public final class TextView {
    private final String original;
    private final String text;
    private final String key;
    /** Original offset of each view character; one more entry for the end. */
    private final int[] toOriginal;

    private TextView(String original, String text, String key, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.key = key;
        this.toOriginal = toOriginal;
    }

    public static TextView of(String original) {
        return of(original, 0, original.length());
    }

    public static TextView of(String original, int from, int to) {
        StringBuilder t = new StringBuilder(to - from);
        StringBuilder k = new StringBuilder(to - from);
        int[] map = new int[to - from + 1];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (dropped(c)) {
                continue;
            }
            char f = fold(c);
            t.append(f);
            k.append(key(f));
            map[n++] = i;
        }
        map[n] = to;
        return new TextView(original, t.toString(), k.toString(), Arrays.copyOf(map, n + 1));
    }

    /** Characters that carry no letter: Arabic tatweel and harakat, directional and zero-width marks, soft hyphen, BOM. */
    static boolean dropped(char c) {
        return c == '\u0640' || c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** One character's typographic variants as one (length-preserving). */
    static char fold(char c) {
        if (c == '\n') {
            return c;
        }
        if (NormalisedText.isSpace(c)) {
            return ' ';
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> {
                return '\'';
            }
            case '\u2010', '\u2011' -> {
                return '-';
            }
            case '\u060C' -> {
                return ',';
            }
            case '\u061B' -> {
                return ';';
            }
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return (char) ('0' + (c - '\u06F0'));
                }
                return NormalisedText.fold(c);
            }
        }
    }

    /** The form a view character is compared in: lower case; the Arabic alef with hamza or madda as bare alef, alef maqsura as ya. */
    public static char key(char c) {
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
            case '\u0649' -> '\u064A';
            default -> Character.toLowerCase(c);
        };
    }

    /** A word or phrase of a data file in the form {@link #key()} holds: folded, compared form, single spaces. */
    public static String key(String words) {
        StringBuilder b = new StringBuilder(words.length());
        boolean space = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (dropped(c)) {
                continue;
            }
            char f = fold(c);
            if (f == ' ' || f == '\n') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(key(f));
        }
        return b.toString();
    }

    public String text() {
        return text;
    }

    public String key() {
        return key;
    }

    public String original() {
        return original;
    }

    public int length() {
        return text.length();
    }

    /** The original offset of view position {@code i} (the end of the region for {@code length()}). */
    public int originalAt(int i) {
        return toOriginal[i];
    }

    /** The view position of original offset {@code at}: the first view character at or after it. */
    public int viewAt(int at) {
        int i = Arrays.binarySearch(toOriginal, at);
        if (i >= 0) {
            while (i > 0 && toOriginal[i - 1] == at) {
                i--;
            }
            return i;
        }
        return Math.min(-i - 1, text.length());
    }

    /** The original span of view {@code [start, end)}: from its first to just after its last character. */
    public Span span(int start, int end) {
        int s = toOriginal[start];
        int e = end > start ? toOriginal[end - 1] + 1 : s;
        return new Span(s, e);
    }

    /** The original words of view {@code [start, end)}, exactly as written. */
    public String exact(int start, int end) {
        Span s = span(start, end);
        return original.substring(s.start(), s.end());
    }
}
