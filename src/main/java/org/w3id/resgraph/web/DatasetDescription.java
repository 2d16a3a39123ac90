package org.w3id.resgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.pipeline.Version;
import org.w3id.resgraph.store.Census;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The dataset's own description, served at {@code /.well-known/void}: VoID and DCAT — how many
 * triples, resolutions, citations and the like, the languages, example resources, the SPARQL
 * endpoint and the dump. The counts are those the load kept ({@link Census}), or made once when the
 * server starts (the served database is read-only).
 */
final class DatasetDescription {
    private static final String VOID = "http://rdfs.org/ns/void#", DCAT = "http://www.w3.org/ns/dcat#",
            DCT = "http://purl.org/dc/terms/";

    private final Map<String, Long> counts;
    private final long triples;

    /** What the database holds: the counts its load kept, or counted now (see {@link Store#counts}). */
    DatasetDescription(Dataset ds) {
        counts = new LinkedHashMap<>(Store.counts(ds));
        triples = counts.get(Census.QUADS);
    }

    Map<String, Long> counts() {
        return counts;
    }

    /** The description, with the server's own address for the endpoint and the dump. */
    Graph graph(String base, String server) {
        Graph g = GraphFactory.createDefaultGraph();
        Node d = NodeFactory.createURI(base + "dataset");
        add(g, d, Vocab.TYPE, uri(VOID + "Dataset"));
        add(g, d, Vocab.TYPE, uri(DCAT + "Dataset"));
        add(g, d, uri(DCT + "title"), NodeFactory.createLiteralLang("resgraph: United Nations resolutions and their citations", "en"));
        add(g, d, uri(DCT + "title"), NodeFactory.createLiteralLang("resgraph：联合国决议及其引用", "zh"));
        add(g, d, uri(DCT + "description"), NodeFactory.createLiteralLang(
                "Resolutions of the General Assembly and the Security Council read from their texts: every citation with its verb "
                        + "and exact words, the conferences, agreements, organisations and UNBIS descriptors, and resolution series.", "en"));
        add(g, d, uri(DCT + "language"), uri(Vocab.EU_LANGUAGE + "ZHO"));
        add(g, d, uri(DCT + "language"), uri(Vocab.EU_LANGUAGE + "ENG"));
        add(g, d, uri(DCT + "hasVersion"), NodeFactory.createLiteralString(Version.current()));
        add(g, d, uri(VOID + "triples"), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        add(g, d, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(base + "id/"));
        add(g, d, uri(VOID + "vocabulary"), uri(Vocab.RG));
        add(g, d, uri(VOID + "vocabulary"), uri(Vocab.ELI));
        add(g, d, uri(VOID + "vocabulary"), uri(Vocab.CITO));
        add(g, d, uri(VOID + "sparqlEndpoint"), uri(server + "resgraph/sparql"));
        add(g, d, uri(VOID + "rootResource"), uri(server));
        add(g, d, uri(VOID + "exampleResource"), uri(base + "id/un/A/RES/59/249"));
        add(g, d, uri(VOID + "exampleResource"), uri(base + "id/un/S/RES/2505(2020)"));
        Node dump = uri(server + "dumps/resgraph.nq.gz");
        add(g, d, uri(VOID + "dataDump"), dump);
        Node distribution = uri(base + "dataset/dump");
        add(g, d, uri(DCAT + "distribution"), distribution);
        add(g, distribution, Vocab.TYPE, uri(DCAT + "Distribution"));
        add(g, distribution, uri(DCAT + "downloadURL"), dump);
        add(g, distribution, uri(DCAT + "mediaType"), uri("http://www.iana.org/assignments/media-types/application/n-quads"));
        add(g, distribution, uri(DCAT + "compressFormat"), uri("http://www.iana.org/assignments/media-types/application/gzip"));
        int i = 0;
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            if (c.getKey().equals(Census.QUADS)) {
                continue;
            }
            Node part = uri(base + "dataset/part/" + ++i);
            add(g, d, uri(VOID + "subset"), part);
            add(g, part, Vocab.TYPE, uri(VOID + "Dataset"));
            add(g, part, uri(DCT + "title"), NodeFactory.createLiteralLang(c.getKey(), "en"));
            add(g, part, uri(VOID + "entities"), NodeFactory.createLiteralDT(Long.toString(c.getValue()), XSDDatatype.XSDinteger));
        }
        return g;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
