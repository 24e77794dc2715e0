<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refresh error(s)</source>
        <translation>
            <numerusform>, %n refresh error</numerusform>
            <numerusform>, %n refresh errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message numerus="yes">
        <source>Approve %n payout(s). Note (optional):</source>
        <translation>
            <numerusform>Approve %n payout. Note (optional):</numerusform>
            <numerusform>Approve %n payouts. Note (optional):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceGroupsModel</name>
    <message numerus="yes">
        <source>%n without a rate</source>
        <translation>
            <numerusform>%n without a rate</numerusform>
            <numerusform>%n without a rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n balance(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n balance)</numerusform>
            <numerusform>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n balances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPayoutForm</name>
    <message numerus="yes">
        <source>%n payout(s), %1</source>
        <translation>
            <numerusform>%n payout, %1</numerusform>
            <numerusform>%n payouts, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) with errors</source>
        <translation>
            <numerusform>; %n line with errors</numerusform>
            <numerusform>; %n lines with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n warning</numerusform>
            <numerusform>; %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) totalling %1 USD from %2?</source>
        <translation>
            <numerusform>Send %n payout totalling %1 USD from %2?</numerusform>
            <numerusform>Send %n payouts totalling %1 USD from %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors are left out.</source>
        <translation>
            <numerusform>%n line with errors is left out.</numerusform>
            <numerusform>%n lines with errors are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) repeat a recent payout or another line.</source>
        <translation>
            <numerusform>%n line repeats a recent payout or another line.</numerusform>
            <numerusform>%n lines repeat a recent payout or another line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) are left out.</source>
        <translation>
            <numerusform>%n repeated line is left out.</numerusform>
            <numerusform>%n repeated lines are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message numerus="yes">
        <source>Unfreezing %n card(s) that emergency freeze froze.</source>
        <translation>
            <numerusform>Unfreezing %n card that emergency freeze froze.</numerusform>
            <numerusform>Unfreezing %n cards that emergency freeze froze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: %n card(s) unfrozen.</source>
        <translation>
            <numerusform>Emergency freeze undone: %n card unfrozen.</numerusform>
            <numerusform>Emergency freeze undone: %n cards unfrozen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotsProvider</name>
    <message numerus="yes">
        <source>Dots lists %n transfer(s) carrying the journal&apos;s key</source>
        <translation>
            <numerusform>Dots lists %n transfer carrying the journal&apos;s key</numerusform>
            <numerusform>Dots lists %n transfers carrying the journal&apos;s key</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyFreezeButton</name>
    <message numerus="yes">
        <source>%1 (%n open card(s))</source>
        <translation>
            <numerusform>%1 (%n open card)</numerusform>
            <numerusform>%1 (%n open cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the emergency freeze of %1 (%n card(s) still frozen)…</source>
        <translation>
            <numerusform>Undo the emergency freeze of %1 (%n card still frozen)…</numerusform>
            <numerusform>Undo the emergency freeze of %1 (%n cards still frozen)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n open card(s)?</source>
        <translation>
            <numerusform>Freeze %n open card?</numerusform>
            <numerusform>Freeze %n open cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n card(s)</source>
        <translation>
            <numerusform>Freeze %n card</numerusform>
            <numerusform>Freeze %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze the %n card(s) this emergency freeze froze?</source>
        <translation>
            <numerusform>Unfreeze the %n card this emergency freeze froze?</numerusform>
            <numerusform>Unfreeze the %n cards this emergency freeze froze?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n card(s)</source>
        <translation>
            <numerusform>Unfreeze %n card</numerusform>
            <numerusform>Unfreeze %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze: all %n card(s) frozen.</source>
        <translation>
            <numerusform>Emergency freeze: %n card frozen.</numerusform>
            <numerusform>Emergency freeze: all %n cards frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: none of its %n card(s) is frozen now.</source>
        <translation>
            <numerusform>Emergency freeze undone: its card is not frozen now.</numerusform>
            <numerusform>Emergency freeze undone: none of its %n cards is frozen now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n card(s)</source>
        <translation>
            <numerusform>Retry %n card</numerusform>
            <numerusform>Retry %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapsBanner</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message numerus="yes">
        <source>%n payee(s)</source>
        <translation>
            <numerusform>%n payee</numerusform>
            <numerusform>%n payees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n hour(s)</source>
        <translation>
            <numerusform>%1 for %n hour</numerusform>
            <numerusform>%1 for %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider record(s) fit this payout; someone must look at them and decide. Nothing is sent again.</source>
        <translation>
            <numerusform>%n provider record fits this payout; someone must look at it and decide. Nothing is sent again.</numerusform>
            <numerusform>%n provider records fit this payout; someone must look at them and decide. Nothing is sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the provider&apos;s records after %n check(s) over %1 minutes. Nothing is sent again: check again, or mark it as not sent.</source>
        <translation>
            <numerusform>Not found in the provider&apos;s records after %n check over %1 minutes. Nothing is sent again: check again, or mark it as not sent.</numerusform>
            <numerusform>Not found in the provider&apos;s records after %n checks over %1 minutes. Nothing is sent again: check again, or mark it as not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as not sent by %1 after %n check(s) of the provider&apos;s records. It may be sent again.</source>
        <translation>
            <numerusform>Marked as not sent by %1 after %n check of the provider&apos;s records. It may be sent again.</numerusform>
            <numerusform>Marked as not sent by %1 after %n checks of the provider&apos;s records. It may be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock it and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be locked and waiting for its password: unlock it and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be locked and waiting for its password: unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n payout(s) wait for your approval</source>
        <translation>
            <numerusform>%n payout waits for your approval</numerusform>
            <numerusform>%n payouts wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) whose outcome is not known yet</source>
        <translation>
            <numerusform>%n payout whose outcome is not known yet</numerusform>
            <numerusform>%n payouts whose outcome is not known yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutController</name>
    <message numerus="yes">
        <source>%n record(s) fit</source>
        <translation>
            <numerusform>%n record fits</numerusform>
            <numerusform>%n records fit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutForm</name>
    <message numerus="yes">
        <source>Stop %1&apos;s trade scripts for %n hour(s)?</source>
        <translation>
            <numerusform>Stop %1&apos;s trade scripts for %n hour?</numerusform>
            <numerusform>Stop %1&apos;s trade scripts for %n hours?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message numerus="yes">
        <source>Exported %n journal row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n journal row to %1.</numerusform>
            <numerusform>Exported %n journal rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: searched %2, %n record(s) read: %3</source>
        <translation>
            <numerusform>%1: searched %2, %n record read: %3</numerusform>
            <numerusform>%1: searched %2, %n records read: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s) shown, or only the selected ones?</source>
        <translation>
            <numerusform>Export the row shown, or only the selected ones?</numerusform>
            <numerusform>Export all %n rows shown, or only the selected ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s)</source>
        <translation>
            <numerusform>The %n row</numerusform>
            <numerusform>All %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected</source>
        <translation>
            <numerusform>Only the %n selected</numerusform>
            <numerusform>Only the %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyRuleDialog</name>
    <message numerus="yes">
        <source>Applies to: %1. Needs %n approval(s).</source>
        <translation>
            <numerusform>Applies to: %1. Needs %n approval.</numerusform>
            <numerusform>Applies to: %1. Needs %n approvals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message numerus="yes">
        <source>%n payment(s) out, %1 %2 in all</source>
        <translation>
            <numerusform>%n payment out, %1 %2 in all</numerusform>
            <numerusform>%n payments out, %1 %2 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCardGate</name>
    <message numerus="yes">
        <source>%1: in the team journal, waiting for %n approval(s) (%2). Nothing is done until then.</source>
        <translation>
            <numerusform>%1: in the team journal, waiting for %n approval (%2). Nothing is done until then.</numerusform>
            <numerusform>%1: in the team journal, waiting for %n approvals (%2). Nothing is done until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPayoutSender</name>
    <message numerus="yes">
        <source>In the team journal, waiting for %n approval(s) (%1). Nothing is sent until then.</source>
        <translation>
            <numerusform>In the team journal, waiting for %n approval (%1). Nothing is sent until then.</numerusform>
            <numerusform>In the team journal, waiting for %n approvals (%1). Nothing is sent until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team policy: needs %n approval(s) before it is sent (%1).</source>
        <translation>
            <numerusform>Team policy: needs %n approval before it is sent (%1).</numerusform>
            <numerusform>Team policy: needs %n approvals before it is sent (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message numerus="yes">
        <source>%1: %n approval(s)</source>
        <translation>
            <numerusform>%1: %n approval</numerusform>
            <numerusform>%1: %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a person&apos;s payouts above %1 USD in a day: %n approval(s)</source>
        <translation>
            <numerusform>a person&apos;s payouts above %1 USD in a day: %n approval</numerusform>
            <numerusform>a person&apos;s payouts above %1 USD in a day: %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new bank account or address waits %n hour(s)</source>
        <translation>
            <numerusform>a new bank account or address waits %n hour</numerusform>
            <numerusform>a new bank account or address waits %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unfreezing a card: %n approval(s)</source>
        <translation>
            <numerusform>unfreezing a card: %n approval</numerusform>
            <numerusform>unfreezing a card: %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new card: %n approval(s)</source>
        <translation>
            <numerusform>a new card: %n approval</numerusform>
            <numerusform>a new card: %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a card limit above the last one the team set: %n approval(s)</source>
        <translation>
            <numerusform>a card limit above the last one the team set: %n approval</numerusform>
            <numerusform>a card limit above the last one the team set: %n approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSignatures</name>
    <message numerus="yes">
        <source>%n of %1 approvals carry a valid signature from a pinned key</source>
        <translation>
            <numerusform>%n of %1 approvals carries a valid signature from a pinned key</numerusform>
            <numerusform>%n of %1 approvals carry a valid signature from a pinned key</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWiring</name>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact and only grown since this desktop last looked.</source>
        <translation>
            <numerusform>Audit log: %n row, the chain intact and only grown since this desktop last looked.</numerusform>
            <numerusform>Audit log: %n rows, the chain intact and only grown since this desktop last looked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact. This desktop had not looked before; compare its checkpoint %1 with a colleague&apos;s (treasuryctl audit checkpoint).</source>
        <translation>
            <numerusform>Audit log: %n row, the chain intact. This desktop had not looked before; compare its checkpoint %1 with a colleague&apos;s (treasuryctl audit checkpoint).</numerusform>
            <numerusform>Audit log: %n rows, the chain intact. This desktop had not looked before; compare its checkpoint %1 with a colleague&apos;s (treasuryctl audit checkpoint).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n signature checked against the keys this desktop pinned.</numerusform>
            <numerusform>%n signatures checked against the keys this desktop pinned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionWorkbook</name>
    <message numerus="yes">
        <source>%n amount(s) have more than 15 significant digits, more than a spreadsheet number holds exactly: they are text cells, exact.</source>
        <translation>
            <numerusform>%n amount has more than 15 significant digits, more than a spreadsheet number holds exactly: it is a text cell, exact.</numerusform>
            <numerusform>%n amounts have more than 15 significant digits, more than a spreadsheet number holds exactly: they are text cells, exact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message numerus="yes">
        <source>, %n not moved</source>
        <translation>
            <numerusform>, %n not moved</numerusform>
            <numerusform>, %n not moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n transaction written to %1.</numerusform>
            <numerusform>%n transactions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more currency(ies)</source>
        <translation>
            <numerusform>+%n more currency</numerusform>
            <numerusform>+%n more currencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Treasuryctl</name>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n transaction.</numerusform>
            <numerusform>%n transactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n row(s) and its chain is intact.</source>
        <translation>
            <numerusform>The audit log holds %n row and its chain is intact.</numerusform>
            <numerusform>The audit log holds %n rows and its chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n signature checked against the keys this desktop pinned.</numerusform>
            <numerusform>%n signatures checked against the keys this desktop pinned.</numerusform>
        </translation>
    </message>
</context>
</TS>
