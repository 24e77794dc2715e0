#include "HelpMenu.h"

#include "Preferences.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

HelpMenu::HelpMenu(QMainWindow *window, const ViewContext &context)
    : QObject(window), m_window(window), m_context(context),
      m_menu(window->menuBar()->addMenu(tr("&Help")))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts =
        m_menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_menu->addAction(tr("&Where Your Data Is"), this, &HelpMenu::where)
        ->setObjectName(QStringLiteral("whereAction"));
    m_menu->addSeparator();
    QAction *about = m_menu->addAction(tr("&About Treasury Desk"), this, &HelpMenu::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    m_menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QStringList HelpMenu::shortcuts(const QMainWindow *window)
{
    QStringList lines;
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        const QList<QAction *> actions = top->menu()->actions();
        for (QAction *a : actions) {
            if (a->shortcut().isEmpty())
                continue;
            // Menu › item, without the mnemonic marks.
            lines.append(QStringLiteral("%1 › %2\t%3")
                             .arg(QString(top->text()).remove(u'&'),
                                  QString(a->text()).remove(u'&'),
                                  a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    return lines;
}

void HelpMenu::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QStringList lines = shortcuts(m_window);
    table->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(lines.at(r).section(u'\t', 0, 0)));
        table->setItem(r, 1, new QTableWidgetItem(lines.at(r).section(u'\t', 1)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *box = new QVBoxLayout(&dialog);
    box->addWidget(table);
    box->addWidget(buttons);
    dialog.resize(table->horizontalHeader()->length() + 60, 420);
    dialog.exec();
}

QString HelpMenu::whereText() const
{
    const Preferences preferences = Preferences::load(*m_context.settings);
    const auto path = [](const QString &p) { return QDir::toNativeSeparators(p).toHtmlEscaped(); };
    return tr("<p><b>Transactions, balances and the payout journal</b><br>%1<br>"
              "(readable by you alone; Edit → Preferences can move it)</p>"
              "<p><b>Settings and connections</b> (no secrets)<br>%2</p>"
              "<p><b>Provider secrets</b><br>only in the system keychain, under "
              "\"%3\"</p>"
              "<p><b>Log</b><br>View → Log: this session's requests and errors, kept in "
              "memory, never a secret</p>")
        .arg(path(m_storePath.isEmpty() ? preferences.storePath() : m_storePath),
             path(m_context.settings->fileName()),
             QCoreApplication::applicationName().toHtmlEscaped());
}

void HelpMenu::where()
{
    QMessageBox box(QMessageBox::Information, tr("Where Your Data Is"), whereText(),
                    QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("whereBox"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void HelpMenu::about()
{
    QMessageBox::about(
        m_window, tr("About Treasury Desk"),
        tr("<h3>Treasury Desk %1</h3>"
           "<p>Balances, cards, transactions and payouts of dash.fi, Dinari, Dots, a crypto "
           "gateway and DART in one window.</p>"
           "<p>Built with Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite (public "
           "domain), libxlsxwriter (BSD-2-Clause) and Debian's iso-codes (LGPL-2.1).</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}
