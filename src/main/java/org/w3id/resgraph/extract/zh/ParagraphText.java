package org.w3id.resgraph.extract.zh;

import java.util.List;

/**
 * One paragraph as the citation rules see it: normalised text of the whole body, the paragraph's
 * bounds in it, and its clauses.
 */
record ParagraphText(String text, int start, int end, List<Clause> clauses, int index) {

    /** A stretch between commas or semicolons, with the verb that opens it (or null). */
    record Clause(int start, int end, ClauseVerbs.Match verb) {}

    /** The clause holding normalised position {@code at}. */
    Clause clauseAt(int at) {
        for (Clause c : clauses) {
            if (at >= c.start() && at < c.end()) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
