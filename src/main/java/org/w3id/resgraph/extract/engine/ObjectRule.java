package org.w3id.resgraph.extract.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.engine.LanguagePack.NounKind;
import org.w3id.resgraph.extract.engine.LanguagePack.Role;

/**
 * The relation of one citation: the clause verb's relation when the cited thing is the verb's
 * object, {@code refersTo} otherwise. One rule for every language, read from the words of its pack.
 *
 * <p>The words between the verb and the reference are read left to right. The object may open with
 * determiners, possessives, quantifiers, adjectives, adverbs and focus words ("en particulier"), may
 * name parts of a resolution ("paragraphes 3 à 5 de"), other references of the same list, organs and
 * dates, and once a resolution noun is read, the subject of those resolutions ("sur la Libye").
 * Any other word means the object is something else ("Reaffirming its <em>support</em> for …",
 * "Taking note of the <em>report</em> of the Panel established pursuant to …"); a word that opens a
 * clause right after the verb ("Rappelant <em>que</em> …") means the verb takes a clause, not a
 * thing, to the end of the clause. A comma or a conjunction opens the next conjunct of the object,
 * which is read afresh: "Recalling the statement of its President, and its resolutions …".
 *
 * <pre>{@code
 * ObjectRule.Reader reader = new ObjectRule.Reader(passage);   // one per paragraph
 * String relation = reader.relation(passage.clauseAt(at), at);
 * }</pre>
 */
public final class ObjectRule {
    public static final String REFERS_TO = "refersTo";

    private enum State { START, RESOLUTIONS, TOPIC, BROKEN, BLOCKED }

    private ObjectRule() {}

    /** Whether the comma or conjunction at token {@code i} goes on with a list of numbers ("1754 (2007), 1783 (2007) y …"). */
    private static boolean continuesList(Passage p, int i) {
        Tokens tokens = p.tokens();
        boolean afterNumber = i > 0 && (tokens.get(i - 1).kind() == Tokens.Kind.NUMBER || tokens.get(i - 1).key().equals(")"));
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).kind() == Tokens.Kind.WORD
                && p.pack().roles(tokens.get(next).key()).contains(Role.CONJUNCTION)) {
            next++;
        }
        return afterNumber && next < tokens.size() && tokens.get(next).kind() == Tokens.Kind.NUMBER;
    }

    private static boolean onlyTopic(Set<Role> roles) {
        return roles.size() == 1 && roles.contains(Role.TOPIC);
    }

    /** The relation of a reference starting at view position {@code at} in clause {@code c}. */
    public static String relation(Passage p, Passage.Clause c, int at) {
        return new Reader(p).relation(c, at);
    }

    /** Whether a reference at view {@code at} is (in) the object of a verb ending at {@code from}. */
    public static boolean isObject(Passage p, int from, int at) {
        return new Walk(p, from).to(at);
    }

    /**
     * The relations of the references of one paragraph. The words after a verb are read once, however
     * many references its clause holds: each reference continues the reading where the one before it
     * stopped (a clause of a million references is read once, not a million times).
     */
    public static final class Reader {
        private final Passage p;
        private final Map<Integer, Walk> walks = new HashMap<>();

        public Reader(Passage p) {
            this.p = p;
        }

        public String relation(Passage.Clause c, int at) {
            if (c.verb() == null || c.verb().verb().relation() == null) {
                return REFERS_TO;
            }
            int from = c.verb().end();
            Walk w = walks.get(from);
            if (w == null || w.startOfNext() > at) {
                w = new Walk(p, from);   // asked out of order (a link after the text's references): read afresh
                walks.put(from, w);
            }
            return w.to(at) ? c.verb().verb().relation() : REFERS_TO;
        }
    }

    /** Reading the words after a verb, left to right, as far as asked. */
    private static final class Walk {
        private final Passage p;
        private State state = State.START;
        private boolean seenObject;
        private int i;

        Walk(Passage p, int from) {
            this.p = p;
            this.i = p.tokens().indexAt(from);
        }

        /** Where the next word to read starts. */
        int startOfNext() {
            return i < p.tokens().size() ? p.tokens().get(i).start() : Integer.MAX_VALUE;
        }

        /** Reads up to view position {@code at}: whether a reference there is in the object. */
        boolean to(int at) {
            LanguagePack pack = p.pack();
            Tokens tokens = p.tokens();
            while (i < tokens.size() && tokens.get(i).start() < at) {
                Budget.check();
                Tokens.Token t = tokens.get(i);
                if (p.organCovering(t.start()) != null || p.dateCovering(t.start()) != null) {
                    i++;
                    seenObject = true;
                    continue;
                }
                if (t.kind() == Tokens.Kind.NUMBER) {
                    i++;   // an earlier reference of the list, a paragraph number, a year
                    continue;
                }
                if (t.kind() == Tokens.Kind.PUNCT) {
                    switch (t.key()) {
                        case "," -> state = state == State.BLOCKED || continuesList(p, i) ? state : State.START;
                        case ";", ":" -> state = State.BLOCKED;
                        default -> {
                            // parentheses, dashes, quotation marks: they hold what the words around them say
                        }
                    }
                    i++;
                    continue;
                }
                Tokens.Phrase phrase = tokens.phraseAt(i, pack::knows);
                String key = phrase == null ? t.key() : phrase.key();
                int length = phrase == null ? 1 : phrase.length();
                Set<Role> roles = pack.roles(key);
                NounKind noun = pack.noun(key).orElse(null);
                if (state == State.BLOCKED) {
                    i += length;
                    continue;
                }
                if (roles.contains(Role.CLAUSE)) {
                    // "Rappelant que …": the verb takes a clause; after an object it is a relative clause on it
                    state = seenObject ? State.BROKEN : State.BLOCKED;
                } else if (roles.contains(Role.CONJUNCTION)) {
                    state = continuesList(p, i + length - 1) ? state : State.START;
                } else if (noun == NounKind.RESOLUTION || noun == NounKind.DECISION) {
                    if (state != State.BROKEN) {
                        state = State.RESOLUTIONS;
                    }
                    seenObject = true;
                } else if (roles.contains(Role.TOPIC) && state == State.RESOLUTIONS) {
                    state = State.TOPIC;   // "resolutions on <subject>": the subject's words are the object's too
                } else if (noun == NounKind.PART || noun == NounKind.DOCUMENT || pack.isMonth(key) || !roles.isEmpty() && !onlyTopic(roles)) {
                    seenObject |= noun != null;   // "paragraph 3 of", "the statement of its President and"
                } else if (state != State.TOPIC) {
                    state = State.BROKEN;   // a word of another object: "its support", "the report"
                    seenObject = true;
                }
                i += length;
            }
            return state == State.START || state == State.RESOLUTIONS || state == State.TOPIC;
        }
    }
}
