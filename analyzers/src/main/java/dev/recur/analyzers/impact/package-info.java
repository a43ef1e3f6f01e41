/**
 * Impact: {@link dev.recur.analyzers.impact.ImpactExtractor} reads the shared statements of a parse
 * and fills the share and count of affected users, the affected service and the severity.
 */
package dev.recur.analyzers.impact;
