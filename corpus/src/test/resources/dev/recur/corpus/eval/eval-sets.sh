#!/bin/sh
# Scores every labelled evaluation set of the project with `recur eval` and prints one line per
# set: documents, fault, component, impact and red-herring F1. Run from the project root:
#
#   sh corpus/src/test/resources/dev/recur/corpus/eval/eval-sets.sh [tuning|measuring|SET...]
#
# Sets that read ../shared are skipped when it is missing; the student pools are read from
# STUDENT1 … STUDENT8 (default /tmp/student1 … /tmp/student8, fetched with student/fetch.sh) and
# skipped when those folders are missing. Measuring sets are scored in aggregate only: never
# pass --show-failures for them, or they stop measuring anything.
set -u
root=$(pwd)
[ -x "$root/recur" ] || { echo "eval-sets.sh: run it from the project root (no ./recur here)" >&2; exit 1; }
shared=$root/../shared
real=$shared/corpus/postmortems-real
eval_dir=$root/corpus/src/test/resources/dev/recur/corpus/eval
written=$root/analyzers/src/test/resources/dev/recur/analyzers/cause
student1=${STUDENT1:-/tmp/student1}
student2=${STUDENT2:-/tmp/student2}
student3=${STUDENT3:-/tmp/student3}
student4=${STUDENT4:-/tmp/student4}
student5=${STUDENT5:-/tmp/student5}
student6=${STUDENT6:-/tmp/student6}
student7=${STUDENT7:-/tmp/student7}
student8=${STUDENT8:-/tmp/student8}
tuning="seeds dev35 extra time-extra tune student-tuning student2-tuning student3-tuning
  student4-tuning student5-tuning student6-tuning student7-tuning student8-tuning written-a written-c written-e written-f written-h written-i-tuning
  written-k-tuning written-l-tuning written-m-tuning written-n-tuning written-o-tuning
  written-p-tuning written-q-tuning written-r-tuning written-s-tuning
  written-t-tuning written-u-tuning written-v-tuning
  written-w-tuning written-x-tuning written-y-tuning written-z-tuning written-0-tuning"
measuring="dev-set-aside fresh student-measuring student2-measuring student3-measuring
  student4-measuring student5-measuring student6-measuring student7-measuring student8-measuring written-b written-d written-g written-i-measuring written-k-measuring
  written-l-measuring written-m-measuring written-n-measuring written-o-measuring
  written-p-measuring written-q-measuring written-r-measuring written-s-measuring
  written-t-measuring written-u-measuring written-v-measuring
  written-w-measuring written-x-measuring written-y-measuring written-z-measuring written-0-measuring"

# Prints "gold path [option list]" for a set name.
args() {
  case $1 in
    seeds) echo "$shared/eval/seeds-gold.jsonl $shared/seeds" ;;
    dev35) echo "$shared/eval/dev-gold.jsonl $real --except $eval_dir/dev-holdout.txt" ;;
    dev-set-aside) echo "$shared/eval/dev-gold.jsonl $real --only $eval_dir/dev-holdout.txt" ;;
    fresh | extra | time-extra | tune) echo "$eval_dir/$1-gold.jsonl $real" ;;
    student-tuning) echo "$eval_dir/student/tune-gold.jsonl $student1" ;;
    student-measuring) echo "$eval_dir/student/measure-gold.jsonl $student1" ;;
    student2-tuning) echo "$eval_dir/student2/tune-gold.jsonl $student2" ;;
    student2-measuring) echo "$eval_dir/student2/measure-gold.jsonl $student2" ;;
    student3-tuning) echo "$eval_dir/student3/tune-gold.jsonl $student3" ;;
    student3-measuring) echo "$eval_dir/student3/measure-gold.jsonl $student3" ;;
    student4-tuning) echo "$eval_dir/student4/tune-gold.jsonl $student4" ;;
    student4-measuring) echo "$eval_dir/student4/measure-gold.jsonl $student4" ;;
    student5-tuning) echo "$eval_dir/student5/tune-gold.jsonl $student5" ;;
    student5-measuring) echo "$eval_dir/student5/measure-gold.jsonl $student5" ;;
    student6-tuning) echo "$eval_dir/student6/tune-gold.jsonl $student6" ;;
    student6-measuring) echo "$eval_dir/student6/measure-gold.jsonl $student6" ;;
    student7-tuning) echo "$eval_dir/student7/tune-gold.jsonl $student7" ;;
    student7-measuring) echo "$eval_dir/student7/measure-gold.jsonl $student7" ;;
    student8-tuning) echo "$eval_dir/student8/tune-gold.jsonl $student8" ;;
    student8-measuring) echo "$eval_dir/student8/measure-gold.jsonl $student8" ;;
    # The written sets are in the repository: one that is not there is a mistyped name.
    written-?)
      [ -d "$written/$1" ] || return 1
      echo "$written/$1-gold.jsonl $written/$1" ;;
    written-?-tuning | written-?-measuring)
      set=${1%-*}
      [ -f "$written/$1.txt" ] || return 1
      echo "$written/$set-gold.jsonl $written/$set --only $written/$1.txt" ;;
    *) return 1 ;;
  esac
}

[ $# -eq 0 ] && set -- tuning measuring
for group in "$@"; do
  case $group in
    tuning) names=$tuning ;;
    measuring) names=$measuring ;;
    *) names=$group ;;
  esac
  for name in $names; do
    line=$(args "$name") || { echo "eval-sets.sh: no set named $name" >&2; exit 1; }
    set -- $line
    gold=$1 path=$2
    shift 2
    if [ ! -e "$gold" ]; then
      printf '%-20s skipped: %s is missing\n' "$name" "$gold"
      continue
    fi
    if [ ! -e "$path" ]; then
      printf '%-20s skipped: %s is missing\n' "$name" "$path"
      continue
    fi
    scores=$("$root/recur" eval --gold "$gold" "$@" "$path" 2>/dev/null)
    case $scores in
      "documents scored: 0 "* | "")
        # An empty folder (a fetch that could not reach GitHub leaves one) scores nothing.
        printf '%-20s skipped: no labelled document found in %s\n' "$name" "$path"
        continue ;;
    esac
    printf '%s\n' "$scores" | awk -v name="$name" '
      /^documents scored:/ { n = $3 }
      $1 == "root_cause_fault" { fault = $2 " " $3 }
      $1 == "root_cause_component" { comp = $2 " " $3 }
      $1 == "impact_percent" { impact = $2 " " $3 }
      $1 == "misleading_paths" { f1 = $NF }
      END { printf "%-20s n=%-4s fault %-14s component %-14s impact %-14s F1 %s\n", name, n, fault, comp, impact, f1 }'
  done
done
