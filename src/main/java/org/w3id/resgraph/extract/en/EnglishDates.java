package org.w3id.resgraph.extract.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3id.resgraph.gazetteer.DataFile;

/**
 * Dates of English UN texts: {@code 4 December 1998}, and ordinal numbers of sessions and meetings
 * ({@code eighty-first}, {@code 51st}). A date that does not exist (31 February) is not a date.
 */
final class EnglishDates {
    /** The month names of en/months.tsv, in their order. */
    private static final List<String> MONTH_NAMES = monthNames();
    static final String MONTHS = String.join("|", MONTH_NAMES);
    /** One date; groups: day, month name, year. */
    static final String DATE = "(\\d{1,2}) (" + MONTHS + ") (\\d{4})";

    private static final List<String> UNITS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");
    private static final List<String> TEENS = List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet");

    private EnglishDates() {}

    private static List<String> monthNames() {
        List<String> names = new java.util.ArrayList<>();
        for (String[] r : DataFile.readTsv("org/w3id/resgraph/extract/en/months.tsv", 2)) {
            if (Integer.parseInt(r[0]) != names.size() + 1) {
                throw new IllegalStateException("en/months.tsv: the months must be listed in order, 1 to 12");
            }
            names.add(r[1].split("\\|")[0]);
        }
        return List.copyOf(names);
    }

    static Optional<LocalDate> date(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1800 || y > 2199) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, MONTH_NAMES.indexOf(month) + 1, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An ordinal in words, 1 to 99 ({@code eighty-first} → 81), or 0 when it is not one. */
    static int ordinal(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('\u2011', '-').strip();
        int unit = UNITS.indexOf(w);
        if (unit > 0) {
            return unit;
        }
        int teen = TEENS.indexOf(w);
        if (teen >= 0) {
            return 10 + teen;
        }
        for (int t = 2; t < TENS.size(); t++) {
            String tens = TENS.get(t);
            if (w.equals(tens + "ieth")) {
                return t * 10;
            }
            if (w.startsWith(tens + "y-")) {
                int u = UNITS.indexOf(w.substring(tens.length() + 2));
                if (u > 0) {
                    return t * 10 + u;
                }
            }
        }
        return 0;
    }
}
