package org.w3id.resgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;

/**
 * Resolution texts made long on purpose (issue 15): a real text with {@code n} short clauses that each
 * cite a resolution, to see that no step of extraction grows much faster than the text.
 * <ul>
 * <li>{@link #chinese(int)}: the seed (word-segmented, seed format) followed by {@code n} clauses
 *     "回顾 其 第1/1 号 决议 ，", which all fall into its last operative paragraph;</li>
 * <li>{@link #chineseParagraphs(int)}: the same clauses after the opening words, where each is a
 *     preambular paragraph of its own (a repeated 回顾 opens one);</li>
 * <li>{@link #english(int)}: an English General Assembly text with one preambular paragraph of
 *     {@code n} clauses "Recalling its resolution 1/1, " after its opening words;</li>
 * <li>{@link #englishParagraphs(int)}: the same clauses, each a paragraph of its own.</li>
 * </ul>
 * Each clause cites A/RES/1/1 once, so a text has as many more citations than its base as it has clauses.
 *
 * <p>{@code main} times extraction of one document at given sizes:
 * {@code java -cp … org.w3id.resgraph.reliability.LongDocument zh 20000 200000 2000000}
 * (variants: zh, zh-paragraphs, en, en-paragraphs).
 */
public final class LongDocument {
    static final String CHINESE_CLAUSE = "回顾 其 第1/1 号 决议 ，";
    static final String ENGLISH_CLAUSE = "Recalling its resolution 1/1, ";
    static final String SEED = "seed/000_de291e7566262927.txt";
    static final String ENGLISH_BASE = "ga-en/A_RES_80_13.md";
    private static final String ENGLISH_OPENING = "The General Assembly,\n";
    private static final String CHINESE_OPENING = "大会 ，";
    /** A French Council text, as plain text: the engine's languages (fr, es, ru, ar) share their steps. */
    static final String FRENCH_CLAUSE = "Rappelant sa résolution 1/1 de l’Assemblée générale, ";
    private static final String FRENCH_HEAD = "S/RES/9999 (2031)\n\nLe Conseil de sécurité,\n\n";
    private static final String FRENCH_TAIL = "\n\n1. Décide de rester saisi de la question.\n";

    private LongDocument() {}

    /** The seed followed by {@code n} clauses, in its last paragraph. */
    public static String chinese(int n) {
        String seed = stripEnd(corpusText(SEED));
        StringBuilder b = new StringBuilder(seed.length() + n * (CHINESE_CLAUSE.length() + 1) + 1);
        b.append(seed);
        for (int i = 0; i < n; i++) {
            b.append(' ').append(CHINESE_CLAUSE);
        }
        return b.append('\n').toString();
    }

    /** The seed with {@code n} clauses after its opening words "大会 ，": a preambular paragraph each. */
    public static String chineseParagraphs(int n) {
        String seed = corpusText(SEED);
        int at = seed.indexOf(CHINESE_OPENING) + CHINESE_OPENING.length();
        StringBuilder b = new StringBuilder(seed.length() + n * (CHINESE_CLAUSE.length() + 1));
        b.append(seed, 0, at);
        for (int i = 0; i < n; i++) {
            b.append(' ').append(CHINESE_CLAUSE);
        }
        return b.append(seed, at, seed.length()).toString();
    }

    /** An English GA text with one paragraph of {@code n} clauses after "The General Assembly,". */
    public static String english(int n) {
        String base = corpusText(ENGLISH_BASE);
        int at = base.indexOf(ENGLISH_OPENING) + ENGLISH_OPENING.length();
        StringBuilder b = new StringBuilder(base.length() + n * ENGLISH_CLAUSE.length() + 2);
        b.append(base, 0, at).append('\n');
        for (int i = 0; i < n; i++) {
            b.append(ENGLISH_CLAUSE);
        }
        b.setLength(b.length() - 1);
        return b.append('\n').append(base, at, base.length()).toString();
    }

    /** An English GA text with {@code n} paragraphs "Recalling its resolution 1/1," after "The General Assembly,". */
    public static String englishParagraphs(int n) {
        String base = corpusText(ENGLISH_BASE);
        int at = base.indexOf(ENGLISH_OPENING) + ENGLISH_OPENING.length();
        StringBuilder b = new StringBuilder(base.length() + n * (ENGLISH_CLAUSE.length() + 1));
        b.append(base, 0, at);
        for (int i = 0; i < n; i++) {
            b.append('\n').append(ENGLISH_CLAUSE, 0, ENGLISH_CLAUSE.length() - 1).append('\n');
        }
        return b.append('\n').append(base, at, base.length()).toString();
    }

    /** A French Council text with one preambular paragraph of {@code n} clauses. */
    public static String french(int n) {
        StringBuilder b = new StringBuilder(FRENCH_HEAD.length() + n * FRENCH_CLAUSE.length() + 64).append(FRENCH_HEAD);
        b.append("Rappelant la Charte des Nations Unies, ");
        for (int i = 0; i < n; i++) {
            b.append(FRENCH_CLAUSE);
        }
        return b.append("et le droit international,").append(FRENCH_TAIL).toString();
    }

    /** A French Council text with {@code n} preambular paragraphs "Rappelant sa résolution 1/1 …,". */
    public static String frenchParagraphs(int n) {
        StringBuilder b = new StringBuilder(FRENCH_HEAD.length() + n * (FRENCH_CLAUSE.length() + 2) + 64).append(FRENCH_HEAD);
        b.append("Rappelant la Charte des Nations Unies,\n\n");
        for (int i = 0; i < n; i++) {
            b.append(FRENCH_CLAUSE, 0, FRENCH_CLAUSE.length() - 1).append("\n\n");
        }
        return b.append("Rappelant le droit international,").append(FRENCH_TAIL).toString();
    }

    /** A generated text by variant name: zh, zh-paragraphs, en, en-paragraphs, fr, fr-paragraphs. */
    public static String text(String variant, int n) {
        return switch (variant) {
            case "zh" -> chinese(n);
            case "zh-paragraphs" -> chineseParagraphs(n);
            case "en" -> english(n);
            case "en-paragraphs" -> englishParagraphs(n);
            case "fr" -> french(n);
            case "fr-paragraphs" -> frenchParagraphs(n);
            default -> throw new IllegalArgumentException("no variant " + variant);
        };
    }

    /** {@code text} as an input of the pipeline, named like a file of its format. */
    public static Inputs.Input input(String variant, String text) {
        String name = variant.startsWith("en") ? "long-" + variant + ".md" : "long-" + variant + ".txt";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Inputs.Input() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SourceFile open() {
                return new SourceFile(name, bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }

    private static String corpusText(String relative) {
        Path p = Path.of(System.getProperty("resgraph.home", ".")).resolve("corpus").resolve(relative);
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The citations extracted from {@code text} (reading and the extractors, without mapping to RDF). */
    public static ResolutionFacts facts(String variant, String text) throws ReadException, ExtractException {
        Document d = DocumentReaders.standard().read(input(variant, text).open());
        return Extractors.standard().extract(variant.startsWith("fr") ? d.withLanguage("fr") : d);
    }

    /**
     * Times one extraction per size: {@code VARIANT N...}; warm-up runs on the smallest size come first.
     * With {@code -Dmode=facts} only reading and the extractors are timed (the facts, not their RDF,
     * which for millions of citations does not fit a small heap); otherwise the whole
     * {@link Extraction#extract(Inputs.Input)}.
     */
    public static void main(String[] args) throws Exception {
        String variant = args[0];
        boolean factsOnly = "facts".equals(System.getProperty("mode"));
        Extraction extraction = new Extraction(Gazetteer.DEFAULT_BASE, null);
        int smallest = Integer.parseInt(args[1]);
        for (int w = 0; w < 3; w++) {
            if (factsOnly) {
                facts(variant, text(variant, smallest));
            } else {
                extraction.extract(input(variant, text(variant, smallest)));
            }
        }
        double first = 0;
        for (int k = 1; k < args.length; k++) {
            int n = Integer.parseInt(args[k]);
            String text = text(variant, n);
            Inputs.Input in = input(variant, text);
            System.gc();
            long t0 = System.nanoTime();
            String what;
            long budgetMillis = Long.getLong("budget", 0L);
            if (budgetMillis > 0) {   // -Dbudget=MS: how soon after its budget is spent the extraction stops
                Budget.start(budgetMillis * 1_000_000L);
                try {
                    facts(variant, text);
                    what = "not stopped";
                } catch (Budget.Exceeded e) {
                    what = String.format(Locale.ROOT, "stopped %.3f s after a budget of %d ms",
                            (System.nanoTime() - t0) / 1e9, budgetMillis);
                } finally {
                    Budget.clear();
                }
            } else if (factsOnly) {
                ResolutionFacts f = facts(variant, text);
                what = String.format(Locale.ROOT, "%,d citations", f.citations().size());
            } else {
                what = String.format(Locale.ROOT, "%,d triples", extraction.extract(in).graph().size());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (k == 1) {
                first = s;
            }
            System.out.printf(Locale.ROOT, "%s %s %,d clauses: %.2f s (%.1f× the first), %s%n", variant,
                    factsOnly ? "facts" : "extract", n, s, s / first, what);
        }
    }
}
