package org.w3id.resgraph.rdf;

import java.time.LocalDate;
import java.util.Collection;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** Adds triples to one graph, with the few node kinds the mapping stage needs. Null objects are skipped. */
final class GraphWriter {
    private final Graph graph;
    private final IriScheme iris;

    GraphWriter(Graph graph, IriScheme iris) {
        this.graph = graph;
        this.iris = iris;
    }

    Graph graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node text(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node nonNegative(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node date(LocalDate d) {
        return d == null ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            graph.add(s, p, o);
        }
    }

    /** Reference-data triples, with their IRIs moved under the output's base. */
    void addRebased(Collection<Triple> triples) {
        for (Triple t : triples) {
            graph.add(rebase(t.getSubject()), rebase(t.getPredicate()), rebase(t.getObject()));
        }
    }

    private Node rebase(Node n) {
        return n.isURI() ? iri(iris.rebase(n.getURI())) : n;
    }
}
