package org.plenary.licensing;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a batch command needs of licensing: the transfer assessor, over whatever denial matchers the context has. */
@Configuration(proxyBeanMethods = false)
@Import(LicensingConfiguration.class)
public class LicensingBatchConfiguration {
}
