#include "core/search/dutchstemmer.h"

#include <libstemmer.h>

namespace heupwijzer::core::search {

void DutchStemmer::Deleter::operator()(sb_stemmer *stemmer) const
{
    sb_stemmer_delete(stemmer);
}

DutchStemmer::DutchStemmer() : m_stemmer(sb_stemmer_new("dutch", "UTF_8")) {}

QByteArray DutchStemmer::stem(QByteArrayView word) const
{
    if (!m_stemmer)
        return word.toByteArray();
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(word.data()),
                                               static_cast<int>(word.size()));
    if (stemmed == nullptr) // out of memory: the word itself is still a usable token
        return word.toByteArray();
    return QByteArray(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer.get()));
}

QString DutchStemmer::stem(const QString &word) const
{
    return QString::fromUtf8(stem(QByteArrayView(word.toUtf8())));
}

} // namespace heupwijzer::core::search
