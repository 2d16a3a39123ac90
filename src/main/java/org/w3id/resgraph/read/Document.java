package org.w3id.resgraph.read;

import java.util.List;
import java.util.Map;

/**
 * One resolution text as read from a file, before extraction.
 *
 * @param source      the name users know the file by (path or {@code <stdin>})
 * @param fileName    the file name without folders
 * @param sha256      SHA-256 of the file's bytes, for provenance
 * @param format      which reader read it ({@code seed}, {@code markdown}, {@code text})
 * @param text        the whole decoded file; every offset the project reports counts into it
 * @param bodyStart   where the resolution text begins in {@code text} (after headers or front matter)
 * @param language    ISO 639-1 code of the text, detected or given
 * @param metadata    header fields the format carries (front matter keys), never guessed
 * @param descriptors UNBIS descriptors as labels, when the format lists them
 */
public record Document(String source, String fileName, String sha256, String format, String text,
                       int bodyStart, String language, Map<String, String> metadata, List<String> descriptors) {

    public Document {
        metadata = Map.copyOf(metadata);
        descriptors = List.copyOf(descriptors);
    }

    public String body() {
        return text.substring(bodyStart);
    }

    public Document withLanguage(String lang) {
        return new Document(source, fileName, sha256, format, text, bodyStart, lang, metadata, descriptors);
    }
}
