package org.w3id.resgraph.gazetteer;

import java.util.Locale;

import org.w3id.resgraph.text.NormalisedText;

/**
 * The form names are compared in. For Chinese: without spaces and with full-width ASCII folded, as
 * {@link NormalisedText} does to the text, since Chinese has no word spaces
 * and segmenters put them anywhere. For other languages: runs of spaces made one, lower case.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String lang, String name) {
        boolean chinese = lang.equals("zh");
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (NormalisedText.isSpace(c)) {
                pendingSpace = !chinese && out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(NormalisedText.fold(c));
        }
        String key = out.toString();
        return chinese ? key : key.toLowerCase(Locale.ROOT);
    }
}
