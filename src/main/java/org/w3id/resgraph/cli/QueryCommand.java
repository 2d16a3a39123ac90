package org.w3id.resgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.serve.JsonResults;
import org.w3id.resgraph.serve.Server;
import org.w3id.resgraph.store.Store;

/** {@code resgraph query}: run SPARQL against a database, without a server. */
final class QueryCommand implements Command {
    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json", "xml");

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "Run a SPARQL query (a file or -e TEXT) against a database and print the results";
    }

    @Override
    public String arguments() {
        return "[FILE.rq]";
    }

    @Override
    public String help() {
        return """
                The default graph is the union of all graphs, as on the server; queries stop after --timeout
                seconds. SELECT and ASK results print as a table (or csv, tsv, json, xml); CONSTRUCT and
                DESCRIBE as Turtle.

                Examples:
                  resgraph query --db db queries/series-lineage.rq
                  resgraph query --db db --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(Option.builder("e").longOpt("expression").hasArg().argName("SPARQL").desc("the query itself, instead of a file").build());
        o.addOption(Option.builder().longOpt("format").hasArg().argName("F").desc("results as " + String.join(", ", FORMATS) + " (default table)").build());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("S").desc("seconds the query may run (default 60)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        String format = line.getOptionValue("format", "table");
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format must be one of " + String.join(", ", FORMATS) + ", not '" + format + "'");
        }
        String text;
        if (line.hasOption("expression")) {
            text = line.getOptionValue("expression");
        } else if (line.getArgList().size() == 1) {
            Path file = Path.of(line.getArgList().get(0));
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + ": no such query file");
            }
            text = Files.readString(file);
        } else {
            throw new UsageException("give one query FILE or -e 'SPARQL'");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            console.err().println("resgraph query: the query does not parse: " + e.getMessage());
            return 1;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(line.getOptionValue("timeout", "60"));
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout must be a whole number of seconds");
        }
        Dataset ds = Store.open(OptionValues.db(line.getOptionValue("db"), false));
        try {
            Server.protect(ds, seconds * 1000L);
            Txn.executeRead(ds, () -> {
                try (QueryExecution q = QueryExecution.dataset(ds).query(query).build()) {
                    if (query.isSelectType()) {
                        print(q.execSelect(), format, console);
                    } else if (query.isAskType()) {
                        console.out().println(q.execAsk());
                    } else {
                        RDFDataMgr.write(console.out(), query.isConstructType() ? q.execConstruct() : q.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        } finally {
            ds.close();
        }
        return 0;
    }

    private static void print(ResultSet rs, String format, Console console) {
        JsonResults.register();
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(console.out(), rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(console.out(), rs);
            case "json" -> ResultSetFormatter.outputAsJSON(console.out(), rs);
            case "xml" -> ResultSetFormatter.outputAsXML(console.out(), rs);
            default -> ResultSetFormatter.out(console.out(), rs);
        }
    }
}
