package org.w3id.resgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the indexes of an empty TDB2 database by sorting, not by inserting. Each quad's nodes get
 * their ids from the node table as the quad arrives, and the tuple of ids is kept ({@link TupleRuns});
 * at the end each index (GSPO, GPOS, … for quads, SPO, POS, OSP for triples) gets the tuples sorted in
 * its own order, written bottom up by Jena's B+tree rewriter (the one {@code tdb2.xloader} uses):
 * full leaf blocks one after the other, then the branch levels above them. A bulk loader that inserts
 * every tuple into nine B+trees, each insert a descent and a shift inside a block, does several times
 * the work, and leaves blocks part empty.
 *
 * <p>Everything happens in the caller's write transaction on the dataset, on its thread: the node
 * table's changes are transactional as usual, and commit records each index's new root and block
 * limits. Until {@link #build}, the indexes are untouched, so an abort leaves the empty database it
 * found; {@link #build} overwrites the empty indexes' root blocks in place, so a failure there (a full
 * disk) leaves a database to delete.
 */
final class SortedIndexes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.load");

    private final DatasetGraphTDB tdb;
    private final NodeTable nodes;
    private final Path tmp;
    private final TupleRuns quads;
    private final TupleRuns triples;
    private final byte[] scratch = new byte[8];

    /**
     * Whether {@code base} is a TDB2 database whose indexes are all B+trees and empty, which is what
     * this builds into. In a transaction.
     */
    static boolean applies(DatasetGraph base) {
        DatasetGraphTDB tdb = tdb(base);
        if (tdb == null) {
            return false;
        }
        for (TupleIndex index : indexes(tdb)) {
            if (!(index instanceof TupleIndexRecord r) || !(r.getRangeIndex() instanceof BPlusTree) || !index.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static DatasetGraphTDB tdb(DatasetGraph base) {
        if (base instanceof DatasetGraphTDB tdb) {
            return tdb;
        }
        return TDBInternal.isTDB2(base) ? TDBInternal.getDatasetGraphTDB(base) : null;
    }

    private static Iterable<TupleIndex> indexes(DatasetGraphTDB tdb) {
        return Stream.concat(Stream.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()),
                Stream.of(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()))::iterator;
    }

    /**
     * @param base the database, in a write transaction on this thread
     * @param memory bytes the kept tuples may take before they spill to disk, next to the database
     */
    SortedIndexes(DatasetGraph base, long memory) {
        this.tdb = tdb(base);
        this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        try {
            Path data = tdb.getLocation().isMem() ? null : Path.of(tdb.getLocation().getDirectoryPath()).toAbsolutePath();
            Path parent = data == null ? Path.of(System.getProperty("java.io.tmpdir")) : data.getParent();
            this.tmp = Files.createTempDirectory(parent, "load-sort-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for the load's sorting: " + e.getMessage(), e);
        }
        int quadCapacity = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(1 << 16, memory / 32));
        this.quads = new TupleRuns(4, quadCapacity, tmp, "quads");
        this.triples = new TupleRuns(3, Math.max(1 << 16, quadCapacity / 16), tmp, "triples");
    }

    /** Gives the quad's nodes their ids and keeps its tuple; on the thread of the write transaction. */
    void add(Quad q) {
        if (q.isDefaultGraph()) {
            triples.add(id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
        } else {
            quads.add(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
        }
    }

    /** The node's id as stored in an index key, its top bit flipped so that signed order is TDB2's unsigned byte order. */
    private long id(Node n) {
        NodeId id = nodes.getAllocateNodeId(n);
        NodeIdFactory.set(id, scratch, 0);
        return Bytes.getLong(scratch, 0) ^ Long.MIN_VALUE;
    }

    /** Writes every index from the tuples kept; returns the number of distinct quads and triples. */
    long build() {
        long distinct = 0;
        for (TupleIndex index : indexes(tdb)) {
            long started = System.nanoTime();
            String name = index.getName();
            boolean quad = name.length() == 4;
            String primary = quad ? "GSPO" : "SPO";
            int[] columns = new int[name.length()];
            for (int j = 0; j < columns.length; j++) {
                columns[j] = primary.indexOf(name.charAt(j));
                if (columns[j] < 0) {
                    throw new IllegalStateException("an index of TDB2 named " + name + ", not an order of " + primary);
                }
            }
            TupleRuns runs = quad ? quads : triples;
            if (runs.added() == 0) {
                continue;
            }
            BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
            RecordFactory factory = tree.getRecordFactory();
            try (TupleRuns.Cursor cursor = runs.sorted(columns)) {
                long sortedAt = System.nanoTime();
                Records records = new Records(cursor, factory);
                BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(), factory, tree.getStateManager().getBufferChannel(),
                        tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
                if (name.equals(primary)) {
                    distinct += records.count;
                }
                LOG.debug("index {}: {} tuples sorted in {} s, written in {} s", name, records.count,
                        String.format(Locale.ROOT, "%.1f", (sortedAt - started) / 1e9),
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - sortedAt) / 1e9));
            }
        }
        return distinct;
    }

    /** The cursor's tuples as the records of an index's keys. */
    private static final class Records implements Iterator<Record> {
        private final TupleRuns.Cursor cursor;
        private final RecordFactory factory;
        private Boolean ahead;
        long count;

        Records(TupleRuns.Cursor cursor, RecordFactory factory) {
            this.cursor = cursor;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                ahead = cursor.next();
            }
            return ahead;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            long[] t = cursor.tuple();
            byte[] key = new byte[8 * t.length];
            for (int j = 0; j < t.length; j++) {
                Bytes.setLong(t[j] ^ Long.MIN_VALUE, key, 8 * j);
            }
            count++;
            return factory.create(key);
        }
    }

    /** Removes the spill files and the directory that held them. */
    @Override
    public void close() {
        quads.close();
        triples.close();
        if (!Files.exists(tmp)) {
            return;
        }
        try (Stream<Path> left = Files.walk(tmp)) {
            for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", tmp, e.getMessage());
        }
    }
}
