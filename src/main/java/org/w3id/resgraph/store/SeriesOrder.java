package org.w3id.resgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.lineage.AdoptionOrder;
import org.w3id.resgraph.rdf.Sparql;
import org.w3id.resgraph.vocab.Vocab;

/**
 * What only the whole database can say about series: the order of their members by adoption
 * ({@code rg:previousInSeries}, {@code rg:nextInSeries}; by date, or the year a symbol tells, not by
 * symbol order) and, for consecutive
 * members both loaded, an {@code rg:SeriesStep} ({@code rg:inSeries} each series they are consecutive in) with what the later one refers to that the earlier
 * did not ({@code rg:added}), no longer ({@code rg:dropped}) and again ({@code rg:kept}), how many of
 * each ({@code rg:addedCount}, {@code rg:droppedCount}, {@code rg:keptCount}), and what it
 * cites again under other verbs ({@code rg:verbChange}: noted → welcomed). And for every conference,
 * agreement, declaration or strategy cited, the first and last resolution citing it
 * ({@code rg:firstCitedBy}, {@code rg:lastCitedBy}). Written to the graph {@code {base}graph/series},
 * rebuilt after every load.
 */
final class SeriesOrder {
    private static final String MEMBERS = Sparql.load(SeriesOrder.class, "series-members.rq");
    private static final String INSTRUMENTS_CITED = Sparql.load(SeriesOrder.class, "instruments-cited.rq");
    private static final String RELATIONS = Sparql.load(SeriesOrder.class, "relations.rq");
    private static final String TARGETS = Sparql.load(SeriesOrder.class, "targets.rq");

    private SeriesOrder() {}

    /** Rebuilds the series graph of {@code ds}; call inside a write transaction. */
    static void rebuild(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(base + "graph/series");
        dsg.removeGraph(graph);
        Map<String, List<String[]>> series = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(ds, MEMBERS)) {
            series.computeIfAbsent(s.getResource("series").getURI(), k -> new ArrayList<>()).add(new String[] {
                    s.getResource("m").getURI(), s.contains("date") ? s.getLiteral("date").getString() : null,
                    s.contains("version") ? "loaded" : null});
        }
        List<Quad> out = new ArrayList<>();
        Set<Node> stepped = new HashSet<>();
        // a member is the end of one step and the start of the next: look each up once
        Map<String, Set<String>> targets = new HashMap<>();
        Map<String, Map<String, Set<String>>> relations = new HashMap<>();
        for (Map.Entry<String, List<String[]>> e : series.entrySet()) {
            List<String[]> members = e.getValue().stream()
                    .sorted(Comparator.comparing((String[] m) -> AdoptionOrder.key(symbolOf(m[0]), m[1])).thenComparing(m -> m[0]))
                    .toList();
            for (int i = 0; i + 1 < members.size(); i++) {
                Node a = NodeFactory.createURI(members.get(i)[0]), b = NodeFactory.createURI(members.get(i + 1)[0]);
                out.add(new Quad(graph, a, Vocab.rg("nextInSeries"), b));
                out.add(new Quad(graph, b, Vocab.rg("previousInSeries"), a));
                if (members.get(i)[2] != null && members.get(i + 1)[2] != null) {
                    Node step = step(a, b);
                    out.add(new Quad(graph, step, Vocab.rg("inSeries"), NodeFactory.createURI(e.getKey())));
                    if (stepped.add(step)) {
                        describe(graph, step, a, b, out, w -> targets.computeIfAbsent(w, k -> targets(ds, k)),
                                w -> relations.computeIfAbsent(w, k -> relations(ds, k)));
                    }
                }
            }
        }
        firstAndLast(ds, graph, out);
        out.forEach(dsg::add);
    }

    /**
     * For every conference, agreement, declaration and other named instrument cited: the first and
     * the last resolution in the database to cite it, in order of adoption.
     */
    private static void firstAndLast(Dataset ds, Node graph, List<Quad> out) {
        Map<String, List<String[]>> citing = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(ds, INSTRUMENTS_CITED)) {
            citing.computeIfAbsent(s.getResource("t").getURI(), k -> new ArrayList<>()).add(new String[] {
                    s.getResource("w").getURI(), s.getLiteral("symbol").getString(),
                    s.contains("date") ? s.getLiteral("date").getString() : null});
        }
        for (Map.Entry<String, List<String[]>> e : citing.entrySet()) {
            List<String[]> works = e.getValue().stream()
                    .sorted(Comparator.comparing((String[] w) -> AdoptionOrder.key(w[1], w[2])).thenComparing(w -> w[0])).toList();
            Node t = NodeFactory.createURI(e.getKey());
            out.add(new Quad(graph, t, Vocab.rg("firstCitedBy"), NodeFactory.createURI(works.get(0)[0])));
            out.add(new Quad(graph, t, Vocab.rg("lastCitedBy"), NodeFactory.createURI(works.get(works.size() - 1)[0])));
        }
    }

    /** The symbol of a work IRI ({@code …/id/un/S/RES/2014(2011)}). */
    private static String symbolOf(String iri) {
        int i = iri.indexOf("/id/un/");
        return i < 0 ? iri : iri.substring(i + "/id/un/".length());
    }

    /** The step from {@code a} to {@code b}, one whichever series they are consecutive in. */
    private static Node step(Node a, Node b) {
        return NodeFactory.createURI(b.getURI() + "/step-from/" + a.getURI().substring(a.getURI().lastIndexOf("/id/") + 4));
    }

    private static void describe(Node graph, Node step, Node a, Node b, List<Quad> out, Function<String, Set<String>> targets,
            Function<String, Map<String, Set<String>>> relations) {
        Set<String> before = targets.apply(a.getURI()), after = targets.apply(b.getURI());
        out.add(new Quad(graph, step, Vocab.TYPE, Vocab.rg("SeriesStep")));
        out.add(new Quad(graph, step, Vocab.rg("stepFrom"), a));
        out.add(new Quad(graph, step, Vocab.rg("stepTo"), b));
        long added = 0, kept = 0, dropped = 0;
        for (String t : after) {
            boolean again = before.contains(t);
            out.add(new Quad(graph, step, Vocab.rg(again ? "kept" : "added"), NodeFactory.createURI(t)));
            if (again) {
                kept++;
            } else {
                added++;
            }
        }
        for (String t : before) {
            if (!after.contains(t)) {
                out.add(new Quad(graph, step, Vocab.rg("dropped"), NodeFactory.createURI(t)));
                dropped++;
            }
        }
        // the sizes too, so that a question over every step reads three numbers instead of counting
        out.add(new Quad(graph, step, Vocab.rg("addedCount"), Statistics.integer(added)));
        out.add(new Quad(graph, step, Vocab.rg("droppedCount"), Statistics.integer(dropped)));
        out.add(new Quad(graph, step, Vocab.rg("keptCount"), Statistics.integer(kept)));
        Map<String, Set<String>> verbsBefore = relations.apply(a.getURI()), verbsAfter = relations.apply(b.getURI());
        int n = 0;
        for (String t : after) {
            Set<String> was = verbsBefore.getOrDefault(t, Set.of()), is = verbsAfter.getOrDefault(t, Set.of());
            if (before.contains(t) && !was.isEmpty() && !is.isEmpty() && !was.equals(is)) {
                Node change = NodeFactory.createURI(step.getURI() + "/verb-change/" + ++n);
                out.add(new Quad(graph, step, Vocab.rg("verbChange"), change));
                out.add(new Quad(graph, change, Vocab.TYPE, Vocab.rg("VerbChange")));
                out.add(new Quad(graph, change, Vocab.rg("changeOf"), NodeFactory.createURI(t)));
                was.forEach(r -> out.add(new Quad(graph, change, Vocab.rg("relationBefore"), NodeFactory.createURI(r))));
                is.forEach(r -> out.add(new Quad(graph, change, Vocab.rg("relationAfter"), NodeFactory.createURI(r))));
            }
        }
    }

    /**
     * The relations (rg:recalls, rg:welcomes, …) each thing a resolution cites is cited under, from its
     * citations; the bare rg:refersTo of a paragraph whose verb says nothing of it is no verb to change.
     */
    private static Map<String, Set<String>> relations(Dataset ds, String work) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(ds, RELATIONS, Map.of("work", ResourceFactory.createResource(work)))) {
            out.computeIfAbsent(s.getResource("t").getURI(), k -> new TreeSet<>()).add(s.getResource("rel").getURI());
        }
        return out;
    }

    /** What a resolution refers to, whatever the verb, itself and its own series members aside. */
    private static Set<String> targets(Dataset ds, String work) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : Sparql.select(ds, TARGETS, Map.of("work", ResourceFactory.createResource(work)))) {
            out.add(s.getResource("t").getURI());
        }
        out.remove(work);
        return out;
    }
}
