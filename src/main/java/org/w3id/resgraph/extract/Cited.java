package org.w3id.resgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a citation points at. Known things carry their gazetteer IRI; the others carry what the
 * text says of them, and the mapping stage gives them IRIs.
 */
public sealed interface Cited {

    /** Whether the target is a document (cited with {@code cito:cites}) rather than an event. */
    boolean isDocument();

    /** A resolution or decision known by its symbol, such as A/RES/46/151 of 18 December 1991. */
    record Resolution(String symbol, LocalDate adopted, String seriesTitle) implements Cited {
        public boolean isDocument() {
            return true;
        }
    }

    /** Another UN document known by its symbol: a decision IDB.28/DEC.6, a report A/59/487/Add.3. */
    record SymbolDocument(String symbol, String type, OrgRef author) implements Cited {
        public boolean isDocument() {
            return true;
        }
    }

    /** A gazetteer instrument, such as the Millennium Declaration, with the adoption date the text gives. */
    record Instrument(String iri, LocalDate adopted) implements Cited {
        public boolean isDocument() {
            return true;
        }
    }

    /** A document known by its author and kind only: the Secretary-General's report. */
    record AuthoredDocument(OrgRef author, String type, String noun, String nounEn, String slug) implements Cited {
        public boolean isDocument() {
            return true;
        }
    }

    /** A conference or other event, from the gazetteer ({@code iri}) or only from the text. */
    record Event(String iri, String name, String lang, boolean conference, LocalDate start, LocalDate end,
                 PlaceRef place, List<OrgRef> organizers, List<OrgRef> sponsors) implements Cited {
        public boolean isDocument() {
            return false;
        }
    }

    /** An agreement signed by parties on a date, perhaps at a place. */
    record Agreement(String noun, String nounEn, String slug, List<OrgRef> parties, LocalDate signed,
                     PlaceRef place) implements Cited {
        public boolean isDocument() {
            return true;
        }
    }
}
