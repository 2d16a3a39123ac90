package org.w3id.resgraph.extract.engine;

import java.util.List;

/**
 * One way resolutions refer to something, in any language its pack describes. Rules run in order on
 * each paragraph; what a later rule finds where an earlier one already found something is dropped.
 *
 * <pre>{@code
 * List<Reference> out = new ArrayList<>();
 * new ResolutionLists(gazetteer).find(passage, List.of(), out);
 * }</pre>
 */
public interface CitationRule {

    /** The rule's name in provenance: {@code resolution-list}, written with the language: {@code fr.resolution-list}. */
    String name();

    /** Adds what the rule finds in {@code p} to {@code out}; {@code earlier} holds what earlier rules found there. */
    void find(Passage p, List<Reference> earlier, List<Reference> out);
}
