#include "ui/glossaryhint.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/readerview.h"

#include <QStatusBar>

namespace heupwijzer::ui {

GlossaryHint::GlossaryHint(const core::ContentStore &store, ReaderView &reader, QStatusBar &statusBar)
    : QObject(&reader), m_store(store), m_reader(reader), m_statusBar(statusBar)
{
    connect(&m_reader, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &GlossaryHint::onLinkChosen);
    connect(&m_reader, &QTextBrowser::sourceChanged, this, &GlossaryHint::clear);
}

QString GlossaryHint::hintFor(const QUrl &link) const
{
    if (links::kindOf(link) != LinkKind::Term)
        return {};
    const core::GlossaryEntry *entry = m_store.term(links::target(link));
    return entry != nullptr ? tr("%1: %2").arg(entry->term, entry->definition) : QString();
}

void GlossaryHint::onLinkChosen(const QUrl &link)
{
    const QString hint = hintFor(link);
    if (hint.isEmpty())
        clear();
    else
        show(hint);
}

void GlossaryHint::show(const QString &hint)
{
    if (m_shown.isEmpty())
        m_restingDescription = m_reader.accessibleDescription();
    m_shown = hint;
    m_statusBar.showMessage(hint);
    m_reader.setAccessibleDescription(hint); // Qt tells assistive technology that the description changed
}

void GlossaryHint::clear()
{
    if (m_shown.isEmpty())
        return;
    if (m_statusBar.currentMessage() == m_shown)
        m_statusBar.clearMessage();
    m_reader.setAccessibleDescription(m_restingDescription);
    m_shown.clear();
}

} // namespace heupwijzer::ui
