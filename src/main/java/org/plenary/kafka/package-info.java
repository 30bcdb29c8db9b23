/**
 * Events out to Kafka: the integration events other systems may rely on (denials, exceptions,
 * participants, Guidelines amendments, decisions), each a versioned JSON on a topic of its own,
 * published from the event publication registry of the transaction that made the fact. Off unless
 * {@code plenary.kafka.bootstrap-servers} (or {@code spring.kafka.bootstrap-servers}) is set.
 * Its {@code broker} interface is a single-node broker for trying it on one machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kafka")
package org.plenary.kafka;
