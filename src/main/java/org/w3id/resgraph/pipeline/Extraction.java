package org.w3id.resgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.Extractors;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;

/**
 * Runs read → extract → map over inputs into one dataset, one named graph per document language
 * version, then settles what only the whole set can ({@link SeriesMerge}). A document that fails is
 * skipped and listed in the result; the others go on.
 *
 * <pre>{@code
 * Extraction.Result r = new Extraction("https://w3id.org/resgraph/", null).run(inputs);
 * RdfOutput.write(r.dataset(), OutputFormat.TTL, Vocab.prefixes(base), System.out);
 * }</pre>
 */
public final class Extraction {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.extract");

    private final DocumentReaders readers = DocumentReaders.standard();
    private final Extractors extractors = Extractors.standard();
    private final String base;
    private final ResolutionMapper mapper;
    private final String language;
    private final boolean links;

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
        this.base = base;
        this.mapper = new ResolutionMapper(new IriScheme(base), Version.current());
        this.language = language;
        this.links = links;
    }

    /** A worker like {@code other}, with readers, extractors and mapper of its own (they keep per-document state). */
    private Extraction(Extraction other) {
        this(other.base, other.language, other.links);
    }

    /** The dataset built, and one line per document that failed. */
    public record Result(DatasetGraph dataset, int documents, List<String> failures) {}

    public Result run(List<Inputs.Input> inputs) {
        return run(inputs, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Extracts on {@code threads} threads (each with its own readers, extractors and mapper); the
     * documents are added in input order, so the result does not depend on the number of threads.
     */
    public Result run(List<Inputs.Input> inputs, int threads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        long started = System.nanoTime();
        Streamed s = stream(inputs, threads, g -> dataset.addGraph(NodeFactory.createURI(g.name()), g.graph()));
        SeriesMerge.Result series = SeriesMerge.apply(dataset);
        if (series.merged() + series.dropped() > 0) {
            LOG.info("series: {} named in another language joined their English or reference name, {} with a single member left out",
                    series.merged(), series.dropped());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} of {} document(s) extracted in {} s ({} documents/s, {} thread(s)), {} quads", s.documents(), inputs.size(),
                String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.0f", inputs.size() / Math.max(seconds, 1e-3)),
                threads, dataset.stream().count());
        return new Result(dataset, s.documents(), s.failures());
    }

    /** How many documents a stream handed on, and one line per document that failed. */
    public record Streamed(int documents, List<String> failures) {}

    /**
     * Extracts on {@code threads} threads and hands each document's graph to {@code sink}, in input
     * order, on the calling thread; only a window of documents is held at a time, so a corpus of any
     * size streams in bounded memory. A document that fails, or a second one for the same resolution
     * and language, is listed and skipped.
     */
    public Streamed stream(List<Inputs.Input> inputs, int threads, Consumer<ResolutionMapper.DocumentGraph> sink) {
        List<String> failures = new ArrayList<>();
        Map<String, String> graphFrom = new HashMap<>();
        int done = 0;
        int window = Math.max(64, 32 * threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "resgraph-extract");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Extraction> workers = ThreadLocal.withInitial(() -> new Extraction(this));
        try {
            for (int from = 0; from < inputs.size(); from += window) {
                List<Future<Outcome>> outcomes = new ArrayList<>(window);
                for (int i = from; i < Math.min(inputs.size(), from + window); i++) {
                    Inputs.Input input = inputs.get(i);
                    String progress = "[" + (i + 1) + "/" + inputs.size() + "] ";
                    outcomes.add(pool.submit(() -> workers.get().outcome(input, progress)));
                }
                for (int k = 0; k < outcomes.size(); k++) {
                    Inputs.Input input = inputs.get(from + k);
                    Outcome o = join(outcomes.get(k), input);
                    if (o.failure() != null) {
                        failures.add(o.failure());
                        continue;
                    }
                    ResolutionMapper.DocumentGraph g = o.graph();
                    String earlier = graphFrom.putIfAbsent(g.name(), input.name());
                    if (earlier != null) {
                        failures.add(input.name() + ": is the same resolution and language as " + earlier
                                + " (graph " + g.name() + "); only the first is kept");
                        continue;
                    }
                    sink.accept(g);
                    done++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Streamed(done, failures);
    }

    /** What became of one input: its graph, or why it failed. */
    private record Outcome(ResolutionMapper.DocumentGraph graph, String failure) {}

    private Outcome outcome(Inputs.Input input, String progress) {
        MDC.put("progress", progress);
        try {
            return new Outcome(extract(input), null);
        } catch (ReadException | ExtractException e) {
            LOG.debug("{} (skipped)", e.getMessage());
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours met on this document: report it against the file, carry on with the others.
            LOG.debug("internal error on {}", input.name(), e);
            return new Outcome(null, input.name() + ": could not be extracted (internal error: " + e + ")");
        } finally {
            MDC.remove("progress");
        }
    }

    private static Outcome join(Future<Outcome> f, Inputs.Input input) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + input.name(), e);
        } catch (ExecutionException e) {
            return new Outcome(null, input.name() + ": could not be extracted (internal error: " + e.getCause() + ")");
        }
    }

    /** One input, read, extracted and mapped; warnings go to the log. */
    public ResolutionMapper.DocumentGraph extract(Inputs.Input input) throws ReadException, ExtractException {
        Document doc = readers.read(input.open());
        if (language != null) {
            doc = doc.withLanguage(language);
        }
        if (!links) {
            doc = doc.withoutLinks();
        }
        ResolutionFacts facts = extractors.extract(doc);
        ResolutionMapper.DocumentGraph g = mapper.map(facts);
        for (String w : facts.warnings()) {
            LOG.warn("{}: {}", doc.source(), w);
        }
        for (String w : g.warnings()) {
            LOG.warn("{}: {}", doc.source(), w);
        }
        LOG.info("{}: {} {} ({}), {} paragraphs, {} citations", doc.source(), facts.header().symbol(),
                doc.language(), doc.format(), facts.paragraphs().size(), facts.citations().size());
        return g;
    }
}
