package org.w3id.resgraph.gazetteer;

import org.w3id.resgraph.text.NormalisedText;

/**
 * The form names are compared in. For Chinese: without spaces and with full-width ASCII folded, as
 * {@link NormalisedText} does to the text, since Chinese has no word spaces
 * and segmenters put them anywhere. For other languages: runs of spaces (no-break ones included)
 * made one, lower case, and the typographic variants UN texts mix made one:
 * <ul>
 * <li>the apostrophe {@code '} read as the typographic one {@code ’}, which UN texts mostly use;
 * <li>the non-breaking hyphen (U+2011) read as {@code -} ("Secretary‑General", "Sous‑Secrétaire");
 * <li>Arabic alef with hamza or madda ({@code أ إ آ}) read as bare alef {@code ا} ("الاتحاد الافريقي"
 *     beside "الاتحاد الأفريقي"), and alef maksura {@code ى} as yeh {@code ي} ("ذوى" beside "ذوي");
 * <li>left out: Arabic tatweel (U+0640, "الأمــم المتحـدة"), Arabic vowel marks (harakat,
 *     U+064B..U+0652, "وبرنامجُ الأمم المتحدة") and the direction marks (U+200E, U+200F,
 *     U+202A..U+202E) Arabic texts carry inside names ("مدونة قواعد ‏السلوك").
 * </ul>
 * Every character is folded alone, to one character or to none, so a text can be put in the same
 * form by {@link #view} and what is found there mapped back to the original.
 */
public final class NameKey {
    /** What {@link #fold} gives for a character left out of keys. */
    private static final char NONE = '\uFFFF';

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
            char f = chinese ? NormalisedText.fold(c) : fold(c);
            if (f == NONE) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(f);
        }
        return out.toString();
    }

    /**
     * {@code [from, to)} of a text in the form of keys, each character mapped back to the original, so
     * that {@link Gazetteer#longestAt} and {@link Gazetteer#findAll} can search the view and
     * {@link NormalisedText#span} give where a name found there is in the original. For Chinese this is
     * {@link NormalisedText#of(String, int, int)}; for other languages a run of spaces becomes one
     * space (at the run's first), left-out characters are not in the view, and the rest is folded one
     * to one, so a name written with a tatweel, a vowel mark or a direction mark inside spans them.
     */
    public static NormalisedText view(String lang, String original, int from, int to) {
        if (lang.equals("zh")) {
            return NormalisedText.of(original, from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int[] map = new int[to - from + 1];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (NormalisedText.isSpace(c)) {
                if (n > 0 && out.charAt(n - 1) == ' ') {
                    continue;
                }
                c = ' ';
            } else {
                c = fold(c);
                if (c == NONE) {
                    continue;
                }
            }
            out.append(c);
            map[n++] = i;
        }
        map[n] = to;
        int[] trimmed = new int[n + 1];
        System.arraycopy(map, 0, trimmed, 0, n + 1);
        return NormalisedText.mapped(original, out.toString(), trimmed);
    }

    /** A whole text in the form of keys; see {@link #view(String, String, int, int)}. */
    public static NormalisedText view(String lang, String original) {
        return view(lang, original, 0, original.length());
    }

    /** One character of a name in a language other than Chinese as keys have it, or {@link #NONE}. */
    private static char fold(char c) {
        switch (c) {
            case '\'':
                return '\u2019';
            case '\u2011':
                return '-';
            case '\u0622', '\u0623', '\u0625':
                return '\u0627';
            case '\u0649':
                return '\u064A';
            case '\u0640', '\u200E', '\u200F':
                return NONE;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u0652' || c >= '\u202A' && c <= '\u202E') {
            return NONE;
        }
        return Character.toLowerCase(NormalisedText.fold(c));
    }
}
