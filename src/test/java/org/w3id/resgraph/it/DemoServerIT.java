package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's main command, {@code ./resgraph serve --demo}, as a user runs it: it builds the demo
 * database from the sample corpus and serves it on a free port of localhost, and real HTTP clients —
 * curl, and SPARQLWrapper under /usr/bin/python3 — get the right answers. The server is stopped at
 * the end.
 */
@Timeout(600)
class DemoServerIT {
    private static final Path HOME = Path.of(System.getProperty("resgraph.home", ".")).toAbsolutePath();
    private static Process server;
    private static int port;
    private static final StringBuilder LOG = new StringBuilder();

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ProcessBuilder("./resgraph", "serve", "--demo", "--port", Integer.toString(port))
                .directory(HOME.toFile()).redirectErrorStream(true).start();
        server.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        String line;
        while ((line = out.readLine()) != null) {
            LOG.append(line).append('\n');
            if (line.contains("SPARQL at http://localhost:" + port + "/resgraph/sparql")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo server did not start in 300 s:\n" + LOG);
            }
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        assertTrue(server.isAlive(), "the demo server stopped:\n" + LOG);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static String endpoint() {
        return "http://localhost:" + port + "/resgraph/sparql";
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void curlGetsThePredecessorsOf59249() throws Exception {
        String out = run("curl", "-s", "-f", "-H", "Accept: text/csv", "--data-urlencode", "query="
                + "PREFIX rg: <https://w3id.org/resgraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?cited WHERE { ?r dcterms:identifier \"A/RES/59/249\" ; rg:recalls ?c . ?c dcterms:identifier ?cited } "
                + "ORDER BY ?cited", endpoint());
        for (String s : new String[] {"A/RES/46/151", "A/RES/49/108", "A/RES/51/170", "A/RES/53/177", "A/RES/55/187", "A/RES/57/243"}) {
            assertTrue(out.contains(s), s + " missing from\n" + out);
        }
    }

    @Test
    void sparqlWrapperGetsEveryLanguageOfTheSample() throws Exception {
        Path script = Files.writeString(Files.createTempFile("resgraph-sparqlwrapper", ".py"), """
                import sys
                from SPARQLWrapper import SPARQLWrapper, JSON
                w = SPARQLWrapper(sys.argv[1])
                w.setQuery('''PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                SELECT ?lang (COUNT(?v) AS ?n) WHERE { ?v a rg:LanguageVersion ; dcterms:language ?lang }
                GROUP BY ?lang ORDER BY ?lang''')
                w.setReturnFormat(JSON)
                for b in w.query().convert()["results"]["bindings"]:
                    print(b["lang"]["value"], b["n"]["value"])
                """);
        String out = run("/usr/bin/python3", script.toString(), endpoint());
        assertTrue(out.contains("en 202") && out.contains("zh 168"), out);
        for (String l : new String[] {"ar 46", "es 46", "fr 45", "ru 45"}) {
            assertTrue(out.contains(l), l + " missing: the bundled versions in each language are loaded\n" + out);
        }
    }

    /** S/RES/2590 (2021) is in the bundled corpus in all six languages; its page answers in each. */
    @ParameterizedTest
    @CsvSource({"en, Recalling", "zh, 回顾", "fr, Rappelant", "es, Recordando", "ru, ссылаясь", "ar, يشير"})
    void theDemoShowsAResolutionPageInEachLanguage(String lang, String verb) throws Exception {
        String page = run("curl", "-s", "-f", "-L", "-H", "Accept: text/html", "-H", "Accept-Language: " + lang,
                "http://localhost:" + port + "/id/un/S/RES/2590(2021)");
        int paragraphs = page.indexOf("<ol class=\"paras\" lang=\"" + lang + "\"");
        assertTrue(paragraphs >= 0, lang + ": the paragraphs shown are not marked as the " + lang + " text");
        assertTrue(page.indexOf(verb, paragraphs) > paragraphs, lang + ": no paragraph of the " + lang + " text opens with " + verb);
        if (lang.equals("ar")) {
            assertTrue(page.contains("dir=\"rtl\""), "an Arabic page runs right to left");
        }
    }

    /** Full-text search on the demo database, in each language, by an inflected form of a word the texts hold. */
    @ParameterizedTest
    @CsvSource({"en, resolution", "zh, 决议", "fr, résolution", "es, resolución", "ru, резолюция", "ar, القرار"})
    void textQueryFindsParagraphsInEachLanguage(String lang, String word) throws Exception {
        String out = run("curl", "-s", "-f", "-H", "Accept: text/csv", "--data-urlencode", "query="
                + "PREFIX rg: <https://w3id.org/resgraph/ontology#> PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?p text:query (rg:text '" + word + "' 'lang:" + lang + "' 100000) }",
                endpoint());
        int n = Integer.parseInt(out.strip().split("\n")[1].strip());
        assertTrue(n >= 20, lang + ": '" + word + "' found in " + n + " paragraph(s) only");
    }
    @Test
    void serveMapsItsClassesFromTheArchiveTheLauncherMadeForThisBuild(@TempDir Path tmp) throws Exception {
        // the launcher makes serve's class-data archive once after each build; if that archive did not match
        // the jar, the JVM would quietly read every class from the jars again (and answer a second later)
        Path db = tmp.resolve("db");
        runHere(Map.of(), "./resgraph", "load", "--db", db.toString(), "corpus/ga-en/A_RES_80_59.md");
        String out = runHere(Map.of("RESGRAPH_JAVA_OPTS", "-Xlog:class+load=info"), "./resgraph", "serve", "--db", db.toString(), "--port", "0", "--check");
        assertTrue(out.contains("resgraph serve: query 200, home page 200"), out);
        for (String c : new String[] {"org.w3id.resgraph.cli.ServeCommand", "org.apache.jena.fuseki.main.FusekiServer", "org.apache.jena.tdb2.DatabaseMgr",
                "org.apache.lucene.index.DirectoryReader", "org.eclipse.jetty.server.Server"}) {
            String line = out.lines().filter(l -> l.contains(" " + c + " source:")).findFirst().orElse("(not loaded)");
            assertTrue(line.contains("source: shared objects file"), c + " was not read from the archive: " + line);
        }
    }

    private static String runHere(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
