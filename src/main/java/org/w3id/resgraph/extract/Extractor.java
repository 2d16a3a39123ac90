package org.w3id.resgraph.extract;

import org.w3id.resgraph.read.Document;

/**
 * Extracts the facts of a resolution text in one language. One implementation per language, found
 * through {@link Extractors}.
 */
public interface Extractor {

    /** ISO 639-1 code of the language this extractor reads. */
    String language();

    ResolutionFacts extract(Document document) throws ExtractException;
}
