#!/bin/sh
# Fetch Dear ImGui 1.86 sources (imgui*.cpp + GLFW/OpenGL3 backends) from Debian's source
# package into BUILD_DIR/third_party/imgui, using a private apt configuration whose deb-src
# entries are derived from the machine's own /etc/apt/sources.list.d/debian.sources.
# Nothing under /etc is changed. Idempotent: does nothing when the sources are present.
# Needs: dpkg-dev (apt-get source), network access to the Debian mirror (set-up time only).
# Usage: web/fetch_imgui.sh BUILD_DIR
set -eu
build_dir=${1:?usage: fetch_imgui.sh BUILD_DIR}
mkdir -p "$build_dir/third_party"
dest=$(cd "$build_dir/third_party" && pwd)/imgui
if [ -f "$dest/imgui.cpp" ] && [ -f "$dest/backends/imgui_impl_glfw.cpp" ] \
   && [ -f "$dest/backends/imgui_impl_opengl3.cpp" ]; then
  echo "fetch_imgui: $dest already present"
  exit 0
fi
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || { echo "fetch_imgui: $sources not found" >&2; exit 1; }
command -v dpkg-source >/dev/null || { echo "fetch_imgui: dpkg-dev is needed (dpkg-source)" >&2; exit 1; }

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
(cd "$work/src" && apt-get $apt_opts -q source imgui >"$work/source.log" 2>&1) \
  || { cat "$work/source.log" >&2; exit 1; }
tree=$(find "$work/src" -maxdepth 1 -mindepth 1 -type d -name 'imgui-*' | head -n 1)
[ -n "$tree" ] && [ -f "$tree/imgui.cpp" ] || { echo "fetch_imgui: no imgui tree unpacked" >&2; exit 1; }
case "$(basename "$tree")" in
  imgui-1.86*) ;;
  *) echo "fetch_imgui: expected imgui 1.86, got $(basename "$tree") (check the apt sources)" >&2; exit 1 ;;
esac
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp/backends"
cp "$tree"/imgui*.cpp "$tree"/imgui*.h "$tree"/imconfig.h "$tree"/imstb_*.h "$tree/LICENSE.txt" "$dest.tmp/"
cp "$tree"/backends/imgui_impl_glfw.* "$tree"/backends/imgui_impl_opengl3* "$dest.tmp/backends/"
echo "$(basename "$tree")" > "$dest.tmp/VERSION"
rm -rf "$dest"
mv "$dest.tmp" "$dest"
echo "fetch_imgui: $(cat "$dest/VERSION") -> $dest"
