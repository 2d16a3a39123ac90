package org.w3id.resgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables go between their markers, on lines of their own; the prose stays as it is. */
class ReliabilityTablesTest {
    @Test
    void aTableReplacesOnlyWhatIsBetweenItsMarkers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kill.md"), "| a | b |\n|---|---|\n| 1 | 2 |\n");
        String doc = "A real load, killed with SIGKILL at random moments:\n\n<!-- table: kill.md -->\n| old |\n<!-- end of kill.md -->\n\n"
                + "The database opens afterwards.\n\n<!-- table: other.md -->\n| kept |\n<!-- end of other.md -->\n";
        List<String> updated = new ArrayList<>();
        String after = ReliabilityTables.update(doc, dir, updated);
        assertEquals(List.of("kill.md"), updated);
        assertEquals("A real load, killed with SIGKILL at random moments:\n\n<!-- table: kill.md -->\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "<!-- end of kill.md -->\n\nThe database opens afterwards.\n\n<!-- table: other.md -->\n| kept |\n<!-- end of other.md -->\n", after);
        assertEquals(after, ReliabilityTables.update(after, dir, new ArrayList<>()), "a second run changes nothing");
    }

    @Test
    void theDocumentHasNoTableInsideASentence() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("resgraph.home", ".")).resolve("RELIABILITY.md"));
        // a table row must start a line, and the line before a table is blank, a marker or another row
        String[] lines = doc.split("\n");
        for (int i = 0; i < lines.length; i++) {
            assertTrue(!lines[i].contains("| ") || lines[i].startsWith("|") || lines[i].startsWith("`") || !lines[i].matches(".*\\|.*\\|.*\\|.*"),
                    "a table spliced into line " + (i + 1) + ": " + lines[i]);
            if (lines[i].startsWith("|") && i > 0) {
                assertTrue(lines[i - 1].isEmpty() || lines[i - 1].startsWith("|") || lines[i - 1].startsWith("<!--"),
                        "a table glued to the text before it at line " + (i + 1));
            }
        }
        assertTrue(!Pattern.compile("(?m)^[A-Z]{3,}$").matcher(doc).find(), "a stray marker word on a line of its own");
    }
}
