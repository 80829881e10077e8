package io.papercuts.themes;

/**
 * A theme found in one sentence, with the evidence: the sentence text from the first to the last
 * token the rule matched (e.g. "same email twice"), and the rule that fired, as written in the
 * taxonomy ({@link MatchRule#source()}), so a taxonomy author can see which of a theme's rules
 * took the sentence.
 */
public record ThemeMatch(String themeId, String matchedText, String rule) {
}
