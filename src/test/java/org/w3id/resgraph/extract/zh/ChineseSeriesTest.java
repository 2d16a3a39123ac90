package org.w3id.resgraph.extract.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The series a Council text says it continues, and the mandate it renews; sentences from the SC sample. */
class ChineseSeriesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            回顾其以往关于索马里局势的各项决议和主席声明，           | 索马里局势
            回顾其以往关于也门的所有相关决议和主席声明，             | 也门
            回顾其以往关于国际恐怖主义及其对阿富汗构成的威胁的各项决议， | 国际恐怖主义及其对阿富汗构成的威胁
            回顾其以往有关阿卜耶伊和苏丹与南苏丹边界沿线局势的各项决议  | 阿卜耶伊和苏丹与南苏丹边界沿线局势
            回顾其以往关于黎巴嫩的所有决议，特别是第1559(2004)号决议   | 黎巴嫩
            回顾其以往关于该问题的各项决议，                          | ''
            回顾其以往各项相关决议，包括第2117(2013)号决议              | ''
            回顾其关于妇女与和平与安全的各项决议，                      | ''
            """)
    void theSeriesATextContinues(String sentence, String title) {
        assertEquals(title, ChineseSeries.find(sentence, 0, sentence.length()).map(ChineseSeries.Hit::title).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. 决定将马里稳定团任务期限延长至2021年6月30日，         | 马里稳定团的任务
            1. 决定将联合国伊拉克援助团(联伊援助团)的任务期限延长至2021年5月27日 | 联伊援助团的任务
            1. 决定将第2461(2019)号决议第1段规定的联合国索马里援助团(联索援助团)任务的期限延至2020年6月30日 | 联索援助团的任务
            2. 决定把1540委员会的任务期限延长十年                     | ''
            3. 决定将专家小组任务期限延长至2021年7月1日                 | ''
            """)
    void theMandateATextRenews(String paragraph, String title) {
        assertEquals(title, ChineseSeries.mandate(paragraph, 0, paragraph.length()).orElse(""));
    }
}
