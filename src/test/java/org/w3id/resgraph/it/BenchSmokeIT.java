package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.bench.Bench;

/**
 * The benchmark in miniature, so that it cannot rot: a few generated documents through every stage
 * (the floor, extraction on one and all threads, the end-to-end load against Jena's bulk loader, the
 * server's start-up, every example query on resgraph and on Oxigraph), and the table it writes.
 */
@Timeout(600)
class BenchSmokeIT {
    @TempDir
    Path work;

    @Test
    void everyStageRunsAndTheTableIsWritten() throws Exception {
        Path report = work.resolve("BENCHMARKS.md");
        Bench.main(new String[] {"--smoke", "--no-demo", "--work", work.toString(), "--report", report.toString()});
        String written = Files.readString(report, StandardCharsets.UTF_8);
        // what this run measured: the table and its notes, not bench/NOTES.md appended after them
        String table = written.contains("\n## ") ? written.substring(0, written.indexOf("\n## ")) : written;
        for (String row : List.of("read and decode (floor)", "extraction, 1 thread", "load end to end", "tdb2.tdbloader",
                "load ÷ bulk loader", "load within a 2 GiB heap", "serve: first answer", "serve peak memory", "Oxigraph")) {
            assertTrue(table.contains(row), row + " is missing from the table:\n" + table);
        }
        try (Stream<Path> queries = Files.list(Commands.HOME.resolve("queries"))) {
            for (Path q : queries.filter(p -> p.toString().endsWith(".rq")).toList()) {
                assertTrue(table.contains("query " + q.getFileName()), q.getFileName() + " was not timed");
                // beside Oxigraph, timed over HTTP and in process, as a figure, not a failure
                assertTrue(table.matches("(?s).*\\| peer: " + java.util.regex.Pattern.quote(q.getFileName().toString())
                        + " \\| p50 [0-9.]+ ms, p99 [0-9.]+ ms over HTTP; p50 [0-9.]+ ms, p99 [0-9.]+ ms in process \\|.*"),
                        q.getFileName() + " was not timed in process beside Oxigraph:\n" + table);
            }
        }
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
