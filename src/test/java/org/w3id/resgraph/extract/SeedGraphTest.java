package org.w3id.resgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.testing.Sparql;

/**
 * Every fact of the hand-checked gold file of resolution 59/249 must be in the extracted graph,
 * found by SPARQL over the vocabulary contract only, for the seed as given and for copies that are
 * unsegmented, segmented otherwise, and saved with a BOM and CRLF line ends.
 */
class SeedGraphTest {
    private static final String R = "?r a rg:Resolution ; dcterms:identifier \"A/RES/59/249\" . ";
    private static final String PARTS = "?r (eli:has_part|eli:is_realized_by/eli:has_part) ?p . ";

    @TempDir
    static Path dir;

    /** The copies of the seed the facts must survive; the descriptor line stays as it is. */
    static Map<String, UnaryOperator<String>> variants() {
        String unLayout = Fixtures.text("fixtures/seed/059-249-un-layout.txt");
        return Map.of(
                "laid out as the UN prints it", s -> unLayout,
                "as given", s -> s,
                "unsegmented", s -> mapBody(s, b -> b.replaceAll("\\s+", "")),
                "segmented otherwise (a space between every two Chinese characters)",
                s -> mapBody(s, b -> b.replaceAll("\\s+", "").replaceAll("(?<=\\p{IsHan})(?=\\p{IsHan})", " ")),
                "BOM and CRLF", s -> "\uFEFF" + s.replace("\n", "\r\n"));
    }

    private static String mapBody(String seed, UnaryOperator<String> f) {
        int body = seed.indexOf("\n\n") + 2;
        return seed.substring(0, body) + f.apply(seed.substring(body));
    }

    @TestFactory
    Stream<DynamicNode> goldFactsInEveryVariant() throws IOException {
        JsonObject gold = JSON.parse(Fixtures.text(Fixtures.GOLD));
        String seed = Fixtures.text(Fixtures.SEED);
        List<DynamicNode> out = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<String>> v : variants().entrySet()) {
            String text = v.getValue().apply(seed);
            Path file = dir.resolve(v.getKey().replaceAll("\\W+", "-") + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Sparql g = new Sparql(Fixtures.extractUnion(file));
            List<DynamicTest> tests = new ArrayList<>();
            for (String[] check : checks(gold)) {
                tests.add(DynamicTest.dynamicTest(check[0], () -> assertTrue(g.ask(R + check[1]), "not found: " + check[0])));
            }
            tests.addAll(counts(gold, g));
            tests.add(DynamicTest.dynamicTest("every quoted span is the text at its offsets", () -> spansMatch(g, text)));
            out.add(DynamicContainer.dynamicContainer(v.getKey(), tests));
        }
        return out.stream();
    }

    private static List<DynamicTest> counts(JsonObject gold, Sparql g) {
        JsonObject doc = gold.getObj("document");
        int pp = doc.getNumber("preambular_paragraphs").intValue();
        int op = doc.getNumber("operative_paragraphs").intValue();
        int subjects = gold.get("descriptors").getAsArray().size();
        return List.of(
                DynamicTest.dynamicTest(pp + " preambular paragraphs", () ->
                        assertEquals(pp, g.count(R + PARTS + "?p a rg:PreambularParagraph", "p"))),
                DynamicTest.dynamicTest(op + " operative paragraphs", () ->
                        assertEquals(op, g.count(R + PARTS + "?p a rg:OperativeParagraph", "p"))),
                DynamicTest.dynamicTest(subjects + " UNBIS subjects", () -> assertEquals(subjects,
                        g.count(R + "?r dcterms:subject ?s FILTER(strstarts(str(?s), \"http://metadata.un.org/thesaurus/\"))", "s"))));
    }

    /** Name and ASK body of each fact, made from the gold file. */
    private static List<String[]> checks(JsonObject gold) {
        List<String[]> c = new ArrayList<>();
        JsonObject doc = gold.getObj("document");
        c.add(new String[] {"adoption date", "?r eli:date_document ?d FILTER(?d = \"" + doc.getString("adopted") + "\"^^xsd:date)"});
        c.add(new String[] {"title in Chinese", "?r dcterms:title ?t FILTER(str(?t) = \"" + doc.getString("title") + "\" && lang(?t) = \"zh\")"});
        c.add(new String[] {"session", "?r rg:session " + doc.getNumber("session")});
        c.add(new String[] {"number", "?r rg:number \"" + doc.getNumber("number") + "\""});
        c.add(new String[] {"plenary meeting", "?r rg:adoptedAtMeeting/rg:meetingNumber " + doc.getNumber("plenary_meeting")});
        c.add(new String[] {"committee", "?r rg:committee/rdfs:label \"" + doc.getString("committee") + "\"@en"});
        c.add(new String[] {"committee report", "?r rg:onReportOf/dcterms:identifier \"" + doc.getString("committee_report") + "\""});
        c.add(new String[] {"series label in English", "?r eli:is_member_of/rdfs:label \"" + doc.getString("title_en") + "\"@en"});
        for (JsonValue v : gold.get("recalls_resolutions").getAsArray()) {
            JsonObject o = v.getAsObject();
            String s = o.getString("symbol");
            c.add(new String[] {"recalls " + s + " of " + o.getString("adopted"), "?r rg:recalls ?c . ?c a rg:Resolution ; dcterms:identifier \""
                    + s + "\" ; eli:date_document \"" + o.getString("adopted") + "\"^^xsd:date"});
            c.add(new String[] {"cites " + s + " (cito:cites and rg:refersTo)", "?r cito:cites ?c ; rg:refersTo ?c . ?c dcterms:identifier \"" + s + "\""});
            c.add(new String[] {s + " in the same series", "?r eli:is_member_of ?s . ?c dcterms:identifier \"" + s + "\" ; eli:is_member_of ?s"});
        }
        for (JsonValue v : gold.get("recalls_documents").getAsArray()) {
            JsonObject o = v.getAsObject();
            c.add(new String[] {"recalls " + o.getString("name_en"), "?r rg:recalls ?m . ?m rdfs:label \"" + o.getString("name_en")
                    + "\"@en ; rdfs:label \"" + o.getString("span") + "\"@zh ; eli:date_document \"" + o.getString("adopted") + "\"^^xsd:date"});
        }
        for (JsonValue v : gold.get("reaffirms_conference_outcomes").getAsArray()) {
            JsonObject o = v.getAsObject();
            c.add(new String[] {"reaffirms " + o.getString("name_en"), "?r rg:reaffirms ?c . ?c a rg:Conference ; rdfs:label \""
                    + o.getString("span") + "\"@zh ; rdfs:label \"" + o.getString("name_en") + "\"@en ; schema:startDate \"" + o.getString("start")
                    + "\"^^xsd:date ; schema:endDate \"" + o.getString("end") + "\"^^xsd:date ; schema:location ?pl . ?pl rdfs:label \""
                    + o.getString("place") + "\"@en ; schema:containedInPlace/rdfs:label \"" + o.getString("country") + "\"@en"});
        }
        for (JsonValue v : gold.get("notes_agreements").getAsArray()) {
            JsonObject o = v.getAsObject();
            List<JsonValue> parties = o.get("parties").getAsArray();
            StringBuilder b = new StringBuilder("?r rg:takesNoteOf ?a . ?a a rg:Agreement ; rg:signedOn \"" + o.getString("signed")
                    + "\"^^xsd:date ; rdfs:label \"" + o.getString("name_en") + "\"@en . ");
            for (JsonValue p : parties) {
                b.append("?a rg:party/skos:altLabel \"").append(p.getAsString().value()).append("\"@en . ");
            }
            if (o.hasKey("place")) {
                b.append("?a schema:location/rdfs:label \"").append(o.getString("place")).append("\"@en . ");
                b.append("?a schema:location/schema:containedInPlace/rdfs:label \"").append(o.getString("country")).append("\"@en . ");
            }
            c.add(new String[] {"notes " + o.getString("name_en"), b.toString()});
        }
        c.add(new String[] {"notes the report of the Secretary-General in operative 1",
                "?r eli:has_part ?p . ?p eli:number \"1\" ; a rg:OperativeParagraph . ?x cito:hasCitingEntity ?p ; rg:relation rg:takesNoteOf ; "
                        + "cito:hasCitedEntity ?d . ?d a rg:Report ; rg:author/rdfs:label \"Secretary-General\"@en"});
        c.add(new String[] {"notes the corporate strategy of UNIDO in preambular 6",
                "?r eli:has_part ?p . ?p eli:number \"6\" ; a rg:PreambularParagraph . ?x cito:hasCitingEntity ?p ; rg:relation rg:takesNoteOf ; "
                        + "cito:hasCitedEntity ?d . ?d a rg:Strategy ; rg:author/skos:altLabel \"UNIDO\"@en"});
        c.add(new String[] {"notes with appreciation the Global Biotechnology Forum, organised by UNIDO and the Government of Chile, supported by ICGEB",
                "?r rg:takesNoteWithAppreciationOf ?f ; rg:takesNoteOf ?f . ?f rdfs:label \"Global Biotechnology Forum\"@en ; "
                        + "schema:startDate \"2004-03-02\"^^xsd:date ; schema:endDate \"2004-03-05\"^^xsd:date ; "
                        + "schema:location/rdfs:label \"Concepción\"@en ; schema:location/schema:containedInPlace/rdfs:label \"Chile\"@en ; "
                        + "schema:organizer/skos:altLabel \"UNIDO\"@en ; schema:organizer/rdfs:label \"Government of Chile\"@en ; "
                        + "schema:sponsor/skos:altLabel \"ICGEB\"@en"});
        c.add(new String[] {"notes decision IDB.28/DEC.6 of the Industrial Development Board",
                "?r rg:takesNoteOf ?d . ?d a rg:Decision ; dcterms:identifier \"IDB.28/DEC.6\" ; rg:author/rdfs:label \"Industrial Development Board\"@en"});
        for (JsonValue v : gold.get("organizations_mentioned").getAsArray()) {
            String name = v.getAsString().value();
            c.add(new String[] {"mentions " + name, "?r rg:mentions ?o . ?o rdfs:label|skos:altLabel \"" + name + "\"@en"});
        }
        JsonObject report = gold.getObj("requests_report");
        c.add(new String[] {"requests a report at session " + report.getNumber("to_session"),
                "?r rg:requestsReportAtSession " + report.getNumber("to_session") + " ; rg:requestsReportFrom/rdfs:label \"" + report.getString("from") + "\"@en"});
        for (String key : gold.getObj("operative_verbs").keys()) {
            String verb = gold.getObj("operative_verbs").getString(key);
            c.add(new String[] {"operative " + key + " opens with " + verb, PARTS + "?p a rg:OperativeParagraph ; eli:number \"" + key
                    + "\" ; rg:clauseVerb \"" + verb + "\"@zh"});
        }
        for (JsonValue v : gold.get("descriptors").getAsArray()) {
            String label = v.getAsString().value();
            c.add(new String[] {"subject " + label, "?r dcterms:subject ?s . ?s skos:prefLabel ?en , ?zh "
                    + "FILTER(lang(?zh) = \"zh\" && lang(?en) = \"en\" && (str(?en) = \"" + label + "\" || strends(str(?en), \" " + label + "\")))"});
        }
        c.add(new String[] {"paragraph 10 is numbered 10 and opens with 又呼吁", PARTS + "?p eli:number \"10\" ; rg:clauseVerb \"又呼吁\"@zh"});
        c.add(new String[] {"provenance: source SHA-256 and extractor version",
                "?g prov:wasDerivedFrom/rg:sha256 ?h ; prov:wasGeneratedBy/prov:wasAssociatedWith/rg:softwareVersion ?v"});
        return c;
    }

    /** For every quote selector, the text at its position selector's offsets (in code points) is its exact words. */
    private static void spansMatch(Sparql g, String fileText) {
        String text = fileText.startsWith("\uFEFF") ? fileText.substring(1) : fileText;
        int[] cps = text.codePoints().toArray();
        List<QuerySolution> rows = g.select("SELECT ?exact ?start ?end WHERE { ?e oa:hasSelector ?q , ?pos . "
                + "?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end }");
        assertTrue(rows.size() >= 20, "expected the citations' selectors, found " + rows.size());
        for (QuerySolution s : rows) {
            int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
            assertEquals(s.getLiteral("exact").getString(), new String(cps, start, end - start));
        }
    }
}
