package org.shouwang.command;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command centre's entries in the main navigation: the centre itself and, for administrators, the catalogue. */
@Configuration(proxyBeanMethods = false)
class CommandNavigation {

	@Bean
	NavigationItem commandNavigationItem() {
		return new NavigationItem("nav.command", "/command", 20, "incident:read");
	}

	@Bean
	NavigationItem catalogueNavigationItem() {
		return new NavigationItem("nav.catalogue", "/command/catalogue", 79, "catalogue:write");
	}
}
