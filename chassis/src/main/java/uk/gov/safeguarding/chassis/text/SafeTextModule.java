package uk.gov.safeguarding.chassis.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Every JSON string read into a typed field, list element or map key goes through {@link UnsafeText}, so
 * a NUL in any field of any body is a 400 naming that field (a row error in a batch), never a statement
 * PostgreSQL refuses.
 */
public class SafeTextModule extends SimpleModule {

    public SafeTextModule() {
        super("safeguarding-safe-text");
        addDeserializer(String.class, new SafeStringDeserializer());
        addKeyDeserializer(String.class, new SafeKeyDeserializer());
    }

    /**
     * Delegates to Jackson's own, but is not a subclass of it: Jackson reads list elements and other
     * strings on a fast path that bypasses any deserializer marked as its standard one.
     */
    static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    static final class SafeKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    static String checked(JsonParser parser, String value) throws UnsafeTextException {
        String problem = UnsafeText.problem(value);
        if (problem != null) {
            throw new UnsafeTextException(parser, problem);
        }
        return value;
    }
}
