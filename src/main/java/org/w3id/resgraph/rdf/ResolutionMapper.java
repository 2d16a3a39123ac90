package org.w3id.resgraph.rdf;

import static org.w3id.resgraph.rdf.GraphWriter.date;
import static org.w3id.resgraph.rdf.GraphWriter.integer;
import static org.w3id.resgraph.rdf.GraphWriter.iri;
import static org.w3id.resgraph.rdf.GraphWriter.nonNegative;
import static org.w3id.resgraph.rdf.GraphWriter.string;
import static org.w3id.resgraph.rdf.GraphWriter.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.SeriesTitles;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.Thesaurus;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.text.CodePoints;
import org.w3id.resgraph.text.Span;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Maps the facts of one language version of a resolution to RDF: one named graph holding the work,
 * its language version, paragraphs, every citation occurrence with its evidence, what is cited,
 * subjects, and the graph's provenance. Super-properties of citation properties are written too.
 *
 * <pre>{@code
 * ResolutionMapper mapper = new ResolutionMapper(new IriScheme(base), "0.1.0");
 * DocumentGraph g = mapper.map(facts);
 * }</pre>
 */
public final class ResolutionMapper {
    private static final int CONTEXT = 32;
    private static final String UNBIS = "http://metadata.un.org/thesaurus/", SDG = "http://metadata.un.org/sdg/",
            EUROVOC = "http://eurovoc.europa.eu/";

    private static final String PRST = "S/PRST/", STATEMENT = "presidentialStatement", DRAFT = "draftResolution";
    private static final Node PRESIDENTIAL_STATEMENT = Vocab.rg("PresidentialStatement"),
            DRAFT_RESOLUTION = Vocab.rg("DraftResolution");

    private final IriScheme iris;
    private final String version;
    private final Gazetteer gazetteer;
    private final Thesaurus thesaurus;
    private final Ontology ontology;

    public ResolutionMapper(IriScheme iris, String version) {
        this(iris, version, Gazetteer.standard(), Thesaurus.standard(), Ontology.standard());
    }

    public ResolutionMapper(IriScheme iris, String version, Gazetteer gazetteer, Thesaurus thesaurus, Ontology ontology) {
        this.iris = iris;
        this.version = version;
        this.gazetteer = gazetteer;
        this.thesaurus = thesaurus;
        this.ontology = ontology;
    }

    /** The graph of one document, and what could not be mapped (unknown descriptors). */
    public record DocumentGraph(String name, Graph graph, List<String> warnings) {}

    public DocumentGraph map(ResolutionFacts facts) {
        Header h = facts.header();
        Document doc = facts.document();
        String lang = doc.language();
        CodePoints offsets = new CodePoints(doc.text());
        GraphWriter out = new GraphWriter(GraphFactory.createDefaultGraph(), iris);
        List<String> warnings = new ArrayList<>();
        TargetMapper targets = new TargetMapper(out, iris, gazetteer, h.symbol(), warnings);

        Node work = targets.resolution(h.symbol(), h.adopted());
        Node expression = iri(iris.version(h.symbol(), lang));
        header(out, targets, work, h, lang);
        out.add(work, Vocab.IS_REALIZED_BY, expression);
        out.add(expression, Vocab.TYPE, Vocab.LANGUAGE_VERSION);
        out.add(expression, Vocab.REALIZES, work);
        out.add(expression, Vocab.ELI_LANGUAGE, iri(Vocab.EU_LANGUAGE + IriScheme.threeLetter(lang).toUpperCase(Locale.ROOT)));
        out.add(expression, Vocab.LANGUAGE, string(lang));
        if (h.title() != null) {
            out.add(expression, Vocab.TITLE, text(h.title(), lang));
        }

        List<Node> paragraphs = new ArrayList<>();
        for (Paragraph p : facts.paragraphs()) {
            paragraphs.add(paragraph(out, work, expression, h.symbol(), p, offsets, lang));
        }
        Map<String, Integer> occurrences = new HashMap<>();
        for (Citation c : facts.citations()) {
            Node target = targets.map(c.target());
            Node citation = iri(paragraphs.get(c.paragraph()).getURI() + "/ref/" + refKey(target));
            int occurrence = occurrences.merge(citation.getURI(), 1, Integer::sum);
            citation(out, citation, paragraphs.get(c.paragraph()), target, c, expression, doc, offsets, lang, occurrence);
            for (Node p : ontology.withSuperProperties(Vocab.rg(c.relation()))) {
                out.add(work, p, target);
            }
            if (c.target().isDocument()) {
                out.add(work, Vocab.CITO_CITES, target);
                out.add(work, Vocab.ELI_CITES, target);
            }
            if (c.target() instanceof Cited.Resolution r && r.seriesTitle() != null) {
                out.add(target, Vocab.IS_MEMBER_OF, series(out, r.seriesTitle(), h.organ(), lang));
            }
        }
        for (String title : facts.seriesTitles()) {
            out.add(work, Vocab.IS_MEMBER_OF, series(out, title, h.organ(), lang));
        }
        subjects(out, work, facts.descriptors(), warnings);
        formatSubjects(out, work, doc, warnings);
        aliases(out, work, expression, doc);
        if (facts.reportSession() != null) {
            out.add(work, Vocab.REQUESTS_REPORT_AT_SESSION, integer(facts.reportSession()));
        }
        if (facts.reportFrom() != null) {
            out.add(work, Vocab.REQUESTS_REPORT_FROM, targets.org(facts.reportFrom()));
        }
        for (OrgRef o : facts.mentions()) {
            out.add(work, Vocab.MENTIONS, targets.org(o));
        }
        documentTypes(out, work, doc, h.symbol());
        String graphName = iris.graph(h.symbol(), lang);
        provenance(out, iri(graphName), doc);
        return new DocumentGraph(graphName, out.graph(), warnings);
    }

    /**
     * What the document is when it is no resolution, though read like one: a presidential statement
     * (its symbol S/PRST/…, or AKN4UN's {@code presidentialStatement}, whatever folder it was filed in)
     * or a draft put to the vote and not adopted (AKN4UN's {@code draftResolution}: never an
     * {@code rg:Resolution}, nor a member of a series). Every presidential statement the document cites is typed as such too, so
     * the statement and its citations meet on one IRI and one type.
     */
    private static void documentTypes(GraphWriter out, Node work, Document doc, String symbol) {
        Graph g = out.graph();
        Node type = typeOf(symbol, doc.metadata().get(Document.DOCUMENT_TYPE));
        if (type != null) {
            g.delete(Triple.create(work, Vocab.TYPE, Vocab.RESOLUTION));
            out.add(work, Vocab.TYPE, type);
            out.add(work, Vocab.TYPE, Vocab.rg("Document"));
            out.add(work, Vocab.TYPE, iri(Vocab.ELI + "LegalResource"));
            if (type.equals(DRAFT_RESOLUTION)) {
                // a draft the Council did not adopt continues no series of its resolutions
                g.find(work, Vocab.IS_MEMBER_OF, Node.ANY).toList().forEach(g::delete);
            }
        }
        List<Node> statements = g.find(Node.ANY, Vocab.IDENTIFIER, Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().startsWith(PRST))
                .mapWith(Triple::getSubject).toList();
        statements.forEach(n -> {
            out.add(n, Vocab.TYPE, PRESIDENTIAL_STATEMENT);
            out.add(n, Vocab.TYPE, Vocab.rg("Document"));   // the super-class written out, as for every document cited
        });
    }

    private static Node typeOf(String symbol, String documentType) {
        if (DRAFT.equals(documentType)) {
            return DRAFT_RESOLUTION;
        }
        if ((symbol != null && symbol.startsWith(PRST)) || STATEMENT.equals(documentType)) {
            return PRESIDENTIAL_STATEMENT;
        }
        return null;
    }

    private void header(GraphWriter out, TargetMapper targets, Node work, Header h, String lang) {
        if (h.title() != null) {
            out.add(work, Vocab.TITLE, text(h.title(), lang));
        }
        if (h.organ() != null) {
            out.add(work, Vocab.ADOPTED_BY, targets.org(OrgRef.known(h.organ())));
        }
        if (h.meeting() != null && h.organ() != null && h.session() != null) {
            Node meeting = iri(iris.meeting(h.organ(), h.session(), h.meeting()));
            out.add(work, Vocab.ADOPTED_AT_MEETING, meeting);
            out.add(meeting, Vocab.TYPE, Vocab.MEETING);
            out.add(meeting, Vocab.MEETING_NUMBER, integer(h.meeting()));
            out.add(meeting, Vocab.SESSION, integer(h.session()));
            out.add(meeting, Vocab.START_DATE, date(h.adopted()));
            out.add(meeting, Vocab.LABEL, text(ordinal(h.meeting()) + " plenary meeting, session " + h.session(), "en"));
        }
        if (h.committee() != null) {
            out.add(work, Vocab.COMMITTEE, targets.org(OrgRef.known(h.committee())));
        }
        if (h.draft() != null) {
            Node draft = iri(iris.work(h.draft()));
            out.add(work, Vocab.DRAFT, draft);
            out.add(draft, Vocab.TYPE, Vocab.rg("Document"));
            out.add(draft, Vocab.IDENTIFIER, string(h.draft()));
        }
        if (h.committeeReport() != null) {
            Node report = iri(iris.work(h.committeeReport()));
            out.add(work, Vocab.ON_REPORT_OF, report);
            out.add(report, Vocab.TYPE, Vocab.REPORT);
            out.add(report, Vocab.IDENTIFIER, string(h.committeeReport()));
            if (h.committee() != null) {
                out.add(report, Vocab.AUTHOR, iri(iris.rebase(h.committee())));
            }
        }
    }

    private Node paragraph(GraphWriter out, Node work, Node version, String symbol, Paragraph p, CodePoints offsets,
                           String lang) {
        Node para = iri(iris.paragraph(symbol, p.kind().path(), p.number()));
        out.add(work, Vocab.HAS_PART, para);
        out.add(para, Vocab.IS_PART_OF, work);
        out.add(para, Vocab.TYPE, p.kind() == Paragraph.Kind.PREAMBULAR ? Vocab.PREAMBULAR_PARAGRAPH : Vocab.OPERATIVE_PARAGRAPH);
        out.add(para, Vocab.ELI_NUMBER, string(Integer.toString(p.number())));
        if (p.clauseVerb() != null) {
            out.add(para, Vocab.CLAUSE_VERB, text(p.clauseVerb(), lang));
        }
        out.add(para, Vocab.TEXT, text(p.text(), lang));
        Node evidence = iri(para.getURI() + "/" + IriScheme.threeLetter(lang));
        out.add(para, Vocab.EVIDENCE, evidence);
        out.add(evidence, Vocab.TYPE, Vocab.SPECIFIC_RESOURCE);
        out.add(evidence, Vocab.HAS_SOURCE, version);
        position(out, evidence, offsets, p.span());
        return para;
    }

    private void citation(GraphWriter out, Node citation, Node paragraph, Node target, Citation c,
                          Node version, Document doc, CodePoints offsets, String lang, int occurrence) {
        out.add(citation, Vocab.TYPE, Vocab.CITATION);
        out.add(citation, Vocab.HAS_CITING_ENTITY, paragraph);
        out.add(citation, Vocab.HAS_CITED_ENTITY, target);
        out.add(citation, Vocab.RELATION, Vocab.rg(c.relation()));
        if (c.clauseVerb() != null) {
            out.add(citation, Vocab.CLAUSE_VERB, text(c.clauseVerb(), lang));
        }
        out.add(citation, Vocab.RULE, string(c.rule()));
        Node evidence = iri(citation.getURI() + "/" + IriScheme.threeLetter(lang) + "/" + occurrence);
        out.add(citation, Vocab.EVIDENCE, evidence);
        out.add(evidence, Vocab.TYPE, Vocab.SPECIFIC_RESOURCE);
        out.add(evidence, Vocab.HAS_SOURCE, version);
        String t = doc.text();
        Span s = c.span();
        Node quote = iri(evidence.getURI() + "/quote");
        out.add(evidence, Vocab.HAS_SELECTOR, quote);
        out.add(quote, Vocab.TYPE, Vocab.TEXT_QUOTE_SELECTOR);
        out.add(quote, Vocab.EXACT, string(t.substring(s.start(), s.end())));
        out.add(quote, Vocab.PREFIX, string(t.substring(offsets.back(s.start(), CONTEXT), s.start())));
        out.add(quote, Vocab.SUFFIX, string(t.substring(s.end(), offsets.forward(s.end(), CONTEXT))));
        position(out, evidence, offsets, s);
    }

    /**
     * The key of a paragraph's citation of a target: the target's own path ({@code un/A/RES/46/151},
     * {@code event/ffd-2002-monterrey}), so that the citation found in the Chinese and in the English
     * text of one paragraph is one node, each language adding its own evidence.
     */
    private String refKey(Node target) {
        String iri = target.getURI();
        String id = iris.base() + "id/";
        return iri.startsWith(id) ? iri.substring(id.length()) : "x/" + TargetMapper.hash(iri);
    }

    /** A position selector counting Unicode code points, as the Web Annotation model asks. */
    private static void position(GraphWriter out, Node evidence, CodePoints offsets, Span s) {
        Node position = iri(evidence.getURI() + "/position");
        out.add(evidence, Vocab.HAS_SELECTOR, position);
        out.add(position, Vocab.TYPE, Vocab.TEXT_POSITION_SELECTOR);
        out.add(position, Vocab.START, nonNegative(offsets.of(s.start())));
        out.add(position, Vocab.END, nonNegative(offsets.of(s.end())));
    }

    private Node series(GraphWriter out, String title, String organ, String lang) {
        Optional<Entry> known = gazetteer.byName(lang, title, e -> e.is("Series"));
        if (known.isPresent()) {
            out.addRebased(gazetteer.describe(known.get().iri()));
            return iri(iris.rebase(known.get().iri()));
        }
        String organSlug = organ == null ? "un" : gazetteer.entry(organ).map(Entry::slug).orElse("un");
        // Titles of one series written differently ("the situation in Somalia", "Somalia") share a key and so one IRI;
        // English keys make readable IRIs, others a hash. Series of different languages meet in SeriesMerge.
        // A mandate's renewals are named "…-mandate-…", apart from a series on the mission itself. SeriesMerge reads the kind
        // from the labels written here (SeriesTitles.mandate) and what else it needs from these statements, never from the IRI.
        String key = SeriesTitles.key(lang, title), slug = SeriesTitles.slug(key);
        boolean mandate = SeriesTitles.mandate(lang, title);
        if (mandate && lang.equals("en")) {
            slug = slug.replaceFirst("^mandate-of-", "");
        }
        Node s = iri(iris.id("series", organSlug + (mandate ? "-mandate-" : "-")
                + (lang.equals("en") && !slug.isEmpty() ? slug : lang + "-" + TargetMapper.hash(key))));
        out.add(s, Vocab.TYPE, Vocab.SERIES);
        out.add(s, Vocab.LABEL, text(title, lang));
        if (organ != null) {
            out.add(s, Vocab.rg("organ"), iri(iris.rebase(organ)));
        }
        return s;
    }

    /**
     * Subjects the format gives as concept IRIs (AKN4UN keywords): UNBIS concepts with the
     * thesaurus's labels, SDGs and EuroVoc concepts with the label the file shows.
     */
    private void formatSubjects(GraphWriter out, Node work, Document doc, List<String> warnings) {
        for (String s : doc.subjects()) {
            Node concept = iri(s);
            String shown = doc.metadata().get(Document.SUBJECT_LABEL + s);
            if (s.startsWith(UNBIS)) {
                List<Triple> labels = thesaurus.labelsOf(s);
                if (labels.isEmpty() && shown == null) {
                    warnings.add("the subject " + s + " is not in the UNBIS Thesaurus shipped; left out");
                    continue;
                }
                out.add(work, Vocab.SUBJECT, concept);
                if (labels.isEmpty()) {
                    out.add(concept, Vocab.TYPE, Vocab.CONCEPT);
                    out.add(concept, Vocab.PREF_LABEL, text(shown, "en"));
                } else {
                    out.addRebased(labels);
                }
            } else if (s.startsWith(SDG)) {
                String goal = s.substring(SDG.length()).replaceAll("/.*", "");
                out.add(work, Vocab.SUBJECT, concept);
                out.add(concept, Vocab.TYPE, Vocab.CONCEPT);
                out.add(concept, Vocab.PREF_LABEL, text("Sustainable Development Goal " + goal, "en"));
                out.add(concept, Vocab.PREF_LABEL, text("可持续发展目标" + goal, "zh"));
            } else if (s.startsWith(EUROVOC) && shown != null) {
                out.add(work, Vocab.SUBJECT, concept);
                out.add(concept, Vocab.TYPE, Vocab.CONCEPT);
                out.add(concept, Vocab.PREF_LABEL, text(shown, "en"));
            }
        }
    }

    /** The FRBR IRIs of AKN4UN, kept as aliases of the work and the language version. */
    private static void aliases(GraphWriter out, Node work, Node expression, Document doc) {
        String w = doc.metadata().get(Document.WORK_ALIAS), v = doc.metadata().get(Document.VERSION_ALIAS);
        if (w != null && !w.isBlank()) {
            out.add(work, Vocab.AKN_IRI, string(w));
        }
        if (v != null && !v.isBlank()) {
            out.add(expression, Vocab.AKN_IRI, string(v));
        }
    }

    private void subjects(GraphWriter out, Node work, List<String> descriptors, List<String> warnings) {
        for (String d : descriptors) {
            Optional<String> concept = thesaurus.conceptFor(d);
            if (concept.isEmpty()) {
                warnings.add("the descriptor '" + d + "' is not in the UNBIS Thesaurus; left out");
                continue;
            }
            out.add(work, Vocab.SUBJECT, iri(concept.get()));
            out.addRebased(thesaurus.labelsOf(concept.get()));
        }
    }

    private void provenance(GraphWriter out, Node graph, Document doc) {
        Node source = iri(iris.source(doc.sha256()));
        Node run = iri(iris.extraction(version));
        Node software = iri(iris.software(version));
        out.add(graph, Vocab.WAS_DERIVED_FROM, source);
        out.add(source, Vocab.TYPE, Vocab.SOURCE);
        out.add(source, Vocab.SHA256, string(doc.sha256()));
        out.add(source, Vocab.FILE_NAME, string(doc.fileName()));
        out.add(source, Vocab.SOURCE_FORMAT, string(doc.format()));
        out.add(graph, Vocab.WAS_GENERATED_BY, run);
        out.add(run, Vocab.TYPE, Vocab.EXTRACTION);
        out.add(run, Vocab.WAS_ASSOCIATED_WITH, software);
        out.add(software, Vocab.TYPE, Vocab.SOFTWARE);
        out.add(software, Vocab.SOFTWARE_VERSION, string(version));
        out.add(software, Vocab.LABEL, text("resgraph " + version, "en"));
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
