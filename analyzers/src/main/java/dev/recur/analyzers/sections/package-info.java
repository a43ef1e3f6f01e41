/**
 * Finds the sections of a postmortem. {@link dev.recur.analyzers.sections.SectionExtractor} scans
 * the text line by line for headings in every style real postmortems use, nests them by strength,
 * and names each with a canonical kind from the heading lexicon; documents without headings get
 * sections from paragraph cues instead.
 */
package dev.recur.analyzers.sections;
