#!/usr/bin/env bash
# The TMX 1.4b DTD (LISA OSCAR), for the test that validates `align --format tmx` with xmllint. It is not ours to
# ship: it is taken from Debian's OmegaT package (schemas/tmx14.dtd inside OmegaT.jar) into .cache/tmx/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=.cache/tmx
[ -s "$dir/tmx14.dtd" ] && exit 0
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q omegat >/dev/null 2>&1)
dpkg-deb --fsys-tarfile "$work"/omegat_*.deb | tar -xO ./usr/share/omegat/OmegaT.jar >"$work/OmegaT.jar"
unzip -p "$work/OmegaT.jar" schemas/tmx14.dtd >"$dir/tmx14.dtd.tmp"
mv "$dir/tmx14.dtd.tmp" "$dir/tmx14.dtd"
echo "[fetchTmxDtd] $dir/tmx14.dtd"
