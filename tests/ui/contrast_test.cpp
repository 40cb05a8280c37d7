#include "ui/theme.h"

#include "common/catch_qt.h"

#include <QColor>
#include <QRegularExpression>

#include <cmath>

using heupwijzer::ui::Theme;
using heupwijzer::ui::ThemeChoice;

namespace {

// WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor &colour)
{
    auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The reading pane's style sheet as selector → property → value; comma lists give each selector the rule.
using Rules = QMap<QString, QMap<QString, QString>>;
Rules parseSheet(QString sheet)
{
    sheet.remove(QRegularExpression(QStringLiteral(R"(/\*.*?\*/)"),
                                    QRegularExpression::DotMatchesEverythingOption));
    Rules rules;
    static const QRegularExpression rule(QStringLiteral(R"(([^{}]+)\{([^}]*)\})"));
    for (const QRegularExpressionMatch &match : rule.globalMatch(sheet)) {
        for (const QString &selector : match.captured(1).split(u',')) {
            for (const QString &declaration : match.captured(2).split(u';')) {
                const qsizetype colon = declaration.indexOf(u':');
                if (colon > 0)
                    rules[selector.simplified()][declaration.left(colon).trimmed()] =
                        declaration.mid(colon + 1).trimmed();
            }
        }
    }
    return rules;
}

struct Pair {
    QString what;
    QColor foreground, background;
};

// The background a coloured selector is drawn on: its own box's cell colour, else the pane's base colour.
QColor backgroundOf(const Rules &rules, const QString &selector, const QColor &base)
{
    static const QRegularExpression box(QStringLiteral(R"(^table\.(\w+))"));
    QString cell;
    if (const auto match = box.match(selector); match.hasMatch())
        cell = QStringLiteral("table.%1 td").arg(match.captured(1));
    else if (selector.startsWith(u"p.urgency"))
        cell = QStringLiteral("table.caution td"); // graded headings only appear in the red-flag box
    else if (selector == u"p.stop-if")
        cell = QStringLiteral("table.exercise td");
    for (const QString &candidate : {cell, QStringLiteral("table.callout td")}) {
        if (!cell.isEmpty() && rules.value(candidate).contains(QStringLiteral("background-color")))
            return QColor(rules.value(candidate).value(QStringLiteral("background-color")));
    }
    return base;
}

QList<Pair> pairsOf(const Theme &theme)
{
    const QPalette &p = theme.palette();
    QList<Pair> pairs{{QStringLiteral("window text"), p.color(QPalette::WindowText), p.color(QPalette::Window)},
                      {QStringLiteral("text on base"), p.color(QPalette::Text), p.color(QPalette::Base)},
                      {QStringLiteral("alternate rows"), p.color(QPalette::Text), p.color(QPalette::AlternateBase)},
                      {QStringLiteral("link"), p.color(QPalette::Link), p.color(QPalette::Base)},
                      {QStringLiteral("visited link"), p.color(QPalette::LinkVisited), p.color(QPalette::Base)},
                      {QStringLiteral("button text and icons"), p.color(QPalette::ButtonText),
                       p.color(QPalette::Button)},
                      // Toolbar icons are tinted with the button text colour and sit on the window colour.
                      {QStringLiteral("toolbar icons"), p.color(QPalette::ButtonText), p.color(QPalette::Window)},
                      {QStringLiteral("selection"), p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)},
                      {QStringLiteral("tooltip"), p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)}};
    const Rules rules = parseSheet(theme.readerStyleSheet());
    QList<QColor> boxBackgrounds{p.color(QPalette::Base)};
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.value().contains(QStringLiteral("background-color")))
            boxBackgrounds.append(QColor(it.value().value(QStringLiteral("background-color"))));
    }
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.value().contains(QStringLiteral("color")))
            pairs.append({it.key(), QColor(it.value().value(QStringLiteral("color"))),
                          backgroundOf(rules, it.key(), p.color(QPalette::Base))});
    }
    // Body text and links can stand in any box, table header or tinted cell.
    for (const QColor &background : boxBackgrounds) {
        pairs.append({QStringLiteral("body text on %1").arg(background.name()), p.color(QPalette::Text), background});
        for (const char *link : {"a", "a.term"})
            pairs.append({QStringLiteral("%1 on %2").arg(QLatin1StringView(link), background.name()),
                          QColor(rules.value(QLatin1StringView(link)).value(QStringLiteral("color"))), background});
    }
    return pairs;
}

} // namespace

TEST_CASE("Every text colour of every theme is readable (WCAG AA 4.5:1)", "[a11y][ui]")
{
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        const Theme theme = Theme::forChoice(choice);
        const QList<Pair> pairs = pairsOf(theme);
        REQUIRE(pairs.size() > 20); // the style sheet was found and parsed
        for (const Pair &pair : pairs) {
            INFO(themeChoiceKey(choice).toStdString() << ": " << pair.what.toStdString() << " "
                 << pair.foreground.name().toStdString() << " on " << pair.background.name().toStdString());
            REQUIRE(pair.foreground.isValid());
            CHECK(contrast(pair.foreground, pair.background) >= 4.5);
        }
    }
}

TEST_CASE("High contrast has body text and links at 7:1 or better (WCAG AAA)", "[a11y][ui]")
{
    for (const Pair &pair : pairsOf(Theme::forChoice(ThemeChoice::HighContrast))) {
        INFO(pair.what.toStdString() << " " << pair.foreground.name().toStdString() << " on "
             << pair.background.name().toStdString());
        CHECK(contrast(pair.foreground, pair.background) >= 7.0);
    }
}

TEST_CASE("Greyed-out controls stay legible (3:1)", "[a11y][ui]")
{
    // WCAG exempts inactive controls; we still ask 3:1 so a user can read what is not available yet.
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        const QPalette palette = Theme::forChoice(choice).palette();
        INFO(themeChoiceKey(choice).toStdString());
        CHECK(contrast(palette.color(QPalette::Disabled, QPalette::WindowText), palette.color(QPalette::Window)) >=
              3.0);
        CHECK(contrast(palette.color(QPalette::Disabled, QPalette::ButtonText), palette.color(QPalette::Button)) >=
              3.0);
    }
}
