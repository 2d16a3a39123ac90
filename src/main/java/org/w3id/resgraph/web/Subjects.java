package org.w3id.resgraph.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;

/**
 * The subjects of a resolution as a page lists them: grouped by the scheme they belong to (the UNBIS
 * Thesaurus, the Sustainable Development Goals, EuroVoc, others), in that order, each named by its
 * preferred label in the reader's language, else in English, else in any; and each once, however many
 * schemes name it: concepts that share a label in a language, case aside (the UNBIS descriptor
 * "EDUCATION"@en and the EuroVoc concept "education"@en), are one subject, shown where its name is in
 * the reader's language, else in the first scheme.
 *
 * <pre>{@code
 * Map<String, List<Subjects.Subject>> byScheme = Subjects.of(rows, "fr");   // "schemeUnbis" → [ÉDUCATION, …]
 * }</pre>
 */
final class Subjects {
    /** The schemes by the namespace of their concepts, in the order a page shows them, with the key of their names in {@code Words}. */
    private static final Map<String, String> SCHEMES = schemes();
    static final String OTHER = "schemeOther";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A subject: its concept, the name shown and that name's language (empty when it has none). */
    record Subject(String concept, String label, String lang) {}

    private Subjects() {}

    /** Rows of {@code subjects.rq} (?s, ?scheme, ?label) grouped by scheme: the key of the scheme's name in {@code Words} → its subjects in order of their names. */
    static Map<String, List<Subject>> of(List<QuerySolution> rows, String ui) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();   // concept → language → label shown
        Map<String, Set<String>> keys = new HashMap<>();                   // concept → "en:education" for each of its labels
        Map<String, String> schemeOf = new TreeMap<>();
        for (QuerySolution r : rows) {
            String concept = r.getResource("s").getURI();
            Map<String, String> byLang = labels.computeIfAbsent(concept, k -> new TreeMap<>());
            Set<String> names = keys.computeIfAbsent(concept, k -> new HashSet<>());
            if (r.contains("label") && r.get("label").isLiteral()) {
                Literal l = r.getLiteral("label");
                String lang = l.getLanguage().toLowerCase(Locale.ROOT);
                byLang.merge(lang, l.getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                names.add(lang + ":" + l.getLexicalForm().toLowerCase(Locale.ROOT));
            }
            String declared = r.contains("scheme") && r.get("scheme").isURIResource() ? r.getResource("scheme").getURI() : null;
            schemeOf.merge(concept, scheme(concept, declared), (a, b) -> a.equals(OTHER) ? b : a);
        }
        List<Subject> all = new ArrayList<>();
        labels.forEach((concept, byLang) -> all.add(named(concept, byLang, ui)));
        List<String> order = new ArrayList<>(SCHEMES.values());
        order.add(OTHER);
        // the name in the reader's language first, then the schemes' order: the subject is kept where it comes first
        all.sort(Comparator.comparing((Subject s) -> !s.lang().equals(ui)).thenComparing(s -> order.indexOf(schemeOf.get(s.concept()))));
        Set<String> seen = new HashSet<>();   // the labels of the subjects kept
        Map<String, List<Subject>> out = new LinkedHashMap<>();
        order.forEach(k -> out.put(k, new ArrayList<>()));
        for (Subject s : all) {
            Set<String> names = keys.get(s.concept());
            if (names.stream().noneMatch(seen::contains)) {
                seen.addAll(names);
                out.get(schemeOf.get(s.concept())).add(s);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(ui));
        out.values().forEach(list -> list.sort(Comparator.comparing((Subject s) -> sortKey(s.label()), collator)));
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** The scheme of a concept: the one it says it is in, else the one its IRI is in, else {@link #OTHER}. */
    private static String scheme(String concept, String declared) {
        for (Map.Entry<String, String> s : SCHEMES.entrySet()) {
            if (s.getKey().equals(declared) || concept.startsWith(s.getKey() + "/")) {
                return s.getValue();
            }
        }
        return OTHER;
    }

    private static Subject named(String concept, Map<String, String> byLang, String ui) {
        for (String lang : List.of(ui, "en")) {
            if (byLang.containsKey(lang)) {
                return new Subject(concept, byLang.get(lang), lang);
            }
        }
        if (!byLang.isEmpty()) {
            Map.Entry<String, String> any = byLang.entrySet().iterator().next();
            return new Subject(concept, any.getValue(), any.getKey());
        }
        return new Subject(concept, concept.substring(concept.lastIndexOf('/') + 1), "");
    }

    /** Numbers compared by value: "Goal 3" before "Goal 11". */
    private static String sortKey(String label) {
        return NUMBER.matcher(label).replaceAll(m -> "%09d".formatted(Long.parseLong(m.group().length() > 9 ? m.group().substring(0, 9) : m.group())));
    }

    private static Map<String, String> schemes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("http://metadata.un.org/thesaurus", "schemeUnbis");
        out.put("http://metadata.un.org/sdg", "schemeSdg");
        out.put("http://eurovoc.europa.eu", "schemeEurovoc");
        return out;
    }
}
