package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.bench.Bench;
import org.w3id.resgraph.bench.Virtuoso;

/**
 * The benchmark in miniature, so that it cannot rot: a few generated documents through every stage
 * (the floor, extraction on one and all threads, the end-to-end load against Jena's bulk loader and
 * Virtuoso's, the server's start-up, every example query on resgraph and on Virtuoso, answers compared),
 * and the table it writes. Virtuoso must be installed (virtuoso-opensource-7-bin: {@code ./resgraph test}
 * installs it).
 */
@Timeout(600)
class BenchSmokeIT {
    @TempDir
    Path work;

    /**
     * Example queries that give resgraph's answers on Virtuoso too, on the smoke corpus: all 19 that do not
     * use jena-text (21 only up to the order within its GROUP_CONCATs, which SPARQL leaves open). Eleven
     * of them answer no rows at this size (01, 02, 05, 11–14, 18–20), which says less.
     */
    private static final int SAME_AS_VIRTUOSO = 19;

    @Test
    void everyStageRunsAndTheTableIsWritten() throws Exception {
        assertTrue(Virtuoso.missing().isEmpty(), "the benchmark's peer is not installed: " + Virtuoso.missing()
                + " (apt-get install virtuoso-opensource-7-bin; ./resgraph test installs it)");
        Path report = work.resolve("BENCHMARKS.md");
        Bench.main(new String[] {"--smoke", "--no-demo", "--work", work.toString(), "--report", report.toString()});
        String written = Files.readString(report, StandardCharsets.UTF_8);
        // what this run measured: the table and its notes, not bench/NOTES.md appended after them
        String table = written.contains("\n## ") ? written.substring(0, written.indexOf("\n## ")) : written;
        for (String row : List.of("read and decode (floor)", "extraction, 1 thread", "load end to end", "tdb2.tdbloader",
                "load ÷ bulk loader", "load within a 2 GiB heap", "serve: first answer", "serve peak memory", "ASK {} over HTTP",
                "series lineage and citation lookups", "corpus-wide questions")) {
            assertTrue(table.contains(row), row + " is missing from the table:\n" + table);
        }
        try (Stream<Path> queries = Files.list(Commands.HOME.resolve("queries"))) {
            for (Path q : queries.filter(p -> p.toString().endsWith(".rq")).toList()) {
                assertTrue(table.contains("query " + q.getFileName()), q.getFileName() + " was not timed");
                // beside Virtuoso: timed there too, or said why not
                String name = Pattern.quote(q.getFileName().toString());
                assertTrue(table.matches("(?s).*\\| beside Virtuoso: " + name + " \\| p50 [0-9.]+ ms, p99 [0-9.]+ ms \\| Virtuoso "
                        + "(p50 [0-9.]+ ms, p99 [0-9.]+ ms; .*|n/a \\(jena-text\\)) \\|.*"), q.getFileName() + " was not set beside Virtuoso:\n" + table);
            }
        }
        Matcher load = Pattern.compile("\\| Virtuoso bulk load [^|]* \\| ([0-9]+) quads/s \\|").matcher(table);
        assertTrue(load.find() && Long.parseLong(load.group(1)) > 0, "no load rate of Virtuoso:\n" + table);
        for (String ask : List.of("ASK \\{\\} over HTTP \\(GET, one kept-alive connection\\)", "ASK \\{\\} over HTTP through the JDK's HttpClient \\(POST\\)")) {
            assertTrue(table.matches("(?s).*\\| " + ask + " \\| p50 [0-9.]+ ms, p99 [0-9.]+ ms \\| Virtuoso p50 [0-9.]+ ms.*"), ask + ":\n" + table);
        }
        Matcher same = Pattern.compile("\\| answers the same as Virtuoso's \\| ([0-9]+) of ([0-9]+) example queries \\|").matcher(table);
        assertTrue(same.find(), "no count of the answers compared:\n" + table);
        assertTrue(Integer.parseInt(same.group(1)) >= SAME_AS_VIRTUOSO, same.group() + ": fewer than " + SAME_AS_VIRTUOSO
                + " example queries gave the same answers on both:\n" + written);
        assertTrue(!table.contains("Virtuoso failed"), table);
        assertTrue(!table.contains("did not answer") && !table.contains("exited with"), table);
        assertTrue(!table.contains(" on resgraph "), "a query failed on resgraph:\n" + table);
        // the section on streamed extraction: extract run as a user runs it, on both corpora, to its end
        int from = written.indexOf("## Streamed extraction"), to = written.indexOf("<!-- end of streaming -->");
        assertTrue(from > 0 && to > from, "the streaming section is missing:\n" + written);
        String section = written.substring(from, to);
        for (String row : List.of("extract to N-Quads, 20 documents (-Xmx1g) | ", "extract to N-Quads, 40 documents (-Xmx1g) | ",
                "peak RSS, 40 ÷ 20 documents", "streamed ÷ former", "one document (zh) at 1×, 10×, 100×", "one document (en) at 1×, 10×, 100×")) {
            assertTrue(section.contains(row), row + " is missing from the section:\n" + section);
        }
        assertTrue(!section.contains("different output"), "the streamed and the former extraction disagree:\n" + section);
        assertTrue(section.matches("(?s).*40 documents \\(-Xmx1g\\) \\| [0-9]+ documents/s \\| peak RSS [0-9]+ MiB.*"),
                "extract did not complete:\n" + section);
    }
}
