package org.w3id.resgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation over the representations a document has (RFC 9110 §12.5.1): each offer gets
 * the quality of the most specific media range in {@code Accept} that matches it ({@code text/turtle}
 * before {@code text/*} before {@code *}{@code /*}); the best quality wins, ties go to the earlier
 * offer; quality 0 means "not this". No {@code Accept} header accepts anything.
 */
public final class Negotiation {
    private record Range(String type, String subtype, double q, int specificity) {}

    private Negotiation() {}

    /** The best of {@code offers} (media types such as {@code text/turtle}) for this header, or none acceptable. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0));
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offer) {
        String[] parts = offer.toLowerCase(Locale.ROOT).split("/", 2);
        Range match = null;
        for (Range r : ranges) {
            boolean fits = (r.type.equals("*") || r.type.equals(parts[0])) && (r.subtype.equals("*") || r.subtype.equals(parts[1]));
            if (fits && (match == null || r.specificity > match.specificity)) {
                match = r;
            }
        }
        return match == null ? 0 : match.q;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.split(";");
            String media = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;   // not a media range; ignore it as clients ignore what they do not understand
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String type = media.substring(0, slash), subtype = media.substring(slash + 1);
            int specificity = type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
            out.add(new Range(type, subtype, q, specificity));
        }
        return out;
    }

    /** The first language of {@code available} the header asks for (by quality), else the first available. */
    public static String language(String acceptLanguage, List<String> available) {
        if (available.isEmpty()) {
            return null;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return available.get(0);
        }
        String best = null;
        double bestQ = 0;
        for (String item : acceptLanguage.split(",")) {
            String[] params = item.split(";");
            String tag = params[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            for (String lang : available) {
                boolean fits = tag.equals("*") || tag.equals(lang) || tag.startsWith(lang + "-");
                if (fits && q > bestQ) {
                    best = lang;
                    bestQ = q;
                }
            }
        }
        return best != null ? best : available.get(0);
    }
}
