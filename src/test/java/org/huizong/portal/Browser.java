package org.huizong.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, at an office screen's 1366×768. Both must be installed
 * ({@code apt-get install chromium chromium-driver}): without them the browser tests fail, they are never skipped, and
 * Selenium Manager is never asked to download anything.
 */
final class Browser implements AutoCloseable {

    /** Debian's paths; {@code -Dhuizong.test.chromium=…} and {@code -Dhuizong.test.chromedriver=…} point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("huizong.test.chromium", "/usr/bin/chromium"));

    static final Path CHROMEDRIVER = Path.of(System.getProperty("huizong.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension OFFICE_SCREEN = new Dimension(1366, 768);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(String base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        try {
            this.profile = Files.createTempDirectory("huizong-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=1366,768",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"), 15);
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    /** The server forgets the session (it expired, or the portal restarted): the browser still sends its old cookie. */
    void expireSession() {
        for (String name : List.of("SESSION", "JSESSIONID")) { // Spring Session's cookie, or the container's
            if (driver.manage().getCookieNamed(name) != null) {
                driver.manage().deleteCookieNamed(name);
                driver.manage()
                        .addCookie(new org.openqa.selenium.Cookie(
                                name, "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY", "/"));
            }
        }
    }

    /** The page's own HTML as the server sent it (after scripts ran). */
    String source() {
        return driver.getPageSource();
    }

    /** A script's value on the page. */
    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Chooses the workbook on the period page's upload form, sends it and waits for the page of its check. */
    void upload(Path workbook) {
        find("#file").sendKeys(workbook.toAbsolutePath().toString());
        click("#upload");
        waitFor(
                d -> d.getCurrentUrl().contains("/uploads/"),
                60); // the findings come with the page that answers the upload
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    void click(String css) {
        find(css).click();
    }

    void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    void waitForText(String css, String text, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * Saves the whole page, as laid out at the office screen's width, under target/screenshots/NAME.png; a page wider than
     * that screen (one that would scroll sideways) fails the test.
     */
    Path screenshot(String name) {
        if (!fitsWidth()) {
            throw new AssertionError(name + ": the page is wider than a 1366×768 office screen");
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            JavascriptExecutor js = driver;
            long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 6000), "scale", 1)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is no wider than the office screen (no horizontal scrolling). */
    boolean fitsWidth() {
        long width = ((Number)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .longValue();
        return width <= OFFICE_SCREEN.width;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
