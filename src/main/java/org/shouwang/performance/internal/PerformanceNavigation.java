package org.shouwang.performance.internal;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboards' entry in the main navigation, for holders of {@code indicator:read}. */
@Configuration(proxyBeanMethods = false)
class PerformanceNavigation {

	@Bean
	NavigationItem performanceNavigationItem() {
		return new NavigationItem("nav.performance", "/performance", 70, "indicator:read");
	}
}
