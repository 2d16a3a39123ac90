package org.w3id.resgraph.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.vocab.Vocab;

/** The extracted graph conforms to ontology/shapes.ttl; a damaged one does not, and the report says why. */
class ShapesTest {
    private static final ShapeValidator VALIDATOR = ShapeValidator.standard();

    @Test
    void seedGraphConforms() {
        Graph g = Fixtures.extractUnion(Fixtures.path(Fixtures.SEED));
        assertEquals(List.of(), VALIDATOR.problems(g, Vocab.prefixes(Gazetteer.DEFAULT_BASE)));
    }

    @Test
    void aResolutionWithoutSymbolAndAParagraphWithoutNumberAreReportedInPlainWords() {
        Graph g = copy(Fixtures.extractUnion(Fixtures.path(Fixtures.SEED)));
        Node work = NodeFactory.createURI(Gazetteer.DEFAULT_BASE + "id/un/A/RES/59/249");
        Node para = NodeFactory.createURI(Gazetteer.DEFAULT_BASE + "id/un/A/RES/59/249/op/21");
        g.remove(work, Vocab.IDENTIFIER, Node.ANY);
        g.remove(para, Vocab.ELI_NUMBER, Node.ANY);
        List<String> problems = VALIDATOR.problems(g, Vocab.prefixes(Gazetteer.DEFAULT_BASE));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("un:A/RES/59/249 dcterms:identifier: A resolution has exactly one symbol")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("op/21") && p.contains("exactly one number (eli:number)")), problems.toString());
    }

    @Test
    void anEventEndingBeforeItStartsIsReported() {
        Graph g = copy(Fixtures.extractUnion(Fixtures.path(Fixtures.SEED)));
        Node forum = NodeFactory.createURI(Gazetteer.DEFAULT_BASE + "id/event/global-biotechnology-forum-2004-concepcion");
        g.remove(forum, Vocab.END_DATE, Node.ANY);
        g.add(forum, Vocab.END_DATE, NodeFactory.createLiteralDT("2004-03-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        List<String> problems = VALIDATOR.problems(g, Vocab.prefixes(Gazetteer.DEFAULT_BASE));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no later than it ends"), problems.toString());
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}
