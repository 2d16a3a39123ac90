package org.w3id.resgraph.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with YAML front matter: a first line {@code ---}, flat {@code key: value} lines (values
 * optionally quoted), a closing {@code ---}, then the text. Only flat scalar keys are read; that is
 * all the corpus uses, and nested YAML is reported rather than half-read.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public boolean accepts(String fileName, String text) {
        return text.startsWith("---\n") || text.startsWith("---\r\n");
    }

    @Override
    public Document read(SourceFile file, String text) throws ReadException {
        Map<String, String> fields = new LinkedHashMap<>();
        int lineStart = text.indexOf('\n') + 1;
        int lineNo = 2;
        while (true) {
            if (lineStart >= text.length()) {
                throw new ReadException(file.name(), "front matter opened with '---' on line 1 is never closed");
            }
            int next = text.indexOf('\n', lineStart);
            int end = next < 0 ? text.length() : next;
            String line = stripCr(text.substring(lineStart, end));
            if (line.equals("---")) {
                lineStart = next < 0 ? text.length() : next + 1;
                break;
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                Matcher m = FIELD.matcher(line);
                if (!m.matches() || line.startsWith(" ")) {
                    throw new ReadException(file.name(), "front matter line " + lineNo
                            + " is not a 'key: value' line: " + abbreviate(line));
                }
                fields.put(m.group(1), unquote(m.group(2).strip()));
            }
            if (next < 0) {
                throw new ReadException(file.name(), "front matter opened with '---' on line 1 is never closed");
            }
            lineStart = next + 1;
            lineNo++;
        }
        int body = SeedFormatReader.skipBlankLines(text, lineStart);
        if (text.substring(body).isBlank()) {
            throw new ReadException(file.name(), "has front matter but no text after it");
        }
        return new Document(file.name(), file.fileName(), file.sha256(), format(), text, body,
                LanguageDetector.detect(text.substring(body)), fields, List.of());
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
