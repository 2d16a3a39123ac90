package org.w3id.resgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixed-width tuples of longs (node ids), gathered in one array and, past its size, in a spill file,
 * then given back sorted and without duplicates, in any column order: the input of a B+tree built
 * bottom up ({@link SortedIndexes}).
 *
 * <p>Values are compared as signed longs; {@link SortedIndexes} stores node ids with their top bit
 * flipped so that this order is TDB2's (keys compared as unsigned bytes). Memory is one array,
 * reused: a corpus that fits is reordered and sorted in place for each index; one that does not is
 * written to the spill file a chunk at a time, and each index then reads the chunks back, sorts each
 * into a run and merges the runs. Runs are deleted as soon as they are merged, the spill file on
 * {@link #close}.
 */
final class TupleRuns implements AutoCloseable {
    private static final int IO_BYTES = 1 << 20;
    /** Ranges smaller than this are sorted by insertion; larger ones split between threads. */
    private static final int SMALL = 24;
    private static final int FORK = 1 << 15;

    private final int width;
    private final int capacity;
    private long[] data;
    private final Path dir;
    private final String name;
    private int count;
    /** The column order of {@link #data}'s tuples: order[j] is the input column now at j. */
    private int[] order;
    private boolean deduplicated;
    private Path spill;
    private FileChannel spillOut;
    private final List<Integer> chunks = new ArrayList<>();
    private long total;

    /**
     * @param width columns per tuple
     * @param capacity tuples held in memory at once
     * @param dir where the spill file and the runs go, if they are needed
     * @param name a name for those files
     */
    TupleRuns(int width, int capacity, Path dir, String name) {
        this.width = width;
        this.capacity = Math.max(capacity, 2);
        Math.multiplyExact(width, this.capacity);
        this.data = new long[width * Math.min(this.capacity, 1 << 14)];
        this.dir = dir;
        this.name = name;
        this.order = identity(width);
    }

    /** Tuples added so far, duplicates included. */
    long added() {
        return total;
    }

    void add(long a, long b, long c) {
        int i = slot();
        data[i] = a;
        data[i + 1] = b;
        data[i + 2] = c;
    }

    void add(long a, long b, long c, long d) {
        int i = slot();
        data[i] = a;
        data[i + 1] = b;
        data[i + 2] = c;
        data[i + 3] = d;
    }

    private int slot() {
        if ((count + 1) * width > data.length) {
            if (data.length < capacity * width) {
                // grow up to the capacity before spilling
                data = Arrays.copyOf(data, (int) Math.min((long) capacity * width, 2L * data.length));
            } else {
                spill();
            }
        }
        total++;
        return width * count++;
    }

    /** Writes the tuples in memory to the end of the spill file, as one chunk. */
    private void spill() {
        try {
            if (spillOut == null) {
                Files.createDirectories(dir);
                spill = Files.createTempFile(dir, name + "-", ".tuples");
                spillOut = FileChannel.open(spill, StandardOpenOption.WRITE);
            }
            write(spillOut, data, count * width);
            chunks.add(count);
            count = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tuples to spill to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tuples, each once, with their columns in {@code columns} order (columns[j] is the input
     * column to put at j), sorted. Can be asked again for another order once the cursor is closed.
     */
    Cursor sorted(int[] columns) {
        boolean[] seen = new boolean[width];
        for (int c : columns) {
            if (columns.length != width || c < 0 || c >= width || seen[c]) {
                throw new IllegalArgumentException("not an order of the " + width + " columns: " + Arrays.toString(columns));
            }
            seen[c] = true;
        }
        if (chunks.isEmpty()) {
            reorder(columns);
            sortInMemory();
            if (!deduplicated) {
                count = dedup(data, count, width);
                deduplicated = true;
            }
            return new Cursor() {
                private int i = -1;
                private final long[] out = new long[width];

                @Override
                public boolean next() {
                    if (i + 1 >= count) {
                        return false;
                    }
                    i++;
                    System.arraycopy(data, i * width, out, 0, width);
                    return true;
                }

                @Override
                public long[] tuple() {
                    return out;
                }

                @Override
                public void close() {}
            };
        }
        if (count > 0) {
            spill();
        }
        List<Path> runs = new ArrayList<>();
        try {
            try (FileChannel in = FileChannel.open(spill, StandardOpenOption.READ)) {
                for (int size : chunks) {
                    read(in, data, size * width);
                    count = size;
                    order = identity(width);
                    reorder(columns);
                    sortInMemory();
                    count = dedup(data, count, width);
                    Path run = Files.createTempFile(dir, name + "-run-", ".tuples");
                    runs.add(run);
                    try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
                        write(out, data, count * width);
                    }
                }
            }
            count = 0;
            return new Merge(runs, width);
        } catch (IOException | RuntimeException e) {
            delete(runs);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot sort the spilled tuples in " + dir + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Sorted tuples, one at a time; {@link #tuple} is reused between calls. */
    interface Cursor extends AutoCloseable {
        boolean next();

        long[] tuple();

        @Override
        void close();
    }

    private static void delete(List<Path> runs) {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a temporary file in the caller's temporary directory, which it removes
            }
        }
    }

    /** The runs merged, each tuple once; closing deletes them. */
    private static final class Merge implements Cursor {
        private final List<Path> paths;
        private final List<Run> open = new ArrayList<>();
        private final PriorityQueue<Run> heap;
        private final int width;
        private final long[] out;
        private boolean any;

        Merge(List<Path> paths, int width) throws IOException {
            this.paths = paths;
            this.width = width;
            this.out = new long[width];
            this.heap = new PriorityQueue<>((x, y) -> compare(x.tuple, 0, y.tuple, 0, width));
            try {
                for (Path p : paths) {
                    Run r = new Run(FileChannel.open(p, StandardOpenOption.READ), width);
                    open.add(r);
                    if (r.next()) {
                        heap.add(r);
                    }
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean next() {
            try {
                while (!heap.isEmpty()) {
                    Run r = heap.poll();
                    boolean fresh = !any || compare(out, 0, r.tuple, 0, width) != 0;
                    if (fresh) {
                        System.arraycopy(r.tuple, 0, out, 0, width);
                        any = true;
                    }
                    if (r.next()) {
                        heap.add(r);
                    }
                    if (fresh) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sorted run: " + e.getMessage(), e);
            }
        }

        @Override
        public long[] tuple() {
            return out;
        }

        @Override
        public void close() {
            for (Run r : open) {
                try {
                    r.in.close();
                } catch (IOException ignored) {
                    // deleted next
                }
            }
            delete(paths);
        }
    }

    /** A sorted run read back a buffer at a time. */
    private static final class Run {
        final FileChannel in;
        final long[] tuple;
        final ByteBuffer buffer = ByteBuffer.allocateDirect(IO_BYTES);
        final LongBuffer longs = buffer.asLongBuffer();

        Run(FileChannel in, int width) {
            this.in = in;
            this.tuple = new long[width];
            longs.limit(0);
        }

        boolean next() throws IOException {
            if (longs.remaining() < tuple.length) {
                buffer.clear();
                while (buffer.hasRemaining() && in.read(buffer) > 0) {
                    // fill the buffer
                }
                // whole tuples only: the buffer's size is not a multiple of every width
                int whole = buffer.position() / 8 / tuple.length * tuple.length;
                in.position(in.position() - (buffer.position() - whole * 8L));
                longs.clear();
                longs.limit(whole);
                if (whole == 0) {
                    return false;
                }
            }
            longs.get(tuple);
            return true;
        }
    }

    private static void write(FileChannel out, long[] values, int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(IO_BYTES);
        LongBuffer longs = buffer.asLongBuffer();
        int at = 0;
        while (at < n) {
            int k = Math.min(longs.capacity(), n - at);
            longs.clear();
            longs.put(values, at, k);
            buffer.clear();
            buffer.limit(k * 8);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            at += k;
        }
    }

    private static void read(FileChannel in, long[] values, int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(IO_BYTES);
        LongBuffer longs = buffer.asLongBuffer();
        int at = 0;
        while (at < n) {
            int k = Math.min(longs.capacity(), n - at);
            buffer.clear();
            buffer.limit(k * 8);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    throw new IOException("the spill file ends early");
                }
            }
            longs.clear();
            longs.get(values, at, k);
            at += k;
        }
    }

    /** Puts the columns of every tuple in memory in {@code columns} order. */
    private void reorder(int[] columns) {
        if (Arrays.equals(order, columns)) {
            return;
        }
        // where, in the current order, each wanted input column is
        int[] from = new int[width];
        for (int j = 0; j < width; j++) {
            from[j] = -1;
            for (int k = 0; k < width; k++) {
                if (order[k] == columns[j]) {
                    from[j] = k;
                }
            }
            if (from[j] < 0) {
                throw new IllegalArgumentException("not an order of the columns: " + Arrays.toString(columns));
            }
        }
        long[] tmp = new long[width];
        for (int i = 0, at = 0; i < count; i++, at += width) {
            for (int j = 0; j < width; j++) {
                tmp[j] = data[at + from[j]];
            }
            System.arraycopy(tmp, 0, data, at, width);
        }
        order = columns.clone();
    }

    private void sortInMemory() {
        if (count > FORK) {
            // not the common pool: on two cores it has one thread
            try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
                pool.invoke(new Sort(data, width, 0, count));
            }
        } else {
            new Sort(data, width, 0, count).compute();
        }
    }

    /** Keeps the first of each run of equal tuples; returns how many are left. */
    static int dedup(long[] a, int n, int width) {
        if (n == 0) {
            return 0;
        }
        int kept = 1;
        for (int i = 1; i < n; i++) {
            if (compare(a, (kept - 1) * width, a, i * width, width) != 0) {
                if (kept != i) {
                    System.arraycopy(a, i * width, a, kept * width, width);
                }
                kept++;
            }
        }
        return kept;
    }

    static int compare(long[] a, int i, long[] b, int j, int width) {
        for (int k = 0; k < width; k++) {
            int c = Long.compare(a[i + k], b[j + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int[] identity(int width) {
        int[] id = new int[width];
        for (int j = 0; j < width; j++) {
            id[j] = j;
        }
        return id;
    }

    @Override
    public void close() {
        try {
            if (spillOut != null) {
                spillOut.close();
            }
            if (spill != null) {
                Files.deleteIfExists(spill);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the spill file " + spill + ": " + e.getMessage(), e);
        }
    }

    /**
     * Quicksort of the tuples in [from, to): Hoare's partition around the median of three, moved to
     * the front, which swaps little and splits runs of equal tuples (a graph's name, a predicate)
     * evenly; the smaller part on another thread when it is large, the larger one by looping.
     */
    static final class Sort extends RecursiveAction {
        private final long[] a;
        private final int w;
        private final int from;
        private final int to;
        private List<Sort> pending;

        Sort(long[] a, int width, int from, int to) {
            this.a = a;
            this.w = width;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            int lo = from;
            int hi = to;
            long[] pivot = new long[w];
            while (hi - lo > SMALL) {
                // three places drawn at random: arrival order (graphs one after another, each with its own
                // pattern) made the first, middle and last tuples poor pivots, twice as slow as shuffled input
                ThreadLocalRandom r = ThreadLocalRandom.current();
                swap(lo, median(r.nextInt(lo, hi), r.nextInt(lo, hi), r.nextInt(lo, hi)));
                System.arraycopy(a, lo * w, pivot, 0, w);
                int i = lo - 1;
                int j = hi;
                while (true) {
                    do {
                        i++;
                    } while (compare(a, i * w, pivot, 0, w) < 0);
                    do {
                        j--;
                    } while (compare(a, j * w, pivot, 0, w) > 0);
                    if (i >= j) {
                        break;
                    }
                    swap(i, j);
                }
                // [lo, j] <= pivot <= [j + 1, hi), both parts non-empty
                if (j + 1 - lo < hi - (j + 1)) {
                    sortPart(lo, j + 1);
                    lo = j + 1;
                } else {
                    sortPart(j + 1, hi);
                    hi = j + 1;
                }
            }
            insertion(lo, hi);
            if (pending != null) {
                for (Sort s : pending) {
                    s.join();
                }
            }
        }

        private void sortPart(int lo, int hi) {
            if (hi - lo > FORK && getPool() != null) {
                Sort s = new Sort(a, w, lo, hi);
                s.fork();
                if (pending == null) {
                    pending = new ArrayList<>();
                }
                pending.add(s);
            } else {
                new Sort(a, w, lo, hi).compute();
            }
        }

        private int median(int x, int y, int z) {
            int xy = compare(a, x * w, a, y * w, w);
            int yz = compare(a, y * w, a, z * w, w);
            if (xy <= 0) {
                if (yz <= 0) {
                    return y;
                }
                return compare(a, x * w, a, z * w, w) <= 0 ? z : x;
            }
            if (yz >= 0) {
                return y;
            }
            return compare(a, x * w, a, z * w, w) <= 0 ? x : z;
        }

        private void insertion(int lo, int hi) {
            for (int i = lo + 1; i < hi; i++) {
                for (int j = i; j > lo && compare(a, (j - 1) * w, a, j * w, w) > 0; j--) {
                    swap(j - 1, j);
                }
            }
        }

        private void swap(int i, int j) {
            int x = i * w;
            int y = j * w;
            for (int k = 0; k < w; k++) {
                long t = a[x + k];
                a[x + k] = a[y + k];
                a[y + k] = t;
            }
        }
    }
}
