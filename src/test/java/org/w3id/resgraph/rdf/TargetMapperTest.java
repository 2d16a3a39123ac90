package org.w3id.resgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.vocab.Vocab;

/** How cited things get their IRIs, and how what the text says meets what the reference data says. */
class TargetMapperTest {
    private static final String ID = Gazetteer.DEFAULT_BASE + "id/";
    private static final OrgRef UNIDO = OrgRef.known(ID + "org/unido"), UNDP = OrgRef.known(ID + "org/undp");

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final List<String> warnings = new ArrayList<>();
    private final TargetMapper mapper = new TargetMapper(new GraphWriter(graph, new IriScheme(Gazetteer.DEFAULT_BASE)),
            new IriScheme(Gazetteer.DEFAULT_BASE), Gazetteer.standard(), "A/RES/59/249", warnings);

    private static Cited.Agreement agreement(List<OrgRef> parties, LocalDate signed) {
        return new Cited.Agreement("合作协定", "cooperation agreement", "cooperation", parties, signed, null);
    }

    @Test
    void aListedAgreementIsFoundWhicheverOrderTheTextNamesItsParties() {
        Node ab = mapper.map(agreement(List.of(UNIDO, UNDP), LocalDate.of(2004, 9, 23)));
        Node ba = mapper.map(agreement(List.of(UNDP, UNIDO), LocalDate.of(2004, 9, 23)));
        assertEquals(ID + "agreement/unido-undp-cooperation-2004", ab.getURI());
        assertEquals(ab, ba);
    }

    @Test
    void anUnlistedAgreementGetsTheSameIriWhicheverOrderItsPartiesComeIn() {
        OrgRef wto = OrgRef.known(ID + "org/wto");
        Node ab = mapper.map(agreement(List.of(UNDP, wto), LocalDate.of(2010, 1, 1)));
        Node ba = mapper.map(agreement(List.of(wto, UNDP), LocalDate.of(2010, 1, 1)));
        assertEquals(ID + "agreement/undp-wto-cooperation-2010", ab.getURI());
        assertEquals(ab, ba);
    }

    @Test
    void aDateTheTextGetsWrongDoesNotBecomeASecondDateOfAListedConference() {
        Cited.Event doha = new Cited.Event(ID + "event/wto-mc4-2001-doha", "世界贸易组织第四次部长级会议", "zh", true,
                LocalDate.of(2001, 11, 8), LocalDate.of(2001, 11, 14), null, List.of(), List.of());
        Node ev = mapper.map(doha);
        List<String> starts = graph.find(ev, Vocab.START_DATE, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("2001-11-09"), starts);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("2001-11-08") && warnings.get(0).contains("2001-11-09"), warnings.get(0));
    }

    @Test
    void anUnlistedEventKeepsTheDatesOfTheText() {
        Cited.Event forum = new Cited.Event(null, "某论坛", "zh", false, LocalDate.of(2004, 3, 2), LocalDate.of(2004, 3, 5),
                null, List.of(), List.of());
        Node ev = mapper.map(forum);
        assertTrue(graph.contains(ev, Vocab.START_DATE, NodeFactory.createLiteralDT("2004-03-02",
                XSDDatatype.XSDdate)));
        assertEquals(List.of(), warnings);
    }
}
