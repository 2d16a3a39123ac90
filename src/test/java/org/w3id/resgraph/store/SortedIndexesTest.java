package org.w3id.resgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.testing.Fixtures;

/**
 * A fresh database is filled by sorting each index and writing it bottom up ({@link SortedIndexes}):
 * every index then holds every quad once, a lookup by any pattern finds what Jena's in-memory
 * dataset finds on the same quads, the database opens again with the same quads, and a later load inserts
 * into the written indexes as usual.
 */
class SortedIndexesTest {
    private static final String BASE = Gazetteer.DEFAULT_BASE;

    private static List<Inputs.Input> inputs(List<Path> files) {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(files.stream().map(Path::toString).toList(), System.in, problems);
        assertEquals(List.of(), problems);
        return inputs;
    }

    private static List<Path> chinese2020() throws Exception {
        try (Stream<Path> s = Files.list(Fixtures.corpus("sc-akn/2020/Chinese"))) {
            return s.sorted().limit(12).toList();
        }
    }

    private static DatasetGraph base(Dataset ds) {
        return ((DatasetGraphText) ds.asDatasetGraph()).getBase();
    }

    @Test
    void everyIndexHoldsEveryQuadOnceAndLooksUpLikeAStoreInMemory(@TempDir Path dir) throws Exception {
        Dataset ds = Store.open(dir.resolve("db"));
        List<Path> files = new ArrayList<>(chinese2020());
        files.add(Fixtures.path(Fixtures.SEED));
        Loader.Summary s = Loader.load(ds, inputs(files), BASE, 2);
        assertEquals(List.of(), s.failures());
        try (Stream<Path> left = Files.list(dir.resolve("db").resolve("tdb2"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("load-sort-")).toList(), "sorting files left");
        }
        DatasetGraph peer = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(ds, () -> {
            DatasetGraph dsg = base(ds);
            List<Quad> quads = dsg.stream().toList();
            assertTrue(quads.size() > 50_000, quads.size() + " quads");
            assertEquals(quads.size(), new HashSet<>(quads).size(), "a quad twice");
            var tdb = TDBInternal.getDatasetGraphTDB(dsg);
            Set<Tuple<NodeId>> primary = null;
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                Set<Tuple<NodeId>> tuples = new HashSet<>();
                long n = 0;
                for (var it = index.all(); it.hasNext(); n++) {
                    tuples.add(it.next());
                }
                assertEquals(quads.size(), n, index.getName() + ": records");
                if (primary == null) {
                    primary = tuples;
                } else {
                    assertEquals(primary, tuples, index.getName() + ": not the quads of " + "GSPO");
                }
            }
            Txn.executeWrite(peer, () -> quads.forEach(peer::add));
            // every pattern of bound and unbound positions, on a spread of quads: each index answers some
            Txn.executeRead(peer, () -> {
                for (int i = 0; i < quads.size(); i += quads.size() / 97) {
                    Quad q = quads.get(i);
                    for (int mask = 1; mask < 16; mask++) {
                        Node g = (mask & 8) != 0 ? q.getGraph() : Node.ANY;
                        Node sub = (mask & 4) != 0 ? q.getSubject() : Node.ANY;
                        Node p = (mask & 2) != 0 ? q.getPredicate() : Node.ANY;
                        Node o = (mask & 1) != 0 ? q.getObject() : Node.ANY;
                        Set<Quad> ours = new HashSet<>();
                        dsg.find(g, sub, p, o).forEachRemaining(ours::add);
                        Set<Quad> theirs = new HashSet<>();
                        peer.find(g, sub, p, o).forEachRemaining(theirs::add);
                        assertEquals(theirs, ours, q + " with mask " + mask);
                    }
                }
            });
        });
        long before = Txn.calculateRead(ds, () -> base(ds).stream().count());
        Store.release(ds, dir.resolve("db"));

        Dataset again = Store.open(dir.resolve("db"));
        assertEquals(before, (long) Txn.calculateRead(again, () -> base(again).stream().count()), "after opening again");
        // a later load goes into the written B+trees by inserts
        Path english = Fixtures.corpus("sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml");
        assertEquals(List.of(), Loader.load(again, inputs(List.of(english)), BASE, 2).failures());
        Txn.executeRead(again, () -> {
            long after = base(again).stream().count();
            assertTrue(after > before, after + " quads after, " + before + " before");
            Node graph = base(again).listGraphNodes().next();
            assertTrue(base(again).find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext());
            var tdb = TDBInternal.getDatasetGraphTDB(base(again));
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                long n = 0;
                for (var it = index.all(); it.hasNext(); it.next()) {
                    n++;
                }
                assertEquals(after, n, index.getName() + ": records after the second load");
            }
        });
        Store.release(again, dir.resolve("db"));
    }
}
