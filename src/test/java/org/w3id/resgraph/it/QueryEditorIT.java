package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The query editor at {@code /query} as a user works it, in headless Chromium driven by Playwright
 * (npm {@code playwright-core}, installed by this test from src/test/browser/package-lock.json, driving
 * /usr/bin/chromium): example 01 is picked and run and its six predecessors of 59/249 are in the table,
 * a result opens its page, a shared link opened in a fresh browser shows the same query and rows, the CSV
 * download holds the rows curl gets with {@code Accept: text/csv}, and the page's "copy as curl" command
 * gets them too. Every request the browser made while on the editor and the pages went to this server.
 * The screenshots land in target/screenshots/ (the README's come from there).
 */
@Timeout(900)
class QueryEditorIT {
    private static final Path OUT = Commands.HOME.resolve("target/screenshots");
    private static Process server;
    private static String root;
    private static JsonObject seen;
    private static final StringBuilder LOG = new StringBuilder();

    @BeforeAll
    static void startAndBrowse() throws Exception {
        Path driver = NpmPackages.install(Commands.HOME.resolve("src/test/browser"), Commands.HOME.resolve("target/browser"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        root = "http://localhost:" + port;
        server = new ProcessBuilder("./resgraph", "serve", "--demo", "--port", Integer.toString(port))
                .directory(Commands.HOME.toFile()).redirectErrorStream(true).start();
        server.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(400);
        String line;
        while ((line = out.readLine()) != null && !line.contains("SPARQL at " + root + "/resgraph/sparql")) {
            LOG.append(line).append('\n');
            assertTrue(System.nanoTime() < deadline, "the demo server did not start in 400 s:\n" + LOG);
        }
        assertNotNull(line, "the demo server stopped:\n" + LOG);
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();

        Files.createDirectories(OUT);
        // beside its node_modules, where an ES module finds playwright-core
        Path script = Files.copy(Commands.HOME.resolve("src/test/browser/query-editor.mjs"), driver.resolve("query-editor.mjs"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process browser = new ProcessBuilder("node", script.toString(), root, OUT.toString())
                .directory(driver.toFile()).redirectError(OUT.resolve("browser.log").toFile()).start();
        browser.getOutputStream().close();
        String json = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(browser.waitFor(300, TimeUnit.SECONDS), "the browser did not finish");
        assertEquals(0, browser.exitValue(), "the browser script failed:\n" + json + Files.readString(OUT.resolve("browser.log")));
        seen = JSON.parse(json.substring(json.indexOf('{')));
        assertFalse(seen.hasKey("failure"), () -> "in the browser: " + seen.get("failure"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static String string(String key) {
        JsonValue v = seen.get(key);
        assertNotNull(v, "the browser reported no " + key + ": " + seen);
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    private static List<List<String>> rows(String key) {
        List<List<String>> out = new ArrayList<>();
        for (JsonValue row : seen.get(key).getAsArray()) {
            List<String> cells = new ArrayList<>();
            row.getAsArray().forEach(c -> cells.add(c.getAsString().value()));
            out.add(cells);
        }
        return out;
    }

    /** The CSV the endpoint gives curl for example 01 (curl as a user runs it). */
    private static List<String> curlCsv() throws Exception {
        Path query = Commands.HOME.resolve("queries/01-series-lineage.rq");
        return Commands.run(false, "curl", "-sS", "--fail", "-H", "Accept: text/csv", "--data-urlencode", "query@" + query,
                root + "/resgraph/sparql").lines().toList();
    }

    @Test
    void exampleOneShowsTheSixPredecessorsOf59249() throws Exception {
        List<String> expected = curlCsv();
        assertEquals(7, expected.size(), "header and six predecessors from curl: " + expected);
        List<List<String>> table = rows("rows01");
        assertEquals(6, table.size(), "rows in the results table: " + table);
        for (int i = 0; i < 6; i++) {
            String iri = expected.get(i + 1).split(",")[0];
            String symbol = iri.substring(iri.indexOf("/id/un/") + "/id/un/".length());
            assertTrue(table.get(i).get(0).endsWith(symbol), "row " + i + " of the table " + table.get(i) + " is not " + symbol);
        }
        String question = Files.readString(Commands.HOME.resolve("queries/01-series-lineage.rq")).lines()
                .filter(l -> l.startsWith("# Question:")).findFirst().orElseThrow().substring("# Question:".length()).strip();
        assertEquals(question, string("question01"), "the example is listed by its question");
        try (Stream<Path> files = Files.list(Commands.HOME.resolve("queries"))) {
            assertEquals(files.filter(p -> p.toString().endsWith(".rq")).count(), Long.parseLong(string("examples")));
        }
        assertEquals("true", string("editorHasExample"));
        assertEquals("30", string("timeoutShown"), "the server's timeout is shown");
        assertEquals("30", string("timeoutMax"), "and is the most one may set");
        assertEquals("7", string("timeoutSent"), "a timeout set on the page goes with the query");
    }

    @Test
    void aResultOpensItsPageOnThisServer() {
        String href = string("linkHref");
        assertTrue(href.startsWith("/doc/un/A/RES/"), href);
        assertEquals(root + href, string("landedOn"));
        String symbol = href.substring("/doc/un/".length());
        assertTrue(string("landedHeading").contains(symbol), string("landedHeading") + " is not the page of " + symbol);
    }

    @Test
    void aSharedLinkShowsTheSameQueryAndRows() {
        assertTrue(string("shareLink").startsWith(root + "/query?query="), string("shareLink"));
        assertEquals("true", string("sharedQuerySame"));
        assertEquals(rows("rows01"), rows("sharedRows"));
    }

    @Test
    void theCsvDownloadHoldsWhatCurlGets() throws Exception {
        List<String> download = Files.readString(Path.of(string("csvFile"))).lines().toList();
        assertEquals(curlCsv(), download);
        assertEquals("resgraph-results.csv", string("csvName"));
        // the page's own "copy as curl" command, run as a user pastes it into a shell
        String command = string("curl");
        assertTrue(command.startsWith("curl -H 'Accept: text/csv' --data-urlencode 'query="), command);
        assertEquals(download, Commands.run(false, "bash", "-c", command + " -sS --fail").lines().toList());
    }

    @Test
    void everyRequestGoesToThisServer() {
        JsonArray requests = seen.get("requests").getAsArray();
        assertTrue(requests.size() > 10, "requests recorded: " + requests);
        for (JsonValue r : requests) {
            String url = r.getAsString().value();
            assertTrue(url.startsWith(root + "/") || url.startsWith("blob:" + root + "/") || url.startsWith("data:"),
                    "a request to another host: " + url);
        }
        assertEquals(0, seen.get("errors").getAsArray().size(), "errors in the browser: " + seen.get("errors"));
    }

    /** What a page or stylesheet makes a browser load: scripts, styles, images, frames, media, icons, CSS url() and @import. */
    private static final Pattern LOADS = Pattern.compile(
            "<(?:script|img|iframe|frame|source|video|audio|embed|track|input)\\b[^>]*?\\ssrc\\s*=\\s*[\"']?([^\"'\\s>]+)"
                    + "|<link\\b[^>]*?\\shref\\s*=\\s*[\"']?([^\"'\\s>]+)|<object\\b[^>]*?\\sdata\\s*=\\s*[\"']?([^\"'\\s>]+)"
                    + "|url\\(\\s*[\"']?([^\"')\\s]+)|@import\\s+[\"']([^\"']+)|\\ssrcset\\s*=\\s*[\"']?([^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noPageOrAssetLoadsFromAnotherHost() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Deque<String> todo = new ArrayDeque<>(List.of("/", "/query", "/doc/un/A/RES/59/249", "/doc/un/S/RES/2590(2021)",
                "/search?q=" + URLEncoder.encode("工业发展", StandardCharsets.UTF_8), "/search?q=industrial", "/no/such/page",
                "/query/query.js"));
        Set<String> done = new HashSet<>();
        int assets = 0;
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!done.add(path)) {
                continue;
            }
            for (String language : List.of("en", "ar", "zh")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                        .header("Accept", "text/html,*/*;q=0.1").header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (type.contains("javascript") && path.equals("/query/query.js")) {
                    // the project's own script: no address of another host, bar IRIs in SPARQL (<http://www.w3.org/2002/07/owl#>);
                    // YASGUI's bundle is judged by the requests the browser made
                    Matcher absolute = Pattern.compile("(?<!<)https?://[^\\s'\"`]+").matcher(r.body());
                    assertFalse(absolute.find(), () -> path + " names another host: " + absolute.group());
                    continue;
                }
                if (type.contains("javascript")) {
                    continue;
                }
                Matcher m = LOADS.matcher(r.body());
                while (m.find()) {
                    String target = Stream.of(1, 2, 3, 4, 5, 6).map(m::group).filter(g -> g != null).findFirst().orElseThrow();
                    URI resolved = URI.create(root + path.replaceAll("[?#].*", "")).resolve(target.replace("&amp;", "&"));
                    assertTrue(resolved.getScheme().equals("data") || (root + "/").equals(resolved.getScheme() + "://" + resolved.getAuthority() + "/"),
                            () -> path + " (" + language + ") loads " + target + " from another host");
                    if (!resolved.getScheme().equals("data")) {
                        todo.add(resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery()));
                        assets++;
                    }
                }
            }
        }
        assertTrue(done.contains("/query/yasgui.min.css") && done.contains("/query/query.css"), "the editor's assets were read: " + done);
        assertTrue(assets > 8, "assets found: " + assets);
    }

    @Test
    void pagesLinkIntoTheEditor() {
        assertTrue(Integer.parseInt(string("headerEditorLink")) > 0, "the header links to /query");
        assertTrue(string("describeHref").startsWith("/query?query=DESCRIBE"), string("describeHref"));
        // a word in each language of the texts, found in a passage with the word marked
        JsonObject marks = seen.get("searchMarks").getAsObject();
        assertEquals(6, marks.size());
        for (String words : marks.keys()) {
            assertTrue(marks.get(words).getAsNumber().value().intValue() > 0, "the search for " + words + " shows no marked passage");
        }
    }
}
