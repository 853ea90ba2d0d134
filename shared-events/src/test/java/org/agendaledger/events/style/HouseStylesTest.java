package org.agendaledger.events.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseStylesTest {

    @Test
    void theBuiltInStylesAreTheUnitedNationsSecretariatsTheClimateConventionsTheChemicalsConventionsAndIpbes() {
        HouseStyles styles = HouseStyles.builtIn();

        assertThat(styles.ids()).containsExactly("ipbes", "un-secretariat", "unep-conventions", "unfccc");
        assertThat(styles.style("ipbes").mastheadOrder()).startsWith("distribution", "date", "original");
        assertThat(styles.style(null).id()).isEqualTo(HouseStyles.DEFAULT);
        assertThat(styles.style("unfccc").itemHeading()).isEqualTo("{number}. {title}");
        assertThat(styles.style("unep-conventions").itemHeading()).isEqualTo("Item {number}: {title}");
    }

    @Test
    void aNewStyleIsAFileInTheOperatorsDirectoryAndMayReplaceABuiltInOne(@TempDir Path dir) throws Exception {
        String secretariat = new String(HouseStyles.class.getClassLoader()
                .getResourceAsStream("house-styles/un-secretariat.json").readAllBytes());
        Files.writeString(dir.resolve("ilo.json"), secretariat.replace("\"un-secretariat\"", "\"ilo\"")
                .replaceFirst("\"United Nations\"", "\"International Labour Organization\""));
        Files.writeString(dir.resolve("un.json"), secretariat.replace("Annotated provisional agenda", "Agenda"));

        HouseStyles styles = HouseStyles.load(dir);

        assertThat(styles.ids()).contains("ilo", "un-secretariat");
        assertThat(styles.style("ilo").masthead()).containsExactly("International Labour Organization");
        assertThat(styles.style("un-secretariat").title()).isEqualTo("Agenda");
    }

    @Test
    void aStyleThatCannotPrintADocumentStopsTheStartSayingWhatIsWrong(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"id": "Bad Style", "name": "x", "masthead": [], "timeFormat": "sundial"}
                """);

        assertThatThrownBy(() -> HouseStyles.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("title is missing")
                .hasMessageContaining("id must be lower-case words").hasMessageContaining("masthead needs")
                .hasMessageContaining("timeFormat must be one of");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("typo.json"), "{\"id\": \"typo\", \"titel\": \"Agenda\"}");

        assertThatThrownBy(() -> HouseStyles.load(dir)).hasMessageContaining("typo.json")
                .hasMessageContaining("titel");
    }

    @Test
    void anUnknownStyleIsNamed() {
        assertThatThrownBy(() -> HouseStyles.builtIn().style("who")).hasMessageContaining("'who'");
    }
}
