package vn.chibo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The admission model drawn as the case page shows it, one case in the middle of its dossier. */
class DiagramSvgTest {

  static final BpmnModelInstance ADMISSION =
      Bpmn.readModelFromFile(new File("processes/member-admission.bpmn"));

  static final DiagramSvg.Progress AT_DOSSIER =
      new DiagramSvg.Progress(
          Set.of("UserTask_CompileDossier"),
          Set.of("StartEvent_CaseOpened", "UserTask_AssignMentor"));

  @Test
  void drawsEveryShapeAndFlowOfTheModelsLayoutAsWellFormedSvg() throws Exception {
    Document svg = parse(DiagramSvg.render(ADMISSION, AT_DOSSIER, "Sơ đồ quy trình kết nạp"));
    Element root = svg.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(first(root, "title").getTextContent()).isEqualTo("Sơ đồ quy trình kết nạp");

    int shapes = ADMISSION.getModelElementsByType(BpmnShape.class).size();
    int edges = ADMISSION.getModelElementsByType(BpmnEdge.class).size();
    assertThat(groups(svg, "bpmn-shape")).hasSize(shapes);
    assertThat(groups(svg, "bpmn-edge")).hasSize(edges);
    for (Element edge : groups(svg, "bpmn-edge")) {
      assertThat(first(edge, "polyline").getAttribute("points").split(" ")).hasSizeGreaterThan(1);
    }

    // every drawn coordinate lies inside the view box
    String[] box = root.getAttribute("viewBox").split(" ");
    double minX = Double.parseDouble(box[0]);
    double maxX = minX + Double.parseDouble(box[2]);
    for (Element shape : groups(svg, "bpmn-shape")) {
      Element body = bodyOf(shape);
      if (body.getTagName().equals("rect")) {
        double x = Double.parseDouble(body.getAttribute("x"));
        assertThat(x).isBetween(minX, maxX);
        assertThat(x + Double.parseDouble(body.getAttribute("width"))).isBetween(minX, maxX);
      }
    }
  }

  @Test
  void tasksAreRoundedBoxesEventsCirclesAndGatewaysDiamonds() throws Exception {
    Document svg = parse(DiagramSvg.render(ADMISSION, AT_DOSSIER, "x"));
    Element task = element(svg, "UserTask_AssignMentor");
    assertThat(task.getAttribute("class")).contains("bpmn-task");
    assertThat(bodyOf(task).getTagName()).isEqualTo("rect");
    assertThat(bodyOf(task).getAttribute("rx")).isEqualTo("10");
    assertThat(bodyOf(element(svg, "ServiceTask_CheckEligibility")).getTagName()).isEqualTo("rect");

    Element start = element(svg, "StartEvent_CaseOpened");
    assertThat(start.getAttribute("class")).contains("bpmn-event");
    assertThat(bodyOf(start).getTagName()).isEqualTo("circle");
    assertThat(bodyOf(start).getAttribute("r")).isEqualTo("18");
    // the terminate end is marked inside, the timer on the boundary has its clock
    assertThat(circles(element(svg, "EndEvent_CaseStopped"))).contains("bpmn-terminate");
    assertThat(circles(element(svg, "BoundaryEvent_DecisionOverdue")))
        .contains("bpmn-inner", "bpmn-clock");

    Element gateway = element(svg, "ExclusiveGateway_Eligible");
    assertThat(gateway.getAttribute("class")).contains("bpmn-gateway");
    assertThat(bodyOf(gateway).getTagName()).isEqualTo("polygon");
    // 50×50 at (780, 275): the four corners of the diamond
    assertThat(bodyOf(gateway).getAttribute("points")).isEqualTo("805,275 830,300 805,325 780,300");
    assertThat(gateway.getElementsByTagName("line").getLength()).isEqualTo(2);
  }

  @Test
  void marksTheActiveStepAndShadesThePassedOnesWithTheStateInWords() throws Exception {
    Document svg = parse(DiagramSvg.render(ADMISSION, AT_DOSSIER, "x"));
    Element dossier = element(svg, "UserTask_CompileDossier");
    assertThat(dossier.getAttribute("class")).contains("is-active");
    assertThat(first(dossier, "title").getTextContent())
        .isEqualTo("Hoàn thiện hồ sơ kết nạp – đang thực hiện");
    assertThat(element(svg, "UserTask_AssignMentor").getAttribute("class")).contains("is-passed");
    assertThat(first(element(svg, "UserTask_AssignMentor"), "title").getTextContent())
        .endsWith("– đã qua");
    assertThat(element(svg, "UserTask_VerifyBackground").getAttribute("class"))
        .contains("is-ahead");
    assertThat(first(element(svg, "EndEvent_Admitted"), "title").getTextContent())
        .endsWith("– chưa tới");

    // a flow is taken when both of its ends were reached
    assertThat(element(svg, "Flow_CaseOpenedToAssignMentor").getAttribute("class"))
        .contains("is-passed");
    assertThat(element(svg, "Flow_AssignMentorToCompileDossier").getAttribute("class"))
        .contains("is-passed");
    assertThat(element(svg, "Flow_CompileDossierToVerifyBackground").getAttribute("class"))
        .contains("is-ahead");
    assertThat(
            first(element(svg, "Flow_CaseOpenedToAssignMentor"), "polyline")
                .getAttribute("marker-end"))
        .isEqualTo("url(#bpmn-arrow-passed)");

    // the active task is where a wide diagram scrolls to: its centre (330 + 50) from the view's
    // left edge, which is the start event's label (x 63) less the margin
    // and from the top: its centre (260 + 40) less the top of the highest shape (the review task
    // at 110) and the margin
    assertThat(DiagramSvg.focus(ADMISSION, AT_DOSSIER))
        .isEqualTo(
            new DiagramSvg.Focus(380 - (63 - DiagramSvg.MARGIN), 300 - (110 - DiagramSvg.MARGIN)));
    assertThat(DiagramSvg.focus(ADMISSION, DiagramSvg.Progress.NONE)).isNull();
  }

  @Test
  void flowsKnownToBeTakenAreShadedRatherThanGuessedFromTheirEnds() throws Exception {
    // at the branch vote: the loop back to the dossier joins two passed steps but was not taken
    var atVote =
        new DiagramSvg.Progress(
            Set.of("UserTask_RecordBranchVote"),
            Set.of("UserTask_CompileDossier", "ExclusiveGateway_Eligible"),
            Set.of("Flow_EligibleToRecordBranchVote"));
    Document svg = parse(DiagramSvg.render(ADMISSION, atVote, "x"));
    assertThat(element(svg, "Flow_EligibleToRecordBranchVote").getAttribute("class"))
        .contains("is-passed");
    assertThat(element(svg, "Flow_EligibleToCompileDossier").getAttribute("class"))
        .contains("is-ahead");
    Document guessed =
        parse(
            DiagramSvg.render(
                ADMISSION, new DiagramSvg.Progress(atVote.active(), atVote.passed()), "x"));
    assertThat(element(guessed, "Flow_EligibleToCompileDossier").getAttribute("class"))
        .contains("is-passed");
  }

  @Test
  void wrapsNamesInsideTheirBoxAndKeepsEveryWord() throws Exception {
    Document svg = parse(DiagramSvg.render(ADMISSION, DiagramSvg.Progress.NONE, "x"));
    Element vote = element(svg, "UserTask_RecordBranchVote");
    NodeList lines = vote.getElementsByTagName("tspan");
    assertThat(lines.getLength()).isGreaterThan(2);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.getLength(); i++) {
      texts.add(lines.item(i).getTextContent());
      assertThat(lines.item(i).getTextContent().length() * DiagramSvg.CHAR_WIDTH)
          .isLessThanOrEqualTo(100 - 10);
    }
    assertThat(String.join(" ", texts)).isEqualTo("Ghi kết quả biểu quyết kết nạp của chi bộ");
    // a gateway's question is written under it, in its label's bounds
    assertThat(element(svg, "ExclusiveGateway_Eligible").getTextContent())
        .startsWith("Đủ điều kiện kết nạp? – chưa tới")
        .contains("nạp?");
    // the answers of a gateway are written on its flows
    // wrapped to the short flow's length rather than running into the next task
    List<String> answer = tspans(element(svg, "Flow_EligibleToRecordBranchVote-label"));
    assertThat(String.join(" ", answer)).isEqualTo("Đủ điều kiện");
    assertThat(answer).hasSizeGreaterThan(1);
    // drawn after every shape, so no box covers it
    assertThat(out(svg).lastIndexOf("Flow_EligibleToRecordBranchVote-label"))
        .isGreaterThan(out(svg).lastIndexOf("bpmn-shape"));
  }

  @Test
  void wrapShortensWhatDoesNotFitAndGivesALongWordALineOfItsOwn() {
    assertThat(DiagramSvg.wrap("một hai ba bốn năm sáu bảy tám chín mười", 6.2 * 8, 2))
        .containsExactly("một hai", "ba bốn…");
    assertThat(DiagramSvg.wrap("Kiểm tra điều_kiện_rất_dài_không_ngắt", 6.2 * 10, 5))
        .containsExactly("Kiểm tra", "điều_kiện_rất_dài_không_ngắt");
    assertThat(DiagramSvg.wrap("  ", 100, 3)).isEmpty();
  }

  @Test
  void escapesNamesSoAModelCannotInjectMarkup() throws Exception {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("P")
            .startEvent("StartEvent_A")
            .name("A & <b>\"B\"</b>")
            .userTask("UserTask_B")
            .name("<script>alert(1)</script>")
            .endEvent("EndEvent_C")
            .done();
    String out = DiagramSvg.render(model, DiagramSvg.Progress.NONE, "P & Q");
    assertThat(out).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "P &amp; Q");
    Document svg = parse(out);
    assertThat(element(svg, "UserTask_B").getTextContent()).contains("<script>alert(1)</script>");
  }

  // ------------------------------------------------------------------

  private static String out(Document svg) throws Exception {
    var writer = new java.io.StringWriter();
    javax.xml.transform.TransformerFactory.newInstance()
        .newTransformer()
        .transform(
            new javax.xml.transform.dom.DOMSource(svg),
            new javax.xml.transform.stream.StreamResult(writer));
    return writer.toString();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> groups(Document svg, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = svg.getElementsByTagName("g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(g);
      }
    }
    return found;
  }

  private static Element element(Document svg, String id) {
    NodeList all = svg.getElementsByTagName("g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (id.equals(g.getAttribute("data-element-id"))) {
        return g;
      }
    }
    throw new AssertionError("no element " + id);
  }

  private static Element first(Element parent, String tag) {
    return (Element) parent.getElementsByTagName(tag).item(0);
  }

  private static Element bodyOf(Element shape) {
    for (String tag : List.of("rect", "circle", "polygon")) {
      NodeList found = shape.getElementsByTagName(tag);
      for (int i = 0; i < found.getLength(); i++) {
        Element e = (Element) found.item(i);
        if (e.getAttribute("class").contains("bpmn-body")) {
          return e;
        }
      }
    }
    throw new AssertionError("no body in " + shape.getAttribute("data-element-id"));
  }

  private static List<String> tspans(Element group) {
    List<String> texts = new ArrayList<>();
    NodeList found = group.getElementsByTagName("tspan");
    for (int i = 0; i < found.getLength(); i++) {
      texts.add(found.item(i).getTextContent());
    }
    return texts;
  }

  private static List<String> circles(Element shape) {
    List<String> classes = new ArrayList<>();
    NodeList found = shape.getElementsByTagName("circle");
    for (int i = 0; i < found.getLength(); i++) {
      classes.add(((Element) found.item(i)).getAttribute("class"));
    }
    return classes;
  }
}
