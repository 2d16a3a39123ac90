package org.w3id.resgraph.text;

/** A stretch of the original text of a document: {@code [start, end)} in UTF-16 units. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
