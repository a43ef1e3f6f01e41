/**
 * Searching a corpus. {@link dev.recur.corpus.search.CorpusQuery} reads the query language (free
 * text for Lucene's query parser plus field filters such as {@code impact:>=50}); {@link
 * dev.recur.corpus.search.CorpusSearch} runs a {@link dev.recur.corpus.search.SearchRequest} on a
 * snapshot and returns a {@link dev.recur.corpus.search.SearchResult} of hits with highlighted
 * snippets and facet counts.
 */
package dev.recur.corpus.search;
