#!/usr/bin/env bash
# tst_package CPACK BUILD_DIR SOURCE_DIR SHARED_DIR: builds the Debian package from the build
# tree, unpacks it with dpkg-deb -x into a temporary folder and runs the smoke checks
# (scripts/package-smoke) on the unpacked files alone: the installed layout must work without
# the build tree.
set -euo pipefail
cpack=$1 build=$2 src=$3 shared=$4
tmp=$(mktemp -d -t tst_package.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; echo "tst_package: cpack failed"; exit 1; }
debs=("$tmp"/out/tthc-studio_*_amd64.deb)
[ -f "${debs[0]}" ] || { ls -l "$tmp/out"; echo "tst_package: no tthc-studio_<version>_amd64.deb"; exit 1; }
deb=${debs[0]}
echo "tst_package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "tst_package: Depends: $depends"
# dpkg-shlibdeps found the libraries the programs link; the run-time plugins are listed by hand.
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libgvc6 libzip4 libxlsxwriter4 libqt6sql6-sqlite fonts-liberation2; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || { echo "tst_package: Depends lacks $dep"; exit 1; }
done
dpkg-deb -c "$deb" >"$tmp/contents"
for path in ./usr/bin/tthc-studio ./usr/libexec/tthc-studio/tthc-layout \
            ./usr/share/tthc-studio/templates/decision-vi.json \
            ./usr/share/applications/vn.tthcstudio.TthcStudio.desktop \
            ./usr/share/icons/hicolor/scalable/apps/vn.tthcstudio.TthcStudio.svg \
            ./usr/share/metainfo/vn.tthcstudio.TthcStudio.metainfo.xml; do
  grep -q " $path\$" "$tmp/contents" || { echo "tst_package: $path is not in the package"; exit 1; }
done
dpkg-deb -x "$deb" "$tmp/root"
"$src/scripts/package-smoke" "$tmp/root" "$shared"
echo "tst_package: passed"
