#include "core/search/synonymtable.h"

#include "core/search/dutchstemmer.h"
#include "core/search/stopwords.h"
#include "core/search/textfold.h"
#include "core/store/database.h"
#include "core/store/statement.h"

namespace heupwijzer::core::search {

SynonymTable::SynonymTable(QMultiHash<QString, Synonym> synonyms) : m_synonyms(std::move(synonyms))
{
    for (auto it = m_synonyms.keyBegin(); it != m_synonyms.keyEnd(); ++it)
        m_longestKey = std::max(m_longestKey, static_cast<int>(it->count(u' ') + 1));
}

Result<std::unique_ptr<SynonymTable>> SynonymTable::load(Database &contentDb)
{
    Statement query(contentDb, u"SELECT key, phrase, term_id FROM search_synonyms ORDER BY key, phrase, term_id");
    QMultiHash<QString, Synonym> synonyms;
    for (;;) {
        auto stepped = query.step();
        if (!stepped)
            return Error{QStringLiteral("search synonyms: ") + stepped.error().message, stepped.error().code};
        if (!stepped.value())
            break;
        synonyms.insert(query.columnText(0), Synonym{query.columnText(1), query.columnText(2)});
    }
    return std::make_unique<SynonymTable>(std::move(synonyms));
}

QString SynonymTable::key(const DutchStemmer &stemmer, QStringView text)
{
    QStringList stems;
    for (const QString &word : foldedWords(text)) {
        if (!isStopWord(word))
            stems.append(stemmer.stem(word));
    }
    return stems.join(u' ');
}

} // namespace heupwijzer::core::search
