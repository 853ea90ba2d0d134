package org.agendaledger.app.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agendaledger.app.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests exactly as the tests mean them (any method, content type, bytes), over HTTP to the application. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What is sent: the user (null: nobody signed in), method, path with its query, headers and body. */
    record Request(String user, String method, String path, Map<String, String> headers, byte[] body) {

        Request(String user, String method, String path) {
            this(user, method, path, new LinkedHashMap<>(), null);
        }

        Request withJson(String json) {
            Map<String, String> with = new LinkedHashMap<>(headers);
            with.put("Content-Type", "application/json");
            return new Request(user, method, path, with, json.getBytes(StandardCharsets.UTF_8));
        }

        Request with(String header, String value) {
            Map<String, String> with = new LinkedHashMap<>(headers);
            if (value == null) {
                with.remove(header);
            } else {
                with.put(header, value);
            }
            return new Request(user, method, path, with, body);
        }

        Request withBody(byte[] bytes) {
            return new Request(user, method, path, headers, bytes);
        }

        Request as(String someone) {
            return new Request(someone, method, path, headers, body);
        }

        Request at(String newPath) {
            return new Request(user, method, newPath, headers, body);
        }

        Request by(String newMethod) {
            return new Request(user, newMethod, path, headers, body);
        }

        String bodyText() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = bodyText();
            return (user == null ? "(anonymous)" : user) + " " + method + " " + path + " " + headers + " "
                    + (text.length() > 600 ? text.substring(0, 600) + "… (" + body.length + " bytes)" : text);
        }
    }

    /** What came back: the status, content type and body (the first MiB of it). */
    record Response(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (RuntimeException e) {
                return null;
            }
        }

        String code() {
            JsonNode json = json();
            return json == null || !json.path("code").isString() ? null : json.get("code").asString();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    private final int port;

    Http(int port) {
        this.port = port;
    }

    Response send(Request request) {
        return send(request, 1024 * 1024);
    }

    /** The status and headers only, the body not read: for an event stream, which stays open. */
    Response open(Request request) {
        return send(request, 0);
    }

    private Response send(Request request, int most) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        if (request.user() != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (request.user() + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            // read at most 1 MiB: an export or an event stream is not read to its end
            HttpResponse<InputStream> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(most), StandardCharsets.UTF_8);
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body);
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + request + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
