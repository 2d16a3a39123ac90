package org.w3id.resgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The symbols the UN's links point to, as the links are written in AKN4UN files. */
class LinkCitationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            an English link with a space before the year    | https://undocs.org/en/S/RES/2014 (2011)                                        | S/RES/2014(2011)
            a Chinese link                                  | https://undocs.org/ch/S/RES/2014(2011)                                         | S/RES/2014(2011)
            a link without a language                       | https://undocs.org/A/RES/70/1                                                  | A/RES/70/1
            the mobile form, its symbol a parameter         | https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F70%2F262&Language=E&DeviceType=Desktop | A/RES/70/262
            a fragment is not part of the symbol            | https://undocs.org/en/A/RES/60/180#page=2                                      | A/RES/60/180
            lower case is the same symbol                   | https://undocs.org/en/s/res/2282(2016)                                         | S/RES/2282(2016)
            a document symbol                               | https://undocs.org/en/S/2019/883                                               | S/2019/883
            docs.un.org, as from 2025                       | https://docs.un.org/en/A/RES/75/201                                            | A/RES/75/201
            docs.un.org in French                           | https://docs.un.org/fr/S/RES/2735(2024)                                        | S/RES/2735(2024)
            docs.un.org with the other-language prefix      | https://docs.un.org/ot/S/RES/2735(2024)                                        | S/RES/2735(2024)
            docs.un.org in Chinese, either code             | https://docs.un.org/zh/S/RES/2735(2024)                                        | S/RES/2735(2024)
            docs.un.org, old Chinese code                   | https://docs.un.org/ch/S/RES/2735(2024)                                        | S/RES/2735(2024)
            docs.un.org, old Spanish code, upper case       | http://www.docs.un.org/SP/S/RES/2735(2024)                                     | S/RES/2735(2024)
            docs.un.org in Arabic and Russian               | https://docs.un.org/ar/S/RES/1559(2004)                                        | S/RES/1559(2004)
            docs.un.org without a language                  | https://docs.un.org/S/2024/100                                                 | S/2024/100
            docs.un.org, percent-encoded, trailing slash    | https://docs.un.org/es/S/RES/425%20(1978)/                                     | S/RES/425(1978)
            undocs.org with the other-language prefix       | https://undocs.org/ot/S/RES/2561 (2021)                                        | S/RES/2561(2021)
            undocs.org with a doubled slash                 | https://undocs.org//S/RES/1325 (2000)                                          | S/RES/1325(2000)
            docs.un.org, the mobile form                    | https://docs.un.org/Home/Mobile?FinalSymbol=A%2FRES%2F70%2F262&Language=E     | A/RES/70/262
            a stray percent sign is no crash                | https://docs.un.org/en/S/RES/%zz                                               | -
            a look-alike host is another site               | https://docs.un.org.example.com/en/A/RES/75/201                                | -
            a link to no document on docs.un.org            | https://docs.un.org/en                                                         | -
            another site is no symbol                       | https://www.un.org/securitycouncil/                                            | -
            a link to no document is no symbol              | https://undocs.org/en/                                                         | -
            """)
    void symbolOfALink(String intent, String href, String symbol) {
        assertEquals(symbol, LinkCitations.symbol(href).orElse(null));
    }
}
