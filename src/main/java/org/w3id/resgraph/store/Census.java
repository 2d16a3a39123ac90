package org.w3id.resgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.vocab.Vocab;

/**
 * How many resolutions, citations, conferences and the like a database holds, and how many quads:
 * the counts on the server's home page and in its VoID description. Counted on node ids in one
 * walk of the quads in subject order (no node is read), by the load as it writes the optimiser
 * statistics, and kept in {@code counts.properties} beside them, so a server on a large database
 * shows them at once instead of counting for seconds (minutes at 100,000 documents) after it
 * starts. A load removes the file before it writes anything: a load stopped half-way leaves no
 * counts rather than wrong ones, and the server then counts by itself.
 */
public final class Census {
    private static final Logger LOG = LoggerFactory.getLogger(Census.class);
    /** The file of the counts in a storage folder. */
    static final String FILE = "counts.properties";
    /** The name of the count of quads (and default-graph triples). */
    public static final String QUADS = "quads";

    /** A count of the things of one of {@code classes} that, when {@code having} is given, have that property. */
    private record Counted(String name, List<Node> classes, Node having) {}

    /** What is counted, in the order shown. */
    private static final List<Counted> COUNTED = List.of(
            new Counted("resolutions with text", List.of(Vocab.RESOLUTION), Vocab.IS_REALIZED_BY),
            new Counted("resolutions known", List.of(Vocab.RESOLUTION), null),
            new Counted("citations", List.of(Vocab.CITATION), null),
            new Counted("conferences and events", List.of(Vocab.CONFERENCE, Vocab.EVENT), null),
            new Counted("agreements", List.of(Vocab.AGREEMENT), null),
            new Counted("organisations", List.of(Vocab.ORGANIZATION), null),
            new Counted("series", List.of(Vocab.SERIES), null));

    private final NodeId type;
    private final NodeId[][] classes = new NodeId[COUNTED.size()][];
    private final NodeId[] having = new NodeId[COUNTED.size()];
    private final boolean[] isA = new boolean[COUNTED.size()], has = new boolean[COUNTED.size()];
    private final long[] counts = new long[COUNTED.size()];
    private NodeId subject;
    private long quads;

    /** A census of a database whose nodes are in {@code nodes}; feed it every quad in subject order. */
    Census(NodeTable nodes) {
        type = id(nodes, Vocab.TYPE);
        for (int i = 0; i < COUNTED.size(); i++) {
            Counted c = COUNTED.get(i);
            classes[i] = c.classes().stream().map(n -> id(nodes, n)).toArray(NodeId[]::new);
            having[i] = c.having() == null ? null : id(nodes, c.having());
        }
    }

    /** A node's id, or null for a node the database does not hold (which no quad can match). */
    private static NodeId id(NodeTable nodes, Node n) {
        NodeId id = nodes.getNodeIdForNode(n);
        return NodeId.isDoesNotExist(id) ? null : id;
    }

    /** One quad as (graph, subject, predicate, object) node ids, in subject order (all of one subject together). */
    void quad(Tuple<NodeId> q) {
        quads++;
        NodeId s = q.get(1), p = q.get(2), o = q.get(3);
        if (!s.equals(subject)) {
            close();
            subject = s;
        }
        boolean typed = p.equals(type);
        for (int i = 0; i < counts.length; i++) {
            if (typed) {
                for (NodeId c : classes[i]) {
                    if (o.equals(c)) {
                        isA[i] = true;
                    }
                }
            } else if (p.equals(having[i])) {
                has[i] = true;
            }
        }
    }

    /** Default-graph triples, which add to the quads only (queries read the union of the named graphs). */
    void defaultGraphTriple() {
        quads++;
    }

    private void close() {
        for (int i = 0; i < counts.length; i++) {
            if (isA[i] && (COUNTED.get(i).having() == null || has[i])) {
                counts[i]++;
            }
            isA[i] = false;
            has[i] = false;
        }
    }

    /** The counts by name, in the order shown, then the quads; call once every quad is in. */
    Map<String, Long> result() {
        close();
        subject = null;
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            result.put(COUNTED.get(i).name(), counts[i]);
        }
        result.put(QUADS, quads);
        return result;
    }

    /** Keeps the counts in {@code folder}, written beside and moved into place (never half a file). */
    static void write(Path folder, Map<String, Long> counts) {
        Properties p = new Properties();
        counts.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        Path file = folder.resolve(FILE), partial = folder.resolve(FILE + ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(out, "made by resgraph load; removed when a load starts");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the counts " + file + ": " + e.getMessage(), e);
        }
    }

    /** The counts kept in {@code folder}, or null when there are none (or not all of them). */
    static Map<String, Long> read(Path folder) {
        Path file = folder.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("cannot read the counts {} ({}); counting again", file, e.getMessage());
            return null;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : names()) {
            String v = p.getProperty(name);
            try {
                counts.put(name, Long.parseLong(v == null ? "" : v.trim()));
            } catch (NumberFormatException e) {
                LOG.warn("{} has no number for \"{}\"; counting again", file, name);
                return null;
            }
        }
        return counts;
    }

    /** Removes the counts kept in {@code folder}, before anything changes there. */
    static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the counts " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The names of the counts, in the order shown, then {@link #QUADS}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(COUNTED.stream().map(Counted::name).toList());
        names.add(QUADS);
        return names;
    }
}
