package vn.chibo.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Lays a document out from its template and prints it to PDF with its fonts embedded.
 *
 * <p>Templates are XHTML files with Thymeleaf attributes under {@code documents/}: those in the
 * folder {@code chibo.documents.template-dir} (when set) take precedence over the ones shipped with
 * the application, file by file, and are read again on every render so that an edit shows on the
 * next download. The style sheet {@code document.css} is looked up the same way. The shipped font
 * is DejaVu Serif Condensed, which covers every Vietnamese letter and sets about as wide as Times
 * New Roman; TrueType fonts in {@code chibo.documents.font-dir} (Times New Roman, say) are added
 * under their own family names.
 */
@Component
public class DocumentRenderer {

  private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);
  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
  static final String SHIPPED_FAMILY = "DejaVu Serif";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final Path templateDir;
  private final List<LocalFont> localFonts;

  DocumentRenderer(DocumentProperties properties) {
    this.templateDir = properties.templateDir();
    if (templateDir != null) {
      FileTemplateResolver files = new FileTemplateResolver();
      files.setPrefix(templateDir.toAbsolutePath() + "/");
      files.setSuffix(".html");
      files.setTemplateMode(TemplateMode.XML);
      files.setCharacterEncoding(StandardCharsets.UTF_8.name());
      files.setCheckExistence(true);
      files.setCacheable(false);
      files.setOrder(1);
      engine.addTemplateResolver(files);
      log.info("Document templates in {} take precedence over the shipped ones", templateDir);
    }
    ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
    shipped.setPrefix("documents/");
    shipped.setSuffix(".html");
    shipped.setTemplateMode(TemplateMode.XML);
    shipped.setCharacterEncoding(StandardCharsets.UTF_8.name());
    shipped.setCheckExistence(true);
    shipped.setOrder(2);
    engine.addTemplateResolver(shipped);
    this.localFonts = localFonts(properties.fontDir());
  }

  /** The XHTML of a document, before printing; what the template made of the model. */
  public String xhtml(String template, Map<String, Object> model) {
    Context context = new Context();
    context.setVariables(model);
    context.setVariable("css", css());
    return engine.process(template, context);
  }

  /**
   * Put before a template's own styles: a template that names no font, or only the generic "serif",
   * still prints every Vietnamese letter.
   */
  private static final String BASE_STYLE =
      "<style>body { font-family: \"" + SHIPPED_FAMILY + "\", serif; }</style>";

  /** The document printed to PDF (A4, fonts embedded as subsets). */
  public byte[] pdf(String template, Map<String, Object> model, String title) {
    String xhtml = withBaseStyle(xhtml(template, model));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, "classpath:/documents/");
      for (String[] face :
          List.of(
              new String[] {"DejaVuSerifCondensed.ttf", "400", "NORMAL"},
              new String[] {"DejaVuSerifCondensed-Bold.ttf", "700", "NORMAL"},
              new String[] {"DejaVuSerifCondensed-Italic.ttf", "400", "ITALIC"},
              new String[] {"DejaVuSerifCondensed-BoldItalic.ttf", "700", "ITALIC"})) {
        for (String family : new String[] {SHIPPED_FAMILY, "serif"}) {
          builder.useFont(
              () -> shippedFont(face[0]),
              family,
              Integer.parseInt(face[1]),
              FontStyle.valueOf(face[2]),
              true);
        }
      }
      for (LocalFont f : localFonts) {
        builder.useFont(f.file().toFile(), f.family(), f.weight(), f.style(), true);
      }
      builder.withProducer("Chi bộ số");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Không in được văn bản " + title, e);
    }
    return out.toByteArray();
  }

  static String withBaseStyle(String xhtml) {
    int head = xhtml.indexOf("<head>");
    if (head < 0) {
      return xhtml;
    }
    int at = head + "<head>".length();
    return xhtml.substring(0, at) + BASE_STYLE + xhtml.substring(at);
  }

  private static InputStream shippedFont(String file) {
    InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("Thiếu phông chữ " + file + " trong ứng dụng");
    }
    return in;
  }

  private String css() {
    try {
      if (templateDir != null) {
        Path local = templateDir.resolve("document.css");
        if (Files.isRegularFile(local)) {
          return Files.readString(local, StandardCharsets.UTF_8);
        }
      }
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("documents/document.css")) {
        if (in == null) {
          throw new IllegalStateException("Thiếu documents/document.css trong ứng dụng");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record LocalFont(Path file, String family, int weight, FontStyle style) {}

  /** The TrueType fonts of a folder, each under the family, weight and style it declares. */
  static List<LocalFont> localFonts(Path dir) {
    List<LocalFont> fonts = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return fonts;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".ttf")).toList()) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
          OS2WindowsMetricsTable os2 = font.getOS2Windows();
          String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
          if (family == null || os2 == null) {
            continue;
          }
          boolean italic = (os2.getFsSelection() & 1) != 0;
          fonts.add(
              new LocalFont(
                  file,
                  family,
                  os2.getWeightClass(),
                  italic ? FontStyle.ITALIC : FontStyle.NORMAL));
        } catch (IOException e) {
          log.warn("Phông chữ {} không đọc được, bỏ qua: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fonts.forEach(f -> log.info("Document font {} {} from {}", f.family(), f.weight(), f.file()));
    return fonts;
  }
}
