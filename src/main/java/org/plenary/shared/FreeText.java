package org.plenary.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a command as free text (a statement, a letter, an address): it may hold tabs and
 * line breaks. Every other string of a command (a name, a title, a code) is one line of printable
 * text; no string may hold NUL or another control character. See {@link Inputs}.
 */
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
}
