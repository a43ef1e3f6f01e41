/**
 * Everything that reads postmortem text. {@link dev.recur.analyzers.DefaultPipeline} assembles the
 * extractors of the sub-packages in the order they depend on each other; {@link
 * dev.recur.analyzers.TextModels} holds the shared OpenNLP models they read English with.
 */
package dev.recur.analyzers;
