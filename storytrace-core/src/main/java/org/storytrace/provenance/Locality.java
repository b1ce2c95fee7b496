package org.storytrace.provenance;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.storytrace.analyse.Analysis;
import org.storytrace.analyse.Normalizer;
import org.storytrace.analyse.Token;

/**
 * Which countries a text talks about, named in its own language, and so which languages are "at home" in a story.
 * News is mostly reported first in the language of the place it happens in: a story about Russia that exists in
 * Russian and English is more likely Russian at the origin. Country names come from ICU's locale data in the
 * text's language (Россия, ロシア, Russland…), and a country's language from ICU's likely subtags, so no word list
 * is kept here beyond a few English short forms and the countries with several languages.
 */
final class Locality {
    /** Shortest prefix of a country or language name that is matched against word beginnings (inflection: России, Russian). */
    static final int MIN_PREFIX = 4;

    /**
     * Countries with more than one language of news; ICU's likely subtags name one. Belgium's German-speaking press
     * is one daily, so a .be outlet is taken for Dutch or French only.
     */
    private static final Map<String, Set<String>> SEVERAL = Map.of(
            "BE", Set.of("nl", "fr"), "CH", Set.of("de", "fr", "it"), "CA", Set.of("en", "fr"),
            "BY", Set.of("be", "ru"), "KZ", Set.of("kk", "ru"), "LU", Set.of("fr", "de", "lb"), "IN", Set.of("hi", "en"));

    /** English names news uses more than ICU's formal ones. */
    private static final Map<String, String> ENGLISH_SHORT = Map.of(
            "u.s", "US", "usa", "US", "america", "US", "american", "US", "americans", "US",
            "uk", "GB", "britain", "GB", "british", "GB", "england", "GB", "scotland", "GB");

    /** One way of naming a country: a folded word prefix, a folded phrase, or a CJK string found as it is. */
    private record Name(String text, String country, boolean prefix, boolean cjk) {
    }

    /** A language's names: word and phrase names filed by {@link #head}, CJK names searched as strings. */
    private record Names(Map<String, List<Name>> byHead, List<Name> cjk) {
    }

    private static final Map<String, Names> NAMES = new ConcurrentHashMap<>();

    private Locality() {
    }

    /** The languages of the countries {@code a} names, each with its count of mentions. */
    static Map<String, Integer> languagesNamed(Analysis a) {
        String lang = a.language();
        Map<String, Integer> countries = new HashMap<>();
        if (lang == null || lang.isBlank()) {
            return countries;
        }
        Names names = NAMES.computeIfAbsent(lang, Locality::names);
        String text = a.text();
        for (Name n : names.cjk()) {
            for (int at = text.indexOf(n.text()); at >= 0; at = text.indexOf(n.text(), at + n.text().length())) {
                if (wholeKatakana(text, at, at + n.text().length())) {
                    countries.merge(n.country(), 1, Integer::sum);
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (Token t : a.tokens()) {
            if (t.type() == Token.Type.WORD) {
                words.add(t.norm());
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Name match = null;
            for (Name n : names.byHead().getOrDefault(head(w), List.of())) {
                if (n.prefix() ? w.startsWith(n.text()) : phraseAt(words, i, n.text())) {
                    match = n;
                    break;
                }
            }
            if (match != null) {
                countries.merge(match.country(), 1, Integer::sum);
            }
        }
        Map<String, Integer> languages = new HashMap<>();
        countries.forEach((country, count) -> {
            for (String l : languagesOf(country)) {
                languages.merge(l, count, Integer::sum);
            }
        });
        return languages;
    }

    /**
     * A katakana name is a whole word only where no katakana touches it: タイ (Thailand) must not count inside タイム
     * (time). Han names (日本, 中国) need no such check; they are words of their own in compounds (日本人).
     */
    private static boolean wholeKatakana(String text, int start, int end) {
        if (!katakana(text.charAt(start))) {
            return true;
        }
        return (start == 0 || !katakana(text.charAt(start - 1))) && (end >= text.length() || !katakana(text.charAt(end)));
    }

    private static boolean katakana(char c) {
        return c >= '\u30A0' && c <= '\u30FF';
    }

    /**
     * The languages an outlet publishes in, as its name or web address says: a language tag ("yahoo-ja",
     * "euronews-ru", "en.ndtv.com") or a country domain (lenta.ru, dhnet.be). Empty when neither says (bbc, .com).
     */
    static Set<String> outletLanguages(String outletOrHost) {
        if (outletOrHost == null || outletOrHost.isBlank()) {
            return Set.of();
        }
        String o = outletOrHost.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
        java.util.regex.Matcher tag = LANGUAGE_TAG.matcher(o);
        if (tag.find()) {
            String l = tag.group(1) != null ? tag.group(1) : tag.group(2);
            if (LANGUAGES.contains(l)) {
                return Set.of(l);
            }
        }
        int dot = o.lastIndexOf('.');
        if (dot > 0 && dot < o.length() - 1) {
            String tld = o.substring(dot + 1).toUpperCase(Locale.ROOT);
            if (tld.equals("UK")) {
                return Set.of("en"); // the one country domain that is not its ISO code (GB)
            }
            if (tld.length() == 2 && !GENERIC_COUNTRY_DOMAINS.contains(tld) && COUNTRIES.contains(tld)) {
                return languagesOf(tld);
            }
        }
        return Set.of();
    }

    /** A two-letter language code as a name part: "-ja" at the end, "en." at the start. */
    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[-_]([a-z]{2})$|^([a-z]{2})\\.");
    private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(ULocale.getISOCountries());
    /** Country domains sold to anyone and used for their letters (.tv, .io, .me…), which say nothing about language. */
    private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of("TV", "IO", "ME", "CO", "FM", "AI", "LY", "CC", "WS", "NU", "TO", "GG");

    private static boolean phraseAt(List<String> words, int i, String phrase) {
        String[] parts = phrase.split(" ");
        if (i + parts.length > words.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!words.get(i + k).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** The key a word is filed under: its first {@link #MIN_PREFIX} characters (names are at least that long, or exact). */
    private static String head(String word) {
        return word.length() <= MIN_PREFIX ? word : word.substring(0, MIN_PREFIX);
    }

    static Set<String> languagesOf(String country) {
        Set<String> several = SEVERAL.get(country);
        return several != null ? several
                : LIKELY.computeIfAbsent(country, c -> Set.of(ULocale.addLikelySubtags(new ULocale("und", c)).getLanguage()));
    }

    /** ICU's likely language per country, looked up once: every country mention of every member asks. */
    private static final Map<String, Set<String>> LIKELY = new ConcurrentHashMap<>();

    private static Names names(String lang) {
        ULocale in = new ULocale(lang);
        boolean cjk = lang.equals("ja") || lang.equals("zh") || lang.equals("ko");
        List<Name> out = new ArrayList<>();
        Set<String> languageNamed = new java.util.HashSet<>();
        for (String country : ULocale.getISOCountries()) {
            String name = new ULocale("", country).getDisplayCountry(in);
            if (name == null || name.isBlank() || name.equals(country)) {
                continue; // ICU has no name for it in this language
            }
            add(out, name, country, cjk);
            // The country's language named in the text's language: "Russian", "deutsch", "русский" (adjectives and
            // demonyms share its stem in most European languages). Only for one-language countries.
            Set<String> langs = languagesOf(country);
            if (langs.size() == 1 && !cjk) {
                String l = langs.iterator().next();
                String languageName = new ULocale(l).getDisplayLanguage(in);
                if (languageName != null && !languageName.equals(l) && languageNamed.add(l)
                        && ULocale.addLikelySubtags(new ULocale(l)).getCountry().equals(country)) {
                    add(out, languageName, country, false);
                }
            }
        }
        if (lang.equals("en")) {
            ENGLISH_SHORT.forEach((w, c) -> out.add(new Name(w, c, false, false)));
        }
        Map<String, List<Name>> byHead = new HashMap<>();
        List<Name> cjkNames = new ArrayList<>();
        for (Name n : out) {
            if (n.cjk()) {
                cjkNames.add(n);
            } else {
                byHead.computeIfAbsent(head(n.text().split(" ")[0]), k -> new ArrayList<>()).add(n);
            }
        }
        return new Names(byHead, cjkNames);
    }

    private static void add(List<Name> out, String name, String country, boolean cjk) {
        if (cjk) {
            out.add(new Name(name, country, false, true));
            return;
        }
        String folded = Normalizer.fold(name).strip();
        if (folded.contains(" ")) {
            out.add(new Name(folded.toLowerCase(Locale.ROOT), country, false, false));
        } else if (folded.length() > MIN_PREFIX + 1) {
            // Drop the last letter so that inflected forms meet: Россия/России, Japan/Japanese, Russia/Russian.
            out.add(new Name(folded.substring(0, folded.length() - 1), country, true, false));
        } else if (folded.length() >= 3) {
            out.add(new Name(folded, country, false, false));
        }
    }
}
