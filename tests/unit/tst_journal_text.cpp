#include "ActionJournal.h"
#include "JournalModel.h"
#include "JournalText.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

// Stands in for a language's catalogue: German words for two of the journal's texts.
class GermanWords final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "JournalText") != 0)
            return {};
        if (qstrcmp(source, "%n payee(s)") == 0)
            return n == 1 ? QStringLiteral("%n Empfänger") : QStringLiteral("%n Empfänger:innen");
        if (qstrcmp(source, "Done: %1 paid, %2 failed.") == 0)
            return QStringLiteral("Fertig: %1 bezahlt, %2 fehlgeschlagen.");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestJournalText : public QObject
{
    Q_OBJECT

private slots:
    void argumentsAreFilledOnce();
    void sourceSurvivesJson();
    void journalKeepsTheSourceAndTheLink();
    void rowsAreShownInTheReadersLanguage();
};

void TestJournalText::argumentsAreFilledOnce()
{
    // A provider's words holding "%2" stay as they are.
    const JournalText t(QT_TRANSLATE_NOOP("JournalText", "Nothing was sent: %1"),
                        {QStringLiteral("bad field %2 (100%)")});
    QCOMPARE(t.render(), QStringLiteral("Nothing was sent: bad field %2 (100%)"));
    QCOMPARE(JournalText::verbatim(QStringLiteral("pending %1")).render(),
             QStringLiteral("pending %1"));
    QVERIFY(!JournalText::verbatim(QStringLiteral("x")).isTranslatable());
    QVERIFY(JournalText().isEmpty());
}

void TestJournalText::sourceSurvivesJson()
{
    const JournalText t(QT_TRANSLATE_N_NOOP("JournalText", "%1 for %n hour(s)"),
                        {QStringLiteral("C-17")}, 48);
    const JournalText back = JournalText::fromJson(t.toJson());
    QCOMPARE(back.render(), t.render());
    QCOMPARE(back.render(), QStringLiteral("C-17 for 48 hour(s)"));
    // Verbatim text is the row's plain text: nothing to keep beside it.
    QVERIFY(JournalText::verbatim(QStringLiteral("INITIATED")).toJson().isEmpty());
    QVERIFY(JournalText::fromJson(QJsonObject{{QStringLiteral("args"), 3}}).isEmpty());
}

void TestJournalText::journalKeepsTheSourceAndTheLink()
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    JournalEntry e;
    e.key = QStringLiteral("batch-1");
    e.provider = QStringLiteral("dots");
    e.connection = QStringLiteral("Dots");
    e.action = JournalAction(JournalAction::Kind::Batch);
    e.targetText = JournalText(QT_TRANSLATE_N_NOOP("JournalText", "%n payee(s)"), {}, 4);
    const auto id = journal.append(e);
    QVERIFY2(id, qPrintable(journal.lastError()));
    // The file's plain text says it too, for readers of the file.
    QCOMPARE(journal.byKey(e.key)->target, QStringLiteral("4 payee(s)"));
    const QString link = QStringLiteral("https://pay.example/l/abc");
    QVERIFY(journal.update(*id, JournalEntry::State::Succeeded, QStringLiteral("B-1"),
                           JournalText(QT_TRANSLATE_NOOP("JournalText", "%1; the link: %2"),
                                       {QStringLiteral("created"), link}),
                           QString(), link));
    JournalEntry stored = *journal.byKey(e.key);
    QCOMPARE(stored.link, link);
    QCOMPARE(stored.statusWord(), QStringLiteral("created"));
    QCOMPARE(stored.shownMessage(), QStringLiteral("created; the link: ") + link);
    // A later answer in the provider's words replaces ours, and keeps the link.
    QVERIFY(journal.update(*id, JournalEntry::State::Succeeded, QStringLiteral("B-1"),
                           QStringLiteral("completed")));
    stored = *journal.byKey(e.key);
    QVERIFY(stored.messageText.isEmpty());
    QCOMPARE(stored.shownMessage(), QStringLiteral("completed"));
    QCOMPARE(stored.link, link);
}

void TestJournalText::rowsAreShownInTheReadersLanguage()
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(journal.open());
    JournalEntry e;
    e.key = QStringLiteral("batch-2");
    e.provider = QStringLiteral("dots");
    e.connection = QStringLiteral("Dots");
    e.action = JournalAction(JournalAction::Kind::Batch);
    e.targetText = JournalText(QT_TRANSLATE_N_NOOP("JournalText", "%n payee(s)"), {}, 4);
    const auto id = journal.append(e); // written by an English desktop
    QVERIFY(id);
    QVERIFY(
        journal.update(*id, JournalEntry::State::Succeeded, QStringLiteral("B-2"),
                       JournalText(QT_TRANSLATE_NOOP("JournalText", "Done: %1 paid, %2 failed."),
                                   {QStringLiteral("3"), QStringLiteral("1")})));
    // Read where the app speaks German: the words follow the reader, not the writer.
    GermanWords german;
    QCoreApplication::installTranslator(&german);
    JournalModel model;
    model.setEntries(journal.entries());
    const QString target = model.index(0, JournalModel::Target).data().toString();
    const QString message = model.index(0, JournalModel::Message).data().toString();
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(target, QStringLiteral("4 Empfänger:innen"));
    QCOMPARE(message, QStringLiteral("Fertig: 3 bezahlt, 1 fehlgeschlagen."));
    // The file keeps what the writer saw.
    QCOMPARE(journal.byKey(e.key)->message, QStringLiteral("Done: 3 paid, 1 failed."));
    QCOMPARE(model.index(0, JournalModel::Target).data().toString(), QStringLiteral("4 payee(s)"));
}

QTEST_GUILESS_MAIN(TestJournalText)
#include "tst_journal_text.moc"
