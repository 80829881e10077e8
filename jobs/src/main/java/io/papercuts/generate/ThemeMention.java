package io.papercuts.generate;

/**
 * One complaint sentence the generator wrote, with its label: the customer (also for reviews
 * published without a customer id, then {@code linked} is false), the theme, the source
 * ({@code survey}, {@code transcript}, {@code review}) and the id of the record holding it, the
 * sentence exactly as written, its style, whether it explains the churner's stated reason, and the
 * review rating (0 outside reviews).
 */
public record ThemeMention(
    String customerId,
    String themeId,
    String source,
    String documentId,
    boolean linked,
    String sentence,
    MentionStyle style,
    boolean explainsStatedReason,
    int rating) {
}
