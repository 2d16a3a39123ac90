package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3id.resgraph.testing.Fixtures;

/**
 * Pages in the six UN languages as a browser asks for them with {@code Accept-Language}. The database:
 * S/RES/2565 (2021) and S/RES/2561 (2021) in English and Chinese as resgraph extracts them from the
 * sample corpus, and 2565's Arabic, French, Russian and Spanish versions (its first preambular and
 * twelfth operative paragraphs, {@code fixtures/search/}) written as the extractor writes the others,
 * since those languages have no extractor yet. 2561 thus exists in English and Chinese only.
 */
@Timeout(180)
class PagesLanguagesTest {
    private static final String GRAPHS = "https://w3id.org/resgraph/graph/un/S/RES/2565(2021)/";
    private static PageServer server;

    @BeforeAll
    static void start() {
        List<Path> files = new ArrayList<>();
        for (String f : List.of("English/SC_2561_2021-E.xml", "Chinese/SC_2561_2021-C.xml", "English/SC_2565_2021-E.xml", "Chinese/SC_2565_2021-C.xml")) {
            files.add(Fixtures.corpus("sc-akn/2021/" + f));
        }
        server = PageServer.load(files, null);
        Dataset ds = server.dataset();
        DatasetGraph fixture = DatasetGraphFactory.create();
        RDFParser.source(Fixtures.path("fixtures/search/S_RES_2565_2021.trig")).lang(Lang.TRIG).parse(fixture);
        Txn.executeWrite(ds, () -> {
            for (String version : List.of("ara", "fra", "rus", "spa")) {
                Node g = NodeFactory.createURI(GRAPHS + version);
                fixture.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(ds.asDatasetGraph()::add);
            }
        });
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path, String acceptLanguage) {
        return server.get(path, acceptLanguage);
    }

    private static String page(String path, String acceptLanguage) throws Exception {
        HttpResponse<String> r = get(path, acceptLanguage);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Language"), path);
        return r.body();
    }

    private static void has(String page, String... parts) {
        for (String part : parts) {
            assertTrue(page.contains(part), part + " is not on the page:\n" + page);
        }
    }

    private static void hasNot(String page, String... parts) {
        for (String part : parts) {
            assertFalse(page.contains(part), part + " is on the page");
        }
    }

    @Test
    void aFrenchReaderGetsTheFrenchVersionWithFrenchFurniture() throws Exception {
        String fr = page("/doc/un/S/RES/2565(2021)", "fr-FR,fr;q=0.9,en;q=0.5");
        has(fr, "<html lang=\"fr\">", "<ol class=\"paras\" lang=\"fr\" dir=\"ltr\">",
                "Rappelant ses résolutions 2286 (2016) et 2532 (2020)", "en particulier avec les pays en développement",
                "Alinéa du préambule 1", "Paragraphe du dispositif 12", "<h2>Paragraphes</h2>", "<h2>Cite (", "<h2>Citée par (0)</h2>",
                "<th>Verbe introductif</th>", "<th>Relation</th>", "<th>Termes exacts</th>",
                "<td lang=\"fr\" dir=\"ltr\">Rappelant</td>", "<span title=\"rg:recalls\">rappelle</span>", "<q lang=\"fr\" dir=\"ltr\">2286 (2016)</q>",
                "<td>Adoptée par</td>", "Conseil de sécurité (Security Council)", "<td>Langues</td>",
                "<span lang=\"ar\" dir=\"rtl\">العربية</span>, <span lang=\"zh\" dir=\"ltr\">中文</span>, <span lang=\"en\" dir=\"ltr\">English</span>, "
                        + "<span lang=\"fr\" dir=\"ltr\">Français</span>, <span lang=\"ru\" dir=\"ltr\">Русский</span>, <span lang=\"es\" dir=\"ltr\">Español</span>",
                "Cette description en", "<button>Rechercher</button>", "données liées</footer>");
        hasNot(fr, "Recalling its resolutions", "Cited by", "<h2>Paragraphs</h2>");
    }

    @Test
    void anArabicReaderGetsTheArabicVersionRightToLeft() throws Exception {
        String ar = page("/doc/un/S/RES/2565(2021)", "ar");
        has(ar, "<html lang=\"ar\" dir=\"rtl\">", "<ol class=\"paras\" lang=\"ar\" dir=\"rtl\">",
                "إذ يشير إلى قراريه 2286 (2016) و 2532 (2020)", "ولا سيما مع البلدان النامية",
                "فقرة من الديباجة 1", "فقرة من المنطوق 12", "<h2>الفقرات</h2>", "<span title=\"rg:recalls\">يشير إلى</span>",
                "<td lang=\"ar\" dir=\"rtl\">إذ يشير إلى</td>", "<q lang=\"ar\" dir=\"rtl\">2286 (2016)</q>", "مجلس الأمن (Security Council)",
                "<h1><span class=\"sym\">S/RES/2565(2021)</span></h1>", "<button>بحث</button>");
        hasNot(ar, "Recalling its resolutions", "<h2>Paragraphs</h2>");
    }

    @Test
    void spanishAndRussianReadersToo() throws Exception {
        has(page("/doc/un/S/RES/2565(2021)", "es-MX,es;q=0.9"), "<html lang=\"es\">", "Recordando sus resoluciones 2286 (2016)",
                "Párrafo del preámbulo 1", "<span title=\"rg:recalls\">recuerda</span>", "Consejo de Seguridad (Security Council)");
        has(page("/doc/un/S/RES/2565(2021)", "ru"), "<html lang=\"ru\">", "ссылаясь на свои резолюции 2286 (2016)",
                "Пункт преамбулы 1", "<span title=\"rg:recalls\">ссылается на</span>", "Совет Безопасности (Security Council)");
    }

    @Test
    void withoutAVersionInTheReadersLanguageTheTextFallsBackAndTheFurnitureStays() throws Exception {
        // 2561 is in English and Chinese only
        String fr = page("/doc/un/S/RES/2561(2021)", "fr");
        has(fr, "<html lang=\"fr\">", "<ol class=\"paras\" lang=\"en\" dir=\"ltr\">", "<h2>Paragraphes</h2>", "Alinéa du préambule 1");
        String ar = page("/doc/un/S/RES/2561(2021)", "ar");
        has(ar, "<html lang=\"ar\" dir=\"rtl\">", "<ol class=\"paras\" lang=\"en\" dir=\"ltr\">", "<h2>الفقرات</h2>");
        // the reader's next choice wins over English
        has(page("/doc/un/S/RES/2561(2021)", "fr, zh;q=0.8, en;q=0.5"), "<html lang=\"fr\">", "<ol class=\"paras\" lang=\"zh\" dir=\"ltr\">");
        // a language that is not a UN one: English throughout
        String de = page("/doc/un/S/RES/2561(2021)", "de");
        has(de, "<html lang=\"en\">", "<ol class=\"paras\" lang=\"en\" dir=\"ltr\">", "<h2>Paragraphs</h2>", "Preambular paragraph 1", "<td>Adopted by</td>");
        // and no header at all: English too, as before
        has(page("/doc/un/S/RES/2565(2021)", null), "<html lang=\"en\">", "<ol class=\"paras\" lang=\"en\" dir=\"ltr\">", "Recalling its resolutions");
    }

    @Test
    void otherPagesSpeakTheReadersLanguage() throws Exception {
        String organ = page("/doc/org/un-security-council", "fr");
        has(organ, "<html lang=\"fr\">", "<p class=\"muted\">Organisation</p>", "<h1><span lang=\"fr\" dir=\"ltr\">Conseil de sécurité</span></h1>",
                "<h2>Énoncés</h2>", "<span lang=\"ar\" dir=\"rtl\">مجلس الأمن</span>");
        String arOrgan = page("/doc/org/un-security-council", "ar");
        has(arOrgan, "<html lang=\"ar\" dir=\"rtl\">", "<p class=\"muted\">منظمة</p>", "<h1><span lang=\"ar\" dir=\"rtl\">مجلس الأمن</span></h1>");

        HttpResponse<String> missing = get("/doc/un/S/RES/2565(2022)", "ar");
        assertEquals(404, missing.statusCode());
        has(missing.body(), "<html lang=\"ar\" dir=\"rtl\">", "لا يُعرف شيء", "S/RES/2565(2021)");
    }

    @Test
    void searchFindsTheReadersWordsInTheirInflectedForms() throws Exception {
        String q = "/search?q=" + URLEncoder.encode("résolution", StandardCharsets.UTF_8);
        String fr = page(q, "fr");
        has(fr, "<html lang=\"fr\">", "<h1>Rechercher</h1>", "<a href=\"/doc/un/S/RES/2565(2021)\">S/RES/2565(2021)</a> <span class=\"muted\">Résolution</span>");
        // for an English reader "résolution" is a word as written, which no paragraph holds ("résolutions" does; the
        // French labels of the vocabulary's classes do)
        String en = page(q, "en");
        has(en, "<html lang=\"en\">", "result(s) for", "<a href=\"/ontology#Resolution\">Resolution</a>");
        hasNot(en, "/doc/un/S/RES/2565(2021)");
        String ar = page("/search?q=" + URLEncoder.encode("القرارات", StandardCharsets.UTF_8), "ar");
        has(ar, "<html lang=\"ar\" dir=\"rtl\">", "/doc/un/S/RES/2565(2021)");
    }
}
