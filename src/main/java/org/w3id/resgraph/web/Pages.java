package org.w3id.resgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.resgraph.lineage.Lineage;
import org.w3id.resgraph.lineage.Timeline;
import org.w3id.resgraph.text.UnLanguage;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The HTML pages of the server, read from the database: one per resolution (its facts, paragraphs,
 * citations out and in, its series' timeline), one for any other resource (what it says and what
 * refers to it), the home page, search results and the page for an unknown IRI. Call inside a read
 * transaction. What they ask the database is in the {@code .rq} files beside this class ({@link PageQueries}).
 */
final class Pages {
    /** The query editor's page: {@code ?query=} a query to open, {@code ?example=} the file name of an example query. */
    static final String QUERY_EDITOR = "/query";

    private final Dataset ds;
    private final String base;
    private final PrefixMapping prefixes;

    Pages(Dataset ds, String base) {
        this.ds = ds;
        this.base = base;
        this.prefixes = Vocab.prefixes(base);
    }

    /** Whether {@code iri} is a resolution whose text is in the database. */
    boolean isLoadedResolution(String iri) {
        return PageQueries.ask(ds, "resolution-loaded", Map.of("resolution", iri(iri)));
    }

    /**
     * The page of a resolution: its furniture in the UN language the reader prefers ({@code Accept-Language},
     * else English), its text in the language version the reader prefers among those in the database, else
     * English, else the first in the UN's order; names of organs, subjects and what it cites in the reader's
     * language where the data has them.
     */
    String resolution(String iri, String acceptLanguage) {
        Furniture f = Furniture.negotiate(acceptLanguage);
        String ui = f.lang();
        Map<String, RDFNode> resolution = Map.of("resolution", iri(iri));
        String symbol = first(rows("identifier", Map.of("resource", iri(iri))), "s");
        Map<String, String> titles = new TreeMap<>(Comparator.comparingInt(Furniture::displayOrder).thenComparing(Comparator.naturalOrder()));
        for (QuerySolution s : rows("titles", resolution)) {
            titles.putIfAbsent(s.getLiteral("t").getLanguage(), s.getLiteral("t").getLexicalForm());
        }
        List<String> languages = new ArrayList<>();
        for (QuerySolution s : rows("languages", resolution)) {
            languages.add(s.getLiteral("l").getLexicalForm());
        }
        List<String> preferred = new ArrayList<>(languages);
        preferred.sort(Comparator.comparingInt(Furniture::preference));
        String lang = Negotiation.language(acceptLanguage, preferred.isEmpty() ? List.of("en") : preferred);
        languages.sort(Comparator.comparingInt(Furniture::displayOrder));
        String title = titles.getOrDefault(lang, titles.values().stream().findFirst().orElse(null));

        Html h = new Html(symbol + (title == null ? "" : " — " + title), f);
        h.raw("<p class=\"muted\">").text(f.heading(Vocab.RG + "Resolution")).raw("</p>\n<h1><span class=\"sym\">").text(symbol).raw("</span></h1>\n");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            h.raw("<p").raw(Furniture.attributes(t.getKey())).raw("><strong>").text(t.getValue()).raw("</strong> <span class=\"muted\">(")
                    .text(t.getKey()).raw(")</span></p>\n");
        }
        h.raw("<table class=\"facts\">\n");
        fact(h, "IRI", "<span class=\"iri\">" + Html.escape(iri) + "</span>");
        for (QuerySolution s : rows("resolution-facts", Map.of("resolution", iri(iri), "ui", string(ui)))) {
            fact(h, f.word("adopted"), value(s, "d"));
            fact(h, f.heading(Vocab.RG + "adoptedBy"), named(s, "organ"));
            fact(h, f.heading(Vocab.RG + "committee"), named(s, "committee"));
            fact(h, f.heading(Vocab.RG + "adoptedAtMeeting"), value(s, "meeting"));
            fact(h, f.heading(Vocab.RG + "onReportOf"), symbolMarkup(value(s, "report")));
            fact(h, f.heading(Vocab.RG + "draft"), symbolMarkup(value(s, "draft")));
        }
        List<String> names = new ArrayList<>();
        for (String l : languages) {
            names.add(UnLanguage.of(l).map(u -> "<span" + Furniture.attributes(l) + ">" + Html.escape(u.autonym()) + "</span>").orElse(Html.escape(l)));
        }
        fact(h, f.word("languages"), String.join(", ", names));
        h.raw("</table>\n");
        formats(h, iri, f);
        subjects(h, iri, f);

        timeline(h, symbol, f);
        paragraphs(h, iri, lang, f);
        citationsOut(h, iri, lang, f);
        citationsIn(h, iri, f);
        return h.finish();
    }

    /** A symbol (A/59/487/Add.3) kept left to right on a page that runs right to left. */
    private static String symbolMarkup(String escapedSymbol) {
        return escapedSymbol == null ? null : "<span class=\"sym\">" + escapedSymbol + "</span>";
    }

    private void formats(Html h, String iri, Furniture f) {
        String doc = local(iri);
        h.raw("<p class=\"formats\">").text(f.word("formats")).raw(" ");
        for (String[] format : new String[][] {{"data.ttl", "Turtle"}, {"data.jsonld", "JSON-LD"}, {"data.rdf", "RDF/XML"}, {"data.nt", "N-Triples"}}) {
            h.link(doc + "/" + format[0], format[1]).raw(" ");
        }
        String query = "DESCRIBE <" + iri + ">";
        h.raw("· <span class=\"iri\"><a href=\"").text(QUERY_EDITOR + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .raw("\" title=\"").text(f.word("openInQueryEditor")).raw("\">").text("SPARQL: " + query).raw("</a></span></p>\n");
    }

    /** The subjects of a resolution, a heading for each scheme they are in, each subject once (see {@link Subjects}). */
    private void subjects(Html h, String iri, Furniture f) {
        Map<String, List<Subjects.Subject>> byScheme = Subjects.of(rows("subjects", Map.of("resolution", iri(iri))), f.lang());
        if (byScheme.isEmpty()) {
            return;
        }
        h.raw("<h2>").text(f.word("subjects")).raw("</h2>\n");
        for (Map.Entry<String, List<Subjects.Subject>> scheme : byScheme.entrySet()) {
            h.raw("<h3>").text(f.word(scheme.getKey())).raw("</h3>\n<p class=\"subjects\">");
            String comma = "";
            for (Subjects.Subject s : scheme.getValue()) {
                h.raw(comma).raw("<a href=\"").text(local(s.concept())).raw("\"")
                        .raw(s.lang().equals(f.lang()) ? "" : Furniture.attributes(s.lang())).raw(">").text(s.label()).raw("</a>");
                comma = ", ";
            }
            h.raw("</p>\n");
        }
    }

    private void timeline(Html h, String symbol, Furniture f) {
        List<Lineage.Series> series = Lineage.of(ds, symbol);
        if (series.isEmpty()) {
            return;
        }
        h.raw("<h2>").text(f.heading(Vocab.RG + "Series")).raw("</h2>\n");
        for (Lineage.Series s : series) {
            h.raw("<p>").link(local(s.iri()), String.join(" / ", s.labels())).raw(" — ").text(f.word("members", s.members().size())).raw("</p>\n");
        }
        // the picture's texts are escaped by Timeline itself
        h.raw("<div class=\"timeline\" dir=\"ltr\">\n").raw(stripXmlDeclaration(Timeline.svg(symbol, series))).raw("</div>\n");
    }

    private static String stripXmlDeclaration(String svg) {
        int i = svg.indexOf("<svg");
        return i < 0 ? svg : svg.substring(i);
    }

    /** The kind and number of a paragraph in the furniture's language: "Preambular paragraph 3", "Alinéa du préambule 3". */
    static String paragraphName(Furniture f, String type, String number) {
        return f.heading(type) + " " + number;
    }

    private void paragraphs(Html h, String iri, String lang, Furniture f) {
        Map<String, RDFNode> parameters = Map.of("resolution", iri(iri), "lang", string(lang));
        List<QuerySolution> paras = rows("paragraphs", parameters);
        if (paras.isEmpty()) {
            return;
        }
        Map<String, List<CitedText.Span>> spans = new HashMap<>();
        Map<String, List<CitedText.Citation>> citations = new HashMap<>();
        for (QuerySolution c : rows("paragraph-citations", parameters)) {
            String p = c.getResource("p").getURI();
            CitedText.Span span = new CitedText.Span(c.getLiteral("paragraphStart").getLong(), c.getLiteral("paragraphEnd").getLong());
            if (!spans.computeIfAbsent(p, k -> new ArrayList<>()).contains(span)) {
                spans.get(p).add(span);
            }
            CitedText.Citation cite = new CitedText.Citation(c.getLiteral("start").getLong(), c.getLiteral("end").getLong(),
                    c.contains("exact") ? c.getLiteral("exact").getLexicalForm() : null, local(c.getResource("cited").getURI()));
            if (!citations.computeIfAbsent(p, k -> new ArrayList<>()).contains(cite)) {
                citations.get(p).add(cite);
            }
        }
        h.raw("<h2>").text(f.word("paragraphs")).raw("</h2>\n<ol class=\"paras\"").raw(Furniture.attributes(lang)).raw(">\n");
        for (QuerySolution p : paras) {
            String type = p.getResource("type").getURI(), n = p.getLiteral("n").getLexicalForm(), para = p.getResource("p").getURI();
            String text = p.contains("text") ? p.getLiteral("text").getLexicalForm() : "";
            h.raw("<li value=\"").text(n).raw("\" id=\"").text(anchor(type, n)).raw("\"><span class=\"muted\"")
                    .raw(Furniture.attributes(f.lang())).raw(">").text(paragraphName(f, type, n)).raw("</span> ")
                    .raw(CitedText.markup(text, spans.getOrDefault(para, List.of()), citations.getOrDefault(para, List.of()))).raw("</li>\n");
        }
        h.raw("</ol>\n");
    }

    /** The id of a paragraph's element on its resolution's page: {@code pp3}, {@code op21} (its IRI ends {@code pp/3}, {@code op/21}). */
    static String anchor(String type, String number) {
        return (type.endsWith("PreambularParagraph") ? "pp" : "op") + number;
    }

    /** A relation (rg:recalls) by its label in the furniture's language, its short form shown on hovering. */
    private Html relation(Html h, Furniture f, String iri) {
        return h.raw("<span title=\"").text(prefixes.shortForm(iri)).raw("\">").text(f.term(iri)).raw("</span>");
    }

    private void citationsOut(Html h, String iri, String lang, Furniture f) {
        String lang3 = UnLanguage.threeLetter(lang);
        List<QuerySolution> out = rows("citations-out",
                Map.of("resolution", iri(iri), "lang", string(lang), "lang3", string(lang3), "ui", string(f.lang())));
        h.raw("<h2>").text(f.word("cites") + " (" + out.size() + ")").raw("</h2>\n");
        if (out.isEmpty()) {
            return;
        }
        h.raw("<table>\n<tr><th>").text(f.heading(Vocab.RG + "Paragraph")).raw("</th><th>").text(f.heading(Vocab.RG + "clauseVerb"))
                .raw("</th><th>").text(f.heading(Vocab.RG + "relation")).raw("</th><th>").text(f.word("cited")).raw("</th><th>")
                .text(f.word("exactWords")).raw("</th></tr>\n");
        String text = Furniture.attributes(lang);
        for (QuerySolution c : out) {
            String target = c.getResource("t").getURI();
            h.raw("<tr><td>").text(paragraphName(f, c.getResource("type").getURI(), c.getLiteral("n").getLexicalForm())).raw("</td><td")
                    .raw(text).raw(">").text(c.contains("verb") ? c.getLiteral("verb").getLexicalForm() : "").raw("</td><td>");
            relation(h, f, c.getResource("rel").getURI()).raw("</td><td>");
            if (c.contains("target")) {
                Literal name = c.getLiteral("target");
                h.raw("<a href=\"").text(local(target)).raw("\"").raw(name.getLanguage().isEmpty() ? " class=\"sym\"" : Furniture.attributes(name.getLanguage()))
                        .raw(">").text(name.getLexicalForm()).raw("</a>");
            } else {
                h.raw("<span class=\"iri\">").link(local(target), target).raw("</span>");
            }
            h.raw("</td><td>");
            if (c.contains("exact")) {
                h.raw("<q").raw(text).raw(">").text(c.getLiteral("exact").getLexicalForm()).raw("</q>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private void citationsIn(Html h, String iri, Furniture f) {
        List<QuerySolution> in = rows("citations-in", Map.of("resource", iri(iri)));
        h.raw("<h2>").text(f.word("citedBy") + " (" + in.size() + ")").raw("</h2>\n");
        if (in.isEmpty()) {
            return;
        }
        h.raw("<table>\n<tr><th>").text(f.heading(Vocab.RG + "Resolution")).raw("</th><th>").text(f.heading(Vocab.RG + "Paragraph"))
                .raw("</th><th>").text(f.heading(Vocab.RG + "relation")).raw("</th></tr>\n");
        for (QuerySolution c : in) {
            h.raw("<tr><td class=\"sym\">").link(local(c.getResource("w").getURI()), c.getLiteral("symbol").getLexicalForm()).raw("</td><td>")
                    .text(paragraphName(f, c.getResource("type").getURI(), c.getLiteral("n").getLexicalForm())).raw("</td><td>");
            relation(h, f, c.getResource("rel").getURI()).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    /** The page of any other resource: its names, what it says, and what refers to it, the furniture in the reader's language. */
    String resource(String iri, String acceptLanguage) {
        Furniture f = Furniture.negotiate(acceptLanguage);
        Map<String, RDFNode> resource = Map.of("resource", iri(iri));
        List<String> available = new ArrayList<>();
        for (QuerySolution s : rows("name-languages", resource)) {
            String l = s.getLiteral("lang").getLexicalForm();
            if (!l.isEmpty()) {
                available.add(l);
            }
        }
        available.sort(Comparator.comparingInt(Furniture::preference));
        String lang = Negotiation.language(acceptLanguage, available.isEmpty() ? List.of("en") : available);
        List<QuerySolution> named = rows("name", Map.of("resource", iri(iri), "lang", string(lang)));
        Literal nameLiteral = named.isEmpty() || !named.get(0).contains("n") || !named.get(0).get("n").isLiteral() ? null : named.get(0).getLiteral("n");
        String name = nameLiteral == null ? null : nameLiteral.getLexicalForm();
        String kind = first(rows("kind", resource), "t");
        Html h = new Html(name == null ? iri : name, f);
        h.raw("<p class=\"muted\">").text(kind == null ? f.word("resource") : f.heading(kind)).raw("</p>\n<h1>");
        if (name == null) {
            h.raw("<span class=\"iri\">").text(iri).raw("</span>");
        } else {
            h.raw("<span").raw(nameLiteral.getLanguage().isEmpty() ? " class=\"sym\"" : Furniture.attributes(nameLiteral.getLanguage())).raw(">")
                    .text(name).raw("</span>");
        }
        h.raw("</h1>\n<p class=\"iri\">").text(iri).raw("</p>\n");
        formats(h, iri, f);
        if (kind != null && kind.equals(Vocab.RG + "Series")) {
            series(h, iri, f);
        }
        h.raw("<h2>").text(f.word("statements")).raw("</h2>\n<table>\n");
        for (QuerySolution s : rows("statements", resource)) {
            h.raw("<tr><td class=\"iri\">").text(prefixes.shortForm(s.getResource("p").getURI())).raw("</td><td>").raw(node(s.get("o"))).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
        List<QuerySolution> in = rows("referred-to-by", resource);
        h.raw("<h2>").text(f.word("referredToBy") + " (" + in.size() + ")").raw("</h2>\n<table>\n");
        for (QuerySolution s : in) {
            String subject = s.getResource("s").getURI();
            h.raw("<tr><td class=\"sym\">").link(local(subject), s.contains("name") ? s.getLiteral("name").getLexicalForm() : subject).raw("</td><td class=\"iri\">")
                    .text(prefixes.shortForm(s.getResource("p").getURI())).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
        return h.finish();
    }

    private void series(Html h, String iri, Furniture f) {
        String member = first(rows("series-member", Map.of("series", iri(iri))), "s");
        if (member == null) {
            return;
        }
        List<Lineage.Series> series = Lineage.of(ds, member).stream().filter(s -> s.iri().equals(iri)).toList();
        if (series.isEmpty()) {
            return;
        }
        h.raw("<h2>").text(f.word("membersInOrder")).raw("</h2>\n<div class=\"timeline\" dir=\"ltr\">\n")
                .raw(stripXmlDeclaration(Timeline.svg(member, series))).raw("</div>\n<ol>\n");
        for (Lineage.Member m : series.get(0).members()) {
            h.raw("<li><span class=\"sym\">").link("/doc/un/" + m.symbol(), m.symbol()).raw("</span> ").text(m.adopted() == null ? "" : m.adopted().toString())
                    .raw("</li>\n");
        }
        h.raw("</ol>\n");
    }

    /** The page for an IRI the database does not know, with the symbols closest to it. */
    String notFound(String iri, List<String> closest, String acceptLanguage) {
        Furniture f = Furniture.negotiate(acceptLanguage);
        Html h = new Html(f.word("notFound"), f);
        h.raw("<h1>").text(f.word("nothingKnown")).raw("</h1>\n<p class=\"iri\">").text(iri).raw("</p>\n");
        if (!closest.isEmpty()) {
            h.raw("<p>").text(f.word("didYouMean")).raw("</p>\n<ul>\n");
            for (String s : closest) {
                h.raw("<li class=\"sym\">").link("/doc/un/" + s, s).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        return h.finish();
    }

    /** The home page: search, counts, and the example queries, each opened in the query editor. */
    String home(Map<String, Long> counts, Map<String, String> queries) {
        Furniture f = Furniture.ENGLISH;
        Html h = new Html("United Nations resolutions as linked data", f);
        h.raw("<h1>United Nations resolutions as linked data</h1>\n<p>Resolutions of the General Assembly and the Security Council, ")
                .raw("the citations between them with their verbs and exact words, the conferences, agreements and organisations they name, ")
                .raw("and the series they belong to. Search by symbol or words, follow the links, or ask in ")
                .link(QUERY_EDITOR, "SPARQL").raw(" (the endpoint: <code>/resgraph/sparql</code>).</p>\n")
                .raw("<form action=\"/search\" method=\"get\"><input name=\"q\" size=\"50\" placeholder=\"A/RES/59/249 or words\" aria-label=\"search\"> ")
                .raw("<button>Search</button></form>\n<h2>In the database</h2>\n<table class=\"facts\">\n");
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            fact(h, c.getKey(), Html.escape(String.format("%,d", c.getValue())));
        }
        h.raw("</table>\n<p>").link("/.well-known/void", "Dataset description (VoID)").raw(" · ").link("/dumps/resgraph.nq.gz", "dump (N-Quads, gzip)")
                .raw(" · ").link("/doc/un/A/RES/59/249", "an example: A/RES/59/249").raw("</p>\n");
        if (!queries.isEmpty()) {
            h.raw("<h2>Example queries</h2>\n<ul>\n");
            for (String name : queries.keySet()) {
                h.raw("<li>").link(QUERY_EDITOR + "?example=" + URLEncoder.encode(name, StandardCharsets.UTF_8), name)
                        .raw(" <small>(").link("/queries/" + name, f.word("queryText")).raw(")</small></li>\n");
            }
            h.raw("</ul>\n");
        }
        return h.finish();
    }

    /** How many index hits a search reads for each result it shows. */
    static final int HITS_PER_RESULT = 10;

    /**
     * Search results: resources whose names or texts hold the words (full-text index), each with the passage
     * that holds them, the words marked, and a link to where it stands; the furniture in the reader's language.
     */
    String search(String q, List<String[]> hits, Furniture f) {
        Html h = new Html(f.word("search") + ": " + q, f);
        h.raw("<h1>").text(f.word("search")).raw("</h1>\n<p>").text(f.word("results", hits.size()) + " ").raw("<q>").text(q).raw("</q></p>\n<ol>\n");
        for (String[] hit : hits) {
            h.raw("<li>").link(local(hit[0]), hit[1]).raw(" <span class=\"muted\">").text(hit[2]).raw("</span>");
            if (hit.length > 7 && !hit[3].isEmpty()) {
                h.raw("\n<div class=\"passage\">");
                if (!hit[7].isEmpty()) {
                    h.link(hit[6], hit[7]).raw(" ");
                }
                // the passage's text is escaped by Passage, only its marks are markup
                h.raw("<span").raw(Furniture.attributes(hit[5])).raw(">").raw(Passage.fromColumns(hit[3], hit[4]).markup()).raw("</span></div>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ol>\n");
        return h.finish();
    }

    /**
     * Full-text hits, best first: [resource, name, kind, passage, marks, passage's language, link to the passage,
     * name of its place]; a paragraph's hit points to its resolution, and its passage to the paragraph on the
     * resolution's page ({@code /doc/un/A/RES/59/249#op3}, "Operative paragraph 3"). See {@link SearchResults}.
     */
    List<String[]> find(String words, int limit, Furniture f) {
        return new SearchResults(ds, this::local).find(words, limit, f);
    }

    private String node(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String shown = iri.startsWith(base) ? iri : prefixes.shortForm(iri);
            return "<a href=\"" + Html.escape(local(iri)) + "\">" + Html.escape(shown) + "</a>"
                    + (iri.startsWith(base) ? "" : " <a class=\"muted\" href=\"" + Html.escape(iri) + "\">↗</a>");
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return l.getLanguage().isEmpty() ? Html.escape(l.getLexicalForm())
                    : "<span" + Furniture.attributes(l.getLanguage()) + ">" + Html.escape(l.getLexicalForm()) + "</span> <span class=\"muted\">@"
                    + Html.escape(l.getLanguage()) + "</span>";
        }
        return "<span class=\"muted\">(blank node)</span>";
    }

    /** Where a data IRI is served here: {@code {base}id/x} at {@code /doc/x}, others at {@code /resource?iri=…}. */
    String local(String iri) {
        if (iri.startsWith(base + "id/")) {
            return "/doc/" + iri.substring(base.length() + 3);
        }
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        // a resource of another dataset that this one describes too (a UNBIS descriptor): its page here
        return "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static void fact(Html h, String name, String valueMarkup) {
        if (valueMarkup != null && !valueMarkup.isEmpty()) {
            h.raw("<tr><td>").text(name).raw("</td><td>").raw(valueMarkup).raw("</td></tr>\n");
        }
    }

    /** A name in the page's language, and in English after it when that differs ("第二委员会 (Second Committee)"). */
    private static String named(QuerySolution s, String var) {
        String name = value(s, var), english = value(s, var + "En");
        return name == null ? english : english == null || english.equals(name) ? name : name + " (" + english + ")";
    }

    private static String value(QuerySolution s, String var) {
        return s.contains(var) ? Html.escape(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()) : null;
    }

    private static String first(List<QuerySolution> r, String var) {
        if (r.isEmpty() || !r.get(0).contains(var)) {
            return null;
        }
        RDFNode n = r.get(0).get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private List<QuerySolution> rows(String query, Map<String, RDFNode> parameters) {
        return PageQueries.select(ds, query, parameters);
    }

    private static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static RDFNode string(String s) {
        return ResourceFactory.createStringLiteral(s);
    }
}
