package dev.recur.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;
import dev.recur.corpus.eval.Count;
import dev.recur.corpus.eval.EvalReport;
import dev.recur.corpus.eval.Evaluator;
import dev.recur.corpus.eval.Field;
import dev.recur.corpus.eval.FieldScore;
import dev.recur.corpus.eval.GoldFile;
import dev.recur.corpus.eval.GoldRecord;
import dev.recur.corpus.eval.Mismatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recur eval}: scores the records of a folder against a gold file, per field. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score parsed postmortems against a gold file (seeds-gold.jsonl format), per field.")
final class EvalCommand implements Callable<Integer> {

  enum Format {
    TABLE,
    JSON
  }

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "gold labels, one JSON object a line")
  Path gold;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--only",
      paramLabel = "LIST",
      description = "score only the file names listed in LIST, one a line")
  Path only;

  @Option(
      names = "--except",
      paramLabel = "LIST",
      description = "leave out the file names listed in LIST, one a line")
  Path except;

  @Option(
      names = "--show-failures",
      description = "print, per field, gold and got for each document that was wrong")
  boolean showFailures;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "the labelled postmortems: files or folders")
  List<String> paths;

  @Override
  public Integer call() {
    List<GoldRecord> labels;
    Optional<Set<String>> onlyNames;
    Set<String> exceptNames;
    try {
      labels = GoldFile.read(gold, Taxonomy.builtIn());
      Set<String> labelled = new LinkedHashSet<>();
      labels.forEach(g -> labelled.add(g.file()));
      onlyNames = only == null ? Optional.empty() : Optional.of(readList(only, labelled));
      exceptNames = except == null ? Set.of() : readList(except, labelled);
    } catch (NoSuchFileException e) {
      System.err.println("recur: " + e.getFile() + ": no such file or directory");
      return 1;
    } catch (IOException e) {
      System.err.println("recur: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      // One line of the message a bad gold line, each said as the tool's own.
      e.getMessage().lines().forEach(line -> System.err.println("recur: " + line));
      return 1;
    }
    if (labels.isEmpty()) {
      System.err.println(
          "recur: " + gold + ": no gold records; a gold file holds one JSON object a line");
      return 1;
    }
    List<GoldRecord> scored =
        labels.stream()
            .filter(g -> onlyNames.map(s -> s.contains(g.file())).orElse(true))
            .filter(g -> !exceptNames.contains(g.file()))
            .toList();
    Set<String> wanted = new LinkedHashSet<>();
    scored.forEach(g -> wanted.add(g.file()));

    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    List<Postmortem> records = new ArrayList<>();
    Set<String> given = Set.copyOf(paths);
    int failures = 0;
    int skipped = 0;
    Set<String> unreadable = new LinkedHashSet<>();
    try (Stream<ArchiveItem> items = Archives.read(paths, System.in)) {
      for (ArchiveItem item : (Iterable<ArchiveItem>) items::iterator) {
        if (item instanceof ArchiveItem.Failed failed) {
          String name = Evaluator.fileName(failed.source());
          if (wanted.contains(name)) {
            // A labelled document that cannot be read is the run's failure, and not "missing".
            System.err.println("recur: " + failed.source() + ": " + failed.reason());
            unreadable.add(name);
            failures++;
          } else if (given.contains(failed.source())
              && !Files.isRegularFile(Path.of(failed.source()))) {
            // A PATH given that is missing or holds no postmortem: a mistyped folder must not
            // pass for a run in which nothing happened to be labelled.
            System.err.println("recur: " + failed.source() + ": " + failed.reason());
            failures++;
          } else {
            // A file that has no label is not scored, readable or not; one named on the command
            // line is still worth a word.
            if (given.contains(failed.source())) {
              System.err.println(
                  "recur: " + failed.source() + ": " + failed.reason() + " (no label; skipped)");
            }
            skipped++;
          }
        } else if (wanted.contains(Evaluator.fileName(item.source()))) {
          // Only what is scored is parsed, so only its decoding is worth a warning.
          DecodingWarnings.report(item);
          records.add(pipeline.parse(((ArchiveItem.Read) item).document()));
        } else {
          skipped++;
        }
      }
    }
    EvalReport report = Evaluator.score(scored, records);
    if (report.documents() == 0) {
      // Nothing scored is no evaluation: a mistyped PATH or list must not pass for one.
      System.err.println(
          "recur: no labelled document of " + gold + " was found in " + String.join(", ", paths));
      failures++;
    }
    PrintStream out = System.out;
    if (format == Format.JSON) {
      try {
        out.println(
            PostmortemJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(
            "an EvalReport must always serialize: " + e.getMessage(), e);
      }
    } else {
      printTable(out, report, skipped, unreadable);
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /**
   * The file names a {@code --only} or {@code --except} list holds. A name the gold file does not
   * label is most often a typo, so it is named on stderr; so is a list that names nothing.
   *
   * @throws IllegalArgumentException when the list is a folder or not UTF-8 text, naming it
   */
  private static Set<String> readList(Path list, Set<String> labelled) throws IOException {
    if (Files.isDirectory(list)) {
      throw new IllegalArgumentException(list + ": is a folder; a list holds one file name a line");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          list + ": not UTF-8 text; a list holds one file name a line", e);
    }
    Set<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(Evaluator.fileName(name));
      }
    }
    if (names.isEmpty()) {
      System.err.println("recur: " + list + ": warning: lists no file names");
    }
    List<String> unknown = names.stream().filter(n -> !labelled.contains(n)).toList();
    if (!unknown.isEmpty()) {
      System.err.println(
          "recur: "
              + list
              + ": warning: not labelled in the gold file ("
              + unknown.size()
              + "): "
              + String.join(", ", unknown));
    }
    return names;
  }

  private void printTable(PrintStream out, EvalReport report, int skipped, Set<String> unreadable) {
    out.printf(
        Locale.ROOT,
        "documents scored: %d (%d more in PATH have no label or were left out, and were not"
            + " parsed)%n",
        report.documents(),
        skipped);
    if (!unreadable.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "labelled but unreadable (%d): %s%n",
          unreadable.size(),
          String.join(", ", unreadable));
    }
    List<String> missing =
        report.missing().stream().filter(name -> !unreadable.contains(name)).toList();
    if (!missing.isEmpty()) {
      out.printf(
          Locale.ROOT, "missing from PATH (%d): %s%n", missing.size(), String.join(", ", missing));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-24s %-16s %-16s %-16s %s%n",
        "field",
        "accuracy",
        "stated-right",
        "null-if-null",
        "P / R / F1 | lenient");
    for (FieldScore f : report.fields()) {
      String extra =
          f.set()
              .map(
                  s ->
                      String.format(
                          Locale.ROOT, "%.2f / %.2f / %.2f", s.precision(), s.recall(), s.f1()))
              .or(() -> f.lenient().map(c -> "lenient " + cell(c)))
              .orElse("");
      out.printf(
          Locale.ROOT,
          "%-24s %-16s %-16s %-16s %s%n",
          f.field().key(),
          cell(f.accuracy()),
          cell(f.stated()),
          cell(f.nullWhenNull()),
          extra);
    }
    if (showFailures) {
      for (Field field : Field.values()) {
        List<Mismatch> wrong =
            report.mismatches().stream().filter(m -> m.field() == field).toList();
        if (wrong.isEmpty()) {
          continue;
        }
        out.println();
        out.printf(Locale.ROOT, "%s: %d wrong%n", field.key(), wrong.size());
        for (Mismatch m : wrong) {
          out.printf(Locale.ROOT, "  %-28s gold %-28s got %s%n", m.file(), m.gold(), m.got());
        }
      }
    }
  }

  private static String cell(Count c) {
    return c.rate()
        .map(r -> String.format(Locale.ROOT, "%5.1f%% %d/%d", 100 * r, c.correct(), c.total()))
        .orElse("-");
  }
}
