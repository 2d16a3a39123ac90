package org.w3id.resgraph.extract.zh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.text.NormalisedText;

/**
 * Splits the body of a Chinese resolution into paragraphs, on normalised text, wherever line
 * breaks are (or are not):
 * <ul>
 * <li>operative paragraphs are numbered 1, 2, 3 … in order after a punctuation mark
 *     ({@code ；2.}, {@code ；10．}); the next expected number is looked for, so numbers inside a
 *     paragraph do not split it;</li>
 * <li>preambular paragraphs begin after a comma with a preambular clause verb; a verb after 并
 *     ("and") opens a paragraph only when it repeats the verb of an earlier paragraph (并注意到
 *     after 注意到), otherwise it continues the sentence (认识到……，并着重指出……).</li>
 * </ul>
 */
final class ChineseParagraphs {

    /** A paragraph in normalised {@code [start, end)}, its content starting at {@code contentStart}. */
    record Slice(Paragraph.Kind kind, int number, int start, int contentStart, int end, ClauseVerbs.Match verb) {}

    private final ClauseVerbs verbs;

    ChineseParagraphs(ClauseVerbs verbs) {
        this.verbs = verbs;
    }

    List<Slice> split(String t, int preambleStart, int bodyEnd) {
        List<int[]> operative = operativeStarts(t, preambleStart, bodyEnd);
        int preambleEnd = operative.isEmpty() ? bodyEnd : operative.get(0)[0];
        List<Slice> out = new ArrayList<>(preamble(t, preambleStart, preambleEnd));
        for (int i = 0; i < operative.size(); i++) {
            int start = operative.get(i)[0];
            int content = operative.get(i)[1];
            int end = i + 1 < operative.size() ? operative.get(i + 1)[0] : bodyEnd;
            out.add(new Slice(Paragraph.Kind.OPERATIVE, i + 1, start, content, end, openingVerb(t, content, end)));
        }
        return out;
    }

    private static final Pattern BLOCK_NUMBER = Pattern.compile("(\\d{1,3})[.。](?!\\d)");

    /**
     * Paragraphs as a format lays them out (AKN4UN: one block per preambular container and per
     * operative paragraph, blank lines between them), so that a Chinese version numbers its
     * paragraphs as the other languages' versions of the same resolution do. A block opening with
     * "N." is operative paragraph N; a block after the first operative one that is not numbered
     * (a list, a point) belongs to the paragraph before it.
     *
     * @param n the normalised body, whose original text holds the blocks
     */
    List<Slice> blocks(NormalisedText n, int preambleStart, int bodyEnd) {
        String original = n.original(), t = n.text();
        List<Slice> out = new ArrayList<>();
        int preambular = 0;
        boolean operative = false;
        int from = 0;
        while (from < original.length()) {
            Budget.check();
            int gap = original.indexOf("\n\n", from);
            int blockEnd = gap < 0 ? original.length() : gap;
            int s = Math.max(n.viewAt(from), preambleStart), e = Math.min(n.viewAt(blockEnd), bodyEnd);
            from = gap < 0 ? original.length() : gap + 2;
            if (e <= s || e <= preambleStart) {
                continue;
            }
            if (t.startsWith("[^", s) || s >= bodyEnd) {
                break;
            }
            Matcher m = BLOCK_NUMBER.matcher(t).region(s, e);
            if (m.lookingAt()) {
                operative = true;
                out.add(new Slice(Paragraph.Kind.OPERATIVE, Integer.parseInt(m.group(1)), s, m.end(), e, openingVerb(t, m.end(), e)));
            } else if (operative) {
                Slice last = out.remove(out.size() - 1);
                out.add(new Slice(last.kind(), last.number(), last.start(), last.contentStart(), e, last.verb()));
            } else {
                out.add(new Slice(Paragraph.Kind.PREAMBULAR, ++preambular, s, s, e, openingVerb(t, s, e)));
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("(?<=[,;:。\\]])(\\d{1,3})[.。](?!\\d)");
    /** A number after a heading with no punctuation ("措施1.决定…"): taken only when a clause verb follows. */
    private static final Pattern NUMBER_AFTER_HEADING = Pattern.compile("(?<=\\p{IsHan})(\\d{1,3})[.。](?!\\d)");

    private static final Pattern NUMBERS = Pattern.compile(NUMBER.pattern() + "|" + NUMBER_AFTER_HEADING.pattern());

    /** Start and content start of each operative paragraph: the next expected number, in order. */
    private List<int[]> operativeStarts(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NUMBERS.matcher(Budget.guard(t));
        m.region(from, to);
        m.useTransparentBounds(true);
        int expected = 1;
        while (m.find()) {
            Budget.check();
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(1) == null && verbs.at(t, m.end()) == null) {
                continue;
            }
            if (Integer.parseInt(n) == expected) {
                out.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        return out;
    }

    private List<Slice> preamble(String t, int from, int to) {
        List<Slice> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        int start = from;
        ClauseVerbs.Match verb = openingVerb(t, from, to);
        if (verb != null) {
            seen.add(verb.verb().verb());
        }
        for (int i = t.indexOf(',', from, to - 1); i >= 0; i = t.indexOf(',', i + 1, to - 1)) {
            Budget.check();
            ClauseVerbs.Match next = verbs.at(t, i + 1);
            if (next == null || !next.verb().opensPreambular()) {
                continue;
            }
            if (next.adverbContinues() && !seen.contains(next.verb().verb())) {
                continue;
            }
            out.add(new Slice(Paragraph.Kind.PREAMBULAR, out.size() + 1, start, start, i + 1, verb));
            start = i + 1;
            verb = next;
            seen.add(next.verb().verb());
        }
        out.add(new Slice(Paragraph.Kind.PREAMBULAR, out.size() + 1, start, start, to, verb));
        return out;
    }

    /** The verb that opens a paragraph, also after a short leading phrase ({@code 在这方面,又呼吁}). */
    ClauseVerbs.Match openingVerb(String t, int from, int to) {
        ClauseVerbs.Match v = verbs.at(t, from);
        if (v != null) {
            return v;
        }
        // only a comma within 12 characters counts: the search goes no further (a paragraph without one
        // would otherwise search on through every paragraph after it)
        int comma = t.indexOf(',', from, Math.min(t.length(), from + 13));
        if (comma > 0 && comma + 1 < to) {
            return verbs.at(t, comma + 1);
        }
        return null;
    }
}
