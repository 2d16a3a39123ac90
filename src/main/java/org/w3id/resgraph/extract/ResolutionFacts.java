package org.w3id.resgraph.extract;

import java.util.List;

import org.w3id.resgraph.read.Document;

/**
 * Everything extracted from one language version of a resolution; the input of the mapping stage.
 *
 * @param seriesTitle    the title under which the text places itself in a series of earlier
 *                       resolutions ("其关于<title>的…决议"), or null
 * @param descriptors    UNBIS descriptor labels as the source lists them
 * @param reportSession  the session a report on implementation is requested for, or null
 * @param reportFrom     who is asked to report, or null
 * @param mentions       organisations named anywhere in the text
 * @param warnings       what was odd but not fatal, for the user to see
 */
public record ResolutionFacts(Document document, Header header, List<Paragraph> paragraphs,
                              List<Citation> citations, String seriesTitle, List<String> descriptors,
                              Integer reportSession, OrgRef reportFrom, List<OrgRef> mentions,
                              List<String> warnings) {}
