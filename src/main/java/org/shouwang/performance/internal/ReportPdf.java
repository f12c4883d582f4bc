package org.shouwang.performance.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * The annual summary as a PDF (A4, OpenPDF): the Markdown of {@link AnnualReport} laid out as title, headings,
 * paragraphs and the appendix table, the dashboards' charts drawn as vector graphics, and on every page the period,
 * the page number and the provenance line. Chinese is set in the bundled Noto Sans SC subset (OFL, {@code fonts/}),
 * embedded as a subset, so the PDF renders on a machine without CJK fonts and its text can be extracted.
 */
final class ReportPdf {

	/** The bundled font (Noto Sans CJK SC Regular, subset to GB 2312 and the seed's characters; SIL OFL 1.1). */
	static final String FONT = "fonts/NotoSansSC-Shouwang.ttf";

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

	private static volatile byte[] fontBytes;

	private ReportPdf() {
	}

	/** A chart to embed under a heading of its own. */
	record Chart(String caption, JFreeChart chart) {
	}

	static byte[] render(AnnualReport.Document report, List<Chart> charts) {
		BaseFont base = baseFont();
		Font title = new Font(base, 18, Font.BOLD);
		Font heading = new Font(base, 13.5f, Font.BOLD);
		Font body = new Font(base, 11);
		Font small = new Font(base, 8.5f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 60, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		String period = report.year() + "年1月1日至12月31日";
		writer.setPageEvent(new Footer(new Font(base, 8), period));
		document.addTitle(report.title());
		document.addCreator("守望 Shouwang");
		document.open();
		List<String[]> table = new ArrayList<>();
		boolean chartsPlaced = false;
		for (String raw : report.markdown().split("\n")) {
			String line = LINK.matcher(raw).replaceAll("$1").replace("**", "").strip();
			if (line.startsWith("|")) {
				if (!line.matches("^\\|[-| ]+\\|$")) {
					table.add(cells(line));
				}
				continue;
			}
			if (!table.isEmpty()) {
				document.add(table(table, small, base));
				table.clear();
			}
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("## ")) {
				if (!chartsPlaced && line.startsWith("## 附录")) {
					addCharts(document, writer, charts, heading, body);
					chartsPlaced = true;
				}
				Paragraph p = new Paragraph(line.substring(3), heading);
				p.setSpacingBefore(12);
				p.setSpacingAfter(6);
				document.add(p);
			}
			else if (line.startsWith("# ")) {
				Paragraph p = new Paragraph(line.substring(2), title);
				p.setAlignment(Element.ALIGN_CENTER);
				p.setSpacingAfter(10);
				document.add(p);
			}
			else if (line.startsWith("> ")) {
				Paragraph p = new Paragraph(line.substring(2), small);
				p.setSpacingAfter(8);
				document.add(p);
			}
			else {
				Paragraph p = new Paragraph(line, body);
				p.setFirstLineIndent(22);
				p.setLeading(19);
				p.setSpacingAfter(6);
				p.setAlignment(Element.ALIGN_JUSTIFIED);
				document.add(p);
			}
		}
		if (!table.isEmpty()) {
			document.add(table(table, small, base));
		}
		if (!chartsPlaced) {
			addCharts(document, writer, charts, heading, body);
		}
		document.close();
		return out.toByteArray();
	}

	private static void addCharts(Document document, PdfWriter writer, List<Chart> charts, Font heading, Font body) {
		if (charts.isEmpty()) {
			return;
		}
		document.newPage();
		Paragraph h = new Paragraph("图表", heading);
		h.setSpacingAfter(6);
		document.add(h);
		float width = document.right() - document.left();
		float height = width * 0.5f;
		for (Chart c : charts) {
			PdfContentByte cb = writer.getDirectContent();
			PdfTemplate template = cb.createTemplate(width, height);
			Graphics2D g = template.createGraphics(width, height, mapper(heading.getBaseFont()));
			c.chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
			g.dispose();
			Image image = Image.getInstance(template);
			image.setAlignment(Element.ALIGN_CENTER);
			document.add(image);
			Paragraph caption = new Paragraph(c.caption(), body);
			caption.setAlignment(Element.ALIGN_CENTER);
			caption.setSpacingAfter(14);
			document.add(caption);
		}
		document.newPage();
	}

	private static String[] cells(String line) {
		String inner = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0));
		String[] parts = inner.split("\\|", -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].strip();
		}
		return parts;
	}

	private static PdfPTable table(List<String[]> rows, Font font, BaseFont base) {
		int columns = rows.get(0).length;
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		if (columns == 7) {
			table.setWidths(new float[] { 3.2f, 3.6f, 1.4f, 1.4f, 1.2f, 0.9f, 1.0f });
		}
		Font bold = new Font(base, font.getSize(), Font.BOLD);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns; c++) {
				String text = c < rows.get(r).length ? rows.get(r)[c] : "";
				PdfPCell cell = new PdfPCell(new Phrase(text, r == 0 ? bold : font));
				cell.setPadding(3);
				if (r == 0) {
					cell.setGrayFill(0.9f);
				}
				table.addCell(cell);
			}
		}
		table.setSpacingBefore(4);
		return table;
	}

	/** Every page: the period on the left, "第 N 页" on the right. */
	private static final class Footer extends PdfPageEventHelper {

		private final Font font;

		private final String period;

		Footer(Font font, String period) {
			this.font = font;
			this.period = period;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte cb = writer.getDirectContent();
			float y = document.bottom() - 24;
			ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("统计期间：" + period, font), document.left(), y, 0);
			ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
					new Phrase(new Chunk("第 " + writer.getPageNumber() + " 页", font)), document.right(), y, 0);
		}
	}

	/**
	 * Charts' text is set in the document's one instance of the bundled font, whatever AWT font the chart asks for
	 * (the 4 MB font is parsed once per document, and every glyph lands in one embedded subset).
	 */
	private static FontMapper mapper(BaseFont base) {
		return new FontMapper() {

			@Override
			public BaseFont awtToPdf(java.awt.Font font) {
				return base;
			}

			@Override
			public java.awt.Font pdfToAwt(BaseFont font, int size) {
				return awtFont().deriveFont((float) size);
			}
		};
	}

	static BaseFont baseFont() {
		try {
			return BaseFont.createFont("NotoSansSC-Shouwang.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(),
					null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bundled font as an AWT font, for the charts' layout. */
	static java.awt.Font awtFont() {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(font()));
		}
		catch (java.awt.FontFormatException | IOException ex) {
			throw new IllegalStateException("The bundled report font cannot be read", ex);
		}
	}

	private static byte[] font() {
		byte[] bytes = fontBytes;
		if (bytes == null) {
			try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + FONT);
				}
				bytes = in.readAllBytes();
				fontBytes = bytes;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return bytes;
	}
}
