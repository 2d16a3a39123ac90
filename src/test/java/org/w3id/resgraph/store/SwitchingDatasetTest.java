package org.w3id.resgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * A switch to a new dataset while a transaction runs on the old one: the transaction ends on the
 * dataset it began on, new ones begin on the new dataset, and the old one is closed once, after
 * its last transaction, or at once when none runs.
 */
class SwitchingDatasetTest {
    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node P = NodeFactory.createURI("urn:p");

    private static DatasetGraph holding(String name) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> d.add(new Quad(G, NodeFactory.createURI("urn:" + name), P, NodeFactory.createLiteralString(name))));
        return d;
    }

    private static String name(DatasetGraph d) {
        return d.find().next().getObject().getLiteralLexicalForm();
    }

    @Test
    void aRunningTransactionEndsOnItsDatasetAndTheOldOneClosesAfterIt() throws Exception {
        List<String> closed = new ArrayList<>();
        DatasetGraph one = holding("one"), two = holding("two");
        SwitchingDataset s = new SwitchingDataset(one, d -> closed.add(name(d)));
        CountDownLatch begun = new CountDownLatch(1), switched = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        Thread query = new Thread(() -> {
            s.begin(ReadWrite.READ);
            try {
                seen.add(name(s));
                begun.countDown();
                switched.await(10, TimeUnit.SECONDS);
                seen.add(name(s));   // still the dataset it began on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                s.end();
            }
        });
        query.start();
        begun.await(10, TimeUnit.SECONDS);
        s.switchTo(two, d -> closed.add(name(d)));
        assertEquals(List.of(), closed, "closed while a query runs on it");
        assertEquals(1, s.retiredOpen());
        assertEquals("two", Txn.calculateRead(s, () -> name(s)), "a new transaction begins on the new dataset");
        switched.countDown();
        query.join(10_000);
        assertEquals(List.of("one", "one"), seen);
        assertEquals(List.of("one"), closed);
        assertEquals(0, s.retiredOpen());
    }

    @Test
    void anIdleDatasetClosesAtOnceAndAFailedBeginPinsNothing() {
        List<String> closed = new ArrayList<>();
        SwitchingDataset s = new SwitchingDataset(holding("one"), d -> closed.add(name(d)));
        s.switchTo(holding("two"), d -> closed.add(name(d)));
        assertEquals(List.of("one"), closed);
        s.begin(ReadWrite.READ);
        try {
            // a second begin on the same thread fails in the dataset; the pin of the first stays
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> s.begin(ReadWrite.READ));
            assertEquals("two", name(s));
        } finally {
            s.end();
        }
        s.switchTo(holding("three"), d -> closed.add(name(d)));
        assertEquals(List.of("one", "two"), closed);
    }
}
