package org.agendaledger.app.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.agendaledger.app.infrastructure.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Shares each processor's segments out among the nodes alive. A pooled processor claims every segment it finds
 * unclaimed, so the first node up would keep them all; every {@code agenda-ledger.cluster.balance-every} a node that
 * holds more than its share ({@code ceil(segments / nodes)}) of a processor releases the surplus, and the others claim
 * what is released. When a node dies its claims expire (the token store's claim timeout) and the nodes alive claim
 * its segments; one node alone holds everything.
 */
@Component
class SegmentBalancing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancing.class);

    private final EventProcessingConfiguration processing;
    private final ClusterNodes nodes;
    private final StoredTokens tokens;
    private final Duration every;
    private ScheduledExecutorService balancing;

    SegmentBalancing(EventProcessingConfiguration processing, ClusterNodes nodes, StoredTokens tokens,
                     @Value("${agenda-ledger.cluster.balance-every:PT10S}") Duration every) {
        this.processing = processing;
        this.nodes = nodes;
        this.tokens = tokens;
        this.every = every;
    }

    void balance() {
        try {
            int alive = nodes.alive().size();
            if (alive <= 1) {
                return;
            }
            Map<String, Long> segmentsOf = tokens.segments().stream().collect(java.util.stream.Collectors
                    .groupingBy(StoredTokens.Segment::processor, java.util.stream.Collectors.counting()));
            for (StreamingEventProcessor processor : streaming()) {
                long segments = segmentsOf.getOrDefault(processor.getName(), 0L);
                long share = (segments + alive - 1) / alive;
                List<Integer> mine = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getSegment).map(s -> s.getSegmentId()).sorted().toList();
                for (int i = (int) share; i < mine.size(); i++) {
                    log.info("{} holds {} of the {} segments of {} with {} nodes alive: releasing segment {}",
                            "This node", mine.size(), segments, processor.getName(), alive, mine.get(i));
                    processor.releaseSegment(mine.get(i));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Balancing the segments failed; trying again in {}: {}", every, e.toString());
        }
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    @Override
    public synchronized void start() {
        balancing = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancing");
            thread.setDaemon(true);
            return thread;
        });
        balancing.scheduleWithFixedDelay(this::balance, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (balancing != null) {
            balancing.shutdownNow();
            balancing = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return balancing != null;
    }
}
