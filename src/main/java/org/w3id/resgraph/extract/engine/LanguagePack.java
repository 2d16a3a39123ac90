package org.w3id.resgraph.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.w3id.resgraph.gazetteer.DataFile;

/**
 * What the extraction engine knows of one language, read from a folder of data files on the class
 * path, all in one schema ({@code org/w3id/resgraph/extract/<lang>/}):
 * <ul>
 * <li>{@code pack.tsv}: settings: how a date is written ({@code date}, with {@code {day} {month} {year}}),
 *     what may follow a day ({@code day-suffix}), the meeting number in a heading ({@code meeting}, a
 *     regular expression), elided words ({@code elisions}: {@code l' d'}) and one-letter prefixes
 *     written onto the next word ({@code clitics}: Arabic {@code و ب}).</li>
 * <li>{@code clause-verbs.tsv}: the clause verbs, where they open paragraphs, the relation they give
 *     the resolutions they take as objects, and (optionally) their English equivalent.</li>
 * <li>{@code words.tsv}: the function words the rules read around references, with their roles ({@link Role}).</li>
 * <li>{@code nouns.tsv}: the nouns of what is cited by number ({@link NounKind}).</li>
 * <li>{@code months.tsv}: month names, several forms per month.</li>
 * </ul>
 * A language needs a class of its own only where its script needs its own tokenisation.
 *
 * <pre>{@code
 * LanguagePack fr = LanguagePack.load("fr");
 * fr.verb("rappelant").map(LanguagePack.Verb::relation);   // "recalls"
 * }</pre>
 */
public final class LanguagePack {
    /** Where the packs of the languages resgraph ships are. */
    public static final String ROOT = "org/w3id/resgraph/extract/";

    /** Where a verb opens paragraphs. */
    public enum Position { PREAMBULAR, OPERATIVE, BOTH }

    /** What a function word does around a reference (see {@code words.tsv}). */
    public enum Role {
        DETERMINER, OWN, QUANTIFIER, ADJECTIVE, ADVERB, FOCUS, OF, DATE_LINK, CONJUNCTION, CLAUSE, TOPIC;

        static Role parse(String s) {
            return valueOf(s.strip().toUpperCase().replace('-', '_'));
        }
    }

    /**
     * What a noun names: a resolution, a decision, a part of one (its paragraph, its annex), or
     * another document cited beside them (a statement of the President).
     */
    public enum NounKind { RESOLUTION, DECISION, PART, DOCUMENT }

    /** A clause verb: the phrase (in {@link TextView#key(String)} form), where it opens paragraphs, its relation (null: none). */
    public record Verb(String phrase, Position position, String relation, String english) {}

    private final String language;
    private final Map<String, String> settings;
    private final Map<String, Verb> verbs = new HashMap<>();
    private final Map<String, Set<Role>> words = new HashMap<>();
    private final Map<String, NounKind> nouns = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final List<String> elisions;
    private final List<String> clitics;
    private final Pattern date;
    private final Pattern meeting;
    /** The most words any phrase of the pack has. */
    private int longestPhrase = 1;

    private LanguagePack(String language, String dir) {
        this.language = language;
        this.settings = new LinkedHashMap<>();
        String file = dir + "pack.tsv";
        for (String[] r : DataFile.readTsv(file, 2)) {
            settings.put(r[0], r[1]);
        }
        for (String[] r : DataFile.readTsv(dir + "clause-verbs.tsv", 3)) {
            String phrase = TextView.key(r[0]);
            Position position;
            try {
                position = Position.valueOf(r[1].toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(dir + "clause-verbs.tsv: '" + r[1] + "' is not preambular, operative or both");
            }
            verbs.putIfAbsent(phrase, new Verb(phrase, position, r[2].equals("-") ? null : r[2], r.length > 3 ? r[3] : r[0]));
            longestPhrase = Math.max(longestPhrase, words(phrase));
        }
        for (String[] r : DataFile.readTsv(dir + "words.tsv", 2)) {
            String w = TextView.key(r[0]);
            try {
                words.computeIfAbsent(w, k -> EnumSet.noneOf(Role.class)).add(Role.parse(r[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(dir + "words.tsv: '" + r[1] + "' is not a role (" + List.of(Role.values()) + ")");
            }
            longestPhrase = Math.max(longestPhrase, words(w));
        }
        for (String[] r : DataFile.readTsv(dir + "nouns.tsv", 2)) {
            nouns.put(TextView.key(r[0]), NounKind.valueOf(r[1].strip().toUpperCase()));
        }
        for (String[] r : DataFile.readTsv(dir + "months.tsv", 2)) {
            for (String form : r[1].split("\\|")) {
                months.put(TextView.key(form), Integer.valueOf(r[0].strip()));
            }
        }
        this.elisions = list(settings.get("elisions"));
        this.clitics = list(settings.get("clitics"));
        this.date = datePattern(settings.getOrDefault("date", "{day} {month} {year}"), settings.getOrDefault("day-suffix", ""));
        try {
            this.meeting = settings.containsKey("meeting") ? Pattern.compile(settings.get("meeting"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null;
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(file + ": meeting is not a regular expression: " + e.getDescription());
        }
    }

    /** The pack of a language resgraph ships ({@code fr}), from {@code org/w3id/resgraph/extract/fr/}. */
    public static LanguagePack load(String language) {
        return load(language, ROOT + language + "/");
    }

    /** A pack from any folder on the class path (a test's toy language, a pack of one's own). */
    public static LanguagePack load(String language, String resourceDir) {
        return new LanguagePack(language, resourceDir.endsWith("/") ? resourceDir : resourceDir + "/");
    }

    /** Whether resgraph ships a pack for {@code language}. */
    public static boolean exists(String language) {
        try (InputStream in = LanguagePack.class.getResourceAsStream("/" + ROOT + language + "/pack.tsv")) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    public String language() {
        return language;
    }

    /** A setting of {@code pack.tsv}, if given. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public Optional<Verb> verb(String phraseKey) {
        return Optional.ofNullable(verbs.get(phraseKey));
    }

    public Set<Role> roles(String wordKey) {
        return words.getOrDefault(wordKey, Collections.emptySet());
    }

    public Optional<NounKind> noun(String wordKey) {
        return Optional.ofNullable(nouns.get(wordKey));
    }

    public boolean isMonth(String wordKey) {
        return months.containsKey(wordKey);
    }

    /** Elided forms that end with an apostrophe and join the next word: {@code l'}, {@code d'}. */
    public List<String> elisions() {
        return elisions;
    }

    /** One-letter prefixes written onto the next word (Arabic {@code و} "and", {@code ب} "with"). */
    public List<String> clitics() {
        return clitics;
    }

    /** The most words in a phrase of the pack: how far a phrase is looked for. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /** Whether {@code key} is a word or phrase the pack knows at all (verb, function word, noun, month). */
    public boolean knows(String key) {
        return verbs.containsKey(key) || words.containsKey(key) || nouns.containsKey(key) || months.containsKey(key);
    }

    /** A date written in this language, found in a view's {@link TextView#key() key}. */
    public record FoundDate(int start, int end, LocalDate date) {}

    /** Every date in {@code key[from, to)}. */
    public List<FoundDate> dates(String key, int from, int to) {
        List<FoundDate> out = new ArrayList<>();
        Matcher m = date.matcher(key);
        m.region(from, to);
        while (m.find()) {
            Integer month = months.get(TextView.key(m.group("month")));
            if (month == null) {
                continue;
            }
            try {
                out.add(new FoundDate(m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group("year")), month,
                        Integer.parseInt(m.group("day")))));
            } catch (DateTimeException e) {
                // "31 février": not a date
            }
        }
        return out;
    }

    /** The meeting number the heading gives, if the pack knows how it is written. */
    public Optional<Integer> meeting(String heading) {
        if (meeting == null) {
            return Optional.empty();
        }
        Matcher m = meeting.matcher(heading);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    private Pattern datePattern(String template, String daySuffix) {
        List<String> forms = new ArrayList<>(months.keySet());
        forms.sort((a, b) -> b.length() - a.length());   // the longest form first: "كانون الثاني/يناير" before "يناير"
        StringBuilder month = new StringBuilder();
        for (String f : forms) {
            month.append(month.length() == 0 ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
        }
        String day = "(?<day>\\d{1,2})" + (daySuffix.isEmpty() ? "" : "(?:" + Pattern.quote(daySuffix) + ")?");
        StringBuilder p = new StringBuilder("(?<![\\d\\p{L}])");
        Matcher m = Pattern.compile("\\{(day|month|year)\\}|\\s+|[^{\\s]+").matcher(template);
        while (m.find()) {
            if (m.group(1) != null) {
                p.append(switch (m.group(1)) {
                    case "day" -> day;
                    case "month" -> "(?<month>" + month + ")";
                    default -> "(?<year>\\d{4})";
                });
            } else if (m.group().isBlank()) {
                p.append("\\s+");
            } else {
                p.append(Pattern.quote(TextView.key(m.group())));
            }
        }
        return Pattern.compile(p.append("(?![\\d\\p{L}])").toString());
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : value.strip().split("\\s+")) {
            out.add(TextView.key(s));
        }
        return List.copyOf(out);
    }

    private static int words(String phrase) {
        return phrase.split(" ").length;
    }
}
