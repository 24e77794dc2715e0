#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as a user would get it: what it holds (the two
# programs, desktop entry, metainfo, icons; no tests, no sandbox executable, no build
# paths), that its metadata validates, and that the programs run from the unpacked
# package: treasuryctl answers, treasury-desk --demo draws its window in German.
#   check-package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "package: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
deb="$(ls "$work"/out/treasury-desk_*.deb)"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/files"
for want in /usr/bin/treasury-desk /usr/bin/treasuryctl \
    /usr/share/applications/dev.treasurydesk.TreasuryDesk.desktop \
    /usr/share/metainfo/dev.treasurydesk.TreasuryDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/treasury-desk.svg \
    /usr/share/icons/hicolor/48x48/apps/treasury-desk.png \
    /usr/share/icons/hicolor/256x256/apps/treasury-desk.png; do
    grep -qx "$want" "$work/files" || fail "missing $want"
done
if grep -E 'tst_|bench_|fuzz_|treasury-sandbox|/tests?/|\.a$|\.ts$|seed' "$work/files"; then
    fail "the package carries files it should not"
fi
dpkg-deb -f "$deb" Depends | grep -q 'libsecret-1-0' || fail "Depends lacks libsecret-1-0"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks dpkg-shlibdeps' libraries"

dpkg-deb -x "$deb" "$work/root"
if grep -rl --binary-files=text -e "$build" -e "$source" "$work/root"; then
    fail "build paths in the package"
fi
appstreamcli validate --no-net "$work/root/usr/share/metainfo/dev.treasurydesk.TreasuryDesk.metainfo.xml" \
    >/dev/null || fail "appstreamcli validate failed"
desktop-file-validate "$work/root/usr/share/applications/dev.treasurydesk.TreasuryDesk.desktop" \
    || fail "desktop-file-validate failed"
for size in 16 24 32 48 64 128 256 512; do
    file "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/treasury-desk.png" \
        | grep -q "$size x $size" || fail "icon ${size}x${size} has the wrong size"
done

# Run from the unpacked package, in a throwaway home (settings, store), German chosen.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME/TreasuryDesk"
printf '[General]\nlanguage=de\n' > "$XDG_CONFIG_HOME/TreasuryDesk/treasury-desk.conf"
"$work/root/usr/bin/treasuryctl" --version | grep -Eq "[0-9]+\.[0-9]+\.[0-9]+" || fail "treasuryctl --version"
"$work/root/usr/bin/treasuryctl" --help | grep -q "Kommandozeilen" || fail "treasuryctl not in German"
timeout 120 "$work/root/usr/bin/treasury-desk" --demo --page 1 --screenshot "$work/shot.png" \
    >/dev/null 2>&1 || fail "treasury-desk --demo did not draw its window"
file "$work/shot.png" | grep -q "PNG image" || fail "no screenshot"
if [ -n "${TD_SCREENSHOT_DIR:-}" ]; then cp "$work/shot.png" "$TD_SCREENSHOT_DIR/package-de.png"; fi
echo "package: $(basename "$deb"), $(wc -l < "$work/files") entries, $(du -h "$deb" | cut -f1)"
