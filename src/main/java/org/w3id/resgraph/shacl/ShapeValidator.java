package org.w3id.resgraph.shacl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.resgraph.rdf.Ontology;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Checks a graph against {@code ontology/shapes.ttl} and says what is wrong in plain words, one
 * line per problem: the resource, the property, and what a conforming graph has.
 *
 * <pre>{@code
 * List<String> problems = ShapeValidator.standard().problems(graph, prefixes);
 * }</pre>
 */
public final class ShapeValidator {
    private static final Node SUB_CLASS_OF = NodeFactory.createURI(Vocab.RDFS + "subClassOf");

    private final Shapes shapes;
    private final Graph ontology;

    public ShapeValidator(Graph shapesGraph, Graph ontology) {
        this.shapes = Shapes.parse(shapesGraph);
        this.ontology = ontology;
    }

    public static ShapeValidator standard() {
        return new ShapeValidator(Ontology.load(Ontology.SHAPES), Ontology.standard().graph());
    }

    /**
     * The problems found, sorted; empty when the graph conforms. The ontology's subclass axioms
     * are added to the data, as SHACL expects, so that an rg:OperativeParagraph is an rg:Paragraph.
     */
    public List<String> problems(Graph data, PrefixMapping prefixes) {
        Graph withClasses = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(withClasses::add);
        ontology.find(Node.ANY, SUB_CLASS_OF, Node.ANY).forEachRemaining(withClasses::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, withClasses);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes));
            String value = e.value() == null ? "" : " (value: " + show(e.value(), prefixes) + ")";
            out.add(show(e.focusNode(), prefixes) + path + ": " + e.message() + value);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String show(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            String short_ = prefixes.shortForm(n.getURI());
            return short_.equals(n.getURI()) ? "<" + n.getURI() + ">" : short_;
        }
        return n.toString();
    }
}
