package org.w3id.resgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.text.UnLanguage;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The resgraph database: a TDB2 dataset ({@code DIR/tdb2}) with a Lucene full-text index
 * ({@code DIR/text}) over paragraph texts, titles and labels, and the union of all named graphs as
 * its default graph.
 *
 * <p>The index is jena-text's multilingual one ({@link TextIndexConfig#setMultilingualSupport}). Every
 * literal goes into the field {@code text}, analysed by Lucene's {@code CJKAnalyzer} whatever its
 * language: Chinese as overlapping character pairs, other scripts as the standard analyser does
 * (words, lower case, English stop words), so a query without a language finds "工业" and
 * "peacebuilding" alike, word for word, in any language. A literal tagged with one of the six UN
 * languages also goes into {@code text_xx} ({@code text_fr}, …), analysed by that language's own
 * analyser ({@link #analyzer}): a query that names the language ({@code (rg:text "résolution"
 * "lang:fr")} or {@code (rg:text "résolution"@fr)}) searches only that language's literals and
 * finds a word in its inflected forms ("résolutions"). {@link #index} (the bulk load) and the live
 * index of a dataset opened here write through the same index, so both analyse alike.
 *
 * <pre>{@code
 * Dataset ds = Store.open(Path.of("db"));
 * Txn.executeRead(ds, () -> ...);
 * }</pre>
 */
public final class Store {
    /** The indexed properties: paragraph texts, titles, labels and preferred labels. */
    public static final List<Node> INDEXED = List.of(Vocab.TEXT, Vocab.TITLE, Vocab.LABEL, Vocab.PREF_LABEL);
    static final String FIELD = "text";
    /** The file of TDB2's optimiser statistics in a storage folder. */
    static final String STATISTICS = "stats.opt";
    /**
     * The file in the text index's folder that says how its literals are analysed, and what it says. An
     * index without it (built before each language had its analyser: one field, CJKAnalyzer for all) or
     * with another is built again from TDB2 when the database is opened. Change it whenever {@link #config}
     * or {@link #analyzer} analyse differently.
     */
    static final String ANALYSIS_FILE = "resgraph-analysis.txt";
    static final String ANALYSIS = "2 text: CJKAnalyzer; text_ar, text_zh, text_en, text_fr, text_ru, text_es: the language's own\n";
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    static {
        // jena-text finds the analyser of a field text_xx in one table for the whole process, keyed by language tag
        for (UnLanguage language : UnLanguage.ALL) {
            Util.addAnalyzer(language.iso639_1(), analyzer(language));
        }
    }

    private Store() {}

    /** The database in {@code dir}, created when the folder is empty or missing. */
    public static Dataset open(Path dir) {
        try {
            Files.createDirectories(dir.resolve("text"));
            Dataset tdb;
            try {
                tdb = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("lock")) {
                    throw new DatabaseInUseException("the database " + dir + " is in use by another process ("
                            + e.getMessage().replaceAll("^.*held by ", "") + "); stop it first", e);
                }
                throw e;
            }
            Dataset ds = withText(tdb, FSDirectory.open(dir.resolve("text")));
            Path analysis = dir.resolve("text").resolve(ANALYSIS_FILE);
            if (!Files.exists(analysis) || !Files.readString(analysis).equals(ANALYSIS)) {
                try {
                    reindex(ds, dir);
                    Path partial = Path.of(analysis + ".partial");
                    Files.writeString(partial, ANALYSIS);
                    Files.move(partial, analysis, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    release(ds, dir);
                    throw e;
                }
            }
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the text index of a database again from what TDB2 holds, in one Lucene commit (a run stopped
     * half-way leaves the index as it was, and the next open starts again): for a database whose index
     * analysed its literals otherwise. Nothing to do, and nothing said, for a new database.
     */
    private static void reindex(Dataset ds, Path dir) {
        DatasetGraphText text = (DatasetGraphText) ds.asDatasetGraph();
        boolean any = Txn.calculateRead(ds, () -> INDEXED.stream().anyMatch(p -> text.getBase().find(Node.ANY, Node.ANY, p, Node.ANY).hasNext()));
        if (!any) {
            return;
        }
        long started = System.nanoTime();
        LOG.info("the full-text index of {} was built by an earlier resgraph, which analysed every language alike: indexing it again "
                + "(once), so that searches in one language find its words in their inflected forms", dir);
        TextIndexLucene index = (TextIndexLucene) text.getTextIndex();
        Txn.executeRead(ds, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot empty the full-text index of " + dir + ": " + e.getMessage(), e);
            }
            index(index, () -> INDEXED.stream().flatMap(p -> text.getBase().stream(Node.ANY, Node.ANY, p, Node.ANY)).iterator());
        });
        LOG.info("the full-text index of {} indexed again in {} s", dir, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }

    /** An in-memory database of the same kind, for tests and one-off queries. */
    public static Dataset inMemory() {
        return withText(TDB2Factory.createDataset(), new ByteBuffersDirectory());
    }

    /**
     * Closes a database opened here and lets go of its folder entirely (TDB2 keeps a database, and the
     * lock on its folder, for the life of the process even when closed): needed before the folder is moved.
     */
    public static void release(Dataset ds, Path dir) {
        if (ds.asDatasetGraph() instanceof DatasetGraphText text) {
            text.getTextIndex().close();
        }
        ds.close();
        Location location = Location.create(dir.resolve("tdb2").toString());
        DatabaseConnection.internalExpel(location, true);
        unlock(DatabaseConnection.lockForLocation(location));
        // and each storage generation inside (Data-0001, …), which has its own connection and lock
        try (Stream<Path> storages = Files.list(dir.resolve("tdb2"))) {
            for (Path data : storages.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                Location storage = Location.create(data.toString());
                StoreConnection.internalExpel(storage, true);
                unlock(StoreConnection.lockForLocation(storage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void unlock(ProcessFileLock lock) {
        if (lock.isLockedHere()) {
            lock.unlock();
        }
        ProcessFileLock.release(lock);
    }

    /**
     * Moves a closed database built in {@code staging} into {@code dir} (which holds none), the text
     * index first and TDB2 last: until TDB2 is in place {@code dir} holds no database, so a move cut
     * short is a database that was never made, not half of one.
     */
    public static void moveInto(Path staging, Path dir) throws IOException {
        Files.createDirectories(dir);
        delete(dir.resolve("text"));
        delete(dir.resolve("tdb2"));
        Files.move(staging.resolve("text"), dir.resolve("text"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging.resolve("tdb2"), dir.resolve("tdb2"), StandardCopyOption.ATOMIC_MOVE);
        delete(staging);
    }

    /** Deletes a folder and all in it, if it exists. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Whether {@code dir} holds a database already. */
    public static boolean exists(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("tdb2"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Dataset withText(Dataset tdb, Directory directory) {
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
        Dataset ds = TextDatasetFactory.create(tdb, index, true);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD, INDEXED.get(0));
        for (Node p : INDEXED.subList(1, INDEXED.size())) {
            def.set(FIELD, p);
        }
        def.setGraphField("graph");
        def.setLangField("lang");
        def.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(def);
        // The default analyser, of the field every literal goes into. No query analyser is set: one set here
        // would analyse every field alike, when jena-text's own (the default one for "text", the language's
        // for "text_fr") is the one that analyses a query as its field was indexed.
        config.setAnalyzer(new CJKAnalyzer());
        config.setMultilingualSupport(true);
        return config;
    }

    /**
     * The analyser of the literals in {@code language} (their field {@code text_xx}): Lucene's analyser of the
     * language, which lowers case, drops the language's stop words and stems; for Chinese the CJK bigrams.
     * Registered with jena-text for the six language tags when this class is loaded; they are the analysers
     * jena-text itself takes for these tags, so a Fuseki server with {@code text:multilingualSupport true}
     * (fuseki-config/config.ttl) analyses alike without resgraph's code; {@code StoreSearchTest} checks that.
     */
    public static Analyzer analyzer(UnLanguage language) {
        return switch (language.iso639_1()) {
            case "ar" -> new ArabicAnalyzer();      // alef forms, teh marbuta, tatweel, diacritics; prefixes ال و ب…, suffixes ات ين ه…
            case "zh" -> new CJKAnalyzer();         // overlapping pairs of Han characters
            case "en" -> new EnglishAnalyzer();     // possessives, Porter stemming: developing, development → develop
            case "fr" -> new FrenchAnalyzer();      // elision (l', d', qu'), light stemming: résolutions → resolution
            case "ru" -> new RussianAnalyzer();     // Snowball stemming: резолюции, резолюций → резолюц
            case "es" -> new SpanishAnalyzer();     // light stemming: resoluciones → resolucion
            default -> throw new IllegalArgumentException("no analyser for " + language.english());
        };
    }

    /** The text index of a dataset opened here. */
    static TextIndex textIndex(Dataset ds) {
        return (TextIndex) ds.getContext().get(TextQuery.textIndex);
    }

    /**
     * Indexes the literals of the indexed properties in {@code quads}: what a bulk load, which
     * writes to TDB2 directly, leaves the index without.
     */
    static void index(TextIndex index, Iterable<Quad> quads) {
        try {
            for (Quad q : quads) {
                if (indexable(q)) {
                    addEntity(index, q);
                }
            }
            index.prepareCommit();
            index.commit();
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /** Whether the text index has an entry for {@code q}: a literal of an indexed property, about a resource with an IRI. */
    static boolean indexable(Quad q) {
        return INDEXED.contains(q.getPredicate()) && q.getObject().isLiteral() && q.getSubject().isURI();
    }

    /** Adds the entry of an {@link #indexable} quad to the text index, uncommitted. */
    static void addEntity(TextIndex index, Quad q) {
        String lang = q.getObject().getLiteralLanguage();
        Entity e = new Entity(q.getSubject().getURI(), q.getGraph().isURI() ? q.getGraph().getURI() : null,
                lang.isEmpty() ? null : lang, null);
        e.put(FIELD, q.getObject().getLiteralLexicalForm());
        index.addEntity(e);
    }

    /**
     * Writes TDB2's statistics for its query optimiser ({@code stats.opt} in the storage folder,
     * read when the database is next opened): how many triples hold each predicate and each
     * {@code rdf:type}, each triple once however many graphs state it (queries read their union),
     * counted on node ids without reading a single node (about a second for two million quads).
     * Without them TDB2 orders a query's patterns by fixed rules, which for some of the example
     * queries starts from the largest pattern ("most cited resolutions": 3.7 s → 0.2 s with them,
     * on 2,000 documents). The same walk makes the {@link Census} kept beside them. Call it when a
     * load is complete; it returns the number of triples (-1 for a database in memory, which has no
     * folder to write to).
     */
    public static long writeStatistics(Dataset ds) {
        DatasetGraphTDB tdb = storage(ds);
        if (tdb.getLocation().isMem()) {
            return -1;   // nothing is read again: an in-memory database is never reopened
        }
        return Txn.calculateRead(ds, () -> {
            StatsCollectorNodeId stats = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            // queries read the union of the graphs, where a triple stated in several graphs is one: walk the
            // index in subject-predicate-object-graph order, where those copies come one after the other
            TupleIndex spog = subjectOrder(tdb);
            Census census = new Census(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            long triples = 0;
            Tuple<NodeId> last = null;
            for (Iterator<Tuple<NodeId>> all = spog.all(); all.hasNext(); ) {
                Tuple<NodeId> t = all.next();
                census.quad(t);
                if (last == null || !(t.get(1).equals(last.get(1)) && t.get(2).equals(last.get(2)) && t.get(3).equals(last.get(3)))) {
                    stats.record(null, t.get(1), t.get(2), t.get(3));
                    triples++;
                }
                last = t;
            }
            for (Iterator<Tuple<NodeId>> all = tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).all(); all.hasNext(); triples++) {
                Tuple<NodeId> t = all.next();
                stats.record(null, t.get(0), t.get(1), t.get(2));
                census.defaultGraphTriple();
            }
            Census.write(Path.of(tdb.getLocation().getDirectoryPath()), census.result());
            // written beside and moved into place: a load killed here leaves the old file or the new, never half
            // of one, which TDB2 would fail to read when it opens the database
            Path file = Path.of(tdb.getLocation().getPath(STATISTICS)), partial = Path.of(file + ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    Stats.write(out, stats.results());
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the optimiser statistics " + file + ": " + e.getMessage(), e);
            }
            return triples;
        });
    }

    /**
     * What a database holds, by name ({@link Census}): the counts its last load kept, or, when there are
     * none (a database in memory, one whose load was stopped), counted now on node ids — about a second
     * per million quads. Call in a read transaction or outside one.
     */
    public static Map<String, Long> counts(Dataset ds) {
        DatasetGraphTDB tdb = storage(ds);
        if (!tdb.getLocation().isMem()) {
            Map<String, Long> kept = Census.read(Path.of(tdb.getLocation().getDirectoryPath()));
            if (kept != null) {
                return kept;
            }
        }
        return Txn.calculateRead(ds, () -> {
            Census census = new Census(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            subjectOrder(tdb).all().forEachRemaining(census::quad);
            tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).all().forEachRemaining(t -> census.defaultGraphTriple());
            return census.result();
        });
    }

    /** The index of the quads in subject-predicate-object-graph order (TDB2 always makes one). */
    private static TupleIndex subjectOrder(DatasetGraphTDB tdb) {
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (index.getName().equals("SPOG")) {
                return index;
            }
        }
        throw new IllegalStateException("the database " + tdb.getLocation() + " has no SPOG index of its quads");
    }

    /** Removes the counts a load kept: call before a load changes anything. */
    static void forgetCounts(Dataset ds) {
        DatasetGraphTDB tdb = storage(ds);
        if (!tdb.getLocation().isMem()) {
            Census.forget(Path.of(tdb.getLocation().getDirectoryPath()));
        }
    }

    /** The TDB2 storage under a database opened here (with its text index) or a bare TDB2 dataset. */
    static DatasetGraphTDB storage(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        if (dsg instanceof SwitchingDataset switching) {
            dsg = switching.inUse();   // the release this transaction began on
        }
        return TDBInternal.getDatasetGraphTDB(dsg instanceof DatasetGraphText text ? text.getBase() : dsg);
    }

    static Node graph(String iri) {
        return NodeFactory.createURI(iri);
    }
}
