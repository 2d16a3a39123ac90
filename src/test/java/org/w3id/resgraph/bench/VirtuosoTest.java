package org.w3id.resgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class VirtuosoTest {
    @Test
    void onlyQueriesWithAGraphVariableTakeTheWayRoundTheUnionGraph() throws Exception {
        assertTrue(Virtuoso.rangesOverGraphs("SELECT * { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(Virtuoso.rangesOverGraphs("SELECT * { ?s ?p ?o FILTER NOT EXISTS { graph $g { ?s ?p ?o } } }"));
        assertFalse(Virtuoso.rangesOverGraphs("# GRAPH ?g in a comment\nSELECT * { GRAPH <http://g> { ?s ?p ?o } }"));
        assertFalse(Virtuoso.rangesOverGraphs("ASK {}"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("resgraph.home", ".")).resolve("queries"))) {
            List<String> named = files.filter(f -> f.toString().endsWith(".rq")).filter(f -> {
                try {
                    return Virtuoso.rangesOverGraphs(Files.readString(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString().substring(0, 2)).sorted().toList();
            assertEquals(List.of("13", "14"), named);
        }
    }
}
