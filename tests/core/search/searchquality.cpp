#include "searchquality.h"

#include "core/content/contentcompiler.h"
#include "core/content/contentwriter.h"
#include "core/search/searchengine.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace heupwijzer::tests {

core::Result<QList<EvalQuery>> loadEvalSet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return core::Error{path + QStringLiteral(": ") + file.errorString()};
    QList<EvalQuery> queries;
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2 || columns[0].trimmed().isEmpty() || columns[1].trimmed().isEmpty())
            return core::Error{QStringLiteral("%1:%2: expected query<TAB>chapter ids").arg(path).arg(lineNumber)};
        queries.append({columns[0], columns[1].split(u',', Qt::SkipEmptyParts), columns.value(2)});
    }
    return queries;
}

core::Result<QualityReport> measureQuality(core::search::SearchEngine &engine, const QList<EvalQuery> &queries)
{
    QualityReport report;
    double foundChapters = 0;
    double wantedChapters = 0;
    for (const EvalQuery &query : queries) {
        core::search::SearchOptions options;
        options.limit = 10;
        options.asYouType = false;
        auto results = engine.search(query.text, options);
        if (!results)
            return results.error();
        EvalOutcome outcome{query, {}, 0};
        for (const core::search::SearchHit &hit : results->hits)
            outcome.ranked.append(hit.chapterId);
        for (qsizetype i = 0; i < outcome.ranked.size() && outcome.firstAnswerRank == 0; ++i) {
            if (query.answers.contains(outcome.ranked[i]))
                outcome.firstAnswerRank = static_cast<int>(i + 1);
        }
        const QStringList top3 = outcome.ranked.mid(0, 3);
        for (const QString &answer : query.answers)
            foundChapters += top3.contains(answer) ? 1 : 0;
        wantedChapters += std::min<qsizetype>(3, query.answers.size());
        report.recallAt3 += outcome.firstAnswerRank >= 1 && outcome.firstAnswerRank <= 3 ? 1 : 0;
        report.meanReciprocalRank += outcome.firstAnswerRank > 0 ? 1.0 / outcome.firstAnswerRank : 0;
        report.outcomes.append(outcome);
    }
    if (!queries.isEmpty()) {
        report.recallAt3 /= static_cast<double>(queries.size());
        report.meanReciprocalRank /= static_cast<double>(queries.size());
        report.chapterRecallAt3 = foundChapters / wantedChapters;
    }
    return report;
}

core::Result<QByteArray> compileContentImage(const QString &contentDir)
{
    const core::content::Compilation compilation = core::content::ContentCompiler::compile(contentDir);
    if (!compilation.ok()) {
        const QList<core::content::Diagnostic> problems = compilation.diagnostics.sorted();
        return core::Error{contentDir + QStringLiteral(" does not compile: ") +
                           (problems.isEmpty() ? QString() : problems.first().toString())};
    }
    return core::content::ContentWriter::image(compilation.content);
}

QString describeMisses(const QualityReport &report)
{
    QString text;
    for (const EvalOutcome &outcome : report.outcomes) {
        if (outcome.firstAnswerRank >= 1 && outcome.firstAnswerRank <= 3)
            continue;
        text += QStringLiteral("  [%1] \"%2\" → first answer at %3; got %4; wanted %5\n")
                    .arg(outcome.query.kind, outcome.query.text,
                         outcome.firstAnswerRank > 0 ? QString::number(outcome.firstAnswerRank) : QStringLiteral("-"),
                         outcome.ranked.mid(0, 5).join(u','), outcome.query.answers.join(u','));
    }
    return text;
}

} // namespace heupwijzer::tests
