#!/usr/bin/env bash
# Install whatever is missing of the project's Debian packages (.ci/packages.txt).
# Idempotent and silent when everything is there; `apt-get update` runs only when something
# is missing. Works as root (fresh container) or through sudo.
set -euo pipefail

ci_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package_list="${ci_dir}/packages.txt"

mapfile -t packages < <(sed -e 's/#.*//' "${package_list}" | tr -s ' \t' '\n' | sed '/^$/d')

missing_packages() {
  local package status
  for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "${package}" 2>/dev/null || true)"
    [[ "${status}" == "install ok installed" ]] || echo "${package}"
  done
}

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then as_root=(sudo); fi

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} > 0)); then
  echo "setup: installing missing Debian packages: ${missing[*]}"
  if ((${#as_root[@]} > 0)) && ! command -v sudo >/dev/null; then
    echo "setup: need root or sudo to install packages" >&2
    exit 1
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  mapfile -t still_missing < <(missing_packages)
  if ((${#still_missing[@]} > 0)); then
    echo "setup: still missing after apt-get install: ${still_missing[*]}" >&2
    exit 1
  fi
  echo "setup: done"
fi

# npm ships with the nodejs this machine kind has; a Debian nodejs needs Debian's npm.
if ! command -v npm >/dev/null; then
  echo "setup: installing npm"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi

# Third-party sources that must be compiled for WASM are not fetched here but when the wasm
# preset configures, into the build tree (never committed): Dear ImGui by web/fetch_imgui.sh
# and libsodium (signatures) by cmake/fetch_libsodium.sh, both from Debian's source packages.
