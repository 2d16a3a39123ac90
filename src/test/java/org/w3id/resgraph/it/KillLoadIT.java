package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.resgraph.store.Store;

/**
 * A real {@code ./resgraph load} killed with SIGKILL at random moments: the database must open
 * afterwards and hold either what it held before the load or that plus whole documents — for a
 * database that existed (a transaction) and for a new one (built beside its folder, moved in when
 * complete). Rounds and their kill times are written to target/reliability/kill.md.
 */
@Timeout(1200)
class KillLoadIT {
    private static final Path OUT = Commands.HOME.resolve("target/it/kill");
    private static final String INPUT = "corpus/sc-akn/2020/English";
    private static Map<String, Long> before;
    private static Map<String, Long> after;
    private static double fullSeconds;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void references() throws Exception {
        Store.delete(OUT);
        Files.createDirectories(OUT);
        Path seedOnly = OUT.resolve("seed-only");
        Commands.run(true, "./resgraph", "load", "-q", "--db", seedOnly.toString(), "corpus/seed");
        before = documentGraphs(seedOnly);
        Path full = OUT.resolve("full");
        copy(seedOnly, full);
        long started = System.nanoTime();
        Commands.run(true, "./resgraph", "load", "-q", "--db", full.toString(), INPUT);
        fullSeconds = (System.nanoTime() - started) / 1e9;
        after = documentGraphs(full);
        assertTrue(after.size() > before.size() + 50, "the load adds the Council's 2020 texts: " + after.size());
    }

    @Test
    void killedLoadsIntoAnExistingDatabaseLeaveItAsItWasOrWithWholeDocuments() throws Exception {
        Random random = new Random(20261129);
        for (int round = 1; round <= 10; round++) {
            Path db = OUT.resolve("existing-" + round);
            copy(OUT.resolve("seed-only"), db);
            long killAt = 300 + (long) (random.nextDouble() * fullSeconds * 1000);
            String outcome = check(db, killedLoad(db, killAt), true);
            report.add("| existing database | " + round + " | " + killAt + " ms | " + outcome + " |");
        }
        write();
    }

    @Test
    void killedLoadsIntoANewDatabaseLeaveNoneOrAWholeOne() throws Exception {
        Random random = new Random(11292026);
        for (int round = 1; round <= 5; round++) {
            Path db = OUT.resolve("new-" + round);
            long killAt = 300 + (long) (random.nextDouble() * fullSeconds * 1000);
            String outcome = check(db, killedLoad(db, killAt), false);
            report.add("| new database | " + round + " | " + killAt + " ms | " + outcome + " |");
            // and a later load of the same folder completes
            if (round == 5) {
                Commands.run(true, "./resgraph", "load", "-q", "--db", db.toString(), "corpus/seed");
                assertTrue(Store.exists(db), "a load after a killed one makes the database");
            }
        }
        write();
    }

    /** Starts a load, kills it (SIGKILL) after {@code ms}; whether it had finished by itself first. */
    private static boolean killedLoad(Path db, long ms) throws Exception {
        Process p = new ProcessBuilder("./resgraph", "load", "-q", "--db", db.toString(), INPUT).directory(Commands.HOME.toFile())
                .redirectErrorStream(true).redirectOutput(OUT.resolve("load.log").toFile()).start();
        boolean finished = p.waitFor(ms, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();   // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return finished;
    }

    private static String check(Path db, boolean finished, boolean existed) {
        if (!existed && !Store.exists(db)) {
            assertTrue(!finished, "a load that finished left no database");
            return "no database (a later load starts afresh)";
        }
        Map<String, Long> now = documentGraphs(db);
        if (now.equals(before) && existed) {
            return "opens; as before the load";
        }
        // a new database holds the loaded documents alone, an existing one the seed as well
        Map<String, Long> expected = new TreeMap<>(after);
        if (!existed) {
            expected.keySet().removeAll(before.keySet());
        }
        assertEquals(expected, new TreeMap<>(now), "the database holds only whole documents, and all of them, or none (killed "
                + (finished ? "after" : "before") + " the end)");
        return "opens; every document loaded, each whole";
    }

    /** The document graphs of a database and their sizes; opening it is the first check. */
    private static Map<String, Long> documentGraphs(Path db) {
        Dataset ds = Store.open(db);
        try {
            Map<String, Long> out = new TreeMap<>();
            Txn.executeRead(ds, () -> {
                try (QueryExecution q = QueryExecution.dataset(ds).query(
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/un/')) } GROUP BY ?g").build()) {
                    q.execSelect().forEachRemaining((QuerySolution s) -> out.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
                }
            });
            return out;
        } finally {
            ds.close();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Store.delete(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static synchronized void write() throws Exception {
        Path dir = Commands.HOME.resolve("target/reliability");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kill.md"), "| database | round | SIGKILL after | outcome |\n|---|---|---|---|\n"
                + String.join("\n", report) + "\n");
    }
}
