package org.w3id.resgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.read.AknHead;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;

/**
 * The inputs a command names: files, folders (every file in them, recursively, in name order, hidden
 * files skipped) and {@code -} for standard input. A name that does not exist is a failure of its own;
 * the other inputs are still read.
 *
 * <p>A clone of the UN's repository of Council documents (UNxml/SCresolutions) holds, beside the AKN4UN
 * texts, files that are no texts resgraph reads and are expected there: German versions (German is not
 * a UN official language), its {@code data_extract/} JSON and stray {@code test} files. {@link #list}
 * sets them apart by {@link Skip kind}, so that a command says once per kind how many it left out
 * ({@link Listing#summary()}) instead of failing on each; they are not failures.
 *
 * <pre>{@code
 * Inputs.Listing l = Inputs.list(List.of("SCresolutions/"), System.in, problems);
 * ... read l.inputs() ...
 * l.summary().forEach(line -> err.println("resgraph load: " + line));   // "342 German versions skipped (…)"
 * }</pre>
 */
public final class Inputs {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.inputs");

    /** Files that are no texts to read, left out by kind; never counted as failures. */
    public enum Skip {
        GERMAN("German version", "German versions", "German is not a UN language"),
        JSON("JSON file", "JSON files", "not AKN4UN"),
        TEST("stray test file", "stray test files", "not AKN4UN");

        private final String one, many, reason;

        Skip(String one, String many, String reason) {
            this.one = one;
            this.many = many;
            this.reason = reason;
        }

        /** {@code 342 German versions skipped (German is not a UN language)}. */
        public String summary(int count) {
            return count + " " + (count == 1 ? one : many) + " skipped (" + reason + ")";
        }
    }

    /** The inputs to read, and the files left out, by kind, in the order met. */
    public record Listing(List<Input> inputs, Map<Skip, List<String>> skipped) {
        public Listing {
            inputs = List.copyOf(inputs);
            Map<Skip, List<String>> copy = new EnumMap<>(Skip.class);
            skipped.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            skipped = Collections.unmodifiableMap(copy);
        }

        /** One line per kind of file left out: {@code 12 JSON files skipped (not AKN4UN)}. */
        public List<String> summary() {
            return skipped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey().summary(e.getValue().size())).toList();
        }
    }
    /** An input to read later: a file, or standard input. */
    public interface Input {
        String name();

        SourceFile open() throws ReadException;

        /** Its size in bytes before it is read, or -1 when that cannot be known (standard input). */
        default long size() {
            return -1;
        }
    }

    private Inputs() {}

    /**
     * The inputs, with the files that are no texts to read left out; the summary of those goes to the
     * log at once. Commands that print their own summary at the end use {@link #list}.
     */
    public static List<Input> expand(List<String> names, InputStream stdin, List<String> problems) {
        Listing listing = list(names, stdin, problems);
        listing.summary().forEach(LOG::info);
        return listing.inputs();
    }

    /** The inputs the names give, and the files among them left out by kind ({@link Skip}). */
    public static Listing list(List<String> names, InputStream stdin, List<String> problems) {
        List<Input> out = new ArrayList<>();
        Map<Skip, List<String>> skipped = new EnumMap<>(Skip.class);
        BiConsumer<Path, Boolean> add = (f, inFolder) -> {
            Optional<Skip> skip = skip(f, inFolder);
            if (skip.isPresent()) {
                skipped.computeIfAbsent(skip.get(), k -> new ArrayList<>()).add(f.toString());
            } else if (!inFolder || !rdfOutput(f)) {
                out.add(new FileInput(f));
            }
        };
        for (String name : names) {
            if (name.equals("-")) {
                out.add(new StdIn(stdin));
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                // a folder given through a symbolic link is walked where it really is, its files named under the name given
                try (Stream<Path> files = Files.walk(p.toRealPath())) {
                    Path real = p.toRealPath();
                    files.map(f -> p.resolve(real.relativize(f)))
                            .filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f)))
                            .filter(f -> !folderDocumentation(f))
                            .sorted()
                            .forEach(f -> add.accept(f, true));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(name + ": cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                add.accept(p, false);
            } else {
                problems.add(name + ": no such file or folder");
            }
        }
        return new Listing(out, skipped);
    }

    /**
     * Whether a file is one a clone of the UN's repository holds that is no text to read: an AKN4UN
     * German version (told by its FRBRlanguage, wherever it is filed), and in a folder JSON (resgraph
     * reads none) or a stray file named {@code test} that is not AKN4UN. A file named on its own is
     * read whatever its name: {@code evaluate} takes a {@code .json} so named as RDF (JSON-LD).
     */
    public static Optional<Skip> skip(Path file, boolean inFolder) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (inFolder && (name.endsWith(".json") || name.endsWith(".jsonl"))) {
            return Optional.of(Skip.JSON);
        }
        boolean test = inFolder && (name.equals("test") || name.startsWith("test."));
        if (!test && !name.endsWith(".xml")) {
            return Optional.empty();
        }
        Optional<AknHead> head = AknHead.of(head(file));
        if (head.isEmpty()) {
            return test ? Optional.of(Skip.TEST) : Optional.empty();
        }
        return head.get().isGerman() ? Optional.of(Skip.GERMAN) : Optional.empty();
    }

    /** The first {@link AknHead#ENOUGH} bytes as UTF-8 text; empty when unreadable (reading it later says why). */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(AknHead.ENOUGH);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Failure lines as a command prints them: one per input, {@code suffix} added, except that a reason
     * shared by {@code atLeast} inputs or more (every French version, while French has no extractor) is
     * one line with the count and the first of them. Reasons count as the same whatever their numbers
     * (line and column); numbers that differ within a group are shown as {@code …}.
     *
     * @param failures {@code NAME: reason} lines
     * @param names    the names of the inputs, which the failures start with
     */
    public static List<String> grouped(List<String> failures, Collection<String> names, int atLeast, String suffix) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new HashMap<>();
        Set<String> known = new HashSet<>(names);
        for (String f : failures) {
            String reason = reasonOf(f, known);
            String key = reason == null ? "\u0000" + f : reason.replaceAll("\\d+", "#");
            byReason.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(reason);
        }
        List<String> lines = new ArrayList<>();
        byReason.forEach((key, group) -> {
            Set<String> alike = reasons.get(key);
            String reason = alike.iterator().next();
            if (group.size() < atLeast || reason == null) {
                group.forEach(f -> lines.add(f + suffix));
            } else {
                String first = group.get(0).substring(0, group.get(0).length() - reason.length() - 2);
                String shown = alike.size() == 1 ? reason : key.replace("#", "…");
                lines.add(group.size() + " inputs: " + shown + " (" + first + " and " + (group.size() - 1)
                        + " more; --verbose names each)");
            }
        });
        return lines;
    }

    /** What follows {@code NAME: } in a failure, for the longest input name it starts with; null when none. */
    private static String reasonOf(String failure, Set<String> names) {
        int at = failure.indexOf(": ");
        String reason = null;
        while (at >= 0) {
            if (names.contains(failure.substring(0, at))) {
                reason = failure.substring(at + 2);
            }
            at = failure.indexOf(": ", at + 1);
        }
        return reason;
    }

    /**
     * Whether a file in a folder is RDF that resgraph may have written there (an earlier
     * {@code extract -o corpus/out.ttl}); such files are not resolution texts. XML is kept: the UN
     * publishes resolutions as XML.
     */
    private static boolean rdfOutput(Path file) {
        String name = file.getFileName().toString();
        return !name.toLowerCase(Locale.ROOT).endsWith(".xml") && OutputFormat.byFileName(name).isPresent();
    }

    /** Whether a file in a folder documents the folder (README, LICENSE) rather than being a text of it. */
    private static boolean folderDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("LICENCE");
    }

    /** Whether any part of a path below a named folder is hidden (.git, .cache, .DS_Store). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private record FileInput(Path path) implements Input {
        public String name() {
            return path.toString();
        }

        public SourceFile open() throws ReadException {
            return SourceFile.of(path);
        }

        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;   // open() names the problem
            }
        }
    }

    private record StdIn(InputStream in) implements Input {
        public String name() {
            return "<stdin>";
        }

        public SourceFile open() throws ReadException {
            return SourceFile.of(name(), in);
        }
    }
}
