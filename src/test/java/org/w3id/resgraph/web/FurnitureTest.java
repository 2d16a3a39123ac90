package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.resgraph.rdf.Ontology;
import org.w3id.resgraph.vocab.Vocab;
import org.w3id.resgraph.text.UnLanguage;

/** The words of the pages in the six UN languages: one source for each, none missing, the reader's language chosen. */
class FurnitureTest {

    @ParameterizedTest(name = "Accept-Language: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none                      | en
            fr                        | fr
            fr-CH, fr;q=0.9, en;q=0.8 | fr
            ar                        | ar
            es-MX                     | es
            ru;q=0.5, zh-Hans         | zh
            de, en;q=0.5              | en
            de                        | en
            *                         | en
            ar;q=0, ru                | ru
            """)
    void theReaderGetsTheFirstUnLanguageAskedForElseEnglish(String acceptLanguage, String expected) {
        assertEquals(expected, Furniture.negotiate(acceptLanguage).lang());
    }

    @Test
    void everyWordIsInEveryLanguageAndTranslated() throws IOException {
        Properties english = bundle("");
        assertFalse(english.isEmpty());
        for (UnLanguage l : UnLanguage.ALL) {
            if (l == UnLanguage.EN) {
                continue;
            }
            Properties words = bundle("_" + l.iso639_1());
            assertEquals(english.keySet(), words.keySet(), l.english() + " has the words English has, and no other");
            for (String key : english.stringPropertyNames()) {
                assertNotEquals(english.getProperty(key), words.getProperty(key), l.english() + " " + key + " is translated");
                assertEquals(english.getProperty(key).contains("{0}"), words.getProperty(key).contains("{0}"), l.english() + " " + key);
            }
        }
        assertEquals("Citée par", Furniture.of("fr").word("citedBy"));
        assertEquals("عدد الأعضاء: 7", Furniture.of("ar").word("members", 7));
        assertEquals("Cited by", Furniture.of("de").word("citedBy"), "a language that is not a UN one: English");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Furniture.class.getResourceAsStream("Words" + suffix + ".properties")) {
            assertTrue(in != null, "Words" + suffix + ".properties");
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The terms pages name: every class of the vocabulary (the kind of a resource), every relation, the facts of a resolution. */
    private static List<String> termsPagesName() {
        Ontology o = Ontology.standard();
        Node type = NodeFactory.createURI(Vocab.RDF + "type");
        Node refersTo = NodeFactory.createURI(Vocab.RG + "refersTo");
        Set<String> terms = new TreeSet<>();
        o.graph().find(Node.ANY, type, NodeFactory.createURI(Vocab.OWL + "Class")).forEach(t -> {
            if (t.getSubject().getURI().startsWith(Vocab.RG)) {
                terms.add(t.getSubject().getURI());
            }
        });
        o.graph().find(Node.ANY, type, NodeFactory.createURI(Vocab.OWL + "ObjectProperty")).forEach(t -> {
            if (t.getSubject().getURI().startsWith(Vocab.RG) && o.withSuperProperties(t.getSubject()).contains(refersTo)) {
                terms.add(t.getSubject().getURI());
            }
        });
        for (String fact : List.of("adoptedBy", "committee", "adoptedAtMeeting", "onReportOf", "draft", "clauseVerb", "relation", "text")) {
            terms.add(Vocab.RG + fact);
        }
        return new ArrayList<>(terms);
    }

    @Test
    void everyTermPagesNameHasALabelInEachUnLanguage() {
        List<String> terms = termsPagesName();
        assertTrue(terms.size() > 30, terms.toString());
        assertTrue(terms.contains(Vocab.RG + "recalls") && terms.contains(Vocab.RG + "PreambularParagraph"), terms.toString());
        for (String term : terms) {
            assertEquals(new TreeSet<>(UnLanguage.codes()), new TreeSet<>(Furniture.labelsOf(term).keySet()), term);
        }
        assertEquals("rappelle", Furniture.of("fr").term(Vocab.RG + "recalls"));
        assertEquals("Alinéa du préambule", Furniture.of("fr").heading(Vocab.RG + "PreambularParagraph"));
        assertEquals("Adoptée par", Furniture.of("fr").heading(Vocab.RG + "adoptedBy"));
        assertEquals("فقرة من المنطوق", Furniture.of("ar").heading(Vocab.RG + "OperativeParagraph"));
        assertEquals("eli:cites", Furniture.of("fr").term(Vocab.ELI + "cites"), "a term without a label: its short form");
        assertEquals("owl:Class", Furniture.of("fr").heading(Vocab.OWL + "Class"), "as it is, not capitalised");
    }

    @Test
    void textInALanguageIsMarkedWithItsDirection() {
        assertEquals(" lang=\"ar\" dir=\"rtl\"", Furniture.attributes("ar"));
        assertEquals(" lang=\"en\" dir=\"ltr\"", Furniture.attributes("en"));
        assertEquals(" lang=\"de\"", Furniture.attributes("de"));
        assertEquals("", Furniture.attributes(""));
        assertTrue(new Html("t", Furniture.of("ar")).finish().startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(new Html("t", Furniture.of("fr")).finish().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
    }
}
