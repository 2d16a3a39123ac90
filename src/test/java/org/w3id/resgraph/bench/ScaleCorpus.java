package org.w3id.resgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Derives a corpus of N documents from the real ones of {@code corpus/}, for benchmarks at the scale
 * of the UN record. Document i is a copy of a real one moved forward by its generation g (i divided
 * by the number of real documents): Security Council numbers by 200·g and years by 3·g, General
 * Assembly sessions by 2·g and years by 2·g — everywhere in the text, so a generated text's
 * citations point at the documents generated from what the real one cited, and an annual or
 * biennial series runs on (80/13 of generation 1 is 82/13 and recalls 80/13). Both languages of a
 * Council resolution move together. The same seed gives the same corpus.
 */
public final class ScaleCorpus {
    /** Changes when the texts generated change, so that a corpus generated before is not reused. */
    public static final int VERSION = 2;
    private static final Pattern SC_SYMBOL = Pattern.compile("(?<![\\d.])(\\d{3,4})(\\s|%20)?\\((\\d{4})\\)");
    private static final Pattern AKN_NUMBER = Pattern.compile("/(\\d{3,4})-(\\d{4})/");
    /** Presidential statements and other Council documents numbered by year: S/PRST/2020/11, S/2020/785. */
    private static final Pattern SC_DOCUMENT = Pattern.compile("\\b(S/PRST/|S/|S_PRST_)(\\d{4})([/_])(\\d{1,4})\\b");
    private static final Pattern GA_SYMBOL = Pattern.compile("(?<![\\w/.])((?:A/RES/|A/C\\.\\d/|A/)?)(\\d{2})/(\\d{1,3})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern EN_DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern ZH_DATE = Pattern.compile("(1[89]\\d\\d|20\\d\\d)(\\s?)年(\\s?)(\\d{1,2})(\\s?)月(\\s?)(\\d{1,2})日");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private ScaleCorpus() {}

    /** Writes {@code n} documents under {@code out} (g0/…, g1/…), derived from the files of {@code corpus}; returns their paths. */
    public static List<Path> generate(Path corpus, Path out, int n, long seed) throws IOException {
        List<Path> real;
        try (Stream<Path> files = Files.walk(corpus)) {
            real = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        if (real.isEmpty()) {
            throw new IOException("no documents under " + corpus);
        }
        List<Path> order = new ArrayList<>(real);
        Collections.shuffle(order, new Random(seed));
        List<String> texts = new ArrayList<>(order.size());
        for (Path p : order) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        List<Path> written = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int t = i % order.size(), g = i / order.size();
            Path template = order.get(t);
            Path target = out.resolve("g" + g).resolve(corpus.relativize(template));
            String text = move(texts.get(t), kind(template), g);
            // kept when it is there already as it would be written (a sample text edited since is written anew)
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
            written.add(target);
        }
        // a folder made from an earlier sample (other files, or as many laid out otherwise) keeps files
        // these n are not: a load of the folder would read them too, and measure more than n documents
        Set<Path> wanted = new HashSet<>(written);
        List<Path> stale;
        try (Stream<Path> files = Files.walk(out)) {
            stale = files.filter(Files::isRegularFile).filter(p -> !wanted.contains(p)).toList();
        }
        for (Path p : stale) {
            Files.delete(p);
        }
        List<Path> folders;
        try (Stream<Path> all = Files.walk(out)) {
            folders = all.filter(Files::isDirectory).filter(d -> !d.equals(out)).sorted(Collections.reverseOrder()).toList();
        }
        for (Path d : folders) {
            try (Stream<Path> in = Files.list(d)) {
                if (in.findAny().isEmpty()) {
                    Files.delete(d);
                }
            }
        }
        return written;
    }

    private enum Kind { COUNCIL, ASSEMBLY }

    private static Kind kind(Path file) {
        return file.toString().contains("sc-akn") ? Kind.COUNCIL : Kind.ASSEMBLY;
    }

    /** A text moved forward by generation {@code g}. */
    static String move(String text, Kind kind, int g) {
        if (g == 0) {
            return text;
        }
        int years = kind == Kind.COUNCIL ? 3 * g : 2 * g;
        String s = text;
        if (kind == Kind.COUNCIL) {
            s = replace(SC_SYMBOL, s, m -> (Integer.parseInt(m.group(1)) + 200 * g) + (m.group(2) == null ? "" : m.group(2))
                    + "(" + year(m.group(3), years) + ")");
            s = replace(AKN_NUMBER, s, m -> "/" + (Integer.parseInt(m.group(1)) + 200 * g) + "-" + year(m.group(2), years) + "/");
            s = replace(SC_DOCUMENT, s, m -> m.group(1) + year(m.group(2), years) + m.group(3) + m.group(4));
        } else {
            s = replace(GA_SYMBOL, s, m -> m.group(1) + (Integer.parseInt(m.group(2)) + 2 * g) + "/" + m.group(3));
        }
        s = replace(ISO_DATE, s, m -> date(Integer.parseInt(m.group(1)) + years, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                d -> String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()), m.group()));
        s = replace(EN_DATE, s, m -> date(Integer.parseInt(m.group(3)) + years, MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)),
                d -> d.getDayOfMonth() + " " + m.group(2) + " " + d.getYear(), m.group()));
        s = replace(ZH_DATE, s, m -> date(Integer.parseInt(m.group(1)) + years, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(7)),
                d -> d.getYear() + m.group(2) + "年" + m.group(3) + d.getMonthValue() + m.group(5) + "月" + m.group(6) + d.getDayOfMonth() + "日",
                m.group()));
        return s;
    }

    private static String year(String y, int by) {
        return Integer.toString(Integer.parseInt(y) + by);
    }

    /** The date moved, 29 February becoming 28 in a year without it; an impossible date stays as written. */
    private static String date(int year, int month, int day, Function<LocalDate, String> format, String asWritten) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return asWritten;
        }
        try {
            return format.apply(LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth())));
        } catch (java.time.DateTimeException e) {
            return asWritten;
        }
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
