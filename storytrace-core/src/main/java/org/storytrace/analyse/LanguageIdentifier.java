package org.storytrace.analyse;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification with optimaize language-detector 0.6 (n-gram profiles for 71 languages, pure Java).
 * Kept by measurement: {@code storytrace eval langid} (EVALUATION.md, "Language identification", run of 2026-11-28
 * on the wmt22 news, itn blurbs and newspaper4k dev sets) compared it with lingua 1.2.2 and OpenNLP langdetect-183.
 * On whole articles it is right on 99.3% of wmt22 news (lingua restricted to our 17 languages 100%, OpenNLP 98.8%)
 * and 3 to 5 times faster per article than any other candidate (1,200-1,600 articles per CPU-second over three runs,
 * against 160-400), in 76 MB of heap where lingua's high-accuracy models take 494 MB and 11 s to load. Even so it
 * costs 0.6-0.8 ms of CPU per article, above the 0.2 ms the pipeline can spend, and it is weak on Chinese and
 * Japanese: all five wmt22 misses are zh or ja, and it ranks Korean first for a third of the Chinese itn blurbs;
 * those three are now told by their scripts ({@link #eastAsian}).
 */
final class LanguageIdentifier {
    /**
     * Below this probability the language is reported as undetermined rather than guessed. Not swept: with it,
     * eval langid (2026-11-28) leaves 0.15% of wmt22 news articles and 3.6% of itn blurbs undetermined.
     */
    static final double MIN_CONFIDENCE = 0.5;
    /**
     * Only this much of a text is looked at, cut at a space. optimaize filters and normalises its whole input
     * before sampling n-grams from it, which made identification a third of analysis time in bench ingest;
     * a thousand characters are some 150 words, far more than its n-gram sampling needs to settle.
     */
    static final int MAX_CHARS = 400;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("analyse: cannot load language profiles from the classpath", e);
        }
    }

    /** The most probable language and its probability, or {@code und} with the best probability seen. */
    Guess identify(String text) {
        String head = head(text);
        String east = eastAsian(head);
        if (east != null) {
            return new Guess(east, 1.0);
        }
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(head));
        if (probabilities.isEmpty()) {
            return new Guess(Analysis.UNDETERMINED, 0);
        }
        DetectedLanguage best = probabilities.get(0);
        String code = best.getLocale().getLanguage();
        return best.getProbability() >= MIN_CONFIDENCE ? new Guess(code, best.getProbability()) : new Guess(Analysis.UNDETERMINED, best.getProbability());
    }

    /**
     * Chinese, Japanese or Korean when most of the text's letters are Han, kana or Hangul, told apart by script
     * alone: Japanese is the only one of the three written with kana (its particles and endings are hiragana, so
     * any running Japanese text has many), Korean the only one with Hangul. optimaize's n-grams confused them
     * (every wmt22 miss was zh or ja, and it ranked Korean first for a third of the Chinese blurbs), and the
     * script answer costs one pass over the head instead of its sampling. Null when the text is not mostly CJK.
     */
    static String eastAsian(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < 0x1100) {
                continue; // below Hangul Jamo: Latin, Cyrillic, Arabic and the rest, none of them CJK
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {
                }
            }
        }
        int cjk = han + kana + hangul;
        if (letters == 0 || cjk * 2 < letters) {
            return null;
        }
        if (hangul * 2 >= cjk) {
            return "ko";
        }
        return kana * 10 >= han + kana ? "ja" : "zh";
    }

    private static String head(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    record Guess(String language, double probability) {
    }
}
