package org.shouwang.video.internal;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The video pages' entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class VideoNavigation {

	@Bean
	NavigationItem videoNavigationItem() {
		return new NavigationItem("nav.video", "/command/video", 25, "camera:read");
	}
}
