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
