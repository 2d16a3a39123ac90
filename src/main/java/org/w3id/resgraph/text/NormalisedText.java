package org.w3id.resgraph.text;

/**
 * A view of a region of the original text with whitespace removed and full-width ASCII forms
 * ({@code ，．（）０-９Ａ-Ｚ}) folded to ASCII, so that patterns need not care where a word
 * segmenter put spaces or which width the typesetter chose. Every position in the view maps back
 * to the original, so what is found here is reported as a {@link Span} of the original text.
 *
 * <pre>{@code
 * NormalisedText n = NormalisedText.of(original, bodyStart, original.length());
 * Matcher m = pattern.matcher(n.text());
 * if (m.find()) report(n.span(m.start(), m.end()));
 * }</pre>
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;

    private NormalisedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalisedText of(String original) {
        return of(original, 0, original.length());
    }

    public static NormalisedText of(String original, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] map = new int[to - from + 1];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            out.append(fold(c));
            map[n++] = i;
        }
        int[] trimmed = new int[n + 1];
        System.arraycopy(map, 0, trimmed, 0, n);
        trimmed[n] = to;
        return new NormalisedText(original, out.toString(), trimmed);
    }

    /**
     * A view built elsewhere (for another script's normalisation): {@code toOriginal[i]} is the
     * original offset of view character {@code i}, and {@code toOriginal[text.length()]} the end.
     */
    public static NormalisedText mapped(String original, String text, int[] toOriginal) {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("one original offset per character and one for the end are needed");
        }
        return new NormalisedText(original, text, toOriginal.clone());
    }

    /** Spaces of every kind, the byte order mark included: what a word segmenter or a typesetter adds. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Full-width ASCII variants (U+FF01..U+FF5E) to ASCII; the ideographic full stop stays. */
    public static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** The normalised position of original offset {@code at}: the first view character at or after it (the view's length past its end). */
    public int viewAt(int at) {
        int lo = 0, hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original span covering normalised positions {@code [start, end)}. */
    public Span span(int start, int end) {
        if (start >= end) {
            int at = toOriginal[start];
            return new Span(at, at);
        }
        return new Span(toOriginal[start], toOriginal[end - 1] + 1);
    }

    /** The original characters, spaces and widths as they were, of normalised {@code [start, end)}. */
    public String exact(int start, int end) {
        Span s = span(start, end);
        return original.substring(s.start(), s.end());
    }
}
