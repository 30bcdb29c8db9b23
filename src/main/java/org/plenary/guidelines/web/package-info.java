/**
 * The Guidelines over HTTP: the texts as of any date, the control-list browser (search, the tree by
 * category, an entry's history), and the differences between two revisions, as an API and a page.
 * Everything here is public: the Guidelines and their lists are published texts.
 */
package org.plenary.guidelines.web;
