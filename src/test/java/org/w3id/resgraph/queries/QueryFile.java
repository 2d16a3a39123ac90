package org.w3id.resgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example query of {@code queries/}: its question, its SPARQL text and the expectations its
 * trailing comments state about its results (the grammar is in {@link QueriesTest}).
 */
record QueryFile(String name, String question, String sparql, boolean namedGraphsExplained, List<Expectation> expectations) {
    private static final Pattern QUESTION = Pattern.compile("^#\\s*Question:\\s*(\\S.*)$");
    private static final Pattern EXPECT = Pattern.compile("^#\\s*Expect\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_GRAPHS = Pattern.compile("^#\\s*Named graphs:\\s*\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_IT_WAS = Pattern.compile("^#.*\\bAs it was \\(same rows\\):\\s*$");
    private static final Pattern PREFIX = Pattern.compile("^\\s*PREFIX\\b.*$", Pattern.CASE_INSENSITIVE);

    static QueryFile read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryFile parse(String name, String text) {
        String[] lines = text.split("\\R");
        Matcher q = lines.length == 0 ? null : QUESTION.matcher(lines[0]);
        if (q == null || !q.matches()) {
            throw new IllegalArgumentException(name + ": the first line must be '# Question: …'");
        }
        List<Expectation> expectations = new ArrayList<>();
        boolean explained = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i].strip());
            if (m.matches()) {
                try {
                    expectations.add(Expectation.parse(m.group(1)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
            explained |= NAMED_GRAPHS.matcher(lines[i].strip()).find();
        }
        return new QueryFile(name, q.group(1).strip(), text, explained, List.copyOf(expectations));
    }

    /**
     * The query as it was before it read what {@code load} counts, when its comment keeps it: the
     * comment lines indented under one ending "As it was (same rows):", with the file's PREFIXes, or
     * null for a query that was not rewritten.
     */
    String asItWas() {
        String[] lines = sparql.split("\\R");
        StringBuilder query = new StringBuilder();
        for (String line : lines) {
            if (PREFIX.matcher(line).matches()) {
                query.append(line.strip()).append('\n');
            }
        }
        int i = 0;
        while (i < lines.length && !AS_IT_WAS.matcher(lines[i]).matches()) {
            i++;
        }
        if (i == lines.length) {
            return null;
        }
        for (i++; i < lines.length && lines[i].startsWith("#") && (lines[i].strip().equals("#") || lines[i].startsWith("#   ")); i++) {
            query.append(lines[i].length() > 1 ? lines[i].substring(4) : "").append('\n');
        }
        return query.toString();
    }

    /** The query without its comments and string literals, to look for keywords such as GRAPH. */
    String code() {
        StringBuilder out = new StringBuilder();
        for (String line : sparql.split("\\R")) {
            out.append(stripComment(line)).append('\n');
        }
        return out.toString().replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|<[^<>\\s]*>", "\"\"");
    }

    boolean usesNamedGraphs() {
        return Pattern.compile("\\b(GRAPH|FROM\\s+NAMED)\\b").matcher(code().toUpperCase(Locale.ROOT)).find();
    }

    /** A line without its {@code #} comment; a {@code #} inside a string or an IRI is not one. */
    private static String stripComment(String line) {
        char quote = 0;
        boolean iri = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (iri) {
                iri = c != '>';
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))
                    && line.charAt(i + 1) != '=') {
                iri = true;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
