/**
 * Reading time out of postmortems. {@link dev.recur.analyzers.time.TimeExtractor} is the pipeline
 * step: a lexer finds dates, times of day and zones line by line, they are grouped into moments and
 * ranges, and the window is taken from the most trusted place that states it (a duration line,
 * start/end labels, prose, then the timeline). {@link dev.recur.analyzers.time.Timelines} measures
 * phases between timeline entries.
 */
package dev.recur.analyzers.time;
