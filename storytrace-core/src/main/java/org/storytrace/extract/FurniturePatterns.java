package org.storytrace.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that give furniture away, kept as data (like trafilatura's {@code xpaths.py}) so a new outlet or
 * language is a new line here, not new logic. All lower case; paragraphs are compared in lower case.
 */
final class FurniturePatterns {
    private FurniturePatterns() {
    }

    /** A percentage as paywalls print it: {@code 70.82%}, {@code 70,82 %}. */
    static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s?%");

    /** Words for "article" in a paywall counter ("You have 70.82% of this article left to read"). */
    static final List<String> ARTICLE_WORDS = List.of(
            "article", "artikel", "artículo", "articolo", "artykuł", "статт", "стать", "матеріал", "материал");

    /**
     * Words for "left to read" in a paywall counter. A counter needs a percentage, an article word and one of
     * these in the same sentence, which body text about percentages practically never has.
     */
    static final List<String> REMAINING_WORDS = List.of(
            "left to read", "remaining", "il vous reste", "à lire", "noch", "zu lesen", "queda", "por leer",
            "resta", "rimane", "da leggere", "pozostał", "do przeczytania", "залишилос", "лишилос", "осталось");

    /** Paywall notices without a percentage: the text is cut by an unknown amount. */
    static final List<String> PAYWALL_NOTICES = List.of(
            "the rest is for subscribers only", "this article is for subscribers only",
            "subscribe to continue reading", "subscribe to read the full article",
            "la suite est réservée aux abonnés", "cet article est réservé aux abonnés",
            "article réservé aux abonnés",
            "nur für abonnenten",
            "exclusivo para suscriptores", "solo para suscriptores",
            "riservato agli abbonati",
            "tylko dla prenumeratorów", "tylko dla subskrybentów",
            "лише для передплатників", "тільки для передплатників",
            "только для подписчиков");

    /** Section labels that open an inline teaser for another paywalled article. */
    static final List<String> SECTION_LABELS = List.of(
            "Column", "Opinion", "Analysis", "Editorial", "Interview", "Live", "Review", "Investigation", "Explainer",
            "Chronique", "Tribune", "Éditorial", "Analyse", "Entretien", "Enquête", "Décryptage", "Reportage");

    /** What follows a section label in such a teaser. */
    static final List<String> SUBSCRIBER_LABELS = List.of(
            "Subscribers only", "Subscriber", "Article réservé aux abonnés", "Abonnés");

    /** Headings or lead-ins of "read also" links, in the languages storytrace meets. */
    static final List<String> READ_ALSO_LABELS = List.of(
            "related news", "related articles", "related stories", "related posts", "related", "read also",
            "also read", "read more", "see also", "more on this story", "you may also like", "you might also like",
            "lire aussi", "à lire aussi", "à lire également", "voir aussi", "sur le même sujet",
            "vous aimerez aussi",
            "lesen sie auch", "mehr zum thema", "siehe auch", "auch interessant", "das könnte sie auch interessieren",
            "das könnte dich auch interessieren", "verwandte artikel", "ähnliche artikel", "empfohlene beiträge",
            "weitere artikel",
            "lea también", "lee también", "leer más", "ver también", "noticias relacionadas", "temas relacionados",
            "te puede interesar", "también te puede interesar",
            "leggi anche", "articoli correlati", "vedi anche", "potrebbe interessarti",
            "leia também", "veja também", "você pode gostar", "notícias relacionadas",
            "czytaj też", "czytaj także", "zobacz też", "zobacz także", "przeczytaj też", "przeczytaj także",
            "podobne artykuły",
            "читайте також", "дивіться також",
            "читайте также", "смотрите также", "похожие новости");

    /** A paragraph that is only a teaser label and a title: {@code Column Subscribers only ‘…’}. */
    static final Pattern TEASER = Pattern.compile(
            "^(?:" + alternation(SECTION_LABELS) + ")\\s+(?:" + alternation(SUBSCRIBER_LABELS) + ")\\b.*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A paragraph that is only a "read also" heading, perhaps with a colon: {@code Related News :}. */
    static final Pattern READ_ALSO_HEADING = Pattern.compile(
            "^(?:" + alternation(READ_ALSO_LABELS) + ")\\s*[:：|»>.…-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Labels that are both a related-list heading and the button that unfolds the rest of the article (CNN's
     * "Read More" sits between the first paragraphs and the rest). Alone on a line they go, but they do not cut off
     * what follows, which may be the article itself.
     */
    static final List<String> EXPANDER_LABELS = List.of("read more", "leer más");

    /** A paragraph that is only an expander label: {@code Read More}. */
    static final Pattern EXPANDER = Pattern.compile(
            "^(?:" + alternation(EXPANDER_LABELS) + ")\\s*[:：|»>.…-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A "read also" lead-in followed by the linked title: {@code Read also | Ukraine: …}. */
    static final Pattern READ_ALSO_LINK = Pattern.compile(
            "^(?:" + alternation(READ_ALSO_LABELS) + ")\\s*[:：|»>-]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
