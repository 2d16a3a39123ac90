package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Releases as a user makes and serves them, with the launcher: a database of the sample's English
 * Council resolutions of 2020 is released, served with {@code serve --releases}, then the Chinese ones
 * are added and one English text changed, and a second release is made while the server runs. The
 * server switches to it by itself; its list of releases is read by rapper, its feed by Python's
 * feedparser, its files checked against their sums with sha256sum.
 */
class ReleasesIT {
    private static final Path HOME = Commands.HOME;
    private static final Path OUT = HOME.resolve("target/it/releases");
    private static final String CHANGED = "S_RES_2511 (2020)-2002954E.xml";
    private static Process server;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String run(String... command) throws Exception {
        return Commands.run(true, command);
    }

    @BeforeAll
    static void releaseServeAndReleaseAgain() throws Exception {
        if (Files.exists(OUT)) {
            try (Stream<Path> s = Files.walk(OUT)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(OUT.resolve("changed"));
        String db = OUT.resolve("db").toString(), releases = OUT.resolve("releases").toString();
        run("./resgraph", "load", "-q", "--db", db, "corpus/seed", "corpus/sc-akn/2020/English");
        run("./resgraph", "release", "--db", db, "--out", releases);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ProcessBuilder("./resgraph", "serve", "--releases", releases, "--port", Integer.toString(port))
                .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(OUT.resolve("server.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (status("/$/ping") != 200) {
            assertTrue(server.isAlive(), "the server stopped: " + Files.readString(OUT.resolve("server.log")));
            assertTrue(System.nanoTime() < until, "the server did not answer within 120 s");
            Thread.sleep(500);
        }
        String chinese = count("zh");
        assertEquals("1", chinese, "release 1 has one Chinese text, the seed's");
        // documents added, and one changed: its citation of 2216 (2015) made one of 2201 (2015)
        String text = Files.readString(HOME.resolve("corpus/sc-akn/2020/English").resolve(CHANGED));
        String changed = text.replace("<a href=\"https://undocs.org/en/S/RES/2216(2015)\">2216 (2015)</a> imposing",
                "<a href=\"https://undocs.org/en/S/RES/2201(2015)\">2201 (2015)</a> imposing");
        assertTrue(!changed.equals(text));
        Files.writeString(OUT.resolve("changed").resolve(CHANGED), changed);
        run("./resgraph", "load", "-q", "--db", db, "corpus/sc-akn/2020/Chinese", OUT.resolve("changed").toString());
        run("./resgraph", "release", "--db", db, "--out", releases);
        until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("zh").equals(chinese)) {
            assertTrue(System.nanoTime() < until, "the server did not switch to release 2 within 60 s: " + Files.readString(OUT.resolve("server.log")));
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

    private static int status(String path) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many texts in this language the served release has. */
    private static String count(String lang) throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?v a <https://w3id.org/resgraph/ontology#LanguageVersion> ; "
                + "<http://purl.org/dc/terms/language> \"" + lang + "\" }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/resgraph/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElseThrow().strip();
    }

    @Test
    void theServerSwitchedToTheNewReleaseAndListsBoth() throws Exception {
        long files;
        try (Stream<Path> s = Files.list(HOME.resolve("corpus/sc-akn/2020/Chinese"))) {
            files = s.count();
        }
        assertEquals(Long.toString(files + 1), count("zh"), "the seed's Chinese text and those added");
        HttpResponse<String> page = get("/releases", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/releases/2/changes.rdfp\"") && page.body().contains("href=\"/releases/1/\""), page.body());
        String log = Files.readString(OUT.resolve("server.log"));
        assertTrue(log.contains("now serving release 2"), log);
        // the home page counts the release served now
        HttpResponse<String> home = get("/", "text/html");
        assertEquals(200, home.statusCode(), home.body());
    }

    @Test
    void rapperReadsTheListAndItLinksEachReleaseToTheOneBefore() throws Exception {
        String out = run("rapper", "-i", "turtle", "-o", "ntriples", url("/releases?format=ttl"));
        assertTrue(out.contains("<https://w3id.org/resgraph/releases/2> <http://www.w3.org/ns/prov#wasRevisionOf> <https://w3id.org/resgraph/releases/1> ."), out);
        assertTrue(out.contains("<https://w3id.org/resgraph/dataset> <http://purl.org/dc/terms/hasVersion> <https://w3id.org/resgraph/releases/1> ."), out);
        assertTrue(out.contains("<https://w3id.org/resgraph/dataset> <http://purl.org/dc/terms/hasVersion> <https://w3id.org/resgraph/releases/2> ."), out);
        // and the dataset's own description lists them
        String described = run("rapper", "-i", "turtle", "-o", "ntriples", url("/.well-known/void"));
        assertTrue(described.contains("<https://w3id.org/resgraph/dataset> <http://purl.org/dc/terms/hasVersion> <https://w3id.org/resgraph/releases/2> ."), described);
        assertTrue(described.contains("<https://w3id.org/resgraph/releases/2> <http://www.w3.org/ns/prov#wasRevisionOf> <https://w3id.org/resgraph/releases/1> ."), described);
    }

    @Test
    void feedparserReadsTheFeedOneEntryARelease() throws Exception {
        String out = run("/usr/bin/python3", "-c", """
                import sys, feedparser
                f = feedparser.parse(sys.argv[1])
                assert not f.bozo, f.bozo_exception
                print(len(f.entries))
                for e in f.entries:
                    print(e.title, "|", e.id, "|", e.link)
                print("CONTENT", "Chinese (zh)" in f.entries[0].content[0].value, "S/RES/2511(2020)" in f.entries[0].content[0].value)
                """, url("/changes"));
        List<String> lines = out.strip().lines().toList();
        assertEquals("2", lines.get(0), out);
        assertTrue(lines.get(1).startsWith("resgraph, release 2 | urn:uuid:") && lines.get(1).endsWith("/releases/2/"), out);
        assertTrue(lines.get(2).startsWith("resgraph, release 1 | urn:uuid:"), out);
        assertEquals("CONTENT True True", lines.get(3), out);
    }

    @Test
    void theFilesServedAreTheFilesTheirSumsName() throws Exception {
        Path copy = OUT.resolve("download");
        Files.createDirectories(copy);
        for (String name : List.of("SHA256SUMS", "resgraph.nq.gz", "changes.rdfp", "CHANGES.md", "graphs.tsv")) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/releases/2/" + name))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), name);
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("immutable"), name);
            Files.write(copy.resolve(name), r.body());
        }
        List<String> sums = Files.readAllLines(copy.resolve("SHA256SUMS")).stream().filter(l -> !l.contains("  database/")).toList();
        Files.write(copy.resolve("SUMS-files"), sums);
        String out = run("sh", "-c", "cd '" + copy + "' && sha256sum -c SUMS-files");
        assertTrue(out.contains("resgraph.nq.gz: OK") && out.contains("changes.rdfp: OK") && !out.contains("FAILED"), out);
        assertEquals(404, status("/releases/3/resgraph.nq.gz"));
        assertTrue(status("/releases/2/%2e%2e/1/resgraph.nq.gz") != 200);
    }
}
