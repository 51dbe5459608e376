package org.restockradar.launcher.browser;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that Selenium Manager
 * never tries to download a browser or a driver (the network is closed). {@code tools/ensure-chromium.sh} installs
 * them before the integration tests; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} point elsewhere.
 */
final class Chromium {
    static final String BINARY = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
    /**
     * The longest a page load or a script may take before the driver gives up: a page of this system loads in well under
     * a second, but on two cores busy with other builds beside a whole system in the same JVM it can take many times
     * that (#17 item 12). The bound only ends a hung load; what a page shows is waited for on the tests' own conditions.
     */
    private static final Duration HUNG = Duration.ofSeconds(120);

    private Chromium() {
    }

    /** A fresh headless browser with its profile in {@code profileDir}, a desktop-sized window. */
    static ChromeDriver start(Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // Root, a closed network, no display: no sandbox, no GPU, nothing that phones home.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-default-apps", "--disable-extensions", "--window-size=1366,900", "--lang=en-GB",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(HUNG).scriptTimeout(HUNG);
        return driver;
    }
}
