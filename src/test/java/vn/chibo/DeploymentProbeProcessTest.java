package vn.chibo;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.chibo.support.ProcessCoverage;

/**
 * The deployment probe run end to end on the deployed engine, with process coverage gated at
 * {@value ProcessCoverage#MINIMUM}: the pattern every {@code *ProcessTest} follows.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:processes;DB_CLOSE_DELAY=-1")
@Import(ProcessCoverage.class)
class DeploymentProbeProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  void assertionsUseTheApplicationsEngine() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void reviewsTheProbeAndEnds() {
    ProcessInstance probe =
        runtimeService.startProcessInstanceByKey(
            "DeploymentProbeProcess",
            "PROBE-" + System.nanoTime(),
            Map.of("probeGroup", "MB01-committee"));

    assertThat(probe).isWaitingAt("UserTask_ReviewProbe");
    assertThat(task(probe)).hasCandidateGroup("MB01-committee");

    taskService.complete(task(probe).getId(), Map.of("probeNote", "Đã xem"));

    assertThat(probe)
        .hasPassedInOrder("StartEvent_ProbeStarted", "UserTask_ReviewProbe", "EndEvent_ProbeDone")
        .isEnded();
  }
}
