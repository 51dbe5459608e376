package org.restockradar.launcher.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
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
 *
 * <p>A toast lives 6 seconds and a fifth pushes the oldest out, so a test polling for one on a busy machine can miss it:
 * every toast a page shows is recorded as it appears ({@link #toast}), with whether it was wholly in the viewport then.
 * {@link #holdAnswers} delays the page's answers to chosen requests, to replay a race (a list that lands after an event)
 * on purpose instead of waiting for a loaded machine to deal it.
 */
final class Page {
    /** Records each toast as it is added, with whether it is wholly inside the viewport; runs before the page's scripts. */
    private static final String TOAST_LOG = """
            window.__toasts = [];
            new MutationObserver(function (records) {
              for (const record of records) {
                for (const node of record.addedNodes) {
                  if (node.nodeType !== 1 || !node.classList.contains('toast')) continue;
                  const r = node.getBoundingClientRect();
                  window.__toasts.push({ text: node.textContent,
                    inView: r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth });
                }
              }
            }).observe(document, { childList: true, subtree: true });""";
    /**
     * Wraps fetch: while {@code window.__held.holding}, an answer to a URL containing {@code PART} waits after it arrived
     * until {@code window.__held.release()}; {@code arrived} and {@code done} count answers arrived and read by the page
     * (a macrotask after their JSON was read, so after what the page did with it).
     */
    private static final String HOLD = """
            (function () {
              const part = PART;
              const held = window.__held = { holding: true, asked: 0, arrived: 0, done: 0, waiting: [] };
              held.hold = function () { held.holding = true; };
              held.release = function () { held.holding = false; held.waiting.splice(0).forEach(function (go) { go(); }); };
              const fetch = window.fetch;
              window.fetch = function (input) {
                const answer = fetch.apply(this, arguments);
                const url = typeof input === 'string' ? input : input.url;
                if (url.indexOf(part) < 0) return answer;
                held.asked++;
                return answer.then(function (response) {
                  held.arrived++;
                  const json = response.json.bind(response);
                  response.json = function () { return json().finally(function () { setTimeout(function () { held.done++; }, 0); }); };
                  return held.holding ? new Promise(function (go) { held.waiting.push(function () { go(response); }); }) : response;
                });
              };
            })();""";

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
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TOAST_LOG));
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

    /** How many toasts the page shown has shown since it loaded (a new tab records none). */
    int toastsShown() {
        return ((Number) js("return (window.__toasts || []).length")).intValue();
    }

    /** The text of the first toast from the {@code from}-th on whose text passes, waiting for it; it may be gone again. */
    String toast(int from, Predicate<String> text) {
        return firstToast(from, false, text);
    }

    /** As {@link #toast}, of the toasts that were wholly inside the viewport as they appeared. */
    String toastInView(int from, Predicate<String> text) {
        return firstToast(from, true, text);
    }

    @SuppressWarnings("unchecked")
    private String firstToast(int from, boolean inView, Predicate<String> text) {
        return await().atMost(patience).until(() -> {
            List<Map<String, Object>> shown = (List<Map<String, Object>>) js("return window.__toasts || []");
            return shown.stream().skip(from).filter(t -> !inView || Boolean.TRUE.equals(t.get("inView")))
                    .map(t -> (String) t.get("text")).filter(text).findFirst().orElse(null);
        }, Objects::nonNull);
    }

    /**
     * From the next page load on, the answers to requests whose URL contains {@code urlPart} wait, once arrived, until
     * {@link Held#release()}; closing it stops holding for later loads.
     */
    Held holdAnswers(String urlPart) {
        Object id = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", HOLD.replace("PART", "'" + urlPart.replace("'", "\\'") + "'"))).get("identifier");
        return new Held(id);
    }

    /** The answers a page's requests are held on (see {@link #holdAnswers}). */
    final class Held implements AutoCloseable {
        private final Object script;

        private Held(Object script) {
            this.script = script;
        }

        /** Waits until every held request was answered by the server (its answer is on the page, not yet given). */
        void awaitArrived() {
            await().atMost(patience).until(() -> ((Boolean) js("const h = window.__held; return h.asked > 0 && h.arrived === h.asked;")));
        }

        /** Lets the held answers through and waits until the page has read each of them. */
        void release() {
            js("window.__held.release()");
            await().atMost(patience).until(() -> ((Boolean) js("const h = window.__held; return h.done === h.asked;")));
        }

        @Override
        public void close() {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
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

    /** Ticks a checkbox, again if the page redrew it meanwhile; a box redrawn with its tick kept is not clicked again. */
    void tick(String css) {
        await().atMost(patience).ignoreExceptions().until(() -> {
            WebElement box = browser.findElement(By.cssSelector(css));
            if (!box.isSelected()) {
                box.click();
            }
            return browser.findElement(By.cssSelector(css)).isSelected();
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
