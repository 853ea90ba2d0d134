package org.agendaledger.app.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agendaledger.command.api.Ids;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change that makes a valid request wrong: a value of another JSON type, a value out of its bounds, a huge
 * string, an id outside the safe characters, an id of another kind seen in an earlier answer, a field missing, null
 * or unknown, control characters, malformed JSON, another media type, a bad query parameter, another method, no
 * credentials. {@link Mutated#mustRefuse()} says whether the application must refuse the result (most of them); a
 * few (a charset parameter, an unknown query parameter) may rightly be accepted.
 */
final class Mutations {

    enum Kind {
        WRONG_TYPE, OUT_OF_RANGE, HUGE_STRING, BAD_ID, WRONG_KIND_ID, MISSING_FIELD, NULL_VALUE, UNKNOWN_PROPERTY,
        CONTROL_CHARACTERS, MALFORMED_JSON, MEDIA_TYPE, QUERY, METHOD, CREDENTIALS
    }

    record Mutated(Kind kind, Http.Request request, boolean mustRefuse, String what) {
    }

    /** Ids no record can have. */
    static final List<String> BAD_IDS = List.of("", " ", "a b", "ü", "-x", ".x", "_x", "x".repeat(Ids.MAX_LENGTH + 1),
            "x".repeat(300), "../x", "a/b", "😀", "<script>", "' OR 1=1 --", "a\tb", "‮evil", "a.b~");

    private final SplittableRandom random;
    private final World world;
    private final ApiDescription description;

    Mutations(ApiDescription description, World world, SplittableRandom random) {
        this.description = description;
        this.world = world;
        this.random = random;
    }

    Mutated apply(Requests.Valid valid) {
        List<Kind> possible = new ArrayList<>(List.of(Kind.CREDENTIALS, Kind.METHOD));
        if (valid.body() != null) {
            possible.addAll(List.of(Kind.WRONG_TYPE, Kind.WRONG_TYPE, Kind.OUT_OF_RANGE, Kind.OUT_OF_RANGE,
                    Kind.HUGE_STRING, Kind.BAD_ID, Kind.MISSING_FIELD, Kind.NULL_VALUE, Kind.UNKNOWN_PROPERTY,
                    Kind.CONTROL_CHARACTERS, Kind.MALFORMED_JSON, Kind.MALFORMED_JSON, Kind.MEDIA_TYPE));
        }
        if (!valid.pathValues().isEmpty()) {
            possible.addAll(List.of(Kind.BAD_ID, Kind.WRONG_KIND_ID, Kind.WRONG_KIND_ID));
        }
        if (!valid.operation().in("query").isEmpty()) {
            possible.addAll(List.of(Kind.QUERY, Kind.QUERY));
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Mutated mutated = apply(World.any(possible, random), valid);
            if (mutated != null) {
                return mutated;
            }
        }
        return apply(Kind.CREDENTIALS, valid);
    }

    private Mutated apply(Kind kind, Requests.Valid valid) {
        JsonNode body = valid.body() == null ? null : valid.body().deepCopy();
        Map<String, String> path = new LinkedHashMap<>(valid.pathValues());
        Map<String, String> query = new LinkedHashMap<>(valid.queryValues());
        List<Slot> slots = body == null ? List.of() : slots(body, valid.operation().body());
        return switch (kind) {
            case WRONG_TYPE -> {
                Slot slot = World.any(slots, random);
                if (slot == null) {
                    yield null;
                }
                JsonNode other = otherType(slot);
                slot.set(other);
                yield mutated(kind, valid, path, query, body, true, slot + " = " + other);
            }
            case OUT_OF_RANGE -> {
                Slot slot = World.any(slots.stream().filter(s -> outOfRange(s) != null).toList(), random);
                if (slot == null) {
                    yield null;
                }
                JsonNode beyond = outOfRange(slot);
                slot.set(beyond);
                yield mutated(kind, valid, path, query, body, true, slot + " out of range");
            }
            case HUGE_STRING -> {
                Slot slot = World.any(slots.stream().filter(s -> type(s.schema()).equals("string")).toList(), random);
                if (slot == null) {
                    yield null;
                }
                slot.set(Requests.NODES.stringNode("a".repeat(20_000 + random.nextInt(300_000))));
                yield mutated(kind, valid, path, query, body, true, slot + " huge");
            }
            case BAD_ID -> {
                String bad = World.any(BAD_IDS, random);
                List<Slot> ids = slots.stream().filter(s -> Ids.PATTERN.equals(s.schema().path("pattern")
                        .asString(""))).toList();
                if (!ids.isEmpty() && (path.isEmpty() || random.nextBoolean())) {
                    Slot slot = World.any(ids, random);
                    slot.set(Requests.NODES.stringNode(bad));
                    yield mutated(kind, valid, path, query, body, true, slot + " = '" + bad + "'");
                }
                String name = World.any(path.keySet().stream().filter(n -> n.endsWith("Id")).toList(), random);
                if (name == null || bad.isEmpty() || bad.isBlank()) {
                    yield null;
                }
                path.put(name, bad);
                yield mutated(kind, valid, path, query, body, true, name + " = '" + bad + "'");
            }
            case WRONG_KIND_ID -> {
                String name = World.any(path.keySet().stream().filter(n -> n.endsWith("Id")).toList(), random);
                String other = name == null ? null : world.otherKind(name, random);
                if (other == null || other.equals(path.get(name))) {
                    yield null;
                }
                path.put(name, other);
                // a command to an aggregate's id of another kind names nothing of its kind (an item, slot or member
                // id of another kind might name one; a list read of an unknown meeting is empty, not refused)
                boolean aggregate = List.of("meetingId", "bureauId", "procedureId").contains(name);
                yield mutated(kind, valid, path, query, body, aggregate && !valid.operation().reads()
                        && !world.seenAs(name, other), name + " = " + other);
            }
            case MISSING_FIELD -> {
                Slot slot = World.any(slots.stream().filter(s -> s.required() && s.field() != null).toList(), random);
                if (slot == null) {
                    yield mutatedWithout(kind, valid, path, query, valid.operation().bodyRequired());
                }
                slot.remove();
                yield mutated(kind, valid, path, query, body, true, "without " + slot);
            }
            case NULL_VALUE -> {
                Slot slot = World.any(slots.stream().filter(Slot::required).toList(), random);
                if (slot == null) {
                    yield null;
                }
                slot.set(Requests.NODES.nullNode());
                yield mutated(kind, valid, path, query, body, true, slot + " = null");
            }
            case UNKNOWN_PROPERTY -> {
                List<ObjectNode> objects = new ArrayList<>();
                if (body instanceof ObjectNode top) {
                    objects.add(top);
                }
                slots.stream().map(s -> s.value()).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                        .forEach(objects::add);
                ObjectNode object = World.any(objects, random);
                if (object == null) {
                    yield null;
                }
                String name = World.any(List.of("extra", "id", "_links", "Title", "meetingID", "createdBy"), random);
                if (object.has(name)) {
                    yield null;
                }
                object.put(name, "x");
                yield mutated(kind, valid, path, query, body, true, "with unknown '" + name + "'");
            }
            case CONTROL_CHARACTERS -> {
                Slot slot = World.any(slots.stream().filter(s -> type(s.schema()).equals("string")
                        && !s.schema().has("enum")).toList(), random);
                if (slot == null) {
                    yield null;
                }
                String escape = World.any(List.of("\\u0000", "\\u001b[31m", "\\u0007", "\\u007f", "\\u0085",
                        "\\ud800", "\\udfff", "\\u2028"), random);
                slot.set(Requests.NODES.stringNode("MARK"));
                String json = Requests.write(body).replace("\"MARK\"", "\"text " + escape + " text\"");
                boolean multiLine = slot.schema().path("pattern").asString("").contains("\\u000B");
                boolean refused = !(multiLine && escape.equals("\\u2028"));
                yield new Mutated(kind, valid.rebuilt(path, query, null).withJson(json), refused,
                        slot + " with " + escape);
            }
            case MALFORMED_JSON -> malformed(valid, path, query);
            case MEDIA_TYPE -> {
                String type = World.any(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=fz", "application/octet-stream", "(none)",
                        "application/json; charset=UTF-16", "application/json; charset=nonsense",
                        "application/json; charset=ISO-8859-1", "APPLICATION/JSON", "application/json;q=0.5",
                        "application/problem+json", "text/json", "application/json, text/plain"), random);
                Http.Request request = valid.request().with("Content-Type", type.equals("(none)") ? null : type);
                // JSON is Unicode: a reader detects UTF-16 by itself; a +json type is JSON; media types ignore case
                boolean refused = !type.toLowerCase().startsWith("application/json")
                        && !type.equals("application/problem+json");
                yield new Mutated(kind, request, refused || type.endsWith("nonsense"), "Content-Type " + type);
            }
            case QUERY -> {
                ApiDescription.Parameter parameter = World.any(valid.operation().in("query"), random);
                String value = switch (parameter.name()) {
                    case "asOf", "from", "to" -> World.any(List.of("yesterday", "1599732000", "2020-09-10",
                            "2020-09-10T12:00:00 02:00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                            "1944-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2020-13-45T99:99:99Z",
                            "2020-09-10T12:00:00.1234567890Z", "Thu, 10 Sep 2020 10:00:00 GMT"), random);
                    case "page" -> World.any(List.of("-1", "2147483648", "1.5", "abc", "1e3",
                            "99999999999999999999", "4294967296"), random);
                    case "size" -> World.any(List.of("0", "-5", "501", "100000", "2147483647", "x", "1.0"), random);
                    case "format" -> World.any(List.of("docx", "../pdf", "x".repeat(500), "p d f"), random);
                    case "symbol" -> World.any(List.of("x".repeat(101), "a\nb", "\u0000"), random);
                    case "subItemId" -> World.any(List.of("a b", "x".repeat(65), "-x"), random);
                    default -> null;
                };
                if (value == null) {
                    yield null;
                }
                query.put(parameter.name(), value);
                yield mutated(kind, valid, path, query, body == null ? null : valid.body(), true,
                        parameter.name() + " = '" + value + "'");
            }
            case METHOD -> {
                String method = World.any(List.of("PATCH", "PUT", "DELETE", "POST", "OPTIONS", "TRACE", "PROPFIND"),
                        random);
                if (method.equals(valid.operation().method())) {
                    yield null;
                }
                yield new Mutated(kind, valid.request().by(method), false, method + " instead");
            }
            case CREDENTIALS -> {
                boolean nobody = random.nextBoolean();
                Http.Request request = nobody ? valid.request().as(null) : valid.request().as("nobody-at-all");
                boolean open = valid.operation().path().startsWith("/v3/");
                yield new Mutated(kind, request, !open, nobody ? "anonymous" : "unknown user");
            }
        };
    }

    private Mutated mutated(Kind kind, Requests.Valid valid, Map<String, String> path, Map<String, String> query,
                            JsonNode body, boolean mustRefuse, String what) {
        return new Mutated(kind, valid.rebuilt(path, query, body), mustRefuse, what);
    }

    private Mutated mutatedWithout(Kind kind, Requests.Valid valid, Map<String, String> path,
                                   Map<String, String> query, boolean required) {
        return new Mutated(kind, valid.rebuilt(path, query, null), required, "without a body");
    }

    private Mutated malformed(Requests.Valid valid, Map<String, String> path, Map<String, String> query) {
        String json = Requests.write(valid.body());
        Http.Request request = valid.rebuilt(path, query, valid.body());
        int cut = json.length() <= 1 ? 0 : 1 + random.nextInt(json.length() - 1);
        String first = json.length() > 2 && json.startsWith("{\"") ? json.substring(1, json.indexOf(':') + 1) : null;
        return switch (random.nextInt(13)) {
            case 0 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json.substring(0, cut)), true, "truncated");
            case 1 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json + " {}"), true, "trailing tokens");
            case 2 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json.replace('"', '\'')), true,
                    "single quotes");
            case 3 -> new Mutated(Kind.MALFORMED_JSON, request.withJson("/* c */" + json), true, "a comment");
            case 4 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json.replaceFirst(":\"[^\"]*\"", ":NaN")),
                    !json.replaceFirst(":\"[^\"]*\"", ":NaN").equals(json), "NaN");
            case 5 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(first == null ? "{" : "{" + first
                    + "1," + json.substring(1)), true, "a key twice");
            case 6 -> new Mutated(Kind.MALFORMED_JSON, request.withJson("[".repeat(5000) + "]".repeat(5000)), true,
                    "nested 5000 deep");
            case 7 -> {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                byte[] broken = new byte[bytes.length + 2];
                System.arraycopy(bytes, 0, broken, 0, bytes.length);
                int at = json.indexOf("\":\"");
                if (at < 0) {
                    yield new Mutated(Kind.MALFORMED_JSON, request.withJson(""), valid.operation().bodyRequired(),
                            "empty");
                }
                at += 3;
                System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28;
                yield new Mutated(Kind.MALFORMED_JSON, request.withBody(broken), true, "invalid UTF-8");
            }
            case 8 -> {
                int at = json.indexOf("\":\"");
                yield at < 0 ? new Mutated(Kind.MALFORMED_JSON, request.withJson("{\"a\":"), true, "unfinished")
                        : new Mutated(Kind.MALFORMED_JSON, request.withJson(json.substring(0, at + 3) + "\u0001"
                                + json.substring(at + 3)), true, "a raw control character");
            }
            case 9 -> new Mutated(Kind.MALFORMED_JSON, request.withJson("\uFEFF" + json), false, "a byte order mark");
            case 10 -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json.replaceAll("\"([A-Za-z]+)\":", "$1:")),
                    true, "unquoted names");
            case 11 -> new Mutated(Kind.MALFORMED_JSON, request.withJson("[" + json + "]"), true, "in an array");
            default -> new Mutated(Kind.MALFORMED_JSON, request.withJson(json.replaceFirst(":(-?[0-9]+)([,}])",
                    ":1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$1$2")), json.matches("(?s).*:-?[0-9]+[,}].*"),
                    "a number beyond range");
        };
    }

    // ------------------------------------------------------------------------------------------ the body's parts

    /** One value in the body: where it is, its schema, and whether its object requires it. */
    private record Slot(JsonNode parent, String field, int index, JsonNode schema, boolean required) {

        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            ((ObjectNode) parent).remove(field);
        }

        @Override
        public String toString() {
            return field != null ? field : "[" + index + "]";
        }
    }

    private List<Slot> slots(JsonNode body, JsonNode schema) {
        List<Slot> slots = new ArrayList<>();
        collect(body, schema, slots);
        return slots;
    }

    private void collect(JsonNode node, JsonNode schema, List<Slot> slots) {
        JsonNode resolved = resolve(schema);
        if (node instanceof ObjectNode object) {
            List<String> required = Requests.values(resolved.path("required"));
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode property = resolve(resolved.path("properties").path(name));
                slots.add(new Slot(object, name, -1, property, required.contains(name)));
                collect(object.get(name), property, slots);
            }
        } else if (node instanceof ArrayNode array) {
            JsonNode items = resolve(resolved.path("items"));
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, items, true));
                collect(array.get(i), items, slots);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        return description.resolve(schema);
    }

    private static String type(JsonNode schema) {
        if (schema.has("enum")) {
            return "string";
        }
        return schema.path("type").isArray() ? schema.get("type").get(0).asString()
                : schema.path("type").asString(schema.has("properties") ? "object" : "");
    }

    private JsonNode otherType(Slot slot) {
        String type = type(slot.schema());
        List<JsonNode> others = new ArrayList<>(List.of(Requests.NODES.numberNode(123),
                Requests.NODES.numberNode(1.5), Requests.NODES.booleanNode(true), Requests.NODES.arrayNode().add("x"),
                Requests.NODES.objectNode().put("x", "y"), Requests.NODES.stringNode("7")));
        others.removeIf(o -> switch (type) {
            case "string" -> o.isString();
            case "integer" -> o.isIntegralNumber();
            case "array" -> o.isArray();
            case "object" -> o.isObject();
            case "boolean" -> o.isBoolean();
            default -> false;
        });
        if (slot.schema().has("enum")) {
            others.add(Requests.NODES.numberNode(0));
            others.add(Requests.NODES.stringNode(" " + slot.value().asString("")));
            others.add(Requests.NODES.stringNode(slot.value().asString("").toLowerCase()));
        }
        if (slot.schema().path("pattern").asString("").contains("[0-9]{4}")) {
            others.add(Requests.NODES.numberNode(20310910));
            others.add(Requests.NODES.arrayNode().add(2031).add(9).add(10));
        }
        return World.any(others, random);
    }

    private JsonNode outOfRange(Slot slot) {
        JsonNode schema = slot.schema();
        String pattern = schema.path("pattern").asString("");
        String type = type(schema);
        if (type.equals("string") && schema.has("enum")) {
            return Requests.NODES.stringNode("NOT_A_" + slot.value().asString(""));
        }
        if (pattern.equals("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
            return Requests.NODES.stringNode(World.any(List.of("1944-12-31", "2201-01-01", "+999999999-12-31",
                    "-999999999-01-01", "0000-01-01", "2031-02-30", "2031-13-01", "1970-01-01T00:00"), random));
        }
        if (pattern.contains("(:00)?")) {
            return Requests.NODES.stringNode(World.any(List.of("10:00:30", "10:00:00.123456789", "24:00", "7:00",
                    "10:60", "10:00:00.000"), random));
        }
        if (pattern.contains("T[0-9]{2}")) {
            return Requests.NODES.stringNode(World.any(List.of("2031-03-06T18:00:00.5", "2031-03-06T18:00Z",
                    "2201-01-01T00:00", "1900-01-01T00:00", "+999999999-12-31T23:59", "2031-03-06"), random));
        }
        if (type.equals("string") && schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            boolean oneLine = pattern.contains("\\u2028");
            return Requests.NODES.stringNode(pattern.equals(Ids.PATTERN) ? "x".repeat(max + 1)
                    : oneLine && random.nextBoolean() ? "two\nlines" : "y".repeat(max + 1 + random.nextInt(50)));
        }
        if (type.equals("integer")) {
            long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
            return Requests.NODES.numberNode(random.nextBoolean() ? max + 1 : -1 - random.nextInt(5));
        }
        if (type.equals("array") && schema.has("maxItems") && slot.value().size() > 0) {
            ArrayNode many = Requests.NODES.arrayNode();
            for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                many.add(slot.value().get(0).deepCopy());
            }
            return many;
        }
        return null;
    }
}
