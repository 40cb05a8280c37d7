#include "core/search/searchengine.h"

#include "core/search/dutchstemmer.h"
#include "core/search/dutchtokenizer.h"
#include "core/search/querybuilder.h"
#include "core/search/rankfunction.h"
#include "core/search/scoringplan.h"
#include "core/search/snippet.h"
#include "core/search/synonymtable.h"
#include "core/search/tokenizedtext.h"
#include "core/search/vocabulary.h"
#include "core/search/wordmatcher.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <bit>

namespace heupwijzer::core::search {

namespace {

// Choosing a hit's section: the concepts it mentions count first; one in the section title counts a bit more.
constexpr double kHeadingConceptWeight = 0.5;
constexpr double kFoundWordWeight = 0.05;
constexpr int kMostCountedWords = 10;

struct ChapterRef {
    QString id;
    QString title;
    QString articleId;
    QString articleTitle;
    QStringList regions;
};

struct RankedChapter {
    qint64 rowId = 0;
    double score = 0;
};

// The texts of a chapter that was a hit, split into words once: typing a query shows the same chapters again.
struct CachedSection {
    QString anchor;
    QString title;
    TokenizedText heading;
    TokenizedText text;
};
struct CachedChapter {
    QList<CachedSection> sections;
    TokenizedText whole; // the chapter text, for a hit that no single section answers
};
// More cached chapters than this and the cache starts again: memory stays small on a very large corpus.
constexpr qsizetype kMostCachedChapters = 500;

Error failure(const QString &what, const Error &error)
{
    return Error{QStringLiteral("search: ") + what + QStringLiteral(": ") + error.message, error.code};
}

} // namespace

// ?3 is a body region, or NULL for all: the region is filtered before ranking, so only its chapters are scored
// and a broad query picks its candidates among them (scoringplan.h).
constexpr QStringView kInRegion = u" AND (?3 IS NULL OR rowid IN (SELECT s.rowid FROM search_chapters AS s"
                                  u" JOIN chapters AS c ON c.id = s.chapter_id"
                                  u" WHERE EXISTS (SELECT 1 FROM json_each(c.regions) WHERE value = ?3)))";

struct SearchEngine::State {
    explicit State(Database &db)
        : rank(db, QString(u"SELECT rowid, heupwijzer_rank(search_index, ?2) FROM search_index"
                           u" WHERE search_index MATCH ?1" %
                           kInRegion)),
          sections(db, u"SELECT anchor, title, plain_text FROM sections WHERE chapter_id = ?1 ORDER BY position"),
          chapterText(db, u"SELECT plain_text FROM chapters WHERE id = ?1"),
          candidateRows(
              db, QString(u"SELECT rowid FROM search_index WHERE search_index MATCH ?1" % kInRegion % u" LIMIT ?2"))
    {}

    DutchStemmer stemmer;
    std::unique_ptr<Vocabulary> vocabulary;
    std::unique_ptr<SynonymTable> synonyms;
    std::unique_ptr<QueryBuilder> builder;
    QHash<qint64, ChapterRef> chapters; // by search_index rowid
    QHash<QString, int> regionChapters; // how many chapters each body region has
    WordTable words;
    QHash<QString, CachedChapter> cache; // by chapter id
    Statement rank;
    Statement sections;
    Statement chapterText;
    Statement candidateRows;
};

SearchEngine::SearchEngine(Database &contentDb) : m_db(contentDb) {}

SearchEngine::~SearchEngine() = default;

namespace {

Result<QHash<qint64, ChapterRef>> loadChapters(Database &db)
{
    Statement query(db, u"SELECT s.rowid, c.id, c.title, c.article_id, a.title, c.regions FROM search_chapters AS s "
                        u"JOIN chapters AS c ON c.id = s.chapter_id JOIN articles AS a ON a.id = c.article_id");
    QHash<qint64, ChapterRef> chapters;
    for (;;) {
        auto stepped = query.step();
        if (!stepped)
            return failure(QStringLiteral("chapters"), stepped.error());
        if (!stepped.value())
            return chapters;
        QStringList regions;
        for (const QJsonValue &region : QJsonDocument::fromJson(query.columnText(5).toUtf8()).array())
            regions.append(region.toString());
        chapters.insert(query.columnInt64(0), ChapterRef{query.columnText(1), query.columnText(2), query.columnText(3),
                                                         query.columnText(4), regions});
    }
}

} // namespace

Result<void> SearchEngine::prepare()
{
    if (m_state)
        return {};
    // Functions first: the statements below are compiled against search_index, which needs the tokenizer.
    if (auto registered = registerDutchTokenizer(m_db); !registered)
        return registered.error();
    if (auto registered = registerRankFunction(m_db); !registered)
        return registered.error();
    auto state = std::make_unique<State>(m_db);
    for (const Statement *statement : {&state->rank, &state->sections, &state->chapterText, &state->candidateRows}) {
        if (!statement->isValid())
            return failure(QStringLiteral("this content has no search index"), statement->prepareError());
    }
    auto vocabulary = Vocabulary::load(m_db);
    if (!vocabulary)
        return vocabulary.error();
    auto synonyms = SynonymTable::load(m_db);
    if (!synonyms)
        return synonyms.error();
    auto chapters = loadChapters(m_db);
    if (!chapters)
        return chapters.error();
    state->vocabulary = std::move(vocabulary.value());
    state->synonyms = std::move(synonyms.value());
    state->chapters = std::move(chapters.value());
    for (const ChapterRef &chapter : std::as_const(state->chapters)) {
        for (const QString &region : chapter.regions)
            ++state->regionChapters[region];
    }
    state->builder = std::make_unique<QueryBuilder>(*state->vocabulary, *state->synonyms, state->stemmer);
    m_state = std::move(state);
    return {};
}

namespace {

// The best chapters, best first (equal scores in reading order).
Result<QList<RankedChapter>> rankChapters(Statement &rank, const ScoringPlan &scoring,
                                          const QHash<qint64, ChapterRef> &chapters, const SearchOptions &options)
{
    rank.reset();
    rank.bind(1, scoring.expression).bind(2, QString::fromLatin1(scoring.plan.encode()));
    bindRegion(rank, 3, options.region);
    QList<RankedChapter> ranked;
    for (;;) {
        auto stepped = rank.step();
        if (!stepped)
            return failure(QStringLiteral("ranking"), stepped.error());
        if (!stepped.value())
            break;
        const RankedChapter chapter{rank.columnInt64(0), rank.columnDouble(1)};
        if (chapter.score > 0 && chapters.contains(chapter.rowId))
            ranked.append(chapter);
    }
    const auto better = [](const RankedChapter &a, const RankedChapter &b) {
        return a.score != b.score ? a.score > b.score : a.rowId < b.rowId;
    };
    const qsizetype kept = std::min<qsizetype>(ranked.size(), std::max(0, options.limit));
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(), better);
    ranked.resize(kept);
    return ranked;
}

double sectionScore(const CachedSection &section, const WordMatcher &matcher)
{
    const PassageMatch heading = matchPassage(section.heading, matcher);
    const PassageMatch body = matchPassage(section.text, matcher);
    const int words = std::min(kMostCountedWords, heading.foundWords + body.foundWords);
    return kHeadingConceptWeight * std::popcount(heading.concepts) + std::popcount(heading.concepts | body.concepts) +
           kFoundWordWeight * words;
}

Result<CachedChapter> loadChapter(const QString &chapterId, Statement &sections, Statement &chapterText,
                                  WordTable &words)
{
    CachedChapter chapter;
    sections.reset();
    sections.bind(1, chapterId);
    for (;;) {
        auto stepped = sections.step();
        if (!stepped)
            return failure(QStringLiteral("sections"), stepped.error());
        if (!stepped.value())
            break;
        const QString title = sections.columnText(1);
        chapter.sections.append(
            {sections.columnText(0), title, tokenizeText(title, words), tokenizeText(sections.columnText(2), words)});
    }
    chapterText.reset();
    chapterText.bind(1, chapterId);
    auto stepped = chapterText.step();
    if (!stepped)
        return failure(QStringLiteral("chapter text"), stepped.error());
    chapter.whole = tokenizeText(stepped.value() ? chapterText.columnText(0) : QString(), words);
    return chapter;
}

// The section of a hit that answers the query best, and its snippet; the chapter as a whole when no section
// mentions what was searched (the title or a glossary term matched).
void fillSection(SearchHit &hit, const CachedChapter &chapter, const WordMatcher &matcher)
{
    double bestScore = 0;
    const TokenizedText *bestText = &chapter.whole;
    for (const CachedSection &section : chapter.sections) {
        if (const double score = sectionScore(section, matcher); score > bestScore) {
            bestScore = score;
            hit.sectionAnchor = section.anchor;
            hit.sectionTitle = section.title;
            bestText = &section.text;
        }
    }
    Snippet snippet = makeSnippet(*bestText, matcher);
    hit.snippetHtml = std::move(snippet.html);
    hit.foundWords = std::move(snippet.foundWords);
}

} // namespace

Result<SearchResults> SearchEngine::search(QStringView userText, const SearchOptions &options)
{
    if (auto ready = prepare(); !ready)
        return ready.error();
    const SearchQuery query = m_state->builder->build(userText, options.asYouType);
    SearchResults results;
    results.didYouMean = query.didYouMean;
    results.glossaryTermId = query.glossaryTermId;
    if (query.isEmpty() || options.limit <= 0)
        return results;
    const SearchScope scope{options.region, options.region.isEmpty() ? static_cast<int>(m_state->chapters.size())
                                                                     : m_state->regionChapters.value(options.region)};
    auto scoring = planScoring(query, *m_state->vocabulary, m_state->stemmer, scope, m_state->candidateRows);
    if (!scoring)
        return scoring.error();
    auto ranked = rankChapters(m_state->rank, scoring.value(), m_state->chapters, options);
    if (!ranked)
        return ranked.error();
    const WordMatcher matcher(query, m_state->vocabulary->splitter(), m_state->stemmer, m_state->words);
    for (const RankedChapter &chapter : ranked.value()) {
        const ChapterRef &ref = m_state->chapters[chapter.rowId];
        auto cached = m_state->cache.constFind(ref.id);
        if (cached == m_state->cache.cend()) {
            if (m_state->cache.size() >= kMostCachedChapters)
                m_state->cache.clear();
            auto loaded = loadChapter(ref.id, m_state->sections, m_state->chapterText, m_state->words);
            if (!loaded)
                return loaded.error();
            cached = m_state->cache.insert(ref.id, std::move(loaded.value()));
        }
        SearchHit hit{ref.articleId, ref.articleTitle, ref.id, ref.title, {}, {}, {}, {}, chapter.score};
        fillSection(hit, cached.value(), matcher);
        results.hits.append(hit);
    }
    return results;
}

} // namespace heupwijzer::core::search
