package org.w3id.resgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A paragraph's text as HTML with the words of each citation in it a link to what it cites.
 *
 * <p>Where a citation stands is said by the data in the original text of the language version: its
 * {@code oa:TextPositionSelector} and its paragraph's, both counted in Unicode code points (not UTF-16
 * units: a character outside the Basic Multilingual Plane counts once), with the exact words in its
 * {@code oa:TextQuoteSelector}. The paragraph's {@code rg:text} is that original stretch less what a
 * reader does not need (the operative paragraph's number, the spaces of Chinese segmentation, footnote
 * markers, runs of white space), so a citation stands at its offset from the paragraph's start or
 * earlier, by at most what was left out. It is linked at the occurrence of its exact words (compared
 * without white space) in that range nearest to its offset; a citation outside its paragraph, whose
 * words are not in that range, or that overlaps one linked before it, is shown as plain text.
 *
 * <pre>{@code
 * String html = CitedText.markup(text, List.of(new CitedText.Span(90, 140)),
 *         List.of(new CitedText.Citation(93, 104, "第2286(2016)", "/doc/un/S/RES/2286(2016)")));
 * }</pre>
 */
final class CitedText {
    /** Where a paragraph stands in its version's text: code points, end excluded. */
    record Span(long start, long end) {}

    /** A citation: where it stands in the version's text (code points), its exact words (or null) and the link to what it cites. */
    record Citation(long start, long end, String exact, String href) {}

    private CitedText() {}

    /** The text escaped, each citation found in it a link; {@code spans} are the paragraph's places in the version (one, normally). */
    static String markup(String text, List<Span> spans, List<Citation> citations) {
        List<int[]> links = new ArrayList<>();   // [start, end, index of citation] in chars of text
        List<Citation> ordered = new ArrayList<>(citations);
        ordered.sort(Comparator.comparingLong(Citation::start).thenComparing(Comparator.comparingLong(Citation::end).reversed()));
        int taken = 0;
        for (int i = 0; i < ordered.size(); i++) {
            int[] at = place(text, spans, ordered.get(i), taken);
            if (at != null) {
                links.add(new int[] {at[0], at[1], i});
                taken = at[1];
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64 * links.size());
        int at = 0;
        for (int[] l : links) {
            out.append(Html.escape(text.substring(at, l[0]))).append("<a href=\"").append(Html.escape(ordered.get(l[2]).href())).append("\">")
                    .append(Html.escape(text.substring(l[0], l[1]))).append("</a>");
            at = l[1];
        }
        return out.append(Html.escape(text.substring(at))).toString();
    }

    /** Where in {@code text} (chars, from {@code from} on) the citation's words stand, or null. */
    private static int[] place(String text, List<Span> spans, Citation c, int from) {
        int length = text.codePointCount(0, text.length());
        for (Span s : spans) {
            if (c.start() < s.start() || c.end() > s.end() || c.start() >= c.end()) {
                continue;   // not in this paragraph, or no words
            }
            long offset = c.start() - s.start();                 // code points from the paragraph's start
            long leftOut = Math.max(0, (s.end() - s.start()) - length);
            int[] found = c.exact() == null || c.exact().isBlank()
                    ? (leftOut == 0 && c.end() - s.start() <= length ? chars(text, offset, c.end() - s.start()) : null)
                    : nearest(text, c.exact(), offset - leftOut, offset, from);
            if (found != null && found[0] >= from) {
                return found;
            }
        }
        return null;
    }

    /** The [start, end) chars of code points [from, to) of {@code text}. */
    private static int[] chars(String text, long from, long to) {
        return new int[] {text.offsetByCodePoints(0, (int) from), text.offsetByCodePoints(0, (int) to)};
    }

    /**
     * The occurrence of {@code words} in {@code text}, white space aside, that starts at a code point in
     * [{@code lowest}, {@code highest}] and at a char not before {@code from}, the nearest to {@code highest}.
     */
    private static int[] nearest(String text, String words, long lowest, long highest, int from) {
        String wanted = words.replaceAll("\\s+", "");
        StringBuilder bare = new StringBuilder(text.length());
        List<Integer> charAt = new ArrayList<>();   // char index in text of each char of bare
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                bare.append(text.charAt(i));
                charAt.add(i);
            }
        }
        int[] best = null;
        for (int i = bare.indexOf(wanted); i >= 0 && !wanted.isEmpty(); i = bare.indexOf(wanted, i + 1)) {
            int start = charAt.get(i), end = charAt.get(i + wanted.length() - 1) + 1;
            long codePoint = text.codePointCount(0, start);
            if (codePoint > highest) {
                break;
            }
            if (codePoint >= lowest && start >= from) {
                best = new int[] {start, end};
            }
        }
        return best;
    }
}
