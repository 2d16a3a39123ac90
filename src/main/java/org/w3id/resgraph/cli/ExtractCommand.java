package org.w3id.resgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.w3id.resgraph.rdf.RdfStreamWriter;
import org.w3id.resgraph.vocab.Vocab;

/** {@code resgraph extract}: resolution texts in, RDF out. */
final class ExtractCommand implements Command {
    /** Inputs failing for one reason from which on they are reported in one line (--verbose names each). */
    private static final int GROUPED = 5;

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
                INPUT is a file, a folder (read recursively) or - for standard input. Formats read: AKN4UN XML
                (a clone of the UN's repository as it is), the seed format (a '%%%' descriptor line, a blank
                line, the text), Markdown with YAML front matter, and plain text, in UTF-8 with or without a
                byte order mark.

                Documents are written as they are extracted, in the order given, so memory does not grow with
                their number. A document that cannot be read or extracted, is larger than --max-document-size
                or takes longer than --document-timeout is reported on one line and skipped (nothing of it is
                written); the others are still written, and the exit status is 1. Progress is shown on a
                terminal, else logged every few seconds; -q keeps it quiet.

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
        OptionValues.addLimitOptions(o);
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

        Extraction.Limits limits = OptionValues.limits(line);

        List<String> problems = new ArrayList<>();
        Inputs.Listing listing = Inputs.list(names, console.in(), problems);
        List<Inputs.Input> inputs = listing.inputs();
        problems.forEach(p -> console.err().println("resgraph extract: " + p));
        Extraction extraction = new Extraction(base, lang, !line.hasOption("no-links"), limits);
        Extraction.Streamed result;
        try {
            result = write(extraction, inputs, format, base, output, console);
        } catch (CannotWrite e) {
            console.err().println("resgraph extract: " + e.getMessage());
            return 1;
        }
        List<String> inputNames = inputs.stream().map(Inputs.Input::name).toList();
        Inputs.grouped(result.failures(), inputNames, GROUPED, " (skipped)").forEach(f -> console.err().println("resgraph extract: " + f));
        Inputs.grouped(result.repeats(), inputNames, GROUPED, "").forEach(f -> console.err().println("resgraph extract: " + f));
        listing.summary().forEach(l -> console.err().println("resgraph extract: " + l));
        List<String> failed = new ArrayList<>(problems);
        failed.addAll(result.failures());
        if (!failed.isEmpty()) {
            console.err().println("resgraph extract: " + result.documents() + " document(s) extracted, "
                    + failed.size() + " failed" + (result.documents() == 0 ? "; nothing written" : ""));
            return 1;
        }
        return 0;
    }

    /**
     * Extracts into the output as the documents come. A file is written under a temporary name beside
     * it and moved in place when complete, so no half file is left; when no document could be
     * extracted, nothing is written.
     */
    private static Extraction.Streamed write(Extraction extraction, List<Inputs.Input> inputs, OutputFormat format, String base,
            String output, Console console) throws CannotWrite {
        int threads = Runtime.getRuntime().availableProcessors();
        if (output == null) {
            OutputStream out = new BufferedOutputStream(console.out(), 1 << 16);
            RdfStreamWriter writer = new RdfStreamWriter(format, Vocab.prefixes(base), out);
            Extraction.Streamed s = extraction.run(inputs, threads, writer);
            try {
                out.flush();
            } catch (IOException e) {
                throw new CannotWrite("cannot write to standard output (" + reason(e) + ")");
            }
            return s;
        }
        Path target = Path.of(output).toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        // stopped half-way (Ctrl-C, kill): the output is left as it was, and the half-written file goes
        Thread cleanup = new Thread(() -> {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM stops
            }
        }, "resgraph-extract-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Files.createDirectories(target.getParent());
            Extraction.Streamed s;
            boolean wrote;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                RdfStreamWriter writer = new RdfStreamWriter(format, Vocab.prefixes(base), out);
                s = extraction.run(inputs, threads, writer);
                wrote = writer.wrote();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (wrote) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return s;
        } catch (IOException e) {
            throw new CannotWrite(output + ": cannot write the output (" + reason(e) + ")");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the folder itself cannot be written to: there is no temporary file to remove
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException stopping) {
                // the JVM is stopping already: the hook runs
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
