#include "HeaderMemory.h"

#include <QHeaderView>
#include <QSettings>

namespace {
QString settingsKey(const QString &key)
{
    return QStringLiteral("columns/") + key;
}
} // namespace

HeaderMemory::HeaderMemory(QHeaderView *header, QString key, QSettings *settings)
    : QObject(header), m_header(header), m_key(std::move(key)), m_settings(settings)
{
    setObjectName(QStringLiteral("headerMemory"));
    // QSettings keeps writes in memory and flushes them later: saving on every step of a
    // drag costs nothing.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // The stretched last column follows the window's width, not the user's hand.
        const int last = m_header->logicalIndex(m_header->count() - 1);
        if (!m_defaulting && !(m_header->stretchLastSection() && logical == last))
            save();
    });
    connect(header, &QHeaderView::sectionMoved, this, &HeaderMemory::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HeaderMemory::save);
}

bool HeaderMemory::attach(QHeaderView *header, const QString &key, QSettings *settings)
{
    const QByteArray saved = settings->value(settingsKey(key)).toByteArray();
    // A layout saved for another set of columns (an older version) is not forced on this one.
    const bool restored = !saved.isEmpty() && header->restoreState(saved) &&
                          header->count() == header->model()->columnCount();
    auto *memory = new HeaderMemory(header, key, settings);
    memory->m_remembered = restored;
    return restored;
}

bool HeaderMemory::isRemembered(const QHeaderView *header)
{
    const auto *memory = header->findChild<HeaderMemory *>(QStringLiteral("headerMemory"));
    return memory && memory->m_remembered;
}

void HeaderMemory::resizeByDefault(QHeaderView *header, int logical, int size)
{
    auto *memory = header->findChild<HeaderMemory *>(QStringLiteral("headerMemory"));
    if (memory)
        memory->m_defaulting = true;
    header->resizeSection(logical, size);
    if (memory)
        memory->m_defaulting = false;
}

void HeaderMemory::save()
{
    m_remembered = true;
    m_settings->setValue(settingsKey(m_key), m_header->saveState());
}
