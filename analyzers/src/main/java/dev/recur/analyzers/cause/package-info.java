/**
 * Root cause. {@link dev.recur.analyzers.cause.Statements} turns a parse's sections into tokenized
 * sentences whose clauses carry a stance (asserted, denied, suspected), shared by every cause-side
 * extractor. {@link dev.recur.analyzers.cause.RootCauseExtractor} combines the taxonomy's cue
 * phrases with the maxent categorizers of {@link dev.recur.analyzers.cause.CauseModels}, which
 * {@link dev.recur.analyzers.cause.CauseTrainer} retrains from the labelled sentences shipped
 * beside them.
 */
package dev.recur.analyzers.cause;
