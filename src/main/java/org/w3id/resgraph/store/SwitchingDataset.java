package org.w3id.resgraph.store;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset that can be replaced by another while it is served: the server of a releases folder
 * switches to a new release with {@link #switchTo}. A transaction stays on the dataset it began on
 * to its end, whatever is switched meanwhile; a new one begins on the newest. A dataset switched
 * away from is handed to its closer when its last transaction ends (at once when it has none), so
 * queries running on the old release finish on it and nothing is left open.
 */
public final class SwitchingDataset extends DatasetGraphWrapper {
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();
    /** Transactions running on each dataset. */
    private final Map<DatasetGraph, Integer> running = new IdentityHashMap<>();
    /** Datasets switched away from, not yet closed, with their closers. */
    private final Map<DatasetGraph, Consumer<DatasetGraph>> retired = new IdentityHashMap<>();
    private volatile DatasetGraph current;
    private Consumer<DatasetGraph> closer;

    /** @param closer what closes {@code first} once it is switched away from and idle */
    public SwitchingDataset(DatasetGraph first, Consumer<DatasetGraph> closer) {
        super(first);
        this.current = first;
        this.closer = closer;
    }

    /** The dataset new transactions begin on. */
    public DatasetGraph current() {
        return current;
    }

    /** The dataset this thread's transaction is on, or the one a new transaction would begin on. */
    public DatasetGraph inUse() {
        return get();
    }

    /** Makes {@code next} the dataset of new transactions; the one before is closed when idle. */
    public void switchTo(DatasetGraph next, Consumer<DatasetGraph> nextCloser) {
        Consumer<DatasetGraph> close = null;
        DatasetGraph old;
        synchronized (this) {
            old = current;
            Consumer<DatasetGraph> oldCloser = closer;
            current = next;
            closer = nextCloser;
            if (running.getOrDefault(old, 0) == 0) {
                close = oldCloser;
            } else {
                retired.put(old, oldCloser);
            }
        }
        if (close != null) {
            close.accept(old);
        }
    }

    /** How many datasets switched away from still have transactions running. */
    public synchronized int retiredOpen() {
        return retired.size();
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph p = pinned.get();
        return p != null ? p : current;
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    private void pin() {
        synchronized (this) {
            DatasetGraph d = current;
            running.merge(d, 1, Integer::sum);
            pinned.set(d);
        }
    }

    private void unpin() {
        DatasetGraph d = pinned.get();
        if (d == null) {
            return;
        }
        pinned.remove();
        Consumer<DatasetGraph> close = null;
        synchronized (this) {
            int left = running.merge(d, -1, Integer::sum);
            if (left <= 0) {
                running.remove(d);
                close = retired.remove(d);
            }
        }
        if (close != null) {
            close.accept(d);
        }
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(TxnType type) {
        if (pinned.get() != null) {
            get().begin(type);   // already in a transaction here: the dataset says what it makes of that
            return;
        }
        pin();
        try {
            get().begin(type);
        } catch (RuntimeException e) {
            unpin();
            throw e;
        }
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            unpin();
        }
    }

    @Override
    public void commit() {
        get().commit();
    }

    @Override
    public void abort() {
        get().abort();
    }
}
