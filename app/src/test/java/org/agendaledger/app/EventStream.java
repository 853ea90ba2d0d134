package org.agendaledger.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An open Server-Sent Events stream read line by line in the background; closing it leaves the stream. */
public final class EventStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public static EventStream open(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return new EventStream(client.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The events received so far, as (event name, data) pairs. */
    public List<String[]> all() {
        return ServerSentEvents.parse(lines);
    }

    public String[] awaitFirst() {
        await().atMost(PATIENCE).until(() -> !all().isEmpty());
        return all().get(0);
    }

    /** The data of the events of this name received so far, as JSON. */
    public List<JsonNode> named(String name) {
        return all().stream().filter(e -> e[0].equals(name)).map(e -> JSON.readTree(e[1])).toList();
    }

    /** Waits for an event of this name whose data meets the condition. */
    public JsonNode awaitNamed(String name, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).until(() -> named(name).stream().filter(condition).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    @Override
    public void close() {
        response.body().close();
    }
}
