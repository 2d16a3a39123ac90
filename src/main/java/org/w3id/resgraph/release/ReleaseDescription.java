package org.w3id.resgraph.release;

import static org.w3id.resgraph.release.Releases.DCAT;
import static org.w3id.resgraph.release.Releases.SPDX;
import static org.w3id.resgraph.release.Releases.VOIDNS;
import static org.w3id.resgraph.release.Releases.integer;
import static org.w3id.resgraph.release.Releases.uri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Releases in VoID and DCAT: one release with its files ({@value Releases#VOID} in its folder), and
 * the list of them all that a server of the releases folder gives at {@code /releases}.
 */
public final class ReleaseDescription {
    private static final String MEDIA = "http://www.iana.org/assignments/media-types/";

    private ReleaseDescription() {}

    /** The description of one release: its number, date, id, the one it revises, and every file with its size and sha256. */
    static Graph release(String base, int number, Instant issued, String id, Releases.Info previous, long quads, Path dir,
            Map<String, String> sums) {
        Graph g = Releases.graph();
        Node r = uri(base + "releases/" + number);
        Node dataset = uri(base + "dataset");
        add(g, r, Vocab.TYPE, uri(VOIDNS + "Dataset"));
        add(g, r, Vocab.TYPE, uri(DCAT + "Dataset"));
        add(g, r, uri(Vocab.DCTERMS + "title"), NodeFactory.createLiteralLang("resgraph, release " + number, "en"));
        add(g, r, uri(DCAT + "version"), NodeFactory.createLiteralString(Integer.toString(number)));
        add(g, r, uri(Vocab.DCTERMS + "issued"), NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime));
        add(g, r, uri(Vocab.DCTERMS + "identifier"), NodeFactory.createLiteralString(id));
        add(g, r, uri(Vocab.DCTERMS + "isVersionOf"), dataset);
        add(g, dataset, uri(Vocab.DCTERMS + "hasVersion"), r);
        if (previous != null) {
            Node before = uri(previous.iri(base));
            add(g, r, uri(Vocab.PROV + "wasRevisionOf"), before);
            add(g, r, uri(DCAT + "previousVersion"), before);
        }
        add(g, r, uri(VOIDNS + "triples"), integer(quads));
        Node dump = file(base, number, Releases.DUMP);
        add(g, r, uri(VOIDNS + "dataDump"), dump);
        for (Map.Entry<String, String> e : sums.entrySet()) {
            String name = e.getKey();
            Node f = file(base, number, name);
            add(g, f, uri(SPDX + "checksum"), checksum(g, e.getValue()));
            add(g, f, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(size(dir.resolve(name))), XSDDatatype.XSDnonNegativeInteger));
            add(g, f, uri(DCAT + "downloadURL"), f);
            if (name.startsWith(Releases.DATABASE + "/")) {
                add(g, file(base, number, Releases.DATABASE), uri(Vocab.DCTERMS + "hasPart"), f);
            } else {
                add(g, r, uri(DCAT + "distribution"), f);
                add(g, f, Vocab.TYPE, uri(DCAT + "Distribution"));
                add(g, f, uri(DCAT + "mediaType"), uri(MEDIA + mediaType(name)));
            }
        }
        Node db = file(base, number, Releases.DATABASE);
        add(g, r, uri(DCAT + "distribution"), db);
        add(g, db, Vocab.TYPE, uri(DCAT + "Distribution"));
        add(g, db, uri(Vocab.DCTERMS + "description"), NodeFactory.createLiteralLang(
                "The database itself: Apache Jena TDB2 with its Lucene text index, as resgraph serves it", "en"));
        return g;
    }

    /** Every release of a folder, each linked to the one before: what {@code /releases} gives as RDF. */
    public static Graph all(String base, List<Releases.Info> releases) {
        Graph g = Releases.graph();
        for (Releases.Info info : releases) {
            RDFDataMgr.read(g, info.dir().resolve(Releases.VOID).toString());
        }
        return g;
    }

    /** The media type a file of a release is served with. */
    public static String mediaType(String name) {
        if (name.endsWith(".nq.gz")) {
            return "application/gzip";
        } else if (name.endsWith(".rdfp")) {
            return "text/plain";
        } else if (name.endsWith(".md")) {
            return "text/markdown";
        } else if (name.endsWith(".tsv")) {
            return "text/tab-separated-values";
        } else if (name.endsWith(".ttl")) {
            return "text/turtle";
        }
        return "text/plain";
    }

    private static Node file(String base, int number, String name) {
        return uri(base + "releases/" + number + "/" + name);
    }

    private static Node checksum(Graph g, String hex) {
        Node c = NodeFactory.createBlankNode();
        add(g, c, Vocab.TYPE, uri(SPDX + "Checksum"));
        add(g, c, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
        add(g, c, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(hex, XSDDatatype.XSDhexBinary));
        return c;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
