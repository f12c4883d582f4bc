package org.shouwang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Shouwang (守望): the operations platform of a district public security branch.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ShouwangApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShouwangApplication.class, args);
	}
}
