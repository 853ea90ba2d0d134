package org.agendaledger.app.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Function;
import org.agendaledger.command.api.InputRules;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads a request body: as the JSON types say, nothing converted. A string is never made from a number
 * or a boolean, a number never from a string, an enum never from a number, a whole number never from a fraction; a
 * date, a time and a deadline are strings of one ISO form each ({@link InputRules}); a property the request does
 * not have, a property given twice, a null in an array and text that is not valid Unicode are refused.
 * <p>
 * Only the HTTP API reads with this mapper: the application's own {@code JsonMapper} (the read models' stored JSON)
 * stays as it is, so nothing already stored has to pass rules that did not exist when it was written.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** After Spring Boot's own customizers (order 0), so that this JSON converter is the one the API uses. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper.Builder bootBuilder) {
        JsonMapper mapper = strict(bootBuilder).build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(mapper));
    }

    /** The strict reading rules, on top of a builder (Spring Boot's, with its modules and writing settings). */
    static JsonMapper.Builder strict(JsonMapper.Builder builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("agenda-ledger-strict-input")
                        .setDeserializerModifier(new ExactEnums())
                        .addDeserializer(String.class, new WellFormedText())
                        .addDeserializer(LocalDate.class, new Strictly<>(LocalDate.class, InputRules::date))
                        .addDeserializer(LocalTime.class, new Strictly<>(LocalTime.class, InputRules::time))
                        .addDeserializer(LocalDateTime.class,
                                new Strictly<>(LocalDateTime.class, InputRules::deadline)));
    }

    /** A JSON string only, which must be valid Unicode (no unpaired surrogate), so it can be stored as UTF-8. */
    static final class WellFormedText extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            if (!InputRules.wellFormed(text)) {
                throw refused(p, new InputRules.Refused(InputRules.NOT_UNICODE, false), "(text)", String.class);
            }
            return text;
        }
    }

    /** Every enum read by its exact name: Jackson would otherwise take " SUBSTANTIVE" as SUBSTANTIVE. */
    static final class ExactEnums extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
            return new ExactEnum(type.getRawClass());
        }
    }

    static final class ExactEnum extends ValueDeserializer<Object> {

        private final Class<?> type;

        ExactEnum(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            String name = p.getString();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw InvalidFormatException.from(p, "Not one of the values accepted", name, type);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** A date or time from a JSON string of its one form, through the same rule the pages apply to what is typed. */
    static final class Strictly<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> rule;

        Strictly(Class<T> type, Function<String, T> rule) {
            this.type = type;
            this.rule = rule;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getString();
            try {
                return rule.apply(text);
            } catch (InputRules.Refused refused) {
                throw refused(p, refused, text, type);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static InvalidFormatException refused(JsonParser p, InputRules.Refused refused, String value,
                                                  Class<?> type) {
        InvalidFormatException e = InvalidFormatException.from(p, refused.getMessage(), value, type);
        e.initCause(refused);
        return e;
    }
}
