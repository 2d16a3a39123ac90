package org.w3id.resgraph.extract.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.SeriesTitles;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.DataFile;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.text.DisjointSpans;

/**
 * The references of English resolution texts, on the view of {@link EnglishText} (single spaces):
 * <ul>
 * <li>resolutions and decisions by number, alone or in lists: "its resolutions 53/72 of 4 December
 * 1998, 54/43 … and 77/33 of 7 December 2022 on <title>", "resolution 35/142 B", "2625 (XXV)",
 * "decision 79/512", "Security Council resolutions 2014 (2011), 2051 (2012)", "Human Rights
 * Council resolution 52/1", "Economic and Social Council resolution 2023/31";</li>
 * <li>other documents by symbol: A/80/534, S/2019/883, A/CONF.198/11;</li>
 * <li>instruments and conferences the gazetteer knows by an English name.</li>
 * </ul>
 * Which organ a number belongs to: the organ named before "resolution", else the form of the
 * number ({@code 1540 (2004)} is the Security Council's, {@code 2023/31} the Economic and Social
 * Council's), else the organ of the citing text ("its resolutions").
 */
final class EnglishReferences {
    /** Short names of organs before "resolution(s)" ("Assembly", "SC") and the organ each names, or "-" when it does not tell. */
    private static final Map<String, String> ORGAN_NOUNS = organNouns();
    private static final String NUMBER = "(?:ES|S)-\\d{1,2}/\\d{1,3}(?: ?[A-Z](?![\\w/]))?"
            + "|\\d{1,4}/\\d{1,4}(?: ?[A-Z](?![\\w/]))?(?![\\d/])"
            + "|\\d{1,4} ?(?:[A-Z] ?)?\\((?:\\d{4}|[IVXLC]{1,8})\\)";
    private static final Pattern ITEM = Pattern.compile("(?<num>" + NUMBER + ")(?: of (?:" + EnglishDates.DATE + "))?");
    /** What may stand between two items of one list. */
    private static final Pattern JOINER = Pattern.compile(
            "(?:,? and |,? as well as |, |,? or )(?:(?:its |the )?(?<kind>[Rr]esolutions?|[Dd]ecisions?) )?");
    /** The words of a title up to the clause's next comma, semicolon or full stop. */
    private static final Pattern PHRASE = Pattern.compile("[^,;.]{3,160}");
    private static final Pattern PART_DATE = Pattern.compile(" of " + EnglishDates.DATE);
    /** A document symbol and a comma before "decision 15/4": a decision inside that (non-UN) document. */
    private static final Pattern INSIDE_DOCUMENT = Pattern.compile("[A-Z]{2,}[A-Za-z0-9./]*/[A-Za-z0-9./]+, $");
    /** A second letter part: "36/87 A and B" is 36/87 A and 36/87 B. */
    private static final Pattern PART = Pattern.compile("^ and ([A-Z])(?![\\w/])");
    /** A document symbol; the capital first (as the symbol's own pattern has it) spares the look-ahead at every lower-case word. */
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z0-9./])(?=[A-Z])(" + Symbols.DOCUMENT + ")");
    private static final Pattern YEAR_AFTER = Pattern.compile(" ?\\((?:\\d{4}|[IVXLC]{1,8})\\)");
    /** "the World Health Assembly in its resolution 72/8": a body the rules do not know, then "in its". */
    private static final Pattern OTHER_BODY_ITS = Pattern.compile("\\bthe (?:[A-Z][A-Za-z-]+ )+(?:(?:of|on|for) (?:the )?(?:[A-Z][A-Za-z-]+ )*)?"
            + "(?:Assembly|Council|Commission|Board|Committee|Conference|Organization|Parties|Forum|Agency|Meeting|Congress),? in its $");
    private static final Pattern OF_OTHER_BODY = Pattern.compile(
            " of the (?!General Assembly|Security Council|Human Rights Council|Economic and Social Council|Assembly\\b|Council\\b)[A-Z]");
    private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z][A-Za-z.-]*) $");
    /** Small words inside the names of bodies: "Commission on the Status of Women". */
    private static final Set<String> NAME_LINKS = Set.of("of", "on", "for", "the", "and");
    /** Capitalised words that may stand before "resolution" without naming a body. */
    private static final Set<String> NOT_A_BODY = Set.of("The", "Its", "In", "By", "Under", "As", "Also",
            "Further", "And", "Of", "On", "For", "To", "At", "With", "All", "Both", "Each", "These", "Those", "Such", "Previous",
            "Relevant", "Subsequent", "Other", "UN", "United", "Nations", "General", "Security", "Human", "Rights", "Economic", "Social", "Assembly", "Council");
    private static final Pattern BARE_SC = Pattern.compile("(?<![\\w/(.-])(\\d{1,4}) ?\\(((?:19[4-9]|20\\d)\\d)\\)");
    /** The phrase that says resolutions are meant: "its previous relevant resolutions". */
    private static final Pattern RESOLUTIONS_SAID = Pattern.compile(
            "\\b(?:(?:its|all|the|previous|relevant|subsequent|other|Security|Council) )*[Rr]esolutions?\\b");
    private static final Pattern SC_FORM = Pattern.compile("\\d{1,4} ?\\(\\d{4}\\)");
    private static final Pattern ROMAN_FORM = Pattern.compile("\\d{1,4} ?\\([IVXLC]+\\)");
    private static final Pattern YEAR_FORM = Pattern.compile("(19[4-9]\\d|20\\d\\d)/\\d{1,4}");

    /** One reference found at view {@code [start, end)}; {@code head} is where its phrase starts. */
    record Found(int start, int end, int head, Cited target, String rule) {}

    private final Gazetteer gazetteer;
    /** The organs of the reference data that adopt resolutions, by their English names, and the patterns naming them. */
    private final Organs organs;
    private final EnglishVerbs verbs;
    private String lastText, lastLower;
    /** The symbol prefix of the organ of the citing text (A/RES/, S/RES/ …). */
    private final String ownPrefix;

    EnglishReferences(Gazetteer gazetteer, String ownPrefix) {
        this.gazetteer = gazetteer;
        this.organs = Organs.of(gazetteer);
        this.verbs = EnglishVerbs.standard();
        this.ownPrefix = ownPrefix == null ? "A/RES/" : ownPrefix;
    }

    /** Every reference in view {@code [from, to)} of {@code t}, in text order. */
    List<Found> find(String t, int from, int to, String ownTitle) {
        Taken out = new Taken();
        resolutions(t, from, to, ownTitle, out);
        bareSecurityCouncilNumbers(t, from, to, out);
        documents(t, from, to, out);
        named(t, from, to, out);
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    private void resolutions(String t, int from, int to, String ownTitle, Taken out) {
        Matcher h = organs.head().matcher(Budget.guard(t));
        h.region(from, to);
        int resumeAt = from;
        while (h.find()) {
            Budget.check();
            if (h.start() < resumeAt) {
                continue;
            }
            String before = t.substring(Math.max(from, h.start() - 80), h.start());
            String organ = h.group("organ");
            if (INSIDE_DOCUMENT.matcher(before).find() || otherBodyBefore(t, from, h.start())) {
                // "document CBD/COP/15/17, decision 15/4", "Commission on Narcotic Drugs resolution 66/1",
                // "United Nations Environment Assembly resolution 5/14" (not the General Assembly's)
                continue;
            }
            boolean own = organ == null && t.regionMatches(true, Math.max(from, h.start() - 4), "its ", 0, 4);
            if (own) {
                // "mandated by the Human Rights Council in its resolution 45/34": "its" is that organ's
                Matcher named = organs.namedBeforeIts().matcher(before);
                if (named.find()) {
                    organ = named.group(1);
                    own = false;
                } else if (OTHER_BODY_ITS.matcher(before).find()) {
                    continue;   // "the World Health Assembly in its resolution 72/8"
                }
            }
            boolean decision = h.group("kind").toLowerCase(Locale.ROOT).startsWith("decision");
            List<Found> list = new ArrayList<>();
            int at = h.end();
            while (true) {
                Budget.check();
                Matcher i = ITEM.matcher(t);
                i.region(at, to);
                if (!i.lookingAt()) {
                    break;
                }
                String num = i.group("num");
                LocalDate date = i.group(2) == null ? null : EnglishDates.date(i.group(2), i.group(3), i.group(4)).orElse(null);
                String symbol = symbol(num, organ, own, decision);
                list.add(new Found(i.start(), i.start() + num.length(), h.start(), target(symbol, date, decision), "en.resolution-list"));
                at = i.end();
                Matcher part = PART.matcher(t.substring(i.start() + num.length(), Math.min(to, i.start() + num.length() + 8)));
                if (num.matches(".*[A-Z]$") && part.find()) {
                    int s = i.start() + num.length() + part.start(1);
                    at = i.start() + num.length() + part.end();
                    Matcher partDate = PART_DATE.matcher(t);
                    partDate.region(at, to);
                    LocalDate d = date;
                    if (partDate.lookingAt()) {
                        d = EnglishDates.date(partDate.group(1), partDate.group(2), partDate.group(3)).orElse(null);
                        at = partDate.end();
                    }
                    String second = symbol.substring(0, symbol.length() - 1) + part.group(1);
                    list.add(new Found(s, s + 1, h.start(), target(second, d, decision), "en.resolution-list"));
                }
                Matcher j = JOINER.matcher(t);
                j.region(at, to);
                if (!j.lookingAt()) {
                    break;
                }
                if (j.group("kind") != null) {
                    decision = j.group("kind").toLowerCase(Locale.ROOT).startsWith("decision");
                }
                Matcher next = ITEM.matcher(t);
                next.region(j.end(), to);
                if (!next.lookingAt()) {
                    break;
                }
                at = j.end();
            }
            if (list.isEmpty()) {
                continue;
            }
            Matcher of = OF_OTHER_BODY.matcher(t);
            of.region(at, to);
            if (of.lookingAt()) {
                continue;   // "decision 14/30 of the Conference of the Parties"
            }
            String series = seriesTitle(t, list.get(list.size() - 1).end(), to, ownTitle);
            for (Found f : list) {
                if (series != null && f.target() instanceof Cited.Resolution r) {
                    out.add(new Found(f.start(), f.end(), f.head(), new Cited.Resolution(r.symbol(), r.adopted(), series), f.rule()));
                } else {
                    out.add(f);
                }
            }
            resumeAt = list.get(list.size() - 1).end();
        }
    }

    /**
     * Whether a capitalised word that is not an organ's, nor a clause verb, stands right before
     * {@code at}: the name of a body the rules do not know ("Commission on the Status of Women
     * resolution 60/2", "Statistical Commission decision 54/101", "Environment Assembly resolution").
     */
    private boolean otherBodyBefore(String t, int from, int at) {
        Matcher w = LAST_WORD.matcher(t.substring(Math.max(from, at - 40), at));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        if (!Character.isUpperCase(word.charAt(0)) || NOT_A_BODY.contains(word)) {
            return false;
        }
        int wordStart = at - word.length() - 1;
        // a name of two words or more ("Statistical Commission", "Status of Women"), not a sentence's first word ("See")
        Matcher previous = LAST_WORD.matcher(t.substring(Math.max(from, wordStart - 40), wordStart));
        if (!previous.find() || !(Character.isUpperCase(previous.group(1).charAt(0)) || NAME_LINKS.contains(previous.group(1)))) {
            return false;
        }
        if (Character.isUpperCase(previous.group(1).charAt(0))) {
            return true;   // inside a name: "Statistical Commission" (a verb list's "commission" is no verb here)
        }
        return verbs.at(t, wordStart, true) == null && verbs.at(t, wordStart, false) == null;
    }

    /**
     * Security Council resolutions by number and year alone, after the word "resolutions" has been
     * said: "its previous resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005) …",
     * "subsequent resolutions on women, peace and security including 2242 (2015)". A list of two or
     * more such numbers needs no such word.
     */
    private void bareSecurityCouncilNumbers(String t, int from, int to, Taken out) {
        Matcher m = BARE_SC.matcher(Budget.guard(t));
        m.region(from, to);
        List<Found> list = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            Budget.check();
            if (out.overlaps(m.start(), m.end())) {
                continue;
            }
            if (!list.isEmpty() && !JOINER.matcher(t.substring(lastEnd, m.start())).matches()) {
                emitBare(t, from, list, out);
                list.clear();
            }
            String symbol = "S/RES/" + m.group(1) + "(" + m.group(2) + ")";
            list.add(new Found(m.start(), m.end(), m.start(), new Cited.Resolution(symbol, null, null), "en.resolution-numbers"));
            lastEnd = m.end();
        }
        emitBare(t, from, list, out);
    }

    private static void emitBare(String t, int from, List<Found> list, Taken out) {
        if (list.isEmpty()) {
            return;
        }
        int start = list.get(0).start();
        int said = -1;
        Matcher w = RESOLUTIONS_SAID.matcher(t);
        w.region(Math.max(from, start - 150), start);
        while (w.find()) {
            said = w.start();
        }
        if (said < 0 && list.size() < 2) {
            return;
        }
        int head = said >= 0 ? said : start;
        for (Found f : list) {
            out.add(new Found(f.start(), f.end(), head, f.target(), f.rule()));
        }
    }

    /**
     * "… on <the citing resolution's own title>" after a list makes its items members of the series;
     * the words may give the whole title or its start ("on objective information on military matters"
     * for a title that goes on ", including transparency of military expenditures").
     */
    private static String seriesTitle(String t, int at, int to, String ownTitle) {
        if (ownTitle == null) {
            return null;
        }
        int i = at;
        Matcher date = Pattern.compile("^ of " + EnglishDates.DATE).matcher(t.substring(i, Math.min(to, i + 30)));
        if (date.find()) {
            i += date.end();
        }
        for (String lead : List.of(" on ", ", entitled ", " entitled ")) {
            if (t.startsWith(lead, i)) {
                int from = i + lead.length();
                String whole = t.substring(from, Math.min(to, from + ownTitle.length() + 8));
                String key = comparable(whole), title = comparable(ownTitle);
                if (!title.isEmpty() && (key.startsWith(title) || key.startsWith("the " + title))) {
                    return ownTitle;
                }
                Matcher phrase = PHRASE.matcher(t);
                phrase.region(from, to);
                if (phrase.lookingAt() && SeriesTitles.names("en", phrase.group(), ownTitle)) {
                    return ownTitle;
                }
            }
        }
        return null;
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[“”\"‘’',:]", "").replaceAll("\\s+", " ").strip();
    }

    private static Cited target(String symbol, LocalDate date, boolean decision) {
        return decision ? new Cited.SymbolDocument(symbol, "Decision", null) : new Cited.Resolution(symbol, date, null);
    }

    /** The canonical symbol of a number cited as a resolution or decision of {@code organ}. */
    String symbol(String number, String organ, boolean own, boolean decision) {
        String n = number.replace(" ", "");
        String prefix;
        if (organ == null && own) {
            prefix = ownPrefix;
        } else if (organ == null) {
            prefix = byForm(number, ownPrefix);
        } else {
            // the organ's prefix from the reference data; "Council resolution 1947 (2010)" by the number's form
            prefix = organs.prefix(organ).orElseGet(() -> byForm(number, "S/RES/"));
        }
        if (SC_FORM.matcher(number).matches() && !prefix.equals("E/RES/")) {
            prefix = "S/RES/";
        } else if (prefix.equals("S/RES/")) {
            prefix = "A/RES/";   // Security Council resolutions are all numbered "N (YYYY)"; 70/262 is the Assembly's
        } else if (YEAR_FORM.matcher(n).lookingAt() && !prefix.equals("E/CN.4/RES/")) {
            prefix = "E/RES/";
        }
        if (decision) {
            prefix = prefix.replace("/RES/", "/DEC/");
        }
        return Symbols.canonical(prefix + n);
    }

    /**
     * The organs that adopt resolutions, read from the reference data once per gazetteer: their English
     * names and the short names of {@code organ-nouns.tsv}, longest first, in the patterns that find a
     * resolution's organ, and the symbol prefix of each name.
     */
    private record Organs(Pattern head, Pattern namedBeforeIts, Map<String, String> prefixes) {
        private static final Map<Gazetteer, Organs> BY_GAZETTEER = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        static Organs of(Gazetteer g) {
            return BY_GAZETTEER.computeIfAbsent(g, Organs::read);
        }

        private static Organs read(Gazetteer g) {
            Map<String, String> prefixes = new HashMap<>();
            for (Entry e : g.entries()) {
                g.resolutionPrefix(e.iri()).ifPresent(prefix ->
                        g.names("en", x -> x == e).forEach(name -> prefixes.put(name, prefix)));
            }
            List<String> names = new ArrayList<>(prefixes.keySet());
            ORGAN_NOUNS.forEach((word, slug) -> {
                names.add(word);
                g.entries().stream().filter(e -> e.slug().equals(slug)).findFirst()
                        .flatMap(e -> g.resolutionPrefix(e.iri())).ifPresent(prefix -> prefixes.put(word, prefix));
            });
            names.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
            String alternatives = String.join("|", names.stream().map(Pattern::quote).toList());
            return new Organs(
                    Pattern.compile("(?<![\\w/])(?:(?<organ>" + alternatives + ") )?(?<kind>[Rr]esolutions?|[Dd]ecisions?) (?=" + NUMBER + ")"),
                    Pattern.compile("\\bthe (" + alternatives + "),? in its $"), Map.copyOf(prefixes));
        }

        Optional<String> prefix(String name) {
            return Optional.ofNullable(prefixes.get(name));
        }
    }

    private static Map<String, String> organNouns() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : DataFile.readTsv("org/w3id/resgraph/extract/en/organ-nouns.tsv", 2)) {
            out.put(r[0], r[1]);
        }
        return Map.copyOf(out);
    }

    private static String byForm(String number, String fallback) {
        if (SC_FORM.matcher(number).matches()) {
            return "S/RES/";
        }
        if (ROMAN_FORM.matcher(number).matches()) {
            return fallback.equals("S/RES/") ? "A/RES/" : fallback;
        }
        if (YEAR_FORM.matcher(number.replace(" ", "")).lookingAt()) {
            return "E/RES/";
        }
        return fallback.equals("S/RES/") ? "A/RES/" : fallback;
    }

    private void documents(String t, int from, int to, Taken out) {
        Matcher m = SYMBOL.matcher(Budget.guard(t));
        m.region(from, to);
        while (m.find()) {
            Budget.check();
            int end = m.end();
            Matcher year = YEAR_AFTER.matcher(t);
            year.region(end, to);
            if (year.lookingAt() && !m.group(1).endsWith(")")) {
                end = year.end();   // S/RES/2505 (2020)
            }
            String symbol = Symbols.canonical(t.substring(m.start(), end));
            if (!symbol.contains("/") || out.overlaps(m.start(), end)) {
                continue;
            }
            Cited target = Symbols.isResolution(symbol) ? new Cited.Resolution(symbol, null, null)
                    : new Cited.SymbolDocument(symbol, documentType(symbol), null);
            out.add(new Found(m.start(), end, m.start(), target, "en.document-symbol"));
        }
    }

    private static String documentType(String symbol) {
        return symbol.contains("/DEC/") ? "Decision" : "Document";
    }

    private void named(String t, int from, int to, Taken out) {
        String lower = lowerCase(t);
        for (NameMatch m : gazetteer.findAll("en", lower, from, to, e -> e.is("Instrument") || e.is("Declaration")
                || e.is("Conference") || e.is("Event"))) {
            Budget.check();
            if (!wordAt(t, m.start(), m.end()) || out.overlaps(m.start(), m.end())) {
                continue;
            }
            Entry e = m.entry();
            Cited target = e.is("Conference") || e.is("Event")
                    ? new Cited.Event(e.iri(), t.substring(m.start(), m.end()), "en", e.is("Conference"), null, null, null,
                            List.of(), List.of())
                    : new Cited.Instrument(e.iri(), null);
            out.add(new Found(m.start(), m.end(), m.start(), target, "en.named"));
        }
    }

    /** {@code t} in lower case, char for char, so offsets stay; kept for the next paragraph of the same text. */
    private String lowerCase(String t) {
        if (t != lastText) {
            char[] c = t.toCharArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = Character.toLowerCase(c[i]);
            }
            lastText = t;
            lastLower = new String(c);
        }
        return lastLower;
    }

    /** Whether {@code [start, end)} is whole words: "CEB" is not in "receb…". */
    static boolean wordAt(String t, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1)))
                && (end >= t.length() || !Character.isLetterOrDigit(t.charAt(end)));
    }

    /**
     * The references found so far in a stretch, and where they stand, so that whether a new one overlaps
     * one of them is answered without going through them all (a paragraph may hold millions).
     */
    private static final class Taken extends ArrayList<Found> {
        private static final long serialVersionUID = 1L;
        private final transient DisjointSpans spans = new DisjointSpans();

        @Override
        public boolean add(Found f) {
            spans.add(f.start(), f.end());
            return super.add(f);
        }

        boolean overlaps(int start, int end) {
            return spans.overlaps(start, end);
        }
    }

    /** The organisation an English name is, if the gazetteer knows it. */
    OrgRef organisation(String name) {
        return gazetteer.byName("en", name, e -> e.is("Organization")).map(e -> OrgRef.known(e.iri())).orElse(null);
    }
}
