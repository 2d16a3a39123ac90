package org.w3id.resgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.Thesaurus;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.DocumentSink;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.Ontology;

/**
 * Extracts documents and loads them into a {@link Store}: each document language version in its
 * own named graph, the ontology, the reference data and the UNBIS Thesaurus in graphs of their own
 * ({@code {base}graph/ontology}, {@code …/reference}, {@code …/unbis}), the order of every series
 * with what changes from one member to the next ({@code …/series}, rebuilt each time), and the
 * counts corpus-wide questions ask for ({@code …/statistics}, {@link Statistics}, rebuilt each time).
 * Loading a graph again replaces it, so loading the same corpus twice gives the same dataset.
 *
 * <p>The store is a {@link DocumentSink} of the one pipeline {@code extract} also uses
 * ({@link Extraction#run(List, int, DocumentSink, Set, List)}): documents stream from the extractors
 * (on all cores) into it, so memory does not grow with the corpus; the statements about series follow
 * once everything is read and the series are merged across languages. A fresh database is filled by
 * sorting ({@link SortedIndexes}), its text index built alongside on a thread of its own, both in one
 * transaction; later loads are one transaction, all or nothing.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.load");

    /** What a load did. */
    public record Summary(int documents, List<String> failures, List<String> repeats, long quads, boolean bulk, double seconds) {}

    private Loader() {}

    public static Summary load(Dataset ds, List<Inputs.Input> inputs, String base) {
        return load(ds, inputs, base, Runtime.getRuntime().availableProcessors());
    }

    public static Summary load(Dataset ds, List<Inputs.Input> inputs, String base, int threads) {
        return load(ds, inputs, base, threads, Extraction.Limits.DEFAULT);
    }

    /** Extracts {@code inputs} into the store: the pipeline pushes into {@link #open}'s sink. */
    public static Summary load(Dataset ds, List<Inputs.Input> inputs, String base, int threads, Extraction.Limits limits) {
        try (Target target = open(ds, base)) {
            Extraction.Streamed streamed = new Extraction(base, null, true, limits)
                    .run(inputs, threads, target.sink(), target.leaveOut(), target.reference());
            return target.finish(streamed);
        }
    }

    /** Opens the store to receive a corpus stream (see {@link Target}). */
    public static Target open(Dataset ds, String base) {
        return new Target(ds, base);
    }

    /**
     * The store as the destination of a corpus stream: a {@link DocumentSink} into the indexes built by
     * sorting (a new database; TDB2's bulk loader for one that is not made of B+trees) or into one write transaction (a database that holds data: a document's graph
     * replaces the one it had), what document graphs leave out, and the reference graphs to send after
     * them. {@link #finish} builds what needs the whole: the text index (new database), the order of the
     * series, the counts of the statistics graph, the optimiser statistics. Closed without {@link #finish},
     * nothing is kept (the transaction aborted, or the bulk load abandoned).
     *
     * <pre>{@code
     * try (Loader.Target target = Loader.open(ds, base)) {
     *     Extraction.Streamed s = extraction.run(inputs, threads, target.sink(), target.leaveOut(), target.reference());
     *     Loader.Summary summary = target.finish(s);
     * }
     * }</pre>
     */
    public static final class Target implements AutoCloseable {
        private final Dataset ds;
        private final DatasetGraphText text;
        private final String base;
        private final boolean fresh;
        private final long started = System.nanoTime();
        private final Set<Triple> known;
        private final List<Extraction.Extra> reference;
        private final DataLoader loader;
        private final SortedIndexes sorted;
        private final TextFeed feed;
        private final DocumentSink sink;
        private boolean finished;

        private Target(Dataset ds, String base) {
            this.ds = ds;
            this.base = base;
            this.text = (DatasetGraphText) ds.asDatasetGraph();
            Store.forgetCounts(ds);   // counted again at the end; none rather than wrong ones if the load stops
            this.fresh = Txn.calculateRead(ds, () -> !text.getBase().find().hasNext());
            this.known = referenceTriples(base);
            this.reference = Loader.reference(base);
            if (fresh && sortable(ds, text)) {
                // one write transaction: node ids as the quads come, the indexes sorted and written at the end
                loader = null;
                sorted = new SortedIndexes(text.getBase(), Runtime.getRuntime().maxMemory() / 5);
                feed = new TextFeed(text.getTextIndex());
                sink = new DocumentSink() {
                    @Override
                    public void document(Node graph, List<Quad> quads) {
                        quads.forEach(sorted::add);
                        feed.send(quads);
                    }

                    @Override
                    public void settled(Node graph, List<Quad> quads) {
                        quads.forEach(sorted::add);
                        feed.send(quads);
                    }
                };
            } else if (fresh) {
                sorted = null;
                feed = null;
                loader = LoaderFactory.parallelLoader(text.getBase(), (fmt, args) -> LOG.debug(fmt, args));
                loader.startBulk();
                StreamRDF stream = loader.stream();
                sink = new DocumentSink() {
                    @Override
                    public void document(Node graph, List<Quad> quads) {
                        quads.forEach(stream::quad);
                    }

                    @Override
                    public void settled(Node graph, List<Quad> quads) {
                        quads.forEach(stream::quad);
                    }
                };
            } else {
                loader = null;
                sorted = null;
                feed = null;
                // one transaction: a document loaded again replaces its graph, the reference graphs are replaced too
                ds.begin(ReadWrite.WRITE);
                sink = new DocumentSink() {
                    @Override
                    public void document(Node graph, List<Quad> quads) {
                        text.removeGraph(graph);
                        quads.forEach(text::add);
                    }

                    @Override
                    public void settled(Node graph, List<Quad> quads) {
                        quads.forEach(text::add);
                    }
                };
            }
        }

        /** Begins the write transaction of a load by sorting, or says that the database is not one to sort into. */
        private static boolean sortable(Dataset ds, DatasetGraphText text) {
            ds.begin(ReadWrite.WRITE);
            if (SortedIndexes.applies(text.getBase())) {
                return true;
            }
            ds.abort();
            ds.end();
            return false;
        }

        /** Where the documents go, on the thread that opened the target. */
        public DocumentSink sink() {
            return sink;
        }

        /** What the reference graphs state already, which a document's graph leaves out. */
        public Set<Triple> leaveOut() {
            return known;
        }

        /** The ontology, the reference data and the thesaurus, each a graph, to send after the documents. */
        public List<Extraction.Extra> reference() {
            return reference;
        }

        /** Completes the load of what was streamed: text index, series order, statistics graph, optimiser statistics. */
        public Summary finish(Extraction.Streamed streamed) {
            if (sorted != null) {
                phase("extracted, series merged, node ids given", started);
                feed.end();
                try (sorted) {
                    sorted.build();
                }
                phase("indexes sorted and written", started);
                feed.await();
                // the text index commits with the data
                ds.commit();
                ds.end();
                finished = true;
                phase("text indexed, committed", started);
            } else if (fresh) {
                loader.finishBulk();
                finished = true;
                phase("extracted, series merged and bulk-loaded", started);
                Txn.executeRead(ds, () -> Store.index(text.getTextIndex(), () -> Store.INDEXED.stream()
                        .flatMap(p -> text.getBase().stream(Node.ANY, Node.ANY, p, Node.ANY)).iterator()));
                phase("text indexed", started);
            } else {
                ds.commit();
                ds.end();
                finished = true;
                phase("extracted, series merged and loaded", started);
            }
            // not at the same time as the text index: both commit the one Lucene index, and two commits at once fail
            Txn.executeWrite(ds, () -> SeriesOrder.rebuild(ds, base));
            phase("series ordered", started);
            // before the optimiser statistics and the counts, which then count its quads and know its predicates
            long counting = System.nanoTime();
            Statistics.Written counted = Txn.calculateWrite(ds, () -> Statistics.rebuild(ds, base));
            LOG.info("statistics graph made: {} things cited, {} descriptor pairs; {} quads deleted, {} added in {} s ({} s)",
                    counted.cited(), counted.pairs(), counted.deleted(), counted.added(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - counting) / 1e9),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            Store.writeStatistics(ds);
            phase("statistics for the query optimiser written", started);
            double seconds = (System.nanoTime() - started) / 1e9;
            long quads = streamed.quads();
            LOG.info("{} document(s) loaded ({} failed), {} graphs, {} quads in {} s ({} quads/s), {}", streamed.documents(),
                    streamed.failures().size(), streamed.documents() + reference.size(), quads, String.format(Locale.ROOT, "%.1f", seconds),
                    String.format(Locale.ROOT, "%.0f", quads / Math.max(seconds, 1e-3)), sorted != null ? "new database, indexes sorted" : fresh ? "bulk loader" : "one transaction");
            return new Summary(streamed.documents(), streamed.failures(), streamed.repeats(), quads, fresh, seconds);
        }

        /** Without {@link #finish}: nothing of the stream is kept. */
        @Override
        public void close() {
            if (finished) {
                return;
            }
            finished = true;
            if (sorted != null) {
                feed.abandon();
                sorted.close();
            }
            if (fresh && loader != null) {
                loader.finishException(new IllegalStateException("the load stopped before its end"));
            } else if (ds.isInTransaction()) {
                ds.abort();
                ds.end();
            }
        }
    }

    /**
     * The text index of a load by sorting, built on a thread of its own as the documents come, so
     * that it overlaps the extraction and the sorting instead of following them: the entries are
     * added to the index uncommitted, and commit with the data ({@link DatasetGraphText} commits its
     * index with the dataset's transaction). A bounded queue keeps the documents waiting for it few.
     */
    private static final class TextFeed {
        /** Markers, told apart by identity. */
        private static final List<Quad> END = new ArrayList<>();
        private static final List<Quad> ABANDON = new ArrayList<>();
        private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(256);
        private final Thread thread;
        private volatile RuntimeException failure;

        TextFeed(TextIndex index) {
            thread = new Thread(() -> {
                try {
                    while (true) {
                        List<Quad> quads = queue.take();
                        if (quads == END || quads == ABANDON) {
                            return;
                        }
                        quads.forEach(q -> Store.addEntity(index, q));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "resgraph-text-index");
            thread.setDaemon(true);
            thread.start();
        }

        /** Queues what of {@code quads} the text index has an entry for. */
        void send(List<Quad> quads) {
            List<Quad> indexed = new ArrayList<>();
            for (Quad q : quads) {
                if (Store.indexable(q)) {
                    indexed.add(q);
                }
            }
            if (!indexed.isEmpty()) {
                put(indexed);
            }
        }

        void end() {
            put(END);
        }

        private void put(List<Quad> quads) {
            try {
                while (!queue.offer(quads, 200, TimeUnit.MILLISECONDS)) {
                    if (failure != null || !thread.isAlive()) {
                        throw new IllegalStateException("the text index stopped: " + failure, failure);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the text index was behind", e);
            }
        }

        /** Waits for every entry to be added; throws what stopped the thread. */
        void await() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the text index was being built", e);
            }
            if (failure != null) {
                throw new IllegalStateException("the text index could not be built: " + failure.getMessage(), failure);
            }
        }

        /** Stops the thread without waiting for the queue: the transaction is aborted, the entries with it. */
        void abandon() {
            queue.clear();
            queue.offer(ABANDON);
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void phase(String what, long started) {
        LOG.info("{} ({} s)", what, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }

    /**
     * A document's graph, less what the reference graphs state already: the names, types and places of
     * the organisations, conferences and descriptors it mentions are in {@code graph/reference} and
     * {@code graph/unbis} once. Repeated in every document's graph they made the union of the graphs
     * hold thousands of copies of, say, the Secretary-General's label, and every query that looked it
     * up read and de-duplicated them all (12 ms a lookup at 10,000 documents; query 17, 0.4 s, was
     * nearly all that). {@code extract} still writes each document's graph whole.
     */
    /** The triples of the reference graphs, under {@code base}, as {@link #reference} writes them. */
    private static Set<Triple> referenceTriples(String base) {
        IriScheme iris = new IriScheme(base);
        Set<Triple> known = new HashSet<>();
        for (Graph g : List.of(Ontology.standard().graph(), Gazetteer.standard().graph(), Thesaurus.standard().graph())) {
            g.find().forEachRemaining(t -> known.add(Triple.create(rebase(iris, t.getSubject()), rebase(iris, t.getPredicate()),
                    rebase(iris, t.getObject()))));
        }
        return known;
    }

    /** The ontology, the reference data and the thesaurus, each in its graph, their resources moved under the base. */
    private static List<Extraction.Extra> reference(String base) {
        IriScheme iris = new IriScheme(base);
        return List.of(graph(iris, base + "graph/ontology", Ontology.standard().graph()),
                graph(iris, base + "graph/reference", Gazetteer.standard().graph()),
                graph(iris, base + "graph/unbis", Thesaurus.standard().graph()));
    }

    private static Extraction.Extra graph(IriScheme iris, String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        List<Quad> quads = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> quads.add(new Quad(g, rebase(iris, t.getSubject()), rebase(iris, t.getPredicate()),
                rebase(iris, t.getObject()))));
        return new Extraction.Extra(g, quads);
    }

    private static Node rebase(IriScheme iris, Node n) {
        return n.isURI() ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }
}
