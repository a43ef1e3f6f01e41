/**
 * Corrective actions: {@link dev.recur.analyzers.actions.CorrectiveActionExtractor} turns the
 * action-item sections into categorised promises, the input of the "promised before" statistic.
 */
package dev.recur.analyzers.actions;
