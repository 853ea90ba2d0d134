package org.agendaledger.app.web;

import java.io.IOException;
import org.agendaledger.app.LedgerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test in headless Chromium: a fresh browser for each test, in the time zone the test gives; the
 * test is skipped when Chromium or its driver is not installed.
 */
abstract class BrowserTest extends LedgerIntegrationTest {

    protected Chromium chromium;

    @BeforeAll
    static void browserInstalled() {
        Chromium.assumeInstalled();
    }

    /** The time zone of the person at the screen. */
    protected String browserZone() {
        return "Europe/Vienna";
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start(port, browserZone());
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
