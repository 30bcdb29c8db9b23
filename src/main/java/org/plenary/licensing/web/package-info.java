/**
 * The licensing module over HTTP: the assessment API, saved transfers, the control lists, and the
 * officer's assessment page with the Guidelines page.
 */
package org.plenary.licensing.web;
