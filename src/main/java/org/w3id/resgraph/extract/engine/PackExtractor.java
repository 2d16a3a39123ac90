package org.w3id.resgraph.extract.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.Extractor;
import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.LinkCitations;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameKey;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.text.DisjointSpans;

/**
 * The extraction engine: extracts a resolution text in any language a {@link LanguagePack} describes,
 * in any format resgraph reads (AKN4UN, plain text, Markdown). The steps are the same for every
 * language; what differs is data.
 *
 * <pre>{@code
 * ResolutionFacts facts = new PackExtractor(LanguagePack.load("fr")).extract(document);
 * }</pre>
 *
 * Pipeline: opening words ("Le Conseil de sécurité," — an organ of the reference data by its name in
 * the language) → heading facts (the format's metadata first, then the heading's symbol, date and
 * meeting) → paragraphs (blocks; "1." or "1 -" opens an operative one) → clauses, each opened by a verb
 * of the pack → citation rules ({@link ResolutionLists}, {@link SymbolDocuments}) → relation of each
 * citation ({@link ObjectRule}) → the format's own links ({@link LinkCitations}).
 */
public final class PackExtractor implements Extractor {
    private static final Pattern OPERATIVE = Pattern.compile("(\\d{1,3}) ?(?:\\.|-|–|\\))\\s");
    private static final Pattern HEADING_SYMBOL = Pattern.compile("(?<![\\w/])(?:A|S|E)(?:/[A-Z]{2,6})?/RES/[\\dA-Z\\-/]+(?: ?\\(\\d{4}\\))?");
    /** The Assembly's heading line: "59/249. Coopération pour le développement industriel" (Arabic texts put a dash). */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(?m)^((?:ES-)?\\d{1,3})/(\\d{1,4}(?: ?[A-Z])?) ?[.\\-–] +(\\S.{2,300})$");
    private static final Pattern COUNCIL_NUMBER = Pattern.compile("(?<![\\d/])(\\d{1,4}) ?\\((\\d{4})\\)");
    private static final Pattern SYMBOL_NUMBER = Pattern.compile("^[A-Z]+(?:/[A-Z]+)?/RES/(?:(\\d+)/)?(\\w+)");
    /** How many blocks after the start of the body the opening words may be looked for in. */
    private static final int OPENING_BLOCKS = 40;

    private final LanguagePack pack;
    private final Gazetteer gazetteer;
    /** The language whose names of organs the reference data is searched for: the pack's, unless its {@code names} setting says otherwise. */
    private final String names;

    public PackExtractor(LanguagePack pack) {
        this(pack, Gazetteer.standard());
    }

    public PackExtractor(LanguagePack pack, Gazetteer gazetteer) {
        this.pack = pack;
        this.gazetteer = gazetteer;
        this.names = pack.setting("names").orElse(pack.language());
    }

    @Override
    public String language() {
        return pack.language();
    }

    private record Block(int start, int end) {}

    private record Opening(Entry organ, int start, int end) {}

    /** A paragraph being built: its kind, number and view stretch. */
    private record Para(Paragraph.Kind kind, int number, int start, int end) {}

    @Override
    public ResolutionFacts extract(Document doc) throws ExtractException {
        TextView v = TextView.of(doc.text());
        String t = v.text();
        List<String> warnings = new ArrayList<>();
        int body = v.viewAt(doc.bodyStart());
        List<Block> blocks = blocks(t, body, t.length());
        String nameForm = names(v);
        Opening opening = opening(v, nameForm, blocks);
        if (opening == null) {
            opening = fromFormat(doc, body);
            if (opening != null && !Symbols.canonical(doc.metadata().getOrDefault(Document.SYMBOL, "")).startsWith("S/PRST/")) {
                warnings.add("no opening words naming the organ (such as 'Le Conseil de sécurité,'); the text is read from "
                        + "its start as the resolution of the organ its file names");
            }
        }
        if (opening == null) {
            throw new ExtractException(doc.source(), "no opening words naming an organ that adopts resolutions were found "
                    + "in this " + pack.language() + " text, and its format names none; this does not read as a resolution");
        }
        Header header = header(doc, v, opening, warnings);
        if (header.symbol() == null) {
            throw new ExtractException(doc.source(), "cannot tell which resolution this is: no symbol in its metadata or heading");
        }
        List<Para> paras = paragraphs(v, blocks, opening.end());
        if (paras.isEmpty()) {
            throw new ExtractException(doc.source(), "no paragraphs were found after '" + v.exact(opening.start(), opening.end()) + "'");
        }
        List<CitationRule> rules = List.of(new ResolutionLists(gazetteer, header.organ()), new SymbolDocuments(),
                new NamedThings());
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<ObjectRule.Reader> readers = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        Set<OrgRef> mentions = new LinkedHashSet<>();
        for (Para para : paras) {
            Budget.check();
            Passage p = passage(v, nameForm, para, paragraphs.size());
            passages.add(p);
            readers.add(new ObjectRule.Reader(p));
            Passage.Clause first = p.clauses().get(0);
            String verb = first.verb() == null ? null : words(v, first.verb());
            int textStart = para.kind() == Paragraph.Kind.OPERATIVE ? afterNumber(t, para.start()) : para.start();
            paragraphs.add(new Paragraph(para.kind(), para.number(), verb, v.exact(textStart, para.end()).strip(),
                    v.span(para.start(), para.end())));
            List<Reference> found = new ArrayList<>();
            DisjointSpans taken = new DisjointSpans();   // what earlier rules found: a later rule's overlapping find is dropped
            for (CitationRule rule : rules) {
                List<Reference> out = new ArrayList<>();
                rule.find(p, found, out);
                for (Reference r : out) {
                    if (!taken.overlaps(r.start(), r.end())) {
                        taken.add(r.start(), r.end());
                        found.add(r);
                    }
                }
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            ObjectRule.Reader relations = readers.get(readers.size() - 1);
            for (Reference r : found) {
                Passage.Clause c = p.clauseAt(r.start());
                citations.add(new Citation(p.index(), r.target(), relations.relation(c, r.start()),
                        c.verb() == null ? null : words(v, c.verb()), v.span(r.start(), r.end()), r.rule()));
            }
            for (NameMatch o : p.organs()) {
                if (!o.entry().iri().equals(header.organ())) {
                    mentions.add(OrgRef.known(o.entry().iri()));
                }
            }
        }
        List<Citation> merged = LinkCitations.merge(doc.links(), paragraphs, citations, at -> {
            int pos = v.viewAt(at);
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                if (pos >= p.start() && pos < p.end()) {
                    Passage.Clause c = p.clauseAt(pos);
                    return new LinkCitations.Governing(readers.get(i).relation(c, pos), c.verb() == null ? null : words(v, c.verb()));
                }
            }
            return new LinkCitations.Governing(ObjectRule.REFERS_TO, null);
        });
        return new ResolutionFacts(doc, header, paragraphs, merged, List.of(), doc.descriptors(), null, null,
                List.copyOf(mentions), warnings);
    }

    /**
     * The view as the reference data compares names ({@link NameKey}), character for character, so that
     * a name found in it stands at the same positions in the view.
     */
    private String names(TextView v) {
        char[] out = v.text().toCharArray();
        Map<Character, Character> folded = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c != ' ' && c != '\n') {
                out[i] = folded.computeIfAbsent(c, k -> {
                    String key = NameKey.of(names, String.valueOf(k));
                    return key.length() == 1 ? key.charAt(0) : Character.toLowerCase(k);
                });
            }
        }
        return new String(out);
    }

    /** The clause verb as written, with its adverbs: "Rappelant également". */
    private static String words(TextView v, Passage.VerbMatch m) {
        return v.exact(m.start(), m.end()).strip();
    }

    // ---- layout -------------------------------------------------------------------------------

    /** Blocks of text between blank lines, trimmed, in view positions. */
    private static List<Block> blocks(String t, int from, int to) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Budget.check();
            int end = t.indexOf("\n\n", i);
            while (end >= 0 && end + 2 < to && t.charAt(end + 2) == '\n') {
                end++;
            }
            int stop = end < 0 || end > to ? to : end;
            int s = i, e = stop;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Block(s, e));
            }
            i = stop == to ? to : stop + 2;
        }
        return out;
    }

    /** The first block that is only the name of an organ that adopts resolutions, perhaps after an article, and a comma. */
    private Opening opening(TextView v, String nameForm, List<Block> blocks) {
        String t = v.text();
        for (int b = 0; b < blocks.size() && b < OPENING_BLOCKS; b++) {
            Block block = blocks.get(b);
            Tokens tokens = Tokens.of(pack, v, block.start(), block.end());
            for (int i = 0; i < tokens.size() && i < 4; i++) {
                Optional<NameMatch> organ = gazetteer.longestAt(names, nameForm, tokens.get(i).start(), block.end(),
                        e -> gazetteer.resolutionPrefix(e.iri()).isPresent());
                if (organ.isPresent()) {
                    String rest = t.substring(organ.get().end(), block.end()).strip();
                    if (rest.equals(",") || rest.equals(":")) {   // a cover page's "Conseil de sécurité" line has no comma
                        return new Opening(organ.get().entry(), block.start(), block.end());
                    }
                    break;
                }
                Tokens.Token tk = tokens.get(i);
                if (tk.kind() != Tokens.Kind.WORD || pack.roles(tk.key()).isEmpty() && !pack.setting("opening-words")
                        .map(w -> List.of(TextView.key(w).split(" ")).contains(tk.key())).orElse(false)) {
                    break;
                }
            }
        }
        return null;
    }

    /** The organ the format names (by the symbol's prefix), the text read from the start of its body. */
    private Opening fromFormat(Document doc, int body) {
        String symbol = doc.metadata().get(Document.SYMBOL);
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        String canonical = Symbols.canonical(symbol);
        int res = canonical.indexOf("/RES/");
        String prefix = canonical.startsWith("S/PRST/") ? "S/RES/" : res < 0 ? null : canonical.substring(0, res + 5);
        return prefix == null ? null : gazetteer.organByPrefix(prefix).map(o -> new Opening(o, body, body)).orElse(null);
    }

    /** Preambular paragraphs are the blocks before the first numbered one; a block that is not numbered after it continues it. */
    private static List<Para> paragraphs(TextView v, List<Block> blocks, int from) {
        String t = v.text();
        List<Para> out = new ArrayList<>();
        boolean operative = false;
        int preambular = 0;
        for (Block b : blocks) {
            if (b.end() <= from) {
                continue;
            }
            if (t.startsWith("[^", b.start())) {
                break;   // the footnotes
            }
            Matcher m = OPERATIVE.matcher(t).region(b.start(), b.end());
            if (m.lookingAt()) {
                operative = true;
                out.add(new Para(Paragraph.Kind.OPERATIVE, Integer.parseInt(m.group(1)), b.start(), b.end()));
            } else if (operative) {
                Para last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Para(last.kind(), last.number(), last.start(), b.end()));
            } else if (!out.isEmpty() && continues(t, out.get(out.size() - 1), b)) {
                Para last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Para(last.kind(), last.number(), last.start(), b.end()));
            } else {
                out.add(new Para(Paragraph.Kind.PREAMBULAR, ++preambular, b.start(), b.end()));
            }
        }
        return out;
    }

    /** A block that goes on with the previous paragraph's sentence: that one ends without punctuation, this one starts in lower case. */
    private static boolean continues(String t, Para previous, Block b) {
        char last = t.charAt(previous.end() - 1);
        return ",;:.".indexOf(last) < 0 && Character.isLowerCase(t.charAt(b.start()));
    }

    private static int afterNumber(String t, int start) {
        Matcher m = OPERATIVE.matcher(t).region(start, t.length());
        return m.lookingAt() ? m.end() : start;
    }

    /** A paragraph with its tokens, organs, dates and clauses. */
    private Passage passage(TextView v, String nameForm, Para para, int index) {
        int start = para.kind() == Paragraph.Kind.OPERATIVE ? afterNumber(v.text(), para.start()) : para.start();
        Tokens tokens = Tokens.of(pack, v, start, para.end());
        List<NameMatch> organs = named(v, nameForm, tokens, para.end(), e -> e.is("Organization"));
        List<NameMatch> things = named(v, nameForm, tokens, para.end(), NamedThings::accepts);
        List<LanguagePack.FoundDate> dates = pack.dates(v.key(), start, para.end());
        List<Passage.Clause> clauses = new ArrayList<>();
        int clauseStart = start;
        Passage.VerbMatch verb = verbAt(tokens, 0);
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token tk = tokens.get(i);
            if (tk.kind() != Tokens.Kind.PUNCT && !pack.roles(tk.key()).contains(LanguagePack.Role.CONJUNCTION)) {
                continue;
            }
            int next = i + 1;
            if (tk.kind() == Tokens.Kind.PUNCT) {
                if (!tk.key().equals(",") && !tk.key().equals(";")) {
                    continue;
                }
                Tokens.Phrase conj = tokens.phraseAt(next, k -> pack.roles(k).contains(LanguagePack.Role.CONJUNCTION));
                next += conj == null ? 0 : conj.length();
            } else {
                Tokens.Phrase conj = tokens.phraseAt(i, k -> pack.roles(k).contains(LanguagePack.Role.CONJUNCTION));
                next = i + (conj == null ? 1 : conj.length());
            }
            Passage.VerbMatch joined = verbAt(tokens, next);
            if (joined != null) {
                clauses.add(new Passage.Clause(clauseStart, tk.start(), verb));
                clauseStart = joined.start();
                verb = joined;
                i = next;
            }
        }
        clauses.add(new Passage.Clause(clauseStart, para.end(), verb));
        return new Passage(pack, v, tokens, index, para.kind(), start, para.end(), clauses, organs, things, dates);
    }

    /**
     * The names of the reference data that {@code accept} takes, in a paragraph: each at the start of a
     * word or right after a clitic written onto it (Arabic "ومجلس الأمن"), ending where a word ends,
     * longest first, not overlapping.
     */
    private List<NameMatch> named(TextView v, String nameForm, Tokens tokens, int end, Predicate<Entry> accept) {
        List<NameMatch> out = new ArrayList<>();
        int taken = 0;
        for (Tokens.Token tk : tokens.all()) {
            if (tk.kind() != Tokens.Kind.WORD || tk.start() < taken) {
                continue;
            }
            Optional<NameMatch> m = gazetteer.longestAt(names, nameForm, tk.start(), end, accept);
            for (int c = 0; m.isEmpty() && c < pack.clitics().size(); c++) {
                String clitic = pack.clitics().get(c);
                if (tk.key().startsWith(clitic) && tk.end() - tk.start() > clitic.length() + 1) {
                    m = gazetteer.longestAt(names, nameForm, tk.start() + clitic.length(), end, accept);
                }
            }
            if (m.isPresent() && (m.get().end() == end || !Character.isLetterOrDigit(v.text().charAt(m.get().end())))) {
                out.add(m.get());
                taken = m.get().end();
            }
        }
        return out;
    }

    /** The clause verb (with the adverbs that follow it) that starts at token {@code i}, or null. */
    private Passage.VerbMatch verbAt(Tokens tokens, int i) {
        Tokens.Phrase p = tokens.phraseAt(i, k -> pack.verb(k).isPresent());
        if (p == null) {
            return null;
        }
        int end = i + p.length();
        while (end < tokens.size()) {
            Tokens.Phrase adverb = tokens.phraseAt(end, k -> pack.roles(k).contains(LanguagePack.Role.ADVERB));
            if (adverb == null) {
                break;
            }
            end += adverb.length();
        }
        return new Passage.VerbMatch(tokens.get(i).start(), tokens.get(end - 1).end(), pack.verb(p.key()).orElseThrow());
    }

    // ---- heading -------------------------------------------------------------------------------

    private Header header(Document doc, TextView v, Opening opening, List<String> warnings) {
        String heading = v.text().substring(0, opening.start());
        String symbol = null;
        String given = doc.metadata().get(Document.SYMBOL);
        if (given != null && !given.isBlank()) {
            symbol = Symbols.canonical(given);
        }
        String prefix = gazetteer.resolutionPrefix(opening.organ().iri()).orElse(null);
        if (symbol == null) {
            Matcher m = HEADING_SYMBOL.matcher(heading);
            if (m.find()) {
                symbol = Symbols.canonical(m.group());
            } else if ("S/RES/".equals(prefix)) {
                Matcher n = COUNCIL_NUMBER.matcher(heading);
                symbol = n.find() ? "S/RES/" + n.group(1) + "(" + n.group(2) + ")" : null;
            }
        }
        LocalDate adopted = null;
        if (doc.metadata().containsKey(Document.ADOPTED)) {
            try {
                adopted = LocalDate.parse(doc.metadata().get(Document.ADOPTED).strip());
            } catch (DateTimeParseException e) {
                warnings.add("the adoption date the format gives, '" + doc.metadata().get(Document.ADOPTED) + "', is not a date");
            }
        }
        if (adopted == null) {
            List<LanguagePack.FoundDate> dates = pack.dates(v.key(), 0, opening.start());
            adopted = dates.isEmpty() ? null : dates.get(dates.size() - 1).date();
        }
        if (adopted == null) {
            warnings.add("no adoption date was found");
        }
        Integer meeting = null;
        if (doc.metadata().containsKey(Document.MEETING)) {
            String digits = doc.metadata().get(Document.MEETING).replaceAll("\\D", "");
            meeting = digits.isEmpty() ? null : Integer.valueOf(digits);
        }
        if (meeting == null) {
            meeting = pack.meeting(heading).orElse(null);
        }
        Integer session = null;
        String number = null;
        if (symbol != null) {
            Matcher m = SYMBOL_NUMBER.matcher(symbol);
            if (m.find()) {
                session = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                number = m.group(2);
            }
        }
        String title = doc.metadata().get(Document.TITLE);
        Matcher numbered = NUMBERED_TITLE.matcher(heading);
        if (numbered.find()) {
            if (symbol == null && prefix != null && !prefix.equals("S/RES/")) {
                symbol = Symbols.canonical(prefix + numbered.group(1) + "/" + numbered.group(2));
                session = numbered.group(1).startsWith("ES-") ? null : Integer.valueOf(numbered.group(1));
                number = numbered.group(2).replace(" ", "");
            }
            if (title == null || title.isBlank()) {
                title = numbered.group(3);
            }
        }
        return new Header(symbol, opening.organ().iri(), session, number, title == null || title.isBlank() ? null : title.strip(),
                adopted, meeting, null, null);
    }
}
