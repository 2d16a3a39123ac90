package org.w3id.resgraph.extract.engine;

import java.util.List;

import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * A paragraph as the citation rules see it: its stretch of the view, its tokens, its clauses with the
 * verbs that open them, and what was found in it once for every rule: the organs named (gazetteer
 * matches, in view positions), the instruments and conferences named, and the dates.
 *
 * @param index the paragraph's index in the document's paragraphs
 */
public record Passage(LanguagePack pack, TextView view, Tokens tokens, int index, Paragraph.Kind kind, int start, int end,
                      List<Clause> clauses, List<NameMatch> organs, List<NameMatch> named,
                      List<LanguagePack.FoundDate> dates) {

    /** A clause verb found at view {@code [start, end)}. */
    public record VerbMatch(int start, int end, LanguagePack.Verb verb) {}

    /** A clause: view {@code [start, end)} and the verb that opens it (null when none is known). */
    public record Clause(int start, int end, VerbMatch verb) {}

    /** The clause that holds view position {@code at} (the first when {@code at} is before them all); clauses are in text order. */
    public Clause clauseAt(int at) {
        int lo = 0, hi = clauses.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return clauses.get(found);
    }

    /** The organ named at exactly view {@code [at, …)}, or null. */
    public NameMatch organAt(int at) {
        NameMatch m = organCovering(at);
        return m != null && m.start() == at ? m : null;
    }

    /** The organ whose name covers view position {@code at}, or null (the names are in text order and do not overlap). */
    public NameMatch organCovering(int at) {
        int i = last(organs.size(), k -> organs.get(k).start() <= at);
        return i >= 0 && at < organs.get(i).end() ? organs.get(i) : null;
    }

    /** The date that covers view position {@code at}, or null (the dates are in text order and do not overlap). */
    public LanguagePack.FoundDate dateCovering(int at) {
        int i = last(dates.size(), k -> dates.get(k).start() <= at);
        return i >= 0 && at < dates.get(i).end() ? dates.get(i) : null;
    }

    /** The date that starts exactly at view position {@code at}, or null. */
    public LanguagePack.FoundDate dateAt(int at) {
        LanguagePack.FoundDate d = dateCovering(at);
        return d != null && d.start() == at ? d : null;
    }

    /** The last index below {@code size} that {@code startsBefore} holds for (it holds for a prefix of the indexes), or -1. */
    private static int last(int size, java.util.function.IntPredicate startsBefore) {
        int lo = 0, hi = size - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (startsBefore.test(mid)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
