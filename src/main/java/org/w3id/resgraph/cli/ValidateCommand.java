package org.w3id.resgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.rdf.Vocab;
import org.w3id.resgraph.shacl.ShapeValidator;

/** {@code resgraph validate}: SHACL check of RDF files, or of what documents extract to. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check RDF against the SHACL shapes of ontology/shapes.ttl, in plain words";
    }

    @Override
    public String arguments() {
        return "INPUT...";
    }

    @Override
    public String help() {
        return """
                An INPUT with an RDF extension (.ttl .nt .nq .trig .jsonld .rdf) is read as RDF; any other
                input is a resolution text, extracted first and its graph checked. Each input gets a line
                'conforms' or one line per problem. Exit status 1 when any input does not conform or cannot
                be read.

                Examples:
                  resgraph validate seed.ttl
                  resgraph validate corpus/seed/000_de291e7566262927.txt
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.langOption("texts that are extracted first"));
        o.addOption(OptionValues.baseOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        String base = OptionValues.base(line.getOptionValue("base"));
        String lang = OptionValues.language(line.getOptionValue("lang", "auto"));
        ShapeValidator validator = ShapeValidator.standard();
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(line.getArgList(), console.in(), problems);
        int bad = problems.size();
        problems.forEach(p -> console.err().println("resgraph validate: " + p));
        for (Inputs.Input input : inputs) {
            Graph graph;
            try {
                graph = graphOf(input, base, lang);
            } catch (Exception e) {
                console.err().println("resgraph validate: " + e.getMessage());
                bad++;
                continue;
            }
            List<String> found = validator.problems(graph, Vocab.prefixes(base));
            if (found.isEmpty()) {
                console.out().println(input.name() + ": conforms (" + graph.size() + " triples)");
            } else {
                bad++;
                console.out().println(input.name() + ": does not conform, " + found.size() + " problem(s):");
                found.forEach(p -> console.out().println("  " + p));
            }
        }
        return bad == 0 ? 0 : 1;
    }

    private static Graph graphOf(Inputs.Input input, String base, String lang) throws Exception {
        Optional<OutputFormat> rdf = OutputFormat.byFileName(input.name()).filter(f -> !input.name().endsWith(".xml"));
        if (rdf.isPresent()) {
            DatasetGraph ds = DatasetGraphFactory.create();
            try {
                RDFParser.source(Path.of(input.name())).lang(rdf.get().jena().getLang()).errorHandler(new Failing())
                        .parse(ds);
            } catch (RiotException e) {
                throw new Exception(input.name() + ": not valid " + rdf.get().jena().getLang().getLabel() + ": "
                        + e.getMessage(), e);
            }
            return RdfOutput.union(ds, Vocab.prefixes(base));
        }
        return new Extraction(base, lang).extract(input).graph();
    }

    /** Parse errors stop the parse and become the message; nothing is logged on the side. */
    private static final class Failing implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(where(line, col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(where(line, col) + message);
        }

        private static String where(long line, long col) {
            return line > 0 ? "line " + line + (col > 0 ? ", column " + col : "") + ": " : "";
        }
    }
}
