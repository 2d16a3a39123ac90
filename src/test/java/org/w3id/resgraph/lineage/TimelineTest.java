package org.w3id.resgraph.lineage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The timeline drawings hold every member, and text from the data never becomes markup. */
class TimelineTest {
    private static final List<Lineage.Series> SERIES = List.of(new Lineage.Series("https://w3id.org/resgraph/id/series/x",
            List.of("Industrial <script>alert(1)</script> cooperation"),
            List.of(new Lineage.Member("A/RES/57/243", LocalDate.of(2002, 12, 20), null, false, 0, 1, null),
                    new Lineage.Member("A/RES/59/249", LocalDate.of(2004, 12, 22), "t", true, 7, 0,
                            new Lineage.Step(List.of("a", "b", "c"), List.of("d"), 2, List.of())))));

    @Test
    void svgHoldsEveryMemberAndEscapesLabels() {
        String svg = Timeline.svg("A/RES/59/249", SERIES);
        assertTrue(svg.contains(">A/RES/57/243<") && svg.contains(">A/RES/59/249<") && svg.contains("2004-12-22"), svg);
        assertFalse(svg.contains("<script>"), "a label became markup");
        assertTrue(svg.contains("&lt;script&gt;"));
        assertTrue(svg.contains("+3 −1"), "the step's added and dropped counts");
    }

    @Test
    void dotLinksTheMembersInOrder() {
        String dot = Timeline.dot("A/RES/59/249", SERIES);
        assertTrue(dot.startsWith("digraph lineage {"), dot);
        assertTrue(dot.indexOf("A/RES/57/243") < dot.indexOf("A/RES/59/249"), dot);
        assertTrue(dot.contains("->"), dot);
    }
}
