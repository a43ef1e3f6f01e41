/**
 * Text utilities every extractor shares: {@link dev.recur.analyzers.text.Markup} turns Markdown and
 * HTML into plain text, and {@link dev.recur.analyzers.text.Sentences} splits that text into
 * sentences with OpenNLP, once per parse.
 */
package dev.recur.analyzers.text;
