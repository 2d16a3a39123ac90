package org.w3id.resgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.RdfFiles;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.shacl.ShapeValidator;
import org.w3id.resgraph.vocab.Vocab;

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
        Optional<Lang> rdf = RdfFiles.syntaxOf(input.name());
        if (rdf.isPresent()) {
            try {
                return RdfOutput.union(RdfFiles.read(Path.of(input.name()), rdf.get()), Vocab.prefixes(base));
            } catch (RdfFiles.CannotRead e) {
                throw new Exception(e.getMessage(), e);
            }
        }
        return new Extraction(base, lang).extract(input).graph();
    }
}
