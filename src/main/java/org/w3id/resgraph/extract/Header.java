package org.w3id.resgraph.extract;

import java.time.LocalDate;

/**
 * What the heading and closing lines of a resolution say about it. Any field may be null when the
 * text does not give it.
 *
 * @param symbol          canonical symbol: {@code A/RES/59/249}
 * @param organ           gazetteer IRI of the adopting organ
 * @param committee       gazetteer IRI of the Main Committee that reported
 * @param committeeReport symbol of that report: {@code A/59/487/Add.3}
 * @param draft           symbol of the draft adopted without reference to a Main Committee: {@code A/80/L.11}
 */
public record Header(String symbol, String organ, Integer session, String number, String title,
                     LocalDate adopted, Integer meeting, String committee, String committeeReport, String draft) {

    /** A heading that names no draft. */
    public Header(String symbol, String organ, Integer session, String number, String title,
                  LocalDate adopted, Integer meeting, String committee, String committeeReport) {
        this(symbol, organ, session, number, title, adopted, meeting, committee, committeeReport, null);
    }
}
