/**
 * The root-cause taxonomy as data. {@link dev.recur.analyzers.taxonomy.Taxonomy} loads the built-in
 * JSON file or a user's own and merges them; each value is a {@link
 * dev.recur.analyzers.taxonomy.Term} with cue phrases, and {@link
 * dev.recur.analyzers.taxonomy.Words} looks those phrases up in a tokenized sentence. The impact,
 * cause, herring and action extractors all read their vocabulary from here.
 */
package dev.recur.analyzers.taxonomy;
