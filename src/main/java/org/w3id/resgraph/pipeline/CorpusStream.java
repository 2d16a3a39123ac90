package org.w3id.resgraph.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.rdf.DocumentSink;

/**
 * A corpus on its way into a {@link DocumentSink}, in bounded memory. Each graph goes to the sink at
 * once, less the statements with a series as subject or object: those are written to a spool file
 * beside the run and the series merge keeps a small summary of them ({@link SeriesMerge.Summary}).
 * {@link #settle()} decides the merge and replays the spool through it into the sink. Memory holds
 * the summary, never the documents.
 *
 * <pre>{@code
 * try (CorpusStream corpus = new CorpusStream(sink, Set.of())) {
 *     extraction.stream(inputs, threads, g -> corpus.prepare(NodeFactory.createURI(g.name()), g.graph()), corpus::accept);
 *     corpus.settle();
 * }
 * }</pre>
 */
public final class CorpusStream implements AutoCloseable {
    private final DocumentSink sink;
    private final Set<Triple> leaveOut;
    private final SeriesMerge.Summary summary = new SeriesMerge.Summary();
    private final Path spoolFile;
    private final DataOutputStream spool;
    private long quads;
    private boolean settled;

    /**
     * @param leaveOut statements no document graph repeats (what the reference graphs state already);
     *                 empty to keep every statement
     */
    public CorpusStream(DocumentSink sink, Set<Triple> leaveOut) {
        this.sink = sink;
        this.leaveOut = leaveOut;
        try {
            spoolFile = Files.createTempFile("resgraph-series-", ".spool");
            spool = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spoolFile), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the series statements (" + e.getMessage() + ")", e);
        }
        sink.start();
    }

    /** Sends one graph on, holding back its statements about series. */
    public void graph(Node name, Graph graph) {
        accept(prepare(name, graph));
    }

    /** Sends one graph's statements on, holding back those about series. */
    public void quads(Node name, List<Quad> all) {
        accept(prepare(name, all, SeriesMerge.Summary.part(all.stream().map(Quad::asTriple).toList())));
    }

    /** A graph made ready to send: its statements split, its part of the merge's summary, what the sink rendered of it. */
    public record Prepared(Node name, int size, List<Quad> now, List<Quad> held, SeriesMerge.Part part, Object rendered) {}

    /** Makes a graph ready to send, on any thread (many at once): {@link #accept} then sends it, in order. */
    public Prepared prepare(Node name, Graph graph) {
        // what the document says of its series is read from the whole graph, before what the reference graphs state is left out
        SeriesMerge.Part part = SeriesMerge.Summary.part(graph.find().toList());
        List<Quad> all = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> {
            if (!leaveOut.contains(t)) {
                all.add(Quad.create(name, t));
            }
        });
        return prepare(name, all, part);
    }

    private Prepared prepare(Node name, List<Quad> all, SeriesMerge.Part part) {
        List<Quad> now = new ArrayList<>(all.size());
        List<Quad> held = new ArrayList<>();
        for (Quad q : all) {
            (part.touchesSeries(q) ? held : now).add(q);
        }
        return new Prepared(name, all.size(), now, held, part, sink.render(name, now));
    }

    /** Sends a prepared graph on: the sink has its statements, the spool those about series; in input order. */
    public void accept(Prepared p) {
        if (settled) {
            throw new IllegalStateException("the corpus is settled already");
        }
        summary.add(p.part());
        quads += p.size();
        sink.document(p.name(), p.now(), p.rendered());
        if (!p.held().isEmpty()) {
            try {
                spool.writeInt(p.held().size());
                writeNode(p.name());
                for (Quad q : p.held()) {
                    writeNode(q.getSubject());
                    writeNode(q.getPredicate());
                    writeNode(q.getObject());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the series statements to " + spoolFile + " (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Statements sent on so far, before the merge. */
    public long quads() {
        return quads;
    }

    /** Decides the series merge and sends the statements held back, as it leaves them; ends the sink. */
    public SeriesMerge.Decision settle() {
        settled = true;
        SeriesMerge.Decision decision = summary.decide();
        try {
            spool.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spoolFile), 1 << 16))) {
                while (true) {
                    int n;
                    try {
                        n = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    Node g = readNode(in);
                    Set<Quad> block = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        Quad q = decision.apply(new Quad(g, readNode(in), readNode(in), readNode(in)));
                        if (q != null) {
                            block.add(q);
                        }
                    }
                    if (!block.isEmpty()) {
                        sink.settled(g, new ArrayList<>(block));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the series statements from " + spoolFile + " (" + e.getMessage() + ")", e);
        }
        sink.finish();
        return decision;
    }

    @Override
    public void close() {
        try {
            spool.close();
        } catch (IOException ignored) {
            // removed below all the same
        }
        try {
            Files.deleteIfExists(spoolFile);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    private void writeNode(Node n) throws IOException {
        if (n.isURI()) {
            spool.writeByte('U');
            writeString(n.getURI());
        } else if (n.isBlank()) {
            spool.writeByte('B');
            writeString(n.getBlankNodeLabel());
        } else if (n.isLiteral()) {
            spool.writeByte('L');
            writeString(n.getLiteralLexicalForm());
            writeString(n.getLiteralLanguage());
            writeString(n.getLiteralDatatypeURI());
        } else {
            throw new IllegalArgumentException("not a concrete RDF term: " + n);
        }
    }

    private void writeString(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        spool.writeInt(b.length);
        spool.write(b);
    }

    private static Node readNode(DataInputStream in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case 'U' -> NodeFactory.createURI(readString(in));
            case 'B' -> NodeFactory.createBlankNode(readString(in));
            case 'L' -> {
                String lex = readString(in), lang = readString(in), dt = readString(in);
                if (!lang.isEmpty()) {
                    yield NodeFactory.createLiteralLang(lex, lang);
                }
                RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(dt);
                yield NodeFactory.createLiteralDT(lex, type);
            }
            default -> throw new IOException("the spool file is damaged (a term of kind " + kind + ")");
        };
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
