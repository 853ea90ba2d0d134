package org.agendaledger.app.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.agendaledger.app.reliability.ApiDescription.Operation;
import org.agendaledger.app.reliability.ApiDescription.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid requests built from the OpenAPI schemas: every property of the type, length, pattern and range its schema
 * states, ids of things the {@link World} knows (or new ones where the operation creates something), dates, times
 * and deadlines a plan can hold. The names of a few properties say more than their schema (a slot ends after it
 * starts, a reordering names every item once, a letter names an addressee); those are the only hints.
 */
final class Requests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> WORDS = List.of("agenda", "meeting", "report", "victims", "trafficking",
            "organization", "work", "adoption", "opening", "election", "officers", "Vienna", "guidance", "criminal",
            "justice", "practices", "investigations", "migrants", "smuggling", "firearms", "corruption", "États",
            "Ελληνικά", "中文", "العربية", "Русский", "español");
    private static final List<String> ZONES = List.of("Europe/Vienna", "America/New_York", "Asia/Tokyo", "UTC",
            "Africa/Nairobi", "America/Bogota");
    private static final List<String> LANGUAGES = List.of("English", "French", "Spanish", "Arabic", "Chinese",
            "Russian");
    static final List<String> READ_MODELS = List.of("meeting-view", "bureau-view", "agenda-view",
            "silence-procedures", "decision-trail", "audit-log");

    /** A valid request, with what it was built from, so that a mutation can change one part of it. */
    record Valid(Operation operation, Http.Request request, Map<String, String> pathValues,
                 Map<String, String> queryValues, JsonNode body) {

        /** The request again, with its path and query from (changed) values and its body as given. */
        Http.Request rebuilt(Map<String, String> path, Map<String, String> query, JsonNode newBody) {
            Http.Request built = request.at(address(operation, path, query));
            return newBody == null ? built.withBody(null).with("Content-Type", null) : built.withJson(write(newBody));
        }
    }

    private final ApiDescription description;
    private final World world;
    private final SplittableRandom random;
    private int fresh;

    Requests(ApiDescription description, World world, SplittableRandom random) {
        this.description = description;
        this.world = world;
        this.random = random;
    }

    /** A new id, the same in every run of the same seed. */
    String freshId(String kind) {
        return "fz-" + kind + "-" + Integer.toString(++fresh, 36);
    }

    /** A valid request for the operation, or null when the world holds nothing it could name. */
    Valid build(Operation operation, String user) {
        Map<String, String> path = new LinkedHashMap<>();
        for (String name : List.of("bureauId", "meetingId", "procedureId", "memberId", "itemId", "subItemId",
                "slotId", "name", "processingGroup", "eventId")) {
            if (operation.path().contains("{" + name + "}")) {
                String value = pathValue(name, path);
                if (value == null) {
                    return null;
                }
                path.put(name, value);
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.in("query")) {
            if (parameter.required() || random.nextInt(3) == 0) {
                String value = queryValue(parameter, path);
                if (value != null) {
                    query.put(parameter.name(), value);
                }
            }
        }
        String who = user != null ? user : userFor(operation, path);
        JsonNode body = null;
        if (operation.body() != null && (operation.bodyRequired() || random.nextInt(4) != 0)) {
            Context context = new Context(operation, path, who, day());
            body = value(operation.body(), "", context);
            if (body == null) {
                return null;
            }
            who = context.user;
        }
        Http.Request request = new Http.Request(who, operation.method(), address(operation, path, query));
        if (body != null) {
            request = request.withJson(write(body));
        }
        return new Valid(operation, request, path, query, body);
    }

    /** Who sends it: the secretariat for commands, anyone signed in for reads (a member's own inbox, record). */
    String userFor(Operation operation, Map<String, String> path) {
        if (!operation.reads()) {
            return "secretariat";
        }
        if (path.containsKey("memberId") && operation.path().startsWith("/api/members/")) {
            return random.nextBoolean() ? path.get("memberId") : "secretariat";
        }
        if (operation.path().startsWith("/api/admin/")) {
            return "secretariat";
        }
        if (operation.path().startsWith("/api/me/")) {
            return World.any(World.MEMBER_USERS, random);
        }
        return switch (random.nextInt(3)) {
            case 0 -> "auditor";
            case 1 -> "secretariat";
            default -> World.any(World.MEMBER_USERS, random);
        };
    }

    static String address(Operation operation, Map<String, String> path, Map<String, String> query) {
        String address = operation.path();
        for (Map.Entry<String, String> value : path.entrySet()) {
            address = address.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        StringBuilder withQuery = new StringBuilder(address);
        char separator = '?';
        for (Map.Entry<String, String> value : query.entrySet()) {
            withQuery.append(separator).append(encode(value.getKey())).append('=').append(encode(value.getValue()));
            separator = '&';
        }
        return withQuery.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    // ------------------------------------------------------------------------------------------ path and query

    private String pathValue(String name, Map<String, String> path) {
        String meeting = path.get("meetingId");
        return switch (name) {
            case "bureauId" -> World.any(world.bureaus, random);
            case "meetingId" -> World.any(world.meetings, random);
            case "procedureId" -> World.any(world.procedures, random);
            case "memberId" -> path.containsKey("bureauId") ? World.any(world.members.get(path.get("bureauId")), random)
                    : World.any(World.MEMBER_USERS, random);
            case "itemId" -> World.any(world.itemsOf(meeting), random);
            case "subItemId" -> World.any(world.subItemsOf(meeting, path.get("itemId")), random);
            case "slotId" -> World.any(world.slots.get(meeting), random);
            case "name", "processingGroup" -> World.any(READ_MODELS, random);
            // an event parked in a dead-letter queue: none is, in a healthy application
            case "eventId" -> java.util.UUID.nameUUIDFromBytes(Long.toString(random.nextLong())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            default -> null;
        };
    }

    private String queryValue(Parameter parameter, Map<String, String> path) {
        JsonNode schema = parameter.schema();
        return switch (parameter.name()) {
            case "asOf", "from", "to" -> instant();
            case "page" -> Integer.toString(random.nextInt(3));
            case "size" -> Integer.toString(1 + random.nextInt(100));
            case "format" -> World.any(List.of("md", "html", "pdf"), random);
            case "symbol" -> {
                Set<String> symbols = world.documentsOf(path.get("meetingId"), path.get("itemId"));
                yield symbols.isEmpty() ? symbol() : World.any(symbols, random);
            }
            case "subItemId" -> World.any(world.subItemsOf(path.get("meetingId"), path.get("itemId")), random);
            case "meetingId" -> World.any(world.meetings, random);
            case "type" -> World.any(List.of("MeetingScheduled", "SilenceBroken", "AgendaProposed"), random);
            case "actor" -> World.any(List.of("secretariat", "system", "vp-grulac"), random);
            // the store's first position: every read model has reached it
            case "notOlderThan" -> "0";
            default -> schema != null && schema.has("enum") ? World.any(values(schema.get("enum")), random) : "x";
        };
    }

    private String instant() {
        return LocalDateTime.of(2019, 1, 1, 0, 0).plusMinutes(random.nextInt(10_000_000)) + ":00Z";
    }

    // ------------------------------------------------------------------------------------------ bodies

    /** How deep optional properties are given: a schema that holds itself (sections in sections) stays finite. */
    private static final int DEEPEST = 4;

    /** What a body is being built for: the operation, its path values, who sends it, the day of its dates. */
    private final class Context {
        final Operation operation;
        final Map<String, String> path;
        final LocalDate day;
        String user;
        /** How deep in the body the object being built is: past {@link #DEEPEST}, only what it requires. */
        int depth;

        Context(Operation operation, Map<String, String> path, String user, LocalDate day) {
            this.operation = operation;
            this.path = path;
            this.user = user;
            this.day = day;
        }

        boolean creates(String property) {
            String op = operation.key();
            return switch (property) {
                case "bureauId" -> op.equals("POST /api/bureaus");
                case "meetingId" -> op.equals("POST /api/meetings");
                case "procedureId" -> op.startsWith("POST /api/silence-procedures");
                case "memberId" -> op.equals("POST /api/bureaus/{bureauId}/members");
                case "slotId", "topicId" -> true;
                case "itemId" ->
                    op.endsWith("/agenda") || op.endsWith("/agenda/items") || op.endsWith("/agenda/import");
                case "subItemId" ->
                    op.endsWith("/agenda") || op.endsWith("/sub-items") || op.endsWith("/agenda/import");
                default -> false;
            };
        }
    }

    private JsonNode value(JsonNode schema, String name, Context context) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return NODES.stringNode(World.any(values(resolved.get("enum")), random));
        }
        String type = resolved.path("type").isArray() ? resolved.get("type").get(0).asString()
                : resolved.path("type").asString("object");
        return switch (type) {
            case "object" -> object(resolved, context);
            case "array" -> array(resolved, name, context);
            case "integer" -> NODES.numberNode(Math.max(resolved.path("minimum").asInt(0), random.nextInt(3)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> string(resolved, name, context);
        };
    }

    private JsonNode object(JsonNode schema, Context context) {
        ObjectNode object = NODES.objectNode();
        List<String> required = values(schema.path("required"));
        context.depth++;
        try {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String name = property.getKey();
                boolean give = context.depth <= DEEPEST
                        ? required.contains(name) || random.nextInt(10) < 7 || mustGive(name, context)
                        : required.contains(name) || mustGive(name, context);
                if (give) {
                    JsonNode value = value(property.getValue(), name, context);
                    if (value != null) {
                        object.set(name, value);
                    } else if (required.contains(name)) {
                        return null;
                    }
                }
            }
        } finally {
            context.depth--;
        }
        reacting(object, context);
        return object;
    }

    /** Ids a command cannot do without, though its schema leaves them optional (they are generated otherwise). */
    private static boolean mustGive(String name, Context context) {
        return context.creates(name) && !name.equals("topicId");
    }

    /** A member reacts as themselves, online; the secretariat records a letter from an addressee. */
    private void reacting(ObjectNode body, Context context) {
        String op = context.operation.key();
        if (!op.endsWith("/objections") && !op.endsWith("/comments")) {
            return;
        }
        List<String> to = world.addressees.getOrDefault(context.path.get("procedureId"), List.of());
        List<String> users = to.stream().filter(World.MEMBER_USERS::contains).toList();
        if (!users.isEmpty() && random.nextBoolean() && "secretariat".equals(context.user)) {
            context.user = World.any(users, random);
        }
        if ("secretariat".equals(context.user)) {
            body.put("memberId", to.isEmpty() ? "nobody" : World.any(to, random));
            body.put("channel", World.any(List.of("LETTER", "EMAIL", "NOTE_VERBALE"), random));
            body.put("reference", "letter of " + context.day);
        } else {
            List.of("memberId", "channel", "reference").forEach(body::remove);
        }
    }

    private JsonNode array(JsonNode schema, String name, Context context) {
        ArrayNode array = NODES.arrayNode();
        if (name.equals("ids")) {
            List<String> ids = new ArrayList<>(context.operation.path().contains("/sub-items/")
                    ? world.subItemsOf(context.path.get("meetingId"), context.path.get("itemId"))
                    : world.itemsOf(context.path.get("meetingId")));
            if (ids.isEmpty()) {
                return null;
            }
            java.util.Collections.shuffle(ids, new java.util.Random(random.nextLong()));
            ids.forEach(array::add);
            return array;
        }
        int most = Math.min(schema.path("maxItems").asInt(3), name.equals("slots") ? 2 : 3);
        int count = 1 + random.nextInt(Math.max(1, most));
        for (int i = 0; i < count; i++) {
            JsonNode element = value(schema.get("items"), name.equals("languages") ? "language" : name, context);
            if (element == null) {
                return null;
            }
            array.add(element);
        }
        if (name.equals("languages")) {
            ArrayNode distinct = NODES.arrayNode();
            List<String> seen = new ArrayList<>();
            array.forEach(l -> {
                if (!seen.contains(l.asString())) {
                    seen.add(l.asString());
                    distinct.add(l);
                }
            });
            return distinct;
        }
        return array;
    }

    private JsonNode string(JsonNode schema, String name, Context context) {
        String pattern = schema.path("pattern").asString("");
        if (pattern.equals(org.agendaledger.command.api.Ids.PATTERN)) {
            String id = id(name, context);
            return id == null ? null : NODES.stringNode(id);
        }
        if ("date".equals(schema.path("format").asString(""))) {
            return NODES.stringNode(context.day.toString());
        }
        if (pattern.contains("T[0-9]{2}") || name.equals("deadline")) {
            return NODES.stringNode(deadline());
        }
        if (pattern.contains("(:00)?") || name.equals("start") || name.equals("end")) {
            return NODES.stringNode(name.equals("end") ? World.any(List.of("13:00", "18:00"), random)
                    : World.any(List.of("09:00", "10:00", "10:30:00"), random));
        }
        int max = schema.path("maxLength").asInt(200);
        String text = switch (name) {
            case "timeZone" -> World.any(ZONES, random);
            case "language" -> World.any(LANGUAGES, random);
            case "symbol", "agendaSymbol", "reportSymbol" -> symbol();
            default -> words(1 + random.nextInt(6));
        };
        return NODES.stringNode(text.length() > max ? text.substring(0, max) : text);
    }

    private String id(String name, Context context) {
        if (context.creates(name)) {
            if (name.equals("memberId")) {
                Set<String> current = world.members.getOrDefault(context.path.get("bureauId"), Set.of());
                List<String> users = World.MEMBER_USERS.stream().filter(u -> !current.contains(u)).toList();
                return !users.isEmpty() && random.nextInt(4) != 0 ? World.any(users, random) : freshId("m");
            }
            return freshId(name.replace("Id", ""));
        }
        String meeting = context.path.get("meetingId");
        return switch (name) {
            case "bureauId" -> {
                List<String> withMembers = world.bureaus.stream()
                        .filter(b -> !world.members.getOrDefault(b, Set.of()).isEmpty()).toList();
                yield World.any(withMembers.isEmpty() ? world.bureaus : withMembers, random);
            }
            case "meetingId" -> World.any(world.meetings, random);
            case "itemId" -> World.any(world.itemsOf(meeting), random);
            case "subItemId" -> null;
            case "memberId" -> World.any(world.addressees.getOrDefault(context.path.get("procedureId"), List.of()),
                    random);
            default -> freshId("x");
        };
    }

    private LocalDate day() {
        return LocalDate.of(2031, 9, 10).plusDays(random.nextInt(3000));
    }

    private String deadline() {
        LocalDateTime at = LocalDateTime.of(2031, 1, 1, 18, 0).plusMinutes(random.nextInt(40_000_000));
        return random.nextBoolean() ? at.toString() : at.withSecond(random.nextInt(60)).toString();
    }

    private String symbol() {
        return "CTOC/COP/WG.4/" + (2031 + random.nextInt(100)) + "/" + (1 + random.nextInt(30));
    }

    String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(World.any(WORDS, random));
        }
        return text.toString();
    }

    JsonNode resolve(JsonNode schema) {
        return description.resolve(schema);
    }

    static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
