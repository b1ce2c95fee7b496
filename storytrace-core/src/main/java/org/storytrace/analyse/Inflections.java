package org.storytrace.analyse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strips the commonest inflection suffix of a folded word, per language. Dictionaries hold lemmas and news text
 * is inflected, so a word is looked up again by its stripped form, and every headword is also filed under its
 * own stripped form: Russian правительства and правительство both become правительств and meet. The lists are
 * deliberately short; a wrong strip only costs a lookup, since the exact form is always tried first.
 */
final class Inflections {
    /** Stripping never leaves fewer letters than this: shorter stems meet unrelated words. */
    static final int MIN_STEM = 3;
    /** A compound's head must be at least this long to be trusted (Weihnachts|baum, Flüchtlings|krise). */
    static final int MIN_HEAD = 4;

    private static final Map<String, List<String>> SUFFIXES = Map.ofEntries(
            suffixes("de", "ern", "en", "er", "em", "es", "e", "n", "s", "est", "st", "et", "t", "te", "ten", "tes", "ter", "tem"),
            suffixes("nl", "en", "s", "e", "er", "te", "ten", "de", "den", "t"),
            suffixes("fr", "aient", "ements", "ement", "ations", "ation", "euses", "euse", "ions", "ées", "ée", "és", "é",
                    "ent", "ait", "ais", "ant", "ons", "eux", "aux", "es", "er", "ez", "ir", "re", "e", "s", "x"),
            suffixes("es", "aciones", "ación", "mente", "amos", "aron", "ados", "adas", "ando", "iendo", "ado", "ada",
                    "ido", "ida", "ar", "er", "ir", "os", "as", "es", "an", "en", "o", "a", "e", "s"),
            suffixes("it", "zioni", "zione", "mente", "ando", "endo", "ato", "ata", "ati", "ate", "ito", "ita", "iti",
                    "are", "ere", "ire", "i", "o", "a", "e"),
            suffixes("pt", "ções", "ção", "mente", "ando", "endo", "ado", "ada", "ados", "adas", "ar", "er", "ir", "os",
                    "as", "es", "am", "o", "a", "e", "s"),
            suffixes("cs", "ového", "ovými", "ami", "emi", "ích", "ých", "ého", "ému", "ými", "ími", "ovi", "ové", "ech",
                    "ům", "ou", "em", "ho", "mu", "ým", "ím", "ovat", "uje", "ují", "ala", "alo", "ali", "il", "ila",
                    "ilo", "ili", "ů", "a", "e", "i", "o", "u", "y", "é", "á", "í", "ý", "ě", "l"),
            suffixes("hr", "ima", "ama", "ovi", "ova", "ove", "ega", "emu", "om", "em", "og", "oj", "ih", "im", "ati",
                    "iti", "jeti", "ao", "la", "lo", "li", "ila", "ili", "io", "ju", "je", "mo", "te", "i", "a", "e",
                    "u", "o"),
            suffixes("pl", "ami", "ach", "ów", "om", "owi", "ego", "emu", "ych", "ich", "ymi", "imi", "ej", "ie",
                    "ać", "ić", "eć", "ował", "ała", "ało", "ali", "ały", "ują", "uje", "ania", "anie", "y", "i", "a",
                    "e", "ę", "ą", "u", "o", "em"),
            suffixes("ru", "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя",
                    "ое", "ее", "ые", "ие", "ых", "их", "ую", "юю", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем",
                    "ть", "ет", "ют", "ат", "ят", "ит", "ил", "ила", "ило", "или", "ся", "ась", "ись", "ется",
                    "ются", "ия", "ии", "ию", "ией", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"),
            suffixes("uk", "ами", "ями", "ого", "ому", "ими", "ій", "ий", "ої", "ою", "ею", "ая", "ів", "ам", "ям",
                    "ах", "ях", "ом", "ем", "ти", "ть", "ся", "ла", "ло", "ли", "ня", "а", "я", "о", "е", "и", "і",
                    "у", "ю", "ь"),
            suffixes("tr", "ları", "leri", "lar", "ler", "nın", "nin", "dan", "den", "tan", "ten", "da", "de", "ta",
                    "te", "ın", "in", "un", "ün", "ı", "i", "u", "ü", "a", "e"));
    private static final Set<String> COMPOUNDING = Set.of("de", "nl");

    private Inflections() {
    }

    /** Folded, de-duplicated, longest first, so the first suffix that fits is the longest. */
    private static Map.Entry<String, List<String>> suffixes(String language, String... written) {
        return Map.entry(language, Arrays.stream(written).map(Normalizer::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** The word without its longest known suffix, or the word itself when none fits. */
    static String strip(String language, String folded) {
        for (String suffix : SUFFIXES.getOrDefault(language, List.of())) {
            if (folded.length() - suffix.length() >= MIN_STEM && folded.endsWith(suffix)) {
                return folded.substring(0, folded.length() - suffix.length());
            }
        }
        return folded;
    }

    /** Whether the language writes compounds as one word whose last part is the head (Bundesregierung). */
    static boolean compounds(String language) {
        return COMPOUNDING.contains(language);
    }
}
