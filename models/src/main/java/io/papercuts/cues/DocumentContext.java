package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the complaint rules need to know about the text unit a sentence comes from.
 *
 * @param source "survey", "transcript" or "review"
 * @param rating 1..5 stars, or null when the source has none
 * @param nps 0..10 likelihood to recommend, or null
 * @param documentSentiment mean CoreNLP sentence score of the unit, -1..1 ({@link #meanScore})
 */
public record DocumentContext(String source, Integer rating, Integer nps, double documentSentiment) {

  /** Ratings at or above this are a positive document. */
  public static final int POSITIVE_RATING = 4;
  /** Star rating at or below which a review is a negative document: no sentence in it is mild. */
  public static final int NEGATIVE_RATING = 2;
  /** NPS at or above this (a promoter) is a positive document. */
  public static final int PROMOTER_NPS = 9;
  /** Mean sentence score at or above this is a positive document. */
  public static final double POSITIVE_DOCUMENT_SENTIMENT = 0.2;

  private static final Set<String> SOURCES = Set.of("survey", "transcript", "review");

  public DocumentContext {
    Objects.requireNonNull(source, "source");
    if (!SOURCES.contains(source)) {
      throw new IllegalArgumentException("source must be one of " + SOURCES + ": " + source);
    }
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new IllegalArgumentException("rating must be 1..5: " + rating);
    }
    if (nps != null && (nps < 0 || nps > 10)) {
      throw new IllegalArgumentException("nps must be 0..10: " + nps);
    }
    if (!(documentSentiment >= -1 && documentSentiment <= 1)) {
      throw new IllegalArgumentException("documentSentiment must be -1..1: " + documentSentiment);
    }
  }

  /** Rated {@value #POSITIVE_RATING} stars or more. */
  public boolean hasPositiveRating() {
    return rating != null && rating >= POSITIVE_RATING;
  }

  /** Rated {@value #NEGATIVE_RATING} stars or fewer. */
  public boolean hasNegativeRating() {
    return rating != null && rating <= NEGATIVE_RATING;
  }

  /** An NPS of {@value #PROMOTER_NPS} or more. */
  public boolean isPromoter() {
    return nps != null && nps >= PROMOTER_NPS;
  }

  /** A mean sentence score of at least {@value #POSITIVE_DOCUMENT_SENTIMENT}. */
  public boolean hasPositiveTone() {
    return documentSentiment >= POSITIVE_DOCUMENT_SENTIMENT;
  }

  /**
   * A positive document, where a complaint is the "promoter with a grievance": a positive rating,
   * a promoter's NPS or a positive tone.
   */
  public boolean isPositive() {
    return hasPositiveRating() || isPromoter() || hasPositiveTone();
  }

  /** A unit without rating or score, and a neutral tone. */
  public static DocumentContext neutral(String source) {
    return new DocumentContext(source, null, null, 0.0);
  }

  /** Context for a unit from its analysed sentences. */
  public static DocumentContext of(String source, Integer rating, Integer nps,
      List<AnalyzedSentence> sentences) {
    return new DocumentContext(source, rating, nps, meanScore(sentences));
  }

  /** Mean sentence score; 0 for no sentences. */
  public static double meanScore(List<AnalyzedSentence> sentences) {
    if (sentences.isEmpty()) {
      return 0.0;
    }
    double sum = 0;
    for (AnalyzedSentence s : sentences) {
      sum += s.sentimentScore();
    }
    return Math.max(-1.0, Math.min(1.0, sum / sentences.size()));
  }
}
