package dev.recur.analyzers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recur.analyzers.time.Mention.TimeMention;
import dev.recur.analyzers.time.Mention.ZoneMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLexerTest {

  private static long zones(String line) {
    return TimeLexer.scan(line).stream().filter(m -> m instanceof ZoneMention).count();
  }

  private static long times(String line) {
    return TimeLexer.scan(line).stream().filter(m -> m instanceof TimeMention).count();
  }

  @Test
  void zonesWrittenAsWordsOfTheirOwnAreFound() {
    assertEquals(1, zones("at 10:00 PST the queue stalled"));
    assertEquals(1, zones("restarted at 10:00 (UTC+2)"));
    assertEquals(1, zones("10:00 UTC-05:00"));
    assertEquals(1, zones("around 9 Pacific Standard Time"));
    assertEquals(1, zones("14:05 CEST: rollback"));
  }

  @Test
  void capitalsThatAreNoZoneGiveNone() {
    assertEquals(0, zones("the DNS and API tiers at 10:00"));
    assertEquals(0, zones("PSTN lines and UTCX jobs"));
  }

  @Test
  void clockTimesNeedTheirMarksInEitherCase() {
    assertEquals(1, times("at 10:42 the alert fired"));
    assertEquals(1, times("at 3 PM the alert fired"));
    assertEquals(1, times("at 1530 HRS the alert fired"));
    assertEquals(1, times("around NOON the alert fired"));
    assertEquals(1, times("at 9 (EST) the alert fired"));
    assertEquals(List.of(), TimeLexer.scan("nothing here at all"));
  }
}
