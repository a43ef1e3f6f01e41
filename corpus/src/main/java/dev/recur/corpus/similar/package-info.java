/**
 * Similar incidents: {@link dev.recur.corpus.similar.SimilarIncidents} combines Lucene's
 * more-like-this over the sections that say what happened with the structure of the record
 * (signature, red herrings) and returns {@link dev.recur.corpus.similar.SimilarIncident}s that
 * explain themselves.
 */
package dev.recur.corpus.similar;
