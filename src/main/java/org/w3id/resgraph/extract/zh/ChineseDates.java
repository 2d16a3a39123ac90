package org.w3id.resgraph.extract.zh;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date ranges of Chinese UN texts, on normalised text (no spaces, ASCII digits):
 * {@code 2004年12月22日}, {@code 2001年11月9日至14日}, {@code 2002年8月26日至9月4日},
 * {@code 2001年12月31日至2002年1月2日}. A date that does not exist (13月40日) is not a date, nor is
 * one outside the years UN texts speak of ({@value #FIRST_YEAR} to {@value #LAST_YEAR}), such as 0000年.
 */
public final class ChineseDates {
    /** One date; groups: year, month, day. */
    public static final String DATE = "(\\d{4})年(\\d{1,2})月(\\d{1,2})日";
    /** A date, optionally followed by the end of a range; groups 1-3 start, 4-6 end (year and month optional). */
    public static final String DATE_OR_RANGE = DATE + "(?:(?:至|到|-|—|~)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日)?";

    static final int FIRST_YEAR = 1800, LAST_YEAR = 2199;

    private static final Pattern DATE_RE = Pattern.compile(DATE);
    private static final Pattern RANGE_RE = Pattern.compile(DATE_OR_RANGE);

    private ChineseDates() {}

    /** A date range; {@code end} equals {@code start} for a single day. */
    public record Range(LocalDate start, LocalDate end) {}

    public static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date that {@code s} is, entirely. */
    public static Optional<LocalDate> parseDate(String s) {
        Matcher m = DATE_RE.matcher(s);
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The date or range that {@code s} is, entirely. */
    public static Optional<Range> parseRange(String s) {
        Matcher m = RANGE_RE.matcher(s);
        return m.matches() ? range(m, 0) : Optional.empty();
    }

    /**
     * The range matched by a pattern that embeds {@link #DATE_OR_RANGE}, whose first group is
     * group {@code offset + 1} of {@code m}. Empty when a date does not exist or the range runs backwards.
     */
    public static Optional<Range> range(Matcher m, int offset) {
        String y = m.group(offset + 1), mo = m.group(offset + 2), d = m.group(offset + 3);
        Optional<LocalDate> start = date(y, mo, d);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(offset + 6) == null) {
            return Optional.of(new Range(start.get(), start.get()));
        }
        if (m.group(offset + 4) != null && m.group(offset + 5) == null) {
            return Optional.empty();   // 至2002年2日: a new year needs its month
        }
        String ey = m.group(offset + 4) != null ? m.group(offset + 4) : y;
        String emo = m.group(offset + 5) != null ? m.group(offset + 5) : mo;
        Optional<LocalDate> end = date(ey, emo, m.group(offset + 6));
        if (end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new Range(start.get(), end.get()));
    }
}
