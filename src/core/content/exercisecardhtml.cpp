#include "core/content/exercisecardhtml.h"

#include <array>

namespace heupwijzer::core::content {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dosageRow(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\">" % label % u"</th><td>" % escaped(value) % u"</td></tr>\n";
}

} // namespace

QString exerciseCardHtml(const Exercise &card, CardTitle title)
{
    QString html = QStringLiteral("<table class=\"exercise\" width=\"100%\" cellpadding=\"12\"><tr><td>\n");
    if (title == CardTitle::Heading)
        html += u"<h3><a name=\"oefening-" % card.id % u"\"></a>" % escaped(card.title) % u"</h3>\n";
    if (!card.image.isEmpty())
        html += u"<p class=\"exercise-image\"><img src=\"image:" % escaped(card.image) % u"\" alt=\"" %
                escaped(card.alt) % u"\"/></p>\n";
    html += u"<p><b>Doel:</b> " % escaped(card.goal) % u"</p>\n";
    html += u"<p><b>Beginhouding:</b> " % escaped(card.start) % u"</p>\n";
    html += QStringLiteral("<p><b>Zo doe je het:</b></p>\n<ol class=\"steps\">\n");
    for (const QString &step : card.steps)
        html += u"<li>" % escaped(step) % u"</li>\n";
    html += QStringLiteral("</ol>\n<table class=\"dosage\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">\n");
    html += dosageRow(QStringLiteral("Aanhouden"), card.hold);
    html += dosageRow(QStringLiteral("Herhalingen"), card.repetitions);
    html += dosageRow(QStringLiteral("Sets"), card.sets);
    html += dosageRow(QStringLiteral("Hoe vaak"), card.frequency);
    html += QStringLiteral("</table>\n");
    html += u"<p class=\"stop-if\"><b>Stop als:</b> " % escaped(card.stopIf) % u"</p>\n";
    html += QStringLiteral("</td></tr></table>\n");
    return html;
}

QString dutchDate(const QDate &date)
{
    static constexpr std::array<const char16_t *, 12> kMonths{u"januari",   u"februari", u"maart",    u"april",
                                                              u"mei",       u"juni",     u"juli",     u"augustus",
                                                              u"september", u"oktober",  u"november", u"december"};
    if (!date.isValid())
        return {};
    return QString::number(date.day()) % u' ' % QString::fromUtf16(kMonths.at(static_cast<size_t>(date.month() - 1))) %
           u' ' % QString::number(date.year());
}

} // namespace heupwijzer::core::content
