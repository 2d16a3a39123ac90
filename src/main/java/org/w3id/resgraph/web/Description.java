package org.w3id.resgraph.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.vocab.Vocab;

/**
 * What the server answers for one resource: a bounded description, not the whole graph. It holds
 * the resource's own statements (and those of blank nodes it leads to), every citation out of it or
 * of its paragraphs and every citation of it, each with its evidence (the language versions' exact
 * words and offsets), and the names of everything it links to — enough to show it and follow its
 * links, never the documents it cites in full.
 *
 * <pre>{@code
 * Graph g = Txn.calculateRead(ds, () -> Description.of(ds.asDatasetGraph().getUnionGraph(), iri));
 * }</pre>
 */
public final class Description {
    private static final Node CITING = NodeFactory.createURI("http://purl.org/spar/cito/hasCitingEntity");
    private static final Node CITED = NodeFactory.createURI("http://purl.org/spar/cito/hasCitedEntity");
    private static final Node PART_OF = NodeFactory.createURI("http://data.europa.eu/eli/ontology#is_part_of");
    private static final Node EVIDENCE = Vocab.rg("evidence");
    private static final List<Node> NAMES = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://purl.org/dc/terms/identifier"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"),
            Vocab.TYPE);
    /** Most citations of one resource a description lists (59/249's 46/151 has one; a treaty may have hundreds). */
    static final int MAX_CITATIONS_IN = 500;

    private Description() {}

    /** Whether the graph says anything about {@code iri}. */
    public static boolean exists(Graph union, String iri) {
        Node r = NodeFactory.createURI(iri);
        return union.find(r, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, r).hasNext();
    }

    /** The bounded description of {@code iri}; call inside a read transaction. */
    public static Graph of(Graph union, String iri) {
        Node r = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        closure(union, r, out);
        // citations made by it or by its parts
        Set<Node> citing = new HashSet<>();
        citing.add(r);
        union.find(Node.ANY, PART_OF, r).forEachRemaining(t -> citing.add(t.getSubject()));
        for (Node c : citing) {
            union.find(Node.ANY, CITING, c).forEachRemaining(t -> citation(union, t.getSubject(), out));
        }
        // citations of it
        int[] n = {0};
        union.find(Node.ANY, CITED, r).forEachRemaining(t -> {
            if (n[0]++ < MAX_CITATIONS_IN) {
                citation(union, t.getSubject(), out);
                union.find(t.getSubject(), CITING, Node.ANY).forEachRemaining(p ->
                        union.find(p.getObject(), PART_OF, Node.ANY).forEachRemaining(out::add));
            }
        });
        // the names of everything linked
        Set<Node> linked = new HashSet<>();
        out.find().forEachRemaining(t -> {
            linked.add(t.getSubject());
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
        });
        linked.remove(r);
        for (Node l : linked) {
            for (Node p : NAMES) {
                union.find(l, p, Node.ANY).forEachRemaining(out::add);
            }
        }
        return out;
    }

    private static void citation(Graph union, Node c, Graph out) {
        closure(union, c, out);
        union.find(c, EVIDENCE, Node.ANY).forEachRemaining(e -> closure(union, e.getObject(), out));
    }

    /** The statements of {@code start}, and of the blank nodes and own sub-resources (…/x/selector) they lead to. */
    private static void closure(Graph union, Node start, Graph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || o.isURI() && s.isURI() && o.getURI().startsWith(s.getURI() + "/") && isDetail(o.getURI())) {
                    todo.add(o);
                }
            });
        }
    }

    /** Parts of a citation's evidence that exist only for it: its selectors. */
    private static boolean isDetail(String iri) {
        return iri.endsWith("/quote") || iri.endsWith("/position") || iri.endsWith("/selector");
    }
}
