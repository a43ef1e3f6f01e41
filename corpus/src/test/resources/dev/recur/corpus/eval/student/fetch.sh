#!/bin/sh
# Fetches the student postmortems that tune-gold.jsonl and measure-gold.jsonl label, from the
# public GitHub repositories listed in sources.csv, into DIR (default: ./student-postmortems).
# The texts are not kept in this repository; their labels and sources are. SOURCES names another
# list of the same columns (default: the sources.csv beside this script), such as
# ../student2/sources.csv.
#
#   sh fetch.sh [DIR [SOURCES]]
#   ./recur eval --gold corpus/src/test/resources/dev/recur/corpus/eval/student/measure-gold.jsonl DIR
#
# A file whose SHA-256 differs from the one recorded (an edited or re-encoded upstream copy, or
# one of the few whose commit was not recorded) is kept and reported, not dropped. A row whose
# path was not recorded is reported and counted as not fetched. Exits 1 when any file could not be
# fetched, and stops at once when GitHub cannot be reached at all.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-student-postmortems}
sources=${2:-$here/sources.csv}
[ -r "$sources" ] || { echo "fetch.sh: cannot read $sources" >&2; exit 1; }
if ! curl -fsS --connect-timeout 10 -o /dev/null https://raw.githubusercontent.com/ 2>/dev/null \
    && ! curl -sS --connect-timeout 10 -o /dev/null https://raw.githubusercontent.com/; then
  echo "fetch.sh: cannot reach raw.githubusercontent.com; no file fetched" >&2
  exit 1
fi
# Only now: a run that cannot reach GitHub leaves no empty folder behind to be mistaken for one.
mkdir -p "$out"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
tail -n +2 "$sources" > "$list"
total=$(wc -l < "$list")
done_count=0 failed=0 differ=0
while IFS=, read -r file set repo path commit sha; do
  if [ "$path" = "?" ]; then
    # Read from a stored index that gave the text but not its path: nothing to ask GitHub for.
    echo "fetch.sh: $file: its path in $repo was not recorded; not fetched" >&2
    failed=$((failed + 1))
    done_count=$((done_count + 1))
    continue
  fi
  ref=$commit
  [ "$ref" = "?" ] && ref=HEAD
  url="https://raw.githubusercontent.com/$repo/$ref/$path"
  if curl -fsSL --connect-timeout 10 --retry 2 -o "$out/$file" "$url"; then
    got=$(sha256sum "$out/$file" | cut -d' ' -f1)
    if [ "$got" != "$sha" ]; then
      echo "fetch.sh: $file: differs from the labelled copy (sha256 $got)" >&2
      differ=$((differ + 1))
    fi
  else
    echo "fetch.sh: $file: could not fetch $url" >&2
    rm -f "$out/$file"
    failed=$((failed + 1))
  fi
  done_count=$((done_count + 1))
  [ $((done_count % 25)) -eq 0 ] && echo "fetch.sh: $done_count of $total"
done < "$list"
echo "fetch.sh: $((total - failed)) of $total files in $out ($differ differ from the labelled copy, $failed not fetched)"
[ "$failed" -eq 0 ]
