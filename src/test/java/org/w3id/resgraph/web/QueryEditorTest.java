package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The server side of the query editor over HTTP on loopback: its page at {@code /query} and its files
 * at {@code /query/NAME} (here the test's stand-ins, {@code editor-fixture/}, in place of the editor's
 * folder), what it is told of the server at {@code /query/config.json}, and the example queries as JSON
 * at {@code /queries/}.
 */
@Timeout(60)
class QueryEditorTest {
    private static final String FIXTURE = "org/w3id/resgraph/web/editor-fixture/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BASE = Gazetteer.DEFAULT_BASE;

    /** Every server a test started, to stop at the end. */
    private static final List<FusekiServer> SERVERS = new ArrayList<>();
    @TempDir
    static Path dir;
    private static Dataset ds;
    private static FusekiServer server;

    @BeforeAll
    static void start() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("02-two-lines.rq"), """
                # Question: Which resolutions recall 59/249,
                #   and when?
                #
                # Not part of the question.
                SELECT * WHERE { ?s ?p ?o }
                """);
        Files.writeString(queries.resolve("01-one-line.rq"), """
                # Question: 哪些决议回顾了 "59/249"?
                #
                SELECT * WHERE { ?s ?p ?o } LIMIT 1
                """);
        Files.writeString(queries.resolve("03-no-question.rq"), "# All of it.\nSELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(queries.resolve("notes.txt"), "not a query\n");
        ds = Store.inMemory();
        server = serve(new LinkedData(ds, BASE, queries, 7_500, FIXTURE));
    }

    /** A server of the linked-data servlet alone, mounted as Server mounts it. */
    private static FusekiServer serve(LinkedData web) {
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true);
        for (String path : LinkedData.PATHS) {
            builder.addServlet(path, web);
        }
        SERVERS.add(builder.build().start());
        return SERVERS.get(SERVERS.size() - 1);
    }

    @AfterAll
    static void stop() {
        SERVERS.forEach(FusekiServer::stop);
    }

    private static HttpResponse<byte[]> send(FusekiServer to, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + to.getPort() + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return send(server, "GET", path, headers);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = QueryEditorTest.class.getClassLoader().getResourceAsStream(FIXTURE + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theEditorPageIsTheIndexOfItsFolderWhateverTheQueryString() throws Exception {
        for (String path : List.of("/query", "/query?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D&endpoint=x",
                "/query/index.html")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html;charset=utf-8", header(r, "Content-Type").replace(" ", "").toLowerCase());
            assertArrayEquals(fixture("index.html"), r.body(), path);
            assertTrue(header(r, "Content-Security-Policy").contains("default-src 'self'"), header(r, "Content-Security-Policy"));
            assertTrue(header(r, "ETag").matches("\"[0-9a-f]{32}\""), header(r, "ETag"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"probe.js, application/javascript", "probe.css, text/css", "probe.svg, image/svg+xml", "probe.png, image/png",
            "probe.js.map, application/json", "probe.woff2, font/woff2"})
    void aFileOfTheEditorHasItsTypeAndIsKeptADay(String name, String type) throws Exception {
        HttpResponse<byte[]> r = get("/query/" + name);
        assertEquals(200, r.statusCode());
        assertEquals(type, header(r, "Content-Type"));
        assertEquals("public, max-age=86400", header(r, "Cache-Control"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertArrayEquals(fixture(name), r.body());
        String etag = header(r, "ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        // the same again, asked with its ETag: 304, nothing sent
        HttpResponse<byte[]> again = get("/query/" + name, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        assertEquals(200, get("/query/" + name, "If-None-Match", "\"something else\"").statusCode());
    }

    @Test
    void headAnswersAsGetWithoutTheBody() throws Exception {
        for (String path : List.of("/query/probe.js", "/query")) {
            HttpResponse<byte[]> head = send(server, "HEAD", path);
            HttpResponse<byte[]> got = get(path);
            assertEquals(200, head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            assertEquals(header(got, "Content-Type"), header(head, "Content-Type"), path);
            assertEquals(header(got, "ETag"), header(head, "ETag"), path);
            assertEquals(Integer.toString(got.body().length), header(head, "Content-Length"), path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/query/nope.js", "/query/", "/query/sub", "/query/.hidden", "/query/index", "/query/probe.js%20",
            "/query/a-name-longer-than-a-hundred-characters-is-no-name-of-a-file-of-the-editor-and-is-not-looked-for-at-all.js"})
    void anythingElseUnderQueryIs404(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(404, r.statusCode(), path);
        assertTrue(!new String(r.body(), StandardCharsets.UTF_8).contains("not to be reached"), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/query/sub%2Finner.js", "/query/%2E%2E/editor-fixture/probe.js", "/query/..%2F..%2FLinkedData.class"})
    void nothingOutsideTheFolderIsReached(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + ": " + r.statusCode());
        assertTrue(!new String(r.body(), StandardCharsets.UTF_8).contains("not to be reached"), path);
    }

    @Test
    void theConfigurationNamesTheEndpointTheTimeoutAndThePrefixes() throws Exception {
        HttpResponse<byte[]> r = get("/query/config.json");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", header(r, "Content-Type"));
        JsonObject config = JSON.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("endpoint", "timeout", "maxTimeout", "prefixes"), List.copyOf(config.keys()));
        assertEquals("/resgraph/sparql", config.get("endpoint").getAsString().value());
        assertEquals(7.5, config.get("timeout").getAsNumber().value().doubleValue());
        assertEquals(7.5, config.get("maxTimeout").getAsNumber().value().doubleValue());
        Map<String, String> prefixes = new LinkedHashMap<>();
        JsonObject p = config.get("prefixes").getAsObject();
        p.keys().forEach(k -> prefixes.put(k, p.get(k).getAsString().value()));
        assertEquals("https://w3id.org/resgraph/ontology#", prefixes.get("rg"));
        assertEquals(new TreeMap<>(Vocab.prefixes(BASE).getNsPrefixMap()), prefixes);
        assertEquals(List.copyOf(new TreeMap<>(prefixes).keySet()), List.copyOf(prefixes.keySet()), "sorted by name");
    }

    @Test
    void theExampleQueriesAsJsonSortedWithTheirQuestions() throws Exception {
        for (String path : List.of("/queries/", "/queries/index.json")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("application/json", header(r, "Content-Type"));
            JsonArray index = JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8)).getAsArray();
            assertEquals(List.of("01-one-line.rq", "02-two-lines.rq", "03-no-question.rq"),
                    index.stream().map(e -> field(e, "file")).toList(), path);
            assertEquals(List.of("哪些决议回顾了 \"59/249\"?", "Which resolutions recall 59/249, and when?", "03-no-question.rq"),
                    index.stream().map(e -> field(e, "question")).toList(), path);
            assertEquals(Files.readString(dir.resolve("queries/02-two-lines.rq")), field(index.get(1), "query"));
            assertEquals(List.of("file", "question", "query"), List.copyOf(index.get(0).getAsObject().keys()));
        }
        // a query file itself, as before
        HttpResponse<byte[]> file = get("/queries/01-one-line.rq");
        assertEquals(200, file.statusCode());
        assertEquals(Files.readString(dir.resolve("queries/01-one-line.rq")), new String(file.body(), StandardCharsets.UTF_8));
    }

    private static String field(JsonValue entry, String name) {
        return entry.getAsObject().get(name).getAsString().value();
    }

    @Test
    void noQueriesFolderIsAnEmptyList() throws Exception {
        FusekiServer bare = serve(new LinkedData(ds, BASE, null, 30_000));
        HttpResponse<byte[]> r = send(bare, "GET", "/queries/");
        assertEquals(200, r.statusCode());
        assertEquals(0, JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8)).getAsArray().size());
        // and the configuration tells the timeout as a whole number of seconds
        String config = new String(send(bare, "GET", "/query/config.json").body(), StandardCharsets.UTF_8);
        assertTrue(config.matches("(?s).*\"timeout\"\\s*:\\s*30\\s*,.*\"maxTimeout\"\\s*:\\s*30\\s*,.*"), config);
    }

    @Test
    void everyExampleQueryOfTheProjectAsksAQuestion() throws IOException {
        Path queries = Path.of(System.getProperty("resgraph.home", ".")).resolve("queries");
        List<Path> files;
        try (var all = Files.list(queries)) {
            files = all.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 21, files.toString());
        for (Path f : files) {
            String question = QueriesIndexHandler.question(f.getFileName().toString(), Files.readString(f));
            assertTrue(question.endsWith("?") && !question.startsWith("#") && question.length() > 30, f + ": " + question);
        }
    }
}
