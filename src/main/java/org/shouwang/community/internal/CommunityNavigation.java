package org.shouwang.community.internal;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Community policing's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CommunityNavigation {

	@Bean
	NavigationItem communityNavigationItem() {
		return new NavigationItem("nav.community", "/community", 30, "community:read");
	}
}
