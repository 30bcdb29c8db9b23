/**
 * Nodes: what lets several web nodes share one PostgreSQL database (docs/scaling.md). Every node's
 * in-memory views ({@link org.plenary.shared.SharedView}) follow a commit made on another node within
 * a second (LISTEN/NOTIFY, with a periodic check of the view versions for a missed notification); one
 * node at a time, the leader, runs the schedulers and resubmits incomplete event publications. On H2
 * there is one node, which is always the leader. It knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nodes")
package org.plenary.nodes;
