package org.w3id.resgraph.extract.en;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.SeriesTitles;

/**
 * The series a Council text places itself in, having no title of its own: "Recalling its previous
 * resolutions and statements of its President on the situation in Somalia" — the text is the next
 * of "its previous resolutions" on Somalia. Only "previous", "prior" or "earlier" says so: "its
 * relevant resolutions on women, peace and security" names a theme the text draws on, not one it
 * continues. And the mission whose mandate it extends ("Decides to extend until 30 June 2022 the
 * mandate of the United Nations … Mission in Mali (MINUSMA)"): the renewals of one mandate are a series
 * of their own, "mandate of MINUSMA", known by the mission's acronym where the text gives one.
 */
final class EnglishSeries {
    private static final Pattern PREVIOUS = Pattern.compile(
            "\\bits (?:previous|prior|earlier) (?:relevant )?resolutions"
                    + "(?:,? (?:and )?(?:the |its )?(?:relevant )?(?:statements of its President|presidential statements"
                    + "|press statements|statements to the press|statements|decisions))*"
                    + ",? (?:on|concerning|regarding|relating to|in relation to) (?<title>[^,;.]{3,120})");
    private static final Pattern TITLE_END = Pattern.compile(
            " (?:and (?:the |its )?(?:relevant )?(?:statements|presidential|press)|and [a-z]+ing\\b|in particular|including"
                    + "|especially|notably|which|that)\\b.*$");

    private static final Pattern MANDATE = Pattern.compile(
            "\\b(?:extend|renew)(?:s|ed|ing)?\\b[^.;]{0,60}?\\bthe mandate of (?:the )?"
                    + "(?<name>[A-Z]{3,10}\\b|United Nations(?: (?:[A-Z][\\w'-]*|in|for|on|of|the|and))+)"
                    + "(?: \\((?<acr>[A-Z]{3,10})\\))?(?=[ ,;.:])");
    /** A name of any words that the text follows with its acronym: "the United Nations Mission to support the Hodeidah Agreement (UNMHA)". */
    private static final Pattern MANDATE_WITH_ACRONYM = Pattern.compile(
            "\\b(?:extend|renew)(?:s|ed|ing)?\\b[^.;]{0,60}?\\bthe mandate of (?:the )?[^();,]{5,100}? \\((?<acr>[A-Z]{3,10})\\)");
    private static final Pattern TRAILING_WORDS = Pattern.compile("(?: (?:in|for|on|of|the|and))+$");

    /** The title found and where the words giving it end. */
    record Found(String title, int end) {}

    private EnglishSeries() {}

    static Optional<Found> find(String t, int from, int to) {
        Matcher m = PREVIOUS.matcher(t);
        m.region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = TITLE_END.matcher(m.group("title")).replaceAll("").strip();
        if (SeriesTitles.generic("en", title)) {
            return Optional.empty();
        }
        return Optional.of(new Found(title, m.end()));
    }

    /** "mandate of MINUSMA" when the paragraph extends or renews a mission's mandate. */
    static Optional<String> mandate(String t, int from, int to) {
        Matcher named = MANDATE_WITH_ACRONYM.matcher(t);
        named.region(from, to);
        if (named.find()) {
            return Optional.of("mandate of " + named.group("acr"));
        }
        Matcher m = MANDATE.matcher(t);
        m.region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = TRAILING_WORDS.matcher(m.group("name")).replaceAll("");
        String acronym = m.group("acr");
        if (acronym == null && !name.matches("[A-Z]{3,10}")) {
            Matcher a = Pattern.compile(Pattern.quote(name) + " \\(([A-Z]{3,10})\\)").matcher(t);
            acronym = a.find() ? a.group(1) : null;
        }
        return Optional.of("mandate of " + (acronym != null ? acronym : name));
    }
}
