#include "AmountField.h"
#include "Language.h"
#include "ModalAnswers.h"
#include "PolicyDialog.h"
#include "PolicyRuleDialog.h"
#include "Screenshot.h"
#include "TeamPolicy.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

/// A new team's policy (schema 1 and 3), with a key of a newer desktop at each level.
QJsonObject startingPolicy()
{
    return QJsonDocument::fromJson(R"({
      "rules": [
        {"name": "any amount to a new country", "new_country": true, "approvals": 1},
        {"name": "over 25,000 USD to a new counterparty", "new_counterparty": true,
         "min_usd": "25000", "approvals": 1},
        {"name": "over 50,000 USD", "min_usd": "50000", "approvals": 1, "weekdays": [1, 2]}
      ],
      "daily_limit_usd": "10000",
      "daily_approvals": 1,
      "hold_hours": 24,
      "usd_rates": {"USD": "1", "USDC": "1", "USDT": "1"},
      "card_approvals": {"unfreeze": 1, "create": 1, "limit_raise": 1, "replace": 2},
      "newer": {"kept": true}
    })")
        .object();
}

QDialogButtonBox *buttonsOf(QDialog *d)
{
    return d->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
}

void type(AmountField *field, const QString &text)
{
    field->edit()->selectAll();
    QTest::keyClicks(field->edit(), text);
}

/// An amount as a person writes it in the window's language ("12.500,00" in German).
QString written(const char *amount, int decimals = 0)
{
    return Money::parse(QString::fromLatin1(amount))->toLocaleString(QLocale(), decimals);
}

/// Text that could mean two amounts in the window's language: the other decimal mark.
QString ambiguous()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("12.50")
                                                          : QStringLiteral("12,50");
}

} // namespace

/// The team policy as an admin edits it: a form per rule, in the reader's language; what
/// the form does not show survives; input that is not an amount is refused, never guessed.
class TestPolicyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { Dialogs::clearAnswers(); }
    void readsAndWritesThePolicyWhole();
    void reasonsAreSaidInWords();
    void anAdminEditsEachRuleInItsForm();
    void inputThatIsNoAmountIsRefused();
};

void TestPolicyDialog::initTestCase()
{
    // Screenshots in another language: TD_TEST_LANGUAGE=de or es.
    if (const QString lang = qEnvironmentVariable("TD_TEST_LANGUAGE"); !lang.isEmpty())
        Language::apply(qApp, lang);
}

void TestPolicyDialog::readsAndWritesThePolicyWhole()
{
    const QJsonObject start = startingPolicy();
    const TeamPolicy policy = TeamPolicy::fromJson(start);
    QCOMPARE(policy.rules.size(), 3);
    QCOMPARE(policy.toJson(), start);
    if (!qEnvironmentVariableIsEmpty("TD_TEST_LANGUAGE"))
        return; // the words below are English
    QCOMPARE(policy.rules.at(0).conditions(), QStringLiteral("to a new country"));
    QCOMPARE(policy.rules.at(1).conditions(),
             QStringLiteral("over 25,000.00 USD · to a new counterparty"));
    PolicyRule r;
    r.currency = QStringLiteral("EUR");
    r.minAmount = Money::parse(u"1000.5");
    r.method = QStringLiteral("dinari.swift");
    QCOMPARE(r.conditions(), QStringLiteral("over 1,000.50 EUR · by SWIFT wire"));
    QCOMPARE(PolicyRule().conditions(), QStringLiteral("any payout"));
    const QStringList lines = policy.lines();
    QVERIFY2(lines.contains(QStringLiteral("over 50,000.00 USD: 1 approval(s)")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("unfreezing a card: 1 approval(s)")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("amounts valued at 1 USD = 1 USD, 1 USDC = 1 USD, "
                                           "1 USDT = 1 USD")),
             qPrintable(lines.join(u'\n')));
}

void TestPolicyDialog::reasonsAreSaidInWords()
{
    if (!qEnvironmentVariableIsEmpty("TD_TEST_LANGUAGE"))
        return;
    const auto reason = [](const char *json) {
        return TeamPolicy::reasonText(QJsonDocument::fromJson(json).object());
    };
    // The database's own English names give way to the conditions in the reader's words.
    QCOMPARE(reason(R"({"rule": "over 50,000 USD", "approvals": 1,
                        "conditions": {"min_usd": "50000"}})"),
             QStringLiteral("over 50,000.00 USD"));
    QCOMPARE(reason(R"({"rule": "unnamed rule", "conditions": {"new_country": true}})"),
             QStringLiteral("to a new country"));
    // A name the team chose goes with them.
    QCOMPARE(reason(R"({"rule": "Board sign-off", "conditions": {"min_usd": "1000000"}})"),
             QStringLiteral("over 1,000,000.00 USD (“Board sign-off”)"));
    QCOMPARE(reason(R"({"rule": "daily total", "limit_usd": "10000", "today_usd": "9000"})"),
             QStringLiteral("a person's daily total above 10,000.00 USD"));
    QCOMPARE(reason(R"({"rule": "card unfreeze", "approvals": 1})"),
             QStringLiteral("unfreezing a card"));
    QCOMPARE(reason(R"({"rule": "over 1 EUR", "conditions": {"min_usd": "1"},
                        "no_usd_rate": true})"),
             QStringLiteral("over 1.00 USD (“over 1 EUR”), applied because the policy has no "
                            "USD rate for the currency"));
    // A database older than the conditions: its name as it is.
    QCOMPARE(reason(R"({"rule": "over 50,000 USD", "approvals": 1})"),
             QStringLiteral("over 50,000 USD"));
}

void TestPolicyDialog::anAdminEditsEachRuleInItsForm()
{
    PolicyDialog dialog(TeamPolicy::fromJson(startingPolicy()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *rules = dialog.findChild<QTableWidget *>(QStringLiteral("policyRules"));
    QCOMPARE(rules->rowCount(), 3);
    QCOMPARE(rules->item(2, 0)->text(),
             TeamPolicy::fromJson(startingPolicy()).rules.at(2).conditions());
    QVERIFY(TestSupport::screenshot(&dialog, QStringLiteral("policy-dialog")));

    // The third rule: above 40,000 USD by SWIFT, two approvals; typed as a person would.
    rules->selectRow(2);
    TestSupport::fillNextDialog<PolicyRuleDialog>([](PolicyRuleDialog *d) {
        type(d->findChild<AmountField *>(QStringLiteral("ruleMinUsd")), written("40000", 2));
        auto *method = d->findChild<QComboBox *>(QStringLiteral("ruleMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("dinari.swift")));
        d->findChild<QSpinBox *>(QStringLiteral("ruleApprovals"))->setValue(2);
        QVERIFY(TestSupport::screenshot(d, QStringLiteral("policy-rule-dialog")));
        buttonsOf(d)->button(QDialogButtonBox::Ok)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("policyEditRule"))->click();
    // Its old English name no longer says what it does: gone with the change.
    QCOMPARE(rules->item(2, 2)->text(), QString());
    QCOMPARE(rules->item(1, 2)->text(), QString()); // a starting rule is named by its conditions
    // A new rule: anything above 1,000.50 EUR to a new country, with a name.
    TestSupport::fillNextDialog<PolicyRuleDialog>([](PolicyRuleDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(QStringLiteral("EU"));
        auto *currency = d->findChild<QComboBox *>(QStringLiteral("ruleCurrency"));
        currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
        type(d->findChild<AmountField *>(QStringLiteral("ruleMinAmount")), written("1000.50", 2));
        d->findChild<QCheckBox *>(QStringLiteral("ruleNewCountry"))->setChecked(true);
        buttonsOf(d)->button(QDialogButtonBox::Ok)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("policyAddRule"))->click();
    QCOMPARE(rules->rowCount(), 4);
    // The first rule goes.
    rules->selectRow(0);
    dialog.findChild<QPushButton *>(QStringLiteral("policyRemoveRule"))->click();
    QCOMPARE(rules->rowCount(), 3);
    type(dialog.findChild<AmountField *>(QStringLiteral("policyDailyLimit")), written("12500", 2));
    dialog.findChild<QSpinBox *>(QStringLiteral("policyDailyApprovals"))->setValue(2);
    dialog.findChild<QSpinBox *>(QStringLiteral("policyHoldHours"))->setValue(48);
    dialog.findChild<QSpinBox *>(QStringLiteral("policyUnfreeze"))->setValue(0);
    dialog.findChild<QPushButton *>(QStringLiteral("policyAddRate"))->click();
    auto *rates = dialog.findChild<QTableWidget *>(QStringLiteral("policyRates"));
    rates->item(3, 0)->setText(QStringLiteral("eur"));
    rates->item(3, 1)->setText(written("1.08", 2));
    QVERIFY(buttonsOf(&dialog)->button(QDialogButtonBox::Ok)->isEnabled());

    const QJsonObject expected = QJsonDocument::fromJson(R"({
      "rules": [
        {"name": "over 25,000 USD to a new counterparty", "new_counterparty": true,
         "min_usd": "25000", "approvals": 1},
        {"min_usd": "40000", "method": "dinari.swift", "approvals": 2, "weekdays": [1, 2]},
        {"name": "EU", "currency": "EUR", "min_amount": "1000.5", "new_country": true,
         "approvals": 1}
      ],
      "daily_limit_usd": "12500",
      "daily_approvals": 2,
      "hold_hours": 48,
      "usd_rates": {"USD": "1", "USDC": "1", "USDT": "1", "EUR": "1.08"},
      "card_approvals": {"unfreeze": 0, "create": 1, "limit_raise": 1, "replace": 2},
      "newer": {"kept": true}
    })")
                                     .object();
    QCOMPARE(dialog.policy().toJson(), expected);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("policyTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QVERIFY(TestSupport::screenshot(&dialog, QStringLiteral("policy-dialog-%1").arg(tab)));
    }
}

void TestPolicyDialog::inputThatIsNoAmountIsRefused()
{
    PolicyDialog dialog(TeamPolicy::fromJson(startingPolicy()));
    dialog.show();
    QPushButton *propose = buttonsOf(&dialog)->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("policyProblem"));
    // Grouping in the wrong place could mean two amounts: refused, never reinterpreted.
    auto *total = dialog.findChild<AmountField *>(QStringLiteral("policyDailyLimit"));
    type(total, ambiguous());
    QVERIFY(!propose->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    type(total, written("12500", 2));
    QVERIFY2(propose->isEnabled(), qPrintable(problem->text()));
    // A rate that is not a number.
    auto *rates = dialog.findChild<QTableWidget *>(QStringLiteral("policyRates"));
    rates->item(0, 1)->setText(QStringLiteral("one"));
    QVERIFY(!propose->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("USD")), qPrintable(problem->text()));
    rates->item(0, 1)->setText(QStringLiteral("1"));
    QVERIFY(propose->isEnabled());

    // In a rule's form, an amount that does not read keeps OK off.
    PolicyRuleDialog rule(PolicyRule{});
    rule.show();
    auto *above = rule.findChild<AmountField *>(QStringLiteral("ruleMinUsd"));
    type(above, ambiguous());
    QVERIFY(!buttonsOf(&rule)->button(QDialogButtonBox::Ok)->isEnabled());
    type(above, written("1000.5", 1));
    QVERIFY(buttonsOf(&rule)->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(rule.rule().minUsd, Money::parse(u"1000.5"));
    // Left empty: any amount.
    above->edit()->clear();
    QCOMPARE(rule.rule().minUsd, std::nullopt);
}

QTEST_MAIN(TestPolicyDialog)
#include "tst_policy_dialog.moc"
