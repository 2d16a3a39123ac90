package org.w3id.resgraph.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Numbered, dated, immutable releases of a database, each a folder {@code releases/N/}:
 * <ul>
 * <li>{@value #DUMP}: every quad, one N-Quads line each, the lines sorted, gzipped — the same data
 * always gives the same bytes, and two releases compare line by line;</li>
 * <li>{@value #PATCH} (from release 2 on): the difference from the release before as an RDF Patch,
 * which applied to that release's dump gives this one's;</li>
 * <li>{@value #CHANGELOG}: the same difference for people — resolutions added, changed or removed
 * per language, citations added and removed, series that grew;</li>
 * <li>{@value #GRAPHS}: each graph with its number of quads and, for a text, its language and symbol;</li>
 * <li>{@value #DATABASE}/: a copy of the database (TDB2 and its text index), which a server of the
 * releases folder serves;</li>
 * <li>{@value #SUMS}: the sha256 of every other file, as {@code sha256sum -c} reads it;</li>
 * <li>{@value #VOID}: the release described in VoID and DCAT: its number, date and id, the release it
 * revises, and every file with its size and sha256.</li>
 * </ul>
 * A release is written in {@code .N.partial} and renamed into place when complete, under a lock,
 * so a reader sees a whole release or none, and two {@code release} runs cannot take one number.
 */
public final class Releases {
    public static final String DUMP = "resgraph.nq.gz";
    public static final String PATCH = "changes.rdfp";
    public static final String CHANGELOG = "CHANGES.md";
    public static final String GRAPHS = "graphs.tsv";
    public static final String DATABASE = "database";
    public static final String SUMS = "SHA256SUMS";
    public static final String VOID = "void.ttl";
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String VOIDNS = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    private Releases() {}

    /** A release as its {@value #VOID} describes it. */
    public record Info(int number, Path dir, Instant issued, String id, long quads) {
        public String iri(String base) {
            return base + "releases/" + number;
        }
    }

    /** The releases in {@code releases}, oldest first; folders that are not a complete release are passed over. */
    public static List<Info> list(Path releases) {
        if (!Files.isDirectory(releases)) {
            return List.of();
        }
        List<Info> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(releases)) {
            for (Path dir : dirs.filter(d -> NUMBER.matcher(d.getFileName().toString()).matches()).toList()) {
                info(dir).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the releases in " + releases + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparingInt(Info::number));
        return out;
    }

    /** The release in {@code dir}, read from its {@value #VOID}, or empty when it has none. */
    public static Optional<Info> info(Path dir) {
        Path voidFile = dir.resolve(VOID);
        if (!Files.isRegularFile(voidFile)) {
            return Optional.empty();
        }
        try {
            Graph g = RDFDataMgr.loadGraph(voidFile.toString());
            int number = Integer.parseInt(dir.getFileName().toString());
            Node version = NodeFactory.createURI(DCAT + "version");
            Triple t = g.find(Node.ANY, version, Node.ANY).nextOptional().orElseThrow(
                    () -> new IllegalStateException("no dcat:version"));
            Node release = t.getSubject();
            String issued = object(g, release, Vocab.DCTERMS + "issued").getLiteralLexicalForm();
            String id = object(g, release, Vocab.DCTERMS + "identifier").getLiteralLexicalForm();
            long quads = Long.parseLong(object(g, release, VOIDNS + "triples").getLiteralLexicalForm());
            return Optional.of(new Info(number, dir, Instant.parse(issued), id, quads));
        } catch (RuntimeException e) {
            // a release is never changed after it is made: this one was, or was not made by resgraph
            throw new IllegalStateException(voidFile + " does not describe a release: " + e.getMessage(), e);
        }
    }

    private static Node object(Graph g, Node s, String p) {
        return g.find(s, NodeFactory.createURI(p), Node.ANY).nextOptional()
                .orElseThrow(() -> new IllegalStateException("a release description without <" + p + ">")).getObject();
    }

    /** The N-Quads line of a quad, as the dump writes it and the patch's quads are read back into. */
    static String line(Quad q) {
        return q.isDefaultGraph() ? NodeFmtLib.strNT(q.asTriple()) : NodeFmtLib.strNQ(q);
    }

    /**
     * Makes the next release of {@code ds} (the database in {@code dbDir}, open in this process, which
     * nothing else writes to meanwhile) in {@code releases}.
     *
     * @param base     the base of the data's IRIs: releases are {@code {base}releases/N}
     * @param progress one line per step, for a person watching
     */
    public static Info make(Dataset ds, Path dbDir, Path releases, String base, Instant now, Consumer<String> progress) throws IOException {
        Files.createDirectories(releases);
        try (FileChannel lockFile = FileChannel.open(releases.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IllegalStateException("another release is being made in " + releases + "; wait for it to end");
            }
            List<Info> before = list(releases);
            Info previous = before.isEmpty() ? null : before.get(before.size() - 1);
            int number = previous == null ? 1 : previous.number() + 1;
            Path staging = releases.resolve("." + number + ".partial");
            deleteTree(staging);
            Files.createDirectories(staging);
            try {
                Info made = write(ds, dbDir, staging, number, previous, base, now, progress);
                Path target = releases.resolve(Integer.toString(number));
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                progress.accept("release " + number + " is complete: " + target);
                return new Info(made.number(), target, made.issued(), made.id(), made.quads());
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;   // held by this process
        }
    }

    private static Info write(Dataset ds, Path dbDir, Path dir, int number, Info previous, String base, Instant now,
            Consumer<String> progress) throws IOException {
        String id = "urn:uuid:" + UUID.randomUUID();
        // the dump, sorted, and the graphs it holds
        long quads;
        Map<String, long[]> perGraph = new TreeMap<>();
        try (SortedLines lines = new SortedLines(dir.resolve(".sort"), Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 8))) {
            Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
                lines.add(line(q));
                perGraph.computeIfAbsent(q.isDefaultGraph() ? "" : q.getGraph().getURI(), k -> new long[1])[0]++;
            }));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(DUMP)), 1 << 16);
                 Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                quads = lines.writeTo(w);
            }
        }
        deleteTree(dir.resolve(".sort"));
        progress.accept("dump: " + quads + " quads, sorted, in " + DUMP);
        Map<String, GraphRow> graphs = graphRows(ds, perGraph);
        writeGraphs(dir.resolve(GRAPHS), graphs);

        Changes changes = null;
        if (previous != null) {
            changes = diff(previous.dir().resolve(DUMP), dir.resolve(DUMP), dir.resolve(PATCH), id, previous.id());
            progress.accept("patch from release " + previous.number() + ": " + changes.deleted + " quads deleted, " + changes.added + " added, in " + PATCH);
        }
        Files.writeString(dir.resolve(CHANGELOG), Changelog.write(number, now, previous,
                previous == null ? Map.of() : readGraphs(previous.dir().resolve(GRAPHS)), graphs, changes, quads, base));

        copyDatabase(dbDir, dir.resolve(DATABASE));
        progress.accept("database copied into " + DATABASE + "/");

        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sums.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        StringBuilder text = new StringBuilder();
        sums.forEach((f, h) -> text.append(h).append("  ").append(f).append('\n'));
        Files.writeString(dir.resolve(SUMS), text);
        Map<String, String> described = new TreeMap<>(sums);
        described.put(SUMS, sha256(dir.resolve(SUMS)));
        Graph description = ReleaseDescription.release(base, number, now, id, previous, quads, dir, described);
        try (OutputStream out = Files.newOutputStream(dir.resolve(VOID))) {
            RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
        }
        return new Info(number, dir, now, id, quads);
    }

    /** A graph of a release: its quads and, for a text, what it is the text of. */
    record GraphRow(String graph, long quads, String language, String symbol) {}

    private static Map<String, GraphRow> graphRows(Dataset ds, Map<String, long[]> perGraph) {
        Map<String, String[]> texts = new TreeMap<>();
        String query = """
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?g ?lang ?symbol WHERE {
                  GRAPH ?g { ?v a rg:LanguageVersion ; dcterms:language ?lang ; eli:realizes ?r }
                  OPTIONAL { GRAPH ?g { ?r dcterms:identifier ?symbol } }
                }""";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    texts.put(s.getResource("g").getURI(), new String[] {s.getLiteral("lang").getLexicalForm(),
                            s.contains("symbol") ? s.getLiteral("symbol").getLexicalForm() : ""});
                }
            }
        });
        Map<String, GraphRow> rows = new TreeMap<>();
        perGraph.forEach((g, n) -> {
            String[] t = texts.getOrDefault(g, new String[] {"", ""});
            rows.put(g, new GraphRow(g, n[0], t[0], t[1]));
        });
        return rows;
    }

    private static void writeGraphs(Path file, Map<String, GraphRow> rows) throws IOException {
        StringBuilder b = new StringBuilder("graph\tquads\tlanguage\tsymbol\n");
        for (GraphRow r : rows.values()) {
            b.append(r.graph()).append('\t').append(r.quads()).append('\t').append(r.language()).append('\t').append(r.symbol()).append('\n');
        }
        Files.writeString(file, b);
    }

    static Map<String, GraphRow> readGraphs(Path file) throws IOException {
        Map<String, GraphRow> rows = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", -1);
            if (f.length != 4) {
                throw new IOException(file + ": not a line of graph, quads, language and symbol: " + l);
            }
            rows.put(f[0], new GraphRow(f[0], Long.parseLong(f[1]), f[2], f[3]));
        }
        return rows;
    }

    /** What changed between two dumps, as {@link #diff} finds it walking both. */
    static final class Changes {
        long added;
        long deleted;
        /** Per graph: quads added, quads deleted. */
        final Map<String, long[]> graphs = new TreeMap<>();
        final java.util.Set<String> citationsBefore = new java.util.HashSet<>();
        final java.util.Set<String> citationsAfter = new java.util.HashSet<>();
        /** "series member" pairs. */
        final java.util.Set<String> membersBefore = new java.util.HashSet<>();
        final java.util.Set<String> membersAfter = new java.util.HashSet<>();
        /** A label of each series, English where it has one, from either dump. */
        final Map<String, String> seriesLabels = new TreeMap<>();
    }

    private static final String CITATION_TYPE = " <" + Vocab.RDF + "type> <" + Vocab.CITO + "Citation> ";
    private static final String MEMBER_OF = " <" + Vocab.ELI + "is_member_of> ";

    /**
     * Walks two sorted dumps side by side: a line only in the first is deleted, one only in the second
     * added. Writes the RDF Patch, and counts what changed for the changelog.
     */
    static Changes diff(Path before, Path after, Path patchFile, String id, String previousId) throws IOException {
        Changes c = new Changes();
        try (BufferedReader a = reader(before); BufferedReader b = reader(after);
             OutputStream out = Files.newOutputStream(patchFile)) {
            RDFChangesWriterText patch = RDFPatchOps.textWriter(out);
            patch.start();
            patch.header("id", NodeFactory.createURI(id));
            patch.header("prev", NodeFactory.createURI(previousId));
            patch.txnBegin();
            String x = a.readLine();
            String y = b.readLine();
            while (x != null || y != null) {
                int cmp = x == null ? 1 : y == null ? -1 : x.compareTo(y);
                if (cmp == 0) {
                    notice(c, x, true);
                    notice(c, y, false);
                    x = a.readLine();
                    y = b.readLine();
                } else if (cmp < 0) {
                    notice(c, x, true);
                    Quad q = parse(x);
                    patch.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    c.deleted++;
                    c.graphs.computeIfAbsent(graphOf(q), k -> new long[2])[1]++;
                    x = a.readLine();
                } else {
                    notice(c, y, false);
                    Quad q = parse(y);
                    patch.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    c.added++;
                    c.graphs.computeIfAbsent(graphOf(q), k -> new long[2])[0]++;
                    y = b.readLine();
                }
            }
            patch.txnCommit();
            patch.finish();
            patch.close();
        }
        return c;
    }

    private static String graphOf(Quad q) {
        return q.isDefaultGraph() ? "" : q.getGraph().getURI();
    }

    private static final String LABEL = " <" + Vocab.RDFS + "label> \"";

    private static void notice(Changes c, String line, boolean before) {
        if (line.startsWith("<") && line.contains("/id/series/") && line.contains(LABEL)) {
            String series = line.substring(1, line.indexOf('>'));
            if (!series.contains("/id/series/")) {
                return;
            }
            Quad q = parse(line);
            String lang = q.getObject().getLiteralLanguage();
            if (lang.equals("en") || !c.seriesLabels.containsKey(series)) {
                c.seriesLabels.put(series, q.getObject().getLiteralLexicalForm() + (lang.isEmpty() || lang.equals("en") ? "" : " (" + lang + ")"));
            }
            return;
        }
        if (line.contains(CITATION_TYPE)) {
            (before ? c.citationsBefore : c.citationsAfter).add(line.substring(1, line.indexOf('>')));
        }
        int m = line.indexOf(MEMBER_OF);
        if (m > 0) {
            String member = line.substring(1, line.indexOf('>'));
            int from = m + MEMBER_OF.length() + 1;
            String series = line.substring(from, line.indexOf('>', from));
            (before ? c.membersBefore : c.membersAfter).add(series + " " + member);
        }
    }

    static Quad parse(String line) {
        List<Quad> one = new ArrayList<>(1);
        RDFParser.fromString(line, Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                one.add(q);
            }

            @Override
            public void triple(Triple t) {
                one.add(Quad.create(Quad.defaultGraphIRI, t));
            }
        });
        if (one.size() != 1) {
            throw new IllegalStateException("not one quad: " + line);
        }
        return one.get(0);
    }

    static BufferedReader reader(Path gz) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Copies the database's files, without its lock and what a load leaves while it sorts. */
    private static void copyDatabase(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                Path rel = from.relativize(f);
                if (name.equals("tdb.lock") || name.equals("write.lock") || rel.toString().contains("load-sort-")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static String sha256(Path f) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0;) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Graph graph() {
        return GraphFactory.createDefaultGraph();
    }
}
