package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.serve.Server;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;

/**
 * For tests of the pages: files loaded as {@code resgraph load} loads them into a database in memory, served
 * on a free port of loopback as {@code resgraph serve} serves it, and asked for pages as a browser asks.
 *
 * <pre>{@code
 * PageServer s = PageServer.load(List.of(Fixtures.path(Fixtures.SEED)), null);
 * String html = s.get("/doc/un/A/RES/59/249", "zh").body();
 * s.close();
 * }</pre>
 */
final class PageServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Dataset ds;
    private final FusekiServer server;

    private PageServer(Dataset ds, FusekiServer server) {
        this.ds = ds;
        this.server = server;
    }

    /** The files loaded and served; {@code queries}, a folder of example queries for the home page, or null. */
    static PageServer load(List<Path> files, Path queries) {
        Dataset ds = Store.inMemory();
        Loader.Summary s = Loader.load(ds, Inputs.expand(files.stream().map(Path::toString).toList(), System.in, new ArrayList<>()),
                Gazetteer.DEFAULT_BASE);
        assertTrue(s.failures().isEmpty(), s.failures().toString());
        return new PageServer(ds, Server.start(ds, 0, true, 5_000, Gazetteer.DEFAULT_BASE, queries));
    }

    /** The database, to add to it what no file says. */
    Dataset dataset() {
        return ds;
    }

    /** A page as a browser asks for it, in the languages of {@code acceptLanguage} (none when null). */
    HttpResponse<String> get(String path, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        ds.close();
    }
}
