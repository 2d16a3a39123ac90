package org.w3id.resgraph.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/** The series of 59/249 read back from a loaded database: its six predecessors in date order, then itself. */
class LineageTest {
    private static Dataset ds;

    @BeforeAll
    static void load() {
        ds = Store.inMemory();
        Loader.load(ds, Inputs.expand(List.of(Fixtures.path(Fixtures.SEED).toString()), System.in, new ArrayList<>()),
                Gazetteer.DEFAULT_BASE);
    }

    @Test
    void theSeriesOf59249InOrderOfAdoption() {
        List<Lineage.Series> series = Txn.calculateRead(ds, () -> Lineage.of(ds, "A/RES/59/249"));
        assertEquals(1, series.size());
        Lineage.Series s = series.get(0);
        assertTrue(s.labels().contains("工业发展合作"), s.labels().toString());
        assertEquals(List.of("1991-12-18 A/RES/46/151", "1994-12-19 A/RES/49/108", "1996-12-16 A/RES/51/170",
                "1998-12-15 A/RES/53/177", "2000-12-20 A/RES/55/187", "2002-12-20 A/RES/57/243", "2004-12-22 A/RES/59/249"),
                s.members().stream().map(m -> m.adopted() + " " + m.symbol()).toList());
        Lineage.Member last = s.members().get(s.members().size() - 1);
        assertTrue(last.inCorpus() && last.recalls() >= 6, last.toString());
        assertFalse(s.members().get(0).inCorpus(), "46/151 is only cited");
        assertEquals(1, s.members().get(0).recalledBy());
    }

    @Test
    void membersAreLinkedInOrderOfAdoptionNotOfSymbol() {
        String q = "PREFIX rg: <https://w3id.org/resgraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "ASK { ?a dcterms:identifier \"%s\" ; rg:nextInSeries ?b . ?b dcterms:identifier \"%s\" ; rg:previousInSeries ?a }";
        for (String[] pair : new String[][] {{"A/RES/46/151", "A/RES/49/108"}, {"A/RES/57/243", "A/RES/59/249"}}) {
            assertTrue(Txn.calculateRead(ds, () -> org.apache.jena.query.QueryExecution.dataset(ds)
                    .query(q.formatted(pair[0], pair[1])).build().execAsk()), pair[0] + " → " + pair[1]);
        }
    }

    @Test
    void aStepBetweenTwoLoadedMembersSaysWhatWasAddedAndDropped() {
        Dataset two = Store.inMemory();
        // the Council's 2020 resolutions in Chinese: later ones on Yemen cite 2505 and 2511 "其关于也门的…决议"
        Loader.load(two, Inputs.expand(List.of(Fixtures.corpus("sc-akn/2020/Chinese").toString()), System.in, new ArrayList<>()),
                Gazetteer.DEFAULT_BASE);
        List<Lineage.Series> series = Txn.calculateRead(two, () -> Lineage.of(two, "S/RES/2511(2020)"));
        List<Lineage.Member> members = series.get(0).members();
        List<String> symbols = members.stream().map(Lineage.Member::symbol).toList();
        Lineage.Member m2511 = members.get(symbols.indexOf("S/RES/2511(2020)"));
        assertEquals("S/RES/2505(2020)", symbols.get(symbols.indexOf("S/RES/2511(2020)") - 1), symbols.toString());
        assertTrue(m2511.added() >= 0 && m2511.dropped() >= 0, m2511.toString());
        assertTrue(symbols.get(0).endsWith("(2011)"), "undated members sort by the year of their symbol: " + symbols);
    }

    @Test
    void aCouncilTextThatRecallsItsResolutionsOnATopicIsInThatSeries() {
        Dataset one = Store.inMemory();
        Loader.load(one, Inputs.expand(List.of(Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml").toString()),
                System.in, new ArrayList<>()), Gazetteer.DEFAULT_BASE);
        List<Lineage.Series> series = Txn.calculateRead(one, () -> Lineage.of(one, "S/RES/2505(2020)"));
        assertEquals(1, series.size(), "回顾其关于也门的第2014(2011)、…号决议 puts 2505 in the series on Yemen");
        assertEquals(List.of("也门"), series.get(0).labels());
        List<String> symbols = series.get(0).members().stream().map(Lineage.Member::symbol).toList();
        assertEquals("S/RES/2505(2020)", symbols.get(symbols.size() - 1), symbols.toString());
        assertEquals(14, symbols.size(), "13 recalled resolutions and 2505 itself: " + symbols);
    }

    @Test
    void aMistypedSymbolGetsTheClosestKnownOnes() {
        assertFalse(Txn.calculateRead(ds, () -> Lineage.known(ds, "A/RES/59/294")));
        assertTrue(Txn.calculateRead(ds, () -> Lineage.closest(ds, "A/RES/59/294", 3)).contains("A/RES/59/249"));
    }

    @Test
    void editDistance() {
        assertEquals(0, Lineage.distance("A/RES/59/249", "A/RES/59/249"));
        assertEquals(2, Lineage.distance("A/RES/59/249", "A/RES/59/294"));
        assertEquals(1, Lineage.distance("A/RES/59/249", "A/RES/59/24"));
    }
}
