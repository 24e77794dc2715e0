#pragma once

#include <QMap>
#include <QString>

class QSettings;

/**
 * What the user chose in Preferences, kept in QSettings (never a secret). The keys are
 * the ones the rest of the app already reads: the refresh menu, the CSV export dialog.
 */
struct Preferences
{
    QString language;        ///< "de", "es", "en"; empty follows the system
    int refreshMinutes = 5;  ///< 0: off
    char csvDelimiter = ','; ///< ',' or ';' (for spreadsheets with a decimal comma)
    bool csvBom = false;
    QString dataDirectory;         ///< where the local store lives; empty: the default
    bool stablecoinsAtPar = false; ///< USDC, USDT without a rate count at 1.00 USD
    /// Per provider id: how long a payout not found in its records stays "unknown" before
    /// a person is asked (PayoutSettling). Providers not listed take DefaultSettlingMinutes.
    QMap<QString, int> settlingMinutes;

    static constexpr int DefaultSettlingMinutes = 60;
    /// The least the dialog offers: slow gateways commit well after the client gave up.
    static constexpr int MinSettlingMinutes = 60;
    static constexpr int MaxSettlingMinutes = 7 * 24 * 60;

    static const int RefreshChoices[5]; ///< 0, 1, 5, 15, 60 minutes

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// The store's file for this choice: dataDirectory, else `defaultDirectory`.
    QString storePath(const QString &defaultDirectory) const;
    /// The local store where nothing else is chosen: the app's data directory.
    QString storePath() const { return storePath(defaultDataDirectory()); }
    static QString defaultDataDirectory();
    int settlingMinutesFor(const QString &providerId) const
    {
        return settlingMinutes.value(providerId, DefaultSettlingMinutes);
    }
    bool operator==(const Preferences &o) const;
};
