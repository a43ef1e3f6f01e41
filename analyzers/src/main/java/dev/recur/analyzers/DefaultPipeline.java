package dev.recur.analyzers;

import dev.recur.analyzers.actions.CorrectiveActionExtractor;
import dev.recur.analyzers.cause.CauseModels;
import dev.recur.analyzers.cause.RootCauseExtractor;
import dev.recur.analyzers.herrings.MisleadingPathExtractor;
import dev.recur.analyzers.impact.ImpactExtractor;
import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.time.TimeExtractor;
import dev.recur.core.Pipeline;

/**
 * The pipeline Recur uses out of the box: sections first, then every field extractor that reads
 * them. An embedding application starts from {@link #create(TextModels)} and adjusts it with {@link
 * Pipeline#toBuilder()}.
 */
public final class DefaultPipeline {

  /**
   * The version of what the default steps extract. Bump it with any change that can give a document
   * a different record, so that corpora read their unchanged documents again on the next ingest
   * instead of keeping records from the older code.
   */
  // 2: the section, time, impact, cause and red-herring changes landed on 2026-11-22
  // 3: root-cause and red-herring rules, cues and retrained categorizers of 2026-12-06
  // 4: root-cause and red-herring conventions, titles that start with a code (second session of
  //    2026-12-06)
  // 5: impact ranges and ratios, undetermined causes (third session of 2026-12-06); possessives as
  //    words, routine work, findings outside a root-cause section, sentence joins, impact wording
  //    and red-herring guesses (2026-12-06, fourth session)
  // 6: categorizers trained on 2,224 sentences and weighted 2.5 times, components named only as a
  //    machine, paragraphs without headings read whole, ratios, shares that never happened and
  //    whole populations hit, rollbacks that changed nothing (2026-12-06, fifth session)
  // 7: affected-service labels and fallbacks (2026-12-06, sixth session)
  // 8: the seventh and eighth sessions of 2026-12-06: impact wording, causal links, taxonomy cues,
  //    affected-service fallbacks, red-herring findings, categorizers trained on 2,484 sentences,
  //    titles over the whole document
  // 9: a maxent categorizer for corrective-action categories, trained on 1,620 written items;
  //    red herrings ruled out in notes and by rollbacks that did nothing, verdicts that set the
  //    cause against another; ratios and possessives in impact shares (2026-12-06, ninth session)
  // 10: a bulleted line starts a sentence of its own even after an item without final punctuation;
  //     severity read from failures, their scope and slowness (Severities); counts of people and
  //     failed requests (Counts) (2026-12-07)
  // 11: ticket share lines, revised estimates, "nearly all"; the actual fault after "only the
  //     symptom", settings cleared by their author, causes never found, a component kept beside an
  //     unknown fault; taxonomy cues for operator slips, rollouts that skipped a step, inefficient
  //     code; "router" and "vendor" no longer fault cues; stated lengths after a few words of what
  //     failed (2026-12-07, second session)
  // 12: a connection leak is a bug of the code that leaked, and the exhaustion it caused is the
  //     bug's; a typo in a connection string is a misconfiguration and a "misconfiguration" in a
  //     PHP file a bug; unindexed and poorly optimised queries; a sentence about future incidents
  //     names no cause; a split by severity reads "unavailable", and each share only its own
  //     words; a share back online is no impact; the bar for a verdict halved (2026-12-07, third
  //     session)
  // 13: an exhaustion the document explains by a leak, a low limit or slow queries is their
  //     symptom; a slip in the WordPress configuration is a bug (2026-12-07, fourth session)
  // 14: red herrings: more wordings of a suspected load ("excessive load", "legitimate traffic")
  //     and of a release ("plugin updates", "the patch"); monitoring, a part whose logs were read,
  //     "no deploys" and "request volume" name no suspect; more wordings of a suspected network;
  //     the ends of a suspected link are no suspects; a flood told as "DDoSed" is a ddos; a
  //     herring's minutes from the timeline entry that dropped it; "Outage of the public API" in a
  //     title names the affected service (2026-12-07, fifth session)
  // 15: a limit told as set too low stays the cause beside everyday traffic; a cloud service or
  //     hosting provider is a dependency (2026-12-07, sixth session)
  // 16: plain servers, no part named, lean to the web server (2026-12-07, sixth session)
  // 17: fractions name a population, recovery stages and targets are no share, causes never
  //     found, production reached by mistake, tables that are not a database's, headings of the
  //     real cause and of theories (2026-12-07, seventh session)
  // 18: the network of a named provider is the provider's failure; a backfill is data work; a
  //     negation four words back denies a cue; a consequence's cue counts 0.2 (seventh session)
  // 19: a report titled "Root Cause Analysis: ..." is no cause section; interim reports' wordings
  //     of an unknown cause; running out of leads is no shortage; a service credit, "an hour and a
  //     half" and everyone able to use it again are no share; a share only the title gives; "all
  //     failing accounts" is no share; an outage told before the first share is its own; a
  //     root-cause section's verdict "Unknown." stands (2026-12-07, eighth session)
  // 20: a second share of the same population ("15% of users … and 5% could not"); what everyone
  //     received or had done afterwards is no share (2026-12-07, eighth session)
  // 21: a whole system named at length ("the entire warehouse management system at Eastgate was
  //     unavailable"); transfers are a population (2026-12-07, eighth session)
  // 22: a sentence in lower case after one that ends as a sentence does stands alone
  //     (2026-12-07, eighth session)
  // 23: a service the text says was spared ("the website was not affected", "were healthy") is
  //     not the affected service (2026-12-07, ninth session)
  // 24: a slip the document places in an application source file makes "a typo in a settings
  //     file" elsewhere a bug; a quote around a word is no part of it (2026-12-07, ninth session)
  // 25: edge cases and parsing errors are software-bug cues (2026-12-07, ninth session)
  // 26: "affected the entire application", "a reduction in user access" and "accessing any
  //     endpoint" tell the share of users (2026-12-07, tenth session)
  // 27: "a typing mistake" and "a spelling mistake" are software-bug cues (tenth session)
  // 28: a source file named by its language ("one of the PHP files") is code (tenth session)
  // 29: "any user trying to", "access any page", "unavailable to all" are everyone; "the
  //     wp-settings file" and "the PHP code" are source files (tenth session)
  // 30: in a WordPress site's story, a slip in a configuration that names no server is a bug
  //     (tenth session)
  // 31: "an error in the configuration (file)" is a misconfiguration cue (eleventh session)
  // 32: "a 100% outage" (or downtime) is everyone's, in any section (eleventh session)
  // 33: a hedged sentence under a root-cause heading ("it seemed that ...", "we think ...") is the
  //     author's finding unless it tells a first suspicion (eleventh session)
  // 34: a bare share after a label naming people ("Percentage of users affected: 50%") is a share
  //     of people (eleventh session)
  // 35: "a total downtime of 20 minutes" sums up time and is no whole outage (eleventh session)
  // 36: everyone put other ways: "everyone hitting the site, 100%", "a 502 to everyone", "a fatal
  //     error for everyone", "the default page to all visitors", "all shoppers", "unusable until we
  //     restored" (eleventh session)
  // 37: "whoever opened the app", "closed for everybody" are everyone; "70% of request time" is a
  //     share of time (eleventh session)
  // 38: "users across the board", "one and all", "the full incoming traffic", "customers couldn't
  //     use it at all" (not when only some), "a complete loss of service", "went dark" (eleventh
  //     session)
  // 39: "forgot" is no longer a cue of an operator's slip: a forgotten setting is a wrong setting
  //     (eleventh session)
  public static final int VERSION = 39;

  private DefaultPipeline() {}

  /** The default steps, sharing {@code models}. */
  public static Pipeline create(TextModels models) {
    Pipeline.Builder builder = Pipeline.builder();
    // Order matters: every later step reads the sections the first one finds.
    // One step per line, so that adding a step never conflicts with another.
    builder.add(new SectionExtractor());
    builder.add(new TimeExtractor(models));
    builder.add(new ImpactExtractor(models));
    builder.add(new RootCauseExtractor(models, CauseModels.builtIn(), Taxonomy.builtIn()));
    builder.add(new MisleadingPathExtractor(models, Taxonomy.builtIn()));
    builder.add(new CorrectiveActionExtractor(models, Taxonomy.builtIn()));
    return builder.build();
  }
}
