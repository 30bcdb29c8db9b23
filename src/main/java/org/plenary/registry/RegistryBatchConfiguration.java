package org.plenary.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a batch command needs of the registry: the registry over its stored tables. The command line
 * imports this class by type, so a rename is a compile error, not a failure at run time.
 */
@Configuration(proxyBeanMethods = false)
@Import({ Registry.class, RegistryStore.class })
public class RegistryBatchConfiguration {
}
