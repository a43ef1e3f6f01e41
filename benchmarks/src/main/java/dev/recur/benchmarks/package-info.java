/**
 * JMH benchmarks of Recur: each extraction step, the whole pipeline, indexing against a bare Lucene
 * baseline, search and similar latency, and statistics. Inputs come from the seeded {@link
 * dev.recur.corpus.generate.PostmortemGenerator}, so every run measures the same documents. Build
 * and run everything with {@code mvn -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar}; name a class (a regex) to run a subset.
 */
package dev.recur.benchmarks;
