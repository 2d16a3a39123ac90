package org.w3id.resgraph.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lines sorted (as Java strings compare) and each kept once, whatever their number: they are held
 * in memory up to a budget of characters, and past it sorted into runs on disk that are merged at
 * the end. A release's dump is written in this order, so two releases' dumps compare line by line
 * and the same data always gives the same bytes.
 */
final class SortedLines implements AutoCloseable {
    private final Path dir;
    private final long budget;
    private final List<String> lines = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long chars;

    /** @param dir where runs go, when the lines outgrow {@code budget} characters */
    SortedLines(Path dir, long budget) {
        this.dir = dir;
        this.budget = budget;
    }

    void add(String line) {
        lines.add(line);
        chars += line.length() + 40;   // the string's own cost, roughly
        if (chars > budget) {
            spill();
        }
    }

    private void spill() {
        lines.sort(null);
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "lines-", ".run");
            runs.add(run);
            try (Writer w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                String last = null;
                for (String l : lines) {
                    if (!l.equals(last)) {
                        w.write(l);
                        w.write('\n');
                    }
                    last = l;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sorted lines to " + dir + ": " + e.getMessage(), e);
        }
        lines.clear();
        chars = 0;
    }

    /** Writes the lines, sorted and each once, each followed by a newline; returns how many. */
    long writeTo(Writer out) throws IOException {
        long n = 0;
        if (runs.isEmpty()) {
            lines.sort(null);
            String last = null;
            for (String l : lines) {
                if (!l.equals(last)) {
                    out.write(l);
                    out.write('\n');
                    n++;
                }
                last = l;
            }
            return n;
        }
        if (!lines.isEmpty()) {
            spill();
        }
        List<BufferedReader> readers = new ArrayList<>();
        record Head(String line, BufferedReader from) {}
        PriorityQueue<Head> heap = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
        try {
            for (Path run : runs) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(r);
                String l = r.readLine();
                if (l != null) {
                    heap.add(new Head(l, r));
                }
            }
            String last = null;
            while (!heap.isEmpty()) {
                Head h = heap.poll();
                if (!h.line().equals(last)) {
                    out.write(h.line());
                    out.write('\n');
                    n++;
                    last = h.line();
                }
                String next = h.from().readLine();
                if (next != null) {
                    heap.add(new Head(next, h.from()));
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
        return n;
    }

    /** Removes the runs. */
    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + run + ": " + e.getMessage(), e);
            }
        }
        runs.clear();
        lines.clear();
    }
}
