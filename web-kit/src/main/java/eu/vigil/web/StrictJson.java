package eu.vigil.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How every service reads a request body: no coercion (a number is not a string, an instant is not a number), no
 * unknown property, no duplicate key, no trailing data, bounded depth and text, every string free of control
 * characters, no null inside a list, every instant written with its offset inside {@link #EARLIEST} .. {@link #LATEST}. Responses are
 * written as before. Only the HTTP edge reads this way: events and stored data keep their own mapper.
 */
public final class StrictJson {

    /** No instant of an incident or an obligation lies before this... */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** ...nor at or after this: a bound that keeps every instant inside what PostgreSQL and Kafka store. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** Longer than any field's own bound: a field without one still cannot grow an event past the topic's limit. */
    public static final int MAX_STRING_LENGTH = 20_000;
    public static final int MAX_NESTING_DEPTH = 16;

    private StrictJson() {
    }

    public static ObjectMapper strictCopy(ObjectMapper mapper) {
        var strict = mapper.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).build());
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)); // [null, "imaging"]
        for (var type : new LogicalType[]{LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            fail(strict, type, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        }
        for (var type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            fail(strict, type, CoercionInputShape.String, CoercionInputShape.EmptyString);
        }
        fail(strict, LogicalType.Integer, CoercionInputShape.Float);
        fail(strict, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float);
        strict.registerModule(new SimpleModule("vigil-strict-json")
                .addDeserializer(String.class, new CleanString())
                .addDeserializer(Instant.class, new BoundedInstant()));
        return strict;
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (var shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A JSON string only, without NUL or control characters other than tab and line breaks. */
    static final class CleanString extends StdScalarDeserializer<String> {

        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return StringDeserializer.instance.deserialize(parser, context); // fails: coercion is off
            }
            String text = parser.getText();
            if (text.length() > MAX_STRING_LENGTH) {
                throw JsonMappingException.from(parser, "must be at most " + MAX_STRING_LENGTH + " characters long");
            }
            var violation = TextRules.checkProse(text);
            if (violation != null) {
                throw JsonMappingException.from(parser, "must not hold " + describe(violation));
            }
            return text;
        }

        private static String describe(TextRules.Violation violation) {
            return switch (violation.key()) {
                case "control" -> String.format("a control character (U+%04X at position %d)",
                        violation.codePoint(), violation.index() + 1);
                case "unpaired-surrogate" -> "a broken character at position " + (violation.index() + 1);
                default -> String.format("a non-character (U+%04X at position %d)", violation.codePoint(),
                        violation.index() + 1);
            };
        }
    }

    /** An ISO 8601 instant with its offset ({@code 2026-11-23T08:00:00Z}), never a number, inside the bounds. */
    static final class BoundedInstant extends StdScalarDeserializer<Instant> {

        static final String EXPECTED = "must be a date and time with its offset, such as 2026-11-23T08:00:00Z, "
                + "from 2000-01-01 to 2099-12-31";

        BoundedInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonMappingException.from(parser, EXPECTED);
            }
            try {
                Instant instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(parser.getText(), Instant::from);
                if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                    throw JsonMappingException.from(parser, EXPECTED);
                }
                return instant;
            } catch (DateTimeParseException e) {
                throw JsonMappingException.from(parser, EXPECTED);
            }
        }
    }
}
