package org.shouwang.cases.internal;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cases' entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

	@Bean
	NavigationItem casesNavigationItem() {
		return new NavigationItem("nav.cases", "/cases", 30, "case:read");
	}
}
