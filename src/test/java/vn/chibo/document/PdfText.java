package vn.chibo.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says and how its first page looks, read back with PDFBox. */
final class PdfText {

  private PdfText() {}

  /** The text of every page, with runs of white space made one space. */
  static String of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether every font on the first page is embedded in the file. */
  static boolean fontsEmbedded(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      boolean any = false;
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        any = true;
        if (!font.isEmbedded()) {
          return false;
        }
      }
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first page at 100 dpi, also written to target/documents/{name}.png for a look. */
  static BufferedImage firstPage(byte[] pdf, String name) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
      Path dir = Path.of("target", "documents");
      Files.createDirectories(dir);
      ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The share of dark pixels in a rectangle given in fractions of the page. */
  static double ink(BufferedImage page, double x0, double y0, double x1, double y1) {
    int dark = 0;
    int all = 0;
    for (int y = (int) (y0 * page.getHeight()); y < (int) (y1 * page.getHeight()); y++) {
      for (int x = (int) (x0 * page.getWidth()); x < (int) (x1 * page.getWidth()); x++) {
        int rgb = page.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
        all++;
      }
    }
    return all == 0 ? 0 : (double) dark / all;
  }
}
