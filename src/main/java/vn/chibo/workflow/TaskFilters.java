package vn.chibo.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.GroupIds;

/**
 * The Tasklist's shared filters, in Vietnamese: without them the Tasklist shows nobody any task.
 * Created once by name and readable by every user; each filter is evaluated for the person looking
 * ({@code currentUser()}, {@code currentUserGroups()}), so everyone sees their own work.
 */
@Component
@Order(40)
class TaskFilters implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensure(
        "Việc của tôi",
        "Công việc đã giao cho tôi",
        0,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(
        "Việc của nhóm tôi",
        "Công việc của chi ủy, bí thư, thư ký… mà tôi là thành viên",
        -10,
        mine().orderByDueDate().asc());
    ensure(
        "Sắp đến hạn",
        "Công việc của nhóm tôi đến hạn trong 3 ngày tới",
        10,
        mine().dueBeforeExpression("${dateTime().plusDays(3).toDate()}").orderByDueDate().asc());
    ensure(
        "Quá hạn",
        "Công việc của nhóm tôi đã quá hạn",
        20,
        mine().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private TaskQuery mine() {
    return tasks
        .createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks();
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
      log.info("Task filter {} created", filter.getId());
    }
    boolean granted =
        authorizations
                .createAuthorizationQuery()
                .groupIdIn(GroupIds.USERS)
                .resourceType(Resources.FILTER)
                .resourceId(filter.getId())
                .count()
            > 0;
    if (!granted) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(GroupIds.USERS);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filter.getId());
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }
}
