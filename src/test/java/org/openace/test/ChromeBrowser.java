package org.openace.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real browser for tests: Debian's Chromium, headless, driven through the installed chromedriver, fully offline
 * (Selenium Manager never runs: the driver and the browser are given). Register it as a static extension of a
 * {@link BrowserTest} class:
 *
 * <pre>{@code @RegisterExtension static final ChromeBrowser browser = new ChromeBrowser();}</pre>
 *
 * (or, for tests that run at once, {@code @Execution(CONCURRENT)}, on an instance field: a browser per test instance).
 * Each test gets a fresh browser (its own profile: no cookies, no storage), pointed at the portal of the test's
 * application context. Screenshots go to {@code target/browser-screenshots/<test class>/}; a failing test leaves
 * one of the page it failed on.
 *
 * <p>Where the browser is missing, the tests are skipped with a reason saying what to install, unless the
 * environment sets {@code OPENACE_REQUIRE_BROWSER=true} (CI does), in which case they fail. The locations are
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or the environment's {@code OPENACE_CHROMIUM} and
 * {@code OPENACE_CHROMEDRIVER}.
 */
public final class ChromeBrowser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Path LOGS = Path.of("target", "browser-logs");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final Pattern FAILED_LOAD = Pattern.compile(
            "SEVERE (\\S+) - Failed to load resource: the server responded with a status of \\d+.*");

    private final String chromium = setting("OPENACE_CHROMIUM", "/usr/bin/chromium");
    private final String chromedriver = setting("OPENACE_CHROMEDRIVER", "/usr/bin/chromedriver");
    private final AtomicInteger shots = new AtomicInteger();
    private final Map<String, List<String>> notedProblems = new LinkedHashMap<>();

    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;
    private String testName = "test";
    private WebElement pageBeforeAction;
    private Path screenshotFolder = SCREENSHOTS;
    /** The screenshot folders already emptied in this test run (each is emptied before its class's first test). */
    private static final Set<Path> EMPTIED_FOLDERS = new HashSet<>();

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // --- lifecycle --------------------------------------------------------------------------------------------

    /** What is missing of the browser, if anything, in words for the person running the tests. */
    private Optional<String> missingBrowser() {
        List<String> missing = Stream.of(chromium, chromedriver)
                .filter(location -> !Files.isExecutable(Path.of(location))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("No browser for the browser tests: " + String.join(" and ", missing)
                + " not found. Install them with `apt-get install chromium chromium-driver` (Debian/Ubuntu), "
                + "or point OPENACE_CHROMIUM and OPENACE_CHROMEDRIVER at a Chromium and its chromedriver.");
    }

    private static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("OPENACE_REQUIRE_BROWSER"));
    }

    /**
     * Without a browser, the tests are skipped, unless one is required. (A condition rather than an assumption:
     * the tests are reported as skipped with this reason, and no application context is started for them.)
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missingBrowser();
        if (missing.isPresent() && !browserRequired()) {
            return ConditionEvaluationResult.disabled(missing.get());
        }
        return ConditionEvaluationResult.enabled("browser found, or required");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        prepare(context);
    }

    /**
     * What the class's tests need before their first browser: the browser there (or a failure saying what is
     * missing), the driver's location, and the class's screenshot folder emptied of an earlier run (once per class,
     * also where each test has a browser of its own, registered on an instance field, and the tests run at once).
     */
    private void prepare(ExtensionContext context) throws IOException {
        Optional<String> missing = missingBrowser();
        if (missing.isPresent()) {
            // only reached when a browser is required: otherwise the tests were skipped (evaluateExecutionCondition)
            Assertions.fail(missing.get() + " (OPENACE_REQUIRE_BROWSER=true: the browser tests may not be skipped)");
        }
        // Offline: the driver is given, so Selenium never asks Selenium Manager (which would download one).
        System.setProperty("webdriver.chrome.driver", chromedriver);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);
        Files.createDirectories(LOGS);
        // the class's screenshots are those of this run only
        Path folder = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
        synchronized (EMPTIED_FOLDERS) {
            if (EMPTIED_FOLDERS.add(folder)) {
                deleteRecursively(folder);
            }
            Files.createDirectories(folder);
        }
        screenshotFolder = folder;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (screenshotFolder == SCREENSHOTS) {
            prepare(context); // registered on an instance field: beforeAll is not called
        }
        testName = context.getRequiredTestMethod().getName();
        shots.set(0);
        notedProblems.clear();
        pageBeforeAction = null;
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        profile = Files.createTempDirectory("openace-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // one driver process per browser: quitting the browser stops its driver
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .withLogFile(LOGS.resolve(context.getRequiredTestClass().getSimpleName() + "." + testName
                        + "-chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                screenshot("FAILED");
                System.out.println("Browser at " + driver.getCurrentUrl() + " when the test failed; console:");
                consoleMessages().forEach(line -> System.out.println("  " + line));
                notedProblems.forEach((page, problems) -> System.out.println("Accessibility problems noted on "
                        + page + " before the failure:\n  - " + String.join("\n  - ", problems)));
            }
            catch (RuntimeException e) {
                System.out.println("No screenshot of the failure: " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        }
        finally {
            driver = null;
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException | UncheckedIOException e) {
            // Chromium may still be writing into its profile as it exits; a temp folder left behind is harmless
        }
    }

    // --- navigation -------------------------------------------------------------------------------------------

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a portal path ({@code /sign-in}). */
    public ChromeBrowser open(String path) {
        pageBeforeAction = null;
        driver.get(baseUrl + path);
        return this;
    }

    /** The path and query of the page shown ({@code /signed-out?reason=idle}). */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement find(String cssSelector) {
        return find(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Clears a field and types into it. */
    public ChromeBrowser type(String cssSelector, String text) {
        WebElement field = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public ChromeBrowser click(String cssSelector) {
        return click(waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))));
    }

    /**
     * Clicks an element after scrolling it into view at once: the portal scrolls smoothly, and a click during the
     * animation would land on whatever is at the element's place then.
     */
    public ChromeBrowser click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    /**
     * Clicks the button whose visible text is exactly this (not one hidden from people, {@code aria-hidden}, such as
     * the default button of a form that Enter presses). A following {@link #waitForPath} waits for the page the
     * button leads to, even where it is at the same address (a form that shows itself again with an error).
     */
    public ChromeBrowser press(String buttonText) {
        By button = By.xpath("//button[normalize-space(.)=" + xpathLiteral(buttonText) + "][not(@aria-hidden='true')]");
        WebElement target = waitUntil(ExpectedConditions.elementToBeClickable(button));
        pageBeforeAction = driver.findElement(By.tagName("html"));
        click(target);
        return this;
    }

    /**
     * Answers "Yes" in the in-page confirmation dialog the page opens for a {@code data-confirm} action (never the
     * browser's own confirm box: there must be none).
     */
    public ChromeBrowser acceptConfirmation() {
        WebElement yes = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#confirm-modal [data-confirm-yes]")));
        if (ExpectedConditions.alertIsPresent().apply(driver) != null) {
            throw new AssertionError("The page asked with the browser's confirm box instead of its own dialog");
        }
        click(yes);
        return this;
    }

    /** Ticks a checkbox by its label (USWDS hides the input itself and draws the box on the label). */
    public ChromeBrowser tick(String checkboxId) {
        WebElement box = find("#" + checkboxId);
        if (!box.isSelected()) {
            click(find("label[for='" + checkboxId + "']"));
        }
        if (!box.isSelected()) {
            throw new AssertionError("The checkbox #" + checkboxId + " could not be ticked");
        }
        return this;
    }

    /** Ticks a checkbox (or chooses a radio button) by the exact text of its label. */
    public ChromeBrowser tickLabelled(String labelText) {
        WebElement label = find(By.xpath("//label[normalize-space(.)=" + xpathLiteral(labelText) + "]"));
        return tick(label.getDomAttribute("for"));
    }

    /** Chooses the option with exactly this text in a drop-down list. */
    public ChromeBrowser choose(WebElement select, String optionText) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", select);
        new Select(select).selectByVisibleText(optionText);
        return this;
    }

    public ChromeBrowser choose(String cssSelector, String optionText) {
        return choose(find(cssSelector), optionText);
    }

    /**
     * Signs in as a person would: ticks the notification box, types user ID and password, types the code e-mailed
     * to the user (read from the test mail server), accepts the terms if asked; ends on the home page.
     */
    public ChromeBrowser signIn(String username, String password, String email) {
        int mails = TestMailServer.messagesTo(email).size();
        open("/sign-in").tick("acknowledge").type("#username", username).type("#password", password).press("Sign in")
                .waitForPath("/sign-in/verify");
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, mails, "sign-in code"));
        type("#email-code", code).press("Confirm");
        waitUntil(d -> isGone(pageBeforeAction) && (matchesPath("/") || matchesPath("/terms/accept")));
        pageBeforeAction = null;
        if (matchesPath("/terms/accept")) {
            tick("accept").press("Accept and continue");
        }
        return waitForPath("/");
    }

    public ChromeBrowser signIn(org.openace.identity.user.PortalUser user) {
        return signIn(user.username().value(), TestUsers.PASSWORD, user.email().value());
    }

    /** Signs out with the button of the page header; ends on the signed-out page. */
    public ChromeBrowser signOut() {
        return press("Sign out").waitForPath("/signed-out");
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    // --- waits ------------------------------------------------------------------------------------------------

    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return waitUntil(condition, DEFAULT_WAIT);
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition, Duration timeout) {
        return waiting(timeout).until(condition);
    }

    /** Waits until the page shown is at this path (and query, if given). */
    public ChromeBrowser waitForPath(String expected) {
        return waitForPath(expected, DEFAULT_WAIT);
    }

    public ChromeBrowser waitForPath(String expected, Duration timeout) {
        return waitForPage(expected, () -> matchesPath(expected), timeout);
    }

    /**
     * Waits until the page shown is at a path (and query) that matches this regular expression, for pages at an
     * address not known before (a new record's page: {@code /accounts/[0-9a-f-]{36}}).
     */
    public ChromeBrowser waitForPathMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return waitForPage("a path matching " + regex, () -> pattern.matcher(path()).matches(), DEFAULT_WAIT);
    }

    private ChromeBrowser waitForPage(String expected, BooleanSupplier atPage, Duration timeout) {
        try {
            waiting(timeout).until((ExpectedCondition<Boolean>) d -> (pageBeforeAction == null
                    || isGone(pageBeforeAction)) && atPage.getAsBoolean()
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            pageBeforeAction = null;
        }
        catch (TimeoutException e) {
            throw new AssertionError("Expected the browser at " + expected + " within " + timeout.toSeconds()
                    + " s, but it is at " + path() + " (\"" + safeHeading() + "\")", e);
        }
        return this;
    }

    /** Whether an element belongs to a page that has been left (during the change, Chrome may say so oddly). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException e) {
            return true;
        }
        catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private boolean matchesPath(String expected) {
        String path = path();
        return expected.contains("?") ? path.equals(expected) : path.equals(expected) || path.startsWith(expected + "?");
    }

    private String safeHeading() {
        try {
            return heading();
        }
        catch (WebDriverException e) {
            return "no heading";
        }
    }

    // --- evidence ---------------------------------------------------------------------------------------------

    /**
     * Saves a PNG of the whole page (not just the window) as
     * {@code target/browser-screenshots/<test class>/<test method>-<nn>-<name>.png}.
     */
    public Path screenshot(String name) {
        byte[] png;
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        }
        catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        String file = "%s-%02d-%s.png".formatted(testName, shots.incrementAndGet(),
                name.replaceAll("[^A-Za-z0-9._-]+", "-"));
        Path target = screenshotFolder.resolve(file);
        try {
            Files.write(target, png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The browser console since the last call: level, then message. */
    public List<String> consoleMessages() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            lines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return lines;
    }

    /**
     * Whether a console line only reports the status of a page or of a script request (a form shown again with
     * 400, a refused sign-in with 401, the session status after the session ended): the portal answers those with
     * error statuses on purpose. A failed stylesheet, script or image (a path ending in a file extension) counts.
     */
    private static boolean isPageStatus(String line) {
        Matcher matcher = FAILED_LOAD.matcher(line);
        if (!matcher.matches()) {
            return false;
        }
        String path = URI.create(matcher.group(1)).getPath();
        return !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on the page shown and returns its violations, one readable line per
     * rule: id, impact, what is wrong, and the selectors of the elements that break it.
     */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core could not check " + path() + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String targets = rule.getNodes().stream().map(ChromeBrowser::target).collect(Collectors.joining(", "));
            lines.add("%s (%s): %s [%s]".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), targets));
        }
        return lines;
    }

    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    /**
     * Takes a screenshot of the page shown and returns what is wrong with it: the errors the browser reported (a
     * script error, a stylesheet or script the content security policy refused) and the WCAG 2.1 A/AA violations
     * axe-core finds.
     */
    public List<String> accessibilityProblems(String pageName) {
        screenshot(pageName);
        List<String> problems = new ArrayList<>();
        consoleMessages().stream().filter(line -> line.startsWith("SEVERE")).filter(line -> !isPageStatus(line))
                .map(line -> "browser error: " + line).forEach(problems::add);
        problems.addAll(accessibilityViolations());
        problems.addAll(unattachedErrorMessages());
        return problems;
    }

    /**
     * What axe cannot see: a field's error message (USWDS {@code .usa-error-message}) that no field points at with
     * {@code aria-describedby}, so that a screen reader on the field never hears it (WCAG 1.3.1, 3.3.1).
     */
    public List<String> unattachedErrorMessages() {
        @SuppressWarnings("unchecked")
        List<String> unattached = (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('.usa-error-message')]
                  .filter((message) => message.offsetParent !== null)
                  .filter((message) => !message.id || !document.querySelector(
                      `[aria-describedby~="${CSS.escape(message.id)}"]`))
                  .map((message) => (message.id ? '#' + message.id : '.usa-error-message') + ' "'
                      + message.textContent.trim() + '"');
                """);
        return unattached.stream().map(message -> "error-message-not-attached (serious): no field has "
                + "aria-describedby pointing at the error message " + message).toList();
    }

    /** Takes a screenshot of the page and fails, listing them, if it has {@link #accessibilityProblems}. */
    public ChromeBrowser assertAccessible(String pageName) {
        List<String> problems = accessibilityProblems(pageName);
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility problems on " + pageName + " (" + path() + "):\n  - "
                    + String.join("\n  - ", problems));
        }
        return this;
    }

    /**
     * Takes a screenshot of the page and notes its {@link #accessibilityProblems}, for a test that visits many pages:
     * it goes on, and {@link #assertCheckedPagesAccessible} at its end reports the problems of every page at once.
     */
    public ChromeBrowser checkAccessible(String pageName) {
        List<String> problems = accessibilityProblems(pageName);
        if (!problems.isEmpty()) {
            notedProblems.put(pageName + " (" + path() + ")", problems);
        }
        return this;
    }

    /** Fails, listing them, if any page given to {@link #checkAccessible} in this test had problems. */
    public void assertCheckedPagesAccessible() {
        if (!notedProblems.isEmpty()) {
            throw new AssertionError("Accessibility problems:\n" + notedProblems.entrySet().stream()
                    .map(e -> e.getKey() + ":\n  - " + String.join("\n  - ", e.getValue()))
                    .collect(Collectors.joining("\n")));
        }
    }
}
