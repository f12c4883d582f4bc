package org.shouwang.command.board;

import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live board's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class BoardNavigation {

	@Bean
	NavigationItem boardNavigationItem() {
		return new NavigationItem("board.nav", "/command/board", 21, "incident:read");
	}
}
