package org.w3id.resgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No two packages of resgraph depend on each other, directly or through others. A package is every
 * folder of {@code src/main/java} with its own {@code package} line (so {@code extract.en} is one apart
 * from {@code extract}); it depends on another when one of its files imports a class (or a static
 * member) of it. A cycle is a strongly connected component of that graph with more than one package;
 * the test names each, with the files whose imports close it.
 */
class PackageCyclesTest {
    private static final String ROOT = "org.w3id.resgraph";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Path sources = Path.of(System.getProperty("resgraph.home", ".")).resolve("src/main/java");
        Map<String, Map<String, Set<String>>> dependencies = dependencies(sources);
        assertTrue(dependencies.size() > 10, "the packages of " + sources + " are read: " + dependencies.keySet());
        List<Set<String>> cycles = cycles(edges(dependencies));
        StringBuilder message = new StringBuilder();
        for (Set<String> cycle : cycles) {
            message.append("\ncycle between ").append(String.join(", ", shortNames(cycle))).append(':');
            for (String from : cycle) {
                dependencies.get(from).forEach((to, files) -> {
                    if (cycle.contains(to)) {
                        message.append("\n  ").append(shortName(from)).append(" -> ").append(shortName(to))
                                .append(" (").append(String.join(", ", files)).append(')');
                    }
                });
            }
        }
        assertTrue(cycles.isEmpty(), "packages of resgraph depend on each other:" + message);
    }

    /** The cycle finder finds what a made-up graph holds, and only that. */
    @Test
    void findsTheCyclesOfAMadeUpGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("cli", Set.of("a", "d", "solo"));
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c", "text"));
        graph.put("c", Set.of("a"));             // a -> b -> c -> a, through two others
        graph.put("d", Set.of("d.en", "text"));
        graph.put("d.en", Set.of("d"));          // a package and its sub-package, directly
        graph.put("solo", Set.of("solo"));       // a package using itself is no cycle
        graph.put("text", Set.of());
        assertEquals(List.of(Set.of("a", "b", "c"), Set.of("d", "d.en")), cycles(graph));

        graph.put("text", Set.of("cli"));        // now everything goes round through cli, but "solo"
        assertEquals(List.of(Set.of("a", "b", "c", "cli", "d", "d.en", "text")), cycles(graph));

        Map<String, Set<String>> layered = Map.of("cli", Set.of("rdf", "vocab"), "rdf", Set.of("vocab", "text"),
                "vocab", Set.of(), "text", Set.of());
        assertEquals(List.of(), cycles(layered));
    }

    /** Which package an import line names, when it is one of resgraph's. */
    @Test
    void readsThePackageAnImportNames() {
        assertEquals(Optional.of("org.w3id.resgraph.vocab"), imported("import org.w3id.resgraph.vocab.Vocab;"));
        assertEquals(Optional.of("org.w3id.resgraph.rdf"), imported("import static org.w3id.resgraph.rdf.GraphWriter.iri;"));
        assertEquals(Optional.of("org.w3id.resgraph.rdf"), imported("import org.w3id.resgraph.rdf.ResolutionMapper.DocumentGraph;"));
        assertEquals(Optional.of("org.w3id.resgraph.extract.zh"), imported("import org.w3id.resgraph.extract.zh.ChinesePatterns;"));
        assertEquals(Optional.of("org.w3id.resgraph.extract.en"), imported("import org.w3id.resgraph.extract.en.*;"));
        assertEquals(Optional.of("org.w3id.resgraph.rdf"), imported("import static org.w3id.resgraph.rdf.Vocab.*;"));
        assertFalse(imported("import org.apache.jena.graph.Node;").isPresent());
        assertFalse(imported("import org.w3id.resgraphs.Other;").isPresent());
        assertFalse(imported(" * import org.w3id.resgraph.rdf.Vocab; in a comment").isPresent());
    }

    /**
     * Every package of the source tree, with the packages of resgraph its files import and, for each,
     * which of its files do (file names relative to the tree).
     */
    static Map<String, Map<String, Set<String>>> dependencies(Path sources) throws IOException {
        Map<String, Map<String, Set<String>>> deps = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = PACKAGE.matcher(text);
            if (!m.find()) {
                continue;   // the default package: none in resgraph
            }
            Map<String, Set<String>> from = deps.computeIfAbsent(m.group(1), k -> new TreeMap<>());
            for (String line : text.split("\n")) {
                Optional<String> to = imported(line);
                if (to.isPresent() && !to.get().equals(m.group(1))) {
                    from.computeIfAbsent(to.get(), k -> new TreeSet<>()).add(sources.relativize(f).toString());
                }
            }
        }
        return deps;
    }

    /**
     * The package an import line names when it is one of resgraph's: its leading names up to the
     * first that starts with a capital (a class) or is {@code *}.
     */
    static Optional<String> imported(String line) {
        Matcher m = IMPORT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            if (part.equals("*") || Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        String pkg = String.join(".", parts);
        return pkg.equals(ROOT) || pkg.startsWith(ROOT + ".") ? Optional.of(pkg) : Optional.empty();
    }

    private static Map<String, Set<String>> edges(Map<String, Map<String, Set<String>>> dependencies) {
        Map<String, Set<String>> edges = new TreeMap<>();
        dependencies.forEach((from, to) -> edges.put(from, to.keySet()));
        return edges;
    }

    /**
     * The cycles of a directed graph: its strongly connected components of more than one node (a
     * node's edge to itself is none), each sorted, in the order of their least node. Tarjan's algorithm.
     */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Tarjan t = new Tarjan(graph);
        new TreeSet<>(graph.keySet()).forEach(n -> {
            if (!t.index.containsKey(n)) {
                t.visit(n);
            }
        });
        return t.components.stream().filter(c -> c.size() > 1).sorted((a, b) -> a.first().compareTo(b.first()))
                .map(c -> (Set<String>) c).toList();
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<TreeSet<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        // Recursive: a graph of packages is a few dozen nodes deep at most.
        void visit(String n) {
            index.put(n, index.size());
            low.put(n, index.get(n));
            stack.add(n);
            onStack.add(n);
            for (String m : new TreeSet<>(graph.getOrDefault(n, Set.of()))) {
                if (!index.containsKey(m)) {
                    visit(m);
                    low.put(n, Math.min(low.get(n), low.get(m)));
                } else if (onStack.contains(m)) {
                    low.put(n, Math.min(low.get(n), index.get(m)));
                }
            }
            if (low.get(n).equals(index.get(n))) {
                TreeSet<String> component = new TreeSet<>();
                String m;
                do {
                    m = stack.remove(stack.size() - 1);
                    onStack.remove(m);
                    component.add(m);
                } while (!m.equals(n));
                components.add(component);
            }
        }
    }

    private static String shortName(String pkg) {
        return pkg.equals(ROOT) ? pkg : pkg.substring(ROOT.length() + 1);
    }

    private static List<String> shortNames(Set<String> pkgs) {
        return pkgs.stream().map(PackageCyclesTest::shortName).toList();
    }
}
