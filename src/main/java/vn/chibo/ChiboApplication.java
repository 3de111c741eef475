package vn.chibo;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chi bộ số: the work of a party branch and the committees above it, on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChiboApplication {

  public static void main(String[] args) {
    // Meeting days, deadlines and minutes are all Vietnamese local time, whatever the host says.
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    SpringApplication.run(ChiboApplication.class, args);
  }
}
