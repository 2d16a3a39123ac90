package org.w3id.resgraph.extract;

import org.w3id.resgraph.text.Span;

/**
 * One place where a resolution cites something.
 *
 * @param paragraph  index into {@link ResolutionFacts#paragraphs()}
 * @param target     what is cited
 * @param relation   local name of the rg: property ({@code recalls}, or {@code refersTo} when the
 *                   target is not the object of a citing verb)
 * @param clauseVerb the verb that governs the citation, or null
 * @param span       the exact words in the original text
 * @param rule       the extraction rule that found it
 */
public record Citation(int paragraph, Cited target, String relation, String clauseVerb, Span span, String rule) {}
