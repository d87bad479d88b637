#!/bin/sh
# Install the Debian packages named as arguments that are not installed yet.
# As root on a Debian-like system it runs apt-get; elsewhere it lists what is missing and carries on.
missing=""
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
else
  echo "Note: these system packages are missing (install them with your package manager):$missing"
fi
