package org.storytrace.link;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The articles of one LSH bucket, in the order they were added. A plain array with a moving head
 * instead of a {@code List<Integer>}: no boxing, and since articles are spilled roughly oldest first, removing one
 * is usually dropping the head, not shifting the whole list.
 */
final class EntryList<E> {
    private Object[] items;
    private int head;
    private int tail;

    EntryList(int capacity) {
        items = new Object[Math.max(1, capacity)];
    }

    int size() {
        return tail - head;
    }

    void add(E e) {
        if (tail == items.length) {
            int n = size();
            // Reuse the room freed at the head before growing, so a list that keeps spilling its oldest stays small.
            Object[] next = n < items.length / 2 ? items : new Object[items.length * 2];
            System.arraycopy(items, head, next, 0, n);
            if (next == items) {
                Arrays.fill(items, n, tail, null);
            }
            items = next;
            head = 0;
            tail = n;
        }
        items[tail++] = e;
    }

    /** Removes {@code e} (compared by identity); false when it is not here. */
    boolean remove(E e) {
        for (int i = head; i < tail; i++) {
            if (items[i] == e) {
                if (i == head) {
                    items[head++] = null;
                } else {
                    System.arraycopy(items, i + 1, items, i, tail - i - 1);
                    items[--tail] = null;
                }
                if (head == tail) {
                    head = 0;
                    tail = 0;
                }
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super E> action) {
        for (int i = head; i < tail; i++) {
            action.accept((E) items[i]);
        }
    }

    /** The newest {@code limit} items (all when fewer), oldest of them first. */
    @SuppressWarnings("unchecked")
    void forEachNewest(int limit, Consumer<? super E> action) {
        for (int i = Math.max(head, tail - limit); i < tail; i++) {
            action.accept((E) items[i]);
        }
    }
}
