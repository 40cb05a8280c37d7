#include "ui/aboutdialog.h"

#include "core/store/contentstore.h"
#include "ui/a11y/screenfit.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace heupwijzer::ui {

namespace {
struct Licence {
    const char *library;
    const char *licence;
};
// Every library linked into the program, with the licence under which it is used.
constexpr Licence kLicences[] = {
    {"Qt 6", "GNU LGPL v3"},       {"SQLite", "Public domain"},
    {"cmark-gfm", "BSD 2-Clause"}, {"Snowball (libstemmer)", "BSD 3-Clause"},
    {"yaml-cpp", "MIT"},           {"Fontconfig", "MIT-style"},
};
} // namespace

AboutDialog::AboutDialog(const core::ContentMeta &meta, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Heupwijzer"));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setAccessibleName(tr("About Heupwijzer"));
    text->setOpenLinks(false);
    // The fingerprint is one 64-letter word: it may break anywhere rather than make the text scroll sideways.
    text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setHtml(aboutHtml(meta));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    sizeToText(*text);
}

void AboutDialog::sizeToText(QTextBrowser &text)
{
    // About 60 characters a line, and as tall as the text then is, so it reads without scrolling where the
    // screen allows; a pixel size would cut it short at a large font.
    const int frame = 2 * text.frameWidth();
    const int width = std::max(560, text.fontMetrics().averageCharWidth() * 60);
    QTextDocument *document = text.document();
    document->setTextWidth(width - frame);
    const int textHeight = static_cast<int>(std::ceil(document->size().height())) + frame;
    fitOnScreen(*this, QSize(width, sizeHint().height() - text.sizeHint().height() + textHeight));
}

QString AboutDialog::aboutHtml(const core::ContentMeta &meta)
{
    const QLocale dutch(QLocale::Dutch);
    const QString reviewed = meta.newestReviewed.isValid()
                                 ? dutch.toString(meta.newestReviewed, QStringLiteral("d MMMM yyyy"))
                                 : tr("unknown");
    QString out =
        QStringLiteral("<h2>Heupwijzer %1</h2><p>%2</p>")
            .arg(QStringLiteral(HEUPWIJZER_VERSION), tr("Offline information about hip and groin pain, in plain Dutch. "
                                                        "Heupwijzer never uses the internet."));
    out += QStringLiteral("<table cellpadding=\"3\">");
    auto row = [&out](const QString &label, const QString &value) {
        out +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Content edition"), meta.edition.isEmpty() ? tr("unknown") : meta.edition);
    row(tr("Texts checked on"), reviewed);
    row(tr("Content fingerprint (SHA-256)"), meta.contentHash.isEmpty() ? tr("unknown") : meta.contentHash);
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(tr("Libraries and their licences"));
    for (const Licence &licence : kLicences) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                   .arg(QLatin1StringView(licence.library), QLatin1StringView(licence.licence));
    }
    out += QStringLiteral("</table><p>%1</p>")
               .arg(tr("Qt is used under the LGPL v3: you may replace the Qt libraries with your own build."));
    return out;
}

} // namespace heupwijzer::ui
