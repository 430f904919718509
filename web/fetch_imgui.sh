#!/bin/sh
# Fetch Dear ImGui 1.86 sources (imgui*.cpp + GLFW/OpenGL3 backends) from Debian's source
# package (cmake/apt_source.sh) into BUILD_DIR/third_party/imgui. Idempotent: does nothing
# when the sources are present.
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$(sh "$(dirname "$0")/../cmake/apt_source.sh" imgui "$work")
[ -f "$tree/imgui.cpp" ] || { echo "fetch_imgui: no imgui tree unpacked" >&2; exit 1; }
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
