package org.w3id.resgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.lineage.Lineage;
import org.w3id.resgraph.vocab.Vocab;

/**
 * What the handlers of the site share: the database and the base of its IRIs, the prefixes, the
 * example queries, the dataset's counts (made in the background), and the ways of answering they
 * have in common — a page, an RDF graph in a negotiated representation, the 404 naming the closest
 * symbols.
 */
final class Site {
    static final Logger LOG = LoggerFactory.getLogger("resgraph.web");
    /** The SPARQL endpoint of the server the site is part of, as a path from its root. */
    static final String ENDPOINT = "/resgraph/sparql";
    /** What may stand in an IRI path here: no spaces, no characters IRIs forbid ({@code <>"{}|\^`}). */
    private static final Pattern SAFE_PATH = Pattern.compile("[^\\s<>\"{}|\\\\^`]{1,400}");
    private static final int COUNT_AFTER_SECONDS = 10;

    private final Dataset ds;
    private final String base;
    private final Path queries;
    private final PrefixMapping prefixes;
    private volatile CompletableFuture<DatasetDescription> description;

    /**
     * @param base    the base of the data's IRIs, mapped onto this server's root
     * @param queries a folder of example queries (*.rq), or null
     */
    Site(Dataset ds, String base, Path queries) {
        this.ds = ds;
        this.base = base;
        this.queries = queries;
        this.prefixes = Vocab.prefixes(base);
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

    Dataset dataset() {
        return ds;
    }

    String base() {
        return base;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /** The prefixes sorted by name, as the JSON documents of the site list them. */
    Map<String, String> sortedPrefixes() {
        return new TreeMap<>(prefixes.getNsPrefixMap());
    }

    Pages pages() {
        return new Pages(ds, base);
    }

    /** What {@code read} makes, in a read transaction. */
    <T> T read(Supplier<T> read) {
        return Txn.calculateRead(ds, read);
    }

    /** Whether {@code s} may stand in an IRI path here. */
    static boolean safe(String s) {
        return SAFE_PATH.matcher(s).matches();
    }

    /** Whether the database says anything about this IRI. */
    boolean describes(String iri) {
        return read(() -> Description.exists(ds.asDatasetGraph().getUnionGraph(), iri));
    }

    /** The dataset's counts, made now if the background has not made them yet. */
    DatasetDescription description() {
        CompletableFuture<DatasetDescription> d = description;
        count(d);
        return d.join();
    }

    private void count() {
        count(description);
    }

    private void count(CompletableFuture<DatasetDescription> d) {
        synchronized (d) {
            if (!d.isDone()) {
                try {
                    d.complete(Txn.calculateRead(ds, () -> new DatasetDescription(ds)));
                } catch (RuntimeException e) {
                    d.completeExceptionally(e);
                }
            }
        }
    }

    /** Forgets the counts, to be made again when next asked for: the dataset served was switched to another. */
    void recount() {
        description = new CompletableFuture<>();
    }

    /** The example queries by file name, sorted: each file's text. */
    Map<String, String> exampleQueries() {
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

    /** The example query file of this name, null when there is none. */
    Path exampleQuery(String name) {
        return queries == null ? null : queries.resolve(name);
    }

    /** A graph as an answer in an RDF representation; JSON-LD names this server's context instead of carrying it. */
    void rdf(HttpServletResponse resp, Graph g, Representation rep, String server) throws IOException {
        g.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, g, rep.format);
        byte[] body = buffer.toByteArray();
        if (rep == Representation.JSONLD) {
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

    /** 404 for an IRI nothing is known about, naming the closest symbols when it is a symbol's; a page or plain text. */
    void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        String tail = iri.startsWith(base + "id/un/") ? iri.substring((base + "id/un/").length()) : null;
        List<String> closest = tail == null ? List.of() : read(() -> Lineage.closest(ds, Symbols.canonical(tail), 5));
        Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), List.of("text/html", "text/plain"));
        if (chosen.isPresent() && chosen.get().equals("text/html")) {
            html(resp, 404, pages().notFound(iri, closest, req.getHeader("Accept-Language")));
        } else {
            resp.setStatus(404);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write("Nothing is known about " + iri + (closest.isEmpty() ? "" : "; the closest: " + String.join(", ", closest)) + "\n");
        }
    }

    /** A page of the site, with the headers every page has. */
    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** This server's root as the client reached it ("http://localhost:3030/"). */
    static String server(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return (path < 0 ? url : url.substring(0, path)) + req.getContextPath() + "/";
    }
}
