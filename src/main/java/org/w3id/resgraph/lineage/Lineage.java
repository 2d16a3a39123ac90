package org.w3id.resgraph.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.resgraph.rdf.Sparql;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The series a resolution belongs to, as a timeline: every member the graph knows (those in the
 * corpus and those only cited), in order of adoption ({@link AdoptionOrder}), with how many resolutions each recalls and is
 * recalled by. Read from the graph alone ({@code eli:is_member_of}, {@code eli:date_document},
 * {@code rg:recalls}), so it works on any database resgraph loaded.
 *
 * <pre>{@code
 * Txn.executeRead(ds, () -> Lineage.of(ds, "A/RES/59/249"));
 * }</pre>
 */
public final class Lineage {
    private static final String SERIES_OF = Sparql.load(Lineage.class, "series-of.rq");
    private static final String SERIES_LABELS = Sparql.load(Lineage.class, "series-labels.rq");
    private static final String SERIES_MEMBERS = Sparql.load(Lineage.class, "series-members.rq");
    private static final String KNOWN = Sparql.load(Lineage.class, "known.rq");
    private static final String SYMBOLS = Sparql.load(Lineage.class, "symbols.rq");
    private static final String NAMES = Sparql.load(Lineage.class, "names.rq");
    private static final String VERB_CHANGES = Sparql.load(Lineage.class, "verb-changes.rq");
    private static final String OBJECTS = Sparql.load(Lineage.class, "objects.rq");

    /**
     * One member of a series; {@code step} says what changed since the member before it, null when the
     * two are not both in the database.
     */
    public record Member(String symbol, LocalDate adopted, String title, boolean inCorpus, long recalls, long recalledBy,
                         Step step) {
        /** How many references the step added, -1 without a step. */
        public long added() {
            return step == null ? -1 : step.added().size();
        }

        /** How many references the step dropped, -1 without a step. */
        public long dropped() {
            return step == null ? -1 : step.dropped().size();
        }
    }

    /** What a member refers to that the one before did not, no longer, and under another verb; by symbol or name. */
    public record Step(List<String> added, List<String> dropped, int kept, List<VerbChange> changes) {}

    /** Something cited by both, under other verbs: "S/RES/2216(2015)", [reaffirms], [recalls]. */
    public record VerbChange(String cited, List<String> before, List<String> after) {}

    /** A series: its IRI, its names, and its members in order of adoption (undated ones last). */
    public record Series(String iri, List<String> labels, List<Member> members) {}

    private Lineage() {}

    /** The series of the resolution with this symbol, none when it belongs to none; run in a read transaction. */
    public static List<Series> of(Dataset ds, String symbol) {
        List<Series> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(ds, SERIES_OF, Map.of("symbol", ResourceFactory.createStringLiteral(symbol)))) {
            Resource series = s.getResource("series");
            String iri = series.getURI();
            List<String> labels = new ArrayList<>();
            for (QuerySolution l : Sparql.select(ds, SERIES_LABELS, Map.of("series", series))) {
                labels.add(l.getLiteral("l").getLexicalForm());
            }
            List<Member> members = new ArrayList<>();
            for (QuerySolution m : Sparql.select(ds, SERIES_MEMBERS, Map.of("series", series))) {
                Literal date = m.getLiteral("date");
                members.add(new Member(m.getLiteral("symbol").getString(),
                        date == null ? null : LocalDate.parse(date.getLexicalForm()),
                        m.getLiteral("title") == null ? null : m.getLiteral("title").getLexicalForm(),
                        m.get("version") != null, m.getLiteral("recalls").getLong(), m.getLiteral("recalledBy").getLong(),
                        m.contains("step") ? step(ds, m.getResource("step")) : null));
            }
            members.sort(Comparator.comparing((Member m) -> AdoptionOrder.key(m.symbol(), m.adopted() == null ? null : m.adopted().toString()))
                    .thenComparing(Member::symbol));
            out.add(new Series(iri, labels, members));
        }
        return out;
    }

    /** Whether a resolution with this symbol is in the database at all. */
    public static boolean known(Dataset ds, String symbol) {
        return !Sparql.select(ds, KNOWN, Map.of("symbol", ResourceFactory.createStringLiteral(symbol))).isEmpty();
    }

    /** The known symbols closest to {@code symbol} (edit distance), for a message about a mistyped one. */
    public static List<String> closest(Dataset ds, String symbol, int n) {
        List<String> all = new ArrayList<>();
        for (QuerySolution s : Sparql.select(ds, SYMBOLS)) {
            all.add(s.getLiteral("s").getString());
        }
        all.sort(Comparator.comparingInt((String s) -> distance(s, symbol)).thenComparing(s -> s));
        return all.subList(0, Math.min(n, all.size()));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Step step(Dataset ds, Resource step) {
        List<String> added = names(ds, step, "added");
        List<String> dropped = names(ds, step, "dropped");
        int kept = names(ds, step, "kept").size();
        List<VerbChange> changes = new ArrayList<>();
        for (QuerySolution c : Sparql.select(ds, VERB_CHANGES, Map.of("step", step))) {
            Resource change = c.getResource("c");
            changes.add(new VerbChange(names(ds, change, "changeOf").get(0), localNames(ds, change, "relationBefore"),
                    localNames(ds, change, "relationAfter")));
        }
        changes.sort(Comparator.comparing(VerbChange::cited));
        return new Step(added, dropped, kept, changes);
    }

    /** What the things {@code subject} has as its {@code rg:property} are called: the symbol, else an English (or any) label, else the IRI; sorted. */
    private static List<String> names(Dataset ds, Resource subject, String property) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(ds, NAMES, Map.of("subject", subject, "property", rg(property)))) {
            String name = s.contains("symbol") ? s.getLiteral("symbol").getLexicalForm()
                    : s.contains("english") ? s.getLiteral("english").getLexicalForm()
                    : s.contains("label") ? s.getLiteral("label").getLexicalForm() : s.getResource("x").getURI();
            out.add(name);
        }
        out.sort(null);
        return out;
    }

    /** The local names of what {@code subject} has as its {@code rg:property} ("recalls" for rg:recalls), in IRI order. */
    private static List<String> localNames(Dataset ds, Resource subject, String property) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(ds, OBJECTS, Map.of("subject", subject, "property", rg(property)))) {
            String iri = s.getResource("r").getURI();
            out.add(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
        }
        return out;
    }

    private static Resource rg(String localName) {
        return ResourceFactory.createResource(Vocab.RG + localName);
    }
}
