#!/usr/bin/env bash
# Reproducibility check: builds the working tree twice from clean, in two copies at different paths and in
# different time zones, and fails if any published jar (or published POM) differs by a byte.
#
#   .ci/check-reproducible.sh [--keep] [-- MAVEN_ARGS...]
#
# Published jars are those of the modules the BOM lists (bom/pom.xml), with every classifier (sources,
# javadoc, tests). Both builds run `clean package -DskipTests` with the same JDK; nothing is installed.
# Both use umask 022, as anyone rebuilding a release to compare it must: jar entries record the file
# permissions of files the build writes (generated sources, pom.properties), and those follow the umask.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=true ;;
    --) shift; break ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
maven_args=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/symposia-reproducible.XXXXXX")
cleanup() {
  if [ "$keep" = true ]; then echo "Scratch directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

published=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/s:.*<artifactId>\(.*\)</artifactId>.*:\1:p' \
  "$root/bom/pom.xml")
if [ -z "$published" ]; then
  echo "No published modules found in bom/pom.xml" >&2
  exit 1
fi

# build NAME TZ: copies the working tree to $work/NAME/symposia, builds it, collects what is published.
build() {
  local name=$1 tz=$2
  local src="$work/$name/symposia"
  mkdir -p "$src" "$work/$name/out"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf -) | tar -xf - -C "$src"
  echo "== Build $name (TZ=$tz) in $src"
  (cd "$src" && umask 022 && TZ=$tz ./mvnw -B "${maven_args[@]}" clean package -DskipTests \
    > "$work/$name/build.log" 2>&1) || { tail -n 60 "$work/$name/build.log"; echo "Build $name failed" >&2; keep=true; exit 1; }
  local artifactId file pom
  for artifactId in $published; do
    for file in "$src"/*/target/"$artifactId"-*.jar; do
      if [ -e "$file" ]; then cp "$file" "$work/$name/out/"; fi
    done
  done
  # Flattened POMs have no parent, so their first artifactId is their own.
  for pom in "$src"/*/target/.flattened-pom.xml; do
    artifactId=$(sed -n 's:.*<artifactId>\(.*\)</artifactId>.*:\1:p' "$pom" | head -n 1)
    if printf '%s\n' $published symposia-bom | grep -qx "$artifactId"; then
      cp "$pom" "$work/$name/out/$artifactId.pom"
    fi
  done
}

build one UTC
build two Pacific/Chatham

echo "== Comparing"
status=0
count=0
for file in "$work"/one/out/*; do
  name=$(basename "$file")
  count=$((count + 1))
  if [ ! -e "$work/two/out/$name" ]; then
    echo "  - only in the first build: $name"
    status=1
  elif ! cmp -s "$file" "$work/two/out/$name"; then
    echo "  - differs: $name ($(cmp "$file" "$work/two/out/$name" 2>&1 | head -n 1 | sed 's:.*/::'))"
    status=1
  fi
done
for file in "$work"/two/out/*; do
  [ -e "$work/one/out/$(basename "$file")" ] || { echo "  - only in the second build: $(basename "$file")"; status=1; }
done
if [ "$status" -ne 0 ]; then
  echo "FAILED: the published artifacts above are not reproducible"
  keep=true
else
  echo "OK: $count published files are identical in both builds:"
  (cd "$work/one/out" && ls | sed 's/^/  /')
fi
exit "$status"
