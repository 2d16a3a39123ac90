package org.w3id.resgraph.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.Option;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.text.UnLanguage;

/** Checks of option values shared by commands; each failure is a {@link UsageException} saying what is allowed. */
final class OptionValues {

    private OptionValues() {}

    static Option langOption(String what) {
        return Option.builder().longOpt("lang").hasArg().argName("zh|en|auto")
                .desc("language of " + what + "; auto (default) detects it from each text").build();
    }

    static Option baseOption() {
        return Option.builder().longOpt("base").hasArg().argName("IRI")
                .desc("base of the IRIs made (default " + Gazetteer.DEFAULT_BASE + ")").build();
    }

    /** --max-document-size and --document-timeout, the budget of each document. */
    static void addLimitOptions(org.apache.commons.cli.Options o) {
        o.addOption(Option.builder().longOpt("max-document-size").hasArg().argName("SIZE")
                .desc("skip, with a message, a document larger than SIZE (bytes, or with k, M, G: 16M; 0 for no limit; default "
                        + (Extraction.Limits.DEFAULT_MAX_BYTES >> 20) + "M)").build());
        o.addOption(Option.builder().longOpt("document-timeout").hasArg().argName("TIME")
                .desc("skip, with a message, a document whose extraction takes longer than TIME (seconds, or with ms, s, m: 90s;"
                        + " 0 for no limit; default " + Extraction.Limits.DEFAULT_TIMEOUT.toSeconds() + "s)").build());
    }

    /** The budget of each document from --max-document-size and --document-timeout. */
    static Extraction.Limits limits(org.apache.commons.cli.CommandLine line) throws UsageException {
        long bytes = Extraction.Limits.DEFAULT_MAX_BYTES;
        Duration time = Extraction.Limits.DEFAULT_TIMEOUT;
        String size = line.getOptionValue("max-document-size");
        if (size != null) {
            Matcher m = Pattern.compile("(?i)\\s*(\\d+)\\s*([kmg]i?b?|b)?\\s*").matcher(size);
            if (!m.matches()) {
                throw new UsageException("--max-document-size must be a size such as 16M, 500k or 1000000, not '" + size + "'");
            }
            long unit = switch (m.group(2) == null ? "b" : m.group(2).substring(0, 1).toLowerCase(Locale.ROOT)) {
                case "k" -> 1L << 10;
                case "m" -> 1L << 20;
                case "g" -> 1L << 30;
                default -> 1;
            };
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        }
        String timeout = line.getOptionValue("document-timeout");
        if (timeout != null) {
            Matcher m = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?\\s*").matcher(timeout);
            if (!m.matches()) {
                throw new UsageException("--document-timeout must be a time such as 60s, 500ms, 2m or 60, not '" + timeout + "'");
            }
            double n = Double.parseDouble(m.group(1));
            double ms = switch (m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> n;
                case "m", "min" -> n * 60_000;
                default -> n * 1000;
            };
            time = Duration.ofMillis(Math.round(ms));
        }
        return new Extraction.Limits(bytes, time);
    }

    static Option dbOption() {
        return Option.builder().longOpt("db").hasArg().argName("DIR")
                .desc("the database folder (TDB2 and its text index)").build();
    }

    /** The --db folder, which must hold a database unless it may be created. */
    static Path db(String dir, boolean mayCreate) throws UsageException {
        if (dir == null) {
            throw new UsageException("--db DIR is needed: the database folder");
        }
        Path p = Path.of(dir);
        if (!mayCreate && !Store.exists(p)) {
            throw new UsageException("--db " + dir + " holds no resgraph database; make one with 'resgraph load --db " + dir
                    + " INPUT...'");
        }
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UsageException("--db " + dir + " is a file, not a folder");
        }
        return p;
    }

    static OutputFormat format(String name, String output) throws UsageException {
        if (name != null) {
            return OutputFormat.byName(name).orElseThrow(() ->
                    new UsageException("unknown format '" + name + "'; use one of " + OutputFormat.names()));
        }
        if (output != null) {
            return OutputFormat.byFileName(output).orElse(OutputFormat.TTL);
        }
        return OutputFormat.TTL;
    }

    static String base(String base) throws UsageException {
        if (base == null) {
            return Gazetteer.DEFAULT_BASE;
        }
        try {
            URI uri = new URI(base);
            if (uri.getScheme() == null || uri.getHost() == null && !"urn".equals(uri.getScheme())) {
                throw new UsageException("--base must be an absolute IRI such as https://example.org/resgraph/, not '" + base + "'");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("--base is not a valid IRI: " + e.getMessage());
        }
        return base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    /** The language forced by --lang, or null for auto-detection. */
    static String language(String lang) throws UsageException {
        if (lang.equals("auto")) {
            return null;
        }
        if (!UnLanguage.isUn(lang)) {
            throw new UsageException("--lang must be auto or one of " + String.join(", ", UnLanguage.codes()) + ", not '" + lang + "'");
        }
        return lang;
    }
}
