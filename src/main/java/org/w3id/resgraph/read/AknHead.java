package org.w3id.resgraph.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.text.UnLanguage;

/**
 * What the first kilobytes of an AKN4UN file say it is, without reading the whole file: the kind of
 * document ({@code <statement name="resolution">}, {@code "presidentialStatement"}, {@code "draftResolution"})
 * and its language ({@code <FRBRlanguage language="deu">}). Folders of the UN's repository hold German
 * versions and drafts that were not adopted beside the resolutions; this is how they are told apart by
 * their content, not by the folder they happen to be in.
 *
 * <pre>{@code
 * AknHead.of(firstKilobytes).filter(h -> h.language().equals("de"));   // a German version
 * }</pre>
 *
 * @param documentType the {@code name} of the document element (else the element's own name); null when not found
 * @param language     ISO 639-1 code of the version's FRBRlanguage ({@code de} for German); null when not stated
 */
public record AknHead(String documentType, String language) {
    /** How much of a file is enough: the document element and FRBRExpression come first, in the first 2 KB or so. */
    public static final int ENOUGH = 16 * 1024;

    /** AKN4UN's document types that matter here. */
    public static final String RESOLUTION = "resolution", PRESIDENTIAL_STATEMENT = "presidentialStatement",
            DRAFT_RESOLUTION = "draftResolution";

    /** FRBRlanguage codes of German (ISO 639-2, either form), the one language beside the six the UN repository holds. */
    private static final Map<String, String> OTHER_LANGUAGES = Map.of("deu", "de", "ger", "de");

    private static final String NAME = "(?:[A-Za-z_][\\w.-]*:)?";
    private static final Pattern DOCUMENT = Pattern.compile("<" + NAME + "akomaNtoso\\b[^>]*>(?:\\s|<!--.*?-->)*<"
            + NAME + "([A-Za-z]+)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern NAME_ATTRIBUTE = Pattern.compile("\\sname\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern LANGUAGE = Pattern.compile("<" + NAME + "FRBRlanguage\\b[^>]*?\\slanguage\\s*=\\s*[\"']([^\"']*)[\"']");

    /** The head of an AKN4UN text; empty when the text is not AKN4UN (its root is not {@code akomaNtoso}). */
    public static Optional<AknHead> of(String head) {
        if (!new AknReader().accepts("", head)) {
            return Optional.empty();
        }
        String type = null;
        Matcher d = DOCUMENT.matcher(head);
        if (d.find()) {
            Matcher n = NAME_ATTRIBUTE.matcher(d.group(2));
            type = n.find() && !n.group(1).isBlank() ? n.group(1).strip() : d.group(1);
        }
        Matcher l = LANGUAGE.matcher(head);
        return Optional.of(new AknHead(type, l.find() ? isoLanguage(l.group(1)) : null));
    }

    /** An FRBRlanguage code as ISO 639-1 ({@code zho} → {@code zh}, {@code deu} → {@code de}), or null when unknown. */
    public static String isoLanguage(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return UnLanguage.fromCode(c).filter(l -> !l.english().equalsIgnoreCase(c)).map(UnLanguage::iso639_1)
                .orElse(OTHER_LANGUAGES.get(c));
    }

    public boolean isGerman() {
        return "de".equals(language);
    }
}
