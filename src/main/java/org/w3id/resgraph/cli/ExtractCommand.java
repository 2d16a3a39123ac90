package org.w3id.resgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.rdf.Vocab;

/** {@code resgraph extract}: resolution texts in, RDF out. */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "Extract resolution texts into RDF (one named graph per document)";
    }

    @Override
    public String arguments() {
        return "INPUT...";
    }

    @Override
    public String help() {
        return """
                INPUT is a file, a folder (read recursively) or - for standard input. Formats read: the seed
                format (a '%%%' descriptor line, a blank line, the text), Markdown with YAML front matter, and
                plain text, in UTF-8 with or without a byte order mark.

                A document that cannot be read or extracted is reported on one line and skipped; the others
                are still written, and the exit status is 1.

                Examples:
                  resgraph extract corpus/seed/000_de291e7566262927.txt -o seed.ttl
                  resgraph extract --format nq corpus/ > corpus.nq
                  cat resolution.txt | resgraph extract --lang zh -
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.langOption("the texts"));
        o.addOption(Option.builder().longOpt("format").hasArg().argName("F")
                .desc("output format: " + OutputFormat.names() + " (default: from the output file's extension, else ttl)").build());
        o.addOption(OptionValues.baseOption());
        o.addOption(Option.builder().longOpt("no-links")
                .desc("ignore the links a format carries (AKN4UN's undocs.org links): cite only what the text rules find").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("write to FILE instead of standard output").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        List<String> names = line.getArgList();
        if (names.isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        String output = line.getOptionValue("output");
        OutputFormat format = OptionValues.format(line.getOptionValue("format"), output);
        String base = OptionValues.base(line.getOptionValue("base"));
        String lang = OptionValues.language(line.getOptionValue("lang", "auto"));

        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(names, console.in(), problems);
        problems.forEach(p -> console.err().println("resgraph extract: " + p));
        Extraction.Result result = new Extraction(base, lang, !line.hasOption("no-links")).run(inputs);
        result.failures().forEach(f -> console.err().println("resgraph extract: " + f + " (skipped)"));
        List<String> failed = new ArrayList<>(problems);
        failed.addAll(result.failures());
        if (result.documents() > 0) {
            try {
                write(result, format, base, output, console);
            } catch (CannotWrite e) {
                console.err().println("resgraph extract: " + e.getMessage());
                return 1;
            }
        }
        if (!failed.isEmpty()) {
            console.err().println("resgraph extract: " + result.documents() + " document(s) extracted, "
                    + failed.size() + " failed" + (result.documents() == 0 ? "; nothing written" : ""));
            return 1;
        }
        return 0;
    }

    /** Writes to a temporary file beside the output and moves it in place, so no half file is left. */
    private static void write(Extraction.Result result, OutputFormat format, String base, String output, Console console)
            throws IOException, CannotWrite {
        if (output == null) {
            RdfOutput.write(result.dataset(), format, Vocab.prefixes(base), console.out());
            return;
        }
        Path target = Path.of(output).toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                RdfOutput.write(result.dataset(), format, Vocab.prefixes(base), out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CannotWrite(output + ": cannot write the output (" + reason(e) + ")");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the folder itself cannot be written to: there is no temporary file to remove
            }
        }
    }

    /** What an IOException says, in words: the exception's class when it has no message of its own. */
    private static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such folder";
            case FileAlreadyExistsException f -> f.getFile() + " is in the way";
            case NotDirectoryException d -> d.getFile() + " is not a folder";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    /** The output could not be written; the message names it and why. */
    private static final class CannotWrite extends Exception {
        CannotWrite(String message) {
            super(message);
        }
    }
}
