package org.w3id.resgraph.read;

/**
 * Reads one input format into a {@link Document}. One class per format; {@link DocumentReaders}
 * asks each in turn whether it recognises a file.
 */
public interface DocumentReader {

    /** A short name for the format, used in messages and provenance. */
    String format();

    /** Whether this reader recognises the decoded text (and file name) as its format. */
    boolean accepts(String fileName, String text);

    /** Reads the decoded text of {@code file}; the problem in any exception names the file. */
    Document read(SourceFile file, String text) throws ReadException;
}
