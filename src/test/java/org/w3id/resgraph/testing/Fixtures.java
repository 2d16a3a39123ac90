package org.w3id.resgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.vocab.Vocab;

/** The test fixtures and ways to turn them into graphs, shared by tests. */
public final class Fixtures {
    public static final String SEED = "fixtures/seed/000_de291e7566262927.txt";
    public static final String GOLD = "fixtures/seed/A-RES-59-249.json";

    private Fixtures() {}

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + resource + " is missing", e);
        }
    }

    /** A file or folder of the sample corpus shipped with the project ({@code corpus/} at its top level). */
    public static Path corpus(String relative) {
        Path p = Path.of(System.getProperty("resgraph.home", ".")).resolve("corpus").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("corpus file " + p + " is missing");
        }
        return p;
    }

    public static String text(String resource) {
        try {
            return Files.readString(path(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the given files with the default base and returns the dataset. */
    public static DatasetGraph extract(Path... files) {
        List<Inputs.Input> inputs = Inputs.expand(List.of(files).stream().map(Path::toString).toList(),
                System.in, new java.util.ArrayList<>());
        Extraction.Result r = new Extraction(Gazetteer.DEFAULT_BASE, null).run(inputs);
        if (!r.failures().isEmpty()) {
            throw new AssertionError("extraction failed: " + r.failures());
        }
        return r.dataset();
    }

    /** The union of all graphs of what the files extract to. */
    public static Graph extractUnion(Path... files) {
        return RdfOutput.union(extract(files), Vocab.prefixes(Gazetteer.DEFAULT_BASE));
    }
}
