package org.w3id.resgraph.extract.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The series a Council text says it continues, and the mandate it renews; sentences from the SC sample. */
class EnglishSeriesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Recalling its previous resolutions, statements of its President and press statements on the situation in Mali,  | the situation in Mali
            Recalling its previous resolutions and statements of its President on the situation in Somalia, | the situation in Somalia
            Recalling all its previous relevant resolutions and statements of its President concerning Yemen, | Yemen
            Recalling its previous resolutions on Lebanon, in particular resolutions 1559 (2004), 1680 (2006) | Lebanon
            Recalling its previous resolutions and presidential statements concerning the situation in Sudan and underlining the importance of full compliance | the situation in Sudan
            Recalling its previous relevant resolutions concerning the conflicts in the Former Yugoslavia and relevant statements of its President | the conflicts in the Former Yugoslavia
            Recalling its previous resolutions on this issue,                                  | ''
            Recalling its relevant resolutions on women, peace and security, on youth, peace and security | ''
            Recalling its previous relevant resolutions, including resolutions 2117 (2013)      | ''
            Recalling its previous resolutions imposing its sanctions measures in response to threats to international peace and security | ''
            """)
    void theSeriesATextContinues(String sentence, String title) {
        assertEquals(title, EnglishSeries.find(sentence, 0, sentence.length()).map(EnglishSeries.Found::title).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. Decides to extend the mandate of the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) until 30 June 2022; | mandate of MINUSMA
            1. Decides to renew the mandate of UNDOF for a period of six months, that is, until 31 December 2022, | mandate of UNDOF
            1. Decides to extend until 31 October 2022 the mandate of the United Nations Support Mission in Libya (UNSMIL), as an integrated special political mission | mandate of UNSMIL
            2. Decides to extend, to 15 July 2022 the mandate of BINUH in accordance with its resolution 2476 (2019) | mandate of BINUH
            1. Decides to extend the mandate of the United Nations Mission to support the Hodeidah Agreement (UNMHA), to support the implementation | mandate of UNMHA
            2. Decides to extend until 31 August 2022 the mandate of the Panel of Experts, as set out in paragraphs 30 to 39 of resolution 2140 (2014) | ''
            3. Decides to extend until 28 February 2022 the mandate of the 1540 Committee | ''
            """)
    void theMandateATextRenews(String paragraph, String title) {
        assertEquals(title, EnglishSeries.mandate(paragraph, 0, paragraph.length()).orElse(""));
    }

    @org.junit.jupiter.api.Test
    void aMissionNamedWithoutItsAcronymTakesTheAcronymTheTextGivesElsewhere() {
        String t = "Welcoming the work of the United Nations Support Mission in Libya (UNSMIL), … "
                + "1. Decides to extend until 30 September 2021 the mandate of the United Nations Support Mission in Libya, as an integrated mission;";
        int at = t.indexOf("1. Decides");
        assertEquals(Optional.of("mandate of UNSMIL"), EnglishSeries.mandate(t, at, t.length()));
    }
}
