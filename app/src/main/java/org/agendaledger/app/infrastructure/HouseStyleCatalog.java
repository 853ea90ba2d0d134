package org.agendaledger.app.infrastructure;

import java.nio.file.Path;
import org.agendaledger.events.style.HouseStyles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The house styles both sides share: the built-in ones and, when {@code agenda-ledger.document.house-styles} names a
 * directory, every style file in it. A style that cannot print a document stops the start.
 */
@Configuration(proxyBeanMethods = false)
class HouseStyleCatalog {

    @Bean
    HouseStyles houseStyles(@Value("${agenda-ledger.document.house-styles:}") String directory) {
        return HouseStyles.load(directory.isBlank() ? null : Path.of(directory));
    }
}
