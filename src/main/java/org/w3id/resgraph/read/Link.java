package org.w3id.resgraph.read;

import java.util.Optional;

/**
 * A hyperlink the source format itself carries (AKN4UN's {@code <a href="https://undocs.org/…">}, or
 * {@code https://docs.un.org/…} from 2025 on): its anchor text at {@code [start, end)} of
 * {@link Document#text()}, and its target.
 */
public record Link(int start, int end, String href) {
    /** The symbol of the UN document the link points to, as written, when it points to one ({@link UnDocumentLink}). */
    public Optional<String> unDocument() {
        return UnDocumentLink.symbol(href);
    }
}
