package org.storytrace.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What {@link Element#text()} gives for every element of a page, and how much of it is link text, from one walk of
 * the page. The body passes weigh nested elements (every furniture candidate, every scored container and its
 * links), and asking each for its text walked its subtree again: O(elements × depth), half of extraction time.
 * Holds for the page as it was when built; a pass that removes elements builds a new one.
 */
final class PageText {
    /** How many elements up jsoup looks for a {@code <pre>}-like ancestor that keeps a text's white space. */
    private static final int PRESERVE_LEVELS = 6;

    private final StringBuilder text = new StringBuilder();
    /** Per element: where its stretch of {@link #text} starts and ends, and its link characters. */
    private final Map<Element, int[]> spans = new IdentityHashMap<>();

    private PageText() {
    }

    /**
     * Walks the tree under {@code top} (a document, or an element taken out of one) once as jsoup's text() does
     * (normalising white space, a space at block edges) and records where each element starts and ends. An
     * element's own text() is its stretch trimmed: the two walks differ only while nothing but spaces has been
     * written, since jsoup's state is just whether the last character is a space (and, for block starts, whether
     * there is one at all), so they differ by leading spaces, which trimming drops. {@code PageTextTest} checks it
     * element by element on real pages.
     */
    static PageText read(Element top) {
        if (top.parent() != null) {
            // jsoup looks above an element for <pre> when it keeps white space; a walk from the top sees it all.
            throw new IllegalArgumentException("page text: <" + top.normalName() + "> is not the top of its tree");
        }
        PageText page = new PageText();
        page.walk(top);
        return page;
    }

    private void walk(Element top) {
        // Depths of the open elements that keep white space, and running link-character sums of the open elements.
        int[][] stacks = {new int[16], new int[16]};
        int[] sizes = new int[2];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean preserve = sizes[0] > 0 && depth - 1 - stacks[0][sizes[0] - 1] < PRESERVE_LEVELS;
                    if (preserve || t instanceof CDataNode) {
                        text.append(t.getWholeText());
                    } else {
                        appendNormalised(t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    if (e.tag().preserveWhitespace()) {
                        push(stacks, sizes, 0, depth);
                    }
                    push(stacks, sizes, 1, 0);
                    spans.put(e, new int[] {text.length(), 0, 0});
                    if (text.length() > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace()) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Node next = node.nextSibling();
                if (!e.tag().isInline() && (next instanceof TextNode
                        || (next instanceof Element n && n.tag().isInline())) && !lastIsSpace()) {
                    text.append(' ');
                }
                int[] span = spans.get(e);
                span[1] = text.length();
                int linked = stacks[1][--sizes[1]];
                if (e.nameIs("a")) {
                    linked += length(span);
                }
                span[2] = linked;
                if (sizes[1] > 0) {
                    stacks[1][sizes[1] - 1] += linked;
                }
                if (sizes[0] > 0 && stacks[0][sizes[0] - 1] == depth) {
                    sizes[0]--;
                }
            }
        }, top);
    }

    private static void push(int[][] stacks, int[] sizes, int which, int value) {
        if (sizes[which] == stacks[which].length) {
            stacks[which] = Arrays.copyOf(stacks[which], sizes[which] * 2);
        }
        stacks[which][sizes[which]++] = value;
    }

    /** The text of {@code e}, as {@code e.text()} gives it. */
    String of(Element e) {
        int[] span = span(e);
        int start = trimmedStart(span);
        return text.substring(start, Math.max(start, trimmedEnd(span)));
    }

    /** The length of {@code e.text()}. */
    int length(Element e) {
        return length(span(e));
    }

    /** The share of {@code e}'s text inside links ({@code <a>} elements, nested ones counted again), at most 1. */
    double linkDensity(Element e) {
        int[] span = span(e);
        int total = length(span);
        return total == 0 ? 0 : Math.min(1, (double) span[2] / total);
    }

    private int[] span(Element e) {
        int[] span = spans.get(e);
        if (span == null) {
            throw new IllegalStateException("page text: <" + e.normalName() + "> was not on the page when it was read");
        }
        return span;
    }

    private int length(int[] span) {
        return Math.max(0, trimmedEnd(span) - trimmedStart(span));
    }

    /** As {@link String#trim()}: every character up to U+0020 goes. */
    private int trimmedStart(int[] span) {
        int start = span[0];
        while (start < span[1] && text.charAt(start) <= ' ') {
            start++;
        }
        return start;
    }

    private int trimmedEnd(int[] span) {
        int end = span[1];
        while (end > span[0] && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

    private boolean lastIsSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    /**
     * jsoup's white-space normalisation: runs of its white space (including U+00A0) become one space, none at all
     * after a space already written; zero-width and soft hyphens go.
     */
    private void appendNormalised(String s) {
        boolean stripLeading = lastIsSpace();
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        // Characters kept as they are go in by runs; char by char suffices, as every special one is in the BMP.
        int run = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (!white && c != '\u200B' && c != '\u00AD') {
                run = run < 0 ? i : run;
                lastWasWhite = false;
                reachedNonWhite = true;
                continue;
            }
            if (run >= 0) {
                text.append(s, run, i);
                run = -1;
            }
            if (white && !(stripLeading && !reachedNonWhite) && !lastWasWhite) {
                text.append(' ');
                lastWasWhite = true;
            }
        }
        if (run >= 0) {
            text.append(s, run, s.length());
        }
    }
}
