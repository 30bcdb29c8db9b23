package org.plenary.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a batch command needs of the audit module: the chain with its key, and the recorder, so a
 * batch that changes something records it like the web application does.
 */
@Configuration(proxyBeanMethods = false)
@Import({ AuditConfiguration.class, AuditLog.class, ChainStore.class, LegacySeal.class, AuditRecorder.class })
public class AuditBatchConfiguration {
}
