#!/usr/bin/env bash
# Back up Kennisbank: the database as a pg_dump custom-format archive and the media folder as a
# tarball, both timestamped, in BACKUP_DIR; the oldest beyond the last BACKUP_KEEP of each are
# deleted. Prints every file it writes or deletes; exits non-zero when anything fails (a failed
# dump leaves no file behind, so a file in BACKUP_DIR is always complete).
#
#   deploy/backup.sh                      # with the site's environment (/etc/kennisbank.env)
#
# Environment:
#   DATABASE_URL  postgres://user:password@host:port/name (the site's own setting); without it
#                 pg_dump's PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE apply
#   BACKUP_DIR    where the backups go (default /var/backups/kennisbank)
#   BACKUP_KEEP   how many backups of each kind to keep (default 14)
#   MEDIA_ROOT    the uploaded files (default: media/ beside manage.py, as in the settings).
#                 With AWS_STORAGE_BUCKET_NAME set, media live in the bucket: not archived here
#                 (use the bucket's versioning, or `aws s3 sync s3://<bucket> <dir>`).
#
# Restore with deploy/restore.sh.
set -euo pipefail

PROJECT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BACKUP_DIR=${BACKUP_DIR:-/var/backups/kennisbank}
BACKUP_KEEP=${BACKUP_KEEP:-14}
MEDIA_ROOT=${MEDIA_ROOT:-$PROJECT_DIR/media}
DATABASE_URL=${DATABASE_URL:-}

fail() {
    echo "backup.sh: $*" >&2
    exit 1
}

[[ $BACKUP_KEEP =~ ^[1-9][0-9]*$ ]] || fail "BACKUP_KEEP must be a whole number of 1 or more"
case $DATABASE_URL in
"" | postgres://* | postgresql://*) ;;
*) fail "DATABASE_URL is not a PostgreSQL database: ${DATABASE_URL%%:*}://..." ;;
esac
command -v pg_dump >/dev/null || fail "pg_dump is not installed (Debian: postgresql-client)"

umask 077 # the dump holds personal data: readable by this user only
mkdir -p "$BACKUP_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
partial=()
cleanup() {
    local file
    for file in "${partial[@]}"; do
        rm -f -- "$file"
    done
}
trap cleanup EXIT

# The database ---------------------------------------------------------------------------------
dump="$BACKUP_DIR/kennisbank-db-$stamp.dump"
partial+=("$dump.partial")
if [[ -n $DATABASE_URL ]]; then
    pg_dump --format=custom --no-password --file="$dump.partial" --dbname="$DATABASE_URL"
else
    pg_dump --format=custom --no-password --file="$dump.partial"
fi
mv -- "$dump.partial" "$dump"
echo "wrote $dump ($(du -h -- "$dump" | cut -f1))"

# The media ------------------------------------------------------------------------------------
if [[ -n ${AWS_STORAGE_BUCKET_NAME:-} ]]; then
    echo "media are in the bucket $AWS_STORAGE_BUCKET_NAME: not archived (use bucket versioning)"
elif [[ -d $MEDIA_ROOT ]]; then
    media="$BACKUP_DIR/kennisbank-media-$stamp.tar.gz"
    partial+=("$media.partial")
    tar --create --gzip --file="$media.partial" --directory="$MEDIA_ROOT" .
    mv -- "$media.partial" "$media"
    echo "wrote $media ($(du -h -- "$media" | cut -f1))"
else
    echo "no media folder at $MEDIA_ROOT: nothing to archive"
fi

# Keep the newest BACKUP_KEEP of each kind (the timestamps sort by name) -----------------------
prune() {
    local file
    find "$BACKUP_DIR" -maxdepth 1 -type f -name "$1" -print | sort -r |
        tail -n +"$((BACKUP_KEEP + 1))" | while IFS= read -r file; do
        rm -f -- "$file"
        echo "deleted $file"
    done
}
prune 'kennisbank-db-*.dump'
prune 'kennisbank-media-*.tar.gz'
