package org.w3id.resgraph.shacl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.resgraph.rdf.Ontology;

/**
 * Checks a graph against {@code ontology/shapes.ttl} and says what is wrong in plain words, one
 * line per problem: the resource, the property, and what a conforming graph has.
 *
 * <pre>{@code
 * List<String> problems = ShapeValidator.standard().problems(graph, prefixes);
 * }</pre>
 */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    public static ShapeValidator standard() {
        return new ShapeValidator(Ontology.load(Ontology.SHAPES));
    }

    /** The problems found, sorted; empty when the graph conforms. */
    public List<String> problems(Graph data, PrefixMapping prefixes) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
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
