package org.agendaledger.app.input;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounds of {@link InputRules} in the OpenAPI description, where the request classes cannot state them
 * themselves: the one form of a date, a time and a deadline (with their earliest and latest dates), every path id
 * ({@link PathIds}) and every instant of a query. Lengths, list sizes, numbers and text patterns come from the
 * constraints of the request records.
 */
@Configuration(proxyBeanMethods = false)
class InputContract {

    private static final String BOUNDS = "from " + InputRules.EARLIEST_DATE + " to " + InputRules.LATEST_DATE;

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(LocalDate.class, dated(new StringSchema().format("date")
                        .pattern(InputRules.DATE_FORM).example("2031-09-10")
                        .description("A date, YYYY-MM-DD, " + BOUNDS + ".")))
                .replaceWithSchema(LocalTime.class, new StringSchema().pattern(InputRules.TIME_FORM).example("10:00")
                        .description("A time of day to the minute, HH:MM (HH:MM:00 is the same time; other seconds "
                                + "and any fraction are refused)."))
                .replaceWithSchema(LocalDateTime.class, dated(new StringSchema().pattern(InputRules.DEADLINE_FORM)
                        .example("2031-09-01T18:00")
                        .description("A local date and time in the time zone given with it, YYYY-MM-DDTHH:MM or "
                                + "YYYY-MM-DDTHH:MM:SS (never a fraction of a second), its date " + BOUNDS + ".")));
    }

    private static Schema<String> dated(Schema<String> schema) {
        schema.addExtension("x-formatMinimum", InputRules.EARLIEST_DATE.toString());
        schema.addExtension("x-formatMaximum", InputRules.LATEST_DATE.toString());
        return schema;
    }

    @Bean
    OpenApiCustomizer pathIdsAndInstants() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() == null) {
                    return;
                }
                for (Parameter parameter : operation.getParameters()) {
                    Schema<?> schema = parameter.getSchema();
                    if (schema == null) {
                        continue;
                    }
                    if ("path".equals(parameter.getIn()) && parameter.getName().endsWith("Id")) {
                        Schema<?> id = new StringSchema().pattern(Ids.PATTERN).minLength(1).maxLength(Ids.MAX_LENGTH);
                        parameter.setSchema(id);
                        parameter.setDescription("An id: 1 to 64 letters, digits, '.', '_' or '-', starting with "
                                + "a letter or a digit; any other names nothing and answers 404 UNKNOWN_ID.");
                    } else if ("query".equals(parameter.getIn()) && "date-time".equals(schema.getFormat())) {
                        Schema<?> instant = dated(new StringSchema().format("date-time")
                                .pattern(InputRules.INSTANT_FORM).example("2020-09-10T12:00:00+02:00"));
                        instant.setExtensions(Map.of("x-formatMinimum", InputRules.EARLIEST_DATE + "T00:00:00Z",
                                "x-formatMaximum", InputRules.LATEST_DATE + "T23:59:59.999999999Z"));
                        parameter.setSchema(instant);
                        parameter.setDescription("An instant with Z or an offset (in a URL, + is written %2B), "
                                + BOUNDS + ".");
                    }
                }
            }));
        };
    }
}
