package org.w3id.resgraph.extract.zh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.resgraph.gazetteer.DataFile;

/**
 * The Chinese clause verbs, the adverbs that may precede them and the conjunctions that carry a verb
 * on into the next clause, read from {@code clause-verbs.tsv}, {@code adverbs.tsv} and
 * {@code conjunctions.tsv}. Matching is on normalised text and takes the longest verb: {@code 赞赏地注意到} before {@code 注意到}.
 */
final class ClauseVerbs {
    private static final String DIR = "org/w3id/resgraph/extract/zh/";

    /** Where a verb opens paragraphs. */
    enum Position { PREAMBULAR, OPERATIVE, BOTH }

    /** A lexicon entry: the verb, where it opens paragraphs, the citation relation (null: none). */
    record Verb(String verb, Position position, String relation, String english) {
        boolean opensPreambular() {
            return position != Position.OPERATIVE;
        }
    }

    /** A verb found in text at normalised {@code [start, end)}, with its adverb (or null). */
    record Match(int start, int end, String adverb, boolean adverbContinues, Verb verb) {
        /** The words as a clause verb: adverb and verb, {@code 又回顾}. */
        String words() {
            return adverb == null ? verb.verb() : adverb + verb.verb();
        }
    }

    private static final ClauseVerbs STANDARD = new ClauseVerbs(
            DataFile.readTsv(DIR + "clause-verbs.tsv", 4), DataFile.readTsv(DIR + "adverbs.tsv", 2),
            DataFile.readTsv(DIR + "conjunctions.tsv", 1));

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Map<String, Boolean> adverbs = new HashMap<>();
    private final List<String> conjunctions = new ArrayList<>();
    private int longest;

    ClauseVerbs(List<String[]> verbRows, List<String[]> adverbRows, List<String[]> conjunctionRows) {
        for (String[] r : conjunctionRows) {
            conjunctions.add(r[0]);
        }
        for (String[] r : verbRows) {
            String relation = r[2].equals("-") ? null : r[2];
            verbs.put(r[0], new Verb(r[0], Position.valueOf(r[1].toUpperCase()), relation, r[3]));
            longest = Math.max(longest, r[0].length());
        }
        for (String[] r : adverbRows) {
            adverbs.put(r[0], r[1].equals("continues"));
        }
    }

    static ClauseVerbs standard() {
        return STANDARD;
    }

    /** The verb (with an optional one-character adverb) that starts exactly at {@code at}, or null. */
    Match at(String text, int at) {
        Verb v = longestVerb(text, at);
        if (v != null) {
            return new Match(at, at + v.verb().length(), null, false, v);
        }
        if (at < text.length()) {
            String adverb = text.substring(at, at + 1);
            Boolean continues = adverbs.get(adverb);
            if (continues != null) {
                Verb after = longestVerb(text, at + 1);
                if (after != null) {
                    return new Match(at, at + 1 + after.verb().length(), adverb, continues, after);
                }
            }
        }
        return null;
    }

    /** Whether a conjunction that carries on the previous clause's verb starts at {@code at}. */
    boolean joinsAt(String text, int at) {
        return conjunctions.stream().anyMatch(c -> text.startsWith(c, at));
    }

    private Verb longestVerb(String text, int at) {
        for (int len = Math.min(longest, text.length() - at); len > 0; len--) {
            Verb v = verbs.get(text.substring(at, at + len));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
