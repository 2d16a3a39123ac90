package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The SPARQL the pages ask, each query a file beside this class ({@code paragraphs.rq}, …) that says
 * in its first comment what it answers. A file is read and parsed once; the values of a request are
 * put in as RDF terms by Jena's substitution of variables (never spliced into the text), a list of
 * them as a {@code VALUES} block at the head of the query's pattern.
 *
 * <pre>{@code
 * List<QuerySolution> rows = PageQueries.select(ds, "paragraphs", Map.of("resolution", iri, "lang", literal));
 * }</pre>
 */
final class PageQueries {
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private PageQueries() {}

    /** The rows of a SELECT query with its parameters ({@code ?resolution}, …) bound; call inside a read transaction. */
    static List<QuerySolution> select(Dataset ds, String name, Map<String, RDFNode> parameters) {
        return select(ds, name, parameters, null, List.of());
    }

    /**
     * The rows of a SELECT query with its parameters bound and {@code variable} taking each of {@code values}
     * in turn: a {@code VALUES} block first in the pattern, so that the rest is evaluated for those values
     * only (a block after the query would be joined after its grouping, with the pattern evaluated for all).
     */
    static List<QuerySolution> select(Dataset ds, String name, Map<String, RDFNode> parameters, String variable, Collection<Node> values) {
        Query query = query(name).cloneQuery();
        if (variable != null) {
            ElementData data = new ElementData();
            Var v = Var.alloc(variable);
            data.add(v);
            values.forEach(n -> data.add(BindingFactory.binding(v, n)));
            // a new group around the parsed one's elements: the parsed query, shared by every request, is left as it is
            ElementGroup pattern = new ElementGroup();
            pattern.addElement(data);
            ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
            query.setQueryPattern(pattern);
        }
        try (QueryExecution q = bind(QueryExecution.dataset(ds).query(query), parameters).build()) {
            List<QuerySolution> out = new ArrayList<>();
            q.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    /** The answer of an ASK query with its parameters bound. */
    static boolean ask(Dataset ds, String name, Map<String, RDFNode> parameters) {
        try (QueryExecution q = bind(QueryExecution.dataset(ds).query(query(name).cloneQuery()), parameters).build()) {
            return q.execAsk();
        }
    }

    private static QueryExecutionDatasetBuilder bind(QueryExecutionDatasetBuilder b, Map<String, RDFNode> parameters) {
        parameters.forEach(b::substitution);
        return b;
    }

    /** The parsed query of {@code NAME.rq}, read the first time it is asked for. */
    static Query query(String name) {
        return PARSED.computeIfAbsent(name, PageQueries::parse);
    }

    /** The text of {@code NAME.rq} as the file has it. */
    static String text(String name) {
        try (InputStream in = PageQueries.class.getResourceAsStream(name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("the page query " + name + ".rq is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page query " + name + ".rq: " + e.getMessage(), e);
        }
    }

    private static Query parse(String name) {
        return QueryFactory.create(text(name), Syntax.syntaxARQ);
    }
}
