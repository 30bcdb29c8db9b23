/**
 * The shared kernel: value types every module needs ({@link org.plenary.shared.StateCode},
 * {@link org.plenary.shared.DateRange}) and the family of client-error exceptions that the API
 * turns into RFC 9457 problem details. It knows no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.plenary.shared;
