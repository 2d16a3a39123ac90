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
 * @param metadata    header fields the format carries (front matter keys, or the keys below), never guessed
 * @param descriptors UNBIS descriptors as labels, when the format lists them
 * @param subjects    subject concept IRIs the format gives directly (AKN4UN keywords: UNBIS, SDG, EuroVoc)
 * @param links       links the format carries, with their anchors in {@code text}
 */
public record Document(String source, String fileName, String sha256, String format, String text,
                       int bodyStart, String language, Map<String, String> metadata, List<String> descriptors,
                       List<String> subjects, List<Link> links) {

    /** Metadata keys readers fill when the format states them (never guessed from the text). */
    public static final String SYMBOL = "symbol", TITLE = "title", ADOPTED = "adopted", MEETING = "meeting",
            ORGAN = "organ", WORK_ALIAS = "work-alias", VERSION_ALIAS = "version-alias";
    /**
     * What the format says the document is (AKN4UN's document element: {@code resolution},
     * {@code presidentialStatement}, {@code draftResolution}); see {@link AknHead}.
     */
    public static final String DOCUMENT_TYPE = "document-type";
    /** Prefix of the metadata keys that give the label a format shows for a subject: {@code SUBJECT_LABEL + iri}. */
    public static final String SUBJECT_LABEL = "subject-label:";

    public Document {
        metadata = Map.copyOf(metadata);
        descriptors = List.copyOf(descriptors);
        subjects = List.copyOf(subjects);
        links = List.copyOf(links);
    }

    /** A document of a format without subjects or links of its own. */
    public Document(String source, String fileName, String sha256, String format, String text,
                    int bodyStart, String language, Map<String, String> metadata, List<String> descriptors) {
        this(source, fileName, sha256, format, text, bodyStart, language, metadata, descriptors, List.of(), List.of());
    }

    public String body() {
        return text.substring(bodyStart);
    }

    /** This document without the links its format carries: what the text alone gives. */
    public Document withoutLinks() {
        return new Document(source, fileName, sha256, format, text, bodyStart, language, metadata, descriptors, subjects, List.of());
    }

    public Document withLanguage(String lang) {
        return new Document(source, fileName, sha256, format, text, bodyStart, lang, metadata, descriptors, subjects, links);
    }
}
