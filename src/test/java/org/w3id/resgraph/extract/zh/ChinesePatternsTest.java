package org.w3id.resgraph.extract.zh;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Paragraph;
import org.w3id.resgraph.extract.PlaceRef;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;
import org.w3id.resgraph.text.NormalisedText;
import org.w3id.resgraph.text.Span;

/**
 * The patterns of the Chinese extractor, table by table: dates, numerals, resolution and document
 * symbols, clause verbs, paragraphs, events, agreements, and the whole extractor on the seed text
 * however it is segmented.
 */
class ChinesePatternsTest {
    private static final String ID = "https://w3id.org/resgraph/id/";
    private static final String GENERAL_ASSEMBLY = ID + "org/un-general-assembly";
    private static final Path SEED = Path.of("src/test/resources/fixtures/seed/000_de291e7566262927.txt");

    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final ClauseVerbs VERBS = ClauseVerbs.standard();
    private static final Organisations ORGANISATIONS = new Organisations(GAZETTEER);

    /** What a rule found: the normalised words it matched and what they cite. */
    record Hit(String words, Cited target) {}

    // ---------------------------------------------------------------- 1. dates

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a full date                                  | 2004年12月22日   | 2004-12-22
            single-digit month and day                   | 2000年9月8日     | 2000-09-08
            zero-padded month and day                    | 2000年09月08日   | 2000-09-08
            29 February of a leap year                   | 2004年2月29日    | 2004-02-29
            month 13, day 40 do not exist                | 2004年13月40日   |
            31 February does not exist                   | 2025年2月31日    |
            29 February of a common year does not exist  | 2023年2月29日    |
            month 0 does not exist                       | 2004年0月10日    |
            a two-digit year is not read                 | 04年12月22日     |
            year 0000 is noise, not a date               | 0000年1月1日     |
            a year no UN text speaks of                  | 9999年12月31日   |
            the earliest year accepted                   | 1800年1月1日     | 1800-01-01
            a date followed by more text is not a date   | 2004年12月22日通过 |
            """)
    void date(String intent, String text, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), ChineseDates.parseDate(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            range within one month                     | 2001年11月9日至14日         | 2001-11-09 | 2001-11-14
            range whose month changes                  | 2002年8月26日至9月4日       | 2002-08-26 | 2002-09-04
            range whose year changes                   | 2001年12月31日至2002年1月2日 | 2001-12-31 | 2002-01-02
            range joined by 到                          | 2004年3月2日到5日          | 2004-03-02 | 2004-03-05
            range joined by a hyphen                   | 2004年3月2日-5日           | 2004-03-02 | 2004-03-05
            one-day range                              | 2001年11月9日至9日          | 2001-11-09 | 2001-11-09
            a single date is a range of one day        | 2004年12月22日             | 2004-12-22 | 2004-12-22
            backwards within a month is no range       | 2001年11月14日至9日         |            |
            backwards across months is no range        | 2002年9月4日至8月26日       |            |
            an end day that does not exist             | 2001年2月27日至30日         |            |
            a start day that does not exist            | 2001年2月30日至3月2日       |            |
            an end with a year but no month            | 2001年12月31日至2002年2日   |            |
            """)
    void range(String intent, String text, LocalDate start, LocalDate end) {
        checkRange(text, start, end);
    }

    private static void checkRange(String text, LocalDate start, LocalDate end) {
        Optional<ChineseDates.Range> expected = start == null ? Optional.empty() : Optional.of(new ChineseDates.Range(start, end));
        assertEquals(expected, ChineseDates.parseRange(text));
    }

    // ---------------------------------------------------------------- 2. numerals

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tens and units (a session)            | 六十一         | 61
            ten alone                             | 十            | 10
            ten and units                         | 十五          | 15
            tens without units                    | 二十          | 20
            tens and units (a meeting)            | 七十五         | 75
            零 holds the tens' place              | 一百零五       | 105
            a year in words                       | 一千九百九十一  | 1991
            两 and 零 in thousands                 | 两千零五       | 2005
            hundred, one ten                      | 一百一十       | 110
            zero                                  | 零            | 0
            Arabic digits                         | 75            | 75
            full-width digits                     | ５９           | 59
            Latin letters are garbage             | abc           | -1
            the empty string                      | ''            | -1
            digit by digit (二〇〇四) is not read   | 二〇〇四        | -1
            a numeral with a trailing word        | 七十五次       | -1
            a unit after a unit                   | 十十          | -1
            more than nine Arabic digits          | 1234567890    | -1
            a hundred twice is not a numeral      | 一百一百       | -1
            a smaller unit before a larger one    | 五十三百       | -1
            """)
    void numeral(String intent, String text, int expected) {
        assertEquals(expected, ChineseNumerals.parse(text));
    }

    // ---------------------------------------------------------------- 3. resolutions by number

    static Stream<Arguments> resolutionLists() {
        return Stream.of(
                arguments("one resolution of the General Assembly", "第46/151号决议",
                        List.of(resolution("第46/151号", "A/RES/46/151"))),
                arguments("a list of three, each with its date, in order",
                        "1991年12月18日第46/151号、1994年12月19日第49/108号和2002年12月20日第57/243号决议",
                        List.of(resolution("1991年12月18日第46/151号", "A/RES/46/151", "1991-12-18", null),
                                resolution("1994年12月19日第49/108号", "A/RES/49/108", "1994-12-19", null),
                                resolution("2002年12月20日第57/243号", "A/RES/57/243", "2002-12-20", null))),
                arguments("其关于<title>的 names the series of every item", "回顾其关于工业发展合作的第46/151号和第49/108号决议",
                        List.of(resolution("第46/151号", "A/RES/46/151", null, "工业发展合作"),
                                resolution("第49/108号", "A/RES/49/108", null, "工业发展合作"))),
                arguments("segmented as in the seed: series and date", "其 关于 工业 发展 合作 的 1991年 12月 18日 第46/151 号 决议",
                        List.of(resolution("1991年12月18日第46/151号", "A/RES/46/151", "1991-12-18", "工业发展合作"))),
                arguments("named organ: the Security Council", "安全理事会第1540(2004)号决议",
                        List.of(resolution("第1540(2004)号", "S/RES/1540(2004)"))),
                arguments("number(year) alone is a Security Council resolution", "第1540（2004）号决议",
                        List.of(resolution("第1540(2004)号", "S/RES/1540(2004)"))),
                arguments("a Roman session number is the General Assembly's", "第2625(XXV)号决议",
                        List.of(resolution("第2625(XXV)号", "A/RES/2625(XXV)"))),
                arguments("a lettered part of a resolution", "第35/142B号决议",
                        List.of(resolution("第35/142B号", "A/RES/35/142B"))),
                arguments("a lettered part written apart", "第35/142 B号决议",
                        List.of(resolution("第35/142B号", "A/RES/35/142B"))),
                arguments("full-width digits and slash", "第４６／１５１号决议",
                        List.of(resolution("第46/151号", "A/RES/46/151"))),
                arguments("a decision is a document of type Decision issued by this text's organ", "第58/551号决定",
                        List.of(new Hit("第58/551号", new Cited.SymbolDocument("A/DEC/58/551", "Decision",
                                OrgRef.known(GENERAL_ASSEMBLY))))),
                arguments("two organs named before one list: a session/number is the Assembly's, N(YYYY) the Council's",
                        "重申大会和安全理事会第70/262号决议和第2282(2016)号决议",
                        List.of(resolution("第70/262号", "A/RES/70/262"), resolution("第2282(2016)号", "S/RES/2282(2016)"))),
                arguments("one list, each item after its own organ and date (S/RES/2558 (2020))",
                        "2005年12月20日大会第60/180号和安理会第1645(2005)号、2010年10月29日大会第65/7号决议",
                        List.of(resolution("第60/180号", "A/RES/60/180"), resolution("第1645(2005)号", "S/RES/1645(2005)"),
                                resolution("第65/7号", "A/RES/65/7", "2010-10-29", null))),
                arguments("two lists with two organs, each its own", "大会第60/1号决议和安全理事会第1540(2004)号决议",
                        List.of(resolution("第60/1号", "A/RES/60/1"), resolution("第1540(2004)号", "S/RES/1540(2004)"))),
                arguments("N(YYYY) is the Council's even after 大会 elsewhere in the clause", "请秘书长向大会第八十一届会议报告第2334(2016)号决议",
                        List.of(resolution("第2334(2016)号", "S/RES/2334(2016)"))),
                arguments("an emergency special session", "第ES-10/21号决议", List.of(resolution("第ES-10/21号", "A/RES/ES-10/21"))),
                arguments("a lettered resolution of an early session", "第377A(V)号决议", List.of(resolution("第377A(V)号", "A/RES/377A(V)"))),
                arguments("第75号 is no resolution number", "第75号文件", List.of()),
                arguments("第…号 followed by something other than 决议 or 决定", "第46/151号报告", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolutionLists")
    void resolutionList(String intent, String text, List<Hit> expected) {
        assertEquals(expected, hits(new ResolutionListRule(GAZETTEER, GENERAL_ASSEMBLY), text));
    }

    static Stream<Arguments> listsSharingOneNumberSign() {
        return Stream.of(arguments("a list sharing one 第…号: 第46/151、49/108和57/243号决议",
                "回顾其第46/151、49/108和57/243号决议", List.of("A/RES/46/151", "A/RES/49/108", "A/RES/57/243")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void listsSharingOneNumberSign(String intent, String text, List<String> symbols) {
        // Only the symbols are asserted: which words of a shared 第…号 belong to which item is open.
        assertEquals(symbols, hits(new ResolutionListRule(GAZETTEER, GENERAL_ASSEMBLY), text).stream()
                .map(h -> ((Cited.Resolution) h.target()).symbol()).toList());
    }

    // ---------------------------------------------------------------- 4. document symbols

    static Stream<Arguments> symbolDocuments() {
        OrgRef board = OrgRef.known(ID + "org/unido-idb");
        return Stream.of(
                arguments("a report's symbol after 报告 in parentheses", "报告（A/59/487/Add.3）",
                        List.of(new Hit("A/59/487/Add.3", new Cited.SymbolDocument("A/59/487/Add.3", "Report", null)))),
                arguments("a decision of the Board named just before it", "工业发展理事会IDB.28/DEC.6号决定",
                        List.of(new Hit("IDB.28/DEC.6号决定", new Cited.SymbolDocument("IDB.28/DEC.6", "Decision", board)))),
                arguments("segmented as in the seed, after the parent organisation too",
                        "联合国 工业 发展 组织 工业 发展 理事会 IDB.28 / DEC.6 号 决定",
                        List.of(new Hit("IDB.28/DEC.6号决定", new Cited.SymbolDocument("IDB.28/DEC.6", "Decision", board)))),
                arguments("a decision with no issuer before it", "IDB.28/DEC.6号决定",
                        List.of(new Hit("IDB.28/DEC.6号决定", new Cited.SymbolDocument("IDB.28/DEC.6", "Decision", null)))),
                arguments("a conference document", "见A/CONF.198/11",
                        List.of(new Hit("A/CONF.198/11", new Cited.SymbolDocument("A/CONF.198/11", "Document", null)))),
                arguments("a full-width conference document", "见Ａ／ＣＯＮＦ．１９８／１１",
                        List.of(new Hit("A/CONF.198/11", new Cited.SymbolDocument("A/CONF.198/11", "Document", null)))),
                arguments("a Security Council document", "S/2019/883",
                        List.of(new Hit("S/2019/883", new Cited.SymbolDocument("S/2019/883", "Document", null)))),
                arguments("a resolution by its full symbol is a resolution", "A/RES/55/2号决议",
                        List.of(new Hit("A/RES/55/2号决议", new Cited.Resolution("A/RES/55/2", null, null)))),
                arguments("letters without a slash are no symbol", "UNIDO和UNDP", List.of()),
                arguments("letters with a slash but no number are no symbol", "防治HIV/AIDS的努力", List.of()),
                arguments("a number after the slashed words does not make them a symbol", "HIV/AIDS 2004年", List.of()),
                arguments("a very long run of slashes is bounded, not a crash", "A" + "/B".repeat(20000) + "/1", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("symbolDocuments")
    void symbolDocument(String intent, String text, List<Hit> expected) {
        assertEquals(expected, hits(new SymbolDocumentRule(GAZETTEER), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a committee report's addendum        | 报告(A/59/487/Add.3)通过 | A/59/487/Add.3
            a Board decision                     | IDB.28/DEC.6号决定       | IDB.28/DEC.6
            a conference document                | A/CONF.198/11           | A/CONF.198/11
            a Security Council document          | S/2019/883,             | S/2019/883
            a Roman session number               | A/RES/2625(XXV)号        | A/RES/2625(XXV)
            a commission document                | E/CN.6/2005/11          | E/CN.6/2005/11
            a lettered resolution part           | A/RES/35/142B号决议      | A/RES/35/142B
            a heading number is no symbol        | 59/249.工业发展合作       |
            """)
    void documentPattern(String intent, String text, String expected) {
        Matcher m = Pattern.compile(Symbols.DOCUMENT).matcher(text);
        assertEquals(expected, m.find() ? m.group() : null);
    }

    static Stream<Arguments> canonicalSymbols() {
        return Stream.of(
                arguments("the space before a part letter goes", "A/RES/35/142 B", "A/RES/35/142B"),
                arguments("the space before a year goes", "S/RES/2505 (2020)", "S/RES/2505(2020)"),
                arguments("full-width forms are folded", "Ａ／ＲＥＳ／５９／２４９", "A/RES/59/249"),
                arguments("a line break inside goes", "A/59/\n487/Add.3", "A/59/487/Add.3"),
                arguments("a canonical symbol stays as it is", "IDB.28/DEC.6", "IDB.28/DEC.6"),
                arguments("an ideographic space (U+3000) goes", "Ａ／ＲＥＳ／３５／１４２\u3000Ｂ", "A/RES/35/142B"),
                arguments("a no-break space (U+00A0) goes", "A/RES/35/142\u00A0B", "A/RES/35/142B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalSymbols")
    void canonical(String intent, String symbol, String expected) {
        assertEquals(expected, Symbols.canonical(symbol));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a General Assembly resolution       | A/RES/55/2         | true
            a Security Council resolution       | S/RES/1540(2004)   | true
            a Human Rights Council resolution   | A/HRC/RES/5/1      | true
            a committee report                  | A/59/487/Add.3     | false
            a Board decision                    | IDB.28/DEC.6       | false
            """)
    void isResolution(String intent, String symbol, boolean expected) {
        assertEquals(expected, Symbols.isResolution(symbol));
    }

    // ---------------------------------------------------------------- 5. clause verbs

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a preambular verb                              | 回顾其关于   | 回顾      |    | false | recalls
            又 + verb                                       | 又回顾      | 又回顾     | 又  | false | recalls
            再次申明 is a verb, not 再 + 次申明                | 再次申明     | 再次申明   |    | false | reaffirms
            再 + verb                                       | 再回顾      | 再回顾     | 再  | false | recalls
            赞赏地注意到 wins over 注意到                      | 赞赏地注意到 | 赞赏地注意到 |    | false | takesNoteWithAppreciationOf
            表示注意到 wins over 注意到                        | 表示注意到报告 | 表示注意到 |    | false | takesNoteOf
            并 + verb continues the sentence                | 并注意到     | 并注意到   | 并  | true  | takesNoteOf
            还 + verb opens a paragraph                     | 还注意到     | 还注意到   | 还  | false | takesNoteOf
            请 requests and cites nothing                   | 请秘书长     | 请        |    | false |
            并 + 请                                          | 并请        | 并请       | 并  | true  |
            a welcoming verb                               | 欢迎报告     | 欢迎       |    | false | welcomes
            注意 alone is no clause verb                    | 注意        |           |    | false |
            an adverb with no verb after it                | 又在这方面   |           |    | false |
            an unknown adverb is not taken                 | 很注意到     |           |    | false |
            """)
    void clauseVerb(String intent, String text, String words, String adverb, boolean continues, String relation) {
        ClauseVerbs.Match m = VERBS.at(text, 0);
        if (words == null) {
            assertNull(m);
            return;
        }
        assertNotNull(m, "no verb found");
        assertAll(() -> assertEquals(words, m.words()),
                () -> assertEquals(adverb, m.adverb()),
                () -> assertEquals(continues, m.adverbContinues()),
                () -> assertEquals(relation, m.verb().relation()),
                () -> assertEquals(words.length(), m.end() - m.start()));
    }

    // ---------------------------------------------------------------- 6. paragraphs

    private static final String AND_CONTINUES =
            "认识到 私营 部门 的 作用 ， 并 着重 指出 投资 的 重要性 ， 注意到 报告 ， 并 注意到 协定 ， 还 注意到 备忘录 ， 1． 欢迎 报告 ；";
    private static final String TEN_PARAGRAPHS = "回顾 第46/151 号 决议 ， 1. 注意到 报告 ； 2. 再次 申明 承诺 ； 3. 着重 指出 作用 ； "
            + "4. 强调 需要 ； 5. 促请 各国 ； 6. 鼓励 合作 ； 7. 赞赏 地 注意 到 论坛 ； 8. 确认 贡献 ； 9. 呼吁 继续 ； "
            + "10． 在 这 方面 ， 又 呼吁 继续 ； 11. 请 秘书长 提交 报告 。";
    private static final String NUMBERS_INSIDE = "回顾 决议 ， 1． 请 工发组织 以 其 2004 至 2007年 中期 方案 框架 为 重点 ， "
            + "2.5% 的 目标 ， 4. 不是 段落 ； 2． 决定 列入 议程 。";

    static Stream<Arguments> paragraphLabels() {
        return Stream.of(
                arguments("并着重指出 continues; 并注意到 after 注意到 opens; 还注意到 opens", AND_CONTINUES,
                        List.of("pp1 认识到", "pp2 注意到", "pp3 并注意到", "pp4 还注意到", "op1 欢迎")),
                arguments("paragraph 10 numbered 10． opens with 在这方面，又呼吁", TEN_PARAGRAPHS,
                        List.of("pp1 回顾", "op1 注意到", "op2 再次申明", "op3 着重指出", "op4 强调", "op5 促请", "op6 鼓励",
                                "op7 赞赏地注意到", "op8 确认", "op9 呼吁", "op10 又呼吁", "op11 请")),
                arguments("numbers inside a paragraph (2004至2007年, 2.5%, an unexpected 4.) do not split it", NUMBERS_INSIDE,
                        List.of("pp1 回顾", "op1 请", "op2 决定")),
                arguments("a preamble alone", "深信 合作 重要 ， 又 深信 需要 行动 ， 欢迎 报告 ，",
                        List.of("pp1 深信", "pp2 又深信", "pp3 欢迎")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphLabels")
    void paragraphs(String intent, String text, List<String> expected) {
        String t = NormalisedText.of(text).text();
        assertEquals(expected, slices(t).stream().map(s -> label(s.kind(), s.number(), s.verb() == null ? null : s.verb().words())).toList());
    }

    static Stream<Arguments> paragraphContents() {
        return Stream.of(
                arguments("the continued sentence stays in pp1", AND_CONTINUES, "pp1", "认识到私营部门的作用,并着重指出投资的重要性,"),
                arguments("the last preambular paragraph ends before 1．", AND_CONTINUES, "pp4", "还注意到备忘录,"),
                arguments("the leading phrase belongs to op10", TEN_PARAGRAPHS, "op10", "在这方面,又呼吁继续;"),
                arguments("the last paragraph runs to the end", TEN_PARAGRAPHS, "op11", "请秘书长提交报告。"),
                arguments("years, a decimal and a stray 4. stay in op1", NUMBERS_INSIDE, "op1",
                        "请工发组织以其2004至2007年中期方案框架为重点,2.5%的目标,4.不是段落;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphContents")
    void paragraphContent(String intent, String text, String paragraph, String expected) {
        String t = NormalisedText.of(text).text();
        ChineseParagraphs.Slice s = slices(t).stream().filter(x -> (x.kind().path() + x.number()).equals(paragraph))
                .findFirst().orElseThrow();
        assertEquals(expected, t.substring(s.contentStart(), s.end()));
    }

    private static List<ChineseParagraphs.Slice> slices(String normalised) {
        return new ChineseParagraphs(VERBS).split(normalised, 0, normalised.length());
    }

    private static String label(Paragraph.Kind kind, int number, String verb) {
        return kind.path() + number + " " + verb;
    }

    // ---------------------------------------------------------------- 7. events

    static Stream<Arguments> events() {
        OrgRef unido = OrgRef.known(ID + "org/unido");
        return Stream.of(
                arguments("a known conference with its dates and place",
                        "重申2001年11月9日至14日在多哈举行的世界贸易组织第四次部长级会议的结果,",
                        List.of(new Hit("世界贸易组织第四次部长级会议", event("wto-mc4-2001-doha", null, true,
                                "2001-11-09", "2001-11-14", place("doha", "多哈"), List.of(), List.of())))),
                arguments("a known conference with dates and no place",
                        "2001年11月9日至14日举行的世界贸易组织第四次部长级会议",
                        List.of(new Hit("世界贸易组织第四次部长级会议", event("wto-mc4-2001-doha", null, true,
                                "2001-11-09", "2001-11-14", null, List.of(), List.of())))),
                arguments("a known conference, the city after its country",
                        "2002年3月18日至22日在墨西哥蒙特雷举行的发展筹资问题国际会议",
                        List.of(new Hit("发展筹资问题国际会议", event("ffd-2002-monterrey", null, true,
                                "2002-03-18", "2002-03-22", place("monterrey", "墨西哥蒙特雷"), List.of(), List.of())))),
                arguments("an unknown conference: name, dates and place from the text",
                        "2010年5月3日至7日在日内瓦举行的某某问题国际会议",
                        List.of(new Hit("某某问题国际会议", event(null, "某某问题国际会议", true,
                                "2010-05-03", "2010-05-07", place("geneva", "日内瓦"), List.of(), List.of())))),
                arguments("an unknown forum on one day is no conference",
                        "2010年5月3日在日内瓦举行的某某问题论坛",
                        List.of(new Hit("某某问题论坛", event(null, "某某问题论坛", false,
                                "2010-05-03", "2010-05-03", place("geneva", "日内瓦"), List.of(), List.of())))),
                arguments("organisers, one a country's government",
                        "由联合国工业发展组织和智利政府联合组织的于2004年3月2日至5日在智利康塞普西翁举行全球生物技术论坛",
                        List.of(new Hit("全球生物技术论坛", event("global-biotechnology-forum-2004-concepcion", null, false,
                                "2004-03-02", "2004-03-05", place("concepcion-chile", "智利康塞普西翁"),
                                List.of(unido, governmentOfChile()), List.of())))),
                arguments("an organiser with the support of a sponsor",
                        "由联合国工业发展组织在联合国开发计划署的支助下组织的于2004年3月2日至5日在智利康塞普西翁举行全球生物技术论坛",
                        List.of(new Hit("全球生物技术论坛", event("global-biotechnology-forum-2004-concepcion", null, false,
                                "2004-03-02", "2004-03-05", place("concepcion-chile", "智利康塞普西翁"),
                                List.of(unido), List.of(OrgRef.known(ID + "org/undp")))))),
                arguments("the seed's op7: a sponsor whose name contains 和 (ICGEB)",
                        "赞赏地注意到由联合国工业发展组织和智利政府在国际遗传工程和生物技术中心的支助下联合组织的于2004年3月2日至5日在智利康塞普西翁举行全球生物技术论坛",
                        List.of(new Hit("全球生物技术论坛", event("global-biotechnology-forum-2004-concepcion", null, false,
                                "2004-03-02", "2004-03-05", place("concepcion-chile", "智利康塞普西翁"),
                                List.of(unido, governmentOfChile()), List.of(OrgRef.known(ID + "org/icgeb")))))),
                arguments("an unknown meeting without a place is not taken", "2010年5月3日举行的某某问题国际会议", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void event(String intent, String text, List<Hit> expected) {
        assertEquals(expected, hits(new EventRule(GAZETTEER, ORGANISATIONS), text));
    }

    // ---------------------------------------------------------------- 8. agreements

    private static final Cited.Agreement UNIDO_UNDP = new Cited.Agreement("合作协定", "cooperation agreement", "cooperation",
            List.of(OrgRef.known(ID + "org/unido"), OrgRef.known(ID + "org/undp")), LocalDate.parse("2004-09-23"), null);

    static Stream<Arguments> agreements() {
        OrgRef unido = OrgRef.known(ID + "org/unido");
        String signedAtCancun = "2003年9月10日联合国工业发展组织和世界贸易组织在墨西哥坎昆签署的技术合作备忘录";
        String withChile = "2005年1月1日联合国工业发展组织与智利政府签署的谅解备忘录";
        String icgeb = "2005年1月1日国际遗传工程和生物技术中心和联合国工业发展组织之间签署的合作协定";
        return Stream.of(
                arguments("two parties and a date", "2004年9月23日联合国工业发展组织和联合国开发计划署之间签署的合作协定",
                        List.of(new Hit("2004年9月23日联合国工业发展组织和联合国开发计划署之间签署的合作协定", UNIDO_UNDP))),
                arguments("signed at a place: the city after its country", signedAtCancun,
                        List.of(new Hit(signedAtCancun, new Cited.Agreement("技术合作备忘录", "memorandum on technical cooperation",
                                "technical-cooperation-memorandum", List.of(unido, OrgRef.known(ID + "org/wto")),
                                LocalDate.parse("2003-09-10"), place("cancun", "墨西哥坎昆"))))),
                arguments("与 joins a party that is a government", withChile,
                        List.of(new Hit(withChile, new Cited.Agreement("谅解备忘录", "memorandum of understanding",
                                "memorandum-of-understanding", List.of(unido, governmentOfChile()), LocalDate.parse("2005-01-01"), null)))),
                arguments("a first party whose name contains 和 (ICGEB)", icgeb,
                        List.of(new Hit(icgeb, new Cited.Agreement("合作协定", "cooperation agreement", "cooperation",
                                List.of(OrgRef.known(ID + "org/icgeb"), unido), LocalDate.parse("2005-01-01"), null)))),
                arguments("a party the gazetteer does not know: no agreement",
                        "2005年1月1日某公司和联合国工业发展组织之间签署的合作协定", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void agreement(String intent, String text, List<Hit> expected) {
        assertEquals(expected, hits(new AgreementRule(ORGANISATIONS), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the verb followed by the same noun cites it again | 并注意到合作协定除其他外奠定了基础 | 合作协定
            该 + the same noun cites it again                  | 并注意到该合作协定奠定了基础     | 该合作协定
            a different noun does not                        | 并注意到协定奠定了基础         |
            the noun not right after the verb does not       | 并注意到两个机构的合作协定      |
            """)
    void agreementAgain(String intent, String text, String words) {
        List<Found> earlier = List.of(new Found(0, 1, UNIDO_UNDP, "zh.agreement"));
        assertEquals(words == null ? List.of() : List.of(new Hit(words, UNIDO_UNDP)), hits(new AgreementRule(ORGANISATIONS), text, earlier));
    }

    // ---------------------------------------------------------------- 9. the whole extractor on the seed

    private static final Header SEED_HEADER = new Header("A/RES/59/249", GENERAL_ASSEMBLY, 59, "249", "工业发展合作",
            LocalDate.parse("2004-12-22"), 75, ID + "org/ga-second-committee", "A/59/487/Add.3");

    private static final List<String> SEED_PARAGRAPHS = List.of(
            "pp1 回顾", "pp2 又回顾", "pp3 重申", "pp4 认识到", "pp5 又认识到", "pp6 注意到", "pp7 又注意到", "pp8 并注意到", "pp9 还注意到",
            "op1 注意到", "op2 再次申明", "op3 着重指出", "op4 注意到", "op5 强调", "op6 着重指出", "op7 赞赏地注意到", "op8 确认",
            "op9 呼吁", "op10 又呼吁", "op11 重申", "op12 鼓励", "op13 吁请", "op14 强调", "op15 着重指出", "op16 重申", "op17 欢迎",
            "op18 请", "op19 鼓励", "op20 又鼓励", "op21 请");

    /** Hand-checked: paragraph, relation, what is cited, and ‹the words of its span, spaces removed›. */
    private static final List<String> SEED_CITATIONS = List.of(
            "pp1 recalls resolution A/RES/46/151 1991-12-18 series=工业发展合作 ‹1991年12月18日第46/151号›",
            "pp1 recalls resolution A/RES/49/108 1994-12-19 series=工业发展合作 ‹1994年12月19日第49/108号›",
            "pp1 recalls resolution A/RES/51/170 1996-12-16 series=工业发展合作 ‹1996年12月16日第51/170号›",
            "pp1 recalls resolution A/RES/53/177 1998-12-15 series=工业发展合作 ‹1998年12月15日第53/177号›",
            "pp1 recalls resolution A/RES/55/187 2000-12-20 series=工业发展合作 ‹2000年12月20日第55/187号›",
            "pp1 recalls resolution A/RES/57/243 2002-12-20 series=工业发展合作 ‹2002年12月20日第57/243号›",
            "pp2 recalls instrument millennium-declaration 2000-09-08 ‹联合国千年宣言›",
            "pp3 reaffirms event wto-mc4-2001-doha 2001-11-09..2001-11-14 at doha by [] ‹世界贸易组织第四次部长级会议›",
            "pp3 reaffirms event ldc3-2001-brussels 2001-05-14..2001-05-20 at brussels by [] ‹第三次联合国最不发达国家问题会议›",
            "pp3 reaffirms event ffd-2002-monterrey 2002-03-18..2002-03-22 at monterrey by [] ‹发展筹资问题国际会议›",
            "pp3 reaffirms event wssd-2002-johannesburg 2002-08-26..2002-09-04 at johannesburg by [] ‹可持续发展问题世界首脑会议›",
            "pp6 takesNoteOf authored Strategy 公司战略 by unido ‹联合国工业发展组织的公司战略›",
            "pp6 refersTo instrument millennium-declaration null ‹千年宣言›",
            "pp7 takesNoteOf agreement 合作协定 [unido, undp] 2004-09-23 at null ‹2004年9月23日联合国工业发展组织和联合国开发计划署之间签署的合作协定›",
            "pp8 takesNoteOf agreement 合作协定 [unido, undp] 2004-09-23 at null ‹合作协定›",
            "pp9 takesNoteOf agreement 技术合作备忘录 [unido, wto] 2003-09-10 at cancun ‹2003年9月10日联合国工业发展组织和世界贸易组织在墨西哥坎昆签署的技术合作备忘录›",
            "op1 takesNoteOf authored Report 报告 by un-secretary-general ‹秘书长的报告›",
            "op3 refersTo instrument millennium-declaration null ‹联合国千年宣言›",
            "op4 refersTo instrument millennium-declaration null ‹千年宣言›",
            "op5 refersTo instrument millennium-declaration null ‹千年宣言›",
            "op7 takesNoteWithAppreciationOf event global-biotechnology-forum-2004-concepcion 2004-03-02..2004-03-05 at concepcion-chile "
                    + "by [unido, government-of-chile] ‹全球生物技术论坛›",
            "op7 takesNoteOf document IDB.28/DEC.6 Decision by unido-idb ‹IDB.28/DEC.6号决定›");

    static Stream<Arguments> seedVariants() {
        return Stream.of(
                arguments("the seed as it is", (UnaryOperator<String>) body -> body),
                arguments("the body with all whitespace removed", (UnaryOperator<String>) ChinesePatternsTest::unspaced),
                arguments("the body re-segmented: a space after every second character",
                        (UnaryOperator<String>) body -> everyNth(unspaced(body), 2, " ")),
                arguments("the body broken into lines of three characters",
                        (UnaryOperator<String>) body -> everyNth(unspaced(body), 3, "\n")),
                arguments("the body with ASCII typeset full-width", (UnaryOperator<String>) ChinesePatternsTest::fullWidth));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedVariants")
    void wholeSeed(String intent, UnaryOperator<String> body, @TempDir Path dir) throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        int line2 = seed.indexOf('\n') + 1;
        Path file = Files.writeString(dir.resolve(SEED.getFileName()), seed.substring(0, line2) + body.apply(seed.substring(line2)));
        Document doc = DocumentReaders.standard().read(SourceFile.of(file));
        ResolutionFacts facts = new ChineseExtractor().extract(doc);

        List<String> paragraphs = facts.paragraphs().stream().map(p -> label(p.kind(), p.number(), p.clauseVerb())).toList();
        assertAll(() -> assertEquals(SEED_HEADER, facts.header()),
                () -> assertEquals(List.of(), facts.warnings()),
                () -> assertEquals(List.of("工业发展合作"), facts.seriesTitles()),
                () -> assertEquals(61, facts.reportSession()),
                () -> assertEquals(OrgRef.known(ID + "org/un-secretary-general"), facts.reportFrom()),
                () -> assertEquals(SEED_PARAGRAPHS, paragraphs),
                () -> assertEquals(SEED_CITATIONS, facts.citations().stream().map(c -> describe(c, doc, paragraphs)).toList()),
                () -> assertEquals(relationsAndTargets(seedAsIs()), relationsAndTargets(facts)),
                () -> facts.citations().forEach(c -> assertTight(doc.text(), c.span())));
    }

    // ---------------------------------------------------------------- headings that are not as expected

    static Stream<Arguments> oddHeadings() {
        return Stream.of(
                arguments("an organ the gazetteer does not know: symbol kept, no title made of the whole heading",
                        "2004年12月22日决议 59/249. 工业发展合作 某某理事会， 回顾 其 决议", "A/RES/59/249", null),
                arguments("a report bracket after the opening organ: no crash, the symbol before it is still read",
                        "59/249. 工业发展合作 大会， 回顾 [根据第二委员会的报告(A/59/487)通过] 的 决议", "A/RES/59/249", "工业发展合作"),
                arguments("no symbol at all", "工业发展合作 大会， 回顾 其 决议", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddHeadings")
    void oddHeading(String intent, String text, String symbol, String title) {
        ChineseHeader.Result r = new ChineseHeader(GAZETTEER, VERBS).read(NormalisedText.of(text));
        assertEquals(symbol, r.header().symbol());
        assertEquals(title, r.header().title());
        assertFalse(r.warnings().isEmpty() && (symbol == null || title == null), "no warning says what is missing");
    }

    // ---------------------------------------------------------------- operative part after a heading

    static Stream<Arguments> operativeParts() {
        return Stream.of(
                arguments("a heading without punctuation before paragraph 1 (S/RES/2557 (2020))",
                        "根据《联合国宪章》第七章采取行动，\n\n措施\n\n1. 决定 继续 执行 措施；\n\n2. 请 秘书长 报告。", 2),
                arguments("a number after a Han character but before no clause verb opens no paragraph",
                        "回顾 其 第2513号 决议 附件1.3 所载 内容，\n\n1. 决定 继续；", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operativeParts")
    void operativeParagraphsAfterAHeading(String intent, String body, int operative, @TempDir Path dir) throws Exception {
        String text = "第2557(2020)号决议\n\n安全理事会，\n\n" + body + "\n";
        Document doc = DocumentReaders.standard().read(SourceFile.of(Files.writeString(dir.resolve("t.txt"), text)));
        ResolutionFacts facts = new ChineseExtractor().extract(doc.withLanguage("zh"));
        assertEquals(operative, facts.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.OPERATIVE).count());
    }

    // ---------------------------------------------------------------- clauses joined without a verb

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            以及 carries 回顾 on to the next clause         | 回顾 其 第46/151号 决议 ， 以及 第49/108号 决议 ；     | recalls, recalls
            和 carries 重申 on                               | 重申 第46/151号 决议 ， 和 第49/108号 决议 ；           | reaffirms, reaffirms
            a clause with neither verb nor conjunction is generic | 回顾 第46/151号 决议 ， 第49/108号 决议 所 载 ；   | recalls, refersTo
            特别是 names items of what is recalled            | 回顾 其 以往 各项 决议 ， 特别是 第46/151号 决议 ；          | recalls
            a new verb after the conjunction wins            | 回顾 第46/151号 决议 ， 并 欢迎 第49/108号 决议 ；      | recalls, welcomes
            """)
    void conjunctionCarriesTheVerbOn(String intent, String preamble, String relations, @TempDir Path dir) throws Exception {
        String text = "59/249. 工业 发展 合作\n\n大会 ，\n\n" + preamble + "\n\n1. 注意到 秘书长 的 报告 。\n";
        Document doc = DocumentReaders.standard().read(SourceFile.of(Files.writeString(dir.resolve("t.txt"), text)));
        ResolutionFacts facts = new ChineseExtractor().extract(doc);
        assertEquals(List.of(relations.split(", ")), facts.citations().stream()
                .filter(c -> c.target() instanceof Cited.Resolution).map(Citation::relation).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** The hits of {@code rule} on {@code text}, normalised, as one paragraph of one clause opened by its verb. */
    private static List<Hit> hits(CitationRule rule, String text) {
        return hits(rule, text, List.of());
    }

    private static List<Hit> hits(CitationRule rule, String text, List<Found> earlier) {
        String t = NormalisedText.of(text).text();
        ParagraphText p = new ParagraphText(t, 0, t.length(), List.of(new ParagraphText.Clause(0, t.length(), VERBS.at(t, 0))), 0);
        List<Found> out = new ArrayList<>();
        rule.find(p, earlier, out);
        return out.stream().map(f -> new Hit(t.substring(f.start(), f.end()), f.target())).toList();
    }

    private static Hit resolution(String words, String symbol) {
        return resolution(words, symbol, null, null);
    }

    private static Hit resolution(String words, String symbol, String adopted, String series) {
        return new Hit(words, new Cited.Resolution(symbol, adopted == null ? null : LocalDate.parse(adopted), series));
    }

    private static Cited.Event event(String slug, String name, boolean conference, String start, String end, PlaceRef place,
                                     List<OrgRef> organizers, List<OrgRef> sponsors) {
        return new Cited.Event(slug == null ? null : ID + "event/" + slug, name, "zh", conference,
                LocalDate.parse(start), LocalDate.parse(end), place, organizers, sponsors);
    }

    private static PlaceRef place(String slug, String name) {
        return new PlaceRef(ID + "place/" + slug, name, "zh");
    }

    private static OrgRef governmentOfChile() {
        return new OrgRef(null, "government-of-chile", Map.of("zh", "智利政府", "en", "Government of Chile"));
    }

    private static ResolutionFacts seedAsIs;

    private static synchronized ResolutionFacts seedAsIs() throws Exception {
        if (seedAsIs == null) {
            seedAsIs = new ChineseExtractor().extract(DocumentReaders.standard().read(SourceFile.of(SEED)));
        }
        return seedAsIs;
    }

    private static List<String> relationsAndTargets(ResolutionFacts facts) {
        return facts.citations().stream().map(c -> c.relation() + " " + c.target()).toList();
    }

    /** A citation as one line: paragraph, relation, target, ‹the original words at its span, spaces removed›. */
    private static String describe(Citation c, Document doc, List<String> paragraphs) {
        String paragraph = paragraphs.get(c.paragraph()).split(" ")[0];
        String words = normalise(doc.text().substring(c.span().start(), c.span().end()));
        return paragraph + " " + c.relation() + " " + describe(c.target()) + " ‹" + words + "›";
    }

    private static String describe(Cited target) {
        return switch (target) {
            case Cited.Resolution r -> "resolution " + r.symbol() + " " + r.adopted() + " series=" + r.seriesTitle();
            case Cited.SymbolDocument d -> "document " + d.symbol() + " " + d.type() + " by " + slug(d.author());
            case Cited.Instrument i -> "instrument " + lastSegment(i.iri()) + " " + i.adopted();
            case Cited.AuthoredDocument a -> "authored " + a.type() + " " + a.noun() + " by " + slug(a.author());
            case Cited.Event e -> "event " + lastSegment(e.iri()) + " " + e.start() + ".." + e.end()
                    + " at " + (e.place() == null ? null : lastSegment(e.place().iri())) + " by " + slugs(e.organizers());
            case Cited.Agreement a -> "agreement " + a.noun() + " " + slugs(a.parties()) + " " + a.signed()
                    + " at " + (a.place() == null ? null : lastSegment(a.place().iri()));
        };
    }

    private static String slug(OrgRef org) {
        return org == null ? null : org.slug();
    }

    private static String slugs(List<OrgRef> orgs) {
        return orgs.stream().map(OrgRef::slug).toList().toString();
    }

    private static String lastSegment(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The span starts and ends on a character of the text, not on a segmentation space. */
    private static void assertTight(String text, Span span) {
        assertFalse(Character.isWhitespace(text.charAt(span.start())), () -> "span " + span + " starts on a space");
        assertFalse(Character.isWhitespace(text.charAt(span.end() - 1)), () -> "span " + span + " ends on a space");
    }

    /** Spaces removed and full-width ASCII folded, written out here rather than taken from NormalisedText. */
    private static String normalise(String s) {
        return unspaced(s).chars().map(c -> c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String unspaced(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String everyNth(String s, int n, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(s.charAt(i));
            if (i % n == n - 1) {
                out.append(separator);
            }
        }
        return out.toString();
    }

    private static String fullWidth(String s) {
        return s.chars().map(c -> c > 0x20 && c < 0x7F ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
