package org.w3id.resgraph.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Virtuoso Open Source 7 ({@code virtuoso-t}, {@code isql-vt}; Debian's virtuoso-opensource-7-bin) as a
 * peer of the benchmark: a server of its own in a folder of the work folder, from a private ini, on two
 * free loopback ports (SQL for isql, HTTP for /sparql), stopped by its process id when closed (or when
 * this JVM exits first).
 *
 * <p>resgraph's default graph is the union of its named graphs, each triple once; Virtuoso's is every
 * graph's triples side by side, duplicates kept. So the union is made in Virtuoso as one more graph,
 * {@link #UNION}, and every query is sent with it as its default graph ({@code default-graph-uri}).
 * A query that ranges over named graphs (GRAPH ?g) must not see that graph among them: it starts with
 * {@code define input:named-graph-exclude <union>} and gets as its default graph {@link #DEFAULT}, a
 * graph group whose only member is the union graph, because Virtuoso's exclusion of a named graph also
 * takes that graph out of the default graph (the default graph is then empty), but leaves a group's
 * members alone. Only those queries take this way round: through the group, Virtuoso plans some
 * queries worse (query 11: 99 ms against 10 ms on 600 documents), and without the exclusion query 13
 * runs past its 120 s. The graphs Virtuoso holds of its own (its metadata: virtrdf:, ldp:, ~2,500
 * quads) stay among the named graphs: excluding a second graph makes Virtuoso 7.2.5 get FILTER NOT
 * EXISTS { GRAPH ?g … } wrong (query 13 gives 24,416 rows on the smoke corpus where it gives none with
 * one exclusion, as resgraph does), and no example query's pattern matches their terms.
 */
public final class Virtuoso implements AutoCloseable {
    static final String UNION = "http://resgraph.bench/union";
    static final String DEFAULT = "http://resgraph.bench/default";
    /** Graph name for a triple of a file without one (N-Quads always name theirs but for the default graph). */
    private static final String FALLBACK = "http://resgraph.bench/fallback";
    /** Seconds a query may run in Virtuoso (MaxQueryExecutionTime); beyond, it answers what it has so far. */
    static final int QUERY_SECONDS = 120;
    /** Rows the endpoint returns at most (ResultSetMaxRows): an answer of that many rows may have been cut. */
    static final int MAX_ROWS = 1_000_000;

    private final Path dir;
    private final int sqlPort;
    private final Process process;
    private final Thread hook;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;
    private String version = "7";
    /** How many times files a loader deadlocked on were loaded again. */
    private int deadlocked;
    /** The graphs Virtuoso held before anything was loaded: its own, not resgraph's. */
    private List<String> own = List.of();
    private static final Pattern GRAPH_VARIABLE = Pattern.compile("(?i)\\bGRAPH\\s+[?$]");
    private final Map<String, Boolean> rangesOverGraphs = new ConcurrentHashMap<>();

    /** What is missing to run Virtuoso here: the programs of virtuoso-opensource-7-bin not on PATH. */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String program : List.of("virtuoso-t", "isql-vt")) {
            boolean found = false;
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                found |= !d.isEmpty() && Files.isExecutable(Path.of(d, program));
            }
            if (!found) {
                missing.add(program);
            }
        }
        return missing;
    }

    /**
     * Starts a fresh Virtuoso in {@code dir} (its database, ini and logs), allowed to read the files of
     * {@code input}, and waits until its SPARQL endpoint answers.
     */
    Virtuoso(Path dir, Path input, int sqlPort, int httpPort) throws IOException, InterruptedException {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.endpoint = "http://127.0.0.1:" + httpPort + "/sparql";
        Files.createDirectories(dir.resolve("www"));
        Path ini = Files.writeString(dir.resolve("v.ini"), ini(dir, input, sqlPort, httpPort));
        process = new ProcessBuilder("virtuoso-t", "+foreground", "+configfile", ini.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("virtuoso.out").toFile()).start();
        hook = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            awaitAnswer();
            own = graphs();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("virtuoso-t stopped as it started; see " + dir.resolve("virtuoso.out"));
            }
            try {
                HttpResponse<String> r = query("ASK {}");
                if (r.statusCode() == 200) {
                    version = r.headers().firstValue("Server").map(s -> s.replaceAll("\\s.*", "")).orElse(version);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Virtuoso did not answer within 120 s; see " + dir.resolve("virtuoso.out"));
            }
            Thread.sleep(200);
        }
    }

    /**
     * The server's settings: buffers for ~2 GiB of pages (a quarter of the memory on a smaller machine),
     * large answers, no cost estimate refusing a query before it runs, {@link #QUERY_SECONDS} per query,
     * no checkpoints but those asked for, loopback only.
     */
    private static String ini(Path dir, Path input, int sqlPort, int httpPort) {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        long buffers = Math.min(2L << 30, memory / 4) / 8192;   // pages of 8 KiB
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                ServerThreads = 20
                CheckpointInterval = 0
                NumberOfBuffers = %4$d
                MaxDirtyBuffers = %5$d
                DirsAllowed = ., %1$s, %6$s

                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s/www
                ServerThreads = 10
                MaxClientConnections = 10
                EnabledDavVSP = 0

                [SPARQL]
                ResultSetMaxRows = %7$d
                MaxQueryCostEstimationTime = -1
                MaxQueryExecutionTime = %8$d
                """.formatted(dir, sqlPort, httpPort, buffers, buffers * 3 / 4, input, MAX_ROWS, QUERY_SECONDS);
    }

    /** Virtuoso's version, as its HTTP server names itself (e.g. Virtuoso/07.20.3229). */
    String version() {
        return version;
    }

    /**
     * Bulk-loads every *.nq file of {@code input} as Virtuoso's documentation says: {@code ld_dir}, then
     * {@code rdf_loader_run()} on {@code loaders} connections at once (each takes the next file not yet
     * loaded), then a checkpoint. Returns the seconds from the first to the last; fails if a file failed.
     */
    double load(Path input, int loaders, Duration limit) throws IOException, InterruptedException {
        long started = System.nanoTime();
        isql("ld-dir", "ld_dir('" + input + "', '*.nq', '" + FALLBACK + "');", limit);
        List<Process> running = new ArrayList<>();
        Path script = Files.writeString(dir.resolve("loader.sql"), "rdf_loader_run();\n");
        for (int i = 0; i < loaders; i++) {
            running.add(new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", script.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("loader-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < loaders; i++) {
            long left = limit.toNanos() - (System.nanoTime() - started);
            if (!running.get(i).waitFor(Math.max(1, left), TimeUnit.NANOSECONDS)) {
                running.forEach(Process::destroyForcibly);
                throw new IllegalStateException("Virtuoso's bulk load ran past " + limit.toSeconds() + " s");
            }
            failIfError(dir.resolve("loader-" + i + ".log"));
        }
        // Loaders side by side now and then deadlock on a file (error 40001), which is then left unloaded: as
        // Virtuoso's documentation advises, such files are set back to be loaded again (a quad inserted twice
        // is one), by one loader, at most three times
        for (int attempt = 0; attempt < 3; attempt++) {
            String again = isql("reload-" + attempt, "update DB.DBA.LOAD_LIST set ll_state = 0, ll_error = NULL where ll_error like '%40001%';\n"
                    + "select 'again=' || cast(count(*) as varchar) from DB.DBA.LOAD_LIST where ll_state = 0;", limit);
            if (again.contains("again=0")) {
                break;
            }
            deadlocked++;
            isql("reload-run-" + attempt, "rdf_loader_run();", limit);
        }
        String out = isql("checkpoint", "checkpoint;\nselect 'failed=' || cast(count(*) as varchar) from DB.DBA.LOAD_LIST where ll_error is not null or ll_state <> 2;\n"
                + "select 'error ' || ll_file || ': ' || ll_error from DB.DBA.LOAD_LIST where ll_error is not null;", limit);
        if (!out.contains("failed=0")) {
            throw new IllegalStateException("Virtuoso could not load every file; see " + dir.resolve("checkpoint.log"));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The quads of the loaded graphs (neither Virtuoso's own nor the union), counted by Virtuoso. */
    long quads() throws IOException, InterruptedException {
        return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + notOwn() + " }");
    }

    /**
     * Makes {@link #UNION}, each triple of the loaded graphs once (a graph holds a triple once, so
     * inserting every graph's triples into one leaves each distinct triple once), and {@link #DEFAULT},
     * the group that names it; returns the seconds it took and the triples it holds.
     */
    double[] union(Duration limit) throws IOException, InterruptedException {
        long started = System.nanoTime();
        isql("union", "log_enable(2, 1);\nSPARQL INSERT INTO <" + UNION + "> { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } " + notOwn() + " };\n"
                + "DB.DBA.RDF_GRAPH_GROUP_CREATE('" + DEFAULT + "', 1);\nDB.DBA.RDF_GRAPH_GROUP_INS('" + DEFAULT + "', '" + UNION + "');\ncheckpoint;", limit);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new double[] {seconds, count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")};
    }

    private String notOwn() {
        return own.isEmpty() ? "" : "FILTER(?g NOT IN (" + own.stream().map(g -> "<" + g + ">").collect(Collectors.joining(", ")) + "))";
    }

    /** The graphs Virtuoso holds. */
    private List<String> graphs() throws IOException, InterruptedException {
        HttpResponse<String> r = query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        List<String> out = new ArrayList<>();
        for (JsonValue b : JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray()) {
            out.add(b.getAsObject().get("g").getAsObject().get("value").getAsString().value());
        }
        return out;
    }

    private long count(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = query(query);
        JsonValue n = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject().get("n");
        return Long.parseLong(n.getAsObject().get("value").getAsString().value());
    }

    /**
     * A query on the SPARQL endpoint, the answer as SPARQL JSON: the default graph is the union of the
     * loaded graphs, the named graphs are those graphs (see the class comment).
     */
    HttpResponse<String> query(String query) throws IOException, InterruptedException {
        String form = parameters(query);
        return http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(QUERY_SECONDS + 30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The endpoint's parameters for a query, form-encoded: the query and its default graph (see the class comment). */
    String parameters(String query) {
        boolean named = rangesOverGraphs.computeIfAbsent(query, Virtuoso::rangesOverGraphs);
        String text = named ? "define input:named-graph-exclude <" + UNION + ">\n" + query : query;
        return "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&default-graph-uri="
                + URLEncoder.encode(named ? DEFAULT : UNION, StandardCharsets.UTF_8);
    }

    /** The SPARQL endpoint. */
    URI endpoint() {
        return URI.create(endpoint);
    }

    /** Whether a query has GRAPH with a variable (comments aside); one that does not parse here is taken to. */
    static boolean rangesOverGraphs(String query) {
        try {
            return GRAPH_VARIABLE.matcher(QueryFactory.create(query).toString()).find();
        } catch (QueryParseException e) {
            return true;
        }
    }

    /**
     * Why an answer is not a whole answer, or empty if it is: an error status, or Virtuoso's "anytime"
     * answer (what it found before {@link #QUERY_SECONDS} ran out, flagged by an X-SQL-State header).
     */
    static Optional<String> failure(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            String first = r.body().strip().lines().findFirst().orElse("");
            return Optional.of("answered " + r.statusCode() + (first.isEmpty() ? "" : " (" + first.substring(0, Math.min(160, first.length())) + ")"));
        }
        Optional<String> state = r.headers().firstValue("X-SQL-State");
        if (state.isPresent()) {
            return Optional.of(state.get().equals("S1TAT") ? "did not finish within " + QUERY_SECONDS + " s (answered in part)"
                    : "answered in part (" + state.get() + " " + r.headers().firstValue("X-SQL-Message").orElse("") + ")");
        }
        return Optional.empty();
    }

    /** How many times {@link #load} loaded again the files a loader had deadlocked on (0 when none did). */
    int reloads() {
        return deadlocked;
    }

    /** Runs SQL with isql-vt, its output in {@code name}.log; fails on an error or past the limit. */
    private String isql(String name, String sql, Duration limit) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve(name + ".sql"), sql + "\n");
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", script.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("isql-vt " + script + " ran past " + limit.toSeconds() + " s");
        }
        failIfError(log);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void failIfError(Path log) throws IOException {
        Optional<String> error = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("*** Error")).findFirst();
        if (error.isPresent()) {
            throw new IllegalStateException("isql-vt: " + error.get().strip() + " (see " + log + ")");
        }
    }

    /** Stops the server by its process id: asked first, then forced. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs anyway, on a process already stopped
        }
    }
}
