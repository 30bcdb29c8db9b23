package org.plenary.screening.denials;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The denial register's beans, for a context that does not scan the module (a batch command). */
@Configuration(proxyBeanMethods = false)
@Import({ Denials.class, DenialStore.class, Judgements.class })
public class DenialRegisterConfiguration {
}
