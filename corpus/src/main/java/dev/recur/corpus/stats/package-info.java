/**
 * Recurrence statistics over an indexed corpus. {@link dev.recur.corpus.stats.RecurrenceAnalysis}
 * reads the index's doc values into a columnar view, groups incidents by {@link
 * dev.recur.corpus.stats.Signature} and returns an immutable {@link
 * dev.recur.corpus.stats.RecurrenceStats}: per-signature counts, periods, intervals, durations,
 * impact and {@link dev.recur.corpus.stats.Trend}; red herrings and what they cost; promises made
 * again after a recurrence; and families of incidents whose root causes read alike. {@link
 * dev.recur.corpus.stats.StatsOptions} says what to group by and bounds the work.
 */
package dev.recur.corpus.stats;
