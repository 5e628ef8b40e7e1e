#!/usr/bin/env bash
# Release dry run and bundle check: builds the Maven Central bundle the next release would upload, signed
# with a throwaway GPG key, without uploading anything, then opens it and fails unless it holds every
# published artifact with its signatures, checksums and POM metadata (.ci/CheckReleaseBundle.java).
#
#   .ci/check-release-bundle.sh [--strict] [--keep] [--version X.Y.Z] [-- MAVEN_ARGS...]
#   .ci/check-release-bundle.sh [--strict] --bundle path/to/central-bundle.zip
#
# The build runs on a copy of the working tree (tracked and untracked, not ignored, files) whose version is
# set to the release version (the current one without -SNAPSHOT, or --version). Its local repository is a
# scratch one that reads through to ~/.m2/repository, so nothing of ours is installed into ~/.m2.
# --bundle checks an existing bundle instead (for example the real one, before uploading it), verifying its
# signatures with your own keyring. --strict allows no pending checks on modules without sources yet.
# --keep keeps the scratch directory and prints where the bundle is.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
strict=()
keep=false
bundle=
version=
while [ $# -gt 0 ]; do
  case "$1" in
    --strict) strict=(--strict) ;;
    --keep) keep=true ;;
    --bundle) bundle=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift ;;
    --version) version=$2; shift ;;
    --) shift; break ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
maven_args=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/symposia-release.XXXXXX")
cleanup() {
  if [ -n "${GNUPGHOME:-}" ] && [ "$GNUPGHOME" = "$work/gnupg" ]; then
    gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  fi
  if [ "$keep" = true ]; then
    echo "Scratch directory kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

if [ -z "$bundle" ]; then
  if ! command -v gpg >/dev/null 2>&1; then
    echo "gpg is needed to sign the bundle (Debian/Ubuntu: apt-get install -y gnupg)" >&2
    exit 1
  fi

  echo "== Copying the working tree to $work/src"
  mkdir -p "$work/src"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf -) | tar -xf - -C "$work/src"

  current=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
  version=${version:-${current%-SNAPSHOT}}
  echo "== Release version $version (working tree: $current)"

  mvn_local=(-Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="${SYMPOSIA_M2_REPO:-$HOME/.m2/repository}")
  cd "$work/src"
  ./mvnw -B -q "${mvn_local[@]}" "${maven_args[@]}" versions:set \
    -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true

  echo "== Throwaway signing key"
  export GNUPGHOME="$work/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
    --quick-generate-key 'Symposia release dry run <dry-run@symposia.invalid>' ed25519 sign 1d
  gpg --batch --list-keys --with-colons 2>/dev/null | awk -F: '$1 == "fpr" { print "   key " $10; exit }'

  echo "== ./mvnw -Prelease -DskipTests deploy (upload off: central.skipUpload=true)"
  ./mvnw -B "${mvn_local[@]}" "${maven_args[@]}" -Prelease -DskipTests -Dcentral.skipUpload=true deploy \
    > "$work/build.log" 2>&1 || { tail -n 80 "$work/build.log"; echo "Release build failed; log: $work/build.log" >&2; keep=true; exit 1; }
  bundle="$work/src/target/central-publishing/central-bundle.zip"
  if [ ! -f "$bundle" ]; then
    tail -n 40 "$work/build.log"
    echo "The release build made no bundle at $bundle" >&2
    keep=true
    exit 1
  fi
fi

echo "== Checking $bundle"
status=0
java "$root/.ci/CheckReleaseBundle.java" "${strict[@]}" "$bundle" "$root" || status=1

echo "== Verifying signatures"
mkdir -p "$work/bundle"
(cd "$work/bundle" && unzip -q "$bundle")
bad=0
count=0
while IFS= read -r -d '' signature; do
  count=$((count + 1))
  if ! gpg --batch --quiet --verify "$signature" "${signature%.asc}" >/dev/null 2>&1; then
    echo "  - bad signature: ${signature#"$work/bundle/"}"
    bad=$((bad + 1))
  fi
done < <(find "$work/bundle" -name '*.asc' -print0)
if [ "$bad" -gt 0 ]; then
  echo "FAILED: $bad of $count signatures do not verify"
  status=1
else
  echo "OK: $count signatures verify"
fi
exit "$status"
