package dev.recur.corpus.generate;

import java.util.List;

/** Heading spellings per canonical section kind, all unambiguous about the kind they name. */
final class Headings {

  private Headings() {}

  static final List<String> SUMMARY =
      List.of(
          "Issue Summary",
          "Summary",
          "Incident Summary",
          "Incident Overview",
          "Executive Summary",
          "Overview");
  static final List<String> IMPACT =
      List.of("Impact", "User Impact", "Customer Impact", "Impact Assessment");
  static final List<String> TIMELINE =
      List.of("Timeline", "Incident Timeline", "Timeline of Events", "Chronology of Events");
  static final List<String> DETECTION =
      List.of("Detection", "How It Was Detected", "Detection and Alerting");
  static final List<String> ROOT_CAUSE =
      List.of("Root Cause", "Root Cause Analysis", "Cause of the Outage");
  static final List<String> RESOLUTION =
      List.of("Resolution", "Resolution and Recovery", "Mitigation", "How We Fixed It");
  static final List<String> CAUSE_AND_RESOLUTION =
      List.of("Root Cause and Resolution", "Root Cause & Resolution", "Cause and Resolution");
  static final List<String> ACTIONS =
      List.of(
          "Corrective and Preventative Measures",
          "Preventive Measures",
          "Corrective Actions",
          "Action Items",
          "How We Prevent This",
          "Follow-up Actions");
  static final List<String> TASKS = List.of("Tasks", "TODO", "Next Steps", "Task List");
  static final List<String> MISLEADING =
      List.of("Misleading Investigation Paths", "Red Herrings", "Dead Ends", "What Misled Us");
  static final List<String> ESCALATION = List.of("Escalation", "Escalation Path");
  static final List<String> LESSONS =
      List.of("Lessons Learned", "What We Learned", "Key Takeaways");
  static final List<String> CONCLUSION = List.of("Conclusion", "Closing Thoughts");
}
