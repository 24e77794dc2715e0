#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QSettings;

/**
 * Keeps a table's column widths, order and sort column in QSettings ("columns/<key>"), so
 * that they are as the user left them at the next start. Attach after the model is set.
 */
class HeaderMemory final : public QObject
{
    Q_OBJECT

public:
    /// Restores the saved layout, if any, and saves every later change. Returns whether a
    /// saved layout was restored (the caller's default sizing is then not wanted).
    static bool attach(QHeaderView *header, const QString &key, QSettings *settings);
    /// Whether the user has changed the layout since it was attached or restored.
    static bool isRemembered(const QHeaderView *header);
    /// Resizes a section as the app's default, which is neither saved nor counted as the
    /// user's choice (a column fitted to the window's width).
    static void resizeByDefault(QHeaderView *header, int logical, int size);

private:
    HeaderMemory(QHeaderView *header, QString key, QSettings *settings);
    void save();

    QHeaderView *m_header;
    QString m_key;
    QSettings *m_settings;
    bool m_remembered = false;
    bool m_defaulting = false;
};
