package org.w3id.resgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.release.Releases;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.store.SwitchingDataset;
import org.w3id.resgraph.web.LinkedData;

/**
 * The SPARQL server: embedded Fuseki serving a {@link org.w3id.resgraph.store.Store} read-only at
 * {@code /resgraph} — queries at {@code /resgraph/sparql}, the graphs at {@code /resgraph/get} — with
 * a query timeout and no {@code SERVICE} calls to other hosts — and the same data as linked data
 * at the server's root ({@link LinkedData}: {@code /id/…}, {@code /doc/…}, pages, VoID, dump, the
 * query editor at {@code /query}). It binds to the loopback interface unless told otherwise.
 *
 * <pre>{@code
 * FusekiServer server = Server.start(Store.open(dir), 3030, true, 30_000);
 * // … server.stop();
 * }</pre>
 */
public final class Server {
    public static final String NAME = "/resgraph";
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.serve");
    /** Bytes of a response held before it is sent: the largest buffer Jetty's pool reuses. */
    static final int RESPONSE_BUFFER = 64 * 1024;

    private Server() {}

    /**
     * @param port      0 for any free port (read it back with {@code server.getPort()})
     * @param loopback  bind to localhost only
     * @param timeoutMs how long a query may run before it is stopped (a request may ask for less, see {@link #protect})
     */
    public static FusekiServer start(Dataset ds, int port, boolean loopback, long timeoutMs) {
        return start(ds, port, loopback, timeoutMs, Gazetteer.DEFAULT_BASE, null);
    }

    /**
     * The same with linked data: the data's IRIs under {@code base} answer at this server's root
     * ({@link LinkedData}), with the example queries of {@code queries} (or none when null) on the home page.
     */
    public static FusekiServer start(Dataset ds, int port, boolean loopback, long timeoutMs, String base, Path queries) {
        protect(ds, timeoutMs);
        JsonResults.register();
        FusekiServer.Builder builder = FusekiServer.create().port(port).loopback(loopback).enablePing(true)
                .add(NAME, ds, false);
        LinkedData web = new LinkedData(ds, base, queries, timeoutMs);
        for (String path : LinkedData.PATHS) {
            builder.addServlet(path, web);
        }
        FusekiServer server = builder.build();
        smallerResponseBuffers(server);
        return server.start();
    }

    /**
     * Serves the newest release of a releases folder ({@link Releases}) like {@link #start} a
     * database, with the releases' list, files and feed ({@code /releases}, {@code /changes}), and
     * looks at the folder every {@code poll}: a newer release is opened and switched to at once, for
     * every query that begins after; queries running on the one before end on it, and it is closed
     * after the last ({@link SwitchingDataset}).
     */
    public static FusekiServer startReleases(Path releases, int port, boolean loopback, long timeoutMs, String base, Path queries,
            Duration poll) {
        List<Releases.Info> all = Releases.list(releases);
        if (all.isEmpty()) {
            throw new IllegalArgumentException(releases + " holds no release; make one with: resgraph release --db DB --out " + releases);
        }
        Releases.Info newest = all.get(all.size() - 1);
        Dataset first = open(newest, timeoutMs);
        SwitchingDataset switching = new SwitchingDataset(first.asDatasetGraph(), closer(first, newest));
        Dataset served = DatasetFactory.wrap(switching);
        JsonResults.register();
        FusekiServer.Builder builder = FusekiServer.create().port(port).loopback(loopback).enablePing(true).add(NAME, served, false);
        LinkedData web = new LinkedData(served, base, queries, timeoutMs, releases);
        for (String path : LinkedData.PATHS) {
            builder.addServlet(path, web);
        }
        FusekiServer server = builder.build();
        smallerResponseBuffers(server);
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resgraph-releases");
            t.setDaemon(true);
            return t;
        });
        int[] serving = {newest.number()};
        watch.scheduleWithFixedDelay(() -> {
            try {
                List<Releases.Info> now = Releases.list(releases);
                Releases.Info latest = now.isEmpty() ? null : now.get(now.size() - 1);
                if (latest != null && latest.number() > serving[0]) {
                    Dataset next = open(latest, timeoutMs);
                    switching.switchTo(next.asDatasetGraph(), closer(next, latest));
                    serving[0] = latest.number();
                    web.datasetChanged();
                    LOG.info("now serving release {} ({})", latest.number(), latest.dir());
                }
            } catch (RuntimeException e) {
                LOG.warn("cannot switch to the newest release in {}: {}", releases, e.getMessage());
            }
        }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        server.getJettyServer().addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(org.eclipse.jetty.util.component.LifeCycle event) {
                watch.shutdownNow();
            }
        });
        LOG.info("serving release {} of {}", newest.number(), releases);
        return server.start();
    }

    private static Dataset open(Releases.Info release, long timeoutMs) {
        Dataset ds = Store.open(release.dir().resolve(Releases.DATABASE));
        protect(ds, timeoutMs);
        return ds;
    }

    private static java.util.function.Consumer<org.apache.jena.sparql.core.DatasetGraph> closer(Dataset ds, Releases.Info release) {
        return dsg -> {
            Store.release(ds, release.dir().resolve(Releases.DATABASE));
            LOG.info("release {} closed: its last query has ended", release.number());
        };
    }

    /**
     * Response buffers of {@value #RESPONSE_BUFFER} bytes instead of Fuseki's 5 MiB. Jetty pools
     * buffers up to 64 KiB only, so with Fuseki's setting every response, even a two-line ASK
     * answer, allocated and zeroed 5 MiB of fresh direct memory: that was most of the time of a
     * small query over HTTP (ASK p50 13 ms → 4 ms, the lineage query 22 ms → 6 ms, on 2 cores). A
     * result larger than the buffer streams out as it is made; a query stopped by the timeout
     * after that has already begun its 200 answer, and the answer is cut off.
     */
    public static void smallerResponseBuffers(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER);
            }
        }
    }

    /**
     * The limits every dataset served gets: the query timeout, and SERVICE refused. The timeout is
     * also the most a request may ask for: Fuseki reads a request's {@code timeout} parameter (whole
     * seconds; anything else is ignored with a warning) and runs the query with the smaller of the two
     * ({@code SPARQLQueryProcessor.setTimeouts}, which takes the dataset's {@code ARQ.queryTimeout} as
     * the bound), so {@code timeout=1} stops a query after a second and {@code timeout=9999} still
     * after {@code timeoutMs}. (The {@code fuseki:allowTimeoutOverride} of older configurations is
     * read by nothing in Fuseki 6.)
     */
    public static void protect(Dataset ds, long timeoutMs) {
        ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        ds.getContext().set(ARQ.httpServiceAllowed, false);
    }

    /** The query endpoint of a running server, for people and clients. */
    public static String endpoint(FusekiServer server) {
        return "http://localhost:" + server.getPort() + NAME + "/sparql";
    }
}
