#pragma once

#include "Payout.h"
#include "RecipientProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

/**
 * Recipients: the Dots users and DART customers of each connection, looked up by name,
 * created and (where the provider allows) edited with the documented fields; a DART
 * customer's trade scripts and token values. The payout forms pick from the same lists.
 */
class RecipientsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientsPage(QWidget *parent = nullptr);

    /// The connections that keep recipients: (provider, connection), with each
    /// connection's form.
    void setConnections(const QList<std::pair<QString, QString>> &connections,
                        const QHash<QString, RecipientForm> &forms);
    void focusSearch();

public slots:
    void setRecipients(const QString &provider, const QString &connection,
                       const QList<Recipient> &recipients);
    void showProfile(const RecipientProfile &profile);
    void showTradeScripts(const QList<TradeScriptInfo> &scripts);
    void showTokenValue(const QString &token, const Money &value);
    void showMessage(const QString &text);
    /// Opens the recipient's setup link in the browser, and says so.
    void openSetupLink(const QUrl &link);

signals:
    void recipientChosen(const QString &provider, const QString &connection, const QString &id);
    void saveRequested(const QString &provider, const QString &connection,
                       const RecipientProfile &profile, const QString &password);
    void setupLinkRequested(const QString &provider, const QString &connection, const QString &id);
    void tokenValueRequested(const QString &provider, const QString &connection, const QString &id,
                             const QString &token);

private:
    QString provider() const;
    QString connection() const;
    void showList();
    void startNew();
    void save();
    void updateFieldsForProvider();
    /// The chosen connection's form.
    RecipientForm form() const { return m_forms.value(connection()); }

    QHash<QString, QList<Recipient>> m_recipients; // "provider/connection"
    QHash<QString, RecipientForm> m_forms;         // by connection
    QComboBox *m_connection;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_countryCode;
    QLineEdit *m_phone;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_setupLink;
    QTableWidget *m_scripts;
    QLineEdit *m_token;
    QLabel *m_tokenValue;
    QLabel *m_message;
    QFormLayout *m_fields;
    QWidget *m_dart; ///< trade scripts and token values
    bool m_creating = true;
};
