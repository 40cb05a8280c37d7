// The composition root: builds the settings, the content store, the user data and the window and wires them
// together. Nothing slow happens before the first paint (no search warm-up, no speech, no printing).
#include "core/store/contentstore.h"
#include "core/userdata/userstore.h"
#include "ui/firstpaintprobe.h"
#include "ui/fontwarmup.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/selftestsession.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QResource>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <future>
#include <memory>

using heupwijzer::core::ContentStore;

namespace {

struct Options {
    QString contentFile;
    bool benchmarkFirstPaint = false;
    QString selfTestPdf; // hidden: the scripted session of tests/offline
    bool practice = false;
};

// `beforeExit` runs before --help, --version or a mistyped option end the program from inside
// QCommandLineParser (with exit()): the threads main() started must be finished by then.
Options parseCommandLine(const QApplication &app, const std::function<void()> &beforeExit)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline information about hip and groin pain."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption content(
        QStringLiteral("content"),
        QCoreApplication::translate("main", "Read the texts from FILE instead of the built-in edition."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-first-paint"),
        QCoreApplication::translate("main", "Print the time to the first paint of the start page and quit."));
    QCommandLineOption selfTest(QStringLiteral("self-test-session"), QStringLiteral("Scripted session, then quit."),
                                QStringLiteral("PDF"));
    selfTest.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption practice(
        QStringLiteral("practice"),
        QCoreApplication::translate(
            "main", "Practice mode: full screen, nothing is saved, and everything is forgotten for the next patient."));
    parser.addOptions({content, benchmark, selfTest, practice});
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(help) || parser.isSet(version)) {
        beforeExit();
        parser.process(app); // prints the help, the version or the mistake, and exits
    }
    return {parser.value(content), parser.isSet(benchmark), parser.value(selfTest), parser.isSet(practice)};
}

void installDutchTranslations(QApplication &app, QTranslator &qtTranslator, QTranslator &appTranslator)
{
    // Qt's own strings (dialog buttons, context menus); absent on a system without qt6-translations-l10n.
    if (qtTranslator.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    if (appTranslator.load(QStringLiteral(":/i18n/heupwijzer_nl.qm")))
        app.installTranslator(&appTranslator);
}

// The embedded edition is stored uncompressed, so its bytes are used in place (no copy, nothing on disk).
QByteArrayView embeddedContent()
{
    static const QResource resource(QStringLiteral(":/content/content.db"));
    if (!resource.isValid())
        return {};
    if (resource.compressionAlgorithm() == QResource::NoCompression)
        return {reinterpret_cast<const char *>(resource.data()), resource.size()};
    static const QByteArray unpacked = resource.uncompressedData();
    return unpacked;
}

using ContentOpening = heupwijzer::core::Result<std::unique_ptr<ContentStore>>;

// The built-in edition is opened in any case: it is also what a --content file that cannot be used falls back to.
std::unique_ptr<ContentStore> openContent(const QString &externalFile, ContentOpening embedded)
{
    if (!externalFile.isEmpty()) {
        auto external = ContentStore::openFile(externalFile);
        if (external)
            return std::move(external).value();
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Heupwijzer"),
                             QCoreApplication::translate("main", "%1\n\nHeupwijzer uses its built-in texts instead.")
                                 .arg(external.error().message));
    }
    if (embedded)
        return std::move(embedded).value();
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Heupwijzer"),
                          QCoreApplication::translate("main", "The texts of Heupwijzer cannot be read: %1")
                              .arg(embedded.error().message));
    return nullptr;
}

// The reader's bookmarks, positions and history: only in memory when nothing may be written (practice mode, the
// benchmark, the self-test), otherwise user.db, falling back to memory with a notice when it cannot be used.
heupwijzer::core::UserStoreOpening openUserData(bool inMemoryOnly)
{
    using heupwijzer::core::UserStore;
    if (!inMemoryOnly) {
        auto opening = UserStore::openOrFallBack(UserStore::defaultPath(), heupwijzer::core::systemClock());
        if (opening)
            return std::move(opening).value();
    }
    auto privateSession = UserStore::openPrivateSession(heupwijzer::core::systemClock());
    return {privateSession ? std::move(privateSession).value() : nullptr, {}, {}};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // Before any second thread: the default locale is not meant to change under running threads.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    // Work that needs no display, on other cores while QApplication connects to it (on X11 that connection is
    // most of the start): the font list, and the built-in texts.
    heupwijzer::ui::FontDatabaseWarmUp fontWarmUp;
    std::future<ContentOpening> embeddedOpening =
        std::async(std::launch::async, [] { return ContentStore::openImage(embeddedContent()); });
    QApplication app(argc, argv);
    fontWarmUp.applicationReady();
    QApplication::setApplicationName(QStringLiteral("Heupwijzer"));
    QApplication::setOrganizationName(QStringLiteral("Heupwijzer"));
    QApplication::setApplicationVersion(QStringLiteral(HEUPWIJZER_VERSION));
    heupwijzer::ui::Theme::prepareApplication();
    QTranslator qtTranslator;
    QTranslator appTranslator;
    installDutchTranslations(app, qtTranslator, appTranslator);
    const Options options = parseCommandLine(app, [&fontWarmUp, &embeddedOpening] {
        fontWarmUp.wait();
        embeddedOpening.wait();
    });

    const std::unique_ptr<ContentStore> store = openContent(options.contentFile, embeddedOpening.get());
    if (!store)
        return 1;
    // The benchmark measures a first start: fresh settings in a throw-away folder, the user's file untouched.
    const QTemporaryDir benchmarkDir;
    const QString settingsPath = options.benchmarkFirstPaint || !options.selfTestPdf.isEmpty()
                                     ? benchmarkDir.filePath(QStringLiteral("heupwijzer.ini"))
                                     : heupwijzer::ui::Settings::locate(QCoreApplication::applicationDirPath());
    using Persistence = heupwijzer::ui::Settings::Persistence;
    const bool practice =
        options.practice || heupwijzer::ui::Settings(settingsPath, Persistence::InMemory).practiceMode();
    heupwijzer::ui::Settings settings(settingsPath, practice ? Persistence::InMemory : Persistence::Disk);
    const heupwijzer::core::UserStoreOpening userData =
        openUserData(practice || options.benchmarkFirstPaint || !options.selfTestPdf.isEmpty());
    fontWarmUp.wait(); // the window measures text from its first line on
    heupwijzer::ui::MainWindow window(*store, settings, userData.store.get());
    if (practice)
        window.enablePracticeMode(std::chrono::minutes(settings.practiceIdleMinutes()));
    if (!userData.notice.isEmpty()) // after the first paint, so the reader sees what the notice is about
        QTimer::singleShot(0, &window, [&window, notice = userData.notice] {
            QMessageBox::information(&window, QCoreApplication::translate("main", "Heupwijzer"), notice);
        });
    if (options.benchmarkFirstPaint) // fresh settings, so the window opens on the start page
        new heupwijzer::ui::FirstPaintProbe(window.reader()->viewport(), sinceLaunch, &window);
    if (!options.selfTestPdf.isEmpty())
        new heupwijzer::ui::SelfTestSession(window, *store, options.selfTestPdf);
    window.show();
    return QApplication::exec();
}
