package org.huizong.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Portal tests in one real browser (Debian's headless Chromium) for the whole class, its tests run as one journey. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalBrowserTests extends PortalTestContext {

    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
