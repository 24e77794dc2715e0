#pragma once

#include <QHash>
#include <QString>

/**
 * The translations in a GNU gettext .mo file, read directly: Debian's iso-codes ships
 * country names in every language this way, and the app's language is its own choice,
 * not the process's C locale that libc's gettext would follow.
 */
class GettextCatalog final
{
public:
    /// Reads `path`; an unreadable or malformed file leaves the catalog empty.
    explicit GettextCatalog(const QString &path);
    /// The system's catalog of `domain` for `language` ("de"), if installed.
    static GettextCatalog system(const QString &domain, const QString &language);

    bool isEmpty() const { return m_messages.isEmpty(); }
    /// The translation of `text`, or `text` itself when there is none.
    QString translate(const QString &text) const { return m_messages.value(text, text); }

private:
    QHash<QString, QString> m_messages;
};
