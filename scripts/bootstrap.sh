#!/usr/bin/env bash
# bootstrap.sh: make a Debian 12 machine ready to build faxintake, then build it.
#
#   scripts/bootstrap.sh
#
# 1. Installs the Debian packages listed below that are not installed yet
#    (apt-get, as root or through sudo; `apt-get update` runs only when
#    something is missing, so a second run changes nothing).
# 2. Configures build/ (RelWithDebInfo, warnings as errors) and builds it.
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo),
# JOBS (default: nproc).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

# What the build, the tests and the benchmarks need.
packages=(
    build-essential cmake pkg-config
    libtesseract-dev libleptonica-dev                 # OCR and images
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd # models: English, orientation
    libpoppler-glib-dev libcairo2-dev                 # PDF
    libtiff-dev                                       # fax TIFF
    libsqlite3-dev zlib1g-dev                         # the store (words compressed)
    libpcre2-dev                                      # rule patterns
    libhunspell-dev hunspell-en-us hunspell-en-med    # spelling of free text
    libcjson-dev                                      # JSON
    libcmocka-dev                                     # unit tests
    libsodium-dev                                     # SHA-256, Argon2id passwords
    libmicrohttpd-dev                                 # the review server
    chromium                                          # the review screen's browser tests
    fonts-dejavu-core                                 # the font the test fixtures are drawn in
    python3 libtiff-tools time sqlite3 curl openssl   # benchmarks, HTTPS test
)

# Node.js and npm drive the browser tests (playwright-core) and check the
# exports; a machine that has them from elsewhere (NodeSource) keeps them.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

# --- 1. packages ---------------------------------------------------------------
command -v dpkg-query >/dev/null || die "dpkg-query not found: this script expects Debian 12"
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    say "all ${#packages[@]} Debian packages are installed"
else
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        die "not root and no sudo: install these packages as root: ${missing[*]}"
    fi
    say "apt-get update"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    say "apt-get install -y ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# --- 2. build ------------------------------------------------------------------
say "configuring $build_dir/ ($build_type, -DFI_WERROR=ON, tests on)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DFI_WERROR=ON -DFI_SANITIZE=OFF -DFI_TESTS=ON
say "building $build_dir/ with $jobs jobs"
cmake --build "$build_dir" -j "$jobs"
say "done: $build_dir/faxintake"
