#!/bin/sh
# Fetch libsodium 1.0.18's C sources from Debian's source package into
# BUILD_DIR/third_party/libsodium for the WebAssembly build (natively Debian's libsodium-dev
# is used), through a private apt configuration whose deb-src entries are derived from the
# machine's own /etc/apt/sources.list.d/debian.sources. Nothing under /etc is changed.
# Generates include/sodium/version.h as libsodium's configure would. Idempotent.
# Needs: dpkg-dev (apt-get source), network access to the Debian mirror (set-up time only).
# Usage: cmake/fetch_libsodium.sh BUILD_DIR
set -eu
build_dir=${1:?usage: fetch_libsodium.sh BUILD_DIR}
mkdir -p "$build_dir/third_party"
dest=$(cd "$build_dir/third_party" && pwd)/libsodium
if [ -f "$dest/include/sodium/version.h" ] && [ -f "$dest/crypto_sign/ed25519/ref10/sign.c" ]; then
  echo "fetch_libsodium: $dest already present"
  exit 0
fi
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || { echo "fetch_libsodium: $sources not found" >&2; exit 1; }
command -v dpkg-source >/dev/null || { echo "fetch_libsodium: dpkg-dev is needed (dpkg-source)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sources.list.d" "$work/lists/partial" "$work/archives/partial" "$work/src"
sed 's/^Types: deb$/Types: deb-src/' "$sources" > "$work/sources.list.d/debian-src.sources"
: > "$work/sources.list"
apt_opts="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=$work/sources.list.d
  -o Dir::State::Lists=$work/lists -o Dir::Cache::archives=$work/archives
  -o APT::Sandbox::User=root -o Debug::NoLocking=1"
# shellcheck disable=SC2086
apt-get $apt_opts -q update >"$work/update.log" 2>&1 || { cat "$work/update.log" >&2; exit 1; }
# shellcheck disable=SC2086
(cd "$work/src" && apt-get $apt_opts -q source libsodium >"$work/source.log" 2>&1) \
  || { cat "$work/source.log" >&2; exit 1; }
tree=$(find "$work/src" -maxdepth 1 -mindepth 1 -type d -name 'libsodium-*' | head -n 1)
[ -n "$tree" ] && [ -d "$tree/src/libsodium" ] || { echo "fetch_libsodium: no libsodium tree unpacked" >&2; exit 1; }
case "$(basename "$tree")" in
  libsodium-1.0.18*) ;;
  *) echo "fetch_libsodium: expected libsodium 1.0.18, got $(basename "$tree") (check the apt sources)" >&2; exit 1 ;;
esac
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
cp -R "$tree/src/libsodium/." "$dest.tmp/"
find "$dest.tmp" -type f ! -name '*.c' ! -name '*.h' ! -name '*.h.in' -delete
cp "$tree/LICENSE" "$dest.tmp/"
# As configure.ac sets them for 1.0.18 (SODIUM_LIBRARY_VERSION_MAJOR/MINOR; not minimal).
sed -e 's/@VERSION@/1.0.18/' -e 's/@SODIUM_LIBRARY_VERSION_MAJOR@/10/' \
    -e 's/@SODIUM_LIBRARY_VERSION_MINOR@/3/' -e 's/@SODIUM_LIBRARY_MINIMAL_DEF@//' \
    "$dest.tmp/include/sodium/version.h.in" > "$dest.tmp/include/sodium/version.h"
echo "$(basename "$tree")" > "$dest.tmp/VERSION"
rm -rf "$dest"
mv "$dest.tmp" "$dest"
echo "fetch_libsodium: $(cat "$dest/VERSION") -> $dest"
