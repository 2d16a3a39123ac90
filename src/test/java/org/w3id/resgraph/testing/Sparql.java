package org.w3id.resgraph.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** SPARQL over a graph with the prefixes of the vocabulary contract, for tests that read output as users do. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final Model model;

    public Sparql(Graph graph) {
        this.model = ModelFactory.createModelForGraph(graph);
    }

    public boolean ask(String where) {
        try (QueryExecution q = QueryExecution.model(model).query(PREFIXES + "ASK { " + where + " }").build()) {
            return q.execAsk();
        }
    }

    public List<QuerySolution> select(String query) {
        try (QueryExecution q = QueryExecution.model(model).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            ResultSet rs = q.execSelect();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    public long count(String where, String var) {
        List<QuerySolution> r = select("SELECT (COUNT(DISTINCT ?" + var + ") AS ?n) WHERE { " + where + " }");
        return r.get(0).getLiteral("n").getLong();
    }
}
