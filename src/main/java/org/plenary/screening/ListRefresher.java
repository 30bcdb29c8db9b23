package org.plenary.screening;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.plenary.screening.lists.ListDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads each list again on its schedule, {@code plenary.screening.lists.<id>.refresh} (a duration;
 * default 6 hours for an HTTP source, 1 hour for a folder, never for the shipped snapshots or a list
 * without a source; 0 turns it
 * off). One thread for all lists, so two reads never build two indexes at once.
 */
@Component
class ListRefresher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ListRefresher.class);

	private final Screening screening;
	private final Environment environment;
	private ScheduledExecutorService scheduler;

	ListRefresher(Screening screening, Environment environment) {
		this.screening = screening;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		Binder binder = Binder.get(environment);
		var sources = ScreeningConfiguration.sources(environment);
		for (ListDefinition d : ListDefinition.ALL) {
			String source = sources.get(d.id()).describe();
			Duration fallback = source.startsWith("http") ? Duration.ofHours(6)
					: source.equals("classpath") || !sources.get(d.id()).configured() ? Duration.ZERO : Duration.ofHours(1);
			Duration every = binder.bind(ScreeningConfiguration.key(d) + ".refresh", Duration.class).orElse(fallback);
			if (every.isZero() || every.isNegative()) {
				continue;
			}
			if (scheduler == null) {
				scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
					Thread t = new Thread(task, "screening-refresh");
					t.setDaemon(true);
					return t;
				});
			}
			long millis = every.toMillis();
			scheduler.scheduleWithFixedDelay(() -> refresh(d.id()), millis, millis, TimeUnit.MILLISECONDS);
			log.info("Screening list {} from {} is read again every {}", d.id(), source, every);
		}
	}

	private void refresh(String list) {
		try {
			screening.refresh(list);
		}
		catch (RuntimeException ex) {
			log.error("Refreshing screening list {} failed", list, ex);
		}
	}

	@Override
	public synchronized void destroy() {
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}
}
