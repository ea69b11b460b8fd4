#!/usr/bin/env bash
# Put the built app in the user's menu: ./tools/install_desktop_entry.sh [dist/SayItOnce]
# Installs for this user only (no root): ~/.local/share/applications and the icon theme.
set -euo pipefail
app_dir=$(realpath "${1:-dist/SayItOnce}")
here=$(dirname "$(realpath "$0")")/..
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
# The entry an older version put there showed the app's first name: it goes.
rm -f "$apps/wellbeing-passport.desktop" "$icons/wellbeing-passport.svg"
install -m 0644 "$here/resources/icons/app.svg" "$icons/say-it-once.svg"
sed "s|^Exec=.*|Exec=\"$app_dir/SayItOnce\"|" "$here/resources/say-it-once.desktop" \
    > "$apps/say-it-once.desktop"
chmod 0644 "$apps/say-it-once.desktop"
echo "Added Say It Once to your applications menu."
