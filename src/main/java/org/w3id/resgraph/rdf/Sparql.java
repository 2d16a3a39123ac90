package org.w3id.resgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SPARQL queries kept as {@code .rq} files beside the class that runs them, and run with values put
 * in as RDF terms, never as text. A query names the variables a caller fills in with {@code $}
 * ({@code $series}); {@link #select(Dataset, String, Map)} substitutes them in the parsed query
 * (Jena's {@code substitution}), so a symbol holding a quote stays a literal, and refuses to run
 * with one of them left empty, which would match everything instead.
 *
 * <pre>{@code
 * private static final String MEMBERS = Sparql.load(Lineage.class, "series-members.rq");
 * Sparql.select(ds, MEMBERS, Map.of("series", ResourceFactory.createResource(iri)));
 * }</pre>
 */
public final class Sparql {
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

    private Sparql() {}

    /** The text of the resource {@code name} beside {@code owner} (in its package's folder), in UTF-8. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no query " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the query " + name + " beside " + owner.getName() + " could not be read", e);
        }
    }

    /** The solutions of a query without parameters; run in a read transaction. */
    public static List<QuerySolution> select(Dataset ds, String query) {
        return select(ds, query, Map.of());
    }

    /** The solutions of a query with each {@code $name} of it bound to {@code values.get(name)}; run in a read transaction. */
    public static List<QuerySolution> select(Dataset ds, String query, Map<String, ? extends RDFNode> values) {
        Set<String> missing = parameters(query);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for $" + String.join(", $", missing));
        }
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(ds).query(query);
        values.forEach(builder::substitution);
        try (QueryExecution q = builder.build()) {
            List<QuerySolution> out = new ArrayList<>();
            q.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    /** The {@code $names} a query uses, outside its comments. */
    static Set<String> parameters(String query) {
        Set<String> out = new TreeSet<>();
        for (String line : query.split("\n")) {
            if (!line.strip().startsWith("#")) {
                Matcher m = PARAMETER.matcher(line);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
