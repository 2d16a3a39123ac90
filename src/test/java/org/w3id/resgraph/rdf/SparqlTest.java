package org.w3id.resgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.lineage.Lineage;

/** Queries from files, with values put in as terms: a quote in a value is part of the literal, not of the query. */
class SparqlTest {
    private static final String BY_IDENTIFIER = """
            # Who has the identifier $id (this $word in a comment is no parameter).
            SELECT ?who WHERE { ?who <http://purl.org/dc/terms/identifier> $id }""";

    private static Dataset dataset(String... identifiers) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            Model m = ds.getDefaultModel();
            for (int i = 0; i < identifiers.length; i++) {
                m.add(m.createResource("urn:x:" + i), m.createProperty("http://purl.org/dc/terms/identifier"), identifiers[i]);
            }
        });
        return ds;
    }

    @Test
    void aValueWithQuotesAndBackslashesIsOneLiteral() {
        String hostile = "A/RES/1\" } ?who ?p ?o . { \\";
        Dataset ds = dataset(hostile, "A/RES/2");
        List<QuerySolution> found = Txn.calculateRead(ds,
                () -> Sparql.select(ds, BY_IDENTIFIER, Map.of("id", ResourceFactory.createStringLiteral(hostile))));
        assertEquals(1, found.size());
        assertEquals("urn:x:0", found.get(0).getResource("who").getURI());
    }

    @Test
    void aParameterLeftWithoutAValueIsRefusedRatherThanMatchingEverything() {
        Dataset ds = dataset("A/RES/1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Txn.calculateRead(ds, () -> Sparql.select(ds, BY_IDENTIFIER)));
        assertTrue(e.getMessage().contains("$id"), e.getMessage());
        assertEquals(Set.of("id"), Sparql.parameters(BY_IDENTIFIER));
    }

    @Test
    void loadsAQueryBesideItsClassAndSaysWhichOneIsMissing() {
        assertTrue(Sparql.load(Lineage.class, "series-members.rq").startsWith("# "), "a query file opens with what it answers");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Sparql.load(Lineage.class, "nothing.rq"));
        assertTrue(e.getMessage().contains("nothing.rq") && e.getMessage().contains("Lineage"), e.getMessage());
    }

    @Test
    void everyQueryFileOfTheCodeSaysWhatItAnswersAndParses() throws IOException {
        Path resources = Path.of(System.getProperty("resgraph.home", ".")).resolve("src/main/resources/org/w3id/resgraph");
        List<Path> files;
        try (Stream<Path> all = Files.walk(resources)) {
            files = all.filter(f -> f.getFileName().toString().endsWith(".rq")).toList();
        }
        assertTrue(files.size() >= 19, files.toString());
        for (Path f : files) {
            String query = Files.readString(f);
            assertTrue(query.startsWith("# ") && query.lines().findFirst().orElseThrow().length() > 20, f + " opens with no comment");
            QueryFactory.create(query);
        }
    }
}
