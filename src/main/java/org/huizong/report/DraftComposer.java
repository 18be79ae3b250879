package org.huizong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.DocumentTables;
import org.huizong.form.write.OfficialDocument;
import org.huizong.form.write.OfficialDocument.Block;
import org.huizong.form.write.OfficialDocument.Heading;
import org.huizong.form.write.OfficialDocument.Paragraph;
import org.huizong.form.write.OfficialDocument.Style;

/**
 * Writes the draft of a body's annual report in the six sections of the national format: the factual sentences from the
 * same figures as its tables (so that the two never disagree), the tables in the form's official layout, and a marked
 * place for whatever the body must write itself. The words are {@link DraftText}'s; this class only decides which
 * sentence a figure calls for.
 */
final class DraftComposer {

    private final DraftText text;
    private final FormDescriptor form;
    private final DocumentTables tables = new DocumentTables();

    DraftComposer(DraftText text, FormDescriptor form) {
        this.text = text;
        this.form = form;
    }

    OfficialDocument compose(DraftSubject subject, int year) {
        Map<String, BigDecimal> figures = new HashMap<>(subject.monthly());
        figures.putAll(subject.figures());
        Map<String, String> words = new HashMap<>();
        words.put("year", String.valueOf(year));
        words.put("previous_year", String.valueOf(year - 1));
        words.put("body", subject.name());
        words.put("counted", String.valueOf(subject.counted()));
        words.put("active", String.valueOf(subject.active()));
        words.put("missing", String.valueOf(subject.active() - subject.counted()));
        words.put(
                "subject",
                text.fill("subject." + subject.kind().name().toLowerCase(java.util.Locale.ROOT), words, figures));
        Sentences s = new Sentences(words, figures);

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(s.of("draft-mark"), Style.SUBTITLE));
        blocks.add(new Paragraph(s.of("note"), Style.NOTE));
        if (subject.kind() != DraftSubject.Kind.UNIT) {
            blocks.add(new Paragraph(
                    s.of(subject.counted() < subject.active() ? "note.scope.missing" : "note.scope"), Style.NOTE));
        }
        blocks.add(new Paragraph(s.of("intro"), Style.BODY));
        blocks.add(new Paragraph(s.of("intro.contact"), Style.TO_FILL));

        blocks.add(new Heading(1, s.of("section.1")));
        blocks.add(new Paragraph(s.of("overview.work"), Style.TO_FILL));
        blocks.add(new Heading(2, s.of("proactive.heading")));
        blocks.add(new Paragraph(proactive(subject, s), Style.BODY));
        blocks.add(new Heading(2, s.of("applications.heading")));
        blocks.add(new Paragraph(applications(subject, s), Style.BODY));
        blocks.add(new Heading(2, s.of("reviews.heading")));
        blocks.add(new Paragraph(reviews(s), Style.BODY));
        blocks.add(new Heading(2, s.of("management.heading")));
        blocks.add(new Paragraph(s.of("management"), Style.TO_FILL));

        for (int section = 2; section <= 4; section++) {
            blocks.add(new Heading(1, s.of("section." + section)));
            blocks.add(new OfficialDocument.Table(tables.of(form, text.raw("table." + section), subject.figures())));
        }

        blocks.add(new Heading(1, s.of("section.5")));
        blocks.add(new Paragraph(s.of("problems"), Style.TO_FILL));
        blocks.add(new Heading(1, s.of("section.6")));
        blocks.add(new Paragraph(s.of("fees") + (s.zero("T3.R22.C7") ? "" : s.of("fees.unpaid")), Style.BODY));
        blocks.add(new Paragraph(s.of(s.zero("T2.G6.M5") ? "charges.none" : "charges"), Style.BODY));
        blocks.add(new Paragraph(s.of("other"), Style.TO_FILL));

        blocks.add(new Paragraph(subject.name(), Style.SIGNATURE));
        blocks.add(new Paragraph(s.of("signature.date"), Style.SIGNATURE));
        return new OfficialDocument(title(subject, s), blocks);
    }

    /** The title, on two lines after the body's name when it is longer than a line holds. */
    private String title(DraftSubject subject, Sentences s) {
        String title = s.of("title");
        int line = Integer.parseInt(text.raw("title.line"));
        return title.length() > line
                        && title.startsWith(subject.name())
                        && title.length() > subject.name().length()
                ? subject.name() + "\n" + title.substring(subject.name().length())
                : title;
    }

    /** 表一 over the year by channel, what the months cover, then 表二's documents, decisions and the consultations. */
    private String proactive(DraftSubject subject, Sentences s) {
        StringBuilder paragraph = new StringBuilder(s.of(s.zero("T1.A09.K1") ? "proactive.none" : "proactive"));
        if (!subject.monthsMissing().isEmpty()) {
            s.words.put("months", String.valueOf(subject.monthsAccepted()));
            s.words.put("months_missing", subject.monthsMissing());
            paragraph.append(s.of("proactive.months"));
        } else if (subject.unitsMissingMonths() > 0) {
            s.words.put("units", String.valueOf(subject.unitsMissingMonths()));
            paragraph.append(s.of("proactive.units"));
        }
        boolean noRegulations = s.zero("T2.G1.M1", "T2.G1.M2", "T2.G1.M3");
        paragraph.append(s.of(
                noRegulations && s.zero("T2.G2.M1", "T2.G2.M2", "T2.G2.M3")
                        ? "proactive.rules.none"
                        : noRegulations ? "proactive.rules.no-regulations" : "proactive.rules"));
        if (!s.zero("T2.G3.M4", "T2.G4.M4", "T2.G5.M4")) {
            paragraph.append(s.of("proactive.decisions"));
        }
        if (!s.zero("T1.B04.V")) {
            paragraph.append(s.of("proactive.consultations"));
        }
        return paragraph.toString();
    }

    /** The cases of administrative review, then of litigation, then how many ended corrected; or that there were none. */
    private String reviews(Sentences s) {
        if (s.zero("T4.RV.5", "T4.LD.5", "T4.LR.5")) {
            return s.of("reviews.none");
        }
        s.words.put("review", s.of(s.zero("T4.RV.5") ? "reviews.review.none" : "reviews.review"));
        s.words.put("lawsuit", s.of(s.zero("T4.LD.5", "T4.LR.5") ? "reviews.lawsuit.none" : "reviews.lawsuit"));
        return s.of("reviews")
                + s.of(s.zero("T4.RV.2", "T4.LD.2", "T4.LR.2") ? "reviews.corrected.none" : "reviews.corrected");
    }

    /** New applications with the change against the year before, then how those concluded ended and what is carried on. */
    private String applications(DraftSubject subject, Sentences s) {
        BigDecimal received = DraftText.figure("T3.R01.C7", s.figures);
        s.words.put("change", change(received, subject.previousApplications(), s));
        if (s.zero("T3.R01.C7", "T3.R02.C7")) {
            return s.of("applications.none");
        }
        return s.of("applications") + s.of(s.zero("T3.R24.C7") ? "applications.results.none" : "applications.results");
    }

    private String change(BigDecimal current, BigDecimal previous, Sentences s) {
        if (previous == null) {
            return "";
        }
        BigDecimal difference = current.subtract(previous);
        s.words.put("previous", org.huizong.form.PlainNumber.format(previous));
        s.words.put("difference", org.huizong.form.PlainNumber.format(difference.abs()));
        if (difference.signum() == 0) {
            return s.of("change.same");
        }
        if (previous.signum() == 0) {
            return s.of("change.up.from-zero");
        }
        s.words.put("percent", DraftText.percent(difference, previous));
        return s.of(difference.signum() > 0 ? "change.up" : "change.down");
    }

    /** The texts filled for one draft. */
    private final class Sentences {

        private final Map<String, String> words;
        private final Map<String, BigDecimal> figures;

        Sentences(Map<String, String> words, Map<String, BigDecimal> figures) {
            this.words = words;
            this.figures = figures;
        }

        String of(String key) {
            return text.fill(key, words, figures);
        }

        boolean zero(String... items) {
            for (String item : items) {
                if (DraftText.figure(item, figures).signum() != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
