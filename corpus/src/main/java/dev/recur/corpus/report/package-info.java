/**
 * Reports of recurrence statistics for people: {@link dev.recur.corpus.report.HtmlReport} turns a
 * {@link dev.recur.corpus.stats.RecurrenceStats} into one self-contained HTML page whose charts are
 * inline SVG, built with a small SVG writer that escapes every text it is given.
 */
package dev.recur.corpus.report;
