package vn.chibo.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HardeningFilterConfig {

  @Bean
  FilterRegistrationBean<EngineRequestGuardFilter> engineRequestGuard(
      ObjectMapper mapper, org.camunda.bpm.engine.IdentityService identityService) {
    var registration =
        new FilterRegistrationBean<>(new EngineRequestGuardFilter(mapper, identityService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
