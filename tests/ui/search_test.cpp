// The search panel of the window (issue 6): answers come from the search thread, stale answers are dropped,
// the keyboard moves through the results, the region filter, and the hits marked in the opened chapter.
#include "windowfixture.h"

#include "core/content/embeddedcontent.h"

#include "ui/links.h"
#include "ui/roles.h"
#include "ui/searchhighlight.h"
#include "ui/searchpanel.h"
#include "ui/searchservice.h"
#include "ui/theme.h"
#include "untranslated.h"

#include "common/catch_qt.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTreeView>

#include <cmath>
#include <memory>
#include <utility>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::LinkRole;
using heupwijzer::ui::SearchPanel;

namespace {

constexpr int kAnswerTimeoutMs = 5000;

// Ctrl+F, as a reader begins: the results list is made when searching starts.
QTreeView &startSearching(SearchPanel &panel)
{
    panel.focusSearchField();
    return *panel.findChild<QTreeView *>(QStringLiteral("searchResults"));
}

struct SearchFixture : WindowFixture {
    SearchFixture()
        : panel(*window->findChild<SearchPanel *>()), field(*panel.searchField()), results(startSearching(panel))
    {}

    // Types `text` into an empty field and waits until its results are on screen.
    void search(const QString &text)
    {
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);
        field.clear();
        QTest::keyClicks(&field, text);
        REQUIRE(QTest::qWaitFor([&shown, &text] { return !shown.isEmpty() && shown.last().at(0) == text; },
                                kAnswerTimeoutMs));
    }

    // The chapter ids of the hits on screen, in order.
    QStringList shownChapters() const
    {
        QStringList ids;
        const QAbstractItemModel &model = *results.model();
        for (int article = 0; article < model.rowCount(); ++article) {
            const QModelIndex articleIndex = model.index(article, 0);
            for (int hit = 0; hit < model.rowCount(articleIndex); ++hit)
                ids.append(model.index(hit, 0, articleIndex).data(heupwijzer::ui::IdRole).toString());
        }
        return ids;
    }

    // Blocks the search thread (a search that takes as long as the test wants) until release() or the end of
    // the scope, so a failed check cannot leave the thread blocked and the window waiting for it on close.
    class HeldSearchThread {
    public:
        explicit HeldSearchThread(QObject *threadContext) : m_gate(std::make_shared<QSemaphore>())
        {
            QMetaObject::invokeMethod(
                threadContext, [gate = m_gate] { gate->acquire(); }, Qt::QueuedConnection);
        }
        ~HeldSearchThread() { release(); }
        HeldSearchThread(const HeldSearchThread &) = delete;
        HeldSearchThread &operator=(const HeldSearchThread &) = delete;
        void release()
        {
            if (!std::exchange(m_released, true))
                m_gate->release();
        }

    private:
        std::shared_ptr<QSemaphore> m_gate;
        bool m_released = false;
    };

    // Returns once the search thread has worked through everything queued so far.
    void waitForSearchThread() const
    {
        auto passed = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(
            panel.service().threadContext(), [passed] { passed->release(); }, Qt::QueuedConnection);
        REQUIRE(passed->tryAcquire(1, kAnswerTimeoutMs));
    }

    SearchPanel &panel;
    QLineEdit &field;
    QTreeView &results;
};

// WCAG 2.x contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("The search list and its thread are made at the first search, not at start-up, and then join Tab",
          "[ui][search][a11y]")
{
    WindowFixture f;
    auto &panel = *f.window->findChild<SearchPanel *>();
    // Behind the Contents tab nobody sees them yet: a start builds only what it shows (issue 5).
    CHECK(f.window->findChild<QTreeView *>(QStringLiteral("searchResults")) == nullptr);
    CHECK(panel.findChild<heupwijzer::ui::SearchService *>() == nullptr);

    QSignalSpy shown(&panel, &SearchPanel::resultsShown);
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(panel.searchField(), QStringLiteral("slijmbeurs"));
    REQUIRE(QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, kAnswerTimeoutMs));
    CHECK(panel.hitCount() > 0);
    CHECK(panel.findChild<heupwijzer::ui::SearchService *>() != nullptr);

    // Tab from the field reaches the new list before the reading pane, as in the rest of the reading order.
    QStringList order;
    for (QWidget *widget = panel.searchField()->nextInFocusChain(); widget != panel.searchField();
         widget = widget->nextInFocusChain()) {
        if (widget->objectName() == u"searchResults" || widget->objectName() == u"reader")
            order.append(widget->objectName());
    }
    CHECK(order == QStringList{QStringLiteral("searchResults"), QStringLiteral("reader")});
}

TEST_CASE("Results arrive while the window goes on taking keystrokes, even when a search is slow", "[ui][search]")
{
    SearchFixture f;
    SearchFixture::HeldSearchThread held(f.panel.service().threadContext());
    QTest::keyClicks(&f.field, QStringLiteral("traplopen"));
    QCoreApplication::processEvents();
    CHECK(f.field.text() == QStringLiteral("traplopen")); // every key reached the field
    CHECK(f.panel.hitCount() == 0);                       // nothing could be searched yet

    QSignalSpy shown(&f.panel, &SearchPanel::resultsShown);
    held.release();
    REQUIRE(shown.wait(kAnswerTimeoutMs));
    CHECK(shown.size() == 1); // the eight prefixes queued behind the slow search were skipped
    CHECK(shown.first().at(0).toString() == QStringLiteral("traplopen"));
    CHECK(f.shownChapters() == QStringList{QStringLiteral("liespijn")});
}

TEST_CASE("An answer overtaken by a newer keystroke never replaces the newer results", "[ui][search]")
{
    SearchFixture f;
    QSignalSpy shown(&f.panel, &SearchPanel::resultsShown);
    QTest::keyClicks(&f.field, QStringLiteral("rug"));
    f.waitForSearchThread(); // "rug" is answered, but the window has not seen the answer yet
    f.field.clear();
    QTest::keyClicks(&f.field, QStringLiteral("traplopen"));
    REQUIRE(QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, kAnswerTimeoutMs));
    f.waitForSearchThread();
    QCoreApplication::processEvents();

    QStringList queries;
    for (const QList<QVariant> &emission : shown)
        queries.append(emission.at(0).toString());
    CHECK(queries == QStringList{QStringLiteral("traplopen")}); // the answer for "rug" arrived late and was dropped
    CHECK_FALSE(f.shownChapters().contains(QStringLiteral("onderrug")));
    CHECK(f.shownChapters().contains(QStringLiteral("liespijn")));
}

TEST_CASE("Typing at a normal pace shows each newer query's results, never an older one after a newer", "[ui][search]")
{
    SearchFixture f;
    QSignalSpy shown(&f.panel, &SearchPanel::resultsShown);
    const QString text = QStringLiteral("traplopen");
    for (QChar letter : text) {
        QTest::keyClick(&f.field, letter.toLatin1());
        QCoreApplication::processEvents(); // the window handles whatever arrived between two keys
    }
    REQUIRE(
        QTest::qWaitFor([&shown, &text] { return !shown.isEmpty() && shown.last().at(0) == text; }, kAnswerTimeoutMs));
    qsizetype previousLength = 0;
    for (const QList<QVariant> &emission : shown) {
        const QString query = emission.at(0).toString();
        INFO(query.toStdString());
        CHECK(text.startsWith(query));
        CHECK(query.size() > previousLength); // each list shown is for a later keystroke than the one before
        previousLength = query.size();
    }
}

TEST_CASE("Down and Up move between the field and the results, Enter opens the chosen result, Escape goes back",
          "[ui][search]")
{
    SearchFixture f;
    f.window->openLink(links::chapter(QStringLiteral("zitten")));
    f.reader().setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    REQUIRE(f.field.hasFocus());
    f.search(QStringLiteral("rug pijn")); // two articles: the back and the groin
    REQUIRE(f.shownChapters().size() >= 2);

    QTest::keyClick(&f.field, Qt::Key_Down);
    CHECK(f.results.hasFocus());
    const QModelIndex best = f.results.currentIndex();
    CHECK(best.parent().isValid()); // the best chapter, not its article heading
    CHECK(best.data(heupwijzer::ui::IdRole).toString() == f.shownChapters().first());

    // Down to the last row (a chapter of the other article), then Enter opens exactly that chapter.
    QTest::keyClick(&f.results, Qt::Key_End);
    const QUrl chosen = f.results.currentIndex().data(LinkRole).toUrl();
    REQUIRE(chosen != best.data(LinkRole).toUrl());
    QTest::keyClick(&f.results, Qt::Key_Return);
    CHECK(f.reader().source() == chosen);

    // Up from the top comes back to the field; typing in the list goes on in the field.
    QTest::keyClick(&f.results, Qt::Key_Home);
    QTest::keyClick(&f.results, Qt::Key_Up);
    CHECK(f.field.hasFocus());
    QTest::keyClick(&f.field, Qt::Key_Down);
    QTest::keyClicks(&f.results, QStringLiteral("en"));
    CHECK(f.field.hasFocus());
    CHECK(f.field.text() == QStringLiteral("rug pijnen"));

    // Escape clears the field, a second Escape returns to the reading pane.
    QTest::keyClick(&f.field, Qt::Key_Escape);
    CHECK(f.field.text().isEmpty());
    CHECK(f.panel.hitCount() == 0);
    QTest::keyClick(&f.field, Qt::Key_Escape);
    CHECK(f.reader().hasFocus());
}

TEST_CASE("Enter right after typing opens the best result of what was typed, not of an earlier prefix", "[ui][search]")
{
    SearchFixture f;
    SearchFixture::HeldSearchThread held(f.panel.service().threadContext()); // the answer is still on its way
    QTest::keyClicks(&f.field, QStringLiteral("rug"));
    QTest::keyClick(&f.field, Qt::Key_Return);
    held.release();
    REQUIRE(
        QTest::qWaitFor([&f] { return f.reader().source().path() == QStringLiteral("onderrug"); }, kAnswerTimeoutMs));
}

TEST_CASE("The \"Bedoelde je …?\" line searches for the suggested words when clicked", "[ui][search]")
{
    SearchFixture f;
    f.search(QStringLiteral("trapopen")); // a letter missing
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("searchStatus"));
    REQUIRE(status != nullptr);
    CHECK(status->text().contains(QStringLiteral("Bedoelde je")));
    const QString suggestion =
        QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(status->text()).captured(1);
    REQUIRE_FALSE(suggestion.isEmpty());
    QSignalSpy shown(&f.panel, &SearchPanel::resultsShown);
    Q_EMIT status->linkActivated(suggestion); // as a click on the link does
    REQUIRE(shown.wait(kAnswerTimeoutMs));
    CHECK(f.field.text() == QStringLiteral("traplopen"));
    CHECK(f.shownChapters().contains(QStringLiteral("liespijn")));
}

TEST_CASE("Choosing a body region leaves only the chapters about that region", "[ui][search]")
{
    SearchFixture f;
    f.search(QStringLiteral("rug pijn"));
    const QStringList everywhere = f.shownChapters();
    auto regionsOf = [&f](const QString &chapterId) { return f.content.store->chapter(chapterId)->regions; };
    // Without the filter the list also has chapters that are not about the buttock.
    REQUIRE(std::any_of(everywhere.cbegin(), everywhere.cend(),
                        [&](const QString &id) { return !regionsOf(id).contains(QStringLiteral("bil")); }));

    auto *filter = f.window->findChild<QComboBox *>(QStringLiteral("searchRegionFilter"));
    REQUIRE(filter != nullptr);
    QSignalSpy shown(&f.panel, &SearchPanel::resultsShown);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Bil")));
    REQUIRE(shown.wait(kAnswerTimeoutMs));
    const QStringList buttock = f.shownChapters();
    REQUIRE_FALSE(buttock.isEmpty());
    for (const QString &id : buttock) {
        INFO(id.toStdString());
        CHECK(regionsOf(id).contains(QStringLiteral("bil")));
    }

    // A region with nothing to say about the words offers to search everywhere again.
    f.panel.setRegion(QStringLiteral("zijkant"));
    f.search(QStringLiteral("rug"));
    CHECK(f.panel.hitCount() == 0);
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("searchStatus"));
    REQUIRE(status != nullptr);
    const QString offer = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(status->text()).captured(1);
    REQUIRE_FALSE(offer.isEmpty());
    QSignalSpy again(&f.panel, &SearchPanel::resultsShown);
    Q_EMIT status->linkActivated(offer); // as a click on the link does
    REQUIRE(again.wait(kAnswerTimeoutMs));
    CHECK(f.panel.region().isEmpty());
    CHECK(f.shownChapters().contains(QStringLiteral("onderrug")));
}

TEST_CASE("An opened result shows the found words marked and scrolled into view, until another page opens",
          "[ui][search]")
{
    SearchFixture f;
    f.search(QStringLiteral("oefenen")); // in "De heupbuiger" only as the heading of its last section
    const QModelIndexList heupbuiger = f.results.model()->match(f.results.model()->index(0, 0), heupwijzer::ui::IdRole,
                                                                QStringLiteral("heupbuiger"), 1, Qt::MatchRecursive);
    REQUIRE(heupbuiger.size() == 1);
    f.results.setFocus();
    f.results.setCurrentIndex(heupbuiger.first());
    QTest::keyClick(&f.results, Qt::Key_Return);
    REQUIRE(f.reader().source().path() == QStringLiteral("heupbuiger"));

    const QList<QTextEdit::ExtraSelection> marks = f.reader().extraSelections();
    REQUIRE_FALSE(marks.isEmpty());
    for (const QTextEdit::ExtraSelection &mark : marks)
        CHECK(mark.cursor.selectedText().startsWith(QStringLiteral("oefen"), Qt::CaseInsensitive));
    CHECK(f.reader().verticalScrollBar()->value() > 0); // the heading is below the first screen
    CHECK(f.reader().viewport()->rect().contains(f.reader().cursorRect(marks.first().cursor)));

    // Another theme reloads the page: the marks stay, in the new theme's marker colour.
    const QColor lightMarker = marks.first().format.background().color();
    const QString firstWord = marks.first().cursor.selectedText();
    f.settings->setTheme(heupwijzer::ui::ThemeChoice::Dark);
    CHECK(QTest::qWaitFor( // the new palette reaches the pane with an event
        [&f, &lightMarker] {
            const QList<QTextEdit::ExtraSelection> now = f.reader().extraSelections();
            return !now.isEmpty() && now.first().format.background().color() != lightMarker;
        },
        kAnswerTimeoutMs));
    CHECK(f.reader().extraSelections().size() == marks.size());
    CHECK(f.reader().extraSelections().value(0).cursor.selectedText() == firstWord);

    f.window->openLink(links::chapter(QStringLiteral("liespijn")));
    CHECK(f.reader().extraSelections().isEmpty());
}

TEST_CASE("Search also works on texts opened from a file (--content)", "[ui][search]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("content.db")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buildFixtureImage());
    file.close();
    auto store = heupwijzer::core::ContentStore::openFile(file.fileName());
    REQUIRE(store);
    heupwijzer::ui::SearchService service(store.value()->database());
    QSignalSpy answered(&service, &heupwijzer::ui::SearchService::answered);
    service.search(QStringLiteral("traplopen"), {});
    REQUIRE(answered.wait(kAnswerTimeoutMs));
    const auto answer = answered.first().at(0).value<heupwijzer::ui::SearchAnswer>();
    CHECK(answer.error.isEmpty());
    REQUIRE(answer.results.hits.size() == 1);
    CHECK(answer.results.hits.first().chapterId == QStringLiteral("liespijn"));
}

TEST_CASE("Marked words are found in their other forms and in compounds, and ignore capitals", "[ui][search]")
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<p>Heupen en de heup. Je heupbuiger. Een rugzak, een rug. Gehoopt.</p>"));
    QStringList found;
    for (const QTextCursor &hit :
         heupwijzer::ui::searchhighlight::findHits(document, {QStringLiteral("heup"), QStringLiteral("rug")}))
        found.append(hit.selectedText());
    // "rugzak" is another word: a short word does not start a compound match.
    CHECK(found == QStringList{QStringLiteral("Heupen"), QStringLiteral("heup"), QStringLiteral("heupbuiger"),
                               QStringLiteral("rug")});
}

TEST_CASE("Marked words are readable and unlike selected text in every theme", "[ui][search][a11y]")
{
    using heupwijzer::ui::ThemeChoice;
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        const QPalette palette = heupwijzer::ui::Theme::forChoice(choice).palette();
        const QTextCharFormat mark = heupwijzer::ui::searchhighlight::hitFormat(palette);
        INFO(int(choice));
        CHECK(contrast(mark.foreground().color(), mark.background().color()) >= 7.0);
        CHECK(mark.background().color() != palette.color(QPalette::Highlight));
        CHECK(std::abs(mark.background().color().hsvHue() - palette.color(QPalette::Highlight).hsvHue()) > 30);
    }
}

// For people to look at, not a check: `ui_tests "[.search-screenshots]"` with HEUPWIJZER_SHOTS=/some/folder saves
// the search panel, the region filter and an opened chapter with its marked words, in each theme.
TEST_CASE("Search screenshots", "[.search-screenshots]")
{
    const QString folder = qEnvironmentVariable("HEUPWIJZER_SHOTS");
    if (folder.isEmpty() || heupwijzer::core::content::embeddedContentImage().isEmpty())
        return;
    auto store = heupwijzer::core::ContentStore::openImage(heupwijzer::core::content::embeddedContentImage());
    REQUIRE(store);
    QTemporaryDir dir;
    heupwijzer::ui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    heupwijzer::ui::MainWindow window(*store.value(), settings);
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto &panel = *window.findChild<SearchPanel *>();
    auto save = [&](const QString &name) {
        QCoreApplication::processEvents();
        window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    };
    using heupwijzer::ui::ThemeChoice;
    for (auto [choice, name] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"},
                                std::pair{ThemeChoice::HighContrast, "contrast"}}) {
        settings.setTheme(choice);
        panel.setRegion({});
        panel.focusSearchField();
        panel.searchField()->clear();
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);
        panel.searchField()->setText(QStringLiteral("pijn bij traplopen"));
        REQUIRE(shown.wait(kAnswerTimeoutMs));
        save(QStringLiteral("search-%1").arg(QLatin1StringView(name)));
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        save(QStringLiteral("keyboard-%1").arg(QLatin1StringView(name)));
        panel.focusSearchField();
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        save(QStringLiteral("hits-%1").arg(QLatin1StringView(name)));
    }
    settings.setTheme(ThemeChoice::Light);
    QSignalSpy shown(&panel, &SearchPanel::resultsShown);
    panel.setRegion(QStringLiteral("bil"));
    REQUIRE(shown.wait(kAnswerTimeoutMs));
    save(QStringLiteral("search-filter-bil"));
    // Large print on a small laptop screen.
    QFont large = QApplication::font();
    large.setPointSize(20);
    QApplication::setFont(large);
    window.resize(1024, 768);
    settings.setZoomPercent(200);
    panel.setRegion({});
    panel.searchField()->setText(QStringLiteral("slijmbeurs"));
    REQUIRE(shown.wait(kAnswerTimeoutMs));
    save(QStringLiteral("search-large"));
    QTest::keyClick(panel.searchField(), Qt::Key_Return);
    save(QStringLiteral("hits-large"));
}

TEST_CASE("The search panel speaks Dutch: its filter, counts and messages are all translated", "[ui][search]")
{
    const UntranslatedTexts untranslated;
    REQUIRE(untranslated.ok());
    SearchFixture f;
    f.search(QStringLiteral("rug pijn"));
    f.panel.setRegion(QStringLiteral("zijkant"));
    f.search(QStringLiteral("rug"));      // nothing there: the message and the offer to search everywhere
    f.search(QStringLiteral("trapopen")); // the "Bedoelde je …?" line
    INFO(untranslated.texts().join(u'\n').toStdString());
    CHECK(untranslated.texts().isEmpty());
    CHECK(f.window->findChild<QComboBox *>(QStringLiteral("searchRegionFilter"))->itemText(0) ==
          QStringLiteral("Alle plekken"));
}
