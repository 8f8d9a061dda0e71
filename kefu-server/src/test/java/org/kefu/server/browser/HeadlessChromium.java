package org.kefu.server.browser;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven through the system's chromedriver, with a fresh profile that is deleted
 * on {@link #close()}. Sessions are independent: start two to be a customer and an agent at the same time.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.builder().language("en-US").start()) {
 *     browser.driver().get(baseUrl + "/");
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's {@code chromium-driver} package installs the driver. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where Debian's {@code chromium} package installs the browser. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** How long {@link #waitUpTo()} waits by default: generous, the build machine is small and shared. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A builder for a session: English or Chinese browser, desktop or phone-sized window. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a desktop-sized session whose browser prefers Simplified Chinese. */
    public static HeadlessChromium start() {
        return builder().start();
    }

    /** The WebDriver of this session. */
    public WebDriver driver() {
        return driver;
    }

    /** An explicit wait of {@link #DEFAULT_WAIT}. */
    public WebDriverWait waitUpTo() {
        return waitUpTo(DEFAULT_WAIT);
    }

    /** An explicit wait of the given length, polling every 100 ms. */
    public WebDriverWait waitUpTo(Duration timeout) {
        // A condition may read an element just as the page replaces it (a form posts and the next page renders):
        // that read is retried at the next poll, like a missing element.
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Runs a script in the current page and returns its result (see {@code JavascriptExecutor}). */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Runs {@code script} in every page this session loads from now on, before the page's own scripts
     * (Chromium's {@code Page.addScriptToEvaluateOnNewDocument}); for instrumenting what a test cannot reach.
     */
    public void runBeforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** A PNG screenshot of the viewport. */
    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Writes a PNG screenshot of the viewport to {@code file} (keep such files out of git: use a temp or target dir). */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write screenshot " + file, e);
        }
    }

    /** The browser console messages logged since the last call: worth printing when a test fails. */
    public List<String> consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // Chromium may still be releasing files; the OS cleans the temp dir eventually.
        }
    }

    /** Builds a {@link HeadlessChromium}; every setting is optional. */
    public static final class Builder {
        private String language = "zh-CN";
        private int width = 1280;
        private int height = 900;

        private Builder() {}

        /**
         * The browser's UI language, which becomes {@code navigator.language} and the {@code Accept-Language} header.
         *
         * @throws IllegalArgumentException if blank
         */
        public Builder language(String language) {
            requireNonNull(language, "language");
            if (language.isBlank()) {
                throw new IllegalArgumentException("language must be a BCP 47 tag such as zh-CN or en-US: '" + language + "'");
            }
            this.language = language;
            return this;
        }

        /**
         * The window size in CSS pixels; 390 × 844 is a typical phone.
         *
         * @throws IllegalArgumentException if either side is below 200 or above 4000
         */
        public Builder windowSize(int width, int height) {
            if (width < 200 || width > 4000 || height < 200 || height > 4000) {
                throw new IllegalArgumentException("window size must be within 200..4000 pixels per side: " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        /**
         * Starts the browser.
         *
         * @throws IllegalStateException if chromium or chromedriver is not installed
         */
        public HeadlessChromium start() {
            for (Path required : List.of(CHROMEDRIVER, CHROMIUM)) {
                if (!Files.isExecutable(required)) {
                    throw new IllegalStateException(required + " is missing: install Debian's chromium and chromium-driver packages"
                            + " (apt-get install chromium chromium-driver)");
                }
            }
            Path profile = createProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--lang=" + language, "--no-first-run", "--no-default-browser-check");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            try {
                return new HeadlessChromium(new ChromeDriver(service, options), profile);
            } catch (RuntimeException e) {
                deleteRecursively(profile);
                throw e;
            }
        }

        private static Path createProfile() {
            try {
                return Files.createTempDirectory("kefu-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException("could not create a temporary Chromium profile directory", e);
            }
        }
    }
}
