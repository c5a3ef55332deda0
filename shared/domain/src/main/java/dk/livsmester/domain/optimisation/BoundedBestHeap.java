package dk.livsmester.domain.optimisation;

/**
 * Keeps the best {@code limit} of the (score, item) pairs offered to it: a higher score is better, and of equal scores
 * the lower item (so the earlier of items numbered in order of arrival). A min-heap whose root is the worst kept, so
 * an offer that would not be kept is turned away after one comparison; that is almost every offer when millions of
 * pairs are scored and a few are kept.
 */
public final class BoundedBestHeap {
    private final int[] score;
    private final int[] item;
    private int size;

    public BoundedBestHeap(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        score = new int[limit];
        item = new int[limit];
    }

    public void offer(int s, int it) {
        int n = size;
        if (n == score.length) {
            if (!worse(score[0], item[0], s, it)) {
                return;
            }
            n--;
            siftDownFromRoot(n);
        }
        int i = n;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(s, it, score[parent], item[parent])) {
                break;
            }
            score[i] = score[parent];
            item[i] = item[parent];
            i = parent;
        }
        score[i] = s;
        item[i] = it;
        size = n + 1;
    }

    /** How many are kept: the number offered, up to the limit. */
    public int size() {
        return size;
    }

    /** The {@code i}-th kept pair's score, in no particular order. */
    public int score(int i) {
        return score[checked(i)];
    }

    /** The {@code i}-th kept pair's item, in the same order as {@link #score}. */
    public int item(int i) {
        return item[checked(i)];
    }

    /** Drops the root by moving the last of the first {@code n + 1} entries down from it. */
    private void siftDownFromRoot(int n) {
        int lastS = score[n];
        int lastI = item[n];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && worse(score[c + 1], item[c + 1], score[c], item[c])) {
                c++;
            }
            if (!worse(score[c], item[c], lastS, lastI)) {
                break;
            }
            score[i] = score[c];
            item[i] = item[c];
            i = c;
        }
        score[i] = lastS;
        item[i] = lastI;
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }

    private static boolean worse(int s1, int i1, int s2, int i2) {
        return s1 < s2 || s1 == s2 && i1 > i2;
    }
}
