package org.w3id.resgraph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.vocab.Vocab;

/**
 * What a dataset says resolutions cite, read with the acceptance scorer's query, graph by graph so
 * that each pair keeps the language of the version it was extracted from ({@code dcterms:language}
 * of the resolution's {@code rg:LanguageVersion}). A resolution with several language versions in
 * one graph (a Turtle union) counts its pairs for each of them, as a scorer reading that graph would.
 */
final class Predictions {
    private static final String PAIRS = "PREFIX rg: <" + Vocab.RG + ">\n"
            + "PREFIX cito: <" + Vocab.CITO + ">\n"
            + "PREFIX dcterms: <" + Vocab.DCTERMS + ">\n"
            + "PREFIX eli: <" + Vocab.ELI + ">\n"
            + """
            SELECT ?a ?b ?p ?lang WHERE {
              ?r a rg:Resolution ; dcterms:identifier ?a ; ?p ?c . ?c dcterms:identifier ?b .
              FILTER(?p IN (rg:refersTo, cito:cites, rg:recalls, rg:reaffirms, rg:takesNoteOf, rg:welcomes))
              OPTIONAL { ?r eli:is_realized_by ?v . ?v dcterms:language ?lang }
            }""";
    /** Every language version, so that one citing nothing is known too. */
    private static final String VERSIONS = "PREFIX rg: <" + Vocab.RG + ">\n"
            + "PREFIX dcterms: <" + Vocab.DCTERMS + ">\n"
            + "PREFIX eli: <" + Vocab.ELI + ">\n"
            + "SELECT ?a ?lang WHERE { ?r a rg:Resolution ; dcterms:identifier ?a ; eli:is_realized_by ?v . ?v dcterms:language ?lang }";
    private static final String FILES = "PREFIX rg: <" + Vocab.RG + ">\n"
            + "PREFIX prov: <" + Vocab.PROV + ">\n"
            + "SELECT ?g ?file WHERE { ?g prov:wasDerivedFrom ?s . ?s rg:fileName ?file }";
    private static final String GRAPH_PATH = "graph/un/";

    /** A language version of a resolution, the unit citations are grouped by. */
    private record Version(String symbol, String language) {}

    private Predictions() {}

    /** Every version's citations in the dataset's named graphs and its default graph. */
    static List<Cites> of(DatasetGraph dataset) {
        List<Cites> out = new ArrayList<>();
        for (Node name : Iter.toList(dataset.listGraphNodes())) {
            out.addAll(of(dataset.getGraph(name)));
        }
        if (!dataset.getDefaultGraph().isEmpty()) {
            out.addAll(of(dataset.getDefaultGraph()));
        }
        return out;
    }

    /** The citations one graph states, by version. */
    static List<Cites> of(Graph graph) {
        Map<String, String> files = files(graph);
        Map<Version, Cites.Builder> versions = new LinkedHashMap<>();
        for (QuerySolution s : select(graph, VERSIONS)) {
            String symbol = Scope.normalise(text(s.get("a")));
            String lang = text(s.get("lang"));
            versions.computeIfAbsent(new Version(symbol, lang), k -> new Cites.Builder(symbol, lang, fileOf(files, symbol, lang)));
        }
        for (QuerySolution s : select(graph, PAIRS)) {
            String citing = Scope.normalise(text(s.get("a")));
            String lang = s.contains("lang") ? text(s.get("lang")) : null;
            String property = s.getResource("p").getURI();
            String typed = property.startsWith(Vocab.RG) ? Scope.typedOf(property.substring(Vocab.RG.length())) : null;
            versions.computeIfAbsent(new Version(citing, lang),
                            k -> new Cites.Builder(citing, lang, fileOf(files, citing, lang)))
                    .cite(text(s.get("b")), typed);
        }
        return versions.values().stream().map(Cites.Builder::build).toList();
    }

    /** A literal's lexical form, or an IRI as a string (the scorer's {@code str()}). */
    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static List<QuerySolution> select(Graph graph, String query) {
        try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            q.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    /** Source file names by graph IRI, as the provenance of each document graph states them. */
    private static Map<String, String> files(Graph graph) {
        Map<String, String> out = new HashMap<>();
        for (QuerySolution s : select(graph, FILES)) {
            if (s.get("g").isURIResource()) {
                out.put(s.getResource("g").getURI(), text(s.get("file")));
            }
        }
        return out;
    }

    /**
     * The file a version was extracted from: the one source of a document graph, or in a union of
     * them the source of the graph named after the version ({@code …/graph/un/A/RES/80/3/eng}).
     */
    private static String fileOf(Map<String, String> files, String symbol, String lang) {
        if (files.size() == 1) {
            return files.values().iterator().next();
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            String graph = e.getKey();
            int at = graph.lastIndexOf(GRAPH_PATH);
            if (at >= 0 && lang != null && Scope.normalise(graph.substring(at + GRAPH_PATH.length()))
                    .equals(symbol + "/" + Scope.normalise(IriScheme.threeLetter(lang)))) {
                return e.getValue();
            }
        }
        return null;
    }
}
