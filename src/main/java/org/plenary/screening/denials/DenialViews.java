package org.plenary.screening.denials;

import org.plenary.shared.SharedView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The denial index and the judged names as views that another node's change refreshes (docs/scaling.md). */
@Configuration(proxyBeanMethods = false)
class DenialViews {

	@Bean
	SharedView denialsView(Denials denials) {
		return view("denials", denials::refresh);
	}

	@Bean
	SharedView judgementsView(Judgements judgements) {
		return view("judgements", judgements::refresh);
	}

	private static SharedView view(String name, Runnable refresh) {
		return new SharedView() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public void refresh() {
				refresh.run();
			}
		};
	}
}
