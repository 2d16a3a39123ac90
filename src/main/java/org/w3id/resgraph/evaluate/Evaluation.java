package org.w3id.resgraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.RdfFiles;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;

/**
 * Measures citation extraction on inputs against a gold: texts are extracted (RDF inputs are taken
 * as earlier extractions), the citations are read from the graphs as the acceptance scorer reads
 * them, and scored per language version. The gold is a JSON Lines file, or the links of AKN4UN
 * inputs; in the second case the inputs are extracted with their links left out, so the score is
 * that of the text rules alone.
 *
 * <pre>{@code
 * Evaluation.Outcome o = Evaluation.againstFile(Path.of("gold.jsonl"), null, base).run(inputs);
 * o.score().overall().recall();
 * }</pre>
 */
public final class Evaluation {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.evaluate");

    private final Path goldFile;
    private final String language;
    private final String base;

    private Evaluation(Path goldFile, String language, String base) {
        this.goldFile = goldFile;
        this.language = language;
        this.base = base;
    }

    /**
     * @param gold     a JSON Lines gold file (see {@link Gold})
     * @param language ISO 639-1 code of the only language versions to score, or null for all
     * @param base     base of the IRIs minted when extracting
     */
    public static Evaluation againstFile(Path gold, String language, String base) {
        return new Evaluation(gold, language, base);
    }

    /** Against the links AKN4UN inputs carry (see {@link LinkGold}). */
    public static Evaluation againstLinks(String language, String base) {
        return new Evaluation(null, language, base);
    }

    /** The score, and one line per input that could not be read, extracted or scored. */
    public record Outcome(Score score, List<String> failures) {}

    public Outcome run(List<Inputs.Input> inputs) throws GoldException {
        List<Cites> fileGold = goldFile == null ? null
                : Gold.read(goldFile).stream().filter(c -> language == null || language.equals(c.language())).toList();
        List<String> failures = new ArrayList<>();
        List<Inputs.Input> texts = new ArrayList<>();
        List<Cites> predicted = new ArrayList<>();
        boolean rdfGiven = false;
        for (Inputs.Input input : inputs) {
            Optional<Lang> rdf = RdfFiles.syntaxOf(input.name());
            if (rdf.isEmpty()) {
                texts.add(input);
                continue;
            }
            rdfGiven = true;
            try {
                predicted.addAll(Predictions.of(RdfFiles.read(Path.of(input.name()), rdf.get())));
            } catch (RdfFiles.CannotRead e) {
                failures.add(e.getMessage());
            }
        }
        List<Linked> linked = goldFile != null ? List.of() : linked(texts, failures);
        if (goldFile == null) {
            // Earlier extractions given as RDF stand for the extraction: the texts then only give the gold.
            texts = rdfGiven ? List.of() : linked.stream().map(Linked::input).toList();
        }
        if (!texts.isEmpty()) {
            Extraction.Result r = new Extraction(base, null, goldFile != null).run(texts);
            failures.addAll(r.failures());
            predicted.addAll(Predictions.of(r.dataset()));
        }
        List<Cites> gold = fileGold != null ? fileGold : linkGold(linked, predicted, failures);
        List<Cites> scored = predicted.stream()
                .filter(c -> language == null || c.language() == null || language.equals(c.language())).toList();
        Score score = Score.of(gold, scored, goldFile != null);
        LOG.info("{} language version(s) scored against {}{}", score.versions(),
                goldFile != null ? goldFile : "the links of the AKN4UN inputs",
                score.unscored() > 0 ? "; " + score.unscored() + " extracted version(s) without gold left out" : "");
        return new Outcome(score, failures);
    }

    /** An AKN4UN input and the document read from it. */
    private record Linked(Inputs.Input input, Document document) {}

    /** The AKN4UN documents among the texts, in the language asked for; the other texts are failures. */
    private List<Linked> linked(List<Inputs.Input> texts, List<String> failures) {
        DocumentReaders readers = DocumentReaders.standard();
        List<Linked> out = new ArrayList<>();
        for (Inputs.Input input : texts) {
            Document doc;
            try {
                doc = readers.read(input.open());
            } catch (ReadException e) {
                failures.add(e.getMessage());
                continue;
            }
            if (!doc.format().equals("akn")) {
                failures.add(input.name() + ": is not AKN4UN XML, so it carries no links to score against");
            } else if (language == null || language.equals(doc.language())) {
                out.add(new Linked(input, doc));
            }
        }
        return out;
    }

    /**
     * The gold of each AKN4UN document. Its citing symbol is the one its metadata states, else the
     * one extracted from the same file (some files leave {@code docNumber} empty).
     */
    private static List<Cites> linkGold(List<Linked> linked, List<Cites> predicted, List<String> failures) {
        List<Cites> gold = new ArrayList<>();
        for (Linked l : linked) {
            Document doc = l.document();
            Optional<String> symbol = LinkGold.statedSymbol(doc).or(() -> extractedSymbol(doc, predicted));
            if (symbol.isEmpty()) {
                failures.add(l.input().name() + ": states no resolution symbol and none was extracted, so its links cannot be scored");
            } else {
                gold.add(LinkGold.of(doc, symbol.get()));
            }
        }
        return gold;
    }

    /** The symbol of the one version extracted from a file of that name and language. */
    private static Optional<String> extractedSymbol(Document doc, List<Cites> predicted) {
        List<String> symbols = predicted.stream()
                .filter(c -> doc.fileName().equals(c.file()) && doc.language().equals(c.language()))
                .map(Cites::symbol).distinct().toList();
        return symbols.size() == 1 ? Optional.of(symbols.get(0)) : Optional.empty();
    }
}
