package vn.chibo;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Every "today" in the application comes from here, so tests can move it. */
  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
