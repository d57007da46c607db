package org.lifecircle.engine.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress: a bar redrawn in place on a terminal, plain lines elsewhere, nothing but warnings when quiet. */
class ProgressTest {

    @Test
    void aTerminalGetsABarRedrawnInPlace() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, false);
        Progress.Step step = progress.start("snapping", 4);
        step.advance(1);
        step.advance(1);
        step.advance(2);
        step.done("4 points");
        String shown = text.toString();
        assertThat(shown).contains("\rsnapping [#######-----------------------]  25% 1/4")
                .contains("\rsnapping [###############---------------]  50% 2/4")
                .contains("\rsnapping [##############################] 100% 4/4")
                .contains("\rsnapping: 4 points (")
                .endsWith("\n");
    }

    @Test
    void elsewhereOneLineAtTheStartAndOneAtTheEnd() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, false);
        Progress.Step step = progress.start("snapping", 4);
        step.advance(4);
        step.done("4 points");
        assertThat(text.toString()).doesNotContain("\r").matches("snapping …\\Rsnapping: 4 points \\(\\d+\\.\\d s\\)\\R");
    }

    @Test
    void quietShowsOnlyWarnings() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, true);
        Progress.Step step = progress.start("snapping", 4);
        step.advance(4);
        step.done("4 points");
        progress.info("wrote x");
        progress.warn("warning: far away");
        assertThat(text.toString()).isEqualTo("warning: far away" + System.lineSeparator());
    }

    @Test
    void aWarningDuringABarStartsOnItsOwnLine() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, false);
        progress.start("isochrones", 2).advance(1);
        progress.warn("warning: x");
        assertThat(text.toString()).endsWith("1/2" + System.lineSeparator() + "warning: x" + System.lineSeparator());
    }
}
