package org.w3id.resgraph.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;

/**
 * Progress of a long run: documents done out of the total, the rate and the time left. On a terminal,
 * one line that updates itself a few times a second; otherwise (a log file, CI) a log line every
 * {@link #EVERY_SECONDS} seconds, as Jena's loaders do. Nothing when the log does not show INFO
 * ({@code -q}).
 */
public final class Progress {
    /** Seconds between two log lines when the output is not a terminal. */
    public static final int EVERY_SECONDS = 10;
    private static final long TERMINAL_EVERY = 250_000_000L;

    private final Logger log;
    private final String what;
    private final int total;
    private final boolean terminal;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long last = started;
    private boolean shown;

    /**
     * @param log   the log the lines go to (and whose INFO level decides whether there are any)
     * @param what  what is counted ("documents")
     * @param total how many there are
     */
    public Progress(Logger log, String what, int total) {
        this(log, what, total, stderrIsTerminal(), System.err);
    }

    Progress(Logger log, String what, int total, boolean terminal, PrintStream err) {
        this.log = log;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
        this.err = err;
    }

    /** {@code done} of the total are done. */
    public void update(int done) {
        if (!log.isInfoEnabled()) {
            return;
        }
        long now = System.nanoTime();
        if (terminal) {
            if (now - last >= TERMINAL_EVERY || done == total) {
                last = now;
                shown = true;
                // the cursor is left at the start of the line, so a warning printed next writes over it
                err.print(line(done, now) + "\033[K\r");
                err.flush();
            }
        } else if (now - last >= EVERY_SECONDS * 1_000_000_000L && done < total) {
            last = now;
            log.info(line(done, now));
        }
    }

    /** The run is over: the terminal line is cleared (the summary that follows says what was done). */
    public void finish() {
        if (terminal && shown) {
            err.print("\033[K");
            err.flush();
        }
    }

    /** "1,234/10,000 documents (12 %), 480 documents/s, about 0:19 left". */
    String line(int done, long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d/%,d %s (%d %%), %.0f %s/s", done, total, what,
                total == 0 ? 100 : (int) (100L * done / total), rate, what));
        if (done > 0 && done < total) {
            b.append(", about ").append(clock((long) Math.ceil((total - done) / rate))).append(" left");
        }
        return b.toString();
    }

    /** 75 → "1:15", 3725 → "1:02:05". */
    static String clock(long seconds) {
        long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** Whether standard error is a terminal: on Linux what file descriptor 2 is; elsewhere whether the JVM has a console. */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
