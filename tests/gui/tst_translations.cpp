#include "BalancesPage.h"
#include "Clock.h"
#include "DemoApp.h"
#include "ExportDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModalAnswers.h"
#include "PayoutForm.h"
#include "PayoutsPage.h"
#include "PreferencesDialog.h"
#include "Screenshot.h"
#include "TeamDialog.h"
#include "TransactionsModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

/// German and Spanish are complete and current, and the app speaks them.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // Each test starts and ends in English, whatever the one before installed.
    void init() { removeTranslators(); }
    void cleanup() { removeTranslators(); }
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void tsFileIsCurrent_data();
    void tsFileIsCurrent();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void englishPluralsAreWords();
    void unshippedLanguageFallsBackToEnglish();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList forms; ///< one, or one per plural form
        QString type;      ///< unfinished, vanished, obsolete; empty when done
    };
    static QList<Message> read(const QString &path, QString *error);
    static void removeTranslators();
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message();
            m.context = context;
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.forms.append(xml.readElementText());
            }
            if (m.forms.isEmpty())
                m.forms.append(text);
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

void TestTranslations::removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("en plurals") << QStringLiteral("en");
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages =
        read(QStringLiteral(TD_SOURCE_DIR "/translations/treasury_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (language == QLatin1String("en") ? 20 : 500));
    const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    auto placeholders = [&](const QString &s) {
        QSet<QString> found;
        for (const auto &m : placeholder.globalMatch(s))
            found.insert(m.captured());
        return found;
    };
    auto accelerators = [](QString s) { return s.remove(QStringLiteral("&&")).count(u'&'); };
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(" — ") + where;
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty — ") + where;
            else if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ — ") + where + " → " + form;
            // An &-shortcut in the source needs one in the translation (and only one).
            if (m.source.contains(u'&') && accelerators(form) != accelerators(m.source) &&
                !m.source.contains(QLatin1String("&&")) && !m.source.contains(u'<'))
                problems << QStringLiteral("shortcut — ") + where + " → " + form;
        }
        if (m.forms.size() > 1 && !m.forms.constLast().contains(QLatin1String("%n")))
            problems << QStringLiteral("plural without %n — ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::tsFileIsCurrent_data()
{
    tsFileIsComplete_data();
}

void TestTranslations::tsFileIsCurrent()
{
    QFETCH(QString, language);
    // lupdate over today's sources, into a copy: any text it finds that the .ts lacks
    // comes back unfinished, any it no longer finds is dropped (-no-obsolete).
    const QString dir = TestSupport::makeTempDir();
    const QString copy = dir + QStringLiteral("/current.ts");
    QVERIFY(QFile::copy(QStringLiteral(TD_SOURCE_DIR "/translations/treasury_%1.ts").arg(language),
                        copy));
    QFile list(QStringLiteral(TD_TRANSLATED_SOURCES_FILE));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.errorString()));
    QStringList arguments = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(arguments.size() > 50);
    arguments << QStringLiteral("-no-obsolete") << QStringLiteral("-locations")
              << QStringLiteral("none") << QStringLiteral("-ts") << copy;
    if (language == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.start(QStringLiteral(TD_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> current = read(copy, &error);
    const QList<Message> shipped =
        read(QStringLiteral(TD_SOURCE_DIR "/translations/treasury_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message &m : current) {
        if (!m.type.isEmpty())
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build build --target update_translations` "
                                       "and translate:\n") +
                        missing.mid(0, 20).join(u'\n')));
    QCOMPARE(current.size(), shipped.size());
}

void TestTranslations::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QString>("amount");
    // English too: the source's own Alt keys and widths are checked the same way.
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{"Balances", "Cards",      "Transactions",
                                       "Payouts",  "Recipients", "Approvals"}
                        << QStringLiteral("50,253.78");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{"Salden",       "Karten",    "Transaktionen",
                                       "Auszahlungen", "Empfänger", "Freigaben"}
                        << QStringLiteral("50.253,78");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{"Saldos", "Tarjetas",      "Transacciones",
                                       "Pagos",  "Destinatarios", "Aprobaciones"}
                        << QStringLiteral("50.253,78");
}

void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, pages);
    QFETCH(QString, amount);
    QVERIFY(language == QLatin1String("en") || Language::shipped().contains(language));
    QCOMPARE(Language::apply(qApp, language), language);
    auto app = TestSupport::startDemoApp(QStringLiteral("TreasuryDeskTranslationTest"));
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1200, 760);
    window->show();
    auto *navigation = window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i)
        shown << navigation->item(i)->text();
    QCOMPARE(shown, pages);
    // Amounts in the language's own notation.
    QAbstractItemModel *balances = window->findChild<BalancesPage *>()->tree()->model();
    auto amountShown = [&] {
        const QModelIndexList hits = balances->match(balances->index(0, 0), Qt::DisplayRole, amount,
                                                     -1, Qt::MatchRecursive | Qt::MatchExactly);
        if (!hits.isEmpty())
            return true;
        for (int g = 0; g < balances->rowCount(); ++g) {
            const QModelIndex group = balances->index(g, 0);
            for (int r = 0; r < balances->rowCount(group); ++r) {
                for (int c = 0; c < balances->columnCount(group); ++c) {
                    if (balances->index(r, c, group).data().toString() == amount)
                        return true;
                }
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(amountShown(), 15000);
    // Pictures of the finished refresh (rates, transactions), not of one under way.
    QTRY_VERIFY_WITH_TIMEOUT(
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled(), 30000);
    // Within each menu, every &-shortcut is a different letter (Alt+letter picks one).
    for (QAction *menu : window->menuBar()->actions()) {
        QSet<QChar> letters;
        for (QAction *a : menu->menu()->actions()) {
            const QString text = a->text();
            const qsizetype at = text.indexOf(u'&');
            if (a->isSeparator() || at < 0 || at + 1 >= text.size())
                continue;
            const QChar letter = text.at(at + 1).toLower();
            QVERIFY2(!letters.contains(letter),
                     qPrintable(menu->text() + QStringLiteral(": ") + text));
            letters.insert(letter);
        }
    }
    // The payout form's longest line: a fee estimated from the contract, for an amount.
    PayoutsPage *payouts = window->payoutsPage();
    payouts->showMethod(PayoutMethod::DinariAch);
    QTest::keyClicks(
        payouts->form(PayoutMethod::DinariAch)->findChild<QLineEdit *>(QStringLiteral("amount")),
        QLocale().toString(25.5, 'f', 2));
    QStringList everyCut; // what each page cuts short, all pages told at once
    for (int page = 0; page < pages.size(); ++page) {
        window->showPage(page);
        QTest::qWait(200);
        QVERIFY(
            TestSupport::screenshot(window, QStringLiteral("%1-page%2").arg(language).arg(page)));
        // At the default size, no button or column header of the page is cut short.
        QWidget *shown = window->centralWidget(); // other pages are hidden
        QStringList cut;
        for (QAbstractButton *button : shown->findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty() &&
                button->width() < button->sizeHint().width())
                cut << QStringLiteral("button \"%1\"").arg(button->text());
        }
        for (QHeaderView *header : shown->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
                if (header->sectionSize(i) < needed)
                    cut << QStringLiteral("header \"%1\" (%2 < %3)")
                               .arg(text)
                               .arg(header->sectionSize(i))
                               .arg(needed);
            }
        }
        // Every state word whole in the transactions' Status column.
        if (auto *table = shown->findChild<QTableView *>(QStringLiteral("transactionsTable"));
            table && table->isVisible()) {
            for (const Transaction::Status status : Transaction::Statuses) {
                const QString word = TransactionsModel::statusWord(status);
                if (table->columnWidth(TransactionsModel::Status) <
                    table->fontMetrics().horizontalAdvance(word) + 8)
                    cut << QStringLiteral("status \"%1\"").arg(word);
            }
        }
        // Alt+letter of a button on the page must not be a menu's (Alt+F is File's).
        QSet<QChar> menuLetters;
        for (QAction *menu : window->menuBar()->actions()) {
            const qsizetype at = menu->text().indexOf(u'&');
            if (at >= 0 && at + 1 < menu->text().size())
                menuLetters.insert(menu->text().at(at + 1).toLower());
        }
        QSet<QChar> pageLetters; // and no two buttons of a page share one
        for (QAbstractButton *button : shown->findChildren<QAbstractButton *>()) {
            const qsizetype at = button->text().indexOf(u'&');
            if (!button->isVisible() || at < 0 || at + 1 >= button->text().size())
                continue;
            const QChar letter = button->text().at(at + 1).toLower();
            if (menuLetters.contains(letter) || pageLetters.contains(letter))
                cut << QStringLiteral("button \"%1\" takes another's Alt key").arg(button->text());
            pageLetters.insert(letter);
        }
        // Nothing on a page makes the window wider than it was made.
        if (window->width() > 1200)
            cut << QStringLiteral("the window grew to %1 px").arg(window->width());
        // Every column in view: no table or form scrolls sideways (a user sizing columns
        // may).
        for (QAbstractScrollArea *view : shown->findChildren<QAbstractScrollArea *>()) {
            if (view->isVisible() && view->horizontalScrollBar()->maximum() > 0)
                cut << QStringLiteral("\"%1\" (%2) scrolls sideways by %3")
                           .arg(view->objectName(), QLatin1String(view->metaObject()->className()))
                           .arg(view->horizontalScrollBar()->maximum());
        }
        if (!cut.isEmpty())
            everyCut << pages.at(page) + QStringLiteral(": ") + cut.join(u',');
    }
    QVERIFY2(everyCut.isEmpty(), qPrintable(everyCut.join(u'\n')));
    // Preferences in the language, every label whole.
    bool dialogSeen = false;
    TestSupport::fillNextDialog<PreferencesDialog>([&](PreferencesDialog *d) {
        dialogSeen = true;
        // Filled dialogs are not shown by the seam: show it as the user would see it.
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        for (QLabel *label : d->findChildren<QLabel *>()) {
            if (!label->wordWrap() && label->isVisible())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        for (QAbstractButton *button : d->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        QVERIFY(TestSupport::screenshot(d, language + QStringLiteral("-preferences")));
        d->reject();
    });
    window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY(dialogSeen);
    // File → Team…, before joining a team: every button and label whole.
    window->findChild<QAction *>(QStringLiteral("teamAction"))->trigger();
    auto *team = window->findChild<TeamDialog *>(QStringLiteral("teamDialog"));
    QVERIFY(team);
    QVERIFY(QTest::qWaitForWindowExposed(team));
    for (QAbstractButton *button : team->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    for (QLabel *label : team->findChildren<QLabel *>()) {
        if (!label->wordWrap() && label->isVisible())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    QVERIFY(TestSupport::screenshot(team, language + QStringLiteral("-team")));
    team->close();
    // The CSV export dialog, whose format choices name the language's own marks.
    {
        QSettings settings;
        const Clock &clock = Clock::system();
        ExportDialog exportDialog(120, 3, ViewContext{&settings, &clock}, window);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        for (QLabel *label : exportDialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u'&') || label->buddy(), qPrintable(label->text()));
        for (QAbstractButton *button : exportDialog.findChildren<QAbstractButton *>())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        auto *format = exportDialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"));
        QVERIFY(format->width() >= format->sizeHint().width());
        // German and Spanish write decimals with a comma: cells are split by ";".
        QVERIFY2(format->itemText(1).contains(language == QLatin1String("en") ? u',' : u';'),
                 qPrintable(format->itemText(1)));
        QVERIFY(TestSupport::screenshot(&exportDialog, language + QStringLiteral("-csv-export")));
        // The workbook: its own suffix, and no BOM or manifest to offer.
        format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
        QVERIFY2(exportDialog.path().endsWith(QLatin1String(".xlsx")),
                 qPrintable(exportDialog.path()));
        QVERIFY(!exportDialog.findChild<QCheckBox *>(QStringLiteral("exportBom"))->isEnabled());
        QVERIFY(TestSupport::screenshot(&exportDialog, language + QStringLiteral("-xlsx-export")));
    }
    app.reset();
    removeTranslators();
}

void TestTranslations::englishPluralsAreWords()
{
    QCOMPARE(Language::apply(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("AppController", "%n connection(s)", nullptr, 1),
             QStringLiteral("1 connection"));
    QCOMPARE(QCoreApplication::translate("AppController", "%n connection(s)", nullptr, 6),
             QStringLiteral("6 connections"));
    removeTranslators();
}

void TestTranslations::unshippedLanguageFallsBackToEnglish()
{
    QCOMPARE(Language::resolve(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Language::resolve(QStringLiteral("de")), QStringLiteral("de"));
    // Klingon is not shipped: the system's language if shipped, else English.
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    const QString expected = Language::shipped().contains(system) ? system : QStringLiteral("en");
    QCOMPARE(Language::resolve(QStringLiteral("tlh")), expected);
    QCOMPARE(Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Language::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
