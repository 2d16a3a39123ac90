package org.w3id.resgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Names found at a place of a text, longest first, forwards and backwards. */
class NameTrieTest {
    private static final NameTrie<String> FORWARD = new NameTrie.Builder<String>(false)
            .add("united nations", "un").add("united nations development programme", "undp").add("unido", "unido")
            .add("united nations", "second value is ignored").build();
    private static final NameTrie<String> BACKWARD = new NameTrie.Builder<String>(true)
            .add("发展合作", "a").add("工业发展合作", "b").build();

    @Test
    void namesStartingAtAPlaceLongestFirst() {
        String t = "the united nations development programme and unido";
        assertEquals(List.of("undp:36", "un:14"), FORWARD.at(t, 4, t.length()).stream().map(h -> h.value() + ":" + h.length()).toList());
        assertEquals(List.of("un:14"), FORWARD.at(t, 4, 4 + 20).stream().map(h -> h.value() + ":" + h.length()).toList(),
                "a name must end by the limit");
        assertEquals(List.of(), FORWARD.at(t, 0, t.length()));
        assertEquals(List.of("unido:5"), FORWARD.at(t, t.length() - 5, t.length()).stream().map(h -> h.value() + ":" + h.length()).toList());
    }

    @Test
    void namesEndingAtAPlaceLongestFirst() {
        String t = "关于工业发展合作的";
        int end = t.indexOf("的");
        assertEquals(List.of("b:6", "a:4"), BACKWARD.at(t, end, 0).stream().map(h -> h.value() + ":" + h.length()).toList());
        assertEquals(List.of("a:4"), BACKWARD.at(t, end, end - 5).stream().map(h -> h.value() + ":" + h.length()).toList());
    }
}
