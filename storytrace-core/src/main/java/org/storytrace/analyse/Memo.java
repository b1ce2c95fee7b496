package org.storytrace.analyse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A per-thread memo of a pure function of a string, emptied when it holds {@link #CAPACITY} entries. Words and names
 * repeat across articles far more often than they are new, and the functions memoised here (Unicode
 * decomposition, ICU transliteration, dictionary lookups) cost microseconds a call. Only words and names are kept. Per thread, so it needs no lock; emptied
 * rather than evicted, so its memory stays bounded in a process that runs for weeks.
 */
final class Memo<V> {
    static final int CAPACITY = 50_000;
    /** Longer keys (sentences, whole texts) rarely recur and would make the memo's memory unbounded in practice. */
    static final int MAX_KEY_LENGTH = 48;

    private final Function<String, V> function;
    private final ThreadLocal<Map<String, V>> values = ThreadLocal.withInitial(HashMap::new);

    Memo(Function<String, V> function) {
        this.function = function;
    }

    V apply(String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            return function.apply(key);
        }
        Map<String, V> map = values.get();
        V value = map.get(key);
        if (value == null) {
            if (map.size() >= CAPACITY) {
                map.clear();
            }
            value = function.apply(key);
            map.put(key, value);
        }
        return value;
    }
}
