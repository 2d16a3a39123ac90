package org.w3id.resgraph.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Two answers to the same query, as SPARQL JSON results from two stores, compared as multisets of
 * rows (the order of rows aside, as ORDER BY's ties and DISTINCT's choice of order allow) with their
 * values normalised: IRIs as they are; numbers (any XSD numeric type) as numbers, so that 2020,
 * "2020"^^xsd:decimal and 2.02E3 are one; dates and times on one time line; language tags in lower
 * case; a plain literal and an xsd:string one alike; every blank node as "blank". Stores write the
 * same value in different lexical forms, and SPARQL says nothing of which; these are the forms seen.
 */
final class Answers {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> NUMBERS = Set.of("integer", "decimal", "double", "float", "int", "long", "short", "byte",
            "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
            "unsignedShort", "unsignedByte");
    private static final Set<String> TIMES = Set.of("date", "dateTime", "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay");
    private static final DatatypeFactory CALENDARS;

    static {
        try {
            CALENDARS = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answers() {}

    /** What the comparison found: whether the answers are the same, and in a few words how (or how not). */
    record Verdict(boolean same, int ours, int theirs, String how) {}

    /** An answer as its variables and its rows, each value normalised (null where a variable is unbound). */
    record Rows(List<String> vars, List<List<String>> rows) {}

    /**
     * Compares {@code ours} (resgraph's answer) with {@code theirs} (the peer's) to {@code query}. Where
     * the rows differ only in the order of the values a GROUP_CONCAT joined (SPARQL leaves that order
     * open, as it leaves the order of rows), the answers are the same and the verdict says so.
     */
    static Verdict compare(String query, String ours, String theirs, String peer) {
        Rows a = parse(ours), b = parse(theirs);
        if (!new java.util.HashSet<>(a.vars).equals(new java.util.HashSet<>(b.vars))) {
            return new Verdict(false, a.rows.size(), b.rows.size(), "different variables: " + a.vars + " and " + b.vars);
        }
        b = reorder(b, a.vars);
        if (counts(a.rows).equals(counts(b.rows))) {
            return new Verdict(true, a.rows.size(), b.rows.size(), "same answers (" + rows(a.rows.size()) + ")");
        }
        Map<Integer, String> joined = groupConcats(query, a.vars);
        if (!joined.isEmpty() && counts(unjoin(a.rows, joined)).equals(counts(unjoin(b.rows, joined)))) {
            return new Verdict(true, a.rows.size(), b.rows.size(), "same answers (" + rows(a.rows.size())
                    + ") but for the order of the values each GROUP_CONCAT joined, which SPARQL leaves open");
        }
        StringBuilder how = new StringBuilder("resgraph " + rows(a.rows.size()) + ", " + peer + " " + b.rows.size());
        List<String> onlyOurs = firstMissing(a.rows, b.rows, a.vars), onlyTheirs = firstMissing(b.rows, a.rows, a.vars);
        if (onlyOurs != null) {
            how.append("; first row only resgraph gave: ").append(onlyOurs);
        }
        if (onlyTheirs != null) {
            how.append("; first row only ").append(peer).append(" gave: ").append(onlyTheirs);
        }
        if (!joined.isEmpty() && counts(nothingJoined(a.rows, joined)).equals(counts(nothingJoined(b.rows, joined)))) {
            long ourEmpties = empties(a.rows, joined), theirEmpties = empties(b.rows, joined);
            how.append(". They differ only where a GROUP_CONCAT had no value to join: ").append(ourEmpties > theirEmpties ? "resgraph" : peer)
                    .append(" gives \"\" where ").append(ourEmpties > theirEmpties ? peer : "resgraph").append(" leaves it unbound. SPARQL 1.1 says unbound ")
                    .append("(an unbound value is an error that ListEval keeps, and CONCAT of an error is an error, which leaves the variable ")
                    .append("unbound), so ").append(ourEmpties > theirEmpties ? peer : "resgraph").append(" is right");
        }
        if (distinct(query) && new java.util.HashSet<>(a.rows).equals(new java.util.HashSet<>(b.rows))) {
            boolean theyRepeat = b.rows.size() > new java.util.HashSet<>(b.rows).size();
            List<List<String>> repeating = theyRepeat ? b.rows : a.rows;
            long unbound = counts(repeating).entrySet().stream().filter(e -> e.getValue() > 1)
                    .filter(e -> e.getKey().contains(null)).count();
            long repeated = counts(repeating).values().stream().filter(n -> n > 1).count();
            how.append(". As sets of rows they are the same: ").append(theyRepeat ? peer : "resgraph")
                    .append(" gives ").append(repeated == 1 ? "a row" : repeated + " rows").append(" more than once though the query asks for DISTINCT")
                    .append(unbound == repeated ? " (each with a variable left unbound)" : "")
                    .append("; SPARQL's DISTINCT keeps one of any solutions that bind the same variables to the same terms, unbound ones alike, so ")
                    .append(theyRepeat ? "resgraph" : peer).append(" is right");
        }
        List<List<String>> left = onlyIn(a.rows, b.rows);
        if (onlyIn(b.rows, a.rows).isEmpty() && !left.isEmpty() && left.stream().allMatch(r -> r.contains(null))) {
            how.append(". Every row ").append(peer).append(" gives is among resgraph's; ")
                    .append(left.size() == 1 ? "the row it leaves out has" : "each of the " + left.size() + " rows it leaves out has")
                    .append(" a variable left unbound");
        }
        return new Verdict(false, a.rows.size(), b.rows.size(), how.toString());
    }

    /** The rows of {@code from} beyond those of {@code other}, as multisets. */
    private static List<List<String>> onlyIn(List<List<String>> from, List<List<String>> other) {
        Map<List<String>, Integer> left = counts(other);
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : from) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                out.add(row);
            }
        }
        return out;
    }

    /** Whether a query is SELECT DISTINCT (a query that does not parse here is taken not to be). */
    private static boolean distinct(String query) {
        try {
            return org.apache.jena.query.QueryFactory.create(query).isDistinct();
        } catch (org.apache.jena.query.QueryParseException e) {
            return false;
        }
    }

    /** The rows with each GROUP_CONCAT's parts sorted, and an empty one ("") as unbound. */
    private static List<List<String>> nothingJoined(List<List<String>> rows, Map<Integer, String> joined) {
        List<List<String>> out = unjoin(rows, joined);
        for (List<String> row : out) {
            joined.keySet().forEach(i -> row.set(i, "\"\"".equals(row.get(i)) ? null : row.get(i)));
        }
        return out;
    }

    private static long empties(List<List<String>> rows, Map<Integer, String> joined) {
        return rows.stream().mapToLong(r -> joined.keySet().stream().filter(i -> "\"\"".equals(r.get(i))).count()).sum();
    }

    private static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** SPARQL JSON results (SELECT or ASK) as normalised rows; ASK is one row of one value. */
    static Rows parse(String json) {
        JsonObject o = JSON.parse(json);
        if (o.hasKey("boolean")) {
            return new Rows(List.of("boolean"), List.of(List.of("boolean " + o.get("boolean").getAsBoolean().value())));
        }
        List<String> vars = new ArrayList<>();
        o.get("head").getAsObject().get("vars").getAsArray().forEach(v -> vars.add(v.getAsString().value()));
        List<List<String>> rows = new ArrayList<>();
        JsonArray bindings = o.get("results").getAsObject().get("bindings").getAsArray();
        for (JsonValue b : bindings) {
            List<String> row = new ArrayList<>(vars.size());
            for (String v : vars) {
                JsonValue term = b.getAsObject().get(v);
                row.add(term == null ? null : term(term.getAsObject()));
            }
            rows.add(row);
        }
        return new Rows(vars, rows);
    }

    /** One RDF term of SPARQL JSON results, normalised (see the class comment). */
    static String term(JsonObject t) {
        String type = t.get("type").getAsString().value(), value = t.get("value").getAsString().value();
        switch (type) {
            case "uri":
                return "<" + value + ">";
            case "bnode":
                return "blank";
            default:   // "literal", or "typed-literal" as older writers (Virtuoso among them) say
                break;
        }
        if (t.hasKey("xml:lang")) {
            return quoted(value) + "@" + t.get("xml:lang").getAsString().value().toLowerCase(Locale.ROOT);
        }
        String datatype = t.hasKey("datatype") ? t.get("datatype").getAsString().value() : XSD + "string";
        String local = datatype.startsWith(XSD) ? datatype.substring(XSD.length()) : null;
        if (local != null && NUMBERS.contains(local)) {
            try {
                BigDecimal n = new BigDecimal(value.trim());
                return "number " + (n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                return "number " + value.trim();   // INF, -INF, NaN
            }
        }
        if (local != null && TIMES.contains(local)) {
            try {
                return "time " + CALENDARS.newXMLGregorianCalendar(value.trim()).normalize().toXMLFormat() + "^^" + local;
            } catch (IllegalArgumentException e) {
                return quoted(value) + "^^<" + datatype + ">";
            }
        }
        if ("boolean".equals(local)) {
            return "boolean " + ("true".equals(value.trim()) || "1".equals(value.trim()));
        }
        return "string".equals(local) ? quoted(value) : quoted(value) + "^^<" + datatype + ">";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The rows with their values in the order of {@code vars}. */
    private static Rows reorder(Rows r, List<String> vars) {
        if (r.vars.equals(vars)) {
            return r;
        }
        int[] at = vars.stream().mapToInt(r.vars::indexOf).toArray();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : r.rows) {
            List<String> moved = new ArrayList<>(at.length);
            Arrays.stream(at).forEach(i -> moved.add(row.get(i)));
            rows.add(moved);
        }
        return new Rows(vars, rows);
    }

    private static Map<List<String>, Integer> counts(List<List<String>> rows) {
        Map<List<String>, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r, 1, Integer::sum));
        return counts;
    }

    /** The first row of {@code from} (in its order) that {@code other} has fewer of, written as var=value pairs. */
    private static List<String> firstMissing(List<List<String>> from, List<List<String>> other, List<String> vars) {
        Map<List<String>, Integer> left = counts(other);
        for (List<String> row : from) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                List<String> named = new ArrayList<>();
                for (int i = 0; i < vars.size(); i++) {
                    named.add("?" + vars.get(i) + "=" + (row.get(i) == null ? "unbound" : row.get(i)));
                }
                return named;
            }
        }
        return null;
    }

    /**
     * The columns (by position in {@code vars}) that the query projects from a GROUP_CONCAT, each with
     * its separator; none when the query does not parse here.
     */
    static Map<Integer, String> groupConcats(String queryText, List<String> vars) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (RuntimeException e) {
            return out;
        }
        for (Var v : query.getProjectVars()) {
            if (query.getProject().getExpr(v) instanceof ExprAggregator agg && vars.contains(v.getVarName())) {
                String separator = separator(agg.getAggregator());
                if (separator != null) {
                    out.put(vars.indexOf(v.getVarName()), separator);
                }
            }
        }
        return out;
    }

    private static String separator(Aggregator a) {
        String s = a instanceof AggGroupConcat g ? orSpace(g.getSeparator()) : a instanceof AggGroupConcatDistinct g ? orSpace(g.getSeparator()) : null;
        return s == null || s.isEmpty() ? null : s;
    }

    private static String orSpace(String separator) {
        return separator == null ? " " : separator;
    }

    /** The rows with each GROUP_CONCAT's value cut at its separator and its parts sorted. */
    private static List<List<String>> unjoin(List<List<String>> rows, Map<Integer, String> joined) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> sorted = new ArrayList<>(row);
            joined.forEach((i, separator) -> sorted.set(i, sortedParts(row.get(i), separator)));
            out.add(sorted);
        }
        return out;
    }

    private static String sortedParts(String value, String separator) {
        if (value == null || !value.startsWith("\"")) {
            return value;
        }
        int end = value.lastIndexOf('"');   // the lexical form, quoted; a language tag or datatype may follow
        UnaryOperator<String> sort = s -> String.join(separator, Arrays.stream(s.split(java.util.regex.Pattern.quote(separator), -1)).sorted().toList());
        return "\"" + sort.apply(value.substring(1, end)) + value.substring(end);
    }
}
