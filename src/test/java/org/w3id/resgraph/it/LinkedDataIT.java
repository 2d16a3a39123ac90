package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server as linked-data clients and people meet it: {@code ./resgraph serve} over a database of
 * the seed and a resolution with a hostile title; rapper fetches 59/249's IRI in each RDF format it
 * reads, by content negotiation; rdflib reads the JSON-LD (with the context the server publishes);
 * headless Chromium renders the page of 59/249 and takes its picture.
 */
@Timeout(600)
class LinkedDataIT {
    private static final Path HOME = Commands.HOME;
    private static final Path OUT = HOME.resolve("target/it/linked-data");
    private static Process server;
    private static int port;

    private static String run(String... command) throws Exception {
        return Commands.run(true, command);
    }

    @BeforeAll
    static void serve() throws Exception {
        Files.createDirectories(OUT);
        Path db = OUT.resolve("db");
        if (!Files.exists(db)) {
            run("./resgraph", "load", "-q", "--db", db.toString(), "corpus/seed", "src/test/resources/fixtures/hostile");
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ProcessBuilder("./resgraph", "serve", "--db", db.toString(), "--port", Integer.toString(port))
                .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(OUT.resolve("server.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            assertTrue(server.isAlive(), "the server stopped: " + Files.readString(OUT.resolve("server.log")));
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("/$/ping"))).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue(System.nanoTime() < until, "the server did not answer within 120 s");
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        Commands.stop(server);
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void rapperFetchesTheIriInEachFormatByContentNegotiation() throws Exception {
        for (String format : List.of("turtle", "rdfxml", "ntriples")) {
            String out = run("rapper", "-i", format, "-c", url("/id/un/A/RES/59/249"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("returned (\\d+) triples").matcher(out);
            assertTrue(m.find(), out);
            assertTrue(Integer.parseInt(m.group(1)) > 200, format + ": " + out);
        }
    }

    @Test
    void rdflibReadsTheJsonLd() throws Exception {
        String out = run("/usr/bin/python3", "-c", """
                import sys, rdflib
                g = rdflib.Graph()
                g.parse(sys.argv[1], format="json-ld")
                r = rdflib.URIRef("https://w3id.org/resgraph/id/un/A/RES/59/249")
                recalls = rdflib.URIRef("https://w3id.org/resgraph/ontology#recalls")
                print(len(g), len(list(g.objects(r, recalls))))
                """, url("/id/un/A/RES/59/249"));
        String[] counts = out.strip().split("\\s+");
        assertTrue(Integer.parseInt(counts[counts.length - 2]) > 200, out);
        assertTrue(Integer.parseInt(counts[counts.length - 1]) >= 6, "59/249 recalls its six predecessors: " + out);
    }

    @Test
    void chromiumShowsThePageOf59249WithItsLineagePicture() throws Exception {
        String dom = run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url("/id/un/A/RES/59/249"));
        for (String fact : List.of("A/RES/59/249", "工业发展合作", "2004-12-22", "Second Committee", "<svg", "A/RES/46/151",
                "A/RES/49/108", "A/RES/51/170", "A/RES/53/177", "A/RES/55/187", "A/RES/57/243")) {
            assertTrue(dom.contains(fact), fact + " is not in the page Chromium rendered");
        }
        Path png = OUT.resolve("a-res-59-249.png");
        Files.deleteIfExists(png);
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,1000", "--screenshot=" + png,
                url("/doc/un/A/RES/59/249"));
        assertTrue(Files.size(png) > 10_000, "the screenshot is empty");
    }

    @Test
    void chromiumShowsAHostileTitleAsText() throws Exception {
        String dom = run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url("/doc/un/A/RES/80/913"));
        assertTrue(dom.contains("&lt;script&gt;alert('resgraph')&lt;/script&gt;"), "the title is text in the rendered page");
        assertTrue(!dom.contains("<script>"), "no script element was made");
    }
}
