package org.w3id.resgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How series titles are compared, and which never make a series. */
class SeriesTitlesTest {
    @ParameterizedTest(name = "{0}: \"{1}\" = \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | the situation in Somalia                          | Somalia
            en | the situation in the Central African Republic (CAR) | Central African Republic
            en | the situation concerning the Democratic Republic of the Congo (DRC) | the Democratic Republic of the Congo
            en | Women, peace and security                          | women and peace and security
            en | “Industrial development cooperation”               | industrial development cooperation
            zh | 索马里局势                                          | 索马里
            zh | 妇女与和平与安全                                     | 妇女、和平与安全
            zh | 工业 发展 合作                                       | 工业发展合作
            """)
    void theSameSeriesWrittenTwoWays(String lang, String a, String b) {
        assertEquals(SeriesTitles.key(lang, a), SeriesTitles.key(lang, b));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" ≠ \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | the situation in Sudan    | the situation in South Sudan
            en | Regional disarmament      | Conventional arms control at the regional and subregional levels
            zh | 苏丹局势                   | 南苏丹局势
            zh | 和平与安全                 | 妇女与和平与安全
            """)
    void differentSeriesStayApart(String lang, String a, String b) {
        assertNotEquals(SeriesTitles.key(lang, a), SeriesTitles.key(lang, b));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no series")
    @CsvSource(delimiter = '|', textBlock = """
            en | this issue
            en | the matter
            en | these questions
            en | the relevant issues
            en | it
            en | resolution 2140 (2014)
            zh | 该问题
            zh | 此事项
            zh | 上述问题
            zh | 安全部门改革的第2151(2014)号决议和关于审查联合国建设和平架构
            zh | 其
            """)
    void aPointerIsNoTitle(String lang, String title) {
        assertTrue(SeriesTitles.generic(lang, title));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is a title")
    @CsvSource(delimiter = '|', textBlock = """
            en | Somalia
            en | the situation in Mali
            en | Regional disarmament
            en | Objective information on military matters
            zh | 也门
            zh | 妇女与和平与安全
            zh | 建设和平架构
            """)
    void aSubjectIsATitle(String lang, String title) {
        assertFalse(SeriesTitles.generic(lang, title));
    }

    @ParameterizedTest(name = "\"{0}\" names \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            objective information on military matters | Objective information on military matters, including transparency of military expenditures | true
            Regional disarmament                      | Regional disarmament                                                                              | true
            regional                                  | Regional disarmament                                                                              | false
            the issue                                 | The issue of Palestine                                                                            | false
            military matters                          | Objective information on military matters                                                         | false
            """)
    void theWordsAfterOnNameTheOwnTitle(String phrase, String title, boolean names) {
        assertEquals(names, SeriesTitles.names("en", phrase, title));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | mandate of MINUSMA       | true
            en | the situation in Mali    | false
            zh | 马里稳定团的任务           | true
            zh | 马里局势                  | false
            """)
    void mandateSeriesAreKnownByTheirTitle(String lang, String title, boolean mandate) {
        assertEquals(mandate, SeriesTitles.mandate(lang, title));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            somalia                                        | somalia
            establishment of a nuclear weapon free zone in the region of the middle east | establishment-of-a-nuclear-weapon-free-zone-in-the-region
            索马里                                          | ''
            """)
    void slugs(String key, String slug) {
        assertEquals(slug, SeriesTitles.slug(key));
    }
}
