package org.w3id.resgraph.extract;

import java.util.Map;

/**
 * An organisation: a gazetteer IRI, or, for one the gazetteer does not list (a country's
 * government), a slug and labels per language from which the mapping stage makes an IRI.
 */
public record OrgRef(String iri, String slug, Map<String, String> labels) {

    public static OrgRef known(String iri) {
        return new OrgRef(iri, iri.substring(iri.lastIndexOf('/') + 1), Map.of());
    }

    public boolean isKnown() {
        return iri != null;
    }
}
