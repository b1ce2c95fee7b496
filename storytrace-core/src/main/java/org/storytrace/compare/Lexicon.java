package org.storytrace.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists compare reasons with, kept as data like trafilatura's xpaths.py: function words, framing
 * language, scope and actor words, speech verbs, modals, negation and opposition. English first, with the
 * commonest forms of the other languages the archive reads; add a language by adding rows.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** A set from a word list that may repeat a word across languages ("non", "nie"). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words that carry no claim of their own, folded. */
    static final Set<String> STOP = words(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "this",
            "that", "these", "those", "which", "who", "whom", "whose", "what", "there", "their", "they", "them", "he", "she",
            "his", "her", "we", "our", "you", "your", "i", "my", "not", "no", "so", "such", "also", "than", "then", "into",
            "about", "over", "under", "after", "before", "while", "since", "once", "if", "when", "where", "how", "why",
            "all", "any", "some", "more", "most", "other", "one", "can", "could", "would", "will", "may", "might", "should",
            "must", "shall", "up", "out", "off", "very", "just", "now", "yet", "already", "still", "only", "even", "both",
            "each", "own", "same", "further", "against", "between", "through", "during", "without", "within", "upon",
            "doing", "done", "make", "made", "makes", "making", "get", "got", "gets", "take", "took", "taken", "takes",
            "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "en", "au", "aux", "est", "sont", "qui", "que",
            "der", "die", "das", "ein", "eine", "und", "oder", "ist", "sind", "zu", "mit", "von", "auf", "fur", "den", "dem",
            "el", "los", "las", "y", "es", "con", "por", "para", "il", "lo", "gli", "e", "di", "che", "per", "con");

    /**
     * Function words of one language beyond {@link #STOP}, for reading that language across to English ({@link Gloss}):
     * left in, they would take dictionary pivots ("dans" → "inside", "sur" → "sure") and make every sentence pair look
     * alike. Kept apart from {@link #STOP} because some are English words ("son", "plus", "pour").
     */
    private static final Map<String, Set<String>> STOP_BY_LANGUAGE = Map.of(
            "fr", words("dans", "sur", "pour", "par", "avec", "sans", "sous", "chez", "vers", "entre", "contre", "depuis",
                    "pendant", "avant", "apres", "lors", "selon", "ses", "son", "sa", "leur", "leurs", "notre", "nos", "votre",
                    "vos", "mon", "ma", "mes", "ton", "ta", "tes", "ce", "cet", "cette", "ces", "celui", "celle", "ceux",
                    "celles", "il", "ils", "elle", "elles", "nous", "vous", "on", "lui", "eux", "se", "ne", "pas", "plus",
                    "mais", "donc", "car", "ni", "comme", "si", "tres", "aussi", "encore", "deja", "alors", "ainsi",
                    "toutefois", "cependant", "pourtant", "meme", "tout", "tous", "toute", "toutes", "autre", "autres",
                    "dont", "ou", "quand", "ont", "avait", "avaient", "etait", "etaient", "ete", "etre", "avoir", "fait",
                    "faire", "sera", "seront", "aura", "auront", "une", "uns", "unes", "agit", "vont", "elles", "y"));

    /** {@link #STOP_BY_LANGUAGE} of one language, empty for a language without a list. */
    static Set<String> stop(String language) {
        return STOP_BY_LANGUAGE.getOrDefault(language, Set.of());
    }

    /** Languages that put most adjectives after the noun: troupes occidentales, tropas occidentales. */
    static final Set<String> ADJECTIVE_AFTER_NOUN = words("fr", "es", "it", "pt", "ro", "ca");

    /**
     * Loaded or editorial language: a text that adds these is framing, not reporting. Phrases are matched on
     * folded text as whole words; a trailing {@code *} matches any ending.
     */
    static final List<String> FRAMING = List.of(
            "criminal war", "unleashed by", "unleashed against", "war unleashed", "so-called", "regime", "aggressor",
            "aggression", "terrorist state", "terrorists", "barbaric", "brutal", "brutally", "atrocit*", "genocid*",
            "invaders", "occupiers", "occupation forces", "puppet", "propaganda", "shameful", "disgraceful", "heroic",
            "heroes", "cynical", "cynically", "treacherous", "insidious", "infamous", "notorious", "vile", "horrific",
            "outrageous", "scandalous", "blatant", "unprecedented", "catastrophic", "disastrous", "ruthless",
            "bloodthirsty", "murderous", "dictator", "tyrant", "junta", "rashist*", "ruscist*", "orcs",
            "guerre criminelle", "soi-disant", "prétendu*", "régime", "agresseur", "sogenannt*", "angriffskrieg",
            "verbrecherisch*", "supuesto", "régimen", "agresor", "cosiddett*", "regime criminale",
            "zbrodnicz*", "tak zwan*", "злочинн*", "так зван*", "агресор*", "окупант*", "рашист*", "преступн*", "так называем*");

    /** Geopolitical scope: "Western" troops are not "EU" troops, whatever noun each qualifies. */
    static final Set<String> GEO_SCOPE = words(
            "western", "european", "eu", "nato", "international", "global", "worldwide", "allied", "occidental",
            "europeen", "europeens", "westlich", "westliche", "europaisch", "occidentales", "europeos",
            "occidentale", "occidentaux", "europeenne", "europeennes", "ue", "otan", "internationale", "internationaux",
            "mondial", "mondiale");

    /** Words that set how far a claim reaches: geopolitical scope and quantifiers. */
    static final Set<String> SCOPE = words(
            "western", "european", "eu", "nato", "international", "global", "worldwide", "allied", "all", "some", "many", "most", "several", "few", "entire", "whole", "every",
            "certain", "various", "numerous", "occidental", "europeen", "europeens", "westlich", "westliche", "europaisch",
            "occidentales", "europeos", "occidentale", "occidentaux", "europeenne", "europeennes", "ue", "otan",
            "certains", "certaines", "plusieurs", "quelques", "nombreux", "nombreuses", "chaque");

    /** Groups that act in a claim; a different group in an aligned sentence is a changed actor. */
    static final Set<String> ACTORS = words(
            "allies", "ally", "partners", "partner", "countries", "country", "states", "governments", "government",
            "leaders", "officials", "authorities", "members", "nations", "capitals", "neighbours", "neighbors",
            "donors", "friends", "supporters", "backers", "coalition", "alliance",
            "allies", "allie", "partenaires", "partenaire", "pays", "etats", "gouvernements", "gouvernement", "dirigeants",
            "responsables", "autorites", "membres", "capitales", "voisins", "soutiens");

    /** Verbs that introduce reported speech; what precedes or follows them names who is credited. */
    static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|say|confided|confides|told|tells|declared|declares|stated|states|noted|notes|stressed|stresses|"
                    + "emphasi[sz]ed|emphasi[sz]es|added|adds|explained|explains|according to|claimed|claims|reported|reports|"
                    + "wrote|writes|announced|announces|a déclaré|a confié|a affirmé|a indiqué|a expliqué|a souligné|selon|"
                    + "sagte|erklärte|dijo|afirmó|ha detto|сказав|заявив|заявил|сказал)\\b",
            // Unicode word boundaries, or "a confié" never ends a word: é is not a word character to ASCII \b.
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Nouns for whoever is credited with a statement. */
    static final Set<String> SPEAKERS = words(
            "source", "sources", "representative", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
            "minister", "ministry", "diplomat", "diplomats", "expert", "experts", "analyst", "analysts", "adviser",
            "advisor", "aide", "insider", "journalists", "journalist", "newspaper", "publication", "article", "authors",
            "author", "outlet", "agency", "military", "government", "office", "department", "service", "command",
            "porte-parole", "responsable", "responsables", "ministre", "ministere", "diplomate", "diplomates", "expert",
            "experts", "conseiller", "proche", "journal", "journalistes", "militaire", "militaires", "gouvernement", "entourage");

    /** Modal words that turn an assertion into a possibility. */
    static final Set<String> MODALS = words(
            "would", "could", "might", "may", "should", "possibly", "perhaps", "likely", "reportedly", "allegedly",
            "pourrait", "serait", "würde", "könnte", "podría", "sería", "potrebbe", "sarebbe",
            "pourraient", "seraient", "devrait", "devraient", "peut-etre", "eventuellement", "probablement");

    /** Words that flip the polarity of a claim. */
    static final Set<String> NEGATIONS = words(
            // French "ne" is left out: "ne ... pas" is one negation, and counting both words would cancel it.
            "not", "no", "never", "nor", "n't", "none", "neither", "without", "pas", "jamais", "aucun", "aucune", "nicht", "kein",
            "keine", "nie", "nunca", "non", "nie", "не", "ні");

    /** Words that state opposition or refusal: "opposed" and "not rejected" point opposite ways. */
    static final Set<String> OPPOSITION = words(
            "opposed", "oppose", "opposes", "opposition", "rejected", "reject", "rejects", "refused", "refuse", "refuses",
            "refusal", "denied", "deny", "denies", "discard", "discarded", "blocked", "block", "vetoed", "veto",
            "resisted", "resist", "objected", "ruled", "dismissed", "dismiss");

    /** Names that designate the same place or body: a rewrite that says "Great Britain" for "the UK" has not dropped it. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("uk", "united kingdom"), Map.entry("great britain", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("united kingdom", "united kingdom"), Map.entry("us", "united states"), Map.entry("usa", "united states"),
            Map.entry("america", "united states"), Map.entry("united states", "united states"),
            Map.entry("american", "united states"), Map.entry("kiev", "kyiv"), Map.entry("kyiv", "kyiv"),
            Map.entry("eu", "european union"), Map.entry("european union", "european union"),
            Map.entry("royaume-uni", "united kingdom"), Map.entry("grande-bretagne", "united kingdom"),
            Map.entry("etats-unis", "united states"), Map.entry("americain", "united states"),
            Map.entry("americaine", "united states"), Map.entry("americains", "united states"), Map.entry("ue", "european union"),
            Map.entry("union europeenne", "european union"));

    /** Words after which a new clause starts inside a sentence ("…, which …", "… that …", "… against the background of …"). */
    static final Pattern CLAUSE_OPENERS = Pattern.compile(
            "(?iu)\\s(?=(?:which|who|whom|whose|that|while|whereas|although|though|because|since|after|amid|as well as|"
                    + "against the background of|against the backdrop of|in the context of|following|including|led by|"
                    + "qui|que|dont|lorsque|tandis que|alors que|parce que|puisque|notamment|emmenés par|à la faveur de)\\s|qu['’])");
}
