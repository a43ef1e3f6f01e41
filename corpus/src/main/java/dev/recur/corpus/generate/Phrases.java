package dev.recur.corpus.generate;

import java.util.List;
import java.util.Map;

/**
 * The phrase banks the generator composes documents from. Every sentence here was written for the
 * generator; none is copied from a real postmortem.
 */
final class Phrases {

  private Phrases() {}

  /** One way a fault can be told, with the components it may live in. */
  record CauseForm(String fault, String phrase, List<String> components) {}

  static final List<String> FAULTS =
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
          "data",
          "unknown");

  static final List<String> COMPONENTS =
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
          "monitoring",
          "other");

  /** How each component is named in prose. */
  static final Map<String, List<String>> NOUNS =
      Map.ofEntries(
          Map.entry(
              "load-balancer",
              List.of("load balancer", "HAProxy load balancer", "ELB load balancer")),
          Map.entry(
              "web-server",
              List.of("nginx web server", "Apache web server", "IIS web server", "web server")),
          Map.entry(
              "application",
              List.of(
                  "application",
                  "WordPress application",
                  "PHP application backend",
                  "API application code")),
          Map.entry(
              "database",
              List.of(
                  "MySQL database", "PostgreSQL database", "database cluster", "primary database")),
          Map.entry("cache", List.of("Redis cache", "Memcached cluster", "caching layer")),
          Map.entry("dns", List.of("DNS zone", "DNS records", "DNS servers")),
          Map.entry(
              "network",
              List.of(
                  "core network switches",
                  "network link between our data centers",
                  "internal network")),
          Map.entry(
              "storage",
              List.of(
                  "storage volume",
                  "object storage bucket",
                  "NFS file system",
                  "shared disk array")),
          Map.entry("auth", List.of("authentication service", "login service", "SSO service")),
          Map.entry("cdn", List.of("CDN", "content delivery network")),
          Map.entry("queue", List.of("message queue", "RabbitMQ broker", "Kafka cluster")),
          Map.entry("certificate", List.of("SSL certificate", "TLS certificate")),
          Map.entry("firewall", List.of("firewall", "perimeter firewall", "firewall appliance")),
          Map.entry("os", List.of("operating system", "Linux kernel", "host OS")),
          Map.entry(
              "orchestration",
              List.of("Kubernetes cluster", "container scheduler", "Kubernetes control plane")),
          Map.entry(
              "cloud-provider", List.of("cloud provider", "hosting provider", "cloud platform")),
          Map.entry(
              "monitoring", List.of("monitoring agent", "alerting pipeline", "metrics collector")),
          // Nothing a taxonomy component names: a scheduler would be orchestration's.
          Map.entry("other", List.of("internal deployment tooling", "internal reporting tool")));

  /** Fault phrasings; {@code {c}} is replaced by a component noun. */
  static final List<CauseForm> CAUSES =
      List.of(
          new CauseForm(
              "misconfiguration",
              "a misconfiguration in the {c} settings",
              List.of(
                  "load-balancer",
                  "web-server",
                  "dns",
                  "firewall",
                  "cache",
                  "cdn",
                  "orchestration",
                  "queue",
                  "auth",
                  "monitoring",
                  "database")),
          new CauseForm(
              "misconfiguration",
              "incorrect routing rules pushed to the {c}",
              List.of("load-balancer", "cdn")),
          new CauseForm(
              "misconfiguration",
              "a typo in the {c} configuration file",
              List.of("web-server", "load-balancer", "dns")),
          new CauseForm(
              "misconfiguration",
              "the {c} listening on port 8080 instead of 80 after a config change",
              List.of("web-server", "load-balancer")),
          new CauseForm(
              "misconfiguration",
              "an open-files ulimit set far too low in the {c} configuration",
              List.of("os")),
          new CauseForm(
              "misconfiguration",
              "a misconfigured feature flag in the {c}",
              List.of("application")),
          new CauseForm("misconfiguration", "a misconfiguration of the {c}", List.of("other")),
          new CauseForm(
              "software-bug",
              "a bug in the {c} that crashed it under load",
              List.of("application", "cache", "queue", "auth", "monitoring", "web-server")),
          new CauseForm(
              "software-bug",
              "a memory leak in the {c}",
              List.of("application", "web-server", "queue")),
          new CauseForm(
              "software-bug",
              "a null pointer exception in the {c} request handler",
              List.of("application", "auth")),
          new CauseForm(
              "software-bug",
              "slow, deadlocking queries issued against the {c}",
              List.of("database")),
          new CauseForm(
              "software-bug",
              "a typo in a source file of the {c} (a .phpp extension instead of .php)",
              List.of("application")),
          new CauseForm(
              "deployment",
              "a bad deploy of the {c}",
              List.of("application", "web-server", "auth")),
          new CauseForm(
              "deployment",
              "an upgrade of the {c} to a new major version that broke compatibility",
              List.of("database", "cache", "orchestration", "load-balancer", "queue")),
          new CauseForm(
              "deployment",
              "a rollout of the {c} without a canary stage",
              List.of("application", "orchestration", "cdn")),
          new CauseForm(
              "capacity",
              "the disk of the {c} filling up completely",
              List.of("database", "storage", "queue")),
          new CauseForm(
              "capacity",
              "the {c} running out of memory",
              List.of("cache", "application", "database", "web-server")),
          new CauseForm(
              "capacity",
              "a traffic surge that overloaded the {c}",
              List.of("web-server", "application", "load-balancer", "database")),
          new CauseForm("capacity", "connection pool exhaustion in the {c}", List.of("database")),
          new CauseForm(
              "capacity", "the {c} exhausting its file descriptors", List.of("os", "web-server")),
          new CauseForm("capacity", "saturated bandwidth on the {c}", List.of("network")),
          // Storage only: a failed disk under a database is the storage's fault, by the taxonomy.
          new CauseForm("hardware", "a disk failure in the {c}", List.of("storage")),
          new CauseForm(
              "hardware",
              "a power outage in the data center hosting the {c}",
              List.of("web-server", "database", "network", "storage")),
          new CauseForm("hardware", "a failed line card in the {c}", List.of("network")),
          new CauseForm(
              "network",
              "packet loss between availability zones on the {c}",
              List.of("network", "load-balancer")),
          // The network is where a route leak goes wrong, whatever it makes unreachable.
          new CauseForm(
              "network", "a BGP route leak that made the {c} unreachable", List.of("network")),
          new CauseForm("network", "heavy packet loss inside the {c}", List.of("cdn", "dns")),
          new CauseForm("dependency", "an outage at our {c}", List.of("cloud-provider", "cdn")),
          new CauseForm(
              "dependency",
              "an upstream outage at the third-party {c} we rely on",
              List.of("auth", "dns", "cloud-provider")),
          new CauseForm(
              "security",
              "a DDoS attack that saturated the {c}",
              List.of("load-balancer", "web-server", "dns", "cdn")),
          new CauseForm(
              "security",
              "compromised credentials used to break into the {c}",
              List.of("auth", "database")),
          new CauseForm(
              "expiry", "the {c} expiring without anyone renewing it", List.of("certificate")),
          new CauseForm(
              "expiry", "an expired domain registration that took down the {c}", List.of("dns")),
          new CauseForm(
              "expiry",
              "a leap second that the {c} clock handling could not cope with",
              List.of("os")),
          new CauseForm("expiry", "an expired signing key in the {c}", List.of("auth")),
          new CauseForm(
              "human-error",
              "an engineer accidentally deleting a production table in the {c}",
              List.of("database")),
          new CauseForm(
              "human-error",
              "an operator accidentally running a cleanup command against the production {c}",
              List.of("storage", "orchestration")),
          new CauseForm(
              "human-error",
              "an engineer accidentally removing records from the {c}",
              List.of("dns")),
          new CauseForm(
              "data", "a data migration that dropped a column from the {c}", List.of("database")),
          new CauseForm("data", "a corrupted index in the {c}", List.of("database", "cache")),
          new CauseForm("data", "malformed messages that poisoned the {c}", List.of("queue")),
          new CauseForm("unknown", "", List.of("other")));

  static final List<String> CAUSE_SENTENCES =
      List.of(
          "The root cause was {x}.",
          "The outage was traced back to {x}.",
          "Investigation showed that the root cause was {x}.",
          "The root cause of the incident was identified as {x}.");

  static final String UNKNOWN_CAUSE =
      "The exact cause could not be determined from the available evidence, and the investigation is still open.";

  static final Map<String, List<String>> RESOLUTIONS =
      Map.ofEntries(
          Map.entry(
              "misconfiguration",
              List.of(
                  "The faulty {c} configuration was reverted and the intended change re-applied correctly.",
                  "Engineers corrected the {c} settings and reloaded the service.")),
          Map.entry(
              "software-bug",
              List.of(
                  "A hotfix for the {c} was written, reviewed and deployed.",
                  "The defective code path in the {c} was patched and redeployed.")),
          Map.entry(
              "deployment",
              List.of(
                  "The release was rolled back to the previous version.",
                  "We reverted the rollout and redeployed the last known good build.")),
          Map.entry(
              "capacity",
              List.of(
                  "Extra capacity was added to the {c} and stale data was cleaned up.",
                  "The {c} was scaled out and load returned to normal.")),
          Map.entry(
              "hardware",
              List.of(
                  "Traffic was failed over to standby hardware and the failed parts were replaced.",
                  "The faulty hardware was swapped out by the data center team.")),
          Map.entry(
              "network",
              List.of(
                  "Routes were restored and traffic flowed normally again.",
                  "The network team withdrew the bad routes and connectivity came back.")),
          Map.entry(
              "dependency",
              List.of(
                  "We waited for the provider to recover and switched to a fallback where we could.",
                  "Service came back once the upstream provider restored its platform.")),
          Map.entry(
              "security",
              List.of(
                  "Traffic scrubbing was enabled and the malicious traffic was blocked.",
                  "The compromised access was revoked and the attack was contained.")),
          Map.entry(
              "expiry",
              List.of(
                  "The {c} was renewed and rolled out to every host.",
                  "The expired item was renewed and the affected services restarted.")),
          Map.entry(
              "human-error",
              List.of(
                  "The deleted data was restored from the latest backup.",
                  "The accidental change was undone and the affected resources recreated.")),
          Map.entry(
              "data",
              List.of(
                  "The damaged data was repaired from the last good snapshot.",
                  "Engineers rebuilt the affected data and replayed the missing writes.")),
          Map.entry(
              "unknown",
              List.of(
                  "Service recovered after the affected hosts were restarted.",
                  "The symptoms cleared after a rolling restart of the fleet.")));

  /** Red-herring hypotheses and how they are named in prose. */
  static final Map<String, List<String>> HERRINGS =
      Map.ofEntries(
          Map.entry(
              "database",
              List.of(
                  "database overload",
                  "a problem with the database",
                  "replication lag on the database")),
          Map.entry("ddos", List.of("a DDoS attack", "a distributed denial-of-service attack")),
          Map.entry("traffic-spike", List.of("a sudden traffic spike", "a surge in user traffic")),
          Map.entry(
              "code-deploy",
              List.of("the most recent code deployment", "a bad code release from that morning")),
          Map.entry(
              "network",
              List.of("a network connectivity problem", "flaky networking between the hosts")),
          Map.entry("cache", List.of("the cache layer", "stale entries in the cache")),
          Map.entry("dns", List.of("a DNS resolution problem", "broken DNS lookups")),
          Map.entry("application", List.of("the application code", "the backend application")),
          Map.entry("web-server", List.of("the web servers themselves", "a crashed web server")));

  /** Herrings weighted so that the database and DDoS lead, as in real archives. */
  static final List<String> HERRING_WEIGHTS =
      List.of(
          "database",
          "database",
          "database",
          "ddos",
          "ddos",
          "traffic-spike",
          "traffic-spike",
          "code-deploy",
          "code-deploy",
          "network",
          "cache",
          "dns",
          "application",
          "web-server");

  static final List<String> HERRING_SENTENCES =
      List.of(
          "Initially, the team suspected {h}, but the metrics ruled it out.",
          "{H} was considered first; it turned out to be a dead end.",
          "Time was lost investigating {h}, which proved unrelated.",
          "We first assumed {h} and ruled it out once the dashboards showed normal behaviour.",
          "Engineers chased {h} for a while before ruling it out.");

  static final List<String> HERRING_ENTRIES =
      List.of(
          "Engineers suspected {h} and started investigating it",
          "The team assumed {h}; this was later ruled out",
          "Investigation focused on {h}, which turned out to be a dead end");

  static final List<String> SERVICES =
      List.of(
          "primary web service",
          "checkout service",
          "payments API",
          "user authentication service",
          "search service",
          "mobile app backend",
          "customer dashboard",
          "messaging service",
          "web application",
          "image upload service",
          "notification service",
          "reporting API",
          "WordPress site",
          "e-commerce website",
          "video streaming platform",
          "booking engine",
          "order tracking portal",
          "public REST API",
          "admin console",
          "file sharing service");

  static final List<String> SERVICE_SENTENCES =
      List.of(
          "The outage affected our {s}",
          "The {s} was unavailable",
          "The incident took down the {s}",
          "Our {s} returned errors");

  static final List<String> TITLES =
      List.of(
          "Web Stack Outage",
          "Service Disruption",
          "Incident Report",
          "Outage Report",
          "Production Incident",
          "Degraded Service",
          "Site Outage",
          "Partial Outage");

  static final List<String> DETECTION =
      List.of(
          "The issue was detected by automated monitoring alerts that reported a spike in error rates.",
          "An alert on rising latency paged the on-call engineer.",
          "A customer report reached the support team before any alert fired.",
          "Synthetic health checks started failing and opened an incident automatically.");

  static final List<String> ESCALATION =
      List.of(
          "The incident was escalated to the infrastructure team.",
          "On-call escalated to the platform team and the engineering manager.",
          "The incident commander pulled in the networking and database specialists.",
          "The issue was escalated to senior site reliability engineers.");

  /** Lengths that are not the incident's own length, which a parser must not take for one. */
  static final List<String> OTHER_LENGTHS =
      List.of(
          "The escalation happened within the first 30 minutes.",
          "The fix itself took about 15 minutes to roll out.",
          "Restoring the last backup alone took 45 minutes.",
          "The maintenance window is 2 hours every Sunday.");

  /** Percentages of things other than users, which are not the impact. */
  static final List<String> OTHER_PERCENTAGES =
      List.of(
          "CPU usage on the affected hosts hit 95% during the incident.",
          "Memory usage sat at 88% for most of the afternoon.",
          "This put us well below our 99.9% availability SLA.",
          "The cache hit ratio dropped to 40% while the team investigated.");

  /** Action item forms by category; {@code {c}} is the component noun. */
  static final Map<String, List<String>> ACTIONS =
      Map.ofEntries(
          Map.entry(
              "monitoring",
              List.of(
                  "Add alerting on {c} health checks.",
                  "Create a dashboard for {c} error rates and latency.")),
          Map.entry(
              "validation",
              List.of(
                  "Add automated validation of {c} configuration changes before they are applied.",
                  "Lint every {c} change in CI.")),
          Map.entry(
              "rollback",
              List.of(
                  "Require a tested rollback plan for every change to the {c}.",
                  "Roll out {c} changes gradually behind a canary.")),
          Map.entry(
              "documentation",
              List.of(
                  "Document the {c} recovery procedure in the runbook.",
                  "Update the on-call documentation for the {c}.")),
          Map.entry(
              "training",
              List.of(
                  "Train on-call engineers on {c} failure modes.",
                  "Run a game day covering a {c} failure.")),
          Map.entry(
              "review",
              List.of(
                  "Require peer review for changes to the {c}.",
                  "Hold a quarterly review of {c} settings.")),
          Map.entry(
              "capacity",
              List.of(
                  "Provision extra headroom for the {c}.",
                  "Set up capacity planning for the {c} ahead of peak season.")),
          Map.entry(
              "testing",
              List.of(
                  "Add load tests covering the {c}.",
                  "Add integration tests for the {c} failure path.")));

  static final List<String> LESSONS =
      List.of(
          "Configuration changes deserve the same scrutiny as code changes.",
          "Our alerts told us something was wrong but not where to look.",
          "Assumptions made early in an incident are expensive to undo.",
          "Good runbooks shorten the time to recovery.");

  static final List<String> CONCLUSIONS =
      List.of(
          "We are sorry for the disruption and are committed to preventing a repeat.",
          "With the measures above in place we expect to catch this class of problem earlier.",
          "Thank you to everyone who helped restore the service quickly.");

  /** Neutral sentences that carry no facts; typos are only ever put into these. */
  static final List<String> FILLER =
      List.of(
          "The on-call engineer acknowledged the page and joined the incident channel.",
          "Customer support was kept informed throughout the incident.",
          "Several engineers joined the bridge call to help with the investigation.",
          "Logs from the affected hosts were collected for later analysis.",
          "Communication with stakeholders happened through the incident channel.",
          "The status page was updated as new information became available.",
          "Everyone involved stayed calm and focused on restoring service.",
          "Dashboards were shared in the channel so that everyone saw the same picture.",
          "Some requests were retried automatically by the clients.",
          "The team kept a running log of every action taken during the response.",
          "Management was briefed once the situation was understood.",
          "Follow-up meetings were scheduled to review the response.");

  static final List<String> LOG_LINES =
      List.of(
          "[worker-{n}] WARN upstream request took {m}ms",
          "[worker-{n}] ERROR connection reset by peer (attempt {n})",
          "[proxy-{n}] INFO health check status={m}",
          "[api-{n}] ERROR request failed with status 502",
          "[db-{n}] WARN slow statement took {m}ms");

  static final List<String> EMOJI =
      List.of("🚨", "📋", "⏱️", "🔍", "🛠️", "✅", "📈", "🧭", "💡", "🔥");
}
