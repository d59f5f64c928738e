#!/usr/bin/env bash
# PostgreSQL 17's client tools (pg_dump, pg_restore, psql) in a folder of their own, for a Debian 12 machine: its own
# client is 15, which refuses to dump a 17 server. Takes the client from Debian 13's packages, checked against
# Debian's signed release file, and runs it with Debian 13's C library through that library's own loader, so nothing
# of the system changes. Prints the folder holding pg_dump, pg_restore and psql.
#
#   infra/local/tools/postgresql-client-17.sh [folder]      (default: ~/.cache/vigil/postgresql-client-17)
set -euo pipefail

folder=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil/postgresql-client-17}
if "$folder/bin/pg_dump" --version 2>/dev/null | grep -q ' 17\.'; then
    echo "$folder/bin"
    exit 0
fi
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages="postgresql-client-17 libpq5 libldap2 libc6" # the rest (OpenSSL, readline, zstd...) is the system's own
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

curl -fsSL "$mirror/dists/trixie/InRelease" -o "$work/InRelease"
gpgv --quiet --keyring /usr/share/keyrings/debian-archive-keyring.gpg "$work/InRelease" 2>/dev/null \
    || { echo "Debian 13's release file is not signed by Debian's archive keys" >&2; exit 1; }
index_sum=$(awk '/^SHA256:/ {sha=1; next} /^[^ ]/ {sha=0} sha && $3 == "main/binary-amd64/Packages.xz" {print $1}' \
    "$work/InRelease")
curl -fsSL "$mirror/dists/trixie/main/binary-amd64/Packages.xz" -o "$work/Packages.xz"
echo "$index_sum  $work/Packages.xz" | sha256sum --check --quiet
xz -d "$work/Packages.xz"

rm -rf "$folder" && mkdir -p "$folder/root" "$folder/bin"
for package in $packages; do
    read -r file sum < <(awk -v p="$package" '$1 == "Package:" {on = ($2 == p)} on && $1 == "Filename:" {f = $2}
        on && $1 == "SHA256:" {s = $2} on && /^$/ && f {print f, s; exit}' "$work/Packages")
    curl -fsSL "$mirror/$file" -o "$work/$package.deb"
    echo "$sum  $work/$package.deb" | sha256sum --check --quiet
    dpkg-deb -x "$work/$package.deb" "$folder/root"
done

libraries="$folder/root/usr/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu"
for tool in pg_dump pg_restore psql; do
    cat > "$folder/bin/$tool" <<WRAPPER
#!/bin/sh
exec "$folder/root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$libraries" \
    "$folder/root/usr/lib/postgresql/17/bin/$tool" "\$@"
WRAPPER
    chmod +x "$folder/bin/$tool"
done
"$folder/bin/pg_dump" --version >&2
echo "$folder/bin"
