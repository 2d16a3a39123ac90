package org.w3id.resgraph.extract.engine;

import org.w3id.resgraph.extract.Cited;

/**
 * What a {@link CitationRule} finds: a reference at view {@code [start, end)} of a {@link Passage},
 * the thing it cites, and the rule.
 */
public record Reference(int start, int end, Cited target, String rule) {

    public boolean overlaps(Reference other) {
        return start < other.end && other.start < end;
    }
}
