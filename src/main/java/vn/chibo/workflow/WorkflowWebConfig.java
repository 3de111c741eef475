package vn.chibo.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowWebConfig {

  @Bean
  FilterRegistrationBean<TaskConflictFilter> taskConflictFilter(
      ObjectMapper mapper, TaskService tasks, HistoryService history, IdentityService identity) {
    var registration =
        new FilterRegistrationBean<>(new TaskConflictFilter(mapper, tasks, history, identity));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    return registration;
  }
}
