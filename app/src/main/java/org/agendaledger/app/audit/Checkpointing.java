package org.agendaledger.app.audit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checkpoints of the embedded store: every node observes the store's head and writes the checkpoint chain in
 * the background ({@code agenda-ledger.audit.checkpoint.*}); the chain stays one however many nodes do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
@EnableConfigurationProperties(CheckpointSettings.class)
class Checkpointing {

    @Bean
    SettledPosition settledPosition(CheckpointSettings settings) {
        return new SettledPosition(settings.settleMargin());
    }

    @Bean
    CheckpointWriter checkpointWriter(EventTable events, CheckpointTable checkpoints, SettledPosition settled,
                                      CheckpointSettings settings) {
        return new CheckpointWriter(events, checkpoints, settled, settings, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "agenda-ledger.audit.checkpoint.enabled", havingValue = "true",
            matchIfMissing = true)
    CheckpointSchedule checkpointSchedule(CheckpointWriter writer, CheckpointSettings settings) {
        return new CheckpointSchedule(writer, settings);
    }
}
