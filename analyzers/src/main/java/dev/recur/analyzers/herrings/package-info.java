/**
 * Red herrings: {@link dev.recur.analyzers.herrings.MisleadingPathExtractor} lists the hypotheses a
 * postmortem says were suspected and ruled out, with their evidence and, from the timeline, the
 * time they cost.
 */
package dev.recur.analyzers.herrings;
