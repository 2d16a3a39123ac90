package org.w3id.resgraph.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a literal a search shows: the literal itself, or in a long one a window of about
 * {@link #WINDOW} characters around the first word found, with "…" where it is cut; and where the
 * search's words stand in it ([start, end) char offsets, in order, not overlapping).
 *
 * <pre>{@code
 * Passage p = Passage.around(paragraphText, SearchTerms.of(luceneQuery).find(paragraphText, "fr"));
 * String html = p.markup();   // escaped, the words in <mark>
 * }</pre>
 */
record Passage(String text, List<int[]> marks) {
    static final int WINDOW = 300;
    /** How much of the window stands before the first word found. */
    private static final int BEFORE = 100;
    /** How far a cut may move to fall between words rather than inside one. */
    private static final int SLACK = 24;
    private static final String CUT = "…";

    /** The passage of {@code literal} around the first of {@code found} (the start when none). */
    static Passage around(String literal, List<int[]> found) {
        if (literal.length() <= WINDOW) {
            return new Passage(literal, found);
        }
        int first = found.isEmpty() ? 0 : found.get(0)[0], firstEnd = found.isEmpty() ? 0 : found.get(0)[1];
        int start = Math.max(0, Math.min(first - BEFORE, literal.length() - WINDOW));
        int end = Math.min(literal.length(), start + WINDOW);
        start = start == 0 ? 0 : boundary(literal, start, first, +1);
        end = end == literal.length() ? end : boundary(literal, end, Math.max(firstEnd, start + 1), -1);
        String prefix = start > 0 ? CUT : "", suffix = end < literal.length() ? CUT : "";
        List<int[]> marks = new ArrayList<>();
        for (int[] m : found) {
            int s = Math.max(m[0], start), e = Math.min(m[1], end);
            if (s < e) {
                marks.add(new int[] {s - start + prefix.length(), e - start + prefix.length()});
            }
        }
        return new Passage(prefix + literal.substring(start, end) + suffix, marks);
    }

    /**
     * A cut at {@code at} moved by up to {@link #SLACK} characters towards {@code direction} to fall between
     * words (a start just after a space, an end just before one), never past {@code limit} (the first word
     * found), and never between the two halves of a character outside the Basic Multilingual Plane. Text
     * without spaces (Chinese) is cut where it is.
     */
    private static int boundary(String s, int at, int limit, int direction) {
        for (int i = 0; i < SLACK; i++) {
            int p = at + direction * i;
            if (p <= 0 || p >= s.length() || (direction > 0 ? p > limit : p < limit)) {
                break;
            }
            if (Character.isWhitespace(s.charAt(direction > 0 ? p - 1 : p))) {
                return p;
            }
        }
        return Character.isLowSurrogate(s.charAt(at)) && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }

    /** The passage as HTML: its text escaped, the words found in {@code <mark>}. */
    String markup() {
        StringBuilder out = new StringBuilder(text.length() + 32 * marks.size());
        int at = 0;
        for (int[] m : marks) {
            out.append(Html.escape(text.substring(at, m[0]))).append("<mark>").append(Html.escape(text.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        return out.append(Html.escape(text.substring(at))).toString();
    }

    /** The marks as a column of a search's row: "start-end" pairs separated by spaces. */
    String marksColumn() {
        List<String> out = new ArrayList<>();
        marks.forEach(m -> out.add(m[0] + "-" + m[1]));
        return String.join(" ", out);
    }

    /** A passage again from a search's row (its text and {@link #marksColumn}); marks outside the text or overlapping are dropped. */
    static Passage fromColumns(String text, String marks) {
        List<int[]> out = new ArrayList<>();
        int last = 0;
        for (String m : marks == null || marks.isBlank() ? new String[0] : marks.strip().split(" ")) {
            String[] ends = m.split("-");
            try {
                int s = Integer.parseInt(ends[0]), e = Integer.parseInt(ends[1]);
                if (s >= last && s < e && e <= text.length()) {
                    out.add(new int[] {s, e});
                    last = e;
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException ignored) {
                // not a mark
            }
        }
        return new Passage(text, out);
    }
}
