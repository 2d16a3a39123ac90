package org.w3id.resgraph.extract;

import org.w3id.resgraph.text.Span;

/**
 * A paragraph of a resolution.
 *
 * @param kind       preambular or operative
 * @param number     preambular paragraphs are counted from 1; operative ones carry their printed number
 * @param clauseVerb the opening verb with its adverb ({@code 又回顾}), or null when none is known
 * @param text       the paragraph text for readers (in Chinese without segmentation spaces)
 * @param span       where it stands in the original text
 */
public record Paragraph(Kind kind, int number, String clauseVerb, String text, Span span) {

    public enum Kind {
        PREAMBULAR("pp"), OPERATIVE("op");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The IRI segment of this kind: {@code pp} or {@code op}. */
        public String path() {
            return path;
        }
    }
}
