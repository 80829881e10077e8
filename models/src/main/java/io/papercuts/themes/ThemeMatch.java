package io.papercuts.themes;

/**
 * A theme found in one sentence, with the evidence: the sentence text from the first to the last
 * token the rule matched (e.g. "same email twice").
 */
public record ThemeMatch(String themeId, String matchedText) {
}
