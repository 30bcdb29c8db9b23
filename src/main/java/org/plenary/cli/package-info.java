/**
 * The command line: {@code plenary [serve]} and the batch commands, each a thin picocli adapter over
 * the modules' public API. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.plenary.cli;
