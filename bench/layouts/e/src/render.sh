#!/bin/bash
# Render html/NUxx.html -> pdf/NUxx.pdf -> docs/NUxx.tif (G4 fax, multi-page)
set -e
R=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p $R/pdf $R/docs $R/tmp
for n in NU01 NU02 NU03 NU04 NU05 NU06 NU07 NU08 NU09 NU10; do
  mode=$(python3 -c "import json;print(json.load(open('$R/src/printed_map.json'))['$n']['mode'])")
  if [ "$mode" = standard ]; then RY=98; else RY=196; fi
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=$R/pdf/$n.pdf file://$R/html/$n.html 2>/dev/null
  rm -f $R/tmp/${n}-*.tif
  pdftoppm -mono -tiff -rx 204 -ry $RY $R/pdf/$n.pdf $R/tmp/$n
  tiffcp -c g4 $(ls $R/tmp/${n}-*.tif | sort) $R/docs/$n.tif
  echo "$n mode=$mode ry=$RY pages=$(tiffinfo $R/docs/$n.tif 2>/dev/null | grep -c 'TIFF Directory')"
done
rm -rf $R/tmp
