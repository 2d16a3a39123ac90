package org.w3id.resgraph.extract;

/** A place: a gazetteer IRI, or only the name the text gives, in language {@code lang}. */
public record PlaceRef(String iri, String name, String lang) {}
