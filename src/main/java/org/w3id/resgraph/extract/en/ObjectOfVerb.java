package org.w3id.resgraph.extract.en;

import java.util.regex.Pattern;

/**
 * Whether a reference is the object of the clause verb before it, which decides its relation:
 * in "Recalling its resolutions 53/72 … and 77/33" the resolutions are recalled; in "Recalling that
 * … in its resolution 78/47", "the Sendai Framework, adopted in resolution 69/283", "pursuant to
 * resolution 1540 (2004)" they are only referred to. The words between the verb and the phrase
 * that holds the reference decide: no subordinate clause, participle or preposition that moves the
 * reference out of the object, and not too far away.
 */
final class ObjectOfVerb {
    /** Words that open a clause or modifier the reference would then stand in. */
    private static final Pattern DETACHING = Pattern.compile("\\b(?:that|which|whereby|wherein|whose|who|where|when|whether"
            + "|pursuant|accordance|adopted|contained|reflected|endorsed|annexed|set out|established|entitled|referred"
            + "|requested|called|decided|as|under|through|by|according|following|since|until|after|before|within"
            + "|mandated|stipulated|expressed|outlined|provided|enshrined|proclaimed|launched|convened|held|context"
            + "|regarding|concerning|pending|while|if|although|because|to)\\b", Pattern.CASE_INSENSITIVE);
    /** A preposition right before the reference's phrase: "in its resolution", "by resolution". */
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("\\b(?:in|by|to|under|with|from|at|on)\\s*(?:its\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 40;
    /** Words that carry an object on past a detour: "…, and its resolutions", "…, in particular resolution". */
    private static final Pattern COORDINATED = Pattern.compile("(?:,? and|,? as well as|;) (?:its |the |all )?$");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?:,? in particular|,? including|,? notably|,? especially|the (?:most recent|latest|last) of which (?:is|are|being|was)) (?:its |the )?$");

    private ObjectOfVerb() {}

    /**
     * Whether the phrase at {@code head} continues the verb's object after a detour: coordinated
     * with an earlier reference ("…, which was established …, and its resolutions 78/41") or naming
     * one of the things the object holds ("the peace efforts …, in particular resolution 2773 (2025)").
     */
    static boolean extendsObject(String text, int verbEnd, int head) {
        String before = text.substring(Math.max(verbEnd, head - 60), head);
        return COORDINATED.matcher(before).find() || APPOSITIVE.matcher(before).find();
    }

    /** Whether the phrase at {@code head} names an item of the object ("in particular", "the most recent of which is"). */
    static boolean appositive(String text, int head) {
        return APPOSITIVE.matcher(text.substring(Math.max(0, head - 60), head)).find();
    }

    /**
     * The relation of a reference whose phrase starts at view {@code head}: the verb's when the
     * reference is its object, else {@code generic}.
     */
    static String relation(String text, EnglishVerbs.Match verb, int head, String generic) {
        if (verb == null || verb.relation() == null || head < verb.end()) {
            return generic;
        }
        String gap = text.substring(verb.end(), head).replaceAll("(?i)\\bas well as\\b", ",")
                .replaceAll("\\b\\d+ (?:to|and) \\d+\\b", "")                        // "paragraphs 2 to 5 of"
                .replaceAll("(?i)\\b(?:note|report|letter|statement)s? by\\b", "");  // "the note by the Secretariat"
        if (DETACHING.matcher(gap).find() || ENDS_IN_PREPOSITION.matcher(gap).find()
                || gap.split("\\s+").length > MAX_WORDS) {
            return generic;
        }
        return verb.relation();
    }
}
