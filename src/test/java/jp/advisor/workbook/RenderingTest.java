package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingTest {

    @Test
    void aWorkbookWithJapaneseTextDrawsAPageThatIsNotBlank(@TempDir Path dir) {
        Rendering.assumeAvailable();

        BufferedImage page = Rendering.firstPage(GuardSamples.xlsx("めざす成果および戦略　大正区　平成28年度"), dir);

        assertThat(page.getWidth()).as("an A4 page at 50 dpi").isBetween(350, 700);
        assertThat(Rendering.isBlank(page)).as("the text shows on the page").isFalse();
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
