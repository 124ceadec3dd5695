package id.antreanonline.edge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import id.antreanonline.shared.wsrs.WsrsMessages;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a request body into a record the way BPJS's clients send it: text fields as strings or numbers (digits
 * sent as a number are their text), number fields as numbers or digit strings, blank text as absent. A body that
 * is not one JSON object (blank, broken, {@code null}, a list) is refused "Format Request Tidak Sesuai"; so is a
 * value of the wrong type, unless the caller names a message per field.
 */
@ApplicationScoped
public class WsrsJson {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final ObjectReader reader;

    WsrsJson(ObjectMapper mapper) {
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public <T extends Record> T read(String body, Class<T> type) {
        return read(body, type, field -> WsrsMessages.MALFORMED_REQUEST);
    }

    /** @param wrongType the refusal message for a field whose value has the wrong type (an object, a list ...) */
    public <T extends Record> T read(String body, Class<T> type, Function<String, String> wrongType) {
        JsonNode root = tree(body);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            ZeroPadded padded = c.getAnnotation(ZeroPadded.class);
            values[i] = value(root.get(c.getName()), c.getType(), padded == null ? 0 : padded.value(),
                    () -> RequestRefused.badRequest(wrongType.apply(c.getName())));
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private JsonNode tree(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : reader.readTree(body);
        } catch (JacksonException | RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw RequestRefused.badRequest(WsrsMessages.MALFORMED_REQUEST);
        }
        return root;
    }

    private static Object value(JsonNode node, Class<?> type, int digits,
            Supplier<RequestRefused> wrongType) {
        if (node == null || node.isNull()) {
            return type.isPrimitive() ? primitiveZero(type) : null;
        }
        if (type == String.class) {
            if (node.isTextual()) {
                if (TextWithoutNul.hasNul(node.textValue())) {
                    throw RequestRefused.badRequest(WsrsMessages.MALFORMED_REQUEST);
                }
                String text = node.textValue().strip();
                return text.isEmpty() ? null : text;
            }
            if (node.isIntegralNumber()) {
                String text = node.bigIntegerValue().toString();
                return digits > text.length() && node.bigIntegerValue().signum() >= 0
                        ? "0".repeat(digits - text.length()) + text : text;
            }
            if (node.isNumber()) {
                return node.asText();
            }
            throw wrongType.get();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return wholeNumber(node, type, wrongType);
        }
        throw new IllegalArgumentException("WsrsJson reads text and whole numbers, not " + type.getSimpleName());
    }

    private static Object wholeNumber(JsonNode node, Class<?> type, Supplier<RequestRefused> wrongType) {
        if (node.isTextual() && node.textValue().isBlank()) {
            return type.isPrimitive() ? primitiveZero(type) : null;
        }
        long number = number(node, wrongType);
        if (type == Integer.class || type == int.class) {
            if (number != (int) number) {
                throw wrongType.get();
            }
            return (int) number;
        }
        return number;
    }

    private static long number(JsonNode node, Supplier<RequestRefused> wrongType) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual() && WHOLE_NUMBER.matcher(node.textValue().strip()).matches()) {
            return Long.parseLong(node.textValue().strip());
        }
        throw wrongType.get();
    }

    private static Object primitiveZero(Class<?> type) {
        return type == long.class ? 0L : 0;
    }
}
