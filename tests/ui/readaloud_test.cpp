#include "readaloudwindow.h"

#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudbar.h"
#include "ui/speech/sentencesplitter.h"

#include "common/catch_qt.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using heupwijzer::ui::ReadAloud;
using heupwijzer::ui::ReadAloudBar;

namespace {

QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    for (const heupwijzer::ui::SentenceSpan &span : heupwijzer::ui::splitSentences(text))
        sentences.append(text.mid(span.start, span.length));
    return sentences;
}

} // namespace

TEST_CASE("Text is read aloud sentence by sentence, Dutch abbreviations and headings included", "[a11y]")
{
    CHECK(sentencesOf(QStringLiteral("Rust een paar dagen. Bel dan de huisarts! Gaat het beter?")) ==
          QStringList{QStringLiteral("Rust een paar dagen."), QStringLiteral("Bel dan de huisarts!"),
                      QStringLiteral("Gaat het beter?")});
    // A full stop after an abbreviation does not end the sentence, not even before a capital or a number.
    CHECK(sentencesOf(QStringLiteral("Vraag dr. Jansen om o.a. MRI. Rust ca. 10 minuten, bijv. op bed.")) ==
          QStringList{QStringLiteral("Vraag dr. Jansen om o.a. MRI."),
                      QStringLiteral("Rust ca. 10 minuten, bijv. op bed.")});
    // A heading or list item (its own paragraph, U+2029 in a document's text) is a sentence without a stop;
    // a picture (U+FFFC) and a lone dash are not read.
    const QString document = QStringLiteral("Wanneer bel je de huisarts?\u2029\uFFFC\u2029Bij koorts\u2029 – \u2029Bij "
                                            "hevige pijn.");
    CHECK(sentencesOf(document) == QStringList{QStringLiteral("Wanneer bel je de huisarts?"),
                                               QStringLiteral("Bij koorts"), QStringLiteral("Bij hevige pijn.")});
    CHECK(heupwijzer::ui::splitSentences(QStringLiteral(" \u2029 \u2029")).isEmpty());
    CHECK(heupwijzer::ui::speakableText(QStringLiteral("heup\u00ADpijn\u00A0en\u2028lies")) ==
          QStringLiteral("heuppijn en lies"));
}

TEST_CASE("A faster speed setting makes the voice faster, within the engine's range", "[a11y]")
{
    const double slowest = ReadAloud::rateForSpeed(ReadAloud::kSlowestSpeed);
    const double slower = ReadAloud::rateForSpeed(80);
    const double normal = ReadAloud::rateForSpeed(ReadAloud::kNormalSpeed);
    const double faster = ReadAloud::rateForSpeed(120);
    const double fastest = ReadAloud::rateForSpeed(ReadAloud::kFastestSpeed);
    CHECK(normal == 0.0); // 100 % is the engine's own pace
    CHECK(-1.0 <= slowest);
    CHECK(slowest < slower);
    CHECK(slower < normal);
    CHECK(normal < faster);
    CHECK(faster < fastest);
    CHECK(fastest <= 1.0);
    CHECK(ReadAloud::rateForSpeed(10) == slowest); // outside the slider's range: clamped
    CHECK(ReadAloud::rateForSpeed(400) == fastest);
}

TEST_CASE("Without a speech engine, read-aloud says in Dutch what to install", "[a11y]")
{
    ReadAloudWindow window(QStringLiteral("heupwijzer-no-such-engine"));
    QSignalSpy states(&window.readAloud, &ReadAloud::stateChanged);
    auto *play = window.child<QToolButton>("readAloudPlay");
    auto *warning = window.child<QLabel>("readAloudWarning");
    REQUIRE((play != nullptr && warning != nullptr));
    CHECK_FALSE(warning->isVisible()); // nothing to warn about before reading aloud is tried
    QTest::mouseClick(play, Qt::LeftButton);
    while (window.readAloud.state() != ReadAloud::State::Unavailable)
        REQUIRE(states.wait(20000));
    CHECK(warning->isVisible()); // the warning sign beside the message, loaded now that it is needed
    CHECK_FALSE(warning->pixmap().isNull());

    const QString shown = window.child<QLabel>("readAloudStatus")->text();
    CHECK(shown.startsWith(QStringLiteral("Voorlezen werkt niet")));
    CHECK(shown.contains(QStringLiteral("speech-dispatcher")));
    CHECK(shown == window.readAloud.statusText());
    CHECK(window.view->extraSelections().isEmpty()); // nothing marked as if it were being read
    CHECK(play->isEnabled());                        // so it can be tried again after installing
}

TEST_CASE("The read-aloud controls are named in Dutch, explained, and reachable with the keyboard", "[a11y]")
{
    ReadAloudWindow window(QStringLiteral("heupwijzer-no-such-engine"));
    QApplication::setActiveWindow(&window.window);
    REQUIRE(QTest::qWaitForWindowActive(&window.window));
    auto *play = window.child<QToolButton>("readAloudPlay");
    auto *stop = window.child<QToolButton>("readAloudStop");
    auto *speed = window.child<QSlider>("readAloudSpeed");
    REQUIRE((play && stop && speed));

    CHECK(play->text() == QStringLiteral("Voorlezen"));
    CHECK(stop->text() == QStringLiteral("Stoppen")); // the short word beside Voorlezen; F1 gives the whole name
    for (QWidget *control :
         {static_cast<QWidget *>(play), static_cast<QWidget *>(stop), static_cast<QWidget *>(speed)}) {
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK_FALSE(control->toolTip().isEmpty());
        CHECK((control->focusPolicy() & Qt::TabFocus) != 0);
    }
    CHECK_FALSE(stop->isEnabled()); // nothing to stop yet

    play->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == speed);
    QTest::keyClick(speed, Qt::Key_Right);
    CHECK(window.readAloud.speed() == 110);
    CHECK(window.child<QLabel>("readAloudSpeedValue")->text() == QStringLiteral("110 %"));
    QTest::keyClick(speed, Qt::Key_End);
    CHECK(window.readAloud.speed() == ReadAloud::kFastestSpeed);
    QTest::keyClick(speed, Qt::Key_Home);
    CHECK(window.readAloud.speed() == ReadAloud::kSlowestSpeed);
}
