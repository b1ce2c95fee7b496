package org.storytrace.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a page in layers, each run only when the one before under-delivered, as trafilatura's
 * sequence does: a publisher's body container ({@code html:articleBody}), then the block of paragraphs that scores
 * best by text, commas and link density ({@code html:density}, in the manner of Readability), then every paragraph
 * of the page ({@code html:paragraphs}), then all of its text ({@code html:body}). Within the chosen container,
 * blocks that are mostly links (related lists, tag clouds) are left out.
 */
final class HtmlBody {
    /**
     * Fewer characters than this from a layer means it missed the body and the next layer runs. Lowered from the
     * first version's 250 (teaser cards inside {@code <article>} run to about 150 characters); not yet swept: one
     * run at 200 gave scrapinghub F1 0.970 and trafilatura-dev F 0.878 together with the values below.
     */
    private static final int MIN_BODY_CHARS = 200;

    /**
     * The publisher's container is trusted unless the density pass finds this many times more text: then the
     * container held only part of the body (a lead, one of several body blocks). A first guess, not yet swept.
     */
    private static final double MAX_DENSITY_GAIN = 2.0;

    /**
     * A block whose linked text is more than this share of its text is a list of links, not prose. Swept on the
     * dev sets (scrapinghub F1 / trafilatura-dev F): 0.35 gave 0.9724 / 0.9029, Readability's 0.5 0.9758 / 0.9027,
     * 0.65 0.9765 / 0.9036, 0.8 0.9768 / 0.9043 but with seven scrapinghub pages losing up to 0.03 in precision
     * to link lists; 0.65 keeps sentences with several links (sourcing in news copy) and still drops link lists.
     * Half of it bounds the links of a prose paragraph.
     */
    private static final double MAX_BLOCK_LINK_DENSITY = 0.65;

    /** Paragraphs shorter than this carry too little evidence to score a container (Readability uses 25). */
    private static final int MIN_SCORED_CHARS = 25;

    /** A sibling of the best container joins the body when it scores at least this share of the best score. */
    private static final double SIBLING_SCORE_SHARE = 0.2;

    /** A sibling paragraph without a score joins when it is this long and nearly link-free (Readability: 80). */
    private static final int SIBLING_PARAGRAPH_CHARS = 80;

    /**
     * How many levels above the body container the lead is looked for: its own siblings only. Two levels found
     * more leads on trafilatura-dev (F +0.0006) but also photo captions and pull quotes on scrapinghub (F -0.0009).
     */
    private static final int LEAD_LEVELS = 1;

    /** Shortest paragraph in an article header that is its lead rather than a deck (leads seen: 200-370). */
    private static final int MIN_LEAD_CHARS = 150;

    /** How many best candidates Readability compares (its {@code nbTopCandidates}). */
    private static final int TOP_CANDIDATES = 5;

    /** A candidate scoring this share of the best one is nearly as good (Readability: 0.75). */
    private static final double NEAR_TOP_SHARE = 0.75;

    /** Near-best candidates that must share an ancestor for it to become the body (Readability: 3). */
    private static final int SHARED_ANCESTOR_VOTES = 3;

    /** A furniture-classed element holding more than this share of the page's text is a wrapper, kept. */
    private static final double MAX_FURNITURE_SHARE = 0.5;

    /** Class and id weight of a container, as Readability gives it: +25 for a body-like name, -25 for furniture. */
    private static final int CLASS_WEIGHT = 25;

    private HtmlBody() {
    }

    /** The paragraphs of the body and the pass that found them. */
    record Body(List<String> paragraphs, String pass) {
    }

    /** Takes the body out of {@code doc}, which it strips of furniture on the way. */
    static Body extract(Document doc) {
        Element body = doc.body();
        removeFurniture(body);
        // The body itself goes when it is hidden (shown by a script once the page loads); its text is still read.
        PageText text = PageText.read(body.root());
        List<Element> containers = publisherContainers(body, text);
        List<String> primary = new ArrayList<>();
        containers.forEach(c -> primary.addAll(paragraphs(c)));
        List<String> dense = new ArrayList<>();
        densest(scope(body, text), text).forEach(e -> dense.addAll(paragraphs(e)));
        int primaryLength = Paragraphs.totalLength(primary);
        if (primaryLength >= MIN_BODY_CHARS && Paragraphs.totalLength(dense) <= MAX_DENSITY_GAIN * primaryLength) {
            // The lead is added after the comparison: it completes the container, it does not make it more likely.
            List<String> withLead = new ArrayList<>();
            lead(containers.get(0), text).forEach(p -> withLead.addAll(paragraphs(p)));
            withLead.addAll(primary);
            return new Body(withLead, "html:articleBody");
        }
        if (Paragraphs.totalLength(dense) >= MIN_BODY_CHARS) {
            return new Body(dense, "html:density");
        }
        List<String> allParagraphs = new ArrayList<>();
        body.select("p").forEach(p -> allParagraphs.addAll(paragraphs(p)));
        if (Paragraphs.totalLength(allParagraphs) >= MIN_BODY_CHARS) {
            return new Body(allParagraphs, "html:paragraphs");
        }
        return new Body(paragraphs(body), "html:body");
    }

    /**
     * The lead of the article whose body is {@code container}: prose paragraphs just before it, up to
     * {@link #LEAD_LEVELS} levels up. CMSes keep the standfirst apart from the body field ({@code <p class="lead">}
     * then {@code <div itemprop="articleBody">}), yet it is the article's first paragraph. Only prose counts
     * (long and nearly link-free), so a byline, a date or a teaser list before the body stays out.
     */
    private static List<Element> lead(Element container, PageText text) {
        List<Element> lead = new ArrayList<>();
        Element current = container;
        for (int level = 0; level < LEAD_LEVELS && current.parent() != null && !current.parent().nameIs("body");
                level++, current = current.parent()) {
            List<Element> before = new ArrayList<>();
            for (Element sibling = current.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                List<Element> prose = new ArrayList<>();
                for (Element p : sibling.getElementsByTag("p")) {
                    if (isProseParagraph(p, text)) {
                        prose.add(p);
                    }
                }
                before.addAll(0, prose);
            }
            lead.addAll(0, before);
        }
        return lead;
    }

    /**
     * Where the density pass looks: inside the page's one {@code <article>} or, failing that, its one
     * {@code <main>}, when that holds enough text; else the whole page. HTML5 pages mark their story so, and
     * outside it an author box or an "about us" block can out-score a body spread over many small blocks.
     */
    private static Element scope(Element body, PageText text) {
        for (String tag : List.of("article", "main")) {
            List<Element> found = body.getElementsByTag(tag);
            if (found.size() == 1 && text.length(found.get(0)) >= MIN_BODY_CHARS) {
                return found.get(0);
            }
        }
        return body;
    }

    /**
     * The publisher's body container with the most text, the innermost of equals, together with the other
     * containers of the same kind that continue it, in page order. Pages that break the body for an image or a
     * pull quote open a new container after it (two {@code post__content} blocks); another container of the same
     * kind is part of the body when it is long prose of the same {@code <article>}, not nested in the first, not
     * a teaser card of another article.
     */
    private static List<Element> publisherContainers(Element body, PageText text) {
        // Only elements with an itemprop, or a class or id naming one of the container words, can match; trying
        // the five class and id patterns on every element of the page instead was 2 % of extraction time.
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.hasAttr("itemprop") || namesContainerWord(e.attr("class")) || namesContainerWord(e.attr("id"))) {
                candidates.add(e);
            }
        }
        for (Evaluator selector : HtmlSelectors.BODY_CONTAINERS) {
            List<Element> matches = new ArrayList<>();
            for (Element e : candidates) {
                if (selector.matches(body, e)) {
                    matches.add(e);
                }
            }
            Element best = null;
            int bestLength = 0;
            for (Element e : matches) {
                int length = text.length(e);
                if (length >= bestLength && length > 0) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null && bestLength >= MIN_BODY_CHARS) {
                List<Element> containers = new ArrayList<>();
                Element article = enclosingArticle(best);
                for (Element e : matches) {
                    if (e == best || (continuesBody(e, best, containers, text) && enclosingArticle(e) == article)) {
                        containers.add(e);
                    }
                }
                return containers;
            }
        }
        return List.of();
    }

    /**
     * Whether {@code value} holds one of {@link HtmlSelectors#BODY_CONTAINER_WORDS} in any ASCII case, as the
     * patterns' {@code (?i)} compares.
     */
    private static boolean namesContainerWord(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char[] lower = value.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] >= 'A' && lower[i] <= 'Z') {
                lower[i] = (char) (lower[i] + ('a' - 'A'));
            }
        }
        String folded = new String(lower);
        for (String word : HtmlSelectors.BODY_CONTAINER_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <article>} that is or holds {@code e}, as {@code e.closest("article")} finds it, or null. */
    private static Element enclosingArticle(Element e) {
        for (Element up = e; up != null; up = up.parent()) {
            if (up.nameIs("article")) {
                return up;
            }
        }
        return null;
    }

    private static boolean continuesBody(Element e, Element best, List<Element> taken, PageText text) {
        if (text.length(e) < MIN_BODY_CHARS || text.linkDensity(e) > MAX_BLOCK_LINK_DENSITY / 2) {
            return false;
        }
        for (Element other : taken) {
            if (other == e || isAncestor(other, e) || isAncestor(e, other)) {
                return false;
            }
        }
        return !isAncestor(best, e) && !isAncestor(e, best);
    }

    /**
     * Readability's candidate scoring: each paragraph adds 1, its commas and a point per 100 characters (up to 3) to
     * its parent, half to its grandparent and a sixth to the next; a container's score is then discounted by its link
     * density. The best container comes back with the siblings that score near it, in page order.
     */
    static List<Element> densest(Element body, PageText pageText) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        // Candidates in the order they were first scored (document order of their paragraphs), so that of equal
        // scores the first wins on every run: an IdentityHashMap's order changes from one JVM to the next.
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isScoredParagraph(e)) {
                continue;
            }
            String text = pageText.of(e);
            if (text.length() < MIN_SCORED_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double[] s = scores.computeIfAbsent(ancestor, a -> {
                    candidates.add(a);
                    return new double[] {initialScore(a)};
                });
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element candidate : candidates) {
            double[] s = scores.get(candidate);
            s[0] *= 1 - pageText.linkDensity(candidate);
            if (s[0] > topScore) {
                topScore = s[0];
                top = candidate;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = sharedAncestor(top, topScore, candidates, scores, body);
        // Readability's second step up: climb while a scored parent scores more than the child it came from (the
        // body's wrapper gathered the paragraphs of several blocks), stopping where scores fall below a third.
        double lastScore = scores.containsKey(top) ? scores.get(top)[0] : topScore;
        double floor = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            double[] s = scores.get(parent);
            if (s == null) {
                continue;
            }
            if (s[0] < floor) {
                break;
            }
            if (s[0] > lastScore) {
                top = parent;
                break;
            }
            lastScore = s[0];
        }
        // An only child is the same block as its parent; taking the parent lets its siblings be weighed.
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        if (top.parent() == null || top == body) {
            return List.of(top);
        }
        List<Element> chosen = new ArrayList<>();
        double bestScore = scores.containsKey(top) ? scores.get(top)[0] : topScore;
        double threshold = Math.max(10, bestScore * SIBLING_SCORE_SHARE);
        for (Element sibling : top.parent().children()) {
            double[] s = scores.get(sibling);
            // As Readability: a sibling with the best block's class is likely another block of the same body.
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                    ? bestScore * SIBLING_SCORE_SHARE : 0;
            if (sibling == top || (s != null && s[0] + bonus >= threshold) || isProseParagraph(sibling, pageText)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /**
     * Readability's step up from the best candidate: when at least {@link #SHARED_ANCESTOR_VOTES} of the next best
     * candidates score nearly as well ({@link #NEAR_TOP_SHARE} of the best) and share an ancestor with it, the body
     * is that ancestor: an article written as several sections, each a candidate of its own, is one body.
     */
    private static Element sharedAncestor(Element top, double topScore, List<Element> candidates,
            Map<Element, double[]> scores, Element body) {
        List<Element> near = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && scores.get(c)[0] >= NEAR_TOP_SHARE * topScore) {
                near.add(c);
            }
        }
        near.sort((a, b) -> Double.compare(scores.get(b)[0], scores.get(a)[0]));
        near = near.subList(0, Math.min(near.size(), TOP_CANDIDATES - 1));
        if (near.size() < SHARED_ANCESTOR_VOTES) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int votes = 0;
            for (Element c : near) {
                if (isAncestor(ancestor, c)) {
                    votes++;
                }
            }
            if (votes >= SHARED_ANCESTOR_VOTES) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean isScoredParagraph(Element e) {
        if (HtmlSelectors.SCORED.contains(e.normalName())) {
            return true;
        }
        // A div that holds text but no blocks is a paragraph written without <p>, as many CMSes do.
        if (!e.nameIs("div")) {
            return false;
        }
        for (Element child : e.children()) {
            if (HtmlSelectors.BLOCKS.contains(child.normalName()) && !child.nameIs("br")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProseParagraph(Element e, PageText text) {
        return e.nameIs("p") && text.length(e) >= SIBLING_PARAGRAPH_CHARS
                && text.linkDensity(e) < MAX_BLOCK_LINK_DENSITY / 2;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (HtmlSelectors.NEGATIVE.matcher(names).find()) {
            score -= CLASS_WEIGHT;
        }
        if (HtmlSelectors.POSITIVE.matcher(names).find()) {
            score += CLASS_WEIGHT;
        }
        return score;
    }

    private static void removeFurniture(Element body) {
        removeNeverText(body);
        PageText text = PageText.read(body.root());
        int pageText = text.length(body);
        // Whether an element holds an article marker or a lead is asked of nested elements; marking each marker's
        // and lead's ancestors once answers it for all of them without searching each subtree again.
        // The selectors here look at the element alone, so they are matched with the body as root: Element.is
        // climbs to the document's root for each element it is asked about.
        List<Element> all = body.getAllElements();
        List<Element> markers = new ArrayList<>();
        List<Element> leads = new ArrayList<>();
        for (Element e : all) {
            if (HtmlSelectors.BODY_MARKERS.matches(body, e)) {
                markers.add(e);
            }
            if (isProseParagraph(e, text) && text.length(e) >= MIN_LEAD_CHARS) {
                leads.add(e);
            }
        }
        Set<Element> holdingMarker = withAncestors(markers, body);
        Set<Element> holdingLead = withAncestors(leads, body);
        List<Element> furniture = new ArrayList<>();
        List<Element> wrappers = new ArrayList<>();
        for (Element e : all) {
            boolean furnitureClass = e != body && hasFurnitureClass(e);
            boolean holdsBody = holdingMarker.contains(e) || holdsMostText(e, text, pageText);
            if (furnitureClass && holdsBody) {
                wrappers.add(e);
            }
            if (e != body && (furnitureClass || HtmlSelectors.USUALLY_NOT_TEXT.matches(body, e)) && !holdsBody
                    && !(holdingLead.contains(e) && isHeaderClassed(e)) && !isPartOfWrapper(e, wrappers)) {
                furniture.add(e);
            } else if (HtmlSelectors.HEADER.matches(body, e) && !holdingLead.contains(e)) {
                furniture.add(e);
            }
            if (introducesRelated(e, body, text)) {
                // The heading of a "you may like" list: what follows it at its level is the list, teaser cards
                // included (often <article> elements, which holdsBody would otherwise keep).
                for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                    if (text.length(next) <= MAX_FURNITURE_SHARE * pageText) {
                        furniture.add(next);
                    }
                }
            }
        }
        furniture.forEach(Element::remove);
    }

    /**
     * Removes what never holds article text. An element inside one already removed is not looked at: it goes with
     * it, as it did when every match was removed.
     */
    private static void removeNeverText(Element body) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && isNeverText(e)) {
                found.add(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, body);
        found.forEach(Element::remove);
    }

    private static boolean isNeverText(Element e) {
        if (HtmlSelectors.NEVER_TEXT_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        // jsoup's attribute tests, each as its selector ran it: the first attribute of that name in any case.
        for (Map.Entry<String, List<String>> test : HtmlSelectors.NEVER_TEXT_ATTRIBUTES.entrySet()) {
            String name = test.getKey();
            if (e.hasAttr(name)
                    && (test.getValue().isEmpty() || equalsAnyIgnoringCase(test.getValue(), e.attr(name).trim()))) {
                return true;
            }
        }
        return (e.hasAttr("class") && HtmlSelectors.NEVER_TEXT_CLASS.matcher(e.attr("class")).find())
                || (e.hasAttr("style") && HtmlSelectors.HIDDEN_STYLE.matcher(e.attr("style")).find());
    }

    private static boolean equalsAnyIgnoringCase(List<String> values, String value) {
        for (String v : values) {
            if (v.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /** A heading that opens a related-articles list, by its class ("relatedpoststitle") or its words ("Read also"). */
    private static boolean introducesRelated(Element e, Element body, PageText text) {
        if (!HtmlSelectors.SUBHEADINGS.matches(body, e)) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return names.contains("related") || FurniturePatterns.READ_ALSO_HEADING.matcher(text.of(e).strip()).matches();
    }

    private static boolean hasFurnitureClass(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        if (!hasFurnitureWordStart(e.className()) && !hasFurnitureWordStart(e.id())) {
            return false;
        }
        for (List<String> tokens : classNames(e)) {
            for (int i = 0; i < tokens.size(); i++) {
                if (isFurnitureToken(tokens.get(i)) && !isQualified(tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The class names and id of {@code e} in lower case, each split into its words at dashes and underscores
     * ({@code site-nav__menu} is site, nav, menu). Split by hand: {@code String.split} compiles its pattern on
     * every call, and with this run on every classed element it took a twentieth of extraction time.
     */
    private static List<List<String>> classNames(Element e) {
        List<List<String>> names = new ArrayList<>();
        for (String attribute : List.of(e.className(), e.id())) {
            String lower = attribute.toLowerCase(Locale.ROOT);
            List<String> tokens = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= lower.length(); i++) {
                char c = i == lower.length() ? ' ' : lower.charAt(i);
                boolean nameEnds = isClassSeparator(c);
                if (nameEnds || c == '-' || c == '_') {
                    if (i > start) {
                        tokens.add(lower.substring(start, i));
                    }
                    start = i + 1;
                }
                if (nameEnds && !tokens.isEmpty()) {
                    names.add(tokens);
                    tokens = new ArrayList<>();
                }
            }
        }
        return names;
    }

    /**
     * Whether a word of {@code names} (split as {@link #classNames} splits) may start with a furniture word: what
     * every furniture class needs, checked without building the words, as most classes in a page have none. Letters
     * are lower-cased one by one instead of the string at once, which can only say yes more often: the furniture
     * words are ASCII, and the one character the two lower-case differently ('İ', which the string turns into two)
     * cannot begin or continue one.
     */
    private static boolean hasFurnitureWordStart(String names) {
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            char c = i == names.length() ? ' ' : names.charAt(i);
            if (isClassSeparator(c) || c == '-' || c == '_') {
                if (i > start && HtmlSelectors.FURNITURE_CLASS_WORD_STARTS.indexOf(
                        Character.toLowerCase(names.charAt(start))) >= 0) {
                    for (String word : HtmlSelectors.FURNITURE_CLASS_WORDS) {
                        if (word.length() <= i - start && startsInLowerCase(names, start, word)) {
                            return true;
                        }
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean startsInLowerCase(String s, int start, String word) {
        for (int j = 0; j < word.length(); j++) {
            if (Character.toLowerCase(s.charAt(start + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The white space that separates class names, as the pattern {@code \s} has it. */
    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether the furniture word at {@code i} is qualified so that the class no longer says the element is
     * furniture. A layout state names what the page has or lacks around the element ({@code no-sidebars},
     * {@code with-navigation}, {@code one-sidebar-second}, {@code no-print}), not the element itself; a
     * {@code hidden} qualified by a part or a screen size hides only that part ({@code field--label-hidden}, on
     * every Drupal field) or hides the element on one kind of screen only ({@code hidden-xs}, {@code hidden-print}).
     */
    private static boolean isQualified(List<String> tokens, int i) {
        if (i > 0 && HtmlSelectors.LAYOUT_STATE_WORDS.contains(tokens.get(i - 1))) {
            return true;
        }
        if (!tokens.get(i).equals("hidden")) {
            return false;
        }
        return (i > 0 && HtmlSelectors.HIDDEN_PARTS.contains(tokens.get(i - 1)))
                || (i + 1 < tokens.size() && HtmlSelectors.SCREEN_SIZES.contains(tokens.get(i + 1)));
    }

    private static boolean isFurnitureToken(String token) {
        for (String word : HtmlSelectors.FURNITURE_CLASS_WORDS) {
            if (token.startsWith(word)) {
                return !HtmlSelectors.CONTENT_CLASS_TOKENS.contains(token);
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is a part of a furniture-classed wrapper that was kept because it holds the body, named after
     * it as BEM names parts ({@code hz-editorial-gallery__left__section} inside {@code hz-editorial-gallery}): its
     * furniture word comes from the wrapper's name, which already proved wrong.
     */
    private static boolean isPartOfWrapper(Element e, List<Element> wrappers) {
        if (wrappers.isEmpty()) {
            return false;
        }
        for (Element wrapper : wrappers) {
            if (wrapper == e || !isAncestor(wrapper, e)) {
                continue;
            }
            for (String wrapperClass : wrapper.classNames()) {
                for (String part : e.classNames()) {
                    if (part.startsWith(wrapperClass + "__") || part.startsWith(wrapperClass + "-")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code ancestor} is above {@code e}; {@code e.parents()} built a list of them all to ask that. */
    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is classed as a header ({@code article-header}, {@code entry-header}) and as nothing else. */
    private static boolean isHeaderClassed(Element e) {
        boolean header = false;
        for (List<String> tokens : classNames(e)) {
            for (String token : tokens) {
                if (!isFurnitureToken(token)) {
                    continue;
                }
                if (!token.startsWith("header")) {
                    return false;
                }
                header = true;
            }
        }
        return header;
    }

    /**
     * {@code found} and every ancestor of theirs up to {@code root}: the elements that hold one of them. Used for
     * article markers (removing an element that holds one would take the article with it, whatever its class says)
     * and for leads (a paragraph long enough to be an article's standfirst, longer than a one-line deck or a
     * dateline, which the benchmarks do not count as body).
     */
    private static Set<Element> withAncestors(List<Element> found, Element root) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : found) {
            // An ancestor already marked has its own ancestors marked: the climb stops there.
            Element up = e;
            while (up != null && holding.add(up) && up != root) {
                up = up.parent();
            }
        }
        return holding;
    }

    /** Whether {@code e} holds most of the page's text: a wrapper with an unlucky class name. */
    private static boolean holdsMostText(Element e, PageText text, int pageText) {
        return pageText > 0 && text.length(e) > MAX_FURNITURE_SHARE * pageText;
    }

    /**
     * The paragraphs inside {@code root}: every block element and {@code <br>} ends one, and a block that is mostly
     * link text is dropped.
     */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linked = new int[2];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                    if (linked[0] > 0) {
                        linked[1] += text.getWholeText().strip().length();
                    }
                } else if (node instanceof Element e) {
                    if (isBlock(e)) {
                        flush(current, linked, out);
                    } else if (e.nameIs("a")) {
                        linked[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (isBlock(e)) {
                        flush(current, linked, out);
                    } else if (e.nameIs("a")) {
                        linked[0]--;
                    }
                }
            }
        }, root);
        flush(current, linked, out);
        return out;
    }

    private static boolean isBlock(Element e) {
        return HtmlSelectors.BLOCKS.contains(e.normalName());
    }

    private static void flush(StringBuilder current, int[] linked, List<String> out) {
        String p = Paragraphs.normalise(current.toString());
        if (!p.isEmpty() && linked[1] <= MAX_BLOCK_LINK_DENSITY * p.length()) {
            out.add(p);
        }
        current.setLength(0);
        linked[1] = 0;
    }
}
