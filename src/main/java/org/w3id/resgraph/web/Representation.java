package org.w3id.resgraph.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The representations of a description: media type, file name ({@code /doc/…/data.ttl}), Jena format. */
enum Representation {
    TURTLE("text/turtle", "data.ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "page.html", null),
    JSONLD("application/ld+json", "data.jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "data.rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "data.nt", RDFFormat.NTRIPLES_UTF8);

    /** The media types a description is negotiated among: the five above, then two that stand for HTML and JSON-LD. */
    static final List<String> OFFERS = List.of("text/turtle", "text/html", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/xhtml+xml", "application/json");

    final String type, file;
    final RDFFormat format;

    Representation(String type, String file, RDFFormat format) {
        this.type = type;
        this.file = file;
        this.format = format;
    }

    /** The representation of this media type, if it is one of the five. */
    static Optional<Representation> of(String type) {
        return List.of(values()).stream().filter(r -> r.type.equals(type)).findFirst();
    }
}
