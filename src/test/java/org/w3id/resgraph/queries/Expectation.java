package org.w3id.resgraph.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.XSD;

/**
 * What a {@code # Expect…} comment of a query file says about the query's results. Terms are
 * written as in SPARQL and read with the query's own prefixes ({@code xsd:} also when the query does
 * not declare it); a literal matches a value equal to it ({@code 6} matches the {@code xsd:integer} of a COUNT).
 */
sealed interface Expectation {
    /** Nothing when the results meet the expectation, otherwise what is wrong. */
    String check(Results results);

    /** The results of a SELECT (rows of bindings) or of an ASK (one boolean). */
    record Results(List<String> vars, List<Map<String, Node>> rows, Boolean ask, PrefixMapping prefixes) {
        String show(int max) {
            if (ask != null) {
                return "ASK: " + ask;
            }
            StringBuilder b = new StringBuilder(rows.size() + " row(s)");
            for (int i = 0; i < Math.min(max, rows.size()); i++) {
                b.append("\n  ").append(i + 1).append(':');
                for (String v : vars) {
                    Node n = rows.get(i).get(v);
                    b.append(" ?").append(v).append('=').append(n == null ? "-" : FmtUtils.stringForNode(n, prefixes));
                }
            }
            if (rows.size() > max) {
                b.append("\n  …");
            }
            return b.toString();
        }
    }

    /** {@code Expect: N rows}, {@code at least N rows}, {@code at most N rows}, {@code no rows}. */
    record RowCount(String comparison, int n) implements Expectation {
        public String check(Results r) {
            int size = r.rows().size();
            boolean ok = switch (comparison) {
                case "at least" -> size >= n;
                case "at most" -> size <= n;
                default -> size == n;
            };
            return ok ? null : "expected " + (comparison.isEmpty() ? "" : comparison + " ") + n + " rows, got " + r.show(5);
        }
    }

    /** {@code Expect: true} or {@code Expect: false}, for an ASK query. */
    record Answer(boolean expected) implements Expectation {
        public String check(Results r) {
            if (r.ask() == null) {
                return "'Expect: " + expected + "' is for ASK queries";
            }
            return r.ask() == expected ? null : "expected " + expected + ", got " + r.ask();
        }
    }

    /** {@code Expect row: ?v = t ; ?w = u}: some row binds every variable named to its term. */
    record SomeRow(Map<String, String> bindings, boolean negated) implements Expectation {
        public String check(Results r) {
            Map<String, Node> want = terms(bindings, r.prefixes());
            boolean found = r.rows().stream().anyMatch(row -> matches(row, want));
            if (found == !negated) {
                return null;
            }
            return (negated ? "a row should not have " : "no row has ") + bindings + "; got " + r.show(negated ? 5 : 15);
        }
    }

    /** {@code Expect row N: ?v = t ; …}: the N-th row (from 1) binds every variable named to its term. */
    record RowAt(int index, Map<String, String> bindings) implements Expectation {
        public String check(Results r) {
            Map<String, Node> want = terms(bindings, r.prefixes());
            if (index > r.rows().size() || !matches(r.rows().get(index - 1), want)) {
                return "row " + index + " should have " + bindings + "; got " + r.show(Math.max(index, 5));
            }
            return null;
        }
    }

    /**
     * {@code Expect order: ?v = t1 , t2 , t3}: each term is bound to {@code ?v} in some row, and the
     * first rows binding them come in this order.
     */
    record Order(String var, List<String> values) implements Expectation {
        public String check(Results r) {
            int last = -1;
            for (String value : values) {
                Node want = term(value, r.prefixes());
                int at = -1;
                for (int i = 0; i < r.rows().size(); i++) {
                    if (same(r.rows().get(i).get(var), want)) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    return "no row has ?" + var + " = " + value + "; got " + r.show(15);
                }
                if (at < last) {
                    return "?" + var + " = " + value + " comes before the value listed ahead of it; got " + r.show(15);
                }
                last = at;
            }
            return null;
        }
    }

    Pattern COUNT = Pattern.compile("(?i):\\s*(at least |at most |)(\\d+) rows?\\s*");
    Pattern ROW = Pattern.compile("(?i)(no )?row(?: (\\d+))?:\\s*(.+)");
    Pattern ORDER = Pattern.compile("(?i)order:\\s*\\?(\\w+)\\s*=\\s*(.+)");

    /** Reads what follows {@code Expect} in a comment. */
    static Expectation parse(String s) {
        s = s.strip();
        Matcher m = COUNT.matcher(s);
        if (m.matches()) {
            return new RowCount(m.group(1).strip().toLowerCase(java.util.Locale.ROOT), Integer.parseInt(m.group(2)));
        }
        if (s.matches("(?i):\\s*no rows\\s*")) {
            return new RowCount("", 0);
        }
        if (s.matches("(?i):\\s*(true|false)\\s*")) {
            return new Answer(s.toLowerCase(java.util.Locale.ROOT).contains("true"));
        }
        m = ROW.matcher(s);
        if (m.matches()) {
            Map<String, String> bindings = bindings(m.group(3));
            if (m.group(2) != null) {
                if (m.group(1) != null) {
                    throw new IllegalArgumentException("'no row N' means nothing: " + s);
                }
                return new RowAt(Integer.parseInt(m.group(2)), bindings);
            }
            return new SomeRow(bindings, m.group(1) != null);
        }
        m = ORDER.matcher(s);
        if (m.matches()) {
            return new Order(m.group(1), split(m.group(2), ','));
        }
        throw new IllegalArgumentException("not an expectation: Expect " + s);
    }

    private static Map<String, String> bindings(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : split(s, ';')) {
            Matcher m = Pattern.compile("\\?(\\w+)\\s*=\\s*(.+)").matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not '?var = term': " + part);
            }
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    /** Splits at {@code sep} outside quoted strings and IRIs. */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean iri = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(c).append(s.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (iri) {
                iri = c != '>';
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                iri = true;
            } else if (c == sep) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString().strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private static Map<String, Node> terms(Map<String, String> bindings, PrefixMapping prefixes) {
        Map<String, Node> out = new LinkedHashMap<>();
        bindings.forEach((v, t) -> out.put(v, term(t, prefixes)));
        return out;
    }

    private static Node term(String s, PrefixMapping prefixes) {
        try {
            PrefixMap map = PrefixMapFactory.create(prefixes);
            if (!map.containsPrefix("xsd")) {
                map.add("xsd", XSD.getURI());
            }
            return NodeFactoryExtra.parseNode(s, map);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an RDF term: " + s + " (" + e.getMessage() + ")", e);
        }
    }

    private static boolean matches(Map<String, Node> row, Map<String, Node> want) {
        return want.entrySet().stream().allMatch(e -> same(row.get(e.getKey()), e.getValue()));
    }

    private static boolean same(Node got, Node want) {
        return got != null && (got.equals(want) || got.isLiteral() && want.isLiteral() && got.sameValueAs(want));
    }
}
