package org.w3id.resgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.Thesaurus;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.Ontology;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.rdf.RdfStreamWriter;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.reliability.LongDocument;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The benchmark: one command ({@code ./resgraph bench}) that generates a scale corpus, measures
 * resgraph against baselines measured in the same run, prints a table and writes it to
 * BENCHMARKS.md. Every figure is a ratio to something measured here, so it holds on any machine:
 * extraction against only reading and decoding the same files; loading against Jena's own bulk loader
 * on the already-extracted N-Quads and against Virtuoso's on the quads of resgraph's database; queries
 * against Virtuoso on those quads, their answers compared before their times (and, with --peers
 * oxigraph, against Oxigraph); start-up and peak memory against their targets.
 */
public final class Bench {
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static final String OXIGRAPH = "0.5.11";
    /** Seconds a single query may run on the peer before it is stopped. */
    private static final int PEER_LIMIT = 60;
    /** The most quads Oxigraph for JavaScript (WebAssembly, 4 GiB of memory) is given. */
    private static final long PEER_MAX_QUADS = 2_500_000;
    /** Seconds every example query is run, round after round, before any is timed. */
    private static final int WARM_SECONDS = 20;

    private final Path home;
    private final boolean smoke;
    private final Path work;
    private final int docs;
    private final int runs;
    private final int warmup;
    /** The other stores whose queries (and load) are set beside resgraph's: virtuoso, oxigraph. */
    private final Set<String> peers;
    private final boolean demo;
    private final Path report;
    private final long seed;
    private final String java = ProcessHandle.current().info().command().orElse("java");
    /** What the launcher gives the JVM: logback as the logging provider (the Fuseki jar brings another). */
    private static final String PROVIDER = "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider";
    private final List<String[]> rows = new ArrayList<>();
    /** The rows of the section on streamed extraction and the budget per document (also run alone, --streaming-only). */
    private final List<String[]> streamRows = new ArrayList<>();
    private final List<String> streamNotes = new ArrayList<>();
    private List<String[]> table = rows;
    private final int streamDocs;
    private final boolean streamingOnly;
    /** Leave the section on streamed extraction out of this run and keep the report's as it is. */
    private final boolean noStreaming;
    /** A folder of real texts measured whole (load, start-up, every example query), or null. */
    private final Path real;
    private final List<String> notes = new ArrayList<>();
    /** Why the Oxigraph run failed, if it did. */
    private String peerFailure;
    /** resgraph's answer to each example query over HTTP (SPARQL JSON; null where it failed), for a peer to be compared with. */
    private final Map<String, String> ourAnswers = new LinkedHashMap<>();
    /** resgraph's times of each example query over HTTP, and of ASK {}. */
    private Map<String, double[]> ourTimes = Map.of();
    private double[] ourAsk;
    /** The same through the JDK's HttpClient (POST), as the query rows are timed. */
    private double[] ourAskJdk;
    /** Where the load rows end in the table (a peer's bulk load goes there), and resgraph's load rate. */
    private int loadRowsEnd;
    private double loadRate;
    /** Runs of ASK {} timed on each side: it is cheap, and one run says little. */
    private static final int ASK_RUNS = 200;

    private Bench(Map<String, String> o) {
        home = Path.of(System.getProperty("resgraph.home", ".")).toAbsolutePath();
        boolean smoke = o.containsKey("smoke");
        this.smoke = smoke;
        docs = Integer.parseInt(o.getOrDefault("docs", smoke ? "20" : "10000"));
        runs = Integer.parseInt(o.getOrDefault("runs", smoke ? "1" : "20"));
        warmup = Integer.parseInt(o.getOrDefault("warmup", smoke ? "0" : "3"));
        work = Path.of(o.getOrDefault("work", home.resolve("target/bench").toString())).toAbsolutePath();
        streamDocs = Integer.parseInt(o.getOrDefault("stream-docs", smoke ? "40" : "100000"));
        streamingOnly = o.containsKey("streaming-only");
        noStreaming = o.containsKey("no-streaming") && !streamingOnly;
        Path shared = home.resolve("../shared/corpus/sc-akn").normalize();
        real = o.containsKey("real") ? Path.of(o.get("real")).toAbsolutePath()
                : smoke || o.containsKey("no-real") || !Files.isDirectory(shared) ? null : shared;
        peers = new LinkedHashSet<>();
        for (String peer : o.getOrDefault("peers", "virtuoso").split(",")) {
            if (!peer.isBlank() && !peer.strip().equals("none")) {
                peers.add(peer.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (o.containsKey("no-oxigraph")) {
            peers.remove("oxigraph");
        }
        demo = !o.containsKey("no-demo");
        seed = Long.parseLong(o.getOrDefault("seed", "1"));
        report = Path.of(o.getOrDefault("report", smoke ? work.resolve("BENCHMARKS-smoke.md").toString() : home.resolve("BENCHMARKS.md").toString()));
    }

    private static final String USAGE = """
            usage: ./resgraph bench [OPTIONS]
            Generate a scale corpus from the sample, measure extraction, loading, start-up, queries and memory
            against baselines measured in the same run, print the table and write it to BENCHMARKS.md.

              --docs N        documents to generate (default 10000; up to 100000)
              --runs N        timed runs of each example query (default 20)
              --warmup N      warm-up rounds over all the queries before timing (default 3, and at least 20 s)
              --seed N        the scale corpus's seed (default 1)
              --work DIR      where corpora, databases and logs go (default target/bench)
              --report FILE   where the table goes (default BENCHMARKS.md)
              --stream-docs N documents of the second streamed extraction, beside --docs (default 100000)
              --streaming-only  only the section on streamed extraction and the budget per document: its
                              rows replace that section of the report and the rest is left as it is
              --no-streaming  the rest without that section: the report keeps the section it has
              --real DIR      also load a folder of real texts whole and time every example query on it
                              (default ../shared/corpus/sc-akn beside the project when it is there; not
                              with --smoke unless given)
              --no-real       leave that out
              --peers LIST    the other stores to set beside resgraph, comma-separated: virtuoso (its bulk
                              load and every example query, answers compared first), oxigraph (in node, on
                              at most 2.5 million quads), or none (default virtuoso)
              --no-oxigraph   leave Oxigraph out even if --peers names it
              --no-demo       leave out the start-up of serve --demo
              --smoke         20 documents, one run of each, no warm-up: checks that every stage works (seconds)
              --help          show this and exit
            """;

    private static void usage(String problem) {
        System.err.print("resgraph bench: " + problem + "\n\n" + USAGE);
        System.exit(2);
    }

    public static void main(String[] args) throws Exception {
        // the per-document lines of the extraction would drown the table
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("resgraph")).setLevel(ch.qos.logback.classic.Level.ERROR);
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String key = a.startsWith("--") ? a.substring(2) : a;
            if (key.equals("help") || key.equals("-h")) {
                System.out.print(USAGE);
                return;
            } else if (List.of("smoke", "no-oxigraph", "no-demo", "streaming-only", "no-streaming", "no-real").contains(key)) {
                o.put(key, "");
            } else if (!a.startsWith("--") || !List.of("docs", "runs", "warmup", "work", "report", "seed", "stream-docs", "peers", "real").contains(key)) {
                usage("unknown option " + a);
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                usage(a + " needs a value");
            }
        }
        for (String number : List.of("docs", "runs", "warmup", "seed", "stream-docs")) {
            if (o.containsKey(number) && !o.get(number).matches("\\d{1,9}")) {
                usage("--" + number + " " + o.get(number) + ": not a whole number");
            }
        }
        if (o.containsKey("peers") && !o.get("peers").matches("(?i)\\s*(none|(virtuoso|oxigraph)(\\s*,\\s*(virtuoso|oxigraph))*)?\\s*")) {
            usage("--peers " + o.get("peers") + ": give virtuoso, oxigraph (comma-separated) or none");
        }
        new Bench(o).run();
    }

    /**
     * {@code ./resgraph extract} to N-Quads in a 1 GiB heap, on the corpus of --docs documents and on one
     * of --stream-docs: its rate against the extraction in process (which keeps nothing), and whether its
     * peak memory stays the same when the corpus is ten times larger.
     */
    private void streaming(Path corpusDir, List<Inputs.Input> inputs, double inProcess) throws Exception {
        table = streamRows;
        int n = inputs.size();
        formerExtract(inputs.subList(0, Math.min(n, 1000)));
        Path bigDir = work.resolve("corpus-" + streamDocs + "-" + seed + "-v" + ScaleCorpus.VERSION);
        say("generating " + streamDocs + " documents into " + bigDir + " ...");
        int big = ScaleCorpus.generate(home.resolve("corpus"), bigDir, streamDocs, seed).size();
        Measured small = streamedExtract(corpusDir, n);
        Measured large = streamedExtract(bigDir, big);
        row(String.format(Locale.ROOT, "extract to N-Quads, %,d documents (-Xmx1g)", n), small.exit == 0 ? docsps(n, small.seconds) : "exit " + small.exit,
                "peak RSS " + mib(small.peakRss) + ", " + seconds(small.seconds), ratio(n / small.seconds / inProcess) + " of extraction in process (warm, writes nothing)",
                target("completes in a 1 GiB heap", small.exit == 0));
        row(String.format(Locale.ROOT, "extract to N-Quads, %,d documents (-Xmx1g)", big), large.exit == 0 ? docsps(big, large.seconds) : "exit " + large.exit,
                "peak RSS " + mib(large.peakRss) + ", " + seconds(large.seconds), ratio(big / large.seconds / inProcess) + " of extraction in process (warm, writes nothing)",
                target("completes in a 1 GiB heap", large.exit == 0));
        double rss = (double) large.peakRss / Math.max(1, small.peakRss);
        row(String.format(Locale.ROOT, "peak RSS, %,d ÷ %,d documents", big, n), ratio(rss), "", "", target("within 25 %", large.exit == 0 && Math.abs(rss - 1) <= 0.25));
        table = rows;
    }

    /**
     * One generated document ({@link LongDocument}: a real text followed by short clauses that each
     * cite a resolution) extracted and mapped in process at 1×, 10× and 100× its size, Chinese and
     * English: the time ratios show whether any step grows faster than the text.
     */
    private void linearity() {
        table = streamRows;
        int base = smoke ? 200 : 2_000;
        Extraction extraction = new Extraction(BASE, null, true, Extraction.Limits.NONE);
        for (String variant : List.of("zh", "en")) {
            double[] t = new double[3];
            long[] bytes = new long[3];
            for (int k = 0; k < 3; k++) {
                int n = base * (int) Math.pow(10, k);
                String text = LongDocument.text(variant, n);
                bytes[k] = text.getBytes(StandardCharsets.UTF_8).length;
                Inputs.Input in = LongDocument.input(variant, text);
                int repeats = k == 2 ? 1 : 3;
                t[k] = Double.POSITIVE_INFINITY;
                for (int r = 0; r <= repeats; r++) {   // the first run warms up
                    double s = timed(() -> {
                        try {
                            extraction.extract(in);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (r > 0) {
                        t[k] = Math.min(t[k], s);
                    }
                }
            }
            double r10 = t[1] / t[0], r100 = t[2] / t[0];
            row(String.format(Locale.ROOT, "one document (%s) at 1×, 10×, 100× (%,d, %,d, %,d clauses; %.2f, %.1f, %.1f MB)", variant, base, base * 10,
                    base * 100, bytes[0] / 1e6, bytes[1] / 1e6, bytes[2] / 1e6),
                    String.format(Locale.ROOT, "%.3f s, %.2f s, %.1f s", t[0], t[1], t[2]),
                    String.format(Locale.ROOT, "time 10×: %.1f×, 100×: %.0f×", r10, r100), "",
                    target("near-linear: 10× ≤ 15×, 100× ≤ 150×", r10 <= 15 && r100 <= 150));
        }
        table = rows;
    }

    /**
     * The streamed extraction against the former one, in process on the same documents: every graph in
     * one dataset in memory, series merged there, the whole output sorted (what {@code extract} did before
     * it streamed; it ran out of memory on 10,000 Chinese documents, so the comparison takes the first
     * thousand). Both must give the same N-Quads lines.
     */
    private void formerExtract(List<Inputs.Input> some) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path former = work.resolve("former-" + some.size() + ".nq"), streamed = work.resolve("streamed-in-process-" + some.size() + ".nq");
        double[] t = new double[2];
        for (int round = 0; round < 2; round++) {   // the first round warms up
            t[0] = timed(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(former), 1 << 16)) {
                    RdfOutput.write(new Extraction(BASE, null).run(some, cores).dataset(), OutputFormat.NQ, Vocab.prefixes(BASE), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            t[1] = timed(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(streamed), 1 << 16)) {
                    new Extraction(BASE, null).run(some, cores, new RdfStreamWriter(OutputFormat.NQ, Vocab.prefixes(BASE), out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        List<String> a = Files.readAllLines(former), b = new ArrayList<>(Files.readAllLines(streamed));
        Collections.sort(b);
        boolean same = a.equals(b);
        row(String.format(Locale.ROOT, "extract in process, first %,d documents: streamed ÷ former (all in memory, sorted whole)", some.size()),
                ratio(t[0] / t[1]) + " the rate", String.format(Locale.ROOT, "streamed %.1f s, former %.1f s", t[1], t[0]),
                same ? String.format(Locale.ROOT, "same %,d N-Quads lines", a.size()) : "**different output**",
                target("no lower than before (≥ 1×), the same output", same && t[0] / t[1] >= 1));
        Files.delete(former);
        Files.delete(streamed);
    }

    /** {@code ./resgraph extract -q --format nq} of a folder into a file of the work folder, removed after. */
    private Measured streamedExtract(Path corpusDir, int n) throws Exception {
        Path out = work.resolve("streamed-" + n + ".nq");
        Measured m = measure("extract-" + n, List.of(home.resolve("resgraph").toString(), "extract", "-q", "--format", "nq", "-o", out.toString(),
                corpusDir.toString()), Map.of("RESGRAPH_JAVA_OPTS", "-Xmx1g"));
        if (Files.exists(out)) {
            streamNotes.add(String.format(Locale.ROOT, "`extract` of %,d documents wrote %.1f GB of N-Quads.", n, Files.size(out) / 1e9));
            Files.delete(out);
        }
        return m;
    }

    /** Writes the streaming section alone into the report, in place of the one there. */
    private void writeSection() throws IOException {
        String section = section();
        String md = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int a = md.indexOf(SECTION_START), b = md.indexOf(SECTION_END);
        md = a >= 0 && b > a ? md.substring(0, a) + section + md.substring(b + SECTION_END.length()) : md.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(report, md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(section);
        say("section written to " + report);
    }

    private static final String SECTION_START = "<!-- streaming: ./resgraph bench --streaming-only rewrites this section -->";
    private static final String SECTION_END = "<!-- end of streaming -->";

    /** The streaming section of the report as it is, for a run that leaves it out (--no-streaming); empty if it has none. */
    private String previousSection() throws IOException {
        String md = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        int a = md.indexOf(SECTION_START), b = md.indexOf(SECTION_END);
        return a >= 0 && b > a ? md.substring(a, b + SECTION_END.length()) : "";
    }

    private String section() {
        StringBuilder md = new StringBuilder(SECTION_START).append("\n## Streamed extraction and the budget per document\n\n");
        md.append("Measured by `./resgraph bench").append(docs == 10000 ? "" : " --docs " + docs)
                .append(streamDocs == 100000 ? "" : " --stream-docs " + streamDocs).append("` (or with `--streaming-only`, which runs this section alone) on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(Runtime.version().feature())
                .append(", seed ").append(seed).append(". `extract` runs as a user runs it, `./resgraph extract -q --format nq -o FILE DIR` with ")
                .append("`RESGRAPH_JAVA_OPTS=-Xmx1g`; its rate is compared with the extraction in process measured in the same run ")
                .append("(two threads, nothing kept or written).\n\n");
        md.append("| measure | figure | also | against the baseline | target |\n|---|---|---|---|---|\n");
        for (String[] r : streamRows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!streamNotes.isEmpty()) {
            md.append("\n");
            streamNotes.forEach(n -> md.append("- ").append(n).append("\n"));
        }
        return md.append(SECTION_END).toString();
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path corpusDir = work.resolve("corpus-" + docs + "-" + seed + "-v" + ScaleCorpus.VERSION);
        say("generating " + docs + " documents from " + home.resolve("corpus") + " into " + corpusDir + " ...");
        List<Path> files = ScaleCorpus.generate(home.resolve("corpus"), corpusDir, docs, seed);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double mb = bytes / 1e6;
        say(String.format(Locale.ROOT, "%d documents, %.1f MB", files.size(), mb));
        List<Inputs.Input> inputs = Inputs.expand(files.stream().map(Path::toString).toList(), System.in, new ArrayList<>());

        // Extraction against the floor: reading and decoding the same files.
        extract(inputs, 1, Math.min(200, inputs.size()));   // warm-up
        readAndDecode(files);   // every file in the page cache first, as it is for the extraction passes after
        double floor = timed(() -> readAndDecode(files));
        double one = timed(() -> extract(inputs, 1, inputs.size()));
        int cores = Runtime.getRuntime().availableProcessors();
        double all = timed(() -> extract(inputs, cores, inputs.size()));
        row("read and decode (floor), 1 thread", mbps(mb, floor), docsps(files.size(), floor), "", "");
        row("extraction, 1 thread", mbps(mb, one), docsps(files.size(), one), ratio(floor / one) + " of the floor", "");
        boolean extractionMet = mb / all >= 50 && floor / all >= 0.1;
        row("extraction, " + cores + " threads", mbps(mb, all), docsps(files.size(), all),
                ratio(floor / all) + " of the floor", target("≥ 50 MB/s and within 10× of the floor", extractionMet));
        if (!noStreaming) {
            streaming(corpusDir, inputs, files.size() / all);
            linearity();
        }
        if (streamingOnly) {
            writeSection();
            return;
        }

        // Loading: end to end (extract + TDB2 + text index) against Jena's bulk loader on the extracted N-Quads.
        Path nq = work.resolve("extracted-" + docs + "-" + seed + ".nq");
        long quadsOut = writeNQuads(inputs, nq, cores);
        Path e2e = fresh(work.resolve("db-load"));
        Measured load = measure("load", List.of(home.resolve("resgraph").toString(), "load", "-q", "--db", e2e.toString(),
                corpusDir.toString()), Map.of("RESGRAPH_JAVA_OPTS", "-Xmx2g"));
        Path bulk = fresh(work.resolve("db-tdbloader"));
        Path quiet = Files.writeString(work.resolve("logback-quiet.xml"),
                "<configuration><root level=\"WARN\"/></configuration>\n");
        Measured baseline = measure("tdbloader", List.of(java, "-Xmx2g", PROVIDER, "-Dlogback.configurationFile=" + quiet, "-cp", home.resolve("target/lib").toString() + "/*", "tdb2.tdbloader",
                "--loader=parallel", "--loc", bulk.toString(), nq.toString()), Map.of());
        loadRate = quadsOut / load.seconds;
        double bulkRate = quadsOut / baseline.seconds;
        row("load end to end (2 GiB heap)", String.format(Locale.ROOT, "%.0f quads/s", loadRate), seconds(load.seconds),
                "", "");
        row("tdb2.tdbloader --loader=parallel on the N-Quads", String.format(Locale.ROOT, "%.0f quads/s", bulkRate), seconds(baseline.seconds), "", "");
        row("load ÷ bulk loader", ratio(loadRate / bulkRate), "", "", target("≥ 1.0", loadRate / bulkRate >= 1.0));
        loadRowsEnd = rows.size();
        row("load within a 2 GiB heap (-Xmx2g)", load.exit == 0 ? "completed" : "exit " + load.exit, "peak RSS " + mib(load.peakRss)
                + " (heap, TDB2's mapped files, Lucene)", "", target("load within 2 GiB of heap", load.exit == 0));

        if (load.exit != 0) {
            notes.add("The load failed, so nothing was served or queried; see " + work.resolve("load.log") + ".");
            write(mb, files.size(), quadsOut);
            return;
        }
        // Start-up and queries over HTTP on the loaded database; peak memory of serve; the same queries on the peers.
        queries(e2e);
        if (peers.contains("virtuoso")) {
            virtuoso(e2e);
        }
        if (peers.contains("oxigraph")) {
            peer(inputs, quadsOut, e2e);
        }
        if (demo) {
            demoStartup();
        }
        if (real != null) {
            try {
                realCorpus(real);
            } catch (Exception e) {   // the rest of the report stands without it
                notes.add("The real corpus was not measured to the end: " + e);
            }
        }
        write(mb, files.size(), quadsOut);
    }

    /**
     * The real record, whole, as users hold it (the UN repository's Council resolutions, six languages):
     * its load end to end, as a user runs it, and every example query on the database it makes. A
     * document that fails is reported by the load and skipped (exit status 1); the row says how many.
     */
    private void realCorpus(Path dir) throws Exception {
        long files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        String name = "real corpus (" + home.relativize(dir) + ", " + String.format(Locale.ROOT, "%,d", files) + " files)";
        Path db = fresh(work.resolve("db-real"));
        Measured load = measure("load-real", List.of(home.resolve("resgraph").toString(), "load", "--db", db.toString(), dir.toString()),
                Map.of("RESGRAPH_JAVA_OPTS", "-Xmx2g"));
        String log = Files.readString(work.resolve("load-real.log"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = Pattern.compile("(\\d+) document\\(s\\) loaded \\((\\d+) failed\\), (\\d+) graphs, (\\d+) quads").matcher(log);
        String what = m.find() ? String.format(Locale.ROOT, "%s documents loaded, %s failed, %,d quads", m.group(1), m.group(2), Long.parseLong(m.group(4)))
                : "exit " + load.exit + " (see " + work.resolve("load-real.log") + ")";
        row(name + ": load end to end (2 GiB heap)", seconds(load.seconds), what + "; peak RSS " + mib(load.peakRss), "", "");
        if (load.exit > 1) {
            return;
        }
        int port = freePort();
        long started = System.nanoTime();
        Process serve = serve(db, port, "serve-real.log");
        try {
            double startup = firstAnswer(serve, port, started, 300);
            row(name + ": serve, first answer", seconds(startup), "", "", "");
            for (Map.Entry<String, double[]> e : timeQueries(port).entrySet()) {
                String kind = kind(e.getKey());
                double p50 = percentile(e.getValue(), 50), p99 = percentile(e.getValue(), 99);
                row(name + ": query " + e.getKey(), figure(e.getValue()), kind, "", switch (kind) {
                    case LOOKUP -> target("p50 ≤ 20 ms, p99 ≤ 100 ms", p50 <= 20 && p99 <= 100);
                    case CORPUS_WIDE -> target("p50 ≤ 100 ms", p50 <= 100);
                    default -> "";
                });
            }
        } finally {
            stop(serve);
        }
    }

    /** Start-up, every example query and peak memory of {@code serve} on the loaded database. */
    private void queries(Path db) throws Exception {
        if (!smoke) {
            startAndStop(db);   // a first start leaves the launcher's class archive for serve, as any user's first run does
        }
        int port = freePort();
        long started = System.nanoTime();
        Process serve = serve(db, port, "serve.log");
        try {
            double startup = firstAnswer(serve, port, started, 300);
            row("serve: first answer on an existing database", seconds(startup), "", "", target("≤ 3 s", startup >= 0 && startup <= 3));
            Map<String, double[]> ours = timeQueries(port);
            ourTimes = ours;
            long serveRss = peakRss(serve.pid());
            if (peers.contains("virtuoso")) {
                collectAnswers(port);
            }
            boolean lookupsMet = true, corpusMet = true;
            for (Map.Entry<String, double[]> e : ours.entrySet()) {
                double p50 = percentile(e.getValue(), 50), p99 = percentile(e.getValue(), 99);
                String kind = kind(e.getKey());
                boolean met = switch (kind) {
                    case LOOKUP -> p50 <= 20 && p99 <= 100;
                    case CORPUS_WIDE -> p50 <= 100;
                    default -> true;
                };
                lookupsMet &= met || !kind.equals(LOOKUP);
                corpusMet &= met || !kind.equals(CORPUS_WIDE);
                row("query " + e.getKey(), figure(e.getValue()), kind, "", switch (kind) {
                    case LOOKUP -> target("p50 ≤ 20 ms, p99 ≤ 100 ms", met);
                    case CORPUS_WIDE -> target("p50 ≤ 100 ms", met);
                    default -> "";
                });
            }
            row("series lineage and citation lookups", "", "", "", target("all p50 ≤ 20 ms, p99 ≤ 100 ms", lookupsMet));
            row("corpus-wide questions", "", "", "", target("all p50 ≤ 100 ms", corpusMet));
            row("serve peak memory (RSS)", mib(serveRss), "", "", "");
        } finally {
            stop(serve);
        }
    }

    /**
     * The same queries on resgraph and on Oxigraph over the same quads: those of resgraph's database
     * (the extracted N-Quads lack what the load adds, the series steps and first and last citations
     * among them, which queries 19 to 21 read). Oxigraph for JavaScript is WebAssembly, whose memory
     * ends at 4 GiB: beyond {@link #PEER_MAX_QUADS} the comparison is made on the first documents of the
     * corpus, loaded into a database of their own.
     */
    private void peer(List<Inputs.Input> inputs, long quads, Path db) throws Exception {
        int k = inputs.size();
        Path peerDb = db;
        if (quads > PEER_MAX_QUADS) {
            k = (int) (inputs.size() * (double) PEER_MAX_QUADS / quads);
            say("the peer comparison is made on the first " + k + " documents (Oxigraph's WebAssembly memory ends at 4 GiB)");
            peerDb = work.resolve("db-peer");
            Store.delete(peerDb);
            List<String> load = new ArrayList<>(List.of(home.resolve("resgraph").toString(), "load", "-q", "--db", peerDb.toString()));
            inputs.subList(0, k).forEach(in -> load.add(in.name()));
            Measured m = measure("load-peer", load, Map.of());
            if (m.exit() != 0) {
                throw new IllegalStateException("the peer's database could not be loaded; see " + work.resolve("load-peer.log"));
            }
        }
        int port = freePort();
        Process serve = serve(peerDb, port, "serve-peer.log");
        Map<String, double[]> ours;
        try {
            if (firstAnswer(serve, port, System.nanoTime(), 300) < 0) {
                throw new IllegalStateException("the server did not start; see " + work.resolve("serve-peer.log"));
            }
            ours = timeQueries(port);
        } finally {
            stop(serve);
        }
        Map<String, double[]> inProcess = timeInProcess(peerDb);
        Path peerNq = work.resolve("peer-" + k + ".nq");
        writeDatabase(peerDb, List.of(peerNq));
        Map<String, double[]> theirs = oxigraph(peerNq, exampleQueries());
        boolean peerMet = true;
        String scale = k == inputs.size() ? "" : " (first " + k + " documents)";
        for (Map.Entry<String, double[]> e : ours.entrySet()) {
            double[] local = inProcess.get(e.getKey());
            String both = figure(e.getValue()) + " over HTTP; " + figure(local) + " in process";
            double[] o = theirs.get(e.getKey());
            if (o == null) {
                boolean text = exampleQueries().get(e.getKey()).contains("jena.apache.org/text#");
                row("peer" + scale + ": " + e.getKey(), both, "Oxigraph " + (text ? "n/a (jena-text)" : "failed (see below)"), "", "");
                continue;
            }
            boolean stopped = Double.isInfinite(o[0]);
            // like for like: both in process, results written as SPARQL JSON
            double mine = percentile(local, 50), other = percentile(o, 50);
            boolean asFast = stopped || mine <= 2 * other;
            peerMet &= asFast;
            row("peer" + scale + ": " + e.getKey(), both, "Oxigraph " + (stopped ? "stopped after " + PEER_LIMIT + " s" : figure(o)),
                    stopped || Double.isInfinite(mine) ? "" : ratio(mine / other) + " of Oxigraph's p50 (in process)", target("≤ 2× Oxigraph's p50", asFast));
        }
        if (peerFailure != null) {
            notes.add("Oxigraph failed: " + peerFailure);
        }
        row("no query slower than Oxigraph by more than 2×" + scale, "", "", "",
                peerFailure != null ? "**not measured**" : target("p50 ≤ 2× Oxigraph's", peerMet));
    }

    private static final String LOOKUP = "lineage or citation lookup", CORPUS_WIDE = "corpus-wide", SEARCH = "full-text search";

    /**
     * What an example query asks, by its number: the lineage of one series or the citations of one
     * thing (01, 02, 04, 14), a full-text search (09, 10), or a question over the whole corpus (the rest).
     */
    static String kind(String query) {
        if (query.matches("0[124]-.*|14-.*")) {
            return LOOKUP;
        }
        return query.matches("09-.*|10-.*") ? SEARCH : CORPUS_WIDE;
    }

    /** resgraph's answer to each example query over HTTP, kept to be compared with a peer's, and ASK {} timed. */
    private void collectAnswers(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String endpoint = "http://localhost:" + port + "/resgraph/sparql";
        for (Map.Entry<String, String> q : exampleQueries().entrySet()) {
            HttpResponse<String> r = post(http, endpoint, q.getValue());
            ourAnswers.put(q.getKey(), r.statusCode() == 200 ? r.body() : null);
        }
        try (KeptAlive client = new KeptAlive(URI.create(endpoint))) {
            ourAsk = timeAsk(() -> answersTrue(client.get("/resgraph/sparql?query=" + ASK_ENCODED)));
        }
        ourAskJdk = timeAsk(() -> post(http, endpoint, "ASK {}").statusCode() == 200);
    }

    /** ASK {} as a query parameter. */
    private static final String ASK_ENCODED = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);

    /**
     * Whether a response is SPARQL JSON's true: the boolean form, or the one Virtuoso 7.2 gives an ASK
     * sent by GET, a table of one row binding {@code __ASK_RETVAL} to 1.
     */
    static boolean answersTrue(KeptAlive.Response r) {
        String body = r.body().replaceAll("\\s", "");
        return r.status() == 200 && (body.contains("\"boolean\":true") || VIRTUOSO_TRUE.matcher(body).find());
    }

    private static final Pattern VIRTUOSO_TRUE = Pattern.compile("\"__ASK_RETVAL\":\\{[^}]*\"value\":\"1\"");

    /** ms of {@link #ASK_RUNS} runs of ASK {} after as many to warm up, sorted; a failed run is infinite. */
    private static double[] timeAsk(Callable<Boolean> ask) throws Exception {
        double[] t = new double[ASK_RUNS];
        for (int i = -ASK_RUNS; i < ASK_RUNS; i++) {
            long s = System.nanoTime();
            boolean ok = ask.call();
            if (i >= 0) {
                t[i] = ok ? (System.nanoTime() - s) / 1e6 : Double.POSITIVE_INFINITY;
            }
        }
        Arrays.sort(t);
        return t;
    }

    /**
     * Virtuoso beside resgraph on the quads of resgraph's database (the load adds the series and their
     * steps to the extracted quads, so only these give both stores the same data): its bulk load, then
     * every example query over HTTP on both, answers compared before any time is set beside the other.
     * Virtuoso's default graph is made the union of the named graphs, each triple once, as resgraph's is
     * (see {@link Virtuoso}). Queries of jena-text have no counterpart there.
     */
    private void virtuoso(Path db) throws Exception {
        List<String> missing = Virtuoso.missing();
        if (!missing.isEmpty()) {
            row("Virtuoso", "not installed", String.join(" and ", missing) + " not found", "", "**not measured**");
            notes.add("Virtuoso was left out: " + String.join(" and ", missing) + " is not on the PATH (the launcher installs "
                    + "virtuoso-opensource-7-bin: `./resgraph bench` does, or `apt-get install virtuoso-opensource-7-bin`).");
            return;
        }
        Path dir = fresh(work.resolve("virtuoso"));
        Path input = Files.createDirectories(dir.resolve("quads"));
        int loaders = Runtime.getRuntime().availableProcessors();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 2 * loaders; i++) {
            files.add(input.resolve(String.format(Locale.ROOT, "part-%02d.nq", i)));
        }
        say("writing the quads of " + db + " into " + input + " ...");
        long quads = writeDatabase(db, files);
        say("starting Virtuoso in " + dir + " ...");
        long started = System.nanoTime();
        try (Virtuoso v = new Virtuoso(dir, input, freePort(), freePort())) {
            virtuoso(v, input, quads, loaders);
        } catch (IllegalStateException | IOException e) {
            row("Virtuoso", "failed (see below)", "", "", "**not measured**");
            notes.add("Virtuoso failed: " + e.getMessage());
        }
        say(String.format(Locale.ROOT, "Virtuoso started, loaded, queried and stopped in %.0f s", (System.nanoTime() - started) / 1e9));
    }

    private void virtuoso(Virtuoso v, Path input, long quads, int loaders) throws Exception {
        Duration limit = Duration.ofSeconds(smoke ? 300 : 6 * 3600);
        double load = v.load(input, loaders, limit);
        long loaded = v.quads();
        double rate = quads / load;
        row("Virtuoso bulk load (ld_dir, rdf_loader_run() on " + loaders + " connections, checkpoint)",
                String.format(Locale.ROOT, "%.0f quads/s", rate),
                seconds(load) + String.format(Locale.ROOT, ", the %,d quads of resgraph's database", quads),
                "resgraph's load " + ratio(loadRate / rate) + " of it", "");
        rows.add(loadRowsEnd, rows.remove(rows.size() - 1));   // beside the other loads
        if (v.reloads() > 0) {
            notes.add("Virtuoso's loaders deadlocked on a file (error 40001), which was then loaded again by one loader"
                    + (v.reloads() > 1 ? " (" + v.reloads() + " times)" : "") + "; its bulk-load time includes that.");
        }
        if (loaded != quads) {
            notes.add(String.format(Locale.ROOT, "Virtuoso holds %,d quads of the %,d it was given.", loaded, quads));
        }
        double[] union = v.union(limit);
        notes.add(String.format(Locale.ROOT, "%s: the union of the named graphs (each triple once, %,.0f triples) made as one more "
                + "graph in %.1f s, after the load; Virtuoso's default graph in every query, and out of GRAPH ?g.", v.version(), union[1], union[0]));
        compareWithVirtuoso(v);
    }

    private void compareWithVirtuoso(Virtuoso v) throws Exception {
        Map<String, String> all = exampleQueries(), runnable = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, Answers.Verdict> verdicts = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : all.entrySet()) {
            if (q.getValue().contains("jena.apache.org/text#")) {
                continue;
            }
            try {
                HttpResponse<String> r = v.query(q.getValue());
                Optional<String> failure = Virtuoso.failure(r);
                if (failure.isPresent()) {
                    failed.put(q.getKey(), failure.get());
                } else if (ourAnswers.get(q.getKey()) != null) {
                    verdicts.put(q.getKey(), Answers.compare(q.getValue(), ourAnswers.get(q.getKey()), r.body(), "Virtuoso"));
                    runnable.put(q.getKey(), q.getValue());
                }
            } catch (HttpTimeoutException e) {
                failed.put(q.getKey(), "did not answer within " + (Virtuoso.QUERY_SECONDS + 30) + " s");
            }
        }
        Map<String, double[]> theirs = time("Virtuoso", runnable, query -> Virtuoso.failure(v.query(query)).orElse(null));
        double[] ask;
        try (KeptAlive client = new KeptAlive(v.endpoint())) {
            ask = timeAsk(() -> answersTrue(client.get(v.endpoint().getRawPath() + "?" + v.parameters("ASK {}"))));
        }
        double[] askJdk = timeAsk(() -> Virtuoso.failure(v.query("ASK {}")).isEmpty());
        double askP50 = percentile(ourAsk, 50);
        row("ASK {} over HTTP (GET, one kept-alive connection)", figure(ourAsk), "Virtuoso " + figure(ask),
                ratio(askP50 / percentile(ask, 50)) + " of Virtuoso's p50", target("p50 ≤ 2 ms", askP50 <= 2));
        notes.add("ASK {} is timed by GET over one kept-alive loopback connection (TCP_NODELAY, one segment per request; the bench's "
                + "KeptAlive), the same client for both servers; Virtuoso 7.2 answers an ASK sent by GET as a table of one row, "
                + "__ASK_RETVAL = 1, taken as true.");
        row("ASK {} over HTTP through the JDK's HttpClient (POST)", figure(ourAskJdk), "Virtuoso " + figure(askJdk),
                ratio(percentile(ourAskJdk, 50) / percentile(askJdk, 50)) + " of Virtuoso's p50", "");
        int same = 0, text = 0;
        boolean fast = true;
        for (Map.Entry<String, String> q : all.entrySet()) {
            String name = q.getKey(), ours = figure(ourTimes.getOrDefault(name, new double[] {Double.POSITIVE_INFINITY}));
            Answers.Verdict verdict = verdicts.get(name);
            if (q.getValue().contains("jena.apache.org/text#")) {
                text++;
                row("beside Virtuoso: " + name, ours, "Virtuoso n/a (jena-text)", "", "");
            } else if (failed.containsKey(name)) {
                row("beside Virtuoso: " + name, ours, "Virtuoso " + failed.get(name), "", "");
            } else if (verdict == null) {
                row("beside Virtuoso: " + name, ours, "resgraph gave no answer to compare", "", "");
            } else if (!verdict.same()) {
                row("beside Virtuoso: " + name, ours, "Virtuoso " + figure(theirs.get(name)) + "; **different answers** (see below)", "", "");
                notes.add(name + " differs between resgraph and Virtuoso: " + verdict.how().replace("|", "\\|") + ".");
            } else {
                same++;
                double mine = percentile(ourTimes.get(name), 50), other = percentile(theirs.get(name), 50);
                boolean met = Double.isFinite(mine) && (Double.isInfinite(other) || (other < 10 ? mine <= 20 : mine <= 2 * other));
                fast &= met;
                row("beside Virtuoso: " + name, ours, "Virtuoso " + figure(theirs.get(name)) + "; " + verdict.how(),
                        Double.isFinite(mine) && Double.isFinite(other) ? ratio(mine / other) + " of Virtuoso's p50" : "",
                        target("≤ 2× Virtuoso's p50 (≤ 20 ms where Virtuoso's is below 10 ms)", met));
            }
        }
        row("answers the same as Virtuoso's", same + " of " + (all.size() - text) + " example queries",
                text + " n/a (jena-text), " + failed.size() + " not answered by Virtuoso, " + (verdicts.size() - same) + " different", "", "");
        row("no query slower than Virtuoso by more than 2× (20 ms where Virtuoso takes under 10 ms)", "", "", "",
                target("on every query with the same answers", fast));
    }

    /**
     * Every quad of the database as N-Quads, spread over {@code files} by graph, so that each file can be
     * loaded on its own; returns the number of quads. A loader reads a blank node label as local to its
     * file, so a blank node in two graphs written to two files would become two: a note says if the
     * database has any (resgraph's have none).
     */
    private long writeDatabase(Path db, List<Path> files) throws IOException {
        org.apache.jena.query.Dataset ds = Store.open(db);
        List<OutputStream> outs = new ArrayList<>();
        List<StreamRDF> streams = new ArrayList<>();
        try {
            for (Path f : files) {
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20);
                outs.add(out);
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
                stream.start();
                streams.add(stream);
            }
            long[] n = new long[2];
            org.apache.jena.system.Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
                streams.get(Math.floorMod(q.getGraph().hashCode(), streams.size())).quad(q);
                n[0]++;
                if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                    n[1]++;
                }
            }));
            if (n[1] > 0 && files.size() > 1) {
                notes.add(String.format(Locale.ROOT, "%,d quads have a blank node, and the quads were written to %d files by graph: "
                        + "a blank node in graphs of two files became two nodes in the peer.", n[1], files.size()));
            }
            return n[0];
        } finally {
            streams.forEach(StreamRDF::finish);
            for (OutputStream out : outs) {
                out.close();
            }
            Store.release(ds, db);
        }
    }

    private Process serve(Path db, int port, String log) throws IOException {
        return new ProcessBuilder(home.resolve("resgraph").toString(), "serve", "--db", db.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile()).start();
    }

    private static void stop(Process serve) throws InterruptedException {
        serve.descendants().forEach(ProcessHandle::destroy);
        serve.destroy();
        if (!serve.waitFor(30, TimeUnit.SECONDS)) {
            serve.destroyForcibly();
        }
    }

    /** One run of a query: null when it answered, else what went wrong. */
    private interface Run {
        String run(String query) throws Exception;
    }

    /** Every example query over HTTP (see {@link #time}). */
    private Map<String, double[]> timeQueries(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String endpoint = "http://localhost:" + port + "/resgraph/sparql";
        return time("resgraph", query -> {
            HttpResponse<String> r = post(http, endpoint, query);
            return r.statusCode() == 200 ? null : "answered " + r.statusCode() + " (the server's query timeout is 30 s)";
        });
    }

    /**
     * Every example query in this process on the database, results written as SPARQL JSON as the server
     * and Oxigraph do: the like-for-like comparison with Oxigraph, which runs in its own process too.
     */
    private Map<String, double[]> timeInProcess(Path db) throws Exception {
        org.apache.jena.query.Dataset ds = Store.open(db);
        try {
            return time("resgraph in process", query -> org.apache.jena.system.Txn.calculateRead(ds, () -> {
                try (org.apache.jena.query.QueryExecution e = org.apache.jena.query.QueryExecution.dataset(ds).query(query)
                        .timeout(PEER_LIMIT, TimeUnit.SECONDS).build()) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    org.apache.jena.query.ResultSetFormatter.outputAsJSON(out, e.execSelect());
                    return null;
                } catch (org.apache.jena.query.QueryCancelledException e) {
                    return "stopped after " + PEER_LIMIT + " s";
                }
            }));
        } finally {
            Store.release(ds, db);
        }
    }

    /**
     * Times every example query: first a warm-up over all of them, round after round, for {@code warmup}
     * rounds and at least {@link #WARM_SECONDS} seconds (what a server answering all day has had), then
     * {@code runs} timed runs of each; a query that takes over a second twice in warm-up (the first run
     * may only have met a cold cache), or once after, is timed once, warm. Times in ms, sorted; a query
     * that failed is one infinite time, and a note says why.
     */
    private Map<String, double[]> time(String who, Run run) throws Exception {
        return time(who, exampleQueries(), run);
    }

    private Map<String, double[]> time(String who, Map<String, String> queries, Run run) throws Exception {
        Map<String, Double> once = new LinkedHashMap<>(), slowOnce = new LinkedHashMap<>();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(smoke ? 0 : WARM_SECONDS);
        for (int round = 0; round < warmup || System.nanoTime() < warmUntil; round++) {
            if (once.size() == queries.size()) {
                break;
            }
            for (Map.Entry<String, String> q : queries.entrySet()) {
                if (!once.containsKey(q.getKey())) {
                    double ms = runOnce(who, q, run);
                    // a first run can be slow for a cold cache alone: over a second twice (or failed) is slow,
                    // and the later, warm run is its time
                    if (Double.isInfinite(ms) || ms > 1000 && slowOnce.put(q.getKey(), ms) != null) {
                        once.put(q.getKey(), ms);
                    }
                }
            }
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            if (once.containsKey(q.getKey())) {
                times.put(q.getKey(), new double[] {once.get(q.getKey())});
                continue;
            }
            List<Double> t = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                double ms = runOnce(who, q, run);
                t.add(ms);
                if (ms > 1000) {
                    t = List.of(ms);
                    break;
                }
            }
            times.put(q.getKey(), t.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        }
        return times;
    }

    /** ms of one run, or infinity when it failed (noted once). */
    private double runOnce(String who, Map.Entry<String, String> q, Run run) throws Exception {
        long s = System.nanoTime();
        String failure = run.run(q.getValue());
        double ms = (System.nanoTime() - s) / 1e6;
        if (failure != null) {
            String note = q.getKey() + " on " + who + " " + failure + " after " + Math.round(ms) + " ms";
            if (notes.stream().noneMatch(n -> n.startsWith(q.getKey() + " on " + who + " "))) {
                notes.add(note);
            }
            return Double.POSITIVE_INFINITY;
        }
        return ms;
    }

    private String figure(double[] times) {
        double p50 = percentile(times, 50), p99 = percentile(times, 99);
        return Double.isInfinite(p50) ? "stopped (timeout)" : times.length == 1 && runs > 1
                ? String.format(Locale.ROOT, "%.0f ms (once: over 1 s)", p50) : String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", p50, p99);
    }

    private void startAndStop(Path db) throws Exception {
        int port = freePort();
        Process serve = new ProcessBuilder(home.resolve("resgraph").toString(), "serve", "--db", db.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("serve-first.log").toFile()).start();
        firstAnswer(serve, port, System.nanoTime(), 300);
        serve.destroy();
        serve.waitFor(60, TimeUnit.SECONDS);
    }

    private void demoStartup() throws Exception {
        Path demoHome = fresh(work.resolve("demo-home"));
        Files.createSymbolicLink(demoHome.resolve("corpus"), home.resolve("corpus"));
        int port = freePort();
        long started = System.nanoTime();
        Process serve = new ProcessBuilder(java, PROVIDER, "--enable-native-access=ALL-UNNAMED", "-Dresgraph.home=" + demoHome, "-jar",
                home.resolve("target/resgraph.jar").toString(), "serve", "--demo", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("serve-demo.log").toFile()).start();
        try {
            double t = firstAnswer(serve, port, started, 600);
            row("serve --demo from nothing (builds the sample's database)", seconds(t), "", "", "");
        } finally {
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Seconds from {@code started} until the server on {@code port} answers a query; -1 if it stops or the time runs out. */
    private static double firstAnswer(Process serve, int port, long started, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(seconds) && serve.isAlive()) {
            try {
                if (post(http, "http://localhost:" + port + "/resgraph/sparql", "ASK {}").statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        return -1;
    }

    /**
     * Runs the example queries on Oxigraph (npm package, in process of node) over the same quads; times in
     * ms, sorted. A query that runs longer than {@link #PEER_LIMIT} seconds is stopped (node with it) and
     * reported so; node starts again, without it, for the rest.
     */
    private Map<String, double[]> oxigraph(Path nq, Map<String, String> files) throws Exception {
        Path dir = work.resolve("oxigraph");
        Files.createDirectories(dir);
        Path script = dir.resolve("bench.mjs");
        try (var in = Bench.class.getResourceAsStream("/bench/oxigraph-bench.mjs")) {
            Files.write(script, in.readAllBytes());
        }
        if (!Files.exists(dir.resolve("node_modules/oxigraph"))) {
            say("installing oxigraph from npm into " + dir + " ...");
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "oxigraph@" + OXIGRAPH)
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("npm install oxigraph failed:\n" + out);
            }
        }
        JsonObject queries = new JsonObject();
        files.forEach(queries::put);
        Path queryFile = Files.writeString(dir.resolve("queries.json"), JSON.toString(queries));
        Map<String, double[]> times = new LinkedHashMap<>();
        org.apache.jena.atlas.json.JsonArray skip = new org.apache.jena.atlas.json.JsonArray();
        while (true) {
            Path skipFile = Files.writeString(dir.resolve("skip.json"), JSON.toString(skip));
            Process p = new ProcessBuilder("node", "--max-old-space-size=16000", script.toString(), nq.toString(), queryFile.toString(),
                    Integer.toString(warmup), Integer.toString(runs), skipFile.toString()).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // node stopped
                }
                lines.add("{\"ended\": true}");
            });
            reader.setDaemon(true);
            reader.start();
            String running = null;
            boolean finished = false;
            while (!finished) {
                String line = lines.poll(running == null ? 3600 : PEER_LIMIT, TimeUnit.SECONDS);
                if (line == null) {
                    // the query running has run too long: stop it, record it, start again without it
                    p.destroyForcibly().waitFor();
                    times.put(running, new double[] {Double.POSITIVE_INFINITY});
                    skip.add(running);
                    break;
                }
                JsonObject o = JSON.parse(line);
                if (o.hasKey("loadSeconds") && !notes.stream().anyMatch(n -> n.startsWith("Oxigraph"))) {
                    notes.add(String.format(Locale.ROOT, "Oxigraph %s loaded the same N-Quads in memory in %.1f s.", OXIGRAPH,
                            o.get("loadSeconds").getAsNumber().value().doubleValue()));
                } else if (o.hasKey("started")) {
                    running = o.get("query").getAsString().value();
                } else if (o.hasKey("times")) {
                    String name = o.get("query").getAsString().value();
                    times.put(name, o.get("times").getAsArray().stream().mapToDouble(x -> x.getAsNumber().value().doubleValue()).sorted().toArray());
                    skip.add(name);
                    running = null;
                } else if (o.hasKey("error")) {
                    String name = o.get("query").getAsString().value();
                    notes.add("Oxigraph could not run " + name + ": " + o.get("error").getAsString().value());
                    skip.add(name);
                    // its WebAssembly memory may be spent: start again, without this query, on a fresh store
                    p.destroyForcibly().waitFor();
                    break;
                } else if (o.hasKey("done")) {
                    finished = true;
                } else if (o.hasKey("ended")) {
                    // node stopped without saying it was done: it failed (its error went to the console)
                    peerFailure = "node exited with " + p.waitFor() + (running == null ? " while loading the data" : " while running " + running);
                    return times;
                }
            }
            if (finished) {
                p.waitFor(60, TimeUnit.SECONDS);
                return times;
            }
        }
    }

    private Map<String, String> exampleQueries() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(home.resolve("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static HttpResponse<String> post(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads every file and decodes it as UTF-8: what any extractor must do at least. */
    private static void readAndDecode(List<Path> files) {
        long chars = 0;
        for (Path f : files) {
            try {
                chars += new String(Files.readAllBytes(f), StandardCharsets.UTF_8).length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (chars < 0) {
            throw new IllegalStateException();
        }
    }

    /** Extracts the first {@code n} inputs on {@code threads} threads, each with its own extraction, discarding the graphs. */
    private static long extract(List<Inputs.Input> inputs, int threads, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<Extraction> workers = ThreadLocal.withInitial(() -> new Extraction(BASE, null));
        AtomicLong triples = new AtomicLong();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Inputs.Input in : inputs.subList(0, n)) {
                all.add(pool.submit(() -> {
                    try {
                        triples.addAndGet(workers.get().extract(in).graph().size());
                    } catch (Exception e) {
                        // a document the extractor refuses counts as done: the benchmark measures throughput
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();   // the tasks keep nothing, so all may be queued at once
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return triples.get();
    }

    /** The extracted quads of every document, and the reference graphs a load adds, as one N-Quads file. */
    private static long writeNQuads(List<Inputs.Input> inputs, Path nq, int threads) throws Exception {
        AtomicLong count = new AtomicLong();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            stream.start();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ThreadLocal<Extraction> workers = ThreadLocal.withInitial(() -> new Extraction(BASE, null));
            // in windows, so that only a few hundred documents' graphs are held at once
            for (int from = 0; from < inputs.size(); from += 256) {
                List<Future<ResolutionMapper.DocumentGraph>> window = new ArrayList<>();
                for (Inputs.Input in : inputs.subList(from, Math.min(inputs.size(), from + 256))) {
                    window.add(pool.submit(() -> {
                        try {
                            return workers.get().extract(in);
                        } catch (Exception e) {
                            return null;
                        }
                    }));
                }
                for (Future<ResolutionMapper.DocumentGraph> f : window) {
                    ResolutionMapper.DocumentGraph g = f.get();
                    if (g != null) {
                        Node name = NodeFactory.createURI(g.name());
                        g.graph().find().forEachRemaining(t -> {
                            stream.quad(Quad.create(name, t));
                            count.incrementAndGet();
                        });
                    }
                }
            }
            pool.shutdown();
            for (Map.Entry<String, Graph> e : Map.of("graph/ontology", Ontology.standard().graph(), "graph/reference",
                    Gazetteer.standard().graph(), "graph/unbis", Thesaurus.standard().graph()).entrySet()) {
                Node name = NodeFactory.createURI(BASE + e.getKey());
                e.getValue().find().forEachRemaining(t -> {
                    stream.quad(Quad.create(name, t));
                    count.incrementAndGet();
                });
            }
            stream.finish();
        }
        return count.get();
    }

    /** A child process run to its end: wall time, peak resident memory, exit status. */
    private record Measured(double seconds, long peakRss, int exit) {}

    private Measured measure(String name, List<String> command, Map<String, String> environment) throws Exception {
        say(environment + " " + String.join(" ", command));
        long started = System.nanoTime();
        Path log = work.resolve(name + ".log");
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().putAll(environment);
        Process p = b.start();
        long peak = 0;
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(p.pid()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (p.exitValue() != 0) {
            notes.add("`" + String.join(" ", command) + "` exited with " + p.exitValue() + ": see " + log);
        }
        return new Measured(seconds, peak, p.exitValue());
    }

    /** The peak resident set of a live process (VmHWM), in bytes; 0 once it is gone. */
    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process has ended, or this is not Linux
        }
        return 0;
    }

    private void write(double mb, int documents, long quads) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Produced by `./resgraph bench").append(docs == 10000 ? "" : " --docs " + docs).append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(Runtime.version().feature())
                .append(", ").append(documents).append(" documents generated from the sample corpus (")
                .append(String.format(Locale.ROOT, "%.1f MB, %,d quads extracted", mb, quads)).append("), seed ").append(seed)
                .append(". Every baseline is measured in the same run. Queries: ").append(runs).append(" timed runs of each after a warm-up of ")
                .append(warmup).append(" rounds (and at least ").append(smoke ? 0 : WARM_SECONDS).append(" s) over all of them; a query over 1 s in two warm-up runs is timed once, on the second. ")
                .append("Over HTTP for resgraph's rows. Beside Virtuoso, both over HTTP on the quads of resgraph's database, and a ratio only where ")
                .append("the answers are the same (rows as multisets, values normalised)")
                .append(peers.contains("oxigraph") ? "; beside Oxigraph, which runs in its own process (node), resgraph is also timed in process, "
                        + "results written as SPARQL JSON by both, and the ratio is of those two" : "")
                .append(".\n\n");
        md.append("| measure | figure | also | against the baseline | target |\n|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n");
            for (String n : notes) {
                md.append("- ").append(n).append("\n");
            }
        }
        md.append("\n").append(noStreaming ? previousSection() : section()).append("\n");
        Path notesFile = home.resolve("bench/NOTES.md");
        if (Files.exists(notesFile)) {
            md.append("\n").append(Files.readString(notesFile, StandardCharsets.UTF_8));
        }
        Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(md);
        say("written to " + report);
    }

    private void row(String measure, String figure, String also, String against, String target) {
        table.add(new String[] {measure, figure, also, against, target});
        System.err.printf(Locale.ROOT, "%-60s %-28s %-36s %-22s %s%n", measure, figure, also, against, target);
    }

    private static String target(String what, boolean met) {
        return (met ? "met: " : "**missed**: ") + what;
    }

    private static double timed(Runnable r) {
        long s = System.nanoTime();
        r.run();
        return (System.nanoTime() - s) / 1e9;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String mbps(double mb, double s) {
        return String.format(Locale.ROOT, "%.1f MB/s", mb / s);
    }

    private static String docsps(int n, double s) {
        return String.format(Locale.ROOT, "%.0f documents/s", n / s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String seconds(double s) {
        return s < 0 ? "did not answer" : String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    private static void say(String s) {
        System.err.println("bench: " + s);
    }
}
