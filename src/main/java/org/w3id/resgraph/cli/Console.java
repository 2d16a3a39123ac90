package org.w3id.resgraph.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command talks to, so tests can run commands in process. */
public record Console(InputStream in, PrintStream out, PrintStream err) {
    static Console system() {
        return new Console(System.in, System.out, System.err);
    }
}
