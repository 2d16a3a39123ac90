package org.w3id.resgraph.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six official languages of the United Nations: the one table of their codes every part of
 * resgraph reads (readers, IRIs, pages, options, the thesaurus import, the extractors).
 *
 * <pre>{@code
 * UnLanguage.of("zh").orElseThrow().iso639_3();    // "zho", the segment of a language version's IRI
 * UnLanguage.fromCode("fre");                       // FR: AKN4UN files use either ISO 639-2 form
 * }</pre>
 *
 * @param iso639_1 two-letter code: language tags of literals, {@code --lang}, {@code Accept-Language}
 * @param iso639_3 three-letter code (ISO 639-2/T, the same for these six): IRIs of language versions, AKN4UN {@code FRBRlanguage}
 * @param bibliographic the ISO 639-2/B code where it differs ({@code chi}, {@code fre}), else the same as {@code iso639_3}
 * @param script   ISO 15924 script code
 * @param undocs   the language segment of the UN's document links ({@code https://undocs.org/fr/S/RES/2532(2020)})
 * @param english  the language's English name, as the UN repository names its folders
 * @param rightToLeft whether the script runs right to left
 */
public record UnLanguage(String iso639_1, String iso639_3, String bibliographic, String script, String undocs,
                         String english, String autonym, boolean rightToLeft) {

    public static final UnLanguage AR = new UnLanguage("ar", "ara", "ara", "Arab", "ar", "Arabic", "العربية", true);
    public static final UnLanguage ZH = new UnLanguage("zh", "zho", "chi", "Hans", "zh", "Chinese", "中文", false);
    public static final UnLanguage EN = new UnLanguage("en", "eng", "eng", "Latn", "en", "English", "English", false);
    public static final UnLanguage FR = new UnLanguage("fr", "fra", "fre", "Latn", "fr", "French", "Français", false);
    public static final UnLanguage RU = new UnLanguage("ru", "rus", "rus", "Cyrl", "ru", "Russian", "Русский", false);
    public static final UnLanguage ES = new UnLanguage("es", "spa", "spa", "Latn", "es", "Spanish", "Español", false);

    /** The six, in the UN's order (the English alphabetical order of their names). */
    public static final List<UnLanguage> ALL = List.of(AR, ZH, EN, FR, RU, ES);

    /** Two-letter codes of the six, in the UN's order. */
    public static List<String> codes() {
        return ALL.stream().map(UnLanguage::iso639_1).toList();
    }

    /** The language of a two-letter code ({@code fr}), or empty when it is not one of the six. */
    public static Optional<UnLanguage> of(String iso639_1) {
        if (iso639_1 == null) {
            return Optional.empty();
        }
        String c = iso639_1.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.iso639_1.equals(c)).findFirst();
    }

    /** Whether a two-letter code is one of the six. */
    public static boolean isUn(String iso639_1) {
        return of(iso639_1).isPresent();
    }

    /**
     * The language of any of its codes: two-letter, three-letter, bibliographic, or the English
     * name ({@code French}); empty when none of the six has it.
     */
    public static Optional<UnLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.iso639_1.equals(c) || l.iso639_3.equals(c) || l.bibliographic.equals(c)
                || l.english.toLowerCase(Locale.ROOT).equals(c)).findFirst();
    }

    /** The three-letter code of a two-letter one; a code that is not one of the six is returned as it is. */
    public static String threeLetter(String iso639_1) {
        return of(iso639_1).map(UnLanguage::iso639_3).orElse(iso639_1);
    }

    /** The position of a two-letter code in {@link #ALL}, or {@code ALL.size()} for any other. */
    public static int order(String iso639_1) {
        return of(iso639_1).map(ALL::indexOf).orElse(ALL.size());
    }
}
