#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "modaldialog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace {

// A test that expected a dialog which never came must not leave its dialog handler to the next test.
class ModalDialogPollerCleanup : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &) override { stopModalDialogPollers(); }
};

} // namespace

CATCH_REGISTER_LISTENER(ModalDialogPollerCleanup)

int main(int argc, char *argv[])
{
    // Must happen before QApplication exists: GUI tests never need a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // The same Dutch interface the program loads, so tests click the words a user sees.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (!appTranslator.load(QStringLiteral(":/i18n/heupwijzer_nl.qm")) ||
        !QApplication::installTranslator(&appTranslator))
        return 2;
    return Catch::Session().run(argc, argv);
}
