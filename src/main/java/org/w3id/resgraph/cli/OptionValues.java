package org.w3id.resgraph.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.commons.cli.Option;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.store.Store;

/** Checks of option values shared by commands; each failure is a {@link UsageException} saying what is allowed. */
final class OptionValues {
    private static final Set<String> LANGUAGES = Set.of("zh", "en", "fr", "es", "ru", "ar");

    private OptionValues() {}

    static Option langOption(String what) {
        return Option.builder().longOpt("lang").hasArg().argName("zh|en|auto")
                .desc("language of " + what + "; auto (default) detects it from each text").build();
    }

    static Option baseOption() {
        return Option.builder().longOpt("base").hasArg().argName("IRI")
                .desc("base of the IRIs made (default " + Gazetteer.DEFAULT_BASE + ")").build();
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
        if (!LANGUAGES.contains(lang)) {
            throw new UsageException("--lang must be auto or one of zh, en, fr, es, ru, ar, not '" + lang + "'");
        }
        return lang;
    }
}
