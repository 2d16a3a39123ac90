package org.w3id.resgraph.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import org.w3id.resgraph.text.UnLanguage;

/**
 * Converts the scraped UNBIS Thesaurus ({@code all_topics2.json} and {@code hierarchy.json}) into
 * the SKOS Turtle resgraph ships: every concept with its labels in the six UN languages and
 * {@code skos:broader}; the 18 domains and 143 microthesauri as concepts of their own. Output is
 * sorted, so the same input always gives the same file.
 */
public final class UnbisImport {
    private static final String SCHEME = "http://metadata.un.org/thesaurus";

    private UnbisImport() {}

    public static int write(Path topicsJson, Path hierarchyJson, Path out) throws IOException {
        Map<String, Map<String, String>> labels = new TreeMap<>();
        Map<String, Set<String>> broader = new TreeMap<>();
        Set<String> domains = new TreeSet<>();
        for (JsonValue el : parse(hierarchyJson).get("nodes").getAsArray()) {
            JsonObject node = el.getAsObject();
            String label = node.getObj("attributes").getString("label");
            label = label.contains(" - ") ? label.substring(label.indexOf(" - ") + 3) : label;
            String id = node.getString("key").replace(".", "");
            labels.computeIfAbsent(id, k -> new TreeMap<>()).put("en", label);
            Set<String> up = broader.computeIfAbsent(id, k -> new TreeSet<>());
            if (id.length() == 6) {
                up.add(id.substring(0, 2));
            } else {
                domains.add(id);
            }
        }
        List<JsonValue> topics = parse(topicsJson).get("topics").getAsArray();
        for (JsonValue el : topics) {
            JsonObject topic = el.getAsObject();
            String id = topic.getString("identifier");
            Map<String, String> l = labels.computeIfAbsent(id, k -> new TreeMap<>());
            JsonObject given = topic.getObj("labels");
            for (String lang : UnLanguage.codes()) {
                if (given.hasKey(lang)) {
                    l.put(lang, given.getString(lang));
                }
            }
            Set<String> up = broader.computeIfAbsent(id, k -> new TreeSet<>());
            topic.get("related").getAsArray().forEach(r -> up.add(r.getAsString().value()));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# UNBIS Thesaurus (c) United Nations, Dag Hammarskjold Library, as published at\n"
                    + "# http://metadata.un.org/thesaurus/ ; converted to SKOS by resgraph's UnbisImport from the\n"
                    + "# scrape of the public repository ClementSicard/un-unbis-thesaurus-scraper. Do not edit by hand.\n");
            w.write("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n");
            w.write("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
            w.write("@prefix unbis: <http://metadata.un.org/thesaurus/> .\n\n");
            w.write("<" + SCHEME + "> a skos:ConceptScheme ;\n    rdfs:label \"UNBIS Thesaurus\"@en , \"联合国书目信息系统叙词表\"@zh .\n\n");
            for (Map.Entry<String, Map<String, String>> e : labels.entrySet()) {
                String id = e.getKey();
                w.write(block(id, e.getValue(), broader.getOrDefault(id, Set.of()), domains.contains(id)));
            }
        }
        return topics.size();
    }

    private static String block(String id, Map<String, String> labels, Set<String> broader, boolean top) {
        StringBuilder b = new StringBuilder("unbis:").append(id).append(" a skos:Concept ;\n");
        b.append("    skos:inScheme <").append(SCHEME).append("> ;\n");
        if (top) {
            b.append("    skos:topConceptOf <").append(SCHEME).append("> ;\n");
        }
        b.append("    skos:notation \"").append(id).append("\"");
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            b.append(" ;\n    skos:prefLabel \"").append(escape(e.getValue())).append("\"@").append(e.getKey());
        }
        for (String up : new TreeSet<>(broader)) {
            b.append(" ;\n    skos:broader unbis:").append(up);
        }
        return b.append(" .\n\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static JsonObject parse(Path file) throws IOException {
        try {
            return JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not the expected JSON: " + e.getMessage(), e);
        }
    }
}
