#include "windowfixture.h"

#include "core/content/embeddedcontent.h"
#include "ui/links.h"

#include "common/catch_qt.h"

#include <QApplication>
#include <QDir>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QWheelEvent>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::ReaderView;

namespace {

// The single-cell table (box) whose text contains `text`.
QTextTable *boxContaining(QTextDocument *document, const QString &text)
{
    QTextTable *found = nullptr;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(text))
            continue;
        QTextCursor cursor(block);
        found = cursor.currentTable();
        // Nested tables (the dosage table in an exercise card): the box is the outermost one.
        while (found != nullptr && found->parentFrame() != nullptr &&
               qobject_cast<QTextTable *>(found->parentFrame()) != nullptr)
            found = qobject_cast<QTextTable *>(found->parentFrame());
        break;
    }
    return found;
}

QImage pictureIn(ReaderView &reader)
{
    return reader.document()
        ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image:oefening-bruggetje.svg")))
        .value<QImage>();
}

} // namespace

TEST_CASE("Red-flag, tip and note boxes are drawn as boxes with their own colours and a border", "[ui]")
{
    WindowFixture f;
    f.settings->setTheme(heupwijzer::ui::ThemeChoice::Light);
    f.window->openLink(links::chapter(QStringLiteral("liespijn")));
    QTextTable *caution = boxContaining(f.reader().document(), QStringLiteral("Alarmsignalen"));
    REQUIRE(caution != nullptr);
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    QTextTable *tip = boxContaining(f.reader().document(), QStringLiteral("Blijf rustig bewegen."));
    REQUIRE(tip != nullptr);
    const QTextTableFormat tipFormat = tip->format();
    CHECK(tipFormat.border() > 0);
    CHECK(tipFormat.background().style() != Qt::NoBrush);

    f.window->openLink(links::chapter(QStringLiteral("liespijn")));
    caution = boxContaining(f.reader().document(), QStringLiteral("Alarmsignalen"));
    const QTextTableFormat cautionFormat = caution->format();
    CHECK(cautionFormat.border() >= tipFormat.border());
    CHECK(cautionFormat.background().color() != tipFormat.background().color());
    CHECK(cautionFormat.borderBrush().color() != tipFormat.borderBrush().color());
    // A red-flag box is red-ish: the border's red channel dominates.
    CHECK(cautionFormat.borderBrush().color().red() > 2 * cautionFormat.borderBrush().color().green());
}

TEST_CASE("Data tables keep their borders and struck-through text stays struck through", "[ui]")
{
    WindowFixture f;
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    QTextTable *table = boxContaining(f.reader().document(), QStringLiteral("Houding"));
    REQUIRE(table != nullptr);
    CHECK(table->format().border() > 0);
    CHECK(table->rows() == 2);
    CHECK(table->columns() == 2);
    const QTextCursor struck = f.reader().document()->find(QStringLiteral("2 uur"));
    REQUIRE_FALSE(struck.isNull());
    CHECK(struck.charFormat().fontStrikeOut());
}

TEST_CASE("An exercise card shows the picture from the database, the steps and the dosage", "[ui]")
{
    WindowFixture f;
    f.window->openLink(links::exercise(QStringLiteral("bruggetje")));
    const QString text = f.reader().toPlainText();
    for (const char *expected : {"Bruggetje", "Span je billen aan.", "Herhalingen", "10 keer", "Stop als"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const QImage picture = pictureIn(f.reader());
    REQUIRE_FALSE(picture.isNull());
    CHECK(picture.devicePixelRatio() == f.reader().devicePixelRatioF());
    // Drawn, not blank: the line drawing leaves dark pixels on the white card.
    CHECK(qGray(picture.pixel(picture.width() / 2, int(picture.height() * 0.6))) < 128);
}

TEST_CASE("Pictures are redrawn for the zoom level, so they grow with the text", "[ui]")
{
    WindowFixture f;
    f.window->resize(1600, 1000);
    f.window->openLink(links::chapter(QStringLiteral("liespijn")));
    const QImage atNormalSize = pictureIn(f.reader());
    REQUIRE_FALSE(atNormalSize.isNull());
    f.settings->setZoomPercent(150);
    const QImage zoomed = pictureIn(f.reader());
    REQUIRE_FALSE(zoomed.isNull());
    CHECK(zoomed.width() == Approx(atNormalSize.width() * 1.5).margin(2));
}

TEST_CASE("Text sits in a centred column of at most about 75 characters, in a large font", "[ui]")
{
    WindowFixture f;
    f.window->resize(1800, 1000);
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    CHECK(f.reader().font().pointSizeF() >= 13);

    const QTextFrameFormat root = f.reader().document()->rootFrame()->frameFormat();
    CHECK(root.leftMargin() == Approx(root.rightMargin()));
    const double column = f.reader().viewport()->width() - root.leftMargin() - root.rightMargin();
    const QFontMetricsF metrics(f.reader().font());
    const QString longLine = QStringLiteral("Meer tekst om te lezen. ").repeated(4); // 96 characters
    CHECK(column < metrics.horizontalAdvance(longLine.left(80)));
    CHECK(column > metrics.horizontalAdvance(longLine.left(60)));
}

TEST_CASE("Ctrl + mouse wheel changes the zoom setting instead of QTextEdit's private zoom", "[ui]")
{
    WindowFixture f;
    const QPointF centre = f.reader().viewport()->rect().center();
    QWheelEvent wheel(centre, f.reader().viewport()->mapToGlobal(centre), {}, {0, QWheelEvent::DefaultDeltasPerStep},
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.reader().viewport(), &wheel);
    CHECK(f.settings->zoomPercent() == 110);
    CHECK(f.reader().font().pointSizeF() == Approx(ReaderView::kBasePointSize * 1.1));
}

namespace {

// The words a layout broke in the middle: a wrapped line that ends between two letters or digits.
QStringList wordsBrokenMidWay(QTextDocument &document)
{
    (void)document.size(); // finishes the layout, which QTextDocumentLayout otherwise does in steps
    QStringList broken;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout != nullptr && i + 1 < layout->lineCount(); ++i) {
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            if (end > 0 && end < text.size() && text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber())
                broken.append(text.mid(qMax(0, end - 12), 24));
        }
    }
    return broken;
}

} // namespace

// With HEUPWIJZER_SHOTS=/some/folder it also saves the three pictures, for a person to look at.
TEST_CASE("The start page breaks lines between words at 100, 200 and 300 % in a 1024 x 768 window", "[ui][a11y]")
{
    // The real texts when the program has them (long Dutch compounds in the titles), else the test content.
    FixtureContent fixture;
    auto real = heupwijzer::core::ContentStore::openImage(heupwijzer::core::content::embeddedContentImage());
    const heupwijzer::core::ContentStore &store = real ? *real.value() : *fixture.store;
    QTemporaryDir dir;
    heupwijzer::ui::Settings settings(dir.filePath(QStringLiteral("heupwijzer.ini")));
    heupwijzer::ui::MainWindow window(store, settings);
    window.resize(1024, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const int zoom : {100, 200, 300}) {
        INFO("zoom " << zoom);
        settings.setZoomPercent(zoom);
        window.showStartPage();
        QCoreApplication::processEvents();
        CHECK(window.reader()->font().pointSizeF() == Approx(ReaderView::kBasePointSize * zoom / 100.0));
        CHECK(wordsBrokenMidWay(*window.reader()->document()) == QStringList());
        if (const QString folder = qEnvironmentVariable("HEUPWIJZER_SHOTS"); !folder.isEmpty())
            window.grab().save(QDir(folder).filePath(QStringLiteral("start-%1.png").arg(zoom)));
    }
}
