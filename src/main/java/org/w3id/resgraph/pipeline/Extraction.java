package org.w3id.resgraph.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.rdf.DocumentSink;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;

/**
 * Runs read → extract → map over inputs and pushes each document's graph into a {@link DocumentSink}
 * (a file writer, the TDB2 loader, a dataset in memory) through a {@link CorpusStream}, which settles
 * what only the whole set can ({@link SeriesMerge}). Memory holds a window of documents and the merge's
 * summary, whatever the number of documents. Each document has a budget ({@link Limits}): one that is
 * too large or whose extraction runs too long is reported and skipped, as is one that cannot be read
 * or extracted; the others go on, and a skipped document sends nothing to the sink.
 *
 * <pre>{@code
 * Extraction.Result r = new Extraction("https://w3id.org/resgraph/", null).run(inputs);   // in memory
 * Extraction.Streamed s = new Extraction(base, null).run(inputs, 2, sink);                // streamed
 * }</pre>
 */
public final class Extraction {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.extract");

    /**
     * What one document may take: its size in bytes before it is read, and the time its reading,
     * extraction and mapping may take. Zero or less for either: no limit.
     */
    public record Limits(long maxBytes, Duration timeout) {
        /** 16 MiB: ten times the largest resolution the UN publishes (S/RES/2231 (2015) with its annexes, 1.5 MB of XML). */
        public static final long DEFAULT_MAX_BYTES = 16L << 20;
        /** 60 s: a resolution takes milliseconds, the largest a few seconds. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
        public static final Limits NONE = new Limits(0, Duration.ZERO);
    }

    private final DocumentReaders readers = DocumentReaders.standard();
    private final Extractors extractors = Extractors.standard();
    private final String base;
    private final ResolutionMapper mapper;
    private final String language;
    private final boolean links;
    private final Limits limits;

    /**
     * @param base     base of the IRIs minted
     * @param language ISO 639-1 code forced on every input, or null to detect it from the text
     */
    public Extraction(String base, String language) {
        this(base, language, true);
    }

    /**
     * @param links whether citations come from the links a format carries (AKN4UN) as well as from
     *              the text; without them, what the text rules alone find (to compare the two)
     */
    public Extraction(String base, String language, boolean links) {
        this(base, language, links, Limits.DEFAULT);
    }

    public Extraction(String base, String language, boolean links, Limits limits) {
        this.base = base;
        this.mapper = new ResolutionMapper(new IriScheme(base), Version.current());
        this.language = language;
        this.links = links;
        this.limits = limits;
    }

    /** A worker like {@code other}, with readers, extractors and mapper of its own (they keep per-document state). */
    private Extraction(Extraction other) {
        this(other.base, other.language, other.links, other.limits);
    }

    /** The dataset built, and one line per document that failed. */
    public record Result(DatasetGraph dataset, int documents, List<String> failures) {}

    /** Extracts into a dataset in memory (for a handful of documents: tests, evaluation). */
    public Result run(List<Inputs.Input> inputs) {
        return run(inputs, Runtime.getRuntime().availableProcessors());
    }

    /** Extracts into a dataset in memory on {@code threads} threads. */
    public Result run(List<Inputs.Input> inputs, int threads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(Node graph, List<Quad> quads) {
                dataset.addGraph(graph, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
                quads.forEach(dataset::add);
            }

            @Override
            public void settled(Node graph, List<Quad> quads) {
                quads.forEach(dataset::add);
            }
        };
        Streamed s = run(inputs, threads, sink);
        List<String> failures = new ArrayList<>(s.failures());
        failures.addAll(s.repeats());
        return new Result(dataset, s.documents(), failures);
    }

    /**
     * How many documents a run handed on, one line per document that failed, one per document left
     * out for repeating a resolution and language read before (not a failure: the UN's repository files
     * some versions twice), and the statements sent.
     */
    public record Streamed(int documents, List<String> failures, List<String> repeats, long quads) {}

    /**
     * Extracts on {@code threads} threads into {@code sink}: each document's graph in input order, then
     * the statements about series as the merge leaves them. The result does not depend on the number of
     * threads.
     */
    public Streamed run(List<Inputs.Input> inputs, int threads, DocumentSink sink) {
        return run(inputs, threads, sink, Set.of(), List.of());
    }

    /** A graph that is not a document's (the reference data), sent after the documents. */
    public record Extra(Node name, List<Quad> quads) {}

    /**
     * As {@link #run(List, int, DocumentSink)}, leaving out of every document's graph the statements of
     * {@code leaveOut}, and sending the graphs of {@code extra} after the documents (they take part in
     * the series merge as documents do).
     */
    public Streamed run(List<Inputs.Input> inputs, int threads, DocumentSink sink, Set<Triple> leaveOut, List<Extra> extra) {
        long started = System.nanoTime();
        try (CorpusStream corpus = new CorpusStream(sink, leaveOut)) {
            Streamed s = stream(inputs, threads, g -> corpus.prepare(NodeFactory.createURI(g.name()), g.graph()), corpus::accept);
            for (Extra e : extra) {
                corpus.quads(e.name(), e.quads());
            }
            SeriesMerge.Decision series = corpus.settle();
            if (series.merged() + series.dropped() > 0) {
                LOG.info("series: {} named in another language joined their English or reference name, {} with a single member left out",
                        series.merged(), series.dropped());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("{} of {} document(s) extracted in {} s ({} documents/s, {} thread(s)), {} quads", s.documents(), inputs.size(),
                    String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.0f", inputs.size() / Math.max(seconds, 1e-3)),
                    threads, corpus.quads());
            return new Streamed(s.documents(), s.failures(), s.repeats(), corpus.quads());
        }
    }

    /**
     * Extracts on {@code threads} threads and hands each document's graph to {@code sink}, in input
     * order, on the calling thread; only a window of documents is held at a time, so a corpus of any
     * size streams in bounded memory. A document that fails, goes over its {@link Limits}, or is a
     * second one for the same resolution and language, is listed and skipped. Progress is shown on the
     * way ({@link Progress}).
     */
    public Streamed stream(List<Inputs.Input> inputs, int threads, Consumer<ResolutionMapper.DocumentGraph> sink) {
        return stream(inputs, threads, g -> g, sink);
    }

    /**
     * As {@link #stream(List, int, Consumer)}, with {@code prepare} applied to each document's graph on
     * the thread that extracted it (work that may run many at once: rendering it for a file, splitting
     * it), and {@code sink} given the results in input order.
     */
    public <T> Streamed stream(List<Inputs.Input> inputs, int threads, Function<ResolutionMapper.DocumentGraph, T> prepare, Consumer<T> sink) {
        List<String> failures = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        Map<String, Integer> graphFrom = new HashMap<>();
        int done = 0;
        int window = Math.max(64, 32 * threads);
        int workers = Math.max(1, threads);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "resgraph-extract");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Extraction> local = ThreadLocal.withInitial(() -> new Extraction(this));
        Progress progress = new Progress(LOG, "documents", inputs.size());
        try {
            for (int from = 0; from < inputs.size(); from += window) {
                int to = Math.min(inputs.size(), from + window);
                List<Future<Outcome>> outcomes = new ArrayList<>(to - from);
                List<AtomicLong> begun = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Inputs.Input input = inputs.get(i);
                    String tag = "[" + (i + 1) + "/" + inputs.size() + "] ";
                    AtomicLong start = new AtomicLong();
                    begun.add(start);
                    outcomes.add(pool.submit(() -> {
                        start.set(System.nanoTime());
                        return local.get().outcome(input, tag, prepare);
                    }));
                }
                for (int k = 0; k < outcomes.size(); k++) {
                    Inputs.Input input = inputs.get(from + k);
                    Outcome o = join(outcomes.get(k), begun.get(k), input, pool);
                    if (o.failure() != null) {
                        failures.add(o.failure());
                    } else {
                        Integer earlier = graphFrom.putIfAbsent(o.graph(), from + k);
                        if (earlier != null) {
                            repeats.add(input.name() + ": is the same resolution and language as " + inputs.get(earlier).name()
                                    + " (graph " + o.graph() + "); only the first is kept");
                        } else {
                            @SuppressWarnings("unchecked")
                            T prepared = (T) o.prepared();
                            sink.accept(prepared);
                            done++;
                        }
                    }
                    progress.update(from + k + 1);
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Streamed(done, failures, repeats, 0);
    }

    /** What became of one input: the name of its graph and what was prepared of it, or why it failed. */
    private record Outcome(String graph, Object prepared, String failure) {}

    private Outcome outcome(Inputs.Input input, String tag, Function<ResolutionMapper.DocumentGraph, ?> prepare) {
        MDC.put("progress", tag);
        Budget.start(limits.timeout().toNanos());
        try {
            ResolutionMapper.DocumentGraph g = extract(input);
            return new Outcome(g.name(), prepare.apply(g), null);
        } catch (ReadException | ExtractException e) {
            LOG.debug("{} (skipped)", e.getMessage());
            return new Outcome(null, null, e.getMessage());
        } catch (Budget.Exceeded e) {
            return new Outcome(null, null, overTime(input));
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours met on this document: report it against the file, carry on with the others.
            LOG.debug("internal error on {}", input.name(), e);
            return new Outcome(null, null, input.name() + ": could not be extracted (internal error: " + e + ")");
        } finally {
            Budget.clear();
            MDC.remove("progress");
        }
    }

    private String overTime(Inputs.Input input) {
        return input.name() + ": its extraction took longer than " + seconds(limits.timeout())
                + " (--document-timeout); nothing of it is kept";
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Time an extraction past its budget has to notice it and stop, before it is given up on. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    /**
     * The outcome of one task. A task still running {@link #GRACE_NANOS} after its budget is spent (a
     * step of extraction that does not check the budget) is given up on: reported, and its thread
     * replaced by one more in the pool, so the run goes on; what it makes in the end is dropped.
     */
    private Outcome join(Future<Outcome> f, AtomicLong begun, Inputs.Input input, ThreadPoolExecutor pool) {
        long budget = limits.timeout().toNanos();
        try {
            if (budget <= 0) {
                return f.get();
            }
            while (true) {
                long start = begun.get();
                long wait = start == 0 ? TimeUnit.MILLISECONDS.toNanos(200) : start + budget + GRACE_NANOS - System.nanoTime();
                if (start != 0 && wait <= 0) {
                    f.cancel(false);
                    // the thread may still be busy: one more lets the others go on
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return new Outcome(null, null, overTime(input));
                }
                try {
                    return f.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not begun yet, or still within its budget: look again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + input.name(), e);
        } catch (ExecutionException e) {
            return new Outcome(null, null, input.name() + ": could not be extracted (internal error: " + e.getCause() + ")");
        }
    }

    /** One input, read, extracted and mapped; warnings go to the log. */
    public ResolutionMapper.DocumentGraph extract(Inputs.Input input) throws ReadException, ExtractException {
        long size = input.size();
        if (limits.maxBytes() > 0 && size > limits.maxBytes()) {
            throw tooLarge(input.name(), size);
        }
        SourceFile file = input.open();
        if (limits.maxBytes() > 0 && file.bytes().length > limits.maxBytes()) {
            throw tooLarge(input.name(), file.bytes().length);
        }
        Document doc = readers.read(file);
        if (language != null) {
            doc = doc.withLanguage(language);
        }
        if (!links) {
            doc = doc.withoutLinks();
        }
        ResolutionFacts facts = extractors.extract(doc);
        Budget.check();
        ResolutionMapper.DocumentGraph g = mapper.map(facts);
        Budget.check();
        for (String w : facts.warnings()) {
            LOG.warn("{}: {}", doc.source(), w);
        }
        for (String w : g.warnings()) {
            LOG.warn("{}: {}", doc.source(), w);
        }
        LOG.debug("{}: {} {} ({}), {} paragraphs, {} citations", doc.source(), facts.header().symbol(),
                doc.language(), doc.format(), facts.paragraphs().size(), facts.citations().size());
        return g;
    }

    private ReadException tooLarge(String name, long size) {
        return new ReadException(name, "is " + megabytes(size) + ", over the limit of " + megabytes(limits.maxBytes())
                + " for one document (--max-document-size), so it is not read");
    }

    /** In the units --max-document-size counts in (16M is 16 MiB, 500k 500 KiB). */
    private static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0) : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
