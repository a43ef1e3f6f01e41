package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.util.List;

/**
 * Looks up the stored details of the few rows a listing names, so that the scan itself touches only
 * columns.
 */
interface IncidentDetails {

  /** Names the incident of {@code row}. */
  IncidentRef ref(int row) throws IOException;

  /** The corrective actions of {@code row} in {@code category}, as written. */
  List<String> actions(int row, ActionCategory category) throws IOException;

  /** The root-cause text of {@code row} as written (its root-cause sections and evidence). */
  String rootCauseText(int row) throws IOException;
}
