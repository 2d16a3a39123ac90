package org.w3id.resgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.lineage.Lineage;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Linked data over the database the SPARQL server serves: every {@code {base}id/…} IRI answers 303
 * See Other to its description at {@code /doc/…}, which is negotiated (Turtle, JSON-LD, RDF/XML,
 * N-Triples or an HTML page; {@code Vary: Accept}, {@code Content-Location}) or asked for by name
 * ({@code /doc/…/data.ttl}). Also the home page with search, {@code /.well-known/void}, the dump at
 * {@code /dumps/resgraph.nq.gz}, the JSON-LD context at {@code /context.jsonld}, the example
 * queries at {@code /queries/}, and pages for resources of other datasets the data describes
 * (UNBIS descriptors) at {@code /resource?iri=…}. The public base of the data ({@code --base}) maps onto this server's
 * root, so the same database serves at localhost and at a real domain.
 */
public final class LinkedData extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.web");
    /** The paths this servlet answers, for the server to mount it on. */
    public static final List<String> PATHS = List.of("", "/index.html", "/id/*", "/doc/*", "/.well-known/*", "/dumps/*",
            "/search", "/queries/*", "/context.jsonld", "/resource");
    /** What may stand in an IRI path here: no spaces, no characters IRIs forbid ({@code <>"{}|\^`}). */
    private static final Pattern SAFE_PATH = Pattern.compile("[^\\s<>\"{}|\\\\^`]{1,400}");
    private static final int COUNT_AFTER_SECONDS = 10;
    private static final Pattern QUERY_FILE = Pattern.compile("[\\w.-]{1,100}\\.rq");

    /** The representations of a description: media type, file name, Jena format. */
    private enum Rep {
        TURTLE("text/turtle", "data.ttl", RDFFormat.TURTLE_PRETTY),
        HTML("text/html", "page.html", null),
        JSONLD("application/ld+json", "data.jsonld", RDFFormat.JSONLD11),
        RDFXML("application/rdf+xml", "data.rdf", RDFFormat.RDFXML_PRETTY),
        NTRIPLES("application/n-triples", "data.nt", RDFFormat.NTRIPLES_UTF8);

        final String type, file;
        final RDFFormat format;

        Rep(String type, String file, RDFFormat format) {
            this.type = type;
            this.file = file;
            this.format = format;
        }
    }

    private static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/xhtml+xml", "application/json");

    private final transient Dataset ds;
    private final String base;
    private final Path queries;
    private final transient PrefixMapping prefixes;
    private final transient CompletableFuture<DatasetDescription> description;
    private final String context;

    /**
     * @param base    the base of the data's IRIs, mapped onto this server's root
     * @param queries a folder of example queries (*.rq) to link from the home page, or null
     */
    public LinkedData(Dataset ds, String base, Path queries) {
        this.ds = ds;
        this.base = base;
        this.queries = queries;
        this.prefixes = Vocab.prefixes(base);
        this.context = contextDocument(prefixes);
        // Counting a large database takes a while: done in the background, a little after start-up so as not to slow it,
        // and at once when a page needs the counts first.
        Executor background = runnable -> {
            Thread t = new Thread(runnable, "resgraph-count");
            t.setDaemon(true);
            t.start();
        };
        this.description = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(COUNT_AFTER_SECONDS, TimeUnit.SECONDS, background).execute(this::count);
    }

    /** The dataset's counts, made now if the background has not made them yet. */
    private DatasetDescription description() {
        count();
        return description.join();
    }

    private void count() {
        synchronized (description) {
            if (!description.isDone()) {
                try {
                    description.complete(Txn.calculateRead(ds, () -> new DatasetDescription(ds)));
                } catch (RuntimeException e) {
                    description.completeExceptionally(e);
                }
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
                html(resp, 200, Txn.calculateRead(ds, () -> new Pages(ds, base).home(description().counts(), exampleQueries())));
            } else if (path.startsWith("/id/")) {
                identifier(path.substring("/id/".length()), req, resp);
            } else if (path.startsWith("/doc/")) {
                document(path.substring("/doc/".length()), req, resp);
            } else if (path.equals("/.well-known/void")) {
                voidDescription(req, resp);
            } else if (path.equals("/dumps/resgraph.nq.gz")) {
                dump(resp);
            } else if (path.equals("/context.jsonld")) {
                resp.setContentType("application/ld+json");
                resp.setCharacterEncoding("UTF-8");
                resp.getWriter().write(context);
            } else if (path.equals("/resource")) {
                resource(req.getParameter("iri"), req, resp);
            } else if (path.equals("/search")) {
                search(req.getParameter("q"), req.getHeader("Accept-Language"), resp);
            } else if (path.startsWith("/queries/")) {
                query(path.substring("/queries/".length()), resp);
            } else {
                notFound(req, resp, base + path.substring(1));
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", path, e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.sendError(500, "the server could not answer this request; it is logged");
            }
        }
    }

    private void identifier(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = base + "id/" + rest;
        if (!SAFE_PATH.matcher(rest).matches() || !Txn.calculateRead(ds, () -> Description.exists(ds.asDatasetGraph().getUnionGraph(), iri))) {
            notFound(req, resp, iri);
            return;
        }
        resp.setStatus(303);
        resp.setHeader("Location", "/doc/" + rest);
        resp.setHeader("Vary", "Accept");
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write("See /doc/" + rest + "\n");
    }

    private void document(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Rep asked = null;
        for (Rep r : Rep.values()) {
            if (rest.endsWith("/" + r.file)) {
                asked = r;
                rest = rest.substring(0, rest.length() - r.file.length() - 1);
                break;
            }
        }
        String iri = base + "id/" + rest;
        if (!SAFE_PATH.matcher(rest).matches() || !Txn.calculateRead(ds, () -> Description.exists(ds.asDatasetGraph().getUnionGraph(), iri))) {
            notFound(req, resp, iri);
            return;
        }
        Rep rep = asked;
        if (rep == null) {
            Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS);
            resp.setHeader("Vary", "Accept, Accept-Language");
            if (chosen.isEmpty()) {
                resp.setStatus(406);
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write("Not acceptable. This resource is available as " + String.join(", ", OFFERS.subList(0, 5)) + ".\n");
                return;
            }
            rep = switch (chosen.get()) {
                case "application/xhtml+xml" -> Rep.HTML;
                case "application/json" -> Rep.JSONLD;
                default -> List.of(Rep.values()).stream().filter(r -> r.type.equals(chosen.get())).findFirst().orElseThrow();
            };
            resp.setHeader("Content-Location", "/doc/" + rest + "/" + rep.file);
        }
        for (Rep r : Rep.values()) {
            resp.addHeader("Link", "</doc/" + rest + "/" + r.file + ">; rel=\"alternate\"; type=\"" + r.type + "\"");
        }
        if (rep == Rep.HTML) {
            String lang = req.getHeader("Accept-Language");
            html(resp, 200, Txn.calculateRead(ds, () -> {
                Pages pages = new Pages(ds, base);
                return pages.isLoadedResolution(iri) ? pages.resolution(iri, lang) : pages.resource(iri, lang);
            }));
            return;
        }
        Graph g = Txn.calculateRead(ds, () -> Description.of(ds.asDatasetGraph().getUnionGraph(), iri));
        rdf(resp, g, rep, server(req));
    }

    private void rdf(HttpServletResponse resp, Graph g, Rep rep, String server) throws IOException {
        g.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, g, rep.format);
        byte[] body = buffer.toByteArray();
        if (rep == Rep.JSONLD) {
            // the context this server publishes, by reference, instead of a copy in every answer
            JsonObject doc = JSON.parse(new String(body, StandardCharsets.UTF_8));
            doc.put("@context", new JsonString(server + "context.jsonld"));
            body = JSON.toString(doc).getBytes(StandardCharsets.UTF_8);
        }
        resp.setStatus(200);
        resp.setContentType(rep.type + ";charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void voidDescription(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph g = description().graph(base, server(req));
        Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS);
        resp.setHeader("Vary", "Accept");
        Rep rep = chosen.flatMap(c -> List.of(Rep.values()).stream().filter(r -> r.type.equals(c)).findFirst()).orElse(Rep.TURTLE);
        if (rep == Rep.HTML) {
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            g.getPrefixMapping().setNsPrefixes(prefixes).setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
            RDFDataMgr.write(ttl, g, RDFFormat.TURTLE_PRETTY);
            Html h = new Html("Dataset description", "en");
            h.raw("<h1>Dataset description</h1>\n<p>VoID and DCAT, also as ").link("/.well-known/void?format=ttl", "Turtle")
                    .raw(" (ask with <code>Accept: text/turtle</code>).</p>\n<pre>").text(ttl.toString(StandardCharsets.UTF_8)).raw("</pre>\n");
            html(resp, 200, h.finish());
            return;
        }
        g.getPrefixMapping().setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        rdf(resp, g, rep, server(req));
    }

    /** The page of a resource whose IRI is not under the base (a UNBIS descriptor, say) but which the data describes. */
    private void resource(String iri, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (iri == null || !iri.matches("https?://.+") || !SAFE_PATH.matcher(iri).matches()
                || !Txn.calculateRead(ds, () -> Description.exists(ds.asDatasetGraph().getUnionGraph(), iri))) {
            notFound(req, resp, iri == null ? "" : iri);
            return;
        }
        if (iri.startsWith(base + "id/")) {
            resp.setStatus(303);
            resp.setHeader("Location", "/doc/" + iri.substring(base.length() + 3));
            return;
        }
        String lang = req.getHeader("Accept-Language");
        resp.setHeader("Vary", "Accept-Language");
        html(resp, 200, Txn.calculateRead(ds, () -> new Pages(ds, base).resource(iri, lang)));
    }

    private void dump(HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"resgraph.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            Txn.executeRead(ds, () -> writeQuads(ds, out));
        }
    }

    /** Every quad of the database as N-Quads, streamed; call inside a read transaction. */
    public static void writeQuads(Dataset ds, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        stream.start();
        ds.asDatasetGraph().find().forEachRemaining(stream::quad);
        stream.finish();
    }

    private void search(String q, String acceptLanguage, HttpServletResponse resp) throws IOException {
        if (q == null || q.isBlank()) {
            resp.sendRedirect("/");
            return;
        }
        String words = q.strip();
        for (String symbol : List.of(Symbols.canonical(words), Symbols.canonical(words.toUpperCase(java.util.Locale.ROOT)))) {
            if (SAFE_PATH.matcher(symbol).matches() && Txn.calculateRead(ds, () -> Lineage.known(ds, symbol))) {
                resp.setStatus(303);
                resp.setHeader("Location", "/doc/un/" + symbol);
                return;
            }
        }
        String cleaned = words.replaceAll("[\\p{Cntrl}]", " ");
        Furniture furniture = Furniture.negotiate(acceptLanguage);
        List<String[]> hits;
        try {
            hits = Txn.calculateRead(ds, () -> new Pages(ds, base).find(cleaned, 50, furniture));
        } catch (RuntimeException e) {
            // the words are not a query the index understands (an unbalanced quote, a lone operator)
            hits = List.of();
        }
        List<String[]> found = hits;
        resp.setHeader("Vary", "Accept-Language");
        html(resp, 200, Txn.calculateRead(ds, () -> new Pages(ds, base).search(words, found, furniture)));
    }

    private void query(String name, HttpServletResponse resp) throws IOException {
        Path file = queries == null || !QUERY_FILE.matcher(name).matches() ? null : queries.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            resp.sendError(404, "no example query " + name);
            return;
        }
        resp.setContentType("application/sparql-query;charset=utf-8");
        resp.getOutputStream().write(Files.readAllBytes(file));
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        String tail = iri.startsWith(base + "id/un/") ? iri.substring((base + "id/un/").length()) : null;
        List<String> closest = tail == null ? List.of() : Txn.calculateRead(ds, () -> Lineage.closest(ds, Symbols.canonical(tail), 5));
        Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), List.of("text/html", "text/plain"));
        if (chosen.isPresent() && chosen.get().equals("text/html")) {
            html(resp, 404, new Pages(ds, base).notFound(iri, closest, req.getHeader("Accept-Language")));
        } else {
            resp.setStatus(404);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write("Nothing is known about " + iri + (closest.isEmpty() ? "" : "; the closest: " + String.join(", ", closest)) + "\n");
        }
    }

    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private Map<String, String> exampleQueries() {
        Map<String, String> out = new TreeMap<>();
        if (queries == null || !Files.isDirectory(queries)) {
            return out;
        }
        try (Stream<Path> files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("the example queries in {} could not be read: {}", queries, e.toString());
        }
        return out;
    }

    /** This server's root as the client reached it ("http://localhost:3030/"). */
    private static String server(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return (path < 0 ? url : url.substring(0, path)) + req.getContextPath() + "/";
    }

    /** The JSON-LD context of the answers: the prefixes of the vocabulary. */
    private static String contextDocument(PrefixMapping prefixes) {
        JsonObject terms = new JsonObject();
        Map<String, String> sorted = new LinkedHashMap<>(new TreeMap<>(prefixes.getNsPrefixMap()));
        sorted.forEach(terms::put);
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return JSON.toString(doc) + "\n";
    }
}
