package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A browser test that cannot run is never silently passed over. */
class ChromiumTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void withoutChromiumABrowserTestIsSkippedWithTheReasonAndHowToInstallIt() {
        assertThatThrownBy(() -> Chromium.assumeInstalled(MISSING, Chromium.DRIVER, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void whereTheBrowserTestsAreRequiredAMissingChromiumFailsThem() {
        assertThatThrownBy(() -> Chromium.assumeInstalled(MISSING, Chromium.DRIVER, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Chromium.REQUIRED);
    }

    @Test
    void anInstalledChromiumLetsThemRun() {
        Path here = Path.of("/bin/sh");
        assertThatNoException().isThrownBy(() -> Chromium.assumeInstalled(here, here, true));
    }
}
