package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front door, end to end: the {@code ./resgraph} launcher on the packaged jar, and what real
 * RDF clients make of its output — rapper (raptor2-utils) parses every format, rdflib under
 * /usr/bin/python3 parses JSON-LD, and the project's copy of the acceptance checker finds every
 * gold fact by SPARQL. Runs after {@code package}, so the launcher finds an up-to-date jar.
 */
class LauncherIT {
    private static final Path HOME = Path.of(System.getProperty("resgraph.home", ".")).toAbsolutePath();
    private static final Path SEED = HOME.resolve("src/test/resources/fixtures/seed/000_de291e7566262927.txt");
    private static final Path GOLD = HOME.resolve("src/test/resources/fixtures/seed/A-RES-59-249.json");
    private static final Path CHECKER = HOME.resolve("src/test/resources/tools/check-seed-graph.py");
    private static final Path OUT = HOME.resolve("target/it");

    record Result(int status, String out) {}

    @BeforeAll
    static void clean() throws IOException {
        Files.createDirectories(OUT);
    }

    static Result exec(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Result exec(String... command) throws IOException, InterruptedException {
        return exec(Map.of(), command);
    }

    /** An extract stopped half-way (SIGTERM, as Ctrl-C or kill does) leaves the output as it was and no half-written file. */
    @Test
    void anExtractStoppedHalfWayLeavesNothingBehind() throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("stopped"));
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        Path out = dir.resolve("corpus.nq");
        Files.writeString(out, "kept\n");
        Process p = new ProcessBuilder("./resgraph", "extract", "-q", "corpus/", "-o", out.toString()).directory(HOME.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (listing(dir).size() < 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);   // until the temporary file beside the output appears
            }
            assertTrue(p.isAlive(), "the extraction ended before it could be stopped");
            assertEquals(2, listing(dir).size(), "a temporary file beside the output: " + listing(dir));
            p.destroy();   // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "extract did not stop on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("corpus.nq"), listing(dir), "what is left beside the output");
        assertEquals("kept\n", Files.readString(out), "the output is left as it was");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static Path extract(String name, Path input) throws Exception {
        Path out = OUT.resolve(name);
        Result r = exec("./resgraph", "extract", "-q", input.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.out());
        return out;
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Result r = exec("./resgraph", "--help");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("extract") && r.out().contains("validate"), r.out());
        Result e = exec("./resgraph", "extract", "--help");
        assertEquals(0, e.status(), e.out());
        assertTrue(e.out().contains("--format") && e.out().contains("--base") && e.out().contains("--lang"), e.out());
    }

    @Test
    void theAcceptanceCheckerFindsEveryGoldFactInTheTurtle() throws Exception {
        Path ttl = extract("seed.ttl", SEED);
        Result check = exec("/usr/bin/python3", CHECKER.toString(), ttl.toString(), GOLD.toString());
        assertEquals(0, check.status(), check.out());
        assertTrue(check.out().strip().matches("(?s).*seed facts: (\\d+)/\\1"), check.out());
    }

    @ParameterizedTest(name = "rapper parses {0}")
    @CsvSource({"seed.ttl, turtle", "seed.nt, ntriples", "seed.nq, nquads", "seed.trig, trig", "seed.rdf, rdfxml"})
    void rapperParsesEachFormat(String file, String syntax) throws Exception {
        Path out = extract(file, SEED);
        Result r = exec("rapper", "-i", syntax, "-c", out.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().matches("(?s).*Parsing returned [1-9]\\d{2,} triples.*"), r.out());
    }

    @Test
    void rdflibParsesTheJsonLdAndTheTurtleToTheSameStatements() throws Exception {
        Path jsonld = extract("seed.jsonld", SEED);
        Path nq = extract("seed.nq", SEED);
        String script = "import rdflib,sys\n"
                + "a=rdflib.Dataset(); a.parse(sys.argv[1], format='json-ld')\n"
                + "b=rdflib.Dataset(); b.parse(sys.argv[2], format='nquads')\n"
                + "qa=set((s,p,o) for s,p,o,g in a.quads((None,None,None,None)))\n"
                + "qb=set((s,p,o) for s,p,o,g in b.quads((None,None,None,None)))\n"
                + "print(len(qa), len(qb), qa==qb)\n";
        Result r = exec("/usr/bin/python3", "-c", script, jsonld.toString(), nq.toString());
        assertEquals(0, r.status(), r.out());
        String[] f = r.out().strip().split(" ");
        assertEquals("True", f[2], r.out());
        assertTrue(Integer.parseInt(f[0]) > 1000, r.out());
    }

    @Test
    void theCheckerPassesOnAnUnsegmentedAndOnABomCrlfCopy() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        int body = seed.indexOf("\n\n") + 2;
        Path unsegmented = Files.writeString(OUT.resolve("unsegmented.txt"),
                seed.substring(0, body) + seed.substring(body).replaceAll("\\s+", ""));
        Path bomCrlf = Files.writeString(OUT.resolve("bom-crlf.txt"), "\uFEFF" + seed.replace("\n", "\r\n"));
        for (Path copy : List.of(unsegmented, bomCrlf)) {
            Path ttl = extract(copy.getFileName() + ".ttl", copy);
            Result check = exec("/usr/bin/python3", CHECKER.toString(), ttl.toString(), GOLD.toString());
            assertEquals(0, check.status(), copy + ": " + check.out());
        }
    }

    @Test
    void theLauncherFindsAJdk21WhenJavaHomeAndPathOfferAnOlderOne() throws Exception {
        Path old = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        List<String> path = new ArrayList<>(List.of(old.resolve("bin").toString(), "/usr/bin", "/bin"));
        Result r = exec(Map.of("JAVA_HOME", old.toString(), "PATH", String.join(":", path)), "./resgraph", "--version");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().startsWith("resgraph "), r.out());
    }
}
