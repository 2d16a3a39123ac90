package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** npm packages a test needs, installed from the project's own package.json and package-lock.json. */
final class NpmPackages {
    private NpmPackages() {}

    /**
     * Installs the packages of {@code sources}' package-lock.json into {@code target} with {@code npm ci}, unless
     * the same lock was installed there already; returns {@code target}.
     */
    static Path install(Path sources, Path target) throws Exception {
        Path lock = sources.resolve("package-lock.json");
        Path installed = target.resolve("package-lock.json");
        if (Files.isDirectory(target.resolve("node_modules")) && Files.exists(installed)
                && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(installed))) {
            return target;
        }
        Files.createDirectories(target);
        Files.copy(sources.resolve("package.json"), target.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
        Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error")
                .directory(target.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "npm ci in " + target + " did not finish");
        assertEquals(0, p.exitValue(), "npm ci in " + target + " failed:\n" + out);
        return target;
    }
}
