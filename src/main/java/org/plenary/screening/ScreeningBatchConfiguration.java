package org.plenary.screening;

import org.plenary.screening.denials.DenialRegisterConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a batch command needs of screening: the denial register, its judgements and its matcher,
 * which licensing consults.
 */
@Configuration(proxyBeanMethods = false)
@Import({ DenialRegisterConfiguration.class, ScreeningConfiguration.class })
public class ScreeningBatchConfiguration {
}
