package org.w3id.resgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.w3id.resgraph.gazetteer.UnbisImport;

/** {@code resgraph import-unbis}: for maintainers, rebuilds the shipped UNBIS Thesaurus Turtle. */
final class ImportUnbisCommand implements Command {

    @Override
    public String name() {
        return "import-unbis";
    }

    @Override
    public String summary() {
        return "(maintainers) Convert a UNBIS Thesaurus scrape into ontology/unbis/unbis.ttl";
    }

    @Override
    public String arguments() {
        return "--from DIR";
    }

    @Override
    public String help() {
        return """
                DIR holds all_topics2.json and hierarchy.json as published by the scraper repository
                ClementSicard/un-unbis-thesaurus-scraper. The output is sorted, so an unchanged input gives
                an unchanged file.

                Example:
                  resgraph import-unbis --from ../shared/data/unbis -o ontology/unbis/unbis.ttl
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("from").hasArg().argName("DIR").desc("folder with the JSON files").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("Turtle file to write (default ontology/unbis/unbis.ttl)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        if (!line.hasOption("from")) {
            throw new UsageException("--from DIR is required");
        }
        Path dir = Path.of(line.getOptionValue("from"));
        Path topics = dir.resolve("all_topics2.json");
        Path hierarchy = dir.resolve("hierarchy.json");
        for (Path p : new Path[] {topics, hierarchy}) {
            if (!Files.isRegularFile(p)) {
                console.err().println("resgraph import-unbis: " + p + ": no such file");
                return 1;
            }
        }
        Path out = Path.of(line.getOptionValue("output", "ontology/unbis/unbis.ttl"));
        int n = UnbisImport.write(topics, hierarchy, out);
        console.err().println("resgraph import-unbis: " + n + " concepts written to " + out);
        return 0;
    }
}
