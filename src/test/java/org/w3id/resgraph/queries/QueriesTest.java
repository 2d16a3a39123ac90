package org.w3id.resgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/**
 * Runs every example query of {@code queries/} against the demo data — the whole sample corpus
 * loaded by {@link Loader} into an in-memory {@link Store} (one named graph per document language
 * version, the ontology, reference and UNBIS graphs, the text index, and the union of all graphs as
 * the default graph, as the server serves it) — and checks what the query file says it returns.
 *
 * <p>A query file reads: {@code # Question: …} on its first line, then any comment lines that
 * explain it, the PREFIXes it needs, the query, and then its expectations, one comment line each:
 *
 * <pre>
 * # Expect: 6 rows                      also "at least 6 rows", "at most 6 rows", "no rows"
 * # Expect: true                        the answer of an ASK query ("false")
 * # Expect row: ?cited = "A/RES/46/151" ; ?date = "1991-12-18"^^xsd:date
 *                                       some row binds each variable named to its term
 * # Expect row 1: ?n = 120              the first row does (rows count from 1)
 * # Expect no row: ?cited = "A/RES/59/249"
 *                                       no row binds all of them so
 * # Expect order: ?cited = "A/RES/46/151" , "A/RES/49/108" , "A/RES/51/170"
 *                                       each value is bound to the variable in some row, and
 *                                       the first rows binding them come in this order
 * </pre>
 *
 * Terms are written as in SPARQL and read with the query's own prefixes, and {@code xsd:}:
 * {@code event:ffd-2002-monterrey}, {@code "工业发展"@zh}, {@code "1991-12-18"^^xsd:date}, {@code 6}; a
 * literal matches any literal of equal value. Expectations are facts of the sample texts, each
 * checked against the text it comes from; the comments above them say where.
 *
 * <p>Queries read the default graph, the union of all graphs. A query that looks into named graphs
 * (GRAPH, FROM NAMED) must say why on a {@code # Named graphs: …} line: only provenance and
 * comparisons between languages need them.
 */
class QueriesTest {
    static final Path FOLDER = Path.of(System.getProperty("resgraph.home", ".")).resolve("queries");
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(List.of(Fixtures.corpus("").toString()), System.in, problems);
        assertEquals(List.of(), problems);
        dataset = Store.inMemory();
        Loader.Summary summary = Loader.load(dataset, inputs, Gazetteer.DEFAULT_BASE);
        assertEquals(List.of(), summary.failures(), "the whole sample corpus loads");
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersAsItsFileSays() throws IOException {
        return files().stream().map(f ->
                DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> run(QueryFile.read(f))));
    }

    /**
     * A query rewritten to read the counts {@code load} makes (graph {@code {base}graph/statistics}),
     * or to be evaluated in a cheaper order, keeps in its comment the query it was: both give the same
     * rows.
     */
    @TestFactory
    Stream<DynamicTest> everyRewrittenQueryGivesTheRowsItGaveBefore() throws IOException {
        return files().stream().map(QueryFile::read).filter(f -> f.asItWas() != null).map(f ->
                DynamicTest.dynamicTest(f.name(), () -> {
                    Query rewritten = QueryFactory.create(f.sparql()), was = QueryFactory.create(f.asItWas());
                    Expectation.Results now = execute(rewritten), before = execute(was);
                    assertEquals(before.vars(), now.vars(), f.name());
                    assertFalse(now.rows().isEmpty(), f.name());
                    assertEquals(sorted(before.rows(), joined(was)), sorted(now.rows(), joined(rewritten)), f.name());
                }));
    }

    @Test
    void theQueriesRewrittenForSpeedKeepWhatTheyWere() throws IOException {
        List<String> rewritten = files().stream().map(QueryFile::read).filter(f -> f.asItWas() != null).map(QueryFile::name).toList();
        assertEquals(List.of("03-conferences-by-reaffirmations.rq", "04-exact-words-of-citations.rq",
                "07-descriptors-that-occur-together.rq", "08-chinese-texts-by-unbis-subject.rq",
                "11-resolutions-citing-security-council-resolutions.rq",
                "12-security-council-resolutions-in-english-and-chinese.rq",
                "13-citations-whose-relation-differs-between-chinese-and-english.rq",
                "15-most-cited-resolutions.rq", "16-where-and-when-conferences-were-held.rq",
                "19-what-each-step-of-a-series-added-and-dropped.rq", "21-verbs-citing-an-instrument-year-by-year.rq"), rewritten);
    }

    /**
     * The rows as sorted strings; the values of {@code joined} (GROUP_CONCAT results, whose order SPARQL
     * leaves open) with their space-separated parts sorted.
     */
    private static List<String> sorted(List<Map<String, Node>> rows, java.util.Set<String> joined) {
        return rows.stream().map(r -> {
            java.util.TreeMap<String, Object> row = new java.util.TreeMap<>(r);
            for (String v : joined) {
                Node n = r.get(v);
                if (n != null && n.isLiteral()) {
                    row.put(v, java.util.Arrays.stream(n.getLiteralLexicalForm().split(" ")).sorted().toList());
                }
            }
            return row.toString();
        }).sorted().toList();
    }

    /** The variables a query projects a GROUP_CONCAT to. */
    private static java.util.Set<String> joined(Query query) {
        java.util.Set<org.apache.jena.sparql.core.Var> concatenated = new java.util.HashSet<>();
        for (org.apache.jena.sparql.expr.ExprAggregator a : query.getAggregators()) {
            if (a.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat
                    || a.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct) {
                concatenated.add(a.getVar());
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        query.getProject().forEachExpr((v, e) -> {
            if (e instanceof org.apache.jena.sparql.expr.ExprAggregator a ? concatenated.contains(a.getVar())
                    : e.isVariable() && concatenated.contains(e.asVar())) {
                out.add(v.getVarName());
            }
        });
        return out;
    }

    private static void run(QueryFile file) {
        assertFalse(file.expectations().isEmpty(), file.name() + " states no '# Expect' about its results");
        assertTrue(!file.usesNamedGraphs() || file.namedGraphsExplained(), file.name()
                + " reads named graphs without a '# Named graphs:' line saying why; the default graph is the union of all");
        Query query = QueryFactory.create(file.sparql());
        Expectation.Results results = execute(query);
        List<String> problems = new ArrayList<>();
        for (Expectation e : file.expectations()) {
            String problem = e.check(results);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            fail(file.name() + " (" + file.question() + "):\n" + String.join("\n", problems));
        }
    }

    static Expectation.Results execute(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                var prefixes = query.getPrefixMapping();
                if (query.isAskType()) {
                    return new Expectation.Results(List.of(), List.of(), qe.execAsk(), prefixes);
                }
                if (!query.isSelectType()) {
                    throw new IllegalArgumentException("the example queries are SELECT or ASK");
                }
                ResultSet rs = qe.execSelect();
                List<Map<String, Node>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    Map<String, Node> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                }
                return new Expectation.Results(rs.getResultVars(), rows, null, prefixes);
            }
        });
    }

    @Test
    void theFolderTeachesTheVocabularyWithAtLeastTwelveQuestions() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 12, "only " + files.size() + " queries in " + FOLDER);
        for (Path f : files) {
            QueryFile q = QueryFile.read(f);
            assertTrue(q.question().endsWith("?"), q.name() + ": the question is one sentence ending in '?'");
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        Expectation.Results r = execute(QueryFactory.create("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                ASK { ?a dcterms:identifier "A/RES/59/249" . ?b dcterms:identifier "S/RES/2505(2020)" .
                      rg:Resolution rdfs:label "决议"@zh }"""));
        assertTrue(r.ask(), "two document graphs and the ontology graph are all seen in the default graph");
    }

    @Test
    void expectationsReadAsDocumented() {
        QueryFile q = QueryFile.parse("x.rq", """
                # Question: Which?
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                SELECT ?a ?n WHERE { VALUES (?a ?n) { ("x; y" 2) (rg:b 10) ("z"@zh 3) } } # a GRAPH in a comment
                # Expect: 3 rows
                # Expect: at least 2 rows
                # Expect row: ?a = "x; y" ; ?n = 2
                # Expect row 2: ?a = rg:b
                # Expect no row: ?a = "z"@en
                # Expect order: ?a = "x; y" , "z"@zh
                """);
        assertEquals(6, q.expectations().size());
        assertFalse(q.usesNamedGraphs());
        Expectation.Results r = execute(QueryFactory.create(q.sparql()));
        for (Expectation e : q.expectations()) {
            assertNull(e.check(r), e.toString());
        }
        assertTrue(Expectation.parse(": 4 rows").check(r) != null);
        assertTrue(Expectation.parse("order: ?a = \"z\"@zh , rg:b").check(r) != null);
        assertTrue(QueryFile.parse("y.rq", "# Question: Where?\nSELECT * { GRAPH ?g { ?s ?p ?o } }").usesNamedGraphs());
    }
}
