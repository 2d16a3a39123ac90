package org.w3id.resgraph.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * What a search finds, for {@link Pages#search} to show: the resources whose names or texts hold the
 * words, best first, each with the passage that holds them. The words are looked for as written in every
 * language (the index's field {@code text}) and, in the reader's language, in their inflected forms too
 * (its field {@code text_fr}, …; see {@code Store}); only the index's best {@link Pages#HITS_PER_RESULT}
 * hits per result are read. A paragraph's hit stands for its resolution, a language version's for its work.
 * The passage is the literal of one of the result's best hits (a paragraph before a title) in which the
 * words are found again ({@link SearchTerms}), or a window of it around them ({@link Passage}).
 *
 * <pre>{@code
 * List<String[]> rows = new SearchResults(ds, pages::local).find("工业发展", 50, Furniture.of("zh"));
 * }</pre>
 */
final class SearchResults {
    /** How many of a result's best hits are looked at for a passage that holds the words. */
    private static final int PASSAGE_HITS = 3;

    private final Dataset ds;
    private final Function<String, String> local;

    /** @param local where a data IRI is served here ({@link Pages#local}) */
    SearchResults(Dataset ds, Function<String, String> local) {
        this.ds = ds;
        this.local = local;
    }

    /** The rows of {@link Pages#find}: the best {@code limit} results for the words, with their passages. */
    List<String[]> find(String words, int limit, Furniture f) {
        String lucene = "(" + words + ") OR text_" + f.lang() + ":(" + words + ")";
        Map<String, List<String[]>> results = hits(lucene, limit);
        Map<String, QuerySolution> names = new HashMap<>();
        for (QuerySolution s : PageQueries.select(ds, "search-names", Map.of("ui", ResourceFactory.createStringLiteral(f.lang())), "r",
                nodes(results.keySet()))) {
            names.put(s.getResource("r").getURI(), s);
        }
        Map<String, List<QuerySolution>> literals = literalsOf(results.values());
        SearchTerms terms = SearchTerms.of(lucene);
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> result : results.entrySet()) {
            String r = result.getKey();
            QuerySolution s = names.get(r);
            String kind = s != null && s.contains("type") ? f.heading(s.getResource("type").getURI()) : "";
            String[] row = {r, s != null && s.contains("name") ? s.getLiteral("name").getLexicalForm() : r,
                    kind.length() > 160 ? kind.substring(0, 160) + "…" : kind, "", "", "", "", ""};
            passage(row, result.getValue(), literals, terms, f);
            out.add(row);
        }
        return out;
    }

    /**
     * The best {@code limit} resources the index finds, in the order of their best hits, each with its hits
     * [subject, graph, "p" for a paragraph]: its paragraphs first, best first, then the rest (its titles), so
     * that a resolution's passage is where the reader can go on reading.
     */
    private Map<String, List<String[]>> hits(String lucene, int limit) {
        // The index's best hits only: a common word matches thousands of paragraphs, and each hit is then joined to
        // its resolution, so only the best HITS_PER_RESULT × limit hits (Lucene gives them best first) are ranked.
        Map<String, List<String[]>> results = new LinkedHashMap<>();
        for (QuerySolution s : PageQueries.select(ds, "search-hits", Map.of("query", ResourceFactory.createStringLiteral(lucene),
                "hits", ResourceFactory.createTypedLiteral(String.valueOf(Pages.HITS_PER_RESULT * limit), XSDDatatype.XSDinteger)))) {
            String r = s.getResource("r").getURI();
            if (results.size() < limit || results.containsKey(r)) {
                results.computeIfAbsent(r, k -> new ArrayList<>()).add(new String[] {s.getResource("s").getURI(),
                        s.contains("g") && s.get("g").isURIResource() ? s.getResource("g").getURI() : null, s.contains("part") ? "p" : ""});
            }
        }
        results.values().forEach(hits -> hits.sort(Comparator.comparing((String[] hit) -> hit[2].isEmpty())));
        return results;
    }

    /** The indexed literals of the best hits of each result, by subject (rows of {@code search-literals.rq}). */
    private Map<String, List<QuerySolution>> literalsOf(Collection<List<String[]>> hits) {
        Set<String> subjects = new LinkedHashSet<>();
        hits.forEach(h -> h.stream().map(hit -> hit[0]).distinct().limit(PASSAGE_HITS).forEach(subjects::add));
        Map<String, List<QuerySolution>> out = new HashMap<>();
        for (QuerySolution s : PageQueries.select(ds, "search-literals", Map.of(), "s", nodes(subjects))) {
            out.computeIfAbsent(s.getResource("s").getURI(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /**
     * Fills a search row's passage columns: the first literal, among those of the result's best hits (each hit's
     * own graph first), in which the words are found; else the first literal of its best hit, unmarked.
     */
    private void passage(String[] row, List<String[]> hits, Map<String, List<QuerySolution>> literals, SearchTerms terms, Furniture f) {
        QuerySolution chosen = null;
        List<int[]> found = List.of();
        for (String[] hit : hits.stream().filter(distinctSubjects()).limit(PASSAGE_HITS).toList()) {
            List<QuerySolution> candidates = new ArrayList<>(literals.getOrDefault(hit[0], List.of()));
            // the hit's own graph first (the language version it was found in), then the reader's language, then English
            candidates.sort(Comparator.comparing((QuerySolution c) -> !c.getResource("g").getURI().equals(hit[1]))
                    .thenComparing(c -> languageRank(c.getLiteral("literal").getLanguage(), f)));
            for (QuerySolution c : candidates) {
                Literal l = c.getLiteral("literal");
                List<int[]> here = terms.find(l.getLexicalForm(), l.getLanguage());
                if (chosen == null || (found.isEmpty() && !here.isEmpty())) {
                    chosen = c;
                    found = here;
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        if (chosen == null) {
            return;
        }
        Literal l = chosen.getLiteral("literal");
        Passage p = Passage.around(l.getLexicalForm(), found);
        row[3] = p.text();
        row[4] = p.marksColumn();
        row[5] = l.getLanguage();
        row[6] = local.apply(row[0]);
        if (chosen.contains("type") && chosen.contains("n")) {
            String type = chosen.getResource("type").getURI(), n = chosen.getLiteral("n").getLexicalForm();
            row[6] += "#" + Pages.anchor(type, n);
            row[7] = Pages.paragraphName(f, type, n);
        }
    }

    private static int languageRank(String lang, Furniture f) {
        return lang.equalsIgnoreCase(f.lang()) ? 0 : lang.equalsIgnoreCase("en") ? 1 : 2;
    }

    private static Predicate<String[]> distinctSubjects() {
        Set<String> seen = new HashSet<>();
        return hit -> seen.add(hit[0]);
    }

    private static List<Node> nodes(Collection<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }
}
