package org.storytrace.link;

import java.util.function.Consumer;

/**
 * The LSH buckets: band hash → the articles in that bucket, in insertion order. A {@code HashMap<Long, List>} cost
 * about 100 bytes per bucket (node, boxed key, list) and every article opens one bucket per band, most of which it
 * alone is in, so this is an open-addressing table of primitive keys holding a lone article directly and only a
 * shared bucket as an {@link EntryList}: about 24 bytes per bucket (issue 5: index memory per archived article).
 */
final class BandBuckets<E> {
    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;

    void add(long key, E e) {
        if (2 * (size + 1) > values.length) {
            grow();
        }
        int i = slot(key);
        Object v = values[i];
        if (v == null) {
            keys[i] = key;
            values[i] = e;
            size++;
        } else if (v instanceof EntryList<?> list) {
            @SuppressWarnings("unchecked")
            EntryList<E> typed = (EntryList<E>) list;
            typed.add(e);
        } else {
            EntryList<E> list = new EntryList<>(2);
            @SuppressWarnings("unchecked")
            E first = (E) v;
            list.add(first);
            list.add(e);
            values[i] = list;
        }
    }

    @SuppressWarnings("unchecked")
    void forEach(long key, Consumer<? super E> action) {
        Object v = values[slot(key)];
        if (v instanceof EntryList<?> list) {
            ((EntryList<E>) list).forEach(action);
        } else if (v != null) {
            action.accept((E) v);
        }
    }

    /** Removes {@code e} (by identity) from the bucket {@code key}, and the bucket when it is left empty. */
    void remove(long key, E e) {
        int i = slot(key);
        Object v = values[i];
        if (v == e) {
            delete(i);
        } else if (v instanceof EntryList<?> list) {
            @SuppressWarnings("unchecked")
            EntryList<E> typed = (EntryList<E>) list;
            if (typed.remove(e) && typed.size() == 0) {
                delete(i);
            }
        }
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int slot(long key) {
        int mask = values.length - 1;
        int i = home(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int home(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    /** Empties slot {@code i}, shifting later entries of the probe run back so that no lookup stops short. */
    private void delete(int i) {
        int mask = values.length - 1;
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (values[j] == null) {
                break;
            }
            int k = home(keys[j], mask);
            boolean staysAfterHole = hole <= j ? hole < k && k <= j : hole < k || k <= j;
            if (!staysAfterHole) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        keys[hole] = 0;
        size--;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
