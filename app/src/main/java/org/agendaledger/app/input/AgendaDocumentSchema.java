package org.agendaledger.app.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agenda's document as a standalone JSON Schema (draft 2020-12): what {@code POST …/agenda/import} takes and
 * {@code GET …/agenda/export} gives, for a client that checks or writes a document before it sends it. It is cut
 * from the API's own OpenAPI description, so it cannot say anything else: the {@code AgendaDocument} schema at the
 * root, every record it refers to under {@code $defs}, each {@code $ref} pointing there.
 */
@RestController
@Tag(name = "Agenda (read)", description = "The agenda of a meeting and its organization of work")
class AgendaDocumentSchema {

    static final String PATH = "/api/schemas/agenda-document.json";
    private static final String ROOT = "AgendaDocument";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DEFS = "#/$defs/";

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    AgendaDocumentSchema(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping(value = PATH, produces = {"application/schema+json", "application/json"})
    @Operation(summary = "The JSON Schema of the agenda document that …/agenda/import takes and …/agenda/export gives")
    JsonNode schema(HttpServletRequest request) throws JsonProcessingException {
        JsonNode description = json.readTree(openApi.openapiJson(request, "/v3/api-docs", request.getLocale()));
        JsonNode components = description.path("components").path("schemas");
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", request.getRequestURL().toString());
        schema.put("title", ROOT);
        schema.put("description", "The agenda of a meeting as one document: its parts and every item with its "
                + "sub-items, as POST /api/meetings/{meetingId}/agenda/import takes it and GET "
                + "/api/meetings/{meetingId}/agenda/export gives it. Agenda Ledger's own rules go further (ids "
                + "used once, every footnote referred to, a cell for each column); a refused document is answered "
                + "400 naming each field.");
        ObjectNode root = (ObjectNode) referringToDefs(components.get(ROOT));
        root.properties().forEach(property -> schema.set(property.getKey(), property.getValue()));
        ObjectNode defs = json.createObjectNode();
        for (String name : referredFrom(components)) {
            if (!name.equals(ROOT)) {
                defs.set(name, referringToDefs(components.get(name)));
            }
        }
        schema.set("$defs", defs);
        return schema;
    }

    /** Every schema the root refers to, directly or through others. */
    private static Set<String> referredFrom(JsonNode components) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.add(ROOT);
        while (!open.isEmpty()) {
            String name = open.pop();
            if (found.add(name)) {
                collectReferences(components.get(name), open);
            }
        }
        return found;
    }

    private static void collectReferences(JsonNode node, Deque<String> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(COMPONENTS)) {
                into.add(ref.asString().substring(COMPONENTS.length()));
            }
            node.values().forEach(child -> collectReferences(child, into));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectReferences(child, into));
        }
    }

    /** A copy of the schema whose references point into {@code $defs}. */
    private JsonNode referringToDefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = json.createObjectNode();
            node.properties().forEach(property -> {
                JsonNode value = property.getValue();
                if (property.getKey().equals("$ref") && value.isString() && value.asString().startsWith(COMPONENTS)) {
                    String name = value.asString().substring(COMPONENTS.length());
                    copy.put("$ref", name.equals(ROOT) ? "#" : DEFS + name);
                } else {
                    copy.set(property.getKey(), referringToDefs(value));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.values().forEach(child -> copy.add(referringToDefs(child)));
            return copy;
        }
        return node;
    }
}
