#include "ui/exercisecard.h"

#include "core/store/contentstore.h"

namespace heupwijzer::ui {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

QString ExerciseCard::html(const core::Exercise &exercise)
{
    QString steps;
    for (const QString &step : exercise.steps)
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());

    QString out = QStringLiteral("<h1>%1</h1>").arg(exercise.title.toHtmlEscaped());
    out += QStringLiteral("<table class=\"exercise\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>");
    if (!exercise.image.isEmpty()) {
        out += QStringLiteral("<p class=\"exercise-image\" align=\"center\"><img src=\"image:%1\" alt=\"%2\"/></p>")
                   .arg(exercise.image.toHtmlEscaped(), exercise.alt.toHtmlEscaped());
    }
    out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Goal:"), exercise.goal.toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Starting position:"), exercise.start.toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b></p><ol>%2</ol>").arg(tr("How to do it:"), steps);
    out += QStringLiteral("<table class=\"dosage\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">");
    out += row(tr("Hold"), exercise.hold) + row(tr("Repetitions"), exercise.repetitions) +
           row(tr("Sets"), exercise.sets) + row(tr("How often"), exercise.frequency);
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p class=\"stop-if\"><b>%1</b> %2</p>").arg(tr("Stop if:"), exercise.stopIf.toHtmlEscaped());
    out += QStringLiteral("</td></tr></table>");
    return out;
}

} // namespace heupwijzer::ui
