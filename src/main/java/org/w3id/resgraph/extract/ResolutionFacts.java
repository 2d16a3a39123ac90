package org.w3id.resgraph.extract;

import java.util.List;

import org.w3id.resgraph.read.Document;

/**
 * Everything extracted from one language version of a resolution; the input of the mapping stage.
 *
 * @param seriesTitles   the titles under which the text places itself in series of earlier
 *                       resolutions: its subject ("其关于<title>的…决议", "its previous resolutions on
 *                       <title>"), the mission whose mandate it extends ("mandate of MINUSMA")
 * @param descriptors    UNBIS descriptor labels as the source lists them
 * @param reportSession  the session a report on implementation is requested for, or null
 * @param reportFrom     who is asked to report, or null
 * @param mentions       organisations named anywhere in the text
 * @param warnings       what was odd but not fatal, for the user to see
 */
public record ResolutionFacts(Document document, Header header, List<Paragraph> paragraphs,
                              List<Citation> citations, List<String> seriesTitles, List<String> descriptors,
                              Integer reportSession, OrgRef reportFrom, List<OrgRef> mentions,
                              List<String> warnings) {}
