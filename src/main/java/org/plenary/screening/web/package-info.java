/** The screening module over HTTP: the JSON API and the pages (screening, denial register, consultation inbox). */
package org.plenary.screening.web;
