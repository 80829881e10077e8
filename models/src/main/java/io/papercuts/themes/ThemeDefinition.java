package io.papercuts.themes;

import java.io.Serializable;
import java.util.List;

/**
 * One taxonomy row: a stable id (snake_case, used in every output table), whether it is a paper
 * cut or a loud stated reason, a readable label and description, the keywords that mean a survey's
 * stated reason names this theme, the keyphrases it covers (so discovery does not rediscover it)
 * and its match rules (any one matching is enough).
 */
public record ThemeDefinition(
    String id,
    ThemeKind kind,
    String label,
    String description,
    List<String> statedKeywords,
    List<String> aspects,
    List<MatchRule> rules) implements Serializable {

  public ThemeDefinition {
    statedKeywords = List.copyOf(statedKeywords);
    aspects = List.copyOf(aspects);
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("theme " + id + " has no rules");
    }
  }
}
