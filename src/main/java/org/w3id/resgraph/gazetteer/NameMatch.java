package org.w3id.resgraph.gazetteer;

/** A gazetteer name found in a text, at {@code [start, end)} of the text searched. */
public record NameMatch(int start, int end, Entry entry) {}
