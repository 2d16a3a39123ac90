package org.w3id.resgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The terms resgraph writes, as Jena nodes. The contract is ontology/resgraph.ttl and the vocabulary
 * table of the design; this class only spells it. Deliberately one large constants class.
 *
 * <p>A package of its own that depends on nothing else of resgraph, so that every package (the
 * reference data in {@code gazetteer} as much as the mapping in {@code rdf}) can name the terms
 * without depending on another.
 */
public final class Vocab {
    public static final String RG = "https://w3id.org/resgraph/ontology#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String UNDO = "https://w3id.org/un/ontology/undo/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String UNBIS = "http://metadata.un.org/thesaurus/";
    public static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private Vocab() {}

    public static Node rg(String local) {
        return NodeFactory.createURI(RG + local);
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node TYPE = uri(RDF, "type");
    public static final Node LABEL = uri(RDFS, "label");

    // resgraph classes
    public static final Node RESOLUTION = rg("Resolution");
    public static final Node LANGUAGE_VERSION = rg("LanguageVersion");
    public static final Node PREAMBULAR_PARAGRAPH = rg("PreambularParagraph");
    public static final Node OPERATIVE_PARAGRAPH = rg("OperativeParagraph");
    public static final Node MEETING = rg("Meeting");
    public static final Node REPORT = rg("Report");
    public static final Node DOCUMENT = rg("Document");
    public static final Node AGREEMENT = rg("Agreement");
    public static final Node EVENT = rg("Event");
    public static final Node CONFERENCE = rg("Conference");
    public static final Node ORGANIZATION = rg("Organization");
    public static final Node PLACE = rg("Place");
    public static final Node SERIES = rg("Series");
    public static final Node SOURCE = rg("Source");
    public static final Node EXTRACTION = rg("Extraction");
    public static final Node SOFTWARE = rg("Software");

    // resgraph properties
    public static final Node SESSION = rg("session");
    public static final Node NUMBER = rg("number");
    public static final Node ADOPTED_BY = rg("adoptedBy");
    public static final Node ADOPTED_AT_MEETING = rg("adoptedAtMeeting");
    public static final Node MEETING_NUMBER = rg("meetingNumber");
    public static final Node ON_REPORT_OF = rg("onReportOf");
    public static final Node COMMITTEE = rg("committee");
    public static final Node REQUESTS_REPORT_AT_SESSION = rg("requestsReportAtSession");
    public static final Node REQUESTS_REPORT_FROM = rg("requestsReportFrom");
    public static final Node MENTIONS = rg("mentions");
    public static final Node CLAUSE_VERB = rg("clauseVerb");
    public static final Node TEXT = rg("text");
    public static final Node RELATION = rg("relation");
    public static final Node EVIDENCE = rg("evidence");
    public static final Node RULE = rg("rule");
    public static final Node REFERS_TO = rg("refersTo");
    public static final Node PARTY = rg("party");
    public static final Node AKN_IRI = rg("aknIri");
    public static final Node DRAFT = rg("draft");
    public static final Node SIGNED_ON = rg("signedOn");
    public static final Node AUTHOR = rg("author");
    public static final Node SHA256 = rg("sha256");
    public static final Node FILE_NAME = rg("fileName");
    public static final Node SOURCE_FORMAT = rg("sourceFormat");
    public static final Node SOFTWARE_VERSION = rg("softwareVersion");

    // ELI
    public static final Node DATE_DOCUMENT = uri(ELI, "date_document");
    public static final Node HAS_PART = uri(ELI, "has_part");
    public static final Node IS_PART_OF = uri(ELI, "is_part_of");
    public static final Node ELI_NUMBER = uri(ELI, "number");
    public static final Node IS_REALIZED_BY = uri(ELI, "is_realized_by");
    public static final Node REALIZES = uri(ELI, "realizes");
    public static final Node ELI_LANGUAGE = uri(ELI, "language");
    public static final Node IS_MEMBER_OF = uri(ELI, "is_member_of");
    public static final Node ELI_REFERS_TO = uri(ELI, "refers_to");
    public static final Node ELI_CITES = uri(ELI, "cites");

    // Dublin Core, SKOS, schema.org
    public static final Node IDENTIFIER = uri(DCTERMS, "identifier");
    public static final Node TITLE = uri(DCTERMS, "title");
    public static final Node SUBJECT = uri(DCTERMS, "subject");
    public static final Node LANGUAGE = uri(DCTERMS, "language");
    public static final Node PREF_LABEL = uri(SKOS, "prefLabel");
    public static final Node CONCEPT = uri(SKOS, "Concept");
    public static final Node START_DATE = uri(SCHEMA, "startDate");
    public static final Node END_DATE = uri(SCHEMA, "endDate");
    public static final Node LOCATION = uri(SCHEMA, "location");
    public static final Node ORGANIZER = uri(SCHEMA, "organizer");
    public static final Node SPONSOR = uri(SCHEMA, "sponsor");

    // CiTO, Web Annotation, PROV
    public static final Node CITATION = uri(CITO, "Citation");
    public static final Node CITO_CITES = uri(CITO, "cites");
    public static final Node HAS_CITING_ENTITY = uri(CITO, "hasCitingEntity");
    public static final Node HAS_CITED_ENTITY = uri(CITO, "hasCitedEntity");
    public static final Node SPECIFIC_RESOURCE = uri(OA, "SpecificResource");
    public static final Node TEXT_QUOTE_SELECTOR = uri(OA, "TextQuoteSelector");
    public static final Node TEXT_POSITION_SELECTOR = uri(OA, "TextPositionSelector");
    public static final Node HAS_SOURCE = uri(OA, "hasSource");
    public static final Node HAS_SELECTOR = uri(OA, "hasSelector");
    public static final Node EXACT = uri(OA, "exact");
    public static final Node PREFIX = uri(OA, "prefix");
    public static final Node SUFFIX = uri(OA, "suffix");
    public static final Node START = uri(OA, "start");
    public static final Node END = uri(OA, "end");
    public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
    public static final Node WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");
    public static final Node WAS_ASSOCIATED_WITH = uri(PROV, "wasAssociatedWith");

    /** The prefixes every output declares. */
    public static PrefixMapping prefixes(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rg", RG);
        pm.setNsPrefix("eli", ELI);
        pm.setNsPrefix("cito", CITO);
        pm.setNsPrefix("dcterms", DCTERMS);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("owl", OWL);
        pm.setNsPrefix("xsd", XSD);
        pm.setNsPrefix("unbis", UNBIS);
        pm.setNsPrefix("un", base + "id/un/");
        pm.setNsPrefix("org", base + "id/org/");
        pm.setNsPrefix("event", base + "id/event/");
        pm.setNsPrefix("place", base + "id/place/");
        return pm;
    }
}
