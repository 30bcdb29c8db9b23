package org.plenary.forecast.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.MapType;
import tools.jackson.databind.util.AccessPattern;

/**
 * The JSON binding of a scenario, stricter than Jackson's defaults so that a mistyped value is
 * refused rather than guessed at: no field the document does not know; a string only where a
 * string goes (no number or boolean turned into one), a number only where a number goes (no string
 * turned into one), a whole number where one goes (no 1.5 or 1.0); an enum by its name in any
 * letter case, never by its position; a date exactly YYYY-MM-DD (no spaces, no time of day); and
 * {@code null} refused unless the document's component says {@code @JsonSetter(nulls = SKIP)}
 * (a left-out field is null all the same).
 */
final class StrictJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.addModule(new SimpleModule("strict-scenario").addDeserializer(LocalDate.class, new IsoDates())
			.setDeserializerModifier(new RefusingNulls()))
		.build();

	private StrictJson() {
	}

	/** A date exactly as ISO-8601 writes a day (no spaces, no time of day); the range is {@link Inputs}' to check. */
	private static final class IsoDates extends StdDeserializer<LocalDate> {

		IsoDates() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
			}
			try {
				return LocalDate.parse(p.getString());
			}
			catch (DateTimeParseException ex) {
				throw ctxt.weirdStringException(p.getString(), LocalDate.class, "not a date");
			}
		}
	}

	/** Wraps every deserializer so that a present {@code null} is refused, while a left-out field stays null. */
	private static final class RefusingNulls extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			return new NoNull(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			return new NoNull(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
			return new NoNull(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			return new NoNull(deserializer);
		}
	}

	/** A deserializer whose {@code null} is an error, and whose absent value is null. */
	private static final class NoNull extends DelegatingDeserializer {

		NoNull(ValueDeserializer<?> delegatee) {
			super(delegatee);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
			return new NoNull(delegatee);
		}

		@Override
		public Object getNullValue(DeserializationContext ctxt) {
			throw InvalidNullException.from(ctxt, null, ctxt.constructType(handledType()));
		}

		@Override
		public AccessPattern getNullAccessPattern() {
			return AccessPattern.DYNAMIC;
		}

		@Override
		public Object getAbsentValue(DeserializationContext ctxt) {
			return null;
		}
	}
}
