package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recur.core.When;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableColumnsTest {

  @Test
  void sourceColumnIsAsWideAsTheLongestSourceAndCutsLongerOnesAtTheFront() {
    SourceColumn column = SourceColumn.of(List.of("a.md", "archive/2024/b.md"));
    assertEquals("a.md             ", column.fit("a.md"));
    assertEquals("archive/2024/b.md", column.fit("archive/2024/b.md"));

    String deep = "/srv/postmortems/" + "team/".repeat(20) + "pm-0042.md";
    SourceColumn capped = SourceColumn.of(List.of(deep, "x.md"));
    String shown = capped.fit(deep);
    assertEquals(SourceColumn.MAX, shown.length());
    assertEquals('…', shown.charAt(0));
    assertEquals(true, shown.endsWith("team/pm-0042.md"));
    assertEquals(SourceColumn.MAX, capped.fit("x.md").length());
  }

  @Test
  void startColumnShowsTheDayOrTheClockTime() {
    LocalDate day = LocalDate.of(2024, 5, 3);
    assertEquals(
        "2024-05-03",
        SearchCommand.day(
            new When(Optional.of(day), Optional.of(LocalTime.of(11, 0)), Optional.empty())));
    assertEquals("11:00", SearchCommand.day(When.timeOnly(LocalTime.of(11, 0))));
    assertEquals("2024-05-03", SearchCommand.day(When.dateOnly(day)));
  }
}
