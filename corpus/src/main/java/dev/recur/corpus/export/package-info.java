/**
 * Machine-readable exports: {@link dev.recur.corpus.export.RecordExport} writes every record of an
 * index as JSON Lines or flat CSV; {@link dev.recur.corpus.export.StatsExport} writes recurrence
 * statistics as JSON or as a per-signature CSV table.
 */
package dev.recur.corpus.export;
