package org.w3id.resgraph.read;

/**
 * A hyperlink the source format itself carries (AKN4UN's {@code <a href="https://undocs.org/…">}):
 * its anchor text at {@code [start, end)} of {@link Document#text()}, and its target.
 */
public record Link(int start, int end, String href) {}
