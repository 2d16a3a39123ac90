package org.w3id.resgraph.lineage;

import java.util.List;

/**
 * A series drawn as a timeline: Graphviz DOT (members left to right in order of adoption, the chosen
 * one highlighted), and a self-contained SVG the project writes itself, for machines without
 * Graphviz. Every text from the data is escaped.
 */
public final class Timeline {
    private static final int STEP = 170, HEIGHT = 190, TOP = 70;

    private Timeline() {}

    public static String dot(String symbol, List<Lineage.Series> series) {
        StringBuilder b = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        int n = 0;
        for (Lineage.Series s : series) {
            b.append("  subgraph cluster_").append(n++).append(" {\n    label=\"").append(dotEscape(String.join(" / ", s.labels())))
                    .append("\";\n");
            String previous = null;
            for (Lineage.Member m : s.members()) {
                String id = "\"" + dotEscape(s.iri() + "|" + m.symbol()) + "\"";
                b.append("    ").append(id).append(" [label=\"").append(dotEscape(m.symbol())).append("\\n")
                        .append(m.adopted() == null ? "" : m.adopted()).append(m.added() >= 0 ? "\\n+" + m.added() + " -" + m.dropped() : "")
                        .append("\"").append(m.symbol().equals(symbol) ? ", style=\"rounded,bold,filled\", fillcolor=\"#ffe9a8\"" : "")
                        .append(m.inCorpus() ? "" : ", color=gray50, fontcolor=gray30").append("];\n");
                if (previous != null) {
                    b.append("    ").append(previous).append(" -> ").append(id).append(";\n");
                }
                previous = id;
            }
            b.append("  }\n");
        }
        return b.append("}\n").toString();
    }

    /** The timeline as SVG: one row per series, a circle per member, its symbol and date below. */
    public static String svg(String symbol, List<Lineage.Series> series) {
        int width = Math.max(400, 80 + STEP * series.stream().mapToInt(s -> s.members().size()).max().orElse(1));
        int height = Math.max(HEIGHT, HEIGHT * series.size());
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int row = 0;
        for (Lineage.Series s : series) {
            int y = TOP + row++ * HEIGHT;
            b.append("<text x=\"20\" y=\"").append(y - 40).append("\" font-size=\"16\" font-weight=\"bold\">")
                    .append(xml(String.join(" / ", s.labels()))).append("</text>\n");
            int last = 60 + STEP * (s.members().size() - 1);
            b.append("<line x1=\"60\" y1=\"").append(y).append("\" x2=\"").append(last).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#888\" stroke-width=\"2\"/>\n");
            int i = 0;
            for (Lineage.Member m : s.members()) {
                int x = 60 + STEP * i++;
                boolean chosen = m.symbol().equals(symbol);
                b.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"").append(chosen ? 11 : 8)
                        .append("\" fill=\"").append(chosen ? "#e8a400" : m.inCorpus() ? "#1f5fa8" : "#bbb").append("\"/>\n");
                b.append("<text x=\"").append(x).append("\" y=\"").append(y + 30).append("\" text-anchor=\"middle\"")
                        .append(chosen ? " font-weight=\"bold\"" : "").append(">").append(xml(m.symbol())).append("</text>\n");
                b.append("<text x=\"").append(x).append("\" y=\"").append(y + 48).append("\" text-anchor=\"middle\" fill=\"#555\">")
                        .append(m.adopted() == null ? "" : m.adopted()).append("</text>\n");
                if (m.added() >= 0) {
                    b.append("<text x=\"").append(x).append("\" y=\"").append(y + 66).append("\" text-anchor=\"middle\" fill=\"#555\">+")
                            .append(m.added()).append(" −").append(m.dropped()).append("</text>\n");
                }
            }
        }
        return b.append("</svg>\n").toString();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String dotEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
