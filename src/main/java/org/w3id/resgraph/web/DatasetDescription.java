package org.w3id.resgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.resgraph.pipeline.Version;
import org.w3id.resgraph.rdf.Vocab;
import org.w3id.resgraph.store.Store;

/**
 * The dataset's own description, served at {@code /.well-known/void}: VoID and DCAT — how many
 * triples, resolutions, citations and the like, the languages, example resources, the SPARQL
 * endpoint and the dump. Counted once when the server starts (the served database is read-only).
 */
final class DatasetDescription {
    private static final String VOID = "http://rdfs.org/ns/void#", DCAT = "http://www.w3.org/ns/dcat#",
            DCT = "http://purl.org/dc/terms/";

    /** What the counts on the home page and in the description are of, by name. */
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("resolutions with text", "?x a rg:Resolution ; eli:is_realized_by ?v");
        COUNTED.put("resolutions known", "?x a rg:Resolution");
        COUNTED.put("citations", "?x a cito:Citation");
        COUNTED.put("conferences and events", "{ ?x a rg:Conference } UNION { ?x a rg:Event }");
        COUNTED.put("agreements", "?x a rg:Agreement");
        COUNTED.put("organisations", "?x a rg:Organization");
        COUNTED.put("series", "?x a rg:Series");
    }

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final long triples;

    /** Counts what the database holds; call inside a read transaction. */
    DatasetDescription(Dataset ds) {
        for (Map.Entry<String, String> c : COUNTED.entrySet()) {
            String q = """
                    PREFIX rg: <https://w3id.org/resgraph/ontology#>
                    PREFIX eli: <http://data.europa.eu/eli/ontology#>
                    PREFIX cito: <http://purl.org/spar/cito/>
                    SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s }""".formatted(c.getValue());
            try (QueryExecution e = QueryExecution.dataset(ds).query(q).build()) {
                counts.put(c.getKey(), e.execSelect().next().getLiteral("n").getLong());
            }
        }
        triples = Store.quadCount(ds);
        counts.put("quads", triples);
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
            if (c.getKey().equals("quads")) {
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
