package org.w3id.resgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.lineage.AdoptionOrder;
import org.w3id.resgraph.rdf.Vocab;

/**
 * What only the whole database can say about series: the order of their members by adoption
 * ({@code rg:previousInSeries}, {@code rg:nextInSeries}; by date, or the year a symbol tells, not by
 * symbol order) and, for consecutive
 * members both loaded, an {@code rg:SeriesStep} with what the later one refers to that the earlier
 * did not ({@code rg:added}), no longer ({@code rg:dropped}) and again ({@code rg:kept}). Written to
 * the graph {@code {base}graph/series}, rebuilt after every load.
 */
final class SeriesOrder {
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;

    private SeriesOrder() {}

    /** Rebuilds the series graph of {@code ds}; call inside a write transaction. */
    static void rebuild(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(base + "graph/series");
        dsg.removeGraph(graph);
        Map<String, List<String[]>> series = new LinkedHashMap<>();
        for (QuerySolution s : select(ds, """
                SELECT ?series ?m (MIN(STR(?d)) AS ?date) (SAMPLE(?v) AS ?version) WHERE {
                  ?m eli:is_member_of ?series . OPTIONAL { ?m eli:date_document ?d } OPTIONAL { ?m eli:is_realized_by ?v }
                } GROUP BY ?series ?m ORDER BY ?series""")) {
            series.computeIfAbsent(s.getResource("series").getURI(), k -> new ArrayList<>()).add(new String[] {
                    s.getResource("m").getURI(), s.contains("date") ? s.getLiteral("date").getString() : null,
                    s.contains("version") ? "loaded" : null});
        }
        List<Quad> out = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : series.entrySet()) {
            List<String[]> members = e.getValue().stream()
                    .sorted(Comparator.comparing((String[] m) -> AdoptionOrder.key(symbolOf(m[0]), m[1])).thenComparing(m -> m[0]))
                    .toList();
            for (int i = 0; i + 1 < members.size(); i++) {
                Node a = NodeFactory.createURI(members.get(i)[0]), b = NodeFactory.createURI(members.get(i + 1)[0]);
                out.add(new Quad(graph, a, Vocab.rg("nextInSeries"), b));
                out.add(new Quad(graph, b, Vocab.rg("previousInSeries"), a));
                if (members.get(i)[2] != null && members.get(i + 1)[2] != null) {
                    step(ds, graph, a, b, out);
                }
            }
        }
        out.forEach(dsg::add);
    }

    /** The symbol of a work IRI ({@code …/id/un/S/RES/2014(2011)}). */
    private static String symbolOf(String iri) {
        int i = iri.indexOf("/id/un/");
        return i < 0 ? iri : iri.substring(i + "/id/un/".length());
    }

    private static void step(Dataset ds, Node graph, Node a, Node b, List<Quad> out) {
        Set<String> before = targets(ds, a.getURI()), after = targets(ds, b.getURI());
        Node step = NodeFactory.createURI(b.getURI() + "/step-from/" + a.getURI().substring(a.getURI().lastIndexOf("/id/") + 4));
        out.add(new Quad(graph, step, Vocab.TYPE, Vocab.rg("SeriesStep")));
        out.add(new Quad(graph, step, Vocab.rg("stepFrom"), a));
        out.add(new Quad(graph, step, Vocab.rg("stepTo"), b));
        for (String t : after) {
            out.add(new Quad(graph, step, Vocab.rg(before.contains(t) ? "kept" : "added"), NodeFactory.createURI(t)));
        }
        for (String t : before) {
            if (!after.contains(t)) {
                out.add(new Quad(graph, step, Vocab.rg("dropped"), NodeFactory.createURI(t)));
            }
        }
    }

    /** What a resolution refers to, whatever the verb, itself and its own series members aside. */
    private static Set<String> targets(Dataset ds, String work) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : select(ds, "SELECT DISTINCT ?t WHERE { <%s> rg:refersTo ?t FILTER(isIRI(?t)) }".formatted(work))) {
            out.add(s.getResource("t").getURI());
        }
        out.remove(work);
        return out;
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            q.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}
