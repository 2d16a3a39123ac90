package org.w3id.resgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a dataset of document graphs in an {@link OutputFormat}: quad formats keep one named
 * graph per document; triple formats write their union. Line-based formats are sorted, so the
 * same input gives the same bytes.
 */
public final class RdfOutput {
    private RdfOutput() {}

    public static void write(DatasetGraph dataset, OutputFormat format, PrefixMapping prefixes, OutputStream out)
            throws IOException {
        dataset.prefixes().putAll(prefixes);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (format.quads()) {
            RDFWriter.source(dataset).format(format.jena()).output(buffer);
        } else {
            RDFWriter.source(union(dataset, prefixes)).format(format.jena()).output(buffer);
        }
        if (format.lineBased()) {
            String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            StringBuilder sorted = new StringBuilder();
            for (String line : lines) {
                if (!line.isEmpty()) {
                    sorted.append(line).append('\n');
                }
            }
            out.write(sorted.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            buffer.writeTo(out);
        }
        out.flush();
    }

    /** All triples of all graphs of the dataset, default graph included, in one graph. */
    public static Graph union(DatasetGraph dataset, PrefixMapping prefixes) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes);
        dataset.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
