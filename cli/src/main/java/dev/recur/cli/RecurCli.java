package dev.recur.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recur} command: parses, indexes and analyses postmortem archives. */
@Command(
    name = "recur",
    mixinStandardHelpOptions = true,
    versionProvider = RecurCli.Version.class,
    description = "Postmortem corpus analytics: what keeps happening, and what looks like this.",
    subcommands = {
      // one command per line, so that adding a command never conflicts with another
      ParseCommand.class,
      EvalCommand.class,
      GenerateCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      AnalyzeCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      DeleteCommand.class,
      ShowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RecurCli {

  private RecurCli() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status; used by tests. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new RecurCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A query word may start with a dash ("-deploy", "-fault:expiry"): it excludes, it is no
    // option.
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RecurCli.class.getPackage().getImplementationVersion();
      return new String[] {"recur " + (v == null ? "development build" : v)};
    }
  }
}
