#!/bin/sh
# Fetch libsodium 1.0.18's C sources from Debian's source package into
# BUILD_DIR/third_party/libsodium for the WebAssembly build (natively Debian's libsodium-dev
# is used), through cmake/apt_source.sh.
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$(sh "$(dirname "$0")/apt_source.sh" libsodium "$work")
[ -d "$tree/src/libsodium" ] || { echo "fetch_libsodium: no libsodium tree unpacked" >&2; exit 1; }
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
