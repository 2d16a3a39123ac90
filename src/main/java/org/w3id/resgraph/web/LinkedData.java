package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Linked data over the database the SPARQL server serves: every {@code {base}id/…} IRI answers 303
 * See Other to its description at {@code /doc/…}, which is negotiated (Turtle, JSON-LD, RDF/XML,
 * N-Triples or an HTML page; {@code Vary: Accept}, {@code Content-Location}) or asked for by name
 * ({@code /doc/…/data.ttl}). Also the home page with search, {@code /.well-known/void}, the dump at
 * {@code /dumps/resgraph.nq.gz}, the JSON-LD context at {@code /context.jsonld}, the example
 * queries at {@code /queries/}, and pages for resources of other datasets the data describes
 * (UNBIS descriptors) at {@code /resource?iri=…}. The public base of the data ({@code --base}) maps onto this server's
 * root, so the same database serves at localhost and at a real domain. And the query editor: its page
 * at {@code /query}, its files at {@code /query/…}, what it needs to know of the server at
 * {@code /query/config.json}, and the example queries it offers at {@code /queries/} (JSON).
 *
 * <p>One servlet for all of them: it decodes the path and hands it to the first route of its table
 * that matches ({@link Handler}, one class a route), and answers 500 for any handler that fails.
 */
public final class LinkedData extends HttpServlet {
    /** The paths this servlet answers, for the server to mount it on. */
    public static final List<String> PATHS = List.of("", "/index.html", "/id/*", "/doc/*", "/.well-known/*", "/dumps/*",
            "/search", "/queries/*", "/context.jsonld", "/resource", "/query", "/query/*", "/releases", "/releases/*", "/changes");
    /** The class-path folder of the query editor's page ({@code index.html}) and files. */
    public static final String EDITOR = "org/w3id/resgraph/web/query/";

    /** A path ({@code /search}) or, ending in {@code *}, the paths under a prefix ({@code /id/*}), and what answers it. */
    private record Route(String pattern, Handler handler) {
        /** What follows the prefix in {@code path}, empty for a path matched whole, null when it does not match. */
        String match(String path) {
            if (pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
            }
            return path.equals(pattern) ? "" : null;
        }
    }

    private final transient Site site;
    /** The routes in the order they are tried: the first that matches answers. */
    private final transient List<Route> routes;

    /**
     * @param base      the base of the data's IRIs, mapped onto this server's root
     * @param queries   a folder of example queries (*.rq) to link from the home page, or null
     * @param timeoutMs the query timeout of the SPARQL endpoint, which the query editor is told
     */
    public LinkedData(Dataset ds, String base, Path queries, long timeoutMs) {
        this(ds, base, queries, timeoutMs, EDITOR, null);
    }

    /**
     * The same, and the releases of {@code releases} ({@link org.w3id.resgraph.release.Releases}): their list at
     * {@code /releases}, their files at {@code /releases/N/…}, the feed of their changes at {@code /changes}.
     */
    public LinkedData(Dataset ds, String base, Path queries, long timeoutMs, Path releases) {
        this(ds, base, queries, timeoutMs, EDITOR, releases);
    }

    /** The same with the query editor's files in another class-path folder (a test's). */
    LinkedData(Dataset ds, String base, Path queries, long timeoutMs, String editor) {
        this(ds, base, queries, timeoutMs, editor, null);
    }

    private LinkedData(Dataset ds, String base, Path queries, long timeoutMs, String editor, Path releases) {
        this.site = new Site(ds, base, queries);
        ClasspathFiles editorFiles = new ClasspathFiles(editor);
        Handler queriesIndex = new QueriesIndexHandler(site);
        Handler home = new HomeHandler(site);
        List<Route> table = new java.util.ArrayList<>(List.of(
                new Route("", home),
                new Route("/", home),
                new Route("/index.html", home),
                new Route("/id/*", new IdentifierHandler(site)),
                new Route("/doc/*", new DocumentHandler(site)),
                new Route("/.well-known/void", new VoidHandler(site, releases)),
                new Route("/dumps/resgraph.nq.gz", new DumpHandler(site)),
                new Route("/context.jsonld", new ContextHandler(site)),
                new Route("/resource", new ResourceHandler(site)),
                new Route("/search", new SearchHandler(site)),
                new Route("/queries/", queriesIndex),
                new Route("/queries/index.json", queriesIndex),
                new Route("/queries/*", new QueriesHandler(site)),
                new Route("/query", new QueryPageHandler(editorFiles)),
                new Route("/query/config.json", new QueryConfigHandler(site, timeoutMs)),
                new Route("/query/*", new QueryFilesHandler(editorFiles))));
        if (releases != null) {
            Handler list = new ReleasesHandler(site, releases);
            table.add(new Route("/releases", list));
            table.add(new Route("/releases/*", list));
            table.add(new Route("/changes", new ChangesHandler(site, releases)));
        }
        this.routes = List.copyOf(table);
    }

    /** Tells the site the dataset it serves was switched to another (a new release): its counts are made again. */
    public void datasetChanged() {
        site.recount();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            for (Route route : routes) {
                String rest = route.match(path);
                if (rest != null) {
                    route.handler().get(rest, req, resp);
                    return;
                }
            }
            site.notFound(req, resp, site.base() + path.substring(1));
        } catch (RuntimeException e) {
            Site.LOG.warn("{}: {}", path, e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.sendError(500, "the server could not answer this request; it is logged");
            }
        }
    }

    /** Every quad of the database as N-Quads, streamed; call inside a read transaction. */
    public static void writeQuads(Dataset ds, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        stream.start();
        ds.asDatasetGraph().find().forEachRemaining(stream::quad);
        stream.finish();
    }
}
