/**
 * A deterministic, seeded generator of synthetic postmortems with ground truth. {@link
 * dev.recur.corpus.generate.PostmortemGenerator} builds each document from an incident scenario
 * (window, impact, root cause, red herrings, actions) rendered in one of many real-world layouts
 * and time formats; its {@link dev.recur.corpus.generate.GoldLabel} says what a correct parse must
 * find. {@link dev.recur.corpus.generate.GeneratedCorpus} writes any number of them to disk, one at
 * a time, with a {@code gold.jsonl} that {@code recur eval} scores against.
 */
package dev.recur.corpus.generate;
