package org.w3id.resgraph.rdf;


import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.text.UnLanguage;

/**
 * The IRIs resgraph mints, under a configurable base (default {@code https://w3id.org/resgraph/}).
 * Resources are keyed by UN document symbol, kept as written (dots, slashes and parentheses).
 *
 * <pre>{@code
 * IriScheme iris = new IriScheme("https://w3id.org/resgraph/");
 * iris.work("A/RES/59/249");          // https://w3id.org/resgraph/id/un/A/RES/59/249
 * iris.version("A/RES/59/249", "zh"); // …/id/un/A/RES/59/249/zho
 * }</pre>
 */
public final class IriScheme {
    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public static String threeLetter(String lang) {
        return UnLanguage.threeLetter(lang);
    }

    public String work(String symbol) {
        return base + "id/un/" + symbol;
    }

    public String version(String symbol, String lang) {
        return work(symbol) + "/" + threeLetter(lang);
    }

    public String paragraph(String symbol, String kindPath, int number) {
        return work(symbol) + "/" + kindPath + "/" + number;
    }

    public String graph(String symbol, String lang) {
        return base + "graph/un/" + symbol + "/" + threeLetter(lang);
    }

    public String meeting(String organIri, int session, int number) {
        return rebase(organIri) + "/meeting/" + session + "/" + number;
    }

    public String id(String kind, String slug) {
        return base + "id/" + kind + "/" + slug;
    }

    public String source(String sha256) {
        return base + "source/sha256/" + sha256;
    }

    public String extraction(String version) {
        return base + "run/extract/" + version;
    }

    public String software(String version) {
        return base + "software/resgraph/" + version;
    }

    /**
     * A reference-data IRI, written under the default base, moved under this scheme's base. Only the
     * resources ({@code id/}) and graphs ({@code graph/}) move: the vocabulary ({@code ontology#}) is a
     * public contract and keeps its IRIs whatever base the data is published under.
     */
    public String rebase(String iri) {
        String def = Gazetteer.DEFAULT_BASE;
        if (!iri.startsWith(def) || base.equals(def)) {
            return iri;
        }
        String rest = iri.substring(def.length());
        return rest.startsWith("id/") || rest.startsWith("graph/") ? base + rest : iri;
    }
}
