package org.w3id.resgraph.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;

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
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

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
        for (QuerySolution s : select(ds, """
                SELECT DISTINCT ?series WHERE { ?r dcterms:identifier "%s" ; eli:is_member_of ?series } ORDER BY ?series"""
                .formatted(escape(symbol)))) {
            String iri = s.getResource("series").getURI();
            List<String> labels = new ArrayList<>();
            for (QuerySolution l : select(ds, "SELECT DISTINCT ?l WHERE { <%s> rdfs:label ?l } ORDER BY ?l".formatted(iri))) {
                labels.add(l.getLiteral("l").getLexicalForm());
            }
            List<Member> members = new ArrayList<>();
            for (QuerySolution m : select(ds, """
                    SELECT ?symbol (MIN(?d) AS ?date) (SAMPLE(?t) AS ?title) (SAMPLE(?v) AS ?version)
                           (COUNT(DISTINCT ?out) AS ?recalls) (COUNT(DISTINCT ?in) AS ?recalledBy)
                           (SAMPLE(?st) AS ?step) WHERE {
                      ?m eli:is_member_of <%s> ; dcterms:identifier ?symbol .
                      OPTIONAL { ?m eli:date_document ?d }
                      OPTIONAL { ?m dcterms:title ?t }
                      OPTIONAL { ?m eli:is_realized_by ?v }
                      OPTIONAL { ?m rg:recalls ?out }
                      OPTIONAL { ?in rg:recalls ?m }
                      OPTIONAL { ?st rg:stepTo ?m ; rg:inSeries <%s> }
                    } GROUP BY ?symbol""".formatted(iri, iri))) {
                Literal date = m.getLiteral("date");
                members.add(new Member(m.getLiteral("symbol").getString(),
                        date == null ? null : LocalDate.parse(date.getLexicalForm()),
                        m.getLiteral("title") == null ? null : m.getLiteral("title").getLexicalForm(),
                        m.get("version") != null, m.getLiteral("recalls").getLong(), m.getLiteral("recalledBy").getLong(),
                        m.contains("step") ? step(ds, m.getResource("step").getURI()) : null));
            }
            members.sort(Comparator.comparing((Member m) -> AdoptionOrder.key(m.symbol(), m.adopted() == null ? null : m.adopted().toString()))
                    .thenComparing(Member::symbol));
            out.add(new Series(iri, labels, members));
        }
        return out;
    }

    /** Whether a resolution with this symbol is in the database at all. */
    public static boolean known(Dataset ds, String symbol) {
        return !select(ds, "SELECT ?r WHERE { ?r dcterms:identifier \"%s\" } LIMIT 1".formatted(escape(symbol))).isEmpty();
    }

    /** The known symbols closest to {@code symbol} (edit distance), for a message about a mistyped one. */
    public static List<String> closest(Dataset ds, String symbol, int n) {
        List<String> all = new ArrayList<>();
        for (QuerySolution s : select(ds, "SELECT DISTINCT ?s WHERE { ?r a rg:Resolution ; dcterms:identifier ?s }")) {
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

    private static Step step(Dataset ds, String step) {
        List<String> added = names(ds, "SELECT ?x WHERE { <%s> rg:added ?x }".formatted(step));
        List<String> dropped = names(ds, "SELECT ?x WHERE { <%s> rg:dropped ?x }".formatted(step));
        int kept = names(ds, "SELECT ?x WHERE { <%s> rg:kept ?x }".formatted(step)).size();
        List<VerbChange> changes = new ArrayList<>();
        for (QuerySolution c : select(ds, "SELECT ?c ?x WHERE { <%s> rg:verbChange ?c . ?c rg:changeOf ?x } ORDER BY ?c".formatted(step))) {
            String change = c.getResource("c").getURI();
            changes.add(new VerbChange(names(ds, "SELECT ?x WHERE { <%s> rg:changeOf ?x }".formatted(change)).get(0),
                    localNames(ds, "SELECT ?r WHERE { <%s> rg:relationBefore ?r } ORDER BY ?r".formatted(change)),
                    localNames(ds, "SELECT ?r WHERE { <%s> rg:relationAfter ?r } ORDER BY ?r".formatted(change))));
        }
        changes.sort(Comparator.comparing(VerbChange::cited));
        return new Step(added, dropped, kept, changes);
    }

    /** What the ?x of a query are called: the symbol, else an English (or any) label, else the IRI; sorted. */
    private static List<String> names(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : select(ds, """
                SELECT ?x (SAMPLE(?id) AS ?symbol) (SAMPLE(?en) AS ?english) (SAMPLE(?l) AS ?label) WHERE {
                  { %s }
                  OPTIONAL { ?x dcterms:identifier ?id }
                  OPTIONAL { ?x rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
                  OPTIONAL { ?x rdfs:label ?l }
                } GROUP BY ?x""".formatted(query))) {
            String name = s.contains("symbol") ? s.getLiteral("symbol").getLexicalForm()
                    : s.contains("english") ? s.getLiteral("english").getLexicalForm()
                    : s.contains("label") ? s.getLiteral("label").getLexicalForm() : s.getResource("x").getURI();
            out.add(name);
        }
        out.sort(null);
        return out;
    }

    /** The local names of the ?r of a query ("recalls" for rg:recalls). */
    private static List<String> localNames(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : select(ds, query)) {
            String iri = s.getResource("r").getURI();
            out.add(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            ResultSet rs = q.execSelect();
            rs.forEachRemaining(out::add);
            return out;
        }
    }
}
