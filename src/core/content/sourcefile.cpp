#include "core/content/sourcefile.h"

#include <algorithm>

namespace heupwijzer::core::content {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included, as the Unicode standard requires).
qsizetype validSequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char lead = at(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    if (at(i + 1) < low || at(i + 1) > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (!isContinuation(at(i + k)))
            return 0;
    }
    return length;
}

bool isFenceLine(QByteArrayView line)
{
    return line.trimmed() == "---";
}

} // namespace

SourceFile::SourceFile(QString path, QByteArray bytes) : m_path(std::move(path)), m_bytes(std::move(bytes))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (m_bytes.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

SourceLocation SourceFile::at(int line, int byteColumn) const
{
    if (line < 1 || line > m_lineStarts.size())
        return SourceLocation{m_path, std::max(line, 0), std::max(byteColumn, 0)};
    const qsizetype begin = m_lineStarts.at(line - 1);
    const qsizetype end = std::min(m_bytes.size(), begin + std::max(byteColumn - 1, 0));
    int column = 1;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isContinuation(static_cast<unsigned char>(m_bytes.at(i))))
            ++column;
    }
    return SourceLocation{m_path, line, column};
}

bool SourceFile::checkUtf8(Diagnostics &diagnostics) const
{
    bool clean = true;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < m_bytes.size();) {
        if (m_bytes.at(i) == '\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        const qsizetype length = validSequenceLength(m_bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        clean = false;
        diagnostics.error(at(line, static_cast<int>(i - lineStart + 1)),
                          QStringLiteral("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                              .arg(static_cast<unsigned char>(m_bytes.at(i)), 2, 16, QLatin1Char('0')));
        // Skip the rest of this broken sequence so one bad character gives one message.
        do {
            ++i;
        } while (i < m_bytes.size() && isContinuation(static_cast<unsigned char>(m_bytes.at(i))));
    }
    return clean;
}

FrontMatterSplit splitFrontMatter(const SourceFile &file, Diagnostics &diagnostics)
{
    FrontMatterSplit split;
    QByteArrayView text(file.bytes());
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3); // a byte-order mark some Windows editors add
    const qsizetype firstEnd = text.indexOf('\n');
    if (firstEnd < 0 || !isFenceLine(text.first(firstEnd))) {
        diagnostics.error(file.start(), QStringLiteral("the file must start with front matter: a line '---', "
                                                       "the YAML keys, and a closing line '---'"));
        return split;
    }
    qsizetype lineStart = firstEnd + 1;
    int line = 2;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (isFenceLine(text.sliced(lineStart, lineEnd - lineStart))) {
            split.found = true;
            split.yaml = text.sliced(firstEnd + 1, lineStart - firstEnd - 1).toByteArray();
            split.yamlFirstLine = 2;
            split.body = lineEnd < text.size() ? text.sliced(lineEnd + 1).toByteArray() : QByteArray();
            split.bodyLineOffset = line;
            return split;
        }
        lineStart = lineEnd + 1;
        ++line;
    }
    diagnostics.error(file.start(), QStringLiteral("the front matter is not closed: add a line '---' after it"));
    return split;
}

} // namespace heupwijzer::core::content
