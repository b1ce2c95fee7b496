package org.storytrace.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Brings gold labels and every library's output to one comparable ISO 639-1 form, so that a guess is right exactly
 * when the codes are equal.
 */
final class LanguageCodes {
    /**
     * ISO 639-3 codes of individual languages that the OpenNLP langdetect-183 model uses where the JDK only knows
     * the macrolanguage; mapped to the macrolanguage's ISO 639-1 code.
     */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
            "cmn", "zh", "pes", "fa", "zsm", "ms", "lvs", "lv", "ekk", "et", "uzn", "uz", "azj", "az", "khk", "mn",
            "swh", "sw", "arb", "ar");

    /** ISO 639-3 (and -2/T) to ISO 639-1, built from the JDK's own table. */
    private static final Map<String, String> THREE_TO_TWO = threeToTwo();

    private LanguageCodes() {
    }

    /**
     * The comparable form of {@code code}: lower case, primary subtag only (so {@code zh-yue} and {@code zh-classical}
     * count as {@code zh}, {@code be-tarask} as {@code be}), three-letter codes as two letters where one exists, and
     * Norwegian Bokmål ({@code nb}) as Norwegian ({@code no}) because the gold labels use the macrolanguage.
     */
    static String comparable(String code) {
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        String two = primary.length() == 3 ? THREE_TO_TWO.getOrDefault(primary, primary) : primary;
        return "nb".equals(two) ? "no" : two;
    }

    private static Map<String, String> threeToTwo() {
        Map<String, String> map = new HashMap<>(INDIVIDUAL_TO_MACRO);
        for (String two : Locale.getISOLanguages()) {
            map.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        return Map.copyOf(map);
    }
}
