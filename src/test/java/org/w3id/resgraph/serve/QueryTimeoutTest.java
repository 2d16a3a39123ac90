package org.w3id.resgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/**
 * A request's own {@code timeout} (seconds, Fuseki's protocol parameter, as the query editor sends it)
 * over HTTP on loopback: honoured when shorter than the server's, never longer; and the query editor
 * is told the server's. The server allows {@value #MAX_SECONDS} s; the query, a count over three
 * copies of every triple of the seed's database, would run for hours.
 */
@Timeout(120)
class QueryTimeoutTest {
    private static final int MAX_SECONDS = 4;
    private static final String LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static FusekiServer server;

    @BeforeAll
    static void start() {
        Dataset seed = Store.inMemory();
        List<Inputs.Input> inputs = Inputs.expand(List.of(Fixtures.path(Fixtures.SEED).toString()), System.in, new ArrayList<>());
        Loader.load(seed, inputs, Gazetteer.DEFAULT_BASE);
        server = Server.start(seed, 0, true, MAX_SECONDS * 1000L, Gazetteer.DEFAULT_BASE, null);
    }

    @AfterAll
    static void stop() {
        Optional.ofNullable(server).ifPresent(FusekiServer::stop);
    }

    /** A client of its own for each request: the server may close a connection it answered with an error. */
    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String query, String timeout) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&timeout=" + timeout;
    }

    /** The seconds a request took to be answered, and that it was answered as Fuseki answers a query that timed out. */
    private static double timedOut(HttpRequest r) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(r);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Query timed out"), response.body());
        return seconds;
    }

    private static HttpRequest post(String timeout) {
        return HttpRequest.newBuilder(URI.create(Server.endpoint(server))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form(LONG, timeout))).build();
    }

    @Test
    void aShorterTimeoutAskedForIsHonouredByPostAndByGet() throws Exception {
        double posted = timedOut(post("1"));
        assertTrue(posted >= 0.9 && posted < MAX_SECONDS - 1.5, "timeout=1 by POST took " + posted + " s");
        HttpRequest get = HttpRequest.newBuilder(URI.create(Server.endpoint(server) + "?" + form(LONG, "1")))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/csv").GET().build();
        double got = timedOut(get);
        assertTrue(got >= 0.9 && got < MAX_SECONDS - 1.5, "timeout=1 by GET took " + got + " s");
    }

    @Test
    void aLongerTimeoutAskedForGetsTheServersOwn() throws Exception {
        double seconds = timedOut(post("9999"));
        assertTrue(seconds >= MAX_SECONDS - 0.1 && seconds < MAX_SECONDS + 15, "timeout=9999 took " + seconds + " s");
    }

    @Test
    void theQueryEditorIsToldTheServersTimeout() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/query/config.json"))
                .timeout(Duration.ofSeconds(20)).build());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject config = JSON.parse(r.body());
        assertEquals(MAX_SECONDS, config.get("timeout").getAsNumber().value().intValue());
        assertEquals(MAX_SECONDS, config.get("maxTimeout").getAsNumber().value().intValue());
        assertEquals("/resgraph/sparql", config.get("endpoint").getAsString().value());
        assertEquals("https://w3id.org/resgraph/ontology#", config.get("prefixes").getAsObject().get("rg").getAsString().value());
    }
}
