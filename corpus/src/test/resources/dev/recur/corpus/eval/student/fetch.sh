#!/bin/sh
# Fetches the student postmortems that tune-gold.jsonl and measure-gold.jsonl label, from the
# public GitHub repositories listed in sources.csv, into DIR (default: ./student-postmortems).
# The texts are not kept in this repository; their labels and sources are.
#
#   sh fetch.sh [DIR]
#   ./recur eval --gold corpus/src/test/resources/dev/recur/corpus/eval/student/measure-gold.jsonl DIR
#
# A file whose SHA-256 differs from the one recorded (an edited or re-encoded upstream copy, or
# one of the few whose commit was not recorded) is kept and reported, not dropped.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-student-postmortems}
mkdir -p "$out"

tail -n +2 "$here/sources.csv" | while IFS=, read -r file set repo path commit sha; do
  ref=$commit
  [ "$ref" = "?" ] && ref=HEAD
  url="https://raw.githubusercontent.com/$repo/$ref/$path"
  if ! curl -fsSL --retry 2 -o "$out/$file" "$url"; then
    echo "fetch.sh: $file: could not fetch $url" >&2
    rm -f "$out/$file"
    continue
  fi
  got=$(sha256sum "$out/$file" | cut -d' ' -f1)
  if [ "$got" != "$sha" ]; then
    echo "fetch.sh: $file: differs from the labelled copy (sha256 $got)" >&2
  fi
done
echo "fetch.sh: $(ls "$out" | wc -l) files in $out"
