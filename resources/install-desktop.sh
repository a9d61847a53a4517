#!/bin/sh
# Add Cymharu to the desktop's application menu (for the current user).
# Run from the unpacked folder:   ./install-desktop.sh     (undo: ./install-desktop.sh --remove)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/cymharu.desktop"
  for size in 16 24 32 48 64 128 256 512; do rm -f "$icons/${size}x${size}/apps/cymharu.png"; done
  echo "Cymharu removed from the application menu."
  exit 0
fi
exe="$here/cymharu"
[ -x "$exe" ] || { echo "cymharu not found next to this script ($exe)" >&2; exit 1; }
res="$here/_internal/resources"
[ -d "$res" ] || res="$here/resources"
mkdir -p "$apps"
for size in 16 24 32 48 64 128 256 512; do
  if [ -f "$res/icons/cymharu-$size.png" ]; then
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$res/icons/cymharu-$size.png" "$icons/${size}x${size}/apps/cymharu.png"
  fi
done
sed "s|^Exec=.*|Exec=\"$exe\"|" "$res/cymharu.desktop" > "$apps/cymharu.desktop"
chmod +x "$apps/cymharu.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Cymharu added to the application menu ($apps/cymharu.desktop)."
