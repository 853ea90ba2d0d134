package org.agendaledger.app.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of the running application, as its OpenAPI description ({@code /v3/api-docs}) states them. */
final class ApiDescription {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A path or query parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation: its method and path template, parameters, request body schema (resolved) and what it answers. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean bodyRequired,
                     List<String> answers) {

        /** How the role matrix names it: {@code POST /api/bureaus/{bureauId}/members}. */
        String key() {
            return method + " " + path;
        }

        boolean streams() {
            return answers.contains("text/event-stream");
        }

        boolean reads() {
            return method.equals("GET");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    ApiDescription(String json) {
        document = JSON.readTree(json);
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.get("name").asString(),
                    p.get("in").asString(), p.path("required").asBoolean(false), p.get("schema"))));
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            List<String> answers = new ArrayList<>();
            operation.path("responses").forEach(r -> r.path("content").propertyNames().forEach(answers::add));
            operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                    body.isMissingNode() ? null : resolve(body), operation.path("requestBody").path("required")
                            .asBoolean(false),
                    answers));
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** A schema with its {@code $ref} followed, once (nested references are followed as they are met). */
    JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return document.get("components").get("schemas").get(name);
        }
        return schema;
    }
}
