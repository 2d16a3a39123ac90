package org.w3id.resgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.resgraph.text.Sha256;

/**
 * The bytes of one input document and the name users know it by (a path, or {@code <stdin>}).
 * The SHA-256 of the bytes identifies the source in the provenance of its graph.
 */
public record SourceFile(String name, byte[] bytes) {

    public static SourceFile of(Path path) throws ReadException {
        try {
            return new SourceFile(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new ReadException(path.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static SourceFile of(String name, InputStream in) throws ReadException {
        try {
            return new SourceFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new ReadException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** The file name without its folders, as it is recorded in provenance. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    public String sha256() {
        return Sha256.hex(bytes);
    }
}
