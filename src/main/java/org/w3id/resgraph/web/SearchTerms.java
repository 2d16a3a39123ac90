package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.text.UnLanguage;

/**
 * The words of a search as the full-text index reads them, to find them again in a literal. The query
 * is parsed as jena-text parses it (Lucene's classic parser), each field's words analysed by the
 * analyser that indexed the field ({@code text}: CJKAnalyzer, for every literal; {@code text_fr}, …: the
 * language's own, see {@link Store}); a literal's words are analysed the same way, and those whose terms
 * are among the query's are the ones that matched: "development" marks "developing" in an English
 * literal (both stem to "develop"), and "工业发展" marks the run 工业发展 (its pairs 工业, 业发, 发展).
 *
 * <pre>{@code
 * SearchTerms terms = SearchTerms.of("(industrial) OR text_en:(industrial)");
 * List<int[]> found = terms.find("Industrial development cooperation", "en");   // [[0, 10]]
 * }</pre>
 */
final class SearchTerms {
    /** The field of every literal (Store's {@code FIELD}); a language's field is this, "_" and its code. */
    private static final String FIELD = "text";
    private static final Analyzer ANY = new CJKAnalyzer();
    private static final Map<String, Analyzer> BY_FIELD = byField();
    private static final Analyzer QUERY = new PerFieldAnalyzerWrapper(ANY, BY_FIELD);

    /** Field → terms the query asks for, and field → the patterns of its wildcard, prefix and fuzzy words. */
    private final Map<String, Set<String>> terms = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();

    private SearchTerms() {}

    /** The terms of a Lucene query string; none for a string Lucene cannot parse (the index found nothing with it either). */
    static SearchTerms of(String luceneQuery) {
        SearchTerms out = new SearchTerms();
        try {
            new QueryParser(FIELD, QUERY).parse(luceneQuery).visit(out.collector());
        } catch (ParseException | RuntimeException e) {
            // nothing to mark
        }
        return out;
    }

    private QueryVisitor collector() {
        return new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term t : found) {
                    terms.computeIfAbsent(t.field(), k -> new HashSet<>()).add(t.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                patterns.computeIfAbsent(field, k -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // words the query excludes did not match
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        };
    }

    /**
     * Where the query's words stand in {@code literal} (in {@code lang}, a two-letter code or empty): the
     * [start, end) char offsets of its matching words, in order, overlapping and touching ones joined.
     */
    List<int[]> find(String literal, String lang) {
        List<int[]> spans = new ArrayList<>();
        for (String field : fieldsOf(lang)) {
            Analyzer analyzer = field.equals(FIELD) ? ANY : BY_FIELD.get(field);
            if (analyzer != null && (terms.containsKey(field) || patterns.containsKey(field))) {
                spans.addAll(matches(analyzer, field, literal));
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> joined = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                joined.add(new int[] {s[0], s[1]});
            }
        }
        return joined;
    }

    /** The fields a literal in {@code lang} was indexed in: every literal's, and its language's. */
    private static List<String> fieldsOf(String lang) {
        return lang == null || lang.isEmpty() ? List.of(FIELD) : List.of(FIELD, FIELD + "_" + lang.toLowerCase(java.util.Locale.ROOT));
    }

    private List<int[]> matches(Analyzer analyzer, String field, String literal) {
        Set<String> wanted = terms.getOrDefault(field, Set.of());
        List<ByteRunAutomaton> like = patterns.getOrDefault(field, List.of());
        List<int[]> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, literal)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String t = term.toString();
                if (wanted.contains(t) || matchesAny(like, t)) {
                    out.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a string read from memory
        }
        return out;
    }

    private static boolean matchesAny(List<ByteRunAutomaton> automata, String term) {
        if (automata.isEmpty()) {
            return false;
        }
        BytesRef bytes = new BytesRef(term);
        return automata.stream().anyMatch(a -> a.run(bytes.bytes, bytes.offset, bytes.length));
    }

    private static Map<String, Analyzer> byField() {
        Map<String, Analyzer> out = new HashMap<>();
        for (UnLanguage l : UnLanguage.ALL) {
            out.put(FIELD + "_" + l.iso639_1(), Store.analyzer(l));
        }
        return out;
    }
}
