/**
 * The licensing module over HTTP: the assessment API, saved transfers, and the officer's assessment
 * page. The Guidelines and their control lists are served by the guidelines module's own room.
 */
package org.plenary.licensing.web;
