#!/usr/bin/env bash
# The million-postmortem scale run: generates COUNT synthetic postmortems, ingests them with the
# CLI under a 1 GB heap, runs `recur stats` and `recur search` on the result, and writes wall time,
# documents/s, peak heap (from the GC log), peak RSS (/usr/bin/time -v), index size and the machine
# description to WORK/results.md (and prints it). Copy the figures into benchmarks/RESULTS.md.
#
# usage: benchmarks/scale-run.sh [COUNT]          (default 1000000)
# env:   SOURCE=files                  files: write the documents to WORK/docs first (~4 KB each,
#                                      ~4 min for a million), then time `recur ingest` of the folder
#                                      alone; stream: `recur generate --index` parses and indexes
#                                      documents as they are made (no files), so the ingest time
#                                      then includes generating them (about a tenth of the CPU)
#        WORK=/tmp/recur-scale-COUNT   where documents, index and logs go
#        SEED=42                       generator seed
#        COMMIT_EVERY=5000             stream mode: commit after this many documents
#        HEAP=1g                       -Xmx of every recur run
#        GC=Parallel                   the collector of every recur run (-XX:+Use${GC}GC), as the
#                                      ./recur launcher chooses; the throughput collector costs the
#                                      ingest about a tenth less CPU than G1
#        INGEST_LIMIT=0                stop the ingest after this many seconds (0: no limit); the
#                                      index keeps its last commit and stats/search run on that
# Documents already generated in WORK with the same COUNT and SEED are reused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000000}"
seed="${SEED:-42}"
heap="${HEAP:-1g}"
limit="${INGEST_LIMIT:-0}"
source_mode="${SOURCE:-files}"
gc="-XX:+Use${GC:-Parallel}GC"
commit_every="${COMMIT_EVERY:-5000}"
work="${WORK:-/tmp/recur-scale-$count}"
docs="$work/docs"
index="$work/index"
logs="$work/logs"
jar="$here/cli/target/recur.jar"
mkdir -p "$work" "$logs"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
# Seconds (with decimals) that a command took, from /usr/bin/time's elapsed field.
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
max_rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
# Largest heap occupancy before any collection, and the committed heap, from a -Xlog:gc log.
peak_heap() {
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" 2>/dev/null \
    | awk -F'[M>()-]+' '{ if ($1 > used) used = $1; if ($3 > cap) cap = $3 } END { printf "%d MB used (heap committed up to %d MB)", used, cap }'
}

log "building the CLI jar"
"$here/recur" --version >/dev/null

docs_mb="(not written: streamed)"
if [[ "$source_mode" == files ]]; then
  if [[ -f "$docs/gold.jsonl" && "$(cat "$work/generated" 2>/dev/null)" == "$count $seed" ]]; then
    log "reusing $count generated documents in $docs"
  else
    rm -rf "$docs" "$work/generated"
    log "generating $count postmortems (seed $seed) into $docs"
    /usr/bin/time -v -o "$logs/generate.time" \
      java -Xmx256m -jar "$jar" generate --count "$count" --seed "$seed" --out "$docs" | tee "$logs/generate.out"
    echo "$count $seed" >"$work/generated"
  fi
  docs_mb="$(du -sm "$docs" | cut -f1) MB on disk"
fi

rm -rf "$index"
# `recur ingest` indexes only; where a build lacks it, `recur analyze` ingests and then also
# prints the summary and writes the report, which the ingest figures then include.
if [[ "$source_mode" != files ]]; then
  ingest_cmd=(generate --count "$count" --seed "$seed" --index "$index" --commit-every "$commit_every")
elif java -jar "$jar" ingest --help >/dev/null 2>&1; then
  ingest_cmd=(ingest --index "$index" "$docs")
else
  ingest_cmd=(analyze --index "$index" --report "$work/report.html" "$docs")
fi
log "ingesting into $index with -Xmx$heap${limit:+ (limit ${limit}s)}"
set +e
if [[ "$limit" != 0 ]]; then stopper=(timeout --signal=TERM "$limit"); else stopper=(); fi
/usr/bin/time -v -o "$logs/ingest.time" "${stopper[@]}" \
  java "-Xmx$heap" "$gc" "-Xlog:gc:file=$logs/ingest-gc.log" \
  -XX:StartFlightRecording=filename="$logs/ingest.jfr",settings=default,maxsize=200m -Xlog:jfr+startup=warning \
  -jar "$jar" "${ingest_cmd[@]}" >"$logs/ingest.out" 2>"$logs/ingest.err"
ingest_status=$?
set -e
log "ingest exited with status $ingest_status"
ingest_s=$(elapsed "$logs/ingest.time")
ingest_rss=$(max_rss_mb "$logs/ingest.time")
ingest_heap=$(peak_heap "$logs/ingest-gc.log")
index_mb=$(du -sm "$index" 2>/dev/null | cut -f1)

log "stats (three runs)"
stats_s=()
for run in 1 2 3; do
  /usr/bin/time -v -o "$logs/stats-$run.time" timeout 300 \
    java "-Xmx$heap" "$gc" "-Xlog:gc:file=$logs/stats-gc-$run.log" -jar "$jar" stats --index "$index" \
    >"$logs/stats-$run.out" 2>"$logs/stats-$run.err" || true
  stats_s+=("$(elapsed "$logs/stats-$run.time")")
done
stats_rss=$(max_rss_mb "$logs/stats-3.time")
stats_heap=$(peak_heap "$logs/stats-gc-3.log")
indexed=$(grep -oiE '[0-9,]+ (documents|postmortems|records)' "$logs/stats-3.out" | head -1 || true)

query='fault:misconfiguration component:load-balancer "load balancer"'
log "search: $query"
/usr/bin/time -v -o "$logs/search.time" \
  java "-Xmx$heap" "$gc" -jar "$jar" search --index "$index" "$query" >"$logs/search.out" 2>"$logs/search.err" || true
search_s=$(elapsed "$logs/search.time")

added=$(grep -hoiE '(ingested|indexed) [0-9,]+' "$logs/ingest.out" | head -1 | grep -oE '[0-9,]+$' | tr -d , || true)
if [[ -z "$added" ]]; then
  # Stopped before its summary: count what the last commit holds.
  added=$(grep -hoiE '[0-9,]+ (incidents|postmortems|documents)' "$logs/stats-1.out" | head -1 | grep -oE '^[0-9,]+' | tr -d , || true)
fi
added=${added:-unknown}
rate=$(awk -v n="$added" -v s="$ingest_s" 'BEGIN { if (s > 0 && n > 0) printf "%.1f", n / s; else print "n/a" }')
projected=$(awk -v n="$added" -v s="$ingest_s" -v c="$count" 'BEGIN { if (s > 0 && n > 0) printf "%.0f min", c / (n / s) / 60; else print "n/a" }')

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
ram=$(free -g | awk '/^Mem:/ {print $2 " GB"}')
jdk=$(java -version 2>&1 | head -1)
load=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "## Scale run: $count postmortems ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores ($cpu), $ram RAM, $jdk; load average at the end $load (the cores are shared with other work)."
  echo
  echo "| step | figure |"
  echo "|---|---|"
  echo "| documents | $count generated with seed $seed ($source_mode), $docs_mb |"
  echo "| ingest wall time | ${ingest_s} s (exit status $ingest_status$( [[ $ingest_status == 124 ]] && echo ': stopped by INGEST_LIMIT')) |"
  echo "| documents ingested | $added ($rate documents/s; all $count at this rate: $projected) |"
  echo "| ingest peak heap | $ingest_heap (-Xmx$heap) |"
  echo "| ingest peak RSS | ${ingest_rss} MB |"
  echo "| index size | ${index_mb:-0} MB |"
  echo "| stats wall time (3 runs, whole JVM) | ${stats_s[*]} s |"
  echo "| stats peak heap / RSS | $stats_heap / ${stats_rss} MB |"
  echo "| search wall time (whole JVM) | ${search_s} s |"
  echo
  echo "Commands:"
  echo
  echo '```sh'
  [[ "$source_mode" == files ]] && echo "java -jar cli/target/recur.jar generate --count $count --seed $seed --out $docs"
  echo "java -Xmx$heap $gc -Xlog:gc:file=ingest-gc.log -jar cli/target/recur.jar ${ingest_cmd[*]}"
  echo "java -Xmx$heap $gc -jar cli/target/recur.jar stats --index $index"
  echo "java -Xmx$heap $gc -jar cli/target/recur.jar search --index $index '$query'"
  echo '```'
  echo
  echo "Ingest summary: $(grep -hiE "ingested|indexed" "$logs/ingest.out" | tail -1)"
  echo "Ingest errors (first lines): $(head -3 "$logs/ingest.err" | tr '\n' ' ')"
  echo "Stats (first lines): $(head -5 "$logs/stats-3.out" | tr '\n' ' ') ${indexed}"
  echo "Search (first lines): $(head -5 "$logs/search.out" | tr '\n' ' ')"
} | tee "$work/results.md"
