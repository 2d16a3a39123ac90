package org.w3id.resgraph.extract.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.resgraph.gazetteer.DataFile;

/**
 * The English clause verbs ({@code clause-verbs.tsv}) and the adverbs around them
 * ({@code adverbs.tsv}): "Recalling also", "Further requests", "Taking note with appreciation of".
 * Matching ignores case and takes the longest phrase, on text whose spaces are single.
 */
final class EnglishVerbs {
    private static final String DIR = "org/w3id/resgraph/extract/en/";

    /** A verb phrase and what it does to a citation that is its object. */
    record Verb(String phrase, boolean preambular, String relation) {}

    /** A verb found at {@code [start, end)} (adverbs included), in the words of the text. */
    record Match(int start, int end, String words, Verb verb) {
        /** The rg: relation for a citation that is this verb's object, or null when the verb does not cite. */
        String relation() {
            return verb.relation();
        }
    }

    private static final EnglishVerbs STANDARD = new EnglishVerbs(DataFile.readTsv(DIR + "clause-verbs.tsv", 3),
            DataFile.readTsv(DIR + "adverbs.tsv", 2));

    private final Map<String, Verb> preambular = new HashMap<>(), operative = new HashMap<>();
    private final List<String> before = new ArrayList<>(), after = new ArrayList<>();
    private int longest;

    EnglishVerbs(List<String[]> verbRows, List<String[]> adverbRows) {
        for (String[] r : verbRows) {
            boolean pre = r[1].equals("preambular");
            Verb v = new Verb(r[0], pre, r[2].equals("-") ? null : r[2]);
            (pre ? preambular : operative).put(r[0], v);
            longest = Math.max(longest, r[0].length());
        }
        for (String[] r : adverbRows) {
            if (!r[1].equals("after")) {
                before.add(r[0]);
            }
            if (!r[1].equals("before")) {
                after.add(r[0]);
            }
        }
        before.sort((a, b) -> b.length() - a.length());
        after.sort((a, b) -> b.length() - a.length());
    }

    static EnglishVerbs standard() {
        return STANDARD;
    }

    /**
     * The verb phrase that starts exactly at {@code at} (a preambular one when {@code preambular}),
     * with adverbs before and after it, or null. The phrase must end at a word boundary.
     */
    Match at(String text, int at, boolean preambular) {
        int i = at;
        String adverb = phraseAt(text, i, before);
        if (adverb != null && text.startsWith(" ", i + adverb.length())) {
            i += adverb.length() + 1;
        }
        Map<String, Verb> verbs = preambular ? this.preambular : operative;
        Verb found = null;
        int end = -1;
        for (int len = Math.min(longest, text.length() - i); len > 0; len--) {
            if (!boundary(text, i + len)) {
                continue;
            }
            Verb v = verbs.get(text.substring(i, i + len).toLowerCase(Locale.ROOT));
            if (v != null) {
                found = v;
                end = i + len;
                break;
            }
        }
        if (found == null) {
            return adverb == null ? null : at(text, at + adverb.length() + 1, preambular);
        }
        int j = end;
        while (j < text.length()) {
            int k = j;
            if (text.startsWith(", ", k)) {
                k += 2;
            } else if (text.startsWith(" ", k)) {
                k += 1;
            } else {
                break;
            }
            String a = phraseAt(text, k, after);
            if (a == null) {
                break;
            }
            j = k + a.length();
            if (text.startsWith(",", j)) {
                j++;
            }
        }
        return new Match(at, j, text.substring(at, j).replaceAll(",$", ""), found);
    }

    private static String phraseAt(String text, int at, List<String> phrases) {
        for (String p : phrases) {
            // the length first: String.regionMatches would say false anyway, but fuzzers' hooks on it do not all cope
            if (at + p.length() <= text.length() && text.regionMatches(true, at, p, 0, p.length()) && boundary(text, at + p.length())) {
                return p;
            }
        }
        return null;
    }

    private static boolean boundary(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }
}
