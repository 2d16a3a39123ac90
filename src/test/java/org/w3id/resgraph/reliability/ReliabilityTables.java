package org.w3id.resgraph.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the tables the reliability tests write to {@code target/reliability/} into RELIABILITY.md
 * ({@code ./resgraph reliability}, after {@code ./resgraph test}). Each table sits in the document
 * between two marker lines of its own, with a blank line before and after it:
 *
 * <pre>
 * &lt;!-- table: kill.md --&gt;
 * | database | round | … |
 * &lt;!-- end of kill.md --&gt;
 * </pre>
 *
 * The prose around the markers is never touched, so a table cannot land inside a sentence.
 */
public final class ReliabilityTables {
    private static final Pattern BLOCK = Pattern.compile("(?m)^<!-- table: ([\\w.-]+) -->\\n(.*?)^<!-- end of \\1 -->$", Pattern.DOTALL);

    private ReliabilityTables() {}

    /** {@code document} with each marked table replaced by the file of that name under {@code tables}, where there is one. */
    static String update(String document, Path tables, List<String> updated) throws IOException {
        Matcher m = BLOCK.matcher(document);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Path table = tables.resolve(m.group(1));
            String body = m.group(2);
            if (Files.isRegularFile(table)) {
                String t = Files.readString(table, StandardCharsets.UTF_8).strip();
                if (!t.startsWith("|")) {
                    throw new IOException(table + " is not a Markdown table");
                }
                body = "\n" + t + "\n\n";
                updated.add(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<!-- table: " + m.group(1) + " -->\n" + body + "<!-- end of " + m.group(1) + " -->"));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("resgraph.home", ".")).toAbsolutePath();
        Path doc = home.resolve("RELIABILITY.md");
        List<String> updated = new ArrayList<>();
        String after = update(Files.readString(doc, StandardCharsets.UTF_8), home.resolve("target/reliability"), updated);
        Files.writeString(doc, after, StandardCharsets.UTF_8);
        System.err.println("resgraph reliability: " + (updated.isEmpty() ? "no table found under target/reliability (run ./resgraph test first)"
                : "RELIABILITY.md now holds " + String.join(", ", updated)));
    }
}
