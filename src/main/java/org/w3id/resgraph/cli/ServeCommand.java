package org.w3id.resgraph.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.pipeline.Version;
import org.w3id.resgraph.serve.Server;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;

/** {@code resgraph serve}: a SPARQL server over a database, or over the sample corpus with {@code --demo}. */
final class ServeCommand implements Command {
    private static final String EXAMPLE = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?cited WHERE { ?r dcterms:identifier "A/RES/59/249" ; rg:recalls ?c . ?c dcterms:identifier ?cited }""";

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Serve a database over SPARQL (Fuseki) on localhost; --demo builds one from the sample corpus first";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String help() {
        return """
                Queries go to http://localhost:PORT/resgraph/sparql, the graphs are read at /resgraph/get; the
                default graph is the union of all graphs. Nothing can be written through the server, a query
                is stopped after --timeout seconds, and SERVICE calls to other hosts are refused. The server
                listens on localhost only unless --listen-all is given. Ctrl-C stops it.

                The same server answers for the data's IRIs at its root (--base, the base the database was
                loaded with, stands for http://localhost:PORT/): /id/... answers 303 to /doc/..., which
                negotiates Turtle, JSON-LD, RDF/XML, N-Triples or an HTML page; / is a home page with search;
                /.well-known/void describes the dataset and /dumps/resgraph.nq.gz is all of it. /query is a
                query editor over the endpoint, offering the example queries (/queries/, as JSON); a query
                may ask for a shorter timeout than --timeout with the parameter timeout=SECONDS, not a longer.

                --releases DIR serves the newest release of a folder `resgraph release` writes: its database,
                the list of releases at /releases (a page, or VoID and DCAT), each release's files at
                /releases/N/..., and an Atom feed of what each changed at /changes. A newer release is
                served as soon as it appears; queries running on the one before end on it.

                --demo builds a database from the sample corpus shipped with resgraph (corpus/) in
                target/demo-db, or reuses it when it is up to date, and serves it.

                Examples:
                  resgraph serve --demo
                  resgraph serve --db db --port 3031
                  resgraph serve --releases releases
                  resgraph serve --config fuseki-config/config.ttl
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(Option.builder().longOpt("releases").hasArg().argName("DIR")
                .desc("serve the newest release of a folder that resgraph release writes, and switch to each newer one as it appears").build());
        o.addOption(Option.builder().longOpt("demo").desc("serve the sample corpus (built into target/demo-db when needed)").build());
        o.addOption(Option.builder().longOpt("port").hasArg().argName("N").desc("port to listen on (default 3030; 0 for any free one)").build());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("S").desc("seconds a query may run, the most a request's own timeout may ask for (default 30)").build());
        o.addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
                .desc("a Fuseki configuration (assembler) file to serve instead, e.g. fuseki-config/config.ttl").build());
        o.addOption(OptionValues.baseOption());
        o.addOption(Option.builder().longOpt("listen-all").desc("listen on every network interface, not only localhost").build());
        o.addOption(Option.builder().longOpt("check")
                .desc("start, answer a query and a page to itself, stop and exit (0 when both answered)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        int port = intValue(line, "port", 3030);
        long timeout = intValue(line, "timeout", 30) * 1000L;
        boolean loopback = !line.hasOption("listen-all");
        FusekiServer server;
        if (line.hasOption("config")) {
            Path config = Path.of(line.getOptionValue("config"));
            if (!Files.isRegularFile(config)) {
                throw new UsageException("--config " + config + ": no such file");
            }
            server = FusekiServer.create().port(port).loopback(loopback).parseConfigFile(config).build();
            Server.smallerResponseBuffers(server);
            server.start();
        } else {
            Path dir = null;
            Path releases = null;
            if (line.hasOption("releases")) {
                releases = Path.of(line.getOptionValue("releases"));
                if (!Files.isDirectory(releases)) {
                    throw new UsageException("--releases " + releases + ": no such folder");
                }
            } else if (line.hasOption("demo")) {
                dir = demo(console);
            } else if (line.hasOption("db")) {
                dir = OptionValues.db(line.getOptionValue("db"), false);
            } else {
                throw new UsageException("give --db DIR, --releases DIR, --demo or --config FILE");
            }
            try {
                Path queries = Path.of(System.getProperty("resgraph.home", ".")).resolve("queries");
                String base = OptionValues.base(line.getOptionValue("base"));
                Path examples = Files.isDirectory(queries) ? queries : null;
                if (releases != null) {
                    try {
                        server = Server.startReleases(releases, port, loopback, timeout, base, examples, java.time.Duration.ofSeconds(2));
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        // no release yet, or one whose description was changed by hand
                        console.err().println("resgraph serve: " + e.getMessage());
                        return 1;
                    }
                } else {
                    server = Server.start(Store.open(dir), port, loopback, timeout, base, examples);
                }
            } catch (RuntimeException e) {
                if (causedBy(e, BindException.class)) {
                    console.err().println("resgraph serve: port " + port + " is in use; choose another with --port");
                    return 1;
                }
                throw e;
            }
        }
        console.out().println("resgraph serve: SPARQL at " + Server.endpoint(server) + " (Ctrl-C stops it)");
        if (!line.hasOption("config")) {
            console.out().println("resgraph serve: pages and linked data at http://localhost:" + server.getPort() + "/ (e.g. /id/un/A/RES/59/249)");
        }
        console.out().println("Try: curl --data-urlencode 'query=" + EXAMPLE.replace("\n", " ") + "' " + Server.endpoint(server));
        console.out().flush();
        if (line.hasOption("check")) {
            return check(server, console);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.join();
        return 0;
    }

    /**
     * {@code --check}: one query and the home page, asked of the server by itself, then a normal exit.
     * The launcher runs it to (re)make the class-data archive of {@code serve}, which the JVM writes
     * only when it exits by itself, never when a server is stopped by a signal.
     */
    private static int check(FusekiServer server, Console console) throws Exception {
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
            String root = "http://localhost:" + server.getPort();
            int query = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Server.endpoint(server)))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(EXAMPLE)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            int page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/")).header("Accept", "text/html").build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            console.out().println("resgraph serve: query " + query + ", home page " + page);
            return query == 200 && page == 200 ? 0 : 1;
        } finally {
            server.stop();
        }
    }

    /** The demo database, built from the sample corpus unless one as new as the corpus and this version exists. */
    static Path demo(Console console) throws IOException {
        Path home = Path.of(System.getProperty("resgraph.home", "."));
        Path corpus = home.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IOException("the sample corpus " + corpus + " is missing; run resgraph from its checkout");
        }
        Path dir = home.resolve("target").resolve("demo-db");
        Path stamp = dir.resolve("built-from");
        String wanted = Version.current() + " " + newest(corpus);
        if (Store.exists(dir) && Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
            console.err().println("resgraph serve: the demo database " + dir + " is up to date");
            return dir;
        }
        Store.delete(dir);
        console.err().println("resgraph serve: building the demo database " + dir + " from " + corpus + " ...");
        Dataset ds = Store.open(dir);
        try {
            Loader.Summary s = Loader.load(ds, Inputs.expand(List.of(corpus.toString()), console.in(), new ArrayList<>()),
                    Gazetteer.DEFAULT_BASE);
            console.err().println("resgraph serve: " + s.documents() + " documents, " + s.quads() + " quads");
        } finally {
            ds.close();
        }
        Files.writeString(stamp, wanted);
        return dir;
    }

    private static long newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static int intValue(CommandLine line, String option, int fallback) throws UsageException {
        String v = line.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number, not '" + v + "'");
        }
    }
}
