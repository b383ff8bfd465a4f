package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

class RenderingTest {

    @Test
    void aWorkbookWithJapaneseTextDrawsAPageThatIsNotBlank(@TempDir Path dir) {
        Rendering.assumeAvailable();

        BufferedImage page = Rendering.firstPage(GuardSamples.xlsx("めざす成果および戦略　大正区　平成28年度"), dir);

        assertThat(page.getWidth()).as("an A4 page at 50 dpi").isBetween(350, 700);
        assertThat(Rendering.isBlank(page)).as("the text shows on the page").isFalse();
    }

    /**
     * A long text ends in a word of its own on the text's last printed line; pdftotext leaves out what a cell's edge
     * cuts off, so the word is read only when the row is tall enough. One text is in a cell of its own row, the other
     * in a strategy's cell merged over its two outcomes' rows.
     */
    @Test
    void aFilledWorkbookPrintsItsLongTextsToTheirLastWord(@TempDir Path dir) throws Exception {
        Rendering.assumeAvailable();
        String text = "地域活動協議会を核とした自律した地域運営の支援として、様々な活動主体が協働し、その話し合いのもと"
                + "合意を形成し自律的に運営されていると感じている区民の割合を高める。";
        ObjectNode json = (ObjectNode) JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("fixtures/submissions/taisho-ward-fy2016.json")));
        ((ObjectNode) json.path("strategies").path(0).path("outcomes").path(0)).put("label", text + " ZQLABELEND");
        ((ObjectNode) json.path("strategies").path(1)).put("strategy", text.repeat(4) + " ZQMERGEDEND");
        Submission submission = new SubmissionReader().read(json.toString().getBytes(StandardCharsets.UTF_8),
                "long-texts.json");

        String page = Rendering.firstPageText(WorkbookWriter.write(submission), dir);

        assertThat(page).contains("ZQLABELEND", "ZQMERGEDEND");
    }

    @Test
    void aWhitePageIsBlankAndAFewWordsAreNot() {
        BufferedImage page = new BufferedImage(413, 585, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(new Color(230, 230, 230)); // a grid line's grey is not ink
        g.drawLine(0, 100, page.getWidth(), 100);
        assertThat(Rendering.isBlank(page)).isTrue();

        g.setColor(Color.BLACK);
        g.drawString("Taisho ward FY2016", 20, 40);
        g.dispose();
        assertThat(Rendering.isBlank(page)).isFalse();
    }
}
