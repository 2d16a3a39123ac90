package org.w3id.resgraph.extract.zh;

import java.util.List;

/**
 * One paragraph as the citation rules see it: normalised text of the whole body, the paragraph's
 * bounds in it, and its clauses (in text order, not overlapping).
 */
record ParagraphText(String text, int start, int end, List<Clause> clauses, int index) {

    /** A stretch between commas or semicolons, with the verb that opens it (or null). */
    record Clause(int start, int end, ClauseVerbs.Match verb) {}

    /**
     * The clause holding normalised position {@code at}, else the last one. The clauses are in text
     * order and do not overlap, so only the last clause starting at or before {@code at} can hold it:
     * found by bisection, as a paragraph may have millions of clauses.
     */
    Clause clauseAt(int at) {
        int lo = 0, hi = clauses.size() - 1, candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid).start() <= at) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (candidate >= 0 && at < clauses.get(candidate).end()) {
            return clauses.get(candidate);
        }
        return clauses.get(clauses.size() - 1);
    }
}
