package org.w3id.resgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tuples {@link SortedIndexes} writes into each index: every order gives each tuple once, sorted
 * as signed longs column by column, the same whether the tuples stayed in memory or spilled to disk
 * in chunks, and nothing spilled is left behind.
 */
class TupleRunsTest {
    private static final Comparator<long[]> LEX = Arrays::compare;

    /** Tuples shaped like a load's: graphs in blocks, a few predicates, repeated tuples, extreme values. */
    private static List<long[]> tuples(int n, int width, long seed) {
        Random r = new Random(seed);
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] t = new long[width];
            t[0] = i / 97 - 40;
            for (int j = 1; j < width; j++) {
                t[j] = switch (r.nextInt(10)) {
                    case 0 -> Long.MIN_VALUE + r.nextInt(3);
                    case 1 -> Long.MAX_VALUE - r.nextInt(3);
                    case 2, 3 -> r.nextInt(7) - 3;
                    default -> r.nextLong();
                };
            }
            out.add(t);
            if (r.nextInt(5) == 0) {
                out.add(t.clone());   // the same quad from two documents
            }
        }
        return out;
    }

    private static List<long[]> expected(List<long[]> tuples, int[] columns) {
        TreeSet<long[]> set = new TreeSet<>(LEX);
        for (long[] t : tuples) {
            long[] m = new long[columns.length];
            for (int j = 0; j < columns.length; j++) {
                m[j] = t[columns[j]];
            }
            set.add(m);
        }
        return new ArrayList<>(set);
    }

    private static List<long[]> read(TupleRuns runs, int[] columns) {
        List<long[]> out = new ArrayList<>();
        try (TupleRuns.Cursor c = runs.sorted(columns)) {
            while (c.next()) {
                out.add(c.tuple().clone());
            }
        }
        return out;
    }

    private static void assertSameTuples(List<long[]> want, List<long[]> got, String what) {
        assertEquals(want.size(), got.size(), what + ": tuples");
        for (int i = 0; i < want.size(); i++) {
            assertEquals(Arrays.toString(want.get(i)), Arrays.toString(got.get(i)), what + ": tuple " + i);
        }
    }

    private static void check(int width, int n, int capacity, Path dir) throws IOException {
        List<long[]> tuples = tuples(n, width, 7L * n + width);
        List<int[]> orders = width == 4
                ? List.of(new int[] {0, 1, 2, 3}, new int[] {0, 2, 3, 1}, new int[] {0, 3, 1, 2}, new int[] {2, 3, 1, 0},
                        new int[] {3, 1, 2, 0}, new int[] {1, 2, 3, 0})
                : List.of(new int[] {0, 1, 2}, new int[] {1, 2, 0}, new int[] {2, 0, 1});
        try (TupleRuns runs = new TupleRuns(width, capacity, dir, "t")) {
            for (long[] t : tuples) {
                if (width == 4) {
                    runs.add(t[0], t[1], t[2], t[3]);
                } else {
                    runs.add(t[0], t[1], t[2]);
                }
            }
            assertEquals(tuples.size(), runs.added());
            for (int[] order : orders) {
                assertSameTuples(expected(tuples, order), read(runs, order), "order " + Arrays.toString(order) + ", capacity " + capacity);
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "files left behind");
        }
    }

    @Test
    void tuplesThatFitInMemoryComeOutSortedAndEachOnceInEveryOrder(@TempDir Path dir) throws IOException {
        check(4, 60_000, 1 << 20, dir);
        check(3, 5_000, 1 << 20, dir);
    }

    @Test
    void tuplesSpilledInChunksComeOutTheSameAsInMemory(@TempDir Path dir) throws IOException {
        // 7 full chunks and a part one; a chunk's tuples are not a whole number of read buffers
        check(4, 20_000, 3_001, dir);
        check(3, 20_000, 2_999, dir);
    }

    @Test
    void noTuplesGiveNone(@TempDir Path dir) {
        try (TupleRuns runs = new TupleRuns(4, 10, dir, "t")) {
            assertEquals(List.of(), read(runs, new int[] {3, 2, 1, 0}));
        }
    }

    @Test
    void anOrderThatIsNotOfTheColumnsIsRefused(@TempDir Path dir) {
        try (TupleRuns runs = new TupleRuns(3, 10, dir, "t")) {
            runs.add(1, 2, 3);
            assertThrows(IllegalArgumentException.class, () -> runs.sorted(new int[] {0, 1, 2, 3}));
            assertThrows(IllegalArgumentException.class, () -> runs.sorted(new int[] {0, 0, 1}));
        }
    }

    @Test
    void aLargeArraySortsLikeTheLibrarySortOnOneColumn() {
        // long runs of equal first columns, and more tuples than one thread sorts alone
        int n = 300_000;
        long[] a = new long[2 * n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            a[2 * i] = r.nextInt(5);
            a[2 * i + 1] = r.nextLong();
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = a[2 * i + 1];
        }
        new TupleRuns.Sort(a, 2, 0, n).compute();
        for (int i = 1; i < n; i++) {
            assertEquals(true, TupleRuns.compare(a, 2 * (i - 1), a, 2 * i, 2) <= 0, "out of order at " + i);
        }
        long[] seconds = new long[n];
        for (int i = 0; i < n; i++) {
            seconds[i] = a[2 * i + 1];
        }
        Arrays.sort(keys);
        Arrays.sort(seconds);
        assertEquals(Arrays.toString(keys), Arrays.toString(seconds), "the tuples themselves are kept");
    }
}
