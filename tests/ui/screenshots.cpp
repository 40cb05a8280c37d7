// Renders the reader window in the situations a patient meets (start page, red-flag box, exercise card,
// glossary, every theme, 200 % zoom) to PNG files, for a person to look at. Not a test: run by hand,
//   ui_screenshots OUTPUT_DIR
// Uses the real embedded content when the program has it, otherwise the test fixture.
#include "fixturecontent.h"

#include "ui/a11y/shortcutsdialog.h"
#include "ui/aboutdialog.h"
#include "ui/glossarypanel.h"
#include "ui/handout/handoutdialog.h"
#include "ui/handout/practiceprofiledialog.h"
#include "ui/links.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace heupwijzer;

namespace {

std::unique_ptr<core::ContentStore> openRealContent()
{
    const QResource resource(QStringLiteral(":/content/content.db"));
    if (!resource.isValid())
        return nullptr;
    auto opened =
        core::ContentStore::openImage(QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size()));
    return opened ? std::move(opened).value() : nullptr;
}

void save(QWidget &window, const QDir &dir, const QString &name)
{
    QTest::qWait(300); // let the reader redraw its pictures for a new width, as it does after a resize
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    window.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

void scrollToAnchor(ui::ReaderView &reader, const QString &chapter, const QString &anchor)
{
    reader.setSource(ui::links::chapter(chapter, anchor));
    QCoreApplication::processEvents();
}

// Large print (issue 8): a 20 pt interface font, the text at 300 %, a 1366x768 laptop; then each dialog.
void saveLargePrint(ui::MainWindow &window, ui::Settings &settings, const core::ContentStore &store,
                    const QString &chapter, const QDir &out)
{
    QFont large = QApplication::font();
    large.setPointSize(20);
    QApplication::setFont(large);
    window.resize(1366, 768);
    settings.setZoomPercent(300);
    window.showStartPage();
    save(window, out, QStringLiteral("20-large-start"));
    window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->show(); // stacked behind the contents
    window.openLink(ui::links::chapter(chapter));
    save(window, out, QStringLiteral("21-large-chapter"));
    window.resize(1024, 768);
    save(window, out, QStringLiteral("22-large-1024"));

    ui::AboutDialog about(store.meta(), &window);
    ui::ShortcutsDialog shortcuts(window, &window);
    ui::HandoutDialog handout(store, ui::PracticeProfile{}, &window);
    ui::PracticeProfileDialog profile(ui::PracticeProfile{}, &window);
    const std::pair<QWidget *, const char *> dialogs[] = {{&about, "23-large-about"},
                                                          {&shortcuts, "24-large-shortcuts"},
                                                          {&handout, "25-large-handout"},
                                                          {&profile, "26-large-practice-profile"}};
    for (const auto &[dialog, name] : dialogs) {
        dialog->show();
        save(*dialog, out, QString::fromLatin1(name));
        dialog->hide();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::prepareApplication();
    QTranslator qtTranslator; // Qt's own words (Sluiten, Annuleren), as the program has them
    if (qtTranslator.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    (void)appTranslator.load(QStringLiteral(":/i18n/heupwijzer_nl.qm"));
    QApplication::installTranslator(&appTranslator);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/shots"));
    QDir().mkpath(out.path());

    FixtureContent fixture;
    std::unique_ptr<core::ContentStore> real = openRealContent();
    const core::ContentStore &store = real ? *real : *fixture.store;
    const bool isReal = real != nullptr;
    std::printf("content: %s\n", isReal ? "embedded" : "fixture");

    QTemporaryDir settingsDir;
    ui::Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    settings.setTheme(ui::ThemeChoice::Light);
    ui::MainWindow window(store, settings);
    window.resize(1280, 860);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    ui::ReaderView &reader = *window.reader();

    window.showStartPage();
    save(window, out, QStringLiteral("01-start"));
    const QString conditionChapter = isReal ? QStringLiteral("iliopsoassyndroom") : QStringLiteral("liespijn");
    scrollToAnchor(reader, conditionChapter, QStringLiteral("wanneer-bel-je-de-huisarts"));
    save(window, out, QStringLiteral("02-red-flag-box"));
    scrollToAnchor(reader, isReal ? QStringLiteral("oefeningen") : QStringLiteral("liespijn"),
                   isReal ? QStringLiteral("oefening-bruggetje") : QStringLiteral("oefeningen"));
    save(window, out, QStringLiteral("03-exercise-card"));

    window.openLink(ui::links::term(isReal ? QStringLiteral("slijmbeurs") : QStringLiteral("slijmbeurs")));
    save(window, out, QStringLiteral("04-glossary"));
    window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"))->hide();

    window.openLink(ui::links::chapter(conditionChapter));
    save(window, out, QStringLiteral("05-light"));
    settings.setTheme(ui::ThemeChoice::Dark);
    save(window, out, QStringLiteral("06-dark"));
    scrollToAnchor(reader, conditionChapter, QStringLiteral("wanneer-bel-je-de-huisarts"));
    save(window, out, QStringLiteral("07-dark-red-flag"));
    settings.setTheme(ui::ThemeChoice::HighContrast);
    save(window, out, QStringLiteral("08-high-contrast-red-flag"));
    window.showStartPage();
    save(window, out, QStringLiteral("09-high-contrast-start"));

    settings.setTheme(ui::ThemeChoice::Light);
    settings.setZoomPercent(200);
    window.openLink(ui::links::chapter(conditionChapter));
    save(window, out, QStringLiteral("10-zoom-200"));
    scrollToAnchor(reader, isReal ? QStringLiteral("oefeningen") : QStringLiteral("liespijn"),
                   isReal ? QStringLiteral("oefening-bruggetje") : QStringLiteral("oefeningen"));
    save(window, out, QStringLiteral("11-zoom-200-exercise"));
    settings.setZoomPercent(100);
    window.openLink(ui::links::region(QStringLiteral("lies")));
    save(window, out, QStringLiteral("12-region"));
    // A query typed as a patient would: the field's clear button and the results beside the text.
    auto *searchField = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(searchField, QStringLiteral("knappende heup"));
    QTest::qWait(500); // the answer comes from the search thread
    save(window, out, QStringLiteral("16-search"));
    searchField->clear();
    window.resize(1024, 700); // a small laptop screen: the search field must stay in the toolbar
    window.showStartPage();
    save(window, out, QStringLiteral("13-small-window"));
    ui::AboutDialog about(store.meta(), &window);
    about.show();
    save(about, out, QStringLiteral("14-about"));
    about.hide();
    ui::HandoutDialog handout(store, ui::PracticeProfile{}, &window);
    handout.show();
    save(handout, out, QStringLiteral("15-handout"));
    handout.hide();
    saveLargePrint(window, settings, store, conditionChapter, out);
    return 0;
}
