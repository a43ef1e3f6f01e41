/**
 * Readers that turn archives (files, folders, standard input, JSON Lines and CSV exports) into a
 * lazy stream of {@link dev.recur.corpus.archive.ArchiveItem}s.
 */
package dev.recur.corpus.archive;
