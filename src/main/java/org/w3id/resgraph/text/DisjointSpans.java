package org.w3id.resgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stretches {@code [start, end)} of a text that do not overlap one another, and whether a new one
 * would overlap any of them ({@code start < other.end && other.start < end}), in logarithmic time:
 * what the rules need to drop a reference found where an earlier one stands, in a paragraph that
 * may hold millions of references. Stretches added in text order (the usual case) are kept in two
 * arrays, others in a tree. Empty stretches, which the rules do not make, are answered by looking
 * at every stretch, as the plain test would.
 */
public final class DisjointSpans {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;
    private final TreeMap<Integer, Integer> outOfOrder = new TreeMap<>();
    /** Every stretch, once an empty one came (then every question looks at them all). */
    private List<int[]> all;

    /** Whether {@code [start, end)} overlaps a stretch held. */
    public boolean overlaps(int start, int end) {
        if (all != null || start >= end) {
            for (int[] s : all != null ? all : everything()) {
                if (start < s[1] && s[0] < end) {
                    return true;
                }
            }
            return false;
        }
        // The stretches held are disjoint and not empty, so their ends rise with their starts: of those
        // starting before end, the last one reaches furthest.
        int i = lastStartBefore(end);
        if (i >= 0 && start < ends[i]) {
            return true;
        }
        Map.Entry<Integer, Integer> last = outOfOrder.lowerEntry(end);
        return last != null && start < last.getValue();
    }

    /** Adds {@code [start, end)}, which should not overlap a stretch held. */
    public void add(int start, int end) {
        if (all == null && (start >= end || overlaps(start, end))) {
            all = everything();
        }
        if (all != null) {
            all.add(new int[] {start, end});
            return;
        }
        if (size == 0 || start > starts[size - 1]) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        } else {
            outOfOrder.put(start, end);
        }
    }

    /** The index of the last in-order stretch starting before {@code at}, or -1. */
    private int lastStartBefore(int at) {
        int lo = 0, hi = size - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private List<int[]> everything() {
        List<int[]> out = new ArrayList<>(size + outOfOrder.size());
        for (int i = 0; i < size; i++) {
            out.add(new int[] {starts[i], ends[i]});
        }
        outOfOrder.forEach((s, e) -> out.add(new int[] {s, e}));
        return out;
    }
}
