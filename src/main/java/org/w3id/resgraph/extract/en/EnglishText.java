package org.w3id.resgraph.extract.en;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.text.NormalisedText;

/**
 * An English resolution text as the rules read it. Text taken from the UN's PDFs breaks lines
 * inside sentences and references, and glues footnote markers to words ({@code peacebuilding,1});
 * footnotes follow the text as {@code [^1]: …}. This finds the footnotes and their markers, and
 * builds one view of the text with every run of spaces and line breaks made one space, markers
 * left out and hyphen variants made '-', mapped back to the original offsets.
 */
final class EnglishText {
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^\\[\\^(\\d{1,3})\\]:[ \\t]*");
    /**
     * A marker: "[^3]", or digits glued to a word or closing punctuation, before a space or the end —
     * not the number of a symbol's part ("Add.1", "L.1", "1.5"). It opens with "[" or a digit, which the
     * first look-ahead checks before anything costlier.
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?=[\\[\\d])(?:\\[\\^(\\d{1,3})\\]|(?<=[\\p{L})\\]”’\",.;:])(?<![\\p{L}\\d]\\.)(\\d{1,3})(?=[\\s,.;:)]|$))");

    /** A footnote: its number and where its text stands in the original. */
    record Footnote(int number, int start, int end) {}

    /** A marker of footnote {@code number} at {@code [start, end)} of the original. */
    record Marker(int number, int start, int end) {}

    final String original;
    /** Where the footnotes begin in the original; the text's end when there are none. */
    final int footnotesStart;
    final List<Footnote> footnotes;
    final List<Marker> markers;
    final NormalisedText view;
    private final int[] toOriginal;

    EnglishText(String original, int from) {
        this.original = original;
        List<Footnote> notes = new ArrayList<>();
        Matcher f = FOOTNOTE.matcher(Budget.guard(original));
        f.region(from, original.length());
        int start = original.length();
        List<int[]> heads = new ArrayList<>();
        int expected = 1;
        while (f.find()) {
            int n = Integer.parseInt(f.group(1));
            if (n != expected) {
                continue;   // "[^1653]: (XVI) …" is text broken by the conversion, not a footnote
            }
            heads.add(new int[] {n, f.start(), f.end()});
            expected++;
        }
        if (!heads.isEmpty()) {
            start = heads.get(0)[1];
            for (int i = 0; i < heads.size(); i++) {
                int end = i + 1 < heads.size() ? heads.get(i + 1)[1] : original.length();
                notes.add(new Footnote(heads.get(i)[0], heads.get(i)[2], trimEnd(original, end)));
            }
        }
        this.footnotesStart = start;
        this.footnotes = List.copyOf(notes);
        this.markers = markers(original, from, start, notes.size());
        boolean[] skip = new boolean[original.length()];
        for (Marker m : markers) {
            Arrays.fill(skip, m.start(), m.end(), true);
        }
        StringBuilder out = new StringBuilder(original.length() - from);
        int[] map = new int[original.length() - from + 1];
        int n = 0;
        boolean space = false;
        for (int i = from; i < original.length(); i++) {
            if ((i & 0xFFFF) == 0) {
                Budget.check();
            }
            char c = original.charAt(i);
            if (skip[i] || c == '\u00AD') {
                continue;
            }
            if (NormalisedText.isSpace(c)) {
                if (!space && n > 0) {
                    out.append(' ');
                    map[n++] = i;
                }
                space = true;
                continue;
            }
            space = false;
            out.append(switch (c) {
                case '\u2010', '\u2011', '\u2012' -> '-';
                default -> NormalisedText.fold(c);
            });
            map[n++] = i;
        }
        map[n] = original.length();
        this.toOriginal = Arrays.copyOf(map, n + 1);
        this.view = NormalisedText.mapped(original, out.toString(), toOriginal);
    }

    /** The view's text. */
    String text() {
        return view.text();
    }

    /** The first view position at or after original offset {@code at}. */
    int viewAt(int at) {
        int i = Arrays.binarySearch(toOriginal, 0, toOriginal.length - 1, at);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Markers numbered in order of first use (1, 2, 3 …; a few may be missing where the conversion
     * lost them); a number seen before may repeat.
     */
    private static List<Marker> markers(String text, int from, int to, int footnotes) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(Budget.guard(text));
        m.region(from, to);
        int next = 1;
        while (m.find()) {
            if (m.group(1) != null) {   // "[^3]", as Markdown and AKN renderings write it: always a marker
                out.add(new Marker(Integer.parseInt(m.group(1)), m.start(), m.end()));
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
                continue;
            }
            int n = Integer.parseInt(m.group(2));
            if (n >= next && n <= next + 3 && n <= footnotes) {   // a marker or two may be lost in conversion
                out.add(new Marker(n, m.start(), m.end()));
                next = n + 1;
            } else if (n < next && n >= 1 && precededByLetterOrComma(text, m.start())) {
                out.add(new Marker(n, m.start(), m.end()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean precededByLetterOrComma(String text, int at) {
        char c = text.charAt(at - 1);
        return Character.isLetter(c) || c == ',';
    }

    private static int trimEnd(String s, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
