package org.w3id.resgraph.text;

/**
 * Removes the spaces a word segmenter put into Chinese text ({@code 工业 发展 合作} becomes
 * {@code 工业发展合作}) while keeping those between Latin words and numbers, which are real.
 */
public final class ChineseSpacing {
    private ChineseSpacing() {}

    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!NormalisedText.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && NormalisedText.isSpace(s.charAt(j))) {
                j++;
            }
            boolean keep = out.length() > 0 && j < s.length()
                    && isLatinOrDigit(out.charAt(out.length() - 1)) && isLatinOrDigit(s.charAt(j));
            if (keep) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /** Latin letters and digits, also in their full-width forms (２００４), which NormalisedText folds. */
    private static boolean isLatinOrDigit(char c) {
        char folded = NormalisedText.fold(c);
        return folded < 0x3000 && Character.isLetterOrDigit(folded);
    }
}
