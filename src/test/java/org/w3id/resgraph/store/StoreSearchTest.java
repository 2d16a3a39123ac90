package org.w3id.resgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.text.UnLanguage;

/**
 * Full-text search per language, on real paragraphs of S/RES/2565 (2021) in the six UN languages
 * ({@code fixtures/search/}): a query that names a language finds a word in its inflected forms in
 * that language only, and not an unrelated word; a query without a language finds exact words in any
 * language, as before. The same for a database indexed as its triples are added (the live index) and
 * for one indexed afterwards by {@link Store#index} (the bulk load).
 */
class StoreSearchTest {
    private static final String FIXTURE = "fixtures/search/S_RES_2565_2021.trig";
    private static final String WORK = "https://w3id.org/resgraph/id/un/S/RES/2565(2021)/";
    private static final String GRAPHS = "https://w3id.org/resgraph/graph/un/S/RES/2565(2021)/";
    private static Map<String, Dataset> stores;

    @BeforeAll
    static void load() {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(Fixtures.path(FIXTURE)).lang(Lang.TRIG).parse(quads);
        assertEquals(6, quads.size(), "a graph per language");

        Dataset live = Store.inMemory();
        Txn.executeWrite(live, () -> quads.find().forEachRemaining(live.asDatasetGraph()::add));

        // as Loader does for a new database: the quads into TDB2 past the index, then the index from them
        Dataset bulk = Store.inMemory();
        DatasetGraphText text = (DatasetGraphText) bulk.asDatasetGraph();
        Txn.executeWrite(text.getBase(), () -> quads.find().forEachRemaining(text.getBase()::add));
        assertEquals(Set.of(), hits(bulk, "'résolutions'"), "nothing is indexed before Store.index");
        Txn.executeRead(bulk, () -> Store.index(text.getTextIndex(), () -> quads.find()));
        stores = Map.of("live", live, "bulk", bulk);
    }

    @AfterAll
    static void close() {
        stores.values().forEach(Dataset::close);
    }

    /** The paragraphs (pp/1, op/12) and languages of the literals {@code text:query} finds with these arguments. */
    private static Set<String> hits(Dataset ds, String arguments) {
        String query = """
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s ?g WHERE { (?s ?score ?literal ?g) text:query (rg:text %s) }""".formatted(arguments);
        Set<String> out = new TreeSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution q = QueryExecution.dataset(ds).query(query).build()) {
                q.execSelect().forEachRemaining(r -> {
                    String graph = r.getResource("g").getURI();
                    assertTrue(graph.startsWith(GRAPHS), graph);
                    out.add(r.getResource("s").getURI().substring(WORK.length()) + "@"
                            + UnLanguage.fromCode(graph.substring(GRAPHS.length())).orElseThrow().iso639_1());
                });
            }
        });
        return out;
    }

    private static Set<String> expected(String hits) {
        return hits.isBlank() ? Set.of() : new TreeSet<>(List.of(hits.strip().split(" ")));
    }

    @ParameterizedTest(name = "{0} {1} finds [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            fr | résolution      | pp/1@fr
            fr | Assemblée       | pp/1@fr
            fr | assemblees      | pp/1@fr
            fr | développements  | op/12@fr
            fr | agriculture     |
            es | resolución      | pp/1@es
            es | resoluciones    | pp/1@es
            es | desarrollos     | op/12@es
            es | agricultura     |
            ru | резолюция       | pp/1@ru
            ru | резолюций       | pp/1@ru
            ru | развивающиеся   | op/12@ru
            ru | сельское        |
            ar | القرار          | pp/1@ar
            ar | القرارات        | pp/1@ar
            ar | قَرار           | pp/1@ar
            ar | بلد             | op/12@ar
            ar | الزراعة         |
            zh | 决议            | pp/1@zh
            zh | 发展中国家      | op/12@zh
            zh | 农业            |
            en | resolution      | pp/1@en
            en | develop         | op/12@en
            en | developed       | op/12@en
            en | agriculture     |
            """)
    void aQueryInALanguageFindsItsWordsInflectedAndNothingElse(String lang, String word, String found) {
        for (Map.Entry<String, Dataset> store : stores.entrySet()) {
            assertEquals(expected(found == null ? "" : found), hits(store.getValue(), "'%s' 'lang:%s'".formatted(word, lang)),
                    store.getKey() + " index: " + word + " in " + lang);
        }
    }

    @Test
    void aLanguageTaggedQueryIsTheSameAsTheLangArgument() {
        for (Dataset ds : stores.values()) {
            assertEquals(expected("pp/1@fr"), hits(ds, "'résolution'@fr"));
            assertEquals(expected("pp/1@ar"), hits(ds, "'القرار'@ar"));
        }
    }

    @Test
    void aQueryWithoutALanguageFindsExactWordsInAnyLanguage() {
        for (Dataset ds : stores.values()) {
            assertEquals(expected("pp/1@fr"), hits(ds, "'résolutions'"), "the word as written, French");
            assertEquals(expected("pp/1@en"), hits(ds, "'resolutions'"), "the word as written, English");
            assertEquals(expected(""), hits(ds, "'résolution'"), "no stemming without a language");
            assertEquals(expected("pp/1@zh"), hits(ds, "'决议'"), "Chinese by character pairs, as before");
            assertEquals(expected("op/12@en op/12@es op/12@fr op/12@ru"), hits(ds, "'COVID'"),
                    "a word four languages write alike (Arabic writes كوفيد, Chinese 2019冠状病毒病)");
        }
    }

    @Test
    void eachUnLanguageHasItsOwnAnalyserAndJenaTextAgrees() throws Exception {
        assertEquals(List.of("resolution", "asembl"), tokens(Store.analyzer(UnLanguage.FR), "résolutions de l’Assemblée"));
        assertEquals(List.of("قرار", "قرار"), tokens(Store.analyzer(UnLanguage.AR), "قراريه وقراري"));
        // the analysers a plain Fuseki takes for these tags (text:multilingualSupport true) are the same classes
        java.lang.reflect.Field table = Util.class.getDeclaredField("analyzersClasses");
        table.setAccessible(true);
        Map<?, ?> jena = (Map<?, ?>) table.get(null);
        for (UnLanguage l : UnLanguage.ALL) {
            assertEquals(Store.analyzer(l).getClass(), jena.get(l.iso639_1()), l.english());
            assertEquals(Store.analyzer(l).getClass(), Util.getLocalizedAnalyzer(l.iso639_1()).getClass(), l.english());
        }
    }

    @Test
    void theShippedFusekiConfigurationAnalysesAsTheStore() throws IOException {
        Path home = Path.of(System.getProperty("resgraph.home", "."));
        String config = Files.readString(home.resolve("fuseki-config/config.ttl"))
                .replace("<file:target/demo-db/text>", "\"mem\"");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(config, Lang.TURTLE).parse(m);
        Resource index = m.listSubjectsWithProperty(RDF.type, m.createResource("http://jena.apache.org/text#TextIndexLucene")).next();
        TextIndexLucene shipped = (TextIndexLucene) Assembler.general().open(index);
        TextIndexLucene ours = (TextIndexLucene) Store.textIndex(stores.get("live"));
        try {
            for (String[] field : new String[][] {{"text", "résolutions de l’Assemblée 工业发展"}, {"text_fr", "résolutions de l’Assemblée"},
                    {"text_ar", "وقراري الجمعية"}, {"text_ru", "резолюций"}, {"text_es", "resoluciones"}, {"text_en", "developing"},
                    {"text_zh", "工业发展"}}) {
                assertEquals(tokens(ours.getAnalyzer(), field[0], field[1]), tokens(shipped.getAnalyzer(), field[0], field[1]), field[0]);
                assertEquals(tokens(ours.getQueryAnalyzer(), field[0], field[1]), tokens(shipped.getQueryAnalyzer(), field[0], field[1]), field[0]);
            }
            assertEquals(List.of("resolution", "asembl"), tokens(shipped.getQueryAnalyzer(), "text_fr", "résolutions de l’Assemblée"));
        } finally {
            shipped.close();
        }
    }

    @Test
    void aDatabaseIndexedTheOldWayIsIndexedAgainWhenOpened(@TempDir Path dir) throws IOException {
        // a database as resgraph built it before: one field, CJKAnalyzer for every language, no record of it
        TextIndexConfig old = new TextIndexConfig(Store.config().getEntDef());
        old.setAnalyzer(new CJKAnalyzer());
        old.setQueryAnalyzer(new CJKAnalyzer());
        Dataset before = TextDatasetFactory.create(TDB2Factory.connectDataset(dir.resolve("tdb2").toString()),
                TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir.resolve("text")), old), true);
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(Fixtures.path(FIXTURE)).lang(Lang.TRIG).parse(quads);
        Txn.executeWrite(before, () -> quads.find().forEachRemaining(before.asDatasetGraph()::add));
        Store.release(before, dir);
        Path analysis = dir.resolve("text").resolve(Store.ANALYSIS_FILE);
        assertFalse(Files.exists(analysis));

        Dataset reopened = Store.open(dir);
        try {
            assertEquals(expected("pp/1@fr"), hits(reopened, "'résolution' 'lang:fr'"));
            assertEquals(expected("pp/1@fr"), hits(reopened, "'résolutions'"));
            assertEquals(12, documents(reopened), "each paragraph text once (2 paragraphs in 6 languages), none left of the old index");
            assertEquals(Store.ANALYSIS, Files.readString(analysis));
        } finally {
            Store.release(reopened, dir);
        }
        long written = Files.getLastModifiedTime(analysis).toMillis();
        Dataset again = Store.open(dir);
        try {
            assertEquals(12, documents(again));
            assertEquals(written, Files.getLastModifiedTime(analysis).toMillis(), "indexed again only once");
        } finally {
            Store.release(again, dir);
        }
    }

    private static int documents(Dataset ds) {
        return ((TextIndexLucene) Store.textIndex(ds)).getIndexWriter().getDocStats().numDocs;
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return tokens(a, "text", text);
    }

    private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
