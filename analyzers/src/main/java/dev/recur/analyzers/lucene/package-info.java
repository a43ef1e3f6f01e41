/**
 * Lucene text analysis for postmortems: {@link dev.recur.analyzers.lucene.PostmortemAnalyzer} turns
 * section text into the terms the corpus index stores and its queries look for.
 */
package dev.recur.analyzers.lucene;
