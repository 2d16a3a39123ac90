package org.w3id.resgraph.extract;

/**
 * The time one document's extraction may take. The pipeline starts a budget on the thread that
 * extracts a document and clears it after; the steps of extraction that loop over a text (over its
 * paragraphs, clauses, references, or a regular expression over a long stretch) call {@link #check()},
 * which throws {@link Exceeded} once the time is up. (Not on an interrupt: a thread of a pool may
 * still carry one meant for the task before.) Without a budget started, {@link #check()} costs a thread-local read and does nothing.
 */
public final class Budget {
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private Budget() {}

    /** Starts a budget of {@code nanos} on this thread (0 or less: none). */
    public static void start(long nanos) {
        if (nanos > 0) {
            DEADLINE.set(new long[] {System.nanoTime() + nanos});
        } else {
            DEADLINE.remove();
        }
    }

    /** Ends this thread's budget. */
    public static void clear() {
        DEADLINE.remove();
    }

    /** Throws {@link Exceeded} when this thread's budget is spent. */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d != null && System.nanoTime() - d[0] > 0) {
            throw new Exceeded();
        }
    }

    /**
     * A view of {@code text} for a regular expression that may scan a long stretch of it: reading its
     * characters checks the budget now and then, so a match that runs too long stops.
     */
    public static CharSequence guard(CharSequence text) {
        return DEADLINE.get() == null ? text : new Guarded(text, 0, text.length());
    }

    /** The budget of this document is spent. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("the time allowed for one document ran out", null, false, false);
        }
    }

    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final int from;
        private final int to;
        private int reads;

        Guarded(CharSequence text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                check();
            }
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.subSequence(from, to).toString();
        }
    }
}
