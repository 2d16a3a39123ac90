package org.w3id.resgraph.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.resgraph.rdf.Ontology;
import org.w3id.resgraph.vocab.Vocab;
import org.w3id.resgraph.text.UnLanguage;

/**
 * The words of a page in the reader's language, one of the six UN languages: the names of vocabulary
 * terms (classes, relations, the properties a page shows as facts) are their {@code rdfs:label} in
 * {@code ontology/resgraph.ttl}; the few words that name no term ("Cited by", "Search") are in the
 * {@code Words} bundle beside this class. Nothing is in both.
 *
 * <pre>{@code
 * Furniture f = Furniture.negotiate("fr-CH, fr;q=0.9, en;q=0.5");   // French
 * f.term(Vocab.RG + "recalls");                                      // "rappelle"
 * f.word("citedBy");                                                 // "Citée par"
 * }</pre>
 */
final class Furniture {
    /** The languages of the furniture in the order that settles a tie, English first: what a reader who asks for none gets. */
    static final List<String> ORDER = preferenceOrder();
    static final Furniture ENGLISH = new Furniture(UnLanguage.EN);

    private static final Map<String, Furniture> ALL = new ConcurrentHashMap<>();
    private static final Node LABEL = NodeFactory.createURI(Vocab.RDFS + "label");
    private static final Map<String, Map<String, String>> LABELS = labels(Ontology.standard().graph());
    /** The vocabularies' prefixes (those of data IRIs play no part in naming terms). */
    private static final PrefixMapping PREFIXES = Vocab.prefixes("https://w3id.org/resgraph/");

    private final UnLanguage language;
    private final ResourceBundle words;

    private Furniture(UnLanguage language) {
        this.language = language;
        this.words = ResourceBundle.getBundle(Furniture.class.getPackageName() + ".Words", Locale.forLanguageTag(language.iso639_1()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The furniture in the UN language an {@code Accept-Language} header prefers; English when it asks for none of them. */
    static Furniture negotiate(String acceptLanguage) {
        return of(Negotiation.language(acceptLanguage, ORDER));
    }

    /** The furniture in one of the six languages (a two-letter code); English for any other. */
    static Furniture of(String code) {
        UnLanguage l = UnLanguage.of(code).orElse(UnLanguage.EN);
        return l == UnLanguage.EN ? ENGLISH : ALL.computeIfAbsent(l.iso639_1(), c -> new Furniture(l));
    }

    /** The two-letter code of the language. */
    String lang() {
        return language.iso639_1();
    }

    /** A word that names no vocabulary term, by its key in {@code Words.properties}; {@code {0}} is replaced by {@code n}. */
    String word(String key, Object... n) {
        String w = words.getString(key);
        return n.length == 0 ? w : w.replace("{0}", String.valueOf(n[0]));
    }

    /** The label of a vocabulary term in this language, else in English, else its short form ({@code eli:cites}). */
    String term(String iri) {
        Map<String, String> labels = LABELS.getOrDefault(iri, Map.of());
        String label = labels.getOrDefault(lang(), labels.get("en"));
        return label != null ? label : PREFIXES.shortForm(iri);
    }

    /** {@link #term} with its first letter in upper case, as a heading or the name of a fact; a short form as it is. */
    String heading(String iri) {
        Map<String, String> labels = LABELS.getOrDefault(iri, Map.of());
        String t = labels.getOrDefault(lang(), labels.get("en"));
        if (t == null || t.isEmpty()) {
            return PREFIXES.shortForm(iri);
        }
        return t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(Locale.forLanguageTag(lang())) + t.substring(t.offsetByCodePoints(0, 1));
    }

    /**
     * The attributes that mark an element as being in language {@code code}: {@code  lang="ar" dir="rtl"}; the
     * direction is given for the six UN languages (so English text on an Arabic page runs left to right).
     */
    static String attributes(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return " lang=\"" + Html.escape(code) + "\"" + UnLanguage.of(code).map(l -> l.rightToLeft() ? " dir=\"rtl\"" : " dir=\"ltr\"").orElse("");
    }

    /** Whether the furniture's script runs right to left. */
    boolean rightToLeft() {
        return language.rightToLeft();
    }

    /** English first, then the others in the UN's order. */
    private static List<String> preferenceOrder() {
        return UnLanguage.ALL.stream().sorted((a, b) -> Boolean.compare(b == UnLanguage.EN, a == UnLanguage.EN))
                .map(UnLanguage::iso639_1).toList();
    }

    /** The order in which a list of languages is shown: the UN's (Arabic, Chinese, English, French, Russian, Spanish), others after. */
    static int displayOrder(String code) {
        return UnLanguage.order(code);
    }

    /** The order in which the versions of a text are preferred when the reader asks for none of them: English first, then the UN's order. */
    static int preference(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }

    private static Map<String, Map<String, String>> labels(Graph ontology) {
        Map<String, Map<String, String>> out = new HashMap<>();
        ontology.find(Node.ANY, LABEL, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                out.computeIfAbsent(t.getSubject().getURI(), k -> new HashMap<>())
                        .putIfAbsent(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT), t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** For tests: every language's labels of a term. */
    static Map<String, String> labelsOf(String iri) {
        return LABELS.getOrDefault(iri, Map.of());
    }
}
