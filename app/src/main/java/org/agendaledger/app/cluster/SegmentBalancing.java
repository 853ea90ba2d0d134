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
            List<String> alive = nodes.alive();
            if (alive.size() <= 1) {
                return;
            }
            List<StoredTokens.Segment> stored = tokens.segments();
            for (StreamingEventProcessor processor : streaming()) {
                List<StoredTokens.Segment> ofProcessor = stored.stream()
                        .filter(s -> s.processor().equals(processor.getName())).toList();
                List<Integer> mine = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getSegment).map(s -> s.getSegmentId()).sorted().toList();
                int release = surplus(mine.size(), ofProcessor, alive);
                for (int i = mine.size() - release; i < mine.size(); i++) {
                    log.info("This node holds {} of the {} segments of {} with {} nodes alive: releasing segment {}",
                            mine.size(), ofProcessor.size(), processor.getName(), alive.size(), mine.get(i));
                    processor.releaseSegment(mine.get(i));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Balancing the segments failed; trying again in {}: {}", every, e.toString());
        }
    }

    /**
     * How many segments a node holding {@code mine} should release: all above the larger share
     * ({@code ceil(segments / nodes)}), and one more while it holds the larger share and another node alive holds
     * less than the smaller ({@code floor(segments / nodes)}) — four segments on three nodes end as 2, 1 and 1.
     */
    static int surplus(int mine, List<StoredTokens.Segment> segments, List<String> alive) {
        int nodes = alive.size();
        int larger = (segments.size() + nodes - 1) / nodes;
        int smaller = segments.size() / nodes;
        if (mine > larger) {
            return mine - larger;
        }
        if (mine == larger && larger > smaller) {
            Map<String, Long> held = segments.stream().filter(s -> s.owner() != null).collect(
                    java.util.stream.Collectors.groupingBy(StoredTokens.Segment::owner,
                            java.util.stream.Collectors.counting()));
            boolean someoneShort = alive.stream().anyMatch(node -> held.getOrDefault(node, 0L) < smaller);
            return someoneShort ? 1 : 0;
        }
        return 0;
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
