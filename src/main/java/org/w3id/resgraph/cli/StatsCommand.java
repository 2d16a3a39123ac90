package org.w3id.resgraph.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.store.Store;

/** {@code resgraph stats}: what a database holds. */
final class StatsCommand implements Command {
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Count documents, resolutions, citations by relation, languages and triples in a database";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String help() {
        return """
                Example:
                  resgraph stats --db db
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        Path dir = OptionValues.db(line.getOptionValue("db"), false);
        Dataset ds = Store.open(dir);
        try {
            Txn.executeRead(ds, () -> {
                console.out().println("documents (language versions)  " + count(ds, "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a rg:LanguageVersion }"));
                console.out().println("resolutions (also only cited)  " + count(ds, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Resolution }"));
                console.out().println("citations                      " + count(ds, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cito:Citation }"));
                rows(ds, "SELECT ?k (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cito:Citation ; rg:relation ?rel "
                        + "BIND(REPLACE(STR(?rel), '^.*#', '') AS ?k) } GROUP BY ?k ORDER BY DESC(?n)", "  relation ", console);
                rows(ds, "SELECT ?k (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a rg:LanguageVersion ; dcterms:language ?k } "
                        + "GROUP BY ?k ORDER BY ?k", "language ", console);
                console.out().println("named graphs                   " + count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"));
                console.out().println("quads                          " + count(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
            });
        } finally {
            ds.close();
        }
        return 0;
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static void rows(Dataset ds, String query, String label, Console console) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String key = label + s.getLiteral("k").getString();
                console.out().println(key + " ".repeat(Math.max(1, 31 - key.length())) + s.getLiteral("n").getLong());
            }
        }
    }
}
