package org.w3id.resgraph.extract.zh;

import org.w3id.resgraph.extract.Cited;

/** A reference a rule found at normalised {@code [start, end)}. */
record Found(int start, int end, Cited target, String rule) {

    boolean overlaps(Found other) {
        return start < other.end && other.start < end;
    }
}
