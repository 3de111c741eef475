package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The modelling conventions of STYLE.md and DESIGN.md, enforced in the build on every BPMN, DMN and
 * form the application deploys ({@code processes/} and {@code forms/} at the project root). The
 * test resources under {@code model-convention/} prove that each rule fires.
 *
 * <p>The deployment probe in {@code src/test/resources} is not scanned: it is a technical fixture
 * whose form field is deliberately read by nobody.
 */
class ModelConventionTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "model-convention");

  @Test
  void everyDeployedModelFollowsTheConventions() {
    List<String> violations = new ModelConventions(Path.of("processes"), Path.of("forms")).check();
    assertThat(violations)
        .as("model convention violations:%n%s", String.join(System.lineSeparator(), violations))
        .isEmpty();
  }

  @Test
  void acceptsModelsThatFollowEveryConvention() {
    Path good = FIXTURES.resolve("good");
    assertThat(new ModelConventions(good.resolve("processes"), good.resolve("forms")).check())
        .isEmpty();
  }

  @Test
  void acceptsEmptyAndMissingFolders(@TempDir Path empty) throws IOException {
    Files.createDirectories(empty.resolve("processes"));
    assertThat(new ModelConventions(empty.resolve("processes"), empty.resolve("forms")).check())
        .isEmpty();
  }

  @Test
  void reportsEachViolationWithFileElementAndRule() {
    Path bad = FIXTURES.resolve("bad");
    List<String> violations =
        new ModelConventions(bad.resolve("processes"), bad.resolve("forms")).check();
    assertThat(violations)
        .containsExactlyInAnyOrder(
            // BPMN
            "processes/Bad_Meeting.bpmn: file name is not kebab-case",
            "processes/Bad_Meeting.bpmn: process badMeeting: id is not PascalCase ending in"
                + " \"Process\"",
            "processes/Bad_Meeting.bpmn: process badMeeting: has no camunda:historyTimeToLive",
            "processes/Bad_Meeting.bpmn: process badMeeting: name is not Vietnamese",
            "processes/Bad_Meeting.bpmn: startEvent start: id is not <Type>_<PascalName>",
            "processes/Bad_Meeting.bpmn: startEvent start: has no name",
            "processes/Bad_Meeting.bpmn: userTask UserTask_Review: name is not Vietnamese",
            "processes/Bad_Meeting.bpmn: userTask UserTask_Review: has no form (camunda:formRef)",
            "processes/Bad_Meeting.bpmn: userTask UserTask_Review: has no assignee, candidate"
                + " users or candidate groups",
            "processes/Bad_Meeting.bpmn: userTask UserTask_Approve: formRef \"missingForm\" is"
                + " the id of no form under forms/",
            "processes/Bad_Meeting.bpmn: userTask UserTask_Approve: camunda:formRefBinding is not"
                + " \"deployment\"",
            "processes/Bad_Meeting.bpmn: serviceTask ServiceTask_Notify: does not use"
                + " camunda:delegateExpression only",
            "processes/Bad_Meeting.bpmn: serviceTask ServiceTask_Notify: is asynchronous but has"
                + " no camunda:failedJobRetryTimeCycle",
            "processes/Bad_Meeting.bpmn: sendTask SendTask_Invite: does not use"
                + " camunda:delegateExpression only",
            "processes/Bad_Meeting.bpmn: scriptTask ScriptTask_Compute: script tasks are not"
                + " allowed (business logic belongs in Java or DMN)",
            "processes/Bad_Meeting.bpmn: endEvent EndEvent_Done: has a script (business logic"
                + " belongs in Java or DMN)",
            "processes/Bad_Meeting.bpmn: exclusiveGateway Gateway_Approved: has no name",
            "processes/two-processes.bpmn: has 2 executable processes, expected exactly one",
            // DMN
            "processes/decisions/BadGrade.dmn: file name is not kebab-case",
            "processes/decisions/BadGrade.dmn: decision bad_grade: id is not PascalCase",
            "processes/decisions/BadGrade.dmn: decision bad_grade: has no"
                + " camunda:historyTimeToLive",
            "processes/decisions/BadGrade.dmn: decision bad_grade: name is not Vietnamese",
            "processes/decisions/BadGrade.dmn: decision bad_grade: decision table has no explicit"
                + " hitPolicy",
            "processes/decisions/BadGrade.dmn: decision bad_grade: decision table has no"
                + " effective-date input (typeRef date)",
            "processes/decisions/BadGrade.dmn: decision bad_grade: input Input_Score: label is"
                + " not Vietnamese",
            "processes/decisions/BadGrade.dmn: decision bad_grade: output Output_Grade: label is"
                + " not Vietnamese",
            // forms
            "forms/stray.form: is not in a folder forms/<process>/ named after a BPMN file",
            "forms/stray.form: form strayForm is used by no user task",
            "forms/unread-field/record_copy.form: file name is not kebab-case",
            "forms/unread-field/record_copy.form: form id \"recordMinutes\" is also the id of"
                + " forms/unread-field/record-minutes.form",
            "forms/unread-field/record_copy.form: form id \"recordMinutes\" does not end in"
                + " \"Form\"",
            "forms/unread-field/record-minutes.form: form id \"recordMinutes\" does not end in"
                + " \"Form\"",
            "forms/unread-field/record-minutes.form: field minutesText: is never read by process"
                + " UnreadFieldProcess (no expression uses it and the process has no delegate or"
                + " listener)",
            "forms/unread-field/record-minutes.form: field Minutes_Approved: key is not a"
                + " lowerCamel identifier",
            "forms/unread-field/record-minutes.form: field Minutes_Approved: is never read by"
                + " process UnreadFieldProcess (no expression uses it and the process has no"
                + " delegate or listener)",
            "forms/unread-field/record-minutes.form: field attendeeCount: has no label",
            "forms/unread-field/record-minutes.form: field minutesNote: label \"Notes\" is not"
                + " Vietnamese");
  }

  /**
   * The checker. Its rules mirror {@code check_models.py} (ids, names, forms, candidate groups,
   * delegate expressions, no scripts, history TTL) and add STYLE.md's: retry cycles on asynchronous
   * service tasks, form binding, file and id naming, one executable process per file, DMN history
   * TTL, hit policy, effective-date input and labels, form location, ids, labels and field keys.
   */
  static final class ModelConventions {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern KEBAB_FILE =
        Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(bpmn|dmn|form)");
    private static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");
    private static final Pattern PROCESS_ID = Pattern.compile("[A-Z][A-Za-z0-9]*Process");
    private static final Pattern DECISION_ID = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern FORM_ID = Pattern.compile("[a-z][A-Za-z0-9]*Form");
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern VIETNAMESE =
        Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Form components that are shown to people and so need a label.
    private static final Set<String> UNLABELLED_TYPES = Set.of("expression", "hidden");

    private final Path processesDir;
    private final Path formsDir;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> violations = new ArrayList<>();

    ModelConventions(Path processesDir, Path formsDir) {
      this.processesDir = processesDir;
      this.formsDir = formsDir;
    }

    List<String> check() {
      violations.clear();
      Map<String, Form> forms = readForms();
      Map<String, Set<String>> decisionInputs = new LinkedHashMap<>();
      for (Path file : files(processesDir, ".dmn")) {
        checkDecisions(file, decisionInputs);
      }
      Set<String> bpmnNames = new HashSet<>();
      Map<String, List<FormUse>> uses = new LinkedHashMap<>();
      for (Path file : files(processesDir, ".bpmn")) {
        bpmnNames.add(file.getFileName().toString().replaceFirst("\\.bpmn$", ""));
        checkProcesses(file, forms, decisionInputs, uses);
      }
      forms.values().forEach(form -> checkForm(form, bpmnNames, uses.get(form.id())));
      return violations.stream().sorted().toList();
    }

    // ---------------------------------------------------------------- BPMN

    private void checkProcesses(
        Path file,
        Map<String, Form> forms,
        Map<String, Set<String>> decisionInputs,
        Map<String, List<FormUse>> uses) {
      String where = name(processesDir, file);
      checkFileName(where, file);
      BpmnModelInstance model;
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
        model = Bpmn.readModelFromFile(file.toFile());
      } catch (IOException | RuntimeException e) {
        violations.add(where + ": is not a valid BPMN 2.0 file (" + e.getMessage() + ")");
        return;
      }
      List<org.camunda.bpm.model.bpmn.instance.Process> executable =
          model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
              .filter(org.camunda.bpm.model.bpmn.instance.Process::isExecutable)
              .toList();
      if (executable.size() != 1) {
        violations.add(
            where + ": has " + executable.size() + " executable processes, expected exactly one");
      }
      for (var process : executable) {
        String at = where + ": process " + process.getId();
        if (!PROCESS_ID.matcher(process.getId()).matches()) {
          violations.add(at + ": id is not PascalCase ending in \"Process\"");
        }
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
          violations.add(at + ": has no camunda:historyTimeToLive");
        }
        if (!vietnamese(process.getName())) {
          violations.add(at + ": name is not Vietnamese");
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        var process = processOf(node);
        if (process != null && process.isExecutable()) {
          checkFlowNode(where, node, forms);
        }
      }
      for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
        BaseElement owner = ownerOf(script);
        violations.add(
            where
                + ": "
                + kind(owner)
                + " "
                + owner.getId()
                + ": has a script (business logic belongs in Java or DMN)");
      }
      if (executable.size() == 1) {
        recordFormUses(model, text, executable.get(0).getId(), decisionInputs, uses);
      }
    }

    private void checkFlowNode(String where, FlowNode node, Map<String, Form> forms) {
      String kind = kind(node);
      String at = where + ": " + kind + " " + node.getId();
      if (node.getId() == null || !ELEMENT_ID.matcher(node.getId()).matches()) {
        violations.add(at + ": id is not <Type>_<PascalName>");
      }
      if (!(node instanceof ParallelGateway) && blank(node.getName())) {
        violations.add(at + ": has no name");
      }
      if (node instanceof UserTask task) {
        if (!blank(task.getName()) && !vietnamese(task.getName())) {
          violations.add(at + ": name is not Vietnamese");
        }
        String formRef = task.getCamundaFormRef();
        if (blank(formRef) && blank(task.getCamundaFormKey())) {
          violations.add(at + ": has no form (camunda:formRef)");
        }
        if (!blank(formRef)) {
          if (!forms.containsKey(formRef)) {
            violations.add(at + ": formRef \"" + formRef + "\" is the id of no form under forms/");
          }
          if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            violations.add(at + ": camunda:formRefBinding is not \"deployment\"");
          }
        }
        if (blank(task.getCamundaAssignee())
            && blank(task.getCamundaCandidateUsers())
            && blank(task.getCamundaCandidateGroups())) {
          violations.add(at + ": has no assignee, candidate users or candidate groups");
        }
      }
      if (node instanceof ServiceTask || node instanceof SendTask) {
        boolean delegateOnly =
            !blank(camunda(node, "delegateExpression"))
                && blank(camunda(node, "class"))
                && blank(camunda(node, "expression"))
                && blank(camunda(node, "type"));
        if (!delegateOnly) {
          violations.add(at + ": does not use camunda:delegateExpression only");
        }
        boolean async =
            node.isCamundaAsyncBefore()
                || node.isCamundaAsyncAfter()
                || "true".equals(camunda(node, "async"));
        if (async && !hasRetryCycle(node)) {
          violations.add(at + ": is asynchronous but has no camunda:failedJobRetryTimeCycle");
        }
      }
      if (node instanceof ScriptTask) {
        violations.add(
            at + ": script tasks are not allowed (business logic belongs in Java or DMN)");
      }
    }

    /** Which form fields each process reads, for the form checks that follow. */
    private void recordFormUses(
        BpmnModelInstance model,
        String text,
        String processId,
        Map<String, Set<String>> decisionInputs,
        Map<String, List<FormUse>> uses) {
      Set<String> read = new HashSet<>();
      Matcher expression = EXPRESSION.matcher(text);
      while (expression.find()) {
        identifiers(expression.group(1), read);
      }
      for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
        identifiers(in.getCamundaSource(), read);
      }
      for (ModelElementInstance task :
          model.getModelElementsByType(
              org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class)) {
        read.addAll(decisionInputs.getOrDefault(camunda(task, "decisionRef"), Set.of()));
      }
      for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
        identifiers(camunda(element, "collection"), read);
      }
      boolean glue =
          !model.getModelElementsByType(CamundaExecutionListener.class).isEmpty()
              || !model.getModelElementsByType(CamundaTaskListener.class).isEmpty()
              || model.getModelElementsByType(BaseElement.class).stream()
                  .anyMatch(
                      e -> !blank(camunda(e, "delegateExpression")) || !blank(camunda(e, "class")));
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (!blank(task.getCamundaFormRef())) {
          uses.computeIfAbsent(task.getCamundaFormRef(), k -> new ArrayList<>())
              .add(new FormUse(processId, read, glue));
        }
      }
    }

    private static boolean hasRetryCycle(FlowNode node) {
      return node.getExtensionElements() != null
          && node.getExtensionElements()
                  .getElementsQuery()
                  .filterByType(CamundaFailedJobRetryTimeCycle.class)
                  .count()
              > 0;
    }

    private static org.camunda.bpm.model.bpmn.instance.Process processOf(
        ModelElementInstance element) {
      ModelElementInstance parent = element.getParentElement();
      while (parent != null && !(parent instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
        parent = parent.getParentElement();
      }
      return (org.camunda.bpm.model.bpmn.instance.Process) parent;
    }

    private static BaseElement ownerOf(ModelElementInstance element) {
      ModelElementInstance parent = element.getParentElement();
      while (!(parent instanceof BaseElement)) {
        parent = parent.getParentElement();
      }
      return (BaseElement) parent;
    }

    private static String kind(ModelElementInstance element) {
      return element.getElementType().getTypeName();
    }

    private static String camunda(ModelElementInstance element, String attribute) {
      return element.getAttributeValueNs(CAMUNDA, attribute);
    }

    // ----------------------------------------------------------------- DMN

    private void checkDecisions(Path file, Map<String, Set<String>> decisionInputs) {
      String where = name(processesDir, file);
      checkFileName(where, file);
      DmnModelInstance model;
      Set<String> explicitHitPolicy;
      try {
        model = Dmn.readModelFromFile(file.toFile());
        explicitHitPolicy = decisionsWithExplicitHitPolicy(file);
      } catch (RuntimeException e) {
        violations.add(where + ": is not a valid DMN file (" + e.getMessage() + ")");
        return;
      }
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        String at = where + ": decision " + decision.getId();
        if (!DECISION_ID.matcher(decision.getId()).matches()) {
          violations.add(at + ": id is not PascalCase");
        }
        if (blank(decision.getCamundaHistoryTimeToLiveString())) {
          violations.add(at + ": has no camunda:historyTimeToLive");
        }
        if (!vietnamese(decision.getName())) {
          violations.add(at + ": name is not Vietnamese");
        }
        if (decision.getExpression() instanceof DecisionTable table) {
          checkDecisionTable(
              at,
              table,
              explicitHitPolicy.contains(decision.getId()),
              decisionInputs.computeIfAbsent(decision.getId(), k -> new HashSet<>()));
        }
      }
    }

    private void checkDecisionTable(
        String at, DecisionTable table, boolean explicitHitPolicy, Set<String> inputs) {
      if (!explicitHitPolicy) {
        violations.add(at + ": decision table has no explicit hitPolicy");
      }
      boolean dated = false;
      for (Input input : table.getInputs()) {
        var expression = input.getInputExpression();
        String typeRef = expression == null ? null : expression.getTypeRef();
        dated |= "date".equals(typeRef) || "dateTime".equals(typeRef);
        if (expression != null && expression.getText() != null) {
          identifiers(expression.getText().getTextContent(), inputs);
        }
        if (!vietnamese(input.getLabel())) {
          violations.add(at + ": input " + input.getId() + ": label is not Vietnamese");
        }
      }
      if (!dated) {
        violations.add(at + ": decision table has no effective-date input (typeRef date)");
      }
      for (Output output : table.getOutputs()) {
        if (!vietnamese(output.getLabel())) {
          violations.add(at + ": output " + output.getId() + ": label is not Vietnamese");
        }
      }
    }

    /**
     * Decisions whose table states its hit policy. Read from the XML as written: the model API's
     * schema-validating parser fills in the default (UNIQUE) for a missing attribute.
     */
    private static Set<String> decisionsWithExplicitHitPolicy(Path file) {
      Set<String> explicit = new HashSet<>();
      try {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList tables =
            factory
                .newDocumentBuilder()
                .parse(file.toFile())
                .getElementsByTagNameNS("*", "decisionTable");
        for (int i = 0; i < tables.getLength(); i++) {
          var table = (Element) tables.item(i);
          if (table.hasAttribute("hitPolicy")
              && table.getParentNode() instanceof Element decision) {
            explicit.add(decision.getAttribute("id"));
          }
        }
      } catch (ParserConfigurationException | SAXException | IOException e) {
        throw new IllegalStateException(file + ": " + e.getMessage(), e);
      }
      return explicit;
    }

    // --------------------------------------------------------------- forms

    private record Form(Path file, String where, String id, JsonNode schema) {}

    private record FormUse(String processId, Set<String> read, boolean glue) {}

    private Map<String, Form> readForms() {
      Map<String, Form> forms = new TreeMap<>();
      for (Path file : files(formsDir, ".form")) {
        String where = name(formsDir, file);
        JsonNode schema;
        try {
          schema = json.readTree(file.toFile());
        } catch (IOException e) {
          violations.add(where + ": is not valid JSON (" + e.getMessage() + ")");
          continue;
        }
        String id = schema.path("id").asText("");
        Form form = new Form(file, where, id, schema);
        // Files come sorted, so the first file with an id keeps it and later ones are reported.
        Form first = forms.putIfAbsent(id, form);
        if (first != null) {
          violations.add(where + ": form id \"" + id + "\" is also the id of " + first.where());
          checkFormFile(form);
        }
      }
      return forms;
    }

    private void checkForm(Form form, Set<String> bpmnNames, List<FormUse> uses) {
      checkFormFile(form);
      Path folder = formsDir.relativize(form.file()).getParent();
      if (folder == null
          || folder.getNameCount() != 1
          || !bpmnNames.contains(folder.getFileName().toString())) {
        violations.add(
            form.where() + ": is not in a folder forms/<process>/ named after a BPMN file");
      }
      if (uses == null) {
        violations.add(form.where() + ": form " + form.id() + " is used by no user task");
      }
      List<JsonNode> fields = new ArrayList<>();
      collectFields(form.schema().path("components"), fields);
      for (JsonNode field : fields) {
        String key = field.path("key").asText();
        String at = form.where() + ": field " + key;
        if (!LOWER_CAMEL.matcher(key).matches()) {
          violations.add(at + ": key is not a lowerCamel identifier");
        }
        if (!UNLABELLED_TYPES.contains(field.path("type").asText())) {
          String label = label(field);
          if (blank(label)) {
            violations.add(at + ": has no label");
          } else if (!vietnamese(label)) {
            violations.add(at + ": label \"" + label + "\" is not Vietnamese");
          }
        }
        for (FormUse use : uses == null ? List.<FormUse>of() : uses) {
          if (!use.read().contains(key) && !use.glue()) {
            violations.add(
                at
                    + ": is never read by process "
                    + use.processId()
                    + " (no expression uses it and the process has no delegate or listener)");
          }
        }
      }
    }

    private void checkFormFile(Form form) {
      checkFileName(form.where(), form.file());
      if (!FORM_ID.matcher(form.id()).matches()) {
        violations.add(form.where() + ": form id \"" + form.id() + "\" does not end in \"Form\"");
      }
    }

    /** Input fields, also inside groups and dynamic lists. */
    private static void collectFields(JsonNode components, List<JsonNode> fields) {
      for (JsonNode component : components) {
        if (component.hasNonNull("key")) {
          fields.add(component);
        }
        collectFields(component.path("components"), fields);
      }
    }

    private static String label(JsonNode field) {
      for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
        if (!blank(field.path(name).asText(null))) {
          return field.path(name).asText();
        }
      }
      return null;
    }

    // -------------------------------------------------------------- shared

    private void checkFileName(String where, Path file) {
      if (!KEBAB_FILE.matcher(file.getFileName().toString()).matches()) {
        violations.add(where + ": file name is not kebab-case");
      }
    }

    private static Collection<Path> files(Path dir, String suffix) {
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A file as people know it: relative to the folder above processes/ or forms/. */
    private static String name(Path dir, Path file) {
      Path root = dir.toAbsolutePath().normalize().getParent();
      return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static void identifiers(String text, Set<String> into) {
      if (text == null) {
        return;
      }
      Matcher m = IDENTIFIER.matcher(text);
      while (m.find()) {
        into.add(m.group());
      }
    }

    private static boolean vietnamese(String text) {
      return text != null
          && VIETNAMESE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).find();
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }
}
