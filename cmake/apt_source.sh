#!/bin/sh
# Download and unpack Debian's source package PACKAGE into DIR and print the unpacked tree's
# path, through a private apt configuration whose deb-src entries are derived from the
# machine's own /etc/apt/sources.list.d/debian.sources: nothing under /etc is changed.
# Shared by web/fetch_imgui.sh and cmake/fetch_libsodium.sh (third-party sources are fetched
# at set-up time, never committed).
# Needs: dpkg-dev (apt-get source), network access to the Debian mirror.
# Usage: cmake/apt_source.sh PACKAGE DIR
set -eu
package=${1:?usage: apt_source.sh PACKAGE DIR}
work=${2:?usage: apt_source.sh PACKAGE DIR}
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || { echo "apt_source: $sources not found" >&2; exit 1; }
command -v dpkg-source >/dev/null || { echo "apt_source: dpkg-dev is needed (dpkg-source)" >&2; exit 1; }
mkdir -p "$work/sources.list.d" "$work/lists/partial" "$work/archives/partial" "$work/src"
sed 's/^Types: deb$/Types: deb-src/' "$sources" > "$work/sources.list.d/debian-src.sources"
: > "$work/sources.list"
apt_opts="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=$work/sources.list.d
  -o Dir::State::Lists=$work/lists -o Dir::Cache::archives=$work/archives
  -o APT::Sandbox::User=root -o Debug::NoLocking=1"
# shellcheck disable=SC2086
apt-get $apt_opts -q update >"$work/update.log" 2>&1 || { cat "$work/update.log" >&2; exit 1; }
# shellcheck disable=SC2086
(cd "$work/src" && apt-get $apt_opts -q source "$package" >"$work/source.log" 2>&1) \
  || { cat "$work/source.log" >&2; exit 1; }
tree=$(find "$work/src" -maxdepth 1 -mindepth 1 -type d -name "$package-*" | head -n 1)
[ -n "$tree" ] || { echo "apt_source: no $package tree unpacked" >&2; exit 1; }
echo "$tree"
