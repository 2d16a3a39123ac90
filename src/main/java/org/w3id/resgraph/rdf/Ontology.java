package org.w3id.resgraph.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.gazetteer.DataFile;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The resgraph ontology ({@code ontology/resgraph.ttl}) as the mapping stage uses it: which
 * super-properties to write next to a citation property, so plain SPARQL finds them.
 */
public final class Ontology {
    public static final String FILE = "ontology/resgraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private static final Node SUB_PROPERTY_OF = NodeFactory.createURI(Vocab.RDFS + "subPropertyOf");

    private final Graph graph;
    private final Map<Node, List<Node>> supers = new ConcurrentHashMap<>();

    public Ontology(Graph graph) {
        this.graph = graph;
    }

    /** The ontology shipped with resgraph, read once, when first asked for. */
    public static Ontology standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Ontology INSTANCE = new Ontology(load(FILE));
    }

    public static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        DataFile.parseTurtle(resource, g);
        return g;
    }

    public Graph graph() {
        return graph;
    }

    /** Whether the ontology declares {@code property} (as anything). */
    public boolean declares(Node term) {
        return graph.contains(term, Vocab.TYPE, Node.ANY);
    }

    /** {@code property} and all its super-properties, nearest first. */
    public List<Node> withSuperProperties(Node property) {
        return supers.computeIfAbsent(property, p -> {
            Set<Node> out = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(p));
            while (!todo.isEmpty()) {
                Node n = todo.removeFirst();
                if (out.add(n)) {
                    graph.find(n, SUB_PROPERTY_OF, Node.ANY).forEach(t -> todo.addLast(t.getObject()));
                }
            }
            return List.copyOf(out);
        });
    }
}
