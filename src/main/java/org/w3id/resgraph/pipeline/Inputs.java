package org.w3id.resgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;

/**
 * The inputs a command names: files, folders (every file in them, recursively, in name order, hidden
 * files skipped) and {@code -} for standard input. A name that does not exist is a failure of its own;
 * the other inputs are still read.
 */
public final class Inputs {
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

    public static List<Input> expand(List<String> names, InputStream stdin, List<String> problems) {
        List<Input> out = new ArrayList<>();
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
                            .filter(f -> !rdfOutput(f) && !folderDocumentation(f))
                            .sorted()
                            .forEach(f -> out.add(new FileInput(f)));
                } catch (IOException e) {
                    problems.add(name + ": cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new FileInput(p));
            } else {
                problems.add(name + ": no such file or folder");
            }
        }
        return out;
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
