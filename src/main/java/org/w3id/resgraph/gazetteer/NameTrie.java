package org.w3id.resgraph.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names in a character trie, so that finding every name starting (or ending) at a place in a text
 * walks the text once, character by character, without cutting substrings: what makes gazetteer
 * lookups over every position of a long text cheap. Built once; read by any number of threads.
 */
final class NameTrie<V> {
    private static final class Node<V> {
        char[] keys = new char[0];
        Node<V>[] children;
        V value;
    }

    /** A builder: add names, then {@link #build()}. */
    static final class Builder<V> {
        private final Map<String, V> names = new TreeMap<>();
        private final boolean reversed;

        Builder(boolean reversed) {
            this.reversed = reversed;
        }

        /** Adds a name; the first value given for a name is kept. */
        Builder<V> add(String name, V value) {
            names.putIfAbsent(reversed ? new StringBuilder(name).reverse().toString() : name, value);
            return this;
        }

        NameTrie<V> build() {
            Node<V> root = new Node<>();
            for (Map.Entry<String, V> e : names.entrySet()) {
                Node<V> n = root;
                for (int i = 0; i < e.getKey().length(); i++) {
                    n = child(n, e.getKey().charAt(i));
                }
                n.value = e.getValue();
            }
            return new NameTrie<>(root, reversed);
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V> child(Node<V> n, char c) {
            int i = Arrays.binarySearch(n.keys, c);
            if (i >= 0) {
                return n.children[i];
            }
            int at = -i - 1;
            char[] keys = new char[n.keys.length + 1];
            Node<V>[] children = new Node[keys.length];
            System.arraycopy(n.keys, 0, keys, 0, at);
            keys[at] = c;
            System.arraycopy(n.keys, at, keys, at + 1, n.keys.length - at);
            if (n.children != null) {
                System.arraycopy(n.children, 0, children, 0, at);
                System.arraycopy(n.children, at, children, at + 1, n.children.length - at);
            }
            Node<V> made = new Node<>();
            children[at] = made;
            n.keys = keys;
            n.children = children;
            return made;
        }
    }

    /** A name found: where it ends (or starts, for a reversed trie) and its value. */
    record Hit<V>(int length, V value) {}

    private final Node<V> root;
    private final boolean reversed;

    private NameTrie(Node<V> root, boolean reversed) {
        this.root = root;
        this.reversed = reversed;
    }

    /**
     * The names in {@code text} that start at {@code at} and end by {@code limit} (or, reversed, that
     * end at {@code at} and start at or after {@code limit}), longest first.
     */
    List<Hit<V>> at(CharSequence text, int at, int limit) {
        List<Hit<V>> out = null;
        Node<V> n = root;
        int length = 0;
        for (int i = at; reversed ? i > limit : i < limit; i += reversed ? -1 : 1) {
            char c = text.charAt(reversed ? i - 1 : i);
            int k = Arrays.binarySearch(n.keys, c);
            if (k < 0) {
                break;
            }
            n = n.children[k];
            length++;
            if (n.value != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(0, new Hit<>(length, n.value));
            }
        }
        return out == null ? List.of() : out;
    }
}
