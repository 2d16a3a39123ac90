package org.w3id.resgraph.read;

/**
 * Tells the language of a resolution text from its script, and for Latin script from a few
 * very common words. The six UN languages are the only answers; {@code und} when no letters.
 */
public final class LanguageDetector {
    private LanguageDetector() {}

    public static String detect(String text) {
        int han = 0, latin = 0, cyrillic = 0, arabic = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case HAN -> han++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                default -> { }
            }
        }
        // A Han character carries about a word; Latin letters about a fifth of one.
        int max = Math.max(Math.max(han * 5, latin), Math.max(cyrillic, arabic));
        if (max == 0) {
            return "und";
        }
        if (max == han * 5) {
            return "zh";
        }
        if (max == cyrillic) {
            return "ru";
        }
        if (max == arabic) {
            return "ar";
        }
        return latinLanguage(text.substring(0, limit).toLowerCase());
    }

    private static String latinLanguage(String text) {
        int en = count(text, " the ") + count(text, " of ") + count(text, " and ");
        int fr = count(text, " les ") + count(text, " des ") + count(text, " et ");
        int es = count(text, " los ") + count(text, " las ") + count(text, " y ");
        if (fr > en && fr >= es) {
            return "fr";
        }
        if (es > en && es > fr) {
            return "es";
        }
        return "en";
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
