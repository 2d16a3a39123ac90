package org.w3id.resgraph.read;

import java.util.List;

/**
 * Reads any supported input format: decodes the bytes, then hands the text to the first reader
 * that recognises it. New formats are new {@link DocumentReader}s, listed here.
 *
 * <pre>{@code
 * Document doc = DocumentReaders.standard().read(SourceFile.of(Path.of("seed.txt")));
 * }</pre>
 */
public final class DocumentReaders {
    private final List<DocumentReader> readers;

    public DocumentReaders(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** AKN4UN XML, the seed format, Markdown with front matter, then plain text. */
    public static DocumentReaders standard() {
        return new DocumentReaders(List.of(new AknReader(), new SeedFormatReader(), new MarkdownReader(), new PlainTextReader()));
    }

    public Document read(SourceFile file) throws ReadException {
        String text = TextDecoder.decode(file);
        for (DocumentReader reader : readers) {
            if (reader.accepts(file.fileName(), text)) {
                return reader.read(file, text);
            }
        }
        throw new ReadException(file.name(), "is in no format resgraph reads");
    }
}
