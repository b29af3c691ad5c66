#!/usr/bin/env bash
# Restore Kennisbank from deploy/backup.sh's files: the database dump into the database of
# DATABASE_URL (or pg_restore's PG* variables), and optionally the media tarball into MEDIA_ROOT.
#
#   deploy/restore.sh --yes <kennisbank-db-*.dump> [kennisbank-media-*.tar.gz]
#
# It OVERWRITES: every table in the dump is dropped and restored, in one transaction (on any
# error nothing changes); the media folder is replaced (the old one is kept beside it as
# <MEDIA_ROOT>.before-restore-<time>). So it refuses to run without --yes (or RESTORE_CONFIRM=yes
# in the environment). Stop the web application and the worker first, and run
# `manage.py migrate` after restoring a dump from an older version of the code.
#
# Environment: DATABASE_URL, MEDIA_ROOT (default: media/ beside manage.py), RESTORE_CONFIRM.
set -euo pipefail

PROJECT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MEDIA_ROOT=${MEDIA_ROOT:-$PROJECT_DIR/media}
DATABASE_URL=${DATABASE_URL:-}

usage() {
    echo "usage: $0 --yes <database dump> [media tarball]" >&2
    exit 2
}

fail() {
    echo "restore.sh: $*" >&2
    exit 1
}

confirmed=${RESTORE_CONFIRM:-}
args=()
for arg in "$@"; do
    case $arg in
    --yes) confirmed=yes ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) args+=("$arg") ;;
    esac
done
((${#args[@]} >= 1 && ${#args[@]} <= 2)) || usage
dump=${args[0]}
media=${args[1]:-}

case $DATABASE_URL in
"" | postgres://* | postgresql://*) ;;
*) fail "DATABASE_URL is not a PostgreSQL database: ${DATABASE_URL%%:*}://..." ;;
esac
# pg_restore without a database would print SQL instead of restoring.
[[ -n $DATABASE_URL || -n ${PGDATABASE:-} ]] || fail "set DATABASE_URL (or PGDATABASE)"
command -v pg_restore >/dev/null || fail "pg_restore is not installed (Debian: postgresql-client)"
[[ -r $dump ]] || fail "cannot read the dump $dump"
[[ -z $media || -r $media ]] || fail "cannot read the media tarball $media"
# A readable archive before anything is touched.
pg_restore --list "$dump" >/dev/null || fail "$dump is not a pg_dump custom-format archive"
if [[ -n $media ]]; then
    tar --list --gzip --file="$media" >/dev/null || fail "$media is not a gzipped tarball"
fi

# The target, without its password.
target=${DATABASE_URL:-"$PGDATABASE on ${PGHOST:-the local socket}"}
target=$(printf '%s' "$target" | sed -E 's#(://[^:/@]*):[^@]*@#\1:***@#')
if [[ $confirmed != yes ]]; then
    echo "restore.sh: this overwrites the database $target" >&2
    [[ -z $media ]] || echo "restore.sh: and replaces the media folder $MEDIA_ROOT" >&2
    fail "refused: run again with --yes (or RESTORE_CONFIRM=yes) to go ahead"
fi

# The database: drop what the dump holds and restore it, all or nothing.
restore_options=(--clean --if-exists --no-owner --no-privileges --single-transaction --no-password)
if [[ -n $DATABASE_URL ]]; then
    pg_restore "${restore_options[@]}" --dbname="$DATABASE_URL" "$dump"
else
    pg_restore "${restore_options[@]}" --dbname="$PGDATABASE" "$dump"
fi
echo "restored $dump into $target"

# The media: unpacked beside the folder, then swapped in.
if [[ -n $media ]]; then
    parent=$(dirname -- "$MEDIA_ROOT")
    mkdir -p -- "$parent"
    unpacked=$(mktemp -d "$parent/.kennisbank-media-restore.XXXXXX")
    trap 'rm -rf -- "$unpacked"' EXIT
    tar --extract --gzip --file="$media" --directory="$unpacked" --no-same-owner
    chmod 755 -- "$unpacked"
    if [[ -e $MEDIA_ROOT ]]; then
        kept="$MEDIA_ROOT.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
        mv -- "$MEDIA_ROOT" "$kept"
        echo "kept the old media folder as $kept"
    fi
    mv -- "$unpacked" "$MEDIA_ROOT"
    trap - EXIT
    echo "restored $media into $MEDIA_ROOT"
fi
