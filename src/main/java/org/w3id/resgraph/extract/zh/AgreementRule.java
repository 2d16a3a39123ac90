package org.w3id.resgraph.extract.zh;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.gazetteer.DataFile;

/**
 * Agreements signed on a date by named parties:
 * {@code 2004年9月23日联合国工业发展组织和联合国开发计划署之间签署的合作协定},
 * {@code 2003年9月10日…和世界贸易组织在墨西哥坎昆签署的技术合作备忘录}. A later clause whose verb
 * is followed directly by the same noun ({@code 并注意到合作协定…}) cites the agreement again.
 */
final class AgreementRule implements CitationRule {
    private static final Map<String, String[]> NOUNS = DataFile.readTsv("org/w3id/resgraph/extract/zh/agreement-nouns.tsv", 3)
            .stream().collect(Collectors.toMap(r -> r[0], r -> r, (a, b) -> a));
    private static final String NOUN = NOUNS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));
    private static final String PLACE = "([^,;、\\d]{1,20}?)";
    private static final Pattern SIGNED = Pattern.compile(ChineseDates.DATE + "(?:在" + PLACE + ")?"
            + "([^,;]{4,90}?)(?:之间)?(?:在" + PLACE + ")?签署的(" + NOUN + ")");
    private static final Pattern AGAIN = Pattern.compile("(?:该)?(" + NOUN + ")");

    private final Organisations organisations;
    /** The agreements of {@code indexed}, the list of what was found before, by noun, the last one of each. */
    private final Map<String, Cited> lastByNoun = new java.util.HashMap<>();
    private List<Found> indexed;
    private int indexedUpTo;

    AgreementRule(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "zh.agreement";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        String t = p.text();
        Matcher m = SIGNED.matcher(Budget.guard(t));
        m.region(p.start(), p.end());
        while (m.find()) {
            Budget.check();
            List<OrgRef> parties = organisations.resolveAll(m.group(5));
            if (parties.size() < 2) {
                continue;   // an agreement is between parties the gazetteer knows
            }
            String place = m.group(4) != null ? m.group(4) : m.group(6);
            String[] noun = NOUNS.get(m.group(7));
            out.add(new Found(m.start(), m.end(), new Cited.Agreement(noun[0], noun[1], noun[2], parties,
                    ChineseDates.date(m.group(1), m.group(2), m.group(3)).orElse(null),
                    place == null ? null : organisations.place(place)), name()));
        }
        for (ParagraphText.Clause c : p.clauses()) {
            Budget.check();
            if (c.verb() == null) {
                continue;
            }
            Matcher again = AGAIN.matcher(t);
            again.region(c.verb().end(), c.end());
            if (again.lookingAt()) {
                lastAgreement(earlier, again.group(1)).ifPresent(target ->
                        out.add(new Found(again.start(), again.end(), target, name() + "-again")));
            }
        }
    }

    /**
     * The last agreement with {@code noun} among {@code earlier}. What was found before only grows
     * while a document is read, so the agreements are indexed by noun as they come, not searched for
     * again from the end at every clause.
     */
    private java.util.Optional<Cited> lastAgreement(List<Found> earlier, String noun) {
        if (earlier != indexed || earlier.size() < indexedUpTo) {
            indexed = earlier;
            indexedUpTo = 0;
            lastByNoun.clear();
        }
        for (; indexedUpTo < earlier.size(); indexedUpTo++) {
            if (earlier.get(indexedUpTo).target() instanceof Cited.Agreement a) {
                lastByNoun.put(a.noun(), a);
            }
        }
        return java.util.Optional.ofNullable(lastByNoun.get(noun));
    }
}
