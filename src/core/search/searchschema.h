#pragma once

#include <QStringView>

namespace heupwijzer::core::search {

// The search tables inside a content database, written by buildIndex and read by SearchEngine.
// search_index has one row per chapter and is contentless: the texts live in chapters and sections already;
// search_chapters maps its rowids back to chapter ids.
// Its tokenizer (dutchtokenizer.h) must be registered on every connection before these tables are touched.
inline constexpr QStringView kCreateSearchTables = uR"sql(
DROP TABLE IF EXISTS search_index;
DROP TABLE IF EXISTS search_chapters;
DROP TABLE IF EXISTS search_vocabulary;
DROP TABLE IF EXISTS search_synonyms;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, heading, terms, body, content = '', tokenize = 'heupwijzer_dutch');
CREATE TABLE search_chapters(rowid INTEGER PRIMARY KEY, chapter_id TEXT NOT NULL);
CREATE TABLE search_vocabulary(
    word TEXT PRIMARY KEY, stem TEXT NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE search_synonyms(
    key TEXT NOT NULL, phrase TEXT NOT NULL, term_id TEXT NOT NULL, PRIMARY KEY(key, phrase, term_id)) WITHOUT ROWID;
)sql";

} // namespace heupwijzer::core::search
