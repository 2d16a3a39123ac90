package org.w3id.resgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        this.mapper = new ResolutionMapper(new IriScheme(base), Version.current());
        this.language = language;
        this.links = links;
    }

    /** The dataset built, and one line per document that failed. */
    public record Result(DatasetGraph dataset, int documents, List<String> failures) {}

    public Result run(List<Inputs.Input> inputs) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        List<String> failures = new ArrayList<>();
        Map<String, String> graphFrom = new HashMap<>();
        int done = 0, seen = 0;
        long started = System.nanoTime();
        for (Inputs.Input input : inputs) {
            seen++;
            MDC.put("progress", "[" + seen + "/" + inputs.size() + "] ");
            try {
                ResolutionMapper.DocumentGraph g = extract(input);
                String earlier = graphFrom.putIfAbsent(g.name(), input.name());
                if (earlier != null) {
                    failures.add(input.name() + ": is the same resolution and language as " + earlier
                            + " (graph " + g.name() + "); only the first is kept");
                    continue;
                }
                dataset.addGraph(NodeFactory.createURI(g.name()), g.graph());
                done++;
            } catch (ReadException | ExtractException e) {
                failures.add(e.getMessage());
                LOG.debug("{} (skipped)", e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // A defect of ours met on this document: report it against the file, carry on with the others.
                failures.add(input.name() + ": could not be extracted (internal error: " + e + ")");
                LOG.debug("internal error on {}", input.name(), e);
            } finally {
                MDC.remove("progress");
            }
        }
        SeriesMerge.Result series = SeriesMerge.apply(dataset);
        if (series.merged() + series.dropped() > 0) {
            LOG.info("series: {} named in another language joined their English or reference name, {} with a single member left out",
                    series.merged(), series.dropped());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} of {} document(s) extracted in {} s ({} documents/s), {} quads", done, inputs.size(),
                String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.0f", seen / Math.max(seconds, 1e-3)),
                dataset.stream().count());
        return new Result(dataset, done, failures);
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
