package vn.chibo.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A deployed model's diagram as inline SVG, with where a case stands on it: the activities it waits
 * at highlighted, the ones it went through shaded. Drawn from the model's own layout (BPMN DI), so
 * the page shows what the modeler drew, without a script or an image service in the browser.
 *
 * <p>Only what our models use is drawn with its own symbol — tasks, events (start, end, terminate,
 * timer boundary), exclusive and parallel gateways, sequence flows; anything else with a shape is
 * drawn as a plain box, so a new element type shows up rather than disappearing. Colours come from
 * the page's stylesheet (the content security policy allows no inline styles); every shape carries
 * its name and state in a {@code <title>}, so the state is never told by colour alone.
 */
public final class DiagramSvg {

  /** Average advance of a character at the diagram's font size, for wrapping names. */
  static final double CHAR_WIDTH = 6.2;

  static final int LINE_HEIGHT = 13;

  /** Flow names are written smaller than shape names. */
  static final double FLOW_CHAR_WIDTH = 5.6;

  static final int FLOW_LINE_HEIGHT = 11;
  static final int MARGIN = 12;

  private DiagramSvg() {}

  /**
   * Where a case stands: the activities it waits at, those it went through, and the flows it took
   * when known (null: a flow counts as taken when both of its ends were reached, which a loop back
   * to an earlier step gets wrong).
   */
  public record Progress(Set<String> active, Set<String> passed, Set<String> takenFlows) {

    public static final Progress NONE = new Progress(Set.of(), Set.of());

    public Progress {
      active = Set.copyOf(active);
      passed = Set.copyOf(passed);
      takenFlows = takenFlows == null ? null : Set.copyOf(takenFlows);
    }

    public Progress(Set<String> active, Set<String> passed) {
      this(active, passed, null);
    }

    String stateOf(String id) {
      if (active.contains(id)) {
        return "is-active";
      }
      return passed.contains(id) ? "is-passed" : "is-ahead";
    }
  }

  /**
   * Where an instance stands, from its history: the activities it waits at, those it went through
   * and the flows it followed. The history records no flows: one was followed when its target
   * started as or after its source ended, which tells a loop back from the way forward.
   */
  public static Progress progressOf(
      BpmnModelInstance model, java.util.Collection<HistoricActivityInstance> history) {
    java.util.Set<String> active = new java.util.HashSet<>();
    java.util.Set<String> passed = new java.util.HashSet<>();
    java.util.Map<String, java.util.List<HistoricActivityInstance>> byActivity =
        new java.util.HashMap<>();
    for (HistoricActivityInstance a : history) {
      // a multi-instance activity is also recorded as its body, under a suffixed id
      String id = a.getActivityId().replace("#multiInstanceBody", "");
      byActivity.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(a);
      if (a.getEndTime() == null) {
        active.add(id);
      } else {
        passed.add(id);
      }
    }
    // an activity waited at again (a loop back) is active, not passed
    passed.removeAll(active);
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (org.camunda.bpm.model.bpmn.instance.SequenceFlow flow :
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)) {
      var sources = byActivity.getOrDefault(flow.getSource().getId(), java.util.List.of());
      var targets = byActivity.getOrDefault(flow.getTarget().getId(), java.util.List.of());
      boolean followed =
          sources.stream()
              .filter(x -> x.getEndTime() != null)
              .anyMatch(
                  x -> targets.stream().anyMatch(t -> !t.getStartTime().before(x.getEndTime())));
      if (followed) {
        taken.add(flow.getId());
      }
    }
    return new Progress(active, passed, taken);
  }

  /**
   * The diagram of the model's first plane.
   *
   * @param title what the picture is of, read out by screen readers
   */
  public static String render(BpmnModelInstance model, Progress progress, String title) {
    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    Box view = extent(shapes, edges);
    StringBuilder svg = new StringBuilder(32_768);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn\" role=\"img\"")
        .append(" viewBox=\"")
        .append(n(view.x))
        .append(' ')
        .append(n(view.y))
        .append(' ')
        .append(n(view.w))
        .append(' ')
        .append(n(view.h))
        .append("\" width=\"")
        .append(n(view.w))
        .append("\" height=\"")
        .append(n(view.h))
        .append("\">")
        .append("<title>")
        .append(escape(title))
        .append("</title>")
        .append("<defs>")
        .append(marker("bpmn-arrow", "bpmn-arrowhead"))
        .append(marker("bpmn-arrow-passed", "bpmn-arrowhead is-passed"))
        .append("</defs>");
    // Flow labels go over the shapes, so that one longer than its flow stays readable.
    StringBuilder labels = new StringBuilder();
    for (BpmnEdge edge : edges) {
      edge(svg, labels, edge, progress);
    }
    // Boundary events sit on their activity's border: drawn last, over it.
    List<BpmnShape> boundary = new ArrayList<>();
    for (BpmnShape shape : shapes) {
      if (shape.getBpmnElement() instanceof BoundaryEvent) {
        boundary.add(shape);
      } else {
        shape(svg, shape, progress);
      }
    }
    for (BpmnShape shape : boundary) {
      shape(svg, shape, progress);
    }
    return svg.append(labels).append("</svg>").toString();
  }

  /**
   * The centre of the first active shape from the diagram's top left corner, for scrolling a
   * diagram larger than the screen to it; null when nothing is active.
   */
  public static Focus focus(BpmnModelInstance model, Progress progress) {
    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Box view = extent(shapes, model.getModelElementsByType(BpmnEdge.class));
    for (BpmnShape shape : shapes) {
      BaseElement e = shape.getBpmnElement();
      if (e != null && progress.active().contains(e.getId())) {
        Bounds b = shape.getBounds();
        return new Focus(
            (int) Math.round(b.getX() + b.getWidth() / 2 - view.x),
            (int) Math.round(b.getY() + b.getHeight() / 2 - view.y));
      }
    }
    return null;
  }

  /** A point of the drawn diagram, in its pixels. */
  public record Focus(int x, int y) {}

  private static String marker(String id, String cssClass) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\""
        + " markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path class=\""
        + cssClass
        + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
  }

  private static void edge(
      StringBuilder svg, StringBuilder labels, BpmnEdge edge, Progress progress) {
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    if (points.size() < 2) {
      return;
    }
    BaseElement element = edge.getBpmnElement();
    String state = "is-ahead";
    String name = null;
    if (element instanceof SequenceFlow flow) {
      if (progress.takenFlows() != null) {
        state = progress.takenFlows().contains(flow.getId()) ? "is-passed" : "is-ahead";
      } else {
        String source = flow.getSource().getId();
        String target = flow.getTarget().getId();
        boolean reached = progress.passed().contains(target) || progress.active().contains(target);
        if (progress.passed().contains(source) && reached) {
          state = "is-passed";
        }
      }
      name = flow.getName();
    }
    svg.append("<g class=\"bpmn-edge ")
        .append(state)
        .append("\" data-element-id=\"")
        .append(escape(element == null ? "" : element.getId()))
        .append("\"><polyline points=\"");
    for (int i = 0; i < points.size(); i++) {
      if (i > 0) {
        svg.append(' ');
      }
      svg.append(n(points.get(i).getX())).append(',').append(n(points.get(i).getY()));
    }
    svg.append("\" marker-end=\"url(#")
        .append("is-passed".equals(state) ? "bpmn-arrow-passed" : "bpmn-arrow")
        .append(")\"/>");
    svg.append("</g>");
    if (name != null && !name.isBlank()) {
      labels
          .append("<g class=\"bpmn-edge-label ")
          .append(state)
          .append("\" data-element-id=\"")
          .append(escape(element.getId()))
          .append("-label\">");
      Box label = labelBox(edge.getBpmnLabel());
      if (label != null) {
        text(
            labels,
            name,
            label.x + label.w / 2,
            label.y + LINE_HEIGHT - 2,
            label.w,
            3,
            "bpmn-label");
      } else {
        flowLabel(labels, name, points.get(0), points.get(1));
      }
      labels.append("</g>");
    }
  }

  /**
   * A flow's name without a place in the layout: on its first segment, where a gateway's answers
   * are read. Beside a vertical segment, below the label its gateway has underneath; above a
   * horizontal one, wrapped to its length so it does not run into the next shape.
   */
  private static void flowLabel(StringBuilder labels, String name, Waypoint a, Waypoint b) {
    boolean vertical = Math.abs(b.getX() - a.getX()) < Math.abs(b.getY() - a.getY());
    List<String> lines;
    double x;
    double firstBaseline;
    if (vertical) {
      double length = Math.abs(b.getY() - a.getY());
      double along = Math.min(56, Math.max(12, length - 6));
      lines = wrap(name, 90, 3, FLOW_CHAR_WIDTH);
      x = a.getX() + 5;
      firstBaseline = a.getY() + Math.signum(b.getY() - a.getY()) * along + 4;
    } else {
      double length = Math.abs(b.getX() - a.getX());
      lines = wrap(name, Math.max(40, length - 6), 3, FLOW_CHAR_WIDTH);
      x = Math.min(a.getX(), b.getX()) + 3;
      firstBaseline = a.getY() - 4 - (lines.size() - 1) * FLOW_LINE_HEIGHT;
    }
    labels.append("<text class=\"bpmn-label bpmn-flow-label\">");
    for (int i = 0; i < lines.size(); i++) {
      labels
          .append("<tspan x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(firstBaseline + i * FLOW_LINE_HEIGHT))
          .append("\">")
          .append(escape(lines.get(i)))
          .append("</tspan>");
    }
    labels.append("</text>");
  }

  private static void shape(StringBuilder svg, BpmnShape shape, Progress progress) {
    BaseElement element = shape.getBpmnElement();
    Bounds b = shape.getBounds();
    if (element == null || b == null) {
      return;
    }
    if (!(element instanceof FlowNode)) {
      return; // lanes, pools, annotations: our models have none worth drawing
    }
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    String id = element.getId();
    String state = progress.stateOf(id);
    String name = element instanceof FlowElement f && f.getName() != null ? f.getName() : "";
    String kind = kind(element);
    svg.append("<g class=\"bpmn-shape bpmn-")
        .append(kind)
        .append(element instanceof EndEvent ? " bpmn-end " : " ")
        .append(state)
        .append("\" data-element-id=\"")
        .append(escape(id))
        .append("\"><title>")
        .append(escape(name.isBlank() ? id : name))
        .append(" – ")
        .append(stateText(state))
        .append("</title>");
    switch (kind) {
      case "event" -> {
        double cx = x + w / 2;
        double cy = y + h / 2;
        double r = Math.min(w, h) / 2;
        svg.append(circle(cx, cy, r, "bpmn-body"));
        if (element instanceof BoundaryEvent || isIntermediate(element)) {
          svg.append(circle(cx, cy, r - 3, "bpmn-inner"));
        }
        if (hasDefinition(element, TimerEventDefinition.class)) {
          clock(svg, cx, cy, r - 7);
        }
        if (hasDefinition(element, TerminateEventDefinition.class)) {
          svg.append(circle(cx, cy, r - 6, "bpmn-terminate"));
        }
        outsideLabel(svg, shape, name, x, y, w, h);
      }
      case "gateway" -> {
        double cx = x + w / 2;
        double cy = y + h / 2;
        svg.append("<polygon class=\"bpmn-body\" points=\"")
            .append(n(cx))
            .append(',')
            .append(n(y))
            .append(' ')
            .append(n(x + w))
            .append(',')
            .append(n(cy))
            .append(' ')
            .append(n(cx))
            .append(',')
            .append(n(y + h))
            .append(' ')
            .append(n(x))
            .append(',')
            .append(n(cy))
            .append("\"/>");
        double m = w / 4;
        if (element instanceof ExclusiveGateway) {
          svg.append(line(cx - m / 1.4, cy - m / 1.4, cx + m / 1.4, cy + m / 1.4))
              .append(line(cx - m / 1.4, cy + m / 1.4, cx + m / 1.4, cy - m / 1.4));
        } else if (element instanceof ParallelGateway) {
          svg.append(line(cx, cy - m, cx, cy + m)).append(line(cx - m, cy, cx + m, cy));
        }
        outsideLabel(svg, shape, name, x, y, w, h);
      }
      default -> {
        svg.append("<rect class=\"bpmn-body\" x=\"")
            .append(n(x))
            .append("\" y=\"")
            .append(n(y))
            .append("\" width=\"")
            .append(n(w))
            .append("\" height=\"")
            .append(n(h))
            .append("\" rx=\"10\" ry=\"10\"/>");
        taskMarker(svg, element, x, y, w, h);
        List<String> lines = wrap(name, w - 10, (int) ((h - 8) / LINE_HEIGHT));
        double top = y + (h - lines.size() * LINE_HEIGHT) / 2 + LINE_HEIGHT - 3;
        lines(svg, lines, x + w / 2, top, "bpmn-name");
      }
    }
    svg.append("</g>");
  }

  private static String kind(BaseElement element) {
    if (element instanceof Event) {
      return "event";
    }
    if (element instanceof Gateway) {
      return "gateway";
    }
    return "task";
  }

  private static String stateText(String state) {
    return switch (state) {
      case "is-active" -> "đang thực hiện";
      case "is-passed" -> "đã qua";
      default -> "chưa tới";
    };
  }

  private static boolean isIntermediate(BaseElement element) {
    return element instanceof Event
        && !(element instanceof EndEvent)
        && !(element instanceof org.camunda.bpm.model.bpmn.instance.StartEvent)
        && (element instanceof ThrowEvent
            || element instanceof org.camunda.bpm.model.bpmn.instance.CatchEvent);
  }

  private static boolean hasDefinition(BaseElement element, Class<? extends EventDefinition> type) {
    Collection<EventDefinition> definitions = List.of();
    if (element instanceof org.camunda.bpm.model.bpmn.instance.CatchEvent c) {
      definitions = c.getEventDefinitions();
    } else if (element instanceof ThrowEvent t) {
      definitions = t.getEventDefinitions();
    }
    return definitions.stream().anyMatch(type::isInstance);
  }

  /** A user's head or a cog, small, in the top-left corner, as modelers mark task types. */
  private static void taskMarker(
      StringBuilder svg, BaseElement element, double x, double y, double w, double h) {
    if (element instanceof UserTask) {
      svg.append(circle(x + 11, y + 9, 3.2, "bpmn-marker"))
          .append("<path class=\"bpmn-marker\" d=\"M")
          .append(n(x + 5))
          .append(',')
          .append(n(y + 19))
          .append(" q0,-6 6,-6 q6,0 6,6 z\"/>");
    } else if (element instanceof ServiceTask) {
      svg.append(circle(x + 11, y + 12, 5, "bpmn-marker bpmn-cog"))
          .append(circle(x + 11, y + 12, 1.8, "bpmn-marker"));
    }
    if (element instanceof Activity a
        && a.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
      // three bars at the bottom: parallel (vertical) or sequential (horizontal) instances
      double cx = x + w / 2;
      double by = y + h - 14;
      for (int i = -1; i <= 1; i++) {
        if (mi.isSequential()) {
          svg.append(line(cx - 5, by + 4 + i * 4, cx + 5, by + 4 + i * 4));
        } else {
          svg.append(line(cx + i * 4, by, cx + i * 4, by + 10));
        }
      }
    }
  }

  private static void clock(StringBuilder svg, double cx, double cy, double r) {
    svg.append(circle(cx, cy, r, "bpmn-clock"))
        .append(line(cx, cy, cx, cy - r * 0.7))
        .append(line(cx, cy, cx + r * 0.5, cy));
  }

  private static void outsideLabel(
      StringBuilder svg, BpmnShape shape, String name, double x, double y, double w, double h) {
    if (name.isBlank()) {
      return;
    }
    Box label = labelBox(shape.getBpmnLabel());
    if (label == null) {
      label = new Box(x + w / 2 - 55, y + h + 4, 110, 40);
    }
    text(svg, name, label.x + label.w / 2, label.y + LINE_HEIGHT - 3, label.w, 4, "bpmn-label");
  }

  private static void text(
      StringBuilder svg,
      String name,
      double cx,
      double top,
      double width,
      int maxLines,
      String cssClass) {
    lines(svg, wrap(name, width, maxLines), cx, top, cssClass);
  }

  private static void lines(
      StringBuilder svg, List<String> lines, double cx, double firstBaseline, String cssClass) {
    if (lines.isEmpty()) {
      return;
    }
    svg.append("<text class=\"").append(cssClass).append("\" text-anchor=\"middle\">");
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<tspan x=\"")
          .append(n(cx))
          .append("\" y=\"")
          .append(n(firstBaseline + i * LINE_HEIGHT))
          .append("\">")
          .append(escape(lines.get(i)))
          .append("</tspan>");
    }
    svg.append("</text>");
  }

  /**
   * Greedy word wrap to a width; a word longer than a line gets a line of its own, and what does
   * not fit in {@code maxLines} ends the last line with an ellipsis.
   */
  static List<String> wrap(String text, double width, int maxLines) {
    return wrap(text, width, maxLines, CHAR_WIDTH);
  }

  static List<String> wrap(String text, double width, int maxLines, double charWidth) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank() || maxLines < 1) {
      return lines;
    }
    int perLine = Math.max(4, (int) Math.floor(width / charWidth));
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      String last = kept.get(maxLines - 1);
      kept.set(
          maxLines - 1,
          (last.length() >= perLine ? last.substring(0, Math.max(1, perLine - 1)) : last) + "…");
      return kept;
    }
    return lines;
  }

  private static String circle(double cx, double cy, double r, String cssClass) {
    return "<circle class=\""
        + cssClass
        + "\" cx=\""
        + n(cx)
        + "\" cy=\""
        + n(cy)
        + "\" r=\""
        + n(r)
        + "\"/>";
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line class=\"bpmn-stroke\" x1=\""
        + n(x1)
        + "\" y1=\""
        + n(y1)
        + "\" x2=\""
        + n(x2)
        + "\" y2=\""
        + n(y2)
        + "\"/>";
  }

  private static Box labelBox(BpmnLabel label) {
    if (label == null || label.getBounds() == null) {
      return null;
    }
    Bounds b = label.getBounds();
    return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
  }

  /** Everything drawn, labels included, with a margin. */
  private static Box extent(Collection<BpmnShape> shapes, Collection<BpmnEdge> edges) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (BpmnShape s : shapes) {
      List<Bounds> all = new ArrayList<>();
      if (s.getBounds() != null) {
        all.add(s.getBounds());
      }
      if (s.getBpmnLabel() != null && s.getBpmnLabel().getBounds() != null) {
        all.add(s.getBpmnLabel().getBounds());
      }
      for (Bounds b : all) {
        minX = Math.min(minX, b.getX());
        minY = Math.min(minY, b.getY());
        maxX = Math.max(maxX, b.getX() + b.getWidth());
        maxY = Math.max(maxY, b.getY() + b.getHeight());
      }
    }
    for (BpmnEdge e : edges) {
      for (Waypoint p : e.getWaypoints()) {
        minX = Math.min(minX, p.getX());
        minY = Math.min(minY, p.getY());
        maxX = Math.max(maxX, p.getX());
        maxY = Math.max(maxY, p.getY());
      }
    }
    if (minX > maxX) {
      return new Box(0, 0, 2 * MARGIN, 2 * MARGIN);
    }
    return new Box(
        minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
  }

  private record Box(double x, double y, double w, double h) {}

  private static String n(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
