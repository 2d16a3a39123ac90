package org.w3id.resgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.evaluate.Evaluation;
import org.w3id.resgraph.evaluate.RelationSample;
import org.w3id.resgraph.evaluate.GoldException;
import org.w3id.resgraph.evaluate.Report;
import org.w3id.resgraph.evaluate.Score;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;

/** {@code resgraph evaluate}: how well citations are extracted, against a gold file or the UN's own links. */
final class EvaluateCommand implements Command {
    private static final int SHOW = 10;

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "Measure citation extraction against a gold file or the links of AKN4UN XML";
    }

    @Override
    public String arguments() {
        return "INPUT...";
    }

    @Override
    public String help() {
        return """
                INPUT is a file or a folder (read recursively), as for extract: texts are extracted first; an
                RDF file (.nq .trig .ttl …) named as an INPUT is taken as an earlier extraction instead.
                Scored are the pairs (citing resolution, cited resolution or decision) the graphs state with
                rg:refersTo, cito:cites or a typed relation, symbols compared without spaces; citations of
                itself are left out. Per language and relation the table gives the gold, predicted and
                found pairs, precision (P), recall (R) and F1, then the relation accuracy (found pairs
                with a typed gold relation that got it) and the first missed and spurious pairs with their
                files. 'refersTo' rows hold pairs with none of recalls, reaffirms, takesNoteOf, welcomes.

                --gold reads JSON Lines, one resolution version a line:
                  {"symbol": "A/RES/80/3", "lang": "en", "file": "A_RES_80_3.md",
                   "citations": [{"cited": "A/RES/76/217", "relation": "recalls"}]}
                A gold of occurrences, one labelled place a line ({"file", "symbol", "lang", "cited", "n",
                "relation"}: the n-th place in that file that cites 'cited'), is scored per occurrence instead:
                the files it names are extracted from the inputs and each place's relation compared
                (coverage: labelled places found; accuracy: found places with the labelled relation).
                --akn takes as gold the resolutions the <a href="https://undocs.org/…"> links (docs.un.org from
                2025 on) of each AKN4UN file point to, and extracts the files with those links left out: the score of the text rules
                alone. As the UN's links are incomplete, a predicted Security Council resolution the text
                shows by number and year, '2014 (2011)', counts as right too ('by text'). Links carry no
                relation, so relation accuracy is n/a.

                Exit status 1 when a --min-… threshold is missed or an input failed, 2 for bad usage.

                Examples:
                  resgraph evaluate --gold gold.jsonl corpus/ga-en
                  resgraph evaluate --gold gold.jsonl --min-precision 0.97 --min-recall 0.95 out.nq
                  resgraph evaluate --akn --lang zh --show 20 corpus/sc-akn
                  resgraph evaluate --gold src/test/resources/fixtures/relations/fr.jsonl corpus/sc-akn
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("gold").hasArg().argName("FILE")
                .desc("score against this JSON Lines gold file").build());
        o.addOption(Option.builder().longOpt("akn")
                .desc("score against the links of the AKN4UN XML inputs (instead of --gold)").build());
        o.addOption(Option.builder().longOpt("lang").hasArg().argName("LANG")
                .desc("score only language versions in LANG (zh, en, fr, es, ru, ar); auto (default) scores all, "
                        + "each language on rows of its own").build());
        o.addOption(OptionValues.baseOption());
        o.addOption(Option.builder().longOpt("format").hasArg().argName("text|json")
                .desc("print a table (text, the default) or the same numbers as JSON").build());
        o.addOption(Option.builder().longOpt("show").hasArg().argName("N")
                .desc("list up to N missed and N spurious pairs (default " + SHOW + ")").build());
        o.addOption(Option.builder().longOpt("min-precision").hasArg().argName("P")
                .desc("exit 1 when the overall precision is below P (0 to 1); no threshold by default").build());
        o.addOption(Option.builder().longOpt("min-recall").hasArg().argName("R")
                .desc("exit 1 when the overall recall is below R").build());
        o.addOption(Option.builder().longOpt("min-relation").hasArg().argName("A")
                .desc("exit 1 when the relation accuracy is below A (not with --akn)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        String gold = line.getOptionValue("gold");
        boolean akn = line.hasOption("akn");
        if (gold == null && !akn) {
            throw new UsageException("say what to score against: --gold FILE or --akn");
        }
        if (gold != null && akn) {
            throw new UsageException("give --gold FILE or --akn, not both");
        }
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        boolean json = json(line.getOptionValue("format", "text"));
        int show = show(line.getOptionValue("show"));
        Double minPrecision = threshold(line, "min-precision"), minRecall = threshold(line, "min-recall"),
                minRelation = threshold(line, "min-relation");
        if (akn && minRelation != null) {
            throw new UsageException("--min-relation cannot be checked with --akn: links carry no relation");
        }
        String base = OptionValues.base(line.getOptionValue("base"));
        String lang = OptionValues.language(line.getOptionValue("lang", "auto"));

        List<String> problems = new ArrayList<>();
        Inputs.Listing listing = Inputs.list(line.getArgList(), console.in(), problems);
        List<Inputs.Input> inputs = listing.inputs();
        if (akn && inputs.stream().noneMatch(i -> i.name().toLowerCase(Locale.ROOT).endsWith(".xml"))) {
            throw new UsageException("--akn scores the links of AKN4UN XML files, and no INPUT is one");
        }
        problems.forEach(p -> console.err().println("resgraph evaluate: " + p));
        if (gold != null && isOccurrences(Path.of(gold), console)) {
            return occurrences(Path.of(gold), lang, inputs, show, minRelation, console) + (problems.isEmpty() ? 0 : 1) > 0 ? 1 : 0;
        }
        Evaluation evaluation = akn ? Evaluation.againstLinks(lang, base) : Evaluation.againstFile(Path.of(gold), lang, base);
        Evaluation.Outcome outcome;
        try {
            outcome = evaluation.run(inputs);
        } catch (GoldException e) {
            console.err().println("resgraph evaluate: " + e.getMessage());
            return 1;
        }
        Inputs.grouped(outcome.failures(), inputs.stream().map(Inputs.Input::name).toList(), 5, "")
                .forEach(f -> console.err().println("resgraph evaluate: " + f));
        listing.summary().forEach(l -> console.err().println("resgraph evaluate: " + l));
        Score score = outcome.score();
        console.out().print(json ? Report.json(score, show) : Report.text(score, show));

        boolean below = below("precision", score.overall().precision(), minPrecision, console)
                | below("recall", score.overall().recall(), minRecall, console)
                | below("relation accuracy", score.accuracy().value(), minRelation, console);
        int failed = problems.size() + outcome.failures().size();
        if (failed > 0) {
            console.err().println("resgraph evaluate: " + failed + " input(s) failed");
        }
        return below || failed > 0 ? 1 : 0;
    }

    private static boolean isOccurrences(Path gold, Console console) {
        try {
            return RelationSample.isOccurrences(gold);
        } catch (GoldException e) {
            return false;   // Gold.read says what is wrong with it
        }
    }

    /**
     * A gold of labelled occurrences: the inputs it names are extracted (links included, as users get
     * them) and the relation of each labelled occurrence is compared. Returns 1 when something failed
     * or the accuracy is below the threshold.
     */
    private static int occurrences(Path gold, String lang, List<Inputs.Input> inputs, int show, Double minRelation,
                                   Console console) throws Exception {
        List<RelationSample.Label> labels;
        try {
            labels = RelationSample.read(gold).stream().filter(l -> lang == null || lang.equals(l.lang())).toList();
        } catch (GoldException e) {
            console.err().println("resgraph evaluate: " + e.getMessage());
            return 1;
        }
        Set<String> files = new HashSet<>();
        labels.forEach(l -> files.add(l.file()));
        Map<String, ResolutionFacts> extracted = new HashMap<>();
        DocumentReaders readers = DocumentReaders.standard();
        Extractors extractors = Extractors.standard();
        int failed = 0;
        for (Inputs.Input input : inputs) {
            String name = Path.of(input.name()).getFileName().toString();
            if (!files.contains(name) || extracted.containsKey(name)) {
                continue;
            }
            try {
                extracted.put(name, extractors.extract(readers.read(input.open())));
            } catch (ReadException | ExtractException e) {
                console.err().println("resgraph evaluate: " + e.getMessage());
                failed++;
            }
        }
        for (String f : new TreeSet<>(files)) {
            if (!extracted.containsKey(f)) {
                console.err().println("resgraph evaluate: " + f + ": labelled in " + gold + " but not among the inputs (or not extracted)");
            }
        }
        Map<String, RelationSample.Row> rows = RelationSample.score(labels, extracted);
        console.out().print(RelationSample.text(rows, show));
        boolean below = below("relation accuracy", RelationSample.accuracy(rows), minRelation, console);
        return below || failed > 0 ? 1 : 0;
    }

    /** Whether a measure misses its threshold, saying so on standard error. */
    private static boolean below(String what, double value, Double min, Console console) {
        if (min == null || value >= min) {
            return false;
        }
        console.err().println(String.format(Locale.ROOT, "resgraph evaluate: %s %.3f is below the threshold %.3f",
                what, value, min));
        return true;
    }

    private static boolean json(String format) throws UsageException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format must be text or json, not '" + format + "'");
        };
    }

    private static int show(String value) throws UsageException {
        if (value == null) {
            return SHOW;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--show must be a whole number of 0 or more, not '" + value + "'");
    }

    private static Double threshold(CommandLine line, String option) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--" + option + " must be a number from 0 to 1, not '" + value + "'");
    }
}
