/**
 * The demo: at first start with the demo enabled, replays the history in
 * {@code reference/demo/history.json} (the 2008 statement on India, the 2016 applications and the
 * Seoul Plenary) through the consensus and participation commands, as the Chair, the delegates and
 * the applicants would, so that it is audited like everything else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.plenary.demo;
