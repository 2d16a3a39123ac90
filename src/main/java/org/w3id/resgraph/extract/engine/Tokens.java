package org.w3id.resgraph.extract.engine;

import java.util.ArrayList;
import java.util.List;

import org.w3id.resgraph.extract.Budget;

/**
 * The words, numbers and punctuation of a stretch of a {@link TextView}, and the phrases of a
 * {@link LanguagePack} they form. Words are runs of letters and marks (with inner hyphens); an elided
 * word ({@code l'}, {@code qu'}) is a token of its own; numbers keep their slashes and letters
 * ({@code 74/270}, {@code 1267}). A clitic written onto a word (Arabic {@code وقراري}) is looked past
 * when the word alone is not known.
 */
public final class Tokens {
    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    /** A token at view {@code [start, end)}; {@code key} is its compared form. */
    public record Token(int start, int end, Kind kind, String key) {}

    /** A phrase of the pack found at token {@code first}, {@code length} tokens long; {@code key} as the pack has it. */
    public record Phrase(int first, int length, String key) {}

    private final LanguagePack pack;
    private final List<Token> tokens;

    private Tokens(LanguagePack pack, List<Token> tokens) {
        this.pack = pack;
        this.tokens = tokens;
    }

    public static Tokens of(LanguagePack pack, TextView v, int from, int to) {
        String k = v.key();
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = k.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                while (i < to && (Character.isLetterOrDigit(k.charAt(i)) || k.charAt(i) == '/' && i + 1 < to
                        && Character.isLetterOrDigit(k.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(start, i, Kind.NUMBER, k.substring(start, i)));
            } else if (Character.isLetter(c)) {
                while (i < to && (Character.isLetterOrDigit(k.charAt(i)) || Character.getType(k.charAt(i)) == Character.NON_SPACING_MARK
                        || k.charAt(i) == '-' && i + 1 < to && Character.isLetter(k.charAt(i + 1)))) {
                    i++;
                }
                if (i < to && k.charAt(i) == '\'' && pack.elisions().contains(k.substring(start, i + 1))) {
                    i++;
                }
                out.add(new Token(start, i, Kind.WORD, k.substring(start, i)));
            } else {
                i++;
                out.add(new Token(start, i, Kind.PUNCT, String.valueOf(c)));
            }
            if (out.size() % 256 == 0) {
                Budget.check();
            }
        }
        return new Tokens(pack, out);
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public List<Token> all() {
        return tokens;
    }

    /** The index of the first token that starts at or after view position {@code at}. */
    public int indexAt(int at) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The longest phrase the pack knows that starts at token {@code i} (words only), or null. With
     * {@code clitic} the first word may carry one of the pack's clitics, which is then not part of the key.
     */
    public Phrase phraseAt(int i, java.util.function.Predicate<String> known) {
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return null;
        }
        Phrase p = longest(i, "", known);
        if (p == null) {
            String first = tokens.get(i).key();
            for (String c : pack.clitics()) {
                if (first.length() > c.length() + 1 && first.startsWith(c)) {
                    p = longest(i, c, known);
                    if (p != null) {
                        break;
                    }
                }
            }
        }
        return p;
    }

    private Phrase longest(int i, String clitic, java.util.function.Predicate<String> known) {
        StringBuilder b = new StringBuilder();
        Phrase best = null;
        for (int j = i; j < tokens.size() && j < i + pack.longestPhrase(); j++) {
            Token t = tokens.get(j);
            if (t.kind() != Kind.WORD) {
                break;
            }
            String w = j == i ? t.key().substring(clitic.length()) : t.key();
            if (j > i && !tokens.get(j - 1).key().endsWith("'")) {
                b.append(' ');
            }
            b.append(w);
            String key = b.toString();
            if (known.test(key)) {
                best = new Phrase(i, j - i + 1, key);
            }
        }
        return best;
    }
}
