package org.agendaledger.command.meeting;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.events.style.HouseStyles;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounds of {@link DocumentRules} in the OpenAPI description of the agenda's document, where its records (shared
 * with the events, without annotations of the API) cannot state them: which fields are required, that no other
 * field is taken, the id form, the lengths, lines and list sizes of {@link InputRules}, and the house styles a
 * document may name. The rules that no
 * schema can state (ids used once, footnotes referred to, a row's cells) are the domain's alone.
 */
@Configuration(proxyBeanMethods = false)
class AgendaDocumentContract {

    @Bean
    OpenApiCustomizer agendaDocumentBounds(HouseStyles styles) {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            on(schemas, "AgendaDocument", s -> {
                required(s, "items");
                list(s, "items", 1, InputRules.ITEMS);
            });
            on(schemas, "AgendaItemContent", s -> {
                required(s, "itemId", "kind", "title");
                id(property(s, "itemId"));
                oneLine(property(s, "title"), InputRules.TITLE);
                paragraphs(s, "annotation");
                list(s, "documentation", 0, InputRules.DOCUMENTATION);
                list(s, "subItems", 0, InputRules.SUB_ITEMS);
                list(s, "sections", 0, InputRules.SECTIONS);
            });
            on(schemas, "SubItemContent", s -> {
                required(s, "subItemId", "title");
                id(property(s, "subItemId"));
                oneLine(property(s, "title"), InputRules.TITLE);
                paragraphs(s, "annotation");
                list(s, "documentation", 0, InputRules.DOCUMENTATION);
                list(s, "sections", 0, InputRules.SECTIONS);
                list(s, "subItems", 0, InputRules.SUB_ITEMS);
            });
            on(schemas, "AnnotationSection", s -> {
                required(s, "heading");
                oneLine(property(s, "heading"), InputRules.TITLE);
                paragraphs(s, "paragraphs");
                list(s, "documentation", 0, InputRules.DOCUMENTATION);
                list(s, "sections", 0, InputRules.SECTIONS);
            });
            on(schemas, "DocumentationEntry", s -> {
                required(s, "symbol", "title");
                oneLine(property(s, "symbol"), InputRules.SYMBOL);
                oneLine(property(s, "title"), InputRules.DOCUMENT_TITLE);
            });
            on(schemas, "DocumentParts", s -> {
                Schema style = property(s, "style");
                if (style != null) {
                    style.setEnum(new ArrayList<Object>(styles.ids()));
                }
                oneLine(list(s, "masthead", 0, InputRules.MASTHEAD_LINES), InputRules.TITLE);
                text(property(s, "itemReference"), InputRules.TITLE, InputRules.MULTI_LINE, 1);
                for (String name : List.of("parentBody", "body", "sessionLine", "placeAndDates",
                        "title", "subtitle", "introductionHeading", "agendaHeading", "annotationsHeading")) {
                    oneLine(property(s, name), InputRules.TITLE);
                }
                for (String name : List.of("addendum", "corrigendum", "jobNumber")) {
                    oneLine(property(s, name), InputRules.SYMBOL);
                }
                paragraphs(s, "introduction");
                paragraphs(s, "listIntroduction");
                list(s, "annexes", 0, InputRules.ANNEXES);
                list(s, "footnotes", 0, InputRules.FOOTNOTES);
            });
            on(schemas, "Annex", s -> {
                required(s, "kind");
                oneLine(property(s, "title"), InputRules.TITLE);
                paragraphs(s, "paragraphs");
            });
            on(schemas, "AnnexTable", s -> {
                required(s, "columns");
                oneLine(list(s, "columns", 1, InputRules.TABLE_COLUMNS), InputRules.TITLE);
                Schema row = list(s, "rows", 0, InputRules.TABLE_ROWS);
                if (row != null) {
                    row.setMaxItems(InputRules.TABLE_COLUMNS);
                    text(row.getItems(), InputRules.TEXT, InputRules.MULTI_LINE, 0);
                }
            });
            on(schemas, "Footnote", s -> {
                required(s, "id", "text");
                id(property(s, "id"));
                text(property(s, "text"), InputRules.TEXT, InputRules.MULTI_LINE, 1);
            });
        };
    }

    private static void on(Map<String, Schema> schemas, String name, java.util.function.Consumer<Schema> bounds) {
        Schema schema = schemas.get(name);
        if (schema != null && schema.getProperties() != null) {
            // as the API reads it: a property the record does not have is refused
            schema.setAdditionalProperties(false);
            bounds.accept(schema);
        }
    }

    private static Schema property(Schema schema, String name) {
        return (Schema) schema.getProperties().get(name);
    }

    private static void required(Schema schema, String... names) {
        schema.setRequired(List.of(names));
    }

    /** A list's bounds; its entries' schema, or null. */
    private static Schema list(Schema schema, String name, int min, int max) {
        Schema list = property(schema, name);
        if (list == null) {
            return null;
        }
        if (min > 0) {
            list.setMinItems(min);
        }
        list.setMaxItems(max);
        return list.getItems();
    }

    private static void paragraphs(Schema schema, String name) {
        text(list(schema, name, 0, InputRules.PARAGRAPHS), InputRules.TEXT, InputRules.MULTI_LINE, 1);
    }

    private static void id(Schema schema) {
        if (schema != null) {
            schema.setPattern(Ids.PATTERN);
            schema.setMinLength(1);
            schema.setMaxLength(Ids.MAX_LENGTH);
        }
    }

    private static void oneLine(Schema schema, int max) {
        text(schema, max, InputRules.ONE_LINE, 1);
    }

    private static void text(Schema schema, int max, String pattern, int min) {
        if (schema != null) {
            schema.setPattern(pattern);
            schema.setMaxLength(max);
            if (min > 0) {
                schema.setMinLength(min);
            }
        }
    }
}
