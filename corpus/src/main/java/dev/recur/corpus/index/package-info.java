/**
 * The Lucene index of a postmortem archive. {@link dev.recur.corpus.index.Corpus} opens an index
 * and writes to it; {@link dev.recur.corpus.index.PostmortemDocuments} turns each record into the
 * document that {@link dev.recur.corpus.index.IndexFields} describes field by field; {@link
 * dev.recur.corpus.index.CorpusSearcher} is a consistent snapshot that search, similar incidents
 * and statistics read; {@link dev.recur.corpus.index.Ingester} streams whole archives in, parsing
 * on every core.
 */
package dev.recur.corpus.index;
