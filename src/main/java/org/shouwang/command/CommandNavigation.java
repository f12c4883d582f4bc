package org.shouwang.command;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command centre's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CommandNavigation {

	@Bean
	NavigationItem commandNavigationItem() {
		return new NavigationItem("nav.command", "/command", 20, "incident:read");
	}
}
