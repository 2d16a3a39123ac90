package org.w3id.resgraph.extract.zh;

import java.util.List;

/**
 * One way Chinese resolutions refer to something. Rules run in order on each paragraph; what a
 * later rule finds where an earlier one already found something is dropped.
 */
interface CitationRule {

    /** The rule's name in provenance: {@code zh.resolution-list}. */
    String name();

    /** Adds what the rule finds in {@code p} to {@code out}; {@code earlier} holds what was found before. */
    void find(ParagraphText p, List<Found> earlier, List<Found> out);
}
