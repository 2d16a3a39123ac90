package org.w3id.resgraph.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Paragraph;

/**
 * Cuts the body of an English resolution into paragraphs. The text comes in blocks separated by
 * blank lines, but a block is not a paragraph: PDF conversion breaks paragraphs across pages, and
 * puts running heads, page numbers and job numbers between the pieces. A preambular paragraph
 * starts with a capital letter after a paragraph that ended with a comma or semicolon; an operative
 * paragraph starts with its number ({@code 12. }), the next one expected; whatever else is either
 * the continuation of the paragraph before or page furniture. The closing line
 * ({@code 51st plenary meeting}) ends the resolution; what follows (an annex) is kept apart.
 */
final class EnglishLayout {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*(?:\\r?\\n)+|\\r\\n[ \\t\\u00A0]*\\r\\n");
    private static final Pattern OPERATIVE = Pattern.compile("^(\\d{1,3})\\.\\s");
    private static final Pattern CLOSING = Pattern.compile("^(\\d{1,4})(?:st|nd|rd|th) (?:plenary )?meeting\\b");
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:[A-Z]{1,2}/RES/\\S+|\\d{1,3}/\\d{1,3}|\\d{2}-\\d{5}.*|---+|United Nations|\\*\\d+\\*|Page \\d+.*)$");
    private static final Pattern ITEM = Pattern.compile("^(?:\\([a-z]{1,4}\\)|\\([ivx]{1,5}\\)|[a-z]\\)|[–—•-] )");

    /** A stretch of the original text between blank lines, and its view text. */
    record Block(int start, int end, String text) {}

    /** A paragraph found: its kind, number, the blocks it is made of (furniture left out). */
    record Para(Paragraph.Kind kind, int number, List<Block> blocks) {
        int start() {
            return blocks.get(0).start();
        }

        int end() {
            return blocks.get(blocks.size() - 1).end();
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Block k : blocks) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(k.text());
            }
            return b.toString();
        }
    }

    /** The paragraphs, the closing meeting number (or null), and the annex blocks after the closing line. */
    record Result(List<Para> paragraphs, Integer meeting, int closingStart, List<Block> annex) {}

    private EnglishLayout() {}

    /** The blocks of {@code [from, to)} of the original, each with its text with spaces made single. */
    static List<Block> blocks(String original, int from, int to) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLANK_LINES.matcher(Budget.guard(original));
        m.region(from, to);
        int start = from;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : to;
            add(out, original, start, end);
            if (!found) {
                break;
            }
            start = m.end();
        }
        return out;
    }

    private static void add(List<Block> out, String original, int start, int end) {
        int s = start, e = end;
        while (s < e && Character.isWhitespace(original.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Block(s, e, original.substring(s, e).replaceAll("[\\s\\u00A0]+", " ")));
        }
    }

    /**
     * @param blocks     the blocks after the opening words ("The General Assembly,")
     * @param furniture  texts that are running heads of this document (its title's first line, its symbol)
     * @param operative  whether a block opens with an operative verb: a resolution of one operative
     *                   paragraph does not number it ("The General Assembly Adopts the declaration …")
     */
    static Result paragraphs(List<Block> blocks, List<String> furniture, Predicate<String> operative) {
        List<Para> out = new ArrayList<>();
        Para current = null;
        int preambular = 0, nextOperative = 1;
        Integer meeting = null;
        int closingStart = -1;
        List<Block> annex = new ArrayList<>();
        for (Block b : blocks) {
            Budget.check();
            String t = b.text();
            if (closingStart >= 0) {
                annex.add(b);
                continue;
            }
            Matcher closing = CLOSING.matcher(t);
            if (closing.find() && (current == null || current.kind() == Paragraph.Kind.OPERATIVE || endsParagraph(current))) {
                meeting = Integer.valueOf(closing.group(1));
                closingStart = b.start();
                continue;
            }
            if (isFurniture(t, furniture)) {
                continue;
            }
            Matcher op = OPERATIVE.matcher(t);
            if (op.find() && Integer.parseInt(op.group(1)) == nextOperative) {
                current = new Para(Paragraph.Kind.OPERATIVE, nextOperative++, new ArrayList<>(List.of(b)));
                out.add(current);
                continue;
            }
            boolean capital = Character.isUpperCase(t.codePointAt(0));
            if (nextOperative == 1 && capital && (current == null || endsParagraph(current)) && operative.test(t)) {
                current = new Para(Paragraph.Kind.OPERATIVE, nextOperative++, new ArrayList<>(List.of(b)));
                out.add(current);
                continue;
            }
            if (nextOperative == 1 && (current == null || (capital && endsParagraph(current)))) {
                current = new Para(Paragraph.Kind.PREAMBULAR, ++preambular, new ArrayList<>(List.of(b)));
                out.add(current);
                continue;
            }
            if (current == null) {
                continue;
            }
            if (current.kind() == Paragraph.Kind.OPERATIVE && capital && !ITEM.matcher(t).find()
                    && endsParagraph(current) && !current.text().endsWith(":") && !endsLikeText(t)) {
                continue;   // a heading between operative paragraphs
            }
            current.blocks().add(b);
        }
        return new Result(out, meeting, closingStart, annex);
    }

    private static boolean endsParagraph(Para p) {
        String t = p.text().replaceAll("\\d{1,3}$", "").strip();
        return t.endsWith(",") || t.endsWith(";") || t.endsWith(".");
    }

    private static boolean endsLikeText(String t) {
        return t.endsWith(",") || t.endsWith(";") || t.endsWith(".") || t.endsWith(":");
    }

    private static boolean isFurniture(String t, List<String> furniture) {
        if (FURNITURE.matcher(t).matches()) {
            return true;
        }
        for (String f : furniture) {
            if (!f.isEmpty() && (t.equals(f) || (f.startsWith(t) && t.length() >= 20 && !endsLikeText(t)))) {
                return true;
            }
        }
        return false;
    }
}
