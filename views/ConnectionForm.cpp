#include "ConnectionForm.h"

#include "Payout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {
/// How a contract fee is written, in the window's marks: "5.00 + 2.5 %".
QString feeExample(const QLocale &locale)
{
    return FeeRule{*Money::parse(u"5.00"), *Money::parse(u"2.5")}.toLocaleText(locale);
}
} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent), m_layout(new QFormLayout(this)), m_name(new QLineEdit(this)),
      m_provider(new QComboBox(this)), m_environment(new QComboBox(this)),
      m_url(new QLineEdit(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setPlaceholderText(tr("e.g. dash.fi — Acme Inc."));
    m_provider->setObjectName(QStringLiteral("connectionProvider"));
    for (const ConnectionKind &k : ConnectionKind::all())
        m_provider->addItem(k.display, k.provider);
    m_environment->setObjectName(QStringLiteral("connectionEnvironment"));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_layout->addRow(tr("&Name:"), m_name);
    m_layout->addRow(tr("&Provider:"), m_provider);
    m_layout->addRow(tr("&Environment:"), m_environment);
    m_layout->addRow(tr("API &address:"), m_url);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectionForm::changed);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ConnectionForm::providerChosen);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &ConnectionForm::environmentChosen);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionForm::changed);
    connect(m_url, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_customUrl = text; });
    startNew();
}

const ConnectionKind *ConnectionForm::kind() const
{
    return ConnectionKind::find(m_provider->currentData().toString());
}

void ConnectionForm::startNew()
{
    m_isNew = true;
    m_id = Connection::newId();
    m_settings = {};
    m_name->clear();
    m_provider->setEnabled(true);
    m_customUrl.clear();
    m_provider->setCurrentIndex(0);
    providerChosen();
}

void ConnectionForm::edit(const Connection &connection)
{
    m_isNew = false;
    m_id = connection.id;
    m_settings = connection.settings;
    m_name->setText(connection.name);
    {
        const QSignalBlocker block(m_provider);
        m_provider->setCurrentIndex(m_provider->findData(connection.provider));
    }
    // A connection's provider is what its history and secret belong to: fixed once saved.
    m_provider->setEnabled(false);
    m_customUrl = connection.customUrl.toString();
    rebuildProviderRows();
    m_environment->setCurrentIndex(m_environment->findData(int(connection.environment)));
    environmentChosen();
}

void ConnectionForm::startFrom(const Connection &shared)
{
    edit(shared);
    m_isNew = true; // saved here for the first time: its secret is required
    rebuildProviderRows();
    m_environment->setCurrentIndex(m_environment->findData(int(shared.environment)));
    environmentChosen();
}

void ConnectionForm::providerChosen()
{
    m_settings = {};
    rebuildProviderRows();
    environmentChosen();
}

void ConnectionForm::rebuildProviderRows()
{
    const ConnectionKind *k = kind();
    {
        const QSignalBlocker block(m_environment);
        m_environment->clear();
        for (const Environment e : k->environments()) {
            m_environment->addItem(environmentText(e), int(e));
        }
    }
    for (QWidget *row : std::as_const(m_providerRows))
        m_layout->removeRow(row);
    m_providerRows.clear();
    m_settingEdits.clear();
    m_secretEdits.clear();
    for (const ConnectionKind::Setting &s : k->settings) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("setting_") + s.key);
        const QJsonValue value = m_settings.value(s.key);
        QStringList values;
        for (const QJsonValue &v : value.toArray())
            values.append(v.toString());
        edit->setText(s.list ? values.join(QStringLiteral(", ")) : value.toString());
        if (s.list)
            edit->setPlaceholderText(tr("Comma separated"));
        if (s.fee) {
            // Kept as "5+2.5%", shown and typed with the window's marks.
            const QLocale locale;
            if (const auto rule = FeeRule::fromText(value.toString()))
                edit->setText(rule->toLocaleText(locale));
            edit->setPlaceholderText(tr("e.g. %1; empty when not known").arg(feeExample(locale)));
        }
        connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::changed);
        m_layout->addRow(s.label + u':', edit);
        m_settingEdits.append(edit);
        m_providerRows.append(edit);
    }
    for (int i = 0; i < k->secretParts.size() && !m_secretsHidden; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("secret%1").arg(i));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(k->secretParts.at(i));
        edit->setPlaceholderText(m_isNew ? tr("Required")
                                         : tr("Stored in the keychain — type to replace"));
        connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::changed);
        m_layout->addRow(k->secretParts.at(i) + u':', edit);
        m_secretEdits.append(edit);
        m_providerRows.append(edit);
    }
}

void ConnectionForm::environmentChosen()
{
    const auto environment = Environment(m_environment->currentData().toInt());
    const bool custom = environment == Environment::Custom;
    // The documented address, read-only; or the user's own, kept across switches.
    m_url->setReadOnly(!custom);
    m_url->setText(custom ? m_customUrl : kind()->url(environment).toString());
    emit changed();
}

Connection ConnectionForm::connection() const
{
    Connection c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.provider = m_provider->currentData().toString();
    c.environment = Environment(m_environment->currentData().toInt());
    if (c.environment == Environment::Custom)
        c.customUrl = QUrl(m_url->text().trimmed());
    const ConnectionKind *k = kind();
    for (int i = 0; i < k->settings.size() && i < m_settingEdits.size(); ++i) {
        const ConnectionKind::Setting &s = k->settings.at(i);
        const QString text = m_settingEdits.at(i)->text().trimmed();
        if (s.fee) {
            // A fee that does not read is left out, and problems() names it.
            if (const auto rule = FeeRule::read(text, QLocale()))
                c.settings.insert(s.key, rule->toText());
            continue;
        }
        if (!s.list) {
            if (!text.isEmpty())
                c.settings.insert(s.key, text);
            continue;
        }
        QJsonArray values;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            values.append(part.trimmed());
        if (!values.isEmpty())
            c.settings.insert(s.key, values);
    }
    return c;
}

std::optional<QString> ConnectionForm::typedSecret() const
{
    QStringList parts;
    bool any = false;
    for (const QLineEdit *edit : m_secretEdits) {
        parts.append(edit->text());
        any = any || !edit->text().isEmpty();
    }
    if (!any)
        return std::nullopt;
    return parts.join(u':');
}

void ConnectionForm::hideSecrets()
{
    m_secretsHidden = true;
    rebuildProviderRows();
}

QStringList ConnectionForm::problems() const
{
    QStringList found = connection().problems();
    const ConnectionKind *k = kind();
    for (int i = 0; i < k->settings.size() && i < m_settingEdits.size(); ++i) {
        const QString text = m_settingEdits.at(i)->text().trimmed();
        if (k->settings.at(i).fee && !text.isEmpty() && !FeeRule::read(text, QLocale()))
            found.append(tr("Write the %1 as a fixed amount plus a percentage, such as %2.")
                             .arg(k->settings.at(i).label, feeExample(QLocale())));
    }
    const bool any = typedSecret().has_value();
    for (int i = 0; i < m_secretEdits.size(); ++i) {
        const QString text = m_secretEdits.at(i)->text();
        if ((m_isNew || any) && text.isEmpty())
            found.append(tr("Enter the %1.").arg(kind()->secretParts.at(i)));
        // Two parts are stored as "first:second", so the first cannot hold a colon.
        else if (i == 0 && m_secretEdits.size() > 1 && text.contains(u':'))
            found.append(tr("The %1 cannot contain \":\".").arg(kind()->secretParts.at(i)));
    }
    return found;
}

QString ConnectionForm::environmentText(Environment environment)
{
    return environment == Environment::Sandbox      ? tr("Sandbox")
           : environment == Environment::Production ? tr("Production")
                                                    : tr("Custom address");
}
