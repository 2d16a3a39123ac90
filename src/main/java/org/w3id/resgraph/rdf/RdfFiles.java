package org.w3id.resgraph.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * RDF files given as inputs ({@code .nq}, {@code .trig}, {@code .ttl} …, not {@code .xml}, which is a
 * resolution text): read as they are, named graphs kept, strictly, with a parse error as one line
 * naming the file and where, and nothing logged on the side.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** The RDF syntax of an input named like an RDF file, or empty for a text to extract. */
    public static Optional<Lang> syntaxOf(String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return Optional.empty();
        }
        return OutputFormat.byFileName(name).map(f -> f.jena().getLang());
    }

    /** The dataset in a file; a parse error is one line naming the file and where. */
    public static DatasetGraph read(Path file, Lang syntax) throws CannotRead {
        if (!Files.isReadable(file)) {
            throw new CannotRead(file + ": cannot be read");
        }
        DatasetGraph ds = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(syntax).errorHandler(new Failing()).parse(ds);
        } catch (RiotException e) {
            throw new CannotRead(file + ": not valid " + syntax.getLabel() + ": " + e.getMessage());
        }
        return ds;
    }

    /** An RDF input that cannot be read; the message names it. */
    public static final class CannotRead extends Exception {
        public CannotRead(String message) {
            super(message);
        }
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
