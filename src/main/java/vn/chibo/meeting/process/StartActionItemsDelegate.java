package vn.chibo.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.process.ActionItemProcess;

/**
 * {@code ServiceTask_StartActionItems}: the resolution or conclusion is adopted, so the tasks the
 * minutes assigned start, each as its own {@code ActionItemProcess}.
 */
@Component("startActionItemsDelegate")
class StartActionItemsDelegate implements JavaDelegate {

  private final ResolutionService resolutions;
  private final ActionItemProcess actionItems;

  StartActionItemsDelegate(ResolutionService resolutions, ActionItemProcess actionItems) {
    this.resolutions = resolutions;
    this.actionItems = actionItems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (ActionItem item : resolutions.startActionItems(execution.getProcessBusinessKey())) {
      actionItems.start(item);
    }
  }
}
