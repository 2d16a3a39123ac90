package org.w3id.resgraph.extract.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.w3id.resgraph.extract.LinkCitations;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.text.Span;

/**
 * Extracts the facts of an English resolution text (General Assembly, Security Council, Human
 * Rights Council, Economic and Social Council), as the UN prints it, converted from PDF, or rendered
 * from AKN4UN XML.
 *
 * <pre>{@code
 * ResolutionFacts facts = new EnglishExtractor().extract(document);
 * }</pre>
 *
 * Pipeline: footnotes and their markers ({@link EnglishText}) → heading and opening words
 * ("The General Assembly,") → paragraphs ({@link EnglishLayout}) → clause verbs
 * ({@link EnglishVerbs}) → references ({@link EnglishReferences}) → relation: the verb's when the
 * reference is the verb's object, else {@code refersTo} ({@link ObjectOfVerb}) → the format's own links.
 */
public final class EnglishExtractor implements Extractor {
    private static final String REFERS_TO = "refersTo";
    /** How far into the preamble a Council text says which series it continues (its first paragraphs do). */
    private static final int FIRST_PARAGRAPHS = 3;
    private static final Pattern ADOPTED = Pattern.compile("Resolution adopted by the (.{3,60}?) on " + EnglishDates.DATE);
    private static final Pattern SC_ADOPTED = Pattern.compile(
            "Adopted by the (.{3,60}?) at its (\\d{1,5})(?:st|nd|rd|th) meeting,? on " + EnglishDates.DATE);
    private static final Pattern ON_REPORT = Pattern.compile(
            "\\[on the reports? of the (.{3,120}?) \\((" + Symbols.DOCUMENT + ")[^\\]]{0,60}\\)\\]");
    private static final Pattern DRAFT = Pattern.compile(
            "\\[without reference to a Main Committee \\((" + Symbols.DOCUMENT + ")[^\\]]{0,60}\\)\\]");
    private static final Pattern GA_SYMBOL = Pattern.compile("(?<![\\w/.])((?:ES-)?\\d{1,3})/(\\d{1,3})(?: ?([A-Z]))?\\. ");
    private static final Pattern SC_SYMBOL = Pattern.compile("\\bResolution (\\d{1,5}) ?\\((\\d{4})\\)");
    private static final Pattern SESSION_NUMBER = Pattern.compile("^[A-Z]+(?:/[A-Z]+)?/RES/(?:(\\d+)/)?(\\w+)");
    private static final Pattern REPORT = Pattern.compile(
            "\\b(?:submit|report|present)\\b.{0,200}?\\bat its ([a-z]+(?:-[a-z]+)?) session");
    private static final Pattern RESOLUTION_WORD = Pattern.compile("\\b[Rr]esolutions?\\b");
    /** Where a joined clause may start: "…, and reaffirming", "…; welcomes" — a bare comma only before a new paragraph-like clause. */
    private static final Pattern JOINED_VERB = Pattern.compile("(?:,? and |; )(?=[a-z])");

    private final Gazetteer gazetteer;
    private final EnglishVerbs verbs = EnglishVerbs.standard();

    public EnglishExtractor() {
        this(Gazetteer.standard());
    }

    public EnglishExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String language() {
        return "en";
    }

    /** The opening words: "The <organ>," where the organ adopts resolutions. */
    private record Opening(Entry organ, int start, int end) {}

    /** A clause of a paragraph: where it starts in the view and the verb that opens it (or null). */
    private record Clause(int start, EnglishVerbs.Match verb) {}

    @Override
    public ResolutionFacts extract(Document doc) throws ExtractException {
        EnglishText et = new EnglishText(doc.text(), doc.bodyStart());
        String t = et.text();
        List<String> warnings = new ArrayList<>();
        int bodyEndView = et.viewAt(et.footnotesStart);
        Opening opening = opening(t, bodyEndView);
        if (opening == null) {
            opening = fromFormat(doc);
            String symbol = doc.metadata().getOrDefault(Document.SYMBOL, "");
            if (opening != null && !Symbols.canonical(symbol).startsWith("S/PRST/")) {
                warnings.add("no opening words such as 'The Security Council,'; the text is read from its start as "
                        + "the resolution of the organ its file names");
            }
        }
        if (opening == null) {
            throw new ExtractException(doc.source(), "no opening words such as 'The General Assembly,' or "
                    + "'The Security Council,' were found; this does not read as a resolution");
        }
        Header header = header(doc, t, opening, warnings);

        List<String> furniture = new ArrayList<>();
        headingLine(doc.text(), et, opening).ifPresent(furniture::add);
        if (header.symbol() != null) {
            furniture.add(header.symbol());
        }
        List<EnglishLayout.Block> blocks = EnglishLayout.blocks(doc.text(), et.view.span(opening.end(), opening.end()).start(),
                et.footnotesStart);
        EnglishLayout.Result layout = EnglishLayout.paragraphs(blocks, furniture,
                b -> verbs.at(b, 0, false) != null && verbs.at(b, 0, true) == null);
        if (layout.paragraphs().isEmpty()) {
            throw new ExtractException(doc.source(), "no paragraphs were found after '" + t.substring(opening.start(), opening.end()) + "'");
        }
        if (header.meeting() == null && layout.meeting() != null) {
            header = new Header(header.symbol(), header.organ(), header.session(), header.number(), header.title(),
                    header.adopted(), layout.meeting(), header.committee(), header.committeeReport(), header.draft());
        }
        if (header.adopted() == null) {
            warnings.add("no adoption date was found");
        }

        String ownPrefix = gazetteer.resolutionPrefix(opening.organ().iri()).orElse("A/RES/");
        String lower = lower(t, 0, t.length());
        EnglishReferences refs = new EnglishReferences(gazetteer, ownPrefix);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<List<Clause>> clauses = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        Set<OrgRef> mentions = new LinkedHashSet<>();
        Integer reportSession = null;
        OrgRef reportFrom = null;
        String seriesTitle = null;
        ObjectOfVerb.Gaps gaps = new ObjectOfVerb.Gaps();
        for (EnglishLayout.Para p : layout.paragraphs()) {
            Budget.check();
            int from = et.viewAt(p.start()), to = et.viewAt(p.end());
            boolean pre = p.kind() == Paragraph.Kind.PREAMBULAR;
            int verbAt = from;
            if (!pre) {
                Matcher num = Pattern.compile("^\\d{1,3}\\. ").matcher(t.substring(from, Math.min(to, from + 6)));
                verbAt = num.find() ? from + num.end() : from;
            }
            List<Clause> cs = clauses(t, verbAt, to, pre);
            EnglishVerbs.Match opener = cs.get(0).verb();
            int index = paragraphs.size();
            paragraphs.add(new Paragraph(p.kind(), p.number(), opener == null ? null : opener.words(),
                    t.substring(from, to), new Span(p.start(), p.end())));   // the view already leaves footnote markers out
            ranges.add(new int[] {from, to});
            clauses.add(cs);
            List<EnglishReferences.Found> found = refs.find(t, verbAt, to, header.title());
            int firstHere = citations.size();
            if (header.title() == null && pre && seriesTitle == null && index < FIRST_PARAGRAPHS) {
                Optional<EnglishSeries.Found> own = EnglishSeries.find(t, verbAt, to);
                if (own.isPresent()) {
                    seriesTitle = own.get().title();
                    found = inSeries(found, own.get(), ownPrefix);
                }
            }
            for (EnglishReferences.Found f : found) {
                Budget.check();
                citations.add(citation(et, index, cs, f, citations, firstHere, gaps));
                if (f.target() instanceof Cited.Resolution r && r.seriesTitle() != null) {
                    seriesTitle = r.seriesTitle();
                }
            }
            for (NameMatch m : gazetteer.findAll("en", lower, from, to, e -> e.is("Organization"))) {
                if (!m.entry().iri().equals(opening.organ().iri()) && EnglishReferences.wordAt(t, m.start(), m.end())) {
                    mentions.add(OrgRef.known(m.entry().iri()));
                }
            }
            if (!pre && reportSession == null) {
                Matcher r = REPORT.matcher(t.substring(verbAt, to));
                if (r.find() && EnglishDates.ordinal(r.group(1)) > 0) {
                    reportSession = EnglishDates.ordinal(r.group(1));
                    reportFrom = t.substring(verbAt, to).contains("Secretary-General")
                            ? gazetteer.byName("en", "Secretary-General", e -> e.is("Organization")).map(e -> OrgRef.known(e.iri())).orElse(null)
                            : null;
                }
            }
        }
        footnoteCitations(et, refs, header.title(), paragraphs, ranges, clauses, citations, gaps);
        annexCitations(et, refs, header.title(), layout, paragraphs, citations);
        List<Citation> merged = LinkCitations.merge(doc.links(), paragraphs, citations, at -> {
            int v = et.viewAt(at);
            int i = paragraphIndex(ranges, v);
            if (i < 0) {
                return new LinkCitations.Governing(REFERS_TO, null);
            }
            Clause c = clauseAt(clauses.get(i), v);
            return new LinkCitations.Governing(gaps.relation(t, c.verb(), v, REFERS_TO), c.verb() == null ? null : c.verb().words());
        });
        List<String> series = new ArrayList<>();
        if (seriesTitle != null) {
            series.add(seriesTitle);
        }
        if (header.title() == null) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).kind() == Paragraph.Kind.OPERATIVE) {
                    Optional<String> mandate = EnglishSeries.mandate(t, ranges.get(i)[0], ranges.get(i)[1]);
                    if (mandate.isPresent()) {
                        series.add(mandate.get());
                        break;
                    }
                }
            }
        }
        return new ResolutionFacts(doc, header, paragraphs, merged, series, doc.descriptors(), reportSession, reportFrom,
                List.copyOf(mentions), warnings);
    }

    /** The organ's own resolutions named after "its previous resolutions on <title>" ("in particular …") are of that series. */
    private static List<EnglishReferences.Found> inSeries(List<EnglishReferences.Found> found, EnglishSeries.Found own, String ownPrefix) {
        List<EnglishReferences.Found> out = new ArrayList<>(found.size());
        for (EnglishReferences.Found f : found) {
            if (f.start() >= own.end() && f.target() instanceof Cited.Resolution r && r.seriesTitle() == null
                    && r.symbol().startsWith(ownPrefix)) {
                out.add(new EnglishReferences.Found(f.start(), f.end(), f.head(),
                        new Cited.Resolution(r.symbol(), r.adopted(), own.title()), f.rule()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * @param earlier   the citations so far, those of this paragraph from {@code firstHere} on, in text order
     */
    private Citation citation(EnglishText et, int paragraph, List<Clause> clauses, EnglishReferences.Found f,
                              List<Citation> earlier, int firstHere, ObjectOfVerb.Gaps gaps) {
        Clause c = clauseAt(clauses, f.start());
        String t = et.text();
        String relation = gaps.relation(t, c.verb(), f.head(), REFERS_TO);
        if (relation.equals(REFERS_TO) && c.verb() != null && c.verb().relation() != null
                && ObjectOfVerb.extendsObject(t, c.verb().end(), f.head())) {
            // "…, and its resolutions 78/41 …", "…, in particular resolution 2773 (2025)": the same object goes on,
            // when the clause's first reference was the verb's object
            Span clauseSpan = et.view.span(c.start(), f.start());
            Citation first = firstFrom(earlier, firstHere, clauseSpan.start());
            relation = first != null ? first.relation() : ObjectOfVerb.appositive(t, f.head()) ? c.verb().relation() : REFERS_TO;
        }
        return new Citation(paragraph, f.target(), relation, c.verb() == null ? null : c.verb().words(),
                et.view.span(f.start(), f.end()), f.rule());
    }

    /**
     * The first of {@code earlier} from {@code from} on (this paragraph's, which stand in text order) whose
     * span starts at or after {@code start}, or null: found by bisection, not by going through the citations
     * of the whole text for every reference.
     */
    private static Citation firstFrom(List<Citation> earlier, int from, int start) {
        int lo = from, hi = earlier.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (earlier.get(mid).span().start() >= start) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found < 0 ? null : earlier.get(found);
    }

    /** Citations in footnotes stand in the paragraph of the footnote's marker. */
    private void footnoteCitations(EnglishText et, EnglishReferences refs, String title, List<Paragraph> paragraphs,
                                   List<int[]> ranges, List<List<Clause>> clauses, List<Citation> out, ObjectOfVerb.Gaps gaps) {
        String t = et.text();
        Map<Integer, EnglishText.Marker> firstMarker = new HashMap<>();
        for (EnglishText.Marker m : et.markers) {
            firstMarker.putIfAbsent(m.number(), m);
        }
        for (EnglishText.Footnote note : et.footnotes) {
            Budget.check();
            EnglishText.Marker marker = firstMarker.get(note.number());
            int markerView = marker == null ? -1 : Math.max(0, et.viewAt(marker.start()) - 1);   // the character the marker follows
            int p = marker == null ? -1 : paragraphIndex(ranges, markerView);
            if (p < 0) {
                p = paragraphs.size() - 1;
            }
            String relation = REFERS_TO;
            String verbWords = null;
            if (marker != null && paragraphIndex(ranges, markerView) >= 0) {
                Clause c = clauseAt(clauses.get(p), markerView);
                verbWords = c.verb() == null ? null : c.verb().words();
                int resolutions = lastResolutionWord(t, c.start(), markerView);
                if (resolutions >= 0 && markerView - resolutions < 240) {
                    relation = gaps.relation(t, c.verb(), resolutions, REFERS_TO);
                }
            }
            int from = et.viewAt(note.start()), to = et.viewAt(note.end());
            for (EnglishReferences.Found f : refs.find(t, from, to, title)) {
                out.add(new Citation(p, f.target(), relation, verbWords, et.view.span(f.start(), f.end()), f.rule() + "+footnote"));
            }
        }
    }

    /** Citations in an annex (after the closing line) stand in the last operative paragraph, which adopts it. */
    private void annexCitations(EnglishText et, EnglishReferences refs, String title, EnglishLayout.Result layout,
                                List<Paragraph> paragraphs, List<Citation> out) {
        if (layout.annex().isEmpty()) {
            return;
        }
        int p = paragraphs.size() - 1;
        int from = et.viewAt(layout.annex().get(0).start());
        int to = et.viewAt(layout.annex().get(layout.annex().size() - 1).end());
        for (EnglishReferences.Found f : refs.find(et.text(), from, to, title)) {
            out.add(new Citation(p, f.target(), REFERS_TO, null, et.view.span(f.start(), f.end()), f.rule() + "+annex"));
        }
    }

    private static int lastResolutionWord(String t, int from, int to) {
        Matcher m = RESOLUTION_WORD.matcher(t);
        m.region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 ? headOf(t, from, last) : -1;
    }

    /** Where the noun phrase holding "resolutions" starts: back over "all General Assembly and Security Council". */
    private static int headOf(String t, int from, int at) {
        Matcher m = Pattern.compile("(?:(?:its|all|the|relevant|previous|General|Assembly|Security|Council|Human|Rights|"
                + "Economic|and|Social|other|subsequent|related) )+$").matcher(t.substring(from, at));
        return m.find() ? from + m.start() : at;
    }

    private List<Clause> clauses(String t, int from, int to, boolean preambular) {
        List<Clause> out = new ArrayList<>();
        out.add(new Clause(from, verbs.at(t, from, preambular)));
        Matcher j = JOINED_VERB.matcher(Budget.guard(t));
        j.region(from + 1, to);
        while (j.find()) {
            Budget.check();
            EnglishVerbs.Match v = verbs.at(t, j.end(), preambular);
            if (v == null && !preambular) {
                v = verbs.at(t, j.end(), true);   // "…, recalling its resolution …" inside an operative paragraph
                if (v != null && !v.words().endsWith("ing")) {
                    v = null;
                }
            }
            if (v != null) {
                out.add(new Clause(j.end(), v));
            }
        }
        return out;
    }

    /** The last clause starting at or before {@code at}, else the first; clauses stand in text order. */
    private static Clause clauseAt(List<Clause> clauses, int at) {
        int lo = 0, hi = clauses.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return clauses.get(found);
    }

    /** The paragraph whose view range holds {@code at}, or -1; the ranges stand in text order and do not overlap. */
    private static int paragraphIndex(List<int[]> ranges, int at) {
        int lo = 0, hi = ranges.size() - 1, candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[0] <= at) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate >= 0 && at < ranges.get(candidate)[1] ? candidate : -1;
    }

    /**
     * For a file that names its resolution (AKN4UN metadata) but has no opening words: the organ of its
     * symbol. A presidential statement (S/PRST/…) has none either: it opens with the meeting at which the
     * President made it on behalf of the Council.
     */
    private Opening fromFormat(Document doc) {
        String symbol = doc.metadata().get(Document.SYMBOL);
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        String canonical = Symbols.canonical(symbol);
        if (canonical.startsWith("S/PRST/")) {
            // a presidential statement: the President speaks for the Council ("The Security Council recalls …")
            return gazetteer.organByPrefix("S/RES/").map(o -> new Opening(o, 0, 0)).orElse(null);
        }
        int res = canonical.indexOf("/RES/");
        return res < 0 ? null : gazetteer.organByPrefix(canonical.substring(0, res + 5)).map(o -> new Opening(o, 0, 0)).orElse(null);
    }

    /**
     * The first "The <organ>," (an organ that adopts resolutions, by its English name); the comma
     * may be missing when a clause verb follows ("The General Assembly Adopts …").
     */
    private Opening opening(String t, int limit) {
        Opening best = null;
        for (Entry organ : gazetteer.entries()) {
            Budget.check();
            String name = organ.label("en").orElse(null);
            if (name == null || gazetteer.resolutionPrefix(organ.iri()).isEmpty()) {
                continue;
            }
            String words = "The " + name;
            for (int i = t.indexOf(words); i >= 0 && i < limit; i = t.indexOf(words, i + 1)) {
                int end = i + words.length();
                if (best != null && i >= best.start()) {
                    break;
                }
                if (t.startsWith(",", end)) {
                    best = new Opening(organ, i, end + 1);
                    break;
                }
                if (t.startsWith(" ", end) && (verbs.at(t, end + 1, true) != null || verbs.at(t, end + 1, false) != null)
                        && Character.isUpperCase(t.charAt(end + 1))) {
                    best = new Opening(organ, i, end);
                    break;
                }
            }
        }
        return best;
    }

    private Header header(Document doc, String t, Opening opening, List<String> warnings) throws ExtractException {
        String head = t.substring(0, opening.start());
        String symbol = null, number = null, title = null, committee = null, report = null;
        Integer session = null, meeting = null;
        LocalDate adopted = null;
        Matcher a = ADOPTED.matcher(head);
        if (a.find()) {
            adopted = EnglishDates.date(a.group(2), a.group(3), a.group(4)).orElse(null);
        }
        Matcher sc = SC_ADOPTED.matcher(head);
        if (sc.find()) {
            meeting = Integer.valueOf(sc.group(2));
            adopted = EnglishDates.date(sc.group(3), sc.group(4), sc.group(5)).orElse(null);
        }
        Matcher r = ON_REPORT.matcher(head);
        if (r.find()) {
            report = Symbols.canonical(r.group(2));
            committee = committee(r.group(1));
            if (committee == null) {
                warnings.add("the committee '" + r.group(1) + "' is not in the gazetteer");
            }
        }
        int titleStart = -1;
        Matcher g = GA_SYMBOL.matcher(head);
        String prefix = gazetteer.resolutionPrefix(opening.organ().iri()).orElse("A/RES/");
        if (g.find()) {
            session = g.group(1).startsWith("ES-") ? null : Integer.valueOf(g.group(1));
            number = g.group(2) + (g.group(3) == null ? "" : g.group(3));
            symbol = Symbols.canonical(prefix + g.group(1) + "/" + number);
            titleStart = g.end();
        } else {
            Matcher s = SC_SYMBOL.matcher(head);
            if (s.find()) {
                number = s.group(1);
                symbol = Symbols.canonical(prefix + s.group(1) + "(" + s.group(2) + ")");
            }
        }
        String given = doc.metadata().get(Document.SYMBOL);
        if (given != null && !given.isBlank()) {
            String canonical = Symbols.canonical(given);
            if (symbol != null && !symbol.equals(canonical)) {
                warnings.add("the heading says " + symbol + " but the file's metadata says " + canonical + "; the metadata is kept");
            }
            symbol = canonical;
            Matcher sn = SESSION_NUMBER.matcher(symbol);
            if (sn.find()) {
                session = sn.group(1) == null ? null : Integer.valueOf(sn.group(1));
                number = sn.group(2);
            }
        }
        if (symbol == null) {
            throw new ExtractException(doc.source(), "cannot tell which resolution this is: its heading has no symbol "
                    + "such as '80/11.' or 'Resolution 2505 (2020)', and the file gives none");
        }
        String metaTitle = doc.metadata().get(Document.TITLE);
        if (metaTitle != null && !metaTitle.isBlank()) {
            title = metaTitle.replaceAll("[\\s:]+$", "").strip();
        } else if (titleStart >= 0) {
            title = head.substring(titleStart).strip();
        }
        if (adopted == null && doc.metadata().containsKey(Document.ADOPTED)) {
            adopted = parseIso(doc.metadata().get(Document.ADOPTED));
        }
        if (meeting == null && doc.metadata().containsKey(Document.MEETING)) {
            meeting = Integer.valueOf(doc.metadata().get(Document.MEETING).replaceAll("\\D", ""));
        }
        Matcher d = DRAFT.matcher(head);
        String draft = d.find() ? Symbols.canonical(d.group(1)) : null;
        return new Header(symbol, opening.organ().iri(), session, number, title, adopted, meeting, committee, report, draft);
    }

    private static LocalDate parseIso(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "First Committee", or "Special Political and Decolonization Committee (Fourth Committee)". */
    private String committee(String name) {
        Optional<Entry> e = gazetteer.byName("en", name, x -> x.is("Organization"));
        if (e.isEmpty()) {
            Matcher inner = Pattern.compile("\\(([^()]+)\\)$").matcher(name);
            if (inner.find()) {
                e = gazetteer.byName("en", inner.group(1), x -> x.is("Organization"));
                if (e.isEmpty()) {
                    e = gazetteer.byName("en", name.substring(0, inner.start()).strip(), x -> x.is("Organization"));
                }
            }
        }
        return e.map(Entry::iri).orElse(null);
    }

    /** The heading line "80/11. Title" as printed (it returns as the running head of later pages). */
    private static Optional<String> headingLine(String original, EnglishText et, Opening opening) {
        int end = et.view.span(opening.start(), opening.start()).start();
        int start = Math.max(0, original.lastIndexOf("\n\n", Math.max(0, end - 3)));
        String block = original.substring(start, end).strip();
        Matcher g = GA_SYMBOL.matcher(block);
        if (!g.find()) {
            return Optional.empty();
        }
        String rest = block.substring(g.end());
        int nl = rest.indexOf('\n');
        return Optional.of((nl < 0 ? rest : rest.substring(0, nl)).replaceAll("\\s+", " ").strip());
    }

    private static String lower(String t, int from, int to) {
        char[] c = t.toCharArray();
        for (int i = from; i < to; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}
