package org.shouwang.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.platform.NavigationItem;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation (what the user may open) and the current path into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationItem> items;

	LayoutModel(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return items.stream().filter(item -> item.authority() == null || holds(auth, item.authority())).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static boolean holds(Authentication auth, String authority) {
		return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}
}
