#include "fixturecontent.h"
#include "handoutfixture.h"

#include "core/content/embeddedcontent.h"
#include "ui/handout/chosenitemsmodel.h"
#include "ui/handout/handoutdialog.h"
#include "ui/handout/handoutdocument.h"
#include "ui/handout/handoutoutput.h"
#include "ui/handout/handouttreemodel.h"
#include "ui/handout/practiceprofile.h"
#include "ui/handout/redflagbox.h"
#include "ui/roles.h"

#include "common/catch_qt.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace heupwijzer;
using namespace heupwijzer::ui;

namespace {

const QDate kDate(2026, 11, 21);
const PracticeProfile kPractice{QStringLiteral("Fysiotherapie De Brug"), QStringLiteral("030 123 45 67"),
                                QStringLiteral("www.fysiodebrug.nl"), QString()};

HandoutItem exercise(const QString &id)
{
    return {HandoutItem::Kind::Exercise, id, {}, HandoutFixture::exerciseTitle(id)};
}

HandoutItem chapter(const QString &id)
{
    return {HandoutItem::Kind::Chapter, id, {}, id};
}

// Runs a poppler tool (poppler-utils, installed by setup-debian.sh for tests) and returns what it printed.
QString runPoppler(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " must be installed (apt-get install poppler-utils)");
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of one page (1-based) or of all pages (0), with runs of white space made single spaces, so phrases
// that the layout spread over columns or lines can be found.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runPoppler(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).simplified();
}

// What pdfinfo says after `field:` (e.g. "Pages", "Page size").
QString pdfInfo(const QString &pdf, const QString &field)
{
    const QRegularExpression line(u'^' + QRegularExpression::escape(field) + QStringLiteral(":\\s+(.*)$"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(runPoppler(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).trimmed();
}

int pdfPages(const QString &pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

// The first page (1-based) whose text holds `phrase`; 0 when none does.
int pageWith(const QString &pdf, int pageCount, const QString &phrase)
{
    for (int page = 1; page <= pageCount; ++page) {
        if (pdfText(pdf, page).contains(phrase))
            return page;
    }
    return 0;
}

struct Handout {
    Handout(const core::ContentStore &store, HandoutItems items, const QString &note = {},
            const PracticeProfile &practice = kPractice)
        : document(store, {practice, std::move(items), note, kDate}),
          path(dir.filePath(QStringLiteral("oefenblad.pdf")))
    {
        REQUIRE(dir.isValid());
        const auto saved = saveHandoutPdf(document, path);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        pages = pdfPages(path);
    }

    QTemporaryDir dir;
    HandoutDocument document;
    QString path;
    int pages = 0;
};

// QAbstractItemModelTester reports through qWarning in Warning mode; collected so Catch can fail on them.
QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && QByteArrayView(context.category) == "qt.modeltest")
        g_modelWarnings.append(message);
}

} // namespace

TEST_CASE("A handout PDF holds the chosen exercises and chapter, the note, and the practice on every page", "[handout]")
{
    HandoutFixture content;
    const QString note = QStringLiteral("Doe oefening 2 maar 5 keer per dag.\nBel ons als het niet gaat.");
    Handout handout(*content.store,
                    {exercise(QStringLiteral("bruggetje")), chapter(QStringLiteral("oefeningen")),
                     exercise(QStringLiteral("schelp"))},
                    note);

    const QString text = pdfText(handout.path);
    CHECK(text.contains(QStringLiteral("Oefening 1: Bruggetje")));
    CHECK(text.contains(QStringLiteral("Oefening 2: Schelp")));
    CHECK(text.contains(QStringLiteral("Oefeningen voor thuis")));
    CHECK(text.contains(QStringLiteral("Doe oefening 2 maar 5 keer per dag.")));
    CHECK(text.contains(QStringLiteral("Bel ons als het niet gaat.")));
    for (const char *label : {"Aanhouden", "Herhalingen", "Sets", "Hoe vaak", "Stop als"})
        CHECK(text.contains(QString::fromUtf8(label)));
    CHECK(text.contains(HandoutFixture::stopIf(QStringLiteral("bruggetje"))));
    // Paper has no links: a website keeps its address, the list of sources stays in the program.
    CHECK(text.contains(QStringLiteral("Thuisarts (https://www.thuisarts.nl)")));
    CHECK_FALSE(text.contains(QStringLiteral("Een bron die niet op papier hoort")));
    CHECK(text.contains(QStringLiteral("Gecontroleerd op 20 november 2026")));

    CHECK(handout.pages == handout.document.pageCount());
    CHECK(pdfInfo(handout.path, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
    for (int page = 1; page <= handout.pages; ++page) {
        const QString pageText = pdfText(handout.path, page);
        INFO("page " << page);
        CHECK(pageText.contains(kPractice.name));
        CHECK(pageText.contains(kPractice.phone));
        CHECK(pageText.contains(kPractice.website));
        CHECK(pageText.contains(QStringLiteral("Gemaakt op 21 november 2026")));
        CHECK(pageText.contains(QStringLiteral("pagina %1 van %2").arg(page).arg(handout.pages)));
    }
}

TEST_CASE("A handout with only a note is one sheet of paper, red flags included", "[handout]")
{
    HandoutFixture content;
    Handout handout(*content.store, {}, QStringLiteral("Wandel elke dag 20 minuten."));
    CHECK(handout.pages == 1);
    const QString text = pdfText(handout.path, 1);
    CHECK(text.contains(QStringLiteral("pagina 1 van 1")));
    CHECK(text.contains(QStringLiteral("Wandel elke dag 20 minuten.")));
    CHECK(text.contains(redflagbox::title()));
}

TEST_CASE("The red-flag box of the alarmsignalen chapter is on the last page, and only there", "[handout]")
{
    HandoutFixture content;
    Handout handout(*content.store, {chapter(QStringLiteral("lang"))});
    REQUIRE(handout.pages > 1); // 90 paragraphs do not fit on one page
    const QString last = pdfText(handout.path, handout.pages);
    CHECK(last.contains(QStringLiteral("Alarmsignalen")));
    CHECK(last.contains(HandoutFixture::kRedFlagItem));
    CHECK(last.contains(QStringLiteral("Bel meteen de huisarts of huisartsenpost")));
    for (int page = 1; page < handout.pages; ++page)
        CHECK_FALSE(pdfText(handout.path, page).contains(HandoutFixture::kRedFlagItem));
    // The whole chapter is there: its first and last paragraphs.
    const QString text = pdfText(handout.path);
    CHECK(text.contains(QStringLiteral("Alinea 1.")));
    CHECK(text.contains(QStringLiteral("Alinea 90.")));
}

TEST_CASE("Without an alarmsignalen chapter the handout prints a fixed red-flag summary", "[handout]")
{
    HandoutFixture content(false);
    Handout handout(*content.store, {exercise(QStringLiteral("schelp"))});
    const QString last = pdfText(handout.path, handout.pages);
    CHECK(last.contains(redflagbox::title()));
    CHECK(last.contains(QStringLiteral("Bel 112")));
    CHECK(last.contains(QStringLiteral("Bel meteen de huisarts of huisartsenpost")));
    CHECK_FALSE(last.contains(HandoutFixture::kRedFlagItem));
}

TEST_CASE("An exercise card is never split across two pages", "[handout]")
{
    HandoutFixture content;
    // The long chapter ends somewhere down a page, so the cards after it meet page ends at arbitrary heights.
    HandoutItems items{chapter(QStringLiteral("lang"))};
    for (const QString &id : HandoutFixture::kExerciseIds)
        items.append(exercise(id));
    Handout handout(*content.store, items);

    QList<int> cardPages;
    for (int i = 0; i < HandoutFixture::kExerciseIds.size(); ++i) {
        const QString &id = HandoutFixture::kExerciseIds[i];
        const QString title = QStringLiteral("Oefening %1: %2").arg(i + 1).arg(HandoutFixture::exerciseTitle(id));
        const int titlePage = pageWith(handout.path, handout.pages, title);
        INFO(title.toStdString());
        REQUIRE(titlePage > 0);
        CHECK(pageWith(handout.path, handout.pages, HandoutFixture::stopIf(id)) == titlePage);
        cardPages.append(titlePage);
    }
    CHECK(cardPages.first() != cardPages.last()); // the cards did meet a page end
}

TEST_CASE("A section prints only its own part of the chapter, with the chapter's name", "[handout]")
{
    HandoutFixture content;
    Handout handout(*content.store, {{HandoutItem::Kind::Section, QStringLiteral("oefeningen"),
                                      QStringLiteral("opbouwen"), QStringLiteral("Opbouwen")}});
    const QString text = pdfText(handout.path);
    CHECK(text.contains(QStringLiteral("Uit het hoofdstuk: Oefeningen voor thuis")));
    CHECK(text.contains(QStringLiteral("Opbouwen")));
    CHECK(text.contains(QStringLiteral("Doe elke week 1 keer meer.")));
    CHECK_FALSE(text.contains(QStringLiteral("Begin met 5 minuten per dag.")));
    CHECK_FALSE(text.contains(QStringLiteral("Gecontroleerd op"))); // the footer belongs to the whole chapter
}

TEST_CASE("The handout prints the items in the chosen order and numbers the exercises in that order", "[handout]")
{
    HandoutFixture content;
    Handout handout(*content.store, {exercise(QStringLiteral("schelp")), chapter(QStringLiteral("oefeningen")),
                                     exercise(QStringLiteral("bruggetje"))});
    const QString text = pdfText(handout.path);
    const qsizetype first = text.indexOf(QStringLiteral("Oefening 1: Schelp"));
    const qsizetype second = text.indexOf(QStringLiteral("Oefeningen voor thuis"));
    const qsizetype third = text.indexOf(QStringLiteral("Oefening 2: Bruggetje"));
    CHECK(first >= 0);
    CHECK(first < second);
    CHECK(second < third);
}

TEST_CASE("Printing goes through QPrinter onto A4 with the same pages as the PDF", "[handout]")
{
    HandoutFixture content;
    const HandoutDocument document(*content.store, {kPractice, {chapter(QStringLiteral("lang"))}, {}, kDate});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    prepareHandoutPrinter(printer);
    printer.setOutputFormat(QPrinter::PdfFormat); // a printer that writes a file, so the test can read the pages
    printer.setOutputFileName(path);
    REQUIRE(document.render(printer).ok());

    const int pages = pdfPages(path);
    CHECK(pages == document.pageCount());
    CHECK(pdfInfo(path, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
    const QString first = pdfText(path, 1);
    CHECK(first.contains(kPractice.name));
    CHECK(first.contains(QStringLiteral("pagina 1 van %1").arg(pages)));
    CHECK(pdfText(path, pages).contains(HandoutFixture::kRedFlagItem));
}

TEST_CASE("The practice profile is kept in the settings file under 'praktijk'", "[handout]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("heupwijzer.ini"));
    const PracticeProfile saved{QStringLiteral("Fysio Oost"), QStringLiteral("020 765 43 21"),
                                QStringLiteral("www.fysio-oost.nl"), dir.filePath(QStringLiteral("logo.png"))};
    {
        QSettings settings(ini, QSettings::IniFormat);
        CHECK(PracticeProfile::load(settings).isEmpty());
        saved.save(settings);
    }
    {
        QSettings settings(ini, QSettings::IniFormat); // as after a restart
        CHECK(settings.childGroups().contains(QStringLiteral("praktijk")));
        CHECK(PracticeProfile::load(settings) == saved);
        PracticeProfile withoutWebsite = saved;
        withoutWebsite.website.clear();
        withoutWebsite.save(settings);
    }
    QSettings settings(ini, QSettings::IniFormat);
    CHECK(PracticeProfile::load(settings).website.isEmpty());
    CHECK_FALSE(settings.contains(QStringLiteral("praktijk/website")));
    CHECK(settings.value(QStringLiteral("praktijk/naam")).toString() == saved.name);
}

TEST_CASE("Ticking in the handout tree fills the ordered list, and both models pass QAbstractItemModelTester",
          "[handout]")
{
    HandoutFixture content;
    ChosenItemsModel chosen;
    HandoutTreeModel tree(*content.store, chosen);
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelWarnings);
    {
        // Alive while the models change, so every change notification is checked too.
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester listTester(&chosen, QAbstractItemModelTester::FailureReportingMode::Warning);

        const QModelIndex exercises = tree.index(0, 0);
        CHECK(tree.rowCount(exercises) == HandoutFixture::kExerciseIds.size());
        CHECK_FALSE(tree.flags(exercises).testFlag(Qt::ItemIsUserCheckable));
        const QModelIndex schelp = tree.indexOf(QStringLiteral("oefening:schelp"));
        REQUIRE(tree.setData(schelp, Qt::Checked, Qt::CheckStateRole));
        CHECK(schelp.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        REQUIRE(chosen.rowCount() == 1);
        CHECK(chosen.index(0).data(IdRole).toString() == QStringLiteral("oefening:schelp"));

        // A section, then its whole chapter: the chapter replaces the section, which shows ticked but locked.
        const QModelIndex section = tree.indexOf(QStringLiteral("chapter:oefeningen#opbouwen"));
        REQUIRE(tree.setData(section, Qt::Checked, Qt::CheckStateRole));
        CHECK(chosen.rowCount() == 2);
        REQUIRE(tree.setData(tree.indexOf(QStringLiteral("chapter:oefeningen")), Qt::Checked, Qt::CheckStateRole));
        CHECK(chosen.rowCount() == 2);
        CHECK_FALSE(chosen.contains(QStringLiteral("chapter:oefeningen#opbouwen")));
        CHECK(section.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        CHECK_FALSE(tree.flags(section).testFlag(Qt::ItemIsEnabled));
        CHECK_FALSE(tree.setData(section, Qt::Unchecked, Qt::CheckStateRole));

        // Reordering: a step with the buttons, and a drop (QListView moves rows with moveRow).
        REQUIRE(tree.setData(tree.indexOf(QStringLiteral("oefening:bruggetje")), Qt::Checked, Qt::CheckStateRole));
        CHECK(chosen.moveBy(2, -1));
        CHECK_FALSE(chosen.moveBy(0, -1));
        CHECK(chosen.moveRow({}, 2, {}, 0));
        QStringList order;
        for (const HandoutItem &item : chosen.items())
            order << item.key();
        CHECK(order == QStringList{QStringLiteral("chapter:oefeningen"), QStringLiteral("oefening:schelp"),
                                   QStringLiteral("oefening:bruggetje")});

        REQUIRE(tree.setData(tree.indexOf(QStringLiteral("chapter:oefeningen")), Qt::Unchecked, Qt::CheckStateRole));
        CHECK(section.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
        CHECK(tree.flags(section).testFlag(Qt::ItemIsEnabled));
        CHECK(chosen.rowCount() == 2);
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("The handout dialog prints what was ticked, in the order set with its buttons, with the note", "[handout]")
{
    HandoutFixture content;
    HandoutDialog dialog(*content.store, kPractice);
    dialog.setDate(kDate);
    dialog.choose(QStringLiteral("oefening:bruggetje"));
    dialog.choose(QStringLiteral("oefening:schelp"));
    dialog.choose(QStringLiteral("chapter:onbekend")); // ignored
    dialog.setNote(QStringLiteral("Rustig opbouwen."));
    dialog.show();
    REQUIRE(dialog.chosen().rowCount() == 2);

    auto *order = dialog.findChild<QListView *>();
    REQUIRE(order != nullptr);
    order->setCurrentIndex(dialog.chosen().index(1));
    auto *up = dialog.findChild<QPushButton *>(QStringLiteral("moveUp"));
    REQUIRE(up != nullptr);
    REQUIRE(up->isEnabled());
    up->click();
    CHECK(dialog.chosen().items().first().id == QStringLiteral("schelp"));
    CHECK(order->currentIndex().row() == 0); // the moved item stays selected

    const auto document = dialog.document();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.pdf"));
    REQUIRE(saveHandoutPdf(*document, path).ok());
    const QString text = pdfText(path);
    CHECK(text.indexOf(QStringLiteral("Oefening 1: Schelp")) >= 0);
    CHECK(text.indexOf(QStringLiteral("Oefening 2: Bruggetje")) > text.indexOf(QStringLiteral("Oefening 1: Schelp")));
    CHECK(text.contains(QStringLiteral("Rustig opbouwen.")));
    CHECK(text.contains(kPractice.name));
    CHECK(suggestedPdfPath(kDate).endsWith(QStringLiteral("/Oefenblad 21 november 2026.pdf")));

    // The practice details can be changed from the dialog; the next handout carries them.
    QSignalSpy requested(&dialog, &HandoutDialog::practiceDetailsRequested);
    auto *details = dialog.findChild<QPushButton *>(QStringLiteral("practiceDetails"));
    REQUIRE(details != nullptr);
    details->click();
    CHECK(requested.count() == 1);
    dialog.setPractice({QStringLiteral("Fysio Oost"), QStringLiteral("020 765 43 21"), {}, {}});
    const QString again = dir.filePath(QStringLiteral("opnieuw.pdf"));
    REQUIRE(saveHandoutPdf(*dialog.document(), again).ok());
    CHECK(pdfText(again, 1).contains(QStringLiteral("Fysio Oost")));
    CHECK_FALSE(pdfText(again, 1).contains(kPractice.name));
}

TEST_CASE("The shared fixture content prints a handout of a chapter section and its exercise", "[handout]")
{
    FixtureContent content;
    Handout handout(*content.store,
                    {{HandoutItem::Kind::Section, QStringLiteral("heupbuiger"), QStringLiteral("wat-is-het"),
                      QStringLiteral("Wat is het?")},
                     {HandoutItem::Kind::Exercise, QStringLiteral("bruggetje"), {}, QStringLiteral("Bruggetje")}});
    const QString text = pdfText(handout.path);
    CHECK(text.contains(QStringLiteral("De heupbuiger tilt je been op.")));
    CHECK_FALSE(text.contains(QStringLiteral("Meer tekst om te lezen."))); // the next section
    CHECK(text.contains(QStringLiteral("Oefening 1: Bruggetje")));
    // This content has no "alarmsignalen" chapter: the fixed summary stands in.
    CHECK(pdfText(handout.path, handout.pages).contains(redflagbox::title()));
}

TEST_CASE("The real content prints three exercises and the exercises chapter with every card whole", "[handout]")
{
    const QByteArrayView image = core::content::embeddedContentImage();
    if (image.isEmpty()) {
        WARN("no embedded content in this build");
        return;
    }
    auto opened = core::ContentStore::openImage(image);
    REQUIRE(opened.ok());
    const core::ContentStore &store = *opened.value();
    REQUIRE(store.exercises().size() >= 3);
    REQUIRE(store.chapter(QStringLiteral("oefeningen")) != nullptr);
    HandoutItems items{{HandoutItem::Kind::Chapter, QStringLiteral("oefeningen"), {}, {}}};
    for (int i = 0; i < 3; ++i)
        items.append({HandoutItem::Kind::Exercise, store.exercises()[i].id, {}, store.exercises()[i].title});
    Handout handout(store, items, QStringLiteral("Doe de oefeningen 2 weken lang elke dag."));

    for (int i = 0; i < 3; ++i) {
        const core::Exercise &card = store.exercises()[i];
        const int titlePage =
            pageWith(handout.path, handout.pages, QStringLiteral("Oefening %1: %2").arg(i + 1).arg(card.title));
        INFO(card.title.toStdString());
        REQUIRE(titlePage > 0);
        // The last words of "Stop als …": the end of the card is on the page of its title.
        const QStringList words = card.stopIf.split(u' ');
        const QString stopEnd = words.mid(words.size() - qMin<qsizetype>(4, words.size())).join(u' ');
        CHECK(pdfText(handout.path, titlePage).contains(stopEnd));
    }
    const QString last = pdfText(handout.path, handout.pages);
    CHECK(last.contains(redflagbox::title()));
    CHECK(last.contains(QStringLiteral("Bel 112")));
    CHECK(last.contains(QStringLiteral("pagina %1 van %1").arg(handout.pages)));
}
