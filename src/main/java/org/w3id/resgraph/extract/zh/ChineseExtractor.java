package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.Extractor;
import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.SeriesTitles;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.text.ChineseSpacing;
import org.w3id.resgraph.text.DisjointSpans;
import org.w3id.resgraph.text.NormalisedText;

/**
 * Extracts the facts of a Chinese resolution text by rules and gazetteers. Everything is matched on
 * a normalised view of the text (no spaces, full-width ASCII folded), so word segmentation, or its
 * absence, changes nothing; every span is reported in the original text.
 *
 * <pre>{@code
 * ResolutionFacts facts = new ChineseExtractor().extract(document);
 * facts.citations().forEach(c -> System.out.println(c.relation() + " " + c.target()));
 * }</pre>
 *
 * Pipeline: heading ({@link ChineseHeader}) → paragraphs ({@link ChineseParagraphs}) → clauses
 * → citation rules in order → relation from the verb of the clause each citation stands in.
 */
public final class ChineseExtractor implements Extractor {
    private static final String REFERS_TO = "refersTo";
    /** How far into the preamble a Council text says which series it continues (its first paragraphs do). */
    private static final int FIRST_PARAGRAPHS = 3;
    private static final Pattern COVER_SC_SYMBOL = Pattern.compile("第(\\d{1,5})\\((\\d{4})\\)号决议");
    private static final Pattern SYMBOL_NUMBER = Pattern.compile("/(\\d{1,5}[A-Z]?)(?:\\(\\d{4}\\))?$");

    private final Gazetteer gazetteer;
    private final ClauseVerbs verbs;
    private final Organisations organisations;
    private final ChineseObject object;

    public ChineseExtractor() {
        this(Gazetteer.standard());
    }

    public ChineseExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.verbs = ClauseVerbs.standard();
        this.organisations = new Organisations(gazetteer);
        this.object = new ChineseObject(gazetteer);
    }

    @Override
    public String language() {
        return "zh";
    }

    @Override
    public ResolutionFacts extract(Document doc) throws ExtractException {
        NormalisedText n = NormalisedText.of(doc.text(), doc.bodyStart(), doc.text().length());
        String t = n.text();
        ChineseHeader.Result head = new ChineseHeader(gazetteer, verbs).read(n);
        int headingEnd = head.preambleStart() > 0 ? head.preambleStart() : Math.min(200, t.length());
        Header header = fromFormat(head.header(), doc, t.substring(0, headingEnd));
        if (header.symbol() == null) {
            throw new ExtractException(doc.source(), "cannot tell which resolution this is: "
                    + "its heading has no symbol such as '59/249.' before the title");
        }
        List<String> warnings = new ArrayList<>(head.warnings());
        if (head.header().symbol() == null) {
            warnings.removeIf(w -> w.startsWith("no resolution symbol"));   // the format gave it
        }
        ChineseParagraphs layout = new ChineseParagraphs(verbs);
        List<ChineseParagraphs.Slice> slices = doc.format().equals("akn")
                ? layout.blocks(n, head.preambleStart(), head.bodyEnd())   // the format's own paragraphs
                : layout.split(t, head.preambleStart(), head.bodyEnd());
        if (slices.isEmpty()) {
            slices = layout.split(t, head.preambleStart(), head.bodyEnd());
        }
        if (slices.isEmpty()) {
            warnings.add("no paragraphs were found");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        List<CitationRule> rules = rules(header);
        Set<OrgRef> mentions = new LinkedHashSet<>();
        ReportRequest.Found report = null;
        String seriesTitle = null;
        for (int i = 0; i < slices.size(); i++) {
            Budget.check();
            ChineseParagraphs.Slice s = slices.get(i);
            String verb = s.verb() == null ? null : s.verb().words();
            paragraphs.add(new Paragraph(s.kind(), s.number(), verb,
                    ChineseSpacing.collapse(n.exact(s.contentStart(), s.end())).strip(), n.span(s.contentStart(), s.end())));
            ParagraphText p = new ParagraphText(t, s.contentStart(), s.end(), clauses(t, s), i);
            List<Found> here = new ArrayList<>();
            DisjointSpans taken = new DisjointSpans();   // where here's references stand, asked once per reference
            for (CitationRule rule : rules) {
                Budget.check();
                List<Found> out = new ArrayList<>();
                rule.find(p, found, out);
                for (Found f : out) {
                    if (!taken.overlaps(f.start(), f.end())) {
                        taken.add(f.start(), f.end());
                        here.add(f);
                        found.add(f);
                    }
                }
            }
            here.sort((a, b) -> Integer.compare(a.start(), b.start()));
            if (header.title() == null && seriesTitle == null && s.kind() == Paragraph.Kind.PREAMBULAR && i < FIRST_PARAGRAPHS) {
                Optional<ChineseSeries.Hit> own = ChineseSeries.find(t, s.contentStart(), s.end());
                if (own.isPresent()) {
                    seriesTitle = own.get().title();
                    here = inSeries(here, own.get(), ownPrefix(header.symbol()));
                }
            }
            for (Found f : here) {
                Budget.check();
                Citation c = citation(n, p, f);
                citations.add(c);
                if (f.target() instanceof Cited.Resolution r && r.seriesTitle() != null) {
                    if (header.title() != null && SeriesTitles.key("zh", r.seriesTitle()).equals(SeriesTitles.key("zh", header.title()))) {
                        seriesTitle = header.title();
                    } else if (header.title() == null && seriesTitle == null && s.kind() == Paragraph.Kind.PREAMBULAR
                            && "recalls".equals(c.relation())) {
                        // a text without a title (the Council's) that recalls "其关于也门的…决议" is itself one of them
                        seriesTitle = r.seriesTitle();
                    }
                }
            }
            for (OrgRef o : organisations.mentions(t, s.contentStart(), s.end())) {
                if (!o.isKnown() || !o.iri().equals(header.organ())) {
                    mentions.add(o);
                }
            }
            if (s.kind() == Paragraph.Kind.OPERATIVE && report == null) {
                report = new ReportRequest(organisations).find(t, s.contentStart(), s.end());
            }
        }
        List<String> series = new ArrayList<>();
        if (seriesTitle != null) {
            series.add(seriesTitle);
        }
        if (header.title() == null) {
            for (ChineseParagraphs.Slice s : slices) {
                if (s.kind() == Paragraph.Kind.OPERATIVE) {
                    Optional<String> mandate = ChineseSeries.mandate(t, s.contentStart(), s.end());
                    if (mandate.isPresent()) {
                        series.add(mandate.get());
                        break;
                    }
                }
            }
        }
        return new ResolutionFacts(doc, header, paragraphs, citations, series, doc.descriptors(),
                report == null ? null : report.session(), report == null ? null : report.from(),
                List.copyOf(mentions), warnings);
    }

    /** The organ's own resolutions named after "其以往关于<title>的…决议" ("特别是第…号决议") are of that series. */
    private static List<Found> inSeries(List<Found> here, ChineseSeries.Hit own, String ownPrefix) {
        List<Found> out = new ArrayList<>(here.size());
        for (Found f : here) {
            if (ownPrefix != null && f.start() >= own.end() && f.target() instanceof Cited.Resolution r
                    && r.seriesTitle() == null && r.symbol().startsWith(ownPrefix)) {
                out.add(new Found(f.start(), f.end(), new Cited.Resolution(r.symbol(), r.adopted(), own.title()), f.rule()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** "S/RES/" for "S/RES/2511(2020)". */
    private static String ownPrefix(String symbol) {
        int i = symbol == null ? -1 : symbol.indexOf("RES/");
        return i < 0 ? null : symbol.substring(0, i + 4);
    }

    /**
     * What the format states (AKN4UN metadata) where the text's heading gives nothing: AKN4UN puts
     * the cover page ("第2505(2020)号决议", "2020年1月13日 8701次会议通过") before the body; a Council
     * text's heading gives its symbol as "第2505(2020)号决议" rather than "59/249.".
     */
    private Header fromFormat(Header h, Document doc, String heading) {
        String symbol = h.symbol(), number = h.number();
        Integer meeting = h.meeting();
        LocalDate adopted = h.adopted();
        String given = doc.metadata().get(Document.SYMBOL);
        String cover = doc.text().substring(0, doc.bodyStart());
        if (symbol == null && given != null && !given.isBlank()) {
            symbol = Symbols.canonical(given);
        }
        Matcher sc = COVER_SC_SYMBOL.matcher(NormalisedText.of(cover).text() + "\n" + heading);   // AKN cover, or the text's heading
        if (symbol == null && sc.find()) {
            String prefix = h.organ() == null ? "S/RES/" : gazetteer.resolutionPrefix(h.organ()).orElse("S/RES/");
            symbol = Symbols.canonical(prefix + sc.group(1) + "(" + sc.group(2) + ")");
        }
        if (symbol != null && number == null) {
            Matcher m = SYMBOL_NUMBER.matcher(symbol);
            number = m.find() ? m.group(1) : null;
        }
        if (doc.metadata().containsKey(Document.ADOPTED)) {   // the format states it: it wins over the text
            try {
                adopted = LocalDate.parse(doc.metadata().get(Document.ADOPTED).strip());
            } catch (DateTimeParseException e) {
                // keep what the text says
            }
        }
        if (meeting == null && doc.metadata().containsKey(Document.MEETING)) {
            String digits = doc.metadata().get(Document.MEETING).replaceAll("\\D", "");
            meeting = digits.isEmpty() ? null : Integer.valueOf(digits);
        }
        return new Header(symbol, h.organ(), h.session(), number, h.title(), adopted, meeting, h.committee(), h.committeeReport());
    }

    private List<CitationRule> rules(Header header) {
        return List.of(new ResolutionListRule(gazetteer, header.organ()), new SymbolDocumentRule(gazetteer),
                new InstrumentRule(gazetteer), new EventRule(gazetteer, organisations),
                new AgreementRule(organisations), new AuthoredDocumentRule(gazetteer));
    }

    /** The paragraph cut at commas and semicolons; each clause with the verb that opens it. */
    private List<ParagraphText.Clause> clauses(String t, ChineseParagraphs.Slice s) {
        List<ParagraphText.Clause> out = new ArrayList<>();
        int start = s.contentStart();
        for (int i = start; i <= s.end(); i++) {
            if (i == s.end() || t.charAt(i) == ',' || t.charAt(i) == ';') {
                if (i > start) {
                    Budget.check();
                    ClauseVerbs.Match v = out.isEmpty() && s.verb() != null && s.verb().start() == start
                            ? s.verb() : verbs.at(t, start);
                    if (v == null && !out.isEmpty() && verbs.joinsAt(t, start)) {
                        v = out.get(out.size() - 1).verb();   // "…，以及…": the same verb goes on
                    }
                    out.add(new ParagraphText.Clause(start, i, v));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new ParagraphText.Clause(s.contentStart(), s.end(), s.verb()));
        }
        return out;
    }

    /** Resolutions cited by number, whose place in the clause {@link ChineseObject} reads. */
    private static boolean byNumber(Found f) {
        return f.target() instanceof Cited.Resolution;
    }

    private Citation citation(NormalisedText n, ParagraphText p, Found f) {
        ParagraphText.Clause clause = p.clauseAt(f.start());
        ClauseVerbs.Match verb = clause.verb();
        int from = verb != null && verb.start() >= clause.start() ? verb.end() : clause.start();
        String relation = verb == null || verb.verb().relation() == null
                || byNumber(f) && !object.isObject(p.text(), from, f.start(), f.end(), clause.end())
                ? REFERS_TO : verb.verb().relation();
        return new Citation(p.index(), f.target(), relation, verb == null ? null : verb.words(),
                n.span(f.start(), f.end()), f.rule());
    }
}
