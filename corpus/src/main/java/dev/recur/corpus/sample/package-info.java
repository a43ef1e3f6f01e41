/**
 * The sample archive bundled with Recur: 44 postmortems of a fictional online marketplace, written
 * for the project, spanning 2023 and 2024, with their hand-made gold labels. {@link
 * dev.recur.corpus.sample.SampleArchive} lists them from the class path (through the {@code
 * index.list} resource, so it works from inside a jar) and hands them out as {@link
 * dev.recur.core.SourceDocument}s or writes them to a folder; {@code ./recur analyze} uses it when
 * no path is given, and {@code recur eval --gold gold.jsonl} scores the extractors on it.
 */
package dev.recur.corpus.sample;
