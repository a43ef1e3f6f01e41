package dev.recur.analyzers.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {

  private static Taxonomy parse(String json) throws IOException {
    return Taxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void builtInHoldsEveryValueOfTheTaxonomyDocument() {
    Taxonomy t = Taxonomy.builtIn();
    List<String> faults = t.faults().stream().map(Term::id).toList();
    List<String> components = t.components().stream().map(Term::id).toList();
    for (String f :
        List.of(
            "misconfiguration",
            "software-bug",
            "deployment",
            "capacity",
            "hardware",
            "network",
            "dependency",
            "security",
            "expiry",
            "human-error",
            "data")) {
      assertTrue(faults.contains(f), f);
      assertFalse(t.fault(f).orElseThrow().cues().isEmpty(), f + " has cues");
    }
    for (String c :
        List.of(
            "load-balancer",
            "web-server",
            "application",
            "database",
            "cache",
            "dns",
            "network",
            "storage",
            "auth",
            "cdn",
            "queue",
            "certificate",
            "firewall",
            "os",
            "orchestration",
            "cloud-provider",
            "monitoring")) {
      assertTrue(components.contains(c), c);
    }
    List<String> herrings = t.herrings().stream().map(Term::id).toList();
    assertTrue(
        herrings.containsAll(List.of("ddos", "traffic-spike", "code-deploy")), herrings.toString());
  }

  @Test
  void userFileExtendsTheBuiltInOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.json");
    Files.writeString(
        file,
        "{\"components\": [{\"id\": \"payments-api\", \"cues\": [\"payments api\", \"billing gateway\"]},"
            + " {\"id\": \"database\", \"cues\": [\"ledger store\"]}],"
            + " \"faults\": [{\"id\": \"quota\", \"cues\": [\"quota exceeded\"]}]}");
    Taxonomy merged = Taxonomy.builtIn().extend(Taxonomy.load(file));
    assertTrue(merged.component("payments-api").isPresent());
    assertTrue(merged.fault("quota").isPresent());
    assertTrue(merged.fault("misconfiguration").isPresent(), "built-in values stay");
    List<String> db = merged.component("database").orElseThrow().cues();
    assertTrue(db.contains("ledger store") && db.contains("mysql"), db.toString());
  }

  @Test
  void userFileAloneReplacesTheBuiltInOne() throws IOException {
    Taxonomy mine = parse("{\"faults\": [{\"id\": \"oops\", \"cues\": [\"oops\"]}]}");
    assertEquals(List.of("oops"), mine.faults().stream().map(Term::id).toList());
    assertTrue(mine.components().isEmpty());
  }

  @Test
  void duplicateIdIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                parse(
                    "{\"faults\": [{\"id\": \"a\", \"cues\": []}, {\"id\": \"a\", \"cues\": []}]}"));
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }

  @Test
  void unknownActionCategoryIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("{\"actions\": [{\"id\": \"juggling\", \"cues\": [\"juggle\"]}]}"));
    assertTrue(e.getMessage().contains("juggling"), e.getMessage());
  }

  @Test
  void upperCaseCueIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Term("x", List.of("Nginx")));
  }

  @Test
  void malformedJsonIsAnIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> parse("{\"faults\": [ }"));
    assertThrows(IllegalArgumentException.class, () -> parse("{\"colours\": []}"));
  }

  @Test
  void cuesMatchAcrossHyphensCaseAndPrefixes() {
    Words w =
        Words.of(new String[] {"The", "Load-Balancer", "was", "misconfigured", "in", "nginx.conf"});
    assertTrue(w.contains("load balancer"));
    assertTrue(w.contains("misconfigur*"));
    assertTrue(w.contains("nginx.conf"));
    assertFalse(w.contains("balancer was misconfigured in nginx"));
    assertFalse(w.contains("load bal"), "whole words only without a star");
  }

  @Test
  void extensionCueMatchesInsideAWord() {
    Words w = Words.of(new String[] {"class-wp-locale.phpp", "missing"});
    assertTrue(w.contains(".phpp"));
    assertFalse(w.contains(".php"));
  }
}
