package org.w3id.resgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A hand-checked gold file in JSON Lines, one resolution version a line, as the acceptance scorer
 * reads it:
 *
 * <pre>{@code
 * {"symbol": "A/RES/80/3", "lang": "en", "file": "A_RES_80_3.md",
 *  "citations": [{"cited": "A/RES/76/217", "relation": "recalls"}, …]}
 * }</pre>
 *
 * {@code lang} and {@code file} may be left out; other keys are ignored. A relation {@code notes}
 * is {@code takesNoteOf}.
 */
final class Gold {
    private Gold() {}

    static List<Cites> read(Path file) throws GoldException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GoldException(file + ": no such gold file");
        } catch (IOException e) {
            throw new GoldException(file + ": cannot read the gold file (" + e.getMessage() + ")");
        }
        List<Cites> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(line(lines.get(i), file + ":" + (i + 1)));
            }
        }
        if (out.isEmpty()) {
            throw new GoldException(file + ": holds no gold lines");
        }
        return out;
    }

    private static Cites line(String line, String where) throws GoldException {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (JsonException e) {
            throw new GoldException(where + ": not a JSON object (" + e.getMessage().strip() + ")");
        }
        Cites.Builder b = new Cites.Builder(string(o, "symbol", where, true), string(o, "lang", where, false),
                string(o, "file", where, false));
        JsonValue citations = o.get("citations");
        if (citations == null || !citations.isArray()) {
            throw new GoldException(where + ": has no \"citations\" list");
        }
        for (JsonValue c : citations.getAsArray()) {
            if (!c.isObject()) {
                throw new GoldException(where + ": a citation is not an object");
            }
            b.cite(string(c.getAsObject(), "cited", where, true), Scope.typedOf(string(c.getAsObject(), "relation", where, false)));
        }
        return b.build();
    }

    private static String string(JsonObject o, String key, String where, boolean required) throws GoldException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new GoldException(where + ": has no \"" + key + "\"");
            }
            return null;
        }
        if (!v.isString()) {
            throw new GoldException(where + ": \"" + key + "\" is not a string");
        }
        return v.getAsString().value();
    }
}
