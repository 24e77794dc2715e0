<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>In words: %1 %2</source>
        <translation>In Worten: %1 %2</translation>
    </message>
</context>
<context>
    <name>AmountInput</name>
    <message>
        <source>Write the amount like %1.</source>
        <translation>Schreiben Sie den Betrag wie %1.</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. %1.</source>
        <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The decimal mark here is “%1”: did you mean %2?</source>
        <translation>Das Dezimalzeichen ist hier „%1“: Meinten Sie %2?</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3: type one of them.</source>
        <translation>„%1“ kann als %2 oder als %3 gelesen werden: Geben Sie eines davon ein.</translation>
    </message>
    <message>
        <source>This amount has too many digits.</source>
        <translation>Dieser Betrag hat zu viele Stellen.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo dash.fi (postpaid)</source>
        <translation>Demo dash.fi (nachträglich bezahlt)</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>No connections yet. Add one with File → Connections…, or start with --demo to try the sandbox.</source>
        <translation>Noch keine Verbindungen. Fügen Sie eine über Datei → Verbindungen… hinzu, oder starten Sie mit --demo, um die Sandbox auszuprobieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refresh error(s)</source>
        <translation>
            <numerusform>, %n Aktualisierungsfehler</numerusform>
            <numerusform>, %n Aktualisierungsfehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo (sandbox on 127.0.0.1:%1)</source>
        <translation>Demo (Sandbox auf 127.0.0.1:%1)</translation>
    </message>
    <message>
        <source>The demo&apos;s connections, to the sandbox on this computer. They are not saved and cannot be changed here; start without --demo to add your own.</source>
        <translation>Die Verbindungen der Demo, zur Sandbox auf diesem Computer. Sie werden nicht gespeichert und lassen sich hier nicht ändern; starten Sie ohne --demo, um eigene hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <source>Show payouts</source>
        <translation>Auszahlungen zeigen</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>Warten auf andere</translation>
    </message>
    <message>
        <source>All team payouts</source>
        <translation>Alle Auszahlungen des Teams</translation>
    </message>
    <message>
        <source>Team payouts</source>
        <translation>Auszahlungen des Teams</translation>
    </message>
    <message>
        <source>Approves the selected payouts, each once, with one note</source>
        <translation>Gibt die gewählten Auszahlungen frei, jede einmal, mit einer Notiz</translation>
    </message>
    <message>
        <source>Rejects the selected payout; a note says why</source>
        <translation>Lehnt die gewählte Auszahlung ab; eine Notiz sagt, warum</translation>
    </message>
    <message>
        <source>Not in a team: File → Team… connects to your team&apos;s database.</source>
        <translation>In keinem Team: Datei → Team… verbindet mit der Datenbank Ihres Teams.</translation>
    </message>
    <message>
        <source>A note is needed.</source>
        <translation>Eine Notiz ist nötig.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n payout(s). Note (optional):</source>
        <translation>
            <numerusform>%n Auszahlung freigeben. Notiz (optional):</numerusform>
            <numerusform>%n Auszahlungen freigeben. Notiz (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Warum wird sie abgelehnt?</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Sends the selected approved payout from this desktop, once</source>
        <translation>Sendet die gewählte freigegebene Auszahlung von diesem Rechner, genau einmal</translation>
    </message>
    <message>
        <source>Send payout</source>
        <translation>Auszahlung senden</translation>
    </message>
    <message>
        <source>Send %1 by %2 through %3 now?

It goes out from this desktop, once; the team journal records who sent it.</source>
        <translation>%1 per %2 über %3 jetzt senden?

Sie geht von diesem Rechner aus, genau einmal; das Team-Journal hält fest, wer sie gesendet hat.</translation>
    </message>
    <message>
        <source>%1 at %2 now?

It is done from this desktop, once; the team journal records who did it.</source>
        <translation>%1 bei %2 jetzt ausführen?

Es geschieht von diesem Rechner aus, genau einmal; das Team-Journal hält fest, wer es getan hat.</translation>
    </message>
    <message>
        <source>Card action</source>
        <translation>Kartenaktion</translation>
    </message>
    <message>
        <source>&amp;Lift hold…</source>
        <translation>Sp&amp;erre aufheben…</translation>
    </message>
    <message>
        <source>Lets payouts go to the selected payout&apos;s new bank account or address before its waiting period ends</source>
        <translation>Lässt Auszahlungen an das neue Bankkonto oder die neue Adresse der gewählten Auszahlung vor Ablauf der Wartezeit zu</translation>
    </message>
    <message>
        <source>the bank account ending %1</source>
        <translation>das Bankkonto mit der Endung %1</translation>
    </message>
    <message>
        <source>the address %1</source>
        <translation>die Adresse %1</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Let payouts go to %1 now, before its waiting period ends?

The team&apos;s audit log records that you lifted it.</source>
        <translation>Auszahlungen an %1 jetzt zulassen, vor Ablauf der Wartezeit?

Das Prüfprotokoll des Teams hält fest, dass Sie die Sperre aufgehoben haben.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 is missing</source>
        <translation>Zeile %1 fehlt</translation>
    </message>
    <message>
        <source>row %1 does not follow from the row before it</source>
        <translation>Zeile %1 folgt nicht aus der Zeile davor</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>row %1 is not the row this desktop saw: the log was rewritten</source>
        <translation>Zeile %1 ist nicht die Zeile, die dieser Rechner gesehen hat: das Protokoll wurde neu geschrieben</translation>
    </message>
    <message>
        <source>the log ends at row %1, before row %2 this desktop saw: rows were removed</source>
        <translation>das Protokoll endet bei Zeile %1, vor der Zeile %2, die dieser Rechner gesehen hat: Zeilen wurden entfernt</translation>
    </message>
</context>
<context>
    <name>AuditSignatures</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2 is not signed with a key of %3 that this desktop trusts</source>
        <translation>Zeile %1: %2 ist nicht mit einem Schlüssel von %3 signiert, dem dieser Rechner vertraut</translation>
    </message>
    <message>
        <source>the approval of %1&apos;s key</source>
        <translation>die Freigabe des Schlüssels von %1</translation>
    </message>
    <message>
        <source>the request %1</source>
        <translation>der Auftrag %1</translation>
    </message>
    <message>
        <source>the decision on %1</source>
        <translation>die Entscheidung über %1</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>no access_token in the token answer</source>
        <translation>kein access_token in der Token-Antwort</translation>
    </message>
</context>
<context>
    <name>BalanceAccount</name>
    <message>
        <source>Master account</source>
        <translation>Hauptkonto</translation>
    </message>
    <message>
        <source>payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>Reserve</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <source>Where the money is</source>
        <translation>Wo das Geld liegt</translation>
    </message>
    <message>
        <source>Total over time</source>
        <translation>Summe im Zeitverlauf</translation>
    </message>
    <message>
        <source>No stored balances yet: each refresh keeps one reading.</source>
        <translation>Noch keine gespeicherten Salden: Jede Aktualisierung speichert einen Stand.</translation>
    </message>
    <message>
        <source>By provider (USD)</source>
        <translation>Nach Anbieter (USD)</translation>
    </message>
    <message>
        <source>By currency (USD)</source>
        <translation>Nach Währung (USD)</translation>
    </message>
    <message>
        <source>Total per day in USD: crypto at today&apos;s rates; dashed where an account&apos;s first reading is carried back (its history starts later)</source>
        <translation>Summe je Tag in USD: Krypto zu heutigen Kursen; gestrichelt, wo die erste Ablesung eines Kontos zurückgetragen ist (seine Historie beginnt später)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>abgelesen</translation>
    </message>
    <message>
        <source>carried back</source>
        <translation>zurückgetragen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>no balance to show</source>
        <translation>kein Saldo anzuzeigen</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>BalanceGroupsModel</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n without a rate</source>
        <translation>
            <numerusform>%n ohne Kurs</numerusform>
            <numerusform>%n ohne Kurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>1 %1 = %2 USD, rate of %3</source>
        <translation>1 %1 = %2 USD, Kurs vom %3</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>kein Kurs</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>As of %1; refresh failed: %2</source>
        <translation>Stand %1; Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no balance read yet: %1</source>
        <translation>noch kein Saldo gelesen: %1</translation>
    </message>
    <message>
        <source>its provider reports no balance</source>
        <translation>sein Anbieter meldet keinen Saldo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (its last known balances are shown, marked stale)</source>
        <translation>%1: %2 (die zuletzt bekannten Salden werden gezeigt, als veraltet markiert)</translation>
    </message>
    <message>
        <source>1 USD = %1 %2, rate of %3</source>
        <translation>1 USD = %1 %2, Kurs vom %3</translation>
    </message>
    <message>
        <source>read in part: %1</source>
        <translation>nur teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>Read in part: %1</source>
        <translation>Nur teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>its cards were read in part: %1</source>
        <translation>seine Karten wurden nur teilweise gelesen: %1</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <source>Search provider, connection, account or currency</source>
        <translation>Anbieter, Verbindung, Konto oder Währung suchen</translation>
    </message>
    <message>
        <source>Search balances</source>
        <translation>Salden durchsuchen</translation>
    </message>
    <message>
        <source>Group balances by</source>
        <translation>Salden gruppieren nach</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Nach Währung</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Nicht gruppiert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n balance(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Summe %1&lt;/b&gt; (USD, %n Saldo)</numerusform>
            <numerusform>&lt;b&gt;Summe %1&lt;/b&gt; (USD, %n Salden)</numerusform>
        </translation>
    </message>
    <message>
        <source> · crypto at the gateway&apos;s rates of %1</source>
        <translation> · Krypto zu den Kursen des Gateways vom %1</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source> · %1 at par (1.00 USD, as chosen in Preferences)</source>
        <translation> · %1 zum Nennwert (1,00 USD, wie in den Einstellungen gewählt)</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 mit Stand %2</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26a00&quot;&gt;last known, refresh failed: %1&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26a00&quot;&gt;letzter bekannter Stand, Aktualisierung fehlgeschlagen: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#c62828&quot;&gt;not included: %1&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#c62828&quot;&gt;nicht enthalten: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not in the total:</source>
        <translation>Nicht in der Summe:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source> · on prepaid cards, apart from the total: %1</source>
        <translation> · auf Prepaid-Karten, nicht in der Summe: %1</translation>
    </message>
</context>
<context>
    <name>BatchPayoutForm</name>
    <message>
        <source>Send valid lines only</source>
        <translation>Nur gültige Zeilen senden</translation>
    </message>
    <message>
        <source>Send batch…</source>
        <translation>Sammelauszahlung senden…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <source>Batch payout file</source>
        <translation>Datei für Sammelauszahlung</translation>
    </message>
    <message>
        <source>Columns: user_id, amount (dollars), platform (optional)</source>
        <translation>Spalten: user_id, amount (Dollar), platform (optional)</translation>
    </message>
    <message>
        <source>From connection</source>
        <translation>Von Verbindung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Batch preview</source>
        <translation>Vorschau der Sammelauszahlung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Dots-Benutzer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Zahlen per</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s), %1</source>
        <translation>
            <numerusform>%n Auszahlung, %1</numerusform>
            <numerusform>%n Auszahlungen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) with errors</source>
        <translation>
            <numerusform>; %n Zeile mit Fehlern</numerusform>
            <numerusform>; %n Zeilen mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n Warnung</numerusform>
            <numerusform>; %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) totalling %1 USD from %2?</source>
        <translation>
            <numerusform>%n Auszahlung über insgesamt %1 USD von %2 senden?</numerusform>
            <numerusform>%n Auszahlungen über insgesamt %1 USD von %2 senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors are left out.</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern wird ausgelassen.</numerusform>
            <numerusform>%n Zeilen mit Fehlern werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) repeat a recent payout or another line.</source>
        <translation>
            <numerusform>%n Zeile wiederholt eine kürzliche Auszahlung oder eine andere Zeile.</numerusform>
            <numerusform>%n Zeilen wiederholen eine kürzliche Auszahlung oder eine andere Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send batch</source>
        <translation>Sammelauszahlung senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done: %1 paid, %2 failed.</source>
        <translation>Fertig: %1 bezahlt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Paying out: %1 of %2 processed. Dots pays out a batch it has accepted; it cannot be called back from here.</source>
        <translation>Auszahlung läuft: %1 von %2 verarbeitet. Eine angenommene Sammelauszahlung zahlt Dots aus; von hier aus lässt sie sich nicht zurückrufen.</translation>
    </message>
    <message>
        <source>Batches at Dots</source>
        <translation>Sammelauszahlungen bei Dots</translation>
    </message>
    <message>
        <source>The batches Dots has for this connection, also those sent elsewhere</source>
        <translation>Die Sammelauszahlungen, die Dots für diese Verbindung hat, auch anderswo gesendete</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Sammelauszahlung</translation>
    </message>
    <message>
        <source>Leave out repeated lines</source>
        <translation>Wiederholte Zeilen auslassen</translation>
    </message>
    <message>
        <source>Lines that repeat a recent payout or an earlier line are not sent; the first of two equal lines is</source>
        <translation>Zeilen, die eine kürzliche Auszahlung oder eine frühere Zeile wiederholen, werden nicht gesendet; die erste von zwei gleichen Zeilen schon</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>(not a user of this connection)</source>
        <translation>(kein Benutzer dieser Verbindung)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) are left out.</source>
        <translation>
            <numerusform>%n wiederholte Zeile wird ausgelassen.</numerusform>
            <numerusform>%n wiederholte Zeilen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>The journal could not record this action: %1</source>
        <translation>Das Journal konnte diese Aktion nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Wird gesperrt…</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>%1 does not offer this</source>
        <translation>%1 bietet das nicht an</translation>
    </message>
    <message>
        <source>its connection is not open</source>
        <translation>ihre Verbindung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird gekündigt…</translation>
    </message>
    <message>
        <source>Setting limit…</source>
        <translation>Limit wird gesetzt…</translation>
    </message>
    <message>
        <source>Creating the card “%1” at %2…</source>
        <translation>Karte „%1“ wird bei %2 erstellt…</translation>
    </message>
    <message>
        <source>Card created: %1</source>
        <translation>Karte erstellt: %1</translation>
    </message>
    <message>
        <source>%1: no answer to creating “%2”; the card list is reloaded to show whether it exists before you try again.</source>
        <translation>%1: keine Antwort auf das Erstellen von „%2“; die Kartenliste wird neu geladen, damit Sie sehen, ob sie existiert, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: the card was not created: %2</source>
        <translation>%1: Die Karte wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>No card that emergency freeze froze is still frozen.</source>
        <translation>Keine der von dieser Notfallsperre gesperrten Karten ist noch gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Unfreezing %n card(s) that emergency freeze froze.</source>
        <translation>
            <numerusform>%n Karte wird entsperrt, die diese Notfallsperre gesperrt hat.</numerusform>
            <numerusform>%n Karten werden entsperrt, die diese Notfallsperre gesperrt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not record this action, so nothing was sent: %1</source>
        <translation>Das Journal konnte diese Aktion nicht festhalten, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the local journal, which records each action before it is sent, is not open.</source>
        <translation>Nicht gesendet: Das lokale Journal, das jede Aktion vor dem Senden festhält, ist nicht offen.</translation>
    </message>
    <message>
        <source>Not sent: the card is not shown here, or its connection is not open.</source>
        <translation>Nicht gesendet: Die Karte wird hier nicht angezeigt oder ihre Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Not sent: the connection %1 is not open here, or it does not issue cards.</source>
        <translation>Nicht gesendet: Die Verbindung %1 ist hier nicht offen oder gibt keine Karten aus.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: %n card(s) unfrozen.</source>
        <translation>
            <numerusform>Notfallsperre aufgehoben: %n Karte entsperrt.</numerusform>
            <numerusform>Notfallsperre aufgehoben: %n Karten entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze partly undone: %1 of %2 card(s) unfrozen; still frozen: %3.</source>
        <translation>Notfallsperre teilweise aufgehoben: %1 von %2 Karten entsperrt; noch gesperrt: %3.</translation>
    </message>
</context>
<context>
    <name>CardFrequencies</name>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
</context>
<context>
    <name>CardLimitDialog</name>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Kein Limit</translation>
    </message>
    <message>
        <source>Spend limit of %1</source>
        <translation>Ausgabenlimit von %1</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Limit setzen</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>A limit is more than zero; tick &quot;No limit&quot; for none.</source>
        <translation>Ein Limit ist größer als null; setzen Sie für keines das Häkchen bei „Kein Limit“.</translation>
    </message>
    <message>
        <source>A limit has at most two decimals.</source>
        <translation>Ein Limit hat höchstens zwei Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>CardLimitPeriods</name>
    <message>
        <source>Per month (trailing)</source>
        <translation>Pro Monat (gleitend)</translation>
    </message>
    <message>
        <source>Per transaction</source>
        <translation>Pro Transaktion</translation>
    </message>
    <message>
        <source>For the card&apos;s lifetime</source>
        <translation>Gesamte Laufzeit</translation>
    </message>
</context>
<context>
    <name>CardStateDelegate</name>
    <message>
        <source>Unfreeze</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Open</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>Letzte vier</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Spend limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1; Space unfreezes it</source>
        <translation>%1; die Leertaste entsperrt sie</translation>
    </message>
    <message>
        <source>%1; Space freezes it</source>
        <translation>%1; die Leertaste sperrt sie</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Free&amp;ze</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Cancel card…</source>
        <translation>Karte &amp;kündigen…</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>&amp;Limit setzen…</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>Issue virtual car&amp;d…</source>
        <translation>&amp;Virtuelle Karte ausgeben…</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Dinari issues a virtual card by sending money to a cardholder: opens that payout form</source>
        <translation>Dinari gibt eine virtuelle Karte aus, indem Geld an einen Karteninhaber gesendet wird: öffnet dieses Auszahlungsformular</translation>
    </message>
    <message>
        <source>Select a card to see its recent transactions.</source>
        <translation>Wählen Sie eine Karte, um ihre letzten Transaktionen zu sehen.</translation>
    </message>
    <message>
        <source>Card transactions</source>
        <translation>Kartentransaktionen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recent transactions of %1 (loading…)</source>
        <translation>Letzte Transaktionen von %1 (wird geladen…)</translation>
    </message>
    <message>
        <source>Search by name or last four</source>
        <translation>Nach Name oder letzten vier Ziffern suchen</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>Kartenzustand</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>%1 has no recent transactions.</source>
        <translation>%1 hat keine aktuellen Transaktionen.</translation>
    </message>
    <message>
        <source>Recent transactions of %1</source>
        <translation>Letzte Transaktionen von %1</translation>
    </message>
    <message>
        <source>The card&apos;s transactions could not be read: %1</source>
        <translation>Die Transaktionen der Karte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Karte kündigen</translation>
    </message>
    <message>
        <source>Cancel the card “%1” at %2?</source>
        <translation>Die Karte „%1“ bei %2 kündigen?</translation>
    </message>
    <message>
        <source>This cannot be undone: the card can never be used again, and payments that use it will be declined.</source>
        <translation>Das lässt sich nicht rückgängig machen: Die Karte kann nie wieder benutzt werden, und Zahlungen damit werden abgelehnt.</translation>
    </message>
    <message>
        <source>Keep card</source>
        <translation>Karte behalten</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Set limit…</source>
        <translation>Limit setzen…</translation>
    </message>
    <message>
        <source>Show card number…</source>
        <translation>Kartennummer anzeigen…</translation>
    </message>
    <message>
        <source>Cancel card…</source>
        <translation>Karte kündigen…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The card&apos;s page was not opened: %1 gives no https address for it.</source>
        <translation>Die Kartenseite wurde nicht geöffnet: %1 nennt dafür keine https-Adresse.</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Angabe des Anbieters: %1</translation>
    </message>
    <message>
        <source> · it holds %1 %2</source>
        <translation> · Guthaben %1 %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Wählen Sie einen Anbieter.</translation>
    </message>
    <message>
        <source>%1 has no %2 environment.</source>
        <translation>%1 hat keine Umgebung %2.</translation>
    </message>
    <message>
        <source>Enter the API address.</source>
        <translation>Geben Sie die API-Adresse ein.</translation>
    </message>
    <message>
        <source>The %1 must be a fixed amount plus a percentage, such as 5.00+2.5%: “%2” is not.</source>
        <translation>Die %1 muss ein fester Betrag plus ein Prozentsatz sein, etwa 5.00+2.5%: „%2“ ist es nicht.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>e.g. dash.fi — Acme Inc.</source>
        <translation>z. B. dash.fi — Acme GmbH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;:&quot;.</source>
        <translation>%1 darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>e.g. %1; empty when not known</source>
        <translation>z. B. %1; leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>Write the %1 as a fixed amount plus a percentage, such as %2.</source>
        <translation>Schreiben Sie die %1 als festen Betrag plus Prozentsatz, etwa %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionGaps</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Enter the secret for the new connection.</source>
        <translation>Geben Sie das Geheimnis für die neue Verbindung ein.</translation>
    </message>
    <message>
        <source>Another Treasury Desk is changing the connections; try again.</source>
        <translation>Ein anderes Treasury Desk ändert gerade die Verbindungen; bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>The secret does not have the form %1 expects.</source>
        <translation>Das Geheimnis hat nicht die Form, die %1 erwartet.</translation>
    </message>
    <message>
        <source>%1 answered.</source>
        <translation>%1 hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Kept for this session only: the secret is in memory and will be asked for again after a restart.</source>
        <translation>Nur für diese Sitzung behalten: Das Geheimnis liegt im Arbeitsspeicher und wird nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain and its stored transactions from this computer. The account at %1 is not touched.</source>
        <translation>Ihr Geheimnis wird aus dem Schlüsselbund gelöscht und ihre gespeicherten Transaktionen von diesem Computer. Das Konto bei %1 bleibt unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Shared by your team: type this desktop&apos;s secret for %1, then save.</source>
        <translation>Von Ihrem Team geteilt: Geben Sie das Geheimnis dieses Rechners für %1 ein und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <source>The country list %1 cannot be read (package iso-codes): %2</source>
        <translation>Die Länderliste %1 kann nicht gelesen werden (Paket iso-codes): %2</translation>
    </message>
    <message>
        <source>The country list %1 is empty.</source>
        <translation>Die Länderliste %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>CryptoParser</name>
    <message>
        <source>The gateway rejects this address.</source>
        <translation>Das Gateway lehnt diese Adresse ab.</translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation>Das Minimum ist %1.</translation>
    </message>
</context>
<context>
    <name>CryptoProvider</name>
    <message>
        <source>The crypto gateway sends withdrawals only.</source>
        <translation>Das Krypto-Gateway sendet nur Auszahlungen.</translation>
    </message>
    <message>
        <source>The gateway moves amounts with at most 8 decimals.</source>
        <translation>Das Gateway bewegt Beträge mit höchstens 8 Nachkommastellen.</translation>
    </message>
    <message>
        <source>Crypto gateway</source>
        <translation>Krypto-Gateway</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
</context>
<context>
    <name>DartProvider</name>
    <message>
        <source>DART transfers USDC in dollars and cents to a customer&apos;s main wallet.</source>
        <translation>DART überweist USDC in Dollar und Cent auf die Hauptwallet eines Kunden.</translation>
    </message>
    <message>
        <source>The customer&apos;s USDC balance rose by the amount (%1 to %2).</source>
        <translation>Der USDC-Saldo des Kunden ist um den Betrag gestiegen (%1 auf %2).</translation>
    </message>
    <message>
        <source>e.g. billyjoel</source>
        <translation>z. B. billyjoel</translation>
    </message>
    <message>
        <source>DART customer</source>
        <translation>DART-Kunde</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Customer user names</source>
        <translation>Benutzernamen der Kunden</translation>
    </message>
</context>
<context>
    <name>DashfiProvider</name>
    <message>
        <source>Balance is not available for postpaid dash.fi accounts.</source>
        <translation>Für nachträglich bezahlte dash.fi-Konten gibt es keinen Saldo.</translation>
    </message>
    <message>
        <source>Prepaid balance</source>
        <translation>Prepaid-Saldo</translation>
    </message>
    <message>
        <source>A spend limit is an amount of 0 or more for a period dash.fi knows.</source>
        <translation>Ein Ausgabenlimit ist ein Betrag ab 0 für einen Zeitraum, den dash.fi kennt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>Treasury Desk is already open on this data (process %1 on %2). Use that window: two windows on the same journal could check the same payout at once. treasuryctl works beside it.</source>
        <translation>Treasury Desk ist mit diesen Daten bereits geöffnet (Prozess %1 auf %2). Nutzen Sie dieses Fenster: Zwei Fenster auf demselben Journal könnten dieselbe Auszahlung gleichzeitig prüfen. treasuryctl arbeitet daneben.</translation>
    </message>
    <message>
        <source>The data folder cannot be locked (%1): %2</source>
        <translation>Der Datenordner kann nicht gesperrt werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>Dinari</name>
    <message>
        <source>Dinari rejected the corporate account ID or gateway API key.</source>
        <translation>Dinari hat die Firmenkonto-ID oder den Gateway-API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Dinari refused: %1</source>
        <translation>Dinari hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Virtual card %1</source>
        <translation>Virtuelle Karte %1</translation>
    </message>
    <message>
        <source>Dinari answered with an error, yet its payout balance fell from %1 to %2: the payment may have been made.</source>
        <translation>Dinari hat mit einem Fehler geantwortet, doch sein Auszahlungssaldo fiel von %1 auf %2: Die Zahlung wurde womöglich ausgeführt.</translation>
    </message>
</context>
<context>
    <name>DinariProvider</name>
    <message>
        <source>Dinari sends this payout only in US dollars and cents.</source>
        <translation>Dinari sendet diese Auszahlung nur in US-Dollar und Cent.</translation>
    </message>
    <message>
        <source>Corporate account ID</source>
        <translation>Firmenkonto-ID</translation>
    </message>
    <message>
        <source>Gateway API key</source>
        <translation>Gateway-API-Schlüssel</translation>
    </message>
    <message>
        <source>Found in Dinari&apos;s transaction list as %1: the only payment out of %2 %3 within a day of the send that no other payout claims. Dinari&apos;s list names no recipient, so that was not compared.</source>
        <translation>In der Transaktionsliste von Dinari als %1 gefunden: die einzige Auszahlung über %2 %3 innerhalb eines Tages um den Versand, die keine andere Auszahlung beansprucht. Die Liste von Dinari nennt keinen Empfänger, der wurde daher nicht verglichen.</translation>
    </message>
    <message>
        <source>Dinari&apos;s transaction list has no transaction %1.</source>
        <translation>Dinaris Transaktionsliste enthält keine Transaktion %1.</translation>
    </message>
    <message>
        <source>ACH fee in your contract</source>
        <translation>ACH-Gebühr laut Vertrag</translation>
    </message>
    <message>
        <source>SWIFT fee in your contract</source>
        <translation>SWIFT-Gebühr laut Vertrag</translation>
    </message>
    <message>
        <source>Zelle fee in your contract</source>
        <translation>Zelle-Gebühr laut Vertrag</translation>
    </message>
    <message>
        <source>Virtual card fee in your contract</source>
        <translation>Gebühr für virtuelle Karten laut Vertrag</translation>
    </message>
</context>
<context>
    <name>DotsProvider</name>
    <message>
        <source>Dots pays out US dollars in cents, each payout with an idempotency key.</source>
        <translation>Dots zahlt US-Dollar in Cent aus, jede Auszahlung mit einem Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>Dots transfers US dollars in cents, each transfer with a journal key.</source>
        <translation>Dots überweist US-Dollar in Cent, jede Überweisung mit einem Journalschlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Dots lists %n transfer(s) carrying the journal&apos;s key</source>
        <translation>
            <numerusform>Dots listet %n Überweisung mit dem Schlüssel des Journals</numerusform>
            <numerusform>Dots listet %n Überweisungen mit dem Schlüssel des Journals</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch item needs an amount in cents and its own key.</source>
        <translation>Jeder Posten der Sammelauszahlung braucht einen Betrag in Cent und einen eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>Dots documents no way to change a user once created.</source>
        <translation>Dots dokumentiert keine Möglichkeit, einen Benutzer nach dem Anlegen zu ändern.</translation>
    </message>
    <message>
        <source>Given by Dots</source>
        <translation>Von Dots vergeben</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Dots-Benutzer</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>App ID (Api-App-Id)</source>
        <translation>App-ID (Api-App-Id)</translation>
    </message>
</context>
<context>
    <name>EmergencyFreezeButton</name>
    <message>
        <source>Emergency freeze</source>
        <translation>Notfallsperre</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open card(s))</source>
        <translation>
            <numerusform>%1 (%n aktive Karte)</numerusform>
            <numerusform>%1 (%n aktive Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card everywhere</source>
        <translation>Alle Karten überall</translation>
    </message>
    <message>
        <source>All %1 cards</source>
        <translation>Alle %1-Karten</translation>
    </message>
    <message>
        <source>All cards of %1</source>
        <translation>Alle Karten von %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo the emergency freeze of %1 (%n card(s) still frozen)…</source>
        <translation>
            <numerusform>Notfallsperre vom %1 aufheben (%n Karte noch gesperrt)…</numerusform>
            <numerusform>Notfallsperre vom %1 aufheben (%n Karten noch gesperrt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n open card(s)?</source>
        <translation>
            <numerusform>%n aktive Karte sperren?</numerusform>
            <numerusform>%n aktive Karten sperren?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Payments on them are declined until they are unfrozen.</source>
        <translation>%1. Zahlungen damit werden abgelehnt, bis sie entsperrt sind.</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n card(s)</source>
        <translation>
            <numerusform>%n Karte sperren</numerusform>
            <numerusform>%n Karten sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo emergency freeze</source>
        <translation>Notfallsperre aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze the %n card(s) this emergency freeze froze?</source>
        <translation>
            <numerusform>Die %n Karte entsperren, die diese Notfallsperre gesperrt hat?</numerusform>
            <numerusform>Die %n Karten entsperren, die diese Notfallsperre gesperrt hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen on %1. Payments on them work again. A card frozen before it, or unfrozen or cancelled since, is left as it is.</source>
        <translation>Gesperrt am %1. Zahlungen mit ihnen funktionieren wieder. Eine vorher gesperrte, seitdem entsperrte oder gekündigte Karte bleibt, wie sie ist.</translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n card(s)</source>
        <translation>
            <numerusform>%n Karte entsperren</numerusform>
            <numerusform>%n Karten entsperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze: %1 of %2 answered, %3 failed</source>
        <translation>Notfallsperre: %1 von %2 beantwortet, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undoing the emergency freeze: %1 of %2 answered</source>
        <translation>Notfallsperre wird aufgehoben: %1 von %2 beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze: all %n card(s) frozen.</source>
        <translation>
            <numerusform>Notfallsperre: %n Karte gesperrt.</numerusform>
            <numerusform>Notfallsperre: alle %n Karten gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: none of its %n card(s) is frozen now.</source>
        <translation>
            <numerusform>Notfallsperre aufgehoben: ihre Karte ist nicht mehr gesperrt.</numerusform>
            <numerusform>Notfallsperre aufgehoben: keine ihrer %n Karten ist noch gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze: %1 of its %2 cards frozen now.</source>
        <translation>Notfallsperre: %1 ihrer %2 Karten sind jetzt gesperrt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be frozen.</source>
        <translation>%1 von %2 Karten konnten nicht gesperrt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n card(s)</source>
        <translation>
            <numerusform>%n Karte erneut versuchen</numerusform>
            <numerusform>%n Karten erneut versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Add a byte order mark (Excel needs it to read UTF-8)</source>
        <translation>Byte-Order-Mark hinzufügen (Excel braucht es, um UTF-8 zu lesen)</translation>
    </message>
    <message>
        <source>Write a manifest next to it (filters, totals, SHA-256)</source>
        <translation>Daneben ein Manifest schreiben (Filter, Summen, SHA-256)</translation>
    </message>
    <message>
        <source>All %1 filtered transactions</source>
        <translation>Alle %1 gefilterten Transaktionen</translation>
    </message>
    <message>
        <source>Only the %1 selected</source>
        <translation>Nur die %1 ausgewählten</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Transaktionen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Plain: comma, decimal point, ISO 8601 dates (scripts, any spreadsheet&apos;s import)</source>
        <translation>Schlicht: Komma, Dezimalpunkt, Daten nach ISO 8601 (Skripte, Import jeder Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Spreadsheet in %1: &quot;%2&quot; between cells, &quot;%3&quot; before decimals, dates as dates (UTC)</source>
        <translation>Tabellenkalkulation auf %1: „%2“ zwischen Zellen, „%3“ vor Dezimalstellen, Daten als Datum (UTC)</translation>
    </message>
    <message>
        <source>this language</source>
        <translation>dieser Sprache</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): numbers and dates as such, ids as text, a sheet of totals</source>
        <translation>Excel-Arbeitsmappe (.xlsx): Zahlen und Datumswerte als solche, IDs als Text, ein Blatt mit Summen</translation>
    </message>
    <message>
        <source>The workbook opens right in Excel and LibreOffice in any language. The spreadsheet CSV opens with a double click (in LibreOffice, tick &quot;Detect special numbers&quot; for dates); the plain one is for scripts and import dialogs.</source>
        <translation>Die Arbeitsmappe öffnet sich in Excel und LibreOffice in jeder Sprache richtig. Die Tabellen-CSV öffnet sich per Doppelklick (in LibreOffice für Datumswerte „Erweiterte Zahlenerkennung“ ankreuzen); die einfache ist für Skripte und Importdialoge.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FeeText</name>
    <message>
        <source>%1, of which %2 to the network (the recipient receives %3)</source>
        <translation>%1, davon %2 an das Netzwerk (der Empfänger erhält %3)</translation>
    </message>
    <message>
        <source>%1 (the recipient receives %2)</source>
        <translation>%1 (der Empfänger erhält %2)</translation>
    </message>
    <message>
        <source>%1 + %2 %, as the contract in this connection&apos;s settings says</source>
        <translation>%1 + %2 %, laut Vertrag in den Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>%1 + %2 %, as on the last %3 payout</source>
        <translation>%1 + %2 %, wie bei der letzten %3-Auszahlung</translation>
    </message>
    <message>
        <source>About %1 (%2)</source>
        <translation>Etwa %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Treasury Desk</source>
        <translation>Willkommen bei Treasury Desk</translation>
    </message>
    <message>
        <source>Every account, card, transaction and payout of your payment providers in one window. Nothing is connected yet; start in one of three ways.</source>
        <translation>Alle Konten, Karten, Transaktionen und Auszahlungen Ihrer Zahlungsanbieter in einem Fenster. Noch ist nichts verbunden; beginnen Sie auf eine von drei Arten.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Opens a second window with made-up data from the built-in sandbox of all five providers; nothing it does reaches your own accounts.</source>
        <translation>Öffnet ein zweites Fenster mit erfundenen Daten aus der eingebauten Sandbox aller fünf Anbieter; nichts davon erreicht Ihre eigenen Konten.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Join a team database…</source>
        <translation>Einer Team-Datenbank &amp;beitreten…</translation>
    </message>
    <message>
        <source>Your team shares one journal, approvals and audit log on PostgreSQL; ask its admin for the address and your user name.</source>
        <translation>Ihr Team teilt ein Journal, Freigaben und ein Prüfprotokoll auf PostgreSQL; fragen Sie den Admin nach der Adresse und Ihrem Benutzernamen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Have at hand, from the provider&apos;s dashboard:</source>
        <translation>Halten Sie aus dem Dashboard des Anbieters bereit:</translation>
    </message>
    <message>
        <source>Secrets go to the system keychain, never to a file.</source>
        <translation>Geheimnisse kommen in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
</context>
<context>
    <name>GapsBanner</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: what is shown is what could be read; the provider&apos;s answer left out what follows.</source>
        <translation>Unvollständig: Angezeigt ist, was gelesen werden konnte; in der Antwort des Anbieters fehlt Folgendes.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Where Your Data Is</source>
        <translation>&amp;Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>&amp;About Treasury Desk</source>
        <translation>Ü&amp;ber Treasury Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Transactions, balances and the payout journal&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;(readable by you alone; Edit → Preferences can move it)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Settings and connections&lt;/b&gt; (no secrets)&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Provider secrets&lt;/b&gt;&lt;br&gt;only in the system keychain, under &quot;%3&quot;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log&lt;/b&gt;&lt;br&gt;View → Log: this session&apos;s requests and errors, kept in memory, never a secret&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Transaktionen, Salden und das Auszahlungsjournal&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;(nur für Sie lesbar; Bearbeiten → Einstellungen kann den Ort ändern)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Einstellungen und Verbindungen&lt;/b&gt; (keine Geheimnisse)&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zugangsdaten der Anbieter&lt;/b&gt;&lt;br&gt;nur im Schlüsselbund des Systems, unter „%3“&lt;/p&gt;&lt;p&gt;&lt;b&gt;Protokoll&lt;/b&gt;&lt;br&gt;Ansicht → Protokoll: Anfragen und Fehler dieser Sitzung, nur im Speicher, nie ein Geheimnis&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where Your Data Is</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>About Treasury Desk</source>
        <translation>Über Treasury Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treasury Desk %1&lt;/h3&gt;&lt;p&gt;Balances, cards, transactions and payouts of dash.fi, Dinari, Dots, a crypto gateway and DART in one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite (public domain), libxlsxwriter (BSD-2-Clause) and Debian&apos;s iso-codes (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Treasury Desk %1&lt;/h3&gt;&lt;p&gt;Salden, Karten, Transaktionen und Auszahlungen von dash.fi, Dinari, Dots, einem Krypto-Gateway und DART in einem Fenster.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite (gemeinfrei), libxlsxwriter (BSD-2-Clause) und Debians iso-codes (LGPL-2.1).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Refused to follow a link to another host (%1).</source>
        <translation>Einem Link zu einem anderen Host (%1) wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The application is closing.</source>
        <translation>Die Anwendung wird beendet.</translation>
    </message>
    <message>
        <source>Signing in to the provider failed: %1</source>
        <translation>Die Anmeldung beim Anbieter ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The provider answered with a redirect (HTTP %1) without a target.</source>
        <translation>Der Anbieter hat mit einer Weiterleitung (HTTP %1) ohne Ziel geantwortet.</translation>
    </message>
    <message>
        <source>The provider redirected to another host (%1). The redirect was not followed, so credentials stay with the provider.</source>
        <translation>Der Anbieter hat zu einem anderen Host (%1) weitergeleitet. Der Weiterleitung wurde nicht gefolgt, die Zugangsdaten bleiben beim Anbieter.</translation>
    </message>
    <message>
        <source>The provider redirected too many times.</source>
        <translation>Der Anbieter hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>The provider redirected a %1 request (HTTP %2); it was not repeated.</source>
        <translation>Der Anbieter hat eine %1-Anfrage weitergeleitet (HTTP %2); sie wurde nicht wiederholt.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB; it was not read.</source>
        <translation>Die Antwort des Anbieters war größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was not complete within %1 seconds.</source>
        <translation>Die Antwort des Anbieters war nicht innerhalb von %1 Sekunden vollständig.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The provider rejected the credentials (HTTP %1). Check the connection&apos;s API key.</source>
        <translation>Der Anbieter hat die Zugangsdaten abgelehnt (HTTP %1). Prüfen Sie den API-Schlüssel der Verbindung.</translation>
    </message>
    <message>
        <source>The provider does not know this item or address (HTTP 404).</source>
        <translation>Der Anbieter kennt diesen Eintrag oder diese Adresse nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429); try again shortly.</source>
        <translation>Der Anbieter begrenzt die Anfragen (HTTP 429); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The provider rejected the request (HTTP %1).</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider had a problem answering (HTTP %1). Try again later.</source>
        <translation>Der Anbieter hatte ein Problem beim Antworten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider answered with an unexpected HTTP status %1.</source>
        <translation>Der Anbieter hat mit dem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 seconds.</source>
        <translation>Der Anbieter hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Verbindung zu %1 nicht möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and the internet connection.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie die Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the request was sent. It was not sent again; whether the provider carried it out is unknown.</source>
        <translation>Die Verbindung zu %1 ging verloren, nachdem die Anfrage gesendet wurde. Sie wurde nicht erneut gesendet; ob der Anbieter sie ausgeführt hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified%2. Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht geprüft werden%2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (Netzwerkfehler %2).</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The provider&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>it sent a web page instead of data (an error page, perhaps)</source>
        <translation>er hat eine Webseite statt Daten gesendet (vielleicht eine Fehlerseite)</translation>
    </message>
    <message>
        <source>malformed JSON near byte %1</source>
        <translation>fehlerhaftes JSON nahe Byte %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice in one object</source>
        <translation>das Feld „%1“ kommt in einem Objekt zweimal vor</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Payout: Dots batch</source>
        <translation>Auszahlung: Dots-Sammelauszahlung</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Auszahlung: %1</translation>
    </message>
    <message>
        <source>Freeze card</source>
        <translation>Karte sperren</translation>
    </message>
    <message>
        <source>Unfreeze card</source>
        <translation>Karte entsperren</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Karte kündigen</translation>
    </message>
    <message>
        <source>Set spend limit</source>
        <translation>Ausgabenlimit setzen</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>Restrict trade scripts</source>
        <translation>Trade-Skripte sperren</translation>
    </message>
    <message>
        <source>Cancel payout</source>
        <translation>Auszahlung stornieren</translation>
    </message>
    <message>
        <source>Open sub-account</source>
        <translation>Unterkonto eröffnen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Accepted, under way</source>
        <translation>Angenommen, unterwegs</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Failed after it was accepted</source>
        <translation>Nach Annahme fehlgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Angabe des Anbieters: %1</translation>
    </message>
    <message>
        <source>Emergency freeze</source>
        <translation>Notfallsperre</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>No answer (%1); the card list shows whether it took effect.</source>
        <translation>Keine Antwort (%1); die Kartenliste zeigt, ob es gewirkt hat.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal cannot be written (%1).</source>
        <translation>Nichts wurde gesendet: Das Journal kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection closed.</source>
        <translation>Nichts wurde gesendet: die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1; the link: %2</source>
        <translation>%1; der Link: %2</translation>
    </message>
    <message>
        <source>The answer was lost (%1); checking with the provider before anything is sent again.</source>
        <translation>Die Antwort ging verloren (%1); vor jedem erneuten Senden wird beim Anbieter nachgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled from here on %2</source>
        <translation>%1; von hier storniert am %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Storniert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n hour(s)</source>
        <translation>
            <numerusform>%1 für %n Stunde</numerusform>
            <numerusform>%1 für %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; Accepted; paying out.</source>
        <translation>%1; angenommen; wird ausgezahlt.</translation>
    </message>
    <message>
        <source>The answer was lost (%1); it will be sent again with the same keys, which Dots answers with the batch it already has.</source>
        <translation>Die Antwort ging verloren (%1); sie wird mit denselben Schlüsseln erneut gesendet, und Dots antwortet mit der Sammelauszahlung, die es bereits hat.</translation>
    </message>
    <message>
        <source>Done: %1 paid, %2 failed.</source>
        <translation>Fertig: %1 bezahlt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1; on chain as %2</source>
        <translation>%1; in der Blockchain als %2</translation>
    </message>
    <message>
        <source>Found in the provider&apos;s records after the answer was lost.</source>
        <translation>In den Unterlagen des Anbieters gefunden, nachdem die Antwort verloren ging.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider record(s) fit this payout; someone must look at them and decide. Nothing is sent again.</source>
        <translation>
            <numerusform>%n Eintrag des Anbieters passt zu dieser Auszahlung; jemand muss ihn prüfen und entscheiden. Nichts wird erneut gesendet.</numerusform>
            <numerusform>%n Einträge des Anbieters passen zu dieser Auszahlung; jemand muss sie prüfen und entscheiden. Nichts wird erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the provider&apos;s records after %n check(s) over %1 minutes. Nothing is sent again: check again, or mark it as not sent.</source>
        <translation>
            <numerusform>Nach %n Prüfung in %1 Minuten nicht in den Einträgen des Anbieters gefunden. Nichts wird erneut gesendet: erneut prüfen oder als nicht gesendet markieren.</numerusform>
            <numerusform>Nach %n Prüfungen in %1 Minuten nicht in den Einträgen des Anbieters gefunden. Nichts wird erneut gesendet: erneut prüfen oder als nicht gesendet markieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found yet in the provider&apos;s records (%1, check %2); checking again at %3. Nothing is sent again meanwhile.</source>
        <translation>Noch nicht in den Einträgen des Anbieters gefunden (%1, Prüfung %2); erneute Prüfung um %3. Bis dahin wird nichts erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Marked as not sent by %1 after %n check(s) of the provider&apos;s records. It may be sent again.</source>
        <translation>
            <numerusform>Von %1 nach %n Prüfung der Einträge des Anbieters als nicht gesendet markiert. Sie darf erneut gesendet werden.</numerusform>
            <numerusform>Von %1 nach %n Prüfungen der Einträge des Anbieters als nicht gesendet markiert. Sie darf erneut gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the payee completed the link (%2)</source>
        <translation>%1; der Empfänger hat den Link abgeschlossen (%2)</translation>
    </message>
    <message>
        <source>Its answer was lost; found in the card list by the id it was created with.</source>
        <translation>Die Antwort ging verloren; in der Kartenliste gefunden, anhand der ID, mit der sie angelegt wurde.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>Für diese Verbindung ist noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>Kein Schlüsselbund verfügbar (%1). %2</translation>
    </message>
    <message>
        <source>The keychain could not do this (%1).</source>
        <translation>Der Schlüsselbund konnte das nicht ausführen (%1).</translation>
    </message>
    <message>
        <source>Treasury Desk keeps secrets only in the system keychain (GNOME Keyring, KWallet or another Secret Service) and never in a file. Start and unlock your keyring, then try again, or keep the secret for this session only.</source>
        <translation>Treasury Desk bewahrt Geheimnisse nur im Schlüsselbund des Systems auf (GNOME Keyring, KWallet oder ein anderer Secret Service) und nie in einer Datei. Starten und entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut, oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht ist er gesperrt und wartet auf sein Passwort: Entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht ist er gesperrt und wartet auf sein Passwort: Entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Which lines</source>
        <translation>Welche Zeilen</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the selected lines, or every line shown</source>
        <translation>Kopiert die ausgewählten Zeilen oder alle angezeigten</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Salden</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktionen</translation>
    </message>
    <message>
        <source>&amp;Payouts</source>
        <translation>Aus&amp;zahlungen</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Alle &amp;15 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;hour</source>
        <translation>Jede &amp;Stunde</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>R&amp;ecipients</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>Every request and error of this session, for details</source>
        <translation>Jede Anfrage und jeder Fehler dieser Sitzung, für Details</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stops the refresh (Esc); the data shown stays as it was</source>
        <translation>Hält die Aktualisierung an (Esc); die angezeigten Daten bleiben, wie sie waren</translation>
    </message>
    <message>
        <source>&amp;Stop Refresh</source>
        <translation>Aktualisierung an&amp;halten</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Wird aktualisiert… %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Export Transactions…</source>
        <translation>Transaktionen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Appr&amp;ovals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) wait for your approval</source>
        <translation>
            <numerusform>%n Auszahlung wartet auf Ihre Freigabe</numerusform>
            <numerusform>%n Auszahlungen warten auf Ihre Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts (%1)</source>
        <translation>Auszahlungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) whose outcome is not known yet</source>
        <translation>
            <numerusform>%n Auszahlung, deren Ausgang noch nicht bekannt ist</numerusform>
            <numerusform>%n Auszahlungen, deren Ausgang noch nicht bekannt ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <source>&amp;Recurring</source>
        <translation>&amp;Wiederkehrend</translation>
    </message>
    <message>
        <source>&amp;Single use</source>
        <translation>&amp;Einmalig</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Nutzung:</translation>
    </message>
</context>
<context>
    <name>NewSubAccountDialog</name>
    <message>
        <source>New sub-account at %1</source>
        <translation>Neues Unterkonto bei %1</translation>
    </message>
    <message>
        <source>e.g. Payroll — EU</source>
        <translation>z. B. Gehälter — EU</translation>
    </message>
    <message>
        <source>Optional: your own reference for it</source>
        <translation>Optional: Ihre eigene Referenz dafür</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation>&amp;Externe ID:</translation>
    </message>
    <message>
        <source>Open sub-account</source>
        <translation>Unterkonto eröffnen</translation>
    </message>
    <message>
        <source>The gateway opens it empty; money reaches it by a transfer from the master account.</source>
        <translation>Das Gateway eröffnet es leer; Geld kommt per Überweisung vom Hauptkonto dorthin.</translation>
    </message>
</context>
<context>
    <name>Payout</name>
    <message>
        <source>whoever opens the link</source>
        <translation>wer den Link öffnet</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Zelle email or US phone</source>
        <translation>Zelle-E-Mail oder US-Telefonnummer</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>ABA-Routingnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Straße (Zeile 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Name der Bank</translation>
    </message>
    <message>
        <source>Bank street</source>
        <translation>Straße der Bank</translation>
    </message>
    <message>
        <source>Bank street (line 2)</source>
        <translation>Straße der Bank (Zeile 2)</translation>
    </message>
    <message>
        <source>Bank city</source>
        <translation>Stadt der Bank</translation>
    </message>
    <message>
        <source>Bank state or region</source>
        <translation>Bundesland oder Region der Bank</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Land der Bank</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Dots-Benutzer</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Zahlen per</translation>
    </message>
    <message>
        <source>Payee email or US phone</source>
        <translation>E-Mail oder US-Telefonnummer des Zahlungsempfängers</translation>
    </message>
    <message>
        <source>Send the link by</source>
        <translation>Link senden per</translation>
    </message>
    <message>
        <source>Message with the link</source>
        <translation>Nachricht mit dem Link</translation>
    </message>
    <message>
        <source>Memo on the link</source>
        <translation>Vermerk auf dem Link</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>DART customer</source>
        <translation>DART-Kunde</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Unterkonto</translation>
    </message>
    <message>
        <source>Recipient account ID</source>
        <translation>Konto-ID des Empfängers</translation>
    </message>
    <message>
        <source>Description (the recipient sees it)</source>
        <translation>Beschreibung (der Empfänger sieht sie)</translation>
    </message>
    <message>
        <source>Internal note (only your team sees it)</source>
        <translation>Interne Notiz (nur Ihr Team sieht sie)</translation>
    </message>
    <message>
        <source>ACH bank transfer</source>
        <translation>ACH-Banküberweisung</translation>
    </message>
    <message>
        <source>SWIFT wire</source>
        <translation>SWIFT-Überweisung</translation>
    </message>
    <message>
        <source>Zelle</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Virtual card</source>
        <translation>Virtuelle Karte</translation>
    </message>
    <message>
        <source>Dots payout</source>
        <translation>Dots-Auszahlung</translation>
    </message>
    <message>
        <source>Dots payout link</source>
        <translation>Dots-Auszahlungslink</translation>
    </message>
    <message>
        <source>Dots wallet transfer</source>
        <translation>Dots-Wallet-Überweisung</translation>
    </message>
    <message>
        <source>Crypto withdrawal</source>
        <translation>Krypto-Auszahlung</translation>
    </message>
    <message>
        <source>DART transfer</source>
        <translation>DART-Überweisung</translation>
    </message>
    <message>
        <source>To a crypto sub-account</source>
        <translation>An ein Krypto-Unterkonto</translation>
    </message>
    <message>
        <source>Sub-account to master</source>
        <translation>Unterkonto an Hauptkonto</translation>
    </message>
    <message>
        <source>The payee&apos;s default method</source>
        <translation>Die Standardmethode des Zahlungsempfängers</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Venmo</source>
        <translation>Venmo</translation>
    </message>
    <message>
        <source>Only make the link</source>
        <translation>Nur den Link erstellen</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>the master account (from %1)</source>
        <translation>das Hauptkonto (von %1)</translation>
    </message>
    <message>
        <source>BIC (SWIFT code)</source>
        <translation>BIC (SWIFT-Code)</translation>
    </message>
</context>
<context>
    <name>PayoutBatch</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least user_id and amount (and optionally platform).</source>
        <translation>Die erste Zeile muss die Spalten benennen, mindestens user_id und amount (und optional platform).</translation>
    </message>
    <message>
        <source>user_id: not a Dots user id</source>
        <translation>user_id: keine Dots-Benutzer-ID</translation>
    </message>
    <message>
        <source>amount: not a positive amount (use &apos;.&apos; for decimals)</source>
        <translation>amount: kein positiver Betrag (verwenden Sie „.“ für Dezimalstellen)</translation>
    </message>
    <message>
        <source>amount: more than two decimals</source>
        <translation>amount: mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>platform: must be default, ach, paypal or venmo</source>
        <translation>platform: muss default, ach, paypal oder venmo sein</translation>
    </message>
    <message>
        <source>This payee was recently paid this amount.</source>
        <translation>Dieser Empfänger hat diesen Betrag kürzlich erhalten.</translation>
    </message>
    <message>
        <source>Repeats an earlier line of this file.</source>
        <translation>Wiederholt eine frühere Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>The file has a header but no payouts.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Auszahlungen.</translation>
    </message>
</context>
<context>
    <name>PayoutController</name>
    <message>
        <source>The payout has no idempotency key.</source>
        <translation>Die Auszahlung hat keinen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>This payout was already submitted; it is not sent again.</source>
        <translation>Diese Auszahlung wurde bereits übermittelt; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The payout form has errors.</source>
        <translation>Das Auszahlungsformular enthält Fehler.</translation>
    </message>
    <message>
        <source>The connection %1 is not open.</source>
        <translation>Die Verbindung %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The batch has no payouts.</source>
        <translation>Die Sammelauszahlung enthält keine Auszahlungen.</translation>
    </message>
    <message>
        <source>This batch was already submitted; it is not sent again.</source>
        <translation>Diese Sammelauszahlung wurde bereits übermittelt; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>A batch line has errors; it was not sent.</source>
        <translation>Eine Zeile der Sammelauszahlung hat Fehler; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the journal cannot be written (%1).</source>
        <translation>Nicht gesendet: Das Journal kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Only a sent payout of an open connection can be cancelled.</source>
        <translation>Nur eine gesendete Auszahlung einer geöffneten Verbindung kann storniert werden.</translation>
    </message>
    <message>
        <source>The journal could not record the answer: %1</source>
        <translation>Das Journal konnte die Antwort nicht festhalten: %1</translation>
    </message>
    <message>
        <source>could not check with the provider: %1</source>
        <translation>konnte nicht beim Anbieter nachsehen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) fit</source>
        <translation>
            <numerusform>%n Eintrag passt</numerusform>
            <numerusform>%n Einträge passen</numerusform>
        </translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>a slow provider may still commit it</source>
        <translation>ein langsamer Anbieter kann sie noch ausführen</translation>
    </message>
    <message>
        <source>The journal could not record the check: %1</source>
        <translation>Das Journal konnte die Prüfung nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Only an open payout can be checked again.</source>
        <translation>Nur eine offene Auszahlung kann erneut geprüft werden.</translation>
    </message>
    <message>
        <source>Another copy of Treasury Desk (%1) is sending or checking this payout; it is left to it.</source>
        <translation>Eine andere Instanz von Treasury Desk (%1) sendet oder prüft diese Auszahlung; sie wird ihr überlassen.</translation>
    </message>
    <message>
        <source>Only a payout not found after its settling window can be marked as not sent.</source>
        <translation>Nur eine Auszahlung, die nach ihrer Wartefrist nicht gefunden wurde, kann als nicht gesendet markiert werden.</translation>
    </message>
    <message>
        <source>The journal could not record the fee: %1</source>
        <translation>Das Journal konnte die Gebühr nicht festhalten: %1</translation>
    </message>
</context>
<context>
    <name>PayoutFieldEditor</name>
    <message>
        <source>Choose a country…</source>
        <translation>Land wählen…</translation>
    </message>
    <message>
        <source>Choose a user…</source>
        <translation>Benutzer wählen…</translation>
    </message>
    <message>
        <source>Choose a sub-account…</source>
        <translation>Unterkonto wählen…</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Kunden wählen…</translation>
    </message>
</context>
<context>
    <name>PayoutForm</name>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Neue Auszahlung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From connection</source>
        <translation>Von Verbindung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo danach</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Anbieter wird gefragt…</translation>
    </message>
    <message>
        <source>Restrict trade scripts…</source>
        <translation>Trade-Skripte sperren…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Quoted by the provider once the form is complete</source>
        <translation>Vom Anbieter angegeben, sobald das Formular vollständig ist</translation>
    </message>
    <message>
        <source>Stated by the provider when it accepts the payout</source>
        <translation>Vom Anbieter angegeben, wenn er die Auszahlung annimmt</translation>
    </message>
    <message>
        <source>Expected fee: %1.</source>
        <translation>Erwartete Gebühr: %1.</translation>
    </message>
    <message>
        <source>The recipient receives %1 %2.</source>
        <translation>Der Empfänger erhält %1 %2.</translation>
    </message>
    <message>
        <source>Money that has been sent cannot be called back from here.</source>
        <translation>Gesendetes Geld lässt sich von hier aus nicht zurückholen.</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Restrict trade scripts</source>
        <translation>Trade-Skripte sperren</translation>
    </message>
    <message>
        <source>Hours to restrict %1&apos;s trade scripts:</source>
        <translation>Stunden, für die die Trade-Skripte von %1 gesperrt werden:</translation>
    </message>
    <message numerus="yes">
        <source>Stop %1&apos;s trade scripts for %n hour(s)?</source>
        <translation>
            <numerusform>Die Trade-Skripte von %1 für %n Stunde anhalten?</numerusform>
            <numerusform>Die Trade-Skripte von %1 für %n Stunden anhalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send payout</source>
        <translation>Auszahlung senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The answer was lost; checking with the provider before anything is sent again. %1</source>
        <translation>Die Antwort ging verloren; vor jedem erneuten Senden wird beim Anbieter nachgefragt. %1</translation>
    </message>
    <message>
        <source>Sent. Reference %1.</source>
        <translation>Gesendet. Referenz %1.</translation>
    </message>
    <message>
        <source>Sent. Reference %1 (%2).</source>
        <translation>Gesendet. Referenz %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>New sub-account…</source>
        <translation>Neues Unterkonto…</translation>
    </message>
    <message>
        <source>Move %1 %2 from the sub-account %3 to the master account of %4?</source>
        <translation>%1 %2 vom Unterkonto %3 auf das Hauptkonto von %4 übertragen?</translation>
    </message>
    <message>
        <source>Send %1 %2 to %3 from %4?</source>
        <translation>%1 %2 an %3 von %4 senden?</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Verfahren: %1</translation>
    </message>
    <message>
        <source>Account number: %1</source>
        <translation>Kontonummer: %1</translation>
    </message>
    <message>
        <source>Sent. The provider returns no reference for it.</source>
        <translation>Gesendet. Der Anbieter gibt dafür keine Referenz zurück.</translation>
    </message>
    <message>
        <source>Sent: &quot;%1&quot;. The provider returns no reference for it.</source>
        <translation>Gesendet: „%1“. Der Anbieter gibt dafür keine Referenz zurück.</translation>
    </message>
    <message>
        <source>More than the balance</source>
        <translation>Mehr als der Saldo</translation>
    </message>
    <message>
        <source>This payout takes %1 %2 more than the balance of %3 %2 last read from %4. The provider may refuse it or overdraw the account.

Send it all the same?</source>
        <translation>Diese Auszahlung braucht %1 %2 mehr als der zuletzt von %4 gelesene Saldo von %3 %2. Der Anbieter kann sie ablehnen oder das Konto überziehen.

Trotzdem senden?</translation>
    </message>
    <message>
        <source>Comes off the sub-account; the master account gains it</source>
        <translation>Geht vom Unterkonto ab; das Hauptkonto erhält es</translation>
    </message>
    <message>
        <source>DART does not report the balance this is paid from</source>
        <translation>DART meldet den Saldo nicht, aus dem dies gezahlt wird</translation>
    </message>
    <message>
        <source>%1&apos;s wallet: %2 now, %3 after</source>
        <translation>Wallet von %1: jetzt %2, danach %3</translation>
    </message>
    <message>
        <source>%1&apos;s wallet: %2 now</source>
        <translation>Wallet von %1: jetzt %2</translation>
    </message>
    <message>
        <source>No balance from this connection yet</source>
        <translation>Noch kein Saldo von dieser Verbindung</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 jetzt</translation>
    </message>
    <message>
        <source>%1 less the fee</source>
        <translation>%1 abzüglich der Gebühr</translation>
    </message>
</context>
<context>
    <name>PayoutValidator</name>
    <message>
        <source>Required to send the link by %1.</source>
        <translation>Erforderlich, um den Link per %1 zu senden.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits, e.g. CITIUS33.</source>
        <translation>Ein BIC hat 8 oder 11 Buchstaben und Ziffern, z. B. CITIUS33.</translation>
    </message>
    <message>
        <source>Not a valid 9-digit ABA routing number.</source>
        <translation>Keine gültige 9-stellige ABA-Routingnummer.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Pick one of the list.</source>
        <translation>Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>An address is 20 or more letters and digits.</source>
        <translation>Eine Adresse hat 20 oder mehr Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Pick a sub-account from the list.</source>
        <translation>Wählen Sie ein Unterkonto aus der Liste.</translation>
    </message>
    <message>
        <source>A DART user name, e.g. billyjoel.</source>
        <translation>Ein DART-Benutzername, z. B. billyjoel.</translation>
    </message>
    <message>
        <source>Pick a Dots user from the list.</source>
        <translation>Wählen Sie einen Dots-Benutzer aus der Liste.</translation>
    </message>
    <message>
        <source>A text message needs a phone number.</source>
        <translation>Eine SMS braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>An email delivery needs an email address.</source>
        <translation>Ein Versand per E-Mail braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>An email address or a 10-digit US phone number.</source>
        <translation>Eine E-Mail-Adresse oder eine 10-stellige US-Telefonnummer.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wählen Sie eine Währung.</translation>
    </message>
    <message>
        <source>%1 does not send %2.</source>
        <translation>%1 sendet kein %2.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places.</source>
        <translation>%1 hat %2 Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <source>Payout methods</source>
        <translation>Auszahlungsmethoden</translation>
    </message>
    <message>
        <source>Dots batch payouts</source>
        <translation>Dots-Sammelauszahlungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journal&lt;/b&gt; of payouts and card actions</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt; der Auszahlungen und Kartenaktionen</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Journal durchsuchen</translation>
    </message>
    <message>
        <source>Check open payouts</source>
        <translation>Offene Auszahlungen prüfen</translation>
    </message>
    <message>
        <source>Asks each provider about payouts whose answer was lost</source>
        <translation>Fragt jeden Anbieter nach Auszahlungen, deren Antwort verloren ging</translation>
    </message>
    <message>
        <source>Cancel payout…</source>
        <translation>Auszahlung stornieren…</translation>
    </message>
    <message>
        <source>Cancels the selected payout if the provider has not completed it</source>
        <translation>Storniert die ausgewählte Auszahlung, wenn der Anbieter sie noch nicht abgeschlossen hat</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Journal exportieren…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Select the payout to cancel in the journal.</source>
        <translation>Wählen Sie im Journal die Auszahlung, die storniert werden soll.</translation>
    </message>
    <message>
        <source>Only a sent payout can be cancelled.</source>
        <translation>Nur eine gesendete Auszahlung kann storniert werden.</translation>
    </message>
    <message>
        <source>Cancel the payout of %1 %2 to %3 (reference %4)? The provider keeps its cancel fee, and a payout it has completed cannot be cancelled.</source>
        <translation>Die Auszahlung von %1 %2 an %3 (Referenz %4) stornieren? Der Anbieter behält seine Stornogebühr, und eine abgeschlossene Auszahlung kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Cancel payout</source>
        <translation>Auszahlung stornieren</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported: %1</source>
        <translation>Das Journal konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal row(s) to %1.</source>
        <translation>
            <numerusform>%n Journalzeile nach %1 exportiert.</numerusform>
            <numerusform>%n Journalzeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Looks for the selected unknown payout in the provider&apos;s records now</source>
        <translation>Sucht die ausgewählte unbekannte Auszahlung jetzt in den Einträgen des Anbieters</translation>
    </message>
    <message>
        <source>Mark as not sent…</source>
        <translation>Als nicht gesendet markieren…</translation>
    </message>
    <message>
        <source>For a payout not found after its settling window: you decide it was not sent</source>
        <translation>Für eine Auszahlung, die nach ihrer Wartefrist nicht gefunden wurde: Sie entscheiden, dass sie nicht gesendet wurde</translation>
    </message>
    <message>
        <source>Select an unknown or pending payout in the journal.</source>
        <translation>Wählen Sie im Journal eine unbekannte oder ausstehende Auszahlung.</translation>
    </message>
    <message>
        <source>records from %1 to %2</source>
        <translation>Einträge von %1 bis %2</translation>
    </message>
    <message>
        <source>records under its key</source>
        <translation>Einträge unter ihrem Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1: searched %2, %n record(s) read: %3</source>
        <translation>
            <numerusform>%1: durchsucht %2, %n Eintrag gelesen: %3</numerusform>
            <numerusform>%1: durchsucht %2, %n Einträge gelesen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a payout that was not found after its settling window can be marked as not sent. Select it in the journal.</source>
        <translation>Nur eine Auszahlung, die nach ihrer Wartefrist nicht gefunden wurde, kann als nicht gesendet markiert werden. Wählen Sie sie im Journal.</translation>
    </message>
    <message>
        <source>Mark as not sent</source>
        <translation>Als nicht gesendet markieren</translation>
    </message>
    <message>
        <source>Mark the payout of %1 %2 to %3 as not sent?</source>
        <translation>Die Auszahlung von %1 %2 an %3 als nicht gesendet markieren?</translation>
    </message>
    <message>
        <source>It was not found in the provider&apos;s records, but a provider may still show it later. If it was sent after all and you send it again, it is paid twice. Your decision is kept in the journal under your name.

What was searched:
%1</source>
        <translation>Sie wurde nicht in den Einträgen des Anbieters gefunden, aber ein Anbieter kann sie später noch zeigen. Wurde sie doch gesendet und Sie senden sie erneut, wird doppelt gezahlt. Ihre Entscheidung wird unter Ihrem Namen im Journal festgehalten.

Was durchsucht wurde:
%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copies the selected payout link, to send to its payee</source>
        <translation>Kopiert den gewählten Auszahlungslink, um ihn dem Empfänger zu senden</translation>
    </message>
    <message>
        <source>Select a payout link in the journal.</source>
        <translation>Wählen Sie einen Auszahlungslink im Journal.</translation>
    </message>
    <message>
        <source>Link copied for %1: %2</source>
        <translation>Link für %1 kopiert: %2</translation>
    </message>
    <message>
        <source>Undo emergency freeze…</source>
        <translation>Notfallsperre aufheben…</translation>
    </message>
    <message>
        <source>Unfreezes the cards the selected emergency freeze froze, and only those</source>
        <translation>Entsperrt die Karten, die die gewählte Notfallsperre gesperrt hat, und nur diese</translation>
    </message>
    <message>
        <source>Select a card frozen by an emergency freeze in the journal.</source>
        <translation>Wählen Sie im Journal eine Karte, die eine Notfallsperre gesperrt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s) shown, or only the selected ones?</source>
        <translation>
            <numerusform>Die angezeigte Zeile exportieren oder nur die ausgewählten?</numerusform>
            <numerusform>Alle %n angezeigten Zeilen exportieren oder nur die ausgewählten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s)</source>
        <translation>
            <numerusform>Die %n Zeile</numerusform>
            <numerusform>Alle %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected</source>
        <translation>
            <numerusform>Nur die %n ausgewählte</numerusform>
            <numerusform>Nur die %n ausgewählten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutsWiring</name>
    <message>
        <source>Payouts are off: the local journal, which records each payout before it is sent, could not be opened.</source>
        <translation>Auszahlungen sind gesperrt: Das lokale Journal, das jede Auszahlung vor dem Senden festhält, konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation>Auszahlung %1 storniert.</translation>
    </message>
    <message>
        <source>Payout %1 not cancelled: %2</source>
        <translation>Auszahlung %1 nicht storniert: %2</translation>
    </message>
    <message>
        <source>Trade scripts restricted: %1.</source>
        <translation>Trade-Skripte gesperrt: %1.</translation>
    </message>
    <message>
        <source>Trade scripts not restricted: %1</source>
        <translation>Trade-Skripte nicht gesperrt: %1</translation>
    </message>
    <message>
        <source>Payout sent: %1 %2 to %3 (reference %4).</source>
        <translation>Auszahlung gesendet: %1 %2 an %3 (Referenz %4).</translation>
    </message>
    <message>
        <source>No quote: %1</source>
        <translation>Kein Angebot: %1</translation>
    </message>
    <message>
        <source>%1 cannot open sub-accounts here.</source>
        <translation>%1 kann hier keine Unterkonten eröffnen.</translation>
    </message>
    <message>
        <source>Sub-account “%1” opened at %2.</source>
        <translation>Unterkonto „%1“ bei %2 eröffnet.</translation>
    </message>
    <message>
        <source>%1: the sub-account was not opened: %2</source>
        <translation>%1: Das Unterkonto wurde nicht eröffnet: %2</translation>
    </message>
    <message>
        <source>%1: the batches could not be read: %2</source>
        <translation>%1: Die Sammelauszahlungen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal could not follow the connection %1: %2</source>
        <translation>Das Journal konnte der Verbindung %1 nicht folgen: %2</translation>
    </message>
    <message>
        <source>%1: the sub-account was not opened: the journal cannot be written.</source>
        <translation>%1: Das Unterkonto wurde nicht eröffnet: Das Journal kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Payout sent: %1 %2 to %3 (the provider returns no reference).</source>
        <translation>Auszahlung gesendet: %1 %2 an %3 (der Anbieter gibt keine Referenz zurück).</translation>
    </message>
    <message>
        <source>Not sent: while this desktop is in a team, the team&apos;s policy approves payouts one by one. Send them as single Dots payouts.</source>
        <translation>Nicht gesendet: Solange dieser Arbeitsplatz in einem Team ist, geben die Freigaberegeln des Teams Auszahlungen einzeln frei. Senden Sie sie als einzelne Dots-Auszahlungen.</translation>
    </message>
    <message>
        <source>Not sent: the local journal, which records each payout before it is sent, could not be opened.</source>
        <translation>Nicht gesendet: Das lokale Journal, das jede Auszahlung vor dem Senden festhält, ließ sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Approval above a daily total per person</source>
        <translation>Freigabe über einer Tagessumme pro Person</translation>
    </message>
    <message>
        <source>Never waits</source>
        <translation>Wartet nie</translation>
    </message>
    <message>
        <source>Team policy</source>
        <translation>Freigaberegeln des Teams</translation>
    </message>
    <message>
        <source>Payout rules</source>
        <translation>Auszahlungsregeln</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>Keine Wartezeit</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Daily &amp;total (USD):</source>
        <translation>&amp;Tagessumme (USD):</translation>
    </message>
    <message>
        <source>Approvals &amp;above it:</source>
        <translation>Freigaben &amp;darüber:</translation>
    </message>
    <message>
        <source>A new bank account or address &amp;waits:</source>
        <translation>Ein neues Konto oder eine neue Adresse &amp;wartet:</translation>
    </message>
    <message>
        <source>&amp;Unfreezing a card:</source>
        <translation>Karte &amp;entsperren:</translation>
    </message>
    <message>
        <source>A &amp;new card:</source>
        <translation>&amp;Neue Karte:</translation>
    </message>
    <message>
        <source>A card &amp;limit above the last one set:</source>
        <translation>Karten&amp;limit über dem zuletzt gesetzten:</translation>
    </message>
    <message>
        <source>USD rates</source>
        <translation>USD-Kurse</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>USD for 1 unit</source>
        <translation>USD je Einheit</translation>
    </message>
    <message>
        <source>Add &amp;rate</source>
        <translation>&amp;Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Remove ra&amp;te</source>
        <translation>Kurs ent&amp;fernen</translation>
    </message>
    <message>
        <source>The rules value amounts in other currencies at these rates; without a rate, a rule with a USD amount applies.</source>
        <translation>Die Regeln bewerten Beträge in anderen Währungen zu diesen Kursen; ohne Kurs gilt eine Regel mit USD-Betrag.</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>With two admins or more, the new policy applies once another admin approves it.</source>
        <translation>Bei zwei oder mehr Admins gelten die neuen Regeln, sobald ein anderer Admin sie freigibt.</translation>
    </message>
    <message>
        <source>Payouts that need approval</source>
        <translation>Auszahlungen, die eine Freigabe brauchen</translation>
    </message>
    <message>
        <source>Daily total, new counterparties and cards</source>
        <translation>Tagessumme, neue Empfänger und Karten</translation>
    </message>
    <message>
        <source>The daily total is zero or more.</source>
        <translation>Die Tagessumme ist null oder mehr.</translation>
    </message>
</context>
<context>
    <name>PolicyRuleDialog</name>
    <message>
        <source>Only to a counterparty never paid before</source>
        <translation>Nur an einen Empfänger, der noch nie bezahlt wurde</translation>
    </message>
    <message>
        <source>Only to a country never paid before</source>
        <translation>Nur in ein Land, in das noch nie gezahlt wurde</translation>
    </message>
    <message>
        <source>Policy rule</source>
        <translation>Freigaberegel</translation>
    </message>
    <message>
        <source>Optional: shown to approvers beside the conditions</source>
        <translation>Optional: wird Freigebenden neben den Bedingungen gezeigt</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>Jeder Betrag</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Jede Währung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Above (&amp;USD):</source>
        <translation>Über (&amp;USD):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Above (in &amp;that currency):</source>
        <translation>Über (in &amp;dieser Währung):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Approvals needed:</source>
        <translation>Nötige &amp;Freigaben:</translation>
    </message>
    <message>
        <source>An amount above which the rule applies is zero or more.</source>
        <translation>Ein Betrag, über dem die Regel gilt, ist null oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to: %1. Needs %n approval(s).</source>
        <translation>
            <numerusform>Gilt für: %1. Braucht %n Freigabe.</numerusform>
            <numerusform>Gilt für: %1. Braucht %n Freigaben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Preferences saved. The language and data location change at the next start.</source>
        <translation>Einstellungen gespeichert. Sprache und Datenort ändern sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Comma ( , ) and a decimal point: any spreadsheet</source>
        <translation>Komma ( , ) und Dezimalpunkt: jede Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Datenort</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisieren:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>&amp;Datenort:</translation>
    </message>
    <message>
        <source>Language and data location take effect at the next start. The data location holds the transactions, balance history and payout journal; secrets stay in the system keychain.</source>
        <translation>Sprache und Datenort gelten ab dem nächsten Start. Am Datenort liegen die Transaktionen, der Saldoverlauf und das Auszahlungsjournal; Geheimnisse bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Keep looking for a lost payout at %1</source>
        <translation>Verlorene Auszahlung bei %1 weiter suchen</translation>
    </message>
    <message>
        <source>When a payout&apos;s answer is lost, look for it in the provider&apos;s records this long before asking you whether it was sent:</source>
        <translation>Geht die Antwort auf eine Auszahlung verloren, so lange in den Unterlagen des Anbieters suchen, bevor Sie gefragt werden, ob sie gesendet wurde:</translation>
    </message>
    <message>
        <source>Lost answers</source>
        <translation>Verlorene Antworten</translation>
    </message>
    <message>
        <source>Byte order mark in CSV files (Excel needs it for UTF-8)</source>
        <translation>Byte-Order-Mark in CSV-Dateien (Excel braucht sie für UTF-8)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Count USDC and USDT without a rate at 1.00 USD in the total</source>
        <translation>USDC und USDT ohne Kurs mit 1,00 USD in der Summe zählen</translation>
    </message>
    <message>
        <source>&amp;Valuation:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Spreadsheet in this language: its decimal mark, dates as dates</source>
        <translation>Tabellenkalkulation in dieser Sprache: ihr Dezimalzeichen, Daten als Datum</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>The provider&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>%1 The provider said: &quot;%2&quot;</source>
        <translation>%1 Der Anbieter sagte: „%2“</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No journal entry %1.</source>
        <translation>Kein Journaleintrag %1.</translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>Der lokale Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local store %1 failed: %2</source>
        <translation>Der lokale Speicher %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The local store %1 is not a database.</source>
        <translation>Der lokale Speicher %1 ist keine Datenbank.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer Treasury Desk (schema %2, this version knows %3). Update the app.</source>
        <translation>Der lokale Speicher %1 wurde von einem neueren Treasury Desk geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The CSV was written, but not its manifest %1: %2</source>
        <translation>Die CSV-Datei wurde geschrieben, aber nicht ihr Manifest %1: %2</translation>
    </message>
    <message>
        <source>The local store could not %1: %2</source>
        <translation>Der lokale Speicher konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>start a write</source>
        <translation>einen Schreibvorgang beginnen</translation>
    </message>
    <message>
        <source>save transaction %1</source>
        <translation>Transaktion %1 speichern</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>die Synchronisationsposition speichern</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>festschreiben</translation>
    </message>
    <message>
        <source>count transactions</source>
        <translation>Transaktionen zählen</translation>
    </message>
    <message>
        <source>remove the connection&apos;s transactions</source>
        <translation>die Transaktionen der Verbindung entfernen</translation>
    </message>
    <message>
        <source>rename the connection</source>
        <translation>die Verbindung umbenennen</translation>
    </message>
    <message>
        <source>The local store is not an open SQLite database.</source>
        <translation>Der lokale Speicher ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The local store could not read transactions: %1</source>
        <translation>Der lokale Speicher konnte keine Transaktionen lesen: %1</translation>
    </message>
    <message>
        <source>give the connection&apos;s history its id</source>
        <translation>dem Verlauf der Verbindung ihre Kennung geben</translation>
    </message>
    <message>
        <source>Journal entry %1 is not open.</source>
        <translation>Journaleintrag %1 ist nicht offen.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not waiting for a decision.</source>
        <translation>Journaleintrag %1 wartet auf keine Entscheidung.</translation>
    </message>
    <message>
        <source>Updating the local store %1 from schema %2 to %3 failed at &quot;%4&quot;: %5. The store is unchanged at schema %2; free disk space or restore a backup, then start again.</source>
        <translation>Die Aktualisierung des lokalen Speichers %1 von Schema %2 auf %3 ist bei „%4“ gescheitert: %5. Der Speicher ist unverändert auf Schema %2; Speicherplatz freigeben oder eine Sicherung zurückspielen und dann neu starten.</translation>
    </message>
    <message>
        <source>The CSV was written, but an older manifest %1 beside it could not be removed; delete it by hand.</source>
        <translation>Die CSV-Datei wurde geschrieben, aber ein älteres Manifest %1 daneben ließ sich nicht entfernen; bitte von Hand löschen.</translation>
    </message>
</context>
<context>
    <name>RecipientsController</name>
    <message>
        <source>The connection %1 is not open.</source>
        <translation>Die Verbindung %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 (%3).</source>
        <translation>Gespeichert: %1 %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Search recipients</source>
        <translation>Empfänger durchsuchen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Payout setup link…</source>
        <translation>Link zur Auszahlungseinrichtung…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent to DART only, never kept</source>
        <translation>Wird nur an DART gesendet, nie gespeichert</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <source>ID / user name</source>
        <translation>ID / Benutzername</translation>
    </message>
    <message>
        <source>Phone country code</source>
        <translation>Ländervorwahl des Telefons</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opens, in the browser, the page where this Dots user chooses how to be paid</source>
        <translation>Öffnet im Browser die Seite, auf der dieser Dots-Benutzer wählt, wie er bezahlt wird</translation>
    </message>
    <message>
        <source>Trade scripts</source>
        <translation>Trade-Skripte</translation>
    </message>
    <message>
        <source>Trade script</source>
        <translation>Trade-Skript</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Eingezahlt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Tokenwert</translation>
    </message>
    <message>
        <source>Token, e.g. Chaos</source>
        <translation>Token, z. B. Chaos</translation>
    </message>
    <message>
        <source>&lt;b&gt;DART trade scripts&lt;/b&gt;</source>
        <translation>&lt;b&gt;DART-Trade-Skripte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>%1 im Browser geöffnet.</translation>
    </message>
    <message>
        <source>First name, last name and email are required.</source>
        <translation>Vorname, Nachname und E-Mail sind erforderlich.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>A new %1 needs a user name.</source>
        <translation>Neu anlegen (%1): der Benutzername fehlt.</translation>
    </message>
    <message>
        <source>A new %1 needs a password.</source>
        <translation>Neu anlegen (%1): das Passwort fehlt.</translation>
    </message>
    <message>
        <source>A new %1 needs a phone number with its country code.</source>
        <translation>Neu anlegen (%1): die Telefonnummer mit Ländervorwahl fehlt.</translation>
    </message>
    <message>
        <source>Not opened: the provider&apos;s link is not an https address.</source>
        <translation>Nicht geöffnet: der Link des Anbieters ist keine https-Adresse.</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>Stopping the refresh…</source>
        <translation>Aktualisierung wird angehalten…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refresh stopped; what is shown is from before.</source>
        <translation>Aktualisierung angehalten; angezeigt wird der vorherige Stand.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the file&apos;s own path.</source>
        <translation>%1 ist ein symbolischer Link; geben Sie den Pfad der Datei selbst an.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or folder); nothing was written.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Ordner); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the stored secret does not have the expected form; enter it again in File → Connections.</source>
        <translation>%1: Das gespeicherte Geheimnis hat nicht die erwartete Form; geben Sie es unter Datei → Verbindungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Group spend by</source>
        <translation>Ausgaben gruppieren nach</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Nach Karte</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>No spend in the filtered transactions</source>
        <translation>Keine Ausgaben in den gefilterten Transaktionen</translation>
    </message>
    <message>
        <source>Other cards</source>
        <translation>Andere Karten</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Keine Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) out, %1 %2 in all</source>
        <translation>
            <numerusform>%n ausgehende Zahlung, insgesamt %1 %2</numerusform>
            <numerusform>%n ausgehende Zahlungen, insgesamt %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend chart</source>
        <translation>Ausgabendiagramm</translation>
    </message>
</context>
<context>
    <name>TeamAdminPanel</name>
    <message>
        <source>Re&amp;ject change</source>
        <translation>Änderung ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Changes waiting for a second admin</source>
        <translation>Änderungen, die auf einen zweiten Admin warten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Proposes a new policy; with two admins, the other one approves it</source>
        <translation>Schlägt neue Freigaberegeln vor; bei zwei Admins gibt der andere sie frei</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Rolle von %1: %2</translation>
    </message>
    <message>
        <source>none (leaves the team)</source>
        <translation>keine (verlässt das Team)</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Freigaberegeln</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Eine Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Appr&amp;ove change</source>
        <translation>Änderung fr&amp;eigeben</translation>
    </message>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>Freigaberegeln &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>S&amp;hare a connection…</source>
        <translation>Verbindung &amp;teilen…</translation>
    </message>
    <message>
        <source>Shares one of this desktop&apos;s connections with the team, without its secret: each colleague types their own</source>
        <translation>Teilt eine Verbindung dieses Rechners mit dem Team, ohne ihr Geheimnis: Jede Kollegin, jeder Kollege gibt das eigene ein</translation>
    </message>
    <message>
        <source>Share a connection</source>
        <translation>Eine Verbindung teilen</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>Its name, provider, address and settings go to the team; its secret stays in this desktop&apos;s keychain.</source>
        <translation>Name, Anbieter, Adresse und Einstellungen gehen an das Team; das Geheimnis bleibt im Schlüsselbund dieses Rechners.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Vouch for key…</source>
        <translation>Schlüssel &amp;signieren…</translation>
    </message>
    <message>
        <source>New keys waiting for an admin</source>
        <translation>Neue Schlüssel, die auf einen Admin warten</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Signs the colleague&apos;s new key with yours, after you compared its fingerprint with them</source>
        <translation>Signiert den neuen Schlüssel der Kollegin oder des Kollegen mit Ihrem, nachdem Sie den Fingerabdruck mit der Person verglichen haben</translation>
    </message>
    <message>
        <source>Vouch for a new key</source>
        <translation>Für einen neuen Schlüssel bürgen</translation>
    </message>
    <message>
        <source>Sign %1&apos;s new key with yours?

%2

Compare this fingerprint with %1 by phone or in person first: once you sign, every desktop takes their requests and decisions made with it.</source>
        <translation>Den neuen Schlüssel von %1 mit Ihrem signieren?

%2

Vergleichen Sie diesen Fingerabdruck vorher telefonisch oder persönlich mit %1: Sobald Sie signieren, nimmt jeder Rechner die damit gemachten Aufträge und Entscheidungen an.</translation>
    </message>
</context>
<context>
    <name>TeamCardGate</name>
    <message>
        <source>Not sent: no connection named %1.</source>
        <translation>Nicht gesendet: keine Verbindung namens %1.</translation>
    </message>
    <message>
        <source>Not done: the connection %1 is not open on this desktop, or the team journal&apos;s request cannot be read.</source>
        <translation>Nicht ausgeführt: Die Verbindung %1 ist auf diesem Rechner nicht offen, oder der Auftrag im Team-Journal ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1: the team journal refused it; nothing was done: %2</source>
        <translation>%1: Das Team-Journal hat es abgelehnt; nichts wurde ausgeführt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: in the team journal, waiting for %n approval(s) (%2). Nothing is done until then.</source>
        <translation>
            <numerusform>%1: im Team-Journal, wartet auf %n Freigabe (%2). Bis dahin geschieht nichts.</numerusform>
            <numerusform>%1: im Team-Journal, wartet auf %n Freigaben (%2). Bis dahin geschieht nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved, but another desktop of the team is doing it.</source>
        <translation>Freigegeben, aber ein anderer Rechner des Teams führt es aus.</translation>
    </message>
    <message>
        <source>Approved, but not done from here: %1</source>
        <translation>Freigegeben, aber nicht von hier ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1: done for the team.</source>
        <translation>%1: für das Team ausgeführt.</translation>
    </message>
    <message>
        <source>%1: not done: %2</source>
        <translation>%1: nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1: no answer (%2). The card list shows whether it took effect.</source>
        <translation>%1: keine Antwort (%2). Die Kartenliste zeigt, ob es wirksam wurde.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved, or one this desktop cannot carry out</source>
        <translation>das Team-Journal gab einen anderen Auftrag zurück als den freigegebenen, oder einen, den dieser Desktop nicht ausführen kann</translation>
    </message>
    <message>
        <source>%1: not done: %2.</source>
        <translation>%1: nicht ausgeführt: %2.</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt is missing (Debian: libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber für Qt fehlt (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the certificate authority file %1 does not exist</source>
        <translation>die Datei der Zertifizierungsstelle %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the team database did not answer</source>
        <translation>die Team-Datenbank hat nicht geantwortet</translation>
    </message>
    <message>
        <source>not connected to the team database</source>
        <translation>nicht mit der Team-Datenbank verbunden</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>the database has no team schema yet: its owner runs treasuryctl team init</source>
        <translation>die Datenbank hat noch kein Team-Schema: ihr Eigentümer führt treasuryctl team init aus</translation>
    </message>
    <message>
        <source>the team database is at schema %1, newer than this Treasury Desk knows (%2): update Treasury Desk before changing anything</source>
        <translation>die Team-Datenbank hat Schema %1, neuer als dieses Treasury Desk kennt (%2): aktualisieren Sie Treasury Desk, bevor Sie etwas ändern</translation>
    </message>
    <message>
        <source>the team database is at schema %1 and this Treasury Desk needs %2: its owner runs treasuryctl team init to upgrade it</source>
        <translation>die Team-Datenbank hat Schema %1 und dieses Treasury Desk braucht %2: ihr Eigentümer aktualisiert sie mit treasuryctl team init</translation>
    </message>
    <message>
        <source>the team database answered an unknown state</source>
        <translation>die Team-Datenbank nannte einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>no payout has the key %1</source>
        <translation>keine Auszahlung hat den Schlüssel %1</translation>
    </message>
    <message>
        <source>the request holds something a team request cannot carry</source>
        <translation>der Auftrag enthält etwas, das ein Team-Auftrag nicht tragen kann</translation>
    </message>
    <message>
        <source>this desktop has no signing key for the team: log in to the team again</source>
        <translation>dieser Rechner hat keinen Signaturschlüssel für das Team: melden Sie sich erneut beim Team an</translation>
    </message>
    <message>
        <source>the team database filed another request than this desktop&apos;s</source>
        <translation>die Team-Datenbank hat einen anderen Auftrag erfasst als den dieses Rechners</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the signatures could not be read: %1</source>
        <translation>die Signaturen ließen sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Mitglieder des Teams</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Approval policy</source>
        <translation>Freigaberegeln</translation>
    </message>
    <message>
        <source>Team &amp;database:</source>
        <translation>Team-&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>&amp;Add to this desktop…</source>
        <translation>Auf diesem Rechner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Prüfprotokoll ver&amp;ifizieren</translation>
    </message>
    <message>
        <source>Team connections</source>
        <translation>Verbindungen des Teams</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>On this desktop</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>Adds the selected connection as the team shares it; you type this desktop&apos;s secret</source>
        <translation>Fügt die gewählte Verbindung so hinzu, wie das Team sie teilt; Sie geben das Geheimnis dieses Rechners ein</translation>
    </message>
    <message>
        <source>Recomputes the audit log&apos;s hash chain and checks that it only grew since this desktop last looked</source>
        <translation>Berechnet die Hash-Kette des Prüfprotokolls neu und prüft, dass es seit dem letzten Blick dieses Rechners nur gewachsen ist</translation>
    </message>
    <message>
        <source>Connections the team shares</source>
        <translation>Verbindungen, die das Team teilt</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>noch kein Schlüssel</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>TeamKeyRing</name>
    <message>
        <source>%1 has a new key (%2) that no admin approved yet: their signatures with it do not count</source>
        <translation>%1 hat einen neuen Schlüssel (%2), den noch kein Admin freigegeben hat: Signaturen damit zählen nicht</translation>
    </message>
    <message>
        <source>%1&apos;s key %2 is pinned on this desktop: compare it with them</source>
        <translation>Der Schlüssel %2 von %1 ist auf diesem Rechner festgehalten: vergleichen Sie ihn mit der Person</translation>
    </message>
    <message>
        <source>%1&apos;s key changed to %2, approved by an admin</source>
        <translation>Der Schlüssel von %1 wurde zu %2 geändert, von einem Admin freigegeben</translation>
    </message>
    <message>
        <source>%1&apos;s key in the team database (%2) is not the one this desktop pinned (%3): their signatures are refused</source>
        <translation>Der Schlüssel von %1 in der Team-Datenbank (%2) ist nicht der, den dieser Rechner festgehalten hat (%3): Signaturen damit werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>a team database is given as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>eine Team-Datenbank wird als postgresql://BENUTZER@HOST[:PORT]/DATENBANK angegeben</translation>
    </message>
    <message>
        <source>the URL holds a password, which would be kept in plain text: leave it out and give the password when asked (it goes to the keychain)</source>
        <translation>die URL enthält ein Passwort, das im Klartext gespeichert würde: lassen Sie es weg und geben Sie das Passwort ein, wenn danach gefragt wird (es kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>only sslmode=verify-full may be given: the team database is reached over verified TLS or, on this computer, directly</source>
        <translation>nur sslmode=verify-full ist erlaubt: Die Team-Datenbank wird über verifiziertes TLS erreicht oder, auf diesem Rechner, direkt</translation>
    </message>
</context>
<context>
    <name>TeamPayoutSender</name>
    <message>
        <source>Not sent: no connection named %1.</source>
        <translation>Nicht gesendet: keine Verbindung namens %1.</translation>
    </message>
    <message>
        <source>The team journal refused it; nothing was sent: %1</source>
        <translation>Das Team-Journal hat sie abgelehnt; nichts wurde gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the team journal, waiting for %n approval(s) (%1). Nothing is sent until then.</source>
        <translation>
            <numerusform>Im Team-Journal, wartet auf %n Freigabe (%1). Bis dahin wird nichts gesendet.</numerusform>
            <numerusform>Im Team-Journal, wartet auf %n Freigaben (%1). Bis dahin wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved, but the new bank account or address is held until %1 unless an admin releases it. Nothing is sent until then.</source>
        <translation>Freigegeben, aber das neue Bankkonto oder die neue Adresse ist bis %1 gesperrt, sofern kein Admin sie freigibt. Bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Approved, but another desktop of the team is sending it.</source>
        <translation>Freigegeben, aber ein anderer Arbeitsplatz des Teams sendet sie.</translation>
    </message>
    <message>
        <source>Approved, but not sent from here: %1</source>
        <translation>Freigegeben, aber nicht von hier gesendet: %1</translation>
    </message>
    <message>
        <source>Payout %1 was handled, but the team journal could not record its outcome: %2</source>
        <translation>Auszahlung %1 wurde ausgeführt, aber das Team-Journal konnte ihr Ergebnis nicht festhalten: %2</translation>
    </message>
    <message>
        <source>The team&apos;s policy could not be checked: %1</source>
        <translation>Die Freigaberegeln des Teams ließen sich nicht prüfen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team policy: needs %n approval(s) before it is sent (%1).</source>
        <translation>
            <numerusform>Freigaberegeln des Teams: braucht %n Freigabe, bevor sie gesendet wird (%1).</numerusform>
            <numerusform>Freigaberegeln des Teams: braucht %n Freigaben, bevor sie gesendet wird (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team policy: no approval needed.</source>
        <translation>Freigaberegeln des Teams: keine Freigabe nötig.</translation>
    </message>
    <message>
        <source>The new bank account or address is held until %1 unless an admin releases it.</source>
        <translation>Das neue Bankkonto oder die neue Adresse ist bis %1 gesperrt, sofern kein Admin es freigibt.</translation>
    </message>
    <message>
        <source>Not sent: the team journal&apos;s request cannot be read.</source>
        <translation>Nicht gesendet: Der Auftrag im Team-Journal ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Not sent: the connection %1 is not open on this desktop, or it does not send this kind of payout.</source>
        <translation>Nicht gesendet: Die Verbindung %1 ist auf diesem Rechner nicht offen oder sendet diese Art Auszahlung nicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was lost. The payout is being checked against its records; do not send it again.</source>
        <translation>Die Antwort des Anbieters ging verloren. Die Auszahlung wird mit seinen Unterlagen abgeglichen; senden Sie sie nicht noch einmal.</translation>
    </message>
    <message>
        <source>Sent from this desktop; the provider&apos;s reference is %1.</source>
        <translation>Von diesem Rechner gesendet; die Referenz des Anbieters ist %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Taken over from %1, which stopped while it was in flight; checked against the provider&apos;s records, never sent again.</source>
        <translation>Übernommen von %1, das während des Sendens stehen blieb; wird mit den Unterlagen des Anbieters abgeglichen, nie noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Payout %1 could not be taken over: %2</source>
        <translation>Auszahlung %1 konnte nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>Not sent: it was filed before team requests were documents; ask for it again.</source>
        <translation>Nicht gesendet: Der Auftrag wurde erfasst, bevor Team-Aufträge Dokumente waren; beantragen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved</source>
        <translation>das Team-Journal gab einen anderen Auftrag zurück als den freigegebenen</translation>
    </message>
    <message>
        <source>the team journal&apos;s request cannot be read</source>
        <translation>der Auftrag im Team-Journal kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its connection is not open on this desktop, or does not send this payout</source>
        <translation>seine Verbindung ist auf diesem Desktop nicht geöffnet oder sendet diese Auszahlung nicht</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>TeamPayoutsModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved, not sent</source>
        <translation>Freigegeben, nicht gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: being checked</source>
        <translation>Unbekannt: wird geprüft</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 hat freigegeben: %2</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Unfreeze card %1</source>
        <translation>Karte %1 entsperren</translation>
    </message>
    <message>
        <source>Spend limit of card %1</source>
        <translation>Ausgabenlimit der Karte %1</translation>
    </message>
    <message>
        <source>New card “%1”</source>
        <translation>Neue Karte „%1“</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Approved, new account held until %1</source>
        <translation>Freigegeben, neues Konto gesperrt bis %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Asked by %1 on %2</source>
        <translation>Beantragt von %1 am %2</translation>
    </message>
    <message>
        <source>Rules: %1 (%2 of %3 approvals)</source>
        <translation>Regeln: %1 (%2 von %3 Freigaben)</translation>
    </message>
    <message>
        <source>Request fingerprint: %1</source>
        <translation>Fingerabdruck des Auftrags: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message>
        <source>over %1 USD</source>
        <translation>über %1 USD</translation>
    </message>
    <message>
        <source>over %1 %2</source>
        <translation>über %1 %2</translation>
    </message>
    <message>
        <source>in the payout&apos;s currency</source>
        <translation>in der Währung der Auszahlung</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>to a new counterparty</source>
        <translation>an einen neuen Empfänger</translation>
    </message>
    <message>
        <source>to a new country</source>
        <translation>in ein neues Land</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>from connection %1</source>
        <translation>von der Verbindung %1</translation>
    </message>
    <message>
        <source>any payout</source>
        <translation>jede Auszahlung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approval(s)</source>
        <translation>
            <numerusform>%1: %n Freigabe</numerusform>
            <numerusform>%1: %n Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a person&apos;s payouts above %1 USD in a day: %n approval(s)</source>
        <translation>
            <numerusform>Auszahlungen einer Person über %1 USD am Tag: %n Freigabe</numerusform>
            <numerusform>Auszahlungen einer Person über %1 USD am Tag: %n Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new bank account or address waits %n hour(s)</source>
        <translation>
            <numerusform>ein neues Konto oder eine neue Adresse wartet %n Stunde</numerusform>
            <numerusform>ein neues Konto oder eine neue Adresse wartet %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unfreezing a card: %n approval(s)</source>
        <translation>
            <numerusform>Karte entsperren: %n Freigabe</numerusform>
            <numerusform>Karte entsperren: %n Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new card: %n approval(s)</source>
        <translation>
            <numerusform>neue Karte: %n Freigabe</numerusform>
            <numerusform>neue Karte: %n Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a card limit above the last one the team set: %n approval(s)</source>
        <translation>
            <numerusform>Kartenlimit über dem zuletzt vom Team gesetzten: %n Freigabe</numerusform>
            <numerusform>Kartenlimit über dem zuletzt vom Team gesetzten: %n Freigaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 = %2 USD</source>
        <translation>1 %1 = %2 USD</translation>
    </message>
    <message>
        <source>amounts valued at %1</source>
        <translation>Beträge bewertet zu %1</translation>
    </message>
    <message>
        <source>The USD rate of “%1” must be a currency code and a number above zero, such as 1.08.</source>
        <translation>Der USD-Kurs von „%1“ braucht einen Währungscode und eine Zahl über null, etwa 1,08.</translation>
    </message>
    <message>
        <source>Each rule needs at least one approval.</source>
        <translation>Jede Regel braucht mindestens eine Freigabe.</translation>
    </message>
    <message>
        <source>a person&apos;s daily total above %1 USD</source>
        <translation>Tagessumme einer Person über %1 USD</translation>
    </message>
    <message>
        <source>a person&apos;s daily total</source>
        <translation>Tagessumme einer Person</translation>
    </message>
    <message>
        <source>unfreezing a card</source>
        <translation>Karte entsperren</translation>
    </message>
    <message>
        <source>a new card</source>
        <translation>neue Karte</translation>
    </message>
    <message>
        <source>a card limit above the last one the team set</source>
        <translation>Kartenlimit über dem zuletzt vom Team gesetzten</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>%1, applied because the policy has no USD rate for the currency</source>
        <translation>%1, angewandt, weil die Regeln keinen USD-Kurs für die Währung haben</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 is missing from this build</source>
        <translation>%1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the team database is at schema %1, not %2</source>
        <translation>die Team-Datenbank hat Schema %1, nicht %2</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (defined by no file of this build)</source>
        <translation> (von keiner Datei dieses Builds definiert)</translation>
    </message>
</context>
<context>
    <name>TeamSignatures</name>
    <message>
        <source>the request does not match its hash</source>
        <translation>der Auftrag passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>no key of %1, who asked for it, is pinned on this desktop</source>
        <translation>kein Schlüssel von %1, der Person, die ihn beantragt hat, ist auf diesem Rechner festgehalten</translation>
    </message>
    <message>
        <source>%1&apos;s signature does not cover this request with %2 approvals</source>
        <translation>die Signatur von %1 deckt diesen Auftrag mit %2 Freigaben nicht</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 hat ihn abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 approvals carry a valid signature from a pinned key</source>
        <translation>
            <numerusform>%n von %1 Freigaben trägt eine gültige Signatur eines festgehaltenen Schlüssels</numerusform>
            <numerusform>%n von %1 Freigaben tragen eine gültige Signatur eines festgehaltenen Schlüssels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSigningKeys</name>
    <message>
        <source>the team signing key in the keychain is damaged</source>
        <translation>der Team-Signaturschlüssel im Schlüsselbund ist beschädigt</translation>
    </message>
    <message>
        <source>no signing key could be made</source>
        <translation>es ließ sich kein Signaturschlüssel erzeugen</translation>
    </message>
</context>
<context>
    <name>TeamWiring</name>
    <message>
        <source>In the team as %1 (%2).</source>
        <translation>Im Team als %1 (%2).</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>In the team as %1 again.</source>
        <translation>Wieder im Team als %1.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; trying again…</source>
        <translation>Die Team-Datenbank ist nicht erreichbar; neuer Versuch…</translation>
    </message>
    <message>
        <source>Your decision is recorded.</source>
        <translation>Ihre Entscheidung ist festgehalten.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Verbindung zur Team-Datenbank…</translation>
    </message>
    <message>
        <source>The team password is not in the keychain: File → Team… logs in again.</source>
        <translation>Das Team-Passwort ist nicht im Schlüsselbund: Datei → Team… meldet erneut an.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll ließ sich nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact and only grown since this desktop last looked.</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Zeile, die Kette intakt und seit dem letzten Blick dieses Rechners nur gewachsen.</numerusform>
            <numerusform>Prüfprotokoll: %n Zeilen, die Kette intakt und seit dem letzten Blick dieses Rechners nur gewachsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s audit log does not verify: %1. Tell an admin before relying on the team journal.</source>
        <translation>Das Prüfprotokoll des Teams lässt sich nicht verifizieren: %1. Sagen Sie es einem Admin, bevor Sie sich auf das Team-Journal verlassen.</translation>
    </message>
    <message>
        <source>Not proposed: %1</source>
        <translation>Nicht vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>The change applies now: the team has one admin.</source>
        <translation>Die Änderung gilt sofort: Das Team hat einen Admin.</translation>
    </message>
    <message>
        <source>Proposed: it applies once another admin approves it.</source>
        <translation>Vorgeschlagen: Sie gilt, sobald ein anderer Admin sie freigibt.</translation>
    </message>
    <message>
        <source>Approved: the change applies.</source>
        <translation>Freigegeben: Die Änderung gilt.</translation>
    </message>
    <message>
        <source>Rejected: nothing changes.</source>
        <translation>Abgelehnt: Nichts ändert sich.</translation>
    </message>
    <message>
        <source>%1 is shared with the team; each colleague adds it with their own secret.</source>
        <translation>%1 ist mit dem Team geteilt; jede Kollegin, jeder Kollege fügt sie mit dem eigenen Geheimnis hinzu.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Nicht geteilt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact. This desktop had not looked before; compare its checkpoint %1 with a colleague&apos;s (treasuryctl audit checkpoint).</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Zeile, die Kette intakt. Dieser Rechner hat es noch nie geprüft; vergleichen Sie seinen Prüfpunkt %1 mit dem eines Kollegen (treasuryctl audit checkpoint).</numerusform>
            <numerusform>Prüfprotokoll: %n Zeilen, die Kette intakt. Dieser Rechner hat es noch nie geprüft; vergleichen Sie seinen Prüfpunkt %1 mit dem eines Kollegen (treasuryctl audit checkpoint).</numerusform>
        </translation>
    </message>
    <message>
        <source>This desktop&apos;s signing key %1 is new to the team: until an admin approves it, your requests and decisions do not count.</source>
        <translation>Der Signaturschlüssel %1 dieses Rechners ist dem Team neu: Bis ein Admin ihn freigibt, zählen Ihre Aufträge und Entscheidungen nicht.</translation>
    </message>
    <message>
        <source>No team signing key (requests and decisions cannot be signed): %1</source>
        <translation>Kein Team-Signaturschlüssel (Aufträge und Entscheidungen können nicht signiert werden): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n Signatur gegen die auf diesem Rechner festgehaltenen Schlüssel geprüft.</numerusform>
            <numerusform>%n Signaturen gegen die auf diesem Rechner festgehaltenen Schlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s new key is signed with yours: every desktop takes it now.</source>
        <translation>Der neue Schlüssel von %1 ist mit Ihrem signiert: Jeder Rechner nimmt ihn jetzt an.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <source>Transaction details</source>
        <translation>Transaktionsdetails</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Date (local)</source>
        <translation>Datum (lokal)</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Geld hinaus</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Geld herein</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Merchant country</source>
        <translation>Land des Händlers</translation>
    </message>
    <message>
        <source>As the provider sent it</source>
        <translation>Wie vom Anbieter gesendet</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (the provider&apos;s word: %2)</source>
        <translation>%1 (Angabe des Anbieters: %2)</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Netzwerkgebühr</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Plattformgebühr</translation>
    </message>
    <message>
        <source>Priced at</source>
        <translation>Bewertet mit</translation>
    </message>
    <message>
        <source>On chain as</source>
        <translation>On-Chain als</translation>
    </message>
</context>
<context>
    <name>TransactionFilterBar</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle Karten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Ein und aus</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Geld hinaus</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Geld herein</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Search merchant, card, status or ID</source>
        <translation>Händler, Karte, Status oder ID suchen</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Transaktionen durchsuchen</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>Kein Betrag: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TransactionWorkbook</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Settled in</source>
        <translation>Gebucht ein</translation>
    </message>
    <message>
        <source>Settled out</source>
        <translation>Gebucht aus</translation>
    </message>
    <message>
        <source>Pending in</source>
        <translation>Ausstehend ein</translation>
    </message>
    <message>
        <source>Pending out</source>
        <translation>Ausstehend aus</translation>
    </message>
    <message>
        <source>Did not move</source>
        <translation>Nicht bewegt</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Settled rows</source>
        <translation>Gebuchte Zeilen</translation>
    </message>
    <message>
        <source>Pending rows</source>
        <translation>Ausstehende Zeilen</translation>
    </message>
    <message>
        <source>Rows that did not move</source>
        <translation>Zeilen ohne Bewegung</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>zu groß zum Addieren</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumswerte</translation>
    </message>
    <message>
        <source>UTC, as the provider recorded them</source>
        <translation>UTC, wie der Anbieter sie erfasst hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) have more than 15 significant digits, more than a spreadsheet number holds exactly: they are text cells, exact.</source>
        <translation>
            <numerusform>%n Betrag hat mehr als 15 signifikante Stellen, mehr als eine Tabellenzahl genau fasst: er steht exakt als Textzelle da.</numerusform>
            <numerusform>%n Beträge haben mehr als 15 signifikante Stellen, mehr als eine Tabellenzahl genau fasst: sie stehen exakt als Textzellen da.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <source>A worksheet holds at most %1 rows below its header, and these are %2. Narrow the filter, or export CSV, which has no such limit.</source>
        <translation>Ein Tabellenblatt fasst unter der Kopfzeile höchstens %1 Zeilen, dies sind %2. Filter enger fassen oder als CSV exportieren, die keine solche Grenze hat.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Settled fees</source>
        <translation>Gebühren gebucht</translation>
    </message>
    <message>
        <source>Pending fees</source>
        <translation>Gebühren ausstehend</translation>
    </message>
    <message>
        <source>Settled and pending count what moved or will move; fees are money out on top of the amounts, and net is in minus out minus fees; declined, failed, cancelled and reversed rows are counted apart as &quot;did not move&quot;.</source>
        <translation>Gebucht und ausstehend zählen, was bewegt wurde oder wird; Gebühren sind Abflüsse zusätzlich zu den Beträgen, und netto ist Eingang minus Ausgang minus Gebühren; abgelehnte, fehlgeschlagene, stornierte und zurückgebuchte Zeilen zählen getrennt als „nicht bewegt“.</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Angabe des Anbieters: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Spend chart</source>
        <translation>Ausgabendiagramm</translation>
    </message>
    <message>
        <source> — too large to add up exactly</source>
        <translation> — zu groß, um exakt aufzusummieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 transactions</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 Transaktionen</translation>
    </message>
    <message>
        <source>Exporting %1 transactions…</source>
        <translation>%1 Transaktionen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, out %3, net %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ein %2, aus %3, netto %4</translation>
    </message>
    <message numerus="yes">
        <source>, %n not moved</source>
        <translation>
            <numerusform>, %n nicht bewegt</numerusform>
            <numerusform>, %n nicht bewegt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settled (%2)&lt;/td&gt;&lt;td&gt;in %3&lt;/td&gt;&lt;td&gt;out %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;pending (%5)&lt;/td&gt;&lt;td&gt;in %6&lt;/td&gt;&lt;td&gt;out %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;not moved (%8)&lt;/td&gt;&lt;td colspan=2&gt;%9&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;gebucht (%2)&lt;/td&gt;&lt;td&gt;ein %3&lt;/td&gt;&lt;td&gt;aus %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;ausstehend (%5)&lt;/td&gt;&lt;td&gt;ein %6&lt;/td&gt;&lt;td&gt;aus %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;nicht bewegt (%8)&lt;/td&gt;&lt;td colspan=2&gt;%9&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n Transaktion nach %1 geschrieben.</numerusform>
            <numerusform>%n Transaktionen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 gibt es schon. Durch diesen Export ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>+%n more currency(ies)</source>
        <translation>
            <numerusform>+%n weitere Währung</numerusform>
            <numerusform>+%n weitere Währungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;incomplete&lt;/b&gt;: %1 read in part</source>
        <translation>&lt;b&gt;unvollständig&lt;/b&gt;: %1 nur teilweise gelesen</translation>
    </message>
    <message>
        <source> (fees %1)</source>
        <translation> (Gebühren %1)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;fees&lt;/td&gt;&lt;td&gt;settled %1&lt;/td&gt;&lt;td&gt;pending %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Gebühren&lt;/td&gt;&lt;td&gt;gebucht %1&lt;/td&gt;&lt;td&gt;ausstehend %2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Totals count what moved (settled) and what will (pending), with the provider&apos;s fees as money out; declined, failed, cancelled and reversed rows did not move and are counted apart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Summen zählen, was bewegt wurde (gebucht) und was noch bewegt wird (ausstehend), mit den Gebühren des Anbieters als Abfluss; abgelehnte, fehlgeschlagene, stornierte und zurückgebuchte Zeilen wurden nicht bewegt und zählen getrennt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Treasuryctl</name>
    <message>
        <source>A saved connection; its secret comes from the keychain.</source>
        <translation>Eine gespeicherte Verbindung; ihr Geheimnis kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Ad hoc: the API root as the provider documents it.</source>
        <translation>Ad hoc: die API-Basisadresse, wie der Anbieter sie dokumentiert.</translation>
    </message>
    <message>
        <source>Ad hoc: the environment variable holding the secret (id:secret for two-part credentials). Secrets are never taken as arguments.</source>
        <translation>Ad hoc: die Umgebungsvariable mit dem Geheimnis (id:secret für zweiteilige Zugangsdaten). Geheimnisse werden nie als Argumente angenommen.</translation>
    </message>
    <message>
        <source>A non-secret setting, KEY=VALUE (Dots app_id, DART customers).</source>
        <translation>Eine nicht geheime Einstellung, KEY=VALUE (Dots app_id, DART customers).</translation>
    </message>
    <message>
        <source>The command-line twin of Treasury Desk, for scripted exports and checks.</source>
        <translation>Das Kommandozeilen-Gegenstück zu Treasury Desk, für Exporte und Prüfungen per Skript.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>kein Befehl angegeben; versuchen Sie --help</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Reaches the provider; prints OK or the error.</source>
        <translation>Erreicht den Anbieter; gibt OK oder den Fehler aus.</translation>
    </message>
    <message>
        <source>Only cards whose name or last four digits contain TEXT.</source>
        <translation>Nur Karten, deren Name oder letzte vier Ziffern TEXT enthalten.</translation>
    </message>
    <message>
        <source>Only cards whose name contains TEXT (asked of the provider where it can).</source>
        <translation>Nur Karten, deren Name TEXT enthält (beim Anbieter abgefragt, wo er es kann).</translation>
    </message>
    <message>
        <source>Only cards ending in these four digits.</source>
        <translation>Nur Karten, die auf diese vier Ziffern enden.</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>Ab diesem Tag.</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Bis einschließlich zu diesem Tag.</translation>
    </message>
    <message>
        <source>Write CSV to FILE, or - for stdout.</source>
        <translation>CSV in DATEI schreiben, oder - für stdout.</translation>
    </message>
    <message>
        <source>The CSV delimiter: , or ;</source>
        <translation>Das CSV-Trennzeichen: , oder ;</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 BOM (for Excel).</source>
        <translation>Die CSV-Datei mit einem UTF-8-BOM beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Only the transaction with this id, read from the provider.</source>
        <translation>Nur die Transaktion mit dieser ID, beim Anbieter gelesen.</translation>
    </message>
    <message>
        <source>The new connection&apos;s name.</source>
        <translation>Der Name der neuen Verbindung.</translation>
    </message>
    <message>
        <source>sandbox, production or custom.</source>
        <translation>sandbox, production oder custom.</translation>
    </message>
    <message>
        <source>wallets list: the sub-accounts; wallets show ID: one&apos;s balances; wallets create NAME [--external-id ID]: opens a sub-account.</source>
        <translation>wallets list: die Unterkonten; wallets show ID: die Salden eines Unterkontos; wallets create NAME [--external-id ID]: eröffnet ein Unterkonto.</translation>
    </message>
    <message>
        <source>Your own id for the new wallet.</source>
        <translation>Ihre eigene ID für die neue Wallet.</translation>
    </message>
    <message>
        <source>list, show or create</source>
        <translation>list, show oder create</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unbekannter Befehl „%1“; versuchen Sie --help</translation>
    </message>
    <message>
        <source>give either --connection or --provider with --base-url</source>
        <translation>geben Sie entweder --connection oder --provider mit --base-url an</translation>
    </message>
    <message>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>keine gespeicherte Verbindung namens „%1“</translation>
    </message>
    <message>
        <source>give --connection NAME, or --provider, --base-url and --credential-env</source>
        <translation>geben Sie --connection NAME an, oder --provider, --base-url und --credential-env</translation>
    </message>
    <message>
        <source>the environment variable %1 is empty or not set</source>
        <translation>die Umgebungsvariable %1 ist leer oder nicht gesetzt</translation>
    </message>
    <message>
        <source>the secret does not have the form %1 expects (id:secret for two-part credentials)</source>
        <translation>das Geheimnis hat nicht die Form, die %1 erwartet (id:secret für zweiteilige Zugangsdaten)</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--delimiter is , or ;</source>
        <translation>--delimiter ist , oder ;</translation>
    </message>
    <message>
        <source>Fetching transactions from %1…</source>
        <translation>Transaktionen werden von %1 geholt…</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n Transaktion.</numerusform>
            <numerusform>%n Transaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>stdout kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--since wants a date as YYYY-MM-DD</source>
        <translation>--since erwartet ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>a wallet needs a name</source>
        <translation>eine Wallet braucht einen Namen</translation>
    </message>
    <message>
        <source>use: wallets list|show ID|create NAME</source>
        <translation>Aufruf: wallets list|show ID|create NAME</translation>
    </message>
    <message>
        <source>--environment is sandbox, production or custom</source>
        <translation>--environment ist sandbox, production oder custom</translation>
    </message>
    <message>
        <source>Secret for %1 (id:secret for two-part credentials), then Enter: </source>
        <translation>Geheimnis für %1 (id:secret für zweiteilige Zugangsdaten), dann Eingabe: </translation>
    </message>
    <message>
        <source>no secret on stdin</source>
        <translation>kein Geheimnis auf stdin</translation>
    </message>
    <message>
        <source>Added %1; its secret is in the system keychain.</source>
        <translation>%1 hinzugefügt; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>%1 und sein Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>%1 does not offer this.</source>
        <translation>%1 bietet das nicht an.</translation>
    </message>
    <message>
        <source>connections list [--json]; connections add --name NAME --provider ID [--environment sandbox|production|custom] [--base-url URL] [--setting K=V] (the secret is read from stdin); connections remove NAME; connections rename OLD NEW (history and journal follow)</source>
        <translation>connections list [--json]; connections add --name NAME --provider ID [--environment sandbox|production|custom] [--base-url URL] [--setting K=V] (das Geheimnis wird von stdin gelesen); connections remove NAME; connections rename ALT NEU (Verlauf und Journal folgen)</translation>
    </message>
    <message>
        <source>list, add, remove or rename</source>
        <translation>list, add, remove oder rename</translation>
    </message>
    <message>
        <source>use: connections list|add|remove NAME|rename OLD NEW</source>
        <translation>Aufruf: connections list|add|remove NAME|rename ALT NEU</translation>
    </message>
    <message>
        <source>renamed, but the history was not: %1</source>
        <translation>umbenannt, aber der Verlauf nicht: %1</translation>
    </message>
    <message>
        <source>renamed, but the journal was not: %1</source>
        <translation>umbenannt, aber das Journal nicht: %1</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;treasuryctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;treasuryctl BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>reach the provider, print OK or the error</source>
        <translation>den Anbieter erreichen, OK oder den Fehler ausgeben</translation>
    </message>
    <message>
        <source>crypto sub-accounts</source>
        <translation>Krypto-Unterkonten</translation>
    </message>
    <message>
        <source>saved connections (secrets in the keychain)</source>
        <translation>gespeicherte Verbindungen (Geheimnisse im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Ad hoc: one of %1.</source>
        <translation>Ad hoc: einer von %1.</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>Only entries still pending or unknown.</source>
        <translation>Nur Einträge, die noch ausstehen oder unbekannt sind.</translation>
    </message>
    <message>
        <source>the journal cannot be opened, so nothing is sent: %1</source>
        <translation>das Journal kann nicht geöffnet werden, daher wird nichts gesendet: %1</translation>
    </message>
    <message>
        <source>%1: its connection &quot;%2&quot; cannot be opened; left open</source>
        <translation>%1: seine Verbindung „%2“ kann nicht geöffnet werden; bleibt offen</translation>
    </message>
    <message>
        <source>the journal cannot be written, so nothing is sent: %1</source>
        <translation>das Journal kann nicht geschrieben werden, daher wird nichts gesendet: %1</translation>
    </message>
    <message>
        <source>done, but the journal could not record it: %1</source>
        <translation>erledigt, aber das Journal konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>send payouts; their methods, status, journal; checking open payouts</source>
        <translation>Auszahlungen senden; ihre Methoden, ihr Status, das Journal; offene Auszahlungen prüfen</translation>
    </message>
    <message>
        <source>The payout method, e.g. dinari.ach (see payouts methods).</source>
        <translation>Die Auszahlungsmethode, z. B. dinari.ach (siehe payouts methods).</translation>
    </message>
    <message>
        <source>The amount, e.g. 125.50.</source>
        <translation>Der Betrag, z. B. 125.50.</translation>
    </message>
    <message>
        <source>The currency, e.g. USD.</source>
        <translation>Die Währung, z. B. USD.</translation>
    </message>
    <message>
        <source>A request field by the provider&apos;s name, e.g. RECIPIENT_FULL_NAME=&quot;Sage Smith&quot;; repeat for each.</source>
        <translation>Ein Anfragefeld mit dem Namen des Anbieters, z. B. RECIPIENT_FULL_NAME=&quot;Sage Smith&quot;; für jedes Feld wiederholen.</translation>
    </message>
    <message>
        <source>Your own idempotency key: a second send with it is refused.</source>
        <translation>Ihr eigener Idempotenzschlüssel: Ein zweites Senden damit wird abgelehnt.</translation>
    </message>
    <message>
        <source>--method: %1 sends one of %2</source>
        <translation>--method: %1 sendet eine von %2</translation>
    </message>
    <message>
        <source>--amount wants a number such as 125.50</source>
        <translation>--amount erwartet eine Zahl wie 125.50</translation>
    </message>
    <message>
        <source>--field %1: %2 takes %3 (as NAME=VALUE)</source>
        <translation>--field %1: %2 nimmt %3 (als NAME=WERT)</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connection&apos;s cards; show, freeze, limit, create or cancel one</source>
        <translation>die Karten der Verbindung; eine zeigen, sperren, begrenzen, erstellen oder kündigen</translation>
    </message>
    <message>
        <source>The limit&apos;s period: MONTHLY (default), TRANSACTION or FOREVER.</source>
        <translation>Der Zeitraum des Limits: MONTHLY (Standard), TRANSACTION oder FOREVER.</translation>
    </message>
    <message>
        <source>Confirms cancelling a card, which cannot be undone.</source>
        <translation>Bestätigt das Kündigen einer Karte, das sich nicht rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>cancelling a card cannot be undone; add --yes</source>
        <translation>das Kündigen einer Karte lässt sich nicht rückgängig machen; --yes angeben</translation>
    </message>
    <message>
        <source>the limit is an amount such as 500.00, or none</source>
        <translation>das Limit ist ein Betrag wie 500.00, oder none</translation>
    </message>
    <message>
        <source>--period is MONTHLY, TRANSACTION or FOREVER</source>
        <translation>--period ist MONTHLY, TRANSACTION oder FOREVER</translation>
    </message>
    <message>
        <source>removed, but not its history: %1</source>
        <translation>entfernt, aber nicht ihr Verlauf: %1</translation>
    </message>
    <message>
        <source>Also write FILE.manifest.json: filters, totals, SHA-256.</source>
        <translation>Zusätzlich DATEI.manifest.json schreiben: Filter, Summen, SHA-256.</translation>
    </message>
    <message>
        <source>Print the USD total instead, with what it leaves out and why (usd_total, as_of, not_included).</source>
        <translation>Stattdessen die USD-Summe ausgeben, mit dem, was sie auslässt, und warum (usd_total, as_of, not_included).</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet in this language: its decimal mark, ; where that is a comma, dates as dates, a BOM.</source>
        <translation>CSV für eine Tabellenkalkulation in dieser Sprache: ihr Dezimalzeichen, ; wo dieses ein Komma ist, Daten als Datum, eine BOM.</translation>
    </message>
    <message>
        <source>every transaction of a date range, as CSV, an Excel workbook or JSON</source>
        <translation>jede Transaktion eines Zeitraums, als CSV, Excel-Arbeitsmappe oder JSON</translation>
    </message>
    <message>
        <source>Fetches every page of transactions and writes them as CSV (stdout by default), an Excel workbook or JSON. Dates are UTC days; --until is inclusive.</source>
        <translation>Holt jede Seite der Transaktionen und schreibt sie als CSV (standardmäßig auf stdout), Excel-Arbeitsmappe oder JSON. Daten sind UTC-Tage; --until schließt den Tag ein.</translation>
    </message>
    <message>
        <source>Write an Excel workbook to FILE: numbers and dates as such, a totals sheet; at most 1,048,575 rows.</source>
        <translation>Eine Excel-Arbeitsmappe nach DATEI schreiben: Zahlen und Datumswerte als solche, ein Summenblatt; höchstens 1.048.575 Zeilen.</translation>
    </message>
    <message>
        <source>choose one of --csv, --xlsx and --json</source>
        <translation>eines von --csv, --xlsx und --json wählen</translation>
    </message>
    <message>
        <source>Team mode: the team database, postgresql://USER@HOST[:PORT]/DATABASE (default: the one saved by team login).</source>
        <translation>Team-Modus: die Team-Datenbank, postgresql://BENUTZER@HOST[:PORT]/DATENBANK (Standard: die mit team login gespeicherte).</translation>
    </message>
    <message>
        <source>The environment variable holding the team password (default: the keychain).</source>
        <translation>Die Umgebungsvariable mit dem Team-Passwort (Standard: der Schlüsselbund).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 provider or network, 5 local, 6 a payout&apos;s outcome unknown (journaled; nothing is sent again), 7 waiting for approval (team mode), 8 another desktop sends or sent it.</source>
        <translation>Rückgabewerte: 0 ok, 2 Aufruf, 3 Anmeldung, 4 Anbieter oder Netz, 5 lokal, 6 Ausgang einer Auszahlung unbekannt (journalisiert; nichts wird erneut gesendet), 7 wartet auf Freigabe (Team-Modus), 8 ein anderer Rechner sendet oder sandte sie.</translation>
    </message>
    <message>
        <source>Team mode: why you approve or reject it.</source>
        <translation>Team-Modus: warum Sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>viewer, maker, approver or admin.</source>
        <translation>viewer, maker, approver oder admin.</translation>
    </message>
    <message>
        <source>the team&apos;s approval policy</source>
        <translation>die Freigaberegeln des Teams</translation>
    </message>
    <message>
        <source>policy show: the policy as JSON; policy set FILE (or - for stdin): proposes a new one, applied at once while the team has one admin, otherwise when a second admin approves it; policy pending; policy approve|reject ID.</source>
        <translation>policy show: die Regeln als JSON; policy set DATEI (oder - für stdin): schlägt neue vor, sofort gültig, solange das Team einen Admin hat, sonst wenn ein zweiter Admin sie freigibt; policy pending; policy approve|reject ID.</translation>
    </message>
    <message>
        <source>show, set, pending, approve or reject</source>
        <translation>show, set, pending, approve oder reject</translation>
    </message>
    <message>
        <source>check the team&apos;s audit log</source>
        <translation>das Prüfprotokoll des Teams prüfen</translation>
    </message>
    <message>
        <source>no saved connection has the id %1; give --connection</source>
        <translation>keine gespeicherte Verbindung hat die ID %1; geben Sie --connection an</translation>
    </message>
    <message>
        <source>payouts reject needs --note with the reason</source>
        <translation>payouts reject braucht --note mit dem Grund</translation>
    </message>
    <message>
        <source>give --team postgresql://USER@HOST/DATABASE, or save one with team login</source>
        <translation>geben Sie --team postgresql://BENUTZER@HOST/DATENBANK an oder speichern Sie eine mit team login</translation>
    </message>
    <message>
        <source>--team: %1</source>
        <translation>--team: %1</translation>
    </message>
    <message>
        <source>no team password for %1 in the keychain (team login saves one): %2</source>
        <translation>kein Team-Passwort für %1 im Schlüsselbund (team login speichert eines): %2</translation>
    </message>
    <message>
        <source>the team database: %1</source>
        <translation>die Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>the password could not be kept in the keychain: %1</source>
        <translation>das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).</source>
        <translation>Bei %1 als %2 angemeldet (%3).</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>keine Team-Rolle</translation>
    </message>
    <message>
        <source>the team schema could not be set up: %1</source>
        <translation>das Team-Schema konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The team database is at schema %1.</source>
        <translation>Die Team-Datenbank hat Schema %1.</translation>
    </message>
    <message>
        <source>a team password has at least 12 characters (read from stdin)</source>
        <translation>ein Team-Passwort hat mindestens 12 Zeichen (von stdin gelesen)</translation>
    </message>
    <message>
        <source>%1 is a team %2.</source>
        <translation>%1 ist im Team %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the policy is a JSON object: %1</source>
        <translation>die Regeln sind ein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>use: policy show|set FILE|pending|approve ID|reject ID</source>
        <translation>Aufruf: policy show|set DATEI|pending|approve ID|reject ID</translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n row(s) and its chain is intact.</source>
        <translation>
            <numerusform>Das Prüfprotokoll hat %n Zeile und seine Kette ist unversehrt.</numerusform>
            <numerusform>Das Prüfprotokoll hat %n Zeilen und seine Kette ist unversehrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>das Prüfprotokoll ist nicht stimmig: %1</translation>
    </message>
    <message>
        <source>the team journal refused it, nothing was sent: %1</source>
        <translation>das Team-Journal hat sie abgelehnt, nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>not sent here: the payout is %1 (claimed by %2)</source>
        <translation>hier nicht gesendet: die Auszahlung ist %1 (übernommen von %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>sent, but the team journal could not record it: %1; run payouts reconcile</source>
        <translation>gesendet, aber das Team-Journal konnte es nicht festhalten: %1; führen Sie payouts reconcile aus</translation>
    </message>
    <message>
        <source>%1 does not send %2 payouts</source>
        <translation>%1 sendet keine Auszahlungen per %2</translation>
    </message>
    <message>
        <source>the team journal refused it, nothing was done: %1</source>
        <translation>das Team-Journal hat es abgelehnt, nichts wurde ausgeführt: %1</translation>
    </message>
    <message>
        <source>treasuryctl exit %1</source>
        <translation>treasuryctl-Exit %1</translation>
    </message>
    <message>
        <source>done, but the team journal could not record it: %1</source>
        <translation>ausgeführt, aber das Team-Journal konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>the team database: log in, set it up, its members and connections</source>
        <translation>die Team-Datenbank: anmelden, einrichten, ihre Mitglieder und Verbindungen</translation>
    </message>
    <message>
        <source>%1 is shared with the team under the id %2; each desktop keeps its own secret.</source>
        <translation>%1 ist mit dem Team unter der ID %2 geteilt; jeder Rechner behält sein eigenes Geheimnis.</translation>
    </message>
    <message>
        <source>%1 is no longer shared.</source>
        <translation>%1 wird nicht mehr geteilt.</translation>
    </message>
    <message>
        <source>use: team connections|publish NAME|retire ID|adopt ID</source>
        <translation>Aufruf: team connections|publish NAME|retire ID|adopt ID</translation>
    </message>
    <message>
        <source>the team shares no connection with the id %1</source>
        <translation>das Team teilt keine Verbindung mit der ID %1</translation>
    </message>
    <message>
        <source>%1 is on this desktop already</source>
        <translation>%1 ist schon auf diesem Rechner</translation>
    </message>
    <message>
        <source>Added %1 from the team; its secret is in the system keychain.</source>
        <translation>%1 vom Team hinzugefügt; sein Geheimnis ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1: still held by %2 for the team; try again later</source>
        <translation>%1: für das Team noch von %2 gehalten; versuchen Sie es später noch einmal</translation>
    </message>
    <message>
        <source>the team journal could not record %1: %2</source>
        <translation>das Team-Journal konnte %1 nicht festhalten: %2</translation>
    </message>
    <message>
        <source>%1: recorded for the team as %2</source>
        <translation>%1: für das Team als %2 festgehalten</translation>
    </message>
    <message>
        <source>The hold on the new bank account of %1 is lifted: payouts to it may go now.</source>
        <translation>Die Sperre des neuen Bankkontos von %1 ist aufgehoben: Auszahlungen daran dürfen jetzt gehen.</translation>
    </message>
    <message>
        <source>The hold on the new address of %1 is lifted: payouts to it may go now.</source>
        <translation>Die Sperre der neuen Adresse von %1 ist aufgehoben: Auszahlungen daran dürfen jetzt gehen.</translation>
    </message>
    <message>
        <source>Team mode: the request&apos;s hash as you checked it (payouts list --json); a decision on any other request is refused.</source>
        <translation>Team-Modus: der Hash des Auftrags, wie Sie ihn geprüft haben (payouts list --json); eine Entscheidung über einen anderen Auftrag wird abgelehnt.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved; nothing was sent</source>
        <translation>das Team-Journal gab einen anderen Auftrag zurück als den freigegebenen; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>%1 cannot send the request the team filed as %2</source>
        <translation>%1 kann den Auftrag, den das Team als %2 erfasst hat, nicht senden</translation>
    </message>
    <message>
        <source>the team&apos;s request %1 cannot be read</source>
        <translation>der Auftrag %1 des Teams kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A checkpoint the log must have grown from.</source>
        <translation>Ein Prüfpunkt, von dem aus das Protokoll nur gewachsen sein darf.</translation>
    </message>
    <message>
        <source>verify or checkpoint</source>
        <translation>verify oder checkpoint</translation>
    </message>
    <message>
        <source>use: audit verify [--from SEQ:HASH] | audit checkpoint</source>
        <translation>Aufruf: audit verify [--from SEQ:HASH] | audit checkpoint</translation>
    </message>
    <message>
        <source>--from takes SEQ:HASH as audit checkpoint prints it</source>
        <translation>--from nimmt SEQ:HASH, wie audit checkpoint es ausgibt</translation>
    </message>
    <message>
        <source>add-user: a role the cluster has already (a person of another team database) joins this team with its own password.</source>
        <translation>add-user: eine Rolle, die der Cluster schon hat (eine Person einer anderen Team-Datenbank), tritt diesem Team mit ihrem eigenen Passwort bei.</translation>
    </message>
    <message>
        <source>These roles of the cluster can act as any member (SUPERUSER or CREATEROLE): %1. Keep them to the database&apos;s operators; the audit checkpoint kept elsewhere tells a rewritten log.</source>
        <translation>Diese Rollen des Clusters können als jedes Mitglied handeln (SUPERUSER oder CREATEROLE): %1. Behalten Sie sie den Betreibern der Datenbank vor; der anderswo aufbewahrte Prüfpunkt zeigt ein umgeschriebenes Protokoll.</translation>
    </message>
    <message>
        <source>treasuryctl: %1</source>
        <translation>treasuryctl: %1</translation>
    </message>
    <message>
        <source>treasuryctl: no team signing key (requests and decisions cannot be signed): %1</source>
        <translation>treasuryctl: kein Team-Signaturschlüssel (Aufträge und Entscheidungen können nicht signiert werden): %1</translation>
    </message>
    <message>
        <source>treasuryctl: the signing key could not be registered: %1</source>
        <translation>treasuryctl: der Signaturschlüssel konnte nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>treasuryctl: this desktop&apos;s signing key %1 is new to the team: until an admin approves it (team approve-key %2 %3), your requests and decisions do not count</source>
        <translation>treasuryctl: der Signaturschlüssel %1 dieses Rechners ist dem Team neu: bis ein Admin ihn freigibt (team approve-key %2 %3), zählen Ihre Aufträge und Entscheidungen nicht</translation>
    </message>
    <message>
        <source>%1&apos;s key %2 is approved with your signature.</source>
        <translation>Der Schlüssel %2 von %1 ist mit Ihrer Signatur freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n Signatur gegen die auf diesem Rechner festgehaltenen Schlüssel geprüft.</numerusform>
            <numerusform>%n Signaturen gegen die auf diesem Rechner festgehaltenen Schlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>use: team login|init|add-user NAME --role ROLE|members|keys|approve-key NAME KEY|role NAME ROLE|connections|publish NAME|retire ID|adopt ID</source>
        <translation>Aufruf: team login|init|add-user NAME --role ROLLE|members|keys|approve-key NAME SCHLÜSSEL|role NAME ROLLE|connections|publish NAME|retire ID|adopt ID</translation>
    </message>
    <message>
        <source>team login: tries --team URL with the password from stdin and keeps both (the password in the keychain); team init: creates or upgrades the team schema and roles (as the database owner); team add-user NAME --role viewer|maker|approver|admin: adds a person (their password from stdin; as the owner); team members: each with the fingerprint of the key this desktop pinned; team keys: every registered signing key and whether it counts here; team approve-key NAME KEY: vouches for a colleague&apos;s new key with your signature (an admin); team role NAME ROLE: changes a person&apos;s role (an admin; a second admin approves it when the team has two); team connections: the connections the team shares; team publish NAME: shares a saved connection&apos;s non-secret part under its id (an admin); team retire ID; team adopt ID: saves a shared connection here, its secret from stdin.</source>
        <translation>team login: probiert --team URL mit dem Passwort von stdin und behält beides (das Passwort im Schlüsselbund); team init: legt das Team-Schema und die Rollen an oder aktualisiert sie (als Eigentümer der Datenbank); team add-user NAME --role viewer|maker|approver|admin: fügt eine Person hinzu (ihr Passwort von stdin; als Eigentümer); team members: jede mit dem Fingerabdruck des Schlüssels, den dieser Rechner festgehalten hat; team keys: jeder registrierte Signaturschlüssel und ob er hier zählt; team approve-key NAME SCHLÜSSEL: bürgt mit Ihrer Signatur für den neuen Schlüssel einer Kollegin oder eines Kollegen (ein Admin); team role NAME ROLLE: ändert die Rolle einer Person (ein Admin; ein zweiter Admin gibt sie frei, wenn das Team zwei hat); team connections: die Verbindungen, die das Team teilt; team publish NAME: teilt den nicht geheimen Teil einer gespeicherten Verbindung unter ihrer ID (ein Admin); team retire ID; team adopt ID: speichert eine geteilte Verbindung hier, ihr Geheimnis von stdin.</translation>
    </message>
    <message>
        <source>login, init, add-user, members, keys, approve-key, role, connections, publish, retire or adopt</source>
        <translation>login, init, add-user, members, keys, approve-key, role, connections, publish, retire oder adopt</translation>
    </message>
    <message>
        <source>audit verify: recomputes the audit log&apos;s hash chain, checks that it only grew since this desktop last looked (and since --from, a checkpoint kept elsewhere), checks every signature in it against the keys this desktop pinned, and names the first row that does not match (exit 4). audit checkpoint: verifies, then prints where the log ends as SEQ:HASH, to keep apart from the database.</source>
        <translation>audit verify: berechnet die Hash-Kette des Prüfprotokolls neu, prüft, dass es seit dem letzten Blick dieses Rechners (und seit --from, einem anderswo aufbewahrten Prüfpunkt) nur gewachsen ist, prüft jede Signatur darin gegen die auf diesem Rechner festgehaltenen Schlüssel und nennt die erste Zeile, die nicht passt (Exit 4). audit checkpoint: prüft und gibt dann aus, wo das Protokoll endet, als SEQ:HASH, getrennt von der Datenbank aufzubewahren.</translation>
    </message>
    <message>
        <source>Put back as this Treasury Desk ships them (they had been changed): %1</source>
        <translation>So wiederhergestellt, wie dieses Treasury Desk sie liefert (sie waren geändert worden): %1</translation>
    </message>
    <message>
        <source>its cards could not be read: %1</source>
        <translation>ihre Karten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>on prepaid cards</source>
        <translation>auf Prepaid-Karten</translation>
    </message>
    <message>
        <source>its balances were read in part: %1</source>
        <translation>seine Salden wurden nur teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>its cards were read in part: %1</source>
        <translation>seine Karten wurden nur teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>no payout in the journal has the key or reference %1</source>
        <translation>keine Auszahlung im Journal hat den Schlüssel oder die Referenz %1</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; cannot be opened</source>
        <translation>die Verbindung „%1“ lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>the payout was sent through another connection (%1)</source>
        <translation>die Auszahlung wurde über eine andere Verbindung gesendet (%1)</translation>
    </message>
    <message>
        <source>no answer to the cancellation</source>
        <translation>keine Antwort auf die Stornierung</translation>
    </message>
    <message>
        <source>the answer was lost; the card was found in the list by its id</source>
        <translation>die Antwort ging verloren; die Karte wurde anhand ihrer ID in der Liste gefunden</translation>
    </message>
    <message>
        <source>every balance of the connection, its USD total or its history</source>
        <translation>jeder Saldo der Verbindung, ihre USD-Summe oder ihr Verlauf</translation>
    </message>
    <message>
        <source>Every balance of the connection; --total: its USD total; --history: each past balance the provider remembers (the crypto gateway), oldest first.</source>
        <translation>Jeder Saldo der Verbindung; --total: ihre USD-Summe; --history: jeder frühere Saldo, den der Anbieter kennt (das Krypto-Gateway), der älteste zuerst.</translation>
    </message>
    <message>
        <source>Print each past balance instead, with the time it was read.</source>
        <translation>Stattdessen jeden früheren Saldo ausgeben, mit der Zeit, zu der er gelesen wurde.</translation>
    </message>
    <message>
        <source>Lists cards, shows one as the provider has it now or its transactions (Dinari), freezes or unfreezes one, sets or removes its spend limit, creates one or cancels one (for good: --yes). Every change is journaled as the app journals it. With a team, unfreeze, limit and create follow the team&apos;s policy: exit 7 while one waits for approval (payouts release KEY does it once approved); freeze never waits.</source>
        <translation>Listet Karten, zeigt eine so, wie der Anbieter sie jetzt hat, oder ihre Transaktionen (Dinari), sperrt oder entsperrt eine, setzt oder entfernt ihr Ausgabenlimit, erstellt eine oder kündigt eine (endgültig: --yes). Jede Änderung wird journalisiert wie in der App. Im Team folgen unfreeze, limit und create den Freigaberegeln des Teams: Exit 7, solange eine Aktion auf Freigabe wartet (payouts release KEY führt sie nach der Freigabe aus); freeze wartet nie.</translation>
    </message>
    <message>
        <source>show, freeze, unfreeze, limit, create, cancel or transactions</source>
        <translation>show, freeze, unfreeze, limit, create, cancel oder transactions</translation>
    </message>
    <message>
        <source>Print the totals per currency instead: settled and pending, in and out, the fees, and what did not move (declined, failed, cancelled).</source>
        <translation>Stattdessen die Summen je Währung ausgeben: gebucht und ausstehend, ein und aus, die Gebühren, und was nichts bewegt hat (abgelehnt, fehlgeschlagen, storniert).</translation>
    </message>
    <message>
        <source>payouts methods: each payout method of the connection and the fields it takes, by the provider&apos;s documented names; payouts send: one payout, validated as the form validates it, journaled before it is sent and sent once (exit 0 when the provider accepted it, 4 when it refused it, 6 when its answer was lost and it is journaled as unknown, 2 on invalid input); payouts batch FILE: a Dots batch from a CSV file (user_id, amount, platform), every line checked first: a line with an error stops it, a line repeating a recent payout needs --skip-repeats or --yes; journaled and sent once like one payout; payouts status REFERENCE: a sent payout&apos;s status now; payouts currencies: what can be paid out, with limits; payouts batches [--since YYYY-MM-DD]: batch payouts sent; payouts journal [--open]: every payout and card action journaled here (--open: those pending or unknown); payouts reconcile: checks each open payout against its provider once and prints the entries that changed (a payout sent through --provider/--base-url/--credential-env is checked when the same options are given again); exit 6 while any payout stays unknown. A payout not found stays unknown; nothing is ever sent again. payouts cancel KEY|REFERENCE: asks the provider once to cancel a sent payout (Dinari), journaled like the window&apos;s Cancel (exit 6 when the answer was lost).</source>
        <translation>payouts methods: jede Auszahlungsmethode der Verbindung und die Felder, die sie nimmt, mit den dokumentierten Namen des Anbieters; payouts send: eine Auszahlung, geprüft wie im Formular, vor dem Senden journalisiert und einmal gesendet (Exit 0, wenn der Anbieter sie annahm, 4, wenn er sie ablehnte, 6, wenn die Antwort verloren ging und sie als unbekannt journalisiert ist, 2 bei ungültiger Eingabe); payouts batch DATEI: eine Dots-Sammelauszahlung aus einer CSV-Datei (user_id, amount, platform), jede Zeile zuerst geprüft: eine Zeile mit Fehler hält sie an, eine Zeile, die eine kürzliche Auszahlung wiederholt, braucht --skip-repeats oder --yes; journalisiert und einmal gesendet wie eine Auszahlung; payouts status REFERENZ: der Status einer gesendeten Auszahlung; payouts currencies: was ausgezahlt werden kann, mit Grenzen; payouts batches [--since JJJJ-MM-TT]: gesendete Sammelauszahlungen; payouts journal [--open]: jede hier journalisierte Auszahlung und Kartenaktion (--open: die ausstehenden oder unbekannten); payouts reconcile: prüft jede offene Auszahlung einmal beim Anbieter und gibt die geänderten Einträge aus (eine über --provider/--base-url/--credential-env gesendete Auszahlung wird geprüft, wenn dieselben Optionen wieder angegeben werden); Exit 6, solange eine Auszahlung unbekannt bleibt. Eine nicht gefundene Auszahlung bleibt unbekannt; nichts wird je erneut gesendet. payouts cancel SCHLÜSSEL|REFERENZ: bittet den Anbieter einmal, eine gesendete Auszahlung zu stornieren (Dinari), journalisiert wie „Stornieren“ im Fenster (Exit 6, wenn die Antwort verloren ging).</translation>
    </message>
    <message>
        <source>payouts batch: leave out the lines that repeat a recent payout.</source>
        <translation>payouts batch: die Zeilen auslassen, die eine kürzliche Auszahlung wiederholen.</translation>
    </message>
    <message>
        <source>payouts batch: pay the lines that repeat a recent payout again.</source>
        <translation>payouts batch: die Zeilen, die eine kürzliche Auszahlung wiederholen, erneut zahlen.</translation>
    </message>
    <message>
        <source>methods, send, batch, status, currencies, batches, journal, reconcile, approve, reject, release or lift (an admin lifts the hold on a payout&apos;s new bank account or address)</source>
        <translation>methods, send, batch, status, currencies, batches, journal, reconcile, approve, reject, release oder lift (ein Admin hebt die Sperre des neuen Bankkontos oder der neuen Adresse einer Auszahlung auf)</translation>
    </message>
    <message>
        <source>%1 is larger than a batch file can be (8 MB)</source>
        <translation>%1 ist größer, als eine Sammeldatei sein kann (8 MB)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>add --skip-repeats to leave the repeated lines out, or --yes to pay them again</source>
        <translation>--skip-repeats lässt die wiederholten Zeilen aus, --yes zahlt sie erneut</translation>
    </message>
    <message>
        <source>%1: no payout is left to send</source>
        <translation>%1: keine Auszahlung bleibt zu senden</translation>
    </message>
    <message>
        <source>use: cards [show|freeze|unfreeze|cancel|transactions ID|limit ID AMOUNT|create NAME]</source>
        <translation>Aufruf: cards [show|freeze|unfreeze|cancel|transactions ID|limit ID BETRAG|create NAME]</translation>
    </message>
    <message>
        <source>use: payouts methods|send|batch FILE|status REFERENCE|currencies|batches|journal|reconcile|cancel KEY|approve KEY|reject KEY|release KEY|lift KEY</source>
        <translation>Aufruf: payouts methods|send|batch DATEI|status REFERENZ|currencies|batches|journal|reconcile|cancel SCHLÜSSEL|approve SCHLÜSSEL|reject SCHLÜSSEL|release SCHLÜSSEL|lift SCHLÜSSEL</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The provider address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Anbieteradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Refused to send credentials to %1: only https addresses are allowed (plain http only to this computer).</source>
        <translation>Das Senden von Zugangsdaten an %1 wurde verweigert: Nur https-Adressen sind erlaubt (einfaches http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The provider address %1 holds a user name or password; enter the address without them and the secret as the connection&apos;s secret.</source>
        <translation>Die Anbieteradresse %1 enthält einen Benutzernamen oder ein Passwort; geben Sie die Adresse ohne sie ein und das Geheimnis als Geheimnis der Verbindung.</translation>
    </message>
</context>
<context>
    <name>UsdValuation</name>
    <message>
        <source>no rate to USD</source>
        <translation>kein Kurs zu USD</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>zu groß zum Addieren</translation>
    </message>
    <message>
        <source>%1 at %2&apos;s rate</source>
        <translation>%1 zum Kurs von %2</translation>
    </message>
    <message>
        <source>no rate to USD: %1</source>
        <translation>kein Kurs zu USD: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; could not be added.</source>
        <translation>Das Blatt „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sandbox and connect to it.</source>
        <translation>Die eingebaute Sandbox starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once the first data has loaded, then exit.</source>
        <translation>Das Fenster in DATEI (PNG) zeichnen, sobald die ersten Daten geladen sind, dann beenden.</translation>
    </message>
    <message>
        <source>Open on page N (0 Balances, 1 Cards, 2 Transactions, 3 Payouts, 4 Recipients).</source>
        <translation>Auf Seite N öffnen (0 Salden, 1 Karten, 2 Transaktionen, 3 Auszahlungen, 4 Empfänger).</translation>
    </message>
    <message>
        <source>Treasury Desk</source>
        <translation>Treasury Desk</translation>
    </message>
    <message>
        <source>Render every page to a PNG in DIR once the first data has loaded, print their paths, then exit.</source>
        <translation>Jede Seite als PNG in VERZEICHNIS ablegen, sobald die ersten Daten geladen sind, die Pfade ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Treasury dashboard for dash.fi, Dinari, Dots, a crypto gateway and DART.</source>
        <translation>Treasury-Dashboard für dash.fi, Dinari, Dots, ein Krypto-Gateway und DART.</translation>
    </message>
</context>
</TS>
