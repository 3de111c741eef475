package vn.chibo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The same document as a Word file to edit: the XHTML a template printed, written as Word
 * paragraphs and tables in Times New Roman 14, on A4 with the guideline's margins. It understands
 * the classes of the shipped style sheet (letterhead, title, grid and signature tables); anything
 * else becomes a plain paragraph with its text.
 */
final class DocxWriter {

  private static final String FONT = "Times New Roman";
  private static final Set<String> BOLD =
      Set.of("body-name", "party-title", "title", "summary", "capacity", "position", "signer");
  private static final Set<String> CENTERED =
      Set.of("title", "summary", "version-note", "form-name", "star");
  private static final int TWIPS_PER_MM = 57;

  private DocxWriter() {}

  static byte[] fromXhtml(String xhtml) {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      Element body = (Element) parse(xhtml).getElementsByTagName("body").item(0);
      blocks(doc, body);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.w3c.dom.Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Văn bản không đọc được để chuyển sang Word", e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
    size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
    margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
  }

  /** The block children of an element, in order. */
  private static void blocks(XWPFDocument doc, Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      String tag = e.getTagName();
      String cls = e.getAttribute("class");
      switch (tag) {
        case "table" -> {
          if (cls.contains("grid")) {
            grid(doc, e);
          } else {
            layoutTable(doc, e);
          }
        }
        case "p", "h1", "h2", "h3" -> paragraph(doc.createParagraph(), e, tag, cls);
        case "style", "script", "head", "title" -> {}
        default -> {
          if (cls.contains("rule") || e.getTextContent().isBlank() && !hasElements(e)) {
            continue;
          }
          if (hasBlockChildren(e)) {
            blocks(doc, e);
          } else {
            paragraph(doc.createParagraph(), e, tag, cls);
          }
        }
      }
    }
  }

  private static void paragraph(XWPFParagraph p, Element e, String tag, String cls) {
    boolean heading = tag.startsWith("h");
    boolean plain = cls.contains("plain") || heading || !"p".equals(tag);
    if (CENTERED.stream().anyMatch(cls::contains)) {
      p.setAlignment(ParagraphAlignment.CENTER);
    } else if (cls.contains("form-name")) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    } else {
      p.setAlignment(ParagraphAlignment.BOTH);
      if (!plain) {
        p.setIndentationFirstLine(10 * TWIPS_PER_MM);
      }
    }
    p.setSpacingAfter(heading ? 80 : 60);
    boolean bold = heading || BOLD.stream().anyMatch(cls::contains);
    boolean italic = "h3".equals(tag) || cls.contains("place-date") || cls.contains("version-note");
    int size =
        cls.contains("title") && !cls.contains("party")
            ? 16
            : cls.contains("party-title") ? 15 : 14;
    runs(p, e, bold, italic, size);
  }

  private static void runs(XWPFParagraph p, Node node, boolean bold, boolean italic, int size) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String t = child.getTagName();
        runs(
            p,
            child,
            bold || "b".equals(t) || "strong".equals(t),
            italic || "i".equals(t) || "em".equals(t),
            size);
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        String text = n.getNodeValue().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
          continue;
        }
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
      }
    }
  }

  /** The letterhead and the signature table: side by side, no borders, each line centred. */
  private static void layoutTable(XWPFDocument doc, Element table) {
    List<Element> cells = descendants(table, "td");
    if (cells.isEmpty()) {
      return;
    }
    XWPFTable t = doc.createTable(1, cells.size());
    t.removeBorders();
    t.setTableAlignment(TableRowAlign.CENTER);
    t.setWidth("100%");
    XWPFTableRow row = t.getRow(0);
    for (int i = 0; i < cells.size(); i++) {
      Element td = cells.get(i);
      XWPFTableCell cell = row.getCell(i);
      boolean left = td.getAttribute("class").contains("recipients");
      boolean first = true;
      for (Element line : children(td)) {
        if (line.getAttribute("class").contains("rule")) {
          continue;
        }
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        first = false;
        p.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        String cls = line.getAttribute("class");
        if (cls.contains("signer")) {
          p.setSpacingBefore(1200);
        }
        boolean bold = BOLD.stream().anyMatch(cls::contains) || cls.contains("recipients-head");
        boolean italic = cls.contains("place-date") || cls.contains("recipients-head");
        int size = cls.contains("party-title") ? 15 : left && !cls.contains("head") ? 12 : 14;
        runs(p, line, bold, italic, size);
        if (cls.contains("recipients-head")) {
          p.getRuns()
              .forEach(r -> r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE));
        }
      }
    }
  }

  /** A table with borders: the first row bold. */
  private static void grid(XWPFDocument doc, Element table) {
    List<Element> rows = descendants(table, "tr");
    if (rows.isEmpty()) {
      return;
    }
    int columns = children(rows.get(0)).size();
    XWPFTable t = doc.createTable(rows.size(), columns);
    t.setWidth("100%");
    for (int r = 0; r < rows.size(); r++) {
      List<Element> cells = children(rows.get(r));
      for (int c = 0; c < columns && c < cells.size(); c++) {
        XWPFParagraph p = t.getRow(r).getCell(c).getParagraphs().get(0);
        Element cell = cells.get(c);
        if ("th".equals(cell.getTagName()) || cell.getAttribute("class").contains("num")) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        runs(p, cell, "th".equals(cell.getTagName()), false, 13);
      }
    }
    doc.createParagraph();
  }

  private static boolean hasElements(Element e) {
    return !children(e).isEmpty();
  }

  private static boolean hasBlockChildren(Element e) {
    return children(e).stream()
        .anyMatch(c -> Set.of("p", "div", "table", "h2", "h3", "section").contains(c.getTagName()));
  }

  private static List<Element> children(Element e) {
    List<Element> list = new java.util.ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        list.add(c);
      }
    }
    return list;
  }

  private static List<Element> descendants(Element e, String tag) {
    List<Element> list = new java.util.ArrayList<>();
    var nodes = e.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
