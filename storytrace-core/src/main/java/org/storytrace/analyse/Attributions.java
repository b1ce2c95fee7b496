package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.Span;

/**
 * Finds attribution cues ("according to the publication", "selon Le Monde", "за даними", "The World has learned")
 * in eleven languages and resolves the outlet they name. Patterns are data: one row per cue, with the group that
 * captures the outlet when there is one.
 */
public final class Attributions {
    /** An outlet name: one to five capitalised words, optionally after an article ("The World", "Le Monde", "El País"). */
    private static final String OUTLET = "((?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es|[Dd]ie|[Dd]er|[Dd]as|[Ee]l|[Ii]l|[Ll]o)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.&-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|de|del|della|di|du|des|of|am|im)){0,4})";
    private static final String GENERIC = "(?:the\\s+)?(?:authors?\\s+of\\s+the\\s+)?(?:publication|article|material|newspaper|outlet|report|edition|magazine|journalists?|authors?)";
    private static final String SAYS = "(?:also\\s+)?(?:emphasi[sz]es?|notes?|writes?|says?|states?|adds?|reports?|points?\\s+out|stresses|claims?|recalls?|specif(?:y|ies)|clarif(?:y|ies)|indicates?)";

    /**
     * @param outletGroup the group capturing the outlet, 0 for none
     * @param hints       folded words of which the text must contain one for the rule to be worth running; most
     *                    texts contain none of a rule's, and skipping its regex saves most of the time
     */
    private record Rule(Attribution.Kind kind, Pattern pattern, int outletGroup, List<String> hints) {
    }

    private static final List<Rule> RULES = List.of(
            // English: generic references to "the publication" mark a relayed article.
            cites("(?iu:according\\s+to\\s+" + GENERIC + ")\\b", 0),
            cites("\\b(?iu:" + GENERIC + "\\s+" + SAYS + ")\\b", 0),
            cites("\\b(?iu:(?:as\\s+)?reported\\s+by)\\s+" + OUTLET, 1),
            cites("\\b(?iu:according\\s+to)\\s+" + OUTLET, 1),
            cites("\\b(?iu:citing)\\s+" + OUTLET, 1),
            cites(OUTLET + "\\s+(?:reported|reports|wrote|writes)\\b", 1),
            firstHand(OUTLET + "\\s+(?:has|had|have)\\s+learn(?:ed|t)\\b", 1),
            firstHand("\\b(?:told|confided\\s+(?:[\\p{L}\\s]{0,60}?\\s)?to)\\s+" + OUTLET, 1),
            // French, German, Spanish, Italian, Portuguese, Dutch, Polish, Ukrainian, Russian, Turkish.
            cites("\\b(?iu:selon|d'après|d’après)\\s+" + OUTLET, 1),
            firstHand("\\b" + OUTLET + "\\s+a\\s+appris\\b", 1),
            firstHand("\\b(?iu:selon\\s+nos\\s+informations)\\b", 0),
            cites("\\b(?iu:berichtet(?:e)?|meldet(?:e)?|schreibt|laut|zufolge)\\s+" + OUTLET, 1),
            cites("\\b(?iu:wie)\\s+" + OUTLET + "\\s+(?:berichtet(?:e)?|meldet(?:e)?|schreibt)\\b", 1),
            cites("\\b(?iu:según|informa|publica)\\s+" + OUTLET, 1),
            cites("\\b(?iu:secondo|riporta|scrive)\\s+" + OUTLET, 1),
            cites("\\b(?iu:segundo|de\\s+acordo\\s+com)\\s+" + OUTLET, 1),
            cites("\\b(?iu:volgens|meldt)\\s+" + OUTLET, 1),
            cites("(?<![\\p{L}])(?iu:według|podaje|pisze|informuje)\\s+" + OUTLET, 1),
            cites("(?<![\\p{L}])(?iu:за\\s+даними|як\\s+пише|як\\s+повідомляє|повідомляє|пише|за\\s+інформацією)\\s+" + OUTLET, 1),
            cites("(?<![\\p{L}])(?iu:за\\s+даними|як\\s+пише|повідомляє|за\\s+інформацією)(?![\\p{L}])", 0),
            cites("(?<![\\p{L}])(?iu:как\\s+сообщает|по\\s+данным|сообщает|пишет|по\\s+информации)\\s+" + OUTLET, 1),
            cites("(?<![\\p{L}])(?iu:как\\s+сообщает|по\\s+данным|по\\s+информации)(?![\\p{L}])", 0),
            cites("\\b" + OUTLET + "['’]?(?:in|ın|un|ün|nin|nın)\\s+(?iu:haberine\\s+göre)\\b", 1));

    /**
     * Outlet names that machine translation renders literally, keyed by the folded literal form. Where one literal
     * form fits several outlets ("The World": Le Monde, Die Welt, El Mundo), each carries the country words that
     * tell them apart in the text.
     */
    private static final Map<String, List<Outlet>> LITERAL = Map.of(
            "the world", List.of(new Outlet("Le Monde", "france", "french", "paris", "macron", "elysee"),
                    new Outlet("Die Welt", "germany", "german", "berlin", "scholz", "merz"),
                    new Outlet("El Mundo", "spain", "spanish", "madrid", "sanchez")),
            "the country", List.of(new Outlet("El País", "spain", "spanish", "madrid")),
            "the republic", List.of(new Outlet("La Repubblica", "italy", "italian", "rome")),
            "the parisian", List.of(new Outlet("Le Parisien", "france", "paris")),
            "the press", List.of(new Outlet("La Stampa", "italy", "italian", "turin")),
            "the cross", List.of(new Outlet("La Croix", "france", "french")),
            "the echoes", List.of(new Outlet("Les Echos", "france", "french")),
            "the time", List.of(new Outlet("Die Zeit", "germany", "german"), new Outlet("Le Temps", "switzerland", "swiss", "geneva")),
            "the mirror", List.of(new Outlet("Der Spiegel", "germany", "german")),
            "the point", List.of(new Outlet("Le Point", "france", "french")));

    private record Outlet(String name, String... countryWords) {
    }

    /** Every cue in the text, in text order; where two rules match the same words, the first rule listed wins. */
    public List<Attribution> find(String text) {
        List<Attribution> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        String folded = Normalizer.fold(text);
        for (Rule rule : RULES) {
            if (!rule.hints.isEmpty() && rule.hints.stream().noneMatch(folded::contains)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                int next = taken.nextSetBit(m.start());
                if (next >= 0 && next < m.end() || m.end() == m.start()) {
                    continue;
                }
                String outlet = rule.outletGroup == 0 ? null : resolve(m.group(rule.outletGroup), text);
                if (rule.outletGroup != 0 && outlet == null) {
                    continue;
                }
                out.add(new Attribution(rule.kind, new Span(m.start(), m.end()), m.group(), outlet));
                taken.set(m.start(), m.end());
            }
        }
        Matcher d = WIRE_DATELINE.matcher(text);
        d.region(0, Math.min(text.length(), DATELINE_WINDOW));
        if (d.find() && (taken.nextSetBit(d.start()) < 0 || taken.nextSetBit(d.start()) >= d.end())) {
            String agency = WIRE_AGENCIES.get(Normalizer.fold(d.group(1)).replaceAll("[\\s.]+", " ").strip());
            if (agency != null) {
                out.add(new Attribution(Attribution.Kind.FIRST_HAND, new Span(d.start(), d.end()), d.group(), agency));
            }
        }
        out.sort(Comparator.comparingInt(a -> a.span().start()));
        return out;
    }

    /**
     * How far into a text a wire dateline ("WASHINGTON (AP) —", "ڈھاکہ ۔ یکم دسمبر (اے پی پی)") may stand: it opens
     * the dispatch, after the place and date.
     */
    static final int DATELINE_WINDOW = 200;
    /** A parenthesised credit as datelines write it. The name is checked against {@link #WIRE_AGENCIES}. */
    private static final Pattern WIRE_DATELINE = Pattern.compile("[(\\[]\\s*([\\p{L}][\\p{L}\\p{M} .]{0,24}?)\\s*[)\\]]");
    /**
     * News agencies by the names their datelines use, folded, in the scripts of the languages read here. A text
     * opening with one presents itself as the agency's dispatch: first-hand, unless the agency is credited
     * elsewhere too. Kept as data; add an agency by adding a row.
     */
    private static final Map<String, String> WIRE_AGENCIES = Map.ofEntries(
            Map.entry("ap", "AP"), Map.entry("afp", "AFP"), Map.entry("reuters", "Reuters"), Map.entry("dpa", "dpa"),
            Map.entry("ansa", "ANSA"), Map.entry("efe", "EFE"), Map.entry("pap", "PAP"), Map.entry("ctk", "ČTK"),
            Map.entry("apa", "APA"), Map.entry("belga", "Belga"), Map.entry("anp", "ANP"), Map.entry("pa", "PA"),
            Map.entry("aap", "AAP"), Map.entry("pti", "PTI"), Map.entry("ians", "IANS"), Map.entry("xinhua", "Xinhua"),
            Map.entry("kyodo", "Kyodo"), Map.entry("yonhap", "Yonhap"), Map.entry("aa", "Anadolu"), Map.entry("tass", "TASS"),
            Map.entry("тасс", "TASS"), Map.entry("риа новости", "RIA Novosti"), Map.entry("интерфакс", "Interfax"),
            Map.entry("interfax", "Interfax"), Map.entry("укрінформ", "Ukrinform"), Map.entry("уніан", "UNIAN"),
            Map.entry("app", "APP"), Map.entry("اے پی پی", "APP"), Map.entry("ppi", "PPI"), Map.entry("پی پی آئی", "PPI"),
            Map.entry("inp", "INP"), Map.entry("آئی این پی", "INP"), Map.entry("nni", "NNI"), Map.entry("این این آئی", "NNI"),
            Map.entry("inn", "INN"), Map.entry("آئی این این", "INN"), Map.entry("sana", "SANA"), Map.entry("ثنا نیوز", "SANA"));

    /**
     * The outlet a captured name stands for: a literal translation resolved by the country the text talks about
     * most, the name itself when it looks like an outlet's, or null for any other name ("He", "Kyiv", a person).
     */
    static String resolve(String captured, String text) {
        String folded = Normalizer.fold(captured).strip().replaceAll("[.'’-]+$", "");
        List<Outlet> literal = LITERAL.get(folded);
        if (literal != null) {
            String foldedText = Normalizer.fold(text);
            Outlet best = literal.get(0);
            int bestCount = -1;
            for (Outlet o : literal) {
                int count = 0;
                for (String w : o.countryWords) {
                    count += occurrences(foldedText, w);
                }
                if (count > bestCount) {
                    best = o;
                    bestCount = count;
                }
            }
            return best.name;
        }
        if (NOT_OUTLETS.contains(folded) || folded.length() < 2) {
            return null;
        }
        // The same cues introduce people ("according to Donald Trump", "he told Smith"): only media names count.
        if (!looksLikeMedia(folded)) {
            return null;
        }
        return captured.strip().replaceFirst("^(?:the|le|la|les|die|der|das|el|il|lo)\\s+", "");
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static boolean looksLikeMedia(String folded) {
        if (KNOWN_OUTLETS.contains(folded)) {
            return true;
        }
        for (String word : folded.split("\\s+")) {
            if (MEDIA_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a name an outlet's: "The Kyiv Independent", "Frankfurter Allgemeine Zeitung". */
    private static final java.util.Set<String> MEDIA_WORDS = java.util.Set.of(
            "times", "post", "news", "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "observer",
            "press", "agency", "wire", "independent", "monde", "figaro", "liberation", "zeitung", "spiegel", "welt", "zeit",
            "pais", "mundo", "corriere", "repubblica", "stampa", "gazeta", "pravda", "izvestia", "kommersant", "tass",
            "ria", "interfax", "ukrinform", "unian", "radio", "tv", "television", "broadcasting", "magazine", "review",
            "daily", "weekly", "express", "mirror", "sun", "standard", "politico", "bloomberg", "reuters", "afp", "ap",
            "dpa", "ansa", "efe", "bbc", "cnn", "nyt", "wsj", "ft", "economist", "axios", "insider", "faz",
            "тасс", "интерфакс", "рбк", "укрінформ", "уніан", "правда", "новости", "новини", "газета", "радио", "радіо");
    /** Outlets whose names carry no media word. */
    private static final java.util.Set<String> KNOWN_OUTLETS = java.util.Set.of(
            "le monde", "le figaro", "liberation", "les echos", "le parisien", "mediapart", "le point", "l'express",
            "la croix", "el pais", "el mundo", "abc", "la vanguardia", "la repubblica", "la stampa", "il fatto quotidiano",
            "der spiegel", "die welt", "die zeit", "bild", "handelsblatt", "faz", "sueddeutsche zeitung", "nzz",
            "the atlantic", "vox", "slate", "meduza", "novaya gazeta", "rbc", "vedomosti", "kommersant", "ukrainska pravda",
            "hromadske", "suspilne", "nv", "rzeczpospolita", "onet", "wyborcza", "publico", "expresso", "de volkskrant",
            "nrc", "hurriyet", "sabah", "al jazeera", "dawn", "xinhua", "nikkei", "asahi", "yomiuri", "mainichi");

    /** Capitalised words the outlet pattern catches that name no outlet. */
    private static final java.util.Set<String> NOT_OUTLETS = java.util.Set.of(
            "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "the", "this", "that", "these", "those",
            "sources", "officials", "experts", "analysts", "data", "reports", "media", "the media", "journalists");

    private static Rule cites(String regex, int group) {
        return new Rule(Attribution.Kind.CITES_PUBLICATION, Pattern.compile(regex), group, hints(regex));
    }

    private static Rule firstHand(String regex, int group) {
        return new Rule(Attribution.Kind.FIRST_HAND, Pattern.compile(regex), group, hints(regex));
    }

    /**
     * The literal words of a rule's cue part (outside the outlet group), folded: a text lacking all of them cannot
     * match. Words are taken from the alternatives of the rule's own text, so hints cannot drift from the patterns.
     */
    private static List<String> hints(String regex) {
        String cue = regex.replace(OUTLET, " ").replace(GENERIC, " publication article material newspaper outlet report edition magazine journalist author ")
                .replace(SAYS, " ");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}'’]{3,}").matcher(cue.replaceAll("\\\\[sbpPL]", " "));
        while (m.find()) {
            String w = Normalizer.fold(m.group());
            if (!w.equals("iu") && !words.contains(w)) {
                words.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return words;
    }
}
