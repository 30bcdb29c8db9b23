package org.plenary.guidelines;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a batch command needs of the Guidelines: the shipped texts with the exceptions adopted since. */
@Configuration(proxyBeanMethods = false)
@Import(GuidelinesConfiguration.class)
public class GuidelinesBatchConfiguration {
}
