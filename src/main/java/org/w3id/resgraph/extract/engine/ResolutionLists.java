package org.w3id.resgraph.extract.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.extract.engine.LanguagePack.NounKind;
import org.w3id.resgraph.extract.engine.LanguagePack.Role;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.text.DisjointSpans;

/**
 * Resolutions and decisions cited by number, alone or in lists, in any language: "ses résolutions
 * 2286 (2016) et 2532 (2020)", "las resoluciones de la Asamblea General 74/270 y 74/274",
 * "резолюции 74/270 и 74/274 Генеральной Ассамблеи", "قراري الجمعية العامة 74/270 و 74/274".
 *
 * <p>The numbers are the same in every language: {@code N (YYYY)} is how the Security Council numbers
 * its resolutions, and only it; {@code 74/270} (session/number), {@code ES-10/19} and {@code 2625 (XXV)}
 * need a resolution or decision noun before the list. Items of one list are joined by commas and the
 * pack's conjunctions, and may each carry a date ("du 21 avril 2020"). The organ is the one named in
 * the noun phrase before the list, else the one named right after it ("… de l'Assemblée générale"),
 * else the text's own organ (for the Council's own numbering, the Assembly's).
 */
public final class ResolutionLists implements CitationRule {
    /** A number as resolutions are numbered; group 1: the Council's N (YYYY) or the Assembly's old N (XXV); group 3: session/number. */
    private static final Pattern ITEM = Pattern.compile("(?<![\\w/.\\-])(?:"
            + "(\\d{1,4}) ?\\((\\d{4}|[IVXLC]{1,7})\\)"
            + "|((?:ES|S)-\\d{1,2}/\\d{1,3}(?: ?[A-Z](?![\\w/]))?|\\d{1,3}/\\d{1,4}(?: ?[A-Z](?![\\w/]))?)(?![\\w/]))");
    /** A full symbol written in the text: S/RES/2286 (2016), A/RES/74/270, A/HRC/RES/45/34. */
    private static final Pattern FULL = Pattern.compile("(?<![\\w/])(?:A|S|E)(?:/[A-Z]{2,6}(?:\\.\\d{1,3})?)?/(?:RES|DEC)/"
            + "(?:\\d{1,4} ?\\((?:\\d{4}|[IVXLC]{1,7})\\)|(?:ES-\\d{1,2}/)?\\d{1,4}(?:/\\d{1,4})?(?: ?[A-Z](?![\\w/]))?)(?![\\w/])");
    /** How far back from a list its noun may stand, in tokens. */
    private static final int NOUN_WINDOW = 12;

    private final Gazetteer gazetteer;
    private final String ownOrgan;

    /** @param ownOrgan gazetteer IRI of the organ that adopted the text, or null */
    public ResolutionLists(Gazetteer gazetteer, String ownOrgan) {
        this.gazetteer = gazetteer;
        this.ownOrgan = ownOrgan;
    }

    @Override
    public String name() {
        return "resolution-list";
    }

    private record Item(int start, int end, String council, String year, String number, LocalDate date, int after) {}

    @Override
    public void find(Passage p, List<Reference> earlier, List<Reference> out) {
        String t = p.view().text();
        Matcher f = FULL.matcher(Budget.guard(t));
        f.region(p.start(), p.end());
        DisjointSpans full = new DisjointSpans();   // where full symbols stand: the numbers inside them are theirs
        while (f.find()) {
            Budget.check();
            String symbol = Symbols.canonical(f.group());
            out.add(new Reference(f.start(), f.end(), new Cited.Resolution(symbol, dateAfter(p, f.end()), null), rule(p)));
            full.add(f.start(), f.end());
        }
        Matcher m = ITEM.matcher(Budget.guard(t));
        m.region(p.start(), p.end());
        List<Item> list = new ArrayList<>();
        while (m.find()) {
            Budget.check();
            if (full.overlaps(m.start(), m.start() + 1)) {
                continue;
            }
            LanguagePack.FoundDate d = dateAt(p, skip(t, m.end()));
            int after = d == null ? m.end() : d.end();
            Item item = new Item(m.start(), m.end(), m.group(1), m.group(2), m.group(3), d == null ? null : d.date(), after);
            if (!list.isEmpty() && !joined(p, list.get(list.size() - 1).after(), item.start())) {
                emit(p, list, out);
                list.clear();
            }
            list.add(item);
        }
        emit(p, list, out);
    }

    private String rule(Passage p) {
        return p.pack().language() + "." + name();
    }

    private static int skip(String t, int at) {
        int i = at;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    /** The date that starts the words after a reference, perhaps after a date link ("du", "de fecha", "от"). */
    private static LanguagePack.FoundDate dateAt(Passage p, int at) {
        Tokens tokens = p.tokens();
        int i = tokens.indexAt(at);
        for (int hops = 0; i < tokens.size() && hops < 4; hops++) {
            Tokens.Token tk = tokens.get(i);
            LanguagePack.FoundDate d = p.dateAt(tk.start());
            if (d != null) {
                return d;
            }
            Tokens.Phrase ph = tokens.phraseAt(i, k -> p.pack().roles(k).contains(Role.DATE_LINK)
                    || p.pack().roles(k).contains(Role.OF) || p.pack().roles(k).contains(Role.DETERMINER));
            if (ph == null && !tk.key().equals(",")) {
                return null;
            }
            i += ph == null ? 1 : ph.length();
        }
        return null;
    }

    private static LocalDate dateAfter(Passage p, int at) {
        LanguagePack.FoundDate d = dateAt(p, skip(p.view().text(), at));
        return d == null ? null : d.date();
    }

    /** Whether the words between two numbers keep them in one list: commas, conjunctions, an organ's name. */
    private static boolean joined(Passage p, int from, int to) {
        Tokens tokens = p.tokens();
        int i = tokens.indexAt(from);
        while (i < tokens.size() && tokens.get(i).start() < to) {
            Tokens.Token tk = tokens.get(i);
            NameMatch organ = p.organCovering(tk.start());
            if (organ != null) {
                i = tokens.indexAt(organ.end());
                continue;
            }
            if (tk.kind() == Tokens.Kind.PUNCT) {
                if (!tk.key().equals(",")) {
                    return false;
                }
                i++;
                continue;
            }
            Tokens.Phrase ph = tokens.phraseAt(i, k -> {
                var roles = p.pack().roles(k);
                return roles.contains(Role.CONJUNCTION) || roles.contains(Role.OF) || roles.contains(Role.DETERMINER)
                        || roles.contains(Role.DATE_LINK);
            });
            if (ph == null) {
                return false;
            }
            i += ph.length();
        }
        return true;
    }

    private void emit(Passage p, List<Item> list, List<Reference> out) {
        if (list.isEmpty()) {
            return;
        }
        Noun noun = nounBefore(p, list.get(0).start());
        boolean council = list.stream().allMatch(i -> i.council() != null && i.year().chars().allMatch(Character::isDigit));
        if (noun == null && !council) {
            // "74/270" with no resolution noun before it is some other number; N (YYYY) is the Council's wherever it stands
            List<Item> own = list.stream().filter(i -> i.council() != null && i.year().chars().allMatch(Character::isDigit)).toList();
            if (!own.isEmpty() && own.size() < list.size()) {
                emit(p, new ArrayList<>(own), out);
            }
            return;
        }
        boolean decision = noun != null && noun.kind() == NounKind.DECISION;
        String organ = noun != null && noun.organ() != null ? noun.organ() : organAfter(p, list.get(list.size() - 1).after());
        String issuer = organ != null ? organ : ownOrgan;
        for (Item item : list) {
            String symbol;
            if (item.council() != null && item.year().chars().allMatch(Character::isDigit)) {
                symbol = "S/RES/" + item.council() + "(" + item.year() + ")";   // the Council's numbering, and only its
            } else {
                String number = item.council() != null ? item.council() + "(" + item.year() + ")" : item.number().replace(" ", "");
                String prefix = prefix(organ);
                symbol = prefix + number;
            }
            if (decision) {
                symbol = symbol.replace("/RES/", "/DEC/");
            }
            symbol = Symbols.canonical(symbol);
            Cited target = decision
                    ? new Cited.SymbolDocument(symbol, "Decision", issuer == null ? null : OrgRef.known(issuer))
                    : new Cited.Resolution(symbol, item.date(), null);
            out.add(new Reference(item.start(), item.end(), target, rule(p)));
        }
    }

    /** The resolution prefix of the organ named, else of the text's own organ; the Council's texts cite the Assembly's numbers. */
    private String prefix(String organ) {
        String o = organ != null ? organ : ownOrgan;
        String prefix = o == null ? "A/RES/" : gazetteer.resolutionPrefix(o).orElse("A/RES/");
        return prefix.equals("S/RES/") ? "A/RES/" : prefix;   // session/number is not how the Council numbers
    }

    /** The resolution or decision noun of a list, and the organ its phrase names. */
    private record Noun(NounKind kind, String organ) {}

    /** Reading back from the list over the noun phrase: organs, dates, determiners, adjectives, to the noun. */
    private Noun nounBefore(Passage p, int at) {
        Tokens tokens = p.tokens();
        String organ = null;
        int i = tokens.indexAt(at) - 1;
        for (int steps = 0; i >= 0 && steps < NOUN_WINDOW && tokens.get(i).start() >= p.start(); steps++) {
            Tokens.Token tk = tokens.get(i);
            NameMatch o = p.organCovering(tk.start());
            if (o != null) {
                if (organ == null && gazetteer.resolutionPrefix(o.entry().iri()).isPresent()) {
                    organ = o.entry().iri();
                }
                i = tokens.indexAt(o.start()) - 1;
                continue;
            }
            LanguagePack.FoundDate d = p.dateCovering(tk.start());
            if (d != null) {
                i = tokens.indexAt(d.start()) - 1;
                continue;
            }
            if (tk.kind() != Tokens.Kind.WORD) {
                if (tk.key().equals("(") || tk.key().equals(")")) {
                    i--;
                    continue;
                }
                return null;
            }
            Optional<NounKind> kind = nounOf(p, tk.key());
            if (kind.isPresent() && (kind.get() == NounKind.RESOLUTION || kind.get() == NounKind.DECISION)) {
                return new Noun(kind.get(), organ != null ? organ : possessor(p, i));
            }
            var roles = p.pack().roles(tk.key());
            if (roles.isEmpty() && !endsPhrase(p, i)) {
                return null;
            }
            i--;
        }
        return null;
    }

    /** How far back from "its resolution" the organ it belongs to may be named, in tokens. */
    private static final int POSSESSOR_WINDOW = 8;

    /**
     * The organ "its" refers to when a possessive opens the noun phrase and an organ that adopts
     * resolutions was named just before in the clause: "solicitada por el Consejo de Derechos
     * Humanos en su resolución 45/34" is the Human Rights Council's resolution.
     */
    private String possessor(Passage p, int noun) {
        Tokens tokens = p.tokens();
        if (noun == 0 || !p.pack().roles(tokens.get(noun - 1).key()).contains(Role.OWN)) {
            return null;
        }
        int clauseStart = p.clauseAt(tokens.get(noun).start()).start();
        for (int i = noun - 2; i >= 0 && i >= noun - 1 - POSSESSOR_WINDOW && tokens.get(i).start() >= clauseStart; i--) {
            Tokens.Token tk = tokens.get(i);
            if (tk.kind() == Tokens.Kind.PUNCT && !tk.key().equals("(") && !tk.key().equals(")")) {
                return null;
            }
            NameMatch o = p.organCovering(tk.start());
            if (o != null) {
                return gazetteer.resolutionPrefix(o.entry().iri()).isPresent() ? o.entry().iri() : null;
            }
        }
        return null;
    }

    /** A noun form, perhaps with a clitic written onto it (Arabic وقراري). */
    private static Optional<NounKind> nounOf(Passage p, String key) {
        Optional<NounKind> k = p.pack().noun(key);
        if (k.isPresent()) {
            return k;
        }
        for (String c : p.pack().clitics()) {
            if (key.length() > c.length() + 1 && key.startsWith(c)) {
                k = p.pack().noun(key.substring(c.length()));
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code i} ends a function-word phrase of the pack ("en date du", "de fecha"). */
    private static boolean endsPhrase(Passage p, int i) {
        Tokens tokens = p.tokens();
        for (int first = Math.max(0, i - p.pack().longestPhrase() + 1); first < i; first++) {
            Tokens.Phrase ph = tokens.phraseAt(first, k -> !p.pack().roles(k).isEmpty());
            if (ph != null && first + ph.length() - 1 == i) {
                return true;
            }
        }
        return false;
    }

    /** The organ named right after a list, perhaps after "de la", "of the": "74/274 de l'Assemblée générale". */
    private String organAfter(Passage p, int at) {
        Tokens tokens = p.tokens();
        int i = tokens.indexAt(at);
        for (int hops = 0; i < tokens.size() && hops < 4; hops++) {
            Tokens.Token tk = tokens.get(i);
            NameMatch o = p.organAt(tk.start());
            if (o != null) {
                return gazetteer.resolutionPrefix(o.entry().iri()).isPresent() ? o.entry().iri() : null;
            }
            Tokens.Phrase ph = tokens.phraseAt(i, k -> p.pack().roles(k).contains(Role.OF) || p.pack().roles(k).contains(Role.DETERMINER));
            if (ph == null) {
                return null;
            }
            i += ph.length();
        }
        return null;
    }
}
