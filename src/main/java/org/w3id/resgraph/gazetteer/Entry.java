package org.w3id.resgraph.gazetteer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One thing the gazetteer knows by name: an organisation, place, event, instrument or series.
 *
 * @param iri    its IRI under the default base (rebased when the output uses another)
 * @param types  local names of its {@code rg:} classes, such as {@code Conference}
 * @param labels its display name per language
 */
public record Entry(String iri, Set<String> types, Map<String, String> labels) {

    public boolean is(String type) {
        return types.contains(type);
    }

    /** The last segment of the IRI: {@code unido} for {@code …/id/org/unido}. */
    public String slug() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    public Optional<String> label(String lang) {
        return Optional.ofNullable(labels.get(lang));
    }
}
