#!/usr/bin/env bash
# Put the built app in the user's menu: ./tools/install_desktop_entry.sh [dist/WellbeingPassport]
# Installs for this user only (no root): ~/.local/share/applications and the icon theme.
set -euo pipefail
app_dir=$(realpath "${1:-dist/WellbeingPassport}")
here=$(dirname "$(realpath "$0")")/..
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
install -m 0644 "$here/resources/icons/app.svg" "$icons/wellbeing-passport.svg"
sed "s|^Exec=.*|Exec=\"$app_dir/WellbeingPassport\"|" "$here/resources/wellbeing-passport.desktop" \
    > "$apps/wellbeing-passport.desktop"
chmod 0644 "$apps/wellbeing-passport.desktop"
echo "Added Wellbeing Passport to your applications menu."
