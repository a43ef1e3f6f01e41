/**
 * Scores parsed records against a gold file: {@link dev.recur.corpus.eval.GoldFile} reads the
 * labels, {@link dev.recur.corpus.eval.Evaluator} matches records to labels by file name and
 * applies the scoring rules of the evaluation contract, and {@link
 * dev.recur.corpus.eval.EvalReport} holds the per-field figures and the per-document mismatches.
 */
package dev.recur.corpus.eval;
