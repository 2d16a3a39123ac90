package org.w3id.resgraph.read;

import java.util.List;
import java.util.Map;

/** Any other text: the whole file is the resolution text. Asked last. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(String fileName, String text) {
        return true;
    }

    @Override
    public Document read(SourceFile file, String text) throws ReadException {
        if (text.isBlank()) {
            throw new ReadException(file.name(), "holds no text");
        }
        return new Document(file.name(), file.fileName(), file.sha256(), format(), text, 0,
                LanguageDetector.detect(text), Map.of(), List.of());
    }
}
