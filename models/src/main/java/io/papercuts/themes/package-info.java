/**
 * Themes: the taxonomy ({@code ThemeTaxonomy}, built in or a user's CSV, each
 * {@code ThemeDefinition} with its {@code MatchRule}s, matched by {@code ThemeMatcher}) and
 * themes discovered by meaning ({@code ThemeDiscovery}: {@code SentenceClusterer} groups sentence
 * vectors, {@code ClusterNamer} names them, {@code TaxonomyFolding} folds a piece of a taxonomy
 * theme into it). A new built-in theme is a row in {@code taxonomy.csv} (docs/themes.md), not code.
 */
package io.papercuts.themes;
