package org.w3id.resgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.resgraph.lineage.Lineage;
import org.w3id.resgraph.lineage.Timeline;
import org.w3id.resgraph.text.UnLanguage;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The HTML pages of the server, read from the database: one per resolution (its facts, paragraphs,
 * citations out and in, its series' timeline), one for any other resource (what it says and what
 * refers to it), the home page, search results and the page for an unknown IRI. Call inside a read
 * transaction.
 */
final class Pages {
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    private static final List<String> LANGUAGES = List.of("en", "zh", "fr", "es", "ru", "ar");

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
        return !rows("SELECT ?v WHERE { <%s> a rg:Resolution ; eli:is_realized_by ?v } LIMIT 1".formatted(iri)).isEmpty();
    }

    String resolution(String iri, String acceptLanguage) {
        String symbol = first("SELECT ?s WHERE { <%s> dcterms:identifier ?s }".formatted(iri), "s");
        Map<String, String> titles = new LinkedHashMap<>();
        for (QuerySolution s : rows("""
                SELECT DISTINCT ?t WHERE { { <%s> dcterms:title ?t } UNION { <%s> eli:is_realized_by/dcterms:title ?t } }"""
                .formatted(iri, iri))) {
            titles.putIfAbsent(s.getLiteral("t").getLanguage(), s.getLiteral("t").getLexicalForm());
        }
        List<String> languages = new ArrayList<>();
        for (QuerySolution s : rows("SELECT DISTINCT ?l WHERE { <%s> eli:is_realized_by/dcterms:language ?l } ORDER BY ?l".formatted(iri))) {
            languages.add(s.getLiteral("l").getLexicalForm());
        }
        languages.sort((a, b) -> Integer.compare(order(a), order(b)));
        String lang = Negotiation.language(acceptLanguage, languages.isEmpty() ? List.of("en") : languages);
        String title = titles.getOrDefault(lang, titles.values().stream().findFirst().orElse(null));

        Html h = new Html(symbol + (title == null ? "" : " — " + title), lang);
        h.raw("<p class=\"muted\">Resolution</p>\n<h1>").text(symbol).raw("</h1>\n");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            h.raw("<p lang=\"").text(t.getKey()).raw("\"><strong>").text(t.getValue()).raw("</strong> <span class=\"muted\">(")
                    .text(t.getKey()).raw(")</span></p>\n");
        }
        h.raw("<table class=\"facts\">\n");
        fact(h, "IRI", "<span class=\"iri\">" + Html.escape(iri) + "</span>");
        for (QuerySolution s : rows("""
                SELECT ?d ?organ ?organEn ?committee ?committeeEn ?meeting ?report ?draft WHERE {
                  OPTIONAL { <%1$s> eli:date_document ?d }
                  OPTIONAL { <%1$s> rg:adoptedBy ?o
                             OPTIONAL { ?o rdfs:label ?organ FILTER(langMatches(lang(?organ), "%2$s")) }
                             OPTIONAL { ?o rdfs:label ?organEn FILTER(lang(?organEn) = "en") } }
                  OPTIONAL { <%1$s> rg:committee ?c
                             OPTIONAL { ?c rdfs:label ?committee FILTER(langMatches(lang(?committee), "%2$s")) }
                             OPTIONAL { ?c rdfs:label ?committeeEn FILTER(lang(?committeeEn) = "en") } }
                  OPTIONAL { <%1$s> rg:adoptedAtMeeting/rg:meetingNumber ?meeting }
                  OPTIONAL { <%1$s> rg:onReportOf/dcterms:identifier ?report }
                  OPTIONAL { <%1$s> rg:draft/dcterms:identifier ?draft }
                } LIMIT 1""".formatted(iri, lang))) {
            fact(h, "Adopted", value(s, "d"));
            fact(h, "By", named(s, "organ"));
            fact(h, "Committee", named(s, "committee"));
            fact(h, "Meeting", value(s, "meeting"));
            fact(h, "On the report", value(s, "report"));
            fact(h, "Draft", value(s, "draft"));
        }
        fact(h, "Languages", Html.escape(String.join(", ", languages)));
        List<String> subjects = new ArrayList<>();
        for (QuerySolution s : rows("""
                SELECT ?s (SAMPLE(?l) AS ?label) WHERE { <%s> dcterms:subject ?s .
                  OPTIONAL { ?s skos:prefLabel ?l FILTER(langMatches(lang(?l), "%s")) } } GROUP BY ?s ORDER BY ?label"""
                .formatted(iri, lang))) {
            String concept = s.getResource("s").getURI();
            String label = s.contains("label") ? s.getLiteral("label").getLexicalForm() : concept.substring(concept.lastIndexOf('/') + 1);
            subjects.add("<a href=\"" + Html.escape(local(concept)) + "\">" + Html.escape(label) + "</a>");
        }
        fact(h, "Subjects", String.join(", ", subjects));
        h.raw("</table>\n");
        formats(h, iri);

        timeline(h, symbol);
        paragraphs(h, iri, lang);
        citationsOut(h, iri, lang);
        citationsIn(h, iri);
        return h.finish();
    }

    private void formats(Html h, String iri) {
        String doc = local(iri);
        h.raw("<p class=\"formats\">This description as ");
        for (String[] f : new String[][] {{"data.ttl", "Turtle"}, {"data.jsonld", "JSON-LD"}, {"data.rdf", "RDF/XML"}, {"data.nt", "N-Triples"}}) {
            h.link(doc + "/" + f[0], f[1]).raw(" ");
        }
        String query = "DESCRIBE <" + iri + ">";
        h.raw("· ").link("/resgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "SPARQL: " + query).raw("</p>\n");
    }

    private void timeline(Html h, String symbol) {
        List<Lineage.Series> series = Lineage.of(ds, symbol);
        if (series.isEmpty()) {
            return;
        }
        h.raw("<h2>Series</h2>\n");
        for (Lineage.Series s : series) {
            h.raw("<p>").link(local(s.iri()), String.join(" / ", s.labels())).raw(" — ").text(s.members().size() + " members").raw("</p>\n");
        }
        // the picture's texts are escaped by Timeline itself
        h.raw("<div class=\"timeline\">\n").raw(stripXmlDeclaration(Timeline.svg(symbol, series))).raw("</div>\n");
    }

    private static String stripXmlDeclaration(String svg) {
        int i = svg.indexOf("<svg");
        return i < 0 ? svg : svg.substring(i);
    }

    private void paragraphs(Html h, String iri, String lang) {
        List<QuerySolution> paras = rows("""
                SELECT ?p ?type ?n (SAMPLE(?t) AS ?text) WHERE {
                  ?p eli:is_part_of <%s> ; a ?type ; eli:number ?n . FILTER(?type IN (rg:PreambularParagraph, rg:OperativeParagraph))
                  OPTIONAL { ?p rg:text ?t FILTER(langMatches(lang(?t), "%s")) }
                } GROUP BY ?p ?type ?n ORDER BY DESC(?type) xsd:integer(?n)""".formatted(iri, lang));
        if (paras.isEmpty()) {
            return;
        }
        h.raw("<h2>Paragraphs</h2>\n<ol class=\"paras\">\n");
        for (QuerySolution p : paras) {
            boolean pre = p.getResource("type").getURI().endsWith("PreambularParagraph");
            h.raw("<li value=\"").text(p.getLiteral("n").getLexicalForm()).raw("\" id=\"").text(pre ? "pp" : "op")
                    .text(p.getLiteral("n").getLexicalForm()).raw("\"><span class=\"muted\">").text(pre ? "preamble " : "operative ")
                    .text(p.getLiteral("n").getLexicalForm()).raw("</span> ").text(p.contains("text") ? p.getLiteral("text").getLexicalForm() : "")
                    .raw("</li>\n");
        }
        h.raw("</ol>\n");
    }

    private void citationsOut(Html h, String iri, String lang) {
        String lang3 = UnLanguage.threeLetter(lang);
        List<QuerySolution> out = rows("""
                SELECT ?c ?n ?type ?t ?rel (SAMPLE(?v) AS ?verb) (SAMPLE(?x) AS ?exact) (SAMPLE(?name) AS ?target) WHERE {
                  ?c cito:hasCitingEntity ?p ; cito:hasCitedEntity ?t ; rg:relation ?rel .
                  ?p eli:is_part_of <%1$s> ; eli:number ?n ; a ?type . FILTER(?type IN (rg:PreambularParagraph, rg:OperativeParagraph))
                  OPTIONAL { ?c rg:clauseVerb ?v FILTER(langMatches(lang(?v), "%2$s")) }
                  OPTIONAL { ?c rg:evidence ?e FILTER(CONTAINS(STR(?e), "/%3$s/")) ?e oa:hasSelector/oa:exact ?x }
                  OPTIONAL { { ?t dcterms:identifier ?name } UNION { ?t rdfs:label ?name FILTER(langMatches(lang(?name), "%2$s")) }
                             UNION { ?t rdfs:label ?name FILTER(lang(?name) = "en") } }
                } GROUP BY ?c ?n ?type ?t ?rel ORDER BY DESC(?type) xsd:integer(?n) ?c""".formatted(iri, lang, lang3));
        h.raw("<h2>Cites (").text(Integer.toString(out.size())).raw(")</h2>\n");
        if (out.isEmpty()) {
            return;
        }
        h.raw("<table>\n<tr><th>Paragraph</th><th>Verb</th><th>Relation</th><th>Cited</th><th>Exact words</th></tr>\n");
        for (QuerySolution c : out) {
            String target = c.getResource("t").getURI();
            boolean pre = c.getResource("type").getURI().endsWith("PreambularParagraph");
            h.raw("<tr><td>").text((pre ? "pp " : "op ") + c.getLiteral("n").getLexicalForm()).raw("</td><td>")
                    .text(c.contains("verb") ? c.getLiteral("verb").getLexicalForm() : "").raw("</td><td>")
                    .text(prefixes.shortForm(c.getResource("rel").getURI())).raw("</td><td>")
                    .link(local(target), c.contains("target") ? c.getLiteral("target").getLexicalForm() : target).raw("</td><td>");
            if (c.contains("exact")) {
                h.raw("<q>").text(c.getLiteral("exact").getLexicalForm()).raw("</q>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private void citationsIn(Html h, String iri) {
        List<QuerySolution> in = rows("""
                SELECT DISTINCT ?w ?symbol ?n ?rel WHERE {
                  ?c cito:hasCitedEntity <%s> ; cito:hasCitingEntity ?p ; rg:relation ?rel .
                  ?p eli:is_part_of ?w ; eli:number ?n . ?w dcterms:identifier ?symbol .
                } ORDER BY ?symbol xsd:integer(?n) LIMIT 500""".formatted(iri));
        h.raw("<h2>Cited by (").text(Integer.toString(in.size())).raw(")</h2>\n");
        if (in.isEmpty()) {
            return;
        }
        h.raw("<table>\n<tr><th>Resolution</th><th>Paragraph</th><th>Relation</th></tr>\n");
        for (QuerySolution c : in) {
            h.raw("<tr><td>").link(local(c.getResource("w").getURI()), c.getLiteral("symbol").getLexicalForm()).raw("</td><td>")
                    .text(c.getLiteral("n").getLexicalForm()).raw("</td><td>").text(prefixes.shortForm(c.getResource("rel").getURI()))
                    .raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    /** The page of any other resource: its names, what it says, and what refers to it. */
    String resource(String iri, String acceptLanguage) {
        List<String> available = new ArrayList<>();
        for (QuerySolution s : rows("SELECT DISTINCT (lang(?l) AS ?lang) WHERE { <%s> rdfs:label|skos:prefLabel|dcterms:title ?l }".formatted(iri))) {
            String l = s.getLiteral("lang").getLexicalForm();
            if (!l.isEmpty()) {
                available.add(l);
            }
        }
        available.sort((a, b) -> Integer.compare(order(a), order(b)));
        String lang = Negotiation.language(acceptLanguage, available.isEmpty() ? List.of("en") : available);
        String name = first("""
                SELECT ?n WHERE { { <%1$s> dcterms:identifier ?n } UNION { <%1$s> rdfs:label|skos:prefLabel|dcterms:title ?n
                  FILTER(langMatches(lang(?n), "%2$s")) } UNION { <%1$s> rdfs:label|skos:prefLabel ?n } } LIMIT 1""".formatted(iri, lang), "n");
        String kind = first("SELECT ?t WHERE { <%s> a ?t } ORDER BY ?t LIMIT 1".formatted(iri), "t");
        Html h = new Html(name == null ? iri : name, lang);
        h.raw("<p class=\"muted\">").text(kind == null ? "Resource" : prefixes.shortForm(kind)).raw("</p>\n<h1>")
                .text(name == null ? iri : name).raw("</h1>\n<p class=\"iri\">").text(iri).raw("</p>\n");
        formats(h, iri);
        if (kind != null && kind.equals(Vocab.RG + "Series")) {
            series(h, iri);
        }
        h.raw("<h2>Statements</h2>\n<table>\n");
        for (QuerySolution s : rows("SELECT DISTINCT ?p ?o WHERE { <%s> ?p ?o } ORDER BY ?p ?o LIMIT 2000".formatted(iri))) {
            h.raw("<tr><td>").text(prefixes.shortForm(s.getResource("p").getURI())).raw("</td><td>").raw(node(s.get("o"))).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
        List<QuerySolution> in = rows("""
                SELECT ?s ?p (SAMPLE(?id) AS ?name) WHERE { ?s ?p <%s> FILTER(isIRI(?s)) OPTIONAL { ?s dcterms:identifier ?id } }
                GROUP BY ?s ?p ORDER BY ?p ?s LIMIT 1000""".formatted(iri));
        h.raw("<h2>Referred to by (").text(Integer.toString(in.size())).raw(")</h2>\n<table>\n");
        for (QuerySolution s : in) {
            String subject = s.getResource("s").getURI();
            h.raw("<tr><td>").link(local(subject), s.contains("name") ? s.getLiteral("name").getLexicalForm() : subject).raw("</td><td>")
                    .text(prefixes.shortForm(s.getResource("p").getURI())).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
        return h.finish();
    }

    private void series(Html h, String iri) {
        String member = first("""
                SELECT ?s WHERE { ?m eli:is_member_of <%s> ; dcterms:identifier ?s ; eli:is_realized_by ?v } ORDER BY ?s LIMIT 1""".formatted(iri), "s");
        if (member == null) {
            return;
        }
        List<Lineage.Series> series = Lineage.of(ds, member).stream().filter(s -> s.iri().equals(iri)).toList();
        if (series.isEmpty()) {
            return;
        }
        h.raw("<h2>Members in order of adoption</h2>\n<div class=\"timeline\">\n")
                .raw(stripXmlDeclaration(Timeline.svg(member, series))).raw("</div>\n<ol>\n");
        for (Lineage.Member m : series.get(0).members()) {
            h.raw("<li>").link("/doc/un/" + m.symbol(), m.symbol()).raw(" ").text(m.adopted() == null ? "" : m.adopted().toString())
                    .raw("</li>\n");
        }
        h.raw("</ol>\n");
    }

    /** The page for an IRI the database does not know, with the symbols closest to it. */
    String notFound(String iri, List<String> closest) {
        Html h = new Html("Not found", "en");
        h.raw("<h1>Nothing is known about this IRI</h1>\n<p class=\"iri\">").text(iri).raw("</p>\n");
        if (!closest.isEmpty()) {
            h.raw("<p>Did you mean:</p>\n<ul>\n");
            for (String s : closest) {
                h.raw("<li>").link("/doc/un/" + s, s).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        return h.finish();
    }

    /** The home page: search, counts, and the example queries. */
    String home(Map<String, Long> counts, Map<String, String> queries) {
        Html h = new Html("United Nations resolutions as linked data", "en");
        h.raw("<h1>United Nations resolutions as linked data</h1>\n<p>Resolutions of the General Assembly and the Security Council, ")
                .raw("the citations between them with their verbs and exact words, the conferences, agreements and organisations they name, ")
                .raw("and the series they belong to. Search by symbol or words, follow the links, or ask in ")
                .link("/resgraph/sparql", "SPARQL").raw(".</p>\n")
                .raw("<form action=\"/search\" method=\"get\"><input name=\"q\" size=\"50\" placeholder=\"A/RES/59/249 or words\" aria-label=\"search\"> ")
                .raw("<button>Search</button></form>\n<h2>In the database</h2>\n<table class=\"facts\">\n");
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            fact(h, c.getKey(), Html.escape(String.format("%,d", c.getValue())));
        }
        h.raw("</table>\n<p>").link("/.well-known/void", "Dataset description (VoID)").raw(" · ").link("/dumps/resgraph.nq.gz", "dump (N-Quads, gzip)")
                .raw(" · ").link("/doc/un/A/RES/59/249", "an example: A/RES/59/249").raw("</p>\n");
        if (!queries.isEmpty()) {
            h.raw("<h2>Example queries</h2>\n<ul>\n");
            for (Map.Entry<String, String> q : queries.entrySet()) {
                h.raw("<li>").link("/resgraph/sparql?query=" + URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8), q.getKey())
                        .raw(" (").link("/queries/" + q.getKey(), "text").raw(")</li>\n");
            }
            h.raw("</ul>\n");
        }
        return h.finish();
    }

    /** Search results: resources whose names or texts hold the words (full-text index). */
    String search(String q, List<String[]> hits) {
        Html h = new Html("Search: " + q, "en");
        h.raw("<h1>Search</h1>\n<p>").text(hits.size() + " result(s) for ").raw("<q>").text(q).raw("</q></p>\n<ol>\n");
        for (String[] hit : hits) {
            h.raw("<li>").link(local(hit[0]), hit[1]).raw(" <span class=\"muted\">").text(hit[2]).raw("</span></li>\n");
        }
        h.raw("</ol>\n");
        return h.finish();
    }

    /** Full-text hits: [resource, name, matching text]; a paragraph's hit points to its resolution. */
    List<String[]> find(String words, int limit) {
        List<String[]> out = new ArrayList<>();
        String escaped = words.replace("\\", "\\\\").replace("\"", "\\\"");
        for (QuerySolution s : rows("""
                SELECT ?r (SAMPLE(?n) AS ?name) (SAMPLE(?kind) AS ?type) (MAX(?score) AS ?best) WHERE {
                  (?s ?score) text:query "%s" .
                  OPTIONAL { ?s eli:is_part_of ?part }
                  OPTIONAL { ?s eli:realizes ?work }
                  BIND(COALESCE(?part, ?work, ?s) AS ?r)
                  OPTIONAL { ?r dcterms:identifier ?id }
                  OPTIONAL { ?r rdfs:label|skos:prefLabel ?en FILTER(langMatches(lang(?en), "en")) }
                  OPTIONAL { ?r rdfs:label|skos:prefLabel ?zh FILTER(langMatches(lang(?zh), "zh")) }
                  OPTIONAL { ?r a ?kind }
                  BIND(COALESCE(?id, ?en, ?zh) AS ?n)
                } GROUP BY ?r ORDER BY DESC(?best) LIMIT %d""".formatted(escaped, limit))) {
            String r = s.getResource("r").getURI();
            String match = s.contains("type") ? prefixes.shortForm(s.getResource("type").getURI()) : "";
            out.add(new String[] {r, s.contains("name") ? s.getLiteral("name").getLexicalForm() : r,
                    match.length() > 160 ? match.substring(0, 160) + "…" : match});
        }
        return out;
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
            return Html.escape(l.getLexicalForm()) + (l.getLanguage().isEmpty() ? "" : " <span class=\"muted\">@" + Html.escape(l.getLanguage()) + "</span>");
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

    private static int order(String lang) {
        int i = LANGUAGES.indexOf(lang);
        return i < 0 ? LANGUAGES.size() : i;
    }

    private String first(String query, String var) {
        List<QuerySolution> r = rows(query);
        if (r.isEmpty() || !r.get(0).contains(var)) {
            return null;
        }
        RDFNode n = r.get(0).get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    List<QuerySolution> rows(String query) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIXES + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            q.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}
