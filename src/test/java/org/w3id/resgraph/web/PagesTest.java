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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.resgraph.testing.Fixtures;

/**
 * The pages as a browser gets them from a server over real files of the sample corpus, loaded as
 * {@code resgraph load} loads them: the seed (A/RES/59/249 in Chinese), S/RES/2565 (2021) in its six language
 * versions (AKN4UN), and a resolution whose title holds a {@code <script>} (English, from a PDF's text).
 * Every page links to the query editor; a resolution's subjects are grouped by scheme, each once; its
 * paragraphs link the words of their citations; search results show the passage that holds the words,
 * marked, with a link to the paragraph's anchor on the resolution's page.
 */
@Timeout(180)
class PagesTest {
    private static PageServer server;

    @BeforeAll
    static void start() {
        List<Path> files = new ArrayList<>(List.of(Fixtures.path(Fixtures.SEED), Fixtures.path("fixtures/hostile/A_RES_80_913.md")));
        for (String[] version : new String[][] {{"Arabic", "A"}, {"Chinese", "C"}, {"English", "E"}, {"French", "F"}, {"Russian", "R"}, {"Spanish", "S"}}) {
            files.add(Fixtures.corpus("sc-akn/2021/" + version[0] + "/SC_2565_2021-" + version[1] + ".xml"));
        }
        server = PageServer.load(files, Path.of(System.getProperty("resgraph.home", ".")).resolve("queries"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A page that answers 200, loads nothing from anywhere and closes the elements it opens. */
    private static String page(String path, String acceptLanguage) {
        HttpResponse<String> r = server.get(path, acceptLanguage);
        assertEquals(200, r.statusCode(), path);
        String body = r.body();
        // the one link element is the empty icon, which keeps browsers from asking for /favicon.ico
        assertEquals(1, count(body, "<link rel=\"icon\" href=\"data:,\">"), path + " names its icon");
        assertFalse(Pattern.compile("(?i)<(script|link|img|iframe)\\b|\\bsrc=|url\\(|@import").matcher(body.replace("<link rel=\"icon\" href=\"data:,\">", ""))
                .find(), path + " loads nothing from anywhere");
        for (String tag : List.of("a", "mark", "li", "h3", "div", "span")) {
            assertEquals(count(body, "<" + tag + "[ >]"), count(body, "</" + tag + ">"), path + ": <" + tag + "> elements closed");
        }
        return body;
    }

    private static long count(String s, String regex) {
        return Pattern.compile(regex).matcher(s).results().count();
    }

    private static void has(String page, String... parts) {
        for (String part : parts) {
            assertTrue(page.contains(part), part + " is not on the page:\n" + page);
        }
    }

    @Test
    void everyPageLinksToTheQueryEditor() {
        String doc = page("/doc/un/S/RES/2565(2021)", "en");
        has(doc, "<header><a href=\"/\">resgraph</a> · <a href=\"/query\">Query (SPARQL)</a>",
                "<a href=\"/query?query=DESCRIBE+%3Chttps%3A%2F%2Fw3id.org%2Fresgraph%2Fid%2Fun%2FS%2FRES%2F2565%282021%29%3E\" title=\"Open in the query editor\">"
                        + "SPARQL: DESCRIBE &lt;https://w3id.org/resgraph/id/un/S/RES/2565(2021)&gt;</a>");
        has(page("/doc/org/un-security-council", "ru"), "<a href=\"/query\">Запрос (SPARQL)</a>", "title=\"Открыть в редакторе запросов\"");
        has(page("/search?q=vaccine", "ar"), "<a href=\"/query\">استعلام (SPARQL)</a>");
        String home = page("/", null);
        has(home, "<a href=\"/query\">Query (SPARQL)</a>",
                "<li><a href=\"/query?example=01-series-lineage.rq\">01-series-lineage.rq</a> <small>(<a href=\"/queries/01-series-lineage.rq\">text</a>)</small></li>");
        for (String p : List.of(doc, home)) {
            assertFalse(p.contains("/resgraph/sparql?query="), "no page opens a query at the endpoint itself");
        }
    }

    @Test
    void subjectsAreGroupedByTheirSchemeEachOnce() {
        String en = page("/doc/un/S/RES/2565(2021)", "en");
        int unbis = en.indexOf("<h3>UNBIS Thesaurus</h3>"), sdg = en.indexOf("<h3>Sustainable Development Goals</h3>"),
                eurovoc = en.indexOf("<h3>EuroVoc thesaurus</h3>");
        assertTrue(unbis > 0 && sdg > unbis && eurovoc > sdg, "a heading per scheme, in order");
        has(en, "<h2>Subjects</h2>", ">PUBLIC HEALTH</a>", ">public hygiene</a>");
        // the EuroVoc concept "public health" is the UNBIS descriptor "PUBLIC HEALTH": shown once, in the first scheme
        assertEquals(1, count(en.toLowerCase(java.util.Locale.ROOT), ">public health</a>"));
        assertTrue(en.indexOf(">PUBLIC HEALTH</a>") < sdg);
        // goals in the order of their numbers
        assertTrue(en.indexOf(">Sustainable Development Goal 3<") < en.indexOf(">Sustainable Development Goal 11<"));

        String fr = page("/doc/un/S/RES/2565(2021)", "fr");
        has(fr, "<h3>Thésaurus UNBIS</h3>", "<h3>Objectifs de développement durable</h3>", "<h3>Thésaurus EuroVoc</h3>", ">SANTE PUBLIQUE</a>",
                // a concept named in English only keeps its English name, marked as English on the French page
                "lang=\"en\" dir=\"ltr\">public hygiene</a>");
        assertFalse(fr.contains(">public health</a>"), "the French reader sees the subject once, by its French name");
        String zh = page("/doc/un/A/RES/59/249", "zh");
        has(zh, "<h3>联合国书目信息系统叙词表</h3>", ">工业发展</a>");
    }

    @Test
    void paragraphsLinkTheWordsOfTheirCitations() {
        String en = page("/doc/un/S/RES/2565(2021)", "en");
        has(en, "<li value=\"1\" id=\"pp1\">", "Recalling its resolutions <a href=\"/doc/un/S/RES/2286(2016)\">2286 (2016)</a> and "
                + "<a href=\"/doc/un/S/RES/2532(2020)\">2532 (2020)</a> and General Assembly resolutions <a href=\"/doc/un/A/RES/74/270\">74/270</a>");
        // the Chinese text counts its characters as the original does; the citation takes in 第 and 号 as the text writes them
        has(page("/doc/un/S/RES/2565(2021)", "zh"), "回顾其<a href=\"/doc/un/S/RES/2286(2016)\">第2286(2016)</a>和");
        // the operative paragraph's number is in the original text, not in the paragraph shown: the link is where the words are
        has(page("/doc/un/S/RES/2565(2021)", "fr"), "<li value=\"6\" id=\"op6\">",
                "celles que leur font les <a href=\"/doc/instrument/geneva-conventions-1949\">Conventions de Genève de 1949</a> et");
        has(page("/doc/un/S/RES/2565(2021)", "ar"), "إذ يشير إلى قراريه <a href=\"/doc/un/S/RES/2286(2016)\">2286 (2016)</a> و ");
        // a text from a PDF: line breaks of the original are single spaces in the paragraph
        has(page("/doc/un/A/RES/80/913", "en"), "<a href=\"/doc/un/A/RES/58/29\">58/29</a>", "<a href=\"/doc/un/A/RES/60/48\">60/48</a>");
    }

    /** The search result (its {@code <li>}) for the page at {@code doc}. */
    private static String result(String results, String doc) {
        Matcher m = Pattern.compile("<li><a href=\"" + Pattern.quote(doc) + "\">.*?</li>", Pattern.DOTALL).matcher(results);
        assertTrue(m.find(), doc + " is not among the results:\n" + results);
        return m.group();
    }

    /**
     * A search in {@code lang} for {@code words}: the result for {@code doc} shows a word holding {@code stem} in a
     * {@code <mark>} (the word as the text writes it, inflected: "vaccin" finds and marks "vaccins") and links to a
     * paragraph of {@code doc}, whose element on the resolution's page has that id and holds the word.
     */
    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 工业发展    | /doc/un/A/RES/59/249      | 工业发展
            en | vaccine    | /doc/un/S/RES/2565(2021)  | vaccin
            fr | vaccin     | /doc/un/S/RES/2565(2021)  | vaccin
            es | vacuna     | /doc/un/S/RES/2565(2021)  | vacuna
            ru | вакцинация | /doc/un/S/RES/2565(2021)  | вакцинац
            ar | لقاح       | /doc/un/S/RES/2565(2021)  | لقاح
            """)
    void aSearchShowsThePassageWithTheWordsMarkedAndLinksToTheParagraph(String lang, String words, String doc, String stem) {
        String hit = result(page("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), lang), doc);
        Matcher mark = Pattern.compile("<mark>([^<]*" + Pattern.quote(stem) + "[^<]*)</mark>", Pattern.CASE_INSENSITIVE).matcher(hit);
        assertTrue(mark.find(), "a word holding " + stem + " is marked:\n" + hit);
        has(hit, "<div class=\"passage\">", "<span lang=\"" + lang + "\" dir=\"" + (lang.equals("ar") ? "rtl" : "ltr") + "\">");
        Matcher anchor = Pattern.compile("<a href=\"" + Pattern.quote(doc) + "#((pp|op)\\d+)\">").matcher(hit);
        assertTrue(anchor.find(), "the passage links to its paragraph:\n" + hit);
        String resolution = page(doc, lang);
        Matcher paragraph = Pattern.compile("<li value=\"\\d+\" id=\"" + anchor.group(1) + "\">(.*?)</li>").matcher(resolution);
        assertTrue(paragraph.find(), "the resolution's page has the paragraph " + anchor.group(1));
        assertTrue(paragraph.group(1).contains(mark.group(1)), "the paragraph holds the word marked: " + paragraph.group(1));
    }

    @Test
    void aSearchMarksTheWordsInTheNamesItFinds() {
        // "industrial" is in the names of many UNBIS descriptors, which the index ranks before longer paragraphs
        String concept = "/resource?iri=" + URLEncoder.encode("http://metadata.un.org/thesaurus/1003133", StandardCharsets.UTF_8);
        String hit = result(page("/search?q=industrial", "en"), concept);
        has(hit, "<span lang=\"en\" dir=\"ltr\"><mark>INDUSTRIAL</mark> DEVELOPMENT</span>");
        assertFalse(hit.contains("#"), "a name is no paragraph: no anchor");
        String zh = result(page("/search?q=" + URLEncoder.encode("工业发展", StandardCharsets.UTF_8), "zh"),
                "/doc/series/ga-industrial-development-cooperation");
        has(zh, "<mark>工业发展</mark>合作");
    }

    @Test
    void theMarkingSurvivesTheEscapingOfTheData() {
        String hit = result(page("/search?q=alert", "en"), "/doc/un/A/RES/80/913");
        has(hit, "&lt;script&gt;<mark>alert</mark>(&#39;resgraph&#39;)&lt;/script&gt;");
        assertFalse(hit.contains("<script"));
    }

    @Test
    void aLongParagraphShowsAWindowAroundTheWords() {
        // S/RES/2565 (2021) pp/16 is 700 characters long; the words stand in its second half
        String hit = result(page("/search?q=" + URLEncoder.encode("uniformed", StandardCharsets.UTF_8), "en"), "/doc/un/S/RES/2565(2021)");
        String passage = hit.replaceAll("(?s).*<span lang=\"en\" dir=\"ltr\">(.*?)</span></div>.*", "$1");
        has(passage, "…", "<mark>uniformed</mark> personnel");
        assertTrue(passage.startsWith("…") && passage.indexOf("<mark>") > 60, "cut before the word, with words before it: " + passage);
        assertTrue(passage.replaceAll("<[^>]+>", "").length() < 320, passage);
    }
}
