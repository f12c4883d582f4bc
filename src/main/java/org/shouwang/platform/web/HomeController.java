package org.shouwang.platform.web;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: the first page after sign-in, one card for each part of Shouwang the user may open. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem homeNavigation() {
			return new NavigationItem("nav.home", "/", 0);
		}
	}
}
