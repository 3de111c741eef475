package vn.chibo.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the Spring Security login in front of the Camunda webapps and the engine's REST API. */
@Configuration(proxyBeanMethods = false)
class CamundaSsoConfig {

  private static final String PROVIDER_PARAM = "authentication-provider";
  // Directly after Spring Security's chain, before the webapps' own session authentication.
  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSso() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of(PROVIDER_PARAM, SpringSecurityIdentityProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(
        Map.of(PROVIDER_PARAM, SpringSecurityIdentityProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
