/**
 * The record of a parsed postmortem and the contract for building it. A {@link
 * dev.recur.core.SourceDocument} goes through a {@link dev.recur.core.Pipeline} of {@link
 * dev.recur.core.Extractor}s, each of which adds its part to a {@link dev.recur.core.RecordDraft};
 * the result is an immutable {@link dev.recur.core.Postmortem}, whose JSON form is {@link
 * dev.recur.core.PostmortemJson}.
 */
package dev.recur.core;
