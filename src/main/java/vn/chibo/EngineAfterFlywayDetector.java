package vn.chibo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the Camunda engine wait for Flyway. Both write to the same schema; if the engine creates
 * its ACT_* tables first, Flyway finds a non-empty schema without its history table and refuses to
 * migrate. Which of the two starts first otherwise depends on which bean happens to need the
 * engine.
 */
public class EngineAfterFlywayDetector implements DependsOnDatabaseInitializationDetector {

  @Override
  public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
    Set<String> names = new HashSet<>();
    for (Class<?> type : List.of(ProcessEngine.class, ProcessEngineConfiguration.class)) {
      for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
        names.add(name.startsWith("&") ? name.substring(1) : name);
      }
    }
    return names;
  }
}
