package org.w3id.resgraph.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.rdf.Sparql;
import org.w3id.resgraph.store.Store;

/** {@code resgraph stats}: what a database holds. */
final class StatsCommand implements Command {
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
                console.out().println("documents (language versions)  " + count(ds, "stats-documents.rq"));
                console.out().println("resolutions (also only cited)  " + count(ds, "stats-resolutions.rq"));
                console.out().println("citations                      " + count(ds, "stats-citations.rq"));
                rows(ds, "stats-relations.rq", "  relation ", console);
                rows(ds, "stats-languages.rq", "language ", console);
                console.out().println("named graphs                   " + count(ds, "stats-graphs.rq"));
                console.out().println("quads                          " + count(ds, "stats-quads.rq"));
            });
        } finally {
            ds.close();
        }
        return 0;
    }

    /** The number the query in {@code file} (beside this class; stats runs each once) counts. */
    private static long count(Dataset ds, String file) {
        return Sparql.select(ds, Sparql.load(StatsCommand.class, file)).get(0).getLiteral("n").getLong();
    }

    private static void rows(Dataset ds, String file, String label, Console console) {
        for (QuerySolution s : Sparql.select(ds, Sparql.load(StatsCommand.class, file))) {
            String key = label + s.getLiteral("k").getString();
            console.out().println(key + " ".repeat(Math.max(1, 31 - key.length())) + s.getLiteral("n").getLong());
        }
    }
}
