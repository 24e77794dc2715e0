<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>In words: %1 %2</source>
        <translation>En letras: %1 %2</translation>
    </message>
</context>
<context>
    <name>AmountInput</name>
    <message>
        <source>Write the amount like %1.</source>
        <translation>Escriba el importe como %1.</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. %1.</source>
        <translation>Introduzca un importe, p. ej. %1.</translation>
    </message>
    <message>
        <source>The decimal mark here is “%1”: did you mean %2?</source>
        <translation>Aquí el separador decimal es «%1»: ¿quería decir %2?</translation>
    </message>
    <message>
        <source>“%1” can be read as %2 or as %3: type one of them.</source>
        <translation>«%1» puede leerse como %2 o como %3: escriba uno de los dos.</translation>
    </message>
    <message>
        <source>This amount has too many digits.</source>
        <translation>Este importe tiene demasiadas cifras.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo dash.fi (postpaid)</source>
        <translation>Demo dash.fi (pospago)</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>No connections yet. Add one with File → Connections…, or start with --demo to try the sandbox.</source>
        <translation>Todavía no hay conexiones. Añada una con Archivo → Conexiones…, o inicie con --demo para probar el sandbox.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refresh error(s)</source>
        <translation>
            <numerusform>, %n error de actualización</numerusform>
            <numerusform>, %n errores de actualización</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo (sandbox on 127.0.0.1:%1)</source>
        <translation>Demo (sandbox en 127.0.0.1:%1)</translation>
    </message>
    <message>
        <source>The demo&apos;s connections, to the sandbox on this computer. They are not saved and cannot be changed here; start without --demo to add your own.</source>
        <translation>Las conexiones de la demostración, con el sandbox de este equipo. No se guardan y no se pueden cambiar aquí; inicie sin --demo para añadir las suyas.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>Apro&amp;bar…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
    <message>
        <source>Show payouts</source>
        <translation>Mostrar pagos</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Esperan mi decisión</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>Esperan a otros</translation>
    </message>
    <message>
        <source>All team payouts</source>
        <translation>Todos los pagos del equipo</translation>
    </message>
    <message>
        <source>Team payouts</source>
        <translation>Pagos del equipo</translation>
    </message>
    <message>
        <source>Approves the selected payouts, each once, with one note</source>
        <translation>Aprueba los pagos seleccionados, cada uno una vez, con una nota</translation>
    </message>
    <message>
        <source>Rejects the selected payout; a note says why</source>
        <translation>Rechaza el pago seleccionado; una nota dice por qué</translation>
    </message>
    <message>
        <source>Not in a team: File → Team… connects to your team&apos;s database.</source>
        <translation>Sin equipo: Archivo → Equipo… conecta con la base de datos de su equipo.</translation>
    </message>
    <message>
        <source>A note is needed.</source>
        <translation>Hace falta una nota.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n payout(s). Note (optional):</source>
        <translation>
            <numerusform>Aprobar %n pago. Nota (opcional):</numerusform>
            <numerusform>Aprobar %n pagos. Nota (opcional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>¿Por qué se rechaza?</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>Env&amp;iar…</translation>
    </message>
    <message>
        <source>Sends the selected approved payout from this desktop, once</source>
        <translation>Envía el pago aprobado seleccionado desde este ordenador, una sola vez</translation>
    </message>
    <message>
        <source>Send payout</source>
        <translation>Enviar pago</translation>
    </message>
    <message>
        <source>Send %1 by %2 through %3 now?

It goes out from this desktop, once; the team journal records who sent it.</source>
        <translation>¿Enviar ahora %1 por %2 a través de %3?

Sale desde este ordenador, una sola vez; el diario del equipo registra quién lo envió.</translation>
    </message>
    <message>
        <source>%1 at %2 now?

It is done from this desktop, once; the team journal records who did it.</source>
        <translation>¿%1 en %2 ahora?

Se hace desde este ordenador, una sola vez; el diario del equipo registra quién lo hizo.</translation>
    </message>
    <message>
        <source>Card action</source>
        <translation>Acción de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Lift hold…</source>
        <translation>&amp;Levantar la retención…</translation>
    </message>
    <message>
        <source>Lets payouts go to the selected payout&apos;s new bank account or address before its waiting period ends</source>
        <translation>Permite pagar a la nueva cuenta bancaria o dirección del pago seleccionado antes de que acabe su periodo de espera</translation>
    </message>
    <message>
        <source>the bank account ending %1</source>
        <translation>la cuenta bancaria terminada en %1</translation>
    </message>
    <message>
        <source>the address %1</source>
        <translation>la dirección %1</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Levantar la retención</translation>
    </message>
    <message>
        <source>Let payouts go to %1 now, before its waiting period ends?

The team&apos;s audit log records that you lifted it.</source>
        <translation>¿Permitir ya los pagos a %1, antes de que acabe su periodo de espera?

El registro de auditoría del equipo guarda que usted la levantó.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 is missing</source>
        <translation>falta la fila %1</translation>
    </message>
    <message>
        <source>row %1 does not follow from the row before it</source>
        <translation>la fila %1 no sigue de la fila anterior</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>la fila %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>row %1 is not the row this desktop saw: the log was rewritten</source>
        <translation>la fila %1 no es la que vio este ordenador: el registro se reescribió</translation>
    </message>
    <message>
        <source>the log ends at row %1, before row %2 this desktop saw: rows were removed</source>
        <translation>el registro termina en la fila %1, antes de la fila %2 que vio este ordenador: se eliminaron filas</translation>
    </message>
</context>
<context>
    <name>AuditSignatures</name>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2 is not signed with a key of %3 that this desktop trusts</source>
        <translation>fila %1: %2 no está firmada con una clave de %3 en la que confíe este equipo</translation>
    </message>
    <message>
        <source>the approval of %1&apos;s key</source>
        <translation>la aprobación de la clave de %1</translation>
    </message>
    <message>
        <source>the request %1</source>
        <translation>la solicitud %1</translation>
    </message>
    <message>
        <source>the decision on %1</source>
        <translation>la decisión sobre %1</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>no access_token in the token answer</source>
        <translation>no hay access_token en la respuesta del token</translation>
    </message>
</context>
<context>
    <name>BalanceAccount</name>
    <message>
        <source>Master account</source>
        <translation>Cuenta principal</translation>
    </message>
    <message>
        <source>payout</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>float</source>
        <translation>flotante</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>reserva</translation>
    </message>
</context>
<context>
    <name>BalanceCharts</name>
    <message>
        <source>Where the money is</source>
        <translation>Dónde está el dinero</translation>
    </message>
    <message>
        <source>Total over time</source>
        <translation>Total a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No stored balances yet: each refresh keeps one reading.</source>
        <translation>Aún no hay saldos guardados: cada actualización guarda una lectura.</translation>
    </message>
    <message>
        <source>By provider (USD)</source>
        <translation>Por proveedor (USD)</translation>
    </message>
    <message>
        <source>By currency (USD)</source>
        <translation>Por moneda (USD)</translation>
    </message>
    <message>
        <source>Total per day in USD: crypto at today&apos;s rates; dashed where an account&apos;s first reading is carried back (its history starts later)</source>
        <translation>Total por día en USD: cripto a los tipos de hoy; discontinuo donde la primera lectura de una cuenta se lleva hacia atrás (su historial empieza después)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>carried back</source>
        <translation>llevado hacia atrás</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>no balance to show</source>
        <translation>ningún saldo que mostrar</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Saldo a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>BalanceGroupsModel</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n without a rate</source>
        <translation>
            <numerusform>%n sin tipo de cambio</numerusform>
            <numerusform>%n sin tipo de cambio</numerusform>
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
        <translation>1 %1 = %2 USD, tipo del %3</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>As of %1; refresh failed: %2</source>
        <translation>A fecha de %1; la actualización falló: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no balance read yet: %1</source>
        <translation>aún no se leyó ningún saldo: %1</translation>
    </message>
    <message>
        <source>its provider reports no balance</source>
        <translation>su proveedor no informa saldo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (its last known balances are shown, marked stale)</source>
        <translation>%1: %2 (se muestran sus últimos saldos conocidos, marcados como desactualizados)</translation>
    </message>
    <message>
        <source>1 USD = %1 %2, rate of %3</source>
        <translation>1 USD = %1 %2, tipo del %3</translation>
    </message>
    <message>
        <source>read in part: %1</source>
        <translation>leído en parte: %1</translation>
    </message>
    <message>
        <source>Read in part: %1</source>
        <translation>Leído en parte: %1</translation>
    </message>
    <message>
        <source>its cards were read in part: %1</source>
        <translation>sus tarjetas se leyeron en parte: %1</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <source>Search provider, connection, account or currency</source>
        <translation>Buscar proveedor, conexión, cuenta o moneda</translation>
    </message>
    <message>
        <source>Search balances</source>
        <translation>Buscar saldos</translation>
    </message>
    <message>
        <source>Group balances by</source>
        <translation>Agrupar saldos por</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Por moneda</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Sin agrupar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n balance(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n saldo)</numerusform>
            <numerusform>&lt;b&gt;Total %1&lt;/b&gt; (USD, %n saldos)</numerusform>
        </translation>
    </message>
    <message>
        <source> · crypto at the gateway&apos;s rates of %1</source>
        <translation> · cripto a los tipos de la pasarela del %1</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source> · %1 at par (1.00 USD, as chosen in Preferences)</source>
        <translation> · %1 a la par (1,00 USD, según las preferencias)</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 a fecha de %2</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b26a00&quot;&gt;last known, refresh failed: %1&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b26a00&quot;&gt;último conocido, la actualización falló: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#c62828&quot;&gt;not included: %1&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#c62828&quot;&gt;no incluido: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not in the total:</source>
        <translation>Fuera del total:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source> · on prepaid cards, apart from the total: %1</source>
        <translation> · en tarjetas prepago, aparte del total: %1</translation>
    </message>
</context>
<context>
    <name>BatchPayoutForm</name>
    <message>
        <source>Send valid lines only</source>
        <translation>Enviar solo las líneas válidas</translation>
    </message>
    <message>
        <source>Send batch…</source>
        <translation>Enviar lote…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>Elegir archivo CSV…</translation>
    </message>
    <message>
        <source>Batch payout file</source>
        <translation>Archivo de pago por lotes</translation>
    </message>
    <message>
        <source>Columns: user_id, amount (dollars), platform (optional)</source>
        <translation>Columnas: user_id, amount (dólares), platform (opcional)</translation>
    </message>
    <message>
        <source>From connection</source>
        <translation>Desde la conexión</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Batch preview</source>
        <translation>Vista previa del lote</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Usuario de Dots</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Pagar por</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s), %1</source>
        <translation>
            <numerusform>%n pago, %1</numerusform>
            <numerusform>%n pagos, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) with errors</source>
        <translation>
            <numerusform>; %n línea con errores</numerusform>
            <numerusform>; %n líneas con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n advertencia</numerusform>
            <numerusform>; %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) totalling %1 USD from %2?</source>
        <translation>
            <numerusform>¿Enviar %n pago por un total de %1 USD desde %2?</numerusform>
            <numerusform>¿Enviar %n pagos por un total de %1 USD desde %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors are left out.</source>
        <translation>
            <numerusform>Se omite %n línea con errores.</numerusform>
            <numerusform>Se omiten %n líneas con errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) repeat a recent payout or another line.</source>
        <translation>
            <numerusform>%n línea repite un pago reciente u otra línea.</numerusform>
            <numerusform>%n líneas repiten un pago reciente u otra línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send batch</source>
        <translation>Enviar lote</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Done: %1 paid, %2 failed.</source>
        <translation>Hecho: %1 pagados, %2 fallidos.</translation>
    </message>
    <message>
        <source>Paying out: %1 of %2 processed. Dots pays out a batch it has accepted; it cannot be called back from here.</source>
        <translation>Pagando: %1 de %2 procesados. Dots paga un lote que ha aceptado; no se puede anular desde aquí.</translation>
    </message>
    <message>
        <source>Batches at Dots</source>
        <translation>Lotes en Dots</translation>
    </message>
    <message>
        <source>The batches Dots has for this connection, also those sent elsewhere</source>
        <translation>Los lotes que Dots tiene para esta conexión, también los enviados desde otro sitio</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Leave out repeated lines</source>
        <translation>Omitir líneas repetidas</translation>
    </message>
    <message>
        <source>Lines that repeat a recent payout or an earlier line are not sent; the first of two equal lines is</source>
        <translation>Las líneas que repiten un pago reciente o una línea anterior no se envían; la primera de dos líneas iguales sí</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <source>(not a user of this connection)</source>
        <translation>(no es un usuario de esta conexión)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) are left out.</source>
        <translation>
            <numerusform>Se omite %n línea repetida.</numerusform>
            <numerusform>Se omiten %n líneas repetidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>The journal could not record this action: %1</source>
        <translation>El diario no pudo registrar esta acción: %1</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Congelando…</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Descongelando…</translation>
    </message>
    <message>
        <source>%1 does not offer this</source>
        <translation>%1 no ofrece esto</translation>
    </message>
    <message>
        <source>its connection is not open</source>
        <translation>su conexión no está abierta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Setting limit…</source>
        <translation>Fijando límite…</translation>
    </message>
    <message>
        <source>Creating the card “%1” at %2…</source>
        <translation>Creando la tarjeta «%1» en %2…</translation>
    </message>
    <message>
        <source>Card created: %1</source>
        <translation>Tarjeta creada: %1</translation>
    </message>
    <message>
        <source>%1: no answer to creating “%2”; the card list is reloaded to show whether it exists before you try again.</source>
        <translation>%1: sin respuesta al crear «%2»; la lista de tarjetas se vuelve a cargar para mostrar si existe antes de que lo intente de nuevo.</translation>
    </message>
    <message>
        <source>%1: the card was not created: %2</source>
        <translation>%1: la tarjeta no se creó: %2</translation>
    </message>
    <message>
        <source>No card that emergency freeze froze is still frozen.</source>
        <translation>Ninguna tarjeta que congeló esa congelación de emergencia sigue congelada.</translation>
    </message>
    <message numerus="yes">
        <source>Unfreezing %n card(s) that emergency freeze froze.</source>
        <translation>
            <numerusform>Descongelando %n tarjeta que congeló esa congelación de emergencia.</numerusform>
            <numerusform>Descongelando %n tarjetas que congeló esa congelación de emergencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not record this action, so nothing was sent: %1</source>
        <translation>El diario no pudo registrar esta acción, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Not sent: the local journal, which records each action before it is sent, is not open.</source>
        <translation>No enviado: el diario local, que registra cada acción antes de enviarla, no está abierto.</translation>
    </message>
    <message>
        <source>Not sent: the card is not shown here, or its connection is not open.</source>
        <translation>No enviado: la tarjeta no se muestra aquí o su conexión no está abierta.</translation>
    </message>
    <message>
        <source>Not sent: the connection %1 is not open here, or it does not issue cards.</source>
        <translation>No enviado: la conexión %1 no está abierta aquí o no emite tarjetas.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: %n card(s) unfrozen.</source>
        <translation>
            <numerusform>Congelación de emergencia deshecha: %n tarjeta descongelada.</numerusform>
            <numerusform>Congelación de emergencia deshecha: %n tarjetas descongeladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze partly undone: %1 of %2 card(s) unfrozen; still frozen: %3.</source>
        <translation>Congelación de emergencia deshecha en parte: %1 de %2 tarjetas descongeladas; siguen congeladas: %3.</translation>
    </message>
</context>
<context>
    <name>CardFrequencies</name>
    <message>
        <source>Recurring</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>De un solo uso</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepago</translation>
    </message>
</context>
<context>
    <name>CardLimitDialog</name>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Sin límite</translation>
    </message>
    <message>
        <source>Spend limit of %1</source>
        <translation>Límite de gasto de %1</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Fijar límite</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>A limit is more than zero; tick &quot;No limit&quot; for none.</source>
        <translation>Un límite es mayor que cero; marque «Sin límite» si no quiere ninguno.</translation>
    </message>
    <message>
        <source>A limit has at most two decimals.</source>
        <translation>Un límite tiene como máximo dos decimales.</translation>
    </message>
</context>
<context>
    <name>CardLimitPeriods</name>
    <message>
        <source>Per month (trailing)</source>
        <translation>Por mes (móvil)</translation>
    </message>
    <message>
        <source>Per transaction</source>
        <translation>Por transacción</translation>
    </message>
    <message>
        <source>For the card&apos;s lifetime</source>
        <translation>Toda la vigencia</translation>
    </message>
</context>
<context>
    <name>CardStateDelegate</name>
    <message>
        <source>Unfreeze</source>
        <translation>Descongelar</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Open</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (falló: %2)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>Terminación</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Spend limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>%1; Space unfreezes it</source>
        <translation>%1; la barra espaciadora la descongela</translation>
    </message>
    <message>
        <source>%1; Space freezes it</source>
        <translation>%1; la barra espaciadora la congela</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Free&amp;ze</source>
        <translation>&amp;Congelar</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Descongelar</translation>
    </message>
    <message>
        <source>&amp;Cancel card…</source>
        <translation>Cancelar tar&amp;jeta…</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Fijar &amp;límite…</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;Nueva tarjeta…</translation>
    </message>
    <message>
        <source>Issue virtual car&amp;d…</source>
        <translation>Emitir tarjeta vir&amp;tual…</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Descongelar</translation>
    </message>
    <message>
        <source>Dinari issues a virtual card by sending money to a cardholder: opens that payout form</source>
        <translation>Dinari emite una tarjeta virtual enviando dinero a un titular: abre ese formulario de pago</translation>
    </message>
    <message>
        <source>Select a card to see its recent transactions.</source>
        <translation>Seleccione una tarjeta para ver sus transacciones recientes.</translation>
    </message>
    <message>
        <source>Card transactions</source>
        <translation>Transacciones de la tarjeta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recent transactions of %1 (loading…)</source>
        <translation>Transacciones recientes de %1 (cargando…)</translation>
    </message>
    <message>
        <source>Search by name or last four</source>
        <translation>Buscar por nombre o últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>Estado de la tarjeta</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <source>%1 has no recent transactions.</source>
        <translation>%1 no tiene transacciones recientes.</translation>
    </message>
    <message>
        <source>Recent transactions of %1</source>
        <translation>Transacciones recientes de %1</translation>
    </message>
    <message>
        <source>The card&apos;s transactions could not be read: %1</source>
        <translation>No se pudieron leer las transacciones de la tarjeta: %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Cancelar tarjeta</translation>
    </message>
    <message>
        <source>Cancel the card “%1” at %2?</source>
        <translation>¿Cancelar la tarjeta «%1» en %2?</translation>
    </message>
    <message>
        <source>This cannot be undone: the card can never be used again, and payments that use it will be declined.</source>
        <translation>Esto no se puede deshacer: la tarjeta no podrá volver a usarse y los pagos con ella se rechazarán.</translation>
    </message>
    <message>
        <source>Keep card</source>
        <translation>Conservar la tarjeta</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>Set limit…</source>
        <translation>Fijar límite…</translation>
    </message>
    <message>
        <source>Show card number…</source>
        <translation>Mostrar número de tarjeta…</translation>
    </message>
    <message>
        <source>Cancel card…</source>
        <translation>Cancelar tarjeta…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>The card&apos;s page was not opened: %1 gives no https address for it.</source>
        <translation>No se abrió la página de la tarjeta: %1 no da una dirección https para ella.</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Según el proveedor: %1</translation>
    </message>
    <message>
        <source> · it holds %1 %2</source>
        <translation> · saldo de %1 %2</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Elija un proveedor.</translation>
    </message>
    <message>
        <source>%1 has no %2 environment.</source>
        <translation>%1 no tiene un entorno %2.</translation>
    </message>
    <message>
        <source>Enter the API address.</source>
        <translation>Introduzca la dirección de la API.</translation>
    </message>
    <message>
        <source>The %1 must be a fixed amount plus a percentage, such as 5.00+2.5%: “%2” is not.</source>
        <translation>La %1 debe ser un importe fijo más un porcentaje, como 5.00+2.5%: «%2» no lo es.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>e.g. dash.fi — Acme Inc.</source>
        <translation>p. ej. dash.fi — Acme S.A.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Dirección propia</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Guardado en el llavero — escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Introduzca %1.</translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;:&quot;.</source>
        <translation>%1 no puede contener «:».</translation>
    </message>
    <message>
        <source>e.g. %1; empty when not known</source>
        <translation>p. ej. %1; vacío si no se conoce</translation>
    </message>
    <message>
        <source>Write the %1 as a fixed amount plus a percentage, such as %2.</source>
        <translation>Escriba la %1 como un importe fijo más un porcentaje, como %2.</translation>
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
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Enter the secret for the new connection.</source>
        <translation>Introduzca el secreto de la nueva conexión.</translation>
    </message>
    <message>
        <source>Another Treasury Desk is changing the connections; try again.</source>
        <translation>Otro Treasury Desk está cambiando las conexiones; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>The secret does not have the form %1 expects.</source>
        <translation>El secreto no tiene la forma que espera %1.</translation>
    </message>
    <message>
        <source>%1 answered.</source>
        <translation>%1 respondió.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>Guardar solo para esta &amp;sesión</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Kept for this session only: the secret is in memory and will be asked for again after a restart.</source>
        <translation>Guardado solo para esta sesión: el secreto está en memoria y se volverá a pedir tras reiniciar.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Guardado. El secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>La conexión funciona: %1</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Quitar «%1»?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain and its stored transactions from this computer. The account at %1 is not touched.</source>
        <translation>Su secreto se borra del llavero y sus transacciones guardadas de este equipo. La cuenta en %1 no se toca.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitada.</translation>
    </message>
    <message>
        <source>Shared by your team: type this desktop&apos;s secret for %1, then save.</source>
        <translation>Compartida por su equipo: escriba el secreto de este ordenador para %1 y guarde.</translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <source>The country list %1 cannot be read (package iso-codes): %2</source>
        <translation>No se puede leer la lista de países %1 (paquete iso-codes): %2</translation>
    </message>
    <message>
        <source>The country list %1 is empty.</source>
        <translation>La lista de países %1 está vacía.</translation>
    </message>
</context>
<context>
    <name>CryptoParser</name>
    <message>
        <source>The gateway rejects this address.</source>
        <translation>La pasarela rechaza esta dirección.</translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation>El mínimo es %1.</translation>
    </message>
</context>
<context>
    <name>CryptoProvider</name>
    <message>
        <source>The crypto gateway sends withdrawals only.</source>
        <translation>La pasarela cripto solo envía retiradas.</translation>
    </message>
    <message>
        <source>The gateway moves amounts with at most 8 decimals.</source>
        <translation>La pasarela mueve importes con un máximo de 8 decimales.</translation>
    </message>
    <message>
        <source>Crypto gateway</source>
        <translation>Pasarela cripto</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
</context>
<context>
    <name>DartProvider</name>
    <message>
        <source>DART transfers USDC in dollars and cents to a customer&apos;s main wallet.</source>
        <translation>DART transfiere USDC en dólares y centavos a la billetera principal de un cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s USDC balance rose by the amount (%1 to %2).</source>
        <translation>El saldo de USDC del cliente subió en el importe (de %1 a %2).</translation>
    </message>
    <message>
        <source>e.g. billyjoel</source>
        <translation>p. ej. billyjoel</translation>
    </message>
    <message>
        <source>DART customer</source>
        <translation>Cliente de DART</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Customer user names</source>
        <translation>Nombres de usuario de los clientes</translation>
    </message>
</context>
<context>
    <name>DashfiProvider</name>
    <message>
        <source>Balance is not available for postpaid dash.fi accounts.</source>
        <translation>El saldo no está disponible para cuentas de dash.fi de pospago.</translation>
    </message>
    <message>
        <source>Prepaid balance</source>
        <translation>Saldo prepago</translation>
    </message>
    <message>
        <source>A spend limit is an amount of 0 or more for a period dash.fi knows.</source>
        <translation>Un límite de gasto es un importe de 0 o más para un periodo que dash.fi conozca.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>Treasury Desk is already open on this data (process %1 on %2). Use that window: two windows on the same journal could check the same payout at once. treasuryctl works beside it.</source>
        <translation>Treasury Desk ya está abierto con estos datos (proceso %1 en %2). Use esa ventana: dos ventanas sobre el mismo diario podrían comprobar el mismo pago a la vez. treasuryctl funciona a su lado.</translation>
    </message>
    <message>
        <source>The data folder cannot be locked (%1): %2</source>
        <translation>No se puede bloquear la carpeta de datos (%1): %2</translation>
    </message>
</context>
<context>
    <name>Dinari</name>
    <message>
        <source>Dinari rejected the corporate account ID or gateway API key.</source>
        <translation>Dinari rechazó el ID de cuenta corporativa o la clave de API de la pasarela.</translation>
    </message>
    <message>
        <source>Dinari refused: %1</source>
        <translation>Dinari lo rechazó: %1</translation>
    </message>
    <message>
        <source>Virtual card %1</source>
        <translation>Tarjeta virtual %1</translation>
    </message>
    <message>
        <source>Dinari answered with an error, yet its payout balance fell from %1 to %2: the payment may have been made.</source>
        <translation>Dinari respondió con un error, pero su saldo de pagos bajó de %1 a %2: es posible que el pago se haya hecho.</translation>
    </message>
</context>
<context>
    <name>DinariProvider</name>
    <message>
        <source>Dinari sends this payout only in US dollars and cents.</source>
        <translation>Dinari envía este pago solo en dólares estadounidenses y centavos.</translation>
    </message>
    <message>
        <source>Corporate account ID</source>
        <translation>ID de cuenta corporativa</translation>
    </message>
    <message>
        <source>Gateway API key</source>
        <translation>Clave de API de la pasarela</translation>
    </message>
    <message>
        <source>Found in Dinari&apos;s transaction list as %1: the only payment out of %2 %3 within a day of the send that no other payout claims. Dinari&apos;s list names no recipient, so that was not compared.</source>
        <translation>Encontrado en la lista de transacciones de Dinari como %1: el único pago saliente de %2 %3 en un día alrededor del envío que ningún otro pago reclama. La lista de Dinari no indica destinatario, así que no se comparó.</translation>
    </message>
    <message>
        <source>Dinari&apos;s transaction list has no transaction %1.</source>
        <translation>La lista de transacciones de Dinari no contiene la transacción %1.</translation>
    </message>
    <message>
        <source>ACH fee in your contract</source>
        <translation>Comisión ACH de su contrato</translation>
    </message>
    <message>
        <source>SWIFT fee in your contract</source>
        <translation>Comisión SWIFT de su contrato</translation>
    </message>
    <message>
        <source>Zelle fee in your contract</source>
        <translation>Comisión Zelle de su contrato</translation>
    </message>
    <message>
        <source>Virtual card fee in your contract</source>
        <translation>Comisión de tarjeta virtual de su contrato</translation>
    </message>
</context>
<context>
    <name>DotsProvider</name>
    <message>
        <source>Dots pays out US dollars in cents, each payout with an idempotency key.</source>
        <translation>Dots paga dólares estadounidenses en centavos, cada pago con una clave de idempotencia.</translation>
    </message>
    <message>
        <source>Dots transfers US dollars in cents, each transfer with a journal key.</source>
        <translation>Dots transfiere dólares estadounidenses en centavos, cada transferencia con una clave del diario.</translation>
    </message>
    <message numerus="yes">
        <source>Dots lists %n transfer(s) carrying the journal&apos;s key</source>
        <translation>
            <numerusform>Dots lista %n transferencia con la clave del diario</numerusform>
            <numerusform>Dots lista %n transferencias con la clave del diario</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch item needs an amount in cents and its own key.</source>
        <translation>Cada elemento del lote necesita un importe en centavos y su propia clave.</translation>
    </message>
    <message>
        <source>Dots documents no way to change a user once created.</source>
        <translation>Dots no documenta ninguna forma de cambiar un usuario una vez creado.</translation>
    </message>
    <message>
        <source>Given by Dots</source>
        <translation>Lo asigna Dots</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Usuario de Dots</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>App ID (Api-App-Id)</source>
        <translation>ID de app (Api-App-Id)</translation>
    </message>
</context>
<context>
    <name>EmergencyFreezeButton</name>
    <message>
        <source>Emergency freeze</source>
        <translation>Congelación de emergencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open card(s))</source>
        <translation>
            <numerusform>%1 (%n tarjeta activa)</numerusform>
            <numerusform>%1 (%n tarjetas activas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card everywhere</source>
        <translation>Todas las tarjetas de todas partes</translation>
    </message>
    <message>
        <source>All %1 cards</source>
        <translation>Todas las tarjetas de %1</translation>
    </message>
    <message>
        <source>All cards of %1</source>
        <translation>Todas las tarjetas de %1</translation>
    </message>
    <message numerus="yes">
        <source>Undo the emergency freeze of %1 (%n card(s) still frozen)…</source>
        <translation>
            <numerusform>Deshacer la congelación de emergencia del %1 (%n tarjeta sigue congelada)…</numerusform>
            <numerusform>Deshacer la congelación de emergencia del %1 (%n tarjetas siguen congeladas)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n open card(s)?</source>
        <translation>
            <numerusform>¿Congelar %n tarjeta activa?</numerusform>
            <numerusform>¿Congelar %n tarjetas activas?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Payments on them are declined until they are unfrozen.</source>
        <translation>%1. Los pagos con ellas se rechazan hasta que se descongelen.</translation>
    </message>
    <message numerus="yes">
        <source>Freeze %n card(s)</source>
        <translation>
            <numerusform>Congelar %n tarjeta</numerusform>
            <numerusform>Congelar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo emergency freeze</source>
        <translation>Deshacer congelación de emergencia</translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze the %n card(s) this emergency freeze froze?</source>
        <translation>
            <numerusform>¿Descongelar la %n tarjeta que congeló esta congelación de emergencia?</numerusform>
            <numerusform>¿Descongelar las %n tarjetas que congeló esta congelación de emergencia?</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen on %1. Payments on them work again. A card frozen before it, or unfrozen or cancelled since, is left as it is.</source>
        <translation>Congeladas el %1. Los pagos con ellas vuelven a funcionar. Una tarjeta congelada antes, o descongelada o cancelada desde entonces, queda como está.</translation>
    </message>
    <message numerus="yes">
        <source>Unfreeze %n card(s)</source>
        <translation>
            <numerusform>Descongelar %n tarjeta</numerusform>
            <numerusform>Descongelar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze: %1 of %2 answered, %3 failed</source>
        <translation>Congelación de emergencia: %1 de %2 respondidas, %3 fallidas</translation>
    </message>
    <message>
        <source>Undoing the emergency freeze: %1 of %2 answered</source>
        <translation>Deshaciendo la congelación de emergencia: %1 de %2 respondidas</translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze: all %n card(s) frozen.</source>
        <translation>
            <numerusform>Congelación de emergencia: %n tarjeta congelada.</numerusform>
            <numerusform>Congelación de emergencia: las %n tarjetas congeladas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emergency freeze undone: none of its %n card(s) is frozen now.</source>
        <translation>
            <numerusform>Congelación de emergencia deshecha: su tarjeta ya no está congelada.</numerusform>
            <numerusform>Congelación de emergencia deshecha: ninguna de sus %n tarjetas sigue congelada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency freeze: %1 of its %2 cards frozen now.</source>
        <translation>Congelación de emergencia: %1 de sus %2 tarjetas congeladas ahora.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be frozen.</source>
        <translation>No se pudieron congelar %1 de %2 tarjetas.</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n card(s)</source>
        <translation>
            <numerusform>Reintentar %n tarjeta</numerusform>
            <numerusform>Reintentar %n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Add a byte order mark (Excel needs it to read UTF-8)</source>
        <translation>Añadir marca de orden de bytes (Excel la necesita para leer UTF-8)</translation>
    </message>
    <message>
        <source>Write a manifest next to it (filters, totals, SHA-256)</source>
        <translation>Escribir un manifiesto al lado (filtros, totales, SHA-256)</translation>
    </message>
    <message>
        <source>All %1 filtered transactions</source>
        <translation>Las %1 transacciones filtradas</translation>
    </message>
    <message>
        <source>Only the %1 selected</source>
        <translation>Solo las %1 seleccionadas</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transacciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plain: comma, decimal point, ISO 8601 dates (scripts, any spreadsheet&apos;s import)</source>
        <translation>Simple: coma, punto decimal, fechas ISO 8601 (scripts, importación de cualquier hoja de cálculo)</translation>
    </message>
    <message>
        <source>Spreadsheet in %1: &quot;%2&quot; between cells, &quot;%3&quot; before decimals, dates as dates (UTC)</source>
        <translation>Hoja de cálculo en %1: «%2» entre celdas, «%3» antes de los decimales, fechas como fechas (UTC)</translation>
    </message>
    <message>
        <source>this language</source>
        <translation>este idioma</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): numbers and dates as such, ids as text, a sheet of totals</source>
        <translation>Libro de Excel (.xlsx): números y fechas como tales, identificadores como texto, una hoja de totales</translation>
    </message>
    <message>
        <source>The workbook opens right in Excel and LibreOffice in any language. The spreadsheet CSV opens with a double click (in LibreOffice, tick &quot;Detect special numbers&quot; for dates); the plain one is for scripts and import dialogs.</source>
        <translation>El libro se abre bien en Excel y LibreOffice en cualquier idioma. El CSV para hoja de cálculo se abre con doble clic (en LibreOffice, marque «Detectar números especiales» para las fechas); el simple es para scripts y diálogos de importación.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FeeText</name>
    <message>
        <source>%1, of which %2 to the network (the recipient receives %3)</source>
        <translation>%1, de los cuales %2 para la red (el destinatario recibe %3)</translation>
    </message>
    <message>
        <source>%1 (the recipient receives %2)</source>
        <translation>%1 (el destinatario recibe %2)</translation>
    </message>
    <message>
        <source>%1 + %2 %, as the contract in this connection&apos;s settings says</source>
        <translation>%1 + %2 %, según el contrato en los ajustes de la conexión</translation>
    </message>
    <message>
        <source>%1 + %2 %, as on the last %3 payout</source>
        <translation>%1 + %2 %, como en el último pago %3</translation>
    </message>
    <message>
        <source>About %1 (%2)</source>
        <translation>Aproximadamente %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Treasury Desk</source>
        <translation>Bienvenido a Treasury Desk</translation>
    </message>
    <message>
        <source>Every account, card, transaction and payout of your payment providers in one window. Nothing is connected yet; start in one of three ways.</source>
        <translation>Todas las cuentas, tarjetas, transacciones y pagos de sus proveedores de pago en una ventana. Aún no hay nada conectado; empiece de una de tres maneras.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Opens a second window with made-up data from the built-in sandbox of all five providers; nothing it does reaches your own accounts.</source>
        <translation>Abre una segunda ventana con datos inventados del sandbox integrado de los cinco proveedores; nada de lo que haga llega a sus propias cuentas.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>&amp;Añadir una conexión…</translation>
    </message>
    <message>
        <source>&amp;Join a team database…</source>
        <translation>&amp;Unirse a una base de datos de equipo…</translation>
    </message>
    <message>
        <source>Your team shares one journal, approvals and audit log on PostgreSQL; ask its admin for the address and your user name.</source>
        <translation>Su equipo comparte un diario, aprobaciones y un registro de auditoría en PostgreSQL; pida a su administrador la dirección y su nombre de usuario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Have at hand, from the provider&apos;s dashboard:</source>
        <translation>Tenga a mano, del panel del proveedor:</translation>
    </message>
    <message>
        <source>Secrets go to the system keychain, never to a file.</source>
        <translation>Los secretos van al llavero del sistema, nunca a un archivo.</translation>
    </message>
</context>
<context>
    <name>GapsBanner</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: what is shown is what could be read; the provider&apos;s answer left out what follows.</source>
        <translation>Incompleto: se muestra lo que se pudo leer; a la respuesta del proveedor le falta lo siguiente.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Where Your Data Is</source>
        <translation>&amp;Dónde están sus datos</translation>
    </message>
    <message>
        <source>&amp;About Treasury Desk</source>
        <translation>A&amp;cerca de Treasury Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Transactions, balances and the payout journal&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;(readable by you alone; Edit → Preferences can move it)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Settings and connections&lt;/b&gt; (no secrets)&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Provider secrets&lt;/b&gt;&lt;br&gt;only in the system keychain, under &quot;%3&quot;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Log&lt;/b&gt;&lt;br&gt;View → Log: this session&apos;s requests and errors, kept in memory, never a secret&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Transacciones, saldos y el diario de pagos&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;(solo usted puede leerlo; Editar → Preferencias puede moverlo)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ajustes y conexiones&lt;/b&gt; (sin secretos)&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Secretos de los proveedores&lt;/b&gt;&lt;br&gt;solo en el llavero del sistema, bajo «%3»&lt;/p&gt;&lt;p&gt;&lt;b&gt;Registro&lt;/b&gt;&lt;br&gt;Ver → Registro: las solicitudes y errores de esta sesión, en memoria, nunca un secreto&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where Your Data Is</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <source>About Treasury Desk</source>
        <translation>Acerca de Treasury Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Treasury Desk %1&lt;/h3&gt;&lt;p&gt;Balances, cards, transactions and payouts of dash.fi, Dinari, Dots, a crypto gateway and DART in one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite (public domain), libxlsxwriter (BSD-2-Clause) and Debian&apos;s iso-codes (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Treasury Desk %1&lt;/h3&gt;&lt;p&gt;Saldos, tarjetas, transacciones y pagos de dash.fi, Dinari, Dots, una pasarela cripto y DART en una ventana.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2 (LGPL-3.0), QtKeychain (BSD-3-Clause), SQLite (dominio público), libxlsxwriter (BSD-2-Clause) y los iso-codes de Debian (LGPL-2.1).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Refused to follow a link to another host (%1).</source>
        <translation>Se rechazó seguir un enlace a otro host (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The application is closing.</source>
        <translation>La aplicación se está cerrando.</translation>
    </message>
    <message>
        <source>Signing in to the provider failed: %1</source>
        <translation>El inicio de sesión en el proveedor falló: %1</translation>
    </message>
    <message>
        <source>The provider answered with a redirect (HTTP %1) without a target.</source>
        <translation>El proveedor respondió con una redirección (HTTP %1) sin destino.</translation>
    </message>
    <message>
        <source>The provider redirected to another host (%1). The redirect was not followed, so credentials stay with the provider.</source>
        <translation>El proveedor redirigió a otro host (%1). No se siguió la redirección, así que las credenciales se quedan con el proveedor.</translation>
    </message>
    <message>
        <source>The provider redirected too many times.</source>
        <translation>El proveedor redirigió demasiadas veces.</translation>
    </message>
    <message>
        <source>The provider redirected a %1 request (HTTP %2); it was not repeated.</source>
        <translation>El proveedor redirigió una solicitud %1 (HTTP %2); no se repitió.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB; it was not read.</source>
        <translation>La respuesta del proveedor superó los %1 MB; no se leyó.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was not complete within %1 seconds.</source>
        <translation>La respuesta del proveedor no se completó en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The provider rejected the credentials (HTTP %1). Check the connection&apos;s API key.</source>
        <translation>El proveedor rechazó las credenciales (HTTP %1). Compruebe la clave de API de la conexión.</translation>
    </message>
    <message>
        <source>The provider does not know this item or address (HTTP 404).</source>
        <translation>El proveedor no conoce este elemento o dirección (HTTP 404).</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429); try again shortly.</source>
        <translation>El proveedor está limitando las solicitudes (HTTP 429); inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The provider rejected the request (HTTP %1).</source>
        <translation>El proveedor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider had a problem answering (HTTP %1). Try again later.</source>
        <translation>El proveedor tuvo un problema al responder (HTTP %1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The provider answered with an unexpected HTTP status %1.</source>
        <translation>El proveedor respondió con un estado HTTP inesperado %1.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 seconds.</source>
        <translation>El proveedor no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>No se pudo conectar con %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and the internet connection.</source>
        <translation>No se encontró %1. Compruebe la dirección y la conexión a Internet.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the request was sent. It was not sent again; whether the provider carried it out is unknown.</source>
        <translation>Se perdió la conexión con %1 después de enviar la solicitud. No se volvió a enviar; no se sabe si el proveedor la ejecutó.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified%2. Nothing was sent.</source>
        <translation>No se pudo verificar la conexión segura con %1%2. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 envió una respuesta que no es HTTP válido.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (network error %2).</source>
        <translation>La conexión con %1 falló (error de red %2).</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The provider&apos;s answer could not be read: %1.</source>
        <translation>No se pudo leer la respuesta del proveedor: %1.</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
    <message>
        <source>it sent a web page instead of data (an error page, perhaps)</source>
        <translation>envió una página web en lugar de datos (quizá una página de error)</translation>
    </message>
    <message>
        <source>malformed JSON near byte %1</source>
        <translation>JSON mal formado cerca del byte %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice in one object</source>
        <translation>el campo «%1» aparece dos veces en un mismo objeto</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Payout: Dots batch</source>
        <translation>Pago: lote de Dots</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Pago: %1</translation>
    </message>
    <message>
        <source>Freeze card</source>
        <translation>Congelar tarjeta</translation>
    </message>
    <message>
        <source>Unfreeze card</source>
        <translation>Descongelar tarjeta</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Cancelar tarjeta</translation>
    </message>
    <message>
        <source>Set spend limit</source>
        <translation>Fijar límite de gasto</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Crear tarjeta</translation>
    </message>
    <message>
        <source>Restrict trade scripts</source>
        <translation>Restringir scripts de trading</translation>
    </message>
    <message>
        <source>Cancel payout</source>
        <translation>Cancelar pago</translation>
    </message>
    <message>
        <source>Open sub-account</source>
        <translation>Abrir subcuenta</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Accepted, under way</source>
        <translation>Aceptado, en curso</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed after it was accepted</source>
        <translation>Falló tras ser aceptado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Según el proveedor: %1</translation>
    </message>
    <message>
        <source>Emergency freeze</source>
        <translation>Congelación de emergencia</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>No answer (%1); the card list shows whether it took effect.</source>
        <translation>Sin respuesta (%1); la lista de tarjetas muestra si surtió efecto.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal cannot be written (%1).</source>
        <translation>No se envió nada: no se puede escribir el diario (%1).</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection closed.</source>
        <translation>No se envió nada: la conexión se cerró.</translation>
    </message>
    <message>
        <source>%1; the link: %2</source>
        <translation>%1; el enlace: %2</translation>
    </message>
    <message>
        <source>The answer was lost (%1); checking with the provider before anything is sent again.</source>
        <translation>Se perdió la respuesta (%1); se comprueba con el proveedor antes de volver a enviar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n payee(s)</source>
        <translation>
            <numerusform>%n beneficiario</numerusform>
            <numerusform>%n beneficiarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled from here on %2</source>
        <translation>%1; cancelado desde aquí el %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n hour(s)</source>
        <translation>
            <numerusform>%1 durante %n hora</numerusform>
            <numerusform>%1 durante %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; Accepted; paying out.</source>
        <translation>%1; aceptado; pagando.</translation>
    </message>
    <message>
        <source>The answer was lost (%1); it will be sent again with the same keys, which Dots answers with the batch it already has.</source>
        <translation>Se perdió la respuesta (%1); se volverá a enviar con las mismas claves, y Dots responde con el lote que ya tiene.</translation>
    </message>
    <message>
        <source>Done: %1 paid, %2 failed.</source>
        <translation>Hecho: %1 pagados, %2 fallidos.</translation>
    </message>
    <message>
        <source>%1; on chain as %2</source>
        <translation>%1; en la cadena como %2</translation>
    </message>
    <message>
        <source>Found in the provider&apos;s records after the answer was lost.</source>
        <translation>Encontrado en los registros del proveedor tras perderse la respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider record(s) fit this payout; someone must look at them and decide. Nothing is sent again.</source>
        <translation>
            <numerusform>%n registro del proveedor coincide con este pago; alguien debe revisarlo y decidir. No se envía nada de nuevo.</numerusform>
            <numerusform>%n registros del proveedor coinciden con este pago; alguien debe revisarlos y decidir. No se envía nada de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the provider&apos;s records after %n check(s) over %1 minutes. Nothing is sent again: check again, or mark it as not sent.</source>
        <translation>
            <numerusform>No se encontró en los registros del proveedor tras %n comprobación en %1 minutos. No se envía nada de nuevo: compruebe otra vez o márquelo como no enviado.</numerusform>
            <numerusform>No se encontró en los registros del proveedor tras %n comprobaciones en %1 minutos. No se envía nada de nuevo: compruebe otra vez o márquelo como no enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found yet in the provider&apos;s records (%1, check %2); checking again at %3. Nothing is sent again meanwhile.</source>
        <translation>Aún no aparece en los registros del proveedor (%1, comprobación %2); se comprueba de nuevo a las %3. Mientras tanto no se envía nada de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Marked as not sent by %1 after %n check(s) of the provider&apos;s records. It may be sent again.</source>
        <translation>
            <numerusform>Marcado como no enviado por %1 tras %n comprobación de los registros del proveedor. Puede enviarse de nuevo.</numerusform>
            <numerusform>Marcado como no enviado por %1 tras %n comprobaciones de los registros del proveedor. Puede enviarse de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the payee completed the link (%2)</source>
        <translation>%1; el beneficiario completó el enlace (%2)</translation>
    </message>
    <message>
        <source>Its answer was lost; found in the card list by the id it was created with.</source>
        <translation>Se perdió la respuesta; encontrada en la lista de tarjetas por el id con que se creó.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>Todavía no hay ningún secreto guardado para esta conexión.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>El llavero denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>No hay ningún llavero disponible (%1). %2</translation>
    </message>
    <message>
        <source>The keychain could not do this (%1).</source>
        <translation>El llavero no pudo hacer esto (%1).</translation>
    </message>
    <message>
        <source>Treasury Desk keeps secrets only in the system keychain (GNOME Keyring, KWallet or another Secret Service) and never in a file. Start and unlock your keyring, then try again, or keep the secret for this session only.</source>
        <translation>Treasury Desk guarda los secretos solo en el llavero del sistema (GNOME Keyring, KWallet u otro Secret Service) y nunca en un archivo. Inicie y desbloquee su llavero y vuelva a intentarlo, o guarde el secreto solo para esta sesión.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for its password: unlock it and try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Puede que esté bloqueado esperando su contraseña: desbloquéelo y vuelva a intentarlo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Puede que esté bloqueado esperando su contraseña: desbloquéelo y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Which lines</source>
        <translation>Qué líneas</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the selected lines, or every line shown</source>
        <translation>Copia las líneas seleccionadas, o todas las mostradas</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Actualización a&amp;utomática</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Saldos</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>Tra&amp;nsacciones</translation>
    </message>
    <message>
        <source>&amp;Payouts</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivada</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Cada &amp;minuto</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Cada &amp;5 minutos</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Cada &amp;15 minutos</translation>
    </message>
    <message>
        <source>Every &amp;hour</source>
        <translation>Cada &amp;hora</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>R&amp;ecipients</source>
        <translation>D&amp;estinatarios</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Registro…</translation>
    </message>
    <message>
        <source>Every request and error of this session, for details</source>
        <translation>Cada solicitud y error de esta sesión, para ver detalles</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stops the refresh (Esc); the data shown stays as it was</source>
        <translation>Detiene la actualización (Esc); los datos mostrados quedan como estaban</translation>
    </message>
    <message>
        <source>&amp;Stop Refresh</source>
        <translation>&amp;Detener actualización</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Actualizando… %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Export Transactions…</source>
        <translation>&amp;Exportar transacciones…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>E&amp;quipo…</translation>
    </message>
    <message>
        <source>Appr&amp;ovals</source>
        <translation>Apr&amp;obaciones</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) wait for your approval</source>
        <translation>
            <numerusform>%n pago espera su aprobación</numerusform>
            <numerusform>%n pagos esperan su aprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>Payouts (%1)</source>
        <translation>Pagos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) whose outcome is not known yet</source>
        <translation>
            <numerusform>%n pago cuyo resultado aún no se conoce</numerusform>
            <numerusform>%n pagos cuyo resultado aún no se conoce</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <source>&amp;Recurring</source>
        <translation>&amp;Recurrente</translation>
    </message>
    <message>
        <source>&amp;Single use</source>
        <translation>De un &amp;solo uso</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nueva tarjeta</translation>
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
        <translation>Crear tarjeta</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Uso:</translation>
    </message>
</context>
<context>
    <name>NewSubAccountDialog</name>
    <message>
        <source>New sub-account at %1</source>
        <translation>Nueva subcuenta en %1</translation>
    </message>
    <message>
        <source>e.g. Payroll — EU</source>
        <translation>p. ej. Nóminas — UE</translation>
    </message>
    <message>
        <source>Optional: your own reference for it</source>
        <translation>Opcional: su propia referencia para ella</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation>ID &amp;externo:</translation>
    </message>
    <message>
        <source>Open sub-account</source>
        <translation>Abrir subcuenta</translation>
    </message>
    <message>
        <source>The gateway opens it empty; money reaches it by a transfer from the master account.</source>
        <translation>La pasarela la abre vacía; el dinero llega a ella con una transferencia desde la cuenta principal.</translation>
    </message>
</context>
<context>
    <name>Payout</name>
    <message>
        <source>whoever opens the link</source>
        <translation>quien abra el enlace</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Zelle email or US phone</source>
        <translation>Correo de Zelle o teléfono de EE. UU.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Número de ruta ABA</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Calle (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nombre del banco</translation>
    </message>
    <message>
        <source>Bank street</source>
        <translation>Calle del banco</translation>
    </message>
    <message>
        <source>Bank street (line 2)</source>
        <translation>Calle del banco (línea 2)</translation>
    </message>
    <message>
        <source>Bank city</source>
        <translation>Ciudad del banco</translation>
    </message>
    <message>
        <source>Bank state or region</source>
        <translation>Estado o región del banco</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País del banco</translation>
    </message>
    <message>
        <source>Dots user</source>
        <translation>Usuario de Dots</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Pagar por</translation>
    </message>
    <message>
        <source>Payee email or US phone</source>
        <translation>Correo o teléfono de EE. UU. del beneficiario</translation>
    </message>
    <message>
        <source>Send the link by</source>
        <translation>Enviar el enlace por</translation>
    </message>
    <message>
        <source>Message with the link</source>
        <translation>Mensaje con el enlace</translation>
    </message>
    <message>
        <source>Memo on the link</source>
        <translation>Nota en el enlace</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>DART customer</source>
        <translation>Cliente de DART</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>Subcuenta</translation>
    </message>
    <message>
        <source>Recipient account ID</source>
        <translation>ID de cuenta del destinatario</translation>
    </message>
    <message>
        <source>Description (the recipient sees it)</source>
        <translation>Descripción (la ve el destinatario)</translation>
    </message>
    <message>
        <source>Internal note (only your team sees it)</source>
        <translation>Nota interna (solo la ve su equipo)</translation>
    </message>
    <message>
        <source>ACH bank transfer</source>
        <translation>Transferencia bancaria ACH</translation>
    </message>
    <message>
        <source>SWIFT wire</source>
        <translation>Transferencia SWIFT</translation>
    </message>
    <message>
        <source>Zelle</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Virtual card</source>
        <translation>Tarjeta virtual</translation>
    </message>
    <message>
        <source>Dots payout</source>
        <translation>Pago de Dots</translation>
    </message>
    <message>
        <source>Dots payout link</source>
        <translation>Enlace de pago de Dots</translation>
    </message>
    <message>
        <source>Dots wallet transfer</source>
        <translation>Transferencia a billetera de Dots</translation>
    </message>
    <message>
        <source>Crypto withdrawal</source>
        <translation>Retirada cripto</translation>
    </message>
    <message>
        <source>DART transfer</source>
        <translation>Transferencia DART</translation>
    </message>
    <message>
        <source>To a crypto sub-account</source>
        <translation>A una subcuenta cripto</translation>
    </message>
    <message>
        <source>Sub-account to master</source>
        <translation>De subcuenta a cuenta principal</translation>
    </message>
    <message>
        <source>The payee&apos;s default method</source>
        <translation>El método predeterminado del beneficiario</translation>
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
        <translation>Solo crear el enlace</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>the master account (from %1)</source>
        <translation>la cuenta principal (desde %1)</translation>
    </message>
    <message>
        <source>BIC (SWIFT code)</source>
        <translation>BIC (código SWIFT)</translation>
    </message>
</context>
<context>
    <name>PayoutBatch</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least user_id and amount (and optionally platform).</source>
        <translation>La primera línea debe nombrar las columnas, al menos user_id y amount (y opcionalmente platform).</translation>
    </message>
    <message>
        <source>user_id: not a Dots user id</source>
        <translation>user_id: no es un ID de usuario de Dots</translation>
    </message>
    <message>
        <source>amount: not a positive amount (use &apos;.&apos; for decimals)</source>
        <translation>amount: no es un importe positivo (use «.» para los decimales)</translation>
    </message>
    <message>
        <source>amount: more than two decimals</source>
        <translation>amount: más de dos decimales</translation>
    </message>
    <message>
        <source>platform: must be default, ach, paypal or venmo</source>
        <translation>platform: debe ser default, ach, paypal o venmo</translation>
    </message>
    <message>
        <source>This payee was recently paid this amount.</source>
        <translation>Este beneficiario recibió este importe recientemente.</translation>
    </message>
    <message>
        <source>Repeats an earlier line of this file.</source>
        <translation>Repite una línea anterior de este archivo.</translation>
    </message>
    <message>
        <source>The file has a header but no payouts.</source>
        <translation>El archivo tiene cabecera pero ningún pago.</translation>
    </message>
</context>
<context>
    <name>PayoutController</name>
    <message>
        <source>The payout has no idempotency key.</source>
        <translation>El pago no tiene clave de idempotencia.</translation>
    </message>
    <message>
        <source>This payout was already submitted; it is not sent again.</source>
        <translation>Este pago ya se envió; no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>The payout form has errors.</source>
        <translation>El formulario de pago tiene errores.</translation>
    </message>
    <message>
        <source>The connection %1 is not open.</source>
        <translation>La conexión %1 no está abierta.</translation>
    </message>
    <message>
        <source>The batch has no payouts.</source>
        <translation>El lote no tiene pagos.</translation>
    </message>
    <message>
        <source>This batch was already submitted; it is not sent again.</source>
        <translation>Este lote ya se envió; no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>A batch line has errors; it was not sent.</source>
        <translation>Una línea del lote tiene errores; no se envió.</translation>
    </message>
    <message>
        <source>Not sent: the journal cannot be written (%1).</source>
        <translation>No enviado: no se puede escribir el diario (%1).</translation>
    </message>
    <message>
        <source>Only a sent payout of an open connection can be cancelled.</source>
        <translation>Solo se puede cancelar un pago enviado de una conexión abierta.</translation>
    </message>
    <message>
        <source>The journal could not record the answer: %1</source>
        <translation>El diario no pudo registrar la respuesta: %1</translation>
    </message>
    <message>
        <source>could not check with the provider: %1</source>
        <translation>no se pudo consultar al proveedor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) fit</source>
        <translation>
            <numerusform>%n registro coincide</numerusform>
            <numerusform>%n registros coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>a slow provider may still commit it</source>
        <translation>un proveedor lento aún puede ejecutarlo</translation>
    </message>
    <message>
        <source>The journal could not record the check: %1</source>
        <translation>El diario no pudo registrar la comprobación: %1</translation>
    </message>
    <message>
        <source>Only an open payout can be checked again.</source>
        <translation>Solo un pago abierto puede comprobarse de nuevo.</translation>
    </message>
    <message>
        <source>Another copy of Treasury Desk (%1) is sending or checking this payout; it is left to it.</source>
        <translation>Otra copia de Treasury Desk (%1) está enviando o comprobando este pago; se le deja a ella.</translation>
    </message>
    <message>
        <source>Only a payout not found after its settling window can be marked as not sent.</source>
        <translation>Solo un pago no encontrado tras su plazo de espera puede marcarse como no enviado.</translation>
    </message>
    <message>
        <source>The journal could not record the fee: %1</source>
        <translation>El diario no pudo registrar la comisión: %1</translation>
    </message>
</context>
<context>
    <name>PayoutFieldEditor</name>
    <message>
        <source>Choose a country…</source>
        <translation>Elija un país…</translation>
    </message>
    <message>
        <source>Choose a user…</source>
        <translation>Elija un usuario…</translation>
    </message>
    <message>
        <source>Choose a sub-account…</source>
        <translation>Elija una subcuenta…</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Elija un cliente…</translation>
    </message>
</context>
<context>
    <name>PayoutForm</name>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Nuevo pago</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>From connection</source>
        <translation>Desde la conexión</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo después</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Consultando al proveedor…</translation>
    </message>
    <message>
        <source>Restrict trade scripts…</source>
        <translation>Restringir scripts de trading…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Quoted by the provider once the form is complete</source>
        <translation>La cotiza el proveedor cuando el formulario esté completo</translation>
    </message>
    <message>
        <source>Stated by the provider when it accepts the payout</source>
        <translation>La indica el proveedor cuando acepta el pago</translation>
    </message>
    <message>
        <source>Expected fee: %1.</source>
        <translation>Comisión prevista: %1.</translation>
    </message>
    <message>
        <source>The recipient receives %1 %2.</source>
        <translation>El destinatario recibe %1 %2.</translation>
    </message>
    <message>
        <source>Money that has been sent cannot be called back from here.</source>
        <translation>El dinero enviado no se puede recuperar desde aquí.</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Elija primero un cliente.</translation>
    </message>
    <message>
        <source>Restrict trade scripts</source>
        <translation>Restringir scripts de trading</translation>
    </message>
    <message>
        <source>Hours to restrict %1&apos;s trade scripts:</source>
        <translation>Horas durante las que restringir los scripts de trading de %1:</translation>
    </message>
    <message numerus="yes">
        <source>Stop %1&apos;s trade scripts for %n hour(s)?</source>
        <translation>
            <numerusform>¿Detener los scripts de trading de %1 durante %n hora?</numerusform>
            <numerusform>¿Detener los scripts de trading de %1 durante %n horas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send payout</source>
        <translation>Enviar pago</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The answer was lost; checking with the provider before anything is sent again. %1</source>
        <translation>Se perdió la respuesta; se comprueba con el proveedor antes de volver a enviar nada. %1</translation>
    </message>
    <message>
        <source>Sent. Reference %1.</source>
        <translation>Enviado. Referencia %1.</translation>
    </message>
    <message>
        <source>Sent. Reference %1 (%2).</source>
        <translation>Enviado. Referencia %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>New sub-account…</source>
        <translation>Nueva subcuenta…</translation>
    </message>
    <message>
        <source>Move %1 %2 from the sub-account %3 to the master account of %4?</source>
        <translation>¿Mover %1 %2 de la subcuenta %3 a la cuenta principal de %4?</translation>
    </message>
    <message>
        <source>Send %1 %2 to %3 from %4?</source>
        <translation>¿Enviar %1 %2 a %3 desde %4?</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Account number: %1</source>
        <translation>Número de cuenta: %1</translation>
    </message>
    <message>
        <source>Sent. The provider returns no reference for it.</source>
        <translation>Enviado. El proveedor no devuelve ninguna referencia.</translation>
    </message>
    <message>
        <source>Sent: &quot;%1&quot;. The provider returns no reference for it.</source>
        <translation>Enviado: «%1». El proveedor no devuelve ninguna referencia.</translation>
    </message>
    <message>
        <source>More than the balance</source>
        <translation>Más que el saldo</translation>
    </message>
    <message>
        <source>This payout takes %1 %2 more than the balance of %3 %2 last read from %4. The provider may refuse it or overdraw the account.

Send it all the same?</source>
        <translation>Este pago necesita %1 %2 más que el saldo de %3 %2 leído por última vez de %4. El proveedor puede rechazarlo o dejar la cuenta en descubierto.

¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <source>Comes off the sub-account; the master account gains it</source>
        <translation>Sale de la subcuenta; la cuenta principal lo recibe</translation>
    </message>
    <message>
        <source>DART does not report the balance this is paid from</source>
        <translation>DART no informa del saldo del que se paga</translation>
    </message>
    <message>
        <source>%1&apos;s wallet: %2 now, %3 after</source>
        <translation>Monedero de %1: %2 ahora, %3 después</translation>
    </message>
    <message>
        <source>%1&apos;s wallet: %2 now</source>
        <translation>Monedero de %1: %2 ahora</translation>
    </message>
    <message>
        <source>No balance from this connection yet</source>
        <translation>Aún no hay saldo de esta conexión</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>%1 less the fee</source>
        <translation>%1 menos la comisión</translation>
    </message>
</context>
<context>
    <name>PayoutValidator</name>
    <message>
        <source>Required to send the link by %1.</source>
        <translation>Obligatorio para enviar el enlace por %1.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 letters and digits, e.g. CITIUS33.</source>
        <translation>Un BIC tiene 8 u 11 letras y dígitos, p. ej. CITIUS33.</translation>
    </message>
    <message>
        <source>Not a valid 9-digit ABA routing number.</source>
        <translation>No es un número de ruta ABA válido de 9 dígitos.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>No es una dirección de correo.</translation>
    </message>
    <message>
        <source>Pick one of the list.</source>
        <translation>Elija uno de la lista.</translation>
    </message>
    <message>
        <source>An address is 20 or more letters and digits.</source>
        <translation>Una dirección tiene 20 o más letras y dígitos.</translation>
    </message>
    <message>
        <source>Pick a sub-account from the list.</source>
        <translation>Elija una subcuenta de la lista.</translation>
    </message>
    <message>
        <source>A DART user name, e.g. billyjoel.</source>
        <translation>Un nombre de usuario de DART, p. ej. billyjoel.</translation>
    </message>
    <message>
        <source>Pick a Dots user from the list.</source>
        <translation>Elija un usuario de Dots de la lista.</translation>
    </message>
    <message>
        <source>A text message needs a phone number.</source>
        <translation>Un SMS necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>An email delivery needs an email address.</source>
        <translation>El envío por correo necesita una dirección de correo.</translation>
    </message>
    <message>
        <source>An email address or a 10-digit US phone number.</source>
        <translation>Una dirección de correo o un teléfono de EE. UU. de 10 dígitos.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <source>%1 does not send %2.</source>
        <translation>%1 no envía %2.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places.</source>
        <translation>%1 tiene %2 decimales.</translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <source>Payout methods</source>
        <translation>Métodos de pago</translation>
    </message>
    <message>
        <source>Dots batch payouts</source>
        <translation>Pagos por lotes de Dots</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journal&lt;/b&gt; of payouts and card actions</source>
        <translation>&lt;b&gt;Diario&lt;/b&gt; de pagos y acciones de tarjetas</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Check open payouts</source>
        <translation>Comprobar pagos abiertos</translation>
    </message>
    <message>
        <source>Asks each provider about payouts whose answer was lost</source>
        <translation>Pregunta a cada proveedor por los pagos cuya respuesta se perdió</translation>
    </message>
    <message>
        <source>Cancel payout…</source>
        <translation>Cancelar pago…</translation>
    </message>
    <message>
        <source>Cancels the selected payout if the provider has not completed it</source>
        <translation>Cancela el pago seleccionado si el proveedor no lo ha completado</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Exportar diario…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Select the payout to cancel in the journal.</source>
        <translation>Seleccione en el diario el pago que quiere cancelar.</translation>
    </message>
    <message>
        <source>Only a sent payout can be cancelled.</source>
        <translation>Solo se puede cancelar un pago enviado.</translation>
    </message>
    <message>
        <source>Cancel the payout of %1 %2 to %3 (reference %4)? The provider keeps its cancel fee, and a payout it has completed cannot be cancelled.</source>
        <translation>¿Cancelar el pago de %1 %2 a %3 (referencia %4)? El proveedor se queda con su comisión de cancelación, y un pago ya completado no se puede cancelar.</translation>
    </message>
    <message>
        <source>Cancel payout</source>
        <translation>Cancelar pago</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportar diario</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported: %1</source>
        <translation>No se pudo exportar el diario: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila del diario a %1.</numerusform>
            <numerusform>Se exportaron %n filas del diario a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar otra vez</translation>
    </message>
    <message>
        <source>Looks for the selected unknown payout in the provider&apos;s records now</source>
        <translation>Busca ahora el pago desconocido seleccionado en los registros del proveedor</translation>
    </message>
    <message>
        <source>Mark as not sent…</source>
        <translation>Marcar como no enviado…</translation>
    </message>
    <message>
        <source>For a payout not found after its settling window: you decide it was not sent</source>
        <translation>Para un pago no encontrado tras su plazo de espera: usted decide que no se envió</translation>
    </message>
    <message>
        <source>Select an unknown or pending payout in the journal.</source>
        <translation>Seleccione en el diario un pago desconocido o pendiente.</translation>
    </message>
    <message>
        <source>records from %1 to %2</source>
        <translation>registros del %1 al %2</translation>
    </message>
    <message>
        <source>records under its key</source>
        <translation>registros bajo su clave</translation>
    </message>
    <message numerus="yes">
        <source>%1: searched %2, %n record(s) read: %3</source>
        <translation>
            <numerusform>%1: buscado en %2, %n registro leído: %3</numerusform>
            <numerusform>%1: buscado en %2, %n registros leídos: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a payout that was not found after its settling window can be marked as not sent. Select it in the journal.</source>
        <translation>Solo un pago no encontrado tras su plazo de espera puede marcarse como no enviado. Selecciónelo en el diario.</translation>
    </message>
    <message>
        <source>Mark as not sent</source>
        <translation>Marcar como no enviado</translation>
    </message>
    <message>
        <source>Mark the payout of %1 %2 to %3 as not sent?</source>
        <translation>¿Marcar el pago de %1 %2 a %3 como no enviado?</translation>
    </message>
    <message>
        <source>It was not found in the provider&apos;s records, but a provider may still show it later. If it was sent after all and you send it again, it is paid twice. Your decision is kept in the journal under your name.

What was searched:
%1</source>
        <translation>No se encontró en los registros del proveedor, pero un proveedor aún puede mostrarlo más tarde. Si se envió después de todo y usted lo envía de nuevo, se paga dos veces. Su decisión queda en el diario con su nombre.

Qué se buscó:
%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copies the selected payout link, to send to its payee</source>
        <translation>Copia el enlace de pago seleccionado para enviarlo a su destinatario</translation>
    </message>
    <message>
        <source>Select a payout link in the journal.</source>
        <translation>Seleccione un enlace de pago en el diario.</translation>
    </message>
    <message>
        <source>Link copied for %1: %2</source>
        <translation>Enlace copiado para %1: %2</translation>
    </message>
    <message>
        <source>Undo emergency freeze…</source>
        <translation>Deshacer congelación de emergencia…</translation>
    </message>
    <message>
        <source>Unfreezes the cards the selected emergency freeze froze, and only those</source>
        <translation>Descongela las tarjetas que congeló la congelación de emergencia seleccionada, y solo esas</translation>
    </message>
    <message>
        <source>Select a card frozen by an emergency freeze in the journal.</source>
        <translation>Seleccione en el diario una tarjeta congelada por una congelación de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s) shown, or only the selected ones?</source>
        <translation>
            <numerusform>¿Exportar la fila mostrada o solo las seleccionadas?</numerusform>
            <numerusform>¿Exportar las %n filas mostradas o solo las seleccionadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s)</source>
        <translation>
            <numerusform>La %n fila</numerusform>
            <numerusform>Las %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected</source>
        <translation>
            <numerusform>Solo la %n seleccionada</numerusform>
            <numerusform>Solo las %n seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutsWiring</name>
    <message>
        <source>Payouts are off: the local journal, which records each payout before it is sent, could not be opened.</source>
        <translation>Los pagos están desactivados: no se pudo abrir el diario local, que registra cada pago antes de enviarlo.</translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation>Pago %1 cancelado.</translation>
    </message>
    <message>
        <source>Payout %1 not cancelled: %2</source>
        <translation>Pago %1 no cancelado: %2</translation>
    </message>
    <message>
        <source>Trade scripts restricted: %1.</source>
        <translation>Scripts de trading restringidos: %1.</translation>
    </message>
    <message>
        <source>Trade scripts not restricted: %1</source>
        <translation>Scripts de trading no restringidos: %1</translation>
    </message>
    <message>
        <source>Payout sent: %1 %2 to %3 (reference %4).</source>
        <translation>Pago enviado: %1 %2 a %3 (referencia %4).</translation>
    </message>
    <message>
        <source>No quote: %1</source>
        <translation>Sin cotización: %1</translation>
    </message>
    <message>
        <source>%1 cannot open sub-accounts here.</source>
        <translation>%1 no puede abrir subcuentas aquí.</translation>
    </message>
    <message>
        <source>Sub-account “%1” opened at %2.</source>
        <translation>Subcuenta «%1» abierta en %2.</translation>
    </message>
    <message>
        <source>%1: the sub-account was not opened: %2</source>
        <translation>%1: no se abrió la subcuenta: %2</translation>
    </message>
    <message>
        <source>%1: the batches could not be read: %2</source>
        <translation>%1: no se pudieron leer los lotes: %2</translation>
    </message>
    <message>
        <source>The journal could not follow the connection %1: %2</source>
        <translation>El diario no pudo seguir a la conexión %1: %2</translation>
    </message>
    <message>
        <source>%1: the sub-account was not opened: the journal cannot be written.</source>
        <translation>%1: no se abrió la subcuenta: no se puede escribir el diario.</translation>
    </message>
    <message>
        <source>Payout sent: %1 %2 to %3 (the provider returns no reference).</source>
        <translation>Pago enviado: %1 %2 a %3 (el proveedor no devuelve referencia).</translation>
    </message>
    <message>
        <source>Not sent: while this desktop is in a team, the team&apos;s policy approves payouts one by one. Send them as single Dots payouts.</source>
        <translation>No enviado: mientras este ordenador esté en un equipo, la política de aprobación del equipo aprueba los pagos uno a uno. Envíelos como pagos de Dots individuales.</translation>
    </message>
    <message>
        <source>Not sent: the local journal, which records each payout before it is sent, could not be opened.</source>
        <translation>No enviado: no se pudo abrir el diario local, que registra cada pago antes de enviarlo.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Approval above a daily total per person</source>
        <translation>Aprobación por encima de un total diario por persona</translation>
    </message>
    <message>
        <source>Never waits</source>
        <translation>Nunca espera</translation>
    </message>
    <message>
        <source>Team policy</source>
        <translation>Política del equipo</translation>
    </message>
    <message>
        <source>Payout rules</source>
        <translation>Reglas de pago</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Añadir regla…</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>Sin espera</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Daily &amp;total (USD):</source>
        <translation>&amp;Total diario (USD):</translation>
    </message>
    <message>
        <source>Approvals &amp;above it:</source>
        <translation>Aprobaciones por &amp;encima:</translation>
    </message>
    <message>
        <source>A new bank account or address &amp;waits:</source>
        <translation>Una cuenta o dirección nueva &amp;espera:</translation>
    </message>
    <message>
        <source>&amp;Unfreezing a card:</source>
        <translation>&amp;Descongelar una tarjeta:</translation>
    </message>
    <message>
        <source>A &amp;new card:</source>
        <translation>Una tarjeta &amp;nueva:</translation>
    </message>
    <message>
        <source>A card &amp;limit above the last one set:</source>
        <translation>Un &amp;límite de tarjeta mayor que el último:</translation>
    </message>
    <message>
        <source>USD rates</source>
        <translation>Tipos en USD</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>USD for 1 unit</source>
        <translation>USD por unidad</translation>
    </message>
    <message>
        <source>Add &amp;rate</source>
        <translation>Añadir &amp;tipo</translation>
    </message>
    <message>
        <source>Remove ra&amp;te</source>
        <translation>Quitar ti&amp;po</translation>
    </message>
    <message>
        <source>The rules value amounts in other currencies at these rates; without a rate, a rule with a USD amount applies.</source>
        <translation>Las reglas valoran los importes en otras monedas a estos tipos; sin tipo, se aplica una regla con importe en USD.</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>With two admins or more, the new policy applies once another admin approves it.</source>
        <translation>Con dos administradores o más, la nueva política se aplica cuando otro administrador la aprueba.</translation>
    </message>
    <message>
        <source>Payouts that need approval</source>
        <translation>Pagos que necesitan aprobación</translation>
    </message>
    <message>
        <source>Daily total, new counterparties and cards</source>
        <translation>Total diario, contrapartes nuevas y tarjetas</translation>
    </message>
    <message>
        <source>The daily total is zero or more.</source>
        <translation>El total diario es cero o más.</translation>
    </message>
</context>
<context>
    <name>PolicyRuleDialog</name>
    <message>
        <source>Only to a counterparty never paid before</source>
        <translation>Solo a una contraparte a la que nunca se pagó</translation>
    </message>
    <message>
        <source>Only to a country never paid before</source>
        <translation>Solo a un país al que nunca se pagó</translation>
    </message>
    <message>
        <source>Policy rule</source>
        <translation>Regla de la política</translation>
    </message>
    <message>
        <source>Optional: shown to approvers beside the conditions</source>
        <translation>Opcional: se muestra a quien aprueba junto a las condiciones</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>Cualquier importe</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier proveedor</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Cualquier moneda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Above (&amp;USD):</source>
        <translation>Por encima de (&amp;USD):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Above (in &amp;that currency):</source>
        <translation>Por encima de (en &amp;esa moneda):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Approvals needed:</source>
        <translation>&amp;Aprobaciones necesarias:</translation>
    </message>
    <message>
        <source>An amount above which the rule applies is zero or more.</source>
        <translation>Un importe por encima del cual se aplica la regla es cero o más.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to: %1. Needs %n approval(s).</source>
        <translation>
            <numerusform>Se aplica a: %1. Necesita %n aprobación.</numerusform>
            <numerusform>Se aplica a: %1. Necesita %n aprobaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Preferences saved. The language and data location change at the next start.</source>
        <translation>Preferencias guardadas. El idioma y la ubicación de los datos cambian en el próximo inicio.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Comma ( , ) and a decimal point: any spreadsheet</source>
        <translation>Coma ( , ) y punto decimal: cualquier hoja de cálculo</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Ubicación de los datos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualizar:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Delimitador CSV:</translation>
    </message>
    <message>
        <source>&amp;Data location:</source>
        <translation>&amp;Ubicación de los datos:</translation>
    </message>
    <message>
        <source>Language and data location take effect at the next start. The data location holds the transactions, balance history and payout journal; secrets stay in the system keychain.</source>
        <translation>El idioma y la ubicación de los datos se aplican en el próximo inicio. La ubicación de los datos guarda las transacciones, el historial de saldos y el diario de pagos; los secretos siguen en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep looking for a lost payout at %1</source>
        <translation>Seguir buscando un pago perdido en %1</translation>
    </message>
    <message>
        <source>When a payout&apos;s answer is lost, look for it in the provider&apos;s records this long before asking you whether it was sent:</source>
        <translation>Si se pierde la respuesta a un pago, buscarlo en los registros del proveedor durante este tiempo antes de preguntarle si se envió:</translation>
    </message>
    <message>
        <source>Lost answers</source>
        <translation>Respuestas perdidas</translation>
    </message>
    <message>
        <source>Byte order mark in CSV files (Excel needs it for UTF-8)</source>
        <translation>Marca de orden de bytes en los CSV (Excel la necesita para UTF-8)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Count USDC and USDT without a rate at 1.00 USD in the total</source>
        <translation>Contar USDC y USDT sin tipo a 1,00 USD en el total</translation>
    </message>
    <message>
        <source>&amp;Valuation:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>Spreadsheet in this language: its decimal mark, dates as dates</source>
        <translation>Hoja de cálculo en este idioma: su separador decimal, fechas como fechas</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>The provider&apos;s answer could not be read: %1.</source>
        <translation>No se pudo leer la respuesta del proveedor: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>%1 The provider said: &quot;%2&quot;</source>
        <translation>%1 El proveedor dijo: «%2»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No journal entry %1.</source>
        <translation>No hay ninguna entrada del diario %1.</translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>No se puede abrir el almacén local %1: %2</translation>
    </message>
    <message>
        <source>The local store %1 failed: %2</source>
        <translation>El almacén local %1 falló: %2</translation>
    </message>
    <message>
        <source>The local store %1 is not a database.</source>
        <translation>El almacén local %1 no es una base de datos.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer Treasury Desk (schema %2, this version knows %3). Update the app.</source>
        <translation>El almacén local %1 lo escribió un Treasury Desk más reciente (esquema %2, esta versión conoce %3). Actualice la aplicación.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Columna desconocida «%1».</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The CSV was written, but not its manifest %1: %2</source>
        <translation>Se escribió el CSV, pero no su manifiesto %1: %2</translation>
    </message>
    <message>
        <source>The local store could not %1: %2</source>
        <translation>El almacén local no pudo %1: %2</translation>
    </message>
    <message>
        <source>start a write</source>
        <translation>iniciar una escritura</translation>
    </message>
    <message>
        <source>save transaction %1</source>
        <translation>guardar la transacción %1</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>guardar la posición de sincronización</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>count transactions</source>
        <translation>contar las transacciones</translation>
    </message>
    <message>
        <source>remove the connection&apos;s transactions</source>
        <translation>quitar las transacciones de la conexión</translation>
    </message>
    <message>
        <source>rename the connection</source>
        <translation>cambiar el nombre de la conexión</translation>
    </message>
    <message>
        <source>The local store is not an open SQLite database.</source>
        <translation>El almacén local no es una base de datos SQLite abierta.</translation>
    </message>
    <message>
        <source>The local store could not read transactions: %1</source>
        <translation>El almacén local no pudo leer transacciones: %1</translation>
    </message>
    <message>
        <source>give the connection&apos;s history its id</source>
        <translation>asignar su identificador al historial de la conexión</translation>
    </message>
    <message>
        <source>Journal entry %1 is not open.</source>
        <translation>La entrada %1 del diario no está abierta.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not waiting for a decision.</source>
        <translation>La entrada %1 del diario no espera ninguna decisión.</translation>
    </message>
    <message>
        <source>Updating the local store %1 from schema %2 to %3 failed at &quot;%4&quot;: %5. The store is unchanged at schema %2; free disk space or restore a backup, then start again.</source>
        <translation>La actualización del almacén local %1 del esquema %2 al %3 falló en «%4»: %5. El almacén sigue sin cambios en el esquema %2; libere espacio en disco o restaure una copia de seguridad y vuelva a empezar.</translation>
    </message>
    <message>
        <source>The CSV was written, but an older manifest %1 beside it could not be removed; delete it by hand.</source>
        <translation>El CSV se escribió, pero no se pudo quitar un manifiesto anterior %1 a su lado; bórrelo a mano.</translation>
    </message>
</context>
<context>
    <name>RecipientsController</name>
    <message>
        <source>The connection %1 is not open.</source>
        <translation>La conexión %1 no está abierta.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 (%3).</source>
        <translation>Guardado: %1 %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Search recipients</source>
        <translation>Buscar destinatarios</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Prefijo del país</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Payout setup link…</source>
        <translation>Enlace de configuración de pagos…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Buscar por nombre o correo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sent to DART only, never kept</source>
        <translation>Solo se envía a DART, nunca se guarda</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Nuevo destinatario</translation>
    </message>
    <message>
        <source>ID / user name</source>
        <translation>ID / nombre de usuario</translation>
    </message>
    <message>
        <source>Phone country code</source>
        <translation>Prefijo telefónico del país</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opens, in the browser, the page where this Dots user chooses how to be paid</source>
        <translation>Abre en el navegador la página donde este usuario de Dots elige cómo cobrar</translation>
    </message>
    <message>
        <source>Trade scripts</source>
        <translation>Scripts de trading</translation>
    </message>
    <message>
        <source>Trade script</source>
        <translation>Script de trading</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Depositado</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valor del token</translation>
    </message>
    <message>
        <source>Token, e.g. Chaos</source>
        <translation>Token, p. ej. Chaos</translation>
    </message>
    <message>
        <source>&lt;b&gt;DART trade scripts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scripts de trading de DART&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>Se abrió %1 en el navegador.</translation>
    </message>
    <message>
        <source>First name, last name and email are required.</source>
        <translation>El nombre, el apellido y el correo son obligatorios.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>A new %1 needs a user name.</source>
        <translation>Alta (%1): falta el nombre de usuario.</translation>
    </message>
    <message>
        <source>A new %1 needs a password.</source>
        <translation>Alta (%1): falta la contraseña.</translation>
    </message>
    <message>
        <source>A new %1 needs a phone number with its country code.</source>
        <translation>Alta (%1): falta el teléfono con su prefijo de país.</translation>
    </message>
    <message>
        <source>Not opened: the provider&apos;s link is not an https address.</source>
        <translation>No se abrió: el enlace del proveedor no es una dirección https.</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>Stopping the refresh…</source>
        <translation>Deteniendo la actualización…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refresh stopped; what is shown is from before.</source>
        <translation>Actualización detenida; lo que se muestra es de antes.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>No se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the file&apos;s own path.</source>
        <translation>%1 es un enlace simbólico; indique la ruta del propio archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or folder); nothing was written.</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o una carpeta); no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
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
        <translation>%1: el secreto guardado no tiene la forma esperada; vuelva a introducirlo en Archivo → Conexiones.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Group spend by</source>
        <translation>Agrupar el gasto por</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By card</source>
        <translation>Por tarjeta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>No spend in the filtered transactions</source>
        <translation>No hay gasto en las transacciones filtradas</translation>
    </message>
    <message>
        <source>Other cards</source>
        <translation>Otras tarjetas</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) out, %1 %2 in all</source>
        <translation>
            <numerusform>%n pago saliente, %1 %2 en total</numerusform>
            <numerusform>%n pagos salientes, %1 %2 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend chart</source>
        <translation>Gráfico de gastos</translation>
    </message>
</context>
<context>
    <name>TeamAdminPanel</name>
    <message>
        <source>Re&amp;ject change</source>
        <translation>Rec&amp;hazar el cambio</translation>
    </message>
    <message>
        <source>Changes waiting for a second admin</source>
        <translation>Cambios que esperan a un segundo administrador</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Proposes a new policy; with two admins, the other one approves it</source>
        <translation>Propone una política nueva; con dos administradores, la aprueba el otro</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar el &amp;rol…</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>Rol de %1: %2</translation>
    </message>
    <message>
        <source>none (leaves the team)</source>
        <translation>ninguno (deja el equipo)</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Política nueva</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Cambiar un rol</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Appr&amp;ove change</source>
        <translation>Apr&amp;obar el cambio</translation>
    </message>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>&amp;Editar la política…</translation>
    </message>
    <message>
        <source>S&amp;hare a connection…</source>
        <translation>Com&amp;partir una conexión…</translation>
    </message>
    <message>
        <source>Shares one of this desktop&apos;s connections with the team, without its secret: each colleague types their own</source>
        <translation>Comparte con el equipo una conexión de este ordenador, sin su secreto: cada compañero escribe el suyo</translation>
    </message>
    <message>
        <source>Share a connection</source>
        <translation>Compartir una conexión</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>Com&amp;partir</translation>
    </message>
    <message>
        <source>Its name, provider, address and settings go to the team; its secret stays in this desktop&apos;s keychain.</source>
        <translation>Su nombre, proveedor, dirección y ajustes van al equipo; su secreto se queda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>&amp;Vouch for key…</source>
        <translation>A&amp;valar clave…</translation>
    </message>
    <message>
        <source>New keys waiting for an admin</source>
        <translation>Claves nuevas que esperan a un administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Signs the colleague&apos;s new key with yours, after you compared its fingerprint with them</source>
        <translation>Firma con la suya la clave nueva del colega, después de comparar su huella con esa persona</translation>
    </message>
    <message>
        <source>Vouch for a new key</source>
        <translation>Avalar una clave nueva</translation>
    </message>
    <message>
        <source>Sign %1&apos;s new key with yours?

%2

Compare this fingerprint with %1 by phone or in person first: once you sign, every desktop takes their requests and decisions made with it.</source>
        <translation>¿Firmar con la suya la clave nueva de %1?

%2

Compare antes esta huella con %1 por teléfono o en persona: una vez firmada, todos los equipos aceptan las solicitudes y decisiones hechas con ella.</translation>
    </message>
</context>
<context>
    <name>TeamCardGate</name>
    <message>
        <source>Not sent: no connection named %1.</source>
        <translation>No enviado: no hay ninguna conexión llamada %1.</translation>
    </message>
    <message>
        <source>Not done: the connection %1 is not open on this desktop, or the team journal&apos;s request cannot be read.</source>
        <translation>No realizado: la conexión %1 no está abierta en este ordenador o no se puede leer la solicitud del diario del equipo.</translation>
    </message>
    <message>
        <source>%1: the team journal refused it; nothing was done: %2</source>
        <translation>%1: el diario del equipo lo rechazó; no se hizo nada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: in the team journal, waiting for %n approval(s) (%2). Nothing is done until then.</source>
        <translation>
            <numerusform>%1: en el diario del equipo, espera %n aprobación (%2). No se hace nada hasta entonces.</numerusform>
            <numerusform>%1: en el diario del equipo, espera %n aprobaciones (%2). No se hace nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved, but another desktop of the team is doing it.</source>
        <translation>Aprobado, pero otro ordenador del equipo lo está haciendo.</translation>
    </message>
    <message>
        <source>Approved, but not done from here: %1</source>
        <translation>Aprobado, pero no se hizo desde aquí: %1</translation>
    </message>
    <message>
        <source>%1: done for the team.</source>
        <translation>%1: hecho para el equipo.</translation>
    </message>
    <message>
        <source>%1: not done: %2</source>
        <translation>%1: no realizado: %2</translation>
    </message>
    <message>
        <source>%1: no answer (%2). The card list shows whether it took effect.</source>
        <translation>%1: sin respuesta (%2). La lista de tarjetas muestra si tuvo efecto.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved, or one this desktop cannot carry out</source>
        <translation>el diario del equipo devolvió otra solicitud distinta de la aprobada, o una que este escritorio no puede ejecutar</translation>
    </message>
    <message>
        <source>%1: not done: %2.</source>
        <translation>%1: no se hizo: %2.</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt is missing (Debian: libqt6sql6-psql)</source>
        <translation>falta el controlador de PostgreSQL para Qt (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the certificate authority file %1 does not exist</source>
        <translation>el archivo de la autoridad de certificación %1 no existe</translation>
    </message>
    <message>
        <source>the team database did not answer</source>
        <translation>la base de datos del equipo no respondió</translation>
    </message>
    <message>
        <source>not connected to the team database</source>
        <translation>sin conexión con la base de datos del equipo</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>the database has no team schema yet: its owner runs treasuryctl team init</source>
        <translation>la base de datos aún no tiene esquema de equipo: su propietario ejecuta treasuryctl team init</translation>
    </message>
    <message>
        <source>the team database is at schema %1, newer than this Treasury Desk knows (%2): update Treasury Desk before changing anything</source>
        <translation>la base de datos del equipo está en el esquema %1, más nuevo del que conoce este Treasury Desk (%2): actualice Treasury Desk antes de cambiar nada</translation>
    </message>
    <message>
        <source>the team database is at schema %1 and this Treasury Desk needs %2: its owner runs treasuryctl team init to upgrade it</source>
        <translation>la base de datos del equipo está en el esquema %1 y este Treasury Desk necesita el %2: su propietario la actualiza con treasuryctl team init</translation>
    </message>
    <message>
        <source>the team database answered an unknown state</source>
        <translation>la base de datos del equipo respondió un estado desconocido</translation>
    </message>
    <message>
        <source>no payout has the key %1</source>
        <translation>ningún pago tiene la clave %1</translation>
    </message>
    <message>
        <source>the request holds something a team request cannot carry</source>
        <translation>la solicitud contiene algo que una solicitud del equipo no puede llevar</translation>
    </message>
    <message>
        <source>this desktop has no signing key for the team: log in to the team again</source>
        <translation>este equipo no tiene clave de firma para el equipo de trabajo: vuelva a iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>the team database filed another request than this desktop&apos;s</source>
        <translation>la base de datos del equipo registró otra solicitud que la de este equipo</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>the signatures could not be read: %1</source>
        <translation>no se pudieron leer las firmas: %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Approval policy</source>
        <translation>Política de aprobación</translation>
    </message>
    <message>
        <source>Team &amp;database:</source>
        <translation>&amp;Base de datos del equipo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>&amp;Add to this desktop…</source>
        <translation>&amp;Añadir a este ordenador…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Team connections</source>
        <translation>Conexiones del equipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>On this desktop</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>Adds the selected connection as the team shares it; you type this desktop&apos;s secret</source>
        <translation>Añade la conexión seleccionada tal como la comparte el equipo; usted escribe el secreto de este ordenador</translation>
    </message>
    <message>
        <source>Recomputes the audit log&apos;s hash chain and checks that it only grew since this desktop last looked</source>
        <translation>Recalcula la cadena de hashes del registro de auditoría y comprueba que solo creció desde la última vez que este ordenador lo miró</translation>
    </message>
    <message>
        <source>Connections the team shares</source>
        <translation>Conexiones que comparte el equipo</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>sin clave aún</translation>
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
        <translation>%1 tiene una clave nueva (%2) que ningún administrador aprobó aún: sus firmas con ella no cuentan</translation>
    </message>
    <message>
        <source>%1&apos;s key %2 is pinned on this desktop: compare it with them</source>
        <translation>La clave %2 de %1 queda fijada en este equipo: compárela con esa persona</translation>
    </message>
    <message>
        <source>%1&apos;s key changed to %2, approved by an admin</source>
        <translation>La clave de %1 cambió a %2, aprobada por un administrador</translation>
    </message>
    <message>
        <source>%1&apos;s key in the team database (%2) is not the one this desktop pinned (%3): their signatures are refused</source>
        <translation>La clave de %1 en la base de datos del equipo (%2) no es la que fijó este equipo (%3): sus firmas se rechazan</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>a team database is given as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>una base de datos de equipo se indica como postgresql://USUARIO@HOST[:PUERTO]/BASE</translation>
    </message>
    <message>
        <source>the URL holds a password, which would be kept in plain text: leave it out and give the password when asked (it goes to the keychain)</source>
        <translation>la URL contiene una contraseña, que se guardaría en texto plano: omítala e introduzca la contraseña cuando se pida (va al llavero)</translation>
    </message>
    <message>
        <source>only sslmode=verify-full may be given: the team database is reached over verified TLS or, on this computer, directly</source>
        <translation>solo se admite sslmode=verify-full: a la base de datos del equipo se llega por TLS verificado o, en este ordenador, directamente</translation>
    </message>
</context>
<context>
    <name>TeamPayoutSender</name>
    <message>
        <source>Not sent: no connection named %1.</source>
        <translation>No enviado: ninguna conexión se llama %1.</translation>
    </message>
    <message>
        <source>The team journal refused it; nothing was sent: %1</source>
        <translation>El diario del equipo lo rechazó; no se envió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the team journal, waiting for %n approval(s) (%1). Nothing is sent until then.</source>
        <translation>
            <numerusform>En el diario del equipo, a la espera de %n aprobación (%1). No se envía nada hasta entonces.</numerusform>
            <numerusform>En el diario del equipo, a la espera de %n aprobaciones (%1). No se envía nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved, but the new bank account or address is held until %1 unless an admin releases it. Nothing is sent until then.</source>
        <translation>Aprobado, pero la nueva cuenta bancaria o dirección queda retenida hasta %1 salvo que un administrador la libere. No se envía nada hasta entonces.</translation>
    </message>
    <message>
        <source>Approved, but another desktop of the team is sending it.</source>
        <translation>Aprobado, pero otro escritorio del equipo lo está enviando.</translation>
    </message>
    <message>
        <source>Approved, but not sent from here: %1</source>
        <translation>Aprobado, pero no enviado desde aquí: %1</translation>
    </message>
    <message>
        <source>Payout %1 was handled, but the team journal could not record its outcome: %2</source>
        <translation>El pago %1 se tramitó, pero el diario del equipo no pudo registrar su resultado: %2</translation>
    </message>
    <message>
        <source>The team&apos;s policy could not be checked: %1</source>
        <translation>No se pudo consultar la política de aprobación del equipo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team policy: needs %n approval(s) before it is sent (%1).</source>
        <translation>
            <numerusform>Política del equipo: necesita %n aprobación antes de enviarse (%1).</numerusform>
            <numerusform>Política del equipo: necesita %n aprobaciones antes de enviarse (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team policy: no approval needed.</source>
        <translation>Política del equipo: no necesita aprobación.</translation>
    </message>
    <message>
        <source>The new bank account or address is held until %1 unless an admin releases it.</source>
        <translation>La nueva cuenta bancaria o dirección queda retenida hasta %1, salvo que un administrador la libere.</translation>
    </message>
    <message>
        <source>Not sent: the team journal&apos;s request cannot be read.</source>
        <translation>No enviado: no se puede leer la solicitud del diario del equipo.</translation>
    </message>
    <message>
        <source>Not sent: the connection %1 is not open on this desktop, or it does not send this kind of payout.</source>
        <translation>No enviado: la conexión %1 no está abierta en este ordenador o no envía este tipo de pago.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was lost. The payout is being checked against its records; do not send it again.</source>
        <translation>Se perdió la respuesta del proveedor. El pago se está comprobando con sus registros; no lo envíe de nuevo.</translation>
    </message>
    <message>
        <source>Sent from this desktop; the provider&apos;s reference is %1.</source>
        <translation>Enviado desde este ordenador; la referencia del proveedor es %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Taken over from %1, which stopped while it was in flight; checked against the provider&apos;s records, never sent again.</source>
        <translation>Tomado de %1, que se detuvo mientras estaba en curso; se comprueba con los registros del proveedor y nunca se envía de nuevo.</translation>
    </message>
    <message>
        <source>Payout %1 could not be taken over: %2</source>
        <translation>No se pudo tomar el pago %1: %2</translation>
    </message>
    <message>
        <source>Not sent: it was filed before team requests were documents; ask for it again.</source>
        <translation>No enviado: se registró antes de que las solicitudes del equipo fueran documentos; vuelva a solicitarlo.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved</source>
        <translation>el diario del equipo devolvió otra solicitud distinta de la aprobada</translation>
    </message>
    <message>
        <source>the team journal&apos;s request cannot be read</source>
        <translation>no se puede leer la solicitud del diario del equipo</translation>
    </message>
    <message>
        <source>its connection is not open on this desktop, or does not send this payout</source>
        <translation>su conexión no está abierta en este escritorio o no envía este pago</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
</context>
<context>
    <name>TeamPayoutsModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved, not sent</source>
        <translation>Aprobado, no enviado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown: being checked</source>
        <translation>Desconocido: en comprobación</translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1 aprobó: %2</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 rechazó: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Unfreeze card %1</source>
        <translation>Descongelar la tarjeta %1</translation>
    </message>
    <message>
        <source>Spend limit of card %1</source>
        <translation>Límite de gasto de la tarjeta %1</translation>
    </message>
    <message>
        <source>New card “%1”</source>
        <translation>Tarjeta nueva «%1»</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Approved, new account held until %1</source>
        <translation>Aprobado, cuenta nueva retenida hasta %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Asked by %1 on %2</source>
        <translation>Solicitado por %1 el %2</translation>
    </message>
    <message>
        <source>Rules: %1 (%2 of %3 approvals)</source>
        <translation>Reglas: %1 (%2 de %3 aprobaciones)</translation>
    </message>
    <message>
        <source>Request fingerprint: %1</source>
        <translation>Huella de la solicitud: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>TeamPolicy</name>
    <message>
        <source>over %1 USD</source>
        <translation>más de %1 USD</translation>
    </message>
    <message>
        <source>over %1 %2</source>
        <translation>más de %1 %2</translation>
    </message>
    <message>
        <source>in the payout&apos;s currency</source>
        <translation>en la moneda del pago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>to a new counterparty</source>
        <translation>a una contraparte nueva</translation>
    </message>
    <message>
        <source>to a new country</source>
        <translation>a un país nuevo</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>from connection %1</source>
        <translation>desde la conexión %1</translation>
    </message>
    <message>
        <source>any payout</source>
        <translation>cualquier pago</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n approval(s)</source>
        <translation>
            <numerusform>%1: %n aprobación</numerusform>
            <numerusform>%1: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a person&apos;s payouts above %1 USD in a day: %n approval(s)</source>
        <translation>
            <numerusform>pagos de una persona por más de %1 USD en un día: %n aprobación</numerusform>
            <numerusform>pagos de una persona por más de %1 USD en un día: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new bank account or address waits %n hour(s)</source>
        <translation>
            <numerusform>una cuenta o dirección nueva espera %n hora</numerusform>
            <numerusform>una cuenta o dirección nueva espera %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unfreezing a card: %n approval(s)</source>
        <translation>
            <numerusform>descongelar una tarjeta: %n aprobación</numerusform>
            <numerusform>descongelar una tarjeta: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a new card: %n approval(s)</source>
        <translation>
            <numerusform>una tarjeta nueva: %n aprobación</numerusform>
            <numerusform>una tarjeta nueva: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a card limit above the last one the team set: %n approval(s)</source>
        <translation>
            <numerusform>un límite de tarjeta mayor que el último fijado por el equipo: %n aprobación</numerusform>
            <numerusform>un límite de tarjeta mayor que el último fijado por el equipo: %n aprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 %1 = %2 USD</source>
        <translation>1 %1 = %2 USD</translation>
    </message>
    <message>
        <source>amounts valued at %1</source>
        <translation>importes valorados a %1</translation>
    </message>
    <message>
        <source>The USD rate of “%1” must be a currency code and a number above zero, such as 1.08.</source>
        <translation>El tipo en USD de «%1» necesita un código de moneda y un número mayor que cero, como 1,08.</translation>
    </message>
    <message>
        <source>Each rule needs at least one approval.</source>
        <translation>Cada regla necesita al menos una aprobación.</translation>
    </message>
    <message>
        <source>a person&apos;s daily total above %1 USD</source>
        <translation>total diario de una persona por encima de %1 USD</translation>
    </message>
    <message>
        <source>a person&apos;s daily total</source>
        <translation>total diario de una persona</translation>
    </message>
    <message>
        <source>unfreezing a card</source>
        <translation>descongelar una tarjeta</translation>
    </message>
    <message>
        <source>a new card</source>
        <translation>una tarjeta nueva</translation>
    </message>
    <message>
        <source>a card limit above the last one the team set</source>
        <translation>un límite de tarjeta mayor que el último fijado por el equipo</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>%1, applied because the policy has no USD rate for the currency</source>
        <translation>%1, aplicada porque la política no tiene tipo en USD para la moneda</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1 is missing from this build</source>
        <translation>%1 falta en esta compilación</translation>
    </message>
    <message>
        <source>the team database is at schema %1, not %2</source>
        <translation>la base de datos del equipo está en el esquema %1, no en el %2</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (falta)</translation>
    </message>
    <message>
        <source> (defined by no file of this build)</source>
        <translation> (no lo define ningún archivo de esta compilación)</translation>
    </message>
</context>
<context>
    <name>TeamSignatures</name>
    <message>
        <source>the request does not match its hash</source>
        <translation>la solicitud no coincide con su hash</translation>
    </message>
    <message>
        <source>no key of %1, who asked for it, is pinned on this desktop</source>
        <translation>ninguna clave de %1, quien la pidió, está fijada en este equipo</translation>
    </message>
    <message>
        <source>%1&apos;s signature does not cover this request with %2 approvals</source>
        <translation>la firma de %1 no cubre esta solicitud con %2 aprobaciones</translation>
    </message>
    <message>
        <source>%1 rejected it</source>
        <translation>%1 la rechazó</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 approvals carry a valid signature from a pinned key</source>
        <translation>
            <numerusform>%n de %1 aprobaciones lleva una firma válida de una clave fijada</numerusform>
            <numerusform>%n de %1 aprobaciones llevan una firma válida de una clave fijada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSigningKeys</name>
    <message>
        <source>the team signing key in the keychain is damaged</source>
        <translation>la clave de firma del equipo en el llavero está dañada</translation>
    </message>
    <message>
        <source>no signing key could be made</source>
        <translation>no se pudo crear una clave de firma</translation>
    </message>
</context>
<context>
    <name>TeamWiring</name>
    <message>
        <source>In the team as %1 (%2).</source>
        <translation>En el equipo como %1 (%2).</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>In the team as %1 again.</source>
        <translation>De nuevo en el equipo como %1.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; trying again…</source>
        <translation>No se puede acceder a la base de datos del equipo; reintentando…</translation>
    </message>
    <message>
        <source>Your decision is recorded.</source>
        <translation>Su decisión quedó registrada.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Conectando con la base de datos del equipo…</translation>
    </message>
    <message>
        <source>The team password is not in the keychain: File → Team… logs in again.</source>
        <translation>La contraseña del equipo no está en el llavero: Archivo → Equipo… vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact and only grown since this desktop last looked.</source>
        <translation>
            <numerusform>Registro de auditoría: %n fila, la cadena intacta y solo ha crecido desde la última vez que este ordenador lo miró.</numerusform>
            <numerusform>Registro de auditoría: %n filas, la cadena intacta y solo ha crecido desde la última vez que este ordenador lo miró.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s audit log does not verify: %1. Tell an admin before relying on the team journal.</source>
        <translation>El registro de auditoría del equipo no se verifica: %1. Avise a un administrador antes de fiarse del diario del equipo.</translation>
    </message>
    <message>
        <source>Not proposed: %1</source>
        <translation>No propuesto: %1</translation>
    </message>
    <message>
        <source>The change applies now: the team has one admin.</source>
        <translation>El cambio se aplica ya: el equipo tiene un solo administrador.</translation>
    </message>
    <message>
        <source>Proposed: it applies once another admin approves it.</source>
        <translation>Propuesto: se aplica cuando otro administrador lo apruebe.</translation>
    </message>
    <message>
        <source>Approved: the change applies.</source>
        <translation>Aprobado: el cambio se aplica.</translation>
    </message>
    <message>
        <source>Rejected: nothing changes.</source>
        <translation>Rechazado: nada cambia.</translation>
    </message>
    <message>
        <source>%1 is shared with the team; each colleague adds it with their own secret.</source>
        <translation>%1 se comparte con el equipo; cada compañero la añade con su propio secreto.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>No compartida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s), the chain intact. This desktop had not looked before; compare its checkpoint %1 with a colleague&apos;s (treasuryctl audit checkpoint).</source>
        <translation>
            <numerusform>Registro de auditoría: %n fila, la cadena intacta. Este equipo no lo había revisado antes; compare su punto de control %1 con el de un colega (treasuryctl audit checkpoint).</numerusform>
            <numerusform>Registro de auditoría: %n filas, la cadena intacta. Este equipo no lo había revisado antes; compare su punto de control %1 con el de un colega (treasuryctl audit checkpoint).</numerusform>
        </translation>
    </message>
    <message>
        <source>This desktop&apos;s signing key %1 is new to the team: until an admin approves it, your requests and decisions do not count.</source>
        <translation>La clave de firma %1 de este equipo es nueva para el equipo de trabajo: hasta que un administrador la apruebe, sus solicitudes y decisiones no cuentan.</translation>
    </message>
    <message>
        <source>No team signing key (requests and decisions cannot be signed): %1</source>
        <translation>Sin clave de firma del equipo (no se pueden firmar solicitudes ni decisiones): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n firma comprobada con las claves que fijó este equipo.</numerusform>
            <numerusform>%n firmas comprobadas con las claves que fijó este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s new key is signed with yours: every desktop takes it now.</source>
        <translation>La clave nueva de %1 está firmada con la suya: todos los equipos la aceptan ya.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>No firmado: %1</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <source>Transaction details</source>
        <translation>Detalles de la transacción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Date (local)</source>
        <translation>Fecha (local)</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de la transacción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Salida de dinero</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Entrada de dinero</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Merchant country</source>
        <translation>País del comercio</translation>
    </message>
    <message>
        <source>As the provider sent it</source>
        <translation>Tal como lo envió el proveedor</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(no se guarda)</translation>
    </message>
    <message>
        <source>%1 (the provider&apos;s word: %2)</source>
        <translation>%1 (según el proveedor: %2)</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Comisión de red</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Comisión de plataforma</translation>
    </message>
    <message>
        <source>Priced at</source>
        <translation>Valorado en</translation>
    </message>
    <message>
        <source>On chain as</source>
        <translation>En cadena como</translation>
    </message>
</context>
<context>
    <name>TransactionFilterBar</name>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Hasta la fecha (incluida)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todas las tarjetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Entradas y salidas</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Salida de dinero</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Entrada de dinero</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Importe mín.</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Importe máx.</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <source>Search merchant, card, status or ID</source>
        <translation>Buscar comercio, tarjeta, estado o ID</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Buscar transacciones</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>No es un importe: %1</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Settled in</source>
        <translation>Liquidado entrada</translation>
    </message>
    <message>
        <source>Settled out</source>
        <translation>Liquidado salida</translation>
    </message>
    <message>
        <source>Pending in</source>
        <translation>Pendiente entrada</translation>
    </message>
    <message>
        <source>Pending out</source>
        <translation>Pendiente salida</translation>
    </message>
    <message>
        <source>Did not move</source>
        <translation>No movido</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Settled rows</source>
        <translation>Filas liquidadas</translation>
    </message>
    <message>
        <source>Pending rows</source>
        <translation>Filas pendientes</translation>
    </message>
    <message>
        <source>Rows that did not move</source>
        <translation>Filas sin movimiento</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>demasiado grande para sumar</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>UTC, as the provider recorded them</source>
        <translation>UTC, tal como las registró el proveedor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) have more than 15 significant digits, more than a spreadsheet number holds exactly: they are text cells, exact.</source>
        <translation>
            <numerusform>%n importe tiene más de 15 cifras significativas, más de las que un número de hoja de cálculo guarda con exactitud: es una celda de texto, exacta.</numerusform>
            <numerusform>%n importes tienen más de 15 cifras significativas, más de las que un número de hoja de cálculo guarda con exactitud: son celdas de texto, exactas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Columna desconocida «%1».</translation>
    </message>
    <message>
        <source>A worksheet holds at most %1 rows below its header, and these are %2. Narrow the filter, or export CSV, which has no such limit.</source>
        <translation>Una hoja admite como máximo %1 filas bajo su encabezado, y estas son %2. Acote el filtro o exporte a CSV, que no tiene ese límite.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Settled fees</source>
        <translation>Comisiones liquidadas</translation>
    </message>
    <message>
        <source>Pending fees</source>
        <translation>Comisiones pendientes</translation>
    </message>
    <message>
        <source>Settled and pending count what moved or will move; fees are money out on top of the amounts, and net is in minus out minus fees; declined, failed, cancelled and reversed rows are counted apart as &quot;did not move&quot;.</source>
        <translation>Liquidado y pendiente cuentan lo que se movió o se moverá; las comisiones son salidas además de los importes, y el neto es entradas menos salidas menos comisiones; las filas rechazadas, fallidas, canceladas y revertidas se cuentan aparte como «no se movió».</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID transacción</translation>
    </message>
    <message>
        <source>The provider&apos;s word: %1</source>
        <translation>Según el proveedor: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Spend chart</source>
        <translation>Gráfico de gasto</translation>
    </message>
    <message>
        <source> — too large to add up exactly</source>
        <translation> — demasiado grande para sumarlo con exactitud</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 transactions</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 transacciones</translation>
    </message>
    <message>
        <source>Exporting %1 transactions…</source>
        <translation>Exportando %1 transacciones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, out %3, net %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; entradas %2, salidas %3, neto %4</translation>
    </message>
    <message numerus="yes">
        <source>, %n not moved</source>
        <translation>
            <numerusform>, %n sin movimiento</numerusform>
            <numerusform>, %n sin movimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settled (%2)&lt;/td&gt;&lt;td&gt;in %3&lt;/td&gt;&lt;td&gt;out %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;pending (%5)&lt;/td&gt;&lt;td&gt;in %6&lt;/td&gt;&lt;td&gt;out %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;not moved (%8)&lt;/td&gt;&lt;td colspan=2&gt;%9&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;liquidadas (%2)&lt;/td&gt;&lt;td&gt;entradas %3&lt;/td&gt;&lt;td&gt;salidas %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;pendientes (%5)&lt;/td&gt;&lt;td&gt;entradas %6&lt;/td&gt;&lt;td&gt;salidas %7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;sin movimiento (%8)&lt;/td&gt;&lt;td colspan=2&gt;%9&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to %1.</source>
        <translation>
            <numerusform>%n transacción escrita en %1.</numerusform>
            <numerusform>%n transacciones escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con esta exportación?</translation>
    </message>
    <message numerus="yes">
        <source>+%n more currency(ies)</source>
        <translation>
            <numerusform>+%n moneda más</numerusform>
            <numerusform>+%n monedas más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;incomplete&lt;/b&gt;: %1 read in part</source>
        <translation>&lt;b&gt;incompleto&lt;/b&gt;: %1 leído en parte</translation>
    </message>
    <message>
        <source> (fees %1)</source>
        <translation> (comisiones %1)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;fees&lt;/td&gt;&lt;td&gt;settled %1&lt;/td&gt;&lt;td&gt;pending %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;comisiones&lt;/td&gt;&lt;td&gt;liquidadas %1&lt;/td&gt;&lt;td&gt;pendientes %2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Totals count what moved (settled) and what will (pending), with the provider&apos;s fees as money out; declined, failed, cancelled and reversed rows did not move and are counted apart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los totales cuentan lo que se movió (liquidado) y lo que se moverá (pendiente), con las comisiones del proveedor como salidas; las filas rechazadas, fallidas, canceladas y revertidas no se movieron y se cuentan aparte.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Treasuryctl</name>
    <message>
        <source>A saved connection; its secret comes from the keychain.</source>
        <translation>Una conexión guardada; su secreto viene del llavero.</translation>
    </message>
    <message>
        <source>Ad hoc: the API root as the provider documents it.</source>
        <translation>Ad hoc: la raíz de la API tal como la documenta el proveedor.</translation>
    </message>
    <message>
        <source>Ad hoc: the environment variable holding the secret (id:secret for two-part credentials). Secrets are never taken as arguments.</source>
        <translation>Ad hoc: la variable de entorno que contiene el secreto (id:secret para credenciales de dos partes). Los secretos nunca se aceptan como argumentos.</translation>
    </message>
    <message>
        <source>A non-secret setting, KEY=VALUE (Dots app_id, DART customers).</source>
        <translation>Un ajuste no secreto, KEY=VALUE (app_id de Dots, customers de DART).</translation>
    </message>
    <message>
        <source>The command-line twin of Treasury Desk, for scripted exports and checks.</source>
        <translation>El gemelo de línea de órdenes de Treasury Desk, para exportaciones y comprobaciones con scripts.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Qué hacer (vea los comandos).</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>no se indicó ningún comando; pruebe --help</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Reaches the provider; prints OK or the error.</source>
        <translation>Contacta con el proveedor; imprime OK o el error.</translation>
    </message>
    <message>
        <source>Only cards whose name or last four digits contain TEXT.</source>
        <translation>Solo las tarjetas cuyo nombre o últimos cuatro dígitos contengan TEXTO.</translation>
    </message>
    <message>
        <source>Only cards whose name contains TEXT (asked of the provider where it can).</source>
        <translation>Solo las tarjetas cuyo nombre contenga TEXTO (se pregunta al proveedor cuando puede).</translation>
    </message>
    <message>
        <source>Only cards ending in these four digits.</source>
        <translation>Solo las tarjetas que terminan en estos cuatro dígitos.</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>Desde este día.</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Hasta este día, incluido.</translation>
    </message>
    <message>
        <source>Write CSV to FILE, or - for stdout.</source>
        <translation>Escribir el CSV en ARCHIVO, o - para stdout.</translation>
    </message>
    <message>
        <source>The CSV delimiter: , or ;</source>
        <translation>El delimitador del CSV: , o ;</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 BOM (for Excel).</source>
        <translation>Empezar el CSV con una BOM UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>Only the transaction with this id, read from the provider.</source>
        <translation>Solo la transacción con este id, leída del proveedor.</translation>
    </message>
    <message>
        <source>The new connection&apos;s name.</source>
        <translation>El nombre de la nueva conexión.</translation>
    </message>
    <message>
        <source>sandbox, production or custom.</source>
        <translation>sandbox, production o custom.</translation>
    </message>
    <message>
        <source>wallets list: the sub-accounts; wallets show ID: one&apos;s balances; wallets create NAME [--external-id ID]: opens a sub-account.</source>
        <translation>wallets list: las subcuentas; wallets show ID: los saldos de una; wallets create NOMBRE [--external-id ID]: abre una subcuenta.</translation>
    </message>
    <message>
        <source>Your own id for the new wallet.</source>
        <translation>Su propio id para la nueva billetera.</translation>
    </message>
    <message>
        <source>list, show or create</source>
        <translation>list, show o create</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>comando desconocido «%1»; pruebe --help</translation>
    </message>
    <message>
        <source>give either --connection or --provider with --base-url</source>
        <translation>indique --connection o bien --provider con --base-url</translation>
    </message>
    <message>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>no hay ninguna conexión guardada llamada «%1»</translation>
    </message>
    <message>
        <source>give --connection NAME, or --provider, --base-url and --credential-env</source>
        <translation>indique --connection NOMBRE, o --provider, --base-url y --credential-env</translation>
    </message>
    <message>
        <source>the environment variable %1 is empty or not set</source>
        <translation>la variable de entorno %1 está vacía o no está definida</translation>
    </message>
    <message>
        <source>the secret does not have the form %1 expects (id:secret for two-part credentials)</source>
        <translation>el secreto no tiene la forma que espera %1 (id:secret para credenciales de dos partes)</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD</source>
        <translation>--%1 espera una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--delimiter is , or ;</source>
        <translation>--delimiter es , o ;</translation>
    </message>
    <message>
        <source>Fetching transactions from %1…</source>
        <translation>Obteniendo transacciones de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n transacción.</numerusform>
            <numerusform>%n transacciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>no se puede escribir en stdout</translation>
    </message>
    <message>
        <source>--since wants a date as YYYY-MM-DD</source>
        <translation>--since espera una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a wallet needs a name</source>
        <translation>una billetera necesita un nombre</translation>
    </message>
    <message>
        <source>use: wallets list|show ID|create NAME</source>
        <translation>uso: wallets list|show ID|create NOMBRE</translation>
    </message>
    <message>
        <source>--environment is sandbox, production or custom</source>
        <translation>--environment es sandbox, production o custom</translation>
    </message>
    <message>
        <source>Secret for %1 (id:secret for two-part credentials), then Enter: </source>
        <translation>Secreto para %1 (id:secret para credenciales de dos partes) y luego Intro: </translation>
    </message>
    <message>
        <source>no secret on stdin</source>
        <translation>no hay secreto en stdin</translation>
    </message>
    <message>
        <source>Added %1; its secret is in the system keychain.</source>
        <translation>Se añadió %1; su secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>Se quitó %1 y su secreto.</translation>
    </message>
    <message>
        <source>%1 does not offer this.</source>
        <translation>%1 no ofrece esto.</translation>
    </message>
    <message>
        <source>connections list [--json]; connections add --name NAME --provider ID [--environment sandbox|production|custom] [--base-url URL] [--setting K=V] (the secret is read from stdin); connections remove NAME; connections rename OLD NEW (history and journal follow)</source>
        <translation>connections list [--json]; connections add --name NOMBRE --provider ID [--environment sandbox|production|custom] [--base-url URL] [--setting K=V] (el secreto se lee de stdin); connections remove NOMBRE; connections rename ANTIGUO NUEVO (el historial y el diario le siguen)</translation>
    </message>
    <message>
        <source>list, add, remove or rename</source>
        <translation>list, add, remove o rename</translation>
    </message>
    <message>
        <source>use: connections list|add|remove NAME|rename OLD NEW</source>
        <translation>uso: connections list|add|remove NOMBRE|rename ANTIGUO NUEVO</translation>
    </message>
    <message>
        <source>renamed, but the history was not: %1</source>
        <translation>renombrada, pero el historial no: %1</translation>
    </message>
    <message>
        <source>renamed, but the journal was not: %1</source>
        <translation>renombrada, pero el diario no: %1</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renombrada a %2.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;treasuryctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;treasuryctl ORDEN --help&apos; muestra las opciones de una orden.</translation>
    </message>
    <message>
        <source>reach the provider, print OK or the error</source>
        <translation>contactar con el proveedor, mostrar OK o el error</translation>
    </message>
    <message>
        <source>crypto sub-accounts</source>
        <translation>subcuentas cripto</translation>
    </message>
    <message>
        <source>saved connections (secrets in the keychain)</source>
        <translation>conexiones guardadas (secretos en el llavero)</translation>
    </message>
    <message>
        <source>Ad hoc: one of %1.</source>
        <translation>Ad hoc: uno de %1.</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>no se pudo escribir la salida: %1</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>la escritura falló</translation>
    </message>
    <message>
        <source>Only entries still pending or unknown.</source>
        <translation>Solo las entradas aún pendientes o desconocidas.</translation>
    </message>
    <message>
        <source>the journal cannot be opened, so nothing is sent: %1</source>
        <translation>no se puede abrir el diario, así que no se envía nada: %1</translation>
    </message>
    <message>
        <source>%1: its connection &quot;%2&quot; cannot be opened; left open</source>
        <translation>%1: su conexión «%2» no se puede abrir; queda abierto</translation>
    </message>
    <message>
        <source>the journal cannot be written, so nothing is sent: %1</source>
        <translation>no se puede escribir el diario, así que no se envía nada: %1</translation>
    </message>
    <message>
        <source>done, but the journal could not record it: %1</source>
        <translation>hecho, pero el diario no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>send payouts; their methods, status, journal; checking open payouts</source>
        <translation>enviar pagos; sus métodos, estado y diario; comprobar pagos abiertos</translation>
    </message>
    <message>
        <source>The payout method, e.g. dinari.ach (see payouts methods).</source>
        <translation>El método de pago, p. ej. dinari.ach (vea payouts methods).</translation>
    </message>
    <message>
        <source>The amount, e.g. 125.50.</source>
        <translation>El importe, p. ej. 125.50.</translation>
    </message>
    <message>
        <source>The currency, e.g. USD.</source>
        <translation>La moneda, p. ej. USD.</translation>
    </message>
    <message>
        <source>A request field by the provider&apos;s name, e.g. RECIPIENT_FULL_NAME=&quot;Sage Smith&quot;; repeat for each.</source>
        <translation>Un campo de la solicitud con el nombre del proveedor, p. ej. RECIPIENT_FULL_NAME=&quot;Sage Smith&quot;; repítalo para cada uno.</translation>
    </message>
    <message>
        <source>Your own idempotency key: a second send with it is refused.</source>
        <translation>Su propia clave de idempotencia: un segundo envío con ella se rechaza.</translation>
    </message>
    <message>
        <source>--method: %1 sends one of %2</source>
        <translation>--method: %1 envía uno de %2</translation>
    </message>
    <message>
        <source>--amount wants a number such as 125.50</source>
        <translation>--amount espera un número como 125.50</translation>
    </message>
    <message>
        <source>--field %1: %2 takes %3 (as NAME=VALUE)</source>
        <translation>--field %1: %2 admite %3 (como NOMBRE=VALOR)</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <translation>importe: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connection&apos;s cards; show, freeze, limit, create or cancel one</source>
        <translation>las tarjetas de la conexión; mostrar, congelar, limitar, crear o cancelar una</translation>
    </message>
    <message>
        <source>The limit&apos;s period: MONTHLY (default), TRANSACTION or FOREVER.</source>
        <translation>El periodo del límite: MONTHLY (predeterminado), TRANSACTION o FOREVER.</translation>
    </message>
    <message>
        <source>Confirms cancelling a card, which cannot be undone.</source>
        <translation>Confirma la cancelación de una tarjeta, que no se puede deshacer.</translation>
    </message>
    <message>
        <source>cancelling a card cannot be undone; add --yes</source>
        <translation>cancelar una tarjeta no se puede deshacer; añada --yes</translation>
    </message>
    <message>
        <source>the limit is an amount such as 500.00, or none</source>
        <translation>el límite es un importe como 500.00, o none</translation>
    </message>
    <message>
        <source>--period is MONTHLY, TRANSACTION or FOREVER</source>
        <translation>--period es MONTHLY, TRANSACTION o FOREVER</translation>
    </message>
    <message>
        <source>removed, but not its history: %1</source>
        <translation>eliminada, pero no su historial: %1</translation>
    </message>
    <message>
        <source>Also write FILE.manifest.json: filters, totals, SHA-256.</source>
        <translation>Escribir también ARCHIVO.manifest.json: filtros, totales, SHA-256.</translation>
    </message>
    <message>
        <source>Print the USD total instead, with what it leaves out and why (usd_total, as_of, not_included).</source>
        <translation>Imprimir en su lugar el total en USD, con lo que deja fuera y por qué (usd_total, as_of, not_included).</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>no incluido</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet in this language: its decimal mark, ; where that is a comma, dates as dates, a BOM.</source>
        <translation>CSV para una hoja de cálculo en este idioma: su separador decimal, ; donde este es una coma, fechas como fechas, un BOM.</translation>
    </message>
    <message>
        <source>every transaction of a date range, as CSV, an Excel workbook or JSON</source>
        <translation>cada transacción de un periodo, como CSV, libro de Excel o JSON</translation>
    </message>
    <message>
        <source>Fetches every page of transactions and writes them as CSV (stdout by default), an Excel workbook or JSON. Dates are UTC days; --until is inclusive.</source>
        <translation>Obtiene todas las páginas de transacciones y las escribe como CSV (stdout por defecto), libro de Excel o JSON. Las fechas son días UTC; --until es inclusivo.</translation>
    </message>
    <message>
        <source>Write an Excel workbook to FILE: numbers and dates as such, a totals sheet; at most 1,048,575 rows.</source>
        <translation>Escribir un libro de Excel en ARCHIVO: números y fechas como tales, una hoja de totales; como máximo 1.048.575 filas.</translation>
    </message>
    <message>
        <source>choose one of --csv, --xlsx and --json</source>
        <translation>elija uno de --csv, --xlsx y --json</translation>
    </message>
    <message>
        <source>Team mode: the team database, postgresql://USER@HOST[:PORT]/DATABASE (default: the one saved by team login).</source>
        <translation>Modo equipo: la base de datos del equipo, postgresql://USUARIO@HOST[:PUERTO]/BASE (por defecto: la guardada con team login).</translation>
    </message>
    <message>
        <source>The environment variable holding the team password (default: the keychain).</source>
        <translation>La variable de entorno con la contraseña del equipo (por defecto: el llavero).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 provider or network, 5 local, 6 a payout&apos;s outcome unknown (journaled; nothing is sent again), 7 waiting for approval (team mode), 8 another desktop sends or sent it.</source>
        <translation>Códigos de salida: 0 correcto, 2 uso, 3 autenticación, 4 proveedor o red, 5 local, 6 resultado de un pago desconocido (registrado; no se envía nada de nuevo), 7 pendiente de aprobación (modo equipo), 8 otro equipo lo envía o lo envió.</translation>
    </message>
    <message>
        <source>Team mode: why you approve or reject it.</source>
        <translation>Modo equipo: por qué lo aprueba o lo rechaza.</translation>
    </message>
    <message>
        <source>viewer, maker, approver or admin.</source>
        <translation>viewer, maker, approver o admin.</translation>
    </message>
    <message>
        <source>the team&apos;s approval policy</source>
        <translation>la política de aprobación del equipo</translation>
    </message>
    <message>
        <source>policy show: the policy as JSON; policy set FILE (or - for stdin): proposes a new one, applied at once while the team has one admin, otherwise when a second admin approves it; policy pending; policy approve|reject ID.</source>
        <translation>policy show: la política en JSON; policy set ARCHIVO (o - para stdin): propone una nueva, aplicada al momento mientras el equipo tenga un administrador, si no cuando un segundo la aprueba; policy pending; policy approve|reject ID.</translation>
    </message>
    <message>
        <source>show, set, pending, approve or reject</source>
        <translation>show, set, pending, approve o reject</translation>
    </message>
    <message>
        <source>check the team&apos;s audit log</source>
        <translation>comprobar el registro de auditoría del equipo</translation>
    </message>
    <message>
        <source>no saved connection has the id %1; give --connection</source>
        <translation>ninguna conexión guardada tiene el id %1; indique --connection</translation>
    </message>
    <message>
        <source>payouts reject needs --note with the reason</source>
        <translation>payouts reject necesita --note con el motivo</translation>
    </message>
    <message>
        <source>give --team postgresql://USER@HOST/DATABASE, or save one with team login</source>
        <translation>indique --team postgresql://USUARIO@HOST/BASE o guarde una con team login</translation>
    </message>
    <message>
        <source>--team: %1</source>
        <translation>--team: %1</translation>
    </message>
    <message>
        <source>no team password for %1 in the keychain (team login saves one): %2</source>
        <translation>no hay contraseña de equipo para %1 en el llavero (team login guarda una): %2</translation>
    </message>
    <message>
        <source>the team database: %1</source>
        <translation>la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>the password could not be kept in the keychain: %1</source>
        <translation>no se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).</source>
        <translation>Sesión iniciada en %1 como %2 (%3).</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>sin rol en el equipo</translation>
    </message>
    <message>
        <source>the team schema could not be set up: %1</source>
        <translation>no se pudo preparar el esquema del equipo: %1</translation>
    </message>
    <message>
        <source>The team database is at schema %1.</source>
        <translation>La base de datos del equipo está en el esquema %1.</translation>
    </message>
    <message>
        <source>a team password has at least 12 characters (read from stdin)</source>
        <translation>una contraseña de equipo tiene al menos 12 caracteres (leída de stdin)</translation>
    </message>
    <message>
        <source>%1 is a team %2.</source>
        <translation>%1 es %2 del equipo.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>the policy is a JSON object: %1</source>
        <translation>la política es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>use: policy show|set FILE|pending|approve ID|reject ID</source>
        <translation>uso: policy show|set ARCHIVO|pending|approve ID|reject ID</translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds %n row(s) and its chain is intact.</source>
        <translation>
            <numerusform>El registro de auditoría tiene %n fila y su cadena está intacta.</numerusform>
            <numerusform>El registro de auditoría tiene %n filas y su cadena está intacta.</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>el registro de auditoría no se verifica: %1</translation>
    </message>
    <message>
        <source>the team journal refused it, nothing was sent: %1</source>
        <translation>el diario del equipo lo rechazó, no se envió nada: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>not sent here: the payout is %1 (claimed by %2)</source>
        <translation>no enviado aquí: el pago está %1 (tomado por %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>sent, but the team journal could not record it: %1; run payouts reconcile</source>
        <translation>enviado, pero el diario del equipo no pudo registrarlo: %1; ejecute payouts reconcile</translation>
    </message>
    <message>
        <source>%1 does not send %2 payouts</source>
        <translation>%1 no envía pagos %2</translation>
    </message>
    <message>
        <source>the team journal refused it, nothing was done: %1</source>
        <translation>el diario del equipo lo rechazó, no se hizo nada: %1</translation>
    </message>
    <message>
        <source>treasuryctl exit %1</source>
        <translation>salida %1 de treasuryctl</translation>
    </message>
    <message>
        <source>done, but the team journal could not record it: %1</source>
        <translation>hecho, pero el diario del equipo no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>the team database: log in, set it up, its members and connections</source>
        <translation>la base de datos del equipo: iniciar sesión, prepararla, sus miembros y conexiones</translation>
    </message>
    <message>
        <source>%1 is shared with the team under the id %2; each desktop keeps its own secret.</source>
        <translation>%1 se comparte con el equipo con el id %2; cada equipo guarda su propio secreto.</translation>
    </message>
    <message>
        <source>%1 is no longer shared.</source>
        <translation>%1 ya no se comparte.</translation>
    </message>
    <message>
        <source>use: team connections|publish NAME|retire ID|adopt ID</source>
        <translation>uso: team connections|publish NOMBRE|retire ID|adopt ID</translation>
    </message>
    <message>
        <source>the team shares no connection with the id %1</source>
        <translation>el equipo no comparte ninguna conexión con el id %1</translation>
    </message>
    <message>
        <source>%1 is on this desktop already</source>
        <translation>%1 ya está en este ordenador</translation>
    </message>
    <message>
        <source>Added %1 from the team; its secret is in the system keychain.</source>
        <translation>%1 añadida desde el equipo; su secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1: still held by %2 for the team; try again later</source>
        <translation>%1: todavía lo tiene %2 para el equipo; inténtelo más tarde</translation>
    </message>
    <message>
        <source>the team journal could not record %1: %2</source>
        <translation>el diario del equipo no pudo registrar %1: %2</translation>
    </message>
    <message>
        <source>%1: recorded for the team as %2</source>
        <translation>%1: registrado para el equipo como %2</translation>
    </message>
    <message>
        <source>The hold on the new bank account of %1 is lifted: payouts to it may go now.</source>
        <translation>Se levantó la retención de la nueva cuenta bancaria de %1: ya se le puede pagar.</translation>
    </message>
    <message>
        <source>The hold on the new address of %1 is lifted: payouts to it may go now.</source>
        <translation>Se levantó la retención de la nueva dirección de %1: ya se le puede pagar.</translation>
    </message>
    <message>
        <source>Team mode: the request&apos;s hash as you checked it (payouts list --json); a decision on any other request is refused.</source>
        <translation>Modo equipo: el hash de la solicitud tal como lo comprobó (payouts list --json); se rechaza una decisión sobre cualquier otra solicitud.</translation>
    </message>
    <message>
        <source>the team journal handed back another request than the one approved; nothing was sent</source>
        <translation>el diario del equipo devolvió otra solicitud distinta de la aprobada; no se envió nada</translation>
    </message>
    <message>
        <source>%1 cannot send the request the team filed as %2</source>
        <translation>%1 no puede enviar la solicitud que el equipo registró como %2</translation>
    </message>
    <message>
        <source>the team&apos;s request %1 cannot be read</source>
        <translation>no se puede leer la solicitud %1 del equipo</translation>
    </message>
    <message>
        <source>A checkpoint the log must have grown from.</source>
        <translation>Un punto de control desde el que el registro solo puede haber crecido.</translation>
    </message>
    <message>
        <source>verify or checkpoint</source>
        <translation>verify o checkpoint</translation>
    </message>
    <message>
        <source>use: audit verify [--from SEQ:HASH] | audit checkpoint</source>
        <translation>uso: audit verify [--from SEQ:HASH] | audit checkpoint</translation>
    </message>
    <message>
        <source>--from takes SEQ:HASH as audit checkpoint prints it</source>
        <translation>--from toma SEQ:HASH tal como lo muestra audit checkpoint</translation>
    </message>
    <message>
        <source>add-user: a role the cluster has already (a person of another team database) joins this team with its own password.</source>
        <translation>add-user: un rol que el clúster ya tiene (una persona de otra base de datos de equipo) se une a este equipo con su propia contraseña.</translation>
    </message>
    <message>
        <source>These roles of the cluster can act as any member (SUPERUSER or CREATEROLE): %1. Keep them to the database&apos;s operators; the audit checkpoint kept elsewhere tells a rewritten log.</source>
        <translation>Estos roles del clúster pueden actuar como cualquier miembro (SUPERUSER o CREATEROLE): %1. Resérvelos a los operadores de la base de datos; el punto de control guardado en otro lugar delata un registro reescrito.</translation>
    </message>
    <message>
        <source>treasuryctl: %1</source>
        <translation>treasuryctl: %1</translation>
    </message>
    <message>
        <source>treasuryctl: no team signing key (requests and decisions cannot be signed): %1</source>
        <translation>treasuryctl: sin clave de firma del equipo (no se pueden firmar solicitudes ni decisiones): %1</translation>
    </message>
    <message>
        <source>treasuryctl: the signing key could not be registered: %1</source>
        <translation>treasuryctl: no se pudo registrar la clave de firma: %1</translation>
    </message>
    <message>
        <source>treasuryctl: this desktop&apos;s signing key %1 is new to the team: until an admin approves it (team approve-key %2 %3), your requests and decisions do not count</source>
        <translation>treasuryctl: la clave de firma %1 de este equipo es nueva para el equipo de trabajo: hasta que un administrador la apruebe (team approve-key %2 %3), sus solicitudes y decisiones no cuentan</translation>
    </message>
    <message>
        <source>%1&apos;s key %2 is approved with your signature.</source>
        <translation>La clave %2 de %1 queda aprobada con su firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) checked against the keys this desktop pinned.</source>
        <translation>
            <numerusform>%n firma comprobada con las claves que fijó este equipo.</numerusform>
            <numerusform>%n firmas comprobadas con las claves que fijó este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>use: team login|init|add-user NAME --role ROLE|members|keys|approve-key NAME KEY|role NAME ROLE|connections|publish NAME|retire ID|adopt ID</source>
        <translation>uso: team login|init|add-user NOMBRE --role ROL|members|keys|approve-key NOMBRE CLAVE|role NOMBRE ROL|connections|publish NOMBRE|retire ID|adopt ID</translation>
    </message>
    <message>
        <source>team login: tries --team URL with the password from stdin and keeps both (the password in the keychain); team init: creates or upgrades the team schema and roles (as the database owner); team add-user NAME --role viewer|maker|approver|admin: adds a person (their password from stdin; as the owner); team members: each with the fingerprint of the key this desktop pinned; team keys: every registered signing key and whether it counts here; team approve-key NAME KEY: vouches for a colleague&apos;s new key with your signature (an admin); team role NAME ROLE: changes a person&apos;s role (an admin; a second admin approves it when the team has two); team connections: the connections the team shares; team publish NAME: shares a saved connection&apos;s non-secret part under its id (an admin); team retire ID; team adopt ID: saves a shared connection here, its secret from stdin.</source>
        <translation>team login: prueba --team URL con la contraseña de stdin y guarda ambas (la contraseña en el llavero); team init: crea o actualiza el esquema y los roles del equipo (como propietario de la base de datos); team add-user NOMBRE --role viewer|maker|approver|admin: añade una persona (su contraseña de stdin; como propietario); team members: cada una con la huella de la clave que fijó este equipo; team keys: cada clave de firma registrada y si cuenta aquí; team approve-key NOMBRE CLAVE: avala con su firma la clave nueva de un colega (un administrador); team role NOMBRE ROL: cambia el rol de una persona (un administrador; un segundo administrador lo aprueba cuando el equipo tiene dos); team connections: las conexiones que comparte el equipo; team publish NOMBRE: comparte la parte no secreta de una conexión guardada con su id (un administrador); team retire ID; team adopt ID: guarda aquí una conexión compartida, su secreto desde stdin.</translation>
    </message>
    <message>
        <source>login, init, add-user, members, keys, approve-key, role, connections, publish, retire or adopt</source>
        <translation>login, init, add-user, members, keys, approve-key, role, connections, publish, retire o adopt</translation>
    </message>
    <message>
        <source>audit verify: recomputes the audit log&apos;s hash chain, checks that it only grew since this desktop last looked (and since --from, a checkpoint kept elsewhere), checks every signature in it against the keys this desktop pinned, and names the first row that does not match (exit 4). audit checkpoint: verifies, then prints where the log ends as SEQ:HASH, to keep apart from the database.</source>
        <translation>audit verify: recalcula la cadena de hashes del registro de auditoría, comprueba que solo creció desde la última vez que este equipo lo miró (y desde --from, un punto de control guardado en otro lugar), comprueba cada firma con las claves que fijó este equipo y nombra la primera fila que no coincide (salida 4). audit checkpoint: verifica y luego imprime dónde termina el registro como SEQ:HASH, para guardarlo lejos de la base de datos.</translation>
    </message>
    <message>
        <source>Put back as this Treasury Desk ships them (they had been changed): %1</source>
        <translation>Restaurado tal como lo trae este Treasury Desk (se había cambiado): %1</translation>
    </message>
    <message>
        <source>its cards could not be read: %1</source>
        <translation>no se pudieron leer sus tarjetas: %1</translation>
    </message>
    <message>
        <source>on prepaid cards</source>
        <translation>en tarjetas prepago</translation>
    </message>
    <message>
        <source>its balances were read in part: %1</source>
        <translation>sus saldos se leyeron en parte: %1</translation>
    </message>
    <message>
        <source>its cards were read in part: %1</source>
        <translation>sus tarjetas se leyeron en parte: %1</translation>
    </message>
    <message>
        <source>no payout in the journal has the key or reference %1</source>
        <translation>ningún pago del registro tiene la clave o referencia %1</translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; cannot be opened</source>
        <translation>no se puede abrir la conexión «%1»</translation>
    </message>
    <message>
        <source>the payout was sent through another connection (%1)</source>
        <translation>el pago se envió por otra conexión (%1)</translation>
    </message>
    <message>
        <source>no answer to the cancellation</source>
        <translation>sin respuesta a la cancelación</translation>
    </message>
    <message>
        <source>the answer was lost; the card was found in the list by its id</source>
        <translation>se perdió la respuesta; la tarjeta se encontró en la lista por su id</translation>
    </message>
    <message>
        <source>every balance of the connection, its USD total or its history</source>
        <translation>cada saldo de la conexión, su total en USD o su historial</translation>
    </message>
    <message>
        <source>Every balance of the connection; --total: its USD total; --history: each past balance the provider remembers (the crypto gateway), oldest first.</source>
        <translation>Cada saldo de la conexión; --total: su total en USD; --history: cada saldo anterior que recuerda el proveedor (la pasarela cripto), el más antiguo primero.</translation>
    </message>
    <message>
        <source>Print each past balance instead, with the time it was read.</source>
        <translation>Imprimir en su lugar cada saldo anterior, con la hora en que se leyó.</translation>
    </message>
    <message>
        <source>Lists cards, shows one as the provider has it now or its transactions (Dinari), freezes or unfreezes one, sets or removes its spend limit, creates one or cancels one (for good: --yes). Every change is journaled as the app journals it. With a team, unfreeze, limit and create follow the team&apos;s policy: exit 7 while one waits for approval (payouts release KEY does it once approved); freeze never waits.</source>
        <translation>Lista tarjetas, muestra una tal como la tiene ahora el proveedor o sus transacciones (Dinari), congela o descongela una, fija o quita su límite de gasto, crea una o cancela una (para siempre: --yes). Cada cambio queda en el diario como en la aplicación. En un equipo, unfreeze, limit y create siguen la política de aprobación del equipo: salida 7 mientras una espera aprobación (payouts release KEY la hace una vez aprobada); freeze nunca espera.</translation>
    </message>
    <message>
        <source>show, freeze, unfreeze, limit, create, cancel or transactions</source>
        <translation>show, freeze, unfreeze, limit, create, cancel o transactions</translation>
    </message>
    <message>
        <source>Print the totals per currency instead: settled and pending, in and out, the fees, and what did not move (declined, failed, cancelled).</source>
        <translation>Imprimir en su lugar los totales por moneda: liquidados y pendientes, entradas y salidas, las comisiones, y lo que no se movió (rechazado, fallido, cancelado).</translation>
    </message>
    <message>
        <source>payouts methods: each payout method of the connection and the fields it takes, by the provider&apos;s documented names; payouts send: one payout, validated as the form validates it, journaled before it is sent and sent once (exit 0 when the provider accepted it, 4 when it refused it, 6 when its answer was lost and it is journaled as unknown, 2 on invalid input); payouts batch FILE: a Dots batch from a CSV file (user_id, amount, platform), every line checked first: a line with an error stops it, a line repeating a recent payout needs --skip-repeats or --yes; journaled and sent once like one payout; payouts status REFERENCE: a sent payout&apos;s status now; payouts currencies: what can be paid out, with limits; payouts batches [--since YYYY-MM-DD]: batch payouts sent; payouts journal [--open]: every payout and card action journaled here (--open: those pending or unknown); payouts reconcile: checks each open payout against its provider once and prints the entries that changed (a payout sent through --provider/--base-url/--credential-env is checked when the same options are given again); exit 6 while any payout stays unknown. A payout not found stays unknown; nothing is ever sent again. payouts cancel KEY|REFERENCE: asks the provider once to cancel a sent payout (Dinari), journaled like the window&apos;s Cancel (exit 6 when the answer was lost).</source>
        <translation>payouts methods: cada método de pago de la conexión y los campos que admite, con los nombres documentados del proveedor; payouts send: un pago, validado como en el formulario, registrado antes de enviarse y enviado una vez (salida 0 si el proveedor lo aceptó, 4 si lo rechazó, 6 si se perdió la respuesta y queda registrado como desconocido, 2 con datos no válidos); payouts batch ARCHIVO: un lote de Dots desde un archivo CSV (user_id, amount, platform), cada línea comprobada primero: una línea con un error lo detiene, una línea que repite un pago reciente necesita --skip-repeats o --yes; registrado y enviado una vez como un pago; payouts status REFERENCIA: el estado actual de un pago enviado; payouts currencies: qué se puede pagar, con límites; payouts batches [--since AAAA-MM-DD]: pagos por lotes enviados; payouts journal [--open]: cada pago y acción de tarjeta registrados aquí (--open: los pendientes o desconocidos); payouts reconcile: comprueba una vez cada pago abierto con su proveedor e imprime las entradas que cambiaron (un pago enviado con --provider/--base-url/--credential-env se comprueba al dar de nuevo las mismas opciones); salida 6 mientras algún pago siga desconocido. Un pago no encontrado sigue desconocido; nunca se envía nada de nuevo. payouts cancel CLAVE|REFERENCIA: pide una vez al proveedor que cancele un pago enviado (Dinari), registrado como el «Cancelar» de la ventana (salida 6 si se perdió la respuesta).</translation>
    </message>
    <message>
        <source>payouts batch: leave out the lines that repeat a recent payout.</source>
        <translation>payouts batch: omitir las líneas que repiten un pago reciente.</translation>
    </message>
    <message>
        <source>payouts batch: pay the lines that repeat a recent payout again.</source>
        <translation>payouts batch: pagar de nuevo las líneas que repiten un pago reciente.</translation>
    </message>
    <message>
        <source>methods, send, batch, status, currencies, batches, journal, reconcile, approve, reject, release or lift (an admin lifts the hold on a payout&apos;s new bank account or address)</source>
        <translation>methods, send, batch, status, currencies, batches, journal, reconcile, approve, reject, release o lift (un administrador levanta la retención de la nueva cuenta bancaria o dirección de un pago)</translation>
    </message>
    <message>
        <source>%1 is larger than a batch file can be (8 MB)</source>
        <translation>%1 es más grande de lo que puede ser un archivo de lote (8 MB)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>add --skip-repeats to leave the repeated lines out, or --yes to pay them again</source>
        <translation>añada --skip-repeats para omitir las líneas repetidas, o --yes para pagarlas de nuevo</translation>
    </message>
    <message>
        <source>%1: no payout is left to send</source>
        <translation>%1: no queda ningún pago por enviar</translation>
    </message>
    <message>
        <source>use: cards [show|freeze|unfreeze|cancel|transactions ID|limit ID AMOUNT|create NAME]</source>
        <translation>uso: cards [show|freeze|unfreeze|cancel|transactions ID|limit ID IMPORTE|create NOMBRE]</translation>
    </message>
    <message>
        <source>use: payouts methods|send|batch FILE|status REFERENCE|currencies|batches|journal|reconcile|cancel KEY|approve KEY|reject KEY|release KEY|lift KEY</source>
        <translation>uso: payouts methods|send|batch ARCHIVO|status REFERENCIA|currencies|batches|journal|reconcile|cancel CLAVE|approve CLAVE|reject CLAVE|release CLAVE|lift CLAVE</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The provider address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del proveedor «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>Refused to send credentials to %1: only https addresses are allowed (plain http only to this computer).</source>
        <translation>Se rechazó enviar credenciales a %1: solo se permiten direcciones https (http simple solo a este equipo).</translation>
    </message>
    <message>
        <source>The provider address %1 holds a user name or password; enter the address without them and the secret as the connection&apos;s secret.</source>
        <translation>La dirección del proveedor %1 contiene un usuario o una contraseña; introduzca la dirección sin ellos y el secreto como secreto de la conexión.</translation>
    </message>
</context>
<context>
    <name>UsdValuation</name>
    <message>
        <source>no rate to USD</source>
        <translation>sin tipo a USD</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>demasiado grande para sumar</translation>
    </message>
    <message>
        <source>%1 at %2&apos;s rate</source>
        <translation>%1 al tipo de %2</translation>
    </message>
    <message>
        <source>no rate to USD: %1</source>
        <translation>sin tipo a USD: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; could not be added.</source>
        <translation>No se pudo añadir la hoja «%1».</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sandbox and connect to it.</source>
        <translation>Iniciar el sandbox integrado y conectarse a él.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once the first data has loaded, then exit.</source>
        <translation>Dibujar la ventana en ARCHIVO (PNG) cuando se hayan cargado los primeros datos y salir.</translation>
    </message>
    <message>
        <source>Open on page N (0 Balances, 1 Cards, 2 Transactions, 3 Payouts, 4 Recipients).</source>
        <translation>Abrir en la página N (0 Saldos, 1 Tarjetas, 2 Transacciones, 3 Pagos, 4 Destinatarios).</translation>
    </message>
    <message>
        <source>Treasury Desk</source>
        <translation>Treasury Desk</translation>
    </message>
    <message>
        <source>Render every page to a PNG in DIR once the first data has loaded, print their paths, then exit.</source>
        <translation>Guardar cada página como PNG en DIR cuando se hayan cargado los primeros datos, mostrar sus rutas y salir.</translation>
    </message>
    <message>
        <source>Treasury dashboard for dash.fi, Dinari, Dots, a crypto gateway and DART.</source>
        <translation>Panel de tesorería para dash.fi, Dinari, Dots, una pasarela cripto y DART.</translation>
    </message>
</context>
</TS>
