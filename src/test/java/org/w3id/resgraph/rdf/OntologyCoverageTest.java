package org.w3id.resgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.vocab.Vocab;

/** The ontology declares every class and property the output uses, with labels in en and zh for its own. */
class OntologyCoverageTest {
    private static final Graph OUTPUT = Fixtures.extractUnion(Fixtures.path(Fixtures.SEED));
    private static final Ontology ONTOLOGY = Ontology.standard();

    @Test
    void everyPropertyUsedIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        OUTPUT.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(Vocab.TYPE) && !ONTOLOGY.declares(t.getPredicate())) {
                undeclared.add(t.getPredicate().getURI());
            }
        });
        assertEquals(Set.of(), undeclared, "properties used but not declared in ontology/resgraph.ttl");
    }

    @Test
    void everyClassUsedIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        OUTPUT.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            if (!ONTOLOGY.declares(t.getObject())) {
                undeclared.add(t.getObject().toString());
            }
        });
        assertEquals(Set.of(), undeclared, "classes used but not declared in ontology/resgraph.ttl");
    }

    @Test
    void everyResgraphTermHasLabelsAndCommentsInEnglishAndChinese() {
        Set<String> missing = new TreeSet<>();
        ONTOLOGY.graph().find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            Node term = t.getSubject();
            if (!term.isURI() || !term.getURI().startsWith(Vocab.RG)) {
                return;
            }
            for (Node p : List.of(Vocab.LABEL, NodeFactory.createURI(Vocab.RDFS + "comment"))) {
                for (String lang : List.of("en", "zh")) {
                    boolean has = ONTOLOGY.graph().find(term, p, Node.ANY).toList().stream()
                            .anyMatch(x -> x.getObject().isLiteral() && x.getObject().getLiteralLanguage().equals(lang));
                    if (!has) {
                        missing.add(term.getLocalName() + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void citationPropertiesReachElisRefersTo() {
        for (String relation : List.of("recalls", "reaffirms", "takesNoteOf", "takesNoteWithAppreciationOf",
                "welcomes", "endorses", "recognizes")) {
            List<Node> supers = ONTOLOGY.withSuperProperties(Vocab.rg(relation));
            assertTrue(supers.contains(Vocab.REFERS_TO), relation + " is not below rg:refersTo");
            assertTrue(supers.contains(Vocab.ELI_REFERS_TO), relation + " is not below eli:refers_to");
        }
        assertFalse(ONTOLOGY.withSuperProperties(Vocab.REFERS_TO).contains(Vocab.rg("recalls")));
    }
}
