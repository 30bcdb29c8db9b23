/**
 * The web's own infrastructure, shared by every module's pages and API: problems (RFC 9457) for
 * every error, error pages, request-size limits (a module declares a larger
 * {@link org.plenary.web.RequestBodyLimit} for a batch endpoint), and the checks every request body
 * and parameter passes before a controller sees it. Each module's controllers live in its own
 * {@code web} room; this module holds none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.plenary.web;
