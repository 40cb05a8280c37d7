#pragma once

#include "ui/handout/practiceprofile.h"

#include <QDate>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QSvgRenderer;

namespace heupwijzer::ui {

// What every page of a handout shows around its text: the practice (name, phone, website, logo) at the top, the
// date and "pagina X van Y" at the bottom. Also the page geometry: A4 portrait in layout units of 1/96 inch, the
// unit the handout's text documents are laid out in.
class HandoutPageFrame {
public:
    static constexpr double kUnitsPerInch = 96;
    static constexpr double kUnitsPerPoint = kUnitsPerInch / 72;

    static QSizeF pageSize();
    // Where the handout's text goes on every page.
    static QRectF bodyRect();

    // baseFont: the family of the handout text; the frame sets its own sizes.
    HandoutPageFrame(PracticeProfile profile, const QDate &date, const QFont &baseFont);
    ~HandoutPageFrame();
    HandoutPageFrame(const HandoutPageFrame &) = delete;
    HandoutPageFrame &operator=(const HandoutPageFrame &) = delete;

    // Paints header and footer of page `number` (1-based) of `count`; the painter works in layout units.
    void paint(QPainter &painter, int number, int count) const;

private:
    void loadLogo();
    QFont font(double points, bool bold = false) const;
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int number, int count) const;
    // Draws the logo right-aligned in `area`; returns the width it took (0 without a logo).
    double paintLogo(QPainter &painter, const QRectF &area) const;

    PracticeProfile m_profile;
    QString m_date;
    QFont m_baseFont;
    QImage m_logoImage;
    std::unique_ptr<QSvgRenderer> m_logoSvg;
};

} // namespace heupwijzer::ui
