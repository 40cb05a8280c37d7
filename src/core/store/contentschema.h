#pragma once

#include <QStringView>

namespace heupwijzer::core::contentschema {

// 'HWZC' — marks a file as a Heupwijzer content database (PRAGMA application_id).
inline constexpr int kApplicationId = 0x48575A43;
// Bumped whenever a table below changes shape; the reader refuses other versions (PRAGMA user_version).
inline constexpr int kSchemaVersion = 1;

// The compiled content. Lists (regions, sources, lay and medical words, steps) are JSON arrays of strings.
// Positions are 0-based and global within their table, so ORDER BY position gives reading order.
inline constexpr QStringView kCreateTables = uR"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
    kind TEXT NOT NULL, regions TEXT NOT NULL, reviewed TEXT NOT NULL, sources TEXT NOT NULL,
    words INTEGER NOT NULL, flesch_douma REAL NOT NULL, sentence_length REAL NOT NULL);
CREATE TABLE chapters(
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), position INTEGER NOT NULL,
    title TEXT NOT NULL, is_condition INTEGER NOT NULL, regions TEXT NOT NULL,
    html TEXT NOT NULL, plain_text TEXT NOT NULL,
    words INTEGER NOT NULL, flesch_douma REAL NOT NULL, sentence_length REAL NOT NULL);
CREATE TABLE sections(
    chapter_id TEXT NOT NULL REFERENCES chapters(id), position INTEGER NOT NULL, anchor TEXT NOT NULL,
    title TEXT NOT NULL, plain_text TEXT NOT NULL, PRIMARY KEY(chapter_id, anchor)) WITHOUT ROWID;
CREATE TABLE glossary(
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, term TEXT NOT NULL, lay TEXT NOT NULL,
    medical TEXT NOT NULL, definition TEXT NOT NULL);
CREATE TABLE glossary_usage(
    term_id TEXT NOT NULL REFERENCES glossary(id), chapter_id TEXT NOT NULL REFERENCES chapters(id),
    PRIMARY KEY(term_id, chapter_id)) WITHOUT ROWID;
CREATE TABLE exercises(
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, goal TEXT NOT NULL,
    start TEXT NOT NULL, steps TEXT NOT NULL, hold TEXT NOT NULL, repetitions TEXT NOT NULL,
    sets TEXT NOT NULL, frequency TEXT NOT NULL, stop_if TEXT NOT NULL, image TEXT NOT NULL, alt TEXT NOT NULL);
CREATE TABLE images(name TEXT PRIMARY KEY, alt TEXT NOT NULL, svg BLOB NOT NULL) WITHOUT ROWID;
)sql";

// Keys of the meta table.
inline constexpr QStringView kMetaEdition = u"edition";
inline constexpr QStringView kMetaContentHash = u"content_sha256";
inline constexpr QStringView kMetaNewestReviewed = u"newest_reviewed";

} // namespace heupwijzer::core::contentschema
