package org.plenary.screening;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a batch command needs of screening: the denial register and its matcher, which licensing consults. */
@Configuration(proxyBeanMethods = false)
@Import({ Denials.class, DenialStore.class, ScreeningConfiguration.class })
public class ScreeningBatchConfiguration {
}
