#!/usr/bin/env bash
# Installs what is missing, builds, then either starts the demo or runs every test.
#   bash .ci/bootstrap.sh demo    # the GUI against the built-in sandbox
#   bash .ci/bootstrap.sh test    # the whole suite, headless, with a real Secret Service
set -euo pipefail
mode="${1:-test}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TD_BUILD_DIR:-$root/build}"

packages=(cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev
  qt6-qpa-plugins libsecret-1-0 gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core
  python3 dpkg-dev iso-codes qt6-translations-l10n libqt6svg6 librsvg2-bin appstream
  desktop-file-utils file sqlite3 libxlsxwriter-dev libreoffice-calc-nogui fonts-noto-cjk
  libqt6sql6-psql postgresql-15 postgresql-common openssl libssl-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j"$(nproc)"

case "$mode" in
demo)
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # Nothing to look at: a picture of every page instead, in the chosen language
    # (LANGUAGE=de or es before the command), then out.
    shots="$(mktemp -d "${TMPDIR:-/tmp}/treasury-desk-demo-XXXXXX")"
    echo "No display: writing a screenshot of every page of the demo to $shots" >&2
    exec xvfb-run -a "$build/app/treasury-desk" --demo --screenshots "$shots"
  fi
  exec "$build/app/treasury-desk" --demo
  ;;
test)
  # A throwaway home with its own unlocked gnome-keyring, so keychain tests use a real
  # Secret Service and never touch the user's own; and a throwaway PostgreSQL cluster
  # (pg_virtualenv sets PGHOST, PGPORT, PGUSER, PGPASSWORD) for the team tests.
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen
  mkdir -m700 "$XDG_RUNTIME_DIR"
  cd "$build"
  dbus-run-session -- sh -c \
    'printf treasury | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     pg_virtualenv ctest --output-on-failure -j2 -LE bench'
  ;;
*)
  echo "usage: $0 demo|test" >&2
  exit 2
  ;;
esac
