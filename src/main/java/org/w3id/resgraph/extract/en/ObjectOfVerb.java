package org.w3id.resgraph.extract.en;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reference is the object of the clause verb before it, which decides its relation:
 * in "Recalling its resolutions 53/72 … and 77/33" the resolutions are recalled; in "Recalling that
 * … in its resolution 78/47", "the Sendai Framework, adopted in resolution 69/283", "pursuant to
 * resolution 1540 (2004)" they are only referred to. The words between the verb and the phrase
 * that holds the reference decide: no subordinate clause, participle or preposition that moves the
 * reference out of the object, and not too far away.
 */
final class ObjectOfVerb {
    /** Words that open a clause or modifier the reference would then stand in. */
    private static final Pattern DETACHING = Pattern.compile("\\b(?:that|which|whereby|wherein|whose|who|where|when|whether"
            + "|pursuant|accordance|adopted|contained|reflected|endorsed|annexed|set out|established|entitled|referred"
            + "|requested|called|decided|as|under|through|by|according|following|since|until|after|before|within"
            + "|mandated|stipulated|expressed|outlined|provided|enshrined|proclaimed|launched|convened|held|context"
            + "|regarding|concerning|pending|while|if|although|because|to)\\b", Pattern.CASE_INSENSITIVE);
    /** A preposition right before the reference's phrase: "in its resolution", "by resolution". */
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("\\b(?:in|by|to|under|with|from|at|on)\\s*(?:its\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 40;
    /** Words that carry an object on past a detour: "…, and its resolutions", "…, in particular resolution". */
    private static final Pattern COORDINATED = Pattern.compile("(?:,? and|,? as well as|;) (?:its |the |all )?$");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?:,? in particular|,? including|,? notably|,? especially|the (?:most recent|latest|last) of which (?:is|are|being|was)) (?:its |the )?$");

    /** DETACHING's words but "as", "to" and "by", which the gap's rewriting may take away ("as well as", "2 to 5", "note by"). */
    private static final Pattern STRONG_DETACHING = Pattern.compile("\\b(?:that|which|whereby|wherein|whose|who|where|when|whether"
            + "|pursuant|accordance|adopted|contained|reflected|endorsed|annexed|set out|established|entitled|referred"
            + "|requested|called|decided|under|through|according|following|since|until|after|before|within"
            + "|mandated|stipulated|expressed|outlined|provided|enshrined|proclaimed|launched|convened|held|context"
            + "|regarding|concerning|pending|while|if|although|because)\\b", Pattern.CASE_INSENSITIVE);
    /** Longer than any word of STRONG_DETACHING. */
    private static final int LONGEST_STRONG = 20;
    /** The words the gap's rewriting removes or replaces: a word holding one of them may not survive it. */
    private static final List<String> REWRITTEN = List.of("as", "well", "to", "and", "by", "note", "report", "letter", "statement");
    /** Below this many characters between verb and reference, the plain test is cheap enough. */
    private static final int LONG_GAP = 400;

    private ObjectOfVerb() {}

    /**
     * {@link #relation(String, EnglishVerbs.Match, int, String)} for the references of one text, each
     * asked once: in a clause of a million references ("Recalling its resolution 1/1, … 1/1, …") the
     * words between the verb and each reference grow with the clause, and testing them afresh for every
     * reference is quadratic. For a long gap, what the verb's gap holds is read once, as far as the
     * references go, and two things that are enough to make a reference no object are looked up: a
     * detaching word that the rewriting of the gap cannot take away, or more than {@value #MAX_WORDS}
     * words that it cannot take away or join. Otherwise the plain test decides, as before.
     */
    static final class Gaps {
        private String text;
        private final Map<Integer, Gap> byVerbEnd = new HashMap<>();

        String relation(String t, EnglishVerbs.Match verb, int head, String generic) {
            if (verb == null || verb.relation() == null || head < verb.end()) {
                return generic;
            }
            if (head - verb.end() > LONG_GAP) {
                if (t != text) {
                    text = t;
                    byVerbEnd.clear();
                }
                Gap g = byVerbEnd.computeIfAbsent(verb.end(), Gap::new);
                g.readTo(t, head);
                if (g.detachedBefore(head) || g.wordsBefore(head) > MAX_WORDS) {
                    return generic;
                }
            }
            return ObjectOfVerb.relation(t, verb, head, generic);
        }
    }

    /** What the text after one verb holds, read as far as the references asked about so far. */
    private static final class Gap {
        private final int from;
        /** Read up to here (exclusive). */
        private int read;
        /** Where the word being read started (after a space), or -1 within a word cut by the gap's start. */
        private int wordStart = -1;
        /** Whole words so far that the rewriting leaves as words of their own. */
        private int words;
        /** The least head for which more than MAX_WORDS such words stand before it, or -1. */
        private int manyWordsFrom = -1;
        /** Where the search for a detaching word goes on, and the end of the first one found (-1: none yet). */
        private int searchFrom;
        private int detachedEnd = -1;

        Gap(int from) {
            this.from = from;
            this.read = from;
            this.searchFrom = from;
        }

        void readTo(String t, int head) {
            if (head <= read) {
                return;
            }
            for (int i = read; i < head; i++) {
                if (!isSpace(t.charAt(i))) {
                    continue;
                }
                if (wordStart >= 0 && wordStart < i && survives(t, wordStart, i)) {
                    words++;
                    if (words == MAX_WORDS + 1) {
                        manyWordsFrom = i + 1;
                    }
                }
                wordStart = i + 1;
            }
            if (detachedEnd < 0) {
                Matcher m = STRONG_DETACHING.matcher(t);
                m.useTransparentBounds(true);
                m.region(searchFrom, head);
                if (m.find()) {
                    detachedEnd = m.end();
                } else {
                    searchFrom = Math.max(from, head - LONGEST_STRONG);
                }
            }
            read = head;
        }

        /** Whether a detaching word that the rewriting keeps stands wholly before {@code head}. */
        boolean detachedBefore(int head) {
            return detachedEnd >= 0 && detachedEnd <= head;
        }

        /** At least how many words the rewritten gap up to {@code head} has (exactly known only when many). */
        int wordsBefore(int head) {
            return manyWordsFrom >= 0 && head >= manyWordsFrom ? MAX_WORDS + 1 : 0;
        }

        /**
         * Whether the word {@code [start, end)} stays a word of its own after the rewriting: it has no
         * digit and holds none of the words the rewriting takes (as a part of it, whatever its case).
         */
        private static boolean survives(String t, int start, int end) {
            for (int i = start; i < end; i++) {
                if (Character.isDigit(t.charAt(i))) {
                    return false;
                }
            }
            String w = t.substring(start, end).toLowerCase(Locale.ROOT);
            for (String r : REWRITTEN) {
                if (w.contains(r)) {
                    return false;
                }
            }
            return true;
        }

        /** The spaces {@code split("\\s+")} cuts at. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    /**
     * Whether the phrase at {@code head} continues the verb's object after a detour: coordinated
     * with an earlier reference ("…, which was established …, and its resolutions 78/41") or naming
     * one of the things the object holds ("the peace efforts …, in particular resolution 2773 (2025)").
     */
    static boolean extendsObject(String text, int verbEnd, int head) {
        String before = text.substring(Math.max(verbEnd, head - 60), head);
        return COORDINATED.matcher(before).find() || APPOSITIVE.matcher(before).find();
    }

    /** Whether the phrase at {@code head} names an item of the object ("in particular", "the most recent of which is"). */
    static boolean appositive(String text, int head) {
        return APPOSITIVE.matcher(text.substring(Math.max(0, head - 60), head)).find();
    }

    /**
     * The relation of a reference whose phrase starts at view {@code head}: the verb's when the
     * reference is its object, else {@code generic}.
     */
    static String relation(String text, EnglishVerbs.Match verb, int head, String generic) {
        if (verb == null || verb.relation() == null || head < verb.end()) {
            return generic;
        }
        String gap = text.substring(verb.end(), head).replaceAll("(?i)\\bas well as\\b", ",")
                .replaceAll("\\b\\d+ (?:to|and) \\d+\\b", "")                        // "paragraphs 2 to 5 of"
                .replaceAll("(?i)\\b(?:note|report|letter|statement)s? by\\b", "");  // "the note by the Secretariat"
        if (DETACHING.matcher(gap).find() || ENDS_IN_PREPOSITION.matcher(gap).find()
                || gap.split("\\s+").length > MAX_WORDS) {
            return generic;
        }
        return verb.relation();
    }
}
