package org.agendaledger.app.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.app.infrastructure.ReadModelProgress;
import org.agendaledger.app.infrastructure.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * Every event processor as an operator sees it: what it feeds, how far each segment has come (from the stored
 * tokens, so every node tells the same), whether a segment this node runs is in error, and how many events are
 * parked in its dead-letter queue.
 */
@Component
public class Processors {

    /** What a processor feeds: a read model (replayable), a process (a saga) or a side effect (never replayed). */
    public enum Kind {
        READ_MODEL, PROCESS, SIDE_EFFECT
    }

    /** One segment: who runs it, its position, and — when this node runs it — its error. */
    public record SegmentStatus(int segment, String owner, long position, String error) {
    }

    /** One processor now. {@code lag} is how many positions its slowest segment is behind the store's head. */
    public record Status(String name, Kind kind, List<SegmentStatus> segments, long position, long head, long lag,
                         List<String> errors, long parkedEvents, long parkedSequences) {

        public boolean inError() {
            return !errors.isEmpty();
        }
    }

    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final ReadModelProgress progress;
    private final ProcessingFailures failures;

    Processors(EventProcessingConfiguration processing, StoredTokens tokens, ReadModelProgress progress,
               ProcessingFailures failures) {
        this.processing = processing;
        this.tokens = tokens;
        this.progress = progress;
        this.failures = failures;
    }

    /** Every streaming processor, by name. */
    public List<Status> all() {
        long head = progress.head();
        List<StoredTokens.Segment> stored = tokens.segments();
        List<Status> all = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .forEach(processor -> all.add(status(processor, stored, head, failures.current())));
        return all;
    }

    /** The names of the streaming processors, without reading anything. */
    public List<String> names() {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName()).sorted().toList();
    }

    /** The kind of the processor of that name, if there is one. */
    public Optional<Kind> kindOf(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).map(this::kind);
    }

    private Status status(StreamingEventProcessor processor, List<StoredTokens.Segment> stored, long head,
                          List<ProcessingFailures.Failure> failing) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<SegmentStatus> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (processor.isError()) {
            errors.add("the processor is in error and retries with a growing pause");
        }
        Map<Integer, ProcessingFailures.Failure> failures = new java.util.HashMap<>();
        failing.stream().filter(f -> f.processor().equals(processor.getName()))
                .forEach(f -> failures.put(f.segment(), f));
        for (StoredTokens.Segment segment : stored) {
            if (!segment.processor().equals(processor.getName())) {
                continue;
            }
            long position = segment.token() == null ? ReadModelProgress.EMPTY
                    : segment.token().position().orElse(ReadModelProgress.EMPTY);
            EventTrackerStatus here = local.get(segment.segment());
            String error = null;
            ProcessingFailures.Failure failure = failures.get(segment.segment());
            if (failure != null && (failure.position() == null || position <= failure.position())) {
                error = "%s (at %s, position %s; %d attempts since %s)".formatted(failure.error(),
                        failure.eventType(), failure.position(), failure.attempts(), failure.since());
            } else if (here != null && here.isErrorState()) {
                Throwable cause = here.getError();
                error = cause == null ? "in error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
            if (error != null) {
                errors.add("segment %d: %s".formatted(segment.segment(), error));
            }
            segments.add(new SegmentStatus(segment.segment(), segment.owner(), position, error));
        }
        long position = segments.stream().mapToLong(SegmentStatus::position).min().orElse(ReadModelProgress.EMPTY);
        long lag = segments.isEmpty() ? Math.max(0, head + 1) : Math.max(0, head - position);
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(processor.getName());
        long parked = queue.map(SequencedDeadLetterQueue::size).orElse(0L);
        long sequences = queue.map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        return new Status(processor.getName(), kind(processor), segments, position, head, lag, errors, parked,
                sequences);
    }

    private Kind kind(StreamingEventProcessor processor) {
        boolean saga = processing.sagaConfigurations().stream()
                .anyMatch(saga1 -> saga1.processingGroup().equals(processor.getName()));
        if (saga) {
            return Kind.PROCESS;
        }
        return processor.supportsReset() ? Kind.READ_MODEL : Kind.SIDE_EFFECT;
    }
}
