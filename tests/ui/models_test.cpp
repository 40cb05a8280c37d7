#include "fixturecontent.h"

#include "ui/glossarymodel.h"
#include "ui/librarymodel.h"
#include "ui/links.h"
#include "ui/roles.h"

#include "common/catch_qt.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace heupwijzer::ui;

namespace {

// QAbstractItemModelTester reports through qWarning in Warning mode; collect those so Catch can fail on them.
QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && QByteArrayView(context.category) == "qt.modeltest")
        g_modelWarnings.append(message);
}

QStringList testModel(QAbstractItemModel &model)
{
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelWarnings);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    qInstallMessageHandler(previous);
    return g_modelWarnings;
}

} // namespace

TEST_CASE("The library model passes QAbstractItemModelTester and mirrors articles, chapters and sections", "[ui]")
{
    FixtureContent content;
    LibraryModel model(*content.store);
    CHECK(testModel(model).isEmpty());

    REQUIRE(model.rowCount() == 2);
    const QModelIndex article = model.index(0, 0);
    CHECK(article.data().toString() == QStringLiteral("Pijn aan de heup"));
    REQUIRE(model.rowCount(article) == 2);
    const QModelIndex chapter = model.index(1, 0, article);
    CHECK(chapter.data().toString() == QStringLiteral("Liespijn"));
    CHECK(chapter.data(LinkRole).toUrl() == links::chapter(QStringLiteral("liespijn")));
    CHECK(model.rowCount(chapter) == 4);
    const QModelIndex section = model.index(2, 0, chapter);
    CHECK(section.data().toString() == QStringLiteral("Wanneer bel je de huisarts?"));
    CHECK(section.data(LinkRole).toUrl() ==
          links::chapter(QStringLiteral("liespijn"), QStringLiteral("wanneer-bel-je-de-huisarts")));
    CHECK(section.parent() == chapter);
    CHECK(chapter.parent() == article);
    // An article opens at its first chapter.
    CHECK(article.data(LinkRole).toUrl() == links::chapter(QStringLiteral("heupbuiger")));
    CHECK(model.indexOfChapter(QStringLiteral("zitten")).data().toString() == QStringLiteral("Goed zitten"));
    CHECK_FALSE(model.indexOfChapter(QStringLiteral("bestaat-niet")).isValid());
}

TEST_CASE("The glossary model and its filter pass QAbstractItemModelTester", "[ui]")
{
    FixtureContent content;
    GlossaryModel model(*content.store);
    CHECK(testModel(model).isEmpty());
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0).data().toString() == QStringLiteral("heupbuiger"));
    CHECK(model.index(0).data(Qt::ToolTipRole).toString() == QStringLiteral("De spier die je been optilt."));
    CHECK(model.indexOfTerm(QStringLiteral("pees")).row() == 1);

    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterRole(SearchTextRole);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter.setFilterFixedString(QStringLiteral("iliopsoas"));
    CHECK(testModel(filter).isEmpty());
    CHECK(filter.rowCount() == 1);
}
