package org.w3id.resgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.lineage.Lineage;
import org.w3id.resgraph.lineage.Timeline;
import org.w3id.resgraph.store.Store;

/** {@code resgraph lineage}: the series of a resolution as a timeline. */
final class LineageCommand implements Command {
    private static final List<String> FORMATS = List.of("text", "json", "dot", "svg");

    @Override
    public String name() {
        return "lineage";
    }

    @Override
    public String summary() {
        return "Show the series of a resolution as a timeline: every member with its date, what it recalls and is recalled by";
    }

    @Override
    public String arguments() {
        return "SYMBOL";
    }

    @Override
    public String help() {
        return """
                The series comes from the texts ("its resolutions … on <title>", "其关于<title>的…决议"); its
                members are the resolutions of the database and those they cite, in order of adoption. An
                unknown symbol gets the closest ones the database knows.

                Examples:
                  resgraph lineage --db db A/RES/59/249
                  resgraph lineage --db db --format json A/RES/59/249
                  resgraph lineage --db db --format svg A/RES/59/249 > lineage.svg
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(Option.builder().longOpt("format").hasArg().argName("F")
                .desc("text (default), json, dot (Graphviz) or svg (drawn by Graphviz when installed, else by resgraph)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give one resolution SYMBOL, such as A/RES/59/249");
        }
        String format = line.getOptionValue("format", "text");
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format must be text, json, dot or svg, not '" + format + "'");
        }
        String symbol = Symbols.canonical(line.getArgList().get(0));
        Dataset ds = Store.open(OptionValues.db(line.getOptionValue("db"), false));
        try {
            return Txn.calculateRead(ds, () -> {
                if (!Lineage.known(ds, symbol)) {
                    console.err().println("resgraph lineage: no resolution " + symbol + " in the database; the closest: "
                            + String.join(", ", Lineage.closest(ds, symbol, 5)));
                    return 1;
                }
                List<Lineage.Series> series = Lineage.of(ds, symbol);
                switch (format) {
                    case "json" -> console.out().println(JSON.toString(json(symbol, series)));
                    case "dot" -> console.out().print(Timeline.dot(symbol, series));
                    case "svg" -> console.out().print(svg(symbol, series));
                    default -> text(symbol, series, console);
                }
                return 0;
            });
        } finally {
            ds.close();
        }
    }

    /** Graphviz's drawing when {@code dot} is on the PATH, else resgraph's own. */
    private static String svg(String symbol, List<Lineage.Series> series) {
        try {
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(Timeline.dot(symbol, series).getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("<svg")) {
                return out;
            }
        } catch (IOException e) {
            // no Graphviz here: draw it ourselves
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Timeline.svg(symbol, series);
    }

    private static void text(String symbol, List<Lineage.Series> series, Console console) {
        if (series.isEmpty()) {
            console.out().println(symbol + " belongs to no series the texts name.");
        }
        for (Lineage.Series s : series) {
            console.out().println("Series: " + String.join(" / ", s.labels()) + "  <" + s.iri() + ">");
            for (Lineage.Member m : s.members()) {
                console.out().printf("  %-10s  %-18s  recalls %3d, recalled by %3d%s%s%s%n",
                        m.adopted() == null ? "(no date)" : m.adopted(), m.symbol(), m.recalls(), m.recalledBy(),
                        m.added() >= 0 ? "; since the one before: +" + m.added() + " -" + m.dropped() + " references" : "",
                        m.inCorpus() ? "" : "  (cited only)", m.symbol().equals(symbol) ? "  <- this one" : "");
                if (m.step() != null) {
                    for (String a : m.step().added()) {
                        console.out().println("        + " + a);
                    }
                    for (String d : m.step().dropped()) {
                        console.out().println("        - " + d);
                    }
                    for (Lineage.VerbChange c : m.step().changes()) {
                        console.out().println("        ~ " + c.cited() + ": " + String.join(", ", c.before()) + " -> "
                                + String.join(", ", c.after()));
                    }
                }
            }
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonObject json(String symbol, List<Lineage.Series> series) {
        JsonObject root = new JsonObject();
        root.put("symbol", symbol);
        JsonArray all = new JsonArray();
        for (Lineage.Series s : series) {
            JsonObject o = new JsonObject();
            o.put("series", s.iri());
            JsonArray labels = new JsonArray();
            s.labels().forEach(labels::add);
            o.put("labels", labels);
            JsonArray members = new JsonArray();
            for (Lineage.Member m : s.members()) {
                JsonObject j = new JsonObject();
                j.put("symbol", m.symbol());
                if (m.adopted() != null) {
                    j.put("date", m.adopted().toString());
                }
                if (m.title() != null) {
                    j.put("title", m.title());
                }
                j.put("inCorpus", m.inCorpus());
                j.put("recalls", m.recalls());
                j.put("recalledBy", m.recalledBy());
                if (m.step() != null) {
                    j.put("added", strings(m.step().added()));
                    j.put("dropped", strings(m.step().dropped()));
                    j.put("kept", m.step().kept());
                    JsonArray changes = new JsonArray();
                    for (Lineage.VerbChange c : m.step().changes()) {
                        JsonObject change = new JsonObject();
                        change.put("cited", c.cited());
                        change.put("before", strings(c.before()));
                        change.put("after", strings(c.after()));
                        changes.add(change);
                    }
                    j.put("verbChanges", changes);
                }
                members.add(j);
            }
            o.put("members", members);
            all.add(o);
        }
        root.put("series", all);
        return root;
    }
}
