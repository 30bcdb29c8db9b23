/**
 * A single-node Kafka broker (KRaft, combined broker and controller) that runs inside this JVM, for
 * {@code plenary broker} and for tests: trying the events and the stream on one machine, never production.
 */
@org.springframework.modulith.NamedInterface("broker")
package org.plenary.kafka.broker;
