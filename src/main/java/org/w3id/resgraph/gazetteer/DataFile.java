package org.w3id.resgraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Data files on the class path: tab-separated tables ({@code #} starts a comment line, blank lines
 * are skipped) and Turtle files.
 */
public final class DataFile {
    private DataFile() {}

    public static List<String[]> readTsv(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : readText(resource).split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cells = line.replace("\r", "").split("\t", -1);
            if (cells.length < columns) {
                throw new IllegalStateException(resource + " line " + lineNo + ": expected " + columns
                        + " tab-separated columns, found " + cells.length);
            }
            rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
        }
        return rows;
    }

    public static String readText(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses a Turtle file into {@code graph}, closing it afterwards. */
    public static void parseTurtle(String resource, Graph graph) {
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(resource).parse(graph);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + resource + ": " + e.getMessage(), e);
        }
    }

    public static InputStream open(String resource) {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        InputStream in = DataFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the class path");
        }
        return in;
    }
}
