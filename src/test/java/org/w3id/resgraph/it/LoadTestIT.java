package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 32 clients at once, from this process, against {@code ./resgraph serve} in another, on loopback, for
 * a bounded time: example queries and linked-data requests (pages, Turtle, 303s, VoID, search). No
 * request may fail, and the server must still answer afterwards; the figures go to
 * target/reliability/load.md.
 */
@Timeout(600)
class LoadTestIT {
    private static final Path OUT = Commands.HOME.resolve("target/it/load-test");
    private static final int CLIENTS = 32;
    private static final Duration LENGTH = Duration.ofSeconds(20);

    @Test
    void thirtyTwoClientsAndNoErrors() throws Exception {
        Files.createDirectories(OUT);
        Path db = OUT.resolve("db");
        if (!Files.exists(db)) {
            Commands.run(true, "./resgraph", "load", "-q", "--db", db.toString(), "corpus/seed", "corpus/sc-akn/2020");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder("./resgraph", "serve", "--db", db.toString(), "--port", Integer.toString(port))
                .directory(Commands.HOME.toFile()).redirectErrorStream(true).redirectOutput(OUT.resolve("server.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(8)).build();
        String root = "http://localhost:" + port;
        try {
            waitFor(http, root, server);
            List<HttpRequest> requests = requests(root);
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
            AtomicIntegerArray answered = new AtomicIntegerArray(requests.size());
            long end = System.nanoTime() + LENGTH.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                running.add(clients.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        int which = i++ % requests.size();
                        HttpRequest r = requests.get(which);
                        long s = System.nanoTime();
                        try {
                            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                            if (resp.statusCode() >= 400) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 5) {
                                    firstErrors.add(r.uri() + " → " + resp.statusCode());
                                }
                            } else {
                                answered.incrementAndGet(which);
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(r.uri() + " → " + e);
                            }
                        }
                        latencies.add((System.nanoTime() - s) / 1e6);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2), p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
            String figures = String.format(Locale.ROOT, "| %d clients, %d s | %d requests (%.0f/s) | %d errors | p50 %.0f ms | p99 %.0f ms |",
                    CLIENTS, LENGTH.toSeconds(), sorted.size(), sorted.size() / (double) LENGTH.toSeconds(), errors.get(), p50, p99);
            Path dir = Commands.HOME.resolve("target/reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("load.md"), "| load | requests | errors | p50 | p99 |\n|---|---|---|---|---|\n" + figures + "\n");
            assertEquals(0, errors.get(), "errors under load: " + firstErrors);
            // how many requests fit in the time is the benchmark's business; here each kind must have been answered under load
            for (int r = 0; r < requests.size(); r++) {
                assertTrue(answered.get(r) > 0, "never answered under load: " + requests.get(r).uri());
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(root + "/resgraph/sparql?query=" + enc("ASK {}"))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the server answers after the load");
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static List<HttpRequest> requests(String root) throws IOException {
        List<HttpRequest> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Commands.HOME.resolve("queries"))) {
            for (Path q : files.filter(p -> p.toString().matches(".*/(01|02|04|11|14|18|19|20)-.*\\.rq")).sorted().toList()) {
                out.add(HttpRequest.newBuilder(URI.create(root + "/resgraph/sparql")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(q))).build());
            }
        }
        for (String[] get : new String[][] {{"/doc/un/A/RES/59/249", "text/html"}, {"/doc/un/A/RES/59/249", "text/turtle"},
                {"/id/un/S/RES/2505(2020)", "text/turtle"}, {"/doc/un/S/RES/2505(2020)", "text/html"}, {"/.well-known/void", "text/turtle"},
                {"/search?q=" + enc("工业发展"), "text/html"}, {"/", "text/html"}, {"/doc/un/A/RES/46/151", "application/ld+json"}}) {
            out.add(HttpRequest.newBuilder(URI.create(root + get[0])).timeout(Duration.ofSeconds(60)).header("Accept", get[1]).build());
        }
        return out;
    }

    private static void waitFor(HttpClient http, String root, Process server) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            assertTrue(server.isAlive(), "the server stopped: " + Files.readString(OUT.resolve("server.log")));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(root + "/$/ping")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer within 120 s");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
