package org.w3id.resgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.Ontology;

/**
 * Extracts documents and loads them into a {@link Store}: each document language version in its
 * own named graph, the ontology, the reference data and the UNBIS Thesaurus in graphs of their own
 * ({@code {base}graph/ontology}, {@code …/reference}, {@code …/unbis}), and the order of every series
 * with what changes from one member to the next ({@code …/series}, rebuilt each time). Loading a graph again
 * replaces it, so loading the same corpus twice gives the same dataset. A fresh database is filled
 * by TDB2's bulk loader (and its text index built after); later loads are transactions, all or
 * nothing.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.load");

    /** What a load did. */
    public record Summary(int documents, List<String> failures, long quads, boolean bulk, double seconds) {}

    private Loader() {}

    public static Summary load(Dataset ds, List<Inputs.Input> inputs, String base) {
        long started = System.nanoTime();
        Extraction.Result extracted = new Extraction(base, null).run(inputs);
        DatasetGraph all = DatasetGraphFactory.create();
        extracted.dataset().find().forEachRemaining(all::add);
        IriScheme iris = new IriScheme(base);
        add(all, iris, base + "graph/ontology", Ontology.standard().graph());
        add(all, iris, base + "graph/reference", Gazetteer.standard().graph());
        add(all, iris, base + "graph/unbis", Thesaurus.standard().graph());
        List<Node> graphs = new ArrayList<>();
        all.listGraphNodes().forEachRemaining(graphs::add);
        long quads = all.stream().count();

        DatasetGraphText text = (DatasetGraphText) ds.asDatasetGraph();
        boolean fresh = Txn.calculateRead(ds, () -> !text.getBase().find().hasNext());
        if (fresh) {
            DataLoader loader = LoaderFactory.parallelLoader(text.getBase(), (fmt, args) -> LOG.debug(fmt, args));
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                all.find().forEachRemaining(stream::quad);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            Store.index(text.getTextIndex(), () -> all.find());
        } else {
            Txn.executeWrite(ds, () -> {
                for (Node g : graphs) {
                    text.removeGraph(g);
                }
                all.find().forEachRemaining(text::add);
            });
        }
        Txn.executeWrite(ds, () -> SeriesOrder.rebuild(ds, base));
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} document(s) loaded ({} failed), {} graphs, {} quads in {} s ({} quads/s), {}", extracted.documents(),
                extracted.failures().size(), graphs.size(), quads, String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.0f", quads / Math.max(seconds, 1e-3)), fresh ? "bulk loader" : "one transaction");
        return new Summary(extracted.documents(), extracted.failures(), quads, fresh, seconds);
    }

    /** A reference graph under its name, its resources moved under the base. */
    private static void add(DatasetGraph into, IriScheme iris, String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            into.add(new Quad(g, rebase(iris, t.getSubject()), rebase(iris, t.getPredicate()), rebase(iris, t.getObject())));
        }
    }

    private static Node rebase(IriScheme iris, Node n) {
        return n.isURI() ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }
}
