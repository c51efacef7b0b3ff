package dev.syncdb.example.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example Spring Boot application: two JPA entities and their repositories. syncdb (through
 * syncdb-spring-boot-starter) checks or updates the database before Hibernate validates it
 * ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
