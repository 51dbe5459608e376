#!/bin/sh
# Makes sure the browser end-to-end tests have Debian's headless Chromium and its WebDriver:
# /usr/bin/chromium and /usr/bin/chromedriver. Present: nothing to do. Missing, as root with apt-get:
# installs the packages chromium and chromium-driver. Otherwise: says what to install and fails.
# Maven runs it before the integration tests (launcher/pom.xml, phase pre-integration-test).
set -eu

CHROMIUM="${CHROMIUM_BINARY:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}"

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
    echo "ensure-chromium: $CHROMIUM and $CHROMEDRIVER are present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing chromium and chromium-driver with apt-get"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver
    if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
        echo "ensure-chromium: installed $CHROMIUM and $CHROMEDRIVER"
        exit 0
    fi
    echo "ensure-chromium: apt-get finished but $CHROMIUM or $CHROMEDRIVER is still missing" >&2
    exit 1
fi

cat >&2 <<MSG
ensure-chromium: the browser tests need $CHROMIUM and $CHROMEDRIVER, and this script can only
install them as root on a machine with apt-get. Install them yourself, e.g. on Debian/Ubuntu:
    sudo apt-get install --no-install-recommends chromium chromium-driver
or point CHROMIUM_BINARY and CHROMEDRIVER_BINARY (environment, also read by the tests) at your own copies.
MSG
exit 1
