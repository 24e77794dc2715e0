#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * A text the app writes into the journal ("4 payees", "Done: 7 paid, 0 failed."), kept as
 * its English source and its arguments so that each reader sees it in their own language.
 * Sources are marked with QT_TRANSLATE_NOOP("JournalText", ...) (QT_TRANSLATE_N_NOOP for
 * %n) where they are written; a provider's own words are kept verbatim.
 */
class JournalText final
{
public:
    JournalText() = default;
    /// `source` must be a marked literal; `n` fills its %n (and picks the plural form).
    explicit JournalText(const char *source, const QStringList &args = {}, int n = -1);
    /// Words that are not ours (a provider's message): shown as they are.
    static JournalText verbatim(const QString &text);

    bool isEmpty() const { return m_source.isEmpty(); }
    bool isTranslatable() const { return m_translatable; }
    /// In the language the app runs in now.
    QString render() const;

    /// {"source", "args", "n"}; empty for verbatim text, which the journal keeps as text.
    QJsonObject toJson() const;
    /// What toJson wrote; an empty text for anything else.
    static JournalText fromJson(const QJsonObject &json);

private:
    QString m_source;
    QStringList m_args;
    int m_n = -1;
    bool m_translatable = false;
};
