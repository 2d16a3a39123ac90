package org.w3id.resgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny hand-made extraction and its gold, small enough to score by hand. Resolution A/RES/1/1 in
 * English predicts, after the scope rules:
 *
 * <pre>
 * cited        predicted          gold           pair      relation
 * A/RES/2/2    recalls            recalls        found     right
 * A/RES/3/3    reaffirms          recalls        found     wrong
 * A/RES/4/4    refersTo only      refersTo       found     (not typed in the gold)
 * A/DEC/5/5    takesNoteOf        notes          found     right
 * S/RES/9(2000) welcomes          -              spurious
 * A/RES/6/6    -                  recalls        missed
 * A/59/487     cito:cites         refersTo       out of scope (not a resolution)
 * A/RES/1/1    refersTo           refersTo       out of scope (itself)
 * </pre>
 *
 * and in Chinese recalls A/RES/2/2 as its gold says; A/RES/7/7 (English) has no gold, so is not scored.
 * The Security Council resolution S/RES/100(2020), an AKN4UN file, links to S/RES/50(2010) and
 * A/RES/70/1 and shows "60 (2015)" unlinked; it is predicted to cite S/RES/50(2010) (found),
 * S/RES/60(2015) (right by its text), S/RES/70(2016) (spurious) and itself (out of scope).
 */
public final class HandMade {
    public static final String TRIG = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>

            <https://w3id.org/resgraph/graph/un/A/RES/1/1/eng> {
              <https://w3id.org/resgraph/graph/un/A/RES/1/1/eng> prov:wasDerivedFrom <urn:source:1> .
              <urn:source:1> rg:fileName "one.md" .
              <urn:r1> a rg:Resolution ; dcterms:identifier "A/RES/1/1" ; eli:is_realized_by <urn:r1/eng> ;
                  rg:recalls <urn:r2> ; rg:reaffirms <urn:r3> ; rg:takesNoteOf <urn:d5> ; rg:welcomes <urn:s9> ;
                  rg:refersTo <urn:r2> , <urn:r3> , <urn:r4> , <urn:d5> , <urn:s9> , <urn:r1> , <urn:report> ;
                  cito:cites <urn:report> .
              <urn:r1/eng> a rg:LanguageVersion ; dcterms:language "en" .
              <urn:r2> a rg:Resolution ; dcterms:identifier "a/res/2/ 2" .
              <urn:r3> a rg:Resolution ; dcterms:identifier "A/RES/3/3" .
              <urn:r4> a rg:Resolution ; dcterms:identifier "A/RES/4/4" .
              <urn:d5> dcterms:identifier "A/DEC/5/5" .
              <urn:s9> a rg:Resolution ; dcterms:identifier "S/RES/9 (2000)" .
              <urn:report> dcterms:identifier "A/59/487" .
            }

            <https://w3id.org/resgraph/graph/un/A/RES/1/1/zho> {
              <https://w3id.org/resgraph/graph/un/A/RES/1/1/zho> prov:wasDerivedFrom <urn:source:2> .
              <urn:source:2> rg:fileName "one-zh.md" .
              <urn:r1> a rg:Resolution ; dcterms:identifier "A/RES/1/1" ; eli:is_realized_by <urn:r1/zho> ;
                  rg:recalls <urn:r2> ; rg:refersTo <urn:r2> .
              <urn:r1/zho> a rg:LanguageVersion ; dcterms:language "zh" .
              <urn:r2> a rg:Resolution ; dcterms:identifier "A/RES/2/2" .
            }

            <https://w3id.org/resgraph/graph/un/A/RES/7/7/eng> {
              <urn:r7> a rg:Resolution ; dcterms:identifier "A/RES/7/7" ; eli:is_realized_by <urn:r7/eng> ;
                  rg:recalls <urn:r2> ; rg:refersTo <urn:r2> .
              <urn:r7/eng> a rg:LanguageVersion ; dcterms:language "en" .
              <urn:r2> a rg:Resolution ; dcterms:identifier "A/RES/2/2" .
            }

            <https://w3id.org/resgraph/graph/un/S/RES/100(2020)/eng> {
              <urn:s100> a rg:Resolution ; dcterms:identifier "S/RES/100(2020)" ; eli:is_realized_by <urn:s100/eng> ;
                  rg:recalls <urn:s50> ; rg:refersTo <urn:s50> , <urn:s60> , <urn:s70> , <urn:s100> .
              <urn:s100/eng> a rg:LanguageVersion ; dcterms:language "en" .
              <urn:s50> a rg:Resolution ; dcterms:identifier "S/RES/50(2010)" .
              <urn:s60> a rg:Resolution ; dcterms:identifier "S/RES/60(2015)" .
              <urn:s70> a rg:Resolution ; dcterms:identifier "S/RES/70(2016)" .
            }
            """;

    /** Two gold lines with a blank line between; the first also lists an out-of-scope report and itself. */
    public static final String GOLD = """
            {"symbol": "A/RES/1/1", "lang": "en", "file": "one.md", "citations": [{"cited": "A/RES/2/2", "relation": "recalls"}, \
            {"cited": "A/RES/3/3", "relation": "recalls"}, {"cited": "A/RES/4/4", "relation": "refersTo"}, \
            {"cited": "A/DEC/5/5", "relation": "notes"}, {"cited": "A/RES/6/6", "relation": "recalls"}, \
            {"cited": "A/59/487", "relation": "refersTo"}, {"cited": "A/RES/1/1", "relation": "refersTo"}]}

            {"symbol": "A/RES/1/1", "lang": "zh", "citations": [{"cited": "A/RES/2/2", "relation": "recalls"}]}
            """;

    public static final String AKN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <statement name="resolution">
                <meta>
                  <identification source="#x">
                    <FRBRWork><FRBRuri value="/akn/un/statement/deliberation/unsc/2020-01-01/100-2020/"/></FRBRWork>
                    <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
                  </identification>
                </meta>
                <coverPage>
                  <p><docNumber>S/RES/100 (2020)</docNumber></p>
                  <p><docTitle refersTo="#resolutionNumber">Resolution 100 (2020)</docTitle></p>
                </coverPage>
                <preamble>
                  <formula><p>The Security Council,</p></formula>
                  <container><p><span>Recalling</span> its resolutions <a href="https://undocs.org/en/S/RES/50(2010)">50 (2010)</a>
                    and 60 (2015), and General Assembly resolution <a href="https://undocs.org/en/A/RES/70/1">70/1</a>,</p></container>
                </preamble>
                <mainBody>
                  <paragraph><num>1.</num><content><p><span>Decides</span> to remain seized of the matter.</p></content></paragraph>
                </mainBody>
              </statement>
            </akomaNtoso>
            """;

    private HandMade() {}

    /** Writes the extraction, the gold and the AKN4UN file into a folder; returns it. */
    public static Path write(Path dir) {
        try {
            Files.writeString(dir.resolve("hand-made.trig"), TRIG);
            Files.writeString(dir.resolve("gold.jsonl"), GOLD);
            Files.writeString(dir.resolve("S_RES_100_2020.xml"), AKN);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
