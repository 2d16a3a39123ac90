package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.store.Store;

/** The queries of the pages: files beside {@code Pages}, each saying what it answers, parsed once, values put in as RDF terms. */
class PageQueriesTest {

    private static List<Path> files() throws IOException, URISyntaxException {
        Path folder = Path.of(PageQueries.class.getResource("Pages.class").toURI()).getParent();
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void everyQueryParsesAndOpensWithWhatItAnswers() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 15, files.toString());
        for (Path f : files) {
            String name = f.getFileName().toString().replaceAll("\\.rq$", "");
            String text = PageQueries.text(name);
            assertTrue(text.startsWith("# ") && text.lines().findFirst().orElseThrow().length() > 20, name + " opens with a comment that says what it answers");
            assertTrue(PageQueries.query(name) == PageQueries.query(name), name + " is parsed once");
        }
    }

    @Test
    void valuesAreTermsNeverQueryText() {
        Dataset ds = Store.inMemory();
        String iri = "https://w3id.org/resgraph/id/org/x";
        Txn.executeWrite(ds, () -> {
            ds.asDatasetGraph().add(NodeFactory.createURI("https://w3id.org/resgraph/graph/x"), NodeFactory.createURI(iri),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("Say \"hello\" } \\", "en"));
        });
        Txn.executeRead(ds, () -> {
            // a language that would close the string and the pattern if it were spliced into the text
            List<QuerySolution> rows = PageQueries.select(ds, "name", Map.of("resource", ResourceFactory.createResource(iri),
                    "lang", ResourceFactory.createStringLiteral("en\")) } UNION { ?resource ?p ?n } #")));
            assertEquals(1, rows.size());
            assertEquals("Say \"hello\" } \\", rows.get(0).getLiteral("n").getLexicalForm());
            // the words of a search, quotes and backslashes in them, go to the index as they are
            List<QuerySolution> hits = PageQueries.select(ds, "search-hits", Map.of("query", ResourceFactory.createStringLiteral("\"say hello\""),
                    "hits", ResourceFactory.createTypedLiteral(10)));
            assertEquals(iri, hits.get(0).getResource("r").getURI());
        });
        assertFalse(PageQueries.text("search-hits").contains("say hello"));
        ds.close();
    }
}
