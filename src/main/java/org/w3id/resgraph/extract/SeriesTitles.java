package org.w3id.resgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.resgraph.gazetteer.NameKey;

/**
 * The titles series are known by, compared the way a reader would: case, punctuation and spacing
 * aside, "the situation in Somalia" the same as "Somalia", "索马里局势" the same as "索马里",
 * "妇女与和平与安全" the same as "妇女、和平与安全" (与, 及 and the enumeration comma all go). And the words that never make a series
 * ("this issue", "该问题"): a series is named by a subject, not by a pointer to one.
 */
public final class SeriesTitles {
    private static final Pattern EN_PUNCTUATION = Pattern.compile("[“”\"‘’'`,.:;!?()\\[\\]]");
    private static final Pattern EN_ABBREVIATION = Pattern.compile("\\s*\\([A-Z][A-Za-z.\\-]{1,10}\\)\\s*$");
    private static final List<String> EN_LEADS = List.of("the situation in the ", "the situation in ",
            "the situation concerning the ", "the situation concerning ", "situation in the ", "situation in ",
            "situation concerning the ", "situation concerning ", "the question of the ", "the question of ",
            "question of the ", "question of ", "the ");
    private static final Set<String> EN_GENERIC = Set.of("issue", "issues", "matter", "matters", "question", "questions",
            "subject", "subjects", "topic", "topics", "item", "items", "situation", "situations", "it", "them", "same",
            "resolution", "resolutions", "this", "these", "that", "those", "such", "above", "relevant", "previous");
    private static final Pattern ZH_PUNCTUATION = Pattern.compile("[、，,。；;：:“”\"‘’《》〈〉「」()（）\\s]");
    private static final Pattern ZH_JOINERS = Pattern.compile("[与及]");
    private static final List<String> ZH_TAILS = List.of("的局势", "局势", "的问题", "问题");
    private static final Set<String> ZH_GENERIC_LEADS = Set.of("此", "该", "这", "本", "上述", "前述", "有关", "相关", "所述");

    private SeriesTitles() {}

    /** The form two titles of one series share. */
    public static String key(String lang, String title) {
        if (lang.equals("zh")) {
            String k = NameKey.of("zh", title);
            k = ZH_PUNCTUATION.matcher(k).replaceAll("");
            for (String tail : ZH_TAILS) {
                if (k.endsWith(tail) && k.length() > tail.length() + 1) {
                    k = k.substring(0, k.length() - tail.length());
                    break;
                }
            }
            return ZH_JOINERS.matcher(k).replaceAll("");
        }
        String k = EN_ABBREVIATION.matcher(title.strip()).replaceAll("");
        k = NameKey.of(lang, k);
        k = EN_PUNCTUATION.matcher(k).replaceAll(" ").replace('-', ' ').replaceAll("\\s+", " ").strip();
        for (String lead : EN_LEADS) {
            if (k.startsWith(lead) && k.length() > lead.length()) {
                k = k.substring(lead.length());
                break;
            }
        }
        return k.replace(" and ", " ").replace("&", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a title says nothing of its own: empty, a pointer ("this issue", "the matter", "该问题",
     * "上述事项"), or a fragment that still holds a resolution number.
     */
    public static boolean generic(String lang, String title) {
        String k = key(lang, title);
        if (lang.equals("zh")) {
            if (k.length() < 2 || k.contains("决议") || k.contains("号") || k.matches(".*\\d.*")) {
                return true;
            }
            for (String lead : ZH_GENERIC_LEADS) {
                if (k.startsWith(lead) && (k.length() <= lead.length() + 3)) {
                    return true;
                }
            }
            return Set.of("事项", "议题", "专题", "事宜").contains(k);
        }
        if (k.length() < 3 || k.matches(".*\\bresolutions?\\b.*\\d.*")) {
            return true;
        }
        String[] words = k.split(" ");
        for (String w : words) {
            if (!EN_GENERIC.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words after "its resolutions … on" name {@code title}: the same key, or one the
     * start of the other at a word boundary and at least two words long ("on objective information
     * on military matters" for "Objective information on military matters, including transparency
     * of military expenditures").
     */
    public static boolean names(String lang, String phrase, String title) {
        String p = key(lang, phrase), t = key(lang, title);
        if (p.isEmpty() || t.isEmpty() || generic(lang, phrase)) {
            return false;
        }
        if (p.equals(t)) {
            return true;
        }
        if (lang.equals("zh")) {
            return false;
        }
        String shorter = p.length() < t.length() ? p : t, longer = p.length() < t.length() ? t : p;
        return shorter.split(" ").length >= 2 && longer.startsWith(shorter + " ");
    }

    /** Whether a title names the renewals of a mission's mandate ("mandate of MINUSMA", "马里稳定团的任务"). */
    public static boolean mandate(String lang, String title) {
        return lang.equals("zh") ? title.endsWith("的任务") : title.startsWith("mandate of ");
    }

    /** A slug for IRIs, ASCII words joined by '-', or empty when the key has none. */
    public static String slug(String key) {
        String s = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-[^-]*$", "") : s;
    }
}
