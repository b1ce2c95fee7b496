package org.storytrace.link;

/**
 * The held articles of one key posting, by number, in the order they were added: {@link EntryList} for numbers.
 * Weighing a query's postings read a field of every article object reached, a cache miss each; numbers let it read
 * only the postings and arrays indexed by number, and touch the articles that win.
 */
final class NumberList {
    private int[] items = new int[2];
    private int head;
    private int tail;

    int size() {
        return tail - head;
    }

    void add(int n) {
        if (tail == items.length) {
            int size = size();
            // Reuse the room freed at the head before growing, so a list that keeps spilling its oldest stays small.
            int[] next = size < items.length / 2 ? items : new int[items.length * 2];
            System.arraycopy(items, head, next, 0, size);
            items = next;
            head = 0;
            tail = size;
        }
        items[tail++] = n;
    }

    /** Removes the oldest occurrence of {@code n}; false when it is not here. */
    boolean remove(int n) {
        for (int i = head; i < tail; i++) {
            if (items[i] == n) {
                if (i == head) {
                    head++;
                } else {
                    System.arraycopy(items, i + 1, items, i, tail - i - 1);
                    tail--;
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

    /** Where the newest {@code limit} items (all when fewer) start in {@link #items()}; they end at {@link #end()}. */
    int newestFrom(int limit) {
        return Math.max(head, tail - limit);
    }

    int end() {
        return tail;
    }

    /** The backing array, read between {@link #newestFrom} and {@link #end}: no call per item on the hot path. */
    int[] items() {
        return items;
    }
}
