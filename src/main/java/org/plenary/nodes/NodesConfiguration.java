package org.plenary.nodes;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.plenary.shared.SharedView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nodes module's beans: the leadership, the view follower, and the rule that a {@code @Scheduled}
 * method of any module runs on the leader only (elsewhere the run is skipped), so a silence procedure's
 * deadline, a reminder or a mail is acted on by one node.
 */
@Configuration(proxyBeanMethods = false)
class NodesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NodesConfiguration.class);

	@Bean
	Leadership leadership(@Value("${plenary.nodes.leadership:lock}") String mode) {
		return new Leadership("always".equals(mode));
	}

	@Bean
	ViewSync viewSync(List<SharedView> views, DataSource dataSource, @Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password,
			@Value("${plenary.nodes.check-interval:5s}") Duration checkInterval, Leadership leadership,
			org.springframework.context.ApplicationContext context) {
		return new ViewSync(views, dataSource, url, user, password, checkInterval, leadership,
				context instanceof org.springframework.web.context.WebApplicationContext);
	}

	/** Every {@code @Scheduled} method runs on the leader only. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor scheduledOnTheLeaderOnly(ObjectProvider<Leadership> leadership) {
		MethodInterceptor onLeader = invocation -> {
			Leadership l = leadership.getIfAvailable();
			if (l != null && !l.isLeader()) {
				l.skip();
				log.trace("Not the leader: skipped {}", invocation.getMethod());
				return null;
			}
			return invocation.proceed();
		};
		return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, Scheduled.class, true), onLeader);
	}
}
