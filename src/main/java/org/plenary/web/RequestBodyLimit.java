package org.plenary.web;

import org.springframework.util.unit.DataSize;

/**
 * A larger request-body limit for one path, declared as a bean by the module that owns it (a batch
 * endpoint); every other request body is limited by {@code plenary.http.max-request-body} (1 MiB).
 */
public record RequestBodyLimit(String path, DataSize size) {
}
