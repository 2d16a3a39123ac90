package org.w3id.resgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Census;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.text.Sha256;

/**
 * The server over HTTP on loopback, as a client sees it: answers, a union default graph, the query
 * timeout, no updates, no SERVICE to other hosts; and the database survives a restart unchanged.
 */
@Timeout(120)
class ServerTest {
    private static final String PREFIXES = "PREFIX rg: <https://w3id.org/resgraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static Dataset dataset;

    @BeforeAll
    static void start() {
        Path db = dir.resolve("db");
        dataset = Store.open(db);
        Loader.load(dataset, inputs(), Gazetteer.DEFAULT_BASE);
        server = Server.start(dataset, 0, true, 2_000);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (dataset != null) {
            dataset.close();
        }
    }

    private static List<Inputs.Input> inputs() {
        return Inputs.expand(List.of(Fixtures.path(Fixtures.SEED).toString(),
                Fixtures.corpus("sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml").toString(),
                Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml").toString()), System.in, new ArrayList<>());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return query(HTTP, sparql);
    }

    /**
     * A client of its own, for requests the server refuses or cuts off: it may close such a connection
     * after answering, and the shared client, taking it up again for the next test, would get nothing.
     */
    private static HttpClient alone() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> queryAlone(String sparql) throws Exception {
        return query(alone(), sparql);
    }

    private static HttpResponse<String> query(HttpClient http, String sparql) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Server.endpoint(server)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersOverHttpFromTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = query(PREFIXES + "SELECT ?cited WHERE { ?r dcterms:identifier \"A/RES/59/249\" ; rg:recalls ?c . "
                + "?c dcterms:identifier ?cited } ORDER BY ?cited");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("A/RES/46/151") && r.body().contains("A/RES/57/243"), r.body());
        assertTrue(server.getPort() > 0);
    }

    @Test
    void findsChineseAndEnglishWordsInTheTextIndex() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> " + PREFIXES
                + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p text:query (rg:text '%s') }";
        for (String word : List.of("工业", "Hodeidah")) {
            HttpResponse<String> r = query(q.formatted(word));
            assertEquals(200, r.statusCode(), r.body());
            long n = Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip());
            assertTrue(n > 0, word + " found nowhere: " + r.body());
        }
    }

    @Test
    void refusesAnUpdateSentToTheQueryEndpoint() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Server.endpoint(server)))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        HttpResponse<String> response = alone().send(r, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400, "an update was accepted: " + response.statusCode());
        assertEquals("false", query("ASK { <urn:a> <urn:b> <urn:c> }").body().lines().skip(1).findFirst().orElse("").strip()
                .toLowerCase(), "the update changed the data");
    }

    @Test
    void refusesLoadOfARemoteDocumentAndEveryUpdateEndpoint() throws Exception {
        for (String path : List.of("", "/update", "/sparql")) {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + Server.NAME + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("LOAD <http://example.org/data.ttl>")).build();
            int status = alone().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status >= 400, Server.NAME + path + " accepted LOAD: " + status);
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        List<java.net.InetAddress> others = new ArrayList<>();
        for (java.net.NetworkInterface n : Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress a : Collections.list(n.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) {
                    others.add(a);
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "this machine has no address but loopback");
        for (java.net.InetAddress a : others) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(a, server.getPort()), 2000);
                throw new AssertionError("the server answers on " + a.getHostAddress());
            } catch (java.io.IOException expected) {
                // refused: nothing listens there
            }
        }
    }

    @Test
    void refusesServiceCallsToOtherHosts() throws Exception {
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertNotEquals(200, r.statusCode(), "a SERVICE call went out: " + r.body());
    }

    @Test
    void stopsAQueryThatRunsPastTheTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = queryAlone("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertNotEquals(200, r.statusCode(), "the query was not stopped");
        assertTrue(seconds < 20, "stopped only after " + seconds + " s");
    }

    @Test
    void cutsOffAStreamingAnswerThatRunsPastTheTimeoutAndSaysSo() throws Exception {
        // rows go out as they are made (the response buffer is small), so the timeout comes after the
        // 200 has been sent: the answer must still end, and end with Fuseki's note that it is incomplete
        // (which also leaves a CSV row or a JSON document no client takes for whole)
        long started = System.nanoTime();
        HttpResponse<String> r = queryAlone("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(200, r.statusCode(), "the first rows were not streamed");
        assertTrue(r.body().length() > Server.RESPONSE_BUFFER, "only " + r.body().length() + " characters came");
        assertTrue(seconds < 20, "the answer ran on for " + seconds + " s");
        String end = r.body().substring(r.body().length() - 200);
        assertTrue(end.contains("Query cancelled due to timeout") && end.contains("Incomplete results"), end);
    }

    @Test
    void aLoadLeavesTheOptimiserStatisticsOfTheUnionOfTheGraphs() throws Exception {
        Path file = dir.resolve("db/tdb2/Data-0001/stats.opt");
        assertTrue(Files.isRegularFile(file), "no " + file);
        String stats = Files.readString(file);
        // each triple once, however many graphs state it: what a query over the union default graph counts
        Map<String, String> counted = Map.of(
                "(count %d)", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                "(<http://purl.org/spar/cito/cites> %d)", "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://purl.org/spar/cito/cites> ?o }",
                "<https://w3id.org/resgraph/ontology#Resolution>)\n   %d)", "SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Resolution }");
        for (Map.Entry<String, String> c : counted.entrySet()) {
            HttpResponse<String> r = query(PREFIXES + c.getValue());
            long n = Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
            assertTrue(n > 1, c.getValue() + ": " + n);
            assertTrue(stats.contains(c.getKey().formatted(n)), c.getKey().formatted(n) + " not in\n" + stats);
        }
    }

    /** What the home page counts, asked of the server in SPARQL: the oracle of the counts a load keeps. */
    private static final Map<String, String> COUNTED = Map.of(
            "resolutions with text", "?x a rg:Resolution ; eli:is_realized_by ?v",
            "resolutions known", "?x a rg:Resolution",
            "citations", "?x a cito:Citation",
            "conferences and events", "{ ?x a rg:Conference } UNION { ?x a rg:Event }",
            "agreements", "?x a rg:Agreement",
            "organisations", "?x a rg:Organization",
            "series", "?x a rg:Series");

    private static void assertCountsAsTheServerCounts(Map<String, Long> counts) throws Exception {
        assertEquals(Census.names(), List.copyOf(counts.keySet()));
        for (Map.Entry<String, String> c : COUNTED.entrySet()) {
            HttpResponse<String> r = query(PREFIXES + "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX cito: <http://purl.org/spar/cito/> "
                    + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + c.getValue() + " }");
            assertEquals(r.body().lines().skip(1).findFirst().orElseThrow().strip(), Long.toString(counts.get(c.getKey())), c.getKey());
        }
        assertEquals(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count()), counts.get(Census.QUADS));
        assertTrue(counts.get("resolutions with text") == 2 && counts.get("citations") > 10 && counts.get("conferences and events") > 0, counts.toString());
    }

    @Test
    void aLoadKeepsTheCountsTheHomePageShowsAndTheyAreWhatTheServerCounts() throws Exception {
        Path file = dir.resolve("db/tdb2/Data-0001/counts.properties");
        assertTrue(Files.isRegularFile(file), "no " + file);
        assertCountsAsTheServerCounts(Store.counts(dataset));
        // without the file (a database whose load stopped half-way), counted again on the spot, the same
        Path aside = dir.resolve("counts.aside");
        Files.move(file, aside);
        try {
            assertCountsAsTheServerCounts(Store.counts(dataset));
        } finally {
            Files.move(aside, file);
        }
    }

    @Test
    void aLoadIntoAnExistingDatabaseCountsAgain(@TempDir Path other) throws Exception {
        Path db = other.resolve("db"), file = db.resolve("tdb2/Data-0001/counts.properties");
        Dataset ds = Store.open(db);
        try {
            Loader.load(ds, inputs().subList(0, 1), Gazetteer.DEFAULT_BASE);
            assertTrue(Files.isRegularFile(file), "no " + file);
            long before = Store.counts(ds).get("resolutions with text");
            // while the second load reads its documents, the first one's counts are gone (a load stopped
            // there leaves no counts rather than wrong ones); when it ends, they are made again
            List<Boolean> keptWhileLoading = Collections.synchronizedList(new ArrayList<>());
            List<Inputs.Input> more = inputs().subList(1, inputs().size()).stream().<Inputs.Input>map(in -> new Inputs.Input() {
                @Override
                public String name() {
                    return in.name();
                }

                @Override
                public org.w3id.resgraph.read.SourceFile open() throws org.w3id.resgraph.read.ReadException {
                    keptWhileLoading.add(Files.exists(file));
                    return in.open();
                }
            }).toList();
            Loader.load(ds, more, Gazetteer.DEFAULT_BASE);
            assertEquals(List.of(false, false), keptWhileLoading);
            assertTrue(Files.isRegularFile(file), "no " + file);
            Map<String, Long> after = Store.counts(ds);
            assertEquals(before + 1, after.get("resolutions with text"), after.toString());
            assertEquals(Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count()), after.get(Census.QUADS));
        } finally {
            ds.close();
        }
    }

    @Test
    void documentGraphsLeaveTheReferenceDataToTheReferenceGraphs() throws Exception {
        String ref = "<https://w3id.org/resgraph/graph/reference>", unbis = "<https://w3id.org/resgraph/graph/unbis>";
        // the seed names its committee: in the union, from the reference graph, and not again in its own graph
        HttpResponse<String> label = query(PREFIXES + "SELECT ?g WHERE { ?r dcterms:identifier \"A/RES/59/249\" ; rg:committee ?c . "
                + "GRAPH ?g { ?c <http://www.w3.org/2000/01/rdf-schema#label> \"Second Committee\"@en } }");
        assertEquals(List.of("g", ref.substring(1, ref.length() - 1)), label.body().lines().toList(), label.body());
        for (String graph : List.of(ref, unbis)) {
            HttpResponse<String> copies = query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + graph + " { ?s ?p ?o } "
                    + "GRAPH ?g { ?s ?p ?o } FILTER(?g != " + graph + ") }");
            assertEquals("0", copies.body().lines().skip(1).findFirst().orElseThrow().strip(), graph + ": " + copies.body());
        }
    }

    @Test
    void aDatabaseClosedAndOpenedAgainHoldsTheSameQuads(@TempDir Path other) {
        Path db = other.resolve("db");
        Dataset first = Store.open(db);
        Loader.load(first, inputs(), Gazetteer.DEFAULT_BASE);
        String before = sortedQuadsHash(first);
        first.close();
        Dataset again = Store.open(db);
        try {
            assertEquals(before, sortedQuadsHash(again));
        } finally {
            again.close();
        }
    }

    /** A digest of the dataset's N-Quads, sorted: equal datasets, equal digests. */
    private static String sortedQuadsHash(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<String> lines = new ArrayList<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            Collections.sort(lines);
            return Sha256.shortKey(String.join("\n", lines), 64) + " " + lines.size();
        });
    }

    @Test
    void theShippedFusekiConfigurationServesTheSameDatabase() throws Exception {
        Path home = Path.of(System.getProperty("resgraph.home", "."));
        String config = Files.readString(home.resolve("fuseki-config/config.ttl"))
                .replace("\"target/demo-db/tdb2\"", "\"" + dir.resolve("copy/tdb2") + "\"")
                .replace("<file:target/demo-db/text>", "<" + dir.resolve("copy/text").toUri() + ">");
        Dataset copy = Store.open(dir.resolve("copy"));
        Loader.load(copy, inputs(), Gazetteer.DEFAULT_BASE);
        copy.close();
        FusekiServer configured = FusekiServer.create().port(0).loopback(true)
                .parseConfigFile(Files.writeString(dir.resolve("config.ttl"), config)).build().start();
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + configured.getPort() + "/resgraph/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#> "
                            + PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p text:query (rg:text '工业') . "
                            + "?p a rg:OperativeParagraph }", StandardCharsets.UTF_8))).build();
            HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(Long.parseLong(response.body().lines().skip(1).findFirst().orElse("0").strip()) > 0, response.body());
        } finally {
            configured.stop();
        }
    }

    @Test
    void aSecondLoadOfTheSameDocumentsChangesNothing() {
        String before = sortedQuadsHash(dataset);
        Loader.Summary s = Loader.load(dataset, inputs(), Gazetteer.DEFAULT_BASE);
        assertEquals(before, sortedQuadsHash(dataset), "quad count and digest of the sorted N-Quads");
        assertTrue(!s.bulk(), "a second load is a transaction, not a bulk load");
    }
}
