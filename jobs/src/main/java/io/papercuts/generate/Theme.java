package io.papercuts.generate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The themes of the synthetic world, under the ids the engine's taxonomy uses (and three app
 * cuts it does not know, present only when planted). Each friction has
 * relative weights for where a customer tends to mention it (exit comment, support conversation,
 * review); {@link #PRICE} and {@link #COMPETITOR} are the loud stated reasons, not frictions.
 * Immutable and thread-safe.
 */
public enum Theme {
  DUPLICATE_MARKETING("duplicate_marketing", 2, 2, 4),
  HOLD_TIME("hold_time", 1, 6, 2),
  TRANSFERS("transfers", 2, 6, 2),
  CALLBACK_MISSED("callback_missed", 1, 5, 2),
  RENEWAL_CANCELLATION("renewal_cancellation", 3, 4, 2),
  BILLING_ERROR("billing_error", 1, 5, 2),
  LOGIN_PASSWORD("login_password", 1, 5, 2),
  SETUP_GLITCH("setup_glitch", 1, 4, 3),
  DELIVERY_NOTIFICATION("delivery_notification", 1, 3, 4),
  PACKAGING_DAMAGE("packaging_damage", 1, 1, 5),
  TECHNICIAN_NO_SHOW("technician_no_show", 2, 4, 3),
  NAME_TYPO("name_typo", 2, 2, 4),
  ACCOUNT_MANAGER_CHANGE("account_manager_change", 3, 2, 3),
  UPDATE_DOWNLOAD("update_download", 1, 3, 4),
  PRICE("price", 0, 3, 4),
  COMPETITOR("competitor", 0, 2, 2),
  // Paper cuts of a banking or shopping app that no built-in taxonomy theme knows: in a corpus
  // only when planted, so discovery can be tested on issues the rules have never seen.
  CHAT_COVERS_PAY("chat_covers_pay", 1, 3, 4, false),
  LANGUAGE_RESET("language_reset", 1, 3, 4, false),
  STALE_WIDGET("stale_widget", 1, 2, 4, false);

  private final String id;
  private final int surveyWeight;
  private final int transcriptWeight;
  private final int reviewWeight;
  private final boolean inTaxonomy;

  Theme(String id, int surveyWeight, int transcriptWeight, int reviewWeight) {
    this(id, surveyWeight, transcriptWeight, reviewWeight, true);
  }

  Theme(String id, int surveyWeight, int transcriptWeight, int reviewWeight, boolean inTaxonomy) {
    this.id = id;
    this.surveyWeight = surveyWeight;
    this.transcriptWeight = transcriptWeight;
    this.reviewWeight = reviewWeight;
    this.inTaxonomy = inTaxonomy;
  }

  /**
   * False for the cuts outside the built-in taxonomy ({@code chat_covers_pay},
   * {@code language_reset}, {@code stale_widget}): absent unless planted.
   */
  public boolean inTaxonomy() {
    return inTaxonomy;
  }

  /** The taxonomy id, e.g. {@code duplicate_marketing}. */
  public String id() {
    return id;
  }

  /** True for the loud stated reasons ({@code price}, {@code competitor}). */
  public boolean isLoudReason() {
    return this == PRICE || this == COMPETITOR;
  }

  int surveyWeight() {
    return surveyWeight;
  }

  int transcriptWeight() {
    return transcriptWeight;
  }

  int reviewWeight() {
    return reviewWeight;
  }

  /** The theme with this id; the message lists the known ids when there is none. */
  public static Theme byId(String id) {
    for (Theme theme : values()) {
      if (theme.id.equals(id)) {
        return theme;
      }
    }
    throw new IllegalArgumentException("Unknown theme id '" + id + "'; known: "
        + Arrays.stream(values()).map(Theme::id).collect(Collectors.joining(", ")));
  }

  /** The frictions that may be planted (every theme except the loud reasons), in declaration order. */
  public static List<Theme> frictions() {
    return Arrays.stream(values()).filter(theme -> !theme.isLoudReason()).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
