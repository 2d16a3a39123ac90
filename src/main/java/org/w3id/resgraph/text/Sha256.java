package org.w3id.resgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: of a source file's bytes for provenance, of a name for a short stable key. */
public final class Sha256 {
    private Sha256() {}

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first {@code length} hex digits of the digest of {@code s} in UTF-8. */
    public static String shortKey(String s, int length) {
        return hex(s.getBytes(StandardCharsets.UTF_8)).substring(0, length);
    }
}
