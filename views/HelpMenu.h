#pragma once

#include "ViewContext.h"

#include <QObject>

class QMainWindow;
class QMenu;

/**
 * Help: what this is (version, the libraries and their licences), the keyboard shortcuts
 * of the window's own menus, and where the data, settings, secrets and logs live.
 */
class HelpMenu final : public QObject
{
    Q_OBJECT

public:
    HelpMenu(QMainWindow *window, const ViewContext &context);
    QMenu *menu() const { return m_menu; }

    /// The window's menu actions that have a shortcut, "Text\tShortcut", in menu order.
    static QStringList shortcuts(const QMainWindow *window);
    /// The store in use (a demo's is a temporary one); the chosen one until told.
    void setStorePath(const QString &path) { m_storePath = path; }
    /// Where things live, as shown in "Where Your Data Is".
    QString whereText() const;

private:
    void about();
    void showShortcuts();
    void where();

    QMainWindow *m_window;
    ViewContext m_context;
    QMenu *m_menu;
    QString m_storePath;
};
