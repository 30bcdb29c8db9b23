/**
 * {@code plenary stream}: a Kafka Streams application over the same plain-Java assessor and name
 * matcher as {@code plenary assess} and {@code plenary screen}. Transfers in, decisions out in the
 * CLI's JSON; records it cannot read to an error topic; parties in, screening hits out. The denial
 * register, the adopted exceptions and the Guidelines amendments are global stores built from the
 * topics the web application externalizes, on top of the shipped reference data, so every instance
 * decides with the same state. See docs/stream.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stream")
package org.plenary.stream;
