package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.resgraph.text.Sha256;

/**
 * The files of one class-path folder (the query editor's), each read once and kept, sent with a
 * content type by its extension, an ETag, and 304 Not Modified to a client that holds the same. Only
 * plain names ({@code [A-Za-z0-9._-]}, not opening with a dot) of files directly in the folder are
 * found: no sub-folders, no way up, no folder listings.
 */
final class ClasspathFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js", "application/javascript",
            "css", "text/css", "json", "application/json", "map", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "woff2", "font/woff2", "txt", "text/plain;charset=utf-8");
    /** What a page of the folder may do: load its own scripts, styles, images and fonts and ask this server; nothing else. */
    private static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

    /** A file's bytes, its content type and its (strong) ETag. */
    record File(byte[] body, String type, String etag) {}

    private final String folder;
    private final Map<String, File> read = new ConcurrentHashMap<>();

    /** @param folder a class-path folder, ending in '/': {@code org/w3id/resgraph/web/query/} */
    ClasspathFiles(String folder) {
        this.folder = folder;
    }

    /** The file of this name in the folder, if the name is a plain one and the file is there. */
    Optional<File> get(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(read.computeIfAbsent(name, this::read));
    }

    private File read(String name) {
        URL url = ClasspathFiles.class.getClassLoader().getResource(folder + name);
        if (url == null) {
            return null;
        }
        try {
            if (url.getProtocol().equals("file") && !Files.isRegularFile(Path.of(url.toURI()))) {
                return null;
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar && jar.getJarEntry().isDirectory()) {
                return null;
            }
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = in.readAllBytes();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return new File(body, TYPES.getOrDefault(extension, "application/octet-stream"), '"' + Sha256.hex(body).substring(0, 32) + '"');
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + folder + name + " could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    /** Sends {@code f} (its headers only, 304, when the client's If-None-Match names its ETag); a page with its policy. */
    static void send(File f, String cacheControl, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", f.etag());
        resp.setHeader("Cache-Control", cacheControl);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (f.type().startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", POLICY);
        }
        if (matches(req.getHeader("If-None-Match"), f.etag())) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(f.type());
        resp.setContentLength(f.body().length);
        resp.getOutputStream().write(f.body());
    }

    /** Whether an If-None-Match header ({@code "a", W/"b"} or {@code *}) names this ETag. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
