package org.storytrace.analyse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storytrace.model.Span;

/**
 * Finds dates, percentages, money, other numbers and capitalised names. Dates and numbers are found first so
 * that "November 11" is a date rather than a name plus a number.
 */
final class MentionFinder {
    /** Month names in the languages of the seeds and the commonest European ones, folded, to month number. */
    /**
     * Month names, nominative and genitive, as written: en, fr, de, es, it, pt, nl, pl, ru, uk, cs, hr, tr.
     * "listopad" is November in Polish, Czech and Ukrainian but October in Croatian: see {@link #month}.
     */
    private static final String[][] MONTH_NAMES = {
            {"january", "jan", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "stycznia", "styczeń",
                    "январь", "января", "січень", "січня", "leden", "ledna", "siječanj", "siječnja", "ocak"},
            {"february", "feb", "février", "februar", "febrero", "febbraio", "fevereiro", "februari", "lutego", "luty",
                    "февраль", "февраля", "лютий", "лютого", "únor", "února", "veljača", "veljače", "şubat", "subat"},
            {"march", "mar", "mars", "märz", "marzo", "março", "maart", "marca", "marzec", "март", "марта", "березень",
                    "березня", "březen", "března", "ožujak", "ožujka", "mart"},
            {"april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień", "апрель", "апреля", "квітень", "квітня",
                    "duben", "dubna", "travanj", "travnja", "nisan"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj", "май", "мая", "травень", "травня", "květen",
                    "května", "svibanj", "svibnja", "mayıs", "mayis"},
            {"june", "jun", "juin", "juni", "junio", "giugno", "junho", "czerwca", "czerwiec", "июнь", "июня", "червень",
                    "червня", "červen", "června", "lipanj", "lipnja", "haziran"},
            {"july", "jul", "juillet", "juli", "julio", "luglio", "julho", "lipca", "lipiec", "июль", "июля", "липень",
                    "липня", "červenec", "července", "srpanj", "srpnja", "temmuz"},
            {"august", "aug", "août", "agosto", "augustus", "sierpnia", "sierpień", "август", "августа", "серпень",
                    "серпня", "srpen", "srpna", "kolovoz", "kolovoza", "ağustos", "agustos"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesień",
                    "сентябрь", "сентября", "вересень", "вересня", "září", "rujan", "rujna", "eylül", "eylul"},
            {"october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "października", "październik",
                    "октябрь", "октября", "жовтень", "жовтня", "říjen", "října", "ekim"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "listopadu", "ноябрь",
                    "ноября", "листопад", "листопада", "studeni", "studenoga", "studenog", "kasım", "kasim"},
            {"december", "dec", "décembre", "dezember", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień",
                    "декабрь", "декабря", "грудень", "грудня", "prosinec", "prosince", "prosinac", "prosinca", "aralık", "aralik"},
    };

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH_RE;
    static {
        java.util.Set<String> names = new java.util.HashSet<>(MONTHS.keySet());
        for (String[] ns : MONTH_NAMES) {
            names.addAll(List.of(ns));
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        MONTH_RE = "(" + String.join("|", sorted) + ")\\.?";
    }

    /**
     * Month names are whole words of 3 to 12 letters followed by a number; checking that first spares the
     * case-insensitive alternation of every month name at every word, which was a third of ingest time in
     * {@code bench ingest} (JFR). It accepts every text position the alternation could, so matches are unchanged.
     */
    private static final String MONTH_THEN_NUMBER = "(?=\\p{L}{3,12}\\.?\\s+\\d)";

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b" + MONTH_THEN_NUMBER + MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:of\\s+)?" + MONTH_RE + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b" + MONTH_THEN_NUMBER + MONTH_RE + "\\s+(\\d{4})\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "(?iu)(\\d+(?:[.,]\\d+)?)\\s?(%|per\\s?cent\\b|percent\\b|pour\\s?cent\\b|prozent\\b|por\\s?ciento\\b|per\\s?cento\\b|procent\\w*|відсот\\w*|процент\\w*)");
    private static final Pattern MONEY = Pattern.compile(
            "(?iu)([$€£¥])\\s?(\\d+(?:[.,]\\d+)*)(?:\\s?(million|billion|bn|m|mln|mld|milliards?|millions?))?\\b"
                    + "|(\\d+(?:[.,]\\d+)*)\\s?(million|billion|milliards?|millions?|mln|mld)?\\s?(euros?|dollars?|pounds?|€|\\$|£|usd|eur|gbp|грн|гривень|рублей|руб)");
    /** Digits grouped by thousands with a no-break or thin space, as French and Russian write them, or plain numbers. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}{1,3}(?:[\\u00A0\\u202F\\u2009]\\p{Nd}{3})+(?:[.,]\\p{Nd}+)?|\\p{N}+(?:[.,]\\p{N}+)*");
    /** Chinese, Japanese and Korean dates: 2021年12月5日, 12月5日, 2021년 12월 5일. */
    private static final Pattern CJK_DATE = Pattern.compile(
            "(?:(\\p{Nd}{4})\\s?[年년]\\s?)?(\\p{Nd}{1,2})\\s?[月월]\\s?(\\p{Nd}{1,2})\\s?[日일]");
    /** Patterns of the key normalisers, compiled once: String.replaceAll and matches compile theirs on every call. */
    private static final Pattern MONEY_FIGURES = Pattern.compile("[\\d.,\\s]+");
    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2009]");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern SEPARATORS = Pattern.compile("[.,]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Katakana runs: in Japanese text, foreign names and loanwords (トランプ, ハミルトン), the ones translations keep. */
    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー・]{3,}");

    /** Capitalised words that open sentences without naming anything. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "these", "this", "that", "those", "there", "in", "on", "at", "but", "however", "if", "when",
            "as", "it", "its", "he", "she", "they", "we", "i", "you", "one", "to", "for", "from", "with", "by", "and", "or",
            "after", "before", "while", "what", "which", "who", "how", "why", "where", "according", "also", "so", "yet",
            "not", "no", "all", "some", "many", "most", "his", "her", "their", "our", "my", "your", "during", "since",
            "although", "though", "because", "meanwhile", "moreover", "furthermore", "in addition", "le", "la", "les",
            "un", "une", "des", "der", "die", "das", "ein", "eine", "el", "los", "las", "il", "lo", "gli", "de", "du",
            "against", "negotiations", "discussions", "related", "column", "news", "over", "under", "about", "into",
            "such", "each", "every", "other", "another", "both", "either", "neither", "here", "then", "now", "today",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Role words that precede a person's name. */
    private static final Set<String> TITLES = Set.of(
            "president", "minister", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
            "pope", "senator", "governor", "mayor", "general", "admiral", "colonel", "ambassador", "commissioner", "chairman",
            "ceo", "director", "mr", "mrs", "ms", "dr", "prof", "premier", "leader", "prince", "princess", "judge");
    /**
     * Words after which "of" continues a name ("Ministry of the Armed Forces", "Bank of England"); after any other
     * word it separates two names ("France of the UK" is France and the UK).
     */
    private static final Set<String> INSTITUTIONS = Set.of(
            "ministry", "minister", "department", "bank", "university", "republic", "kingdom", "office", "court", "council",
            "institute", "museum", "union", "president", "secretary", "house", "palace", "chamber", "committee",
            "commission", "agency", "board", "bureau", "state", "states", "army", "navy", "forces", "church", "party",
            "federation", "organization", "organisation", "association", "league", "school", "college", "foundation",
            "center", "centre", "city", "province", "region", "gulf", "sea", "bay", "lake", "river", "isle", "islands",
            "cape", "duke", "prince", "princess", "king", "queen", "emperor", "bishop", "archbishop", "governor", "mayor",
            "chief", "head", "leader", "director", "general", "chancellor", "speaker", "commander", "police");
    /** Lower-case words that may stand inside a name: "Ministry of the Armed Forces", "Charles de Gaulle". */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "du", "des", "la", "le", "von", "van", "der", "di", "da", "del", "al", "for");

    /** The language of the text being read, which settles the few month names languages disagree on; may be null. */
    private final String language;

    MentionFinder(String language) {
        this.language = language;
    }

    List<Mention> find(String text, List<Token> tokens, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Starts starts = Starts.of(text);
        findDates(text, starts, out, taken);
        findPattern(text, starts, MONEY, Mention.Kind.MONEY, out, taken);
        findPattern(text, starts, PERCENT, Mention.Kind.PERCENT, out, taken);
        findPattern(text, starts, NUMBER, Mention.Kind.NUMBER, out, taken);
        findNames(text, tokens, sentences, out, taken);
        findPattern(text, starts, KATAKANA, Mention.Kind.NAME, out, taken);
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return out;
    }

    private void findDates(String text, Starts starts, List<Mention> out, BitSet taken) {
        StartsAt found = starts.matches(ISO_DATE);
        Matcher m = found.matcher();
        while (found.find()) {
            add(out, taken, Mention.Kind.DATE, m.start(), m.end(), text, m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        found = starts.matches(MONTH_DAY_YEAR);
        m = found.matcher();
        while (found.find()) {
            int day = Integer.parseInt(m.group(2));
            if (free(taken, m.start(), m.end()) && day >= 1 && day <= 31) {
                add(out, taken, Mention.Kind.DATE, m.start(), m.end(), text, dateKey(m.group(3), month(m.group(1)), day));
            }
        }
        found = starts.matches(DAY_MONTH_YEAR);
        m = found.matcher();
        while (found.find()) {
            int day = Integer.parseInt(m.group(1));
            if (free(taken, m.start(), m.end()) && day >= 1 && day <= 31) {
                add(out, taken, Mention.Kind.DATE, m.start(), m.end(), text, dateKey(m.group(3), month(m.group(2)), day));
            }
        }
        found = starts.matches(CJK_DATE);
        m = found.matcher();
        while (found.find()) {
            int month = Integer.parseInt(asciiDigits(m.group(2)));
            int day = Integer.parseInt(asciiDigits(m.group(3)));
            if (free(taken, m.start(), m.end()) && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                add(out, taken, Mention.Kind.DATE, m.start(), m.end(), text,
                        dateKey(m.group(1) == null ? null : asciiDigits(m.group(1)), month, day));
            }
        }
        found = starts.matches(MONTH_YEAR);
        m = found.matcher();
        while (found.find()) {
            if (free(taken, m.start(), m.end())) {
                add(out, taken, Mention.Kind.DATE, m.start(), m.end(), text, m.group(2) + "-" + String.format(Locale.ROOT, "%02d", month(m.group(1))));
            }
        }
    }

    /** Any script's decimal digits as ASCII ones: ２０２１ and ٢٠٢١ are 2021. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }

    private static String dateKey(String year, int month, int day) {
        return (year == null ? "-" : year) + String.format(Locale.ROOT, "-%02d-%02d", month, day);
    }

    private int month(String name) {
        String folded = Normalizer.fold(name).replace(".", "");
        if ("hr".equals(language) && folded.startsWith("listopad")) {
            return 10;
        }
        return MONTHS.get(folded);
    }

    private static void findPattern(String text, Starts starts, Pattern p, Mention.Kind kind, List<Mention> out, BitSet taken) {
        StartsAt found = starts.matches(p);
        Matcher m = found.matcher();
        while (found.find()) {
            if (m.end() > m.start() && free(taken, m.start(), m.end())) {
                add(out, taken, kind, m.start(), m.end(), text, numberKey(kind, m.group()));
            }
        }
    }

    /** Numbers keyed by value, so "70,82 %" and "70.82%" meet; money keeps its unit words. */
    private static String numberKey(Mention.Kind kind, String raw) {
        if (kind == Mention.Kind.NAME) {
            return nameKey(raw);
        }
        Matcher n = NUMBER.matcher(raw);
        String value = n.find() ? normaliseNumber(n.group()) : raw;
        return switch (kind) {
            case PERCENT -> value + "%";
            case MONEY -> "money:" + MONEY_FIGURES.matcher(Normalizer.fold(raw)).replaceAll(" ").strip() + ":" + value;
            default -> value;
        };
    }

    private static String normaliseNumber(String raw) {
        String s = GROUPING_SPACES.matcher(asciiDigits(raw)).replaceAll("");
        // "1,000,000" and "1.000.000" are thousands; a single separator followed by 1 or 2 digits is a decimal mark.
        if (THOUSANDS.matcher(s).matches()) {
            return SEPARATORS.matcher(s).replaceAll("");
        }
        return s.replace(',', '.');
    }

    private static void findNames(String text, List<Token> tokens, List<Sentence> sentences, List<Mention> out, BitSet taken) {
        BitSet sentenceStarts = new BitSet(text.length());
        for (Sentence s : sentences) {
            sentenceStarts.set(firstLetterOrDigit(text, s.span()));
        }
        java.util.Set<String> capitalisedInside = new java.util.HashSet<>();
        for (Token t : tokens) {
            if (isCapitalised(t) && !sentenceStarts.get(t.span().start())) {
                capitalisedInside.add(t.norm());
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!isCapitalised(t) || !free(taken, t.span().start(), t.span().end())) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < tokens.size()) {
                Token next = tokens.get(j);
                if (!onlySpaceBetween(text, tokens.get(j - 1), next) || !free(taken, next.span().start(), next.span().end())) {
                    break;
                }
                if (isCapitalised(next)) {
                    last = j;
                    j++;
                } else if (CONNECTORS.contains(next.text()) && connectsToName(text, tokens, j)
                        && (!next.text().equals("of") || INSTITUTIONS.contains(tokens.get(j - 1).norm()))) {
                    j++;
                } else {
                    break;
                }
            }
            // Drop leading words that only open the sentence: "The French Ministry" → "French Ministry".
            while (first <= last && (NOT_NAMES.contains(tokens.get(first).norm())
                    || sentenceStarts.get(tokens.get(first).span().start()) && first == last && !looksLikeName(tokens.get(first), capitalisedInside))) {
                first++;
                while (first <= last && CONNECTORS.contains(tokens.get(first).text())) {
                    first++;
                }
            }
            first = afterTitles(tokens, first, last);
            if (first <= last) {
                int start = tokens.get(first).span().start();
                int end = tokens.get(last).span().end();
                String surface = text.substring(start, end);
                add(out, taken, Mention.Kind.NAME, start, end, text, nameKey(surface));
            }
            i = last + 1;
        }
    }

    /** Whether the connector at {@code j} ("of", or "of the") leads straight to another capitalised word. */
    private static boolean connectsToName(String text, List<Token> tokens, int j) {
        int k = j;
        while (k + 1 < tokens.size() && k - j < 2 && onlySpaceBetween(text, tokens.get(k), tokens.get(k + 1))) {
            Token next = tokens.get(k + 1);
            if (isCapitalised(next)) {
                return true;
            }
            if (!CONNECTORS.contains(next.text())) {
                return false;
            }
            k++;
        }
        return false;
    }

    /**
     * Skips a leading role ("French President", "Foreign Minister") when a personal name follows, so that
     * the person is matched across articles that title them differently.
     */
    private static int afterTitles(List<Token> tokens, int first, int last) {
        int cut = -1;
        for (int k = first; k < last; k++) {
            if (TITLES.contains(tokens.get(k).norm())) {
                cut = k;
            }
        }
        if (cut >= 0 && isCapitalised(tokens.get(cut + 1)) && !TITLES.contains(tokens.get(cut + 1).norm())) {
            return cut + 1;
        }
        return first;
    }

    /**
     * A capitalised word alone at the start of a sentence is a name only when the text also capitalises it
     * elsewhere, or it is an acronym: "Babcock" is, "Composed" and "Troops" are not.
     */
    private static boolean looksLikeName(Token t, java.util.Set<String> capitalisedInside) {
        boolean acronym = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
        return acronym || capitalisedInside.contains(t.norm());
    }

    static String nameKey(String surface) {
        String k = Normalizer.fold(surface);
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        return SPACES.matcher(k).replaceAll(" ");
    }

    private static boolean isCapitalised(Token t) {
        return t.type() == Token.Type.WORD && Character.isUpperCase(t.text().codePointAt(0)) && !MONTHS.containsKey(t.norm());
    }

    private static boolean onlySpaceBetween(String text, Token a, Token b) {
        for (int k = a.span().end(); k < b.span().start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) || c == '\n' || c == '\r') {
                return false;
            }
        }
        return b.span().start() - a.span().end() <= 2;
    }

    private static int firstLetterOrDigit(String text, Span s) {
        for (int k = s.start(); k < s.end(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return k;
            }
        }
        return s.start();
    }

    private static boolean free(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next < 0 || next >= end;
    }

    private static void add(List<Mention> out, BitSet taken, Mention.Kind kind, int start, int end, String text, String key) {
        out.add(new Mention(kind, new Span(start, end), text.substring(start, end), key));
        taken.set(start, end);
    }

    private static Map<String, Integer> months() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            for (String n : MONTH_NAMES[i]) {
                m.putIfAbsent(Normalizer.fold(n), i + 1);
            }
        }
        return Map.copyOf(m);
    }


    /** The patterns {@link Starts} knows where to try; all the others are tried everywhere. */
    static final List<Pattern> PATTERNS = List.of(ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR, CJK_DATE, MONTH_YEAR, MONEY, PERCENT, NUMBER, KATAKANA);

    /**
     * The positions of one text where each pattern can start a match: its ASCII digits (where {@code \d} opens a
     * date or a figure), its characters of Unicode class N (any script's numbers), currency signs, and the word
     * before a space and a digit (the lookahead {@link #MONTH_THEN_NUMBER} every month-first date starts with).
     */
    record Starts(String text, int[] asciiDigits, int[] numbers, int[] money, int[] monthWords) {
        static Starts of(String text) {
            IntList digits = new IntList();
            IntList numbers = new IntList();
            IntList money = new IntList();
            IntList monthWords = new IntList();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp >= '0' && cp <= '9') {
                    digits.add(i);
                    money.add(i);
                    int word = wordBeforeSpaceAt(text, i);
                    if (word >= 0) {
                        monthWords.add(word);
                    }
                } else if (cp == '$' || cp == '€' || cp == '£' || cp == '¥') {
                    money.add(i);
                }
                int type = Character.getType(cp);
                if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
                    numbers.add(i);
                }
                i += Character.charCount(cp);
            }
            return new Starts(text, digits.toArray(), numbers.toArray(), money.toArray(), monthWords.toArray());
        }

        /** The matches of {@code pattern} in the text, found where they can start. */
        StartsAt matches(Pattern pattern) {
            int[] at;
            if (pattern == ISO_DATE || pattern == DAY_MONTH_YEAR || pattern == PERCENT) {
                at = asciiDigits;
            } else if (pattern == MONTH_DAY_YEAR || pattern == MONTH_YEAR) {
                at = monthWords;
            } else if (pattern == CJK_DATE || pattern == NUMBER) {
                at = numbers;
            } else if (pattern == MONEY) {
                at = money;
            } else {
                at = null;
            }
            return new StartsAt(pattern, text, at);
        }

        /**
         * The start of the letters before the whitespace before {@code digit} (a full stop allowed after them), or
         * -1: where {@code \p{L}{3,12}\.?\s+\d} can match, whatever the count of letters, which the pattern checks.
         */
        private static int wordBeforeSpaceAt(String text, int digit) {
            int q = digit;
            while (q > 0 && isRegexSpace(text.charAt(q - 1))) {
                q--;
            }
            if (q == digit) {
                return -1;
            }
            if (q > 0 && text.charAt(q - 1) == '.') {
                q--;
            }
            int end = q;
            while (q > 0 && Character.isLetter(text.codePointBefore(q))) {
                q -= Character.charCount(text.codePointBefore(q));
            }
            return q < end ? q : -1;
        }

        /** {@code \s} without the Unicode flag. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
    }

    /** A growable list of ints, so that a text's positions are not boxed. */
    private static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int i) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = i;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
