package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a command of the end-to-end tests in the project's folder: its output, or a failure saying what went wrong. */
final class Commands {
    static final Path HOME = Path.of(System.getProperty("resgraph.home", ".")).toAbsolutePath();

    private Commands() {}

    /** Standard output (and error, when {@code withErrors}) of a command that must exit 0 within 180 s. */
    static String run(boolean withErrors, String... command) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).directory(HOME.toFile());
        if (withErrors) {
            b.redirectErrorStream(true);
        } else {
            b.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = b.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    /** Stops a server started by a test, by its process id and its children's, waiting at most 30 s before killing it. */
    static void stop(Process server) throws InterruptedException {
        if (server == null) {
            return;
        }
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
