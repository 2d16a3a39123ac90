package org.w3id.resgraph.text;

/**
 * Offsets in code points (what the Web Annotation model counts) for a text indexed in UTF-16 chars,
 * in constant time for text without supplementary characters and by a one-off table otherwise.
 */
public final class CodePoints {
    private final String text;
    /** For texts with surrogate pairs: code point offset of every char offset; null otherwise. */
    private final int[] offsets;

    public CodePoints(String text) {
        this.text = text;
        int[] table = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            table = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                table[i] = cp;
                if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    cp++;
                }
            }
            table[text.length()] = cp;
        }
        this.offsets = table;
    }

    /** The code point offset of char offset {@code at}. */
    public int of(int at) {
        return offsets == null ? at : offsets[at];
    }

    /** The char offset {@code n} code points before {@code at}, or 0. */
    public int back(int at, int n) {
        int i = at;
        for (int k = 0; k < n && i > 0; k++) {
            i = text.offsetByCodePoints(i, -1);
        }
        return i;
    }

    /** The char offset {@code n} code points after {@code at}, or the end of the text. */
    public int forward(int at, int n) {
        int i = at;
        for (int k = 0; k < n && i < text.length(); k++) {
            i = text.offsetByCodePoints(i, 1);
        }
        return i;
    }
}
