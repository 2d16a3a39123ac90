package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.serve.Server;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/**
 * Linked data over HTTP on loopback as a client meets it: 303 from id to doc, content negotiation
 * with q-values, Vary and Content-Location, the formats by name, bounded descriptions, the pages
 * (escaped), 404 with the closest symbols, VoID, the dump. The database: the seed (59/249), S/RES/2505
 * (2020) in English and Chinese, and a resolution whose title holds a {@code <script>} element.
 */
@Timeout(180)
class LinkedDataTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static Dataset ds;
    private static FusekiServer server;

    @BeforeAll
    static void start() throws IOException {
        List<String> files = new ArrayList<>(List.of(Fixtures.path(Fixtures.SEED).toString(),
                Fixtures.path("fixtures/hostile/A_RES_80_913.md").toString()));
        try (var all = Files.list(Fixtures.corpus("sc-akn/2020/English"))) {
            all.filter(p -> p.getFileName().toString().startsWith("S_RES_2505")).forEach(p -> files.add(p.toString()));
        }
        try (var all = Files.list(Fixtures.corpus("sc-akn/2020/Chinese"))) {
            all.filter(p -> p.getFileName().toString().startsWith("S_RES_2505")).forEach(p -> files.add(p.toString()));
        }
        assertEquals(4, files.size(), files.toString());
        ds = Store.inMemory();
        Loader.Summary s = Loader.load(ds, Inputs.expand(files, System.in, new ArrayList<>()), BASE);
        assertTrue(s.failures().isEmpty(), s.failures().toString());
        server = Server.start(ds, 0, true, 5_000, BASE, Path.of(System.getProperty("resgraph.home", ".")).resolve("queries"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/id/un/A/RES/59/249, /doc/un/A/RES/59/249", "/id/un/S/RES/2505(2020), /doc/un/S/RES/2505(2020)",
            "/id/un/A/59/487/Add.3, /doc/un/A/59/487/Add.3", "/id/un/S/RES/2505%282020%29, /doc/un/S/RES/2505(2020)"})
    void anIdentifierAnswers303ToItsDocument(String id, String doc) throws Exception {
        HttpResponse<byte[]> r = get(id, "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals(doc, header(r, "Location"));
        assertEquals(200, get(doc, "Accept", "text/turtle").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/turtle                                                 | text/turtle           | data.ttl
            application/ld+json                                         | application/ld+json   | data.jsonld
            application/rdf+xml                                         | application/rdf+xml   | data.rdf
            application/n-triples                                       | application/n-triples | data.nt
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html         | page.html
            text/turtle;q=0.5, application/rdf+xml                       | application/rdf+xml   | data.rdf
            application/rdf+xml;q=0.2, text/*;q=0.9, text/turtle;q=0.1   | text/html             | page.html
            */*                                                         | text/turtle           | data.ttl
            application/json                                            | application/ld+json   | data.jsonld
            """)
    void theDocumentIsNegotiated(String accept, String type, String file) throws Exception {
        HttpResponse<byte[]> r = get("/doc/un/A/RES/59/249", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(type), header(r, "Content-Type"));
        assertTrue(header(r, "Vary").contains("Accept"), header(r, "Vary"));
        assertEquals("/doc/un/A/RES/59/249/" + file, header(r, "Content-Location"));
    }

    @Test
    void nothingAcceptableIs406() throws Exception {
        assertEquals(406, get("/doc/un/A/RES/59/249", "Accept", "image/png").statusCode());
        assertEquals(406, get("/doc/un/A/RES/59/249", "Accept", "text/turtle;q=0").statusCode());
    }

    @Test
    void everyFormatByNameParsesToTheSameDescription() throws Exception {
        Graph turtle = parse(get("/doc/un/A/RES/59/249/data.ttl"), Lang.TURTLE);
        assertTrue(turtle.size() > 200, "59/249's description has " + turtle.size() + " triples");
        assertEquals(turtle.size(), parse(get("/doc/un/A/RES/59/249/data.rdf"), Lang.RDFXML).size());
        assertEquals(turtle.size(), parse(get("/doc/un/A/RES/59/249/data.nt"), Lang.NTRIPLES).size());
        // JSON-LD names the context the server publishes; with it, the same triples
        HttpResponse<byte[]> jsonld = get("/doc/un/A/RES/59/249/data.jsonld");
        JsonObject doc = JSON.parse(text(jsonld));
        String contextUrl = doc.get("@context").getAsString().value();
        assertEquals("http://localhost:" + server.getPort() + "/context.jsonld", contextUrl);
        JsonObject context = JSON.parse(text(get("/context.jsonld")));
        doc.put("@context", context.get("@context"));
        Graph fromJson = GraphFactory.createDefaultGraph();
        RDFParser.fromString(JSON.toString(doc), Lang.JSONLD).parse(fromJson);
        assertEquals(turtle.size(), fromJson.size());
        assertTrue(fromJson.isIsomorphicWith(turtle));
    }

    @Test
    void aDescriptionHoldsTheCitationsWithTheirWordsAndTheNamesOfWhatItLinksToButNotTheirTexts() throws Exception {
        Graph g = parse(get("/doc/un/A/RES/59/249/data.ttl"), Lang.TURTLE);
        Node r = uri(BASE + "id/un/A/RES/59/249"), cited = uri(BASE + "id/un/A/RES/46/151");
        assertTrue(g.contains(r, uri("https://w3id.org/resgraph/ontology#recalls"), cited));
        assertTrue(g.contains(Node.ANY, uri("http://purl.org/spar/cito/hasCitedEntity"), cited));
        assertTrue(g.find(Node.ANY, uri("http://www.w3.org/ns/oa#exact"), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().contains("46/151")), "the exact words of the citation of 46/151");
        assertTrue(g.contains(uri("https://w3id.org/resgraph/id/series/ga-industrial-development-cooperation"),
                uri("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY), "the name of its series");
        assertFalse(g.find(Node.ANY, uri("https://w3id.org/resgraph/ontology#text"), Node.ANY).toList().stream()
                .anyMatch(t -> !t.getSubject().getURI().startsWith(BASE + "id/un/A/RES/59/249/")), "no paragraph of another text");
        // a resolution only cited: what cites it, with the evidence
        Graph only = parse(get("/doc/un/A/RES/46/151/data.ttl"), Lang.TURTLE);
        assertTrue(only.contains(Node.ANY, uri("http://purl.org/spar/cito/hasCitedEntity"), cited));
        assertTrue(only.contains(Node.ANY, uri("http://www.w3.org/ns/oa#exact"), Node.ANY));
        assertTrue(only.size() < g.size());
    }

    @Test
    void anUnknownIriIs404WithTheClosestSymbols() throws Exception {
        HttpResponse<byte[]> r = get("/id/un/A/RES/59/24", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(text(r).contains("A/RES/59/249"), text(r));
        HttpResponse<byte[]> plain = get("/doc/un/A/RES/59/2490", "Accept", "text/plain");
        assertEquals(404, plain.statusCode());
        assertTrue(text(plain).contains("the closest: A/RES/59/249"), text(plain));
        for (String hostile : List.of("/id/un/A%3E%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D", "/doc/x%22%3E%3Cscript%3E", "/doc/")) {
            HttpResponse<byte[]> h = get(hostile, "Accept", "text/html");
            assertEquals(404, h.statusCode(), hostile);
            assertFalse(text(h).contains("<script>"), hostile);
        }
    }

    @Test
    void theResolutionPageShowsItsFactsParagraphsCitationsAndSeries() throws Exception {
        String page = text(get("/doc/un/A/RES/59/249", "Accept", "text/html"));
        for (String fact : List.of("A/RES/59/249", "工业发展合作", "2004-12-22", "Second Committee", "A/59/487/Add.3", "75",
                "发展中国家", "回顾其关于工业发展合作的", "Cites (22)", "<svg", "A/RES/46/151", "A/RES/57/243",
                "/doc/un/A/RES/59/249/data.ttl", "SPARQL")) {
            assertTrue(page.contains(fact), fact + " is not on the page");
        }
        String cited = text(get("/doc/un/A/RES/46/151", "Accept", "text/html"));
        assertTrue(cited.contains("/doc/un/A/RES/59/249"), "the page of 46/151 links to 59/249, which cites it");
    }

    @Test
    void acceptLanguagePicksTheLanguageOfThePage() throws Exception {
        String zh = text(get("/doc/un/S/RES/2505(2020)", "Accept", "text/html", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"));
        String en = text(get("/doc/un/S/RES/2505(2020)", "Accept", "text/html", "Accept-Language", "en-GB,en;q=0.9"));
        assertTrue(zh.contains("<html lang=\"zh\">") && zh.contains("回顾"), "a Chinese page");
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("Recalling"), "an English page");
    }

    @Test
    void textFromDocumentsNeverBecomesMarkup() throws Exception {
        String page = text(get("/doc/un/A/RES/80/913", "Accept", "text/html"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;resgraph&#39;)&lt;/script&gt;"), "the title is shown as text");
        assertFalse(page.contains("<script>"), "no script element on the page");
        String search = text(get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)));
        assertFalse(search.contains("<script>"));
        assertTrue(search.contains("&lt;script&gt;"));
    }

    @Test
    void otherPagesSeriesDescriptorsAndTheHomePage() throws Exception {
        String series = text(get("/doc/series/ga-industrial-development-cooperation", "Accept", "text/html"));
        assertTrue(series.contains("Members in order of adoption") && series.contains("A/RES/46/151"), "the series page");
        HttpResponse<byte[]> descriptor = get("/resource?iri=" + URLEncoder.encode("http://metadata.un.org/thesaurus/1003133", StandardCharsets.UTF_8));
        assertEquals(200, descriptor.statusCode());
        assertTrue(text(descriptor).contains("/doc/un/A/RES/59/249"), "the descriptor's page lists the resolution about it");
        String home = text(get("/"));
        assertTrue(home.contains("action=\"/search\"") && home.contains("resolutions with text") && home.contains("01-series-lineage.rq"), home);
        HttpResponse<byte[]> bySymbol = get("/search?q=a%2Fres%2F59%2F249");
        assertEquals(303, bySymbol.statusCode());
        assertEquals("/doc/un/A/RES/59/249", header(bySymbol, "Location"));
        assertTrue(text(get("/search?q=" + URLEncoder.encode("工业发展", StandardCharsets.UTF_8))).contains("/doc/un/A/RES/59/249"));
        assertEquals(200, get("/queries/01-series-lineage.rq").statusCode());
        assertEquals(404, get("/queries/nope.rq").statusCode());
        int outside = get("/queries/..%2Fpom.xml").statusCode();
        assertTrue(outside == 400 || outside == 404, "a path out of queries/ is refused: " + outside);
    }

    @Test
    void theDatasetDescriptionAndTheDump() throws Exception {
        Graph voidGraph = parse(get("/.well-known/void", "Accept", "text/turtle"), Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        assertTrue(voidGraph.contains(Node.ANY, uri(v + "sparqlEndpoint"), uri("http://localhost:" + server.getPort() + "/resgraph/sparql")));
        assertTrue(voidGraph.contains(Node.ANY, uri(v + "dataDump"), uri("http://localhost:" + server.getPort() + "/dumps/resgraph.nq.gz")));
        assertTrue(voidGraph.contains(Node.ANY, uri(v + "exampleResource"), uri(BASE + "id/un/A/RES/59/249")));
        long triples = Long.parseLong(voidGraph.find(Node.ANY, uri(v + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        assertEquals(quads, triples);

        HttpResponse<byte[]> dump = get("/dumps/resgraph.nq.gz");
        assertEquals(200, dump.statusCode());
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(back);
        assertEquals(quads, back.stream().count());
    }

    private static Graph parse(HttpResponse<byte[]> r, Lang lang) {
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
        return g;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
