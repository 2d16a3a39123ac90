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

    /** The clause that holds view position {@code at}. */
    public Clause clauseAt(int at) {
        Clause found = clauses.get(0);
        for (Clause c : clauses) {
            if (c.start() <= at) {
                found = c;
            }
        }
        return found;
    }

    /** The organ named at exactly view {@code [at, …)}, or null. */
    public NameMatch organAt(int at) {
        for (NameMatch m : organs) {
            if (m.start() == at) {
                return m;
            }
        }
        return null;
    }

    /** The organ whose name covers view position {@code at}, or null. */
    public NameMatch organCovering(int at) {
        for (NameMatch m : organs) {
            if (m.start() <= at && at < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The date that covers view position {@code at}, or null. */
    public LanguagePack.FoundDate dateCovering(int at) {
        for (LanguagePack.FoundDate d : dates) {
            if (d.start() <= at && at < d.end()) {
                return d;
            }
        }
        return null;
    }
}
