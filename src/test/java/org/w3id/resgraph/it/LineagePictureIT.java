package org.w3id.resgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lineage picture as a researcher opens it: {@code ./resgraph lineage --format svg} on a database
 * of the seed, rendered by headless Chromium, whose page holds every member of the series; a
 * screenshot is taken too.
 */
@Timeout(300)
class LineagePictureIT {
    private static final Path HOME = Commands.HOME;
    private static final Path OUT = HOME.resolve("target/it/lineage");

    private static String run(String... command) throws Exception {
        return Commands.run(false, command);
    }

    @Test
    void chromiumShowsEveryMemberOfTheSeriesOf59249() throws Exception {
        Files.createDirectories(OUT);
        Path db = OUT.resolve("db");
        if (!Files.exists(db)) {
            run("./resgraph", "load", "-q", "--db", db.toString(), "corpus/seed");
        }
        Path svg = Files.writeString(OUT.resolve("59-249.svg"),
                run("./resgraph", "lineage", "--db", db.toString(), "--format", "svg", "A/RES/59/249"));
        String dom = run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", svg.toUri().toString());
        for (String member : List.of("A/RES/46/151", "A/RES/49/108", "A/RES/51/170", "A/RES/53/177", "A/RES/55/187",
                "A/RES/57/243", "A/RES/59/249")) {
            assertTrue(dom.contains(member), member + " is not in the page Chromium rendered");
        }
        Path png = OUT.resolve("59-249.png");
        Files.deleteIfExists(png);
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,300",
                "--screenshot=" + png, svg.toUri().toString());
        assertTrue(Files.size(png) > 1000, "the screenshot is empty");
    }
}
