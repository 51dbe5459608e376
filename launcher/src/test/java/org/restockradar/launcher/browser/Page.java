package org.restockradar.launcher.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * What every browser test does with the headless Chromium, written once: open a page signed in by a link, wait for
 * an element, read its text, click and choose again when the page redrew meanwhile, run a script, take a screenshot
 * into {@code -Dbrowser.screenshots} (default {@code target/screenshots}; {@code ../docs/images} refreshes the docs),
 * and on a failed test print what the page showed.
 */
final class Page {
    private final ChromeDriver browser;
    private final String base;
    private final Duration patience;
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

    /**
     * @param base     the system's address, {@code http://localhost:8080}
     * @param patience how long to wait for an element or a redraw
     */
    Page(ChromeDriver browser, String base, Duration patience) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.base = Objects.requireNonNull(base, "base");
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    /** On a failed test, what the browser showed: its text in the report, a screenshot beside the others. */
    static TestWatcher onFailure(Supplier<Page> page) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                Page shown = page.get();
                if (shown == null) {
                    return;
                }
                try {
                    System.out.println("page at the failure of " + context.getDisplayName() + " (" + shown.browser.getCurrentUrl() + "):\n"
                            + shown.browser.findElement(By.tagName("body")).getText());
                    shown.screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
                } catch (RuntimeException | IOException e) {
                    System.out.println("cannot show the page at the failure: " + e);
                }
            }
        };
    }

    /** Opens a page afresh, signed in by a link's {@code #token=} when a token is given. */
    void open(String page, String token) {
        browser.get("about:blank");
        browser.get(base + page + (token == null ? "" : "#token=" + token));
    }

    /** Picks an option by value, again if the page redrew the list meanwhile. */
    void choose(String css, String value) {
        await().atMost(patience).ignoreExceptions().until(() -> {
            new Select(browser.findElement(By.cssSelector(css))).selectByValue(value);
            return new Select(browser.findElement(By.cssSelector(css))).getFirstSelectedOption().getAttribute("value").equals(value);
        });
    }

    /** Clicks an element, again if the page redrew it meanwhile. */
    void click(String css) {
        await().atMost(patience).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The element once it is displayed. */
    WebElement waitFor(String css) {
        return await().atMost(patience).ignoreException(NoSuchElementException.class)
                .until(() -> browser.findElement(By.cssSelector(css)), WebElement::isDisplayed);
    }

    /** The element's text now, empty while it is not there. */
    String text(String css) {
        try {
            return browser.findElement(By.cssSelector(css)).getText();
        } catch (NoSuchElementException | StaleElementReferenceException e) {
            return "";
        }
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
