package org.w3id.resgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** What the progress of a long run says, on a terminal and in a log. */
class ProgressTest {
    private final Logger log = (Logger) LoggerFactory.getLogger("resgraph.progress-test");

    @Test
    void theLineSaysDoneOutOfTheTotalTheRateAndTheTimeLeft() {
        Progress p = new Progress(log, "documents", 10_000, false, System.err);
        long later = System.nanoTime() + 2_000_000_000L;   // as if 2 s had passed
        String line = p.line(1_000, later);
        assertTrue(line.matches("1,000/10,000 documents \\(10 %\\), 5\\d\\d documents/s, about 0:1\\d left"), line);
        assertTrue(p.line(10_000, later).matches("10,000/10,000 documents \\(100 %\\), \\d+ documents/s"), p.line(10_000, later));
    }

    @Test
    void clockTimes() {
        assertEquals("0:05", Progress.clock(5));
        assertEquals("1:15", Progress.clock(75));
        assertEquals("1:02:05", Progress.clock(3725));
    }

    @Test
    void onATerminalOneLineWritesOverItselfAndIsClearedAtTheEnd() {
        log.setLevel(Level.INFO);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(log, "documents", 3, true, new PrintStream(err, true, StandardCharsets.UTF_8));
        p.update(1);   // too soon after the start for a line
        p.update(3);   // the last one is always shown
        p.finish();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("3/3 documents (100 %)"), shown);
        assertTrue(shown.endsWith("\033[K\r\033[K"), "the cursor goes back to the start and the line is cleared: " + shown);
        assertTrue(!shown.contains("\n"), "never a new line: " + shown);
    }

    @Test
    void quietShowsNothing() {
        log.setLevel(Level.WARN);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(log, "documents", 3, true, new PrintStream(err, true, StandardCharsets.UTF_8));
        p.update(3);
        p.finish();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        log.setLevel(null);
    }
}
