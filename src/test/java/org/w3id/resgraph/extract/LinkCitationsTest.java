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
            another site is no symbol                       | https://www.un.org/securitycouncil/                                            | -
            a link to no document is no symbol              | https://undocs.org/en/                                                         | -
            """)
    void symbolOfALink(String intent, String href, String symbol) {
        assertEquals(symbol, LinkCitations.symbol(href).orElse(null));
    }
}
