#include "ui/handout/handoutpageframe.h"

#include "core/content/exercisecardhtml.h"
#include "ui/uilogging.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace heupwijzer::ui {

namespace {

constexpr double mm(double millimetres)
{
    return millimetres * HandoutPageFrame::kUnitsPerInch / 25.4;
}

constexpr double kMarginSide = mm(18);
constexpr double kMarginTop = mm(12);
constexpr double kMarginBottom = mm(12);
constexpr double kHeaderHeight = mm(20); // the logo's maximum height
constexpr double kLogoMaxWidth = mm(55);
constexpr double kFooterHeight = mm(7);
constexpr double kRuleGap = mm(3); // between header or footer and its rule
constexpr double kBodyGap = mm(5); // between a rule and the text
constexpr double kRuleWidth = 1.5; // units: a thin line that still prints on any printer

QRectF headerRect()
{
    return {kMarginSide, kMarginTop, HandoutPageFrame::pageSize().width() - 2 * kMarginSide, kHeaderHeight};
}

QRectF footerRect()
{
    const QSizeF page = HandoutPageFrame::pageSize();
    return {kMarginSide, page.height() - kMarginBottom - kFooterHeight, page.width() - 2 * kMarginSide, kFooterHeight};
}

} // namespace

QSizeF HandoutPageFrame::pageSize()
{
    return {mm(210), mm(297)};
}

QRectF HandoutPageFrame::bodyRect()
{
    const double top = headerRect().bottom() + kRuleGap + kBodyGap;
    const double bottom = footerRect().top() - kRuleGap - kBodyGap;
    return {kMarginSide, top, pageSize().width() - 2 * kMarginSide, bottom - top};
}

HandoutPageFrame::HandoutPageFrame(PracticeProfile profile, const QDate &date, const QFont &baseFont)
    : m_profile(std::move(profile)), m_date(core::content::dutchDate(date)), m_baseFont(baseFont)
{
    loadLogo();
}

HandoutPageFrame::~HandoutPageFrame() = default;

void HandoutPageFrame::loadLogo()
{
    if (m_profile.logoPath.isEmpty())
        return;
    if (QFileInfo(m_profile.logoPath).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        // Drawn as vectors, like the exercise pictures, so a logo in SVG prints sharp.
        auto svg = std::make_unique<QSvgRenderer>(m_profile.logoPath);
        if (svg->isValid())
            m_logoSvg = std::move(svg);
        else
            qCWarning(lcUi) << "practice logo" << m_profile.logoPath << "is not a valid SVG; printing without it";
        return;
    }
    QImageReader reader(m_profile.logoPath);
    reader.setAutoTransform(true);
    m_logoImage = reader.read();
    if (m_logoImage.isNull())
        qCWarning(lcUi) << "practice logo" << m_profile.logoPath << "cannot be read:" << reader.errorString()
                        << "- printing without it";
}

// Sizes in pixels of the layout unit: a point size would be converted with the printer's resolution on top of
// the painter's scale, and come out many times too large.
QFont HandoutPageFrame::font(double points, bool bold) const
{
    QFont font = m_baseFont;
    font.setPixelSize(qRound(points * kUnitsPerPoint));
    font.setBold(bold);
    return font;
}

void HandoutPageFrame::paint(QPainter &painter, int number, int count) const
{
    painter.save();
    painter.setPen(QPen(Qt::black, kRuleWidth));
    paintHeader(painter);
    paintFooter(painter, number, count);
    painter.restore();
}

double HandoutPageFrame::paintLogo(QPainter &painter, const QRectF &area) const
{
    QSizeF size;
    if (m_logoSvg)
        size = m_logoSvg->defaultSize().isEmpty() ? m_logoSvg->viewBoxF().size() : QSizeF(m_logoSvg->defaultSize());
    else if (!m_logoImage.isNull())
        size = m_logoImage.size();
    if (size.isEmpty())
        return 0;
    size.scale(QSizeF(kLogoMaxWidth, area.height()), Qt::KeepAspectRatio);
    const QRectF target(area.right() - size.width(), area.top() + (area.height() - size.height()) / 2, size.width(),
                        size.height());
    if (m_logoSvg)
        m_logoSvg->render(&painter, target);
    else
        painter.drawImage(target, m_logoImage);
    return size.width();
}

void HandoutPageFrame::paintHeader(QPainter &painter) const
{
    const QRectF area = headerRect();
    const double logoWidth = paintLogo(painter, area);
    const QRectF text = area.adjusted(0, 0, -(logoWidth > 0 ? logoWidth + mm(5) : 0), 0);
    QStringList contact;
    if (!m_profile.phone.isEmpty())
        contact << QStringLiteral("Telefoon: ") + m_profile.phone;
    if (!m_profile.website.isEmpty())
        contact << m_profile.website;

    const QFont nameFont = font(16, true);
    const QFont contactFont = font(12);
    const double nameHeight = QFontMetricsF(nameFont).height();
    const double contactHeight = QFontMetricsF(contactFont).height();
    double y = area.top() + (area.height() - nameHeight - contactHeight * contact.size()) / 2;
    painter.setFont(nameFont);
    painter.drawText(QRectF(text.left(), y, text.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(nameFont).elidedText(m_profile.name, Qt::ElideRight, text.width()));
    y += nameHeight;
    painter.setFont(contactFont);
    for (const QString &line : contact) {
        painter.drawText(QRectF(text.left(), y, text.width(), contactHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(contactFont).elidedText(line, Qt::ElideRight, text.width()));
        y += contactHeight;
    }
    const double rule = area.bottom() + kRuleGap;
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule));
}

void HandoutPageFrame::paintFooter(QPainter &painter, int number, int count) const
{
    const QRectF area = footerRect();
    const double rule = area.top() - kRuleGap;
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule));
    painter.setFont(font(12));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Gemaakt op ") + m_date);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("pagina %1 van %2").arg(number).arg(count));
}

} // namespace heupwijzer::ui
