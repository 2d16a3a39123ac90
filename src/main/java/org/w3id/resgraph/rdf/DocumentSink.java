package org.w3id.resgraph.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a corpus run sends its statements, as Jena's {@code StreamRDF} receives a parse: a file
 * writer, the TDB2 loader, a dataset in memory. Each document's graph arrives whole, in input order,
 * less its statements about series; those come after every document is read, as the series merge
 * (the pipeline's {@code SeriesMerge}) leaves them, grouped by the document they came from. A document that failed
 * never reaches the sink, not even in part.
 */
public interface DocumentSink {
    /** Before the first document. */
    default void start() {}

    /** One document's graph (or a reference graph), the statements about series held back. */
    void document(Node graph, List<Quad> quads);

    /**
     * Work a sink can do on a document before it is its turn, on the thread that extracted it (any
     * thread, many at once): a file writer renders the document's bytes there, so that the one thread
     * that sends documents in order only writes them. What it returns is handed to
     * {@link #document(Node, List, Object)}; by default nothing is done.
     */
    default Object render(Node graph, List<Quad> quads) {
        return null;
    }

    /** {@link #document(Node, List)}, with what {@link #render} made of it on another thread. */
    default void document(Node graph, List<Quad> quads, Object rendered) {
        document(graph, quads);
    }

    /** The statements about series of one graph, as the merge leaves them; called after the last {@link #document}. */
    void settled(Node graph, List<Quad> quads);

    /** After the last statement. */
    default void finish() {}
}
