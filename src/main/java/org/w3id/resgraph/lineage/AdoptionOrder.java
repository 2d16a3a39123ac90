package org.w3id.resgraph.lineage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of adoption of series members, also for those only cited without a date: a Security
 * Council symbol carries its year ({@code S/RES/2014(2011)}), a General Assembly one its session,
 * which opens in the year 1945 + session ({@code A/RES/46/151}: 1991).
 */
public final class AdoptionOrder {
    private static final Pattern SC_YEAR = Pattern.compile("\\((\\d{4})\\)$");
    private static final Pattern GA_SESSION = Pattern.compile("^A/RES/(\\d{1,3})/");

    private AdoptionOrder() {}

    /** A key that sorts by adoption: the ISO date when known, else the year the symbol tells, else last. */
    public static String key(String symbol, String isoDate) {
        if (isoDate != null) {
            return isoDate;
        }
        Matcher sc = SC_YEAR.matcher(symbol);
        if (sc.find()) {
            return sc.group(1);
        }
        Matcher ga = GA_SESSION.matcher(symbol);
        if (ga.find()) {
            return Integer.toString(1945 + Integer.parseInt(ga.group(1)));
        }
        return "~";
    }
}
