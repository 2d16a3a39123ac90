package org.w3id.resgraph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The UNBIS Thesaurus as shipped under {@code ontology/unbis/}: finds the concept a descriptor
 * label names and gives the labels of a concept in every language the thesaurus has.
 *
 * <pre>{@code
 * Thesaurus.standard().conceptFor("INDUSTRIAL DEVELOPMENT") // http://metadata.un.org/thesaurus/1003133
 * }</pre>
 */
public final class Thesaurus {
    public static final String CONCEPTS = "ontology/unbis/unbis.ttl";
    public static final String LEGACY_LABELS = "ontology/unbis/unbis-legacy-labels.ttl";

    private final Graph graph;
    private final Map<String, String> byLabel = new HashMap<>();

    public Thesaurus(Graph graph) {
        this.graph = graph;
        index(NodeFactory.createURI(Vocab.SKOS + "prefLabel"));
        index(NodeFactory.createURI(Vocab.SKOS + "hiddenLabel"));
    }

    /** The thesaurus shipped with resgraph, read once, when first asked for. */
    public static Thesaurus standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Thesaurus INSTANCE = new Thesaurus(load());

        private static Graph load() {
            Graph graph = GraphFactory.createDefaultGraph();
            DataFile.parseTurtle(CONCEPTS, graph);
            DataFile.parseTurtle(LEGACY_LABELS, graph);
            return graph;
        }
    }

    public Graph graph() {
        return graph;
    }

    /** The concept IRI for a descriptor label in any language, ignoring case and spacing. */
    public Optional<String> conceptFor(String label) {
        return Optional.ofNullable(byLabel.get(key(label)));
    }

    /** The preferred labels of a concept, one triple per language. */
    public List<Triple> labelsOf(String conceptIri) {
        List<Triple> out = new ArrayList<>();
        graph.find(NodeFactory.createURI(conceptIri), Vocab.PREF_LABEL, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private void index(Node predicate) {
        graph.find(Node.ANY, predicate, Node.ANY).forEach(t -> {
            if (!t.getObject().isLiteral()) {
                return;
            }
            String iri = t.getSubject().getURI();
            String k = key(t.getObject().getLiteralLexicalForm());
            String had = byLabel.get(k);
            if (had == null || (isGrouping(had) && !isGrouping(iri))) {
                byLabel.put(k, iri);
            }
        });
    }

    /** Domains (2 digits) and microthesauri (6 digits) group concepts; a descriptor names a concept. */
    private static boolean isGrouping(String iri) {
        String id = iri.substring(iri.lastIndexOf('/') + 1);
        return id.matches("\\d{2}|\\d{6}");
    }

    /** Descriptors are compared as names are, case and runs of spaces aside. */
    private static String key(String label) {
        return NameKey.of("en", label.strip());
    }
}
