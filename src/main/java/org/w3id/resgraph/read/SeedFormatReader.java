package org.w3id.resgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed format: line 1 is {@code %%%} followed by UNBIS descriptors joined by {@code |}
 * (a trailing {@code |} is allowed), then a blank line, then the resolution text.
 */
public final class SeedFormatReader implements DocumentReader {
    private static final String MARK = "%%%";

    @Override
    public String format() {
        return "seed";
    }

    @Override
    public boolean accepts(String fileName, String text) {
        return text.startsWith(MARK);
    }

    @Override
    public Document read(SourceFile file, String text) throws ReadException {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
            throw new ReadException(file.name(), "has a descriptor line but no text after it");
        }
        List<String> descriptors = new ArrayList<>();
        for (String label : text.substring(MARK.length(), lineEnd).split("\\|")) {
            String trimmed = label.strip();
            if (!trimmed.isEmpty()) {
                descriptors.add(trimmed);
            }
        }
        int body = skipBlankLines(text, lineEnd + 1);
        if (text.substring(body).isBlank()) {
            throw new ReadException(file.name(), "has a descriptor line but no text after it");
        }
        return new Document(file.name(), file.fileName(), file.sha256(), format(), text, body,
                LanguageDetector.detect(text.substring(body)), Map.of(), descriptors);
    }

    static int skipBlankLines(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int next = text.indexOf('\n', i);
            String line = next < 0 ? text.substring(i) : text.substring(i, next);
            if (!line.isBlank() || next < 0) {
                break;
            }
            i = next + 1;
        }
        return i;
    }
}
