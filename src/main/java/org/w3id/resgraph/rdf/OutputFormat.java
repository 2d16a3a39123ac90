package org.w3id.resgraph.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The RDF formats resgraph writes, by name and by file extension. */
public enum OutputFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false, List.of("ttl", "turtle"), List.of(".ttl")),
    NT(RDFFormat.NTRIPLES_UTF8, false, List.of("nt", "ntriples", "n-triples"), List.of(".nt")),
    NQ(RDFFormat.NQUADS_UTF8, true, List.of("nq", "nquads", "n-quads"), List.of(".nq")),
    TRIG(RDFFormat.TRIG_PRETTY, true, List.of("trig"), List.of(".trig")),
    JSONLD(RDFFormat.JSONLD11_PRETTY, true, List.of("jsonld", "json-ld"), List.of(".jsonld", ".json")),
    RDFXML(RDFFormat.RDFXML_PRETTY, false, List.of("rdfxml", "rdf", "xml", "rdf/xml"), List.of(".rdf", ".owl", ".xml"));

    private final RDFFormat jena;
    private final boolean quads;
    private final List<String> names;
    private final List<String> extensions;

    OutputFormat(RDFFormat jena, boolean quads, List<String> names, List<String> extensions) {
        this.jena = jena;
        this.quads = quads;
        this.names = names;
        this.extensions = extensions;
    }

    public RDFFormat jena() {
        return jena;
    }

    /** Whether the format keeps named graphs; the others get the union of all document graphs. */
    public boolean quads() {
        return quads;
    }

    /** Whether the output is written line by line and sorted, for byte-identical output. */
    public boolean lineBased() {
        return this == NT || this == NQ;
    }

    public static Optional<OutputFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(n)).findFirst();
    }

    public static Optional<OutputFormat> byFileName(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.extensions.stream().anyMatch(f::endsWith)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.names.get(0)).toList());
    }
}
